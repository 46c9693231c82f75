import { readFile } from 'node:fs/promises';
import { taskDeadlineFlag, taskDue, type TaskStatus } from '@ocop/domain';
import type { Db } from '../db/db';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { HUU_LE_DOSSIER_ID, STAR_ANISE_DOSSIER_ID } from './demo-dossiers';
import { DEMO_PLAN_ID, HERBAL_DUTY_TASK_ID, loadDemoPlan, PLAN_DOCUMENT_URL } from './demo-plan';
import { loadDemoData } from './load-demo-data';

/**
 * The demo plan against the seed document itself: the duties are counted here from the markdown with a rule
 * of this spec's own (a "- " line of section III, or the paragraph of a numbered actor that has none), not
 * with the parser the import uses.
 */

interface DocumentDuty {
  actor: number;
  bullet: number;
  /** The duty's first line, without "- ": the task's description starts with it. */
  text: string;
}

function dutiesOfSectionIII(markdown: string): DocumentDuty[] {
  const lines = markdown.split('\n').map((line) => line.trim());
  const start = lines.indexOf('III. TỔ CHỨC THỰC HIỆN');
  const end = lines.findIndex((line) => line.startsWith('Trên đây'));
  const duties: DocumentDuty[] = [];
  let actor = 0;
  let bullets = 0;
  let heading = '';
  let paragraph = '';
  const closeActor = () => {
    if (actor > 0 && bullets === 0) duties.push({ actor, bullet: 1, text: paragraph || heading });
  };
  for (const line of lines.slice(start + 1, end)) {
    const numbered = /^(\d+)\.\s+(.+)$/.exec(line);
    if (numbered) {
      closeActor();
      actor = Number(numbered[1]);
      heading = numbered[2] ?? '';
      bullets = 0;
      paragraph = '';
    } else if (line.startsWith('- ')) {
      bullets += 1;
      duties.push({ actor, bullet: bullets, text: line.slice(2) });
    } else if (line !== '' && paragraph === '') {
      paragraph = line;
    }
  }
  closeActor();
  return duties;
}

const COMMUNES = 'every commune';
const PRODUCERS = 'every producer';
/** Who section III gives each actor's duties to (III.10's second bullet: the steering committee members). */
const EXPECTED_LEADS: Record<number, string | ((bullet: number) => string)> = {
  1: 'department:BCD',
  2: 'department:TGV',
  3: 'department:NNPTNT',
  4: 'department:KTHT',
  5: 'department:TCKH',
  6: 'department:TNMT',
  7: 'department:TTYT',
  8: 'department:LDTBXH-DT',
  9: 'department:TTVHTTTT',
  10: (bullet) => (bullet === 2 ? 'department:BCD' : 'department:MTTQ'),
  11: COMMUNES,
  12: PRODUCERS,
  13: 'department:NNPTNT',
};

interface TaskRow {
  id: string;
  section_code: string;
  title: string;
  description: string;
  lead_unit: string;
  cooperating: string;
  due_date: string | null;
  due_quarter: string | null;
  recurrence: string;
  series_id: string | null;
  period: string | null;
  status: TaskStatus | null;
  target_code: string | null;
  dossier_id: string | null;
  product_id: string | null;
  search_text: string;
  reports: number;
  pending: number;
  accepted_percent: number | null;
  created_entries: number;
  reported_entries: number;
}

const TODAY = '2020-07-15';

describe('the demo plan imported from the seed document (Văn Quan 2020)', () => {
  let database: TestDatabase;
  let db: Db;
  let tasks: TaskRow[];
  let duties: DocumentDuty[];

  beforeAll(async () => {
    database = await createTestDatabase('seeded');
    db = await database.open();
    duties = dutiesOfSectionIII(await readFile(PLAN_DOCUMENT_URL, 'utf8'));
    tasks = await db.query<TaskRow>(
      `select t.id, t.section_code, t.title, t.description, t.lead_unit,
              array_to_string(t.cooperating_units, ',') as cooperating,
              to_char(t.due_date, 'YYYY-MM-DD') as due_date, t.due_quarter, t.recurrence, t.series_id, t.period,
              t.status, pt.code as target_code, t.dossier_id, t.product_id, t.search_text,
              (select count(*)::int from task_reports r where r.task_id = t.id) as reports,
              (select count(*)::int from task_reports r where r.task_id = t.id and r.review = 'pending')
                as pending,
              (select r.percent from task_reports r where r.task_id = t.id and r.review = 'accepted'
               order by r.reported_at desc limit 1) as accepted_percent,
              (select count(*)::int from audit_log a where a.entity_type = 'task' and a.entity_id = t.id::text
                 and a.action = 'task.created') as created_entries,
              (select count(*)::int from audit_log a where a.entity_type = 'task' and a.entity_id = t.id::text
                 and a.action = 'task.reported') as reported_entries
       from tasks t left join plan_targets pt on pt.id = t.target_id
       where t.plan_id = $1
       order by t.section_code, t.position, t.period nulls first, t.id`,
      [DEMO_PLAN_ID],
    );
  });

  afterAll(async () => {
    await database.dispose();
  });

  const communesOf2020 = () =>
    db.query<{ code: string }>(
      `select code from admin_units where level = 'commune' and parent_code = '184'
         and coalesce(valid_from, '-infinity') <= '2020-01-01'
         and coalesce(valid_to, 'infinity') >= '2020-01-01'`,
    );
  const actionable = () => tasks.filter((t) => t.status !== null);
  const titled = (title: string) => {
    const found = tasks.filter((t) => t.title === title && t.series_id === null);
    expect(found.length).withContext(title).toBe(1);
    return found[0] as TaskRow;
  };

  it('has a task for every duty bullet of section III, for the unit the section names', async () => {
    // 39 "- " bullets and the three actors written as one paragraph (8, 9 and 13).
    expect(duties.length).toBe(42);
    expect(new Set(duties.map((d) => d.actor)).size).toBe(13);
    const communes = (await communesOf2020()).map((c) => `commune:${c.code}`);
    const producers = (await db.query<{ id: string }>('select id from producers')).map(
      (p) => `producer:${p.id}`,
    );
    expect(communes.length).toBe(17);
    expect(producers.length).toBe(2);

    const matched = new Set<string>();
    for (const duty of duties) {
      const expected = EXPECTED_LEADS[duty.actor];
      const lead = typeof expected === 'function' ? expected(duty.bullet) : expected;
      const units = lead === COMMUNES ? communes : lead === PRODUCERS ? producers : [lead ?? '?'];
      for (const unit of units) {
        // Occurrences repeat their series; the duty's own rows are the one-off task or the series.
        const rows = tasks.filter(
          (t) =>
            t.section_code === `III.${duty.actor}` &&
            t.series_id === null &&
            t.description.startsWith(duty.text) &&
            t.lead_unit === unit,
        );
        expect(rows.length)
          .withContext(`III.${duty.actor} bullet ${duty.bullet} for ${unit}`)
          .toBeGreaterThanOrEqual(1);
        for (const row of rows) matched.add(row.id);
      }
    }
    // …and no task of section III comes from anywhere else.
    const sectionIII = tasks.filter((t) => t.section_code.startsWith('III.') && t.series_id === null);
    expect(sectionIII.filter((t) => !matched.has(t.id)).map((t) => t.title)).toEqual([]);
    // One task per bullet and unit: III.3's review duty is a series, its reporting duty two (quarterly and
    // year-end); the 6 commune duties go to 17 communes, the 3 producer duties to 2 producers.
    expect(sectionIII.length).toBe(42 - 2 + 3 - 6 + 6 * 17 - 3 + 3 * 2);
  });

  it('gives communes and producers their own tasks, and the cooperating units the plan names', () => {
    const huuLe = tasks.filter((t) => t.lead_unit === 'commune:06322');
    expect(huuLe.length).toBe(6);
    expect(huuLe.every((t) => t.search_text.includes('xa huu le'))).toBeTrue();
    const labour = tasks.find((t) => t.section_code === 'III.8');
    expect(labour?.lead_unit).toBe('department:LDTBXH-DT');
    expect(labour?.cooperating).toBe('department:NNPTNT');
    const everyone = tasks.find((t) => t.section_code === 'III.13');
    expect(everyone?.lead_unit).toBe('department:NNPTNT');
    expect(everyone?.cooperating.split(',')).toEqual([
      'department:BCD',
      'department:TGV',
      'department:KTHT',
      'department:TCKH',
      'department:TNMT',
      'department:TTYT',
      'department:LDTBXH-DT',
      'department:TTVHTTTT',
      'department:MTTQ',
    ]);
  });

  it('keeps the plan parts of the document, with an invented number and date', async () => {
    const [plan] = await db.query<{
      unit_code: string;
      year: number;
      number: string;
      issued_on: string;
      title: string;
      legal_bases: number;
      purposes: number;
      requirements: string;
      funding: number;
      sections: string;
      signer: string;
    }>(
      `select unit_code, year, number, to_char(issued_on, 'YYYY-MM-DD') as issued_on, title,
              cardinality(legal_bases) as legal_bases, cardinality(purposes) as purposes,
              to_jsonb(requirements)::text as requirements, cardinality(funding_sources) as funding,
              sections::text as sections, signer
       from plans where id = $1`,
      [DEMO_PLAN_ID],
    );
    expect(plan).toEqual(
      jasmine.objectContaining({
        unit_code: '184',
        year: 2020,
        number: '45/KH-UBND',
        issued_on: '2020-02-10',
        title: 'Kế hoạch thực hiện Chương trình mỗi xã một sản phẩm huyện Văn Quan năm 2020',
        legal_bases: 4,
        purposes: 1,
        funding: 2,
        signer: 'KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Hoàng Văn Quân',
      }),
    );
    const requirements = JSON.parse(plan?.requirements ?? '[]') as string[];
    expect(requirements.length).toBe(3);
    expect(requirements[2]).toContain('hỗ trợ các xã, thị trấn, chủ thể sản xuất');
    const sections = JSON.parse(plan?.sections ?? '[]') as { code: string; title: string }[];
    expect(sections.map((s) => s.code)).toEqual([
      'II.1',
      ...Array.from({ length: 13 }, (_, i) => `III.${i + 1}`),
    ]);
    expect(sections.find((s) => s.code === 'III.7')?.title).toBe('Trung tâm Y tế huyện');

    const targets = await db.query<{
      code: string;
      due_quarter: string;
      dossier_id: string;
      measure: string;
    }>(
      `select code, due_quarter, dossier_id, measure from plan_targets where plan_id = $1 order by position`,
      [DEMO_PLAN_ID],
    );
    expect(targets).toEqual([
      { code: 'MT1', due_quarter: '2020-Q1', dossier_id: HUU_LE_DOSSIER_ID, measure: 'hồ sơ' },
      { code: 'MT2', due_quarter: '2020-Q4', dossier_id: STAR_ANISE_DOSSIER_ID, measure: 'sản phẩm' },
    ]);
    // The II.1 tasks carry the targets, with the dossiers they are about.
    const contents = tasks.filter((t) => t.section_code === 'II.1');
    expect(contents.map((t) => [t.target_code, t.dossier_id, t.due_quarter])).toEqual([
      ['MT1', HUU_LE_DOSSIER_ID, '2020-Q1'],
      ['MT1', HUU_LE_DOSSIER_ID, '2020-Q1'],
      ['MT2', STAR_ANISE_DOSSIER_ID, '2020-Q3'],
      ['MT2', STAR_ANISE_DOSSIER_ID, '2020-Q4'],
      ['MT2', STAR_ANISE_DOSSIER_ID, '2020-Q4'],
    ]);
  });

  it("has Phòng NN&PTNT's quarterly reviews and reports and its year-end report as recurring series", () => {
    const series = tasks.filter((t) => t.recurrence !== 'once' && t.series_id === null);
    expect(series.map((s) => [s.lead_unit, s.recurrence, s.status])).toEqual([
      ['department:NNPTNT', 'quarterly', null],
      ['department:NNPTNT', 'quarterly', null],
      ['department:NNPTNT', 'yearly', null],
    ]);
    const review = titled('Tổ chức đánh giá, kiểm điểm kết quả thực hiện Chương trình OCOP quý');
    const occurrences = tasks.filter((t) => t.series_id === review.id);
    expect(occurrences.map((o) => [o.period, o.due_date, o.status, o.accepted_percent])).toEqual([
      ['2020-Q1', '2020-03-31', 'accepted', 100],
      ['2020-Q2', '2020-06-30', 'accepted', 100],
      ['2020-Q3', '2020-09-30', 'assigned', null],
      ['2020-Q4', '2020-12-31', 'assigned', null],
    ]);
    const yearEnd = titled('Báo cáo tổng kết thực hiện Chương trình OCOP năm 2020');
    expect(tasks.filter((t) => t.series_id === yearEnd.id).map((o) => [o.period, o.due_date])).toEqual([
      ['2020', '2020-12-31'],
    ]);
  });

  it('stands as on 15/07/2020: some accepted, some in progress, one overdue, a few due soon', () => {
    const flags = actionable().map((t) => ({
      task: t,
      flag: taskDeadlineFlag(t.status, taskDue(t.due_date, t.due_quarter), TODAY),
    }));
    const overdue = flags.filter((f) => f.flag === 'overdue').map((f) => [f.task.lead_unit, f.task.due_date]);
    expect(overdue).toEqual([['department:KTHT', '2020-06-30']]);
    expect(flags.filter((f) => f.flag === 'due-soon').length).toBeGreaterThanOrEqual(2);

    const byStatus = (status: TaskStatus) => actionable().filter((t) => t.status === status).length;
    expect(byStatus('accepted')).toBeGreaterThanOrEqual(8);
    expect(byStatus('in_progress')).toBeGreaterThanOrEqual(8);
    expect(byStatus('reported_done')).toBeGreaterThanOrEqual(1);
    // Most communes have not reported yet.
    const communeTasks = actionable().filter((t) => t.section_code === 'III.11');
    expect(communeTasks.filter((t) => t.status === 'assigned').length).toBeGreaterThan(
      communeTasks.length * 0.8,
    );

    // MT1 was done in Q1; the star anise oil is under way.
    for (const task of actionable().filter((t) => t.target_code === 'MT1')) {
      expect([task.status, task.accepted_percent]).withContext(task.title).toEqual(['accepted', 100]);
    }
    const starAnise = titled('HTX Văn Quan Xanh hoàn thiện hồ sơ Tinh dầu hồi');
    expect([starAnise.status, starAnise.accepted_percent, starAnise.pending]).toEqual(['in_progress', 40, 1]);
    // The e2e test reports on the health centre's herbal duty: assigned, no report yet, counted in MT2.
    const herbal = tasks.filter((t) => t.lead_unit === 'department:TTYT' && t.target_code === 'MT2');
    expect(herbal.map((t) => [t.id, t.status, t.reports, t.due_quarter])).toEqual([
      [HERBAL_DUTY_TASK_ID, 'assigned', 0, '2020-Q3'],
    ]);
  });

  it('has statuses that agree with the reports, and an audit entry for what happened', async () => {
    for (const task of actionable()) {
      const context = `${task.section_code} ${task.title} (${task.lead_unit})`;
      expect(task.created_entries).withContext(context).toBe(1);
      expect(task.reported_entries).withContext(context).toBe(task.reports);
      if (task.status === 'assigned') expect(task.reports).withContext(context).toBe(0);
      if (task.status === 'accepted') expect(task.accepted_percent).withContext(context).toBe(100);
      if (task.status === 'reported_done') expect(task.pending).withContext(context).toBe(1);
    }
    const [when] = await db.query<{ first: string; last: string }>(
      `select to_char(min(at) at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD') as first,
              to_char(max(at) at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD') as last
       from audit_log
       where entity_id in (select id::text from tasks where plan_id = $1 union select $1::text)`,
      [DEMO_PLAN_ID],
    );
    expect(when).toEqual({ first: '2020-02-11', last: '2020-07-13' });
    // Reports are signed with the demo users' names as the API writes them (family name first).
    const reporters = await db.query<{ reporter: string }>(
      `select distinct r.reported_by || ' ' || r.reported_by_name as reporter
       from task_reports r join tasks t on t.id = r.task_id where t.plan_id = $1 order by 1`,
      [DEMO_PLAN_ID],
    );
    expect(reporters.map((r) => r.reporter)).toEqual([
      'vq.kinhte Nông Văn Đức',
      'vq.nongnghiep Hoàng Văn Cường',
      'xa.huule Vi Văn Em',
      'xa.vanquan Lộc Thị Hoa',
    ]);
  });

  it('changes nothing when loaded again', async () => {
    const snapshot = () =>
      db.query<{ tasks: number; reports: number; audit: number; plans: number }>(
        `select (select count(*)::int from tasks) as tasks, (select count(*)::int from task_reports) as reports,
                (select count(*)::int from audit_log) as audit, (select count(*)::int from plans) as plans`,
      );
    const before = await snapshot();
    expect(await loadDemoData(db)).toBeFalse();
    expect(await db.transaction((tx) => loadDemoPlan(tx)))
      .withContext('the plan is there: nothing to write')
      .toBeFalse();
    expect(await snapshot()).toEqual(before);
    expect(before[0]?.tasks).toBe(tasks.length);
  });
});

describe('loading the demo plan where Văn Quan already has a 2020 plan', () => {
  let database: TestDatabase;

  afterEach(async () => {
    await database.dispose();
  });

  it('keeps the plan entered by hand and writes no demo tasks', async () => {
    database = await createTestDatabase('migrated');
    const db = await database.open();
    await db.query(
      `insert into plans (unit_code, year, title, created_by) values ('184', 2020, 'Kế hoạch nhập tay', 'vq.nongnghiep')`,
    );
    expect(await loadDemoData(db)).toBeTrue();
    expect(await db.query('select title from plans')).toEqual([{ title: 'Kế hoạch nhập tay' }]);
    expect(await db.query('select count(*)::int as n from tasks')).toEqual([{ n: 0 }]);
    expect(await loadDemoData(db))
      .withContext('the set counts as loaded')
      .toBeFalse();
  });
});
