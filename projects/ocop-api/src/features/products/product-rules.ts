import type { NewProduct, Product } from '@ocop/domain';
import { ApiHttpError, notFound } from '../../http/api-http-error';

/** The audit trail's entity type of products. */
export const PRODUCT_ENTITY = 'product';

export const productNotFound = () => notFound('Không tìm thấy sản phẩm');

export function staleProduct(currentVersion: number): ApiHttpError {
  return new ApiHttpError(
    409,
    'STALE_VERSION',
    'Sản phẩm này vừa được người khác thay đổi. Vui lòng tải lại để xem thông tin mới rồi thử lại.',
    { currentVersion },
  );
}

/** Completing the registration of something that is not (any more) an idea. */
export function notAnIdea(): ApiHttpError {
  return new ApiHttpError(
    409,
    'NOT_ALLOWED_IN_STATE',
    'Sản phẩm này đã được đăng ký là sản phẩm (biểu số 02); chỉ ý tưởng sản phẩm mới cần hoàn thiện đăng ký.',
  );
}

/** What the audit trail keeps of a product: its details as registered, units and producer by code and id. */
export function productSnapshot(product: Product): NewProduct {
  return {
    name: product.name,
    description: product.description,
    productGroupCode: product.productGroup.code,
    producerId: product.producer.id,
    communeCode: product.commune.code,
    stage: product.stage,
  };
}
