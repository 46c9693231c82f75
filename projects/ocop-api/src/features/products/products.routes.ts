import type { FastifyPluginAsync } from 'fastify';
import { CATALOG_WRITER_ROLES, isUuid, MAX_NAME_LENGTH, MODULE_ROLES } from '@ocop/domain';
import type { PageQuery } from '../../db/conditions';
import type { Db } from '../../db/db';
import { notFound } from '../../http/api-http-error';
import { BODY_VALIDATED_BY_DOMAIN, bodyFields } from '../../http/body';
import { errorResponses, PAGING_QUERY, ref, SEARCH_QUERY } from '../../http/schemas';
import { callerOf } from '../auth/access';
import { catalogReadScope } from '../auth/scope';
import { createProduct } from './create-product';
import { findProduct, listProducts } from './products.repository';

const NEW_PRODUCT_BODY = {
  type: 'object',
  required: ['name', 'productGroupCode', 'producerId', 'communeCode'],
  properties: {
    name: { type: 'string', maxLength: MAX_NAME_LENGTH },
    productGroupCode: { type: 'string', description: 'Phân nhóm of QĐ 1048, "1".."26"' },
    producerId: { type: 'string', format: 'uuid' },
    communeCode: { type: 'string', pattern: '^[0-9]{5}$' },
  },
};

const productNotFound = () => notFound('Không tìm thấy sản phẩm');

export const productRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  app.get<{ Querystring: PageQuery }>(
    '/products',
    {
      config: { access: { roles: MODULE_ROLES.dossier, module: 'dossier' } },
      schema: {
        tags: ['products'],
        summary:
          "Products in the caller's units, sorted by name; q searches the name without regard to diacritics",
        querystring: { type: 'object', properties: { ...SEARCH_QUERY, ...PAGING_QUERY } },
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
        params: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } },
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
};
