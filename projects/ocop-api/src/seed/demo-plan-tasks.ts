import {
  DEPARTMENTS,
  foldForSearch,
  occurrencesOf,
  type TaskPriority,
  type Recurrence,
  type TaskUnit,
} from '@ocop/domain';
import { HUU_LE_DOSSIER_ID, STAR_ANISE_DOSSIER_ID } from './demo-dossiers';
import { replayStory, type ReplayedHistory, type StoryEvent } from './demo-plan-history';
import { DEMO_PLAN_STORIES, type ActorPlan, type DutyPlan, type ProductKey } from './demo-plan-stories';
import type { PlanDocument } from './plan-document';
import { DEMO_PRODUCERS, DEMO_PRODUCTS, DEMO_UNITS } from './van-quan-2020';

/**
 * The seed plan as demo rows: the plan header from the document, its two targets, and one task per duty of
 * section III for the unit the section names (a commune's duties once per commune, a producer's once per
 * producer), plus the section II.1 tasks that carry the year's targets. Pure: the loader writes the rows.
 */

export const DEMO_PLAN_YEAR = 2020;
export const DEMO_PLAN_UNIT = '184';
export const DEMO_PLAN_ID = '0c0b2020-0000-4000-8000-000000000401';
export const MT1_TARGET_ID = '0c0b2020-0000-4000-8000-000000000411';
export const MT2_TARGET_ID = '0c0b2020-0000-4000-8000-000000000412';
/** When the standing unit entered the plan (the day after it was issued), Vietnam time. */
export const PLAN_ENTERED_AT = '2020-02-11 09:00';

// Not in the seed document (its copy has no number and no date): invented in the usual form.
export const DEMO_PLAN_NUMBER = '45/KH-UBND';
export const DEMO_PLAN_ISSUED_ON = '2020-02-10';

const PRODUCTS: Record<ProductKey, { productId: string; dossierId: string }> = {
  'huu-le': { productId: productIdOf('Rượu men lá Hữu Lễ'), dossierId: HUU_LE_DOSSIER_ID },
  'star-anise': { productId: productIdOf('Tinh dầu hồi Văn Quan'), dossierId: STAR_ANISE_DOSSIER_ID },
};

function productIdOf(name: string): string {
  const product = DEMO_PRODUCTS.find((p) => p.name === name);
  if (!product) throw new Error(`demo plan: no demo product "${name}"`);
  return product.id;
}

export interface DemoPlanTarget {
  id: string;
  code: string;
  title: string;
  indicator: string;
  quantity: number;
  measure: string;
  dueQuarter: string;
  productId: string;
  dossierId: string;
}

export const DEMO_PLAN_TARGETS: readonly DemoPlanTarget[] = [
  {
    id: MT1_TARGET_ID,
    code: 'MT1',
    title: 'Hoàn thiện hồ sơ sản phẩm Rượu men lá Hữu Lễ',
    indicator: '01 hồ sơ hoàn thiện, đủ điều kiện đánh giá',
    quantity: 1,
    measure: 'hồ sơ',
    dueQuarter: '2020-Q1',
    ...PRODUCTS['huu-le'],
  },
  {
    id: MT2_TARGET_ID,
    code: 'MT2',
    title: 'Phát triển 01 sản phẩm mới Tinh dầu hồi Văn Quan tham gia đánh giá',
    indicator: '01 sản phẩm mới được Hội đồng huyện đánh giá, hồ sơ nộp lên tỉnh',
    quantity: 1,
    measure: 'sản phẩm',
    dueQuarter: '2020-Q4',
    ...PRODUCTS['star-anise'],
  },
];

const TARGET_IDS = { MT1: MT1_TARGET_ID, MT2: MT2_TARGET_ID } as const;

export interface DemoTask {
  id: string;
  sectionCode: string;
  position: number;
  title: string;
  description: string;
  lead: TaskUnit;
  cooperating: TaskUnit[];
  dueDate: string | null;
  dueQuarter: string | null;
  recurrence: Recurrence;
  seriesId: string | null;
  period: string | null;
  priority: TaskPriority;
  targetId: string | null;
  productId: string | null;
  dossierId: string | null;
  searchText: string;
  /** Null for a series row (no status: its occurrences have them). */
  history: ReplayedHistory | null;
}

/** The communes of Văn Quan the 2020 plan speaks to: those valid on 1 January 2020. */
export const DEMO_PLAN_COMMUNES: readonly TaskUnit[] = DEMO_UNITS.filter(
  (u) =>
    u.level === 'commune' &&
    u.parentCode === DEMO_PLAN_UNIT &&
    (u.validFrom === null || u.validFrom <= `${DEMO_PLAN_YEAR}-01-01`) &&
    (u.validTo === null || u.validTo >= `${DEMO_PLAN_YEAR}-01-01`),
).map((u) => ({ kind: 'commune', code: u.code, name: u.name, communeCode: null }));

export const DEMO_PLAN_PRODUCERS: readonly TaskUnit[] = DEMO_PRODUCERS.map((p) => ({
  kind: 'producer',
  code: p.id,
  name: p.name,
  communeCode: p.communeCode,
}));

function unitOfKey(key: string): TaskUnit {
  const [kind, code = ''] = key.split(/:(.*)/);
  if (kind === 'department') {
    const department = DEPARTMENTS.find((d) => d.code === code);
    if (department) return { kind, code, name: department.name, communeCode: null };
  }
  const known = [...DEMO_PLAN_COMMUNES, ...DEMO_PLAN_PRODUCERS].find((u) => `${u.kind}:${u.code}` === key);
  if (!known) throw new Error(`demo plan: unknown unit ${key}`);
  return known;
}

/** Fixed ids that say where a row comes from: 05 section bullet unit occurrence 00 (reports: 06 … n). */
function taskId(section: number, bullet: number, unit: number, occurrence: number): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `0c0b2020-0000-4000-8000-05${two(section)}${two(bullet)}${two(unit)}${two(occurrence)}00`;
}

/** Trung tâm Y tế's herbal products duty (III.7, first bullet), which the e2e test reports on. */
export const HERBAL_DUTY_TASK_ID = taskId(37, 1, 0, 0);

/** 'II.1' → 21, 'III.7' → 37: the section part of the ids. */
function sectionNumber(code: string): number {
  const [part, number] = code.split('.');
  return (part === 'II' ? 20 : 30) + Number(number);
}

/** The plan section of II.1 and the 13 of section III, titled as the document titles them. */
export function demoPlanSections(document: PlanDocument): { code: string; title: string }[] {
  return [
    { code: 'II.1', title: document.contentsTitle },
    ...document.actors.map((a) => ({ code: a.code, title: a.title })),
  ];
}

/** Every task row of the demo plan, series before their occurrences. */
export function demoPlanTasks(document: PlanDocument): DemoTask[] {
  const tasks: DemoTask[] = [];
  const contents = DEMO_PLAN_STORIES['II.1'];
  if (!contents) throw new Error('demo plan: no plan for II.1');
  contents.duties.forEach((duty, index) => {
    const description = document.contents[duty.contentsBullet ?? 0];
    if (description === undefined) throw new Error(`demo plan: II.1 has no bullet ${duty.contentsBullet}`);
    tasks.push(...dutyTasks('II.1', index + 1, 0, duty, contents, duty.lead ?? contents.lead, description));
  });
  for (const actor of document.actors) {
    const plan = DEMO_PLAN_STORIES[actor.code];
    if (!plan || plan.duties.length !== actor.duties.length) {
      throw new Error(
        `demo plan: ${actor.code} has ${actor.duties.length} duties in the document, ` +
          `${plan?.duties.length ?? 0} planned`,
      );
    }
    plan.duties.forEach((duty, index) => {
      const description = actor.duties[index] ?? '';
      const leads =
        plan.lead === 'communes'
          ? DEMO_PLAN_COMMUNES
          : plan.lead === 'producers'
            ? DEMO_PLAN_PRODUCERS
            : [unitOfKey(duty.lead ?? plan.lead)];
      leads.forEach((lead, unitIndex) => {
        const unitNumber = leads.length > 1 || plan.lead === 'communes' ? unitIndex + 1 : 0;
        const key = `${lead.kind}:${lead.code}`;
        const own = { ...duty, ...duty.byUnit?.[key] };
        tasks.push(...dutyTasks(actor.code, index + 1, unitNumber, own, plan, key, description));
      });
    });
  }
  return tasks;
}

function dutyTasks(
  sectionCode: string,
  bullet: number,
  unitNumber: number,
  duty: DutyPlan,
  actor: ActorPlan,
  leadKey: string,
  description: string,
): DemoTask[] {
  const lead = unitOfKey(leadKey);
  const cooperating = (duty.cooperating ?? actor.cooperating ?? []).map(unitOfKey);
  const section = sectionNumber(sectionCode);
  const label = `${sectionCode}.${bullet}${unitNumber === 0 ? '' : ` ${lead.name}`}`;
  const link = duty.link === undefined ? null : PRODUCTS[duty.link.product];
  const common = {
    sectionCode,
    position: bullet * 100 + unitNumber,
    description,
    lead,
    cooperating,
    targetId: duty.target === undefined ? null : TARGET_IDS[duty.target],
    productId: link?.productId ?? null,
    dossierId: duty.link?.dossier === true ? (link?.dossierId ?? null) : null,
  };
  const searchText = (title: string) =>
    foldForSearch([title, description, lead.name, ...cooperating.map((u) => u.name)].join(' '));
  const replay = (id: string, story: readonly StoryEvent[] | undefined, what: string) =>
    replayStory({ id, lead, cooperating, createdAt: PLAN_ENTERED_AT, label: what }, story ?? []);

  if (duty.series === undefined) {
    const due = duty.due ?? { quarter: `${DEMO_PLAN_YEAR}-Q4` };
    const id = taskId(section, bullet, unitNumber, 0);
    return [
      {
        ...common,
        id,
        title: duty.title,
        dueDate: 'date' in due ? due.date : null,
        dueQuarter: 'quarter' in due ? due.quarter : null,
        recurrence: 'once',
        seriesId: null,
        period: null,
        priority: duty.priority ?? 'normal',
        searchText: searchText(duty.title),
        history: replay(id, duty.story, label),
      },
    ];
  }
  return duty.series.flatMap((series, seriesIndex): DemoTask[] => {
    const seriesId = taskId(section, bullet, unitNumber, seriesIndex * 10);
    const row = {
      ...common,
      // Two series of one duty (III.3's quarterly and year-end reports) keep the order they are listed in.
      position: common.position + seriesIndex,
      title: series.title,
      dueQuarter: null,
      recurrence: series.recurrence,
      priority: series.priority ?? 'normal',
      searchText: searchText(series.title),
    };
    const occurrences = occurrencesOf(series.recurrence, DEMO_PLAN_YEAR).map(
      (occurrence, index): DemoTask => {
        const id = taskId(section, bullet, unitNumber, seriesIndex * 10 + index + 1);
        return {
          ...row,
          id,
          dueDate: occurrence.due,
          seriesId,
          period: occurrence.period,
          history: replay(id, series.stories[occurrence.period], `${label} ${occurrence.period}`),
        };
      },
    );
    return [
      { ...row, id: seriesId, dueDate: null, seriesId: null, period: null, history: null },
      ...occurrences,
    ];
  });
}
