import { tasksPageFor } from './tasks-pages';

const PLAN = '0b1a0000-0000-4000-8000-000000002020';
const TASK = '7a5c0000-0000-4000-8000-000000000007';
const REVIEW = '5e5e0000-0000-4000-8000-000000000001';

describe('tasksPageFor', () => {
  it('shows "my unit’s tasks" at the module’s root', () => {
    expect(tasksPageFor('/')).toEqual({ page: 'mine' });
    expect(tasksPageFor('')).toEqual({ page: 'mine' });
  });

  it('finds the plan list and the new-plan form', () => {
    expect(tasksPageFor('/plans')).toEqual({ page: 'plans' });
    expect(tasksPageFor('/plans/new')).toEqual({ page: 'new-plan' });
  });

  it('finds each page of a plan by its id', () => {
    expect(tasksPageFor(`/plans/${PLAN}`)).toEqual({ page: 'plan', id: PLAN });
    expect(tasksPageFor(`/plans/${PLAN}/edit`)).toEqual({ page: 'plan-edit', id: PLAN });
    expect(tasksPageFor(`/plans/${PLAN}/timeline`)).toEqual({ page: 'plan-timeline', id: PLAN });
    expect(tasksPageFor(`/plans/${PLAN}/print`)).toEqual({ page: 'plan-print', id: PLAN });
    expect(tasksPageFor(`/plans/${PLAN}/tasks/new`)).toEqual({ page: 'new-task', id: PLAN });
    expect(tasksPageFor(`/plans/${PLAN}/reviews`)).toEqual({ page: 'reviews', id: PLAN });
    expect(tasksPageFor(`/plans/${PLAN}/reviews/new`)).toEqual({ page: 'new-review', id: PLAN });
  });

  it('finds a task, its edit form (with its plan) and a review', () => {
    expect(tasksPageFor(`/${TASK}`)).toEqual({ page: 'task', id: TASK });
    expect(tasksPageFor(`/plans/${PLAN}/tasks/${TASK}/edit`)).toEqual({
      page: 'task-edit',
      planId: PLAN,
      id: TASK,
    });
    expect(tasksPageFor(`/reviews/${REVIEW}`)).toEqual({ page: 'review', id: REVIEW });
  });

  it('ignores trailing slashes', () => {
    expect(tasksPageFor('/plans/')).toEqual({ page: 'plans' });
    expect(tasksPageFor(`/plans/${PLAN}/timeline//`)).toEqual({ page: 'plan-timeline', id: PLAN });
    expect(tasksPageFor(`/${TASK}/`)).toEqual({ page: 'task', id: TASK });
  });

  it('falls back to "my unit’s tasks" for anything it does not know', () => {
    for (const path of [
      '/plans/2020',
      `/plans/${PLAN}/gantt`,
      `/plans/${PLAN}/tasks`,
      `/plans/${PLAN}/tasks/${TASK}`,
      `/plans/${PLAN.toUpperCase()}`,
      '/reviews',
      `/reviews/${REVIEW}/edit`,
      `/${TASK}/edit`,
      '/tasks/not-a-uuid',
      `/x/${TASK}`,
    ]) {
      expect(tasksPageFor(path)).withContext(path).toEqual({ page: 'mine' });
    }
  });
});
