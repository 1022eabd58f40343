-- 015_due_cache_list.sql — a nurse's work list from one index range (issue 13).
--
-- Vandaag opens on the nurse's own work list: up to 1,000 children of her
-- caseload with something open, in the order of due_cache_mine.  Reading
-- them took the index, then each child's row in children and its entries in
-- due_cache_item: two pages apiece from all over the file (1,560 page reads
-- for a caseload of 1,500 at 100,000 children; 20–25 ms the first time in a
-- process).  What the list shows of a child (its summary: id, client number,
-- names, birth date, BSN, postcode, sex) and what the filters ask (status,
-- location) are now kept in due_cache too, and due_cache_mine holds them all;
-- the entries carry the child's professional, and due_cache_item_mine holds
-- every column, so the work list of a caseload is two index ranges
-- (src/due_cached.c): about 60 pages instead of 1,560.
--
-- The copies are kept by triggers on children in the same transaction as the
-- change, like professional_seq since 013: whichever program writes the
-- child, the cache follows.  due_cache_item.professional_seq is written with
-- each entry (src/duecache.c) and follows the child's professional.
ALTER TABLE due_cache ADD COLUMN id BLOB;
ALTER TABLE due_cache ADD COLUMN client_no INTEGER;
ALTER TABLE due_cache ADD COLUMN given_names TEXT;
ALTER TABLE due_cache ADD COLUMN tussenvoegsel TEXT;
ALTER TABLE due_cache ADD COLUMN family_name TEXT;
ALTER TABLE due_cache ADD COLUMN birth_date TEXT;
ALTER TABLE due_cache ADD COLUMN bsn TEXT;
ALTER TABLE due_cache ADD COLUMN postcode TEXT;
ALTER TABLE due_cache ADD COLUMN sex INTEGER;
ALTER TABLE due_cache ADD COLUMN status TEXT;
ALTER TABLE due_cache ADD COLUMN location TEXT;
UPDATE due_cache SET (id, client_no, given_names, tussenvoegsel, family_name, birth_date, bsn,
                      postcode, sex, status, location) =
  (SELECT c.id, c.client_no, c.given_names, c.tussenvoegsel, c.family_name, c.birth_date,
          c.bsn, c.postcode, c.sex, c.status, c.location
   FROM children c WHERE c.seq = due_cache.child_seq);

ALTER TABLE due_cache_item ADD COLUMN professional_seq INTEGER;
UPDATE due_cache_item SET professional_seq =
  (SELECT d.professional_seq FROM due_cache d WHERE d.child_seq = due_cache_item.child_seq);

DROP INDEX due_cache_mine;
CREATE INDEX due_cache_mine ON due_cache(professional_seq, rank, first_close, client_no,
  birth_date, status, location, id, given_names, tussenvoegsel, family_name, bsn, postcode,
  sex) WHERE rank < 3;
CREATE INDEX due_cache_item_mine ON due_cache_item(professional_seq, child_seq, pos, kind, ref,
  state, earliest, target, latest, late_until, until, shifted, last_status, last_reason,
  last_on, invalid_why, invalid_on) WHERE professional_seq IS NOT NULL;

DROP TRIGGER due_cache_child_new;
CREATE TRIGGER due_cache_child_new AFTER INSERT ON children BEGIN
  INSERT OR REPLACE INTO due_cache (child_seq, computed_on, valid_until, rank, professional_seq,
    id, client_no, given_names, tussenvoegsel, family_name, birth_date, bsn, postcode, sex,
    status, location)
    VALUES (NEW.seq, '', '', 3, NEW.professional_seq, NEW.id, NEW.client_no, NEW.given_names,
      NEW.tussenvoegsel, NEW.family_name, NEW.birth_date, NEW.bsn, NEW.postcode, NEW.sex,
      NEW.status, NEW.location);
END;
DROP TRIGGER due_cache_child_professional;
CREATE TRIGGER due_cache_child_professional AFTER UPDATE OF professional_seq ON children BEGIN
  UPDATE due_cache SET professional_seq = NEW.professional_seq WHERE child_seq = NEW.seq;
  UPDATE due_cache_item SET professional_seq = NEW.professional_seq WHERE child_seq = NEW.seq;
END;
CREATE TRIGGER due_cache_child_shown
  AFTER UPDATE OF id, client_no, given_names, tussenvoegsel, family_name, birth_date, bsn,
    postcode, sex, status, location ON children
BEGIN
  UPDATE due_cache SET id = NEW.id, client_no = NEW.client_no, given_names = NEW.given_names,
    tussenvoegsel = NEW.tussenvoegsel, family_name = NEW.family_name,
    birth_date = NEW.birth_date, bsn = NEW.bsn, postcode = NEW.postcode, sex = NEW.sex,
    status = NEW.status, location = NEW.location
  WHERE child_seq = NEW.seq;
END;
