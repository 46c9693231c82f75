import type { FieldError } from '../api/api-error';
import type { Validated } from '../catalog/validate';
import {
  MAX_TASK_TEXT_LENGTH,
  MAX_TASK_TITLE_LENGTH,
  parseNewPlan,
  parseNewReview,
  parseNewTask,
  parsePlanChange,
  parsePlanCopy,
  parseProgressReport,
  parseTaskAction,
  parseTaskChange,
  parseTaskComment,
} from './validate-task';

const PRODUCT_ID = '0c6f1a52-6b7e-4d7a-9d1f-3e2a1b4c5d6e';
const PRODUCER_ID = '7b0e7d3c-2f4a-4c1e-9a55-1f2d3c4b5a69';
const TARGET_ID = '5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d';

function errorsOf<T>(result: Validated<T>): FieldError[] {
  return result.ok ? [] : result.errors;
}

/** field → code of every error, to compare whole outcomes at once. */
function codes<T>(result: Validated<T>): Record<string, string> {
  return Object.fromEntries(errorsOf(result).map((e) => [e.field, e.code]));
}

function valueOf<T>(result: Validated<T>): T {
  if (!result.ok) throw new Error(`expected valid, got ${JSON.stringify(result.errors)}`);
  return result.value;
}

describe('validate tasks', () => {
  describe('parseProgressReport', () => {
    const report = (percent: unknown) =>
      parseProgressReport({ percent, text: 'Đã hoàn thiện hồ sơ', version: 3 });

    for (const [percent, code] of [
      [-5, 'out_of_range'],
      [120, 'out_of_range'],
      [101, 'out_of_range'],
      [50.5, 'invalid_format'],
      ['abc', 'invalid_type'],
      ['50', 'invalid_type'],
      [Number.NaN, 'invalid_type'],
      [Number.POSITIVE_INFINITY, 'invalid_type'],
      [true, 'invalid_type'],
    ] as [unknown, string][]) {
      it(`refuses the percentage ${JSON.stringify(percent) ?? String(percent)} with a clear message`, () => {
        expect(errorsOf(report(percent))).toEqual([
          { field: 'percent', code, message: 'Tiến độ phải là số nguyên từ 0 đến 100 (%)' },
        ]);
      });
    }

    it('asks for a missing percentage', () => {
      for (const percent of [undefined, null, '']) {
        const errors = errorsOf(report(percent));
        expect(errors.map((e) => [e.field, e.code])).toEqual([['percent', 'required']]);
        expect(errors[0]!.message).toContain('Tiến độ phải là số nguyên từ 0 đến 100 (%)');
      }
    });

    it('takes 0 and 100 and every whole number between', () => {
      expect(valueOf(report(0)).percent).toBe(0);
      expect(valueOf(report(100)).percent).toBe(100);
      expect(valueOf(report(50))).toEqual({ percent: 50, text: 'Đã hoàn thiện hồ sơ', version: 3 });
    });

    it('requires the text, keeping its paragraphs', () => {
      expect(codes(parseProgressReport({ percent: 10, text: '   ', version: 1 }))).toEqual({
        text: 'required',
      });
      expect(codes(parseProgressReport({ percent: 10, version: 1 }))).toEqual({ text: 'required' });
      const value = valueOf(
        parseProgressReport({ percent: 10, text: ' Dòng  một \r\n\r\n\r\nDòng hai ', version: 1 }),
      );
      expect(value.text).toBe('Dòng một\n\nDòng hai');
    });

    it('refuses a text that is too long', () => {
      const text = 'a'.repeat(MAX_TASK_TEXT_LENGTH + 1);
      expect(codes(parseProgressReport({ percent: 10, text, version: 1 }))).toEqual({ text: 'too_long' });
    });

    it('requires the version the user saw', () => {
      expect(codes(parseProgressReport({ percent: 10, text: 'x' }))).toEqual({ version: 'required' });
      expect(codes(parseProgressReport({ percent: 10, text: 'x', version: 0 }))).toEqual({
        version: 'invalid_format',
      });
      expect(codes(parseProgressReport({ percent: 10, text: 'x', version: '2' }))).toEqual({
        version: 'invalid_format',
      });
    });

    it('keeps a well-formed request id and refuses a malformed one', () => {
      const requestId = '3f1e2d4c-aaaa-bbbb';
      expect(valueOf(parseProgressReport({ percent: 10, text: 'x', version: 1, requestId })).requestId).toBe(
        requestId,
      );
      expect(codes(parseProgressReport({ percent: 10, text: 'x', version: 1, requestId: 'short' }))).toEqual({
        requestId: 'invalid_format',
      });
      expect('requestId' in valueOf(parseProgressReport({ percent: 10, text: 'x', version: 1 }))).toBeFalse();
    });

    it('reports every problem at once', () => {
      expect(codes(parseProgressReport({ percent: 120 }))).toEqual({
        percent: 'out_of_range',
        text: 'required',
        version: 'required',
      });
    });
  });

  describe('parseTaskComment', () => {
    it('takes a normalised text', () => {
      expect(valueOf(parseTaskComment({ text: '  Xã   đã gửi ảnh  ' }))).toEqual({ text: 'Xã đã gửi ảnh' });
    });

    it('refuses a blank, non-text or too long comment', () => {
      expect(codes(parseTaskComment({ text: ' ' }))).toEqual({ text: 'required' });
      expect(codes(parseTaskComment({ text: 5 }))).toEqual({ text: 'invalid_type' });
      expect(codes(parseTaskComment({ text: 'x'.repeat(MAX_TASK_TEXT_LENGTH + 1) }))).toEqual({
        text: 'too_long',
      });
    });
  });

  describe('parseTaskAction', () => {
    it('takes the actions the actions route carries, with the reason or null', () => {
      expect(valueOf(parseTaskAction({ action: 'return', version: 4, reason: ' Thiếu ảnh ' }))).toEqual({
        action: 'return',
        version: 4,
        reason: 'Thiếu ảnh',
      });
      expect(valueOf(parseTaskAction({ action: 'start', version: 1, reason: '  ' })).reason).toBeNull();
      expect(
        valueOf(parseTaskAction({ action: 'accept', version: 1, requestId: 'abcdef12' })).requestId,
      ).toBe('abcdef12');
    });

    it('refuses report and comment (they have routes of their own) and unknown actions', () => {
      for (const action of ['report', 'comment', 'approve', undefined]) {
        expect(codes(parseTaskAction({ action, version: 1 })))
          .withContext(String(action))
          .toEqual({
            action: 'invalid_choice',
          });
      }
    });

    it('requires the version and a text reason', () => {
      expect(codes(parseTaskAction({ action: 'cancel', reason: 3 }))).toEqual({
        version: 'required',
        reason: 'invalid_type',
      });
    });
  });

  describe('parseNewTask', () => {
    const base = {
      sectionCode: 'III.7',
      title: 'Hướng dẫn chủ thể về an toàn thực phẩm',
      lead: { kind: 'department', code: 'TTYT' },
    };

    it('takes a minimal task with defaults', () => {
      expect(valueOf(parseNewTask(base, 2020))).toEqual({
        sectionCode: 'III.7',
        title: 'Hướng dẫn chủ thể về an toàn thực phẩm',
        description: '',
        lead: { kind: 'department', code: 'TTYT' },
        cooperating: [],
        dueDate: null,
        dueQuarter: null,
        recurrence: 'once',
        priority: 'normal',
        targetId: null,
        productId: null,
        dossierId: null,
      });
    });

    it('takes a full task, producer and ids in lower case', () => {
      const value = valueOf(
        parseNewTask(
          {
            ...base,
            description: 'Mô tả\n\nchi tiết',
            cooperating: [
              { kind: 'commune', code: '06322' },
              { kind: 'producer', code: PRODUCER_ID.toUpperCase() },
            ],
            dueQuarter: '2020-Q3',
            recurrence: 'once',
            priority: 'high',
            targetId: TARGET_ID,
            productId: PRODUCT_ID.toUpperCase(),
            dossierId: null,
          },
          2020,
        ),
      );
      expect(value.cooperating).toEqual([
        { kind: 'commune', code: '06322' },
        { kind: 'producer', code: PRODUCER_ID },
      ]);
      expect(value.description).toBe('Mô tả\n\nchi tiết');
      expect(value.dueQuarter).toBe('2020-Q3');
      expect(value.priority).toBe('high');
      expect(value.productId).toBe(PRODUCT_ID);
    });

    it('requires section, title and lead unit', () => {
      expect(codes(parseNewTask({}, 2020))).toEqual({
        sectionCode: 'required',
        title: 'required',
        lead: 'required',
      });
      expect(codes(parseNewTask({ ...base, sectionCode: 'Mục 3' }, 2020))).toEqual({
        sectionCode: 'invalid_format',
      });
      expect(codes(parseNewTask({ ...base, title: 'x'.repeat(MAX_TASK_TITLE_LENGTH + 1) }, 2020))).toEqual({
        title: 'too_long',
      });
    });

    it('checks unit references like task unit keys', () => {
      const lead = (value: unknown) => codes(parseNewTask({ ...base, lead: value }, 2020))['lead'];
      expect(lead({ kind: 'office', code: 'TTYT' })).toBe('invalid_choice');
      expect(lead('department:TTYT')).toBe('invalid_choice');
      expect(lead({ kind: 'department', code: 'XYZ' })).toBe('invalid_format');
      expect(lead({ kind: 'commune', code: '6322' })).toBe('invalid_format');
      expect(lead({ kind: 'producer', code: 'not-a-uuid' })).toBe('invalid_format');
      expect(lead({ kind: 'department', code: ' ' })).toBe('required');
      expect(
        errorsOf(parseNewTask({ ...base, lead: { kind: 'department', code: 'XYZ' } }, 2020))[0]!.message,
      ).toContain('phòng, ban');
    });

    it('refuses a cooperating unit that leads or appears twice', () => {
      const result = parseNewTask(
        {
          ...base,
          cooperating: [
            { kind: 'department', code: 'TTYT' },
            { kind: 'commune', code: '06322' },
            { kind: 'commune', code: '06322' },
            { kind: 'commune', code: 'x' },
          ],
        },
        2020,
      );
      expect(codes(result)).toEqual({
        'cooperating[0]': 'duplicate',
        'cooperating[2]': 'duplicate',
        'cooperating[3]': 'invalid_format',
      });
      expect(codes(parseNewTask({ ...base, cooperating: 'commune:06322' }, 2020))).toEqual({
        cooperating: 'invalid_type',
      });
    });

    it('takes a due date or a due quarter, not both', () => {
      expect(valueOf(parseNewTask({ ...base, dueDate: '2020-06-15' }, 2020)).dueDate).toBe('2020-06-15');
      expect(codes(parseNewTask({ ...base, dueDate: '2020-06-15', dueQuarter: '2020-Q2' }, 2020))).toEqual({
        dueQuarter: 'invalid_choice',
      });
    });

    it('keeps the due date and quarter within the plan year', () => {
      expect(codes(parseNewTask({ ...base, dueDate: '2021-01-01' }, 2020))).toEqual({
        dueDate: 'out_of_range',
      });
      expect(codes(parseNewTask({ ...base, dueQuarter: '2019-Q4' }, 2020))).toEqual({
        dueQuarter: 'out_of_range',
      });
      expect(errorsOf(parseNewTask({ ...base, dueDate: '2021-01-01' }, 2020))[0]!.message).toContain('2020');
      expect(valueOf(parseNewTask({ ...base, dueDate: '2020-12-31' }, 2020)).dueDate).toBe('2020-12-31');
    });

    it('refuses malformed dates and quarters', () => {
      expect(codes(parseNewTask({ ...base, dueDate: '31/03/2020' }, 2020))).toEqual({
        dueDate: 'invalid_format',
      });
      expect(codes(parseNewTask({ ...base, dueDate: '2020-02-30' }, 2020))).toEqual({
        dueDate: 'invalid_format',
      });
      expect(codes(parseNewTask({ ...base, dueQuarter: '2020-Q5' }, 2020))).toEqual({
        dueQuarter: 'invalid_format',
      });
    });

    it('gives a recurring task no due of its own: each occurrence is due at its period’s end', () => {
      expect(valueOf(parseNewTask({ ...base, recurrence: 'quarterly' }, 2020)).recurrence).toBe('quarterly');
      expect(codes(parseNewTask({ ...base, recurrence: 'quarterly', dueQuarter: '2020-Q1' }, 2020))).toEqual({
        dueQuarter: 'invalid_choice',
      });
      expect(codes(parseNewTask({ ...base, recurrence: 'yearly', dueDate: '2020-12-31' }, 2020))).toEqual({
        dueDate: 'invalid_choice',
      });
    });

    it('refuses unknown recurrences, priorities and malformed ids', () => {
      expect(
        codes(
          parseNewTask(
            { ...base, recurrence: 'monthly', priority: 'urgent', targetId: 'MT1', dossierId: 42 },
            2020,
          ),
        ),
      ).toEqual({
        recurrence: 'invalid_choice',
        priority: 'invalid_choice',
        targetId: 'invalid_format',
        dossierId: 'invalid_format',
      });
    });
  });

  describe('parseTaskChange', () => {
    const change = {
      version: 2,
      sectionCode: 'III.3',
      title: 'Sơ kết quý',
      lead: { kind: 'department', code: 'NNPTNT' },
      dueQuarter: '2020-Q2',
    };

    it('takes the fields with the version, and no recurrence', () => {
      const value = valueOf(parseTaskChange(change, 2020));
      expect(value.version).toBe(2);
      expect(value.dueQuarter).toBe('2020-Q2');
      expect('recurrence' in value).toBeFalse();
    });

    it('requires the version and applies the task rules', () => {
      expect(codes(parseTaskChange({ ...change, version: undefined, dueQuarter: '2021-Q1' }, 2020))).toEqual({
        version: 'required',
        dueQuarter: 'out_of_range',
      });
    });
  });

  describe('parseNewPlan', () => {
    const plan = {
      unitCode: '184',
      year: 2020,
      number: '45/KH-UBND',
      title: '  Kế hoạch  thực hiện Chương trình OCOP năm 2020 ',
      issuedOn: '2020-02-20',
      legalBases: ['Quyết định số 490/QĐ-TTg', '  '],
      purposes: ['Phát triển sản phẩm'],
      requirements: [],
      fundingSources: ['Ngân sách huyện'],
      sections: [
        { code: 'II.1', title: 'Mục tiêu' },
        { code: 'III.7', title: 'Trung tâm Y tế' },
      ],
      targets: [
        {
          code: 'MT1',
          title: 'Hoàn thiện hồ sơ sản phẩm của xã Hữu Lễ',
          indicator: '01 hồ sơ được hoàn thiện',
          quantity: 1,
          measure: 'hồ sơ',
          dueQuarter: '2020-Q1',
          productId: PRODUCT_ID,
          dossierId: null,
        },
      ],
      signer: 'KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Hoàng Văn Quân',
    };

    it('takes a whole plan, normalised, blank list entries dropped', () => {
      const value = valueOf(parseNewPlan(plan));
      expect(value.title).toBe('Kế hoạch thực hiện Chương trình OCOP năm 2020');
      expect(value.legalBases).toEqual(['Quyết định số 490/QĐ-TTg']);
      expect(value.sections.map((s) => s.code)).toEqual(['II.1', 'III.7']);
      expect(value.targets).toEqual([plan.targets[0]!]);
      expect(value.signer).toBe(plan.signer);
    });

    it('takes a draft with only unit, year and title', () => {
      expect(valueOf(parseNewPlan({ unitCode: '184', year: 2021, title: 'Kế hoạch 2021' }))).toEqual({
        unitCode: '184',
        year: 2021,
        number: null,
        title: 'Kế hoạch 2021',
        issuedOn: null,
        legalBases: [],
        purposes: [],
        requirements: [],
        fundingSources: [],
        sections: [],
        targets: [],
        signer: null,
      });
    });

    it('refuses a malformed unit, year, date or title', () => {
      expect(
        codes(parseNewPlan({ ...plan, unitCode: '1840', year: 1999, issuedOn: '20/02/2020', title: '' })),
      ).toEqual({
        unitCode: 'invalid_format',
        year: 'invalid_format',
        issuedOn: 'invalid_format',
        title: 'required',
      });
      expect(codes(parseNewPlan({ ...plan, unitCode: undefined, year: '2020' }))).toEqual({
        unitCode: 'required',
        year: 'invalid_format',
      });
    });

    it('names the entry of a list that is wrong', () => {
      expect(codes(parseNewPlan({ ...plan, purposes: ['ok', 7], fundingSources: 'Ngân sách' }))).toEqual({
        'purposes[1]': 'invalid_type',
        fundingSources: 'invalid_type',
      });
    });

    it('checks sections: numbering as in the document, once each', () => {
      const sections = [
        { code: 'III.7', title: 'A' },
        { code: 'III.7', title: 'B' },
        { code: 'Mục 3', title: 'C' },
        { code: 'IV', title: '' },
      ];
      expect(codes(parseNewPlan({ ...plan, sections }))).toEqual({
        'sections[1].code': 'duplicate',
        'sections[2].code': 'invalid_format',
        'sections[3].title': 'required',
      });
    });

    it('checks targets: unique codes, a measurable quantity, a quarter of the plan year, ids', () => {
      const target = plan.targets[0]!;
      const targets = [
        target,
        { ...target, quantity: 0 },
        { ...target, code: 'MT2', quantity: 1.5, dueQuarter: '2021-Q1', dossierId: 'x' },
        { ...target, code: 'MT3', indicator: ' ', measure: undefined },
      ];
      expect(codes(parseNewPlan({ ...plan, targets }))).toEqual({
        'targets[1].code': 'duplicate',
        'targets[1].quantity': 'out_of_range',
        'targets[2].quantity': 'out_of_range',
        'targets[2].dueQuarter': 'out_of_range',
        'targets[2].dossierId': 'invalid_format',
        'targets[3].indicator': 'required',
        'targets[3].measure': 'required',
      });
    });

    it('keeps the id of an existing target', () => {
      const value = valueOf(
        parseNewPlan({ ...plan, targets: [{ ...plan.targets[0]!, id: TARGET_ID.toUpperCase() }] }),
      );
      expect(value.targets[0]!.id).toBe(TARGET_ID);
    });
  });

  describe('parsePlanChange', () => {
    const change = { version: 5, title: 'Kế hoạch OCOP 2020', targets: [] as unknown[] };

    it('takes the header with the version, without unit or year', () => {
      const value = valueOf(parsePlanChange({ ...change, unitCode: '999', year: 1900 }));
      expect(value.version).toBe(5);
      expect(value.title).toBe('Kế hoạch OCOP 2020');
      expect('unitCode' in value).toBeFalse();
      expect('year' in value).toBeFalse();
    });

    it('requires the version', () => {
      expect(codes(parsePlanChange({ title: 'x' }))).toEqual({ version: 'required' });
    });

    it('keeps target quarters within the plan year when the year is given', () => {
      const target = {
        code: 'MT1',
        title: 'Mục tiêu',
        indicator: '01 sản phẩm',
        quantity: 1,
        measure: 'sản phẩm',
        dueQuarter: '2021-Q1',
      };
      expect(parsePlanChange({ ...change, targets: [target] }).ok).toBeTrue();
      expect(codes(parsePlanChange({ ...change, targets: [target] }, 2020))).toEqual({
        'targets[0].dueQuarter': 'out_of_range',
      });
    });
  });

  describe('parsePlanCopy', () => {
    it('copies to the next year only', () => {
      expect(valueOf(parsePlanCopy({ year: 2021 }, 2020))).toEqual({ year: 2021 });
      const errors = errorsOf(parsePlanCopy({ year: 2022 }, 2020));
      expect(errors).toEqual([
        {
          field: 'year',
          code: 'out_of_range',
          message: 'Kế hoạch năm 2020 chỉ sao chép được sang năm kế tiếp (2021)',
        },
      ]);
      expect(codes(parsePlanCopy({ year: 2020 }, 2020))).toEqual({ year: 'out_of_range' });
    });

    it('requires a year', () => {
      expect(codes(parsePlanCopy({}, 2020))).toEqual({ year: 'required' });
      expect(codes(parsePlanCopy({ year: '2021' }, 2020))).toEqual({ year: 'invalid_format' });
    });
  });

  describe('parseNewReview', () => {
    const review = {
      period: '2020-Q2',
      heldOn: '2020-07-03',
      attendees: ['Phòng NN&PTNT', ' Trung tâm Y tế '],
      conclusions: 'Đẩy nhanh tiến độ hồ sơ.',
      followUps: [{ sectionCode: 'III.7', title: 'Bổ sung ảnh', lead: { kind: 'department', code: 'TTYT' } }],
    };

    it('takes a review with its follow-up tasks', () => {
      const value = valueOf(parseNewReview(review, 2020));
      expect(value.attendees).toEqual(['Phòng NN&PTNT', 'Trung tâm Y tế']);
      expect(value.followUps.length).toBe(1);
      expect(value.followUps[0]!.recurrence).toBe('once');
    });

    it('takes a year-end review and one held after the year', () => {
      expect(valueOf(parseNewReview({ ...review, period: '2020', heldOn: '2021-01-10' }, 2020)).period).toBe(
        '2020',
      );
    });

    it('refuses a period that is no quarter or year of the plan', () => {
      expect(codes(parseNewReview({ ...review, period: 'Q2/2020' }, 2020))).toEqual({
        period: 'invalid_format',
      });
      expect(codes(parseNewReview({ ...review, period: '2021-Q1' }, 2020))).toEqual({
        period: 'out_of_range',
      });
    });

    it('requires the date, an attendee and the conclusions', () => {
      expect(
        codes(parseNewReview({ period: '2020-Q1', heldOn: '', attendees: [' '], conclusions: null }, 2020)),
      ).toEqual({ heldOn: 'required', attendees: 'required', conclusions: 'required' });
    });

    it('names the follow-up and its field that is wrong', () => {
      const followUps = [
        review.followUps[0],
        { sectionCode: 'III.7', title: '', lead: null, dueDate: '2021-01-05' },
      ];
      expect(codes(parseNewReview({ ...review, followUps }, 2020))).toEqual({
        'followUps[1].title': 'required',
        'followUps[1].lead': 'required',
        'followUps[1].dueDate': 'out_of_range',
      });
    });
  });
});
