import {
  checkTransition,
  type Principal,
  type WorkflowGuardAnswers,
  type WorkflowRefusalCode,
  type WorkflowTransitionContext,
} from '@ocop/domain';
import type { Queryable } from '../../db/db';
import { ApiHttpError } from '../../http/api-http-error';
import { appendAudit } from '../audit/audit.repository';
import type { LockedDossier } from './dossier-write';

const REFUSAL_STATUS: Record<WorkflowRefusalCode, number> = {
  UNKNOWN_ACTION: 400,
  ROLE_NOT_ALLOWED: 403,
  OUT_OF_SCOPE: 403,
  NOT_ALLOWED_IN_STATE: 409,
  GUARD_FAILED: 400,
};

export interface TransitionRecord {
  /** Added to the audit entry's `to` beside the new state and deadline. */
  auditDetails?: Record<string, unknown>;
  comment: string | null;
}

/**
 * One workflow transition of a dossier the transaction has locked: the workflow definition decides
 * (checkTransition; a refusal becomes the matching HTTP error), then the new state and deadline are written
 * and the audit entry appended. Every path that moves a dossier — its action buttons, a council session's
 * close, the province's result — goes through here, so none of them skips the workflow or the audit.
 */
export async function transitionDossier(
  tx: Queryable,
  caller: Principal,
  dossier: LockedDossier,
  actionId: string,
  guards: WorkflowGuardAnswers,
  context: WorkflowTransitionContext,
  record: TransitionRecord,
): Promise<{ to: string; deadline: string | null }> {
  const check = checkTransition(dossier.workflow, dossier, caller, actionId, guards, context);
  if (!check.ok) {
    throw new ApiHttpError(REFUSAL_STATUS[check.code], check.code, check.message, check.details ?? null);
  }
  const deadline = check.deadline ?? null;
  await tx.query(
    `update dossiers
     set state = $2, state_since = now(), state_deadline = $3::date, version = version + 1, updated_at = now()
     where id = $1`,
    [dossier.id, check.to, deadline],
  );
  await appendAudit(tx, {
    actor: caller,
    entityType: 'dossier',
    entityId: dossier.id,
    action: actionId,
    from: { state: dossier.state },
    to: { state: check.to, deadline, ...record.auditDetails },
    comment: record.comment,
  });
  return { to: check.to, deadline };
}
