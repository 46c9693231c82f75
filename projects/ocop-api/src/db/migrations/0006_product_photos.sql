-- Photos of products (JPEG or PNG). Every upload and removal raises the product's version and is written to
-- audit_log (entity_type 'product').
-- Written for PostgreSQL 15 and for PGlite (PostgreSQL 18): nothing newer than 15 may appear here.

-- The bytes live in the same file store as dossier attachments (features/attachments/file-store.ts), under
-- the same rule: a row exists only for a file that is completely stored, a stored file only with its row,
-- and the start-up sweep keeps the files of this table too (attachments.repository.ts recordedStorageKeys).
-- Size and count limits are @ocop/domain's PRODUCT_PHOTO_LIMITS, checked under the product's row lock.
create table product_photos (
  id uuid primary key default gen_random_uuid(),
  product_id uuid not null references products (id),
  file_name text not null check (file_name <> ''),
  -- Told by the content (magic bytes), never by the name.
  kind text not null check (kind in ('jpeg', 'png')),
  size bigint not null check (size > 0),
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  -- Where the file store keeps the bytes; never derived from the user's file name.
  storage_key text not null unique check (storage_key <> ''),
  uploaded_by text not null check (uploaded_by <> ''),
  uploaded_at timestamptz not null default now(),
  -- The order photos are shown in: the next one after the product's last, gaps left by removals kept.
  position integer not null check (position >= 1),
  unique (product_id, position)
);
