import type { FieldError } from '../api/api-error';
import type { Validated } from '../catalog/validate';
import { normalizeText } from '../text/fold';
import type { ChecklistItemStatus, CriteriaSetId, RegistrationKind } from './checklist/checklist-types';
import {
  CRITERIA_SETS,
  isQuarter,
  REGISTRATION_KINDS,
  type DossierActionRequest,
  type DossierItemChange,
  type NewDossier,
} from './dossier';
import { isIsoDate } from './workflow/workflow-deadline';

/**
 * Validation of dossier requests, shared by the browser and the API. As for the catalogue, only what can be
 * decided without the database is checked here.
 */

export const MAX_REMARKS_LENGTH = 2000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const REQUEST_ID = /^[0-9A-Za-z-]{8,64}$/;
const ITEM_STATUSES: readonly ChecklistItemStatus[] = ['missing', 'provided', 'returned'];

const REGISTRATION_KIND_LABELS: Record<RegistrationKind, string> = {
  'first-time': 'lần đầu',
  upgrade: 'nâng hạng',
  're-evaluation': 'đánh giá lại',
};

type Fields = Record<string, unknown>;

function problems() {
  const errors: FieldError[] = [];
  const add = (field: string, code: string, message: string) => errors.push({ field, code, message });
  return { errors, add };
}

function version(fields: Fields, add: (f: string, c: string, m: string) => void): number | null {
  const value = fields['version'];
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    add('version', 'required', 'Thiếu phiên bản của hồ sơ mà thay đổi dựa trên (version)');
    return null;
  }
  return value;
}

/** Text that may be absent: null when missing or blank, undefined (error recorded) when not a string. */
function optionalText(
  fields: Fields,
  field: string,
  label: string,
  max: number,
  add: (f: string, c: string, m: string) => void,
): string | null | undefined {
  const raw = fields[field];
  if (raw === undefined || raw === null) return null;
  if (typeof raw !== 'string') {
    add(field, 'invalid_type', `${label} phải là chuỗi ký tự`);
    return undefined;
  }
  const text = normalizeText(raw);
  if (text.length > max) {
    add(field, 'too_long', `${label} không được dài quá ${max} ký tự`);
    return undefined;
  }
  return text === '' ? null : text;
}

function optionalDate(
  fields: Fields,
  field: string,
  label: string,
  add: (f: string, c: string, m: string) => void,
): string | null | undefined {
  const raw = fields[field];
  if (raw === undefined || raw === null || raw === '') return null;
  if (typeof raw !== 'string' || !isIsoDate(raw)) {
    add(field, 'invalid_format', `${label} không phải là một ngày hợp lệ`);
    return undefined;
  }
  return raw;
}

export function parseNewDossier(fields: Fields): Validated<NewDossier> {
  const { errors, add } = problems();

  const productId = fields['productId'];
  if (typeof productId !== 'string' || !UUID.test(productId))
    add('productId', 'required', 'Chưa chọn sản phẩm');

  const criteriaSet = fields['criteriaSet'];
  if (!CRITERIA_SETS.includes(criteriaSet as CriteriaSetId)) {
    add('criteriaSet', 'invalid_choice', 'Bộ tiêu chí phải là QĐ 1048 hoặc QĐ 148');
  }

  const kind = fields['registrationKind'];
  if (!REGISTRATION_KINDS.includes(kind as RegistrationKind)) {
    add(
      'registrationKind',
      'invalid_choice',
      `Lần đăng ký phải là một trong: ${Object.values(REGISTRATION_KIND_LABELS).join(', ')}`,
    );
  }

  const roundYear = fields['roundYear'];
  if (typeof roundYear !== 'number' || !Number.isInteger(roundYear) || roundYear < 2018 || roundYear > 2100) {
    add('roundYear', 'invalid_format', 'Năm đánh giá phải là một năm từ 2018 đến 2100');
  }

  const rawQuarter = fields['targetQuarter'];
  let targetQuarter: string | null = null;
  if (rawQuarter !== undefined && rawQuarter !== null && rawQuarter !== '') {
    if (typeof rawQuarter !== 'string' || !isQuarter(rawQuarter)) {
      add('targetQuarter', 'invalid_format', 'Quý mục tiêu phải có dạng năm-Qn, ví dụ 2020-Q3');
    } else {
      targetQuarter = rawQuarter;
      if (typeof roundYear === 'number' && Number(rawQuarter.slice(0, 4)) < roundYear) {
        add('targetQuarter', 'invalid_choice', 'Quý mục tiêu không được trước năm đánh giá');
      }
    }
  }

  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      productId: (productId as string).toLowerCase(),
      criteriaSet: criteriaSet as CriteriaSetId,
      registrationKind: kind as RegistrationKind,
      roundYear: roundYear as number,
      targetQuarter,
    },
  };
}

export function parseDossierItemChange(fields: Fields): Validated<DossierItemChange> {
  const { errors, add } = problems();
  const v = version(fields, add);
  const status = fields['status'];
  if (!ITEM_STATUSES.includes(status as ChecklistItemStatus)) {
    add('status', 'invalid_choice', 'Trạng thái thành phần phải là: thiếu, đã cung cấp hoặc bị trả lại');
  }
  const documentDate = optionalDate(fields, 'documentDate', 'Ngày của tài liệu', add);
  const remarks = optionalText(fields, 'remarks', 'Ý kiến', MAX_REMARKS_LENGTH, add);
  if (errors.length > 0 || v === null || documentDate === undefined || remarks === undefined) {
    return { ok: false, errors };
  }
  return { ok: true, value: { version: v, status: status as ChecklistItemStatus, documentDate, remarks } };
}

export function parseDossierAction(fields: Fields): Validated<Required<DossierActionRequest>> {
  const { errors, add } = problems();
  const v = version(fields, add);
  const requestId = fields['requestId'];
  if (typeof requestId !== 'string' || !REQUEST_ID.test(requestId)) {
    add('requestId', 'invalid_format', 'Thiếu mã yêu cầu (requestId: 8–64 chữ cái, chữ số hoặc dấu -)');
  }
  const comment = optionalText(fields, 'comment', 'Ghi chú', MAX_REMARKS_LENGTH, add);
  const deadline = optionalDate(fields, 'deadline', 'Hạn bổ sung', add);

  const returnedItems: { itemId: string; reason: string }[] = [];
  const rawItems = fields['returnedItems'];
  if (rawItems !== undefined && rawItems !== null) {
    if (!Array.isArray(rawItems)) {
      add('returnedItems', 'invalid_type', 'Danh sách thành phần trả lại không hợp lệ');
    } else {
      rawItems.forEach((raw: unknown, i) => {
        const item = (typeof raw === 'object' && raw !== null ? raw : {}) as Fields;
        const itemId = item['itemId'];
        if (typeof itemId !== 'string' || itemId === '') {
          add(`returnedItems[${i}].itemId`, 'required', 'Thiếu thành phần trả lại');
          return;
        }
        const reason = optionalText(item, 'reason', 'Lý do', MAX_REMARKS_LENGTH, (_f, c, m) =>
          add(`returnedItems[${i}].reason`, c, m),
        );
        if (reason === undefined) return;
        if (reason === null) {
          add(`returnedItems[${i}].reason`, 'required', 'Mỗi thành phần trả lại phải có lý do cần bổ sung');
          return;
        }
        if (returnedItems.some((r) => r.itemId === itemId)) {
          add(`returnedItems[${i}].itemId`, 'duplicate', 'Một thành phần chỉ được trả lại một lần');
          return;
        }
        returnedItems.push({ itemId, reason });
      });
    }
  }

  if (errors.length > 0 || v === null || comment === undefined || deadline === undefined) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    value: { version: v, requestId: requestId as string, comment, deadline, returnedItems },
  };
}
