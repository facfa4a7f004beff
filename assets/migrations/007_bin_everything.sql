-- One way to delete: recommendations (with the city's follow-up) and milestones go to the Bin,
-- as engagements, submissions and sections do. deleted_at marks a row in the bin; its tags,
-- evidence notes and reminders stay with it, so restoring it brings it back whole. Only
-- emptying the bin deletes it for good.
ALTER TABLE recommendation ADD COLUMN deleted_at TEXT;
ALTER TABLE milestone ADD COLUMN deleted_at TEXT;

-- The city's departments: the list the follow-up's "Responsible department" is chosen from
-- (edited in Settings). A department typed as free text joins it. Names are compared without
-- regard to case, so "Housing" and "housing" are one department.
CREATE TABLE department (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE COLLATE NOCASE,
    created_at TEXT NOT NULL
);
-- The departments already typed on recommendations start the list.
INSERT OR IGNORE INTO department (name, created_at)
    SELECT DISTINCT trim(department), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
    FROM recommendation WHERE trim(department) <> '' ORDER BY 1;
