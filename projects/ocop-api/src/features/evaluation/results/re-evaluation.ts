import { parseReEvaluation, type DossierDetail, type Principal } from '@ocop/domain';
import { Conditions } from '../../../db/conditions';
import type { Db } from '../../../db/db';
import { ApiHttpError, notFound, validationFailed } from '../../../http/api-http-error';
import { forbidden } from '../../auth/access';
import { catalogReadScope, restrictToScope } from '../../auth/scope';
import { createDossier } from '../../dossiers/create-dossier';
import { DOSSIER_NOT_FOUND_MESSAGE } from '../../dossiers/dossier-write';

/**
 * Starts the re-evaluation of a certified product (its certificate lasts 36 months): a new dossier of the same
 * product and criteria set, kind 're-evaluation', linked to the dossier it follows. Opened like any dossier,
 * by the commune office of the product's commune or the district's standing unit.
 */
export async function startReEvaluation(
  db: Db,
  caller: Principal,
  dossierId: string,
  fields: Record<string, unknown>,
): Promise<DossierDetail> {
  const parsed = parseReEvaluation(fields);
  if (!parsed.ok) throw validationFailed(parsed.errors);
  const { roundYear } = parsed.value;

  const where = restrictToScope(new Conditions(), catalogReadScope(caller), 'd.commune_code');
  where.and(`d.id = ${where.param(dossierId)}`);
  const [old] = await db.query<{
    product_id: string;
    criteria_set: string;
    round_year: number;
    state: string;
    commune_code: string;
    district_code: string;
    next_dossier_id: string | null;
  }>(
    `select d.product_id, d.criteria_set, d.round_year, d.state, d.commune_code, d.district_code,
            (select n.id from dossiers n where n.previous_dossier_id = d.id) as next_dossier_id
     from dossiers d ${where.where}`,
    where.params,
  );
  if (old === undefined) throw notFound(DOSSIER_NOT_FOUND_MESSAGE);
  const mayOpen =
    (caller.roles.includes('commune-officer') && caller.communeCode === old.commune_code) ||
    (caller.roles.includes('district-officer') && caller.districtCode === old.district_code);
  if (!mayOpen) throw forbidden();
  if (old.state !== 'certified') {
    throw new ApiHttpError(
      409,
      'NOT_ALLOWED_IN_STATE',
      'Chỉ sản phẩm đã được công nhận (có giấy chứng nhận OCOP) mới được đánh giá lại.',
    );
  }
  if (old.next_dossier_id !== null) {
    throw new ApiHttpError(409, 'CONFLICT', 'Hồ sơ này đã có hồ sơ đánh giá lại.', {
      nextDossierId: old.next_dossier_id,
    });
  }
  if (roundYear <= old.round_year) {
    throw validationFailed([
      {
        field: 'roundYear',
        code: 'out_of_range',
        message: `Năm đánh giá lại phải sau năm ${old.round_year} của lần đánh giá trước`,
      },
    ]);
  }
  return createDossier(
    db,
    caller,
    {
      productId: old.product_id,
      criteriaSet: old.criteria_set,
      registrationKind: 're-evaluation',
      roundYear,
      targetQuarter: null,
    },
    dossierId,
  );
}
