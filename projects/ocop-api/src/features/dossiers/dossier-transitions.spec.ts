import { randomUUID } from 'node:crypto';
import {
  checkTransition,
  DISTRICT_REGIME_1048,
  MODULE_ROLES,
  type ApiError,
  type DossierDetail,
  type Me,
  type WorkflowActor,
  type WorkflowRefusalCode,
} from '@ocop/domain';
import { startTestApp, type TestApp } from '../../testing/test-app';
import type { DemoUser } from '../../testing/tokens';
import {
  HUU_LE_LIQUOR,
  insertDossier,
  STAR_ANISE_OIL,
  type FixtureProduct,
} from './testing/dossier-fixtures';

/**
 * Every action × every state it leaves from × every demo user × a dossier inside and outside the user's
 * units, generated from the workflow definition: a new action or state is tested without a line added
 * here. The expected answer is the domain engine's (with every guard satisfied, so only role, scope and
 * state decide), except where the caller cannot see the dossier at all (404) or has no role of the
 * module (403 FORBIDDEN).
 */

const USERS: DemoUser[] = [
  'admin.tinh',
  'so.nongnghiep',
  'vq.nongnghiep',
  'vq.yte',
  'xa.huule',
  'xa.vanquan',
  'hoidong.1',
  'khach',
  'cl.nongnghiep',
];
const DOSSIERS: { label: string; product: FixtureProduct }[] = [
  { label: 'Hữu Lễ (06322)', product: HUU_LE_LIQUOR },
  { label: 'Thị trấn Văn Quan (06253)', product: STAR_ANISE_OIL },
];
const REFUSAL_STATUS: Record<WorkflowRefusalCode, number> = {
  UNKNOWN_ACTION: 400,
  ROLE_NOT_ALLOWED: 403,
  OUT_OF_SCOPE: 403,
  NOT_ALLOWED_IN_STATE: 409,
  GUARD_FAILED: 400,
};
const TODAY = new Date().toISOString().slice(0, 10);
const IN_A_MONTH = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);

/** The test's own reading of brief §2, independent of the API's scope.ts: who sees a commune's dossiers. */
function canRead(me: WorkflowActor, communeCode: string): boolean {
  const roles = me.roles.filter((r) => MODULE_ROLES.dossier.includes(r));
  if (roles.includes('province-officer')) return true;
  if (roles.includes('commune-officer') && me.communeCode === communeCode) return true;
  const districtWide = roles.some((r) =>
    ['district-officer', 'department-officer', 'council-member'].includes(r),
  );
  return districtWide && me.districtCode === '184';
}

/** The actor as the API's /api/me describes it (from the token), in the engine's terms. */
function actorOf(me: Me): WorkflowActor {
  return { roles: me.roles, communeCode: me.commune?.code ?? null, districtCode: me.district?.code ?? null };
}

describe('dossier workflow over the API, generated from the definition', () => {
  let t: TestApp;
  const me = new Map<DemoUser, WorkflowActor>();

  beforeAll(async () => {
    t = await startTestApp();
    for (const user of USERS) {
      const res = await t.inject(user, '/api/me');
      // /api/me answers any valid token; a refusal would leave the user with no roles, as good as 'khach'.
      me.set(
        user,
        res.statusCode === 200
          ? actorOf(res.json<Me>())
          : { roles: [], communeCode: null, districtCode: null },
      );
    }
  });

  afterAll(async () => {
    await t.close();
  });

  // Actions performedBy an evaluation step are refused by this route (evaluation-api.spec.ts tests them).
  const buttonActions = DISTRICT_REGIME_1048.actions.filter((a) => a.performedBy === undefined);

  it('covers every action of the definition that a dossier button takes', () => {
    expect(buttonActions.map((a) => a.id).sort()).toEqual(
      ['accept', 'resubmit', 'return', 'submit', 'withdraw'].sort(),
    );
  });

  for (const action of buttonActions) {
    for (const from of action.from) {
      for (const user of USERS) {
        for (const { label, product } of DOSSIERS) {
          it(`${action.id} from ${from} by ${user} on a dossier of ${label}`, async () => {
            const principal = me.get(user);
            if (principal === undefined) throw new Error(`no principal for ${user}`);
            const id = await insertDossier(t.db, { product, state: from, complete: true });
            const returnedItems = [
              { itemId: 'phuong-an-kinh-doanh', reason: 'Thiếu số liệu doanh thu 2019' },
            ];
            const res = await t.inject(user, {
              method: 'POST',
              url: `/api/dossiers/${id}/actions/${action.id}`,
              payload: { version: 1, requestId: randomUUID(), deadline: IN_A_MONTH, returnedItems },
            });

            const dossier = { state: from, communeCode: product.communeCode, districtCode: '184' };
            const expected = checkTransition(
              DISTRICT_REGIME_1048,
              dossier,
              principal,
              action.id,
              { 'mandatory-items-present': true, 'reason-per-returned-item': true },
              { today: TODAY, givenDeadline: IN_A_MONTH },
            );
            const hasModuleRole = principal.roles.some((r) => MODULE_ROLES.dossier.includes(r));
            if (!hasModuleRole) {
              expect(res.statusCode).toBe(403);
              expect(res.json<ApiError>().code).toBe('FORBIDDEN');
            } else if (!canRead(principal, product.communeCode)) {
              expect(res.statusCode).toBe(404);
            } else if (expected.ok) {
              expect(res.statusCode).withContext(res.body).toBe(200);
              expect(res.json<DossierDetail>().state).toBe(action.to);
              expect(res.json<DossierDetail>().version).toBe(2);
            } else {
              expect(res.statusCode).withContext(res.body).toBe(REFUSAL_STATUS[expected.code]);
              expect(res.json<ApiError>().code).toBe(expected.code);
            }
            // Whatever the answer, a refusal changed nothing and a success exactly one thing.
            const [row] = await t.db.query<{ state: string; version: number }>(
              'select state, version from dossiers where id = $1',
              [id],
            );
            const allowed = hasModuleRole && canRead(principal, product.communeCode) && expected.ok;
            expect(row).toEqual(allowed ? { state: action.to, version: 2 } : { state: from, version: 1 });
            const [audit] = await t.db.query<{ n: number }>(
              `select count(*)::int as n from audit_log where entity_type = 'dossier' and entity_id = $1`,
              [id],
            );
            expect(audit?.n).toBe(allowed ? 1 : 0);
          });
        }
      }
    }
  }
});
