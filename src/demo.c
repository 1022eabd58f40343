/* demo.c — see demo.h.  The lists (names, places, organisations, the team)
 * come from data/demo/, so the demo can be made more local without
 * recompiling; the households are made in demo_family.c, their care history
 * in demo_history.c. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "account.h"
#include "audit.h"
#include "demo.h"
#include "demo_giz.h"
#include "demo_handover.h"
#include "demo_impl.h"
#include "duecache.h"
#include "i18n.h"
#include "org.h"
#include "refdata.h"
#include "text.h"

static int read_name(void *vctx, char **f, int nf, int line, struct gp_err *e)
{
	struct demo *d = vctx;
	if (nf < 3) {
		gp_fail(e, GP_ECORRUPT, _("data/demo/namen.tsv regel %d: te weinig kolommen"), line);
		return -1;
	}
	struct demo_origin *o = NULL;
	for (int i = 0; i < d->norigins; i++)
		if (strcmp(d->origins[i].code, f[0]) == 0)
			o = &d->origins[i];
	if (!o) {
		if (d->norigins == DEMO_MAX_ORIGINS)
			return -1;
		o = &d->origins[d->norigins++];
		text_copy(o->code, sizeof o->code, f[0]);
	}
	if (strcmp(f[1], "aandeel") == 0) {
		o->share = (int)strtol(f[2], NULL, 10);
	} else if (strcmp(f[1], "taal") == 0) {
		text_copy(o->language, sizeof o->language, f[2]);
	} else if (strcmp(f[1], "m") == 0 && o->nboys < DEMO_MAX_NAMES) {
		o->boys[o->nboys++] = strdup(f[2]);
	} else if (strcmp(f[1], "v") == 0 && o->ngirls < DEMO_MAX_NAMES) {
		o->girls[o->ngirls++] = strdup(f[2]);
	} else if (strcmp(f[1], "achternaam") == 0 && o->nfamily < DEMO_MAX_NAMES) {
		o->prefix[o->nfamily] = strdup(nf > 3 ? f[3] : "");
		o->female[o->nfamily] = strdup(nf > 4 ? f[4] : "");
		o->family[o->nfamily++] = strdup(f[2]);
	}
	return 0;
}

static int read_place(void *vctx, char **f, int nf, int line, struct gp_err *e)
{
	struct demo *d = vctx;
	if (nf < 5 || d->nplaces == DEMO_MAX_PLACES) {
		gp_fail(e, GP_ECORRUPT, _("data/demo/plaatsen.tsv regel %d: verwacht 5 kolommen"),
			line);
		return -1;
	}
	struct demo_place *p = &d->places[d->nplaces++];
	text_copy(p->city, sizeof p->city, f[0]);
	p->pc_from = (int)strtol(f[1], NULL, 10);
	p->pc_to = (int)strtol(f[2], NULL, 10);
	p->weight = (int)strtol(f[3], NULL, 10);
	if (p->weight < 1)
		p->weight = 1;
	d->place_weights += p->weight;
	char *save;
	for (char *s = strtok_r(f[4], ",", &save); s && p->nstreets < 16;
	     s = strtok_r(NULL, ",", &save))
		p->streets[p->nstreets++] = strdup(s);
	return 0;
}

static void keep_org(struct demo_org *list, int *n, const struct org *o)
{
	if (*n == DEMO_MAX_ORGS)
		return;
	memcpy(list[*n].id, o->id, DB_ID_LEN);
	text_copy(list[*n].city, sizeof list[*n].city, o->city);
	(*n)++;
}

static int read_org(void *vctx, char **f, int nf, int line, struct gp_err *e)
{
	struct demo *d = vctx;
	if (nf < 3) {
		gp_fail(e, GP_ECORRUPT, _("data/demo/organisaties.tsv regel %d: verwacht 3 kolommen"),
			line);
		return -1;
	}
	struct org o = {0};
	text_copy(o.kind, sizeof o.kind, f[0]);
	text_copy(o.name, sizeof o.name, f[1]);
	text_copy(o.city, sizeof o.city, f[2]);
	snprintf(o.phone, sizeof o.phone, "030-%07d", rng_range(&d->rng, 1000000, 9999999));
	o.contracted = 1;
	o.active = 1;
	account_act_as(d->db, &d->admin); /* the sociale kaart is the beheerder's */
	enum gp_status s = org_create(d->db, &o, e);
	account_act_as(d->db, &d->self);
	if (s != GP_OK)
		return -1;
	const char *level = nf > 3 ? f[3] : "";
	if (strcmp(o.kind, "huisarts") == 0)
		keep_org(d->gps, &d->ngps, &o);
	else if (strcmp(o.kind, "school") == 0 && strcmp(level, "vo") == 0)
		keep_org(d->vo, &d->nvo, &o);
	else if (strcmp(o.kind, "school") == 0)
		keep_org(d->po, &d->npo, &o);
	else if (strcmp(o.kind, "kinderopvang") == 0)
		keep_org(d->opvang, &d->nopvang, &o);
	else if (strcmp(level, "gi") == 0 && !d->gi_id[0])
		text_copy(d->gi_id, sizeof d->gi_id, o.id);
	return 0;
}

/* The team: the demo account first (made with its password), the others
 * sharing its password hash, so the demo needs one Argon2id hash only. */
static int read_staff(void *vctx, char **f, int nf, int line, struct gp_err *e)
{
	static const char copy_sql[] =
		"INSERT INTO accounts(id, username, display_name, role, password_hash, created_at, "
		"updated_at) VALUES (?1, ?2, ?3, ?4, "
		"(SELECT password_hash FROM accounts WHERE id = ?6), ?5, ?5)";
	struct demo *d = vctx;
	if (nf < 4 || d->nstaff == DEMO_MAX_STAFF) {
		gp_fail(e, GP_ECORRUPT, _("data/demo/medewerkers.tsv regel %d: verwacht 4 kolommen"),
			line);
		return -1;
	}
	struct demo_staff *m = &d->staff[d->nstaff];
	text_copy(m->towns, sizeof m->towns, strcmp(f[3], "-") == 0 ? "" : f[3]);
	if (d->nstaff == 0) {
		struct account a;
		if (account_create_demo(d->db, f[0], f[1], f[2], "demo", &a, e) != GP_OK)
			return -1;
		d->self = a;
		memcpy(m->id, a.id, DB_ID_LEN);
		/* Two accounts with names that say their role, for trying the
		 * roles of src/perm.h: "beheer" (the beheerder, who makes the
		 * sociale kaart below) and "assistent", password "demo".  Their ids come
		 * from the ordinary random source, so every record after them has
		 * the id it has in a demo without them. */
		struct rng *ids = d->db->idrng;
		struct account assistent;
		d->db->idrng = NULL;
		enum gp_status s = account_create_demo(d->db, "beheer", "Demo Beheerder", "beheerder",
						       "demo", &d->admin, e);
		if (s == GP_OK)
			s = account_create_demo(d->db, "assistent", "Demo Assistent", "assistent",
						"demo", &assistent, e);
		d->db->idrng = ids;
		if (s != GP_OK)
			return -1;
		account_act_as(d->db, &a);
	} else {
		char now[DB_TIME_LEN];
		db_new_id(d->db, m->id);
		db_now(d->db, now);
		sqlite3_stmt *st = db_stmt(d->db, copy_sql, e);
		if (!st)
			return -1;
		db_bind_id(st, 1, m->id);
		for (int i = 0; i < 3; i++)
			sqlite3_bind_text(st, i + 2, f[i], -1, SQLITE_TRANSIENT);
		db_bind_time(st, 5, now);
		db_bind_id(st, 6, d->staff[0].id);
		int rc = sqlite3_step(st);
		sqlite3_reset(st);
		if (rc != SQLITE_DONE) {
			db_error(d->db, rc, _("het demoteam aanmaken"), e);
			return -1;
		}
	}
	d->nstaff++;
	return 0;
}

static void free_demo(struct demo *d)
{
	for (int i = 0; i < d->norigins; i++) {
		struct demo_origin *o = &d->origins[i];
		for (int j = 0; j < o->nboys; j++)
			free(o->boys[j]);
		for (int j = 0; j < o->ngirls; j++)
			free(o->girls[j]);
		for (int j = 0; j < o->nfamily; j++) {
			free(o->family[j]);
			free(o->prefix[j]);
			free(o->female[j]);
		}
	}
	for (int i = 0; i < d->nplaces; i++)
		for (int j = 0; j < d->places[i].nstreets; j++)
			free(d->places[i].streets[j]);
}

static enum gp_status read_list(struct demo *d, const char *datadir, const char *name,
				tsv_row_fn fn, struct gp_err *e)
{
	char path[PATH_MAX];
	snprintf(path, sizeof path, "%s/demo/%s", datadir, name);
	return tsv_read(path, fn, d, e);
}

static enum gp_status load_lists(struct demo *d, const char *datadir, struct gp_err *e)
{
	enum gp_status s = read_list(d, datadir, "medewerkers.tsv", read_staff, e);
	if (s == GP_OK && d->nstaff == 0)
		s = gp_fail(e, GP_ECORRUPT, _("%s/demo/medewerkers.tsv is leeg."), datadir);
	if (s == GP_OK)
		s = read_list(d, datadir, "namen.tsv", read_name, e);
	if (s == GP_OK)
		s = read_list(d, datadir, "plaatsen.tsv", read_place, e);
	if (s == GP_OK && (d->norigins == 0 || d->nplaces == 0))
		s = gp_fail(e, GP_ECORRUPT, _("De demogegevens in %s/demo zijn leeg."), datadir);
	for (int i = 0; s == GP_OK && i < d->norigins; i++)
		if (!d->origins[i].nboys || !d->origins[i].ngirls || !d->origins[i].nfamily)
			s = gp_fail(e, GP_ECORRUPT, _("%s/demo/namen.tsv: herkomst %s mist namen."),
				    datadir, d->origins[i].code);
	if (s == GP_OK)
		s = read_list(d, datadir, "organisaties.tsv", read_org, e);
	return s;
}

/* Computes every child's due list into the due cache (duecache.h). */
static enum gp_status fill_due_cache(struct db *db, const char *datadir, struct gp_date today,
				     struct gp_err *e)
{
	struct schedule *sched;
	enum gp_status s = schedule_load(datadir, &sched, e);
	if (s == GP_OK)
		s = due_cache_refresh(db, sched, today, NULL, e);
	schedule_free(sched);
	return s;
}

enum gp_status demo_fill(struct db *db, const struct demo_options *opt, struct gp_err *e)
{
	struct demo *d = calloc(1, sizeof *d);
	if (!d)
		return gp_fail(e, GP_EINTERNAL, _("Onvoldoende geheugen."));
	d->db = db;
	d->today = date_today();
	rng_seed(&d->rng, opt->seed);

	/* Ids and timestamps repeat for the same seed and day. */
	struct rng idrng;
	rng_seed(&idrng, opt->seed ^ 0x5DEECE66DULL);
	db->idrng = &idrng;
	db->id_ms = date_to_days(d->today) * 86400000LL + 9 * 3600000LL;
	char today[11];
	date_fmt_iso(d->today, today);
	snprintf(db->fixed_now, sizeof db->fixed_now, "%sT09:00:00", today);

	/* The team and the sociale kaart are saved the ordinary way, with
	 * their audit entries; the families in one bulk transaction. */
	enum gp_status s = db_begin(db, e);
	if (s == GP_OK)
		s = load_lists(d, opt->datadir, e);
	if (s == GP_OK)
		s = db_setting_set(db, "demo", "1", e);
	if (s == GP_OK)
		s = db_commit(db, e);
	else
		db_rollback(db);
	if (s == GP_OK)
		s = demo_history_new(db, opt->datadir, opt->seed, &d->history, e);
	if (s == GP_OK)
		s = db_bulk_begin(db, e);
	if (s == GP_OK)
		s = db_begin(db, e);
	while (s == GP_OK && d->made < opt->children)
		s = demo_make_family(d, opt->children - d->made, e);
	int handovers = 0;
	if (s == GP_OK) /* the history's indexes, before GIZ and the handovers read them */
		s = db_bulk_rebuild(db, e);
	if (s == GP_OK) /* first, so a handover's summary has the child's GIZ */
		s = demo_giz(db, d->today, opt->seed, e);
	if (s == GP_OK)
		s = demo_handovers(db, opt->datadir, opt->seed, &handovers, e);
	if (s == GP_OK)
		s = db_commit(db, e);
	else
		db_rollback(db);
	if (s == GP_OK) /* what is due, so the first Vandaag need not compute it */
		s = fill_due_cache(db, opt->datadir, d->today, e);
	if (s == GP_OK)
		s = db_bulk_end(db, e);
	if (s == GP_OK) {
		char detail[64];
		snprintf(detail, sizeof detail, "demo: %d kinderen, seed %llu", d->made, opt->seed);
		s = audit_log(db, NULL, "create", detail, e);
	}
	db->idrng = NULL;
	db->fixed_now[0] = '\0';
	demo_history_free(d->history);
	free_demo(d);
	free(d);
	return s;
}
