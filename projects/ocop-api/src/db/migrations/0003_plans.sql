-- Plans (kế hoạch) of the tasks module: the annual OCOP plan of a district (or of the province). The tasks
-- module fills in the rest (tasks, duties, reports); only the plan itself is here so far.
-- Written for PostgreSQL 15 and for PGlite (PostgreSQL 18): nothing newer than 15 may appear here.
create table plans (
  id uuid primary key default gen_random_uuid(),
  -- The unit that issued the plan: a district (3 digits) or the province (2 digits), GSO code.
  unit_code text not null check (unit_code ~ '^([0-9]{2}|[0-9]{3})$'),
  year integer not null check (year between 2018 and 2100),
  -- Số ký hiệu as issued, e.g. '45/KH-UBND'; null while a draft.
  number text check (number <> ''),
  title text not null check (title <> ''),
  issued_on date,
  version integer not null default 1 check (version >= 1),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index plans_unit_year on plans (unit_code, year);
