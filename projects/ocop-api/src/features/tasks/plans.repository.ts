import type { Page } from '@ocop/domain';
import { Conditions } from '../../db/conditions';
import type { Queryable } from '../../db/db';
import { restrictDistrictRecordsToScope, type UnitScope } from '../auth/scope';

/** A plan (kế hoạch) of the tasks module; the tasks module issue grows it (and moves it to @ocop/domain). */
export interface Plan {
  id: string;
  /** The issuing district (or the province), under the name it bore when the plan was issued. */
  unit: { code: string; name: string };
  year: number;
  number: string | null;
  title: string;
  /** yyyy-MM-dd; null while a draft. */
  issuedOn: string | null;
  version: number;
}

export interface PlanQuery {
  year?: number;
  limit: number;
  offset: number;
}

interface PlanRow {
  id: string;
  unit_code: string;
  unit_name: string;
  year: number;
  number: string | null;
  title: string;
  issued_on: string | null;
  version: number;
}

/** A page of the plans in `scope`, newest year first, then by unit and number. */
export async function listPlans(db: Queryable, query: PlanQuery, scope: UnitScope): Promise<Page<Plan>> {
  const where = restrictDistrictRecordsToScope(new Conditions(), scope, 'p.unit_code');
  if (query.year !== undefined) where.and(`p.year = ${where.param(query.year)}`);
  const [count] = await db.query<{ total: number }>(
    `select count(*)::int as total from plans p ${where.where}`,
    where.params,
  );
  const rows = await db.query<PlanRow>(
    `select p.id, p.unit_code, p.year, p.number, p.title, p.version,
            to_char(p.issued_on, 'YYYY-MM-DD') as issued_on,
            coalesce(unit_name_at(p.unit_code, case when length(p.unit_code) = 2 then 'province'
                                                     else 'district' end,
                                  coalesce(p.issued_on, p.created_at::date)), p.unit_code) as unit_name
     from plans p ${where.where}
     order by p.year desc, p.unit_code, p.number collate "C" nulls last, p.id
     limit ${where.param(query.limit)} offset ${where.param(query.offset)}`,
    where.params,
  );
  return {
    items: rows.map((row) => ({
      id: row.id,
      unit: { code: row.unit_code, name: row.unit_name },
      year: row.year,
      number: row.number,
      title: row.title,
      issuedOn: row.issued_on,
      version: row.version,
    })),
    total: count?.total ?? 0,
  };
}
