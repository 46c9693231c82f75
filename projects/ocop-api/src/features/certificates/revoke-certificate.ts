import { parseCertificateRevocation, type Certificate, type Principal } from '@ocop/domain';
import { Conditions } from '../../db/conditions';
import type { Db } from '../../db/db';
import { ApiHttpError, notFound, validationFailed } from '../../http/api-http-error';
import { forbidden } from '../auth/access';
import { restrictToScope } from '../auth/scope';
import { appendAudit } from '../audit/audit.repository';
import { certificateScope, findCertificate } from './certificates.repository';

export const CERTIFICATE_NOT_FOUND_MESSAGE =
  'Không tìm thấy giấy chứng nhận, hoặc giấy chứng nhận không thuộc đơn vị của bạn.';

/**
 * Revokes a certificate (the province's decision, e.g. after a food-safety violation). A revocation is final:
 * a second one is refused, and the record keeps the date and reason; the audit trail keeps who did it.
 */
export async function revokeCertificate(
  db: Db,
  caller: Principal,
  certificateId: string,
  fields: Record<string, unknown>,
): Promise<Certificate> {
  const parsed = parseCertificateRevocation(fields);
  if (!parsed.ok) throw validationFailed(parsed.errors);
  const { reason, revokedOn } = parsed.value;

  await db.transaction(async (tx) => {
    const where = restrictToScope(new Conditions(), certificateScope(caller), 'd.commune_code');
    where.and(`c.id = ${where.param(certificateId)}`);
    const [row] = await tx.query<{ issued_on: string; revoked_on: string | null; number: string }>(
      `select to_char(c.issued_on, 'YYYY-MM-DD') as issued_on, to_char(c.revoked_on, 'YYYY-MM-DD') as revoked_on,
              c.number
       from certificates c join dossiers d on d.id = c.dossier_id
       ${where.where}
       for update of c`,
      where.params,
    );
    if (row === undefined) throw notFound(CERTIFICATE_NOT_FOUND_MESSAGE);
    if (!caller.roles.includes('province-officer')) throw forbidden();
    if (row.revoked_on !== null) {
      throw new ApiHttpError(409, 'ALREADY_REVOKED', `Giấy chứng nhận ${row.number} đã bị thu hồi trước đó.`);
    }
    if (revokedOn < row.issued_on) {
      throw validationFailed([
        { field: 'revokedOn', code: 'out_of_range', message: 'Ngày thu hồi không được trước ngày cấp' },
      ]);
    }
    await tx.query('update certificates set revoked_on = $2::date, revoked_reason = $3 where id = $1', [
      certificateId,
      revokedOn,
      reason,
    ]);
    await appendAudit(tx, {
      actor: caller,
      entityType: 'certificate',
      entityId: certificateId,
      action: 'revoke',
      from: { revokedOn: null },
      to: { revokedOn },
      comment: reason,
    });
  });
  const certificate = await findCertificate(db, certificateId, certificateScope(caller));
  if (certificate === null) throw notFound(CERTIFICATE_NOT_FOUND_MESSAGE);
  return certificate;
}
