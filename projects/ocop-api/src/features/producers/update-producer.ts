import { parseProducerChange, type NewProducer, type Principal, type Producer } from '@ocop/domain';
import { type Db, sqlErrorOf, UNIQUE_VIOLATION } from '../../db/db';
import { validationFailed } from '../../http/api-http-error';
import { appendAudit } from '../audit/audit.repository';
import { forbiddenUnit } from '../auth/access';
import { catalogWriteScope, communeInScope, UNRESTRICTED } from '../auth/scope';
import { communeProblem } from '../units/commune-check';
import {
  duplicateRegistrationNumber,
  PRODUCER_ENTITY,
  producerNotFound,
  producerSnapshot,
  refuseTakenRegistrationNumber,
  staleProducer,
} from './producer-rules';
import { findProducer, updateProducer } from './producers.repository';

/**
 * Corrects a producer's details (PUT /api/producers/:id), for commune and district officers whose units
 * hold it. The body is the whole producer and the version the user started from: an older version is
 * refused (409 STALE_VERSION, nothing written) rather than overwriting someone else's change. The change and
 * its audit entry (the fields that changed, before and after) are written in one transaction; a body that
 * changes nothing writes nothing.
 */
export async function changeProducer(
  db: Db,
  caller: Principal,
  id: string,
  fields: Record<string, unknown>,
): Promise<Producer> {
  return db.transaction(async (tx) => {
    const scope = catalogWriteScope(caller);
    // Outside the caller's units is as good as missing, whatever the body says.
    const current = await findProducer(tx, id, scope);
    if (current === null) throw producerNotFound();

    const parsed = parseProducerChange(fields);
    if (!parsed.ok) throw validationFailed(parsed.errors);
    const { version, ...change } = parsed.value;
    if (version !== current.version) throw staleProducer(current.version);

    const before = producerSnapshot(current);
    const changed = (Object.keys(change) as (keyof NewProducer)[]).filter((k) => change[k] !== before[k]);
    if (changed.length === 0) return current;

    // A producer may stay in a commune that has since been merged away, but not move into one.
    if (change.communeCode !== current.commune.code) {
      const problem = await communeProblem(tx, change.communeCode);
      if (problem !== null) throw validationFailed([problem]);
      if (!(await communeInScope(tx, scope, change.communeCode))) throw forbiddenUnit(change.communeCode);
    }
    await refuseTakenRegistrationNumber(tx, change.registrationNumber, id);

    try {
      if (!(await updateProducer(tx, id, change, version))) {
        // Someone committed a change between our read and our write.
        const now = await findProducer(tx, id, UNRESTRICTED);
        throw staleProducer(now?.version ?? version + 1);
      }
    } catch (error) {
      if (sqlErrorOf(error)?.code === UNIQUE_VIOLATION) {
        throw duplicateRegistrationNumber(change.registrationNumber ?? '', null);
      }
      throw error;
    }
    const saved = await findProducer(tx, id, UNRESTRICTED);
    if (saved === null) throw new Error(`producer ${id} vanished inside its own transaction`);
    await appendAudit(tx, {
      actor: caller,
      entityType: PRODUCER_ENTITY,
      entityId: id,
      action: 'update',
      from: Object.fromEntries(changed.map((k) => [k, before[k]])),
      to: Object.fromEntries(changed.map((k) => [k, change[k]])),
      comment: null,
    });
    return saved;
  });
}
