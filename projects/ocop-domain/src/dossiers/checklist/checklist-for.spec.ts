import { checklistFor } from './checklist-for';

const ids = (items: { id: string }[]) => items.map((i) => i.id);
const mandatoryIds = (items: { id: string; mandatory: boolean }[]) => ids(items.filter((i) => i.mandatory));

describe('checklistFor', () => {
  it('gives 15 Rượu trắng (Đồ uống) the production certificate as a mandatory item', () => {
    const items = checklistFor('1048', '15', 'first-time');
    expect(items.length).toBe(18);
    expect(items.find((i) => i.id === 'giay-du-dieu-kien-san-xuat')?.mandatory).toBeTrue();
    expect(mandatoryIds(items).length).toBe(6);
  });

  it('gives food groups (ngành 1 Thực phẩm) the certificate too', () => {
    for (const code of ['1', '9', '14']) {
      expect(ids(checklistFor('1048', code, 'first-time'))).toContain('giay-du-dieu-kien-san-xuat');
    }
  });

  it('does not give 22 Thảo dược khác the certificate (our inference: it is named for food and drink)', () => {
    const items = checklistFor('1048', '22', 'first-time');
    expect(ids(items)).not.toContain('giay-du-dieu-kien-san-xuat');
    expect(items.length).toBe(17);
    expect(mandatoryIds(items).length).toBe(5);
  });

  it('drops the product sample for tourism services (26)', () => {
    expect(ids(checklistFor('1048', '26', 'first-time'))).not.toContain('san-pham-mau');
    expect(ids(checklistFor('148', '26', 'first-time'))).not.toContain('san-pham-mau');
  });

  it('reads QĐ 148 group codes by their nhóm: food and drink, herbal, services', () => {
    expect(ids(checklistFor('1048', '148-1.3.a', 'first-time'))).toContain('giay-du-dieu-kien-san-xuat');
    expect(ids(checklistFor('1048', '148-2', 'first-time'))).toContain('giay-du-dieu-kien-san-xuat');
    expect(ids(checklistFor('1048', '148-3', 'first-time'))).not.toContain('giay-du-dieu-kien-san-xuat');
    expect(ids(checklistFor('148', '148-6', 'first-time'))).not.toContain('san-pham-mau');
    expect(ids(checklistFor('148', '148-5.1', 'first-time'))).toContain('san-pham-mau');
  });

  it('drops the business registration when the chủ thể has none', () => {
    const items = checklistFor('1048', '22', 'first-time', { hasBusinessRegistration: false });
    expect(ids(items)).not.toContain('giay-dang-ky-kinh-doanh');
    expect(ids(checklistFor('1048', '22', 'first-time'))).toContain('giay-dang-ky-kinh-doanh');
  });

  it('keeps the 1048 list the same for every registration kind', () => {
    const first = checklistFor('1048', '15', 'first-time');
    expect(checklistFor('1048', '15', 'upgrade')).toEqual(first);
    expect(checklistFor('1048', '15', 're-evaluation')).toEqual(first);
  });

  it('builds the 148 list from form, self-assessment report, sample and evidence', () => {
    expect(ids(checklistFor('148', '22', 'first-time'))).toEqual([
      'phieu-dang-ky-san-pham',
      'bao-cao-tu-danh-gia',
      'san-pham-mau',
      'phieu-kiem-nghiem',
      'minh-chung-kem-theo',
    ]);
    expect(mandatoryIds(checklistFor('148', '15', 'upgrade'))).toEqual([
      'phieu-dang-ky-san-pham',
      'bao-cao-tu-danh-gia',
      'san-pham-mau',
      'giay-du-dieu-kien-san-xuat',
    ]);
  });

  it('makes the sample supporting on a 148 re-evaluation', () => {
    expect(mandatoryIds(checklistFor('148', '22', 're-evaluation'))).toEqual([
      'phieu-dang-ky-san-pham',
      'bao-cao-tu-danh-gia',
    ]);
  });

  it('rejects an unknown product group code', () => {
    expect(() => checklistFor('1048', '27', 'first-time')).toThrowError(
      RangeError,
      'Mã phân nhóm sản phẩm không hợp lệ: 27',
    );
  });

  it('does not change the catalogue it reads from', () => {
    checklistFor('1048', '15', 'first-time');
    expect(
      checklistFor('1048', '22', 'first-time').find((i) => i.id === 'giay-dang-ky-kinh-doanh'),
    ).toBeDefined();
    expect(mandatoryIds(checklistFor('1048', '22', 'first-time')).length).toBe(5);
  });
});
