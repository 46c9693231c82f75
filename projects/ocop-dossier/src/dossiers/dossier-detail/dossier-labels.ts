import { Translator } from '@ocop/common';
import { FileKind, stateName, workflowDefinition } from '@ocop/domain';

/** 'yyyy-MM-dd' as 'dd/MM/yyyy', read as a calendar date (no time zone can move it by a day). */
export function isoDateText(iso: string | null | undefined): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  return match ? `${match[3]}/${match[2]}/${match[1]}` : (iso ?? '');
}

/** Bytes as people read them: '350 KB', '1,2 MB' (vi) / '1.2 MB' (en); binary units, like the limits. */
export function sizeText(bytes: number, i18n: Translator): string {
  const format = (n: number): string => i18n.number(n, { maximumFractionDigits: 1 });
  if (bytes < 1024) return i18n.t('dossierDetail.size.B', { n: format(bytes) });
  if (bytes < 1024 * 1024) return i18n.t('dossierDetail.size.KB', { n: format(bytes / 1024) });
  return i18n.t('dossierDetail.size.MB', { n: format(bytes / (1024 * 1024)) });
}

/** 'PDF, JPEG, PNG'. */
export function fileKindsText(kinds: readonly FileKind[]): string {
  return kinds.map((k) => k.toUpperCase()).join(', ');
}

/** A new id for one user intent (one click on "Gửi huyện"), reused when that intent is retried. */
export function newRequestId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // randomUUID needs a secure context; an intranet portal on plain http still gets 128 random bits.
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join(
    '',
  );
}

/** The Vietnamese name of the dossier's state in its workflow; the id when the workflow is not known here. */
export function stateNameOf(workflowId: string, state: string): string {
  try {
    return stateName(workflowDefinition(workflowId), state);
  } catch {
    return state;
  }
}
