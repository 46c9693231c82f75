-- Issued versions of the standing unit's periodic report (issue #8): the figures are frozen in `document` (the
-- @ocop/domain IssuedReport without its id) when the report is issued. A correction is issued again as the next
-- version; a version, once written, never changes.
-- Written for PostgreSQL 15 and for PGlite (PostgreSQL 18): nothing newer than 15 may appear here.

create table issued_reports (
  id uuid primary key default gen_random_uuid(),
  -- The district (3 digits) or the province (2 digits), GSO code.
  unit_code text not null check (unit_code ~ '^([0-9]{2}|[0-9]{3})$'),
  year int not null check (year between 2018 and 2100),
  -- Null: the year-end report.
  quarter int check (quarter between 1 and 4),
  version int not null check (version >= 1),
  number text not null check (number <> ''),
  title text not null check (title <> ''),
  document jsonb not null,
  issued_by text not null,
  issued_at timestamptz not null default now()
);
-- Two officers issuing at once cannot both write version n: the second insert fails and is retried.
create unique index issued_reports_one_version
  on issued_reports (unit_code, year, coalesce(quarter, 0), version);
create index issued_reports_year on issued_reports (year, unit_code);

create function issued_reports_refuse_change() returns trigger
language plpgsql as $$
begin
  raise exception 'issued reports never change: % refused', tg_op using errcode = 'insufficient_privilege';
end;
$$;
create trigger issued_reports_no_update_or_delete before update or delete on issued_reports
  for each row execute function issued_reports_refuse_change();
