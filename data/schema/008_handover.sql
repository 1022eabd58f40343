-- 008_handover.sql — gezag as the law has it, and warm handovers that are
-- followed until the family has really arrived (docs/product.md §6,
-- DOMAIN §5; docs/data-model.md explains every column).
--
-- 1. Gezag per person.  child_parents keeps `gezag` (does this person hold
--    or has held gezag over the child) and gains its kind (BDS 1565; our
--    codes in data/codes/gezagsoort.tsv), the first day it holds and the
--    first day it no longer holds (BDS 1566/1567), and the institution that
--    holds it when that is a gecertificeerde instelling (GI) under a
--    guardianship order, acted for by the person linked.  Existing links
--    with gezag are converted by their relation: a guardian of a GI gets
--    'voogd_gi' (the GI itself is not known in older records and is asked
--    for when the link is next changed), a guardian 'voogd', a stepparent,
--    foster parent or other carer 'niet_ouder', a parent 'ouder'.  Dates
--    stay empty: gezag since birth, still holding.
-- 2. The handover tables of 001 (never used by any code, so normally empty)
--    are made again: the mode (erbij halen, doorverwijzen, melding) apart
--    from the destination, the sender's contact details as sent, the
--    agreed feedback date, a short number people use, the day of every step, 'ingetrokken', whether a
--    Veilig Thuis report went without the consent the rule asks; consents
--    with an end date (BDS 1607) and a scope; steps with their day, who
--    took them and a note.  Rows there are, are carried over.
-- Ids, references and timestamps as migration 004 made them: 16-byte ids,
-- references to row numbers (seq), timestamps in seconds since 1970 UTC.

ALTER TABLE child_parents ADD COLUMN gezag_type TEXT
  CHECK (gezag_type IN ('ouder', 'niet_ouder', 'voogd', 'voogd_gi', 'voorlopig_voogd_gi'));
ALTER TABLE child_parents ADD COLUMN gezag_from TEXT;   -- BDS 1566: first day with gezag
ALTER TABLE child_parents ADD COLUMN gezag_until TEXT;  -- BDS 1567: first day without it
ALTER TABLE child_parents ADD COLUMN gezag_org_seq INTEGER REFERENCES organisations(seq);

UPDATE child_parents SET gezag_type = CASE
    WHEN relation = 'voogd_gi' THEN 'voogd_gi'
    WHEN relation = 'voogd' THEN 'voogd'
    WHEN relation IN ('stiefmoeder', 'stiefvader', 'pleegmoeder', 'pleegvader', 'anders')
      THEN 'niet_ouder'
    ELSE 'ouder' END
  WHERE gezag = 1;

CREATE TABLE handovers_new (
  seq                   INTEGER PRIMARY KEY,
  id                    BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
  no                    INTEGER NOT NULL UNIQUE, -- the short number people use (letter, export)
  child_seq             INTEGER NOT NULL REFERENCES children(seq),
  org_seq               INTEGER REFERENCES organisations(seq), -- the receiver (sociale kaart)
  receiver_person       TEXT,                  -- the person there
  mode                  TEXT NOT NULL CHECK (mode IN ('erbij_halen', 'doorverwijzen', 'melding')),
  destination           TEXT NOT NULL CHECK (destination IN ('wijkteam', 'huisarts', 'poh_ggz',
                          'jgz_4_18', 'school', 'veilig_thuis')),
  frame                 TEXT NOT NULL DEFAULT 'vrijwillig'
                          CHECK (frame IN ('vrijwillig', 'gedwongen')),
  reason                TEXT NOT NULL,
  question              TEXT,
  parents_wish          TEXT,                  -- what the parents want
  summary               TEXT,                  -- pre-filled from the dossier, edited
  joint_conversation_on TEXT,                  -- driegesprek
  parents_present       TEXT,
  casusregie            TEXT NOT NULL CHECK (casusregie IN ('jgz', 'ontvanger', 'anders')),
  casusregie_name       TEXT,                  -- who, and how to reach them
  sender_name           TEXT NOT NULL,         -- the sender as the letter names them
  sender_org            TEXT,
  sender_phone          TEXT,
  sender_email          TEXT,
  feedback_due_on       TEXT,                  -- feedback agreed by this day
  state                 TEXT NOT NULL DEFAULT 'voorbereid'
                          CHECK (state IN ('voorbereid', 'verzonden', 'ontvangst_bevestigd',
                            'eerste_gesprek_gepland', 'teruggekoppeld', 'afgerond',
                            'ingetrokken')),
  sent_on               TEXT,                  -- the day of each step taken
  received_on           TEXT,
  planned_on            TEXT,
  first_conversation_on TEXT,                  -- when the first conversation takes place
  fed_back_on           TEXT,
  closed_on             TEXT,
  withdrawn_on          TEXT,
  feedback              TEXT,                  -- voortgang the receiver reported
  closing_report        TEXT,                  -- kort verslag bij afsluiting
  consent_exempt        INTEGER NOT NULL DEFAULT 0 CHECK (consent_exempt IN (0, 1)),
                                               -- 1: a Veilig Thuis report sent without the
                                               -- consent the rule asks (meldcode)
  version               INTEGER NOT NULL DEFAULT 1,
  created_at            INTEGER NOT NULL,
  created_by            INTEGER REFERENCES accounts(seq),
  updated_at            INTEGER NOT NULL,
  updated_by            INTEGER REFERENCES accounts(seq)
);
INSERT INTO handovers_new (seq, id, no, child_seq, org_seq, receiver_person, mode, destination,
    frame, reason, question, parents_wish, summary, joint_conversation_on, parents_present,
    casusregie, casusregie_name, sender_name, state, sent_on, first_conversation_on,
    closing_report, version, created_at, created_by, updated_at, updated_by)
  SELECT h.seq, h.id, row_number() OVER (ORDER BY h.created_at, h.seq), h.child_seq,
         h.org_seq, h.receiver_person,
         CASE WHEN h.kind = 'veilig_thuis' THEN 'melding'
              WHEN h.kind = 'erbij_halen' THEN 'erbij_halen' ELSE 'doorverwijzen' END,
         CASE WHEN h.kind IN ('veilig_thuis', 'jgz_4_18', 'school') THEN h.kind
              ELSE coalesce((SELECT CASE o.kind WHEN 'kinderopvang' THEN 'school' ELSE o.kind END
                             FROM organisations o WHERE o.seq = h.org_seq
                             AND o.kind IN ('wijkteam', 'huisarts', 'poh_ggz', 'jgz_4_18',
                                            'school', 'kinderopvang', 'veilig_thuis')),
                            'wijkteam') END,
         h.frame, coalesce(h.reason, ''), h.question, h.parents_wish, h.summary,
         h.joint_conversation_on, h.parents_present, coalesce(h.casusregie, 'jgz'),
         h.casusregie_name,
         coalesce((SELECT a.display_name FROM accounts a WHERE a.seq = h.created_by), ''),
         h.state,
         (SELECT min(date(e.at, 'unixepoch', 'localtime')) FROM handover_events e
          WHERE e.handover_seq = h.seq AND e.state = 'verzonden'),
         h.first_conversation_on, h.closing_report,
         h.version, h.created_at, h.created_by, h.updated_at, h.updated_by
  FROM handovers h;

-- Consent per person (DOMAIN §5); the rule is src/consent.h.
CREATE TABLE handover_consents_new (
  seq          INTEGER PRIMARY KEY,
  id           BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
  handover_seq INTEGER NOT NULL REFERENCES handovers(seq),
  person_kind  TEXT NOT NULL CHECK (person_kind IN ('kind', 'ouder')),
  parent_seq   INTEGER REFERENCES parents(seq), -- set when person_kind = 'ouder' (a GI: the
                                                -- person who acts for it)
  decision     TEXT NOT NULL CHECK (decision IN ('gegeven', 'geweigerd')),
  form         TEXT NOT NULL CHECK (form IN ('mondeling', 'schriftelijk')),
  source       TEXT,                            -- BDS R010 bron: toestemmingbron.tsv
  given_on     TEXT NOT NULL,
  ends_on      TEXT,                            -- BDS 1607: last day it holds
  scope        TEXT NOT NULL,                   -- toestemmingreikwijdte.tsv codes, comma-
                                                -- separated: jgz (BDS 1163), derden (1165),
                                                -- rvp (1533)
  recorded_by  INTEGER REFERENCES accounts(seq),
  version      INTEGER NOT NULL DEFAULT 1,
  created_at   INTEGER NOT NULL,
  updated_at   INTEGER NOT NULL,
  updated_by   INTEGER REFERENCES accounts(seq),
  CHECK (person_kind = 'kind' OR parent_seq IS NOT NULL)
);
INSERT INTO handover_consents_new (seq, id, handover_seq, person_kind, parent_seq, decision,
    form, source, given_on, scope, recorded_by, version, created_at, updated_at)
  SELECT seq, id, handover_seq, person_kind, parent_seq, decision, form, source, given_on,
         coalesce(scope, 'derden'), recorded_by, version, created_at, created_at
  FROM handover_consents;

-- The lifecycle: one row per step taken, never changed afterwards.
CREATE TABLE handover_events_new (
  seq          INTEGER PRIMARY KEY,
  id           BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
  handover_seq INTEGER NOT NULL REFERENCES handovers(seq),
  state        TEXT NOT NULL CHECK (state IN ('voorbereid', 'verzonden', 'ontvangst_bevestigd',
                 'eerste_gesprek_gepland', 'teruggekoppeld', 'afgerond', 'ingetrokken')),
  happened_on  TEXT NOT NULL,                   -- the day of the step
  who          TEXT,                            -- who took it (at the receiver, or here)
  note         TEXT,
  account_seq  INTEGER REFERENCES accounts(seq), -- who recorded it
  at           INTEGER NOT NULL                 -- when it was recorded
);
INSERT INTO handover_events_new (seq, id, handover_seq, state, happened_on, note, account_seq, at)
  SELECT seq, id, handover_seq, state, date(at, 'unixepoch', 'localtime'), note, account_seq, at
  FROM handover_events;

DROP TABLE handover_events;
DROP TABLE handover_consents;
DROP TABLE handovers;
ALTER TABLE handovers_new RENAME TO handovers;
ALTER TABLE handover_consents_new RENAME TO handover_consents;
ALTER TABLE handover_events_new RENAME TO handover_events;
CREATE INDEX handovers_child ON handovers(child_seq, created_at);
CREATE INDEX handovers_state ON handovers(state);
CREATE INDEX handover_consents_handover ON handover_consents(handover_seq);
CREATE INDEX handover_events_handover ON handover_events(handover_seq, seq);
