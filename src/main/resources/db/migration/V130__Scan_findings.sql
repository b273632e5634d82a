-- Readiness scans with two tiers of reasons (dev.ssprpreflight.scan.store.DatabaseScanStore): besides the
-- users that a reason blocks, a scan now keeps the users who have admin-only findings and no block. Portable
-- on purpose, like V120: the same statements run on the embedded H2 database and on PostgreSQL.
--
-- Nothing is rewritten. Every row that a scan stored before this migration was a blocked user, with codes
-- of their time (some retired since): they keep their rows and read back as they were. The tables keep
-- their names for the same reason: readiness_scan_blocked now holds every flagged user, and
-- readiness_scan_blocked_reason and readiness_scan_reason_count hold the reasons of both tiers (a finding
-- counts every user who has it, blocked or not).

-- Which of the scan's two lists a user is in: at least one reason blocks (true), or findings only (false).
-- The default only fills the existing rows (PostgreSQL 11 and later add such a column without rewriting the
-- table); it is dropped at once, so that the store must give the value for every new row, and a forgotten
-- one fails the insert instead of listing a user with findings only as blocked.
ALTER TABLE readiness_scan_blocked ADD COLUMN blocked BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE readiness_scan_blocked ALTER COLUMN blocked DROP DEFAULT;

-- Members with findings and no block, beside users_blocked. Scans stored before found no findings: 0, which
-- is what their lists show.
ALTER TABLE readiness_scan ADD COLUMN users_findings_only BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE readiness_scan ALTER COLUMN users_findings_only DROP DEFAULT;

-- Each list is paged and exported in UPN order, so the index hands one list over without sorting it or
-- reading the other; it replaces V120's index on (scan_id, upn_lower, object_id), which no read uses any
-- more (every read of users names its list). Building it reads every stored user of the kept scans once
-- (sspr.scan.keep-for: 180 daily scans of 20,000 blocked users are 3.6 million rows), while
-- Flyway's lock keeps the other replicas waiting at start.
CREATE INDEX ix_readiness_scan_flagged_upn ON readiness_scan_blocked (scan_id, blocked, upn_lower, object_id);
DROP INDEX ix_readiness_scan_blocked_upn;
