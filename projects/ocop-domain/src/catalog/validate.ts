import type { FieldError } from '../api/api-error';
import { normalizeText } from '../text/fold';
import { PRODUCER_TYPES, type ProducerType } from './catalog';
import { productGroup1048 } from './product-groups-1048';

/**
 * Validation of new catalogue records, shared by the browser (form messages) and the API (the authority).
 * Only what can be decided without the database is checked here; the API adds "does the commune/producer
 * exist". Inputs are `unknown` per field because the API also receives them from arbitrary clients.
 */

export const MAX_NAME_LENGTH = 200;

export interface NewProducer {
  type: ProducerType;
  name: string;
  registrationNumber: string | null;
  communeCode: string;
}

export interface NewProduct {
  name: string;
  /** Phân nhóm code of QĐ 1048 ("1".."26"). */
  productGroupCode: string;
  producerId: string;
  communeCode: string;
}

export type NewProducerInput = Partial<Record<keyof NewProducer, unknown>>;
export type NewProductInput = Partial<Record<keyof NewProduct, unknown>>;

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

const COMMUNE_CODE = /^\d{5}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Mã số doanh nghiệp is the 10-digit tax code; a dependent unit appends -NNN (ocop-reference §5).
const ENTERPRISE_CODE = /^\d{10}(-\d{3})?$/;
// HTX, THT and household registration numbers have no confirmed format yet (ocop-reference §9): accept the
// characters they are written with, nothing that could be a sentence.
const OTHER_REGISTRATION = /^[0-9A-Za-z][0-9A-Za-z./-]{0,29}$/;

const PRODUCER_TYPE_LABELS: Record<ProducerType, string> = {
  'doanh-nghiep': 'doanh nghiệp',
  'hop-tac-xa': 'hợp tác xã',
  'to-hop-tac': 'tổ hợp tác',
  'ho-kinh-doanh': 'hộ kinh doanh',
};

class Collector {
  readonly errors: FieldError[] = [];

  add(field: string, code: string, message: string): void {
    this.errors.push({ field, code, message });
  }

  /** The normalised text of a field, or null when it is missing, blank or not a string (error recorded). */
  text(input: Record<string, unknown>, field: string, label: string, required: boolean): string | null {
    const raw = input[field];
    if (raw === undefined || raw === null) {
      if (required) this.add(field, 'required', `${label} không được để trống`);
      return null;
    }
    if (typeof raw !== 'string') {
      this.add(field, 'invalid_type', `${label} phải là chuỗi ký tự`);
      return null;
    }
    const value = normalizeText(raw);
    if (value === '') {
      if (required) this.add(field, 'required', `${label} không được để trống`);
      return null;
    }
    return value;
  }

  name(input: Record<string, unknown>, label: string): string | null {
    const name = this.text(input, 'name', label, true);
    if (name !== null && name.length > MAX_NAME_LENGTH) {
      this.add('name', 'too_long', `${label} không được dài quá ${MAX_NAME_LENGTH} ký tự`);
      return null;
    }
    return name;
  }

  communeCode(input: Record<string, unknown>): string | null {
    const code = this.text(input, 'communeCode', 'Xã', true);
    if (code !== null && !COMMUNE_CODE.test(code)) {
      this.add('communeCode', 'invalid_format', 'Mã xã phải gồm đúng 5 chữ số (mã đơn vị hành chính)');
      return null;
    }
    return code;
  }
}

/** True for a UUID in its canonical text form (any case). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

function isProducerType(value: string): value is ProducerType {
  return (PRODUCER_TYPES as readonly string[]).includes(value);
}

export function parseNewProducer(input: NewProducerInput): Validated<NewProducer> {
  const fields = input as Record<string, unknown>;
  const check = new Collector();

  let type: ProducerType | null = null;
  const rawType = check.text(fields, 'type', 'Loại chủ thể', true);
  if (rawType !== null) {
    if (isProducerType(rawType)) type = rawType;
    else
      check.add(
        'type',
        'invalid_choice',
        `Loại chủ thể phải là một trong: ${Object.values(PRODUCER_TYPE_LABELS).join(', ')}`,
      );
  }

  const name = check.name(fields, 'Tên chủ thể');

  // Numbers are often typed in groups ("0101 234 567"); the register writes them without spaces.
  let registrationNumber =
    check.text(fields, 'registrationNumber', 'Số đăng ký', false)?.replace(/ /g, '') ?? null;
  if (registrationNumber !== null && type !== null) {
    if (type === 'doanh-nghiep' && !ENTERPRISE_CODE.test(registrationNumber)) {
      check.add(
        'registrationNumber',
        'invalid_format',
        'Mã số doanh nghiệp phải gồm 10 chữ số (đơn vị phụ thuộc: thêm dấu gạch ngang và 3 chữ số)',
      );
      registrationNumber = null;
    } else if (type !== 'doanh-nghiep' && !OTHER_REGISTRATION.test(registrationNumber)) {
      check.add(
        'registrationNumber',
        'invalid_format',
        'Số đăng ký chỉ gồm chữ cái không dấu, chữ số và các dấu . / - (tối đa 30 ký tự)',
      );
      registrationNumber = null;
    }
  }

  const communeCode = check.communeCode(fields);

  if (check.errors.length > 0 || type === null || name === null || communeCode === null) {
    return { ok: false, errors: check.errors };
  }
  return { ok: true, value: { type, name, registrationNumber, communeCode } };
}

export function parseNewProduct(input: NewProductInput): Validated<NewProduct> {
  const fields = input as Record<string, unknown>;
  const check = new Collector();

  const name = check.name(fields, 'Tên sản phẩm');

  let productGroupCode = check.text(fields, 'productGroupCode', 'Phân nhóm sản phẩm', true);
  if (productGroupCode !== null && productGroup1048(productGroupCode) === undefined) {
    check.add(
      'productGroupCode',
      'invalid_choice',
      'Phân nhóm sản phẩm không có trong Bộ tiêu chí QĐ 1048 (mã từ 1 đến 26)',
    );
    productGroupCode = null;
  }

  let producerId = check.text(fields, 'producerId', 'Chủ thể', true);
  if (producerId !== null && !isUuid(producerId)) {
    check.add('producerId', 'invalid_format', 'Mã chủ thể không hợp lệ');
    producerId = null;
  }

  const communeCode = check.communeCode(fields);

  if (
    check.errors.length > 0 ||
    name === null ||
    productGroupCode === null ||
    producerId === null ||
    communeCode === null
  ) {
    return { ok: false, errors: check.errors };
  }
  return { ok: true, value: { name, productGroupCode, producerId: producerId.toLowerCase(), communeCode } };
}

/** The field errors of a new producer; empty when it is valid. */
export function validateNewProducer(input: NewProducerInput): FieldError[] {
  const result = parseNewProducer(input);
  return result.ok ? [] : result.errors;
}

/** The field errors of a new product; empty when it is valid. */
export function validateNewProduct(input: NewProductInput): FieldError[] {
  const result = parseNewProduct(input);
  return result.ok ? [] : result.errors;
}
