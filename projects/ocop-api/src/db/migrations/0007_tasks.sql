-- The tasks module: plans grow their document parts and targets; tasks (duties) with their occurrences,
-- progress reports with evidence, comments, and the standing unit's reviews. Every change of a task is also
-- written to audit_log (entity_type 'task', entity_id = task id), which is the task's timeline; plan changes
-- are written with entity_type 'plan'.
-- Written for PostgreSQL 15 and for PGlite (PostgreSQL 18): nothing newer than 15 may appear here.

alter table plans drop constraint plans_unit_code_check;
alter table plans add constraint plans_unit_code_check check (unit_code ~ '^([0-9]{2}|[0-9]{3}|[0-9]{5})$');
alter table plans
  add column legal_bases text[] not null default '{}',
  add column purposes text[] not null default '{}',
  add column requirements text[] not null default '{}',
  add column funding_sources text[] not null default '{}',
  -- [{ "code": "III.7", "title": "Trung tâm Y tế huyện" }, …] in the document's order.
  add column sections jsonb not null default '[]',
  add column signer text,
  add column copied_from uuid references plans (id),
  add column created_by text;
-- One plan per unit and year.
create unique index plans_one_per_unit_year on plans (unit_code, year);

create table plan_targets (
  id uuid primary key default gen_random_uuid(),
  plan_id uuid not null references plans (id),
  code text not null check (code <> ''),
  title text not null check (title <> ''),
  indicator text not null check (indicator <> ''),
  quantity numeric not null check (quantity > 0),
  measure text not null check (measure <> ''),
  due_quarter text check (due_quarter ~ '^[0-9]{4}-Q[1-4]$'),
  product_id uuid references products (id),
  dossier_id uuid references dossiers (id),
  position integer not null,
  unique (plan_id, code)
);

create table tasks (
  id uuid primary key default gen_random_uuid(),
  plan_id uuid not null references plans (id),
  section_code text not null check (section_code <> ''),
  title text not null check (title <> ''),
  description text not null default '',
  -- A task unit key of @ocop/domain: 'department:TTYT', 'commune:06322', 'producer:<uuid>'.
  lead_unit text not null check (lead_unit ~ '^(department|commune|producer):.+$'),
  cooperating_units text[] not null default '{}',
  due_date date,
  due_quarter text check (due_quarter ~ '^[0-9]{4}-Q[1-4]$'),
  recurrence text not null check (recurrence in ('once', 'quarterly', 'yearly')),
  -- An occurrence points to its series and names its period; a series row has no status.
  series_id uuid references tasks (id),
  period text check (period ~ '^[0-9]{4}(-Q[1-4])?$'),
  status text check (status in ('assigned', 'in_progress', 'reported_done', 'accepted', 'returned', 'cancelled')),
  priority text not null default 'normal' check (priority in ('high', 'normal', 'low')),
  target_id uuid references plan_targets (id),
  product_id uuid references products (id),
  dossier_id uuid references dossiers (id),
  review_id uuid,
  return_reason text,
  -- Title, description and unit names folded by @ocop/domain foldForSearch, for diacritic-free search.
  search_text text not null default '',
  position integer not null default 0,
  version integer not null default 1 check (version >= 1),
  created_by text not null check (created_by <> ''),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (due_date is null or due_quarter is null),
  check ((recurrence = 'once' or series_id is not null) = (status is not null))
);
create index tasks_plan on tasks (plan_id, section_code, position);
create index tasks_lead_unit on tasks (lead_unit);
create index tasks_series on tasks (series_id);

create table task_reports (
  id uuid primary key default gen_random_uuid(),
  task_id uuid not null references tasks (id),
  percent integer not null check (percent between 0 and 100),
  text text not null check (text <> ''),
  reported_by text not null,
  reported_by_name text not null,
  reported_by_unit text not null,
  reported_at timestamptz not null default now(),
  review text not null default 'pending' check (review in ('pending', 'accepted', 'returned')),
  reviewed_by text,
  reviewed_at timestamptz,
  return_reason text,
  request_id text check (request_id ~ '^[0-9A-Za-z-]{8,64}$'),
  unique (task_id, request_id)
);
create index task_reports_task on task_reports (task_id, reported_at desc);

-- Evidence of a report: the same file store and rules as dossier attachments (one row per stored file).
create table task_report_attachments (
  id uuid primary key default gen_random_uuid(),
  report_id uuid not null references task_reports (id),
  file_name text not null check (file_name <> ''),
  kind text not null check (kind in ('pdf', 'jpeg', 'png', 'docx', 'xlsx', 'mp4', 'mp3')),
  size bigint not null check (size > 0),
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  storage_key text not null unique check (storage_key <> ''),
  uploaded_by text not null check (uploaded_by <> ''),
  uploaded_at timestamptz not null default now()
);
create index task_report_attachments_report on task_report_attachments (report_id);

create table task_comments (
  id uuid primary key default gen_random_uuid(),
  task_id uuid not null references tasks (id),
  text text not null check (text <> ''),
  author text not null,
  author_name text not null,
  author_unit text not null,
  created_at timestamptz not null default now()
);
create index task_comments_task on task_comments (task_id, created_at);

-- The standing unit's review meetings. A review is a record of what was: the snapshot is frozen when the
-- review is recorded and the table refuses UPDATE and DELETE.
create table task_reviews (
  id uuid primary key default gen_random_uuid(),
  plan_id uuid not null references plans (id),
  period text not null check (period ~ '^[0-9]{4}(-Q[1-4])?$'),
  held_on date not null,
  attendees text[] not null,
  conclusions text not null check (conclusions <> ''),
  snapshot jsonb not null,
  follow_up_task_ids uuid[] not null default '{}',
  recorded_by text not null,
  recorded_by_name text not null,
  recorded_at timestamptz not null default now()
);
create index task_reviews_plan on task_reviews (plan_id, held_on);
alter table tasks add constraint tasks_review_fk foreign key (review_id) references task_reviews (id);

create function task_reviews_refuse_change() returns trigger
language plpgsql as $$
begin
  raise exception 'task_reviews are records of a meeting: % refused', tg_op using errcode = 'insufficient_privilege';
end;
$$;
create trigger task_reviews_no_update_or_delete before update or delete on task_reviews
  for each row execute function task_reviews_refuse_change();
