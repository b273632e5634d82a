-- The registration-report mirror shared by replicas (sspr.graph.registration-mirror.store=database).
-- registration_mirror_state has exactly one row: the refresh lease (holder, lease_expires_at in epoch
-- millis) and the shared copy's version and completion time (epoch millis). registration_mirror_row
-- holds the copy: one row per user of userRegistrationDetails, methods as comma-separated AuthMethod
-- names, updated_at as an ISO-8601 instant.
-- Portable on purpose: the same migrations run on the embedded H2 database and on PostgreSQL.
CREATE TABLE registration_mirror_state (
    id INTEGER PRIMARY KEY,
    holder VARCHAR(200),
    lease_expires_at BIGINT NOT NULL,
    version BIGINT NOT NULL,
    completed_at BIGINT
);

INSERT INTO registration_mirror_state (id, holder, lease_expires_at, version, completed_at)
VALUES (1, NULL, 0, 0, NULL);

CREATE TABLE registration_mirror_row (
    object_id VARCHAR(64) PRIMARY KEY,
    user_principal_name VARCHAR(1024),
    sspr_enabled BOOLEAN NOT NULL,
    sspr_registered BOOLEAN NOT NULL,
    methods VARCHAR(400) NOT NULL,
    is_admin BOOLEAN NOT NULL,
    updated_at VARCHAR(40) NOT NULL
);
