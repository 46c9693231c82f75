import { certificateExpiry } from '@ocop/domain';
import type { Queryable } from '../../../../db/db';
import { insertDossier, type DossierFixture } from '../../../dossiers/testing/dossier-fixtures';

/**
 * Dossiers and certificates written straight into the database, for specs that start after a council
 * session (forwarded) or after the province's result (certified), without going through the sessions.
 */

export interface CertifiedFixture extends DossierFixture {
  stars?: number;
  number?: string;
  issuedOn?: string;
  expiresOn?: string;
  revokedOn?: string | null;
}

/** A certified dossier (on a new product) with its province result and certificate. */
export async function insertCertified(
  db: Queryable,
  fixture: CertifiedFixture = {},
): Promise<{ dossierId: string; productId: string; certificateId: string }> {
  const dossierId = await insertDossier(db, { state: 'certified', ...fixture });
  const issuedOn = fixture.issuedOn ?? '2021-01-28';
  const stars = fixture.stars ?? 4;
  await db.query(
    `insert into province_results (dossier_id, score, stars, decision_number, decision_date, recorded_by)
     values ($1, $2, $3, 'QĐ thử', $4::date, 'fixture')`,
    [dossierId, stars * 20 - 5, stars, issuedOn],
  );
  const [row] = await db.query<{ id: string; product_id: string }>(
    `insert into certificates (dossier_id, product_id, stars, number, decision_number, decision_date, issued_on,
                               expires_on, revoked_on, revoked_reason)
     select d.id, d.product_id, $2, $3, 'QĐ thử', $4::date, $4::date, $5::date, $6::date, $7
     from dossiers d where d.id = $1
     returning id, product_id`,
    [
      dossierId,
      stars,
      fixture.number ?? `GCN-${dossierId.slice(0, 8)}`,
      issuedOn,
      fixture.expiresOn ?? certificateExpiry(issuedOn),
      fixture.revokedOn ?? null,
      fixture.revokedOn ? 'Thu hồi thử' : null,
    ],
  );
  if (row === undefined) throw new Error('fixture certificate not inserted');
  return { dossierId, productId: row.product_id, certificateId: row.id };
}

/** The dossier's version now, to send with a change. */
export async function dossierVersion(db: Queryable, dossierId: string): Promise<number> {
  const [row] = await db.query<{ version: number }>('select version from dossiers where id = $1', [
    dossierId,
  ]);
  return row?.version ?? 0;
}
