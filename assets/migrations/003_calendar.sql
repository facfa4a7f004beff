-- Calendar: reminders before milestones, and the identity of this database's calendar feed.

-- Days before a milestone at which to remind, as a JSON array (default 30, 7 and 1).
ALTER TABLE milestone ADD COLUMN reminder_days TEXT NOT NULL DEFAULT '[30,7,1]';

-- Reminders already given, so that each is given once (a notification while the app runs, or
-- the "due soon" banner at start-up for what fell due while it was closed).
CREATE TABLE reminder_given (
    milestone_id INTEGER NOT NULL REFERENCES milestone(id) ON DELETE CASCADE,
    days_before  INTEGER NOT NULL,
    given_at     TEXT NOT NULL,
    PRIMARY KEY (milestone_id, days_before)
);

-- A random token made once per database: the UIDs of exported iCalendar events end with it, so
-- that exporting twice gives the same UIDs (calendars update instead of duplicating) while two
-- databases (say, the demo and the real one) never share UIDs.
CREATE TABLE calendar_feed (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    token TEXT NOT NULL
);
INSERT INTO calendar_feed (id, token) VALUES (1, lower(hex(randomblob(8))));
