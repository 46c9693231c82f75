import type { DistrictResult, DossierEvaluation, ProvinceResult, Stars } from '@ocop/domain';
import type { Queryable } from '../../../db/db';
import { isoInstant } from '../../audit/audit.repository';
import { certificateOfDossier } from '../../certificates/certificates.repository';
import { todayInVietnam } from '../../units/commune-check';

/**
 * What the evaluation of a dossier gave: the district council's result (from its closed session), the
 * province's result, the certificate, and the re-evaluation links. The caller has already checked that it may
 * read the dossier.
 */
export async function dossierEvaluationOf(
  db: Queryable,
  dossierId: string,
  today = todayInVietnam(),
): Promise<DossierEvaluation> {
  const [links] = await db.query<{ previous_dossier_id: string | null; next_dossier_id: string | null }>(
    `select d.previous_dossier_id,
            (select n.id from dossiers n where n.previous_dossier_id = d.id) as next_dossier_id
     from dossiers d where d.id = $1`,
    [dossierId],
  );
  return {
    districtResult: await districtResultOf(db, dossierId),
    provinceResult: await provinceResultOf(db, dossierId),
    certificate: await certificateOfDossier(db, dossierId, today),
    previousDossierId: links?.previous_dossier_id ?? null,
    nextDossierId: links?.next_dossier_id ?? null,
  };
}

/** The result of the district council's session that closed on the dossier (the latest, should there be two). */
export async function districtResultOf(db: Queryable, dossierId: string): Promise<DistrictResult | null> {
  const [row] = await db.query<{
    session_id: string;
    council_name: string;
    session_date: string;
    mean: string;
    spread: string;
    stars: Stars;
    forwarded: boolean;
  }>(
    `select sd.session_id, c.name as council_name, to_char(s.session_date, 'YYYY-MM-DD') as session_date,
            sd.mean::text as mean, sd.spread::text as spread, sd.stars, sd.forwarded
     from session_dossiers sd
     join council_sessions s on s.id = sd.session_id
     join councils c on c.id = s.council_id
     where sd.dossier_id = $1 and s.status = 'closed' and c.level = 'district' and sd.mean is not null
     order by s.session_date desc, s.closed_at desc
     limit 1`,
    [dossierId],
  );
  if (row === undefined) return null;
  return {
    sessionId: row.session_id,
    councilName: row.council_name,
    sessionDate: row.session_date,
    mean: Number(row.mean),
    spread: Number(row.spread),
    stars: Number(row.stars) as Stars,
    forwarded: row.forwarded,
  };
}

export async function provinceResultOf(db: Queryable, dossierId: string): Promise<ProvinceResult | null> {
  const [row] = await db.query<{
    score: string;
    stars: Stars;
    decision_number: string;
    decision_date: string;
    recorded_by: string;
    recorded_at: string;
  }>(
    `select score::text as score, stars, decision_number, to_char(decision_date, 'YYYY-MM-DD') as decision_date,
            recorded_by, ${isoInstant('recorded_at')} as recorded_at
     from province_results where dossier_id = $1`,
    [dossierId],
  );
  if (row === undefined) return null;
  return {
    score: Number(row.score),
    stars: Number(row.stars) as Stars,
    decisionNumber: row.decision_number,
    decisionDate: row.decision_date,
    recordedBy: row.recorded_by,
    recordedAt: row.recorded_at,
  };
}
