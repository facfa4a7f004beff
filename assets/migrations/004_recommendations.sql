-- Recommendations to the State (UPR outcomes, treaty-body concluding observations, Special
-- Procedures), and what the city does about them.
--
-- Two kinds of columns on a recommendation: what the UN published (written by imports, which
-- may refresh it) and the city's own fields (competence, department, local status, tags,
-- evidence), which no import ever writes.

-- One row per import run: what came in, from which kind of file, and when. The newest one is
-- "the last import" whose new recommendations the dashboard shows.
CREATE TABLE recommendation_import (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL,
    file_name   TEXT NOT NULL DEFAULT '',
    country     TEXT NOT NULL DEFAULT '',
    symbol      TEXT NOT NULL DEFAULT '',
    imported    INTEGER NOT NULL,
    updated     INTEGER NOT NULL,
    unchanged   INTEGER NOT NULL,
    skipped     INTEGER NOT NULL,
    imported_at TEXT NOT NULL
);

CREATE TABLE recommendation (
    id                  INTEGER PRIMARY KEY,
    -- The UHRI AnnotationId (a UUID) when the record came from the UHRI export: re-imports
    -- match on it. Other sources match on (symbol, paragraph).
    annotation_id       TEXT UNIQUE,
    symbol              TEXT NOT NULL,
    paragraph           TEXT NOT NULL DEFAULT '',
    text                TEXT NOT NULL,
    mechanism           TEXT NOT NULL DEFAULT '',
    -- UHRI's annotation type without its leading "- " ("Recommendations", "Concerns/Observations").
    kind                TEXT NOT NULL DEFAULT '',
    country             TEXT NOT NULL DEFAULT '',
    cycle               TEXT NOT NULL DEFAULT '',
    session             TEXT NOT NULL DEFAULT '',
    recommending_states TEXT NOT NULL DEFAULT '[]',
    response            TEXT NOT NULL DEFAULT 'pending',
    -- The response as the source wrote it, kept verbatim when it is not one we know.
    response_text       TEXT NOT NULL DEFAULT '',
    response_source     TEXT NOT NULL DEFAULT '',
    themes              TEXT NOT NULL DEFAULT '[]',
    groups              TEXT NOT NULL DEFAULT '[]',
    sdgs                TEXT NOT NULL DEFAULT '[]',
    published_on        TEXT NOT NULL DEFAULT '',
    source              TEXT NOT NULL,
    added_by            INTEGER REFERENCES recommendation_import(id) ON DELETE SET NULL,
    changed_by          INTEGER REFERENCES recommendation_import(id) ON DELETE SET NULL,
    -- The city's own fields.
    competence          TEXT NOT NULL DEFAULT 'unknown',
    department          TEXT NOT NULL DEFAULT '',
    local_status        TEXT NOT NULL DEFAULT 'not_started',
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL
);
CREATE INDEX recommendation_symbol ON recommendation(symbol, paragraph);
CREATE INDEX recommendation_added_by ON recommendation(added_by);

CREATE TABLE recommendation_tag (
    recommendation_id INTEGER NOT NULL REFERENCES recommendation(id) ON DELETE CASCADE,
    tag               TEXT NOT NULL,
    PRIMARY KEY (recommendation_id, tag)
) WITHOUT ROWID;
CREATE INDEX recommendation_tag_tag ON recommendation_tag(tag);

-- Dated notes of what the city has done (a council decision, a report, a programme).
CREATE TABLE recommendation_evidence (
    id                INTEGER PRIMARY KEY,
    recommendation_id INTEGER NOT NULL REFERENCES recommendation(id) ON DELETE CASCADE,
    noted_on          TEXT NOT NULL,
    note              TEXT NOT NULL,
    created_at        TEXT NOT NULL
);
CREATE INDEX recommendation_evidence_recommendation ON recommendation_evidence(recommendation_id);

-- Search: words (diacritics folded, prefix indexes for the word being typed) and trigrams (text
-- without spaces, parts of words). rowid = recommendation.id; kept in step by the core.
-- `reference` holds the symbol, paragraph and recommending States, so "Portugal" or "140.7"
-- finds a recommendation too.
CREATE VIRTUAL TABLE recommendation_search USING fts5(text, reference, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
CREATE VIRTUAL TABLE recommendation_search_trigram USING fts5(text, tokenize = 'trigram');
