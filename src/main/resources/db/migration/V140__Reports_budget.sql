-- The reports budget shared by replicas (DatabaseReportsLedger): Graph allows about 5 requests per 10 s to its
-- identity and access reports APIs per app and tenant, so every replica takes a slot here before it sends one.
-- reports_budget_slot has one row per slot, created by the application up to the capacity it asks for (slot_no
-- 1..capacity, taken_at 0 = free): taken_at is when the slot was last taken, in epoch millis on the database's
-- clock (so that replicas with skewed clocks agree); the slot is free again one window later. taken_by names the
-- consumer that took it (mirror, registration-feed, report-row, live-look; retry-after when Graph throttled us and
-- every slot was held back until its Retry-After had passed).
-- reports_budget_state has exactly one row: until when (epoch millis, database clock) the replica paging a
-- never-completed registration mirror claims every slot; 0 when no replica does.
-- Portable on purpose: the same migrations run on the embedded H2 database and on PostgreSQL.
CREATE TABLE reports_budget_slot (
    slot_no INTEGER PRIMARY KEY,
    taken_at BIGINT NOT NULL,
    taken_by VARCHAR(40)
);

CREATE TABLE reports_budget_state (
    id INTEGER PRIMARY KEY,
    mirror_first_until BIGINT NOT NULL
);

INSERT INTO reports_budget_state (id, mirror_first_until) VALUES (1, 0);
