import type { Page, Plan, PlanDetail, PlanSection, PlanTarget } from '@ocop/domain';
import { Conditions } from '../../db/conditions';
import type { Queryable } from '../../db/db';
import { ApiHttpError } from '../../http/api-http-error';
import { restrictDistrictRecordsToScope, type UnitScope } from '../auth/scope';

export interface PlanQuery {
  year?: number;
  limit: number;
  offset: number;
}

export const PLAN_NOT_FOUND_MESSAGE = 'Không tìm thấy kế hoạch, hoặc kế hoạch không thuộc đơn vị của bạn.';

export function planNotFound(): ApiHttpError {
  return new ApiHttpError(404, 'PLAN_NOT_FOUND', PLAN_NOT_FOUND_MESSAGE);
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

const SELECT_PLANS = `
  select p.id, p.unit_code, p.year, p.number, p.title, p.version,
         to_char(p.issued_on, 'YYYY-MM-DD') as issued_on,
         coalesce(unit_name_at(p.unit_code, case length(p.unit_code) when 2 then 'province'
                                                               when 3 then 'district' else 'commune' end,
                               coalesce(p.issued_on, p.created_at::date)), p.unit_code) as unit_name
  from plans p`;

function toPlan(row: PlanRow): Plan {
  return {
    id: row.id,
    unit: { code: row.unit_code, name: row.unit_name },
    year: row.year,
    number: row.number,
    title: row.title,
    issuedOn: row.issued_on,
    version: row.version,
  };
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
    `${SELECT_PLANS} ${where.where}
     order by p.year desc, p.unit_code, p.number collate "C" nulls last, p.id
     limit ${where.param(query.limit)} offset ${where.param(query.offset)}`,
    where.params,
  );
  return { items: rows.map(toPlan), total: count?.total ?? 0 };
}

interface PlanDetailRow extends PlanRow {
  /** JSON texts of the text[] and jsonb columns: the drivers read those differently. */
  legal_bases: string;
  purposes: string;
  requirements: string;
  funding_sources: string;
  sections: string;
  signer: string | null;
  copied_from: string | null;
}

interface TargetRow {
  id: string;
  code: string;
  title: string;
  indicator: string;
  quantity: number;
  measure: string;
  due_quarter: string | null;
  product_id: string | null;
  dossier_id: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The plan with its document parts and targets (in the plan's order), or null when not in `scope`. */
export async function findPlan(db: Queryable, id: string, scope: UnitScope): Promise<PlanDetail | null> {
  if (!UUID.test(id)) return null;
  const where = restrictDistrictRecordsToScope(new Conditions(), scope, 'p.unit_code');
  where.and(`p.id = ${where.param(id)}`);
  const [row] = await db.query<PlanDetailRow>(
    `select q.*, to_jsonb(x.legal_bases)::text as legal_bases, to_jsonb(x.purposes)::text as purposes,
            to_jsonb(x.requirements)::text as requirements, to_jsonb(x.funding_sources)::text as funding_sources,
            x.sections::text as sections, x.signer, x.copied_from
     from (${SELECT_PLANS} ${where.where}) q join plans x on x.id = q.id`,
    where.params,
  );
  if (row === undefined) return null;
  const targets = await db.query<TargetRow>(
    `select id, code, title, indicator, quantity::float8 as quantity, measure, due_quarter, product_id, dossier_id
     from plan_targets where plan_id = $1 order by position, code collate "C"`,
    [id],
  );
  return {
    ...toPlan(row),
    legalBases: JSON.parse(row.legal_bases) as string[],
    purposes: JSON.parse(row.purposes) as string[],
    requirements: JSON.parse(row.requirements) as string[],
    fundingSources: JSON.parse(row.funding_sources) as string[],
    sections: JSON.parse(row.sections) as PlanSection[],
    targets: targets.map((t): PlanTarget => ({
      id: t.id,
      code: t.code,
      title: t.title,
      indicator: t.indicator,
      quantity: Number(t.quantity),
      measure: t.measure,
      dueQuarter: t.due_quarter,
      productId: t.product_id,
      dossierId: t.dossier_id,
    })),
    signer: row.signer,
    copiedFromId: row.copied_from,
  };
}
