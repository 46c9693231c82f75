import type { FieldError } from '../api/api-error';
import type { Validated } from '../catalog/validate';
import { isIsoDate } from '../dossiers/workflow/workflow-deadline';
import { normalizeText } from '../text/fold';
import { CERTIFIED_MIN_STARS, roundScore, starsFor } from './stars';

/**
 * Validation of the province's result, a certificate's revocation and a re-evaluation request, shared by the
 * browser and the API. Only what needs no database is decided here (the dossier's state, the caller's role
 * and the dates of stored records are the API's).
 */

/** Body of POST /api/dossiers/:id/province-result. */
export interface ProvinceResultRequest {
  /** The province council's score, 0–100, at most 2 decimals; the stars follow from it (starsFor). */
  score: number;
  /** "Quyết định số …" approving the result, and its date 'yyyy-MM-dd'. */
  decisionNumber: string;
  decisionDate: string;
  /** Required from 3★ (a certificate is issued), absent below. */
  certificateNumber: string | null;
  /** 'yyyy-MM-dd', the day the certificate is issued (its 36 months run from it). */
  certificateDate: string | null;
  /** The dossier version the officer saw. */
  version: number;
}

/** Body of POST /api/certificates/:id/revoke. */
export interface CertificateRevocation {
  reason: string;
  /** 'yyyy-MM-dd' the revocation takes effect. */
  revokedOn: string;
}

/** Body of POST /api/dossiers/:id/re-evaluation. */
export interface ReEvaluationRequest {
  roundYear: number;
}

export const MAX_DOCUMENT_NUMBER_LENGTH = 100;
export const MAX_REVOCATION_REASON_LENGTH = 2000;

type Fields = Record<string, unknown>;
type Add = (field: string, code: string, message: string) => void;

function problems(): { errors: FieldError[]; add: Add } {
  const errors: FieldError[] = [];
  return { errors, add: (field, code, message) => errors.push({ field, code, message }) };
}

/** Trimmed text, null when absent or blank; undefined (error recorded) when not text or too long. */
function text(
  fields: Fields,
  field: string,
  label: string,
  max: number,
  add: Add,
): string | null | undefined {
  const raw = fields[field];
  if (raw === undefined || raw === null) return null;
  if (typeof raw !== 'string') {
    add(field, 'invalid_type', `${label} phải là chuỗi ký tự`);
    return undefined;
  }
  const value = normalizeText(raw);
  if (value.length > max) {
    add(field, 'too_long', `${label} không được dài quá ${max} ký tự`);
    return undefined;
  }
  return value === '' ? null : value;
}

/** A 'yyyy-MM-dd' date, null when absent; undefined (error recorded) when not a real date. */
function date(fields: Fields, field: string, label: string, add: Add): string | null | undefined {
  const raw = fields[field];
  if (raw === undefined || raw === null || raw === '') return null;
  if (typeof raw !== 'string' || !isIsoDate(raw)) {
    add(field, 'invalid_format', `${label} không phải là một ngày hợp lệ`);
    return undefined;
  }
  return raw;
}

function required<T>(value: T | null | undefined, field: string, message: string, add: Add): T | undefined {
  if (value === null) add(field, 'required', message);
  return value ?? undefined;
}

function roundYear(fields: Fields, add: Add): number | undefined {
  const value = fields['roundYear'];
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 2018 || value > 2100) {
    add('roundYear', 'invalid_format', 'Năm đánh giá phải là một năm từ 2018 đến 2100');
    return undefined;
  }
  return value;
}

export function parseProvinceResult(fields: Fields): Validated<ProvinceResultRequest> {
  const { errors, add } = problems();

  const version = fields['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    add('version', 'required', 'Thiếu phiên bản của hồ sơ mà kết quả dựa trên (version)');
  }

  const score = fields['score'];
  let stars: number | null = null;
  if (typeof score !== 'number' || !Number.isFinite(score)) {
    add('score', 'required', 'Nhập điểm của Hội đồng cấp tỉnh (0–100)');
  } else if (score < 0 || score > 100) {
    add('score', 'out_of_range', 'Điểm phải từ 0 đến 100');
  } else if (roundScore(score) !== score) {
    add('score', 'invalid_format', 'Điểm chỉ có tối đa 2 chữ số thập phân');
  } else {
    stars = starsFor(score);
  }

  const decisionNumber = required(
    text(fields, 'decisionNumber', 'Số quyết định', MAX_DOCUMENT_NUMBER_LENGTH, add),
    'decisionNumber',
    'Nhập số quyết định công nhận kết quả',
    add,
  );
  const decisionDate = required(
    date(fields, 'decisionDate', 'Ngày quyết định', add),
    'decisionDate',
    'Nhập ngày quyết định',
    add,
  );
  const certificateNumber = text(
    fields,
    'certificateNumber',
    'Số giấy chứng nhận',
    MAX_DOCUMENT_NUMBER_LENGTH,
    add,
  );
  const certificateDate = date(fields, 'certificateDate', 'Ngày cấp giấy chứng nhận', add);

  if (stars !== null && stars >= CERTIFIED_MIN_STARS) {
    required(certificateNumber, 'certificateNumber', 'Sản phẩm đạt từ 3 sao: nhập số giấy chứng nhận', add);
    required(certificateDate, 'certificateDate', 'Sản phẩm đạt từ 3 sao: nhập ngày cấp giấy chứng nhận', add);
    if (
      typeof certificateDate === 'string' &&
      typeof decisionDate === 'string' &&
      certificateDate < decisionDate
    ) {
      add('certificateDate', 'out_of_range', 'Ngày cấp giấy chứng nhận không được trước ngày quyết định');
    }
  } else if (stars !== null) {
    // Below 3★ there is no certificate: a number typed anyway would be recorded nowhere, so it is refused.
    const message = `Sản phẩm ${stars} sao không được cấp giấy chứng nhận OCOP (cần từ ${CERTIFIED_MIN_STARS} sao)`;
    if (certificateNumber) add('certificateNumber', 'not_allowed', message);
    if (certificateDate) add('certificateDate', 'not_allowed', message);
  }

  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      score: score as number,
      decisionNumber: decisionNumber as string,
      decisionDate: decisionDate as string,
      certificateNumber: certificateNumber ?? null,
      certificateDate: certificateDate ?? null,
      version: version as number,
    },
  };
}

export function parseCertificateRevocation(fields: Fields): Validated<CertificateRevocation> {
  const { errors, add } = problems();
  const reason = required(
    text(fields, 'reason', 'Lý do thu hồi', MAX_REVOCATION_REASON_LENGTH, add),
    'reason',
    'Nhập lý do thu hồi giấy chứng nhận',
    add,
  );
  const revokedOn = required(
    date(fields, 'revokedOn', 'Ngày thu hồi', add),
    'revokedOn',
    'Nhập ngày thu hồi',
    add,
  );
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { reason: reason as string, revokedOn: revokedOn as string } };
}

export function parseReEvaluation(fields: Fields): Validated<ReEvaluationRequest> {
  const { errors, add } = problems();
  const year = roundYear(fields, add);
  if (errors.length > 0 || year === undefined) return { ok: false, errors };
  return { ok: true, value: { roundYear: year } };
}
