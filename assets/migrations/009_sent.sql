-- What was sent stays sent (issue #20): a submission marked as submitted is read-only until the
-- officer starts a new version; the record of what was sent is kept then, and kept again when
-- the new version is sent in its turn.

-- When the officer started a new version after this send; NULL while the text as sent is the
-- current one.
ALTER TABLE submission_sent ADD COLUMN reopened_at TEXT;

-- Earlier sends of a submission: when a new version is marked as submitted, the record it
-- replaces moves here whole (the exact file, its SHA-256, the locked revision, what came back)
-- instead of being overwritten.
CREATE TABLE submission_sent_earlier (
    id                INTEGER PRIMARY KEY,
    submission_id     INTEGER NOT NULL REFERENCES submission(id) ON DELETE CASCADE,
    sent_on           TEXT NOT NULL,
    channel           TEXT NOT NULL,
    file_name         TEXT NOT NULL,
    file_sha256       TEXT NOT NULL,
    file_bytes        BLOB NOT NULL,
    revision_id       INTEGER NOT NULL REFERENCES submission_revision(id),
    ohchr_acronym     TEXT NOT NULL DEFAULT '',
    cited_paragraphs  TEXT NOT NULL DEFAULT '',
    recorded_at       TEXT NOT NULL,
    reopened_at       TEXT
);
CREATE INDEX submission_sent_earlier_submission ON submission_sent_earlier(submission_id, id);
