import { foldForSearch, type ProducerType } from '@ocop/domain';
import type { Queryable } from '../../db/db';
import { bulkInsert } from './bulk-insert';
import { ID_KIND, scaleId, type Prng } from './prng';
import type { ScaleCounts } from './scale-plan';
import type { ScaleUnits } from './scale-units';

export interface ScaleProducer {
  id: string;
  name: string;
  communeCode: string;
}

export interface ScaleProduct {
  id: string;
  name: string;
  groupCode: string;
  producer: ScaleProducer;
  communeCode: string;
  districtCode: string;
}

/** Products Lạng Sơn's communes really make, with their phân nhóm of QĐ 1048 (@ocop/domain product groups). */
const PRODUCT_STEMS: readonly [name: string, group: string][] = [
  ['Hoa hồi khô', '11'],
  ['Tinh dầu hồi', '22'],
  ['Quế thanh', '11'],
  ['Mác mật khô', '11'],
  ['Rượu men lá', '15'],
  ['Rượu ngô', '15'],
  ['Chè Shan tuyết', '12'],
  ['Trà hoa vàng', '13'],
  ['Na dai', '1'],
  ['Quýt vàng', '1'],
  ['Hồng không hạt', '1'],
  ['Đào chín muộn', '1'],
  ['Thạch đen', '7'],
  ['Măng khô', '7'],
  ['Nấm hương', '7'],
  ['Miến dong', '6'],
  ['Bánh khảo', '6'],
  ['Bánh cuốn trứng', '6'],
  ['Gạo nếp cái hoa vàng', '3'],
  ['Lạp sườn hun khói', '8'],
  ['Vịt quay', '8'],
  ['Khâu nhục', '8'],
  ['Mật ong rừng', '4'],
  ['Giảo cổ lam', '22'],
  ['Cao xương gà đen', '19'],
  ['Thổ cẩm Tày', '25'],
  ['Mây tre đan', '24'],
  ['Du lịch cộng đồng bản', '26'],
];

const FAMILY = ['Hoàng', 'Nông', 'Lộc', 'Vi', 'Lương', 'Hà', 'Lăng', 'Chu', 'Triệu', 'Lâm', 'Vy', 'Đàm'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Thu', 'Ngọc'];
const GIVEN = [
  'An',
  'Bình',
  'Cường',
  'Dung',
  'Hoa',
  'Hùng',
  'Lan',
  'Lợi',
  'Mai',
  'Nam',
  'Phúc',
  'Thắng',
  'Tuấn',
];

export function personName(prng: Prng): string {
  return `${prng.pick(FAMILY)} ${prng.pick(MIDDLE)} ${prng.pick(GIVEN)}`;
}

const TYPE_WEIGHTS: Readonly<Record<ProducerType, number>> = {
  'hop-tac-xa': 45,
  'ho-kinh-doanh': 30,
  'doanh-nghiep': 15,
  'to-hop-tac': 10,
};

function producerName(type: ProducerType, n: number, commune: string, prng: Prng): string {
  switch (type) {
    case 'hop-tac-xa':
      return `Hợp tác xã Nông nghiệp ${commune} ${n}`;
    case 'doanh-nghiep':
      return `Công ty TNHH ${prng.pick(['Nông sản', 'Thực phẩm', 'Dược liệu'])} ${commune} ${n}`;
    case 'to-hop-tac':
      return `Tổ hợp tác ${prng.pick(['trồng hồi', 'chế biến', 'làng nghề'])} ${commune} ${n}`;
    case 'ho-kinh-doanh':
      return `Hộ kinh doanh ${personName(prng)} (${n})`;
  }
}

/** Producers in communes drawn across the province and their products (every producer has at least one). */
export async function insertScaleCatalog(
  db: Queryable,
  prng: Prng,
  units: ScaleUnits,
  counts: ScaleCounts,
): Promise<ScaleProduct[]> {
  const communeCodes = [...units.communes.keys()].sort();
  const producers: ScaleProducer[] = [];
  const producerRows: (string | null)[][] = [];
  for (let i = 0; i < counts.producers; i++) {
    const type = prng.weighted(TYPE_WEIGHTS);
    const communeCode = prng.pick(communeCodes);
    const commune = units.communes.get(communeCode)!.name;
    const producer = {
      id: scaleId(ID_KIND.producer, i + 1),
      name: producerName(type, i + 1, commune, prng),
      communeCode,
    };
    producers.push(producer);
    const representative = personName(prng);
    producerRows.push([
      producer.id,
      type,
      producer.name,
      // Lạng Sơn tax codes begin with 49; 4900… numbers are unused by the demo data.
      `4900${String(i + 1).padStart(6, '0')}`,
      communeCode,
      foldForSearch(producer.name),
      representative,
      type === 'ho-kinh-doanh' ? 'Chủ hộ' : 'Giám đốc',
      `Thôn ${prng.int(1, 12)}, xã ${commune}`,
      `09${String(prng.int(10_000_000, 99_999_999))}`,
    ]);
  }
  await bulkInsert(
    db,
    'producers',
    [
      { name: 'id', type: 'uuid' },
      { name: 'type', type: 'text' },
      { name: 'name', type: 'text' },
      { name: 'registration_number', type: 'text' },
      { name: 'commune_code', type: 'text' },
      { name: 'search_text', type: 'text' },
      { name: 'representative_name', type: 'text' },
      { name: 'representative_position', type: 'text' },
      { name: 'address', type: 'text' },
      { name: 'phone', type: 'text' },
    ],
    producerRows,
  );

  const products: ScaleProduct[] = [];
  const namesOf = new Map<string, Set<string>>();
  for (let i = 0; i < counts.products; i++) {
    const producer = i < producers.length ? producers[i]! : prng.pick(producers);
    const [stem, groupCode] = prng.pick(PRODUCT_STEMS);
    const commune = units.communes.get(producer.communeCode)!;
    const used = namesOf.get(producer.id) ?? new Set<string>();
    namesOf.set(producer.id, used);
    let name = `${stem} ${commune.name}`;
    for (let k = 2; used.has(foldForSearch(name)); k++) name = `${stem} ${commune.name} loại ${k}`;
    used.add(foldForSearch(name));
    products.push({
      id: scaleId(ID_KIND.product, i + 1),
      name,
      groupCode,
      producer,
      communeCode: producer.communeCode,
      districtCode: commune.district,
    });
  }
  await bulkInsert(
    db,
    'products',
    [
      { name: 'id', type: 'uuid' },
      { name: 'name', type: 'text' },
      { name: 'product_group_code', type: 'text' },
      { name: 'producer_id', type: 'uuid' },
      { name: 'commune_code', type: 'text' },
      { name: 'search_text', type: 'text' },
      { name: 'stage', type: 'text' },
    ],
    products.map((p) => [
      p.id,
      p.name,
      p.groupCode,
      p.producer.id,
      p.communeCode,
      foldForSearch(p.name),
      prng.chance(0.04) ? 'idea' : 'product',
    ]),
  );
  return products;
}
