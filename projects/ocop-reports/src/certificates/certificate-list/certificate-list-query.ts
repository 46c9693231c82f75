import type { CertificateStatus } from '@ocop/domain';
import type { CertificateQuery } from '../../api/results-api';

export const CERTIFICATE_STATUSES: readonly CertificateStatus[] = ['valid', 'expiring', 'expired', 'revoked'];

/** The longest search the page sends as `q`. */
export const MAX_SEARCH_LENGTH = 200;

/**
 * What the certificates list shows, as the page keeps it in its URL: a reload, back navigation and the home's
 * expiry reminder (`?status=expiring`) all land on the same list. '' means "all".
 */
export interface CertificateListQuery {
  status: CertificateStatus | '';
  q: string;
}

/** The list's state from a query string; an unknown status (a hand-edited link) means "all". */
export function parseCertificateListQuery(search: string): CertificateListQuery {
  const params = new URLSearchParams(search);
  const status = params.get('status') ?? '';
  return {
    status: (CERTIFICATE_STATUSES as readonly string[]).includes(status) ? (status as CertificateStatus) : '',
    q: (params.get('q') ?? '').normalize('NFC').trim().slice(0, MAX_SEARCH_LENGTH),
  };
}

/** The query string of the list's state ('' for the whole list). */
export function certificateListQueryToSearch(query: CertificateListQuery): string {
  const params = new URLSearchParams();
  if (query.status) params.set('status', query.status);
  if (query.q) params.set('q', query.q);
  const search = params.toString();
  return search === '' ? '' : `?${search}`;
}

export function sameCertificateListQuery(a: CertificateListQuery, b: CertificateListQuery): boolean {
  return a.status === b.status && a.q === b.q;
}

/** GET /api/certificates parameters. */
export function toCertificateQuery(query: CertificateListQuery): CertificateQuery {
  const params: CertificateQuery = {};
  if (query.status) params.status = query.status;
  if (query.q) params.q = query.q;
  return params;
}
