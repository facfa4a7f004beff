-- Drafting: optimistic versions of sections, whole-submission revisions, what was sent, and
-- full-text search over drafts.

-- Whole-submission revisions (below) replace the per-save section revisions of schema 1, which
-- grew by a full copy of a section every two seconds of typing.
DROP TABLE section_revision;

-- Incremented on every save; a save must name the version it started from, so two windows or
-- two instances never silently overwrite each other.
ALTER TABLE section ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

-- A snapshot of every section of a submission: automatic (at most one per 10 minutes of
-- editing), named by the officer ("Sent to legal review"), taken before a restore, or the
-- version that was sent (locked: never changed afterwards).
CREATE TABLE submission_revision (
    id            INTEGER PRIMARY KEY,
    submission_id INTEGER NOT NULL REFERENCES submission(id) ON DELETE CASCADE,
    kind          TEXT NOT NULL,
    name          TEXT NOT NULL DEFAULT '',
    snapshot_json TEXT NOT NULL,
    words         INTEGER NOT NULL,
    created_at    TEXT NOT NULL
);
CREATE INDEX submission_revision_submission ON submission_revision(submission_id, id);

-- What was sent: when, how, the exact file and its SHA-256, the locked revision, and what
-- came back (the acronym OHCHR gave it, the summary paragraphs that cite it).
CREATE TABLE submission_sent (
    submission_id     INTEGER PRIMARY KEY REFERENCES submission(id) ON DELETE CASCADE,
    sent_on           TEXT NOT NULL,
    channel           TEXT NOT NULL,
    file_name         TEXT NOT NULL,
    file_sha256       TEXT NOT NULL,
    file_bytes        BLOB NOT NULL,
    revision_id       INTEGER NOT NULL REFERENCES submission_revision(id),
    ohchr_acronym     TEXT NOT NULL DEFAULT '',
    cited_paragraphs  TEXT NOT NULL DEFAULT '',
    recorded_at       TEXT NOT NULL
);

-- Search over drafts: words (with diacritics folded) and trigrams (so that Chinese and Japanese
-- text, written without spaces, is found too). rowid = section.id; kept in step by the core.
CREATE VIRTUAL TABLE section_search USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE section_search_trigram USING fts5(title, body, tokenize = 'trigram');
