-- Contributions from departments (issue #17): the officer asks a department for some sections
-- (and recommendations), the department works on them in a contributor workspace on its own
-- computer and sends back what changed; nothing changes here until the officer accepts it.
-- Owned by store::contribution.

-- The officer's side: each request sent. `token` travels in the package and comes back in the
-- return; the lists are the ids that were sent (JSON arrays of integers).
CREATE TABLE contribution_request (
    id                   INTEGER PRIMARY KEY,
    token                TEXT NOT NULL UNIQUE,
    submission_id        INTEGER NOT NULL REFERENCES submission(id) ON DELETE CASCADE,
    contributor          TEXT NOT NULL,
    email                TEXT NOT NULL DEFAULT '',
    due_on               TEXT,
    message              TEXT NOT NULL DEFAULT '',
    sections_json        TEXT NOT NULL DEFAULT '[]',
    recommendations_json TEXT NOT NULL DEFAULT '[]',
    file_name            TEXT NOT NULL,
    -- The due date's milestone on the calendar (kind internal, with reminders).
    milestone_id         INTEGER REFERENCES milestone(id) ON DELETE SET NULL,
    created_at           TEXT NOT NULL
);
CREATE INDEX contribution_request_submission ON contribution_request(submission_id);

-- A return package received. `package_id` is the return's own random id: the same file
-- imported twice is refused.
CREATE TABLE contribution (
    id           INTEGER PRIMARY KEY,
    request_id   INTEGER NOT NULL REFERENCES contribution_request(id) ON DELETE CASCADE,
    package_id   TEXT NOT NULL UNIQUE,
    sender       TEXT NOT NULL,
    returned_at  TEXT NOT NULL,
    received_at  TEXT NOT NULL
);
CREATE INDEX contribution_request_id ON contribution(request_id);

-- One change a return brought: a section's text, or one follow-up field of a recommendation
-- (competence, department, local_status) or one new evidence note. `changeset` is the change
-- as SQLite's session extension recorded it on the contributor's computer (old and new
-- values); it is applied, with its conflict handler, only when the officer accepts it.
CREATE TABLE contribution_change (
    id              INTEGER PRIMARY KEY,
    contribution_id INTEGER NOT NULL REFERENCES contribution(id) ON DELETE CASCADE,
    kind            TEXT NOT NULL,
    target_id       INTEGER NOT NULL,
    field           TEXT NOT NULL,
    author          TEXT NOT NULL,
    changed_at      TEXT NOT NULL,
    changeset       BLOB NOT NULL,
    state           TEXT NOT NULL DEFAULT 'pending',
    decided_at      TEXT
);
CREATE INDEX contribution_change_contribution ON contribution_change(contribution_id, id);

-- The contributor's side: the request this workspace was made from (one row; none in the
-- officer's own workspace).
CREATE TABLE contribution_origin (
    only          INTEGER PRIMARY KEY CHECK (only = 1),
    token         TEXT NOT NULL,
    workspace_id  TEXT NOT NULL,
    city          TEXT NOT NULL,
    contributor   TEXT NOT NULL,
    email         TEXT NOT NULL DEFAULT '',
    due_on        TEXT,
    message       TEXT NOT NULL DEFAULT '',
    submission_id INTEGER NOT NULL,
    requested_at  TEXT NOT NULL,
    opened_at     TEXT NOT NULL,
    returned_at   TEXT
);

-- What was sent, value by value, so that "Send back" knows what changed since: a section's
-- title and text, a recommendation's follow-up fields and the ids of its evidence notes.
CREATE TABLE contribution_baseline (
    kind      TEXT NOT NULL,
    target_id INTEGER NOT NULL,
    field     TEXT NOT NULL,
    value     TEXT NOT NULL,
    PRIMARY KEY (kind, target_id, field)
) WITHOUT ROWID;

-- Who wrote a revision: the contributor whose text the officer accepted; empty for the
-- officer's own.
ALTER TABLE submission_revision ADD COLUMN author TEXT NOT NULL DEFAULT '';
