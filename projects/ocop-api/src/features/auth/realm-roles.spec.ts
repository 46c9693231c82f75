import { OCOP_ROLES } from '@ocop/domain';

// The dev realm is plain JavaScript (it runs before any TypeScript tooling), so it keeps its own list of the
// OCOP client roles; this keeps the two lists from drifting apart.
describe('the dev realm (keycloak/realm.mjs)', () => {
  it('defines exactly the OCOP roles of the domain as client roles of ocop-api', async () => {
    const realmModule = '../../../../../keycloak/realm.mjs';
    const realm = (await import(realmModule)) as {
      OCOP_ROLES: string[];
      buildRealm(o: { portalOrigins: string[] }): { roles: { client: Record<string, { name: string }[]> } };
    };
    expect([...realm.OCOP_ROLES].sort()).toEqual([...OCOP_ROLES].sort());
    const clientRoles = realm.buildRealm({ portalOrigins: ['http://localhost:1'] }).roles.client['ocop-api'];
    expect(clientRoles?.map((r) => r.name).sort()).toEqual([...OCOP_ROLES].sort());
  });
});
