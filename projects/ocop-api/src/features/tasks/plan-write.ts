import {
  parseNewPlan,
  parsePlanChange,
  type FieldError,
  type NewPlan,
  type PlanDetail,
  type PlanSection,
  type Principal,
} from '@ocop/domain';
import { Conditions } from '../../db/conditions';
import { type Db, type Queryable, type SqlParam, sqlErrorOf, UNIQUE_VIOLATION } from '../../db/db';
import { ApiHttpError, validationFailed } from '../../http/api-http-error';
import { appendAudit } from '../audit/audit.repository';
import { restrictDistrictRecordsToScope, tasksReadScope } from '../auth/scope';
import { findPlan, planNotFound } from './plans.repository';
import { insertPlanTarget, updatePlanTarget } from './plan-target-write';
import { textArrayFromJson } from './sql-text-array';
import { managesPlan } from './task-scope';

/**
 * Creating and changing plans: only the standing unit of the plan's district (its district officer) writes;
 * every other caller who sees the plan reads it (403), and a plan outside the caller's units is not found.
 */

export function readOnlyPlan(): ApiHttpError {
  return new ApiHttpError(
    403,
    'FORBIDDEN',
    'Chỉ đơn vị thường trực của huyện (Phòng Nông nghiệp và Phát triển nông thôn) được lập và thay đổi kế ' +
      'hoạch, nhiệm vụ; bạn chỉ được xem.',
  );
}

export function stalePlanVersion(currentVersion: number): ApiHttpError {
  return new ApiHttpError(
    409,
    'STALE_VERSION',
    'Kế hoạch đã được người khác cập nhật. Hãy tải lại để xem thay đổi mới nhất rồi thực hiện lại.',
    { currentVersion },
  );
}

export function planExists(year: number): ApiHttpError {
  const message = `Đơn vị đã có kế hoạch năm ${year}: mỗi đơn vị chỉ có một kế hoạch trong một năm.`;
  return new ApiHttpError(409, 'PLAN_EXISTS', message, [{ field: 'year', code: 'duplicate', message }]);
}

export interface LockedPlan {
  id: string;
  unitCode: string;
  year: number;
  version: number;
  title: string;
  sections: PlanSection[];
}

/** Locks the plan row for the transaction; 404 PLAN_NOT_FOUND when the caller may not see it. */
export async function lockPlan(tx: Queryable, caller: Principal, planId: string): Promise<LockedPlan> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(planId)) throw planNotFound();
  const where = restrictDistrictRecordsToScope(new Conditions(), tasksReadScope(caller), 'p.unit_code');
  where.and(`p.id = ${where.param(planId)}`);
  const [row] = await tx.query<{
    id: string;
    unit_code: string;
    year: number;
    version: number;
    title: string;
    sections: string;
  }>(
    `select p.id, p.unit_code, p.year, p.version, p.title, p.sections::text as sections
     from plans p ${where.where} for update of p`,
    where.params,
  );
  if (row === undefined) throw planNotFound();
  return {
    id: row.id,
    unitCode: row.unit_code,
    year: row.year,
    version: row.version,
    title: row.title,
    sections: JSON.parse(row.sections) as PlanSection[],
  };
}

/** The plan as its page shows it, for a caller who may see it (404 otherwise). */
export async function requirePlanDetail(
  db: Queryable,
  caller: Principal,
  planId: string,
): Promise<PlanDetail> {
  const plan = await findPlan(db, planId, tasksReadScope(caller));
  if (plan === null) throw planNotFound();
  return plan;
}

/** A link of a plan or task to the catalogue, with the field it came from (for the error). */
export interface CatalogLink {
  field: string;
  productId: string | null;
  dossierId: string | null;
}

const CATALOG_LINK_KINDS = [
  {
    key: 'productId',
    table: 'products',
    message: 'Không tìm thấy sản phẩm, hoặc sản phẩm không thuộc đơn vị của kế hoạch',
  },
  {
    key: 'dossierId',
    table: 'dossiers',
    message: 'Không tìm thấy hồ sơ, hoặc hồ sơ không thuộc đơn vị của kế hoạch',
  },
] as const;

/** The catalogue links of a plan's targets, each named by its place in the request (`targets[i].`). */
function targetCatalogLinks(
  targets: readonly { productId: string | null; dossierId: string | null }[],
): CatalogLink[] {
  return targets.map((t, i) => ({ field: `targets[${i}].`, productId: t.productId, dossierId: t.dossierId }));
}

/**
 * Errors for links to products or dossiers that do not exist or lie outside the plan's unit (a district's
 * communes, or the whole province for a province plan).
 */
export async function catalogLinkErrors(
  tx: Queryable,
  unitCode: string,
  links: readonly CatalogLink[],
): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  const inUnit = (communeColumn: string) =>
    unitCode.length === 2
      ? 'true'
      : `(${communeColumn} = $2 or exists (select 1 from admin_units u where u.level = 'commune'
                                            and u.code = ${communeColumn} and u.parent_code = $2))`;
  for (const link of links) {
    for (const { key, table, message } of CATALOG_LINK_KINDS) {
      const linkedId = link[key];
      if (linkedId === null) continue;
      const rows = await tx.query(
        `select 1 from ${table} x where x.id = $1 and ${inUnit('x.commune_code')}`,
        [linkedId, unitCode],
      );
      if (rows.length === 0) errors.push({ field: `${link.field}${key}`, code: 'not_found', message });
    }
  }
  return errors;
}

type PlanHeader = Pick<
  NewPlan,
  | 'number'
  | 'title'
  | 'issuedOn'
  | 'legalBases'
  | 'purposes'
  | 'requirements'
  | 'fundingSources'
  | 'sections'
  | 'signer'
>;

/** The header's columns from number to signer, in the order both plan statements list them (lists as JSON). */
function headerValues(plan: PlanHeader): SqlParam[] {
  return [
    plan.number,
    plan.title,
    plan.issuedOn,
    ...[plan.legalBases, plan.purposes, plan.requirements, plan.fundingSources, plan.sections].map((list) =>
      JSON.stringify(list),
    ),
    plan.signer,
  ];
}

/** Writes a new plan row and its targets; 409 PLAN_EXISTS when the unit has one for that year. */
export async function insertPlan(
  tx: Queryable,
  caller: Principal,
  plan: NewPlan,
  copiedFrom: string | null = null,
): Promise<{ id: string; targetIds: string[] }> {
  const [existing] = await tx.query('select 1 from plans where unit_code = $1 and year = $2', [
    plan.unitCode,
    plan.year,
  ]);
  if (existing !== undefined) throw planExists(plan.year);
  let created: { id: string } | undefined;
  try {
    [created] = await tx.query<{ id: string }>(
      `insert into plans (unit_code, year, number, title, issued_on, legal_bases, purposes, requirements,
                          funding_sources, sections, signer, copied_from, created_by)
       values ($1, $2, $3, $4, $5::date, ${textArrayFromJson('$6')}, ${textArrayFromJson('$7')},
               ${textArrayFromJson('$8')}, ${textArrayFromJson('$9')}, $10::jsonb, $11, $12, $13)
       returning id`,
      [plan.unitCode, plan.year, ...headerValues(plan), copiedFrom, caller.username],
    );
  } catch (error) {
    if (sqlErrorOf(error)?.code === UNIQUE_VIOLATION) throw planExists(plan.year);
    throw error;
  }
  if (created === undefined) throw new Error('insert into plans returned no id');
  const targetIds: string[] = [];
  for (const [index, target] of plan.targets.entries()) {
    targetIds.push(await insertPlanTarget(tx, created.id, target, index));
  }
  return { id: created.id, targetIds };
}

/** POST /api/tasks/plans: the standing unit's new plan of its own district. */
export async function createPlan(
  db: Db,
  caller: Principal,
  fields: Record<string, unknown>,
): Promise<PlanDetail> {
  const parsed = parseNewPlan(fields);
  if (!parsed.ok) throw validationFailed(parsed.errors);
  const plan = parsed.value;
  if (!managesPlan(caller, plan.unitCode)) throw readOnlyPlan();
  const id = await db.transaction(async (tx) => {
    const errors = await catalogLinkErrors(tx, plan.unitCode, targetCatalogLinks(plan.targets));
    if (errors.length > 0) throw validationFailed(errors);
    const { id: planId } = await insertPlan(tx, caller, plan);
    await appendAudit(tx, {
      actor: caller,
      entityType: 'plan',
      entityId: planId,
      action: 'plan.created',
      from: null,
      to: { unitCode: plan.unitCode, year: plan.year, number: plan.number, title: plan.title },
      comment: null,
    });
    return planId;
  });
  return requirePlanDetail(db, caller, id);
}

/**
 * PUT /api/tasks/plans/:id: the whole header as the user saw it. Targets sent with an id are changed, those
 * without one are added, those left out are removed — unless tasks serve them; sections still used by tasks
 * cannot be removed either.
 */
export async function updatePlan(
  db: Db,
  caller: Principal,
  planId: string,
  fields: Record<string, unknown>,
): Promise<PlanDetail> {
  await db.transaction(async (tx) => {
    const locked = await lockPlan(tx, caller, planId);
    if (!managesPlan(caller, locked.unitCode)) throw readOnlyPlan();
    const parsed = parsePlanChange(fields, locked.year);
    if (!parsed.ok) throw validationFailed(parsed.errors);
    const change = parsed.value;
    if (change.version !== locked.version) throw stalePlanVersion(locked.version);

    const before = await findPlan(tx, planId, tasksReadScope(caller));
    if (before === null) throw planNotFound();
    const errors = await catalogLinkErrors(tx, locked.unitCode, targetCatalogLinks(change.targets));
    const known = new Set(before.targets.map((t) => t.id));
    change.targets.forEach((target, i) => {
      if (target.id !== undefined && !known.has(target.id)) {
        errors.push({
          field: `targets[${i}].id`,
          code: 'not_found',
          message: 'Mục tiêu này không thuộc kế hoạch (hãy tải lại kế hoạch)',
        });
      }
    });
    const kept = new Set(change.targets.flatMap((t) => (t.id === undefined ? [] : [t.id])));
    const removed = before.targets.filter((t) => !kept.has(t.id));
    for (const target of removed) {
      const [used] = await tx.query<{ n: number }>(
        'select count(*)::int as n from tasks where target_id = $1',
        [target.id],
      );
      if ((used?.n ?? 0) > 0) {
        errors.push({
          field: 'targets',
          code: 'in_use',
          message: `Không xóa được mục tiêu ${target.code} vì còn ${used?.n} nhiệm vụ phục vụ mục tiêu này`,
        });
      }
    }
    const sectionCodes = new Set(change.sections.map((s) => s.code));
    const usedSections = await tx.query<{ section_code: string }>(
      'select distinct section_code from tasks where plan_id = $1 order by section_code',
      [planId],
    );
    for (const { section_code: code } of usedSections) {
      if (locked.sections.some((s) => s.code === code) && !sectionCodes.has(code)) {
        errors.push({
          field: 'sections',
          code: 'in_use',
          message: `Không xóa được mục ${code} vì còn nhiệm vụ thuộc mục này`,
        });
      }
    }
    if (errors.length > 0) throw validationFailed(errors);

    await tx.query(
      `update plans set number = $2, title = $3, issued_on = $4::date, legal_bases = ${textArrayFromJson('$5')},
              purposes = ${textArrayFromJson('$6')}, requirements = ${textArrayFromJson('$7')},
              funding_sources = ${textArrayFromJson('$8')}, sections = $9::jsonb, signer = $10,
              version = version + 1, updated_at = now()
       where id = $1`,
      [planId, ...headerValues(change)],
    );
    for (const target of removed) await tx.query('delete from plan_targets where id = $1', [target.id]);
    // Codes are unique per plan: park the kept ones first, so that codes may be swapped between targets.
    await tx.query(`update plan_targets set code = '~' || id::text where plan_id = $1`, [planId]);
    for (const [index, target] of change.targets.entries()) {
      if (target.id === undefined) {
        await insertPlanTarget(tx, planId, target, index);
      } else {
        await updatePlanTarget(tx, target.id, target, index);
      }
    }
    const { id: _id, version: _version, unit: _unit, year: _year, copiedFromId: _copied, ...was } = before;
    const { version: _sent, ...now } = change;
    await appendAudit(tx, {
      actor: caller,
      entityType: 'plan',
      entityId: planId,
      action: 'plan.updated',
      from: was,
      to: now,
      comment: null,
    });
  });
  return requirePlanDetail(db, caller, planId);
}
