-- The registration feed shared by replicas: security-info registration events read from Entra's audit log.
-- registration_feed_state has exactly one row: the poll lease (holder, lease_expires_at in epoch millis),
-- taken with one conditional UPDATE so that one replica at a time polls the audit log.
-- registration_feed_coverage: per audit service read (loggedByService, e.g. 'Authentication Methods'), how far the reading
-- reaches: covered_from (start of the continuous reading) and polled_until (start of the last complete read),
-- epoch millis.
-- registration_event: one row per event and user, object_id and user_principal_name in lower case, '' when
-- the event did not name them (so that the primary key never holds NULL); activity_at in epoch millis.
-- Portable on purpose: the same migrations run on the embedded H2 database and on PostgreSQL.
CREATE TABLE registration_feed_state (
    id INTEGER PRIMARY KEY,
    holder VARCHAR(200),
    lease_expires_at BIGINT NOT NULL
);

INSERT INTO registration_feed_state (id, holder, lease_expires_at) VALUES (1, NULL, 0);

CREATE TABLE registration_feed_coverage (
    source VARCHAR(64) PRIMARY KEY,
    covered_from BIGINT NOT NULL,
    polled_until BIGINT NOT NULL
);

CREATE TABLE registration_event (
    event_id VARCHAR(400) NOT NULL,
    object_id VARCHAR(64) NOT NULL,
    user_principal_name VARCHAR(1024) NOT NULL,
    activity_at BIGINT NOT NULL,
    PRIMARY KEY (event_id, object_id, user_principal_name)
);

CREATE INDEX registration_event_by_object_id ON registration_event (object_id, activity_at);
CREATE INDEX registration_event_by_upn ON registration_event (user_principal_name, activity_at);
CREATE INDEX registration_event_by_time ON registration_event (activity_at);
