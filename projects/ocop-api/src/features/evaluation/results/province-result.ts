import {
  CERTIFIED_MIN_STARS,
  certificateExpiry,
  parseProvinceResult,
  starsFor,
  type DossierDetail,
  type Principal,
} from '@ocop/domain';
import type { Db } from '../../../db/db';
import { validationFailed } from '../../../http/api-http-error';
import { lockDossier, readDossierDetail, staleVersion } from '../../dossiers/dossier-write';
import { transitionDossier } from '../../dossiers/transition-dossier';
import { todayInVietnam } from '../../units/commune-check';

/**
 * Records the province's result for a dossier the district forwarded: the score gives the stars (starsFor);
 * from 3★ the product is certified (`certify`) and its certificate runs 36 months from its issue date
 * (certificateExpiry); below, the dossier is `not-certify`. The workflow decides who may do it and when (only
 * the province officer, only on a forwarded dossier), and both transitions are audited with the result.
 */
export async function recordProvinceResult(
  db: Db,
  caller: Principal,
  dossierId: string,
  fields: Record<string, unknown>,
  today = todayInVietnam(),
): Promise<DossierDetail> {
  const parsed = parseProvinceResult(fields);
  if (!parsed.ok) throw validationFailed(parsed.errors);
  const result = parsed.value;
  const stars = starsFor(result.score);
  const certified = stars >= CERTIFIED_MIN_STARS;

  await db.transaction(async (tx) => {
    const dossier = await lockDossier(tx, caller, dossierId);
    if (result.version !== dossier.version) throw staleVersion(dossier.version);
    const certificate =
      certified && result.certificateNumber !== null && result.certificateDate !== null
        ? {
            number: result.certificateNumber,
            issuedOn: result.certificateDate,
            expiresOn: certificateExpiry(result.certificateDate),
          }
        : null;
    await transitionDossier(
      tx,
      caller,
      dossier,
      certified ? 'certify' : 'not-certify',
      {},
      { today },
      {
        comment: `Quyết định số ${result.decisionNumber}`,
        auditDetails: {
          score: result.score,
          stars,
          decisionNumber: result.decisionNumber,
          decisionDate: result.decisionDate,
          ...(certificate === null ? {} : { certificate }),
        },
      },
    );
    await tx.query(
      `insert into province_results (dossier_id, score, stars, decision_number, decision_date, recorded_by)
       values ($1, $2, $3, $4, $5::date, $6)`,
      [dossierId, result.score, stars, result.decisionNumber, result.decisionDate, caller.username],
    );
    if (certificate !== null) {
      await tx.query(
        `insert into certificates (dossier_id, product_id, stars, number, decision_number, decision_date,
                                   issued_on, expires_on)
         select d.id, d.product_id, $2, $3, $4, $5::date, $6::date, $7::date from dossiers d where d.id = $1`,
        [
          dossierId,
          stars,
          certificate.number,
          result.decisionNumber,
          result.decisionDate,
          certificate.issuedOn,
          certificate.expiresOn,
        ],
      );
    }
  });
  return readDossierDetail(db, caller, dossierId);
}
