import { provideTestElement } from '@ocop/common/testing';
import { TaskReview } from '@ocop/domain';
import { HUU_LE, NNPTNT, plan, PLAN_ID, TTYT } from '../../tasks/task-detail/testing/task-fixtures';
import { specAuth } from '../../tasks/task-detail/testing/task-page-harness';
import { FormSpecPage } from '../../testing/form-spec-page';
import { ReviewForm, reviewDraftKey } from './review-form';

const USER = 'spec-review-form';
const REVIEWS_URL = `/api/tasks/plans/${PLAN_ID}/reviews`;
const REVIEW_ID = '0c0b2020-0000-4000-8000-0000000000a9';

describe('ReviewForm', () => {
  const page = new FormSpecPage<ReviewForm>(() => provideTestElement({ auth: specAuth(USER) }));
  const { settle, $, type, click } = page;

  beforeEach(() => page.setUp());
  afterEach(() => page.tearDown());

  async function open(): Promise<void> {
    await page.create(ReviewForm, { planId: PLAN_ID });
    page.http.expectOne(`/api/tasks/plans/${PLAN_ID}`).flush(plan());
    page.http.expectOne(`/api/tasks/plans/${PLAN_ID}/units`).flush([NNPTNT, TTYT, HUU_LE]);
    await settle();
  }

  const dialog = (): HTMLDialogElement => $<HTMLDialogElement>('dialog.confirm-review');
  const errors = (): string[] =>
    Array.from(page.el.querySelectorAll('form .error')).map((e) => e.textContent!.trim());

  async function fillMeeting(): Promise<void> {
    await type('#rf-period', '2020-Q2', 'change');
    await type('#rf-held-on', '2020-07-03', 'change');
    await type('#rf-attendees', 'Phó Chủ tịch UBND huyện\n\n  Phòng NN&PTNT \nTrung tâm Y tế huyện');
    await type('#rf-conclusions', 'Đẩy nhanh hồ sơ sản phẩm mới.');
  }

  it('offers the plan year’s quarters and the year-end review', async () => {
    await open();

    expect(Array.from($<HTMLSelectElement>('#rf-period').options).map((o) => o.textContent!.trim())).toEqual([
      '— Chọn kỳ —',
      'Quý I/2020',
      'Quý II/2020',
      'Quý III/2020',
      'Quý IV/2020',
      'Tổng kết năm 2020',
    ]);
  });

  it('checks the meeting with the domain before asking anything', async () => {
    await open();

    await click('button.record');

    expect(errors()).toEqual([
      'Kỳ sơ kết không được để trống',
      'Ngày họp không được để trống',
      'Cần ghi ít nhất một người hoặc đơn vị tham dự',
      'Kết luận không được để trống',
    ]);
    expect(dialog().open).toBeFalse();
    page.http.expectNone(REVIEWS_URL);
  });

  it('checks each follow-up row', async () => {
    await open();
    await fillMeeting();
    await click('button.add-follow-up');
    await type('[data-row="0"] .fu-title', 'Hoàn thiện phiếu kiểm nghiệm');

    await click('button.record');

    expect($('[data-row="0"]').textContent).toContain('Chưa chọn đơn vị chủ trì');
    expect($('[data-row="0"] .fu-lead').getAttribute('aria-invalid')).toBe('true');
    expect(dialog().open).toBeFalse();
  });

  it('asks for confirmation, then records the meeting with its follow-ups and opens it', async () => {
    await open();
    await fillMeeting();
    await click('button.add-follow-up');
    await type('[data-row="0"] .fu-title', 'Hoàn thiện phiếu kiểm nghiệm');
    await type('[data-row="0"] .fu-lead', 'department:TTYT', 'change');
    await type('[data-row="0"] .fu-due', '2020-08-15', 'change');
    await type('[data-row="0"] .fu-section', 'III.7', 'change');

    await click('button.record');

    expect(dialog().open).toBeTrue();
    expect(dialog().querySelector('.confirm-text')!.textContent).toContain(
      'Ghi nhận cuộc họp sẽ chụp lại tình trạng của mọi nhiệm vụ',
    );
    page.http.expectNone(REVIEWS_URL);

    dialog().querySelector<HTMLButtonElement>('button.confirm-record')!.click();
    await settle();

    const req = page.http.expectOne(REVIEWS_URL);
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({
      period: '2020-Q2',
      heldOn: '2020-07-03',
      attendees: ['Phó Chủ tịch UBND huyện', 'Phòng NN&PTNT', 'Trung tâm Y tế huyện'],
      conclusions: 'Đẩy nhanh hồ sơ sản phẩm mới.',
      followUps: [
        {
          sectionCode: 'III.7',
          title: 'Hoàn thiện phiếu kiểm nghiệm',
          description: '',
          lead: { kind: 'department', code: 'TTYT' },
          cooperating: [],
          dueDate: '2020-08-15',
          dueQuarter: null,
          recurrence: 'once',
          priority: 'normal',
          targetId: null,
          productId: null,
          dossierId: null,
        },
      ],
    });
    req.flush({ id: REVIEW_ID } as TaskReview, { status: 201, statusText: 'Created' });
    await settle();
    expect(location.pathname).toBe(`/ocop/tasks/reviews/${REVIEW_ID}`);
    expect(localStorage.getItem(`ocop-draft:${USER}:${reviewDraftKey(PLAN_ID)}`)).toBeNull();
  });

  it('records nothing when the confirmation is cancelled', async () => {
    await open();
    await fillMeeting();
    await click('button.record');

    Array.from(dialog().querySelectorAll('button'))
      .find((b) => b.textContent!.trim() === 'Hủy')!
      .click();
    await settle();

    expect(dialog().open).toBeFalse();
    page.http.expectNone(REVIEWS_URL);
  });

  it('removes a follow-up row', async () => {
    await open();
    await click('button.add-follow-up');
    await click('button.add-follow-up');
    await type('[data-row="1"] .fu-title', 'Thứ hai');

    await click('[data-row="0"] button.remove-follow-up');

    expect(page.el.querySelectorAll('.follow-up').length).toBe(1);
    expect($<HTMLInputElement>('[data-row="0"] .fu-title').value).toBe('Thứ hai');
  });

  it('shows the API’s refusal', async () => {
    await open();
    await fillMeeting();
    await click('button.record');
    dialog().querySelector<HTMLButtonElement>('button.confirm-record')!.click();
    await settle();

    page.http
      .expectOne(REVIEWS_URL)
      .flush(
        { code: 'FORBIDDEN', message: 'Chỉ đơn vị thường trực mới ghi nhận cuộc họp sơ kết.' },
        { status: 403, statusText: 'Forbidden' },
      );
    await settle();

    expect($('.submit-error').textContent!.trim()).toBe(
      'Chỉ đơn vị thường trực mới ghi nhận cuộc họp sơ kết.',
    );
    expect(dialog().open).toBeFalse();
  });

  it('keeps the typed meeting as a draft and offers it back', async () => {
    await open();
    await fillMeeting();
    page.fixture!.destroy();

    await open();
    await click('.draft button.primary');

    expect($<HTMLTextAreaElement>('#rf-conclusions').value).toBe('Đẩy nhanh hồ sơ sản phẩm mới.');
    expect($<HTMLSelectElement>('#rf-period').value).toBe('2020-Q2');
  });
});
