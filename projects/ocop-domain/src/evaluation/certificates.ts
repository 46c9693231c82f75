import type { Stars } from './stars';

/** An OCOP certificate lasts 36 months (QĐ 1048, kept by QĐ 148). */
export const CERTIFICATE_MONTHS = 36;
/** The issuing body must notify the chủ thể at least 30 days before expiry (QĐ 148). */
export const EXPIRY_WARNING_DAYS = 30;

export type CertificateStatus = 'valid' | 'expiring' | 'expired' | 'revoked';

export const CERTIFICATE_STATUS_NAMES: Readonly<Record<CertificateStatus, string>> = {
  valid: 'Còn hiệu lực',
  expiring: 'Sắp hết hạn (trong 30 ngày)',
  expired: 'Hết hạn',
  revoked: 'Đã thu hồi',
};

export interface Certificate {
  id: string;
  dossierId: string;
  product: { id: string; name: string };
  producer: { id: string; name: string };
  commune: { code: string; name: string };
  districtCode: string;
  stars: Stars;
  /** Certificate number, e.g. "12/GCN-UBND". */
  number: string;
  /** Decision approving the result ("Quyết định số …"), and its date 'yyyy-MM-dd'. */
  decisionNumber: string;
  decisionDate: string;
  /** 'yyyy-MM-dd'. */
  issuedOn: string;
  /** 'yyyy-MM-dd': the last day it is valid. */
  expiresOn: string;
  revokedOn: string | null;
  revokedReason: string | null;
  /** From the dates and today (Vietnam), computed by the API so every list agrees. */
  status: CertificateStatus;
}

/**
 * The last day a certificate issued on `issuedOn` is valid: the same calendar day 36 months later (a 29/02
 * issue ends on 28/02). 'yyyy-MM-dd' in and out; no time zones involved.
 */
export function certificateExpiry(issuedOn: string, months = CERTIFICATE_MONTHS): string {
  const [y, m, d] = issuedOn.split('-').map(Number) as [number, number, number];
  const monthIndex = m - 1 + months;
  const year = y + Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(Math.min(d, lastDay))}`;
}

/** Where a certificate stands on `today` ('yyyy-MM-dd', Vietnam). Valid through its expiry day. */
export function certificateStatus(
  cert: { expiresOn: string; revokedOn: string | null },
  today: string,
): CertificateStatus {
  if (cert.revokedOn !== null && cert.revokedOn <= today) return 'revoked';
  if (today > cert.expiresOn) return 'expired';
  return daysBetween(today, cert.expiresOn) <= EXPIRY_WARNING_DAYS ? 'expiring' : 'valid';
}

function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
