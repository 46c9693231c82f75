/**
 * The product classification of Decision 148/QĐ-TTg (2023): 6 nhóm, each with the sub-levels the sources give.
 * Source: docs/ocop-reference §2.1 (the 6 nhóm, the 3 sinh vật cảnh sheets) and §2.2 (the start of the
 * "Danh mục phân loại sản phẩm", cut off after "Thực phẩm chế biến" d).
 *
 * The decision does not number these levels the way 1048 numbers its 26 phân nhóm, so the codes are ours:
 * "148-<nhóm>[.<level 2>[.<letter>]]". They never look like a 1048 code ("1".."26"), so a product's stored
 * code says which set it belongs to. Only leaves are chosen for a product (a sheet exists per leaf); a nhóm
 * whose sub-levels the sources do not give is a leaf itself until they are confirmed.
 */

import type { ClassificationNode } from './product-groups-1048';

/** A level of the 148 tree; `children` is empty for a leaf, which is what a product stores. */
export interface ProductGroupNode148 extends ClassificationNode {
  children: readonly ProductGroupNode148[];
}

function node(
  code: string,
  name: string,
  children: readonly ProductGroupNode148[] = [],
): ProductGroupNode148 {
  return { code, name, children };
}

export const PRODUCT_GROUPS_148: readonly ProductGroupNode148[] = [
  // ⚠ Only the first three level-2 groups are confirmed; the source list is cut off in "Thực phẩm chế biến".
  // The 1048 groups Gia vị, Chè, Cà phê – ca cao presumably follow (CHƯA XÁC NHẬN), so they are not listed.
  node('148-1', 'Thực phẩm', [
    node('148-1.1', 'Thực phẩm tươi sống', [
      node('148-1.1.a', 'Rau, củ, quả, hạt tươi'),
      node('148-1.1.b', 'Thịt, thủy sản, trứng, sữa tươi'),
    ]),
    node('148-1.2', 'Thực phẩm thô, sơ chế', [
      node('148-1.2.a', 'Gạo, ngũ cốc, hạt sơ chế khác'),
      node('148-1.2.b', 'Mật ong, mật khác và nông sản thực phẩm khác'),
    ]),
    node('148-1.3', 'Thực phẩm chế biến', [
      node('148-1.3.a', 'Đồ ăn nhanh'),
      node('148-1.3.b', 'Chế biến từ gạo, ngũ cốc'),
      node('148-1.3.c', 'Chế biến từ rau, củ, quả, hạt'),
      // The source breaks off inside this name ("…, mật khác…"); further items (e, f…) are CHƯA XÁC NHẬN.
      node('148-1.3.d', 'Chế biến từ thịt, trứng, sữa, thủy sản, các sản phẩm từ mật ong, mật khác'),
    ]),
  ]),
  // ⚠ Sub-levels CHƯA XÁC NHẬN (the names for đồ uống có cồn are not found): a leaf for now.
  node('148-2', 'Đồ uống'),
  // ⚠ Sub-levels CHƯA XÁC NHẬN. QĐ 919 describes the group as including "tinh dầu và dược liệu khác", so
  // Tinh dầu hồi belongs here.
  node('148-3', 'Dược liệu và sản phẩm từ dược liệu'),
  // ⚠ Sub-levels CHƯA XÁC NHẬN. Vải, may mặc (a 1048 ngành) appears to fall here ("dệt may, thêu ren", QĐ 919).
  node('148-4', 'Hàng thủ công mỹ nghệ'),
  // The three sheets 148 adds ("hoa, cây cảnh và động vật cảnh"); their order in the decision is unconfirmed.
  node('148-5', 'Sinh vật cảnh', [
    node('148-5.1', 'Hoa'),
    node('148-5.2', 'Cây cảnh'),
    node('148-5.3', 'Động vật cảnh'),
  ]),
  // ⚠ Sub-levels CHƯA XÁC NHẬN: a leaf for now.
  node('148-6', 'Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch'),
];
