-- 004_compact_keys.sql — the same records in less than half the space
-- (docs/performance.md has the figures: the 100,000-child demo went from
-- 2.6 GB to about 1.1 GB).
--
--  * Every record gets `seq INTEGER PRIMARY KEY`: its row number in this
--    file.  Foreign keys point at seq (child_seq, contact_seq, …; the
--    account columns created_by, updated_by, given_by, confirmed_by,
--    recorded_by and the *_seq account columns point at accounts.seq), so a
--    reference costs 1–4 bytes instead of a 36-byte text UUID, in the row and
--    again in every index on it.
--  * `id` stays the record's identity across workstations: its UUIDv7, now
--    as 16 bytes (a BLOB) instead of 36 characters.  Programs show and
--    export it as text (src/db.c converts at the edge).
--  * created_at, updated_at, written_at and handover_events.at are whole
--    seconds since 1970-01-01 UTC (an INTEGER) instead of local-time text.
--  * children.sort_no orders the search index in name order (see
--    src/search.c): its top 45 bits are the first nine bytes of sort_key at
--    five bits each (in sort order: src/db.c, db_sort_group), the low 18
--    bits number the children that share them.
-- audit_log keeps its columns (ids in text, as hashed); its child_id and
-- account_id are the text form of children.id and accounts.id.
--
-- Runs with foreign keys off (src/db.c), checks them before it commits, and
-- needs the SQL functions gp_uuid_blob() and gp_sort_group() that groeipad
-- registers on every connection.

DROP TRIGGER children_fts_insert;
DROP TRIGGER children_fts_before_update;
DROP TRIGGER children_fts_after_update;
DROP TRIGGER children_fts_delete;
DROP TABLE children_fts;
DROP VIEW children_search;

CREATE TABLE accounts_new (
  seq           INTEGER PRIMARY KEY,
  id            BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
  username      TEXT NOT NULL UNIQUE COLLATE NOCASE,
  display_name  TEXT NOT NULL,
  role          TEXT NOT NULL CHECK (role IN ('beheerder', 'jeugdarts',
                  'jeugdverpleegkundige', 'verpleegkundig_specialist', 'assistent')),
  password_hash TEXT NOT NULL,            -- Argon2id, libsodium crypto_pwhash_str
  active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1)),
  failed_logins INTEGER NOT NULL DEFAULT 0,
  locked_until  TEXT,                     -- login throttling (local time text)
  last_login_at TEXT,
  version       INTEGER NOT NULL DEFAULT 1,
  created_at    INTEGER NOT NULL,
  updated_at    INTEGER NOT NULL
);
INSERT INTO accounts_new
  SELECT rowid, gp_uuid_blob(id), username, display_name, role, password_hash, active,
         must_change_password, failed_logins, locked_until, last_login_at, version,
         unixepoch(created_at, 'utc'), unixepoch(updated_at, 'utc')
  FROM accounts;

CREATE TABLE organisations_new (
  seq            INTEGER PRIMARY KEY,
  id             BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
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
  created_at     INTEGER NOT NULL,
  created_by     INTEGER REFERENCES accounts(seq),
  updated_at     INTEGER NOT NULL,
  updated_by     INTEGER REFERENCES accounts(seq)
);
INSERT INTO organisations_new
  SELECT o.rowid, gp_uuid_blob(o.id), o.kind, o.name, o.contact_person, o.phone, o.email,
         o.street, o.house_number, o.postcode, o.city, o.contracted, o.notes, o.active,
         o.version, unixepoch(o.created_at, 'utc'),
         (SELECT rowid FROM accounts WHERE id = o.created_by),
         unixepoch(o.updated_at, 'utc'),
         (SELECT rowid FROM accounts WHERE id = o.updated_by)
  FROM organisations o;

CREATE TABLE children_new (
  seq              INTEGER PRIMARY KEY,       -- stable row number; foreign keys point here
  id               BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
  client_no        INTEGER NOT NULL UNIQUE,   -- the short number people use
  bsn              TEXT UNIQUE,               -- BDS 7; 9 digits, elfproef checked
  given_names      TEXT NOT NULL,             -- voornamen
  call_name        TEXT,                      -- roepnaam
  tussenvoegsel    TEXT,                      -- van, de, van der; ignored in sorting
  family_name      TEXT NOT NULL,             -- achternaam
  sort_key         TEXT NOT NULL,             -- folded family + given names (no tussenvoegsel)
  sort_no          INTEGER NOT NULL UNIQUE,   -- search index row: name order (src/search.c)
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
  gp_org_seq       INTEGER REFERENCES organisations(seq),     -- huisarts
  school_org_seq   INTEGER REFERENCES organisations(seq),     -- school or kinderopvang
  registered_on    TEXT,                      -- in our care since (moved in later?)
  rvp_variant      TEXT,                      -- RVP schema chosen by the jeugdarts
  status           TEXT NOT NULL DEFAULT 'actief'
                     CHECK (status IN ('actief', 'verhuisd', 'overleden', 'gearchiveerd')),
  version          INTEGER NOT NULL DEFAULT 1,
  created_at       INTEGER NOT NULL,
  created_by       INTEGER REFERENCES accounts(seq),
  updated_at       INTEGER NOT NULL,
  updated_by       INTEGER REFERENCES accounts(seq)
);
INSERT INTO children_new
  SELECT c.seq, gp_uuid_blob(c.id), c.client_no, c.bsn, c.given_names, c.call_name,
         c.tussenvoegsel, c.family_name, c.sort_key,
         gp_sort_group(c.sort_key) * 262144 + row_number() OVER
           (PARTITION BY gp_sort_group(c.sort_key) ORDER BY c.sort_key, c.birth_date, c.seq) - 1,
         c.search_names, c.sex, c.birth_date, c.gestational_age_days, c.birth_weight_g,
         c.street, c.house_number, c.postcode, c.city, c.phone,
         (SELECT rowid FROM organisations WHERE id = c.gp_org_id),
         (SELECT rowid FROM organisations WHERE id = c.school_org_id),
         c.registered_on, c.rvp_variant, c.status, c.version,
         unixepoch(c.created_at, 'utc'), (SELECT rowid FROM accounts WHERE id = c.created_by),
         unixepoch(c.updated_at, 'utc'), (SELECT rowid FROM accounts WHERE id = c.updated_by)
  FROM children c;

CREATE TABLE parents_new (
  seq           INTEGER PRIMARY KEY,
  id            BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
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
  created_at    INTEGER NOT NULL,
  created_by    INTEGER REFERENCES accounts(seq),
  updated_at    INTEGER NOT NULL,
  updated_by    INTEGER REFERENCES accounts(seq)
);
INSERT INTO parents_new
  SELECT p.rowid, gp_uuid_blob(p.id), p.given_names, p.tussenvoegsel, p.family_name, p.sex,
         p.birth_date, p.bsn, p.phone, p.email, p.street, p.house_number, p.postcode, p.city,
         p.language, p.height_mm, p.version,
         unixepoch(p.created_at, 'utc'), (SELECT rowid FROM accounts WHERE id = p.created_by),
         unixepoch(p.updated_at, 'utc'), (SELECT rowid FROM accounts WHERE id = p.updated_by)
  FROM parents p;

CREATE TABLE child_parents_new (
  seq        INTEGER PRIMARY KEY,
  id         BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
  child_seq  INTEGER NOT NULL REFERENCES children(seq),
  parent_seq INTEGER NOT NULL REFERENCES parents(seq),
  relation   TEXT NOT NULL,                   -- BDS 62: 01 biologische moeder, 02 biologische vader, …
  gezag      INTEGER NOT NULL DEFAULT 0 CHECK (gezag IN (0, 1)), -- parental authority
  lives_with INTEGER NOT NULL DEFAULT 1 CHECK (lives_with IN (0, 1)),
  version    INTEGER NOT NULL DEFAULT 1,
  created_at INTEGER NOT NULL,
  created_by INTEGER REFERENCES accounts(seq),
  updated_at INTEGER NOT NULL,
  updated_by INTEGER REFERENCES accounts(seq),
  UNIQUE (child_seq, parent_seq)
);
INSERT INTO child_parents_new
  SELECT l.rowid, gp_uuid_blob(l.id), (SELECT seq FROM children WHERE id = l.child_id),
         (SELECT rowid FROM parents WHERE id = l.parent_id), l.relation, l.gezag,
         l.lives_with, l.version,
         unixepoch(l.created_at, 'utc'), (SELECT rowid FROM accounts WHERE id = l.created_by),
         unixepoch(l.updated_at, 'utc'), (SELECT rowid FROM accounts WHERE id = l.updated_by)
  FROM child_parents l;

CREATE TABLE appointments_new (
  seq          INTEGER PRIMARY KEY,
  id           BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
  child_seq    INTEGER NOT NULL REFERENCES children(seq),
  starts_at    TEXT NOT NULL,                 -- 'YYYY-MM-DDTHH:MM', local (a wall-clock time)
  duration_min INTEGER NOT NULL DEFAULT 15,
  kind_code    TEXT,                          -- BDS 494, planned kind of contact
  location     TEXT,
  account_seq  INTEGER REFERENCES accounts(seq),  -- with whom
  status       TEXT NOT NULL DEFAULT 'gepland'
                 CHECK (status IN ('gepland', 'geweest', 'afgezegd', 'niet_verschenen')),
  note         TEXT,
  version      INTEGER NOT NULL DEFAULT 1,
  created_at   INTEGER NOT NULL,
  created_by   INTEGER REFERENCES accounts(seq),
  updated_at   INTEGER NOT NULL,
  updated_by   INTEGER REFERENCES accounts(seq)
);
INSERT INTO appointments_new
  SELECT a.rowid, gp_uuid_blob(a.id), (SELECT seq FROM children WHERE id = a.child_id),
         a.starts_at, a.duration_min, a.kind_code, a.location,
         (SELECT rowid FROM accounts WHERE id = a.account_id), a.status, a.note, a.version,
         unixepoch(a.created_at, 'utc'), (SELECT rowid FROM accounts WHERE id = a.created_by),
         unixepoch(a.updated_at, 'utc'), (SELECT rowid FROM accounts WHERE id = a.updated_by)
  FROM appointments a;

CREATE TABLE contacts_new (
  seq             INTEGER PRIMARY KEY,
  id              BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
  child_seq       INTEGER NOT NULL REFERENCES children(seq),
  contact_date    TEXT NOT NULL,
  contact_time    TEXT,                       -- 'HH:MM'
  kind_code       TEXT NOT NULL,              -- BDS 494 soort activiteit
  form_code       TEXT,                       -- BDS 1577 vorm
  status_code     TEXT NOT NULL,              -- BDS 1605 status (01 gerealiseerd, 02–07 niet)
  schedule_moment TEXT,                       -- moment code from data/schedule
  location        TEXT,
  professional_seq INTEGER REFERENCES accounts(seq),
  present         TEXT,                       -- who was present
  conclusion      TEXT,                       -- BDS 482 conclusie
  agreements      TEXT,
  next_step       TEXT CHECK (next_step IN ('volgend_contact', 'extra_contact',
                    'overdracht', 'geen')),
  next_contact_on TEXT,
  version         INTEGER NOT NULL DEFAULT 1,
  created_at      INTEGER NOT NULL,
  created_by      INTEGER REFERENCES accounts(seq),
  updated_at      INTEGER NOT NULL,
  updated_by      INTEGER REFERENCES accounts(seq)
);
INSERT INTO contacts_new
  SELECT k.rowid, gp_uuid_blob(k.id), (SELECT seq FROM children WHERE id = k.child_id),
         k.contact_date, k.contact_time, k.kind_code, k.form_code, k.status_code,
         k.schedule_moment, k.location,
         (SELECT rowid FROM accounts WHERE id = k.professional_id), k.present, k.conclusion,
         k.agreements, k.next_step, k.next_contact_on, k.version,
         unixepoch(k.created_at, 'utc'), (SELECT rowid FROM accounts WHERE id = k.created_by),
         unixepoch(k.updated_at, 'utc'), (SELECT rowid FROM accounts WHERE id = k.updated_by)
  FROM contacts k;

CREATE TABLE contact_professionals_new (
  contact_seq INTEGER NOT NULL REFERENCES contacts(seq),
  account_seq INTEGER NOT NULL REFERENCES accounts(seq),
  PRIMARY KEY (contact_seq, account_seq)
);
INSERT INTO contact_professionals_new
  SELECT (SELECT rowid FROM contacts WHERE id = p.contact_id),
         (SELECT rowid FROM accounts WHERE id = p.account_id)
  FROM contact_professionals p;

CREATE TABLE contact_observations_new (
  seq         INTEGER PRIMARY KEY,
  id          BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
  contact_seq INTEGER NOT NULL REFERENCES contacts(seq),
  domain      TEXT NOT NULL,
  text        TEXT NOT NULL,
  version     INTEGER NOT NULL DEFAULT 1,
  UNIQUE (contact_seq, domain)
);
INSERT INTO contact_observations_new
  SELECT o.rowid, gp_uuid_blob(o.id), (SELECT rowid FROM contacts WHERE id = o.contact_id),
         o.domain, o.text, o.version
  FROM contact_observations o;

CREATE TABLE measurements_new (
  seq            INTEGER PRIMARY KEY,
  id             BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
  child_seq      INTEGER NOT NULL REFERENCES children(seq),
  contact_seq    INTEGER REFERENCES contacts(seq),
  measured_on    TEXT NOT NULL,
  length_mm      INTEGER CHECK (length_mm BETWEEN 200 AND 2300),  -- BDS 235
  length_method  TEXT CHECK (length_method IN ('liggend', 'staand')), -- BDS 236
  weight_g       INTEGER CHECK (weight_g BETWEEN 200 AND 250000),  -- BDS 245
  weight_method  TEXT CHECK (weight_method IN ('met_kleding', 'zonder_kleding')), -- BDS 246
  head_mm        INTEGER CHECK (head_mm BETWEEN 200 AND 700),      -- BDS 252
  flags          INTEGER NOT NULL DEFAULT 0,  -- implausible value confirmed: 1 |z|>5, 2 jump >2 SD, 4 shorter
  confirmed_by   INTEGER REFERENCES accounts(seq),
  note           TEXT,
  version        INTEGER NOT NULL DEFAULT 1,
  created_at     INTEGER NOT NULL,
  created_by     INTEGER REFERENCES accounts(seq),
  updated_at     INTEGER NOT NULL,
  updated_by     INTEGER REFERENCES accounts(seq)
);
INSERT INTO measurements_new
  SELECT m.rowid, gp_uuid_blob(m.id), (SELECT seq FROM children WHERE id = m.child_id),
         (SELECT rowid FROM contacts WHERE id = m.contact_id), m.measured_on, m.length_mm,
         m.length_method, m.weight_g, m.weight_method, m.head_mm, m.flags,
         (SELECT rowid FROM accounts WHERE id = m.confirmed_by), m.note, m.version,
         unixepoch(m.created_at, 'utc'), (SELECT rowid FROM accounts WHERE id = m.created_by),
         unixepoch(m.updated_at, 'utc'), (SELECT rowid FROM accounts WHERE id = m.updated_by)
  FROM measurements m;

CREATE TABLE vaccinations_new (
  seq              INTEGER PRIMARY KEY,
  id               BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
  child_seq        INTEGER NOT NULL REFERENCES children(seq),
  contact_seq      INTEGER REFERENCES contacts(seq),
  vaccinated_on    TEXT NOT NULL,
  vaccine          TEXT NOT NULL,             -- vaccine code from data/rvp
  dose_no          INTEGER,
  given            INTEGER NOT NULL DEFAULT 1 CHECK (given IN (0, 1)),
  batch            TEXT,                      -- BDS 472 partijnummer
  site             TEXT,                      -- e.g. 'linkerbovenbeen'
  given_by         INTEGER REFERENCES accounts(seq),
  reason_not_given TEXT CHECK (reason_not_given IN ('bezwaar', 'contra_indicatie',
                     'elders_gegeven', 'uitgesteld', 'anders')),
  note             TEXT,
  version          INTEGER NOT NULL DEFAULT 1,
  created_at       INTEGER NOT NULL,
  created_by       INTEGER REFERENCES accounts(seq),
  updated_at       INTEGER NOT NULL,
  updated_by       INTEGER REFERENCES accounts(seq),
  CHECK (given = 1 OR reason_not_given IS NOT NULL)
);
INSERT INTO vaccinations_new
  SELECT v.rowid, gp_uuid_blob(v.id), (SELECT seq FROM children WHERE id = v.child_id),
         (SELECT rowid FROM contacts WHERE id = v.contact_id), v.vaccinated_on, v.vaccine,
         v.dose_no, v.given, v.batch, v.site,
         (SELECT rowid FROM accounts WHERE id = v.given_by), v.reason_not_given, v.note,
         v.version,
         unixepoch(v.created_at, 'utc'), (SELECT rowid FROM accounts WHERE id = v.created_by),
         unixepoch(v.updated_at, 'utc'), (SELECT rowid FROM accounts WHERE id = v.updated_by)
  FROM vaccinations v;

CREATE TABLE giz_assessments_new (
  seq               INTEGER PRIMARY KEY,
  id                BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
  child_seq         INTEGER NOT NULL REFERENCES children(seq),
  contact_seq       INTEGER REFERENCES contacts(seq),
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
  created_at        INTEGER NOT NULL,
  created_by        INTEGER REFERENCES accounts(seq),
  updated_at        INTEGER NOT NULL,
  updated_by        INTEGER REFERENCES accounts(seq)
);
INSERT INTO giz_assessments_new
  SELECT g.rowid, gp_uuid_blob(g.id), (SELECT seq FROM children WHERE id = g.child_id),
         (SELECT rowid FROM contacts WHERE id = g.contact_id), g.assessed_on,
         g.triangle_result, g.side_ontwikkeling, g.side_opvoeding, g.side_omgeving,
         g.parent_going_well, g.parent_worries, g.parent_wishes, g.professional_view,
         g.strengths, g.draagkracht, g.draaglast, g.conclusion_code, g.conclusion_text,
         g.extra_care, g.version,
         unixepoch(g.created_at, 'utc'), (SELECT rowid FROM accounts WHERE id = g.created_by),
         unixepoch(g.updated_at, 'utc'), (SELECT rowid FROM accounts WHERE id = g.updated_by)
  FROM giz_assessments g;

CREATE TABLE giz_aspects_new (
  seq               INTEGER PRIMARY KEY,
  id                BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
  assessment_seq    INTEGER NOT NULL REFERENCES giz_assessments(seq),
  aspect_bds        INTEGER NOT NULL CHECK (aspect_bds BETWEEN 1631 AND 1640),
  score             TEXT,                        -- code list 438: 01–05
  parent_words      TEXT,
  professional_view TEXT,
  version           INTEGER NOT NULL DEFAULT 1,
  UNIQUE (assessment_seq, aspect_bds)
);
INSERT INTO giz_aspects_new
  SELECT a.rowid, gp_uuid_blob(a.id),
         (SELECT rowid FROM giz_assessments WHERE id = a.assessment_id), a.aspect_bds,
         a.score, a.parent_words, a.professional_view, a.version
  FROM giz_aspects a;

CREATE TABLE giz_agreements_new (
  seq             INTEGER PRIMARY KEY,
  id              BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
  assessment_seq  INTEGER NOT NULL REFERENCES giz_assessments(seq),
  child_seq       INTEGER NOT NULL REFERENCES children(seq),
  what            TEXT NOT NULL,
  who_kind        TEXT NOT NULL CHECK (who_kind IN ('ouder', 'jongere', 'jgz',
                    'netwerk', 'organisatie')),
  who_name        TEXT,
  org_seq         INTEGER REFERENCES organisations(seq),
  due_on          TEXT,
  evaluate_on     TEXT,                        -- shown on Vandaag when due
  status          TEXT NOT NULL DEFAULT 'lopend'
                    CHECK (status IN ('lopend', 'geevalueerd', 'vervallen')),
  evaluation_note TEXT,
  evaluated_on    TEXT,
  version         INTEGER NOT NULL DEFAULT 1,
  created_at      INTEGER NOT NULL,
  created_by      INTEGER REFERENCES accounts(seq),
  updated_at      INTEGER NOT NULL,
  updated_by      INTEGER REFERENCES accounts(seq)
);
INSERT INTO giz_agreements_new
  SELECT g.rowid, gp_uuid_blob(g.id),
         (SELECT rowid FROM giz_assessments WHERE id = g.assessment_id),
         (SELECT seq FROM children WHERE id = g.child_id), g.what, g.who_kind, g.who_name,
         (SELECT rowid FROM organisations WHERE id = g.org_id), g.due_on, g.evaluate_on,
         g.status, g.evaluation_note, g.evaluated_on, g.version,
         unixepoch(g.created_at, 'utc'), (SELECT rowid FROM accounts WHERE id = g.created_by),
         unixepoch(g.updated_at, 'utc'), (SELECT rowid FROM accounts WHERE id = g.updated_by)
  FROM giz_agreements g;

CREATE TABLE handovers_new (
  seq                   INTEGER PRIMARY KEY,
  id                    BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
  child_seq             INTEGER NOT NULL REFERENCES children(seq),
  org_seq               INTEGER REFERENCES organisations(seq),
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
  created_at            INTEGER NOT NULL,
  created_by            INTEGER REFERENCES accounts(seq),
  updated_at            INTEGER NOT NULL,
  updated_by            INTEGER REFERENCES accounts(seq)
);
INSERT INTO handovers_new
  SELECT h.rowid, gp_uuid_blob(h.id), (SELECT seq FROM children WHERE id = h.child_id),
         (SELECT rowid FROM organisations WHERE id = h.org_id), h.receiver_person, h.kind,
         h.reason, h.question, h.summary, h.parents_wish, h.frame, h.joint_conversation_on,
         h.parents_present, h.casusregie, h.casusregie_name, h.state,
         h.first_conversation_on, h.closing_report, h.next_check_on, h.version,
         unixepoch(h.created_at, 'utc'), (SELECT rowid FROM accounts WHERE id = h.created_by),
         unixepoch(h.updated_at, 'utc'), (SELECT rowid FROM accounts WHERE id = h.updated_by)
  FROM handovers h;

CREATE TABLE handover_consents_new (
  seq          INTEGER PRIMARY KEY,
  id           BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
  handover_seq INTEGER NOT NULL REFERENCES handovers(seq),
  person_kind  TEXT NOT NULL CHECK (person_kind IN ('kind', 'ouder')),
  parent_seq   INTEGER REFERENCES parents(seq), -- set when person_kind = 'ouder'
  decision     TEXT NOT NULL CHECK (decision IN ('gegeven', 'geweigerd')),
  form         TEXT NOT NULL CHECK (form IN ('mondeling', 'schriftelijk')),
  source       TEXT,                            -- BDS R010 bron
  given_on     TEXT NOT NULL,
  scope        TEXT,
  recorded_by  INTEGER REFERENCES accounts(seq),
  version      INTEGER NOT NULL DEFAULT 1,
  created_at   INTEGER NOT NULL,
  CHECK (person_kind = 'kind' OR parent_seq IS NOT NULL)
);
INSERT INTO handover_consents_new
  SELECT c.rowid, gp_uuid_blob(c.id), (SELECT rowid FROM handovers WHERE id = c.handover_id),
         c.person_kind, (SELECT rowid FROM parents WHERE id = c.parent_id), c.decision,
         c.form, c.source, c.given_on, c.scope,
         (SELECT rowid FROM accounts WHERE id = c.recorded_by), c.version,
         unixepoch(c.created_at, 'utc')
  FROM handover_consents c;

CREATE TABLE handover_events_new (
  seq          INTEGER PRIMARY KEY,
  id           BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
  handover_seq INTEGER NOT NULL REFERENCES handovers(seq),
  at           INTEGER NOT NULL,
  state        TEXT NOT NULL,
  account_seq  INTEGER REFERENCES accounts(seq),
  note         TEXT
);
INSERT INTO handover_events_new
  SELECT e.rowid, gp_uuid_blob(e.id), (SELECT rowid FROM handovers WHERE id = e.handover_id),
         unixepoch(e.at, 'utc'), e.state, (SELECT rowid FROM accounts WHERE id = e.account_id),
         e.note
  FROM handover_events e;

CREATE TABLE notes_new (
  seq        INTEGER PRIMARY KEY,
  id         BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
  child_seq  INTEGER NOT NULL REFERENCES children(seq),
  written_at INTEGER NOT NULL,
  author_seq INTEGER REFERENCES accounts(seq),
  text       TEXT NOT NULL,
  version    INTEGER NOT NULL DEFAULT 1,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  updated_by INTEGER REFERENCES accounts(seq)
);
INSERT INTO notes_new
  SELECT n.rowid, gp_uuid_blob(n.id), (SELECT seq FROM children WHERE id = n.child_id),
         unixepoch(n.written_at, 'utc'), (SELECT rowid FROM accounts WHERE id = n.author_id),
         n.text, n.version, unixepoch(n.created_at, 'utc'), unixepoch(n.updated_at, 'utc'),
         (SELECT rowid FROM accounts WHERE id = n.updated_by)
  FROM notes n;

-- Dependents first, so no table is dropped while another still needs it.
DROP TABLE notes;
DROP TABLE handover_events;
DROP TABLE handover_consents;
DROP TABLE handovers;
DROP TABLE giz_agreements;
DROP TABLE giz_aspects;
DROP TABLE giz_assessments;
DROP TABLE vaccinations;
DROP TABLE measurements;
DROP TABLE contact_observations;
DROP TABLE contact_professionals;
DROP TABLE contacts;
DROP TABLE appointments;
DROP TABLE child_parents;
DROP TABLE parents;
DROP TABLE children;
DROP TABLE organisations;
DROP TABLE accounts;

ALTER TABLE accounts_new RENAME TO accounts;
ALTER TABLE organisations_new RENAME TO organisations;
ALTER TABLE children_new RENAME TO children;
ALTER TABLE parents_new RENAME TO parents;
ALTER TABLE child_parents_new RENAME TO child_parents;
ALTER TABLE appointments_new RENAME TO appointments;
ALTER TABLE contacts_new RENAME TO contacts;
ALTER TABLE contact_professionals_new RENAME TO contact_professionals;
ALTER TABLE contact_observations_new RENAME TO contact_observations;
ALTER TABLE measurements_new RENAME TO measurements;
ALTER TABLE vaccinations_new RENAME TO vaccinations;
ALTER TABLE giz_assessments_new RENAME TO giz_assessments;
ALTER TABLE giz_aspects_new RENAME TO giz_aspects;
ALTER TABLE giz_agreements_new RENAME TO giz_agreements;
ALTER TABLE handovers_new RENAME TO handovers;
ALTER TABLE handover_consents_new RENAME TO handover_consents;
ALTER TABLE handover_events_new RENAME TO handover_events;
ALTER TABLE notes_new RENAME TO notes;

CREATE INDEX organisations_kind ON organisations(kind, name);
CREATE INDEX children_sort ON children(sort_key, birth_date);
CREATE INDEX children_birth ON children(birth_date);
CREATE INDEX child_parents_parent ON child_parents(parent_seq);
CREATE INDEX appointments_day ON appointments(starts_at);
CREATE INDEX appointments_child ON appointments(child_seq, starts_at);
CREATE INDEX contacts_child ON contacts(child_seq, contact_date);
CREATE INDEX contacts_date ON contacts(contact_date);
CREATE INDEX measurements_child ON measurements(child_seq, measured_on);
CREATE INDEX vaccinations_child ON vaccinations(child_seq, vaccinated_on);
CREATE INDEX giz_assessments_child ON giz_assessments(child_seq, assessed_on);
CREATE INDEX giz_agreements_eval ON giz_agreements(status, evaluate_on);
CREATE INDEX giz_agreements_child ON giz_agreements(child_seq);
CREATE INDEX handovers_child ON handovers(child_seq);
CREATE INDEX handovers_open ON handovers(state, next_check_on);
CREATE INDEX handover_consents_handover ON handover_consents(handover_seq);
CREATE INDEX handover_events_handover ON handover_events(handover_seq, at);
CREATE INDEX notes_child ON notes(child_seq, written_at);
-- Vandaag's "Recent geopend" reads the views of one account (src/recent.c):
-- an index instead of a scan of the whole, ever-growing log.  Columns and
-- hashing of audit_log are unchanged.
CREATE INDEX audit_log_views ON audit_log(account_id, child_id, seq) WHERE action = 'view';

-- Search: as in 001, but the index rows are numbered by children.sort_no,
-- so a MATCH returns children in (nearly) name order and a search for one
-- letter can stop after the first screenfuls (src/search.c).
CREATE VIEW children_search AS
  SELECT seq, sort_no, search_names AS names, bsn,
         substr(birth_date, 9, 2) || '-' || substr(birth_date, 6, 2) || '-' ||
           substr(birth_date, 1, 4) AS birth,
         postcode || ' ' || replace(postcode, ' ', '') AS postcode
  FROM children;
CREATE VIRTUAL TABLE children_fts USING fts5(
  names, bsn, birth, postcode,
  content = 'children_search', content_rowid = 'sort_no',
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '1 2 3'
);
INSERT INTO children_fts(children_fts) VALUES ('rebuild');
CREATE TRIGGER children_fts_insert AFTER INSERT ON children
WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key = 'fts_deferred') BEGIN
  INSERT INTO children_fts(rowid, names, bsn, birth, postcode)
    SELECT sort_no, names, bsn, birth, postcode FROM children_search WHERE seq = new.seq;
END;
CREATE TRIGGER children_fts_before_update BEFORE UPDATE ON children
WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key = 'fts_deferred') BEGIN
  INSERT INTO children_fts(children_fts, rowid, names, bsn, birth, postcode)
    SELECT 'delete', sort_no, names, bsn, birth, postcode FROM children_search
    WHERE seq = old.seq;
END;
CREATE TRIGGER children_fts_after_update AFTER UPDATE ON children
WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key = 'fts_deferred') BEGIN
  INSERT INTO children_fts(rowid, names, bsn, birth, postcode)
    SELECT sort_no, names, bsn, birth, postcode FROM children_search WHERE seq = new.seq;
END;
CREATE TRIGGER children_fts_delete BEFORE DELETE ON children
WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key = 'fts_deferred') BEGIN
  INSERT INTO children_fts(children_fts, rowid, names, bsn, birth, postcode)
    SELECT 'delete', sort_no, names, bsn, birth, postcode FROM children_search
    WHERE seq = old.seq;
END;
