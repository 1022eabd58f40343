-- 013_due_cache.sql — what is due, kept per child (issue 13, phase 2).
--
-- Vandaag and `groeipad due` list the contact moments and vaccine doses that
-- are due, overdue or to catch up.  Computing that for every child each time
-- costs O(children) (2.7 s at 100,000 children); these tables keep each
-- child's answer, so both read an index instead.
--
-- due_cache: one row per child.  The entries were computed for the date
-- computed_on from every record of the child, and stay exactly right for
-- every date from computed_on up to (not including) valid_until: the first
-- day on which one of the child's moments or doses changes state (a window
-- opens, closes, becomes late or catch-up or missed, a vaccine started late
-- drops doses) or a record dated later counts.  rank: 0 something due,
-- 1 overdue, 2 only catch-up, 3 nothing open; first_close: the earliest
-- deadline among the entries of that rank (the work list's order).
-- professional_seq is the child's (children.professional_seq, kept equal by
-- a trigger), so a nurse's own work list is read from an index in its order
-- too, without reading every child of the caseload.
-- valid_until '' marks a row that must be computed again (src/duecache.c
-- does that before anything reads the rows, in one transaction).
--
-- due_cache_item: the child's open entries (due, overdue, catch-up) on those
-- dates, in the order of its due list.  ref is the entry's position in the
-- loaded schedule (the moment's row of contactmomenten.tsv, or the dose's
-- row in rvp.tsv); settings 'due_cache_schedule' names the schedule files
-- the rows were computed with, and every row is computed again when they
-- change.
--
-- The triggers mark a child's row for computing again in the same
-- transaction as any change to what its due list depends on: the child's
-- birth date, sex, gestational age, in-care date or RVP variant, and any of
-- its contacts or vaccinations, whichever program or statement writes them.
-- A new child gets a row to compute.  Existing children get one here; the
-- first use computes them (≈ 3–4 s at 100,000 children, once).

CREATE TABLE due_cache (
  child_seq   INTEGER PRIMARY KEY REFERENCES children(seq) ON DELETE CASCADE,
  computed_on TEXT NOT NULL,
  valid_until TEXT NOT NULL,
  rank        INTEGER NOT NULL CHECK (rank BETWEEN 0 AND 3),
  first_close TEXT,
  professional_seq INTEGER REFERENCES accounts(seq)
);
CREATE INDEX due_cache_work ON due_cache(rank, first_close) WHERE rank < 3;
CREATE INDEX due_cache_mine ON due_cache(professional_seq, rank, first_close) WHERE rank < 3;
CREATE INDEX due_cache_valid ON due_cache(valid_until);
CREATE INDEX due_cache_mine_valid ON due_cache(professional_seq, valid_until);
CREATE INDEX due_cache_computed ON due_cache(computed_on);

CREATE TABLE due_cache_item (
  child_seq   INTEGER NOT NULL REFERENCES due_cache(child_seq) ON DELETE CASCADE,
  pos         INTEGER NOT NULL,
  kind        INTEGER NOT NULL CHECK (kind IN (0, 1)),   -- 0 moment, 1 dose
  ref         INTEGER NOT NULL,
  state       INTEGER NOT NULL,
  earliest    TEXT NOT NULL,
  target      TEXT NOT NULL,
  latest      TEXT NOT NULL,
  late_until  TEXT NOT NULL,
  until       TEXT NOT NULL,
  shifted     INTEGER NOT NULL DEFAULT 0,
  last_status TEXT NOT NULL DEFAULT '',
  last_reason TEXT NOT NULL DEFAULT '',
  last_on     TEXT NOT NULL DEFAULT '',
  invalid_why INTEGER NOT NULL DEFAULT 0,
  invalid_on  TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (child_seq, pos)
) WITHOUT ROWID;

INSERT INTO due_cache (child_seq, computed_on, valid_until, rank, professional_seq)
  SELECT seq, '', '', 3, professional_seq FROM children;

CREATE TRIGGER due_cache_child_new AFTER INSERT ON children BEGIN
  INSERT OR REPLACE INTO due_cache (child_seq, computed_on, valid_until, rank, professional_seq)
    VALUES (NEW.seq, '', '', 3, NEW.professional_seq);
END;
CREATE TRIGGER due_cache_child_professional AFTER UPDATE OF professional_seq ON children BEGIN
  UPDATE due_cache SET professional_seq = NEW.professional_seq WHERE child_seq = NEW.seq;
END;
CREATE TRIGGER due_cache_child_change
  AFTER UPDATE OF birth_date, sex, gestational_age_days, registered_on, rvp_variant ON children
BEGIN
  UPDATE due_cache SET valid_until = '' WHERE child_seq = NEW.seq AND valid_until <> '';
END;
CREATE TRIGGER due_cache_child_gone AFTER DELETE ON children BEGIN
  DELETE FROM due_cache_item WHERE child_seq = OLD.seq;
  DELETE FROM due_cache WHERE child_seq = OLD.seq;
END;

CREATE TRIGGER due_cache_contact_new AFTER INSERT ON contacts BEGIN
  UPDATE due_cache SET valid_until = '' WHERE child_seq = NEW.child_seq AND valid_until <> '';
END;
CREATE TRIGGER due_cache_contact_change
  AFTER UPDATE OF child_seq, contact_date, schedule_moment, status_code ON contacts
BEGIN
  UPDATE due_cache SET valid_until = ''
    WHERE child_seq IN (OLD.child_seq, NEW.child_seq) AND valid_until <> '';
END;
CREATE TRIGGER due_cache_contact_gone AFTER DELETE ON contacts BEGIN
  UPDATE due_cache SET valid_until = '' WHERE child_seq = OLD.child_seq AND valid_until <> '';
END;

CREATE TRIGGER due_cache_vaccination_new AFTER INSERT ON vaccinations BEGIN
  UPDATE due_cache SET valid_until = '' WHERE child_seq = NEW.child_seq AND valid_until <> '';
END;
CREATE TRIGGER due_cache_vaccination_change
  AFTER UPDATE OF child_seq, vaccine, dose_no, vaccinated_on, given, reason_not_given
  ON vaccinations
BEGIN
  UPDATE due_cache SET valid_until = ''
    WHERE child_seq IN (OLD.child_seq, NEW.child_seq) AND valid_until <> '';
END;
CREATE TRIGGER due_cache_vaccination_gone AFTER DELETE ON vaccinations BEGIN
  UPDATE due_cache SET valid_until = '' WHERE child_seq = OLD.child_seq AND valid_until <> '';
END;

-- The year report counts GIZ conclusions and handovers sent in a period
-- (src/report.c); these indexes answer that from the period alone, as the
-- report's other sections are (they read the whole table before).
CREATE INDEX giz_assessments_date ON giz_assessments(assessed_on, conclusion_code);
CREATE INDEX handovers_sent ON handovers(sent_on, destination, fed_back_on, state);
-- Vandaag lists the user's own open handovers (src/handover.c).
CREATE INDEX handovers_mine ON handovers(created_by, state);
