-- Evaluation councils (hội đồng đánh giá, phân hạng sản phẩm OCOP), their sessions and the members' score
-- sheets (issue 7). Types: @ocop/domain evaluation/council.ts. Reopening and closing are recorded in audit_log.

create table councils (
  id uuid primary key default gen_random_uuid(),
  level text not null check (level in ('district', 'province')),
  -- District code (3 digits) or province code (2 digits).
  unit_code text not null,
  name text not null check (name <> ''),
  decision_number text not null check (decision_number <> ''),
  decision_date date not null,
  term_from date not null,
  term_to date,
  version int not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index councils_unit on councils (level, unit_code);

create table council_members (
  id uuid primary key default gen_random_uuid(),
  council_id uuid not null references councils (id),
  full_name text not null check (full_name <> ''),
  position text not null check (position in ('chair', 'vice-chair', 'member', 'secretary')),
  title text not null,
  -- The member's sign-in name (Keycloak preferred_username); null for a member who scores on paper.
  username text,
  sort int not null
);
create index council_members_council on council_members (council_id, sort);
create unique index council_members_one_username on council_members (council_id, username) where username is not null;

create table council_sessions (
  id uuid primary key default gen_random_uuid(),
  council_id uuid not null references councils (id),
  title text not null check (title <> ''),
  session_date date not null,
  place text not null,
  status text not null default 'open' check (status in ('open', 'closed')),
  closed_at timestamptz,
  closed_by text,
  spread_note text,
  version int not null default 1,
  created_at timestamptz not null default now()
);
create index council_sessions_council on council_sessions (council_id, session_date);

create table session_attendees (
  session_id uuid not null references council_sessions (id),
  member_id uuid not null references council_members (id),
  primary key (session_id, member_id)
);

create table session_dossiers (
  session_id uuid not null references council_sessions (id),
  dossier_id uuid not null references dossiers (id),
  sort int not null,
  -- The result, fixed when the session closes.
  mean numeric(5, 2),
  spread numeric(5, 2),
  stars int,
  forwarded boolean,
  primary key (session_id, dossier_id)
);
create index session_dossiers_dossier on session_dossiers (dossier_id);

create table score_sheets (
  session_id uuid not null,
  dossier_id uuid not null,
  member_id uuid not null references council_members (id),
  -- @ocop/domain SheetAnswers; total and parts are scoreSheet's, computed by the API.
  answers jsonb not null,
  total numeric(5, 2) not null,
  parts jsonb not null,
  status text not null check (status in ('draft', 'submitted')),
  submitted_at timestamptz,
  reopened_count int not null default 0,
  version int not null default 1,
  updated_at timestamptz not null default now(),
  primary key (session_id, dossier_id, member_id),
  foreign key (session_id, dossier_id) references session_dossiers (session_id, dossier_id)
);

-- A closed session's scores are the council's decision: nothing may change them, whatever the code does.
create function score_sheets_refuse_when_closed() returns trigger
language plpgsql as $$
declare
  closed boolean;
begin
  select status = 'closed' into closed from council_sessions
    where id = (case when tg_op = 'DELETE' then old.session_id else new.session_id end);
  if closed or (tg_op = 'UPDATE' and exists (
      select 1 from council_sessions where id = old.session_id and status = 'closed')) then
    raise exception 'score sheets of a closed session are locked: % refused', tg_op
      using errcode = 'insufficient_privilege';
  end if;
  return case when tg_op = 'DELETE' then old else new end;
end;
$$;
create trigger score_sheets_locked_when_closed before insert or update or delete on score_sheets
  for each row execute function score_sheets_refuse_when_closed();

-- Nor may a closed session be reopened or its stored results altered.
create function council_sessions_refuse_reopen() returns trigger
language plpgsql as $$
begin
  if old.status = 'closed' then
    raise exception 'a closed council session cannot change: % refused', tg_op
      using errcode = 'insufficient_privilege';
  end if;
  return case when tg_op = 'DELETE' then old else new end;
end;
$$;
create trigger council_sessions_locked_when_closed before update or delete on council_sessions
  for each row execute function council_sessions_refuse_reopen();

create function session_dossiers_refuse_when_closed() returns trigger
language plpgsql as $$
begin
  if exists (select 1 from council_sessions where id = old.session_id and status = 'closed') then
    raise exception 'the results of a closed council session are locked: % refused', tg_op
      using errcode = 'insufficient_privilege';
  end if;
  return case when tg_op = 'DELETE' then old else new end;
end;
$$;
create trigger session_dossiers_locked_when_closed before update or delete on session_dossiers
  for each row execute function session_dossiers_refuse_when_closed();
