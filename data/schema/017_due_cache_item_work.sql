-- 017_due_cache_item_work.sql — everyone's work list with its entries from
-- one more index range (issue 13).
--
-- After 016 the team lead's list of up to 1,000 children is one range of
-- due_cache_work, but each child's open entries were still looked up in
-- due_cache_item by child: about 700 pages from all over the table, 20–25 ms
-- the first time in a process at 100,000 children.  Each entry now carries
-- its child's rank and first deadline, written with it from the child's
-- due_cache row (src/duecache.c, which writes both in one transaction and is
-- the only writer of either), and due_cache_item_work holds every entry of
-- a child with something open in the work list's order, so the entries of
-- the listed children are read as one range (src/due_cached.c).  About 5 MB
-- at 100,000 children.
ALTER TABLE due_cache_item ADD COLUMN rank INTEGER;
ALTER TABLE due_cache_item ADD COLUMN first_close TEXT;
UPDATE due_cache_item SET (rank, first_close) =
  (SELECT d.rank, d.first_close FROM due_cache d WHERE d.child_seq = due_cache_item.child_seq);
CREATE INDEX due_cache_item_work ON due_cache_item(rank, first_close, child_seq, pos, kind,
  ref, state, earliest, target, latest, late_until, until, shifted, last_status, last_reason,
  last_on, invalid_why, invalid_on) WHERE rank < 3;
