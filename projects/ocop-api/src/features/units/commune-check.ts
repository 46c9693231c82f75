import type { FieldError } from '@ocop/domain';
import type { Queryable } from '../../db/db';
import { findCommune } from './units.repository';

let businessDate: string | null = null;

/**
 * Makes `todayInVietnam()` answer `day` (the API's OCOP_TODAY, for a demonstration "as of" a past date), or
 * the real date again with null. Set once at start-up, before the first request.
 */
export function fixBusinessDate(day: string | null): void {
  businessDate = day;
}

/**
 * Today in Vietnam (yyyy-MM-dd): a unit that ended yesterday there has ended, whatever the server's zone.
 * Without an argument it honours the business date fixed at start-up (OCOP_TODAY).
 */
export function todayInVietnam(now?: Date): string {
  if (now === undefined && businessDate !== null) return businessDate;
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(now ?? new Date());
}

function vietnameseDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}/${month}/${year}`;
}

/**
 * Why a new record may not be placed in this commune, or null when it may. History keeps old units
 * readable, but new records go to units that still exist.
 */
export async function communeProblem(
  db: Queryable,
  code: string,
  today = todayInVietnam(),
): Promise<FieldError | null> {
  const commune = await findCommune(db, code);
  if (commune === null) {
    return { field: 'communeCode', code: 'not_found', message: `Không có xã nào mang mã ${code}` };
  }
  if (commune.validTo !== null && commune.validTo < today) {
    return {
      field: 'communeCode',
      code: 'no_longer_exists',
      message: `${commune.name} (mã ${code}) không còn tồn tại sau ngày ${vietnameseDate(commune.validTo)}`,
    };
  }
  return null;
}
