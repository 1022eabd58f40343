-- 001_initial.sql — every record type groeipad keeps.
--
-- Conventions (docs/data-model.md explains each table and column):
--  * id: a UUIDv7 in text form, unique across all workstations, so databases
--    can be merged later without collisions.  People see client_no instead.
--  * version: starts at 1 and goes up by one on every save; a save names the
--    version it started from and is refused when the row has moved on.
--  * created_at/updated_at: local time 'YYYY-MM-DDTHH:MM:SS';
--    created_by/updated_by: accounts.id.
--  * dates are 'YYYY-MM-DD'; codes are the BDS code list values as text
--    ('01', '02', …) unless said otherwise.
--  * "-- BDS n" marks the Basisdataset JGZ element a column holds.
--  * Care records are never deleted: a status (children.status, handovers.state,
--    giz_agreements.status, accounts.active …) ends them; the retention
--    procedure is the only thing that removes rows.

CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE accounts (
  id            TEXT PRIMARY KEY,
  username      TEXT NOT NULL UNIQUE COLLATE NOCASE,
  display_name  TEXT NOT NULL,
  role          TEXT NOT NULL CHECK (role IN ('beheerder', 'jeugdarts',
                  'jeugdverpleegkundige', 'verpleegkundig_specialist', 'assistent')),
  password_hash TEXT NOT NULL,            -- Argon2id, libsodium crypto_pwhash_str
  active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1)),
  failed_logins INTEGER NOT NULL DEFAULT 0,
  locked_until  TEXT,                     -- login throttling
  last_login_at TEXT,
  version       INTEGER NOT NULL DEFAULT 1,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
);

-- The sociale kaart: organisations a family can be handed over to.
CREATE TABLE organisations (
  id             TEXT PRIMARY KEY,
  kind           TEXT NOT NULL CHECK (kind IN ('wijkteam', 'huisarts', 'poh_ggz',
                   'school', 'kinderopvang', 'jgz_4_18', 'jeugdhulp', 'veilig_thuis',
                   'verloskundige', 'kraamzorg', 'overig')),
  name           TEXT NOT NULL,
  contact_person TEXT,
  phone          TEXT,
  email          TEXT,
  street         TEXT,
  house_number   TEXT,
  postcode       TEXT,
  city           TEXT,
  contracted     INTEGER NOT NULL DEFAULT 1 CHECK (contracted IN (0, 1)),
  notes          TEXT,
  active         INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  version        INTEGER NOT NULL DEFAULT 1,
  created_at     TEXT NOT NULL,
  created_by     TEXT REFERENCES accounts(id),
  updated_at     TEXT NOT NULL,
  updated_by     TEXT REFERENCES accounts(id)
);
CREATE INDEX organisations_kind ON organisations(kind, name);

CREATE TABLE children (
  seq              INTEGER PRIMARY KEY,       -- stable row number; the search index refers to it
  id               TEXT NOT NULL UNIQUE,
  client_no        INTEGER NOT NULL UNIQUE,   -- the short number people use
  bsn              TEXT UNIQUE,               -- BDS 7; 9 digits, elfproef checked
  given_names      TEXT NOT NULL,             -- voornamen
  call_name        TEXT,                      -- roepnaam
  tussenvoegsel    TEXT,                      -- van, de, van der; ignored in sorting
  family_name      TEXT NOT NULL,             -- achternaam
  sort_key         TEXT NOT NULL,             -- folded family + given names (no tussenvoegsel)
  search_names     TEXT NOT NULL,             -- every name, as written and folded
  sex              INTEGER NOT NULL DEFAULT 0 CHECK (sex IN (0, 1, 2, 3)), -- BDS 19
  birth_date       TEXT NOT NULL,             -- BDS 20
  gestational_age_days INTEGER CHECK (gestational_age_days BETWEEN 140 AND 315), -- BDS 82
  birth_weight_g   INTEGER CHECK (birth_weight_g BETWEEN 200 AND 7000),          -- BDS 110
  street           TEXT,
  house_number     TEXT,
  postcode         TEXT,                      -- BDS 16; '1234 AB'
  city             TEXT,
  phone            TEXT,
  gp_org_id        TEXT REFERENCES organisations(id),     -- huisarts
  school_org_id    TEXT REFERENCES organisations(id),     -- school or kinderopvang
  registered_on    TEXT,                      -- in our care since (moved in later?)
  rvp_variant      TEXT,                      -- RVP schema chosen by the jeugdarts
  status           TEXT NOT NULL DEFAULT 'actief'
                     CHECK (status IN ('actief', 'verhuisd', 'overleden', 'gearchiveerd')),
  version          INTEGER NOT NULL DEFAULT 1,
  created_at       TEXT NOT NULL,
  created_by       TEXT REFERENCES accounts(id),
  updated_at       TEXT NOT NULL,
  updated_by       TEXT REFERENCES accounts(id)
);
CREATE INDEX children_sort ON children(sort_key, birth_date);
CREATE INDEX children_birth ON children(birth_date);

-- Parents and carers; one row per person, linked to each of their children.
CREATE TABLE parents (
  id            TEXT PRIMARY KEY,
  given_names   TEXT NOT NULL,
  tussenvoegsel TEXT,
  family_name   TEXT NOT NULL,
  sex           INTEGER NOT NULL DEFAULT 0 CHECK (sex IN (0, 1, 2, 3)),
  birth_date    TEXT,                         -- BDS 63 (parent's birth date)
  bsn           TEXT,
  phone         TEXT,
  email         TEXT,
  street        TEXT,
  house_number  TEXT,
  postcode      TEXT,
  city          TEXT,
  language      TEXT,                         -- language spoken at home
  height_mm     INTEGER CHECK (height_mm BETWEEN 1000 AND 2300), -- BDS 238/240 when biological
  version       INTEGER NOT NULL DEFAULT 1,
  created_at    TEXT NOT NULL,
  created_by    TEXT REFERENCES accounts(id),
  updated_at    TEXT NOT NULL,
  updated_by    TEXT REFERENCES accounts(id)
);

-- The family links: which parent is whose, in which relation, with gezag.
-- Siblings are the children that share a parent.
CREATE TABLE child_parents (
  id         TEXT PRIMARY KEY,
  child_id   TEXT NOT NULL REFERENCES children(id),
  parent_id  TEXT NOT NULL REFERENCES parents(id),
  relation   TEXT NOT NULL,                   -- BDS 62: 01 biologische moeder, 02 biologische vader, …
  gezag      INTEGER NOT NULL DEFAULT 0 CHECK (gezag IN (0, 1)), -- parental authority
  lives_with INTEGER NOT NULL DEFAULT 1 CHECK (lives_with IN (0, 1)),
  version    INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  created_by TEXT REFERENCES accounts(id),
  updated_at TEXT NOT NULL,
  updated_by TEXT REFERENCES accounts(id),
  UNIQUE (child_id, parent_id)
);
CREATE INDEX child_parents_parent ON child_parents(parent_id);

CREATE TABLE appointments (
  id           TEXT PRIMARY KEY,
  child_id     TEXT NOT NULL REFERENCES children(id),
  starts_at    TEXT NOT NULL,                 -- 'YYYY-MM-DDTHH:MM'
  duration_min INTEGER NOT NULL DEFAULT 15,
  kind_code    TEXT,                          -- BDS 494, planned kind of contact
  location     TEXT,
  account_id   TEXT REFERENCES accounts(id),  -- with whom
  status       TEXT NOT NULL DEFAULT 'gepland'
                 CHECK (status IN ('gepland', 'geweest', 'afgezegd', 'niet_verschenen')),
  note         TEXT,
  version      INTEGER NOT NULL DEFAULT 1,
  created_at   TEXT NOT NULL,
  created_by   TEXT REFERENCES accounts(id),
  updated_at   TEXT NOT NULL,
  updated_by   TEXT REFERENCES accounts(id)
);
CREATE INDEX appointments_day ON appointments(starts_at);
CREATE INDEX appointments_child ON appointments(child_id, starts_at);

CREATE TABLE contacts (
  id              TEXT PRIMARY KEY,
  child_id        TEXT NOT NULL REFERENCES children(id),
  contact_date    TEXT NOT NULL,
  contact_time    TEXT,                       -- 'HH:MM'
  kind_code       TEXT NOT NULL,              -- BDS 494 soort activiteit
  form_code       TEXT,                       -- BDS 1577 vorm
  status_code     TEXT NOT NULL,              -- BDS 1605 status (01 gerealiseerd, 02–07 niet)
  schedule_moment TEXT,                       -- moment code from data/schedule
  location        TEXT,
  professional_id TEXT REFERENCES accounts(id),
  present         TEXT,                       -- who was present
  conclusion      TEXT,                       -- BDS 482 conclusie
  agreements      TEXT,
  next_step       TEXT CHECK (next_step IN ('volgend_contact', 'extra_contact',
                    'overdracht', 'geen')),
  next_contact_on TEXT,
  version         INTEGER NOT NULL DEFAULT 1,
  created_at      TEXT NOT NULL,
  created_by      TEXT REFERENCES accounts(id),
  updated_at      TEXT NOT NULL,
  updated_by      TEXT REFERENCES accounts(id)
);
CREATE INDEX contacts_child ON contacts(child_id, contact_date);
CREATE INDEX contacts_date ON contacts(contact_date);

-- Further professionals at a contact besides professional_id.
CREATE TABLE contact_professionals (
  contact_id TEXT NOT NULL REFERENCES contacts(id),
  account_id TEXT NOT NULL REFERENCES accounts(id),
  PRIMARY KEY (contact_id, account_id)
);

-- Observations per domain (e.g. 'ogen', 'gehoor', 'motoriek', 'psychosociaal').
CREATE TABLE contact_observations (
  id         TEXT PRIMARY KEY,
  contact_id TEXT NOT NULL REFERENCES contacts(id),
  domain     TEXT NOT NULL,
  text       TEXT NOT NULL,
  version    INTEGER NOT NULL DEFAULT 1,
  UNIQUE (contact_id, domain)
);

CREATE TABLE measurements (
  id             TEXT PRIMARY KEY,
  child_id       TEXT NOT NULL REFERENCES children(id),
  contact_id     TEXT REFERENCES contacts(id),
  measured_on    TEXT NOT NULL,
  length_mm      INTEGER CHECK (length_mm BETWEEN 200 AND 2300),  -- BDS 235
  length_method  TEXT CHECK (length_method IN ('liggend', 'staand')), -- BDS 236
  weight_g       INTEGER CHECK (weight_g BETWEEN 200 AND 250000),  -- BDS 245
  weight_method  TEXT CHECK (weight_method IN ('met_kleding', 'zonder_kleding')), -- BDS 246
  head_mm        INTEGER CHECK (head_mm BETWEEN 200 AND 700),      -- BDS 252
  flags          INTEGER NOT NULL DEFAULT 0,  -- implausible value confirmed: 1 |z|>5, 2 jump >2 SD, 4 shorter
  confirmed_by   TEXT REFERENCES accounts(id),
  note           TEXT,
  version        INTEGER NOT NULL DEFAULT 1,
  created_at     TEXT NOT NULL,
  created_by     TEXT REFERENCES accounts(id),
  updated_at     TEXT NOT NULL,
  updated_by     TEXT REFERENCES accounts(id)
);
CREATE INDEX measurements_child ON measurements(child_id, measured_on);

CREATE TABLE vaccinations (
  id               TEXT PRIMARY KEY,
  child_id         TEXT NOT NULL REFERENCES children(id),
  contact_id       TEXT REFERENCES contacts(id),
  vaccinated_on    TEXT NOT NULL,
  vaccine          TEXT NOT NULL,             -- vaccine code from data/rvp
  dose_no          INTEGER,
  given            INTEGER NOT NULL DEFAULT 1 CHECK (given IN (0, 1)),
  batch            TEXT,                      -- BDS 472 partijnummer
  site             TEXT,                      -- e.g. 'linkerbovenbeen'
  given_by         TEXT REFERENCES accounts(id),
  reason_not_given TEXT CHECK (reason_not_given IN ('bezwaar', 'contra_indicatie',
                     'elders_gegeven', 'uitgesteld', 'anders')),
  note             TEXT,
  version          INTEGER NOT NULL DEFAULT 1,
  created_at       TEXT NOT NULL,
  created_by       TEXT REFERENCES accounts(id),
  updated_at       TEXT NOT NULL,
  updated_by       TEXT REFERENCES accounts(id),
  CHECK (given = 1 OR reason_not_given IS NOT NULL)
);
CREATE INDEX vaccinations_child ON vaccinations(child_id, vaccinated_on);

CREATE TABLE giz_assessments (
  id                TEXT PRIMARY KEY,
  child_id          TEXT NOT NULL REFERENCES children(id),
  contact_id        TEXT REFERENCES contacts(id),
  assessed_on       TEXT NOT NULL,
  triangle_result   TEXT CHECK (triangle_result IN ('01', '02')),  -- BDS 1629
  side_ontwikkeling INTEGER NOT NULL DEFAULT 0,  -- BDS 1630 = 01 has bijzonderheden
  side_opvoeding    INTEGER NOT NULL DEFAULT 0,  -- BDS 1630 = 02
  side_omgeving     INTEGER NOT NULL DEFAULT 0,  -- BDS 1630 = 03
  parent_going_well TEXT,                        -- in the parent's own words
  parent_worries    TEXT,
  parent_wishes     TEXT,
  professional_view TEXT,
  strengths         TEXT,                        -- krachten, beschermende factoren
  draagkracht       TEXT,
  draaglast         TEXT,
  conclusion_code   TEXT,                        -- BDS 1641, code list 442
  conclusion_text   TEXT,                        -- BDS 482
  extra_care        TEXT,                        -- BDS 1158
  version           INTEGER NOT NULL DEFAULT 1,
  created_at        TEXT NOT NULL,
  created_by        TEXT REFERENCES accounts(id),
  updated_at        TEXT NOT NULL,
  updated_by        TEXT REFERENCES accounts(id)
);
CREATE INDEX giz_assessments_child ON giz_assessments(child_id, assessed_on);

-- One GOM aspect (BDS 1631–1640) of an assessment, on the scale of code list 438.
CREATE TABLE giz_aspects (
  id                TEXT PRIMARY KEY,
  assessment_id     TEXT NOT NULL REFERENCES giz_assessments(id),
  aspect_bds        INTEGER NOT NULL CHECK (aspect_bds BETWEEN 1631 AND 1640),
  score             TEXT,                        -- code list 438: 01–05
  parent_words      TEXT,
  professional_view TEXT,
  version           INTEGER NOT NULL DEFAULT 1,
  UNIQUE (assessment_id, aspect_bds)
);

-- The plan: agreements with what, who, when and an evaluation date.
CREATE TABLE giz_agreements (
  id              TEXT PRIMARY KEY,
  assessment_id   TEXT NOT NULL REFERENCES giz_assessments(id),
  child_id        TEXT NOT NULL REFERENCES children(id),
  what            TEXT NOT NULL,
  who_kind        TEXT NOT NULL CHECK (who_kind IN ('ouder', 'jongere', 'jgz',
                    'netwerk', 'organisatie')),
  who_name        TEXT,
  org_id          TEXT REFERENCES organisations(id),
  due_on          TEXT,
  evaluate_on     TEXT,                        -- shown on Vandaag when due
  status          TEXT NOT NULL DEFAULT 'lopend'
                    CHECK (status IN ('lopend', 'geevalueerd', 'vervallen')),
  evaluation_note TEXT,
  evaluated_on    TEXT,
  version         INTEGER NOT NULL DEFAULT 1,
  created_at      TEXT NOT NULL,
  created_by      TEXT REFERENCES accounts(id),
  updated_at      TEXT NOT NULL,
  updated_by      TEXT REFERENCES accounts(id)
);
CREATE INDEX giz_agreements_eval ON giz_agreements(status, evaluate_on);
CREATE INDEX giz_agreements_child ON giz_agreements(child_id);

CREATE TABLE handovers (
  id                    TEXT PRIMARY KEY,
  child_id              TEXT NOT NULL REFERENCES children(id),
  org_id                TEXT REFERENCES organisations(id),
  receiver_person       TEXT,
  kind                  TEXT NOT NULL CHECK (kind IN ('erbij_halen', 'doorverwijzen',
                          'veilig_thuis', 'jgz_4_18', 'school')),
  reason                TEXT,
  question              TEXT,
  summary               TEXT,                  -- pre-filled from the dossier, editable
  parents_wish          TEXT,
  frame                 TEXT NOT NULL DEFAULT 'vrijwillig'
                          CHECK (frame IN ('vrijwillig', 'gedwongen')),
  joint_conversation_on TEXT,                  -- driegesprek
  parents_present       TEXT,
  casusregie            TEXT CHECK (casusregie IN ('jgz', 'ontvanger', 'anders')),
  casusregie_name       TEXT,                  -- who, and how to reach them
  state                 TEXT NOT NULL DEFAULT 'voorbereid'
                          CHECK (state IN ('voorbereid', 'verzonden', 'ontvangst_bevestigd',
                            'eerste_gesprek_gepland', 'teruggekoppeld', 'afgerond')),
  first_conversation_on TEXT,
  closing_report        TEXT,                  -- kort verslag bij afsluiting
  next_check_on         TEXT,                  -- when the sender looks again
  version               INTEGER NOT NULL DEFAULT 1,
  created_at            TEXT NOT NULL,
  created_by            TEXT REFERENCES accounts(id),
  updated_at            TEXT NOT NULL,
  updated_by            TEXT REFERENCES accounts(id)
);
CREATE INDEX handovers_child ON handovers(child_id);
CREATE INDEX handovers_open ON handovers(state, next_check_on);

-- Consent per person (DOMAIN §5: by age, the parents with gezag, the child or both).
CREATE TABLE handover_consents (
  id          TEXT PRIMARY KEY,
  handover_id TEXT NOT NULL REFERENCES handovers(id),
  person_kind TEXT NOT NULL CHECK (person_kind IN ('kind', 'ouder')),
  parent_id   TEXT REFERENCES parents(id),     -- set when person_kind = 'ouder'
  decision    TEXT NOT NULL CHECK (decision IN ('gegeven', 'geweigerd')),
  form        TEXT NOT NULL CHECK (form IN ('mondeling', 'schriftelijk')),
  source      TEXT,                            -- BDS R010 bron
  given_on    TEXT NOT NULL,
  scope       TEXT,
  recorded_by TEXT REFERENCES accounts(id),
  version     INTEGER NOT NULL DEFAULT 1,
  created_at  TEXT NOT NULL,
  CHECK (person_kind = 'kind' OR parent_id IS NOT NULL)
);
CREATE INDEX handover_consents_handover ON handover_consents(handover_id);

-- The lifecycle: one row per step taken, never changed afterwards.
CREATE TABLE handover_events (
  id          TEXT PRIMARY KEY,
  handover_id TEXT NOT NULL REFERENCES handovers(id),
  at          TEXT NOT NULL,
  state       TEXT NOT NULL,
  account_id  TEXT REFERENCES accounts(id),
  note        TEXT
);
CREATE INDEX handover_events_handover ON handover_events(handover_id, at);

CREATE TABLE notes (
  id         TEXT PRIMARY KEY,
  child_id   TEXT NOT NULL REFERENCES children(id),
  written_at TEXT NOT NULL,
  author_id  TEXT REFERENCES accounts(id),
  text       TEXT NOT NULL,
  version    INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT REFERENCES accounts(id)
);
CREATE INDEX notes_child ON notes(child_id, written_at);

-- NEN 7513 audit log: append-only and hash-chained.  hash = BLAKE2b-256 over
-- prev_hash and this row's fields (src/audit.c); `groeipad check` recomputes
-- the chain.  child_id has no foreign key: the log outlives destroyed records.
CREATE TABLE audit_log (
  seq         INTEGER PRIMARY KEY,
  at          TEXT NOT NULL,
  account_id  TEXT,
  username    TEXT,
  workstation TEXT NOT NULL,
  child_id    TEXT,
  action      TEXT NOT NULL,   -- view, create, update, export, import, login, login_failed, lock, …
  detail      TEXT,
  prev_hash   TEXT NOT NULL,
  hash        TEXT NOT NULL
);
CREATE INDEX audit_log_child ON audit_log(child_id, seq);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

-- Search: names (as written and folded), BSN, birth date as dd-mm-jjjj, and
-- postcode with and without its space.  children_search says once how a
-- child becomes searchable text; children_fts indexes it (external content:
-- the text itself is not stored twice) and the triggers keep it in step.
-- While a bulk job fills a new file (settings key 'fts_deferred'), the
-- triggers stand aside and the job rebuilds the index once at the end.
CREATE VIEW children_search AS
  SELECT seq, search_names AS names, bsn,
         substr(birth_date, 9, 2) || '-' || substr(birth_date, 6, 2) || '-' ||
           substr(birth_date, 1, 4) AS birth,
         postcode || ' ' || replace(postcode, ' ', '') AS postcode
  FROM children;
CREATE VIRTUAL TABLE children_fts USING fts5(
  names, bsn, birth, postcode,
  content = 'children_search', content_rowid = 'seq',
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '1 2 3'
);
CREATE TRIGGER children_fts_insert AFTER INSERT ON children
WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key = 'fts_deferred') BEGIN
  INSERT INTO children_fts(rowid, names, bsn, birth, postcode)
    SELECT seq, names, bsn, birth, postcode FROM children_search WHERE seq = new.seq;
END;
CREATE TRIGGER children_fts_before_update BEFORE UPDATE ON children
WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key = 'fts_deferred') BEGIN
  INSERT INTO children_fts(children_fts, rowid, names, bsn, birth, postcode)
    SELECT 'delete', seq, names, bsn, birth, postcode FROM children_search
    WHERE seq = old.seq;
END;
CREATE TRIGGER children_fts_after_update AFTER UPDATE ON children
WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key = 'fts_deferred') BEGIN
  INSERT INTO children_fts(rowid, names, bsn, birth, postcode)
    SELECT seq, names, bsn, birth, postcode FROM children_search WHERE seq = new.seq;
END;
CREATE TRIGGER children_fts_delete BEFORE DELETE ON children
WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key = 'fts_deferred') BEGIN
  INSERT INTO children_fts(children_fts, rowid, names, bsn, birth, postcode)
    SELECT 'delete', seq, names, bsn, birth, postcode FROM children_search
    WHERE seq = old.seq;
END;
