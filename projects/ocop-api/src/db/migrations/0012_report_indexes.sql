-- Indexes for the dashboard and the reports on a province's data over years (issue #8, "Province scale").
-- Figures: EXPLAIN ANALYZE on the scale data set (`npm run seed:scale`, scale 1: 30,000 dossiers, 456,000 audit
-- entries), PostgreSQL 15, whole province, round 2024, on a 2-core machine under load; see bench/README.md.
-- Sizes at scale 1: 2.5 MB, 15 MB, 0.25 MB and 7.8 MB; three are partial, indexing only the rows their query reads.
-- Written for PostgreSQL 15 and for PGlite (PostgreSQL 18): nothing newer than 15 may appear here.

-- dashboard dossierFlags: "was the dossier ever returned / decided" is an EXISTS per dossier. Through
-- audit_log_entity it read every entry of the dossier (≈ 9) and filtered on the action: 5,039 × 2 index scans,
-- 554 ms, and a plan cost (122,000) high enough to pay 83 ms of JIT compilation. This index holds only the
-- decisions (≈ 1.3 per dossier), so each EXISTS is an index-only probe: 121 ms, no JIT.
create index audit_log_dossier_decisions on audit_log (entity_id, action)
  where entity_type = 'dossier' and action in ('return', 'accept');

-- dashboard stepDays: the state-changing entries of the dossiers in scope, in order, per dossier (the stays
-- between two states). Without it: a scan of the whole audit trail (every entity, every item update) hashed
-- against the round's dossiers, 408–815 ms for the province's 24,396 entries of 2024. With it, per dossier, an
-- index-only scan (from_value is included; the predicate covers entity_type and to_value) of its state changes
-- already in (at, id) order, no heap fetch once vacuumed: 254–350 ms with the query as it is, 178–208 ms when
-- the query joins per dossier (bench/README.md, "Repository changes").
create index audit_log_dossier_state_changes on audit_log (entity_id, at, id) include (from_value)
  where entity_type = 'dossier' and (to_value ->> 'state') is not null;

-- Funnel, flags and step days read the dossiers of one round year (scope conditions then keep the communes of
-- the district). Without it every round's dossiers are read and filtered: district funnel 11.2 ms, province
-- funnel 9.7 ms of a 30,000-row seq scan; with it only the round's 5,039: 5.3 ms and 6.3 ms, and the gap widens
-- with every year of data. commune_code second: the scope conditions name communes.
create index dossiers_round_commune on dossiers (round_year, commune_code);

-- dashboard tasksByUnit (and the periodic report's tasks by unit): the tasks with a status (one-off tasks and
-- occurrences) of the plans of a year, counted per lead unit. Without it a seq scan of every year's 94,091
-- such tasks: 195–232 ms for the province's 15,891 of 2024. With it an index-only scan of the year's 11 plans
-- (no heap fetch once vacuumed): 45–53 ms.
create index tasks_plan_rollup on tasks (plan_id) include (lead_unit, status, due_date, due_quarter)
  where status is not null;
