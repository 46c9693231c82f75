import Fastify, { type FastifyInstance, type RouteShorthandOptions } from 'fastify';
import { registerErrorHandling } from '../../http/error-handler';
import { registerSharedSchemas } from '../../http/schemas';
import { protectRoutes } from './access';
import type { TokenVerifier } from './verify-token';

/** The protected scope fails closed: a route that does not say who may call it stops the start. */

const verifyToken: TokenVerifier = async () => ({
  userId: 'u',
  username: 'u',
  name: 'U',
  roles: ['district-officer'],
  districtCode: '184',
  communeCode: null,
  departmentCode: null,
});

async function appWithRoute(options: RouteShorthandOptions): Promise<FastifyInstance> {
  const app = Fastify();
  registerSharedSchemas(app);
  registerErrorHandling(app);
  await app.register(async (api) => {
    protectRoutes(api, verifyToken);
    await api.register(async (feature) => {
      feature.get('/thing', options, async () => ({ ok: true }));
    });
  });
  return app;
}

describe('protectRoutes', () => {
  it('refuses to start with a route that declares no access', async () => {
    await expectAsync(appWithRoute({})).toBeRejectedWithError(
      /GET \/thing is in the protected scope but declares no access/,
    );
  });

  it('refuses declarations that allow nobody or name unknown roles', async () => {
    for (const access of [{ roles: [] }, { roles: ['admin'] }, { anyValidToken: false }, {}]) {
      await expectAsync(appWithRoute({ config: { access: access as never } }))
        .withContext(JSON.stringify(access))
        .toBeRejectedWithError(/access/);
    }
  });

  it('serves a route that declares its roles, to those roles only', async () => {
    const allowed = await appWithRoute({ config: { access: { roles: ['district-officer'] } } });
    const refused = await appWithRoute({ config: { access: { roles: ['province-officer'] } } });
    const headers = { authorization: 'Bearer x' };
    expect((await allowed.inject({ url: '/thing', headers })).statusCode).toBe(200);
    expect((await refused.inject({ url: '/thing', headers })).statusCode).toBe(403);
    expect((await allowed.inject('/thing')).statusCode).toBe(401);
    await allowed.close();
    await refused.close();
  });
});
