-- 016_due_cache_work.sql — everyone's work list from one index range (issue 13).
--
-- The team lead's Vandaag (everyone, key `m`) read its up to 1,000 children
-- from due_cache_work (rank, first_close) and then each child's row in
-- children: a page apiece from all over the file, 13–30 ms the first time in
-- a process at 100,000 children, and 53 ms for the whole screen (budget 50).
-- Since 015 due_cache keeps what the list shows and filters on; this index
-- holds all of it in the list's order, as due_cache_mine does for a caseload,
-- so the list is one range of about 25 pages (src/due_cached.c).  It holds
-- the children with something open only (rank < 3): about 5 MB at 100,000.
DROP INDEX due_cache_work;
CREATE INDEX due_cache_work ON due_cache(rank, first_close, client_no, birth_date, status,
  location, id, given_names, tussenvoegsel, family_name, bsn, postcode, sex) WHERE rank < 3;
