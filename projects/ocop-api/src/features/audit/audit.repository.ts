import type { AuditEntry, OcopRole, Principal } from '@ocop/domain';
import { Conditions } from '../../db/conditions';
import type { Queryable } from '../../db/db';

/**
 * The append-only audit trail (table audit_log, migration 0002). This module only INSERTs and SELECTs:
 * never add an UPDATE or a DELETE here or anywhere else (the database refuses them too). Write the entry in
 * the same transaction as the change it records, so neither exists without the other.
 */

export interface NewAuditEntry {
  actor: Principal;
  entityType: string;
  entityId: string;
  action: string;
  /** Any JSON value; null when there was no previous state. */
  from: unknown;
  to: unknown;
  comment: string | null;
}

interface AuditRow {
  id: string;
  at: string;
  actor_username: string;
  actor_name: string;
  /** Comma-separated. */
  actor_roles: string;
  actor_district_code: string | null;
  actor_commune_code: string | null;
  actor_department_code: string | null;
  entity_type: string;
  entity_id: string;
  action: string;
  from_value: string | null;
  to_value: string | null;
  comment: string | null;
}

/** Instants leave the database as ISO 8601 UTC text, the same from both drivers. */
export const isoInstant = (column: string) =>
  `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

export async function appendAudit(tx: Queryable, entry: NewAuditEntry): Promise<void> {
  const { actor } = entry;
  await tx.query(
    `insert into audit_log (actor_username, actor_name, actor_roles, actor_district_code, actor_commune_code,
                            actor_department_code, entity_type, entity_id, action, from_value, to_value, comment)
     values ($1, $2, string_to_array($3, ','), $4, $5, $6, $7, $8, $9, $10::jsonb, $11::jsonb, $12)`,
    [
      actor.username,
      actor.name,
      // OCOP role names contain no comma; an array parameter is typed differently by the two drivers.
      actor.roles.join(','),
      actor.districtCode,
      actor.communeCode,
      actor.departmentCode,
      entry.entityType,
      entry.entityId,
      entry.action,
      entry.from === null || entry.from === undefined ? null : JSON.stringify(entry.from),
      entry.to === null || entry.to === undefined ? null : JSON.stringify(entry.to),
      entry.comment,
    ],
  );
}

export interface AuditQuery {
  entityType?: string;
  entityId?: string;
  limit: number;
}

/** The newest entries first (ties broken by insertion order), optionally of one entity type. */
export async function listAudit(db: Queryable, query: AuditQuery): Promise<AuditEntry[]> {
  const where = new Conditions();
  if (query.entityType !== undefined) where.and(`entity_type = ${where.param(query.entityType)}`);
  if (query.entityId !== undefined) where.and(`entity_id = ${where.param(query.entityId)}`);
  // jsonb leaves as text and is parsed here: the drivers would otherwise disagree on a JSON string value.
  const rows = await db.query<AuditRow>(
    `select id::text as id, ${isoInstant('at')} as at, actor_username, actor_name,
            array_to_string(actor_roles, ',') as actor_roles, actor_district_code, actor_commune_code,
            actor_department_code, entity_type, entity_id, action,
            from_value::text as from_value, to_value::text as to_value, comment
     from audit_log ${where.where}
     order by at desc, id desc
     limit ${where.param(query.limit)}`,
    where.params,
  );
  return rows.map((row) => ({
    id: row.id,
    at: row.at,
    actor: {
      username: row.actor_username,
      name: row.actor_name,
      roles: row.actor_roles === '' ? [] : (row.actor_roles.split(',') as OcopRole[]),
      districtCode: row.actor_district_code,
      communeCode: row.actor_commune_code,
      departmentCode: row.actor_department_code,
    },
    entityType: row.entity_type,
    entityId: row.entity_id,
    action: row.action,
    from: row.from_value === null ? null : (JSON.parse(row.from_value) as unknown),
    to: row.to_value === null ? null : (JSON.parse(row.to_value) as unknown),
    comment: row.comment,
  }));
}
