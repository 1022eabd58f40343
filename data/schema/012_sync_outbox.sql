-- 012_sync_outbox.sql — the local capture of changes for the exchange with
-- the organisation's hub (docs/sync.md, "Capturing local changes").
--
-- sync_outbox lists every record saved here since its last exchange: one row
-- per record however often it was saved (inserted only when (tbl, row_seq) is
-- not listed yet: not INSERT OR IGNORE, whose clause a saving statement's own
-- OR REPLACE / OR ABORT would override inside the trigger),
-- with the version it had before the first unsent change (0: new here).
-- Triggers write it in the transaction of the save itself, so a save and its
-- note for the hub commit together or not at all, whichever code path saved.
-- They stand aside while the setting 'sync_capture_off' exists: set by a bulk
-- job filling a new file (db_bulk_begin) and, inside its own transaction, by
-- the exchange while it applies the hub's changes.  An update that does not
-- raise the version is no change of the record and is not captured.
--
-- Every table that travels has its two triggers (src/outbox.c lists the
-- same tables); the event tables, which are only ever added to, have only
-- the insert trigger.  Link tables without an id (contact_professionals,
-- giz_participants) travel inside their owner, whose save raises its
-- version.  Existing records are not listed: a workstation's first exchange
-- sends every record it has.  Nothing existing is converted.

-- Facts of the exchange (hub id, cursor, last result) live in settings.

CREATE TABLE sync_outbox (
  seq          INTEGER PRIMARY KEY,   -- order of first capture
  tbl          TEXT    NOT NULL,      -- the record's table
  row_seq      INTEGER NOT NULL,      -- its seq in this file
  base_version INTEGER NOT NULL CHECK (base_version >= 0),
  UNIQUE (tbl, row_seq)
);

CREATE TRIGGER accounts_outbox_insert AFTER INSERT ON accounts
  WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key = 'sync_capture_off')
BEGIN
  INSERT INTO sync_outbox (tbl, row_seq, base_version)
    SELECT 'accounts', NEW.seq, 0
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE tbl = 'accounts' AND row_seq = NEW.seq);
END;

CREATE TRIGGER accounts_outbox_update AFTER UPDATE ON accounts
  WHEN NEW.version <> OLD.version
   AND NOT EXISTS (SELECT 1 FROM settings WHERE key = 'sync_capture_off')
BEGIN
  INSERT INTO sync_outbox (tbl, row_seq, base_version)
    SELECT 'accounts', NEW.seq, OLD.version
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE tbl = 'accounts' AND row_seq = NEW.seq);
END;

CREATE TRIGGER organisations_outbox_insert AFTER INSERT ON organisations
  WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key = 'sync_capture_off')
BEGIN
  INSERT INTO sync_outbox (tbl, row_seq, base_version)
    SELECT 'organisations', NEW.seq, 0
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE tbl = 'organisations' AND row_seq = NEW.seq);
END;

CREATE TRIGGER organisations_outbox_update AFTER UPDATE ON organisations
  WHEN NEW.version <> OLD.version
   AND NOT EXISTS (SELECT 1 FROM settings WHERE key = 'sync_capture_off')
BEGIN
  INSERT INTO sync_outbox (tbl, row_seq, base_version)
    SELECT 'organisations', NEW.seq, OLD.version
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE tbl = 'organisations' AND row_seq = NEW.seq);
END;

CREATE TRIGGER parents_outbox_insert AFTER INSERT ON parents
  WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key = 'sync_capture_off')
BEGIN
  INSERT INTO sync_outbox (tbl, row_seq, base_version)
    SELECT 'parents', NEW.seq, 0
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE tbl = 'parents' AND row_seq = NEW.seq);
END;

CREATE TRIGGER parents_outbox_update AFTER UPDATE ON parents
  WHEN NEW.version <> OLD.version
   AND NOT EXISTS (SELECT 1 FROM settings WHERE key = 'sync_capture_off')
BEGIN
  INSERT INTO sync_outbox (tbl, row_seq, base_version)
    SELECT 'parents', NEW.seq, OLD.version
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE tbl = 'parents' AND row_seq = NEW.seq);
END;

CREATE TRIGGER children_outbox_insert AFTER INSERT ON children
  WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key = 'sync_capture_off')
BEGIN
  INSERT INTO sync_outbox (tbl, row_seq, base_version)
    SELECT 'children', NEW.seq, 0
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE tbl = 'children' AND row_seq = NEW.seq);
END;

CREATE TRIGGER children_outbox_update AFTER UPDATE ON children
  WHEN NEW.version <> OLD.version
   AND NOT EXISTS (SELECT 1 FROM settings WHERE key = 'sync_capture_off')
BEGIN
  INSERT INTO sync_outbox (tbl, row_seq, base_version)
    SELECT 'children', NEW.seq, OLD.version
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE tbl = 'children' AND row_seq = NEW.seq);
END;

CREATE TRIGGER child_parents_outbox_insert AFTER INSERT ON child_parents
  WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key = 'sync_capture_off')
BEGIN
  INSERT INTO sync_outbox (tbl, row_seq, base_version)
    SELECT 'child_parents', NEW.seq, 0
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE tbl = 'child_parents' AND row_seq = NEW.seq);
END;

CREATE TRIGGER child_parents_outbox_update AFTER UPDATE ON child_parents
  WHEN NEW.version <> OLD.version
   AND NOT EXISTS (SELECT 1 FROM settings WHERE key = 'sync_capture_off')
BEGIN
  INSERT INTO sync_outbox (tbl, row_seq, base_version)
    SELECT 'child_parents', NEW.seq, OLD.version
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE tbl = 'child_parents' AND row_seq = NEW.seq);
END;

CREATE TRIGGER contacts_outbox_insert AFTER INSERT ON contacts
  WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key = 'sync_capture_off')
BEGIN
  INSERT INTO sync_outbox (tbl, row_seq, base_version)
    SELECT 'contacts', NEW.seq, 0
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE tbl = 'contacts' AND row_seq = NEW.seq);
END;

CREATE TRIGGER contacts_outbox_update AFTER UPDATE ON contacts
  WHEN NEW.version <> OLD.version
   AND NOT EXISTS (SELECT 1 FROM settings WHERE key = 'sync_capture_off')
BEGIN
  INSERT INTO sync_outbox (tbl, row_seq, base_version)
    SELECT 'contacts', NEW.seq, OLD.version
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE tbl = 'contacts' AND row_seq = NEW.seq);
END;

CREATE TRIGGER contact_observations_outbox_insert AFTER INSERT ON contact_observations
  WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key = 'sync_capture_off')
BEGIN
  INSERT INTO sync_outbox (tbl, row_seq, base_version)
    SELECT 'contact_observations', NEW.seq, 0
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE tbl = 'contact_observations' AND row_seq = NEW.seq);
END;

CREATE TRIGGER contact_observations_outbox_update AFTER UPDATE ON contact_observations
  WHEN NEW.version <> OLD.version
   AND NOT EXISTS (SELECT 1 FROM settings WHERE key = 'sync_capture_off')
BEGIN
  INSERT INTO sync_outbox (tbl, row_seq, base_version)
    SELECT 'contact_observations', NEW.seq, OLD.version
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE tbl = 'contact_observations' AND row_seq = NEW.seq);
END;

CREATE TRIGGER measurements_outbox_insert AFTER INSERT ON measurements
  WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key = 'sync_capture_off')
BEGIN
  INSERT INTO sync_outbox (tbl, row_seq, base_version)
    SELECT 'measurements', NEW.seq, 0
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE tbl = 'measurements' AND row_seq = NEW.seq);
END;

CREATE TRIGGER measurements_outbox_update AFTER UPDATE ON measurements
  WHEN NEW.version <> OLD.version
   AND NOT EXISTS (SELECT 1 FROM settings WHERE key = 'sync_capture_off')
BEGIN
  INSERT INTO sync_outbox (tbl, row_seq, base_version)
    SELECT 'measurements', NEW.seq, OLD.version
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE tbl = 'measurements' AND row_seq = NEW.seq);
END;

CREATE TRIGGER vaccinations_outbox_insert AFTER INSERT ON vaccinations
  WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key = 'sync_capture_off')
BEGIN
  INSERT INTO sync_outbox (tbl, row_seq, base_version)
    SELECT 'vaccinations', NEW.seq, 0
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE tbl = 'vaccinations' AND row_seq = NEW.seq);
END;

CREATE TRIGGER vaccinations_outbox_update AFTER UPDATE ON vaccinations
  WHEN NEW.version <> OLD.version
   AND NOT EXISTS (SELECT 1 FROM settings WHERE key = 'sync_capture_off')
BEGIN
  INSERT INTO sync_outbox (tbl, row_seq, base_version)
    SELECT 'vaccinations', NEW.seq, OLD.version
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE tbl = 'vaccinations' AND row_seq = NEW.seq);
END;

CREATE TRIGGER appointments_outbox_insert AFTER INSERT ON appointments
  WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key = 'sync_capture_off')
BEGIN
  INSERT INTO sync_outbox (tbl, row_seq, base_version)
    SELECT 'appointments', NEW.seq, 0
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE tbl = 'appointments' AND row_seq = NEW.seq);
END;

CREATE TRIGGER appointments_outbox_update AFTER UPDATE ON appointments
  WHEN NEW.version <> OLD.version
   AND NOT EXISTS (SELECT 1 FROM settings WHERE key = 'sync_capture_off')
BEGIN
  INSERT INTO sync_outbox (tbl, row_seq, base_version)
    SELECT 'appointments', NEW.seq, OLD.version
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE tbl = 'appointments' AND row_seq = NEW.seq);
END;

CREATE TRIGGER notes_outbox_insert AFTER INSERT ON notes
  WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key = 'sync_capture_off')
BEGIN
  INSERT INTO sync_outbox (tbl, row_seq, base_version)
    SELECT 'notes', NEW.seq, 0
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE tbl = 'notes' AND row_seq = NEW.seq);
END;

CREATE TRIGGER notes_outbox_update AFTER UPDATE ON notes
  WHEN NEW.version <> OLD.version
   AND NOT EXISTS (SELECT 1 FROM settings WHERE key = 'sync_capture_off')
BEGIN
  INSERT INTO sync_outbox (tbl, row_seq, base_version)
    SELECT 'notes', NEW.seq, OLD.version
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE tbl = 'notes' AND row_seq = NEW.seq);
END;

CREATE TRIGGER giz_assessments_outbox_insert AFTER INSERT ON giz_assessments
  WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key = 'sync_capture_off')
BEGIN
  INSERT INTO sync_outbox (tbl, row_seq, base_version)
    SELECT 'giz_assessments', NEW.seq, 0
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE tbl = 'giz_assessments' AND row_seq = NEW.seq);
END;

CREATE TRIGGER giz_assessments_outbox_update AFTER UPDATE ON giz_assessments
  WHEN NEW.version <> OLD.version
   AND NOT EXISTS (SELECT 1 FROM settings WHERE key = 'sync_capture_off')
BEGIN
  INSERT INTO sync_outbox (tbl, row_seq, base_version)
    SELECT 'giz_assessments', NEW.seq, OLD.version
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE tbl = 'giz_assessments' AND row_seq = NEW.seq);
END;

CREATE TRIGGER giz_aspects_outbox_insert AFTER INSERT ON giz_aspects
  WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key = 'sync_capture_off')
BEGIN
  INSERT INTO sync_outbox (tbl, row_seq, base_version)
    SELECT 'giz_aspects', NEW.seq, 0
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE tbl = 'giz_aspects' AND row_seq = NEW.seq);
END;

CREATE TRIGGER giz_aspects_outbox_update AFTER UPDATE ON giz_aspects
  WHEN NEW.version <> OLD.version
   AND NOT EXISTS (SELECT 1 FROM settings WHERE key = 'sync_capture_off')
BEGIN
  INSERT INTO sync_outbox (tbl, row_seq, base_version)
    SELECT 'giz_aspects', NEW.seq, OLD.version
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE tbl = 'giz_aspects' AND row_seq = NEW.seq);
END;

CREATE TRIGGER giz_agreements_outbox_insert AFTER INSERT ON giz_agreements
  WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key = 'sync_capture_off')
BEGIN
  INSERT INTO sync_outbox (tbl, row_seq, base_version)
    SELECT 'giz_agreements', NEW.seq, 0
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE tbl = 'giz_agreements' AND row_seq = NEW.seq);
END;

CREATE TRIGGER giz_agreements_outbox_update AFTER UPDATE ON giz_agreements
  WHEN NEW.version <> OLD.version
   AND NOT EXISTS (SELECT 1 FROM settings WHERE key = 'sync_capture_off')
BEGIN
  INSERT INTO sync_outbox (tbl, row_seq, base_version)
    SELECT 'giz_agreements', NEW.seq, OLD.version
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE tbl = 'giz_agreements' AND row_seq = NEW.seq);
END;

CREATE TRIGGER handovers_outbox_insert AFTER INSERT ON handovers
  WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key = 'sync_capture_off')
BEGIN
  INSERT INTO sync_outbox (tbl, row_seq, base_version)
    SELECT 'handovers', NEW.seq, 0
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE tbl = 'handovers' AND row_seq = NEW.seq);
END;

CREATE TRIGGER handovers_outbox_update AFTER UPDATE ON handovers
  WHEN NEW.version <> OLD.version
   AND NOT EXISTS (SELECT 1 FROM settings WHERE key = 'sync_capture_off')
BEGIN
  INSERT INTO sync_outbox (tbl, row_seq, base_version)
    SELECT 'handovers', NEW.seq, OLD.version
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE tbl = 'handovers' AND row_seq = NEW.seq);
END;

CREATE TRIGGER handover_consents_outbox_insert AFTER INSERT ON handover_consents
  WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key = 'sync_capture_off')
BEGIN
  INSERT INTO sync_outbox (tbl, row_seq, base_version)
    SELECT 'handover_consents', NEW.seq, 0
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE tbl = 'handover_consents' AND row_seq = NEW.seq);
END;

CREATE TRIGGER handover_consents_outbox_update AFTER UPDATE ON handover_consents
  WHEN NEW.version <> OLD.version
   AND NOT EXISTS (SELECT 1 FROM settings WHERE key = 'sync_capture_off')
BEGIN
  INSERT INTO sync_outbox (tbl, row_seq, base_version)
    SELECT 'handover_consents', NEW.seq, OLD.version
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE tbl = 'handover_consents' AND row_seq = NEW.seq);
END;

CREATE TRIGGER giz_agreement_events_outbox_insert AFTER INSERT ON giz_agreement_events
  WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key = 'sync_capture_off')
BEGIN
  INSERT INTO sync_outbox (tbl, row_seq, base_version)
    SELECT 'giz_agreement_events', NEW.seq, 0
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE tbl = 'giz_agreement_events' AND row_seq = NEW.seq);
END;

CREATE TRIGGER handover_events_outbox_insert AFTER INSERT ON handover_events
  WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key = 'sync_capture_off')
BEGIN
  INSERT INTO sync_outbox (tbl, row_seq, base_version)
    SELECT 'handover_events', NEW.seq, 0
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE tbl = 'handover_events' AND row_seq = NEW.seq);
END;

-- A record changed here and at the hub since the version both had: the
-- hub kept its version and this workstation its own; both are kept here
-- until a person chooses (docs/sync.md, "Conflicts").  Bodies as they
-- travel (JSON with global ids).
CREATE TABLE sync_conflicts (
  seq           INTEGER PRIMARY KEY,
  tbl           TEXT    NOT NULL,
  record_id     BLOB    NOT NULL CHECK (length(record_id) = 16),
  child_id      BLOB,
  hub_version   INTEGER NOT NULL,
  hub_body      TEXT    NOT NULL,
  local_version INTEGER NOT NULL,
  local_body    TEXT    NOT NULL,
  found_at      INTEGER NOT NULL,
  state         TEXT    NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'opgelost')),
  UNIQUE (tbl, record_id, hub_version, local_version)
);
