-- The requests that moved a task along its workflow (start, accept, return, cancel, reopen), by the id the
-- browser chose for the user's intent, so a retried or double-clicked action is answered from the first one
-- instead of acting twice. Progress reports keep their request id on their own row (task_reports.request_id).
-- Written for PostgreSQL 15 and for PGlite (PostgreSQL 18): nothing newer than 15 may appear here.
create table task_action_requests (
  task_id uuid not null references tasks (id),
  request_id text not null check (request_id ~ '^[0-9A-Za-z-]{8,64}$'),
  action text not null check (action in ('start', 'accept', 'return', 'cancel', 'reopen')),
  actor_username text not null,
  at timestamptz not null default now(),
  primary key (task_id, request_id)
);
