-- The institution dashboard counts its members' certificates by course and status (valid, expiring,
-- expired, revoked). With every column it reads in one index, MariaDB answers from the index alone
-- instead of reading each certificate row (measured: 157 ms -> see README at 300,000 certificates).
-- It starts with user_id, so it also serves the foreign key and every lookup the old index served.
CREATE INDEX ix_certificate_user_status ON certificate (user_id, course_slug, revoked_at, expires_at);
DROP INDEX ix_certificate_user ON certificate;
