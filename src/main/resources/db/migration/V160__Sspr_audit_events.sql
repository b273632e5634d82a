-- Self-service password reset audit events (service 'Self-service Password Management') that the registration feed
-- reads from Entra's audit log anyway: kept so that a check can see, without a request of its own, that Microsoft's
-- portal blocks a user ('Blocked from self-service password reset').
-- One row per event and user: event_id (the audit event's id), target_object_id (the user's object id, lower case),
-- activity_at (activityDateTime, epoch millis), activity_display_name, result (lower case), result_reason (the step
-- of a flow-progress event), correlation_id: as Graph gave them ('' when absent), never interpreted on the way in.
-- Purged after sspr.graph.sspr-audit.keep-for.
-- Portable on purpose: the same migrations run on the embedded H2 database and on PostgreSQL.
CREATE TABLE sspr_audit_event (
    event_id VARCHAR(400) NOT NULL,
    target_object_id VARCHAR(64) NOT NULL,
    activity_at BIGINT NOT NULL,
    activity_display_name VARCHAR(400) NOT NULL,
    result VARCHAR(40) NOT NULL,
    result_reason VARCHAR(2000) NOT NULL,
    correlation_id VARCHAR(100) NOT NULL,
    PRIMARY KEY (event_id, target_object_id)
);

CREATE INDEX sspr_audit_event_by_user ON sspr_audit_event (target_object_id, activity_at);
CREATE INDEX sspr_audit_event_by_time ON sspr_audit_event (activity_at);
