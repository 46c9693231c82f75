import { provideTestElement } from '@ocop/common/testing';
import { TaskUnit } from '@ocop/domain';
import {
  HUU_LE,
  NNPTNT,
  plan,
  PLAN_ID,
  TARGET_ID,
  task,
  TASK_ID,
  TTYT,
} from '../task-detail/testing/task-fixtures';
import { specAuth } from '../task-detail/testing/task-page-harness';
import { FormSpecPage } from '../../testing/form-spec-page';
import { TaskForm, taskFormDraftKey } from './task-form';

const USER = 'spec-task-form';
const NEW_TASK_ID = '0c0b2020-0000-4000-8000-0000000000c9';
const THI_TRAN: TaskUnit = { kind: 'commune', code: '06253', name: 'Thị trấn Văn Quan', communeCode: null };
const PRODUCER: TaskUnit = {
  kind: 'producer',
  code: '0c0b2020-0000-4000-8000-00000000aaaa',
  name: 'HTX Nông nghiệp Hữu Lễ',
  communeCode: '06322',
};
const UNITS = [NNPTNT, TTYT, HUU_LE, THI_TRAN, PRODUCER];

describe('TaskForm', () => {
  const page = new FormSpecPage<TaskForm>(() => provideTestElement({ auth: specAuth(USER) }));
  const { settle, $, type, click } = page;

  beforeEach(() => page.setUp());
  afterEach(() => page.tearDown());

  /** Opens the form (new, or editing `taskId`) and answers what it loads. */
  async function open(taskId: string | null = null, edited = task()): Promise<void> {
    await page.create(TaskForm, { planId: PLAN_ID, taskId });
    page.http.expectOne(`/api/tasks/plans/${PLAN_ID}`).flush(plan());
    page.http.expectOne(`/api/tasks/plans/${PLAN_ID}/units`).flush(UNITS);
    if (taskId) page.http.expectOne(`/api/tasks/tasks/${taskId}`).flush(edited);
    await settle();
    page.http.expectOne((r) => r.url === '/api/products').flush({ items: [], total: 0 });
    page.http
      .expectOne((r) => r.url === '/api/dossiers' && r.params.get('roundYear') === '2020')
      .flush({ items: [], total: 0 });
    await settle();
  }

  const errors = (): string[] =>
    Array.from(page.el.querySelectorAll('.error')).map((e) => e.textContent!.trim());

  async function submit(): Promise<void> {
    await click('button.save');
  }

  const leadOptions = (): string[] =>
    Array.from($<HTMLSelectElement>('#tf-lead').options).map((o) => o.textContent!.trim());

  it('offers the plan’s sections, and its units grouped by kind with a diacritic-free filter', async () => {
    await open();

    expect(Array.from($<HTMLSelectElement>('#tf-section').options).map((o) => o.value)).toEqual([
      '',
      'III.3',
      'III.7',
    ]);
    expect(
      Array.from(page.el.querySelectorAll('#tf-lead optgroup')).map((g) => g.getAttribute('label')),
    ).toEqual(['Phòng, ban, đơn vị', 'UBND xã, thị trấn', 'Chủ thể sản xuất']);
    await type('#tf-lead-filter', 'huu le');
    expect(leadOptions()).toEqual(['Xã Hữu Lễ', 'HTX Nông nghiệp Hữu Lễ']);
    await type('#tf-lead-filter', 'TRUNG TAM Y');
    expect(leadOptions()).toEqual(['Trung tâm Y tế huyện']);
  });

  it('checks the task with the domain before sending, naming each field', async () => {
    await open();
    await type('#tf-section', '', 'change');

    await submit();

    expect(errors()).toContain('Mục của kế hoạch không được để trống');
    expect(errors()).toContain('Tên nhiệm vụ không được để trống');
    expect(errors()).toContain('Chưa chọn đơn vị chủ trì');
    expect($('#tf-title').getAttribute('aria-invalid')).toBe('true');
    page.http.expectNone(`/api/tasks/plans/${PLAN_ID}/tasks`);
  });

  it('refuses a due date outside the plan’s year', async () => {
    await open();
    await type('#tf-title', 'Kiểm tra cơ sở');
    await type('#tf-lead', 'department:TTYT', 'change');
    await click('input[name="dueKind"][value="date"]');
    await type('#tf-due-date', '2021-03-31', 'change');

    await submit();

    expect(errors()).toEqual(['Hạn hoàn thành phải thuộc năm 2020 của kế hoạch']);
    page.http.expectNone(`/api/tasks/plans/${PLAN_ID}/tasks`);
  });

  it('creates a task with its units, due quarter, priority and target, then opens it', async () => {
    await open();
    await type('#tf-section', 'III.7', 'change');
    await type('#tf-title', '  Kiểm tra chất lượng dược liệu ');
    await type('#tf-description', 'Tại các cơ sở sơ chế');
    await type('#tf-lead', 'department:TTYT', 'change');
    await click('input[data-unit="commune:06322"]');
    await click(`input[data-unit="producer:${PRODUCER.code}"]`);
    expect($('.chosen-units').textContent!.trim()).toBe('Đã chọn: Xã Hữu Lễ, HTX Nông nghiệp Hữu Lễ');
    // The lead unit is not offered as a cooperating one.
    expect(page.el.querySelector('input[data-unit="department:TTYT"]')).toBeNull();
    await click('input[name="dueKind"][value="quarter"]');
    await type('#tf-due-quarter', '2020-Q3', 'change');
    await type('#tf-priority', 'high', 'change');
    await type('#tf-target', TARGET_ID, 'change');

    await submit();

    const req = page.http.expectOne(`/api/tasks/plans/${PLAN_ID}/tasks`);
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({
      sectionCode: 'III.7',
      title: 'Kiểm tra chất lượng dược liệu',
      description: 'Tại các cơ sở sơ chế',
      lead: { kind: 'department', code: 'TTYT' },
      cooperating: [
        { kind: 'commune', code: '06322' },
        { kind: 'producer', code: PRODUCER.code },
      ],
      dueDate: null,
      dueQuarter: '2020-Q3',
      recurrence: 'once',
      priority: 'high',
      targetId: TARGET_ID,
      productId: null,
      dossierId: null,
    });
    req.flush(task({ id: NEW_TASK_ID }), { status: 201, statusText: 'Created' });
    await settle();
    expect(location.pathname).toBe(`/ocop/tasks/${NEW_TASK_ID}`);
    expect(localStorage.getItem(`ocop-draft:${USER}:${taskFormDraftKey(PLAN_ID, null)}`)).toBeNull();
  });

  it('creates a quarterly series without a deadline of its own', async () => {
    await open();
    await type('#tf-section', 'III.3', 'change');
    await type('#tf-title', 'Báo cáo kết quả thực hiện Chương trình OCOP');
    await type('#tf-lead', 'department:NNPTNT', 'change');
    await click('input[name="dueKind"][value="date"]');
    await type('#tf-due-date', '2020-06-30', 'change');
    await click('input[name="recurrence"][value="quarterly"]');

    expect(page.el.querySelector('fieldset.due')).toBeNull();
    await submit();

    const req = page.http.expectOne(`/api/tasks/plans/${PLAN_ID}/tasks`);
    expect(req.request.body).toEqual(
      jasmine.objectContaining({ recurrence: 'quarterly', dueDate: null, dueQuarter: null }),
    );
    req.flush(task({ id: NEW_TASK_ID, status: null, recurrence: 'quarterly' }));
    await settle();
  });

  it('shows the API’s field errors next to their fields', async () => {
    await open();
    await type('#tf-section', 'III.7', 'change');
    await type('#tf-title', 'Kiểm tra');
    await type('#tf-lead', 'commune:06322', 'change');
    await submit();

    page.http.expectOne(`/api/tasks/plans/${PLAN_ID}/tasks`).flush(
      {
        code: 'VALIDATION_FAILED',
        message: 'Dữ liệu không hợp lệ',
        details: [{ field: 'lead', code: 'not_found', message: 'Xã này không thuộc huyện của kế hoạch' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();

    expect($('#tf-lead-error').textContent!.trim()).toBe('Xã này không thuộc huyện của kế hoạch');
    expect(location.pathname).not.toContain(NEW_TASK_ID);
  });

  it('edits a task as the server has it, recurrence fixed, and sends the version it was based on', async () => {
    await open(TASK_ID);

    expect($<HTMLInputElement>('#tf-title').value).toBe('Hướng dẫn, kiểm tra chất lượng sản phẩm dược liệu');
    expect($<HTMLSelectElement>('#tf-lead').value).toBe('department:TTYT');
    expect($<HTMLInputElement>('input[data-unit="commune:06322"]').checked).toBeTrue();
    expect($<HTMLSelectElement>('#tf-due-quarter').value).toBe('2020-Q3');
    expect(page.el.querySelector('input[name="recurrence"]')).toBeNull();
    expect($('.recurrence-fixed').textContent).toContain('Một lần');
    expect($('h2').textContent!.trim()).toBe('Sửa nhiệm vụ');
    await type('#tf-title', 'Hướng dẫn chất lượng dược liệu');

    await submit();

    const req = page.http.expectOne(`/api/tasks/tasks/${TASK_ID}`);
    expect(req.request.method).toBe('PUT');
    expect(req.request.body).toEqual(
      jasmine.objectContaining({
        version: 4,
        title: 'Hướng dẫn chất lượng dược liệu',
        dueQuarter: '2020-Q3',
        dossierId: '0c0b2020-0000-4000-8000-0000000000d1',
      }),
    );
    expect((req.request.body as Record<string, unknown>)['recurrence']).toBeUndefined();
    req.flush(task({ title: 'Hướng dẫn chất lượng dược liệu', version: 5 }));
    await settle();
    expect(location.pathname).toBe(`/ocop/tasks/${TASK_ID}`);
  });

  it('on 409 reloads the task and re-applies the user’s values on the new version', async () => {
    await open(TASK_ID);
    await type('#tf-title', 'Tên mới của tôi');
    await submit();
    page.http.expectOne(`/api/tasks/tasks/${TASK_ID}`).flush(
      {
        code: 'STALE_VERSION',
        message: 'Nhiệm vụ đã được người khác cập nhật',
        details: { currentVersion: 6 },
      },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();
    expect($('.conflict').textContent).toContain('Nhiệm vụ đã được người khác cập nhật');

    await click('button.reapply');
    const reload = page.http.expectOne((r) => r.method === 'GET' && r.url === `/api/tasks/tasks/${TASK_ID}`);
    reload.flush(task({ version: 6, priority: 'high' }));
    await settle();

    const retry = page.http.expectOne((r) => r.method === 'PUT' && r.url === `/api/tasks/tasks/${TASK_ID}`);
    expect(retry.request.body).toEqual(jasmine.objectContaining({ version: 6, title: 'Tên mới của tôi' }));
    retry.flush(task({ version: 7 }));
    await settle();
  });

  it('on 409 can drop the user’s values for the task as it is now', async () => {
    await open(TASK_ID);
    await type('#tf-title', 'Tên mới của tôi');
    await submit();
    page.http
      .expectOne(`/api/tasks/tasks/${TASK_ID}`)
      .flush({ code: 'STALE_VERSION', message: 'Cũ' }, { status: 409, statusText: 'Conflict' });
    await settle();

    await click('button.discard');
    page.http
      .expectOne(`/api/tasks/tasks/${TASK_ID}`)
      .flush(task({ version: 6, title: 'Tên do người khác sửa' }));
    await settle();

    expect($<HTMLInputElement>('#tf-title').value).toBe('Tên do người khác sửa');
    expect(page.el.querySelector('.conflict')).toBeNull();
  });

  it('keeps what was typed as a draft and offers it back', async () => {
    await open();
    await type('#tf-title', 'Nhiệm vụ đang soạn');
    page.fixture!.destroy();

    await open();
    expect($<HTMLInputElement>('#tf-title').value).toBe('');
    expect($('.draft').textContent).toContain('Bạn có một bản nháp chưa lưu');
    await click('.draft button.primary');

    expect($<HTMLInputElement>('#tf-title').value).toBe('Nhiệm vụ đang soạn');
  });
});
