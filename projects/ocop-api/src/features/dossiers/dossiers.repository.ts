import {
  ATTACHMENT_LIMITS,
  checklistFor,
  checklistProblems,
  completeStates,
  deadlineFlagOf,
  productGroupByCode,
  type AttachmentInfo,
  type ChecklistItemDefinition,
  type ChecklistItemState,
  type ChecklistItemStatus,
  type CriteriaSetId,
  type CurrentStars,
  type DossierDetail,
  type DossierItem,
  type DossierSummary,
  type FileKind,
  type Page,
  type ProducerType,
  type RegistrationKind,
} from '@ocop/domain';
import { Conditions } from '../../db/conditions';
import type { Queryable } from '../../db/db';
import { isoInstant } from '../audit/audit.repository';
import { restrictToScope, type UnitScope } from '../auth/scope';
import { currentStarsOf } from '../certificates/certificates.repository';
import { dossierEvaluationOf } from '../evaluation/results/dossier-evaluation';
import { todayInVietnam } from '../units/commune-check';

/**
 * Reads of evaluation dossiers (migration 0004). Every read goes through restrictToScope on the dossier's
 * commune, so a dossier outside the caller's units is simply not found.
 */

interface DossierRow {
  id: string;
  product_id: string;
  product_name: string;
  product_group_code: string;
  producer_id: string;
  producer_name: string;
  producer_type: ProducerType;
  producer_registered: boolean;
  commune_code: string;
  commune_name: string;
  district_code: string;
  workflow_id: string;
  criteria_set: CriteriaSetId;
  registration_kind: RegistrationKind;
  round_year: number;
  target_quarter: string | null;
  state: string;
  state_since: string;
  state_deadline: string | null;
  version: number;
  updated_at: string;
  /** 'itemId:status,…' of the items that have a row. */
  item_statuses: string | null;
}

const COMMUNE_NAME = "coalesce(unit_name_at(d.commune_code, 'commune', d.created_at::date), d.commune_code)";

const SELECT_DOSSIERS = `
  select d.id, d.product_id, pr.name as product_name, pr.product_group_code,
         p.id as producer_id, p.name as producer_name, p.type as producer_type,
         (p.registration_number is not null) as producer_registered,
         d.commune_code,
         ${COMMUNE_NAME} as commune_name,
         d.district_code, d.workflow_id, d.criteria_set, d.registration_kind, d.round_year, d.target_quarter,
         d.state, ${isoInstant('d.state_since')} as state_since,
         to_char(d.state_deadline, 'YYYY-MM-DD') as state_deadline,
         d.version, ${isoInstant('d.updated_at')} as updated_at,
         (select string_agg(i.item_id || ':' || i.status, ',' order by i.item_id)
          from dossier_items i where i.dossier_id = d.id) as item_statuses
  from dossiers d
  join products pr on pr.id = d.product_id
  join producers p on p.id = pr.producer_id`;

/** The checklist the dossier's criteria set, product group, kind and producer give it. */
export function definitionsOf(row: {
  criteria_set: CriteriaSetId;
  product_group_code: string;
  registration_kind: RegistrationKind;
  producer_registered: boolean;
}): ChecklistItemDefinition[] {
  return checklistFor(row.criteria_set, row.product_group_code, row.registration_kind, {
    hasBusinessRegistration: row.producer_registered,
  });
}

function toSummary(row: DossierRow, today: string, currentStars: CurrentStars | null): DossierSummary {
  const definitions = definitionsOf(row);
  const statuses = new Map(
    (row.item_statuses ?? '')
      .split(',')
      .filter((entry) => entry !== '')
      .map((entry) => entry.split(':') as [string, ChecklistItemStatus]),
  );
  const checklist = { missing: 0, provided: 0, returned: 0, total: definitions.length };
  for (const definition of definitions) checklist[statuses.get(definition.id) ?? 'missing'] += 1;
  return {
    id: row.id,
    product: {
      id: row.product_id,
      name: row.product_name,
      productGroup: {
        code: row.product_group_code,
        name: productGroupByCode(row.product_group_code)?.name ?? '',
      },
    },
    producer: { id: row.producer_id, name: row.producer_name, type: row.producer_type },
    commune: { code: row.commune_code, name: row.commune_name },
    districtCode: row.district_code,
    workflowId: row.workflow_id,
    criteriaSet: row.criteria_set,
    registrationKind: row.registration_kind,
    roundYear: row.round_year,
    targetQuarter: row.target_quarter,
    state: row.state,
    stateSince: row.state_since,
    deadline: row.state_deadline,
    deadlineFlag: deadlineFlagOf(row.state_deadline, today),
    checklist,
    currentStars,
    version: row.version,
    updatedAt: row.updated_at,
  };
}

export const DOSSIER_SORTS = ['updated', 'deadline', 'product', 'commune', 'state'] as const;
export type DossierSort = (typeof DOSSIER_SORTS)[number];

export interface DossierListQuery {
  q?: string;
  communeCode?: string;
  state?: string;
  productGroupCode?: string;
  roundYear?: number;
  flag?: 'overdue' | 'due-soon';
  sort?: DossierSort;
  dir?: 'asc' | 'desc';
  limit: number;
  offset: number;
}

// COLLATE "C": the same order on every server, whatever collations it was built with. Ties end on the id so
// paging never shows a dossier twice or skips one.
const ORDER_BY: Record<DossierSort, string> = {
  updated: 'd.updated_at',
  deadline: 'd.state_deadline',
  product: 'pr.search_text collate "C"',
  commune: `${COMMUNE_NAME} collate "C"`,
  state: 'd.state collate "C"',
};

/** A page of the dossiers in `scope`. */
export async function listDossiers(
  db: Queryable,
  query: DossierListQuery,
  scope: UnitScope,
  today = todayInVietnam(),
): Promise<Page<DossierSummary>> {
  const where = restrictToScope(new Conditions(), scope, 'd.commune_code').search('d.search_text', query.q);
  if (query.communeCode !== undefined) where.and(`d.commune_code = ${where.param(query.communeCode)}`);
  if (query.state !== undefined) where.and(`d.state = ${where.param(query.state)}`);
  if (query.productGroupCode !== undefined) {
    where.and(`pr.product_group_code = ${where.param(query.productGroupCode)}`);
  }
  if (query.roundYear !== undefined) where.and(`d.round_year = ${where.param(query.roundYear)}`);
  // The rule of @ocop/domain deadlineFlagOf: overdue after the due day, due soon from 7 days before it.
  if (query.flag === 'overdue') where.and(`d.state_deadline < ${where.param(today)}::date`);
  if (query.flag === 'due-soon') {
    const day = where.param(today);
    where.and(`d.state_deadline >= ${day}::date and d.state_deadline <= ${day}::date + 7`);
  }
  const from = `from dossiers d join products pr on pr.id = d.product_id ${where.where}`;
  const [count] = await db.query<{ total: number }>(`select count(*)::int as total ${from}`, where.params);

  const sort = ORDER_BY[query.sort ?? 'updated'];
  const dir =
    (query.dir ?? (query.sort === undefined || query.sort === 'updated' ? 'desc' : 'asc')) === 'desc'
      ? 'desc'
      : 'asc';
  // The page's ids first, then their rows: PostgreSQL computes the select list (names, checklist) of every
  // row an OFFSET skips, which made the last pages of a province's 30,000 dossiers (exports) take seconds.
  const page = await db.query<{ id: string }>(
    `select d.id ${from}
     order by ${sort} ${dir} nulls last, d.id
     limit ${where.param(query.limit)} offset ${where.param(query.offset)}`,
    where.params,
  );
  const ids = page.map((row) => row.id);
  const byId = new Map(
    (
      await db.query<DossierRow>(
        `${SELECT_DOSSIERS} where d.id in (select jsonb_array_elements_text($1::jsonb)::uuid)`,
        [JSON.stringify(ids)],
      )
    ).map((row) => [row.id, row]),
  );
  const rows = ids.flatMap((id) => byId.get(id) ?? []);
  const stars = await currentStarsOf(
    db,
    rows.map((row) => row.product_id),
    today,
  );
  return {
    items: rows.map((row) => toSummary(row, today, stars.get(row.product_id) ?? null)),
    total: count?.total ?? 0,
  };
}

interface ItemRow {
  item_id: string;
  status: ChecklistItemStatus;
  document_date: string | null;
  remarks: string | null;
}

interface AttachmentRow {
  id: string;
  item_id: string;
  file_name: string;
  kind: FileKind;
  size: string;
  sha256: string;
  uploaded_at: string;
  uploaded_by: string;
}

/** The dossier with its checklist, or null when there is none with this id in `scope`. */
export async function findDossier(
  db: Queryable,
  id: string,
  scope: UnitScope,
  today = todayInVietnam(),
): Promise<DossierDetail | null> {
  const where = restrictToScope(new Conditions(), scope, 'd.commune_code');
  where.and(`d.id = ${where.param(id)}`);
  const [row] = await db.query<DossierRow>(`${SELECT_DOSSIERS} ${where.where}`, where.params);
  if (row === undefined) return null;

  const itemRows = await db.query<ItemRow>(
    `select item_id, status, to_char(document_date, 'YYYY-MM-DD') as document_date, remarks
     from dossier_items where dossier_id = $1`,
    [id],
  );
  const attachmentRows = await db.query<AttachmentRow>(
    `select id, item_id, file_name, kind, size::text as size, sha256, ${isoInstant('uploaded_at')} as uploaded_at,
            uploaded_by
     from attachments where dossier_id = $1 order by uploaded_at, id`,
    [id],
  );
  const attachments = new Map<string, AttachmentInfo[]>();
  let storedBytes = 0;
  for (const a of attachmentRows) {
    const info: AttachmentInfo = {
      id: a.id,
      fileName: a.file_name,
      kind: a.kind,
      size: Number(a.size),
      sha256: a.sha256,
      uploadedAt: a.uploaded_at,
      uploadedBy: a.uploaded_by,
    };
    storedBytes += info.size;
    attachments.set(a.item_id, [...(attachments.get(a.item_id) ?? []), info]);
  }

  const definitions = definitionsOf(row);
  const byItem = new Map(itemRows.map((r) => [r.item_id, r]));
  const states: ChecklistItemState[] = completeStates(
    definitions,
    itemRows.map((r) => ({
      itemId: r.item_id,
      status: r.status,
      documentDate: r.document_date,
      remarks: r.remarks,
      attachmentCount: attachments.get(r.item_id)?.length ?? 0,
    })),
  );
  const items: DossierItem[] = definitions.map((definition) => {
    const stored = byItem.get(definition.id);
    return {
      definition,
      status: stored?.status ?? 'missing',
      documentDate: stored?.document_date ?? null,
      remarks: stored?.remarks ?? null,
      attachments: attachments.get(definition.id) ?? [],
    };
  });
  const stars = await currentStarsOf(db, [row.product_id], today);
  return {
    ...toSummary(row, today, stars.get(row.product_id) ?? null),
    items,
    problems: checklistProblems(definitions, states, today),
    limits: ATTACHMENT_LIMITS,
    storedBytes,
    evaluation: await dossierEvaluationOf(db, id, today),
  };
}
