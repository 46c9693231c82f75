import { parseNewProducer, type Principal, type Producer } from '@ocop/domain';
import { type Db, sqlErrorOf, UNIQUE_VIOLATION } from '../../db/db';
import { validationFailed } from '../../http/api-http-error';
import { appendAudit } from '../audit/audit.repository';
import { forbiddenUnit } from '../auth/access';
import { catalogWriteScope, communeInScope, UNRESTRICTED } from '../auth/scope';
import { communeProblem } from '../units/commune-check';
import {
  duplicateRegistrationNumber,
  PRODUCER_ENTITY,
  producerSnapshot,
  refuseTakenRegistrationNumber,
} from './producer-rules';
import { findProducer, insertProducer } from './producers.repository';

/**
 * Registers a producer in a commune of the caller's units. The input is validated completely before the
 * database is touched; the checks that need the database, the insert and its audit entry share one
 * transaction, so a refusal leaves nothing behind.
 */
export async function createProducer(
  db: Db,
  caller: Principal,
  fields: Record<string, unknown>,
): Promise<Producer> {
  const parsed = parseNewProducer(fields);
  if (!parsed.ok) throw validationFailed(parsed.errors);
  const producer = parsed.value;

  return db.transaction(async (tx) => {
    const problem = await communeProblem(tx, producer.communeCode);
    if (problem !== null) throw validationFailed([problem]);
    if (!(await communeInScope(tx, catalogWriteScope(caller), producer.communeCode))) {
      throw forbiddenUnit(producer.communeCode);
    }
    await refuseTakenRegistrationNumber(tx, producer.registrationNumber);

    let id: string;
    try {
      id = await insertProducer(tx, producer);
    } catch (error) {
      if (sqlErrorOf(error)?.code === UNIQUE_VIOLATION) {
        throw duplicateRegistrationNumber(producer.registrationNumber ?? '', null);
      }
      throw error;
    }
    const created = await findProducer(tx, id, UNRESTRICTED);
    if (created === null) throw new Error(`producer ${id} vanished inside its own transaction`);
    await appendAudit(tx, {
      actor: caller,
      entityType: PRODUCER_ENTITY,
      entityId: id,
      action: 'create',
      from: null,
      to: producerSnapshot(created),
      comment: null,
    });
    return created;
  });
}
