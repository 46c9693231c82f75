import { occurrencesOf, type Principal, type Recurrence, type TaskPriority } from '@ocop/domain';
import type { Queryable } from '../../db/db';
import { appendAudit } from '../audit/audit.repository';
import { textArrayFromJson } from './sql-text-array';

/** A task row to write: the fields of NewTask with units as keys and the search text already folded. */
export interface TaskRowInput {
  planId: string;
  sectionCode: string;
  title: string;
  description: string;
  leadKey: string;
  cooperatingKeys: string[];
  dueDate: string | null;
  dueQuarter: string | null;
  recurrence: Recurrence;
  priority: TaskPriority;
  targetId: string | null;
  productId: string | null;
  dossierId: string | null;
  /** foldForSearch of the title, description and unit names. */
  searchText: string;
  position: number;
  /** The review that created it as a follow-up, if any. */
  reviewId: string | null;
}

interface Occurrence {
  seriesId: string;
  period: string;
  due: string;
}

async function insertRow(
  tx: Queryable,
  caller: Principal,
  input: TaskRowInput,
  occurrence: Occurrence | null,
  comment: string | null,
): Promise<string> {
  // A one-off task and an occurrence start assigned; a series row carries no status (its occurrences do).
  const status = input.recurrence === 'once' || occurrence !== null ? 'assigned' : null;
  const dueDate = occurrence?.due ?? input.dueDate;
  const dueQuarter = occurrence === null ? input.dueQuarter : null;
  const [row] = await tx.query<{ id: string }>(
    `insert into tasks (plan_id, section_code, title, description, lead_unit, cooperating_units, due_date,
                        due_quarter, recurrence, series_id, period, status, priority, target_id, product_id,
                        dossier_id, review_id, search_text, position, created_by)
     values ($1, $2, $3, $4, $5, ${textArrayFromJson('$6')}, $7::date, $8, $9, $10, $11, $12, $13, $14, $15,
             $16, $17, $18, $19, $20)
     returning id`,
    [
      input.planId,
      input.sectionCode,
      input.title,
      input.description,
      input.leadKey,
      JSON.stringify(input.cooperatingKeys),
      dueDate,
      dueQuarter,
      input.recurrence,
      occurrence?.seriesId ?? null,
      occurrence?.period ?? null,
      status,
      input.priority,
      input.targetId,
      input.productId,
      input.dossierId,
      input.reviewId,
      input.searchText,
      input.position,
      caller.username,
    ],
  );
  if (row === undefined) throw new Error('insert into tasks returned no id');
  await appendAudit(tx, {
    actor: caller,
    entityType: 'task',
    entityId: row.id,
    action: 'task.created',
    from: null,
    to: {
      title: input.title,
      sectionCode: input.sectionCode,
      lead: input.leadKey,
      cooperating: input.cooperatingKeys,
      dueDate,
      dueQuarter,
      recurrence: input.recurrence,
      seriesId: occurrence?.seriesId ?? null,
      period: occurrence?.period ?? null,
      status,
      priority: input.priority,
      targetId: input.targetId,
      productId: input.productId,
      dossierId: input.dossierId,
    },
    comment,
  });
  return row.id;
}

/** Writes a one-off task or a series row (without its occurrences), with its 'task.created' audit entry. */
export function insertTaskRow(
  tx: Queryable,
  caller: Principal,
  input: TaskRowInput,
  comment: string | null = null,
): Promise<string> {
  return insertRow(tx, caller, input, null, comment);
}

/**
 * Writes the occurrences of a series for the plan's `year` (from `from` on, when given: a series added in
 * August starts with Q3), each a task of its own due at the end of its period.
 */
export async function insertOccurrences(
  tx: Queryable,
  caller: Principal,
  seriesId: string,
  series: TaskRowInput,
  year: number,
  from: string | undefined,
  comment: string | null = null,
): Promise<string[]> {
  const ids: string[] = [];
  for (const { period, due } of occurrencesOf(series.recurrence, year, from)) {
    ids.push(await insertRow(tx, caller, series, { seriesId, period, due }, comment));
  }
  return ids;
}
