import type { CurrentStars } from '../evaluation/council';

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
  /** Người đại diện theo pháp luật (for a household business: the head of the household); null when not given. */
  representativeName: string | null;
  /** Chức vụ of the representative (Giám đốc, Chủ tịch HĐQT, Chủ hộ…); null when not given. */
  representativePosition: string | null;
  /** Street, hamlet (thôn, bản) or village below the commune; null when not given. */
  address: string | null;
  commune: UnitRef;
  /** National form, digits only ('0912345678', '02053812345'); null when not given. */
  phone: string | null;
  /** Lower case; null when not given. */
  email: string | null;
  version: number;
}

export interface ProductGroupRef {
  /** Phân nhóm code of the criteria set's classification (1048: "1"…"26"). */
  code: string;
  name: string;
}

/**
 * Where a product stands in registration: 'idea' after the phiếu đăng ký ý tưởng sản phẩm (biểu số 01, a
 * new product), 'product' once registered as a product (biểu số 02, or an idea completed). Only a 'product'
 * can have an evaluation dossier.
 */
export const PRODUCT_STAGES = ['idea', 'product'] as const;
export type ProductStage = (typeof PRODUCT_STAGES)[number];

/** A photo of a product (JPEG or PNG); its bytes are at GET /api/products/:id/photos/:photoId. */
export interface ProductPhoto {
  id: string;
  /** The original file name (NFC), as the user chose it. */
  fileName: string;
  /** Bytes. */
  size: number;
  /** Hex SHA-256 of the bytes. */
  sha256: string;
  /** ISO 8601 instant. */
  uploadedAt: string;
}

export interface Product {
  id: string;
  name: string;
  /** A short description (at most MAX_DESCRIPTION_LENGTH characters, line breaks kept); null when none. */
  description: string | null;
  stage: ProductStage;
  productGroup: ProductGroupRef;
  producer: { id: string; name: string; type: ProducerType };
  commune: UnitRef;
  /** In the order they were added; at most PRODUCT_PHOTO_LIMITS.maxPhotos. */
  photos: ProductPhoto[];
  /**
   * Its OCOP rank now (evaluation/council.ts); null when it has no valid certificate. Always sent by the API;
   * optional so records built before evaluations existed still type-check.
   */
  currentStars?: CurrentStars | null;
  version: number;
}

export interface Page<T> {
  items: T[];
  total: number;
}
