/** Types of the product catalogue as the API sends them (JSON) and the browser reads them. */

export type UnitLevel = 'province' | 'district' | 'commune';

/** An administrative unit with its GSO code (province 2 digits, district 3, commune 5). */
export interface AdminUnit {
  code: string;
  name: string;
  level: UnitLevel;
  parentCode: string | null;
  /** ISO date (yyyy-MM-dd) from which the unit exists under this name; null when unknown. */
  validFrom: string | null;
  /** ISO date (yyyy-MM-dd) after which it no longer exists under this name; null while current. */
  validTo: string | null;
}

/** Chủ thể types (QĐ 1048 criterion 3.1 scores them, so the type is a scoring input). */
export const PRODUCER_TYPES = ['doanh-nghiep', 'hop-tac-xa', 'to-hop-tac', 'ho-kinh-doanh'] as const;
export type ProducerType = (typeof PRODUCER_TYPES)[number];

export interface UnitRef {
  code: string;
  name: string;
}

export interface Producer {
  id: string;
  type: ProducerType;
  name: string;
  /** Tax code or business/cooperative/household registration number; null when not yet registered. */
  registrationNumber: string | null;
  commune: UnitRef;
  version: number;
}

export interface ProductGroupRef {
  /** Phân nhóm code of the criteria set's classification (1048: "1"…"26"). */
  code: string;
  name: string;
}

export interface Product {
  id: string;
  name: string;
  productGroup: ProductGroupRef;
  producer: { id: string; name: string; type: ProducerType };
  commune: UnitRef;
  version: number;
}

export interface Page<T> {
  items: T[];
  total: number;
}
