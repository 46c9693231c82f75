import { checklistFor } from './checklist-for';
import {
  checklistProblems,
  checklistSummary,
  completeStates,
  mandatoryItemsPresent,
  type ChecklistProblem,
} from './checklist-rules';
import type { ChecklistItemDefinition, ChecklistItemState } from './checklist-types';

const TODAY = '2020-03-31';

/** Every item provided with one file; the lab report dated `labDate`. */
function completeChecklist(
  definitions: ChecklistItemDefinition[],
  labDate = '2020-01-15',
): ChecklistItemState[] {
  return definitions.map((d) => ({
    itemId: d.id,
    status: 'provided',
    attachmentCount: d.delivery === 'document' ? 1 : 0,
    documentDate: d.needsDocumentDate ? labDate : null,
  }));
}

function withState(states: ChecklistItemState[], itemId: string, change: Partial<ChecklistItemState>) {
  return states.map((s) => (s.itemId === itemId ? { ...s, ...change } : s));
}

const codes = (problems: ChecklistProblem[]) => problems.map((p) => `${p.itemId}:${p.code}`);

describe('checklistProblems', () => {
  const ruou = checklistFor('1048', '15', 'first-time');
  const complete = completeChecklist(ruou);

  it('finds nothing in a complete checklist', () => {
    expect(checklistProblems(ruou, complete, TODAY)).toEqual([]);
    expect(mandatoryItemsPresent(ruou, complete, TODAY)).toBeTrue();
  });

  it('does not mind missing supporting items', () => {
    const mandatoryOnly = complete.map((s) =>
      ruou.find((d) => d.id === s.itemId)?.mandatory ? s : { ...s, status: 'missing' as const },
    );
    expect(checklistProblems(ruou, mandatoryOnly, TODAY)).toEqual([]);
  });

  it('names every missing mandatory item, counting untouched items as missing', () => {
    const problems = checklistProblems(ruou, [], TODAY);
    expect(codes(problems)).toEqual([
      'phieu-dang-ky-san-pham:MANDATORY_MISSING',
      'phuong-an-kinh-doanh:MANDATORY_MISSING',
      'gioi-thieu-bo-may-to-chuc:MANDATORY_MISSING',
      'giay-dang-ky-kinh-doanh:MANDATORY_MISSING',
      'san-pham-mau:MANDATORY_MISSING',
      'giay-du-dieu-kien-san-xuat:MANDATORY_MISSING',
    ]);
    expect(problems[0].message).toBe(
      'Thiếu hồ sơ bắt buộc: Phiếu đăng ký ý tưởng sản phẩm, đăng ký sản phẩm',
    );
    expect(problems[5].message).toBe('Thiếu hồ sơ bắt buộc: Giấy đủ điều kiện sản xuất');
  });

  it('uses the 148 form name in its message', () => {
    const items148 = checklistFor('148', '22', 'first-time');
    expect(checklistProblems(items148, [], TODAY)[0].message).toBe(
      'Thiếu hồ sơ bắt buộc: Phiếu đăng ký sản phẩm tham gia đánh giá',
    );
  });

  it('reports a returned item, mandatory or not, with the reviewer remarks', () => {
    const states = withState(
      withState(complete, 'phuong-an-kinh-doanh', { status: 'returned', remarks: ' Thiếu chữ ký ' }),
      'cau-chuyen-san-pham',
      { status: 'returned', remarks: null },
    );
    expect(checklistProblems(ruou, states, TODAY)).toEqual([
      {
        itemId: 'phuong-an-kinh-doanh',
        code: 'RETURNED_NOT_FIXED',
        message:
          'Hồ sơ bị trả lại chưa được bổ sung: Phương án, kế hoạch kinh doanh sản phẩm (ý kiến: Thiếu chữ ký)',
      },
      {
        itemId: 'cau-chuyen-san-pham',
        code: 'RETURNED_NOT_FIXED',
        message: 'Hồ sơ bị trả lại chưa được bổ sung: Câu chuyện về sản phẩm',
      },
    ]);
  });

  it('requires an attachment for a provided document, but not for the sample', () => {
    const states = withState(withState(complete, 'ke-toan', { attachmentCount: 0 }), 'san-pham-mau', {
      attachmentCount: 0,
    });
    expect(checklistProblems(ruou, states, TODAY)).toEqual([
      { itemId: 'ke-toan', code: 'NO_ATTACHMENT', message: 'Chưa đính kèm tệp: Kế toán' },
    ]);
  });

  it('requires a valid date on a provided lab report', () => {
    const message =
      'Chưa nhập ngày hợp lệ của tài liệu: ' +
      'Phiếu kết quả kiểm tra chỉ tiêu ATTP theo tiêu chuẩn công bố (phiếu kiểm nghiệm)';
    for (const documentDate of [null, undefined, '', '2019-02-29', '31/03/2019']) {
      const states = withState(complete, 'phieu-kiem-nghiem', { documentDate });
      expect(checklistProblems(ruou, states, TODAY))
        .withContext(String(documentDate))
        .toEqual([{ itemId: 'phieu-kiem-nghiem', code: 'DOCUMENT_DATE_MISSING', message }]);
    }
  });

  it('does not check the date of a lab report that is missing', () => {
    const states = withState(complete, 'phieu-kiem-nghiem', {
      status: 'missing',
      documentDate: '2000-01-01',
    });
    expect(checklistProblems(ruou, states, TODAY)).toEqual([]);
  });

  it('can report several problems of one item', () => {
    const states = withState(complete, 'phieu-kiem-nghiem', { attachmentCount: 0, documentDate: null });
    expect(codes(checklistProblems(ruou, states, TODAY))).toEqual([
      'phieu-kiem-nghiem:NO_ATTACHMENT',
      'phieu-kiem-nghiem:DOCUMENT_DATE_MISSING',
    ]);
  });

  it('ignores states of items that are not in the checklist', () => {
    const thaoDuoc = checklistFor('1048', '22', 'first-time');
    const states = [
      ...completeChecklist(thaoDuoc),
      { itemId: 'giay-du-dieu-kien-san-xuat', status: 'returned' as const, attachmentCount: 0 },
    ];
    expect(checklistProblems(thaoDuoc, states, TODAY)).toEqual([]);
  });

  it('rejects an invalid today', () => {
    expect(() => checklistProblems(ruou, complete, '2020-02-30')).toThrowError(RangeError);
  });
});

describe('lab report 12-month validity', () => {
  const ruou = checklistFor('1048', '15', 'first-time');
  const labProblem = (labDate: string, today: string) =>
    checklistProblems(ruou, completeChecklist(ruou, labDate), today);

  const cases: [labDate: string, today: string, valid: boolean][] = [
    ['2019-03-31', '2020-03-31', true], // the same day 12 months later still counts
    ['2019-03-31', '2020-04-01', false],
    ['2019-04-01', '2020-03-31', true],
    ['2020-03-31', '2020-03-31', true], // dated today
    ['2020-02-29', '2021-02-28', true], // 29 February: valid to the end of February
    ['2020-02-29', '2021-03-01', false],
    ['2019-02-28', '2020-02-28', true], // into a leap year: the 29th is one day too late
    ['2019-02-28', '2020-02-29', false],
    ['2023-02-28', '2024-02-28', true],
  ];
  for (const [labDate, today, valid] of cases) {
    it(`treats a report of ${labDate} as ${valid ? 'valid' : 'too old'} on ${today}`, () => {
      expect(codes(labProblem(labDate, today))).toEqual(
        valid ? [] : ['phieu-kiem-nghiem:LAB_REPORT_TOO_OLD'],
      );
    });
  }

  it('says in Vietnamese until when the report counted', () => {
    expect(labProblem('2019-03-31', '2020-04-01')[0].message).toBe(
      'Phiếu kết quả kiểm tra chỉ tiêu ATTP theo tiêu chuẩn công bố (phiếu kiểm nghiệm) đã quá 12 tháng: ' +
        'ngày 31/03/2019, chỉ có giá trị đến hết ngày 31/03/2020',
    );
  });

  it('applies to the 148 lab report too', () => {
    const items148 = checklistFor('148', '15', 'first-time');
    expect(codes(checklistProblems(items148, completeChecklist(items148, '2018-01-01'), TODAY))).toEqual([
      'phieu-kiem-nghiem:LAB_REPORT_TOO_OLD',
    ]);
  });
});

describe('mandatoryItemsPresent', () => {
  const thaoDuoc = checklistFor('1048', '22', 'first-time');
  const complete = completeChecklist(thaoDuoc);

  it('is blocked by one missing mandatory item, with a clear reason', () => {
    const states = withState(complete, 'san-pham-mau', { status: 'missing' });
    expect(mandatoryItemsPresent(thaoDuoc, states, TODAY)).toBe(
      'Chưa thể tiếp nhận hồ sơ: Thiếu hồ sơ bắt buộc: Sản phẩm mẫu',
    );
  });

  it('is blocked by one returned item', () => {
    const states = withState(complete, 'bao-ve-moi-truong', { status: 'returned', remarks: 'Hết hạn' });
    expect(mandatoryItemsPresent(thaoDuoc, states, TODAY)).toBe(
      'Chưa thể tiếp nhận hồ sơ: Hồ sơ bị trả lại chưa được bổ sung: Bảo vệ môi trường (ý kiến: Hết hạn)',
    );
  });

  it('lists all reasons at once', () => {
    const states = withState(withState(complete, 'ke-toan', { attachmentCount: 0 }), 'phuong-an-kinh-doanh', {
      status: 'missing',
    });
    expect(mandatoryItemsPresent(thaoDuoc, states, TODAY)).toBe(
      'Chưa thể tiếp nhận hồ sơ: Thiếu hồ sơ bắt buộc: Phương án, kế hoạch kinh doanh sản phẩm; ' +
        'Chưa đính kèm tệp: Kế toán',
    );
  });
});

describe('checklistSummary and completeStates', () => {
  it('counts per status', () => {
    const states: ChecklistItemState[] = [
      { itemId: 'a', status: 'provided', attachmentCount: 1 },
      { itemId: 'b', status: 'returned', attachmentCount: 1 },
      { itemId: 'c', status: 'provided', attachmentCount: 2 },
    ];
    expect(checklistSummary(states)).toEqual({ missing: 0, provided: 2, returned: 1, total: 3 });
    expect(checklistSummary([])).toEqual({ missing: 0, provided: 0, returned: 0, total: 0 });
  });

  it('fills untouched items as missing, in definition order', () => {
    const items = checklistFor('148', '22', 'first-time');
    const states = completeStates(items, [
      { itemId: 'bao-cao-tu-danh-gia', status: 'provided', attachmentCount: 1 },
    ]);
    expect(states.map((s) => s.itemId)).toEqual(items.map((i) => i.id));
    expect(checklistSummary(states)).toEqual({ missing: 4, provided: 1, returned: 0, total: 5 });
  });
});
