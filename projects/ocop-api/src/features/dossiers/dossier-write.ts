import {
  canEditChecklist,
  workflowDefinition,
  type ChecklistItemDefinition,
  type CriteriaSetId,
  type DossierDetail,
  type Principal,
  type RegistrationKind,
  type WorkflowDefinition,
} from '@ocop/domain';
import { Conditions } from '../../db/conditions';
import type { Queryable } from '../../db/db';
import { ApiHttpError, notFound } from '../../http/api-http-error';
import { catalogReadScope, restrictToScope } from '../auth/scope';
import { definitionsOf, findDossier } from './dossiers.repository';

/**
 * The building blocks every change of a dossier uses (items, attachments, transitions): lock the row, check
 * who may change it, bump its version. A caller who cannot read the dossier gets the same 404 as for a
 * dossier that does not exist.
 */

export const DOSSIER_NOT_FOUND_MESSAGE = 'Không tìm thấy hồ sơ, hoặc hồ sơ không thuộc đơn vị của bạn.';

export interface LockedDossier {
  id: string;
  state: string;
  version: number;
  communeCode: string;
  districtCode: string;
  workflow: WorkflowDefinition;
  /** The checklist that applies to the dossier. */
  definitions: ChecklistItemDefinition[];
}

export interface LockedDossierItem extends LockedDossier {
  item: ChecklistItemDefinition;
}

interface LockRow {
  id: string;
  state: string;
  version: number;
  commune_code: string;
  district_code: string;
  workflow_id: string;
  criteria_set: CriteriaSetId;
  registration_kind: RegistrationKind;
  product_group_code: string;
  producer_registered: boolean;
}

/**
 * Locks the dossier row (FOR UPDATE) for the rest of the transaction, so concurrent changes of one dossier
 * run one after the other and each sees the version the previous one wrote.
 */
export async function lockDossier(
  tx: Queryable,
  caller: Principal,
  dossierId: string,
): Promise<LockedDossier> {
  const where = restrictToScope(new Conditions(), catalogReadScope(caller), 'd.commune_code');
  where.and(`d.id = ${where.param(dossierId)}`);
  const [row] = await tx.query<LockRow>(
    `select d.id, d.state, d.version, d.commune_code, d.district_code, d.workflow_id, d.criteria_set,
            d.registration_kind, pr.product_group_code, (p.registration_number is not null) as producer_registered
     from dossiers d
     join products pr on pr.id = d.product_id
     join producers p on p.id = pr.producer_id
     ${where.where}
     for update of d`,
    where.params,
  );
  if (row === undefined) throw notFound(DOSSIER_NOT_FOUND_MESSAGE);
  return {
    id: row.id,
    state: row.state,
    version: row.version,
    communeCode: row.commune_code,
    districtCode: row.district_code,
    workflow: workflowDefinition(row.workflow_id),
    definitions: definitionsOf(row),
  };
}

export function checklistLocked(): ApiHttpError {
  return new ApiHttpError(
    403,
    'CHECKLIST_LOCKED',
    'Bạn không thể thay đổi thành phần hồ sơ ở trạng thái này (chỉ cán bộ xã của hồ sơ, khi hồ sơ đang ' +
      'chuẩn bị hoặc bị trả lại để bổ sung).',
  );
}

export function staleVersion(currentVersion: number): ApiHttpError {
  return new ApiHttpError(
    409,
    'STALE_VERSION',
    'Hồ sơ đã được người khác cập nhật. Hãy tải lại để xem thay đổi mới nhất rồi thực hiện lại.',
    { currentVersion },
  );
}

/**
 * Locks the dossier for a change of one checklist item: 404 when the dossier is not readable or the item is
 * not in its checklist, 403 CHECKLIST_LOCKED when the workflow does not let the caller edit now.
 */
export async function lockDossierForChecklistEdit(
  tx: Queryable,
  caller: Principal,
  dossierId: string,
  itemId: string,
): Promise<LockedDossierItem> {
  const dossier = await lockDossier(tx, caller, dossierId);
  const item = dossier.definitions.find((d) => d.id === itemId);
  if (!item) throw notFound(`Hồ sơ này không có thành phần “${itemId}”.`);
  if (!canEditChecklist(dossier.workflow, dossier, caller)) throw checklistLocked();
  return { ...dossier, item };
}

/** Counts a change of the dossier: version + 1 (returned) and the time of the change. */
export async function touchDossier(tx: Queryable, dossierId: string): Promise<number> {
  const [row] = await tx.query<{ version: number }>(
    'update dossiers set version = version + 1, updated_at = now() where id = $1 returning version',
    [dossierId],
  );
  if (row === undefined) throw new Error(`dossier ${dossierId} vanished while locked`);
  return row.version;
}

/** The dossier as its page shows it; 404 outside the caller's units. */
export async function readDossierDetail(
  db: Queryable,
  caller: Principal,
  dossierId: string,
): Promise<DossierDetail> {
  const dossier = await findDossier(db, dossierId, catalogReadScope(caller));
  if (dossier === null) throw notFound(DOSSIER_NOT_FOUND_MESSAGE);
  return dossier;
}

/** The dossier's id when the caller may read it; 404 otherwise (downloads check only this). */
export async function readableDossier(
  db: Queryable,
  caller: Principal,
  dossierId: string,
): Promise<{ id: string }> {
  const where = restrictToScope(new Conditions(), catalogReadScope(caller), 'd.commune_code');
  where.and(`d.id = ${where.param(dossierId)}`);
  const [row] = await db.query<{ id: string }>(`select d.id from dossiers d ${where.where}`, where.params);
  if (row === undefined) throw notFound(DOSSIER_NOT_FOUND_MESSAGE);
  return row;
}

/** Bytes of all attachments of the dossier. */
export async function storedBytes(tx: Queryable, dossierId: string): Promise<number> {
  const [row] = await tx.query<{ total: string }>(
    'select coalesce(sum(size), 0)::text as total from attachments where dossier_id = $1',
    [dossierId],
  );
  return Number(row?.total ?? 0);
}
