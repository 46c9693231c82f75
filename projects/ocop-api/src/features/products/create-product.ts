import { parseNewProduct, type FieldError, type Principal, type Product } from '@ocop/domain';
import { type Db, sqlErrorOf, UNIQUE_VIOLATION } from '../../db/db';
import { conflict, validationFailed } from '../../http/api-http-error';
import { appendAudit } from '../audit/audit.repository';
import { forbiddenUnit } from '../auth/access';
import { catalogReadScope, catalogWriteScope, communeInScope, UNRESTRICTED } from '../auth/scope';
import { communeProblem } from '../units/commune-check';
import { PRODUCT_ENTITY, productSnapshot } from './product-rules';
import { findProduct, insertProduct, producerExists } from './products.repository';

/**
 * Registers a product, or a new product's idea (stage 'idea', biểu số 01), in a commune of the caller's
 * units, for a producer the caller can see. The input is validated completely before the database is
 * touched; the checks that need the database, the insert and its audit entry share one transaction, so a
 * refusal leaves nothing behind.
 */
export async function createProduct(
  db: Db,
  caller: Principal,
  fields: Record<string, unknown>,
): Promise<Product> {
  const parsed = parseNewProduct(fields);
  if (!parsed.ok) throw validationFailed(parsed.errors);
  const product = parsed.value;

  return db.transaction(async (tx) => {
    const communeIssue = await communeProblem(tx, product.communeCode);
    // A real commune outside the caller's units is refused as such, whatever else is wrong.
    if (
      communeIssue === null &&
      !(await communeInScope(tx, catalogWriteScope(caller), product.communeCode))
    ) {
      throw forbiddenUnit(product.communeCode);
    }
    const problems: FieldError[] = [];
    // A producer the caller may not see is reported exactly like a missing one.
    if (!(await producerExists(tx, product.producerId, catalogReadScope(caller)))) {
      problems.push({ field: 'producerId', code: 'not_found', message: 'Không tìm thấy chủ thể này' });
    }
    if (communeIssue !== null) problems.push(communeIssue);
    if (problems.length > 0) throw validationFailed(problems);

    let id: string;
    try {
      id = await insertProduct(tx, product);
    } catch (error) {
      if (sqlErrorOf(error)?.code === UNIQUE_VIOLATION) {
        throw conflict([
          { field: 'name', code: 'duplicate', message: `Chủ thể này đã có sản phẩm "${product.name}"` },
        ]);
      }
      throw error;
    }
    const created = await findProduct(tx, id, UNRESTRICTED);
    if (created === null) throw new Error(`product ${id} vanished inside its own transaction`);
    await appendAudit(tx, {
      actor: caller,
      entityType: PRODUCT_ENTITY,
      entityId: id,
      action: 'create',
      from: null,
      to: productSnapshot(created),
      comment: null,
    });
    return created;
  });
}
