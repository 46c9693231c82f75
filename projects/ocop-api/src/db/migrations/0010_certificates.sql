-- The province's side of an evaluation (issue 7): the result it records for a dossier the district council
-- forwarded, the OCOP certificate of a product ranked 3★ or more, and the link from a re-evaluation dossier
-- to the dossier it follows. Every change is also written to audit_log (entity_type 'dossier' for results,
-- 'certificate' for revocations).
-- Written for PostgreSQL 15 and for PGlite (PostgreSQL 18): nothing newer than 15 may appear here.

create table province_results (
  dossier_id uuid primary key references dossiers (id),
  score numeric(5, 2) not null check (score between 0 and 100),
  stars int not null check (stars between 1 and 5),
  decision_number text not null check (decision_number <> ''),
  decision_date date not null,
  recorded_by text not null,
  recorded_at timestamptz not null default now()
);

create table certificates (
  id uuid primary key default gen_random_uuid(),
  -- One certificate per evaluation: a re-evaluation is a new dossier and gives a new certificate.
  dossier_id uuid not null unique references dossiers (id),
  product_id uuid not null references products (id),
  stars int not null check (stars between 3 and 5),
  number text not null check (number <> ''),
  decision_number text not null check (decision_number <> ''),
  decision_date date not null,
  issued_on date not null,
  -- The last day it is valid (@ocop/domain certificateExpiry), stored so lists can filter and sort on it.
  expires_on date not null check (expires_on > issued_on),
  revoked_on date,
  revoked_reason text,
  created_at timestamptz not null default now(),
  check ((revoked_on is null) = (revoked_reason is null))
);
create index certificates_product on certificates (product_id, issued_on desc);

alter table dossiers add column previous_dossier_id uuid references dossiers (id);
-- A dossier is followed by at most one re-evaluation.
create unique index dossiers_one_follower on dossiers (previous_dossier_id);
