import { parseVersionedRequest, type Principal, type Product } from '@ocop/domain';
import type { Db } from '../../db/db';
import { validationFailed } from '../../http/api-http-error';
import { appendAudit } from '../audit/audit.repository';
import { catalogWriteScope, UNRESTRICTED } from '../auth/scope';
import { notAnIdea, PRODUCT_ENTITY, productNotFound, staleProduct } from './product-rules';
import { findProduct, promoteIdea } from './products.repository';

/**
 * Completes the registration of a product idea (POST /api/products/:id/promote): the idea registered with
 * biểu số 01 becomes a product, which can then have an evaluation dossier. For commune and district
 * officers whose units hold the product; `version` must be the one the user saw (409 STALE_VERSION). The
 * change and its audit entry are written in one transaction.
 */
export async function promoteProduct(
  db: Db,
  caller: Principal,
  id: string,
  fields: Record<string, unknown>,
): Promise<Product> {
  return db.transaction(async (tx) => {
    const current = await findProduct(tx, id, catalogWriteScope(caller));
    if (current === null) throw productNotFound();

    const parsed = parseVersionedRequest(fields);
    if (!parsed.ok) throw validationFailed(parsed.errors);
    const { version } = parsed.value;
    if (version !== current.version) throw staleProduct(current.version);
    if (current.stage !== 'idea') throw notAnIdea();

    if (!(await promoteIdea(tx, id, version))) {
      // Someone committed a change between our read and our write.
      const now = await findProduct(tx, id, UNRESTRICTED);
      throw staleProduct(now?.version ?? version + 1);
    }
    const promoted = await findProduct(tx, id, UNRESTRICTED);
    if (promoted === null) throw new Error(`product ${id} vanished inside its own transaction`);
    await appendAudit(tx, {
      actor: caller,
      entityType: PRODUCT_ENTITY,
      entityId: id,
      action: 'promote',
      from: { stage: current.stage },
      to: { stage: promoted.stage },
      comment: null,
    });
    return promoted;
  });
}
