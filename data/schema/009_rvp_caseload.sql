-- 009_rvp_caseload.sql — BDS code corrections and what the work list needs
-- (issue 8; written as 002, renumbered to 005 to follow 004, which rebuilt
-- the tables, and to 009 to follow 007 giz and 008 handover: a database
-- already at a higher schema would never run a lower number).  It touches
-- only child_parents, children and appointments, which 007 leaves alone.
--
-- 1. child_parents.relation held numbers that looked like BDS 62 codes but
--    were our own list ('01' biologische moeder, '02' biologische vader,
--    '03'–'10', '98'), while the BDS and JAMES/bdsreader read 01 as father
--    and 02 as mother, and the BDS list has no 09 or 10.  The column now
--    holds our own words, and data/codes/relatie.tsv maps each to its BDS 62
--    code where one is known (docs/data-model.md).  Every existing link is
--    converted by what its number meant to the user who entered it.
-- 2. children.location and children.professional_seq: where the child is
--    seen (consultatiebureau, school) and the responsible professional,
--    for the caseload filters of Vandaag.
-- 3. appointments.schedule_moment and appointments.doses: what a planned
--    visit is for (a moment of data/schedule, doses of data/rvp), and
--    indexes for the day's agenda per professional and per location.
-- 008 set the kind of gezag from the relation as a word, but it runs before
-- this conversion, so links still holding a number got 'ouder'; set it again
-- from what the number meant (10 a guardian; foster, step and other carers
-- hold gezag as non-parents; a guardian of a GI is not among the numbers).
UPDATE child_parents SET gezag_type = CASE relation
    WHEN '10' THEN 'voogd'
    WHEN '05' THEN 'niet_ouder'
    WHEN '06' THEN 'niet_ouder'
    WHEN '07' THEN 'niet_ouder'
    WHEN '08' THEN 'niet_ouder'
    WHEN '98' THEN 'niet_ouder'
    ELSE 'ouder' END
  WHERE gezag = 1
    AND relation IN ('01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '98');

UPDATE child_parents SET relation = CASE relation
    WHEN '01' THEN 'moeder'
    WHEN '02' THEN 'vader'
    WHEN '03' THEN 'adoptiemoeder'
    WHEN '04' THEN 'adoptievader'
    WHEN '05' THEN 'pleegmoeder'
    WHEN '06' THEN 'pleegvader'
    WHEN '07' THEN 'stiefmoeder'
    WHEN '08' THEN 'stiefvader'
    WHEN '09' THEN 'duomoeder'
    WHEN '10' THEN 'voogd'
    WHEN '98' THEN 'anders'
    ELSE relation END;

ALTER TABLE children ADD COLUMN location TEXT;         -- where the child is seen
ALTER TABLE children ADD COLUMN professional_seq INTEGER REFERENCES accounts(seq); -- caseload
CREATE INDEX children_caseload ON children(professional_seq, birth_date);
CREATE INDEX children_location ON children(location, birth_date);

ALTER TABLE appointments ADD COLUMN schedule_moment TEXT; -- moment code from data/schedule
ALTER TABLE appointments ADD COLUMN doses TEXT;           -- e.g. 'DKTP-Hib-HepB 2, Pneu 2'
CREATE INDEX appointments_account ON appointments(account_seq, starts_at);
CREATE INDEX appointments_location ON appointments(location, starts_at);
