-- 014_giz_due_scope.sql — Vandaag's GIZ agreements in the nurse's scope
-- (issue 13).
--
-- Vandaag lists the open GIZ agreements whose evaluation date has come, of
-- the children in its filters (a caseload, a location, an age band).  It
-- read everyone's first 200 and filtered those afterwards, so with more than
-- 200 due in the organisation a nurse could miss her own.  giz_due()
-- (src/giz.c) now filters in SQL: a caseload's children come from the index
-- children_caseload as a set, and the agreements due are walked in their
-- order through this index, which now holds the child too, so an agreement
-- outside the caseload costs no read of its row (5,923 agreements due at
-- 100,000 children: 1–2 ms for a caseload of 1,500, against 15 ms reading
-- each agreement's row).
DROP INDEX giz_agreements_open;
CREATE INDEX giz_agreements_open ON giz_agreements(evaluate_on, child_seq) WHERE status = 'lopend';
