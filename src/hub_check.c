/* hub_check.c — `groeipad hub check`: every workstation's audit log at the
 * hub, its hash chain recomputed (see hub.h). */
#include <stdlib.h>
#include <string.h>

#include "audit.h"
#include "hub.h"
#include "hub_int.h"
#include "i18n.h"
#include "pq.h"
#include "text.h"

/* Workstations by name, each with its entries in order; a workstation
 * without entries comes once with NULL entry columns. */
static const char chains_sql[] =
	"SELECT w.id, w.name, a.seq, a.at, a.account_id, a.username, a.workstation, "
	"a.child_id, a.action, a.detail, a.prev_hash, a.hash "
	"FROM groeipad.workstations w "
	"LEFT JOIN groeipad.audit_entries a ON a.workstation_id = w.id "
	"ORDER BY w.name, w.id, a.seq";

static const char *val(PGresult *r, int col)
{
	return PQgetisnull(r, 0, col) ? NULL : PQgetvalue(r, 0, col);
}

struct walk {
	struct hub_chain *list; /* the workstations so far */
	int n, cap;
	char prev[AUDIT_HASH_HEX]; /* the recomputed hash of the last entry */
	long long last_seq;        /* the last entry's seq */
	int v2;                    /* an entry of hash version 2 was met */
};

/* Starts the next workstation; -1 when out of memory. */
static int next_workstation(struct walk *w, PGresult *r)
{
	if (w->n == w->cap) {
		int ncap = w->cap ? w->cap * 2 : 16;
		struct hub_chain *grown = realloc(w->list, (size_t)ncap * sizeof *grown);
		if (!grown)
			return -1;
		w->list = grown;
		w->cap = ncap;
	}
	struct hub_chain *c = &w->list[w->n++];
	memset(c, 0, sizeof *c);
	text_copy(c->workstation_id, sizeof c->workstation_id, PQgetvalue(r, 0, 0));
	text_sanitize(PQgetvalue(r, 0, 1), c->name, sizeof c->name, 0);
	memcpy(w->prev, AUDIT_GENESIS, sizeof w->prev);
	w->last_seq = 0;
	w->v2 = 0;
	return 0;
}

/* One entry of the current workstation. */
static void check_entry(struct walk *w, PGresult *r)
{
	struct hub_chain *c = &w->list[w->n - 1];
	if (c->state != HUB_CHAIN_WHOLE || PQgetisnull(r, 0, 2))
		return; /* the first fault is reported; or no entries at all */
	long long seq = strtoll(PQgetvalue(r, 0, 2), NULL, 10);
	if (seq != w->last_seq + 1) {
		c->state = HUB_CHAIN_GAP;
		c->at = w->last_seq + 1;
		return;
	}
	/* version 2 since the workstation's migration 010, version 1 before it:
	 * once an entry is version 2, every later one must be */
	char hash[AUDIT_HASH_HEX];
	audit_chain_hash(w->prev, seq, 2, val(r, 3), val(r, 4), val(r, 5), val(r, 6), val(r, 7),
			 val(r, 8), val(r, 9), hash);
	if (strcmp(PQgetvalue(r, 0, 11), hash) == 0) {
		w->v2 = 1;
	} else if (!w->v2) {
		audit_chain_hash(w->prev, seq, 1, val(r, 3), val(r, 4), val(r, 5), val(r, 6),
				 val(r, 7), val(r, 8), val(r, 9), hash);
	}
	if (strcmp(PQgetvalue(r, 0, 10), w->prev) != 0) {
		c->state = HUB_CHAIN_BROKEN;
		c->at = seq;
	} else if (strcmp(PQgetvalue(r, 0, 11), hash) != 0) {
		c->state = HUB_CHAIN_CHANGED;
		c->at = seq;
	} else {
		memcpy(w->prev, hash, sizeof hash);
		w->last_seq = seq;
		c->entries++;
	}
}

/* Reads the rows one at a time (a hub holds millions of entries). */
static enum gp_status walk_rows(struct hub *h, struct walk *w, struct gp_err *e)
{
	if (!PQsendQuery(h->c, chains_sql) || !PQsetSingleRowMode(h->c))
		return hub_pq_fail(NULL, h, _("het lezen van het logboek"), e);
	enum gp_status s = GP_OK;
	PGresult *r;
	while ((r = PQgetResult(h->c)) != NULL) {
		ExecStatusType st = PQresultStatus(r);
		if (st == PGRES_SINGLE_TUPLE && s == GP_OK) {
			const char *id = PQgetvalue(r, 0, 0);
			if ((w->n == 0 || strcmp(w->list[w->n - 1].workstation_id, id) != 0) &&
			    next_workstation(w, r) != 0)
				s = gp_fail(e, GP_EINTERNAL, "%s", _("Geen geheugen meer vrij."));
			else
				check_entry(w, r);
		} else if (st != PGRES_SINGLE_TUPLE && st != PGRES_TUPLES_OK && s == GP_OK) {
			s = hub_pq_fail(r, h, _("het lezen van het logboek"), e);
			continue; /* cleared */
		}
		PQclear(r);
	}
	return s;
}

enum gp_status hub_check_chains(struct hub *h, struct hub_chain **out, int *n,
				struct gp_err *e)
{
	*out = NULL;
	*n = 0;
	int version = 0;
	enum gp_status s = hub_schema_version(h, &version, e);
	if (s != GP_OK)
		return s;
	if (version == 0)
		return gp_fail(e, GP_EINPUT, "%s",
			       _("Deze database heeft nog geen hub; maak haar met 'groeipad hub "
				 "init'."));
	if (version > hub_schema_latest())
		return gp_fail(e, GP_ECORRUPT,
			       _("Deze hub heeft een nieuwer schema (versie %d) dan deze versie van "
				 "groeipad kent (%d). Gebruik de nieuwere versie van groeipad; er is "
				 "niets veranderd."), version, hub_schema_latest());
	PGresult *r = PQexec(h->c, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
	if (PQresultStatus(r) != PGRES_COMMAND_OK)
		return hub_pq_fail(r, h, _("het lezen van het logboek"), e);
	PQclear(r);
	struct walk w = {0};
	s = walk_rows(h, &w, e);
	PQclear(PQexec(h->c, "ROLLBACK"));
	if (s != GP_OK) {
		free(w.list);
		return s;
	}
	*out = w.list;
	*n = w.n;
	return GP_OK;
}
