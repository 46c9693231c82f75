import type { CriteriaSetId, ProductEvaluation, Principal } from '@ocop/domain';
import type { Db } from '../../../db/db';
import { notFound } from '../../../http/api-http-error';
import { catalogReadScope } from '../../auth/scope';
import { productExists } from '../../products/products.repository';
import { todayInVietnam } from '../../units/commune-check';
import { certificateOfDossier } from '../../certificates/certificates.repository';
import { districtResultOf, provinceResultOf } from './dossier-evaluation';

export const PRODUCT_NOT_FOUND_MESSAGE = 'Không tìm thấy sản phẩm, hoặc sản phẩm không thuộc đơn vị của bạn.';

/** Every evaluation of a product (one per dossier), newest round first; 404 outside the caller's units. */
export async function productEvaluations(
  db: Db,
  caller: Principal,
  productId: string,
  today = todayInVietnam(),
): Promise<ProductEvaluation[]> {
  if (!(await productExists(db, productId, catalogReadScope(caller))))
    throw notFound(PRODUCT_NOT_FOUND_MESSAGE);
  const rows = await db.query<{
    id: string;
    round_year: number;
    criteria_set: CriteriaSetId;
    registration_kind: string;
    state: string;
    previous_dossier_id: string | null;
  }>(
    `select id, round_year, criteria_set, registration_kind, state, previous_dossier_id
     from dossiers where product_id = $1
     order by round_year desc, created_at desc, id`,
    [productId],
  );
  const evaluations: ProductEvaluation[] = [];
  for (const row of rows) {
    evaluations.push({
      dossierId: row.id,
      roundYear: row.round_year,
      criteriaSet: row.criteria_set,
      registrationKind: row.registration_kind,
      state: row.state,
      districtResult: await districtResultOf(db, row.id),
      provinceResult: await provinceResultOf(db, row.id),
      certificate: await certificateOfDossier(db, row.id, today),
      previousDossierId: row.previous_dossier_id,
    });
  }
  return evaluations;
}
