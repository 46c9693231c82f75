-- Modules switched on and off per district by the IT administrators, and the audit trail of changes.
-- Written for PostgreSQL 15 and for PGlite (PostgreSQL 18): nothing newer than 15 may appear here.

-- Only the districts whose switch was ever changed have a row: no row means enabled (the rule of
-- @ocop/domain moduleEnabled), so a new district or a new module starts enabled everywhere. `version` counts
-- the changes (the default counts as version 0) for optimistic concurrency. The module list mirrors
-- @ocop/domain OCOP_MODULES; a new module needs a migration widening the check.
create table module_settings (
  district_code text not null check (district_code ~ '^[0-9]{3}$'),
  module text not null check (module in ('dossier', 'tasks', 'reports')),
  enabled boolean not null,
  version integer not null check (version >= 1),
  updated_at timestamptz not null default now(),
  -- Username of the administrator who made the last change.
  updated_by text not null check (updated_by <> ''),
  primary key (district_code, module)
);

-- The append-only audit trail of every state change (brief §6: who, role, unit, when, from, to, comment),
-- for module settings now and for dossiers, tasks and scores later. APPEND ONLY: the API only ever INSERTs
-- here; no repository may UPDATE or DELETE a row, and the triggers below refuse it (a wrong entry is
-- corrected by a new entry, never by rewriting history).
create table audit_log (
  id bigint generated always as identity primary key,
  at timestamptz not null default now(),
  actor_username text not null check (actor_username <> ''),
  actor_name text not null,
  -- OCOP roles of the actor's token at the time (text[] of @ocop/domain OcopRole).
  actor_roles text[] not null,
  actor_district_code text,
  actor_commune_code text,
  actor_department_code text,
  -- What was changed, e.g. 'module-setting', and which one, e.g. '184/tasks'.
  entity_type text not null check (entity_type <> ''),
  entity_id text not null check (entity_id <> ''),
  -- e.g. 'enable', 'disable'; later 'submit', 'return', …
  action text not null check (action <> ''),
  -- The state before and after, as JSON (true/false, a state name, an object of changed fields); null when
  -- there was none (a creation) or none remains (a removal).
  from_value jsonb,
  to_value jsonb,
  comment text
);
create index audit_log_newest on audit_log (at desc, id desc);
create index audit_log_entity on audit_log (entity_type, entity_id, at desc);

create function audit_log_refuse_change() returns trigger
language plpgsql as $$
begin
  raise exception 'audit_log is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end
$$;
create trigger audit_log_no_update_or_delete before update or delete on audit_log
  for each row execute function audit_log_refuse_change();
create trigger audit_log_no_truncate before truncate on audit_log
  for each statement execute function audit_log_refuse_change();
