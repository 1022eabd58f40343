-- 010_security.sql — the audit log's head kept outside the log, and login
-- throttling per typed name.
-- docs/data-model.md and docs/security.md explain each part.

-- The head of the audit chain: the last entry's seq and hash, in a table of
-- its own (one row).  The trigger audit_log_head moves it with every new
-- entry; the triggers below let it move only forward, only onto an entry
-- that exists with that hash, and never be deleted.  So entries cut off the
-- end of the log (with the log's own triggers dropped) leave a head that
-- points past the end, which `groeipad check` reports.
--
-- v1_end: entries up to this seq were written before this migration, when
-- the hash did not yet cover seq (src/audit.c, hash version 1); later
-- entries use version 2.  0 in a database made after this migration.
CREATE TABLE audit_head (
  one    INTEGER PRIMARY KEY CHECK (one = 1),
  seq    INTEGER NOT NULL,
  hash   TEXT NOT NULL,
  v1_end INTEGER NOT NULL DEFAULT 0
);
INSERT INTO audit_head(one, seq, hash, v1_end)
  SELECT 1, seq, hash, seq FROM audit_log ORDER BY seq DESC LIMIT 1;

CREATE TRIGGER audit_head_insert BEFORE INSERT ON audit_head
WHEN NOT EXISTS (SELECT 1 FROM audit_log WHERE seq = new.seq AND hash = new.hash)
BEGIN SELECT RAISE(ABORT, 'audit_head only follows the audit log'); END;
CREATE TRIGGER audit_head_update BEFORE UPDATE ON audit_head
WHEN new.one <> old.one OR new.seq <= old.seq OR new.v1_end <> old.v1_end
  OR NOT EXISTS (SELECT 1 FROM audit_log WHERE seq = new.seq AND hash = new.hash)
BEGIN SELECT RAISE(ABORT, 'audit_head only follows the audit log'); END;
CREATE TRIGGER audit_head_delete BEFORE DELETE ON audit_head
BEGIN SELECT RAISE(ABORT, 'audit_head only follows the audit log'); END;

CREATE TRIGGER audit_log_head AFTER INSERT ON audit_log BEGIN
  UPDATE audit_head SET seq = new.seq, hash = new.hash WHERE one = 1;
  INSERT OR IGNORE INTO audit_head(one, seq, hash) VALUES (1, new.seq, new.hash);
END;

-- Login throttling per name as typed (known or not, so a lockout does not
-- tell whether an account exists).  Times are Unix seconds of the real
-- clock.  accounts.failed_logins and accounts.locked_until are no longer
-- used.
CREATE TABLE login_throttle (
  name         TEXT PRIMARY KEY COLLATE NOCASE, -- at most 63 bytes of the typed name
  failed       INTEGER NOT NULL DEFAULT 0,      -- wrong attempts in a row
  locked_until INTEGER,                         -- refused until then
  last_at      INTEGER NOT NULL                 -- the last attempt
);
UPDATE accounts SET failed_logins = 0, locked_until = NULL;

-- A DEMO database made before roles were enforced has one account, demo, a
-- beheerder, with which every demo user opened dossiers.  As in a demo
-- made now, demo becomes the nurse (jeugdverpleegkundige) and beheer, with
-- the same password (demo), the beheerder.  Real databases are untouched.
INSERT INTO accounts(id, username, display_name, role, password_hash, created_at,
                     updated_at)
  SELECT randomblob(16), 'beheer', 'Demo Beheerder', 'beheerder', password_hash, created_at,
         updated_at
  FROM accounts WHERE username = 'demo' AND role = 'beheerder'
    AND EXISTS (SELECT 1 FROM settings WHERE key = 'demo' AND value = '1')
    AND NOT EXISTS (SELECT 1 FROM accounts WHERE username = 'beheer');
UPDATE accounts SET role = 'jeugdverpleegkundige'
  WHERE username = 'demo' AND role = 'beheerder'
    AND EXISTS (SELECT 1 FROM settings WHERE key = 'demo' AND value = '1')
    AND EXISTS (SELECT 1 FROM accounts WHERE username = 'beheer' AND role = 'beheerder');
