-- An indicator's id is never given twice. A chart in a submission names the indicator it draws
-- by its id; SQLite numbers a new row after the highest id present, so deleting the newest
-- indicator freed its id, and the next indicator made would have taken it — and the chart
-- would have shown that indicator's figures instead of saying its indicator was deleted.
-- The highest id ever given is kept here (one row); `store::plan` numbers new indicators
-- after it, and the trigger keeps it up to date whatever inserts a row (a department's
-- changes applied through SQLite's session extension too).
CREATE TABLE indicator_id_high (id INTEGER NOT NULL);
INSERT INTO indicator_id_high (id) SELECT coalesce(max(id), 0) FROM indicator;
CREATE TRIGGER indicator_id_high_after_insert AFTER INSERT ON indicator BEGIN
    UPDATE indicator_id_high SET id = max(id, new.id);
END;
