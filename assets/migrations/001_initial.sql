-- CityRights schema, version 1. Never edit once shipped: add a new migration file.
-- Times are RFC 3339 UTC text; dates are YYYY-MM-DD; deleted_at marks rows in the bin.

CREATE TABLE city_profile (
    id                 INTEGER PRIMARY KEY CHECK (id = 1),
    name               TEXT NOT NULL,
    country            TEXT NOT NULL,
    state_under_review TEXT NOT NULL,
    contact_name       TEXT NOT NULL DEFAULT '',
    contact_email      TEXT NOT NULL DEFAULT '',
    default_language   TEXT NOT NULL DEFAULT 'en',
    paper_size         TEXT NOT NULL DEFAULT 'a4',
    logo_path          TEXT,
    is_demo            INTEGER NOT NULL DEFAULT 0,
    updated_at         TEXT NOT NULL
);

-- Reference data, refreshed from assets/reference/mechanisms.json at every start.
CREATE TABLE mechanism (
    code          TEXT PRIMARY KEY,
    kind          TEXT NOT NULL,
    acronym       TEXT NOT NULL,
    name          TEXT NOT NULL,
    body          TEXT NOT NULL,
    treaty        TEXT,
    symbol_prefix TEXT NOT NULL,
    colour        TEXT NOT NULL,
    rule_json     TEXT NOT NULL
);

CREATE TABLE engagement (
    id                 INTEGER PRIMARY KEY,
    mechanism          TEXT NOT NULL REFERENCES mechanism(code),
    title              TEXT NOT NULL,
    state_under_review TEXT NOT NULL DEFAULT '',
    session            TEXT NOT NULL DEFAULT '',
    mandate            TEXT NOT NULL DEFAULT '',
    stage              TEXT NOT NULL,
    notes              TEXT NOT NULL DEFAULT '',
    rule_override_json TEXT NOT NULL DEFAULT '{}',
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    deleted_at         TEXT
);

CREATE TABLE milestone (
    id            INTEGER PRIMARY KEY,
    engagement_id INTEGER NOT NULL REFERENCES engagement(id) ON DELETE CASCADE,
    kind          TEXT NOT NULL,
    title         TEXT NOT NULL,
    date          TEXT NOT NULL,
    end_date      TEXT,
    time          TEXT,
    time_zone     TEXT NOT NULL,
    is_estimate   INTEGER NOT NULL DEFAULT 0,
    basis         TEXT NOT NULL DEFAULT '',
    notes         TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX milestone_engagement ON milestone(engagement_id);

CREATE TABLE stakeholder (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    acronym    TEXT NOT NULL DEFAULT '',
    kind       TEXT NOT NULL,
    country    TEXT NOT NULL DEFAULT '',
    contact    TEXT NOT NULL DEFAULT '',
    notes      TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE submission (
    id            INTEGER PRIMARY KEY,
    engagement_id INTEGER NOT NULL REFERENCES engagement(id) ON DELETE CASCADE,
    title         TEXT NOT NULL,
    template      TEXT NOT NULL,
    language      TEXT NOT NULL DEFAULT 'en',
    status        TEXT NOT NULL,
    may_publish   INTEGER,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    deleted_at    TEXT
);
CREATE INDEX submission_engagement ON submission(engagement_id);

CREATE TABLE co_submitter (
    submission_id  INTEGER NOT NULL REFERENCES submission(id) ON DELETE CASCADE,
    stakeholder_id INTEGER NOT NULL REFERENCES stakeholder(id) ON DELETE RESTRICT,
    position       INTEGER NOT NULL,
    PRIMARY KEY (submission_id, stakeholder_id)
);

CREATE TABLE section (
    id            INTEGER PRIMARY KEY,
    submission_id INTEGER NOT NULL REFERENCES submission(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    title         TEXT NOT NULL,
    owner         TEXT NOT NULL DEFAULT '',
    status        TEXT NOT NULL,
    guidance      TEXT NOT NULL DEFAULT '',
    content_json  TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    deleted_at    TEXT
);
CREATE INDEX section_submission ON section(submission_id);

-- Every saved state of a section's text: nothing typed is ever lost.
CREATE TABLE section_revision (
    id           INTEGER PRIMARY KEY,
    section_id   INTEGER NOT NULL REFERENCES section(id) ON DELETE CASCADE,
    title        TEXT NOT NULL,
    content_json TEXT NOT NULL,
    saved_at     TEXT NOT NULL
);
CREATE INDEX section_revision_section ON section_revision(section_id);
