-- Catalogue foundation: administrative units, producers (chủ thể), products.
-- Written for PostgreSQL 15 and for PGlite (PostgreSQL 18): nothing newer than 15 may appear here.

-- One row per version of a unit. GSO codes are re-assigned and units renamed or merged (2019, 2024, 2025),
-- so a code alone is not a key; records keep the code and read the name valid at their date.
create table admin_units (
  id integer generated always as identity primary key,
  code text not null check (code ~ '^([0-9]{2}|[0-9]{3}|[0-9]{5})$'),
  name text not null check (name <> ''),
  level text not null check (level in ('province', 'district', 'commune')),
  parent_code text,
  valid_from date,
  valid_to date,
  check (valid_from is null or valid_to is null or valid_from <= valid_to),
  unique (code, valid_from)
);
create index admin_units_parent_code on admin_units (parent_code);

-- The name of a unit as it was on a date; when no version covers the date, the latest version's name.
create function unit_name_at(unit_code text, unit_level text, on_date date) returns text
language sql stable as $$
  select name
  from admin_units
  where code = unit_code and level = unit_level
  order by (coalesce(valid_from, '-infinity'::date) <= on_date
            and coalesce(valid_to, 'infinity'::date) >= on_date) desc,
           valid_from desc nulls last
  limit 1
$$;

-- search_text holds the name folded by @ocop/domain foldForSearch (no diacritics, lower case), written by
-- the API, because neither unaccent nor a Vietnamese collation is available on every PostgreSQL we run on.
create table producers (
  id uuid primary key default gen_random_uuid(),
  type text not null check (type in ('doanh-nghiep', 'hop-tac-xa', 'to-hop-tac', 'ho-kinh-doanh')),
  name text not null check (name <> ''),
  registration_number text,
  commune_code text not null,
  search_text text not null,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create unique index producers_registration_number_key
  on producers (type, registration_number) where registration_number is not null;
create index producers_commune_code on producers (commune_code);

create table products (
  id uuid primary key default gen_random_uuid(),
  name text not null check (name <> ''),
  -- Phân nhóm of QĐ 1048 ("1".."26"); the list lives in @ocop/domain.
  product_group_code text not null,
  producer_id uuid not null references producers (id),
  commune_code text not null,
  search_text text not null,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
-- One producer cannot register the same product twice, however the name is accented or spaced.
create unique index products_producer_name_key on products (producer_id, search_text);
create index products_commune_code on products (commune_code);

-- Which demo data sets have been loaded, so a restart does not load them again.
create table demo_data_loads (
  name text primary key,
  loaded_at timestamptz not null default now()
);
