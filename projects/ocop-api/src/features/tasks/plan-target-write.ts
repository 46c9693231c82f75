import type { PlanTarget } from '@ocop/domain';
import type { Queryable, SqlParam } from '../../db/db';

/** What a plan target row stores besides its plan, id and position. */
export type PlanTargetFields = Omit<PlanTarget, 'id'>;

/** The target's own columns, in the order both statements below list them. */
function targetValues(target: PlanTargetFields): SqlParam[] {
  return [
    target.code,
    target.title,
    target.indicator,
    target.quantity,
    target.measure,
    target.dueQuarter,
    target.productId,
    target.dossierId,
  ];
}

/**
 * Inserts one target of a plan at `position` (plan forms, plan copies, the demo plan) and answers its id:
 * `id` when given (the demo data's fixed ids), a new one otherwise.
 */
export async function insertPlanTarget(
  tx: Queryable,
  planId: string,
  target: PlanTargetFields,
  position: number,
  id: string | null = null,
): Promise<string> {
  const [row] = await tx.query<{ id: string }>(
    `insert into plan_targets (id, plan_id, code, title, indicator, quantity, measure, due_quarter, product_id,
                               dossier_id, position)
     values (coalesce($1::uuid, gen_random_uuid()), $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) returning id`,
    [id, planId, ...targetValues(target), position],
  );
  if (row === undefined) throw new Error('insert into plan_targets returned no id');
  return row.id;
}

/** Rewrites one kept target of a plan, moved to `position`. */
export async function updatePlanTarget(
  tx: Queryable,
  targetId: string,
  target: PlanTargetFields,
  position: number,
): Promise<void> {
  await tx.query(
    `update plan_targets set code = $2, title = $3, indicator = $4, quantity = $5, measure = $6,
            due_quarter = $7, product_id = $8, dossier_id = $9, position = $10
     where id = $1`,
    [targetId, ...targetValues(target), position],
  );
}
