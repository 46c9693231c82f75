import { parseDossierItemChange, type DossierDetail, type Principal } from '@ocop/domain';
import type { Db } from '../../db/db';
import { validationFailed } from '../../http/api-http-error';
import { appendAudit } from '../audit/audit.repository';
import { lockDossierForChecklistEdit, readDossierDetail, staleVersion, touchDossier } from './dossier-write';

interface ItemRow {
  status: string;
  document_date: string | null;
  remarks: string | null;
}

/**
 * Changes one checklist item (status, document date, remarks) of a dossier the caller may edit now. Items are
 * only marked returned by the district's 'return' action, never directly, so the reason is always recorded.
 */
export async function updateDossierItem(
  db: Db,
  caller: Principal,
  dossierId: string,
  itemId: string,
  fields: Record<string, unknown>,
): Promise<DossierDetail> {
  const parsed = parseDossierItemChange(fields);
  if (!parsed.ok) throw validationFailed(parsed.errors);
  const change = parsed.value;
  if (change.status === 'returned') {
    throw validationFailed([
      {
        field: 'status',
        code: 'invalid_choice',
        message: 'Chỉ cán bộ huyện trả lại thành phần hồ sơ, bằng thao tác “Trả lại để bổ sung”',
      },
    ]);
  }

  await db.transaction(async (tx) => {
    const dossier = await lockDossierForChecklistEdit(tx, caller, dossierId, itemId);
    if (change.version !== dossier.version) throw staleVersion(dossier.version);
    const [before] = await tx.query<ItemRow>(
      `select status, to_char(document_date, 'YYYY-MM-DD') as document_date, remarks
       from dossier_items where dossier_id = $1 and item_id = $2`,
      [dossierId, itemId],
    );
    await tx.query(
      `insert into dossier_items (dossier_id, item_id, status, document_date, remarks)
       values ($1, $2, $3, $4::date, $5)
       on conflict (dossier_id, item_id)
       do update set status = excluded.status, document_date = excluded.document_date, remarks = excluded.remarks`,
      [dossierId, itemId, change.status, change.documentDate, change.remarks],
    );
    await touchDossier(tx, dossierId);
    await appendAudit(tx, {
      actor: caller,
      entityType: 'dossier',
      entityId: dossierId,
      action: 'item-update',
      from: {
        itemId,
        status: before?.status ?? 'missing',
        documentDate: before?.document_date ?? null,
        remarks: before?.remarks ?? null,
      },
      to: { itemId, status: change.status, documentDate: change.documentDate, remarks: change.remarks },
      comment: null,
    });
  });
  return readDossierDetail(db, caller, dossierId);
}
