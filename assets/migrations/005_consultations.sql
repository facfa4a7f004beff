-- Consultations: who the city consulted for an engagement (the templates' "Methodology and
-- consultations" section), with the people who took part — personal data, which is why this
-- migration also holds the retention setting.
--
-- A participant's personal data (name, role, e-mail, phone, notes about them) is kept for
-- `retention_months` after the consultation's date; then, or when the officer erases the
-- person, the row stays (the consultation still counts its participants and their
-- organisations) with the name replaced by "Participant n" and `anonymised_at` set.

CREATE TABLE consultation (
    id            INTEGER PRIMARY KEY,
    engagement_id INTEGER NOT NULL REFERENCES engagement(id) ON DELETE CASCADE,
    submission_id INTEGER REFERENCES submission(id) ON DELETE SET NULL,
    held_on       TEXT NOT NULL,
    topic         TEXT NOT NULL,
    format        TEXT NOT NULL,
    notes         TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX consultation_engagement ON consultation(engagement_id, held_on);

CREATE TABLE consultation_participant (
    id              INTEGER PRIMARY KEY,
    consultation_id INTEGER NOT NULL REFERENCES consultation(id) ON DELETE CASCADE,
    -- 1, 2, 3… within the consultation: the n of "Participant n" once anonymised.
    position        INTEGER NOT NULL,
    name            TEXT NOT NULL,
    organisation    TEXT NOT NULL DEFAULT '',
    stakeholder_id  INTEGER REFERENCES stakeholder(id) ON DELETE SET NULL,
    role            TEXT NOT NULL DEFAULT '',
    email           TEXT NOT NULL DEFAULT '',
    phone           TEXT NOT NULL DEFAULT '',
    consent_to_name INTEGER NOT NULL DEFAULT 0,
    notes           TEXT NOT NULL DEFAULT '',
    anonymised_at   TEXT
);
CREATE INDEX consultation_participant_consultation ON consultation_participant(consultation_id, position);

-- How long personal data of participants is kept after the consultation's date. In the
-- database (not settings.json): it is a rule of the city's records and travels with them.
CREATE TABLE personal_data_policy (
    id               INTEGER PRIMARY KEY CHECK (id = 1),
    retention_months INTEGER NOT NULL CHECK (retention_months BETWEEN 1 AND 600),
    updated_at       TEXT NOT NULL
);
INSERT INTO personal_data_policy (id, retention_months, updated_at)
VALUES (1, 24, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
