import { PRODUCT_SUBGROUPS_1048 } from './product-groups-1048';
import { PRODUCT_GROUPS_148 } from './product-groups-148';
import {
  productGroupByCode,
  productGroupLeavesFor,
  productGroupsFor,
  type ProductGroupTreeNode,
} from './product-groups';

function allCodes(nodes: readonly ProductGroupTreeNode[]): string[] {
  return nodes.flatMap((n) => [n.code, ...allCodes(n.children)]);
}

describe('product groups of either criteria set', () => {
  it('gives the 1048 tree as 6 ngành → 16 nhóm → 26 phân nhóm', () => {
    const tree = productGroupsFor('1048');
    expect(tree.length).toBe(6);
    expect(tree.flatMap((s) => s.children).length).toBe(16);
    expect(productGroupLeavesFor('1048').map((g) => g.code)).toEqual(
      PRODUCT_SUBGROUPS_1048.map((s) => s.code),
    );
  });

  it('gives the six nhóm of QĐ 148', () => {
    expect(productGroupsFor('148').map((n) => n.name)).toEqual([
      'Thực phẩm',
      'Đồ uống',
      'Dược liệu và sản phẩm từ dược liệu',
      'Hàng thủ công mỹ nghệ',
      'Sinh vật cảnh',
      'Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch',
    ]);
  });

  it('keeps 148 codes apart from the 1048 ones', () => {
    const codes148 = allCodes(PRODUCT_GROUPS_148);
    expect(new Set(codes148).size).toBe(codes148.length);
    for (const code of codes148) {
      expect(code)
        .withContext(code)
        .toMatch(/^148-\d(\.\d(\.[a-z])?)?$/);
      expect(/^\d+$/.test(code)).withContext(code).toBeFalse();
    }
  });

  it('finds a 1048 phân nhóm with its set, ngành and nhóm', () => {
    expect(productGroupByCode('15')).toEqual({
      setId: '1048',
      code: '15',
      name: 'Rượu trắng',
      path: [
        { code: '2', name: 'Đồ uống' },
        { code: '2.1', name: 'Đồ uống có cồn' },
      ],
      top: { code: '2', name: 'Đồ uống' },
    });
  });

  it('finds a 148 leaf two levels down and a 148 nhóm that is a leaf', () => {
    const honey = productGroupByCode('148-1.2.b');
    expect(honey?.setId).toBe('148');
    expect(honey?.path.map((p) => p.name)).toEqual(['Thực phẩm', 'Thực phẩm thô, sơ chế']);
    expect(honey?.top.code).toBe('148-1');

    const herbal = productGroupByCode('148-3');
    expect(herbal).toEqual({
      setId: '148',
      code: '148-3',
      name: 'Dược liệu và sản phẩm từ dược liệu',
      path: [],
      top: { code: '148-3', name: 'Dược liệu và sản phẩm từ dược liệu' },
    });
  });

  it('lists the 148 sinh vật cảnh sheets as leaves', () => {
    const ornamental = productGroupLeavesFor('148').filter((g) => g.top.code === '148-5');
    expect(ornamental.map((g) => g.name)).toEqual(['Hoa', 'Cây cảnh', 'Động vật cảnh']);
  });

  it('does not store inner levels or unknown codes', () => {
    for (const code of ['148-1', '148-1.1', '2.1', '0', '27', '', '148-7', ' 15']) {
      expect(productGroupByCode(code)).withContext(code).toBeUndefined();
    }
  });

  it('stores 148 names in NFC', () => {
    for (const g of productGroupLeavesFor('148')) {
      expect(g.name).toBe(g.name.normalize('NFC'));
      for (const p of g.path) expect(p.name).toBe(p.name.normalize('NFC'));
    }
  });
});
