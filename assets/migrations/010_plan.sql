-- The city's implementation plan (issue #15): actions that address recommendations, their
-- indicators and measurements, and the SDG targets the city links to a recommendation.
-- Dates are 'YYYY-MM-DD' text; values are REAL. Lists of one action (its recommendations,
-- partners, targets) are rows of their own tables, in the order given (position).

CREATE TABLE action (
    id           INTEGER PRIMARY KEY,
    title        TEXT NOT NULL,
    description  TEXT NOT NULL DEFAULT '',
    department   TEXT NOT NULL DEFAULT '',
    start_on     TEXT,
    due_on       TEXT,
    -- 'planned', 'in_progress', 'done', 'delayed', 'dropped' (model::plan::ActionStatus).
    status       TEXT NOT NULL DEFAULT 'planned',
    budget_line  TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);

CREATE TABLE action_recommendation (
    action_id          INTEGER NOT NULL REFERENCES action(id) ON DELETE CASCADE,
    recommendation_id  INTEGER NOT NULL REFERENCES recommendation(id) ON DELETE CASCADE,
    PRIMARY KEY (action_id, recommendation_id)
);
CREATE INDEX action_recommendation_recommendation ON action_recommendation(recommendation_id);

-- Partners by name: one of the city's stakeholders or any other organisation.
CREATE TABLE action_partner (
    action_id  INTEGER NOT NULL REFERENCES action(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    name       TEXT NOT NULL,
    PRIMARY KEY (action_id, position)
);

CREATE TABLE action_sdg_target (
    action_id  INTEGER NOT NULL REFERENCES action(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    target     TEXT NOT NULL,
    PRIMARY KEY (action_id, position)
);

-- The SDG targets the city links to a recommendation ("11.1"); the goals come with the
-- recommendation itself (its sdgs, as the thematic list gives them).
CREATE TABLE recommendation_sdg_target (
    recommendation_id  INTEGER NOT NULL REFERENCES recommendation(id) ON DELETE CASCADE,
    target             TEXT NOT NULL,
    PRIMARY KEY (recommendation_id, target)
);

-- An indicator measures an action, or directly a recommendation (exactly one of the two).
CREATE TABLE indicator (
    id                 INTEGER PRIMARY KEY,
    action_id          INTEGER REFERENCES action(id) ON DELETE CASCADE,
    recommendation_id  INTEGER REFERENCES recommendation(id) ON DELETE CASCADE,
    name               TEXT NOT NULL,
    unit               TEXT NOT NULL DEFAULT '',
    baseline           REAL NOT NULL,
    baseline_on        TEXT NOT NULL,
    target             REAL NOT NULL,
    target_on          TEXT NOT NULL,
    sdg_indicator      TEXT,
    created_at         TEXT NOT NULL,
    CHECK ((action_id IS NULL) <> (recommendation_id IS NULL))
);
CREATE INDEX indicator_action ON indicator(action_id);
CREATE INDEX indicator_recommendation ON indicator(recommendation_id);

CREATE TABLE measurement (
    id            INTEGER PRIMARY KEY,
    indicator_id  INTEGER NOT NULL REFERENCES indicator(id) ON DELETE CASCADE,
    value         REAL NOT NULL,
    measured_on   TEXT NOT NULL,
    source        TEXT NOT NULL,
    created_at    TEXT NOT NULL
);
CREATE INDEX measurement_indicator ON measurement(indicator_id, measured_on);
