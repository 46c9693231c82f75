import { foldForSearch, type TaskStatus } from '@ocop/domain';
import type { Queryable } from '../../../../db/db';

/**
 * Plans and tasks written straight into the database for the progress specs, in any state, so a spec can
 * start in the middle of the workflow without going through the plan and task routes.
 */

// One plan per unit and year: every fixture plan takes a year of its own, far from the demo data's 2020.
let nextYear = 2060;

export interface PlanFixture {
  /** The issuing district; Văn Quan (184) by default. */
  unitCode?: string;
  year?: number;
}

export async function insertPlan(
  db: Queryable,
  fixture: PlanFixture = {},
): Promise<{ id: string; year: number }> {
  const year = fixture.year ?? nextYear++;
  const [row] = await db.query<{ id: string }>(
    `insert into plans (unit_code, year, title, sections, created_by)
     values ($1, $2, $3, $4::jsonb, 'fixture') returning id`,
    [
      fixture.unitCode ?? '184',
      year,
      `Kế hoạch thực hiện Chương trình OCOP năm ${year}`,
      JSON.stringify([
        { code: 'III.3', title: 'Phòng Nông nghiệp và Phát triển nông thôn' },
        { code: 'III.7', title: 'Trung tâm Y tế huyện' },
        { code: 'III.11', title: 'UBND các xã, thị trấn' },
      ]),
    ],
  );
  if (row === undefined) throw new Error('fixture plan not inserted');
  return { id: row.id, year };
}

export interface TaskFixture {
  title?: string;
  sectionCode?: string;
  /** A task unit key; Trung tâm Y tế by default. */
  lead?: string;
  cooperating?: string[];
  status?: TaskStatus;
  dueDate?: string | null;
  position?: number;
}

/** A one-off task of the plan. */
export async function insertTask(db: Queryable, planId: string, fixture: TaskFixture = {}): Promise<string> {
  const title = fixture.title ?? 'Hướng dẫn cơ sở sản xuất về an toàn thực phẩm';
  const [row] = await db.query<{ id: string }>(
    `insert into tasks (plan_id, section_code, title, lead_unit, cooperating_units, due_date, recurrence, status,
                        search_text, position, created_by)
     values ($1, $2, $3, $4, string_to_array($5, ','), $6::date, 'once', $7, $8, $9, 'fixture')
     returning id`,
    [
      planId,
      fixture.sectionCode ?? 'III.7',
      title,
      fixture.lead ?? 'department:TTYT',
      // Unit keys contain no comma; an array parameter is typed differently by the two drivers.
      (fixture.cooperating ?? []).join(','),
      fixture.dueDate ?? null,
      fixture.status ?? 'assigned',
      foldForSearch(title),
      fixture.position ?? 0,
    ],
  );
  if (row === undefined) throw new Error('fixture task not inserted');
  return row.id;
}

/** A quarterly series (no status) and its four occurrences of `year`. */
export async function insertQuarterlySeries(
  db: Queryable,
  planId: string,
  year: number,
  lead = 'department:NNPTNT',
): Promise<{ seriesId: string; occurrenceIds: string[] }> {
  const title = 'Sơ kết quý, báo cáo kết quả thực hiện Chương trình OCOP';
  const [series] = await db.query<{ id: string }>(
    `insert into tasks (plan_id, section_code, title, lead_unit, recurrence, search_text, position, created_by)
     values ($1, 'III.3', $2, $3, 'quarterly', $4, 1, 'fixture') returning id`,
    [planId, title, lead, foldForSearch(title)],
  );
  if (series === undefined) throw new Error('fixture series not inserted');
  const ends = ['03-31', '06-30', '09-30', '12-31'];
  const occurrenceIds: string[] = [];
  for (const [index, end] of ends.entries()) {
    const [row] = await db.query<{ id: string }>(
      `insert into tasks (plan_id, section_code, title, lead_unit, due_date, recurrence, series_id, period, status,
                          search_text, position, created_by)
       values ($1, 'III.3', $2, $3, $4::date, 'quarterly', $5, $6, 'assigned', $7, 1, 'fixture') returning id`,
      [planId, title, lead, `${year}-${end}`, series.id, `${year}-Q${index + 1}`, foldForSearch(title)],
    );
    if (row === undefined) throw new Error('fixture occurrence not inserted');
    occurrenceIds.push(row.id);
  }
  return { seriesId: series.id, occurrenceIds };
}

/** A report written straight into the database (review 'pending' unless told otherwise). */
export async function insertReport(
  db: Queryable,
  taskId: string,
  fixture: { percent: number; review?: 'pending' | 'accepted' | 'returned'; text?: string },
): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    // Reports inserted one after the other must read in that order even when the clock has not moved (the
    // newest is told by reported_at, and PGlite may give two statements the same instant).
    `insert into task_reports (task_id, percent, text, reported_by, reported_by_name, reported_by_unit, review,
                               reported_at)
     values ($1, $2, $3, 'fixture', 'Cán bộ thử', 'Trung tâm Y tế', $4,
             greatest(now(), (select max(r.reported_at) from task_reports r where r.task_id = $1)
                             + interval '1 millisecond'))
     returning id`,
    [taskId, fixture.percent, fixture.text ?? 'Đã thực hiện một phần', fixture.review ?? 'pending'],
  );
  if (row === undefined) throw new Error('fixture report not inserted');
  return row.id;
}

export interface TaskState {
  version: number;
  status: TaskStatus | null;
  returnReason: string | null;
  reports: number;
  comments: number;
  auditEntries: number;
}

/** What a refused write must leave untouched. */
export async function taskState(db: Queryable, taskId: string): Promise<TaskState> {
  const [row] = await db.query<{
    version: number;
    status: TaskStatus | null;
    return_reason: string | null;
    reports: number;
    comments: number;
    audit_entries: number;
  }>(
    `select t.version, t.status, t.return_reason,
            (select count(*)::int from task_reports r where r.task_id = t.id) as reports,
            (select count(*)::int from task_comments c where c.task_id = t.id) as comments,
            (select count(*)::int from audit_log a where a.entity_type = 'task' and a.entity_id = t.id::text)
              as audit_entries
     from tasks t where t.id = $1`,
    [taskId],
  );
  if (row === undefined) throw new Error(`no task ${taskId}`);
  return {
    version: row.version,
    status: row.status,
    returnReason: row.return_reason,
    reports: row.reports,
    comments: row.comments,
    auditEntries: row.audit_entries,
  };
}
