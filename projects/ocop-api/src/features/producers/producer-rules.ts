import type { NewProducer, Producer } from '@ocop/domain';
import type { Queryable } from '../../db/db';
import { ApiHttpError, notFound } from '../../http/api-http-error';
import { findProducerByRegistrationNumber } from './producers.repository';

/** The audit trail's entity type of producers. */
export const PRODUCER_ENTITY = 'producer';

export const producerNotFound = () => notFound('Không tìm thấy chủ thể');

export function staleProducer(currentVersion: number): ApiHttpError {
  return new ApiHttpError(
    409,
    'STALE_VERSION',
    'Chủ thể này vừa được người khác thay đổi. Vui lòng tải lại để xem thông tin mới rồi sửa lại.',
    { currentVersion },
  );
}

/** A registration number already used by `holder`: the message names it, so the officer can find it. */
export function duplicateRegistrationNumber(number: string, holder: Producer | null): ApiHttpError {
  const message =
    holder === null
      ? `Số đăng ký ${number} đã được dùng cho một chủ thể khác`
      : `Số đăng ký ${number} đã được dùng cho chủ thể “${holder.name}” (${holder.commune.name})`;
  return new ApiHttpError(409, 'CONFLICT', message, [
    { field: 'registrationNumber', code: 'duplicate', message },
  ]);
}

/**
 * Refuses a registration number that another producer holds. Checked before writing so that the answer
 * can name that producer; the unique index still decides when two requests race (duplicateRegistrationNumber
 * without a name then).
 */
export async function refuseTakenRegistrationNumber(
  tx: Queryable,
  number: string | null,
  exceptId: string | null = null,
): Promise<void> {
  if (number === null) return;
  const holder = await findProducerByRegistrationNumber(tx, number, exceptId);
  if (holder !== null) throw duplicateRegistrationNumber(number, holder);
}

/** What the audit trail keeps of a producer: its details as the user sees them, units by code. */
export function producerSnapshot(producer: Producer): NewProducer {
  return {
    type: producer.type,
    name: producer.name,
    registrationNumber: producer.registrationNumber,
    representativeName: producer.representativeName,
    representativePosition: producer.representativePosition,
    address: producer.address,
    communeCode: producer.commune.code,
    phone: producer.phone,
    email: producer.email,
  };
}
