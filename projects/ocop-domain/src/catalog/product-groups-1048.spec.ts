import { PRODUCT_SECTORS_1048, PRODUCT_SUBGROUPS_1048, productGroup1048 } from './product-groups-1048';

describe('QĐ 1048 product classification', () => {
  it('has 6 ngành, 16 nhóm and 26 phân nhóm', () => {
    expect(PRODUCT_SECTORS_1048.length).toBe(6);
    expect(PRODUCT_SECTORS_1048.flatMap((s) => s.groups).length).toBe(16);
    expect(PRODUCT_SUBGROUPS_1048.length).toBe(26);
  });

  it('numbers the phân nhóm "1".."26" in order, without gaps', () => {
    expect(PRODUCT_SUBGROUPS_1048.map((sub) => sub.code)).toEqual(
      Array.from({ length: 26 }, (_, i) => String(i + 1)),
    );
  });

  it('has unique nhóm codes', () => {
    const codes = PRODUCT_SECTORS_1048.flatMap((s) => s.groups.map((g) => g.code));
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('names the six ngành', () => {
    expect(PRODUCT_SECTORS_1048.map((s) => s.name)).toEqual([
      'Thực phẩm',
      'Đồ uống',
      'Thảo dược',
      'Thủ công mỹ nghệ, trang trí',
      'Vải, may mặc',
      'Dịch vụ du lịch nông thôn và bán hàng',
    ]);
  });

  it('places Rượu men lá (15) under Đồ uống › Đồ uống có cồn', () => {
    expect(productGroup1048('15')).toEqual({
      code: '15',
      name: 'Rượu trắng',
      group: { code: '2.1', name: 'Đồ uống có cồn' },
      sector: { code: '2', name: 'Đồ uống' },
    });
  });

  it('places Tinh dầu hồi (22) under Thảo dược › Thảo dược khác', () => {
    const sub = productGroup1048('22');
    expect(sub?.name).toBe('Thảo dược khác');
    expect(sub?.group.name).toBe('Thảo dược khác');
    expect(sub?.sector.name).toBe('Thảo dược');
  });

  it('knows the first and last phân nhóm', () => {
    expect(productGroup1048('1')?.name).toBe('Rau, củ, quả, hạt tươi');
    expect(productGroup1048('26')?.sector.code).toBe('6');
  });

  it('answers undefined for unknown codes', () => {
    for (const code of ['0', '27', '', '015', '2.1', ' 15']) {
      expect(productGroup1048(code)).withContext(code).toBeUndefined();
    }
  });

  it('stores names in NFC', () => {
    for (const sub of PRODUCT_SUBGROUPS_1048) {
      expect(sub.name).toBe(sub.name.normalize('NFC'));
    }
  });
});
