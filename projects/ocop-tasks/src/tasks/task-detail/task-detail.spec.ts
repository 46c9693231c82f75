import { TestBed } from '@angular/core/testing';
import { HttpTestingController } from '@angular/common/http/testing';
import { nextTask, provideTestElement, renderDeferred, TestHost } from '@ocop/common/testing';
import { TasksPages } from '../../pages/tasks-pages';
import {
  COMMUNE_OFFICER,
  DISTRICT_OFFICER,
  EVIDENCE,
  pendingTask,
  plan,
  PLAN_ID,
  PROVINCE_OFFICER,
  report,
  summary,
  task,
  TASK_ID,
  TTYT_OFFICER,
} from './testing/task-fixtures';
import { specAuth, TaskPageHarness } from './testing/task-page-harness';

const ACTIONS_URL = `/api/tasks/tasks/${TASK_ID}/actions`;
const COMMENTS_URL = `/api/tasks/tasks/${TASK_ID}/comments`;
const TASK_URL = `/api/tasks/tasks/${TASK_ID}`;

describe('TaskDetailPage', () => {
  let page: TaskPageHarness | undefined;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: provideTestElement({ auth: specAuth('spec-task') }) });
  });

  afterEach(() => {
    page?.http.verify();
    page?.destroy();
    page = undefined;
    localStorage.clear();
  });

  const dialog = (): HTMLDialogElement => page!.query<HTMLDialogElement>('dialog.action-dialog')!;
  const pendingReport = (): HTMLElement => page!.query('[data-review="pending"].report')!;

  async function confirm(): Promise<void> {
    dialog().querySelector<HTMLButtonElement>('button.confirm-action')!.click();
    await page!.settle();
  }

  it('opens from its deep link as a lazy page of the module', async () => {
    const original = location.pathname + location.search + location.hash;
    history.replaceState(history.state, '', `/ocop/tasks/${TASK_ID}`);
    const fixture = TestBed.createComponent(TasksPages);
    const http = TestBed.inject(HttpTestingController);
    try {
      fixture.detectChanges();
      await renderDeferred(fixture);
      await nextTask();
      http.expectOne('/api/me').flush(TTYT_OFFICER);
      http.expectOne(TASK_URL).flush(task());
      await fixture.whenStable();
      await nextTask();
      http.expectOne(`/api/tasks/plans/${PLAN_ID}`).flush(plan());
      await fixture.whenStable();

      const el = fixture.nativeElement as HTMLElement;
      expect(el.querySelector('ocop-task-detail h2')!.textContent!.trim()).toBe(
        'Hướng dẫn, kiểm tra chất lượng sản phẩm dược liệu',
      );
      expect(el.querySelector('ocop-task-detail ocop-report-form')).not.toBeNull();
      http.verify();
    } finally {
      fixture.destroy();
      history.replaceState(history.state, '', original);
    }
  });

  describe('what the task is', () => {
    it('shows title, section, units, due quarter, status, target and the dossier link', async () => {
      page = await TaskPageHarness.open(TTYT_OFFICER, task());

      expect(page.text('h2')).toBe('Hướng dẫn, kiểm tra chất lượng sản phẩm dược liệu');
      expect(page.text('.section')).toBe('III.7. Trung tâm Y tế huyện');
      expect(page.text('.lead')).toBe('Trung tâm Y tế huyện');
      expect(page.text('.cooperating')).toBe('Xã Hữu Lễ');
      expect(page.text('.due')).toBe('Quý III/2020');
      expect(page.text('.status')).toBe('Đang thực hiện');
      expect(page.text('.priority')).toBe('Bình thường');
      expect(page.text('.target')).toBe('MT2: Hoàn thiện hồ sơ sản phẩm mới');
      expect(page.text('.reported')).toMatch(/^20\s?%$/);
      const dossier = page.query<HTMLAnchorElement>('.dossier a')!;
      expect(dossier.getAttribute('href')).toBe('/ocop/dossiers/0c0b2020-0000-4000-8000-0000000000d1');
      expect(dossier.textContent!.trim()).toBe('Hồ sơ đánh giá Trà hoa vàng');
      expect(page.query<HTMLAnchorElement>('a.back')!.getAttribute('href')).toBe(
        `/ocop/tasks/plans/${PLAN_ID}`,
      );
    });

    it('writes a due day dd/MM/yyyy and flags an overdue task', async () => {
      page = await TaskPageHarness.open(
        TTYT_OFFICER,
        task({ dueDate: '2020-06-30', dueQuarter: null, due: '2020-06-30', deadlineFlag: 'overdue' }),
      );

      expect(page.text('.due')).toBe('30/06/2020');
      expect(page.text('.flag')).toBe('Quá hạn');
    });

    it('says a task outside the user’s units is not found, like a missing one', async () => {
      page = await TaskPageHarness.create(TASK_ID);
      page.expect('GET', '/api/me').flush(COMMUNE_OFFICER);
      page.expect('GET', TASK_URL).flush(
        {
          code: 'TASK_NOT_FOUND',
          message: 'Không tìm thấy nhiệm vụ, hoặc nhiệm vụ không thuộc đơn vị của bạn.',
        },
        { status: 404, statusText: 'Not Found' },
      );
      await page.settle();

      expect(page.text('ocop-status-panel')).toContain(
        'Không tìm thấy nhiệm vụ, hoặc nhiệm vụ không thuộc đơn vị của bạn.',
      );
      expect(page.query('h2')).toBeNull();
    });

    it('lists a series’ occurrences with their own statuses instead of reports', async () => {
      const q1 = summary({ id: 'occ-1', period: '2020-Q1', status: 'accepted', acceptedPercent: 100 });
      const q2 = summary({ id: 'occ-2', period: '2020-Q2', status: 'in_progress', deadlineFlag: 'overdue' });
      page = await TaskPageHarness.open(
        DISTRICT_OFFICER,
        task({ status: null, recurrence: 'quarterly', occurrences: [q1, q2], reports: [] }),
      );

      const rows = page.all('ocop-occurrence-list tbody tr');
      expect(rows.map((r) => r.querySelector('th')!.textContent!.trim())).toEqual([
        'Quý I/2020',
        'Quý II/2020',
      ]);
      expect(rows[1].textContent).toContain('Quá hạn');
      expect(rows[0].querySelector('a')!.getAttribute('href')).toBe('/ocop/tasks/occ-1');
      expect(page.query('ocop-report-history')).toBeNull();
      expect(page.query('ocop-report-form')).toBeNull();
      expect(page.text('.status')).toBe('Nhiệm vụ định kỳ');
    });

    it('shows the timeline in the module’s words', async () => {
      page = await TaskPageHarness.open(
        TTYT_OFFICER,
        task({
          timeline: [
            {
              id: 'e1',
              at: '2020-07-10T02:00:00Z',
              actor: {
                username: 'vq.yte',
                name: 'Hoàng Thị Y',
                roles: ['department-officer'],
                districtCode: '184',
                communeCode: null,
                departmentCode: 'TTYT',
              },
              entityType: 'task',
              entityId: TASK_ID,
              action: 'task.reported',
              from: { status: 'assigned' },
              to: { status: 'in_progress', percent: 50 },
              comment: 'Đã khảo sát 3 cơ sở',
            },
          ],
        }),
      );

      const entry = page.query('ocop-task-timeline [data-entry="e1"]')!;
      expect(entry.querySelector('.what')!.textContent!.trim()).toBe('Báo cáo tiến độ');
      expect(entry.textContent).toContain('Trạng thái: Đã giao → Đang thực hiện');
      expect(entry.querySelector('.comment')!.textContent!.trim()).toBe('Đã khảo sát 3 cơ sở');
    });

    it('renders in English when the page says so', async () => {
      TestBed.inject(TestHost).locale.set('en');
      page = await TaskPageHarness.open(TTYT_OFFICER, task());

      expect(page.text('a.back')).toBe('← Back to the plan');
      expect(page.text('.status')).toBe('In progress');
    });
  });

  describe('reports and their review', () => {
    it('lists the reports newest first with percent, who, review state, return reason and evidence', async () => {
      const returned = report({
        id: 'r-old',
        percent: 30,
        review: 'returned',
        reviewedBy: 'Nguyễn Văn Nông',
        reviewedAt: '2020-06-01T03:00:00Z',
        returnReason: 'Thiếu biên bản kiểm tra',
        attachments: [],
      });
      page = await TaskPageHarness.open(TTYT_OFFICER, pendingTask({ reports: [report(), returned] }));

      const items = page.all('ocop-report-history .report');
      expect(items.map((i) => i.getAttribute('data-report'))).toEqual([report().id, 'r-old']);
      expect(items[0].querySelector('.review')!.textContent!.trim()).toBe('Chờ xem xét');
      expect(items[0].querySelector('.files')!.textContent).toContain(EVIDENCE.fileName);
      expect(items[1].querySelector('.percent')!.textContent!.trim()).toMatch(/^30\s?%$/);
      expect(items[1].querySelector('.return-reason')!.textContent!.trim()).toBe(
        'Lý do trả lại: Thiếu biên bản kiểm tra',
      );
    });

    it('previews an evidence PDF through a blob: URL fetched with the token', async () => {
      page = await TaskPageHarness.open(TTYT_OFFICER, pendingTask());
      page.button(`Xem`, pendingReport())!.click();
      await page.settle();

      const req = page.expect('GET', `/api/tasks/report-attachments/${EVIDENCE.id}/content`);
      expect(req.request.params.get('disposition')).toBe('inline');
      expect(req.request.headers.get('Authorization')).toBe('Bearer spec-token');
      req.flush(new Blob(['%PDF-1.4'], { type: 'application/pdf' }));
      await page.settle();

      const preview = page.query<HTMLDialogElement>('dialog.preview-dialog')!;
      expect(preview.open).toBeTrue();
      expect(preview.querySelector('iframe')!.getAttribute('src')).toMatch(/^blob:/);
      page.button('Đóng', preview)!.click();
      await page.settle();
      expect(preview.open).toBeFalse();
    });

    it('gives the standing unit accept and return on the pending report; others do not get them', async () => {
      page = await TaskPageHarness.open(DISTRICT_OFFICER, pendingTask());
      expect(page.button('Chấp nhận', pendingReport())).toBeDefined();
      expect(page.button('Trả lại', pendingReport())).toBeDefined();
      page.destroy();

      for (const user of [TTYT_OFFICER, COMMUNE_OFFICER, PROVINCE_OFFICER]) {
        page = await TaskPageHarness.open(user, pendingTask());
        expect(page.button('Chấp nhận', pendingReport())).withContext(user.username).toBeUndefined();
        expect(page.button('Trả lại', pendingReport())).withContext(user.username).toBeUndefined();
        page.destroy();
      }
      page = undefined;
    });

    it('accepts the pending report after a confirmation', async () => {
      page = await TaskPageHarness.open(DISTRICT_OFFICER, pendingTask());

      page.button('Chấp nhận', pendingReport())!.click();
      await page.settle();
      expect(dialog().open).toBeTrue();
      expect(dialog().textContent).toContain('sẽ được chấp nhận làm tiến độ của nhiệm vụ');
      expect(dialog().querySelector('textarea')).toBeNull();
      page.http.expectNone(ACTIONS_URL);

      await confirm();

      const req = page.expect('POST', ACTIONS_URL);
      expect(req.request.body).toEqual({
        action: 'accept',
        version: 4,
        reason: null,
        requestId: jasmine.stringMatching(/^[0-9A-Za-z-]{8,64}$/),
      });
      req.flush(
        task({
          version: 5,
          acceptedPercent: 50,
          reportedPercent: 50,
          reports: [report({ review: 'accepted' })],
        }),
      );
      await page.settle();
      expect(dialog().open).toBeFalse();
      expect(page.text('.done')).toBe('Đã chấp nhận báo cáo.');
      expect(page.text('.accepted')).toMatch(/^50\s?%$/);
    });

    it('returns the pending report only with a reason', async () => {
      page = await TaskPageHarness.open(DISTRICT_OFFICER, pendingTask());
      page.button('Trả lại', pendingReport())!.click();
      await page.settle();

      await confirm();

      expect(dialog().querySelector('#action-reason-error')!.textContent!.trim()).toBe('Nhập lý do.');
      expect(dialog().querySelector('#action-reason')!.getAttribute('aria-invalid')).toBe('true');
      page.http.expectNone(ACTIONS_URL);

      await page.type(
        dialog().querySelector<HTMLTextAreaElement>('#action-reason')!,
        ' Thiếu ảnh hiện trường ',
      );
      await confirm();

      const req = page.expect('POST', ACTIONS_URL);
      expect(req.request.body).toEqual(
        jasmine.objectContaining({ action: 'return', version: 4, reason: 'Thiếu ảnh hiện trường' }),
      );
      req.flush(
        task({
          version: 5,
          status: 'returned',
          returnReason: 'Thiếu ảnh hiện trường',
          reports: [report({ review: 'returned', returnReason: 'Thiếu ảnh hiện trường' })],
        }),
      );
      await page.settle();
      expect(page.text('.return-reason')).toBe('Báo cáo bị trả lại: Thiếu ảnh hiện trường');
      expect(page.text('.done')).toBe('Đã trả lại báo cáo cho đơn vị.');
    });

    it('keeps a typed reason as a draft when the dialog is closed', async () => {
      page = await TaskPageHarness.open(DISTRICT_OFFICER, pendingTask());
      page.button('Trả lại', pendingReport())!.click();
      await page.settle();
      await page.type(dialog().querySelector<HTMLTextAreaElement>('#action-reason')!, 'Thiếu ảnh');
      page.button('Hủy', dialog())!.click();
      await page.settle();
      expect(dialog().open).toBeFalse();

      page.button('Trả lại', pendingReport())!.click();
      await page.settle();

      expect(dialog().querySelector<HTMLTextAreaElement>('#action-reason')!.value).toBe('Thiếu ảnh');
    });

    it('on 409 reloads the task and re-applies the action on the new version with the same request id', async () => {
      page = await TaskPageHarness.open(DISTRICT_OFFICER, pendingTask());
      page.button('Chấp nhận', pendingReport())!.click();
      await page.settle();
      await confirm();
      const first = page.expect('POST', ACTIONS_URL);
      const requestId = (first.request.body as { requestId: string }).requestId;
      first.flush(
        {
          code: 'STALE_VERSION',
          message: 'Nhiệm vụ đã được người khác cập nhật',
          details: { currentVersion: 6 },
        },
        { status: 409, statusText: 'Conflict' },
      );
      await page.settle();

      expect(dialog().querySelector('.conflict')!.textContent).toContain(
        'Nhiệm vụ đã được người khác cập nhật',
      );
      dialog().querySelector<HTMLButtonElement>('button.reapply')!.click();
      await page.settle();
      page.expect('GET', TASK_URL).flush(pendingTask({ version: 6 }));
      await page.settle();

      const retry = page.expect('POST', ACTIONS_URL);
      expect(retry.request.body).toEqual(
        jasmine.objectContaining({ action: 'accept', version: 6, requestId }),
      );
      retry.flush(task({ version: 7 }));
      await page.settle();
      expect(page.query('.conflict')).toBeNull();
      expect(dialog().open).toBeFalse();
    });

    it('on 409 can drop the change and show the task as it is now', async () => {
      page = await TaskPageHarness.open(DISTRICT_OFFICER, pendingTask());
      page.button('Chấp nhận', pendingReport())!.click();
      await page.settle();
      await confirm();
      page
        .expect('POST', ACTIONS_URL)
        .flush({ code: 'STALE_VERSION', message: 'Cũ' }, { status: 409, statusText: 'Conflict' });
      await page.settle();

      dialog().querySelector<HTMLButtonElement>('button.discard')!.click();
      await page.settle();
      page.expect('GET', TASK_URL).flush(task({ version: 6, status: 'cancelled' }));
      await page.settle();

      page.http.expectNone(ACTIONS_URL);
      expect(dialog().open).toBeFalse();
      expect(page.text('.status')).toBe('Đã hủy');
    });

    it('reuses the request id when an action is retried after a server fault', async () => {
      page = await TaskPageHarness.open(DISTRICT_OFFICER, pendingTask());
      page.button('Chấp nhận', pendingReport())!.click();
      await page.settle();
      await confirm();
      const first = page.expect('POST', ACTIONS_URL);
      const requestId = (first.request.body as { requestId: string }).requestId;
      first.flush({ code: 'INTERNAL', message: 'Lỗi máy chủ' }, { status: 500, statusText: 'Server Error' });
      await page.settle();
      expect(dialog().querySelector('[role="alert"]')!.textContent!.trim()).toBe(
        'Đã có lỗi trong máy chủ. Vui lòng thử lại sau.',
      );

      await confirm();

      const retry = page.expect('POST', ACTIONS_URL);
      expect((retry.request.body as { requestId: string }).requestId).toBe(requestId);
      retry.flush(task({ version: 5 }));
      await page.settle();
    });

    it('lets the standing unit cancel with a reason, and reopen a cancelled task', async () => {
      page = await TaskPageHarness.open(DISTRICT_OFFICER, task());
      expect(page.all('ocop-task-actions button.action').map((b) => b.textContent!.trim())).toEqual([
        'Hủy nhiệm vụ',
      ]);
      page.button('Hủy nhiệm vụ')!.click();
      await page.settle();
      await confirm();
      page.http.expectNone(ACTIONS_URL);

      await page.type(
        dialog().querySelector<HTMLTextAreaElement>('#action-reason')!,
        'Gộp vào nhiệm vụ khác',
      );
      await confirm();
      page
        .expect('POST', ACTIONS_URL)
        .flush(task({ version: 5, status: 'cancelled' }), { status: 200, statusText: 'OK' });
      await page.settle();

      expect(page.text('.status')).toBe('Đã hủy');
      expect(page.all('ocop-task-actions button.action').map((b) => b.textContent!.trim())).toEqual([
        'Mở lại nhiệm vụ',
      ]);
    });

    it('offers the lead unit “start” on an assigned task, and nothing to a province officer', async () => {
      page = await TaskPageHarness.open(TTYT_OFFICER, task({ status: 'assigned' }));
      expect(page.all('ocop-task-actions button.action').map((b) => b.textContent!.trim())).toEqual([
        'Bắt đầu thực hiện',
      ]);
      page.destroy();

      page = await TaskPageHarness.open(PROVINCE_OFFICER, task({ status: 'assigned' }));
      expect(page.query('ocop-task-actions section')).toBeNull();
      expect(page.query('ocop-report-form')).toBeNull();
      expect(page.query('a.edit')).toBeNull();
    });
  });

  describe('comments', () => {
    it('lets a cooperating unit add a comment, appended to the list', async () => {
      page = await TaskPageHarness.open(COMMUNE_OFFICER, task());
      const box = page.query<HTMLTextAreaElement>('#comment-text')!;

      page.button('Gửi ý kiến')!.click();
      await page.settle();
      expect(page.text('#comment-text-error')).toBe('Nội dung góp ý không được để trống');
      page.http.expectNone(COMMENTS_URL);

      await page.type(box, 'Xã đã chuẩn bị danh sách hộ trồng dược liệu');
      page.button('Gửi ý kiến')!.click();
      await page.settle();
      const req = page.expect('POST', COMMENTS_URL);
      expect(req.request.body).toEqual({ text: 'Xã đã chuẩn bị danh sách hộ trồng dược liệu' });
      const comment = {
        id: 'c1',
        text: 'Xã đã chuẩn bị danh sách hộ trồng dược liệu',
        author: { name: 'Vi Văn Em', unit: 'Xã Hữu Lễ' },
        createdAt: '2020-07-12T01:00:00Z',
      };
      req.flush(comment);
      await page.settle();
      expect(page.all('ocop-task-comments [data-comment]').length).toBe(1);
      expect(page.text('ocop-task-comments .added')).toBe('Đã gửi ý kiến.');
      // The task is read again for its timeline, which now has the comment too.
      page.expect('GET', TASK_URL).flush(task({ version: 4, comments: [comment] }));
      await page.settle();

      expect(page.all('ocop-task-comments [data-comment]').length).toBe(1);
      expect(page.text('ocop-task-comments [data-comment="c1"] .text')).toBe(
        'Xã đã chuẩn bị danh sách hộ trồng dược liệu',
      );
      expect(box.value).toBe('');
    });

    it('shows comments read only to a province officer', async () => {
      page = await TaskPageHarness.open(
        PROVINCE_OFFICER,
        task({
          comments: [
            {
              id: 'c1',
              text: 'Đề nghị đẩy nhanh',
              author: { name: 'Nguyễn Văn Nông', unit: 'Phòng NN&PTNT' },
              createdAt: '2020-07-12T01:00:00Z',
            },
          ],
        }),
      );

      expect(page.text('ocop-task-comments [data-comment="c1"] .text')).toBe('Đề nghị đẩy nhanh');
      expect(page.query('#comment-text')).toBeNull();
    });
  });
});
