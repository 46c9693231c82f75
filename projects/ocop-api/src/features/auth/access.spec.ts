import Fastify, { type FastifyInstance, type RouteShorthandOptions } from 'fastify';
import { registerErrorHandling } from '../../http/error-handler';
import { registerSharedSchemas } from '../../http/schemas';
import { type ModuleGate, protectRoutes } from './access';
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

/** Every module is enabled. */
const allEnabled: ModuleGate = async () => null;

async function appWithRoute(
  options: RouteShorthandOptions,
  moduleGate: ModuleGate = allEnabled,
): Promise<FastifyInstance> {
  const app = Fastify();
  registerSharedSchemas(app);
  registerErrorHandling(app);
  await app.register(async (api) => {
    protectRoutes(api, verifyToken, moduleGate);
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

  it('refuses a module declaration that is unknown or opens the route to roles outside the module', async () => {
    await expectAsync(
      appWithRoute({ config: { access: { roles: ['district-officer'], module: 'payroll' as never } } }),
    ).toBeRejectedWithError(/access.module must be one of the OCOP modules/);
    await expectAsync(
      appWithRoute({ config: { access: { roles: ['council-member'], module: 'tasks' } } }),
    ).toBeRejectedWithError(/council-member may not use the tasks module/);
  });

  it('answers 403 MODULE_DISABLED when the gate says the module is off for the caller, after the role check', async () => {
    const asked: string[] = [];
    const tasksOffIn184: ModuleGate = async (principal, module) => {
      asked.push(module);
      return module === 'tasks' ? principal.districtCode : null;
    };
    const headers = { authorization: 'Bearer x' };
    const tasks = await appWithRoute(
      { config: { access: { roles: ['district-officer'], module: 'tasks' } } },
      tasksOffIn184,
    );
    const res = await tasks.inject({ url: '/thing', headers });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toEqual({
      code: 'MODULE_DISABLED',
      message: 'Phân hệ này chưa được bật cho huyện của bạn.',
      details: { module: 'tasks', districtCode: '184' },
    });
    const dossier = await appWithRoute(
      { config: { access: { roles: ['district-officer'], module: 'dossier' } } },
      tasksOffIn184,
    );
    expect((await dossier.inject({ url: '/thing', headers })).statusCode).toBe(200);
    // A role the route does not allow is FORBIDDEN whatever the switches (the gate is not even asked).
    const provinceOnly = await appWithRoute(
      { config: { access: { roles: ['province-officer'], module: 'tasks' } } },
      tasksOffIn184,
    );
    expect((await provinceOnly.inject({ url: '/thing', headers })).json<{ code: string }>().code).toBe(
      'FORBIDDEN',
    );
    // No module declared: the gate is not consulted.
    const plain = await appWithRoute({ config: { access: { roles: ['district-officer'] } } }, tasksOffIn184);
    expect((await plain.inject({ url: '/thing', headers })).statusCode).toBe(200);
    expect(asked).toEqual(['tasks', 'dossier']);
    await Promise.all([tasks.close(), dossier.close(), provinceOnly.close(), plain.close()]);
  });
});
