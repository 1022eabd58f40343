-- The hub's schema, version 1 (docs/sync.md).  PostgreSQL 15.  Applied by
-- `groeipad hub init` / `hub migrate` in one transaction that also records
-- the version in groeipad.hub_meta.  Everything lives in the schema
-- "groeipad", so the hub can share a database with other things.

CREATE SCHEMA groeipad;

-- Facts about this hub: schema_version (written by the program after each
-- migration), hub_id (this hub's identity; a workstation remembers it and
-- refuses to exchange with another hub), created_at.
CREATE TABLE groeipad.hub_meta (
  key   text PRIMARY KEY,
  value text NOT NULL
);
INSERT INTO groeipad.hub_meta VALUES
  ('hub_id', gen_random_uuid()::text),
  ('created_at', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'));

-- The change sequence.  One row; every accepted push takes its numbers from
-- it with UPDATE ... RETURNING inside the push transaction.  The row lock
-- serialises pushes, so numbers become visible in the order they were
-- handed out: a workstation that has pulled up to N can never later find a
-- change with a number at or below N (a plain SEQUENCE cannot promise this —
-- numbers taken by transactions that commit later would be skipped).
CREATE TABLE groeipad.change_counter (
  one  boolean PRIMARY KEY DEFAULT true CHECK (one),
  last bigint NOT NULL DEFAULT 0 CHECK (last >= 0)
);
INSERT INTO groeipad.change_counter DEFAULT VALUES;

-- Locations (consultatiebureaus, neighbourhood locations).
CREATE TABLE groeipad.locations (
  id         uuid PRIMARY KEY,
  name       text NOT NULL UNIQUE CHECK (name <> ''),
  active     boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Workstations: one per local groeipad file; id is its settings.database_id.
CREATE TABLE groeipad.workstations (
  id            uuid PRIMARY KEY,
  name          text NOT NULL CHECK (name <> ''),
  number        serial UNIQUE,   -- its block of client numbers (src/sync.c)
  registered_at timestamptz NOT NULL DEFAULT now(),
  last_pulled   bigint NOT NULL DEFAULT 0,  -- highest change_seq it reported having applied
  last_sync_at  timestamptz,
  last_result   text,                       -- the last exchange's result in words
  active        boolean NOT NULL DEFAULT true
);

-- A workstation's scope: all children of its locations ...
CREATE TABLE groeipad.workstation_locations (
  workstation_id uuid NOT NULL REFERENCES groeipad.workstations,
  location_id    uuid NOT NULL REFERENCES groeipad.locations,
  PRIMARY KEY (workstation_id, location_id)
);
-- ... and an explicit caseload.
CREATE TABLE groeipad.workstation_children (
  workstation_id uuid NOT NULL REFERENCES groeipad.workstations,
  child_id       uuid NOT NULL,
  PRIMARY KEY (workstation_id, child_id)
);

-- The children a workstation has whole (pulled with all their records, or
-- pushed by it): a child in its scope that is not listed arrives whole at
-- its next pull, not only with later changes.
CREATE TABLE groeipad.workstation_has (
  workstation_id uuid NOT NULL REFERENCES groeipad.workstations,
  child_id       uuid NOT NULL,
  PRIMARY KEY (workstation_id, child_id)
);

-- Which location a child belongs to (from a date; the latest row counts).
CREATE TABLE groeipad.child_locations (
  child_id    uuid NOT NULL,
  location_id uuid NOT NULL REFERENCES groeipad.locations,
  since       date NOT NULL,
  PRIMARY KEY (child_id, location_id, since)
);
CREATE INDEX child_locations_location ON groeipad.child_locations (location_id);

-- The records: the latest accepted version of every record of every
-- workstation, keyed by its global id (the 16-byte UUIDv7 of the local
-- schema).  body holds the record's columns with references as global ids
-- (docs/sync.md, "Records on the wire").  child_id is the child the record
-- belongs to (the child itself for a child; NULL for organisations and
-- accounts), which is what scopes select on.
CREATE TABLE groeipad.records (
  id          uuid PRIMARY KEY,
  kind        text NOT NULL CHECK (kind ~ '^[a-z_]+$'),
  child_id    uuid,
  version     integer NOT NULL CHECK (version >= 1),
  body        jsonb NOT NULL,
  change_seq  bigint NOT NULL UNIQUE,
  origin      uuid NOT NULL REFERENCES groeipad.workstations,
  changed_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX records_child ON groeipad.records (child_id, change_seq);

-- Every accepted change, in order: what a pull reads (change_seq above the
-- workstation's own cursor, within its scope).  (workstation_id, record_id,
-- version) is the idempotency key: a push repeated after a killed sync finds
-- its changes already there and skips them (docs/sync.md, "A killed sync").
CREATE TABLE groeipad.changes (
  change_seq     bigint PRIMARY KEY,
  record_id      uuid NOT NULL,
  kind           text NOT NULL,
  child_id       uuid,
  version        integer NOT NULL,
  base_version   integer NOT NULL CHECK (base_version >= 0), -- 0: a new record
  body           jsonb NOT NULL,
  workstation_id uuid NOT NULL REFERENCES groeipad.workstations,
  at             timestamptz NOT NULL DEFAULT now(),
  UNIQUE (workstation_id, record_id, version)
);
CREATE INDEX changes_child ON groeipad.changes (child_id, change_seq);

-- A change that arrived based on a version the hub had already moved past:
-- nothing is overwritten.  The hub keeps its version in records, the
-- arriving one here, until a person chooses or merges (the choice is a new
-- change; resolved_by names it).
CREATE TABLE groeipad.conflicts (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  record_id      uuid NOT NULL,
  kind           text NOT NULL,
  child_id       uuid,
  hub_version    integer NOT NULL,  -- the version the hub had when it arrived
  base_version   integer NOT NULL,  -- the version the workstation had started from
  their_version  integer NOT NULL,  -- the version number the workstation gave it
  body           jsonb NOT NULL,    -- the workstation's version
  workstation_id uuid NOT NULL REFERENCES groeipad.workstations,
  at             timestamptz NOT NULL DEFAULT now(),
  state          text NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'opgelost')),
  resolved_by    bigint REFERENCES groeipad.changes (change_seq),
  UNIQUE (workstation_id, record_id, their_version)
);
CREATE INDEX conflicts_open ON groeipad.conflicts (child_id) WHERE state = 'open';

-- The audit entries of every workstation, as each wrote them locally
-- (docs/data-model.md, audit_log): seq is the local seq, so every
-- workstation's hash chain can be recomputed here (`groeipad hub check`).
CREATE TABLE groeipad.audit_entries (
  workstation_id uuid NOT NULL REFERENCES groeipad.workstations,
  seq            bigint NOT NULL CHECK (seq >= 1),
  at             text NOT NULL,
  account_id     text,
  username       text,
  workstation    text,
  child_id       text,
  action         text NOT NULL,
  detail         text,
  prev_hash      text NOT NULL CHECK (prev_hash ~ '^[0-9a-f]{64}$'),
  hash           text NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$'),
  received_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workstation_id, seq)
);

-- The change log and the audit entries are append-only, as the local audit
-- log is.  The hub's owner role could still drop the triggers, which is why
-- each audit chain stays verifiable and the workstations keep their own copy.
CREATE FUNCTION groeipad.append_only() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END $$;
CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON groeipad.audit_entries
  FOR EACH ROW EXECUTE FUNCTION groeipad.append_only();
CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON groeipad.audit_entries
  FOR EACH STATEMENT EXECUTE FUNCTION groeipad.append_only();
CREATE TRIGGER changes_append_only BEFORE UPDATE OR DELETE ON groeipad.changes
  FOR EACH ROW EXECUTE FUNCTION groeipad.append_only();
CREATE TRIGGER changes_no_truncate BEFORE TRUNCATE ON groeipad.changes
  FOR EACH STATEMENT EXECUTE FUNCTION groeipad.append_only();

-- A push, as one call per batch of records (docs/sync.md, "Versions, global
-- ids and conflict detection"): p is a JSON array of {id, kind, child,
-- version, base, body}; one row comes back per element, in order, with
-- what became of it: 'accepted', 'already' (this workstation's same version
-- is there: a repeated push after a killed sync; or the same content) or
-- 'conflict' (with the hub's version and body; the arriving one is kept in
-- conflicts).  Runs inside the caller's transaction, which has locked
-- change_counter first.
CREATE FUNCTION groeipad.push_records(p_ws uuid, p jsonb)
  RETURNS TABLE (n integer, outcome text, hub_version integer, hub_body text)
  LANGUAGE plpgsql AS $$
DECLARE
  e jsonb;
  i integer := 0;
  v_id uuid;
  v_child uuid;
  v_version integer;
  v_base integer;
  r record;
  v_seq bigint;
BEGIN
  FOR e IN SELECT value FROM jsonb_array_elements(p) LOOP
    i := i + 1;
    v_id := (e->>'id')::uuid;
    v_child := NULLIF(e->>'child', '')::uuid;
    v_version := (e->>'version')::integer;
    v_base := (e->>'base')::integer;
    n := i;
    hub_version := NULL;
    hub_body := NULL;
    IF EXISTS (SELECT 1 FROM groeipad.changes c WHERE c.workstation_id = p_ws
               AND c.record_id = v_id AND c.version = v_version) THEN
      outcome := 'already';
      RETURN NEXT;
      CONTINUE;
    END IF;
    SELECT x.version, x.body INTO r FROM groeipad.records x WHERE x.id = v_id FOR UPDATE;
    IF FOUND AND EXISTS (SELECT 1 FROM groeipad.conflicts k WHERE k.workstation_id = p_ws
                         AND k.record_id = v_id AND k.their_version = v_version) THEN
      outcome := 'conflict';
      hub_version := r.version;
      hub_body := r.body::text;
      RETURN NEXT;
      CONTINUE;
    END IF;
    IF FOUND AND r.body = e->'body' THEN
      outcome := 'already';
      RETURN NEXT;
      CONTINUE;
    END IF;
    IF FOUND AND r.version <> v_base AND NOT EXISTS (
         SELECT 1 FROM groeipad.changes c WHERE c.workstation_id = p_ws AND c.record_id = v_id
         AND c.version = r.version AND c.base_version = v_base) THEN
      INSERT INTO groeipad.conflicts (record_id, kind, child_id, hub_version, base_version,
                                      their_version, body, workstation_id)
        VALUES (v_id, e->>'kind', v_child, r.version, v_base, v_version, e->'body', p_ws)
        ON CONFLICT DO NOTHING;
      outcome := 'conflict';
      hub_version := r.version;
      hub_body := r.body::text;
      RETURN NEXT;
      CONTINUE;
    END IF;
    UPDATE groeipad.change_counter SET last = last + 1 RETURNING last INTO v_seq;
    INSERT INTO groeipad.changes (change_seq, record_id, kind, child_id, version, base_version,
                                  body, workstation_id)
      VALUES (v_seq, v_id, e->>'kind', v_child, v_version, v_base, e->'body', p_ws);
    INSERT INTO groeipad.records (id, kind, child_id, version, body, change_seq, origin)
      VALUES (v_id, e->>'kind', v_child, v_version, e->'body', v_seq, p_ws)
      ON CONFLICT (id) DO UPDATE SET kind = EXCLUDED.kind, child_id = EXCLUDED.child_id,
        version = EXCLUDED.version, body = EXCLUDED.body, change_seq = EXCLUDED.change_seq,
        origin = EXCLUDED.origin, changed_at = now();
    -- a choice made on this workstation between two versions closes the
    -- conflict it settles
    UPDATE groeipad.conflicts SET state = 'opgelost', resolved_by = v_seq
      WHERE record_id = v_id AND workstation_id = p_ws AND state = 'open'
        AND conflicts.hub_version <= v_base;
    IF e->>'kind' = 'children' THEN
      INSERT INTO groeipad.workstation_has VALUES (p_ws, v_id) ON CONFLICT DO NOTHING;
    END IF;
    outcome := 'accepted';
    RETURN NEXT;
  END LOOP;
END $$;
