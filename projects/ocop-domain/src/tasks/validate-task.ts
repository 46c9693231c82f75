import type { FieldError } from '../api/api-error';
import {
  type FieldErrorSink,
  isUuid,
  normalizeParagraphs,
  readTextField,
  readVersionField,
  type Validated,
} from '../catalog/validate';
import { isQuarter } from '../dossiers/dossier';
import { isIsoDate } from '../dossiers/workflow/workflow-deadline';
import { normalizeText } from '../text/fold';
import type { NewPlan, PlanChange, PlanCopyRequest, PlanSection, PlanTarget } from './plan';
import type { NewTaskReview } from './review';
import {
  RECURRENCES,
  TASK_PRIORITIES,
  type NewTask,
  type NewTaskComment,
  type ProgressReportRequest,
  type Recurrence,
  type TaskChange,
  type TaskPriority,
} from './task';
import {
  parseTaskUnitKey,
  sameTaskUnit,
  TASK_UNIT_KINDS,
  type TaskUnitKind,
  type TaskUnitRef,
} from './task-units';
import type { TaskActionId } from './task-workflow';

/**
 * Validation of the tasks module's requests, shared by the browser and the API (same shape as the dossier
 * parsers: `Validated<T>` with one Vietnamese `FieldError` per problem). Only what can be decided without the
 * database is checked here: that a unit, target or dossier exists is the API's business.
 */

export const MAX_TASK_TITLE_LENGTH = 500;
export const MAX_TASK_TEXT_LENGTH = 5000;
/** Reasons of a return, cancel or reopen: a few sentences. */
export const MAX_TASK_REASON_LENGTH = 2000;
const MAX_SHORT_TEXT_LENGTH = 200;
const MAX_LIST_ITEMS = 100;
const MIN_YEAR = 2018;
const MAX_YEAR = 2100;

// The same rule as dossier actions, so the browser makes one kind of request id for both modules.
const REQUEST_ID = /^[0-9A-Za-z-]{8,64}$/;
// A plan unit: province (2 digits), district (3) or commune (5), as administrative unit codes are written.
const PLAN_UNIT_CODE = /^(\d{2}|\d{3}|\d{5})$/;
// The document's own numbering: 'II.1', 'III.7', '2.a'.
const SECTION_CODE = /^[0-9A-Za-z]{1,10}(\.[0-9A-Za-z]{1,10}){0,4}$/;
const TARGET_CODE = /^[0-9A-Za-z][0-9A-Za-z._-]{0,19}$/;
const PERIOD = /^(\d{4})(-Q[1-4])?$/;

const PERCENT_MESSAGE = 'Tiến độ phải là số nguyên từ 0 đến 100 (%)';

const RECURRENCE_LABELS: Record<Recurrence, string> = {
  once: 'một lần',
  quarterly: 'hằng quý',
  yearly: 'hằng năm',
};

const PRIORITY_LABELS: Record<TaskPriority, string> = { high: 'cao', normal: 'bình thường', low: 'thấp' };

const UNIT_KIND_LABELS: Record<TaskUnitKind, string> = {
  department: 'phòng, ban',
  commune: 'xã',
  producer: 'chủ thể',
};

const TASK_ACTIONS_BY_REQUEST = ['start', 'accept', 'return', 'cancel', 'reopen'] as const;
type TaskActionRequestId = (typeof TASK_ACTIONS_BY_REQUEST)[number];

type Fields = Record<string, unknown>;

function recordOf(value: unknown): Fields | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Fields) : null;
}

/** Collects field errors; every reader returns null (error recorded) when the value is unusable. */
class Check {
  readonly errors: FieldError[] = [];

  /** `prefix` names the enclosing field, so nested errors read 'targets[0].code'. */
  constructor(private readonly prefix = '') {}

  add(field: string, code: string, message: string): void {
    this.errors.push({ field: this.prefix + field, code, message });
  }

  nested(prefix: string): Check {
    return new Check(this.prefix + prefix);
  }

  absorb(other: Check): void {
    this.errors.push(...other.errors);
  }

  private readonly sink: FieldErrorSink = (field, code, message) => this.add(field, code, message);

  /** Normalised text; null when missing or blank (an error if required) or unusable. */
  text(
    fields: Fields,
    field: string,
    label: string,
    max: number,
    required: boolean,
    normalize: (s: string) => string = normalizeText,
  ): string | null {
    return readTextField(this.sink, fields, field, label, { required, max, normalize });
  }

  version(fields: Fields): number | null {
    return readVersionField(this.sink, fields, 'Thiếu phiên bản mà thay đổi dựa trên (version)');
  }

  year(fields: Fields, field: string, label: string): number | null {
    const raw = fields[field];
    if (raw === undefined || raw === null) {
      this.add(field, 'required', `${label} không được để trống`);
      return null;
    }
    if (typeof raw !== 'number' || !Number.isInteger(raw) || raw < MIN_YEAR || raw > MAX_YEAR) {
      this.add(field, 'invalid_format', `${label} phải là một năm từ ${MIN_YEAR} đến ${MAX_YEAR}`);
      return null;
    }
    return raw;
  }

  date(fields: Fields, field: string, label: string, required: boolean): string | null {
    const raw = fields[field];
    if (raw === undefined || raw === null || raw === '') {
      if (required) this.add(field, 'required', `${label} không được để trống`);
      return null;
    }
    if (typeof raw !== 'string' || !isIsoDate(raw)) {
      this.add(field, 'invalid_format', `${label} không phải là một ngày hợp lệ (yyyy-MM-dd)`);
      return null;
    }
    return raw;
  }

  /** A 'yyyy-Qn' quarter, within `year` when one is given. */
  quarter(fields: Fields, field: string, label: string, year: number | null): string | null {
    const raw = fields[field];
    if (raw === undefined || raw === null || raw === '') return null;
    if (typeof raw !== 'string' || !isQuarter(raw)) {
      this.add(field, 'invalid_format', `${label} phải có dạng năm-Qn, ví dụ 2020-Q3`);
      return null;
    }
    if (year !== null && Number(raw.slice(0, 4)) !== year) {
      this.add(field, 'out_of_range', `${label} phải thuộc năm ${year} của kế hoạch`);
      return null;
    }
    return raw;
  }

  /** An optional id: null when absent, lower case. */
  uuid(fields: Fields, field: string, label: string): string | null {
    const raw = fields[field];
    if (raw === undefined || raw === null || raw === '') return null;
    if (typeof raw !== 'string' || !isUuid(raw)) {
      this.add(field, 'invalid_format', `Mã ${label} không hợp lệ`);
      return null;
    }
    return raw.toLowerCase();
  }

  /** Absent → undefined; a malformed one is an error. */
  requestId(fields: Fields): string | undefined {
    const raw = fields['requestId'];
    if (raw === undefined || raw === null) return undefined;
    if (typeof raw !== 'string' || !REQUEST_ID.test(raw)) {
      this.add(
        'requestId',
        'invalid_format',
        'Mã yêu cầu (requestId) phải gồm 8–64 chữ cái, chữ số hoặc dấu -',
      );
      return undefined;
    }
    return raw;
  }

  /** An array field; absent counts as empty. */
  list(fields: Fields, field: string, label: string): unknown[] | null {
    const raw = fields[field];
    if (raw === undefined || raw === null) return [];
    if (!Array.isArray(raw)) {
      this.add(field, 'invalid_type', `${label} phải là một danh sách`);
      return null;
    }
    if (raw.length > MAX_LIST_ITEMS) {
      this.add(field, 'too_long', `${label} không được quá ${MAX_LIST_ITEMS} mục`);
      return null;
    }
    return raw;
  }

  /** A list of texts (legal bases, purposes…): blank entries are dropped, each entry normalised. */
  texts(fields: Fields, field: string, label: string, max: number): string[] {
    const raw = this.list(fields, field, label);
    if (raw === null) return [];
    const values: string[] = [];
    raw.forEach((item, i) => {
      const value = this.text({ [`${field}[${i}]`]: item }, `${field}[${i}]`, label, max, false);
      if (value !== null) values.push(value);
    });
    return values;
  }

  choice<T extends string>(
    fields: Fields,
    field: string,
    choices: readonly T[],
    fallback: T,
    message: string,
  ): T | null {
    const raw = fields[field];
    if (raw === undefined || raw === null || raw === '') return fallback;
    if (typeof raw !== 'string' || !(choices as readonly string[]).includes(raw)) {
      this.add(field, 'invalid_choice', message);
      return null;
    }
    return raw as T;
  }

  /** A unit reference `{kind, code}`, checked by the same rules as a task unit key. */
  unitRef(value: unknown, field: string, label: string): TaskUnitRef | null {
    if (value === undefined || value === null) {
      this.add(field, 'required', `Chưa chọn ${label}`);
      return null;
    }
    const record = recordOf(value);
    const kind = record?.['kind'];
    const code = record?.['code'];
    if (typeof kind !== 'string' || !(TASK_UNIT_KINDS as readonly string[]).includes(kind)) {
      const kinds = TASK_UNIT_KINDS.map((k) => UNIT_KIND_LABELS[k]).join(', ');
      this.add(field, 'invalid_choice', `${label} phải là một trong: ${kinds}`);
      return null;
    }
    if (typeof code !== 'string' || code.trim() === '') {
      this.add(field, 'required', `Chưa chọn ${label}`);
      return null;
    }
    const trimmed = code.trim();
    const unit = parseTaskUnitKey(`${kind}:${kind === 'producer' ? trimmed.toLowerCase() : trimmed}`);
    if (unit === null) {
      this.add(field, 'invalid_format', UNIT_FORMAT_MESSAGES[kind as TaskUnitKind](label));
      return null;
    }
    return unit;
  }
}

const UNIT_FORMAT_MESSAGES: Record<TaskUnitKind, (label: string) => string> = {
  department: (label) => `${label}: không có phòng, ban này trong danh mục đơn vị của huyện`,
  commune: (label) => `${label}: mã xã phải gồm đúng 5 chữ số (mã đơn vị hành chính)`,
  producer: (label) => `${label}: mã chủ thể không hợp lệ`,
};

function failed<T>(check: Check): Validated<T> {
  return { ok: false, errors: check.errors };
}

// ---------------------------------------------------------------------------------------------- plans

type PlanFields = Omit<NewPlan, 'unitCode' | 'year'>;

function sectionsOf(check: Check, fields: Fields): PlanSection[] {
  const raw = check.list(fields, 'sections', 'Các mục của kế hoạch');
  if (raw === null) return [];
  const sections: PlanSection[] = [];
  raw.forEach((item, i) => {
    const at = check.nested(`sections[${i}].`);
    const record = recordOf(item) ?? {};
    const code = at.text(record, 'code', 'Số mục', 20, true);
    if (code !== null && !SECTION_CODE.test(code)) {
      at.add('code', 'invalid_format', 'Số mục phải viết như trong văn bản, ví dụ II.1 hoặc III.7');
    } else if (code !== null && sections.some((s) => s.code === code)) {
      at.add('code', 'duplicate', `Mục ${code} đã có trong kế hoạch`);
    }
    const title = at.text(record, 'title', 'Tên mục', MAX_TASK_TITLE_LENGTH, true);
    check.absorb(at);
    if (at.errors.length === 0 && code !== null && title !== null) sections.push({ code, title });
  });
  return sections;
}

function targetsOf(check: Check, fields: Fields, year: number | null): NewPlan['targets'] {
  const raw = check.list(fields, 'targets', 'Các mục tiêu');
  if (raw === null) return [];
  const targets: NewPlan['targets'] = [];
  raw.forEach((item, i) => {
    const at = check.nested(`targets[${i}].`);
    const record = recordOf(item) ?? {};
    const id = at.uuid(record, 'id', 'mục tiêu');
    const code = at.text(record, 'code', 'Mã mục tiêu', 20, true);
    if (code !== null && !TARGET_CODE.test(code)) {
      at.add(
        'code',
        'invalid_format',
        'Mã mục tiêu chỉ gồm chữ cái không dấu, chữ số và các dấu . _ -, ví dụ MT1',
      );
    } else if (code !== null && targets.some((t) => t.code === code)) {
      at.add('code', 'duplicate', `Mã mục tiêu ${code} bị trùng`);
    }
    const title = at.text(record, 'title', 'Tên mục tiêu', MAX_TASK_TITLE_LENGTH, true);
    const indicator = at.text(record, 'indicator', 'Chỉ tiêu đo lường', MAX_TASK_TITLE_LENGTH, true);
    const quantity = record['quantity'];
    if (typeof quantity !== 'number' || !Number.isInteger(quantity) || quantity < 1 || quantity > 1_000_000) {
      at.add('quantity', 'out_of_range', 'Số lượng của mục tiêu phải là số nguyên dương');
    }
    const measure = at.text(record, 'measure', 'Đơn vị tính', 50, true);
    const dueQuarter = at.quarter(record, 'dueQuarter', 'Quý hoàn thành mục tiêu', year);
    const productId = at.uuid(record, 'productId', 'sản phẩm');
    const dossierId = at.uuid(record, 'dossierId', 'hồ sơ');
    check.absorb(at);
    if (at.errors.length > 0 || code === null || title === null || indicator === null || measure === null)
      return;
    const target: Omit<PlanTarget, 'id'> & { id?: string } = {
      code,
      title,
      indicator,
      quantity: quantity as number,
      measure,
      dueQuarter,
      productId,
      dossierId,
    };
    if (id !== null) target.id = id;
    targets.push(target);
  });
  return targets;
}

function planFieldsOf(check: Check, fields: Fields, year: number | null): PlanFields | null {
  const number = check.text(fields, 'number', 'Số ký hiệu', 50, false);
  const title = check.text(fields, 'title', 'Tên kế hoạch', MAX_TASK_TITLE_LENGTH, true);
  const issuedOn = check.date(fields, 'issuedOn', 'Ngày ban hành', false);
  const legalBases = check.texts(fields, 'legalBases', 'Căn cứ', MAX_TASK_TEXT_LENGTH);
  const purposes = check.texts(fields, 'purposes', 'Mục đích', MAX_TASK_TEXT_LENGTH);
  const requirements = check.texts(fields, 'requirements', 'Yêu cầu', MAX_TASK_TEXT_LENGTH);
  const fundingSources = check.texts(fields, 'fundingSources', 'Nguồn kinh phí', MAX_TASK_TEXT_LENGTH);
  const sections = sectionsOf(check, fields);
  const targets = targetsOf(check, fields, year);
  const signer = check.text(fields, 'signer', 'Người ký', MAX_SHORT_TEXT_LENGTH, false);
  if (title === null) return null;
  return {
    number,
    title,
    issuedOn,
    legalBases,
    purposes,
    requirements,
    fundingSources,
    sections,
    targets,
    signer,
  };
}

export function parseNewPlan(fields: Record<string, unknown>): Validated<NewPlan> {
  const check = new Check();
  const unitCode = check.text(fields, 'unitCode', 'Đơn vị ban hành', 5, true);
  if (unitCode !== null && !PLAN_UNIT_CODE.test(unitCode)) {
    check.add(
      'unitCode',
      'invalid_format',
      'Mã đơn vị ban hành phải là mã tỉnh (2 số), huyện (3 số) hoặc xã (5 số)',
    );
  }
  const year = check.year(fields, 'year', 'Năm kế hoạch');
  const plan = planFieldsOf(check, fields, year);
  if (check.errors.length > 0 || unitCode === null || year === null || plan === null) return failed(check);
  return { ok: true, value: { unitCode, year, ...plan } };
}

/**
 * `planYear`, when given, keeps the targets' quarters within the plan's year, as for a new plan (the body of
 * a change does not carry the year).
 */
export function parsePlanChange(fields: Record<string, unknown>, planYear?: number): Validated<PlanChange> {
  const check = new Check();
  const version = check.version(fields);
  const plan = planFieldsOf(check, fields, planYear ?? null);
  if (check.errors.length > 0 || version === null || plan === null) return failed(check);
  return { ok: true, value: { ...plan, version } };
}

/** A plan is copied to the next year only: its dates move by exactly one year. */
export function parsePlanCopy(fields: Record<string, unknown>, fromYear: number): Validated<PlanCopyRequest> {
  const check = new Check();
  const year = check.year(fields, 'year', 'Năm của kế hoạch mới');
  if (year !== null && year !== fromYear + 1) {
    check.add(
      'year',
      'out_of_range',
      `Kế hoạch năm ${fromYear} chỉ sao chép được sang năm kế tiếp (${fromYear + 1})`,
    );
  }
  if (check.errors.length > 0 || year === null) return failed(check);
  return { ok: true, value: { year } };
}

// ---------------------------------------------------------------------------------------------- tasks

type TaskFields = Omit<NewTask, 'recurrence'>;

function taskFieldsOf(check: Check, fields: Fields, planYear: number): TaskFields | null {
  const sectionCode = check.text(fields, 'sectionCode', 'Mục của kế hoạch', 20, true);
  if (sectionCode !== null && !SECTION_CODE.test(sectionCode)) {
    check.add('sectionCode', 'invalid_format', 'Số mục phải viết như trong văn bản, ví dụ II.1 hoặc III.7');
  }
  const title = check.text(fields, 'title', 'Tên nhiệm vụ', MAX_TASK_TITLE_LENGTH, true);
  const description =
    check.text(fields, 'description', 'Mô tả nhiệm vụ', MAX_TASK_TEXT_LENGTH, false, normalizeParagraphs) ??
    '';

  const lead = check.unitRef(fields['lead'], 'lead', 'đơn vị chủ trì');
  const cooperating: TaskUnitRef[] = [];
  const rawCooperating = check.list(fields, 'cooperating', 'Đơn vị phối hợp');
  rawCooperating?.forEach((item, i) => {
    const field = `cooperating[${i}]`;
    const unit = check.unitRef(item, field, 'đơn vị phối hợp');
    if (unit === null) return;
    if (lead !== null && sameTaskUnit(unit, lead)) {
      check.add(field, 'duplicate', 'Đơn vị chủ trì không đồng thời là đơn vị phối hợp');
    } else if (cooperating.some((u) => sameTaskUnit(u, unit))) {
      check.add(field, 'duplicate', 'Một đơn vị phối hợp chỉ được chọn một lần');
    } else {
      cooperating.push(unit);
    }
  });

  const dueDate = check.date(fields, 'dueDate', 'Hạn hoàn thành', false);
  if (dueDate !== null && Number(dueDate.slice(0, 4)) !== planYear) {
    check.add('dueDate', 'out_of_range', `Hạn hoàn thành phải thuộc năm ${planYear} của kế hoạch`);
  }
  const dueQuarter = check.quarter(fields, 'dueQuarter', 'Quý hoàn thành', planYear);
  if (dueDate !== null && dueQuarter !== null) {
    check.add('dueQuarter', 'invalid_choice', 'Chỉ ghi hạn theo ngày hoặc theo quý, không ghi cả hai');
  }

  const priority = check.choice(
    fields,
    'priority',
    TASK_PRIORITIES,
    'normal',
    `Mức ưu tiên phải là một trong: ${TASK_PRIORITIES.map((p) => PRIORITY_LABELS[p]).join(', ')}`,
  );
  const targetId = check.uuid(fields, 'targetId', 'mục tiêu');
  const productId = check.uuid(fields, 'productId', 'sản phẩm');
  const dossierId = check.uuid(fields, 'dossierId', 'hồ sơ');

  if (sectionCode === null || title === null || lead === null || priority === null) return null;
  return {
    sectionCode,
    title,
    description,
    lead,
    cooperating,
    dueDate,
    dueQuarter,
    priority,
    targetId,
    productId,
    dossierId,
  };
}

/** `planYear`: a due date or quarter must fall within the plan's year. */
export function parseNewTask(fields: Record<string, unknown>, planYear: number): Validated<NewTask> {
  const check = new Check();
  const task = taskFieldsOf(check, fields, planYear);
  const recurrence = check.choice(
    fields,
    'recurrence',
    RECURRENCES,
    'once',
    `Lặp lại phải là một trong: ${RECURRENCES.map((r) => RECURRENCE_LABELS[r]).join(', ')}`,
  );
  // Each occurrence of a series is due at the end of its own period; a date of the series would say nothing.
  if (
    recurrence !== null &&
    recurrence !== 'once' &&
    task !== null &&
    (task.dueDate ?? task.dueQuarter) !== null
  ) {
    check.add(
      task.dueDate !== null ? 'dueDate' : 'dueQuarter',
      'invalid_choice',
      'Nhiệm vụ định kỳ có hạn theo từng kỳ (cuối quý hoặc cuối năm); không ghi hạn riêng',
    );
  }
  if (check.errors.length > 0 || task === null || recurrence === null) return failed(check);
  return { ok: true, value: { ...task, recurrence } };
}

export function parseTaskChange(fields: Record<string, unknown>, planYear: number): Validated<TaskChange> {
  const check = new Check();
  const version = check.version(fields);
  const task = taskFieldsOf(check, fields, planYear);
  if (check.errors.length > 0 || version === null || task === null) return failed(check);
  return { ok: true, value: { ...task, version } };
}

// ---------------------------------------------------------------------------------------------- progress

/**
 * A percentage is a whole number 0–100 the unit chooses: −5, 120, 50.5 and "abc" are refused with a message
 * that says so (field 'percent'); the text is required.
 */
export function parseProgressReport(fields: Record<string, unknown>): Validated<ProgressReportRequest> {
  const check = new Check();
  const raw = fields['percent'];
  let percent: number | null = null;
  if (raw === undefined || raw === null || raw === '') {
    check.add('percent', 'required', `Chưa nhập tiến độ. ${PERCENT_MESSAGE}`);
  } else if (typeof raw !== 'number' || !Number.isFinite(raw)) {
    check.add('percent', 'invalid_type', PERCENT_MESSAGE);
  } else if (!Number.isInteger(raw)) {
    check.add('percent', 'invalid_format', PERCENT_MESSAGE);
  } else if (raw < 0 || raw > 100) {
    check.add('percent', 'out_of_range', PERCENT_MESSAGE);
  } else {
    percent = raw;
  }
  const text = check.text(
    fields,
    'text',
    'Nội dung báo cáo',
    MAX_TASK_TEXT_LENGTH,
    true,
    normalizeParagraphs,
  );
  const version = check.version(fields);
  const requestId = check.requestId(fields);
  if (check.errors.length > 0 || percent === null || text === null || version === null) return failed(check);
  const value: ProgressReportRequest = { percent, text, version };
  if (requestId !== undefined) value.requestId = requestId;
  return { ok: true, value };
}

export function parseTaskComment(fields: Record<string, unknown>): Validated<NewTaskComment> {
  const check = new Check();
  const text = check.text(fields, 'text', 'Nội dung góp ý', MAX_TASK_TEXT_LENGTH, true, normalizeParagraphs);
  if (check.errors.length > 0 || text === null) return failed(check);
  return { ok: true, value: { text } };
}

/** Whether a reason is needed is the workflow's business (checkTaskAction: REASON_REQUIRED). */
export function parseTaskAction(fields: Record<string, unknown>): Validated<{
  action: Exclude<TaskActionId, 'report' | 'comment'>;
  version: number;
  reason: string | null;
  requestId?: string;
}> {
  const check = new Check();
  const action = fields['action'];
  if (typeof action !== 'string' || !(TASK_ACTIONS_BY_REQUEST as readonly string[]).includes(action)) {
    check.add(
      'action',
      'invalid_choice',
      'Thao tác phải là một trong: bắt đầu (start), nghiệm thu (accept), trả lại (return), hủy (cancel), mở lại (reopen)',
    );
  }
  const version = check.version(fields);
  const reason = check.text(fields, 'reason', 'Lý do', MAX_TASK_REASON_LENGTH, false, normalizeParagraphs);
  const requestId = check.requestId(fields);
  if (check.errors.length > 0 || version === null) return failed(check);
  const value: {
    action: TaskActionRequestId;
    version: number;
    reason: string | null;
    requestId?: string;
  } = { action: action as TaskActionRequestId, version, reason };
  if (requestId !== undefined) value.requestId = requestId;
  return { ok: true, value };
}

// ---------------------------------------------------------------------------------------------- reviews

export function parseNewReview(fields: Record<string, unknown>, planYear: number): Validated<NewTaskReview> {
  const check = new Check();
  const period = check.text(fields, 'period', 'Kỳ sơ kết', 7, true);
  const periodMatch = period === null ? null : PERIOD.exec(period);
  if (period !== null && periodMatch === null) {
    check.add('period', 'invalid_format', 'Kỳ sơ kết phải là một quý (ví dụ 2020-Q2) hoặc cả năm (2020)');
  } else if (periodMatch && Number(periodMatch[1]) !== planYear) {
    check.add('period', 'out_of_range', `Kỳ sơ kết phải thuộc năm ${planYear} của kế hoạch`);
  }
  const heldOn = check.date(fields, 'heldOn', 'Ngày họp', true);
  const attendees = check.texts(fields, 'attendees', 'Thành phần tham dự', MAX_SHORT_TEXT_LENGTH);
  if (attendees.length === 0 && !check.errors.some((e) => e.field.startsWith('attendees'))) {
    check.add('attendees', 'required', 'Cần ghi ít nhất một người hoặc đơn vị tham dự');
  }
  const conclusions = check.text(
    fields,
    'conclusions',
    'Kết luận',
    MAX_TASK_TEXT_LENGTH,
    true,
    normalizeParagraphs,
  );
  const followUps: NewTask[] = [];
  check.list(fields, 'followUps', 'Nhiệm vụ tiếp theo')?.forEach((item, i) => {
    const result = parseNewTask(recordOf(item) ?? {}, planYear);
    if (result.ok) followUps.push(result.value);
    else result.errors.forEach((e) => check.add(`followUps[${i}].${e.field}`, e.code, e.message));
  });
  if (check.errors.length > 0 || period === null || heldOn === null || conclusions === null)
    return failed(check);
  return { ok: true, value: { period, heldOn, attendees, conclusions, followUps } };
}
