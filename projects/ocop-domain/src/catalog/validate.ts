import type { FieldError } from '../api/api-error';
import { normalizeText } from '../text/fold';
import { PRODUCER_TYPES, PRODUCT_STAGES, type ProducerType, type ProductStage } from './catalog';
import { normalizeEmail, normalizePhone } from './contacts';
import { productGroupByCode } from './product-groups';

/**
 * Validation of new catalogue records, shared by the browser (form messages) and the API (the authority).
 * Only what can be decided without the database is checked here; the API adds "does the commune/producer
 * exist". Inputs are `unknown` per field because the API also receives them from arbitrary clients.
 */

export const MAX_NAME_LENGTH = 200;
export const MAX_PERSON_NAME_LENGTH = 100;
export const MAX_POSITION_LENGTH = 100;
export const MAX_ADDRESS_LENGTH = 300;
export const MAX_DESCRIPTION_LENGTH = 1000;

export interface NewProducer {
  type: ProducerType;
  name: string;
  registrationNumber: string | null;
  representativeName: string | null;
  representativePosition: string | null;
  address: string | null;
  communeCode: string;
  phone: string | null;
  email: string | null;
}

/** Body of PUT /api/producers/:id: the whole producer as the user left it, and the version they started from. */
export interface ProducerChange extends NewProducer {
  version: number;
}

export interface NewProduct {
  name: string;
  description: string | null;
  /** Phân nhóm code of QĐ 1048 ("1".."26"). */
  productGroupCode: string;
  producerId: string;
  communeCode: string;
  /** 'idea' for a new product's idea (biểu số 01); 'product' (the default) for an existing product (biểu số 02). */
  stage: ProductStage;
}

/** Body of a change that only names the version it was based on (POST /api/products/:id/promote). */
export interface VersionedRequest {
  version: number;
}

export type NewProducerInput = Partial<Record<keyof NewProducer, unknown>>;
export type ProducerChangeInput = Partial<Record<keyof ProducerChange, unknown>>;
export type NewProductInput = Partial<Record<keyof NewProduct, unknown>>;

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

const COMMUNE_CODE = /^\d{5}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Mã số doanh nghiệp is the 10-digit tax code; a dependent unit appends -NNN (ocop-reference §5).
const ENTERPRISE_CODE = /^\d{10}(-\d{3})?$/;
// The same dependent unit's code typed without its hyphen.
const ENTERPRISE_CODE_UNHYPHENATED = /^(\d{10})(\d{3})$/;
// HTX, THT and household registration numbers have no confirmed format yet (ocop-reference §9): accept the
// characters they are written with, nothing that could be a sentence, and at least one digit (a number).
const OTHER_REGISTRATION = /^(?=.*\d)[0-9A-Z][0-9A-Z./-]{0,29}$/;
// Versions are PostgreSQL integers.
const MAX_VERSION = 2_147_483_647;

const PRODUCER_TYPE_LABELS: Record<ProducerType, string> = {
  'doanh-nghiep': 'doanh nghiệp',
  'hop-tac-xa': 'hợp tác xã',
  'to-hop-tac': 'tổ hợp tác',
  'ho-kinh-doanh': 'hộ kinh doanh',
};

/**
 * Like normalizeText, but keeps line breaks (at most one empty line in a row): descriptions and reports are
 * paragraphs (officers paste them from the producer's or the unit's own text).
 */
export function normalizeParagraphs(s: string): string {
  return s
    .normalize('NFC')
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Where the field readers below record a problem (field, code, Vietnamese message). */
export type FieldErrorSink = (field: string, code: string, message: string) => void;

/** How readTextField reads a text: required or not, how long at most, how it is normalised. */
export interface TextFieldRules {
  required?: boolean;
  max?: number;
  normalize?: (s: string) => string;
}

/**
 * The normalised text of a field, or null when it is missing, blank, not a string or longer than `max`
 * characters (an error recorded, but for a missing or blank field that is not required).
 */
export function readTextField(
  add: FieldErrorSink,
  input: Record<string, unknown>,
  field: string,
  label: string,
  { required = false, max = Infinity, normalize = normalizeText }: TextFieldRules = {},
): string | null {
  const raw = input[field];
  if (raw === undefined || raw === null) {
    if (required) add(field, 'required', `${label} không được để trống`);
    return null;
  }
  if (typeof raw !== 'string') {
    add(field, 'invalid_type', `${label} phải là chuỗi ký tự`);
    return null;
  }
  const value = normalize(raw);
  if (value === '') {
    if (required) add(field, 'required', `${label} không được để trống`);
    return null;
  }
  if (value.length > max) {
    add(field, 'too_long', `${label} không được dài quá ${max} ký tự`);
    return null;
  }
  return value;
}

/** The version a change was based on (a positive PostgreSQL integer); `missing` is the message without one. */
export function readVersionField(
  add: FieldErrorSink,
  input: Record<string, unknown>,
  missing: string,
): number | null {
  const raw = input['version'];
  if (raw === undefined || raw === null) {
    add('version', 'required', missing);
    return null;
  }
  if (typeof raw !== 'number' || !Number.isInteger(raw) || raw < 1 || raw > MAX_VERSION) {
    add('version', 'invalid_format', 'Phiên bản phải là số nguyên dương');
    return null;
  }
  return raw;
}

class Collector {
  readonly errors: FieldError[] = [];

  add(field: string, code: string, message: string): void {
    this.errors.push({ field, code, message });
  }

  private readonly sink: FieldErrorSink = (field, code, message) => this.add(field, code, message);

  /** The normalised text of a field, or null when it is missing, blank or not a string (error recorded). */
  text(
    input: Record<string, unknown>,
    field: string,
    label: string,
    required: boolean,
    normalize: (s: string) => string = normalizeText,
  ): string | null {
    return readTextField(this.sink, input, field, label, { required, normalize });
  }

  /** Like `text`, refusing (and recording) a value longer than `max` characters. */
  bounded(
    input: Record<string, unknown>,
    field: string,
    label: string,
    max: number,
    required = false,
    normalize?: (s: string) => string,
  ): string | null {
    return readTextField(this.sink, input, field, label, { required, max, normalize });
  }

  name(input: Record<string, unknown>, label: string): string | null {
    return this.bounded(input, 'name', label, MAX_NAME_LENGTH, true);
  }

  communeCode(input: Record<string, unknown>): string | null {
    const code = this.text(input, 'communeCode', 'Xã', true);
    if (code !== null && !COMMUNE_CODE.test(code)) {
      this.add('communeCode', 'invalid_format', 'Mã xã phải gồm đúng 5 chữ số (mã đơn vị hành chính)');
      return null;
    }
    return code;
  }

  version(input: Record<string, unknown>): number | null {
    return readVersionField(this.sink, input, 'Phiên bản không được để trống');
  }
}

/** True for a UUID in its canonical text form (any case). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

function isProducerType(value: string): value is ProducerType {
  return (PRODUCER_TYPES as readonly string[]).includes(value);
}

function isProductStage(value: string): value is ProductStage {
  return (PRODUCT_STAGES as readonly string[]).includes(value);
}

/** The registration number as the register writes it, or null (error recorded) when its form is wrong. */
function registrationNumberOf(
  check: Collector,
  fields: Record<string, unknown>,
  type: ProducerType | null,
): string | null {
  // Numbers are often typed in groups ("0101 234 567"); the register writes them without spaces.
  const typed = check.text(fields, 'registrationNumber', 'Số đăng ký', false)?.replace(/ /g, '') ?? null;
  if (typed === null || type === null) return null;
  if (type === 'doanh-nghiep') {
    const number = typed.replace(ENTERPRISE_CODE_UNHYPHENATED, '$1-$2');
    if (ENTERPRISE_CODE.test(number)) return number;
    // A code of its own: the rule and its message differ from other types' numbers.
    check.add(
      'registrationNumber',
      'invalid_tax_code',
      'Mã số doanh nghiệp phải gồm 10 chữ số (đơn vị phụ thuộc: thêm dấu gạch ngang và 3 chữ số)',
    );
    return null;
  }
  // Upper case, so that "14f8001234" and "14F8001234" are one number to the duplicate check.
  const number = typed.toUpperCase();
  if (OTHER_REGISTRATION.test(number)) return number;
  check.add(
    'registrationNumber',
    'invalid_format',
    'Số đăng ký phải có chữ số và chỉ gồm chữ cái không dấu, chữ số, các dấu . / - (tối đa 30 ký tự)',
  );
  return null;
}

/** Every field of a producer but the version, checked in the order the form shows them. */
function producerFields(
  check: Collector,
  fields: Record<string, unknown>,
): { [K in keyof NewProducer]: NewProducer[K] | null } {
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
  const registrationNumber = registrationNumberOf(check, fields, type);

  const representativeName = check.bounded(
    fields,
    'representativeName',
    'Họ tên người đại diện',
    MAX_PERSON_NAME_LENGTH,
  );
  const representativePosition = check.bounded(
    fields,
    'representativePosition',
    'Chức vụ',
    MAX_POSITION_LENGTH,
  );
  // A position alone says nothing about who signs for the producer.
  if (
    representativeName === null &&
    representativePosition !== null &&
    !hasError(check, 'representativeName')
  ) {
    check.add(
      'representativeName',
      'required',
      'Họ tên người đại diện không được để trống khi đã có chức vụ',
    );
  }

  const address = check.bounded(fields, 'address', 'Địa chỉ', MAX_ADDRESS_LENGTH);
  const communeCode = check.communeCode(fields);

  let phone = check.text(fields, 'phone', 'Số điện thoại', false);
  if (phone !== null) {
    phone = normalizePhone(phone);
    if (phone === null) {
      check.add(
        'phone',
        'invalid_format',
        'Số điện thoại không đúng định dạng Việt Nam (di động 10 chữ số như 0912 345 678, ' +
          'cố định 11 chữ số như 0205 3812 345)',
      );
    }
  }

  let email = check.text(fields, 'email', 'Email', false);
  if (email !== null) {
    email = normalizeEmail(email);
    if (email === null) {
      check.add('email', 'invalid_format', 'Email không đúng định dạng (ví dụ: lienhe@htxvanquan.vn)');
    }
  }

  return {
    type,
    name,
    registrationNumber,
    representativeName,
    representativePosition,
    address,
    communeCode,
    phone,
    email,
  };
}

function hasError(check: Collector, field: string): boolean {
  return check.errors.some((e) => e.field === field);
}

function completeProducer(value: { [K in keyof NewProducer]: NewProducer[K] | null }): NewProducer | null {
  const { type, name, communeCode } = value;
  if (type === null || name === null || communeCode === null) return null;
  return { ...value, type, name, communeCode };
}

export function parseNewProducer(input: NewProducerInput): Validated<NewProducer> {
  const check = new Collector();
  const producer = completeProducer(producerFields(check, input as Record<string, unknown>));
  if (check.errors.length > 0 || producer === null) return { ok: false, errors: check.errors };
  return { ok: true, value: producer };
}

export function parseProducerChange(input: ProducerChangeInput): Validated<ProducerChange> {
  const fields = input as Record<string, unknown>;
  const check = new Collector();
  const producer = completeProducer(producerFields(check, fields));
  const version = check.version(fields);
  if (check.errors.length > 0 || producer === null || version === null) {
    return { ok: false, errors: check.errors };
  }
  return { ok: true, value: { ...producer, version } };
}

export function parseVersionedRequest(
  input: Partial<Record<keyof VersionedRequest, unknown>>,
): Validated<VersionedRequest> {
  const check = new Collector();
  const version = check.version(input as Record<string, unknown>);
  if (version === null) return { ok: false, errors: check.errors };
  return { ok: true, value: { version } };
}

/**
 * What a producer's record should have but may still lack: registration is not refused for it (officers
 * register a producer while its papers are still being gathered), but the form says so before saving.
 */
export function producerNotices(
  producer: Partial<Pick<NewProducer, 'representativeName' | 'phone' | 'email'>>,
): FieldError[] {
  const notices: FieldError[] = [];
  const blank = (value: string | null | undefined) =>
    value === undefined || value === null || value.trim() === '';
  if (blank(producer.representativeName)) {
    notices.push({
      field: 'representativeName',
      code: 'recommended',
      message: 'Nên ghi người đại diện theo pháp luật: phiếu đăng ký sản phẩm cần thông tin này',
    });
  }
  if (blank(producer.phone) && blank(producer.email)) {
    notices.push({
      field: 'phone',
      code: 'recommended',
      message: 'Nên có ít nhất số điện thoại hoặc email để xã, huyện liên hệ với chủ thể',
    });
  }
  return notices;
}

export function parseNewProduct(input: NewProductInput): Validated<NewProduct> {
  const fields = input as Record<string, unknown>;
  const check = new Collector();

  const name = check.name(fields, 'Tên sản phẩm');

  let productGroupCode = check.text(fields, 'productGroupCode', 'Phân nhóm sản phẩm', true);
  if (productGroupCode !== null && productGroupByCode(productGroupCode) === undefined) {
    check.add(
      'productGroupCode',
      'invalid_choice',
      'Phân nhóm sản phẩm không có trong phân loại của QĐ 1048/2019 hoặc QĐ 148/2023',
    );
    productGroupCode = null;
  }

  let producerId = check.text(fields, 'producerId', 'Chủ thể', true);
  if (producerId !== null && !isUuid(producerId)) {
    check.add('producerId', 'invalid_format', 'Mã chủ thể không hợp lệ');
    producerId = null;
  }

  const communeCode = check.communeCode(fields);

  const description = check.bounded(
    fields,
    'description',
    'Mô tả sản phẩm',
    MAX_DESCRIPTION_LENGTH,
    false,
    normalizeParagraphs,
  );

  // Registering an existing product (biểu số 02) is what POST /api/products did before ideas existed.
  let stage: ProductStage | null = 'product';
  const rawStage = check.text(fields, 'stage', 'Bước đăng ký', false);
  if (rawStage !== null) {
    stage = isProductStage(rawStage) ? rawStage : null;
    if (stage === null) {
      check.add(
        'stage',
        'invalid_choice',
        'Bước đăng ký phải là ý tưởng sản phẩm mới (idea, biểu số 01) hoặc sản phẩm đã có (product, biểu số 02)',
      );
    }
  }

  if (
    check.errors.length > 0 ||
    name === null ||
    productGroupCode === null ||
    producerId === null ||
    communeCode === null ||
    stage === null
  ) {
    return { ok: false, errors: check.errors };
  }
  return {
    ok: true,
    value: {
      name,
      description,
      productGroupCode,
      producerId: producerId.toLowerCase(),
      communeCode,
      stage,
    },
  };
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
