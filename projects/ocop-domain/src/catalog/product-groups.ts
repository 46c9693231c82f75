/**
 * One entry point to the product classifications of every criteria set, so that validation, the checklist
 * and the product group picker do not need to know which table a code comes from.
 */

import type { CriteriaSetId } from '../dossiers/checklist/checklist-types';
import { PRODUCT_SECTORS_1048, type ClassificationNode } from './product-groups-1048';
import { PRODUCT_GROUPS_148 } from './product-groups-148';

/** A level of a set's classification tree; a leaf (no children) is what a product stores. */
export interface ProductGroupTreeNode extends ClassificationNode {
  children: readonly ProductGroupTreeNode[];
}

/** A code a product can store, with the set it belongs to and the levels above it (top first). */
export interface ProductGroupEntry extends ClassificationNode {
  setId: CriteriaSetId;
  /** The levels above the leaf, top level first (1048: ngành, nhóm; 148: nhóm, …); empty for a top leaf. */
  path: readonly ClassificationNode[];
  /** The top level (1048 ngành, 148 nhóm); the leaf itself when it is a top level. */
  top: ClassificationNode;
}

const TREES: Readonly<Record<CriteriaSetId, readonly ProductGroupTreeNode[]>> = {
  '1048': PRODUCT_SECTORS_1048.map((sector) => ({
    code: sector.code,
    name: sector.name,
    children: sector.groups.map((group) => ({
      code: group.code,
      name: group.name,
      children: group.subgroups.map((sub) => ({ code: sub.code, name: sub.name, children: [] })),
    })),
  })),
  '148': PRODUCT_GROUPS_148,
};

function leavesOf(
  setId: CriteriaSetId,
  nodes: readonly ProductGroupTreeNode[],
  path: readonly ClassificationNode[] = [],
): ProductGroupEntry[] {
  return nodes.flatMap((n) => {
    const self = { code: n.code, name: n.name };
    if (n.children.length > 0) return leavesOf(setId, n.children, [...path, self]);
    return [{ setId, code: n.code, name: n.name, path, top: path[0] ?? self }];
  });
}

const LEAVES: Readonly<Record<CriteriaSetId, readonly ProductGroupEntry[]>> = {
  '1048': leavesOf('1048', TREES['1048']),
  '148': leavesOf('148', TREES['148']),
};

const BY_CODE = new Map([...LEAVES['1048'], ...LEAVES['148']].map((entry) => [entry.code, entry]));
// A code must name one group in one set, else a stored code would be ambiguous.
if (BY_CODE.size !== LEAVES['1048'].length + LEAVES['148'].length) {
  throw new Error('Hai phân nhóm sản phẩm có cùng mã');
}

/** The classification tree of a criteria set (1048: ngành → nhóm → phân nhóm; 148: nhóm → …). */
export function productGroupsFor(setId: CriteriaSetId): readonly ProductGroupTreeNode[] {
  return TREES[setId];
}

/** The codes a product of this set can store, in tree order. */
export function productGroupLeavesFor(setId: CriteriaSetId): readonly ProductGroupEntry[] {
  return LEAVES[setId];
}

/** The storable group with this code in either set, or undefined (inner levels are not storable). */
export function productGroupByCode(code: string): ProductGroupEntry | undefined {
  return BY_CODE.get(code);
}
