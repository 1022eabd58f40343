-- 012_sync_outbox.sql — the local capture of changes for the exchange with
-- the organisation's hub (docs/sync.md, "Capturing local changes").
--
-- sync_outbox lists every record saved here since its last exchange: one row
-- per record however often it was saved (INSERT OR IGNORE on (tbl, row_seq)),
-- with the version it had before the first unsent change (0: new here).
-- Triggers write it in the transaction of the save itself, so a save and its
-- note for the hub commit together or not at all, whichever code path saved.
-- They stand aside while the setting 'sync_capture_off' exists: set by a bulk
-- job filling a new file (db_bulk_begin) and, inside its own transaction, by
-- the exchange while it applies the hub's changes.  An update that does not
-- raise the version is no change of the record and is not captured.
--
-- This step captures children; the other record types follow with the
-- exchange itself.  Existing records are not listed: a workstation's first
-- exchange sends every record it has.  Nothing existing is converted.

CREATE TABLE sync_outbox (
  seq          INTEGER PRIMARY KEY,   -- order of first capture
  tbl          TEXT    NOT NULL,      -- the record's table
  row_seq      INTEGER NOT NULL,      -- its seq in this file
  base_version INTEGER NOT NULL CHECK (base_version >= 0),
  UNIQUE (tbl, row_seq)
);

CREATE TRIGGER children_outbox_insert AFTER INSERT ON children
  WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key = 'sync_capture_off')
BEGIN
  INSERT OR IGNORE INTO sync_outbox (tbl, row_seq, base_version)
    VALUES ('children', NEW.seq, 0);
END;

CREATE TRIGGER children_outbox_update AFTER UPDATE ON children
  WHEN NEW.version <> OLD.version
   AND NOT EXISTS (SELECT 1 FROM settings WHERE key = 'sync_capture_off')
BEGIN
  INSERT OR IGNORE INTO sync_outbox (tbl, row_seq, base_version)
    VALUES ('children', NEW.seq, OLD.version);
END;
