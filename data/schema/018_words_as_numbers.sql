-- 018_words_as_numbers.sql — three words stored in millions of rows become
-- numbers (issue 13: the 100,000-child demo's file was 1.25 GB, over its
-- budget of 1.2 GB).
--
-- measurements.length_method and weight_method held 'liggend'/'staand' and
-- 'met_kleding'/'zonder_kleding' (8–15 bytes in every row with a length or a
-- weight): they now hold the BDS codes of elements 236 and 246, 1 and 2
-- (data/codes/lengtemethode.tsv, gewichtmethode.tsv), which SQLite stores
-- in the record header alone.  contacts.next_step held one of four words
-- (12 bytes on average); it now holds its place in that list, 1–4
-- (data/codes/vervolgstap.tsv's order).  At 100,000 children this is 51 MB
-- less (docs/performance.md).  The programs show, export and exchange the
-- words as before: src/contact.c turns them into numbers and back, and
-- src/outbox.c sends them to the hub as words (a body from before 018
-- applies as one from after).
--
-- The new columns are added, filled and renamed to the old names; the old
-- ones are dropped.  So the indexes and triggers on both tables stay as
-- they are (none of them names these columns), and the columns move to the
-- end of their tables.
ALTER TABLE measurements ADD COLUMN length_method_bds INTEGER
  CHECK (length_method_bds IN (1, 2));           -- BDS 236: 1 liggend, 2 staand
ALTER TABLE measurements ADD COLUMN weight_method_bds INTEGER
  CHECK (weight_method_bds IN (1, 2));           -- BDS 246: 1 met kleding, 2 zonder kleding
UPDATE measurements SET
  length_method_bds = CASE length_method WHEN 'liggend' THEN 1 WHEN 'staand' THEN 2 END,
  weight_method_bds = CASE weight_method WHEN 'met_kleding' THEN 1
                                         WHEN 'zonder_kleding' THEN 2 END
  WHERE length_method IS NOT NULL OR weight_method IS NOT NULL;
ALTER TABLE measurements DROP COLUMN length_method;
ALTER TABLE measurements DROP COLUMN weight_method;
ALTER TABLE measurements RENAME COLUMN length_method_bds TO length_method;
ALTER TABLE measurements RENAME COLUMN weight_method_bds TO weight_method;

ALTER TABLE contacts ADD COLUMN next_step_no INTEGER
  CHECK (next_step_no BETWEEN 1 AND 4);  -- 1 volgend_contact, 2 extra_contact, 3 overdracht, 4 geen
UPDATE contacts SET next_step_no = CASE next_step WHEN 'volgend_contact' THEN 1
  WHEN 'extra_contact' THEN 2 WHEN 'overdracht' THEN 3 WHEN 'geen' THEN 4 END
  WHERE next_step IS NOT NULL;
ALTER TABLE contacts DROP COLUMN next_step;
ALTER TABLE contacts RENAME COLUMN next_step_no TO next_step;
