import type { FieldError } from '../api/api-error';
import { isUuid, readTextField, readVersionField, type Validated } from '../catalog/validate';
import type { SheetAnswers } from '../criteria/score-sheet';
import { isIsoDate } from '../dossiers/workflow/workflow-deadline';
import { COUNCIL_POSITION_NAMES, type CouncilLevel, type CouncilPosition } from './council';

/**
 * Validation of the evaluation requests (councils, sessions, score sheets), shared by the browser and the API.
 * Only what can be decided without the database is checked here; the API checks the rest (scope, dossier
 * states, membership) and answers in the same FieldError shape.
 */

export const MAX_COUNCIL_TEXT_LENGTH = 300;
export const MAX_COUNCIL_NOTE_LENGTH = 2000;
/** A council has at least a chair, a secretary and one more member (QĐ 1048, Điều 7). */
export const MIN_COUNCIL_MEMBERS = 3;

const COUNCIL_LEVELS: readonly CouncilLevel[] = ['district', 'province'];
const POSITIONS = Object.keys(COUNCIL_POSITION_NAMES) as CouncilPosition[];
const DISTRICT_CODE = /^[0-9]{3}$/;
const PROVINCE_CODE = /^[0-9]{2}$/;
const USERNAME = /^[a-z0-9._-]{1,100}$/;

export interface NewCouncilMember {
  /** The id of an existing member being edited; null for a new one. */
  id: string | null;
  fullName: string;
  position: CouncilPosition;
  title: string;
  username: string | null;
}

export interface NewCouncil {
  level: CouncilLevel;
  unitCode: string;
  name: string;
  decisionNumber: string;
  decisionDate: string;
  termFrom: string;
  termTo: string | null;
  members: NewCouncilMember[];
}

export interface CouncilChange extends NewCouncil {
  version: number;
}

export interface NewSession {
  councilId: string;
  title: string;
  date: string;
  place: string;
  dossierIds: string[];
  attendeeIds: string[];
}

export interface SheetChange {
  answers: SheetAnswers;
  /** The sheet version the member's browser holds; 0 when it has not been saved yet. */
  version: number;
}

export interface ScoresReopening {
  reason: string;
  /** The members whose sheets go back to draft; null = every submitted sheet. */
  memberIds: string[] | null;
}

export interface SessionClosing {
  version: number;
  spreadNote: string | null;
}

type Fields = Record<string, unknown>;

function collector() {
  const errors: FieldError[] = [];
  const add = (field: string, code: string, message: string) => errors.push({ field, code, message });
  return { errors, add };
}

function text(add: ReturnType<typeof collector>['add'], fields: Fields, field: string, label: string) {
  return readTextField(add, fields, field, label, { required: true, max: MAX_COUNCIL_TEXT_LENGTH });
}

function date(
  add: ReturnType<typeof collector>['add'],
  fields: Fields,
  field: string,
  label: string,
  required = true,
): string | null {
  const raw = fields[field];
  if (raw === undefined || raw === null || raw === '') {
    if (required) add(field, 'required', `${label} không được để trống`);
    return null;
  }
  if (typeof raw !== 'string' || !isIsoDate(raw)) {
    add(field, 'invalid_format', `${label} không hợp lệ (yyyy-MM-dd)`);
    return null;
  }
  return raw;
}

function uuidList(
  add: ReturnType<typeof collector>['add'],
  fields: Fields,
  field: string,
  label: string,
): string[] | null {
  const raw = fields[field];
  if (!Array.isArray(raw) || raw.length === 0) {
    add(field, 'required', `Chọn ít nhất một ${label}`);
    return null;
  }
  const ids: string[] = [];
  raw.forEach((value: unknown, i) => {
    if (typeof value !== 'string' || !isUuid(value))
      add(`${field}[${i}]`, 'invalid_format', 'Mã không hợp lệ');
    else if (ids.includes(value.toLowerCase())) add(`${field}[${i}]`, 'duplicate', `Trùng ${label}`);
    else ids.push(value.toLowerCase());
  });
  return ids.length === raw.length ? ids : null;
}

function member(add: ReturnType<typeof collector>['add'], raw: unknown, i: number): NewCouncilMember | null {
  const fields = (typeof raw === 'object' && raw !== null ? raw : {}) as Fields;
  const at = (field: string, code: string, message: string) => add(`members[${i}].${field}`, code, message);
  const id = fields['id'];
  if (id !== undefined && id !== null && (typeof id !== 'string' || !isUuid(id))) {
    at('id', 'invalid_format', 'Mã thành viên không hợp lệ');
  }
  const fullName = readTextField(at, fields, 'fullName', 'Họ và tên', { required: true, max: 100 });
  const title = readTextField(at, fields, 'title', 'Chức vụ, đơn vị', {
    required: true,
    max: MAX_COUNCIL_TEXT_LENGTH,
  });
  const position = fields['position'];
  if (typeof position !== 'string' || !(POSITIONS as readonly string[]).includes(position)) {
    at('position', 'invalid_choice', 'Chọn vị trí trong hội đồng');
  }
  const rawUsername = fields['username'];
  let username: string | null = null;
  if (typeof rawUsername === 'string' && rawUsername.trim() !== '') {
    username = rawUsername.trim().toLowerCase();
    if (!USERNAME.test(username)) {
      at('username', 'invalid_format', 'Tên đăng nhập chỉ gồm chữ thường không dấu, chữ số và . _ -');
      username = null;
    }
  } else if (rawUsername !== undefined && rawUsername !== null && typeof rawUsername !== 'string') {
    at('username', 'invalid_type', 'Tên đăng nhập phải là chuỗi ký tự');
  }
  if (fullName === null || title === null || typeof position !== 'string') return null;
  if (!(POSITIONS as readonly string[]).includes(position)) return null;
  return {
    id: typeof id === 'string' && isUuid(id) ? id.toLowerCase() : null,
    fullName,
    position: position as CouncilPosition,
    title,
    username,
  };
}

function members(add: ReturnType<typeof collector>['add'], fields: Fields): NewCouncilMember[] | null {
  const raw = fields['members'];
  if (!Array.isArray(raw)) {
    add('members', 'required', 'Hội đồng phải có danh sách thành viên');
    return null;
  }
  const list = raw.map((m: unknown, i) => member(add, m, i));
  const valid = list.filter((m): m is NewCouncilMember => m !== null);
  if (raw.length < MIN_COUNCIL_MEMBERS) {
    add('members', 'too_few', `Hội đồng phải có ít nhất ${MIN_COUNCIL_MEMBERS} thành viên`);
  }
  for (const position of ['chair', 'secretary'] as const) {
    const count = valid.filter((m) => m.position === position).length;
    if (valid.length === list.length && count !== 1) {
      add('members', `one_${position}`, `Hội đồng phải có đúng một ${COUNCIL_POSITION_NAMES[position]}`);
    }
  }
  const seen = new Set<string>();
  valid.forEach((m) => {
    if (m.username === null) return;
    if (seen.has(m.username)) {
      add(`members[${list.indexOf(m)}].username`, 'duplicate', `Tên đăng nhập ${m.username} bị trùng`);
    }
    seen.add(m.username);
  });
  const ids = valid.map((m) => m.id).filter((id) => id !== null);
  if (new Set(ids).size !== ids.length) add('members', 'duplicate', 'Một thành viên được gửi hai lần');
  return valid.length === list.length ? valid : null;
}

/** POST /api/councils. */
export function parseNewCouncil(fields: Fields): Validated<NewCouncil> {
  const { errors, add } = collector();
  const level = fields['level'];
  if (typeof level !== 'string' || !(COUNCIL_LEVELS as readonly string[]).includes(level)) {
    add('level', 'invalid_choice', 'Chọn cấp của hội đồng (huyện hoặc tỉnh)');
  }
  const unitCode = fields['unitCode'];
  const codePattern = level === 'province' ? PROVINCE_CODE : DISTRICT_CODE;
  if (typeof unitCode !== 'string' || !codePattern.test(unitCode)) {
    add('unitCode', 'invalid_format', 'Mã đơn vị không hợp lệ (huyện: 3 chữ số, tỉnh: 2 chữ số)');
  }
  const name = text(add, fields, 'name', 'Tên hội đồng');
  const decisionNumber = text(add, fields, 'decisionNumber', 'Số quyết định thành lập');
  const decisionDate = date(add, fields, 'decisionDate', 'Ngày quyết định');
  const termFrom = date(add, fields, 'termFrom', 'Ngày bắt đầu nhiệm kỳ');
  const termTo = date(add, fields, 'termTo', 'Ngày kết thúc nhiệm kỳ', false);
  if (termFrom !== null && termTo !== null && termTo < termFrom) {
    add('termTo', 'before_start', 'Ngày kết thúc nhiệm kỳ phải sau ngày bắt đầu');
  }
  const list = members(add, fields);
  if (errors.length > 0 || list === null) return { ok: false, errors };
  return {
    ok: true,
    value: {
      level: level as CouncilLevel,
      unitCode: unitCode as string,
      name: name as string,
      decisionNumber: decisionNumber as string,
      decisionDate: decisionDate as string,
      termFrom: termFrom as string,
      termTo,
      members: list,
    },
  };
}

/** PUT /api/councils/:id: the same fields and the version the user saw. */
export function parseCouncilChange(fields: Fields): Validated<CouncilChange> {
  const { errors, add } = collector();
  const version = readVersionField(add, fields, 'Thiếu phiên bản của hội đồng (version)');
  const parsed = parseNewCouncil(fields);
  if (!parsed.ok) return { ok: false, errors: [...errors, ...parsed.errors] };
  if (version === null) return { ok: false, errors };
  return { ok: true, value: { ...parsed.value, version } };
}

/** POST /api/sessions. */
export function parseNewSession(fields: Fields): Validated<NewSession> {
  const { errors, add } = collector();
  const councilId = fields['councilId'];
  if (typeof councilId !== 'string' || !isUuid(councilId)) add('councilId', 'required', 'Chọn hội đồng');
  const title = text(add, fields, 'title', 'Tên phiên họp');
  const sessionDate = date(add, fields, 'date', 'Ngày họp');
  const place = text(add, fields, 'place', 'Địa điểm');
  const dossierIds = uuidList(add, fields, 'dossierIds', 'hồ sơ');
  const attendeeIds = uuidList(add, fields, 'attendeeIds', 'thành viên dự họp');
  if (errors.length > 0 || dossierIds === null || attendeeIds === null) return { ok: false, errors };
  return {
    ok: true,
    value: {
      councilId: (councilId as string).toLowerCase(),
      title: title as string,
      date: sessionDate as string,
      place: place as string,
      dossierIds,
      attendeeIds,
    },
  };
}

/**
 * PUT …/sheets/mine: the shape of the answers (criterion code → option index, ticked gate codes). Whether the
 * codes and indexes exist on the dossier's sheet is answerProblems' job (score-sheet.ts).
 */
export function parseSheetChange(fields: Fields): Validated<SheetChange> {
  const { errors, add } = collector();
  const version = fields['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    add('version', 'required', 'Thiếu phiên bản của phiếu chấm (version)');
  }
  const raw = fields['answers'];
  const answers = (
    typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? raw : null
  ) as Fields | null;
  if (answers === null) {
    add('answers', 'required', 'Thiếu câu trả lời của phiếu chấm');
    return { ok: false, errors };
  }
  const rawChoices = answers['choices'] ?? {};
  const choices: Record<string, number> = {};
  if (typeof rawChoices !== 'object' || rawChoices === null || Array.isArray(rawChoices)) {
    add('answers.choices', 'invalid_type', 'Lựa chọn của phiếu chấm không hợp lệ');
  } else {
    for (const [code, index] of Object.entries(rawChoices as Fields)) {
      if (typeof index !== 'number' || !Number.isInteger(index)) {
        add(`choices.${code}`, 'invalid_choice', `Lựa chọn của tiêu chí ${code} không hợp lệ`);
      } else choices[code] = index;
    }
  }
  const rawGates = answers['gates'] ?? [];
  const gates: string[] = [];
  if (!Array.isArray(rawGates) || rawGates.some((g) => typeof g !== 'string')) {
    add('answers.gates', 'invalid_type', 'Danh sách điều kiện loại/dừng không hợp lệ');
  } else {
    for (const gate of rawGates as string[]) if (!gates.includes(gate)) gates.push(gate);
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { answers: { choices, gates }, version: version as number } };
}

/** POST …/sheets/mine/submit: the version of the sheet the member saw complete. */
export function parseSheetSubmit(fields: Fields): Validated<{ version: number }> {
  const { errors, add } = collector();
  const version = readVersionField(add, fields, 'Thiếu phiên bản của phiếu chấm (version)');
  return version === null ? { ok: false, errors } : { ok: true, value: { version } };
}

/** POST …/reopen: why the council scores again, and whose sheets (default: every submitted one). */
export function parseScoresReopening(fields: Fields): Validated<ScoresReopening> {
  const { errors, add } = collector();
  const reason = readTextField(add, fields, 'reason', 'Lý do chấm lại', {
    required: true,
    max: MAX_COUNCIL_NOTE_LENGTH,
  });
  let memberIds: string[] | null = null;
  if (fields['memberIds'] !== undefined && fields['memberIds'] !== null) {
    memberIds = uuidList(add, fields, 'memberIds', 'thành viên chấm lại');
  }
  if (errors.length > 0 || reason === null) return { ok: false, errors };
  return { ok: true, value: { reason, memberIds } };
}

/** POST …/close: the session version the secretary saw, and the note on results far apart. */
export function parseSessionClosing(fields: Fields): Validated<SessionClosing> {
  const { errors, add } = collector();
  const version = readVersionField(add, fields, 'Thiếu phiên bản của phiên họp (version)');
  const spreadNote = readTextField(add, fields, 'spreadNote', 'Ghi chú về chênh lệch điểm', {
    max: MAX_COUNCIL_NOTE_LENGTH,
  });
  if (errors.length > 0 || version === null) return { ok: false, errors };
  return { ok: true, value: { version, spreadNote } };
}
