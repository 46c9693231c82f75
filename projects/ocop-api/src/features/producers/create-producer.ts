import { parseNewProducer, type Principal, type Producer } from '@ocop/domain';
import { type Db, sqlErrorOf, UNIQUE_VIOLATION } from '../../db/db';
import { conflict, validationFailed } from '../../http/api-http-error';
import { forbiddenUnit } from '../auth/access';
import { catalogWriteScope, communeInScope, UNRESTRICTED } from '../auth/scope';
import { communeProblem } from '../units/commune-check';
import { findProducer, insertProducer } from './producers.repository';

/**
 * Registers a producer in a commune of the caller's units. The input is validated completely before the
 * database is touched; the checks that need the database and the insert share one transaction, so a
 * refusal leaves nothing behind.
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

    let id: string;
    try {
      id = await insertProducer(tx, producer);
    } catch (error) {
      if (sqlErrorOf(error)?.code === UNIQUE_VIOLATION) {
        throw conflict([
          {
            field: 'registrationNumber',
            code: 'duplicate',
            message: `Đã có chủ thể cùng loại với số đăng ký ${producer.registrationNumber ?? ''}`.trim(),
          },
        ]);
      }
      throw error;
    }
    const created = await findProducer(tx, id, UNRESTRICTED);
    if (created === null) throw new Error(`producer ${id} vanished inside its own transaction`);
    return created;
  });
}
