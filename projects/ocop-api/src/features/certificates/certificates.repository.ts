import {
  certificateStatus,
  type Certificate,
  type CertificateStatus,
  type CurrentStars,
  type Principal,
  type Stars,
} from '@ocop/domain';
import { Conditions } from '../../db/conditions';
import type { Queryable } from '../../db/db';
import { restrictToScope, unitScope, type UnitScope } from '../auth/scope';
import { todayInVietnam } from '../units/commune-check';

/**
 * Reads of OCOP certificates (migration 0010). A certificate's status is never stored: it is computed from its
 * dates and the business date (todayInVietnam) with @ocop/domain certificateStatus, so every list agrees.
 */

/**
 * Who sees certificates: the province all, district and department officers their district, a commune officer
 * their commune. Council members see none: they score dossiers, they do not manage the certified products.
 */
export function certificateScope(caller: Principal): UnitScope {
  return unitScope(caller, ['province-officer', 'district-officer', 'department-officer', 'commune-officer']);
}

interface CertificateRow {
  id: string;
  dossier_id: string;
  product_id: string;
  product_name: string;
  producer_id: string;
  producer_name: string;
  commune_code: string;
  commune_name: string;
  district_code: string;
  stars: Stars;
  number: string;
  decision_number: string;
  decision_date: string;
  issued_on: string;
  expires_on: string;
  revoked_on: string | null;
  revoked_reason: string | null;
}

const SELECT_CERTIFICATES = `
  select c.id, c.dossier_id, c.product_id, pr.name as product_name, p.id as producer_id, p.name as producer_name,
         d.commune_code,
         coalesce(unit_name_at(d.commune_code, 'commune', d.created_at::date), d.commune_code) as commune_name,
         d.district_code, c.stars, c.number, c.decision_number,
         to_char(c.decision_date, 'YYYY-MM-DD') as decision_date, to_char(c.issued_on, 'YYYY-MM-DD') as issued_on,
         to_char(c.expires_on, 'YYYY-MM-DD') as expires_on, to_char(c.revoked_on, 'YYYY-MM-DD') as revoked_on,
         c.revoked_reason
  from certificates c
  join dossiers d on d.id = c.dossier_id
  join products pr on pr.id = c.product_id
  join producers p on p.id = pr.producer_id`;

function toCertificate(row: CertificateRow, today: string): Certificate {
  const dates = { expiresOn: row.expires_on, revokedOn: row.revoked_on };
  return {
    id: row.id,
    dossierId: row.dossier_id,
    product: { id: row.product_id, name: row.product_name },
    producer: { id: row.producer_id, name: row.producer_name },
    commune: { code: row.commune_code, name: row.commune_name },
    districtCode: row.district_code,
    stars: Number(row.stars) as Stars,
    number: row.number,
    decisionNumber: row.decision_number,
    decisionDate: row.decision_date,
    issuedOn: row.issued_on,
    expiresOn: row.expires_on,
    revokedOn: row.revoked_on,
    revokedReason: row.revoked_reason,
    status: certificateStatus(dates, today),
  };
}

export interface CertificateQuery {
  status?: CertificateStatus;
  q?: string;
}

/** The certificates in `scope`, newest first; `q` searches product and producer names without diacritics. */
export async function listCertificates(
  db: Queryable,
  query: CertificateQuery,
  scope: UnitScope,
  today = todayInVietnam(),
): Promise<Certificate[]> {
  // The names as they are now (a renamed product is found by its new name), both folded by @ocop/domain.
  const names = "(pr.search_text || ' ' || p.search_text)";
  const where = restrictToScope(new Conditions(), scope, 'd.commune_code').search(names, query.q);
  const rows = await db.query<CertificateRow>(
    `${SELECT_CERTIFICATES} ${where.where} order by c.issued_on desc, c.number collate "C", c.id`,
    where.params,
  );
  const certificates = rows.map((row) => toCertificate(row, today));
  return query.status === undefined ? certificates : certificates.filter((c) => c.status === query.status);
}

/** One certificate, or null when there is none with this id in `scope`. */
export async function findCertificate(
  db: Queryable,
  id: string,
  scope: UnitScope,
  today = todayInVietnam(),
): Promise<Certificate | null> {
  const where = restrictToScope(new Conditions(), scope, 'd.commune_code');
  where.and(`c.id = ${where.param(id)}`);
  const [row] = await db.query<CertificateRow>(`${SELECT_CERTIFICATES} ${where.where}`, where.params);
  return row === undefined ? null : toCertificate(row, today);
}

/** The certificate a dossier's evaluation gave, if any (the caller has already checked it may read the dossier). */
export async function certificateOfDossier(
  db: Queryable,
  dossierId: string,
  today = todayInVietnam(),
): Promise<Certificate | null> {
  const [row] = await db.query<CertificateRow>(`${SELECT_CERTIFICATES} where c.dossier_id = $1`, [dossierId]);
  return row === undefined ? null : toCertificate(row, today);
}

/**
 * Each product's current OCOP rank: the stars of its latest certificate (by issue date) that is neither expired
 * nor revoked today. Products without one are absent from the map.
 */
export async function currentStarsOf(
  db: Queryable,
  productIds: readonly string[],
  today = todayInVietnam(),
): Promise<Map<string, CurrentStars>> {
  const current = new Map<string, CurrentStars>();
  if (productIds.length === 0) return current;
  const where = new Conditions();
  where.and(`c.product_id in (${[...new Set(productIds)].map((id) => where.param(id)).join(', ')})`);
  const rows = await db.query<{
    id: string;
    product_id: string;
    stars: Stars;
    expires_on: string;
    revoked_on: string | null;
  }>(
    `select c.id, c.product_id, c.stars, to_char(c.expires_on, 'YYYY-MM-DD') as expires_on,
            to_char(c.revoked_on, 'YYYY-MM-DD') as revoked_on
     from certificates c ${where.where}
     order by c.issued_on desc, c.created_at desc`,
    where.params,
  );
  for (const row of rows) {
    if (current.has(row.product_id)) continue;
    const status = certificateStatus({ expiresOn: row.expires_on, revokedOn: row.revoked_on }, today);
    if (status === 'valid' || status === 'expiring') {
      current.set(row.product_id, {
        stars: Number(row.stars) as Stars,
        certificateId: row.id,
        expiresOn: row.expires_on,
      });
    }
  }
  return current;
}
