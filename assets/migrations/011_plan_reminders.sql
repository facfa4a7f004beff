-- Reminders of the implementation plan's own dates (issue #15): an action's due date and an
-- indicator's target date remind like a milestone (30, 7 and 1 days before), each reminder
-- given once. The date is part of the key, so moving a due date makes its reminders due
-- again. item is 'action' or 'indicator'; no foreign key, since it names either table (a
-- deleted item's rows are removed with it, in store::plan).
CREATE TABLE plan_reminder_given (
    item         TEXT NOT NULL,
    item_id      INTEGER NOT NULL,
    due_on       TEXT NOT NULL,
    days_before  INTEGER NOT NULL,
    given_at     TEXT NOT NULL,
    PRIMARY KEY (item, item_id, due_on, days_before)
);
