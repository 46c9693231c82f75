import { TASK_STATUSES, type TaskStatus } from './task';
import type { TaskUnit } from './task-units';
import {
  availableTaskActions,
  checkTaskAction,
  TASK_ACTIONS,
  TASK_WORKFLOW,
  taskRelations,
  type TaskActionId,
  type TaskActor,
  type TaskRelation,
  type WorkflowTask,
} from './task-workflow';

/**
 * Every action × every status × six actors × with and without a report waiting, against an expectation
 * written from the issue text independently of TASK_WORKFLOW: a slip in the data or in the engine shows up as a
 * disagreement here.
 */

interface Expected {
  from: TaskStatus[];
  by: TaskRelation[];
  /** null: no guard; true: needs a pending report; false: needs none. */
  pending: boolean | null;
  reason: boolean;
}

const OPEN: TaskStatus[] = ['assigned', 'in_progress', 'reported_done', 'returned'];

const EXPECTED: Record<TaskActionId, Expected> = {
  start: { from: ['assigned'], by: ['lead', 'standing'], pending: null, reason: false },
  report: {
    from: ['assigned', 'in_progress', 'returned'],
    by: ['lead', 'standing'],
    pending: false,
    reason: false,
  },
  accept: { from: ['in_progress', 'reported_done'], by: ['standing'], pending: true, reason: false },
  return: { from: ['in_progress', 'reported_done'], by: ['standing'], pending: true, reason: true },
  cancel: { from: OPEN, by: ['standing'], pending: null, reason: true },
  reopen: { from: ['accepted', 'cancelled'], by: ['standing'], pending: null, reason: true },
  comment: {
    from: [...OPEN, 'accepted'],
    by: ['lead', 'standing', 'cooperating'],
    pending: null,
    reason: false,
  },
};

const PRODUCER_ID = '7b0e7d3c-2f4a-4c1e-9a55-1f2d3c4b5a69';

function unit(kind: TaskUnit['kind'], code: string, communeCode: string | null = null): TaskUnit {
  return { kind, code, name: `${kind} ${code}`, communeCode };
}

function actor(roles: TaskActor['roles'], claims: Partial<Omit<TaskActor, 'roles'>> = {}): TaskActor {
  return { roles, districtCode: null, communeCode: null, departmentCode: null, ...claims };
}

// Văn Quan (184): the standing unit's officer carries NNPTNT as department (keycloak/realm.mjs).
const ACTORS = {
  standing: actor(['district-officer'], { districtCode: '184', departmentCode: 'NNPTNT' }),
  leadDepartment: actor(['department-officer'], { districtCode: '184', departmentCode: 'TTYT' }),
  cooperatingCommune: actor(['commune-officer'], { districtCode: '184', communeCode: '06322' }),
  producersCommune: actor(['commune-officer'], { districtCode: '184', communeCode: '06253' }),
  province: actor(['province-officer']),
  otherDepartment: actor(['department-officer'], { districtCode: '184', departmentCode: 'KTHT' }),
} satisfies Record<string, TaskActor>;
type ActorName = keyof typeof ACTORS;

// Led by Trung tâm Y tế, with Xã Hữu Lễ and a producer of Thị trấn Văn Quan cooperating.
const TASK: Omit<WorkflowTask, 'status' | 'pendingReview'> = {
  planUnitCode: '184',
  lead: unit('department', 'TTYT'),
  cooperating: [unit('commune', '06322'), unit('producer', PRODUCER_ID, '06253')],
};

const RELATIONS: Record<ActorName, TaskRelation[]> = {
  standing: ['standing'],
  leadDepartment: ['lead'],
  cooperatingCommune: ['cooperating'],
  producersCommune: ['cooperating'],
  province: [],
  otherDepartment: [],
};

type Outcome = 'ok' | 'FORBIDDEN' | 'INVALID_STATE' | 'PENDING_REPORT' | 'NO_PENDING_REPORT';

function expectedOutcome(
  action: TaskActionId,
  relations: TaskRelation[],
  status: TaskStatus,
  pending: boolean,
): Outcome {
  const rule = EXPECTED[action];
  if (!rule.by.some((r) => relations.includes(r))) return 'FORBIDDEN';
  if (!rule.from.includes(status)) return 'INVALID_STATE';
  if (rule.pending === false && pending) return 'PENDING_REPORT';
  if (rule.pending === true && !pending) return 'NO_PENDING_REPORT';
  return 'ok';
}

describe('task workflow', () => {
  it('defines exactly the actions of the issue, once each, in TASK_ACTIONS order', () => {
    expect(TASK_WORKFLOW.map((a) => a.id)).toEqual([...TASK_ACTIONS]);
    expect(Object.keys(EXPECTED).sort()).toEqual([...TASK_ACTIONS].sort());
  });

  it('asks a reason exactly for return, cancel and reopen', () => {
    for (const action of TASK_WORKFLOW) {
      expect(action.needsReason).withContext(action.id).toBe(EXPECTED[action.id].reason);
    }
  });

  describe('relations', () => {
    for (const [name, expected] of Object.entries(RELATIONS) as [ActorName, TaskRelation[]][]) {
      it(`gives ${name} ${expected.length === 0 ? 'no relation' : expected.join(', ')}`, () => {
        expect(taskRelations(ACTORS[name], TASK)).toEqual(expected);
      });
    }

    it('makes the standing officer lead as well when its own department leads', () => {
      const task = { ...TASK, lead: unit('department', 'NNPTNT') };
      expect(taskRelations(ACTORS.standing, task)).toEqual(['lead', 'standing']);
    });

    it('gives a district officer of another district nothing, even with the lead department code', () => {
      const caoLoc = actor(['district-officer'], { districtCode: '183', departmentCode: 'NNPTNT' });
      expect(taskRelations(caoLoc, { ...TASK, lead: unit('department', 'NNPTNT') })).toEqual([]);
    });

    it('gives the same department of another district nothing', () => {
      const otherTtyt = actor(['department-officer'], { districtCode: '183', departmentCode: 'TTYT' });
      expect(taskRelations(otherTtyt, TASK)).toEqual([]);
    });

    it('makes a commune office lead for its commune and for a producer registered in it', () => {
      const huuLe = { ...TASK, lead: unit('commune', '06322'), cooperating: [] };
      expect(taskRelations(ACTORS.cooperatingCommune, huuLe)).toEqual(['lead']);
      const producer = { ...TASK, lead: unit('producer', PRODUCER_ID, '06253'), cooperating: [] };
      expect(taskRelations(ACTORS.producersCommune, producer)).toEqual(['lead']);
      expect(taskRelations(ACTORS.cooperatingCommune, producer)).toEqual([]);
    });

    it('gives nobody a producer whose commune is unknown', () => {
      const producer = { ...TASK, lead: unit('producer', PRODUCER_ID, null), cooperating: [] };
      expect(taskRelations(ACTORS.producersCommune, producer)).toEqual([]);
    });

    it('makes a department cooperating when it is among the cooperating units', () => {
      const task = { ...TASK, cooperating: [unit('department', 'KTHT')] };
      expect(taskRelations(ACTORS.otherDepartment, task)).toEqual(['cooperating']);
    });

    it('does not take a commune officer for a department, nor a department officer for a commune', () => {
      const commune = actor(['commune-officer'], {
        districtCode: '184',
        communeCode: '06322',
        departmentCode: 'TTYT',
      });
      expect(taskRelations(commune, { ...TASK, cooperating: [] })).toEqual([]);
      const department = actor(['department-officer'], { districtCode: '184', communeCode: '06322' });
      expect(taskRelations(department, { ...TASK, lead: unit('commune', '06322'), cooperating: [] })).toEqual(
        [],
      );
    });

    it('gives a province officer nothing, and unions the relations of several roles', () => {
      expect(taskRelations(ACTORS.province, { ...TASK, lead: unit('department', 'NNPTNT') })).toEqual([]);
      const both = actor(['province-officer', 'district-officer', 'commune-officer'], {
        districtCode: '184',
        communeCode: '06322',
        departmentCode: 'TTYT',
      });
      expect(taskRelations(both, TASK)).toEqual(['lead', 'standing', 'cooperating']);
    });
  });

  describe('truth table', () => {
    for (const action of TASK_ACTIONS) {
      for (const status of TASK_STATUSES) {
        for (const pending of [false, true]) {
          for (const name of Object.keys(ACTORS) as ActorName[]) {
            const expected = expectedOutcome(action, RELATIONS[name], status, pending);
            it(`${action} on ${status}${pending ? ' (report pending)' : ''} by ${name}: ${expected}`, () => {
              const task: WorkflowTask = { ...TASK, status, pendingReview: pending };
              const check = checkTaskAction(ACTORS[name], task, action, {
                reason: 'Lý do ghi rõ',
                percent: 50,
              });
              expect(check.ok ? 'ok' : check.code).toBe(expected);
              if (!check.ok) expect(check.message).toMatch(/\S/);
              expect(availableTaskActions(ACTORS[name], task).includes(action)).toBe(expected === 'ok');
            });
          }
        }
      }
    }
  });

  describe('target status', () => {
    const { standing, leadDepartment } = ACTORS;
    const at = (status: TaskStatus, pendingReview = false): WorkflowTask => ({
      ...TASK,
      status,
      pendingReview,
    });

    it('starts an assigned task', () => {
      expect(checkTaskAction(leadDepartment, at('assigned'), 'start', {})).toEqual({
        ok: true,
        to: 'in_progress',
      });
    });

    it('reports below 100 % into progress and 100 % into reported done', () => {
      expect(checkTaskAction(leadDepartment, at('assigned'), 'report', { percent: 0 })).toEqual({
        ok: true,
        to: 'in_progress',
      });
      expect(checkTaskAction(leadDepartment, at('returned'), 'report', { percent: 99 })).toEqual({
        ok: true,
        to: 'in_progress',
      });
      expect(checkTaskAction(standing, at('in_progress'), 'report', { percent: 100 })).toEqual({
        ok: true,
        to: 'reported_done',
      });
    });

    it('accepts a 100 % report into accepted and a partial one into progress', () => {
      expect(checkTaskAction(standing, at('reported_done', true), 'accept', { percent: 100 })).toEqual({
        ok: true,
        to: 'accepted',
      });
      expect(checkTaskAction(standing, at('in_progress', true), 'accept', { percent: 60 })).toEqual({
        ok: true,
        to: 'in_progress',
      });
    });

    it('returns, cancels and reopens with a reason', () => {
      const reason = { reason: 'Thiếu minh chứng' };
      expect(checkTaskAction(standing, at('reported_done', true), 'return', reason)).toEqual({
        ok: true,
        to: 'returned',
      });
      expect(checkTaskAction(standing, at('returned'), 'cancel', reason)).toEqual({
        ok: true,
        to: 'cancelled',
      });
      expect(checkTaskAction(standing, at('cancelled'), 'reopen', reason)).toEqual({
        ok: true,
        to: 'in_progress',
      });
      expect(checkTaskAction(standing, at('accepted'), 'reopen', reason)).toEqual({
        ok: true,
        to: 'in_progress',
      });
    });

    it('leaves the status as it is on a comment', () => {
      for (const status of ['assigned', 'reported_done', 'accepted'] as const) {
        expect(checkTaskAction(ACTORS.cooperatingCommune, at(status), 'comment', {})).toEqual({
          ok: true,
          to: status,
        });
      }
    });
  });

  describe('refusals', () => {
    const at = (status: TaskStatus, pendingReview = false): WorkflowTask => ({
      ...TASK,
      status,
      pendingReview,
    });

    it('FORBIDDEN names who may act, and comes before the state check', () => {
      const check = checkTaskAction(ACTORS.province, at('cancelled'), 'reopen', { reason: 'x' });
      expect(check).toEqual({
        ok: false,
        code: 'FORBIDDEN',
        message: 'Chỉ đơn vị thường trực của nhiệm vụ mới được mở lại nhiệm vụ.',
      });
      const report = checkTaskAction(ACTORS.cooperatingCommune, at('assigned'), 'report', { percent: 10 });
      expect(report.ok ? null : report.message).toBe(
        'Chỉ đơn vị chủ trì hoặc đơn vị thường trực của nhiệm vụ mới được báo cáo tiến độ.',
      );
    });

    it('INVALID_STATE names the action and the status', () => {
      expect(checkTaskAction(ACTORS.leadDepartment, at('accepted'), 'report', { percent: 10 })).toEqual({
        ok: false,
        code: 'INVALID_STATE',
        message: 'Không thể báo cáo tiến độ khi nhiệm vụ đã nghiệm thu.',
      });
      const cancelled = checkTaskAction(ACTORS.standing, at('cancelled'), 'comment', {});
      expect(cancelled.ok ? null : cancelled.code).toBe('INVALID_STATE');
    });

    it('PENDING_REPORT: a second report waits until the first is reviewed', () => {
      expect(
        checkTaskAction(ACTORS.leadDepartment, at('in_progress', true), 'report', { percent: 80 }),
      ).toEqual({
        ok: false,
        code: 'PENDING_REPORT',
        message: 'Báo cáo trước đang chờ đơn vị thường trực xem xét.',
      });
    });

    it('NO_PENDING_REPORT: nothing to accept or return', () => {
      for (const action of ['accept', 'return'] as const) {
        const check = checkTaskAction(ACTORS.standing, at('in_progress'), action, {
          reason: 'x',
          percent: 50,
        });
        expect(check.ok ? null : check.code)
          .withContext(action)
          .toBe('NO_PENDING_REPORT');
        expect(check.ok ? '' : check.message).toContain('chờ xem xét');
      }
    });

    it('REASON_REQUIRED for a missing, null or blank reason', () => {
      for (const reason of [undefined, null, '', '   \n ']) {
        const check = checkTaskAction(ACTORS.standing, at('reported_done', true), 'return', {
          reason,
          percent: 100,
        });
        expect(check.ok ? null : check.code)
          .withContext(String(reason))
          .toBe('REASON_REQUIRED');
        expect(check.ok ? '' : check.message).toBe('Cần ghi lý do để trả lại báo cáo.');
      }
      const cancel = checkTaskAction(ACTORS.standing, at('assigned'), 'cancel', {});
      expect(cancel.ok ? null : cancel.code).toBe('REASON_REQUIRED');
    });

    it('does not ask a reason where none is needed', () => {
      expect(checkTaskAction(ACTORS.standing, at('assigned'), 'start', { reason: null }).ok).toBeTrue();
    });
  });

  describe('available actions', () => {
    it('lists the buttons in workflow order, reason-needing ones included', () => {
      const task: WorkflowTask = { ...TASK, status: 'reported_done', pendingReview: true };
      expect(availableTaskActions(ACTORS.standing, task)).toEqual(['accept', 'return', 'cancel', 'comment']);
      expect(availableTaskActions(ACTORS.leadDepartment, task)).toEqual(['comment']);
      expect(availableTaskActions(ACTORS.province, task)).toEqual([]);
    });

    it('lets the lead unit start, report and comment on a new task', () => {
      const task: WorkflowTask = { ...TASK, status: 'assigned', pendingReview: false };
      expect(availableTaskActions(ACTORS.leadDepartment, task)).toEqual(['start', 'report', 'comment']);
      expect(availableTaskActions(ACTORS.cooperatingCommune, task)).toEqual(['comment']);
    });
  });
});
