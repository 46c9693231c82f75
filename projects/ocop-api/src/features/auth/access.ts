import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import {
  isOcopModule,
  isOcopRole,
  MODULE_ROLES,
  type OcopModuleId,
  type OcopRole,
  type Principal,
} from '@ocop/domain';
import { ApiHttpError } from '../../http/api-http-error';
import { ref } from '../../http/schemas';
import {
  InvalidTokenError,
  KeysUnavailableError,
  type TokenRejection,
  type TokenVerifier,
} from './verify-token';

/**
 * Who may call a route of the protected scope. Every route there declares it in its config
 * (`config: { access: { roles: [...] } }`); one that does not stops the API at start-up.
 * - `roles`: a valid access token holding at least one of these OCOP roles;
 * - `module`: the route belongs to this module: its roles must be among the module's (MODULE_ROLES), and
 *   a caller whose district has switched the module off is refused (403 MODULE_DISABLED);
 * - `anyValidToken`: a valid access token, even without any OCOP role (GET /api/me and /api/me/modules).
 */
export type RouteAccess =
  { readonly roles: readonly OcopRole[]; readonly module?: OcopModuleId } | { readonly anyValidToken: true };

/**
 * Answers, for a caller of a route of `module`, the district for which that module is switched off for
 * them, or null when they may go on (features/modules/caller-modules.ts disabledModuleDistrict).
 */
export type ModuleGate = (principal: Principal, module: OcopModuleId) => Promise<string | null>;

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyRequest {
    /** The verified caller; set on every route of the protected scope before its handler runs. */
    principal: Principal | null;
  }
}

export const SECURITY_SCHEME = 'bearerAuth';

export function unauthenticated(reason: TokenRejection): ApiHttpError {
  return new ApiHttpError(
    401,
    'UNAUTHENTICATED',
    'Phiên đăng nhập không hợp lệ hoặc đã hết hạn. Vui lòng đăng nhập lại.',
    { reason },
    // RFC 6750 §3: no token → bare challenge; a token that failed → error="invalid_token".
    { 'www-authenticate': reason === 'missing' ? 'Bearer' : 'Bearer error="invalid_token"' },
  );
}

export function forbidden(): ApiHttpError {
  return new ApiHttpError(403, 'FORBIDDEN', 'Bạn không có quyền thực hiện thao tác này.');
}

/** Creating a record in a commune outside the caller's units (brief §2). */
export function forbiddenUnit(communeCode: string): ApiHttpError {
  const message = 'Bạn chỉ được đăng ký cho xã thuộc phạm vi quản lý của mình.';
  return new ApiHttpError(403, 'FORBIDDEN_UNIT', message, [
    {
      field: 'communeCode',
      code: 'out_of_scope',
      message: `Xã mã ${communeCode} không thuộc phạm vi của bạn`,
    },
  ]);
}

export const MODULE_DISABLED_MESSAGE = 'Phân hệ này chưa được bật cho huyện của bạn.';

/** The route's module is switched off for the caller's district (brief §2: modules enabled per district). */
export function moduleDisabled(module: OcopModuleId, districtCode: string): ApiHttpError {
  return new ApiHttpError(403, 'MODULE_DISABLED', MODULE_DISABLED_MESSAGE, { module, districtCode });
}

function authUnavailable(): ApiHttpError {
  return new ApiHttpError(
    503,
    'AUTH_UNAVAILABLE',
    'Chưa kiểm tra được phiên đăng nhập do máy chủ xác thực không phản hồi. Vui lòng thử lại sau.',
  );
}

/** The verified caller of a protected route (its handler only runs after authentication). */
export function callerOf(request: FastifyRequest): Principal {
  if (request.principal === null) {
    throw new Error(`${request.method} ${request.url} has no principal: is it outside the protected scope?`);
  }
  return request.principal;
}

function describeRoute(route: RouteOptions): string {
  return `${String(route.method)} ${route.url}`;
}

/** Refuses, at registration, a route that does not say who may call it or says it wrongly. */
function checkDeclaration(route: RouteOptions): RouteAccess {
  const access = route.config?.access;
  if (access === undefined) {
    throw new Error(
      `${describeRoute(route)} is in the protected scope but declares no access ` +
        '(config: { access: { roles: [...] } } or { anyValidToken: true }); refusing to start',
    );
  }
  if ('roles' in access) {
    if (!Array.isArray(access.roles) || access.roles.length === 0 || !access.roles.every(isOcopRole)) {
      throw new Error(`${describeRoute(route)}: access.roles must be a non-empty list of OCOP roles`);
    }
    if (access.module !== undefined) {
      if (!isOcopModule(access.module)) {
        throw new Error(`${describeRoute(route)}: access.module must be one of the OCOP modules`);
      }
      const moduleRoles: readonly OcopRole[] = MODULE_ROLES[access.module];
      const strangers = access.roles.filter((role) => !moduleRoles.includes(role));
      if (strangers.length > 0) {
        throw new Error(
          `${describeRoute(route)}: ${strangers.join(', ')} may not use the ${access.module} module ` +
            '(MODULE_ROLES)',
        );
      }
    }
  } else if (access.anyValidToken !== true) {
    throw new Error(`${describeRoute(route)}: access must have roles or anyValidToken: true`);
  }
  return access;
}

/** Adds the bearer requirement and the 401/403/503 answers to the route's OpenAPI description. */
function document(route: RouteOptions, access: RouteAccess): void {
  const schema = { ...(route.schema ?? {}) } as Record<string, unknown>;
  const response = { ...((schema['response'] as Record<string, unknown> | undefined) ?? {}) };
  response['401'] ??= {
    ...ref('ApiError'),
    description:
      'UNAUTHENTICATED: no access token, or one that is malformed, forged, expired or not for this API',
  };
  if ('roles' in access) {
    const moduleNote =
      access.module === undefined
        ? ''
        : `; MODULE_DISABLED (details: { module, districtCode }): the ${access.module} module is switched ` +
          "off for the caller's district (not for ocop-admin and province-officer)";
    response['403'] ??= {
      ...ref('ApiError'),
      description: `FORBIDDEN: only for ${access.roles.join(', ')}${moduleNote}`,
    };
  }
  response['503'] ??= {
    ...ref('ApiError'),
    description: 'AUTH_UNAVAILABLE: the signing keys of Keycloak could not be fetched',
  };
  schema['response'] = response;
  schema['security'] = [{ [SECURITY_SCHEME]: [] }];
  // The declaration itself, for readers of the document and for the specs that walk every route.
  schema['x-ocop-access'] =
    'roles' in access ? { roles: access.roles, module: access.module ?? null } : { anyValidToken: true };
  route.schema = schema;
}

const BEARER = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i;

/**
 * Protects every route registered on `scope` after this call (and in its child plugins): each must declare
 * its access, and each request must carry a valid access token whose roles the declaration allows, for a
 * module that is not switched off for the caller's district.
 */
export function protectRoutes(
  scope: FastifyInstance,
  verifyToken: TokenVerifier,
  moduleGate: ModuleGate,
): void {
  scope.decorateRequest('principal', null);

  scope.addHook('onRoute', (route) => {
    document(route, checkDeclaration(route));
  });

  // onRequest: nothing of the request (body included) is read before the caller is known.
  scope.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config.access;
    // Unreachable while the onRoute check holds; refuse rather than serve if it ever does not.
    if (access === undefined) throw forbidden();

    const header = request.headers.authorization;
    if (header === undefined || header.trim() === '') throw refuse(request, 'missing');
    const token = BEARER.exec(header)?.[1];
    if (token === undefined) throw refuse(request, 'malformed');
    try {
      request.principal = await verifyToken(token);
    } catch (error) {
      if (error instanceof InvalidTokenError) throw refuse(request, error.reason);
      if (error instanceof KeysUnavailableError) {
        request.log.error({ err: error }, 'cannot verify access tokens: signing keys unavailable');
        throw authUnavailable();
      }
      throw error;
    }
    if ('roles' in access) {
      const allowed: readonly string[] = access.roles;
      if (!request.principal.roles.some((role) => allowed.includes(role))) {
        request.log.info(
          { user: request.principal.username, roles: request.principal.roles },
          'request refused: no allowed role',
        );
        throw forbidden();
      }
      if (access.module !== undefined) {
        const district = await moduleGate(request.principal, access.module);
        if (district !== null) {
          request.log.info(
            { user: request.principal.username, module: access.module, district },
            'request refused: module disabled for the district',
          );
          throw moduleDisabled(access.module, district);
        }
      }
    }
  });
}

function refuse(request: FastifyRequest, reason: TokenRejection): ApiHttpError {
  request.log.info({ reason }, 'request refused: access token');
  return unauthenticated(reason);
}
