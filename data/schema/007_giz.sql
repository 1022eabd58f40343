-- 007_giz.sql — GIZ needs assessments (issue 9): the GIZ tables get what
-- they lacked, and existing rows are converted.
--
--  * giz_assessments: who took part (the young person, other professionals;
--    the parents in giz_participants), CHECKs on the value sets of the
--    triangle (BDS 1629, value set …40.432) and the conclusion (BDS 1641,
--    …40.442), and "a side of the triangle (BDS 1630) only when 1629 says
--    bijzonderheden".
--  * giz_aspects: the score of a GOM aspect (BDS 1631–1640) CHECKed against
--    the five steps of value set …40.438, and one short note per aspect
--    (was: parent_words and professional_view, joined into it).
--  * giz_agreements: what, who, when and the evaluation date are required;
--    an agreement is lopend, gedaan (done) or beeindigd (ended) — was
--    lopend / geevalueerd / vervallen — with the date it was closed.
--  * giz_agreement_events: every evaluation, change or end of an agreement
--    with its note, date and author (was: one evaluation_note per agreement).
--
-- SQLite cannot add a CHECK to a table, so the three tables are rebuilt as
-- 004 rebuilt them: a new table, filled from the old one (row numbers kept,
-- so references stay), the old one dropped, the new one renamed.  Runs with
-- foreign keys off; src/db.c checks them all before the commit.  Ids and
-- references follow 004: 16-byte ids, row numbers (seq), times in seconds.

CREATE TABLE giz_assessments_new (
  seq                 INTEGER PRIMARY KEY,
  id                  BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
  child_seq           INTEGER NOT NULL REFERENCES children(seq),
  contact_seq         INTEGER REFERENCES contacts(seq),
  assessed_on         TEXT NOT NULL,
  young_person        INTEGER CHECK (young_person IN (0, 1)), -- the young person took part; NULL not recorded
  other_professionals TEXT,                                   -- who else took part (names, roles)
  triangle_result     TEXT CHECK (triangle_result IN ('01', '02')), -- BDS 1629, value set …40.432
  side_ontwikkeling   INTEGER NOT NULL DEFAULT 0 CHECK (side_ontwikkeling IN (0, 1)), -- BDS 1630 = 01
  side_opvoeding      INTEGER NOT NULL DEFAULT 0 CHECK (side_opvoeding IN (0, 1)),    -- BDS 1630 = 02
  side_omgeving       INTEGER NOT NULL DEFAULT 0 CHECK (side_omgeving IN (0, 1)),     -- BDS 1630 = 03
  parent_going_well   TEXT,                                   -- in the parent's own words
  parent_worries      TEXT,
  parent_wishes       TEXT,
  professional_view   TEXT,
  strengths           TEXT,                                   -- krachten, beschermende factoren
  draagkracht         TEXT,
  draaglast           TEXT,
  conclusion_code     TEXT CHECK (conclusion_code IN ('01', '02', '03', '04', '05')), -- BDS 1641, …40.442
  conclusion_text     TEXT,                                   -- BDS 482
  extra_care          TEXT,                                   -- BDS 1158
  version             INTEGER NOT NULL DEFAULT 1,
  created_at          INTEGER NOT NULL,
  created_by          INTEGER REFERENCES accounts(seq),
  updated_at          INTEGER NOT NULL,
  updated_by          INTEGER REFERENCES accounts(seq),
  CHECK (triangle_result = '02' OR side_ontwikkeling + side_opvoeding + side_omgeving = 0)
);
-- Sides recorded without 1629 = 02 mean there were bijzonderheden; a conclusion
-- code outside the value set is kept in words in conclusion_text.
INSERT INTO giz_assessments_new
  SELECT seq, id, child_seq, contact_seq, assessed_on, NULL, NULL,
         CASE WHEN side_ontwikkeling <> 0 OR side_opvoeding <> 0 OR side_omgeving <> 0
              THEN '02' WHEN triangle_result IN ('01', '02') THEN triangle_result END,
         side_ontwikkeling <> 0, side_opvoeding <> 0, side_omgeving <> 0,
         parent_going_well, parent_worries, parent_wishes, professional_view, strengths,
         draagkracht, draaglast,
         CASE WHEN conclusion_code IN ('01', '02', '03', '04', '05') THEN conclusion_code END,
         CASE WHEN conclusion_code IS NULL OR conclusion_code IN ('01', '02', '03', '04', '05')
              THEN conclusion_text
              ELSE trim('(conclusiecode ' || conclusion_code || ') ' || coalesce(conclusion_text, ''))
         END,
         extra_care, version, created_at, created_by, updated_at, updated_by
  FROM giz_assessments;

-- One GOM aspect (BDS 1631–1640) of an assessment on the five steps of value
-- set …40.438, with a short note.
CREATE TABLE giz_aspects_new (
  seq            INTEGER PRIMARY KEY,
  id             BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
  assessment_seq INTEGER NOT NULL REFERENCES giz_assessments(seq),
  aspect_bds     INTEGER NOT NULL CHECK (aspect_bds BETWEEN 1631 AND 1640),
  score          TEXT CHECK (score IN ('01', '02', '03', '04', '05')),
  note           TEXT,
  version        INTEGER NOT NULL DEFAULT 1,
  UNIQUE (assessment_seq, aspect_bds)
);
INSERT INTO giz_aspects_new
  SELECT seq, id, assessment_seq, aspect_bds,
         CASE WHEN score IN ('01', '02', '03', '04', '05') THEN score END,
         nullif(trim(coalesce(parent_words, '') || ' ' || coalesce(professional_view, '')
                     || CASE WHEN score IS NULL OR score IN ('01', '02', '03', '04', '05')
                             THEN '' ELSE ' (score ' || score || ')' END), ''),
         version
  FROM giz_aspects;

-- The plan: agreements with what, who, when and an evaluation date.
CREATE TABLE giz_agreements_new (
  seq            INTEGER PRIMARY KEY,
  id             BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
  assessment_seq INTEGER NOT NULL REFERENCES giz_assessments(seq),
  child_seq      INTEGER NOT NULL REFERENCES children(seq),
  what           TEXT NOT NULL,
  who_kind       TEXT NOT NULL CHECK (who_kind IN ('ouder', 'jongere', 'jgz', 'netwerk',
                   'organisatie')),
  who_name       TEXT,                          -- who exactly (grandmother, the GP …)
  org_seq        INTEGER REFERENCES organisations(seq), -- from the sociale kaart
  due_on         TEXT NOT NULL,                 -- when
  evaluate_on    TEXT NOT NULL,                 -- on Vandaag from this date while lopend
  status         TEXT NOT NULL DEFAULT 'lopend'
                   CHECK (status IN ('lopend', 'gedaan', 'beeindigd')),
  closed_on      TEXT,                          -- the date it was marked gedaan or beeindigd
  version        INTEGER NOT NULL DEFAULT 1,
  created_at     INTEGER NOT NULL,
  created_by     INTEGER REFERENCES accounts(seq),
  updated_at     INTEGER NOT NULL,
  updated_by     INTEGER REFERENCES accounts(seq),
  CHECK (who_kind <> 'organisatie' OR org_seq IS NOT NULL),
  CHECK ((status = 'lopend') = (closed_on IS NULL))
);
INSERT INTO giz_agreements_new
  SELECT seq, id, assessment_seq, child_seq, what,
         CASE WHEN who_kind = 'organisatie' AND org_seq IS NULL THEN 'netwerk' ELSE who_kind END,
         who_name, org_seq,
         coalesce(due_on, evaluate_on, date(created_at, 'unixepoch', 'localtime')),
         coalesce(evaluate_on, due_on, date(created_at, 'unixepoch', 'localtime')),
         CASE status WHEN 'geevalueerd' THEN 'gedaan' WHEN 'vervallen' THEN 'beeindigd'
                     ELSE 'lopend' END,
         CASE WHEN status = 'lopend' THEN NULL
              ELSE coalesce(evaluated_on, date(updated_at, 'unixepoch', 'localtime')) END,
         version, created_at, created_by, updated_at, updated_by
  FROM giz_agreements;

-- What happened to an agreement: marked done, changed (with what it said
-- before) or ended — each with its date, note and author.
CREATE TABLE giz_agreement_events (
  seq           INTEGER PRIMARY KEY,
  id            BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
  agreement_seq INTEGER NOT NULL REFERENCES giz_agreements(seq),
  child_seq     INTEGER NOT NULL REFERENCES children(seq),
  kind          TEXT NOT NULL CHECK (kind IN ('gedaan', 'gewijzigd', 'beeindigd')),
  on_date       TEXT NOT NULL,
  note          TEXT,
  before        TEXT,                          -- gewijzigd: what, who, when, evaluation before
  created_at    INTEGER NOT NULL,
  created_by    INTEGER REFERENCES accounts(seq)
);
-- An old evaluation note becomes an event (ids shaped as UUIDv7, random).
INSERT INTO giz_agreement_events(id, agreement_seq, child_seq, kind, on_date, note, before,
                                 created_at, created_by)
  SELECT gp_uuid_blob(lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-7' ||
                            substr(hex(randomblob(2)), 2) || '-8' ||
                            substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))),
         seq, child_seq,
         CASE status WHEN 'geevalueerd' THEN 'gedaan' WHEN 'vervallen' THEN 'beeindigd'
                     ELSE 'gewijzigd' END,
         coalesce(evaluated_on, date(updated_at, 'unixepoch', 'localtime')), evaluation_note,
         NULL, updated_at, updated_by
  FROM giz_agreements WHERE evaluation_note IS NOT NULL;

-- The parents who took part in an assessment.
CREATE TABLE giz_participants (
  assessment_seq INTEGER NOT NULL REFERENCES giz_assessments(seq),
  parent_seq     INTEGER NOT NULL REFERENCES parents(seq),
  PRIMARY KEY (assessment_seq, parent_seq)
);

DROP TABLE giz_agreements;
DROP TABLE giz_aspects;
DROP TABLE giz_assessments;
ALTER TABLE giz_assessments_new RENAME TO giz_assessments;
ALTER TABLE giz_aspects_new RENAME TO giz_aspects;
ALTER TABLE giz_agreements_new RENAME TO giz_agreements;

CREATE INDEX giz_assessments_child ON giz_assessments(child_seq, assessed_on);
CREATE INDEX giz_agreements_child ON giz_agreements(child_seq);
CREATE INDEX giz_agreements_assessment ON giz_agreements(assessment_seq);
CREATE INDEX giz_agreements_open ON giz_agreements(evaluate_on) WHERE status = 'lopend';
CREATE INDEX giz_agreement_events_child ON giz_agreement_events(child_seq, on_date);
