import { CHECKLIST_ITEMS_1048, CHECKLIST_ITEMS_148, checklistItemsOf } from './checklist-items';

describe('checklist item catalogue', () => {
  it('has for QĐ 1048 exactly 5 mandatory and 13 supporting items, numbered 1..18', () => {
    expect(CHECKLIST_ITEMS_1048.filter((i) => i.mandatory).length).toBe(5);
    expect(CHECKLIST_ITEMS_1048.filter((i) => !i.mandatory).length).toBe(13);
    expect(CHECKLIST_ITEMS_1048.map((i) => i.number)).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
    expect(CHECKLIST_ITEMS_1048.filter((i) => i.mandatory).map((i) => i.number)).toEqual([1, 2, 3, 4, 5]);
  });

  it('uses the reference names', () => {
    expect(CHECKLIST_ITEMS_1048[0].name).toBe('Phiếu đăng ký ý tưởng sản phẩm, đăng ký sản phẩm');
    expect(CHECKLIST_ITEMS_1048[15].name).toBe('Câu chuyện về sản phẩm');
  });

  for (const [set, items] of [
    ['1048', CHECKLIST_ITEMS_1048],
    ['148', CHECKLIST_ITEMS_148],
  ] as const) {
    it(`has unique kebab-case ids and consistent flags for ${set}`, () => {
      const ids = items.map((i) => i.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const i of items) {
        expect(i.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(i.criteriaSet).toBe(set);
        // Only documents are uploaded; a sample is handed over.
        expect(i.acceptedFileKinds.length === 0).toBe(i.delivery === 'physical-sample');
      }
      expect(checklistItemsOf(set)).toBe(items);
    });
  }

  it('asks for a dated lab report valid 12 months, and for no other date', () => {
    const dated = CHECKLIST_ITEMS_1048.filter((i) => i.needsDocumentDate);
    expect(dated.map((i) => [i.id, i.maxAgeMonths])).toEqual([['phieu-kiem-nghiem', 12]]);
  });

  it('has for QĐ 148 the registration form and self-assessment report as the mandatory documents', () => {
    expect(CHECKLIST_ITEMS_148.filter((i) => i.mandatory).map((i) => i.id)).toEqual([
      'phieu-dang-ky-san-pham',
      'bao-cao-tu-danh-gia',
      'san-pham-mau',
    ]);
  });
});
