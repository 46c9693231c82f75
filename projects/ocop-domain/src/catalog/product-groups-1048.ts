/**
 * The product classification of Decision 1048/QĐ-TTg (2019): 6 ngành → 16 nhóm → 26 phân nhóm.
 * A scoring sheet exists per phân nhóm, so the phân nhóm code ("1".."26") is what a product stores.
 * Source: docs/ocop-reference §1.3 (tree re-typed in two public databases; the decision text lists the 6 ngành).
 * Later criteria sets (QĐ 148) classify differently and will get their own table beside this one.
 */

export interface ClassificationNode {
  code: string;
  name: string;
}

/** A nhóm. Its code ("ngành.n") is our own key: the decision numbers only the phân nhóm. */
export interface ProductGroupNode1048 extends ClassificationNode {
  subgroups: readonly ClassificationNode[];
}

/** A ngành with its nhóm. */
export interface ProductSector1048 extends ClassificationNode {
  groups: readonly ProductGroupNode1048[];
}

/** A phân nhóm with the nhóm and ngành above it. */
export interface ProductSubgroup1048 extends ClassificationNode {
  group: ClassificationNode;
  sector: ClassificationNode;
}

type SubgroupRow = readonly [code: string, name: string];
type GroupRow = readonly [name: string, subgroups: readonly SubgroupRow[]];

function sector(code: string, name: string, groups: readonly GroupRow[]): ProductSector1048 {
  return {
    code,
    name,
    groups: groups.map(([groupName, subgroups], i) => ({
      code: `${code}.${i + 1}`,
      name: groupName,
      subgroups: subgroups.map(([subCode, subName]) => ({ code: subCode, name: subName })),
    })),
  };
}

export const PRODUCT_SECTORS_1048: readonly ProductSector1048[] = [
  sector('1', 'Thực phẩm', [
    [
      'Thực phẩm tươi sống',
      [
        ['1', 'Rau, củ, quả, hạt tươi'],
        ['2', 'Thịt, trứng, sữa tươi'],
      ],
    ],
    [
      'Thực phẩm thô, sơ chế',
      [
        ['3', 'Gạo, ngũ cốc'],
        ['4', 'Mật ong, các sản phẩm từ mật ong, mật khác'],
      ],
    ],
    [
      'Thực phẩm chế biến',
      [
        ['5', 'Đồ ăn nhanh'],
        ['6', 'Chế biến từ gạo, ngũ cốc'],
        ['7', 'Chế biến từ rau, củ, quả, hạt'],
        ['8', 'Chế biến từ thịt, trứng, sữa'],
        ['9', 'Chế biến từ thủy, hải sản'],
      ],
    ],
    [
      'Gia vị',
      [
        ['10', 'Tương, nước mắm, gia vị lỏng khác'],
        ['11', 'Gia vị khác'],
      ],
    ],
    [
      'Chè',
      [
        ['12', 'Chè tươi, chế biến'],
        ['13', 'Các sản phẩm khác từ chè, trà'],
      ],
    ],
    ['Cà phê, ca cao', [['14', 'Cà phê, ca cao']]],
  ]),
  sector('2', 'Đồ uống', [
    [
      'Đồ uống có cồn',
      [
        ['15', 'Rượu trắng'],
        ['16', 'Đồ uống có cồn khác'],
      ],
    ],
    [
      'Đồ uống không cồn',
      [
        ['17', 'Nước khoáng thiên nhiên, nước uống tinh khiết'],
        ['18', 'Đồ uống không cồn'],
      ],
    ],
  ]),
  sector('3', 'Thảo dược', [
    [
      'Thực phẩm chức năng, thuốc từ dược liệu, thuốc YHCT',
      [['19', 'Thực phẩm chức năng, thuốc từ dược liệu, thuốc YHCT']],
    ],
    ['Mỹ phẩm', [['20', 'Mỹ phẩm']]],
    ['Trang thiết bị, dụng cụ y tế', [['21', 'Trang thiết bị, dụng cụ y tế']]],
    ['Thảo dược khác', [['22', 'Thảo dược khác']]],
  ]),
  // The decision text names this ngành "lưu niệm – nội thất – trang trí"; both databases use this name.
  sector('4', 'Thủ công mỹ nghệ, trang trí', [
    ['Thủ công mỹ nghệ, trang trí', [['23', 'Thủ công mỹ nghệ, trang trí']]],
    ['Thủ công mỹ nghệ gia dụng', [['24', 'Thủ công mỹ nghệ gia dụng']]],
  ]),
  sector('5', 'Vải, may mặc', [['Vải, may mặc', [['25', 'Vải, may mặc']]]]),
  // The 2020 name; a 2022 database calls it "Dịch vụ du lịch cộng đồng và điểm du lịch" (perhaps after QĐ 781).
  sector('6', 'Dịch vụ du lịch nông thôn và bán hàng', [
    ['Dịch vụ du lịch – truyền thống – lễ hội', [['26', 'Dịch vụ du lịch – truyền thống – lễ hội']]],
  ]),
];

/** All 26 phân nhóm in code order, each with its nhóm and ngành. */
export const PRODUCT_SUBGROUPS_1048: readonly ProductSubgroup1048[] = PRODUCT_SECTORS_1048.flatMap((s) =>
  s.groups.flatMap((g) =>
    g.subgroups.map((sub) => ({
      code: sub.code,
      name: sub.name,
      group: { code: g.code, name: g.name },
      sector: { code: s.code, name: s.name },
    })),
  ),
);

const BY_CODE = new Map(PRODUCT_SUBGROUPS_1048.map((sub) => [sub.code, sub]));

/** The phân nhóm with this code ("1".."26"), or undefined. */
export function productGroup1048(code: string): ProductSubgroup1048 | undefined {
  return BY_CODE.get(code);
}
