-- Evaluation dossiers (hồ sơ đánh giá, phân hạng), their checklist items and attachments. Every change is
-- also written to audit_log (entity_type 'dossier', entity_id = dossier id), which is the dossier's timeline.
-- Written for PostgreSQL 15 and for PGlite (PostgreSQL 18): nothing newer than 15 may appear here.

create table dossiers (
  id uuid primary key default gen_random_uuid(),
  product_id uuid not null references products (id),
  -- Copied from the product when the dossier is created: the units a dossier belongs to do not move when a
  -- product's record is later corrected, and scope checks need no join.
  commune_code text not null check (commune_code ~ '^[0-9]{5}$'),
  district_code text not null check (district_code ~ '^[0-9]{3}$'),
  -- Id of the @ocop/domain workflow definition that runs the dossier ('district-1048').
  workflow_id text not null check (workflow_id <> ''),
  criteria_set text not null check (criteria_set in ('1048', '148')),
  registration_kind text not null check (registration_kind in ('first-time', 'upgrade', 're-evaluation')),
  round_year integer not null check (round_year between 2018 and 2100),
  target_quarter text check (target_quarter ~ '^[0-9]{4}-Q[1-4]$'),
  -- A state id of the workflow definition; the definition, not the database, knows which ones exist.
  state text not null check (state <> ''),
  state_since timestamptz not null default now(),
  -- The deadline of the current state (district check period, supplementation deadline), if it has one.
  state_deadline date,
  -- Product and producer names folded by @ocop/domain foldForSearch, for the list's search.
  search_text text not null,
  version integer not null default 1 check (version >= 1),
  created_by text not null check (created_by <> ''),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
-- One dossier per product per evaluation round; a withdrawn one no longer counts, so the product can start over.
create unique index dossiers_one_per_product_round on dossiers (product_id, round_year) where state <> 'withdrawn';
create index dossiers_commune_code on dossiers (commune_code);
create index dossiers_district_state on dossiers (district_code, state);

-- Only items somebody touched have a row; an item without one is 'missing' (@ocop/domain completeStates).
create table dossier_items (
  dossier_id uuid not null references dossiers (id),
  -- A checklist item id of @ocop/domain (stable, never renamed).
  item_id text not null check (item_id <> ''),
  status text not null check (status in ('missing', 'provided', 'returned')),
  document_date date,
  remarks text,
  primary key (dossier_id, item_id)
);

-- Files live outside the database (features/attachments/file-store.ts); a row exists only for a file that is
-- completely stored, and a stored file only with its row (both are made in one transaction, and files left
-- without a row by a crash are removed when the API starts).
create table attachments (
  id uuid primary key default gen_random_uuid(),
  dossier_id uuid not null references dossiers (id),
  item_id text not null check (item_id <> ''),
  file_name text not null check (file_name <> ''),
  kind text not null check (kind in ('pdf', 'jpeg', 'png', 'docx', 'xlsx', 'mp4', 'mp3')),
  size bigint not null check (size > 0),
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  -- Where the file store keeps the bytes; never derived from the user's file name.
  storage_key text not null unique check (storage_key <> ''),
  uploaded_by text not null check (uploaded_by <> ''),
  uploaded_at timestamptz not null default now()
);
create index attachments_dossier_item on attachments (dossier_id, item_id);

-- The requests that changed a dossier's state, by the id the browser chose for the user's intent, so a
-- retried or double-clicked action is answered from the first one instead of acting twice.
create table dossier_action_requests (
  dossier_id uuid not null references dossiers (id),
  request_id text not null check (request_id ~ '^[0-9A-Za-z-]{8,64}$'),
  action text not null,
  actor_username text not null,
  at timestamptz not null default now(),
  primary key (dossier_id, request_id)
);
