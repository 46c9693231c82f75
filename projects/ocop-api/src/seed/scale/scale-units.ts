import type { Queryable } from '../../db/db';
import { bulkInsert } from './bulk-insert';
import { FULL_SCALE } from './scale-plan';
import type { Prng } from './prng';

export interface ScaleUnits {
  provinceCode: string;
  /** District codes, sorted. */
  districts: string[];
  /** Commune code → its district code and its short name (without 'Xã '). */
  communes: Map<string, { district: string; name: string }>;
  /** District code → its communes. */
  communesOf: Map<string, string[]>;
}

const FIRST = ['Tân', 'Hòa', 'Yên', 'Quang', 'Hồng', 'Thạch', 'Bình', 'Minh', 'Đồng', 'Hưng', 'Vân', 'Xuân'];
const SECOND = [
  'Lâm',
  'Sơn',
  'Thủy',
  'Phong',
  'Hà',
  'Tiến',
  'Lợi',
  'Thành',
  'Lạc',
  'Việt',
  'Thịnh',
  'Khê',
  'Phú',
];

/**
 * The real province from the catalogue (admin_units of the demo data set: Lạng Sơn's 11 districts and Văn
 * Quan's communes), completed with synthetic districts and communes up to 11 and 200. Synthetic codes are
 * 9DDNN (DD = the district code's last two digits): real Lạng Sơn communes are 06xxx and the test fixtures
 * use 990xx, so none collides. Existing rows are kept; only what is missing is added.
 */
export async function ensureScaleUnits(db: Queryable, prng: Prng): Promise<ScaleUnits> {
  const rows = await db.query<{ code: string; name: string; level: string; parent_code: string | null }>(
    `select distinct on (code, level) code, name, level, parent_code from admin_units
     where valid_to is null or valid_to >= '2024-01-01'
     order by code, level, valid_from desc nulls last`,
  );
  const province = rows.find((r) => r.level === 'province');
  if (province === undefined) throw new Error('the catalogue has no province: load the demo data first');
  const districts = rows.filter((r) => r.level === 'district').map((r) => r.code);
  const added: { code: string; name: string; level: string; parent: string }[] = [];
  for (let code = 190; districts.length < FULL_SCALE.districts; code++) {
    if (districts.includes(String(code))) continue;
    districts.push(String(code));
    added.push({
      code: String(code),
      name: `Huyện ${prng.pick(FIRST)} ${prng.pick(SECOND)}`,
      level: 'district',
      parent: province.code,
    });
  }
  districts.sort();
  const communes = new Map<string, { district: string; name: string }>();
  const communesOf = new Map<string, string[]>(districts.map((d) => [d, []]));
  for (const r of rows.filter((r) => r.level === 'commune' && r.parent_code !== null)) {
    communesOf.get(r.parent_code!)?.push(r.code);
    communes.set(r.code, { district: r.parent_code!, name: r.name.replace(/^(Xã|Thị trấn|Phường) /, '') });
  }
  let missing = FULL_SCALE.communes - communes.size;
  while (missing > 0) {
    // The district with the fewest communes gets the next one, so the province fills evenly.
    const district = [...districts].sort((a, b) => communesOf.get(a)!.length - communesOf.get(b)!.length)[0]!;
    const list = communesOf.get(district)!;
    let n = list.length + 1;
    let code = `9${district.slice(1)}${String(n).padStart(2, '0')}`;
    while (communes.has(code)) code = `9${district.slice(1)}${String(++n).padStart(2, '0')}`;
    const used = new Set(list.map((c) => communes.get(c)!.name));
    let name = `${prng.pick(FIRST)} ${prng.pick(SECOND)}`;
    while (used.has(name)) name = `${prng.pick(FIRST)} ${prng.pick(SECOND)}`;
    list.push(code);
    communes.set(code, { district, name });
    added.push({ code, name: `Xã ${name}`, level: 'commune', parent: district });
    missing--;
  }
  await bulkInsert(
    db,
    'admin_units',
    [
      { name: 'code', type: 'text' },
      { name: 'name', type: 'text' },
      { name: 'level', type: 'text' },
      { name: 'parent_code', type: 'text' },
    ],
    added.map((u) => [u.code, u.name, u.level, u.parent]),
  );
  return { provinceCode: province.code, districts, communes, communesOf };
}
