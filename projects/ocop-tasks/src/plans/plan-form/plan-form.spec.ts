import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FakeOcopAuth, nextTask, provideTestElement, waitUntil } from '@ocop/common/testing';
import { DossierSummary, NewPlan, PlanChange, PlanDetail, Product } from '@ocop/domain';
import { DOSSIER_ID, PLAN_2020, PLAN_ID, PRODUCT_ID } from '../plan-list/testing/plan-fixtures';
import { PlanForm } from './plan-form';

const USER = 'spec-plan-form-user';
const NEW_DRAFT = `ocop-draft:${USER}:plan-form:new`;
const EDIT_DRAFT = `ocop-draft:${USER}:plan-form:${PLAN_ID}`;
const NEW_PLAN_ID = '0b1a0000-0000-4000-8000-000000002099';

const DOSSIER = {
  id: DOSSIER_ID,
  product: { id: PRODUCT_ID, name: 'Rượu men lá Hữu Lễ', productGroup: { code: '15', name: 'Rượu trắng' } },
  roundYear: 2019,
} as DossierSummary;
const PRODUCT = { id: '0a0b2020-0000-4000-8000-000000000002', name: 'Tinh dầu hồi Văn Quan' } as Product;

function auth(roles: string[] = ['district-officer']): FakeOcopAuth {
  const fake = new FakeOcopAuth();
  fake.user = { username: USER, name: 'Lương Văn Hải', roles, districtCode: '184', departmentCode: 'NNPTNT' };
  return fake;
}

describe('PlanForm', () => {
  let fixture: ComponentFixture<PlanForm>;
  let http: HttpTestingController;
  let el: HTMLElement;
  let original: string;
  let submits: boolean[];
  const stopSubmit = (event: Event): void => {
    submits.push(event.defaultPrevented);
    event.preventDefault();
  };

  beforeEach(() => {
    original = location.pathname + location.search + location.hash;
    submits = [];
    document.addEventListener('submit', stopSubmit);
    localStorage.removeItem(NEW_DRAFT);
    localStorage.removeItem(EDIT_DRAFT);
  });

  afterEach(() => {
    http.verify();
    fixture?.destroy();
    document.removeEventListener('submit', stopSubmit);
    localStorage.removeItem(NEW_DRAFT);
    localStorage.removeItem(EDIT_DRAFT);
    history.replaceState(history.state, '', original);
  });

  /** The form for a new plan (planId null) or an existing one, with its requests answered. */
  async function open(planId: string | null, roles?: string[]): Promise<void> {
    history.replaceState(
      history.state,
      '',
      planId ? `/ocop/tasks/plans/${planId}/edit` : '/ocop/tasks/plans/new',
    );
    TestBed.configureTestingModule({ providers: provideTestElement({ auth: auth(roles) }) });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(PlanForm);
    fixture.componentRef.setInput('planId', planId);
    el = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    await nextTask();
    if (planId) http.expectOne(`/api/tasks/plans/${planId}`).flush(PLAN_2020);
    if (!roles) {
      http.expectOne((r) => r.url === '/api/dossiers').flush({ items: [DOSSIER], total: 1 });
      http.expectOne((r) => r.url === '/api/products').flush({ items: [PRODUCT], total: 1 });
    }
    await fixture.whenStable();
  }

  function control<T extends HTMLElement = HTMLInputElement>(selector: string): T {
    const found = el.querySelector<T>(selector);
    if (!found) throw new Error(`no control ${selector}`);
    return found;
  }

  function type(selector: string, value: string): void {
    const input = control<HTMLInputElement | HTMLTextAreaElement>(selector);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    fixture.detectChanges();
  }

  function choose(selector: string, value: string): void {
    const select = control<HTMLSelectElement>(selector);
    select.value = value;
    select.dispatchEvent(new Event('change'));
    fixture.detectChanges();
  }

  function click(selector: string): void {
    control<HTMLButtonElement>(selector).click();
    fixture.detectChanges();
  }

  /** After an answer: the store's promise settled and the page rendered. */
  async function settle(): Promise<void> {
    await fixture.whenStable();
    await nextTask();
    fixture.detectChanges();
  }

  async function save(): Promise<void> {
    click('button.save');
    await nextTask();
  }

  /** The error text shown in the field that holds `selector`. */
  const errorNear = (selector: string): string =>
    control(selector).closest('.field')!.querySelector('.error')?.textContent?.trim() ?? '';

  it('checks the plan with the domain rules before sending anything', async () => {
    await open(null);
    click('button.add-target');
    type('#pf-target-code-0', 'MT 1');
    await save();
    http.expectNone((r) => r.method === 'POST');
    expect(submits).toEqual([true]);
    expect(errorNear('#pf-title')).toBe('Tên kế hoạch không được để trống');
    expect(control('#pf-title').getAttribute('aria-invalid')).toBe('true');
    expect(errorNear('#pf-target-code-0')).toContain('Mã mục tiêu chỉ gồm chữ cái không dấu');
    expect(errorNear('#pf-target-title-0')).toBe('Tên mục tiêu không được để trống');
    expect(control('.error-summary').getAttribute('role')).toBe('alert');

    // Typing in a field clears its error only.
    type('#pf-title', 'Kế hoạch OCOP năm 2021');
    expect(errorNear('#pf-title')).toBe('');
    expect(errorNear('#pf-target-title-0')).not.toBe('');
  });

  it("creates the plan for the officer's district: list fields one item per line, then opens it", async () => {
    await open(null);
    choose('#pf-year', String(new Date().getFullYear() + 1));
    type('#pf-number', ' 12/KH-UBND ');
    type('#pf-title', 'Kế hoạch thực hiện Chương trình OCOP năm sau');
    type('#pf-signer', 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nHoàng Văn Quân');
    type('#pf-legalBases', 'Căn cứ Quyết định 1048/QĐ-TTg;\n\n  Căn cứ Nghị quyết 08/2019/NQ-HĐND;  ');
    type('#pf-fundingSources', 'Ngân sách huyện');
    click('button.add-section');
    type('#pf-section-code-0', 'III.7');
    type('#pf-section-title-0', 'Trung tâm Y tế');
    click('button.add-target');
    expect(control<HTMLInputElement>('#pf-target-code-0').value).toBe('MT1');
    type('#pf-target-title-0', 'Hoàn thiện hồ sơ');
    type('#pf-target-indicator-0', '01 hồ sơ nộp tỉnh');
    type('#pf-target-quantity-0', '1');
    type('#pf-target-measure-0', 'hồ sơ');
    const year = String(new Date().getFullYear() + 1);
    choose('#pf-target-quarter-0', `${year}-Q3`);
    choose('#pf-target-link-0', `dossier:${DOSSIER_ID}`);
    expect(localStorage.getItem(NEW_DRAFT)).toContain('Hoàn thiện hồ sơ');

    await save();
    const req = http.expectOne('/api/tasks/plans');
    expect(req.request.method).toBe('POST');
    const body = req.request.body as NewPlan;
    expect(body).toEqual({
      unitCode: '184',
      year: Number(year),
      number: '12/KH-UBND',
      title: 'Kế hoạch thực hiện Chương trình OCOP năm sau',
      issuedOn: null,
      legalBases: ['Căn cứ Quyết định 1048/QĐ-TTg;', 'Căn cứ Nghị quyết 08/2019/NQ-HĐND;'],
      purposes: [],
      requirements: [],
      fundingSources: ['Ngân sách huyện'],
      sections: [{ code: 'III.7', title: 'Trung tâm Y tế' }],
      targets: [
        {
          code: 'MT1',
          title: 'Hoàn thiện hồ sơ',
          indicator: '01 hồ sơ nộp tỉnh',
          quantity: 1,
          measure: 'hồ sơ',
          dueQuarter: `${year}-Q3`,
          productId: PRODUCT_ID,
          dossierId: DOSSIER_ID,
        },
      ],
      signer: 'KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Hoàng Văn Quân',
    });
    expect(control<HTMLButtonElement>('button.save').disabled).toBeTrue();
    req.flush({ ...PLAN_2020, id: NEW_PLAN_ID }, { status: 201, statusText: 'Created' });
    await waitUntil(() => location.pathname === `/ocop/tasks/plans/${NEW_PLAN_ID}`);
    expect(localStorage.getItem(NEW_DRAFT)).toBeNull();
  });

  it("puts the API's field errors next to their fields, and says when the year's plan exists", async () => {
    await open(null);
    type('#pf-title', 'Kế hoạch năm nay');
    click('button.add-target');
    type('#pf-target-title-0', 'Hoàn thiện hồ sơ');
    type('#pf-target-indicator-0', '01 hồ sơ');
    type('#pf-target-measure-0', 'hồ sơ');
    await save();
    http.expectOne('/api/tasks/plans').flush(
      {
        code: 'VALIDATION_FAILED',
        message: 'Dữ liệu không hợp lệ, vui lòng kiểm tra lại',
        details: [
          {
            field: 'targets[0].measure',
            code: 'invalid_choice',
            message: 'Đơn vị tính không có trong danh mục',
          },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect(errorNear('#pf-target-measure-0')).toBe('Đơn vị tính không có trong danh mục');
    expect(control('.save-error').textContent).toContain('Dữ liệu không hợp lệ');

    await save();
    http
      .expectOne('/api/tasks/plans')
      .flush(
        { code: 'PLAN_EXISTS', message: 'Đã có kế hoạch năm này', details: null },
        { status: 409, statusText: 'Conflict' },
      );
    await settle();
    expect(control('.save-error').textContent).toContain('mỗi đơn vị chỉ có một kế hoạch một năm');
    expect(location.pathname).toBe('/ocop/tasks/plans/new');
  });

  it('edits a plan: 409 STALE_VERSION, then reload and re-apply my changes on the latest version', async () => {
    await open(PLAN_ID);
    expect(control<HTMLInputElement>('#pf-number').value).toBe('45/KH-UBND');
    expect(control<HTMLTextAreaElement>('#pf-signer').value).toBe(
      'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nHoàng Văn Quân',
    );
    expect(control<HTMLTextAreaElement>('#pf-legalBases').value).toBe(PLAN_2020.legalBases.join('\n'));
    expect(control<HTMLInputElement>('#pf-year').readOnly).toBeTrue();
    expect(control<HTMLSelectElement>('#pf-target-link-0').value).toBe(`dossier:${DOSSIER_ID}`);

    type('#pf-title', 'Kế hoạch OCOP Văn Quan 2020 (sửa đổi)');
    type('#pf-requirements', 'Yêu cầu mới của tôi');
    await save();
    const stale = http.expectOne(`/api/tasks/plans/${PLAN_ID}`);
    expect(stale.request.method).toBe('PUT');
    expect((stale.request.body as PlanChange).version).toBe(2);
    stale.flush(
      {
        code: 'STALE_VERSION',
        message: 'Dữ liệu đã được người khác cập nhật',
        details: { currentVersion: 3 },
      },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();
    expect(control('.conflict').textContent).toContain('vừa được người khác sửa');
    expect(control<HTMLButtonElement>('button.save').disabled).toBeTrue();

    click('button.reapply');
    await nextTask();
    // Meanwhile the other person changed the purposes and the title.
    const theirs: PlanDetail = {
      ...PLAN_2020,
      version: 3,
      title: 'Kế hoạch OCOP năm 2020 (bản của người khác)',
      purposes: ['Mục đích do người khác sửa'],
    };
    http.expectOne(`/api/tasks/plans/${PLAN_ID}`).flush(theirs);
    await settle();
    expect(el.querySelector('.conflict')).toBeNull();
    expect(control<HTMLTextAreaElement>('#pf-title').value).toBe('Kế hoạch OCOP Văn Quan 2020 (sửa đổi)');
    expect(control<HTMLTextAreaElement>('#pf-purposes').value).toBe('Mục đích do người khác sửa');
    expect(control<HTMLTextAreaElement>('#pf-requirements').value).toBe('Yêu cầu mới của tôi');
    expect(control('.reapplied').textContent).toContain('áp dụng lại các thay đổi của bạn');
    expect(control('.overlapping').textContent).toContain('Tên kế hoạch');
    expect(control('.overlapping').textContent).not.toContain('Mục đích');
    http.expectNone((r) => r.method === 'PUT');

    await save();
    const req = http.expectOne(`/api/tasks/plans/${PLAN_ID}`);
    const body = req.request.body as PlanChange;
    expect(body.version).toBe(3);
    expect(body.title).toBe('Kế hoạch OCOP Văn Quan 2020 (sửa đổi)');
    expect(body.purposes).toEqual(['Mục đích do người khác sửa']);
    expect(body.requirements).toEqual(['Yêu cầu mới của tôi']);
    expect(body.targets[0]).toEqual({ ...PLAN_2020.targets[0]! });
    req.flush({ ...theirs, ...body, version: 4 });
    await waitUntil(() => location.pathname === `/ocop/tasks/plans/${PLAN_ID}`);
  });

  it('can drop my changes after a conflict and take the latest version', async () => {
    await open(PLAN_ID);
    type('#pf-title', 'Tên của tôi');
    await save();
    http
      .expectOne(`/api/tasks/plans/${PLAN_ID}`)
      .flush(
        { code: 'STALE_VERSION', message: 'Cũ', details: { currentVersion: 3 } },
        { status: 409, statusText: 'Conflict' },
      );
    await settle();
    click('button.discard-mine');
    await nextTask();
    http.expectOne(`/api/tasks/plans/${PLAN_ID}`).flush({ ...PLAN_2020, version: 3, title: 'Tên mới nhất' });
    await settle();
    expect(control<HTMLTextAreaElement>('#pf-title').value).toBe('Tên mới nhất');
    expect(localStorage.getItem(EDIT_DRAFT)).toBeNull();
  });

  it('keeps what was typed as a draft and offers it back on the next visit', async () => {
    await open(null);
    type('#pf-title', 'Kế hoạch đang soạn dở');
    click('button.add-section');
    type('#pf-section-code-0', 'III.3');
    fixture.destroy();
    TestBed.resetTestingModule();

    await open(null);
    expect(control('.draft').textContent).toContain('Bạn có một bản nháp chưa lưu');
    expect(control<HTMLTextAreaElement>('#pf-title').value).toBe('');
    click('button.restore-draft');
    expect(control<HTMLTextAreaElement>('#pf-title').value).toBe('Kế hoạch đang soạn dở');
    expect(control<HTMLInputElement>('#pf-section-code-0').value).toBe('III.3');
    expect(el.querySelector('.draft')).toBeNull();
  });

  it('re-applies a draft written against an older version on top of the plan as it is now', async () => {
    const base = { ...PLAN_2020, version: 1, purposes: ['Mục đích cũ'] };
    localStorage.setItem(
      EDIT_DRAFT,
      JSON.stringify({
        savedAt: '2020-07-01T03:00:00.000Z',
        value: {
          value: { ...formOf(base), title: 'Tên trong bản nháp' },
          base: formOf(base),
          version: 1,
        },
      }),
    );
    await open(PLAN_ID);
    click('button.restore-draft');
    expect(control<HTMLTextAreaElement>('#pf-title').value).toBe('Tên trong bản nháp');
    // The purposes changed since the draft (version 2): the plan's current text stays.
    expect(control<HTMLTextAreaElement>('#pf-purposes').value).toBe(PLAN_2020.purposes.join('\n'));
  });

  it('tells an officer outside the standing unit that plans are not theirs to write', async () => {
    await open(null, ['department-officer']);
    expect(el.querySelector('form')).toBeNull();
    expect(control('.not-allowed').textContent).toContain('Chỉ cán bộ cấp huyện của đơn vị thường trực');
  });
});

/** The draft form of a plan, as plan-form-model's formValueOf writes it (kept literal: the spec's own copy). */
function formOf(plan: PlanDetail): Record<string, unknown> {
  return {
    year: String(plan.year),
    number: plan.number ?? '',
    issuedOn: plan.issuedOn ?? '',
    title: plan.title,
    signer: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nHoàng Văn Quân',
    legalBases: plan.legalBases.join('\n'),
    purposes: plan.purposes.join('\n'),
    requirements: plan.requirements.join('\n'),
    fundingSources: plan.fundingSources.join('\n'),
    sections: plan.sections,
    targets: plan.targets.map((t) => ({
      id: t.id,
      code: t.code,
      title: t.title,
      indicator: t.indicator,
      quantity: String(t.quantity),
      measure: t.measure,
      dueQuarter: t.dueQuarter ?? '',
      productId: t.productId ?? '',
      dossierId: t.dossierId ?? '',
    })),
  };
}
