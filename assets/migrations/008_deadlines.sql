-- Deadlines that cannot hide (issue #20): a missed deadline of the city stays on the dashboard
-- until the officer marks it handled. milestone.handled_at is when they did (RFC 3339, UTC);
-- NULL while it is not handled. Marking it again as not handled sets it back to NULL, and a
-- milestone moved to another date is not handled any more (its new date may be missed again).
ALTER TABLE milestone ADD COLUMN handled_at TEXT;
