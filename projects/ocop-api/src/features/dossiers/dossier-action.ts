import {
  completeStates,
  mandatoryItemsPresent,
  parseDossierAction,
  type ChecklistItemState,
  type ChecklistItemStatus,
  type DossierDetail,
  type Principal,
  type WorkflowAction,
  type WorkflowGuardAnswers,
} from '@ocop/domain';
import type { Db, Queryable } from '../../db/db';
import { ApiHttpError, validationFailed } from '../../http/api-http-error';
import { todayInVietnam } from '../units/commune-check';
import { lockDossier, readDossierDetail, staleVersion, type LockedDossier } from './dossier-write';
import { transitionDossier } from './transition-dossier';

// Steps of the evaluation carry the council's or the province's decision, so no dossier button takes them.
const PERFORMED_ELSEWHERE: Record<NonNullable<WorkflowAction['performedBy']>, string> = {
  'session-close':
    'Hồ sơ chỉ được chuyển (hoặc không chuyển) lên cấp tỉnh khi hội đồng kết thúc phiên họp đánh giá.',
  'province-result': 'Kết quả cấp tỉnh chỉ được ghi nhận qua chức năng ghi kết quả đánh giá cấp tỉnh.',
};

export interface ActionResult {
  dossier: DossierDetail;
  /** True when the request id had already been acted on: nothing was done this time. */
  replayed: boolean;
}

/**
 * Moves a dossier along its workflow. The workflow definition decides (checkTransition), this function only
 * gathers the facts its guards need and writes the outcome: the new state and deadline, the items a return
 * sends back with their reasons, the request id, and the audit entry — one transaction, under the row lock,
 * so two clicks of one user or two users at once make one transition.
 */
export async function actOnDossier(
  db: Db,
  caller: Principal,
  dossierId: string,
  actionId: string,
  fields: Record<string, unknown>,
  today = todayInVietnam(),
): Promise<ActionResult> {
  const parsed = parseDossierAction(fields);
  if (!parsed.ok) throw validationFailed(parsed.errors);
  const request = parsed.value;

  const replayed = await db.transaction(async (tx) => {
    const dossier = await lockDossier(tx, caller, dossierId);
    const [earlier] = await tx.query<{ action: string }>(
      'select action from dossier_action_requests where dossier_id = $1 and request_id = $2',
      [dossierId, request.requestId],
    );
    if (earlier !== undefined) return true;
    if (request.version !== dossier.version) throw staleVersion(dossier.version);
    const performedBy = dossier.workflow.actions.find((a) => a.id === actionId)?.performedBy;
    if (performedBy !== undefined) {
      throw new ApiHttpError(400, 'UNKNOWN_ACTION', PERFORMED_ELSEWHERE[performedBy], { performedBy });
    }

    await tx.query(
      `insert into dossier_action_requests (dossier_id, request_id, action, actor_username) values ($1, $2, $3, $4)`,
      [dossierId, request.requestId, actionId, caller.username],
    );
    const returnedItems = actionId === 'return' ? request.returnedItems : [];
    await transitionDossier(
      tx,
      caller,
      dossier,
      actionId,
      await guardAnswers(tx, dossier, request.returnedItems, today),
      { today, ...(request.deadline === null ? {} : { givenDeadline: request.deadline }) },
      {
        comment: request.comment,
        ...(returnedItems.length > 0 ? { auditDetails: { returnedItems } } : {}),
      },
    );
    for (const item of returnedItems) {
      await tx.query(
        `insert into dossier_items (dossier_id, item_id, status, remarks) values ($1, $2, 'returned', $3)
         on conflict (dossier_id, item_id) do update set status = 'returned', remarks = excluded.remarks`,
        [dossierId, item.itemId, item.reason],
      );
    }
    return false;
  });
  return { dossier: await readDossierDetail(db, caller, dossierId), replayed };
}

/** The answers to every guard the definition knows; the engine asks only those its action requires. */
async function guardAnswers(
  tx: Queryable,
  dossier: LockedDossier,
  returnedItems: readonly { itemId: string; reason: string }[],
  today: string,
): Promise<WorkflowGuardAnswers> {
  const rows = await tx.query<{
    item_id: string;
    status: ChecklistItemStatus;
    document_date: string | null;
    attachment_count: number;
  }>(
    `select i.item_id, i.status, to_char(i.document_date, 'YYYY-MM-DD') as document_date,
            (select count(*)::int from attachments a where a.dossier_id = i.dossier_id and a.item_id = i.item_id)
              as attachment_count
     from dossier_items i where i.dossier_id = $1`,
    [dossier.id],
  );
  const states: ChecklistItemState[] = completeStates(
    dossier.definitions,
    rows.map((r) => ({
      itemId: r.item_id,
      status: r.status,
      documentDate: r.document_date,
      attachmentCount: r.attachment_count,
    })),
  );

  const known = new Set(dossier.definitions.map((d) => d.id));
  const unknown = returnedItems.filter((item) => !known.has(item.itemId)).map((item) => item.itemId);
  let reasons: true | string = true;
  if (returnedItems.length === 0) reasons = 'Chọn ít nhất một thành phần cần bổ sung và ghi lý do.';
  else if (unknown.length > 0) reasons = `Hồ sơ này không có thành phần: ${unknown.join(', ')}.`;

  return {
    'mandatory-items-present': mandatoryItemsPresent(dossier.definitions, states, today),
    'reason-per-returned-item': reasons,
  };
}
