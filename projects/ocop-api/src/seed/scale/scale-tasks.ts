import { DEPARTMENTS, foldForSearch } from '@ocop/domain';
import type { Queryable, SqlParam } from '../../db/db';
import { bulkInsert } from './bulk-insert';
import type { ScaleProduct } from './scale-catalog';
import { districtOfficer, insertAudit, type AuditRow, type ScaleActor } from './scale-dossiers';
import { ID_KIND, epochDay, isoDay, officeTime, scaleId, type Prng } from './prng';
import { ROUND_YEARS, SCALE_TODAY, type ScaleCounts } from './scale-plan';
import type { ScaleUnits } from './scale-units';

export interface ScaleTaskSummary {
  plans: number;
  targets: number;
  tasks: number;
  reports: number;
  auditEntries: number;
}

const TARGETS: readonly [title: string, indicator: string, measure: string][] = [
  ['Sản phẩm được đánh giá, phân hạng', 'Số sản phẩm được đánh giá', 'sản phẩm'],
  ['Sản phẩm đạt 3 sao trở lên', 'Số sản phẩm đạt 3 sao', 'sản phẩm'],
  ['Sản phẩm đạt 4 sao', 'Số sản phẩm đạt 4 sao', 'sản phẩm'],
  ['Chủ thể được tập huấn', 'Số chủ thể tham gia tập huấn', 'chủ thể'],
  ['Ý tưởng sản phẩm mới', 'Số phiếu đăng ký ý tưởng', 'ý tưởng'],
  ['Điểm giới thiệu, bán sản phẩm OCOP', 'Số điểm được xây dựng', 'điểm'],
];

const TASK_TITLES = [
  'Hướng dẫn chủ thể hoàn thiện hồ sơ sản phẩm',
  'Tổ chức tập huấn kiến thức Chương trình OCOP',
  'Kiểm tra điều kiện an toàn thực phẩm cơ sở sản xuất',
  'Hỗ trợ thiết kế bao bì, nhãn mác sản phẩm',
  'Tuyên truyền Chương trình OCOP trên đài truyền thanh',
  'Tổng hợp phiếu đăng ký ý tưởng sản phẩm',
  'Hỗ trợ xây dựng phương án kinh doanh',
  'Xúc tiến thương mại, giới thiệu sản phẩm tại hội chợ',
  'Kiểm tra chất lượng sản phẩm mẫu',
  'Báo cáo kết quả thực hiện Chương trình OCOP',
];

const EARLY = {
  accepted: 74,
  reported_done: 7,
  in_progress: 8,
  returned: 3,
  assigned: 5,
  cancelled: 3,
} as const;
const LATE = { assigned: 50, in_progress: 40, reported_done: 7, accepted: 3 } as const;
type Status = keyof typeof EARLY;

const ACTION_OF: Readonly<Record<Status, string | null>> = {
  assigned: null,
  in_progress: 'start',
  reported_done: 'report',
  accepted: 'accept',
  returned: 'return',
  cancelled: 'cancel',
};

/**
 * An annual plan per district and round year (unless the catalogue already has one, e.g. the demo plan of Văn
 * Quan 2020) with its targets and tasks, led by the district's departments, communes and producers; most are
 * one-off tasks, some quarterly series with their occurrences. Tasks due before SCALE_TODAY are mostly
 * accepted; later ones assigned or in progress. Started tasks carry progress reports; every task has its
 * 'create' entry in the audit trail and one for the step that brought it to its status.
 */
export async function insertScaleTasks(
  db: Queryable,
  prng: Prng,
  units: ScaleUnits,
  products: readonly ScaleProduct[],
  counts: ScaleCounts,
): Promise<ScaleTaskSummary> {
  const today = epochDay(SCALE_TODAY);
  const existing = await db.query<{ unit_code: string; year: number }>('select unit_code, year from plans');
  const taken = new Set(existing.map((p) => `${p.unit_code}/${p.year}`));
  const plans = units.districts
    .flatMap((district) => ROUND_YEARS.map((year) => ({ district, year })))
    .filter((p) => !taken.has(`${p.district}/${p.year}`))
    .map((p, i) => ({
      ...p,
      id: scaleId(ID_KIND.plan, i + 1),
      issued: epochDay(`${p.year}-02-10`) + prng.int(0, 30),
    }));
  const producersOf = new Map<string, string[]>();
  for (const product of products) {
    const list = producersOf.get(product.districtCode) ?? [];
    if (!list.includes(product.producer.id)) list.push(product.producer.id);
    producersOf.set(product.districtCode, list);
  }
  const sections = DEPARTMENTS.map((d, i) => ({ code: `III.${i + 1}`, title: d.name, department: d.code }));

  const planRows: SqlParam[][] = [];
  const targetRows: SqlParam[][] = [];
  const targetsOf = new Map<string, string[]>();
  for (const plan of plans) {
    planRows.push([
      plan.id,
      plan.district,
      plan.year,
      `${prng.int(10, 199)}/KH-UBND`,
      `Kế hoạch thực hiện Chương trình Mỗi xã một sản phẩm năm ${plan.year}`,
      isoDay(plan.issued),
      JSON.stringify(sections.map(({ code, title }) => ({ code, title }))),
      districtOfficer(plan.district).username,
      officeTime(plan.issued, prng),
    ]);
    const ids: string[] = [];
    TARGETS.forEach(([title, indicator, measure], position) => {
      const id = scaleId(ID_KIND.target, targetRows.length + 1);
      ids.push(id);
      targetRows.push([
        id,
        plan.id,
        `MT${position + 1}`,
        title,
        indicator,
        prng.int(2, 12),
        measure,
        `${plan.year}-Q4`,
        position,
      ]);
    });
    targetsOf.set(plan.id, ids);
  }

  const taskRows: SqlParam[][] = [];
  const reportRows: SqlParam[][] = [];
  const audit: AuditRow[] = [];
  const perPlan = (i: number) =>
    plans.length === 0
      ? 0
      : Math.floor(counts.tasks / plans.length) + (i < counts.tasks % plans.length ? 1 : 0);

  plans.forEach((plan, planIndex) => {
    const owner = districtOfficer(plan.district);
    const communes = units.communesOf.get(plan.district) ?? [];
    const producers = producersOf.get(plan.district) ?? [];
    const wanted = perPlan(planIndex);
    let made = 0;
    let position = 0;
    const addTask = (row: {
      section: string;
      title: string;
      lead: string;
      leadName: string;
      cooperating: string[];
      dueDate: string | null;
      dueQuarter: string | null;
      recurrence: string;
      seriesId: string | null;
      period: string | null;
      status: Status | null;
      dueDay: number;
    }): string => {
      const id = scaleId(ID_KIND.task, taskRows.length + 1);
      const created = officeTime(plan.issued + 1, prng);
      taskRows.push([
        id,
        plan.id,
        row.section,
        row.title,
        row.lead,
        row.cooperating.join(','),
        row.dueDate,
        row.dueQuarter,
        row.recurrence,
        row.seriesId,
        row.period,
        row.status,
        prng.weighted({ high: 15, normal: 75, low: 10 }),
        prng.chance(0.4) ? prng.pick(targetsOf.get(plan.id)!) : null,
        row.status === 'returned' ? 'Báo cáo chưa kèm minh chứng.' : null,
        foldForSearch(`${row.title} ${row.leadName}`),
        position++,
        owner.username,
        created,
      ]);
      made++;
      audit.push({
        at: created,
        actor: owner,
        entityType: 'task',
        entityId: id,
        action: 'create',
        from: null,
        to: { status: row.status },
        comment: null,
      });
      if (row.status !== null && row.status !== 'assigned') {
        addReports(id, row.lead, row.status, plan.issued + 5, Math.min(row.dueDay, today), owner);
      }
      return id;
    };
    const addReports = (
      taskId: string,
      lead: string,
      status: Status,
      start: number,
      end: number,
      owner: ScaleActor,
    ) => {
      const reporter = {
        username: lead.startsWith('commune:')
          ? `xa.${lead.slice(8)}`
          : `${lead.split(':')[1]!.slice(0, 8).toLowerCase()}.${plan.district}`,
        name: 'Cán bộ đầu mối',
      };
      const last = Math.max(start + 1, end - prng.int(0, 10));
      let stepAt = officeTime(last, prng);
      if (status === 'cancelled') {
        audit.push({
          at: stepAt,
          actor: owner,
          entityType: 'task',
          entityId: taskId,
          action: 'cancel',
          from: { status: 'assigned' },
          to: { status: 'cancelled' },
          comment: 'Không còn phù hợp.',
        });
        return;
      }
      const partial = prng.int(1, 2);
      for (let k = 0; k < partial; k++) {
        const day = start + Math.floor(((last - start) * (k + 1)) / (partial + 1));
        reportRows.push([
          scaleId(ID_KIND.report, reportRows.length + 1),
          taskId,
          prng.int(20, 80),
          'Đang triển khai theo kế hoạch.',
          reporter.username,
          reporter.name,
          lead,
          officeTime(day, prng),
          'pending',
          null,
          null,
          null,
        ]);
      }
      if (status === 'in_progress') {
        audit.push({
          at: stepAt,
          actor: owner,
          entityType: 'task',
          entityId: taskId,
          action: 'start',
          from: { status: 'assigned' },
          to: { status: 'in_progress' },
          comment: null,
        });
        return;
      }
      const review = status === 'accepted' ? 'accepted' : status === 'returned' ? 'returned' : 'pending';
      stepAt = officeTime(last, prng);
      reportRows.push([
        scaleId(ID_KIND.report, reportRows.length + 1),
        taskId,
        100,
        'Đã hoàn thành nhiệm vụ.',
        reporter.username,
        reporter.name,
        lead,
        stepAt,
        review,
        review === 'pending' ? null : owner.username,
        review === 'pending' ? null : officeTime(Math.min(last + 3, today), prng),
        review === 'returned' ? 'Báo cáo chưa kèm minh chứng.' : null,
      ]);
      audit.push({
        at: stepAt,
        actor: owner,
        entityType: 'task',
        entityId: taskId,
        action: ACTION_OF[status] ?? 'report',
        from: { status: 'in_progress' },
        to: { status },
        comment: null,
      });
    };
    const statusFor = (dueDay: number): Status =>
      dueDay < today ? prng.weighted(EARLY) : (prng.weighted(LATE) as Status);
    const leadOf = (): { lead: string; name: string; section: string } => {
      const section = prng.pick(sections);
      const roll = prng.next();
      if (roll < 0.35 && communes.length > 0) {
        const code = prng.pick(communes);
        return { lead: `commune:${code}`, name: units.communes.get(code)!.name, section: section.code };
      }
      if (roll < 0.5 && producers.length > 0)
        return { lead: `producer:${prng.pick(producers)}`, name: 'chủ thể', section: section.code };
      return { lead: `department:${section.department}`, name: section.title, section: section.code };
    };

    while (made < wanted) {
      const { lead, name, section } = leadOf();
      const title = `${prng.pick(TASK_TITLES)} (${made + 1})`;
      const cooperating = prng.chance(0.3) ? [`department:${prng.pick(DEPARTMENTS).code}`] : [];
      if (wanted - made >= 5 && prng.chance(0.08)) {
        const seriesId = addTask({
          section,
          title,
          lead,
          leadName: name,
          cooperating,
          dueDate: null,
          dueQuarter: null,
          recurrence: 'quarterly',
          seriesId: null,
          period: null,
          status: null,
          dueDay: today,
        });
        for (let q = 1; q <= 4; q++) {
          const dueDay = epochDay(`${plan.year}-${String(q * 3).padStart(2, '0')}-01`) + 29;
          addTask({
            section,
            title,
            lead,
            leadName: name,
            cooperating,
            dueDate: null,
            dueQuarter: `${plan.year}-Q${q}`,
            recurrence: 'quarterly',
            seriesId,
            period: `${plan.year}-Q${q}`,
            status: statusFor(dueDay),
            dueDay,
          });
        }
        continue;
      }
      const dueDay = epochDay(`${plan.year}-03-01`) + prng.int(0, 290);
      addTask({
        section,
        title,
        lead,
        leadName: name,
        cooperating,
        dueDate: isoDay(dueDay),
        dueQuarter: null,
        recurrence: 'once',
        seriesId: null,
        period: null,
        status: statusFor(dueDay),
        dueDay,
      });
    }
  });

  await bulkInsert(
    db,
    'plans',
    [
      { name: 'id', type: 'uuid' },
      { name: 'unit_code', type: 'text' },
      { name: 'year', type: 'int' },
      { name: 'number', type: 'text' },
      { name: 'title', type: 'text' },
      { name: 'issued_on', type: 'date' },
      { name: 'sections', type: 'text', cast: '$v::jsonb' },
      { name: 'created_by', type: 'text' },
      { name: 'created_at', type: 'timestamptz' },
    ],
    planRows,
  );
  await bulkInsert(
    db,
    'plan_targets',
    [
      { name: 'id', type: 'uuid' },
      { name: 'plan_id', type: 'uuid' },
      { name: 'code', type: 'text' },
      { name: 'title', type: 'text' },
      { name: 'indicator', type: 'text' },
      { name: 'quantity', type: 'numeric' },
      { name: 'measure', type: 'text' },
      { name: 'due_quarter', type: 'text' },
      { name: 'position', type: 'int' },
    ],
    targetRows,
  );
  await bulkInsert(
    db,
    'tasks',
    [
      { name: 'id', type: 'uuid' },
      { name: 'plan_id', type: 'uuid' },
      { name: 'section_code', type: 'text' },
      { name: 'title', type: 'text' },
      { name: 'lead_unit', type: 'text' },
      {
        name: 'cooperating_units',
        type: 'text',
        cast: "coalesce(string_to_array(nullif($v, ''), ','), '{}')",
      },
      { name: 'due_date', type: 'date' },
      { name: 'due_quarter', type: 'text' },
      { name: 'recurrence', type: 'text' },
      { name: 'series_id', type: 'uuid' },
      { name: 'period', type: 'text' },
      { name: 'status', type: 'text' },
      { name: 'priority', type: 'text' },
      { name: 'target_id', type: 'uuid' },
      { name: 'return_reason', type: 'text' },
      { name: 'search_text', type: 'text' },
      { name: 'position', type: 'int' },
      { name: 'created_by', type: 'text' },
      { name: 'created_at', type: 'timestamptz' },
    ],
    taskRows,
  );
  await bulkInsert(
    db,
    'task_reports',
    [
      { name: 'id', type: 'uuid' },
      { name: 'task_id', type: 'uuid' },
      { name: 'percent', type: 'int' },
      { name: 'text', type: 'text' },
      { name: 'reported_by', type: 'text' },
      { name: 'reported_by_name', type: 'text' },
      { name: 'reported_by_unit', type: 'text' },
      { name: 'reported_at', type: 'timestamptz' },
      { name: 'review', type: 'text' },
      { name: 'reviewed_by', type: 'text' },
      { name: 'reviewed_at', type: 'timestamptz' },
      { name: 'return_reason', type: 'text' },
    ],
    reportRows,
  );
  audit.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  await insertAudit(db, audit);
  return {
    plans: plans.length,
    targets: targetRows.length,
    tasks: taskRows.length,
    reports: reportRows.length,
    auditEntries: audit.length,
  };
}
