import type { FastifyPluginAsync } from 'fastify';
import {
  CATALOG_WRITER_ROLES,
  isUuid,
  MAX_DESCRIPTION_LENGTH,
  MAX_NAME_LENGTH,
  MODULE_ROLES,
  PRODUCT_STAGES,
} from '@ocop/domain';
import type { Db } from '../../db/db';
import { BODY_VALIDATED_BY_DOMAIN, bodyFields } from '../../http/body';
import { errorResponses, PAGING_QUERY, ref, SEARCH_QUERY } from '../../http/schemas';
import { callerOf } from '../auth/access';
import { catalogReadScope } from '../auth/scope';
import { createProduct } from './create-product';
import { productNotFound } from './product-rules';
import { findProduct, listProducts, type ProductQuery } from './products.repository';
import { promoteProduct } from './promote-product';

const NEW_PRODUCT_BODY = {
  type: 'object',
  required: ['name', 'productGroupCode', 'producerId', 'communeCode'],
  properties: {
    name: { type: 'string', maxLength: MAX_NAME_LENGTH },
    productGroupCode: { type: 'string', description: 'Phân nhóm of QĐ 1048, "1".."26"' },
    producerId: { type: 'string', format: 'uuid' },
    communeCode: { type: 'string', pattern: '^[0-9]{5}$' },
    description: {
      type: ['string', 'null'],
      maxLength: MAX_DESCRIPTION_LENGTH,
      description: 'Short description; line breaks kept',
    },
    stage: {
      type: 'string',
      enum: [...PRODUCT_STAGES],
      default: 'product',
      description:
        "'idea': a new product's idea (phiếu đăng ký ý tưởng sản phẩm, biểu 01); " +
        "'product' (default): an existing product (biểu 02)",
    },
  },
};

const ID_PARAMS = { type: 'object', required: ['id'], properties: { id: { type: 'string' } } };

export const productRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  app.get<{ Querystring: ProductQuery }>(
    '/products',
    {
      config: { access: { roles: MODULE_ROLES.dossier, module: 'dossier' } },
      schema: {
        tags: ['products'],
        summary:
          "Products in the caller's units, sorted by name; q searches the name without regard to diacritics",
        querystring: {
          type: 'object',
          properties: {
            ...SEARCH_QUERY,
            stage: { type: 'string', enum: [...PRODUCT_STAGES], description: 'Only ideas, or only products' },
            ...PAGING_QUERY,
          },
        },
        response: { 200: ref('ProductPage'), ...errorResponses(400, 500) },
      },
    },
    async (request) => listProducts(db, request.query, catalogReadScope(callerOf(request))),
  );

  app.get<{ Params: { id: string } }>(
    '/products/:id',
    {
      config: { access: { roles: MODULE_ROLES.dossier, module: 'dossier' } },
      schema: {
        tags: ['products'],
        summary: "One product; 404 also when it lies outside the caller's units",
        params: ID_PARAMS,
        response: { 200: ref('Product'), ...errorResponses(404, 500) },
      },
    },
    async (request) => {
      // Not a UUID cannot name a product: the same 404 as a missing one (and no cast error from PostgreSQL).
      if (!isUuid(request.params.id)) throw productNotFound();
      const product = await findProduct(db, request.params.id, catalogReadScope(callerOf(request)));
      if (product === null) throw productNotFound();
      return product;
    },
  );

  app.post(
    '/products',
    {
      ...BODY_VALIDATED_BY_DOMAIN,
      config: { access: { roles: CATALOG_WRITER_ROLES, module: 'dossier' } },
      schema: {
        tags: ['products'],
        summary: "Register a product (commune and district officers, in a commune of the caller's units)",
        body: NEW_PRODUCT_BODY,
        response: { 201: ref('Product'), ...errorResponses(400, 403, 409, 415, 500) },
      },
    },
    async (request, reply) => {
      const product = await createProduct(db, callerOf(request), bodyFields(request.body));
      return reply.status(201).header('location', `/api/products/${product.id}`).send(product);
    },
  );

  app.post<{ Params: { id: string } }>(
    '/products/:id/promote',
    {
      ...BODY_VALIDATED_BY_DOMAIN,
      config: { access: { roles: CATALOG_WRITER_ROLES, module: 'dossier' } },
      schema: {
        tags: ['products'],
        summary:
          'Complete the registration of a product idea (biểu 01 → product), so that it can have a dossier ' +
          '(commune and district officers of its units); audited',
        params: ID_PARAMS,
        body: {
          type: 'object',
          required: ['version'],
          properties: { version: { type: 'integer', minimum: 1, description: 'The version the user saw' } },
        },
        response: {
          200: ref('Product'),
          ...errorResponses(400, 403, 404, 415, 500),
          409: {
            ...ref('ApiError'),
            description:
              'STALE_VERSION (details: { currentVersion }): changed since `version`; NOT_ALLOWED_IN_STATE: ' +
              'the product is not an idea',
          },
        },
      },
    },
    async (request) => {
      if (!isUuid(request.params.id)) throw productNotFound();
      return promoteProduct(db, callerOf(request), request.params.id, bodyFields(request.body));
    },
  );
};
