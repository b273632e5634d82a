-- Token buckets of the journey's rate limits, for sspr.rate-limit.store=database (several replicas).
-- Bucket4j's PostgreSQL proxy manager owns the rows: id is our key ("client:203.0.113.7",
-- "account:anna@contoso.example"), state is Bucket4j's serialised bucket, expires_at (epoch millis)
-- says when the bucket is full again and the row may be purged.
-- Portable on purpose: the attempt log's migrations also run on the embedded H2 database, where
-- BYTEA is an alias of VARBINARY. Only the database store, which requires PostgreSQL, uses the table.
CREATE TABLE rate_limit_bucket (
    id VARCHAR(200) PRIMARY KEY,
    state BYTEA,
    expires_at BIGINT
);

CREATE INDEX rate_limit_bucket_expires_at ON rate_limit_bucket (expires_at);
