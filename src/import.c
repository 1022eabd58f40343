/* import.c — see import.h.  Two passes over the files: the first checks
 * every record, matches it and reports what would change; the second (not
 * for a dry run, nor when a record is bad without skip_bad) reads them
 * again and stores them in one transaction.  Records are never all held in
 * memory: a birth list of 100,000 rows is read one row at a time, twice. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "audit.h"
#include "growth.h"
#include "i18n.h"
#include "import.h"
#include "perm.h"
#include "import_rec.h"
#include "text.h"

/* From this many records on, the search index is rebuilt once at the end. */
enum { IMPORT_DEFER_INDEX = 2000 };

/* ---- a small string map (BSNs and names seen in this import) ---------------------- */

struct strmap {
	char **keys;  /* NULL: empty slot */
	char **vals;
	size_t cap, n;
};

static size_t hash(const char *s)
{
	size_t h = 1469598103934665603ull;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ull;
	return h;
}

static const char *map_get(const struct strmap *m, const char *key)
{
	if (!m->cap)
		return NULL;
	for (size_t i = hash(key) & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
		if (!m->keys[i])
			return NULL;
		if (strcmp(m->keys[i], key) == 0)
			return m->vals[i];
	}
}

static int map_put(struct strmap *m, const char *key, const char *val)
{
	if ((m->n + 1) * 2 > m->cap) {
		struct strmap big = {0};
		big.cap = m->cap ? m->cap * 2 : 1024;
		big.keys = calloc(big.cap, sizeof *big.keys);
		big.vals = calloc(big.cap, sizeof *big.vals);
		if (!big.keys || !big.vals) {
			free(big.keys);
			free(big.vals);
			return -1;
		}
		for (size_t i = 0; i < m->cap; i++) {
			if (!m->keys[i])
				continue;
			size_t j = hash(m->keys[i]) & (big.cap - 1);
			while (big.keys[j])
				j = (j + 1) & (big.cap - 1);
			big.keys[j] = m->keys[i];
			big.vals[j] = m->vals[i];
		}
		big.n = m->n;
		free(m->keys);
		free(m->vals);
		*m = big;
	}
	size_t i = hash(key) & (m->cap - 1);
	while (m->keys[i] && strcmp(m->keys[i], key) != 0)
		i = (i + 1) & (m->cap - 1);
	char *v = strdup(val);
	if (!v)
		return -1;
	if (m->keys[i]) {
		free(m->vals[i]);
		m->vals[i] = v;
		return 0;
	}
	if (!(m->keys[i] = strdup(key))) {
		free(v);
		return -1;
	}
	m->vals[i] = v;
	m->n++;
	return 0;
}

static void map_free(struct strmap *m)
{
	for (size_t i = 0; i < m->cap; i++) {
		free(m->keys[i]);
		free(m->vals[i]);
	}
	free(m->keys);
	free(m->vals);
	memset(m, 0, sizeof *m);
}

/* ---- the import ---------------------------------------------------------------------- */

struct imp {
	struct db *db;
	const struct import_options *opt;
	struct import_summary *sum;
	struct refdata *nl, *en;     /* code lists */
	struct growth_ref *growth;   /* to check imported measurements */
	int apply;                   /* second pass: store */
	const char *file;            /* the file being read */
	unsigned char *bad;          /* per record (first pass): not in order */
	size_t nrec, cap;            /* records seen, entries in bad */
	struct strmap seen_bsn;      /* BSN → line (first pass) */
	struct strmap seen_name;     /* folded names + birth date → line (first pass) */
	struct strmap new_parents;   /* parent key → parent id (second pass) or "" */
	struct child *old;           /* the child present (scratch) */
	struct child *merged;        /* what it becomes (scratch) */
	char changes[2048];          /* what changes in the current record */
	int nchanges;                /* how many (also when changes is full) */
};

static void note(struct imp *x, enum import_note_kind kind, long line, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

static void note(struct imp *x, enum import_note_kind kind, long line, const char *fmt, ...)
{
	if (x->apply)
		return; /* every note was given in the first pass */
	char text[2048];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(text, sizeof text, fmt, ap);
	va_end(ap);
	if (kind == IMPORT_WARN)
		x->sum->warnings++;
	if (x->opt->report) {
		struct import_note n = {kind, x->file, line, text};
		x->opt->report(x->opt->ctx, &n);
	}
}

/* Appends "label 'old' → 'new'" to x->changes when they differ. */
static int change(struct imp *x, const char *label, const char *before, const char *after)
{
	if (strcmp(before, after) == 0)
		return 0;
	x->nchanges++;
	size_t used = strlen(x->changes);
	if (used + 8 < sizeof x->changes)
		snprintf(x->changes + used, sizeof x->changes - used, "%s%s '%s' → '%s'",
			 used ? ", " : "", label, before, after);
	return 1;
}

/* Takes a text the file gives (non-empty) into `into`, noting the change. */
static void take_text(struct imp *x, const char *label, char *into, size_t intosz,
		      const char *given)
{
	if (!*given)
		return;
	change(x, label, into, given);
	text_copy(into, intosz, given);
}

static void take_int(struct imp *x, const char *label, int *into, int given, int given_set)
{
	char a[24], b[24];
	if (!given_set)
		return;
	snprintf(a, sizeof a, "%d", *into);
	snprintf(b, sizeof b, "%d", given);
	change(x, label, *into ? a : "", b);
	*into = given;
}

static void take_date(struct imp *x, const char *label, struct gp_date *into, struct gp_date given)
{
	char a[11] = "", b[11];
	if (!given.y)
		return;
	if (into->y)
		date_fmt_nl(*into, a);
	date_fmt_nl(given, b);
	change(x, label, a, b);
	*into = given;
}

/* "Zoë de Vries" for messages. */
static void name_of(const struct child *c, char *out, size_t outsz)
{
	child_display_name(c->given_names, c->tussenvoegsel, c->family_name, out, outsz);
}

/* folded given|prefix|family|birth date: the same child without BSN */
static void name_key(const char *given, const char *prefix, const char *family,
		     struct gp_date birth, char *out, size_t outsz)
{
	char g[NAME_BUF], p[PREFIX_BUF], f[NAME_BUF], d[11] = "";
	text_fold(given, g, sizeof g);
	text_fold(prefix, p, sizeof p);
	text_fold(family, f, sizeof f);
	if (birth.y)
		date_fmt_iso(birth, d);
	snprintf(out, outsz, "%s|%s|%s|%s", g, p, f, d);
}

/* A child already present with the same names and birth date: its client
 * number, else 0.  Found through the sort key (folded names) and the birth
 * date, an index look-up however many children there are. */
static long long same_child(struct imp *x, const struct child *c)
{
	static const char sql[] =
		"SELECT client_no, coalesce(tussenvoegsel, '') FROM children "
		"WHERE sort_key = ?1 AND birth_date = ?2";
	char key[NAME_BUF * 2 + 2], d[11], want[PREFIX_BUF], have[PREFIX_BUF];
	child_sort_key(c, key, sizeof key);
	text_fold(c->tussenvoegsel, want, sizeof want);
	sqlite3_stmt *st = db_stmt(x->db, sql, NULL);
	if (!st)
		return 0;
	date_fmt_iso(c->birth_date, d);
	sqlite3_bind_text(st, 1, key, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 2, d, -1, SQLITE_TRANSIENT);
	long long found = 0;
	while (!found && sqlite3_step(st) == SQLITE_ROW) {
		text_fold((const char *)sqlite3_column_text(st, 1), have, sizeof have);
		if (strcmp(want, have) == 0)
			found = sqlite3_column_int64(st, 0);
	}
	sqlite3_reset(st);
	return found;
}

/* The id of a parent with this BSN, or "". */
static void parent_by_bsn(struct imp *x, const char *bsn, char id[DB_ID_LEN])
{
	static const char sql[] = "SELECT id FROM parents WHERE bsn = ?1 ORDER BY seq LIMIT 1";
	id[0] = '\0';
	sqlite3_stmt *st = db_stmt(x->db, sql, NULL);
	if (!st)
		return;
	sqlite3_bind_text(st, 1, bsn, -1, SQLITE_TRANSIENT);
	if (sqlite3_step(st) == SQLITE_ROW)
		db_col_id(st, 0, id);
	sqlite3_reset(st);
}

/* ---- the child ---------------------------------------------------------------- */

/* Finds the child present; returns 1 (x->old filled), 0 (new), -1 (bad). */
static int match_child(struct imp *x, struct import_rec *r)
{
	struct gp_err e = {0};
	char key[NAME_BUF * 3 + 16], line[24];
	snprintf(line, sizeof line, "%ld", r->line);
	if (r->child.bsn[0]) {
		const char *at = map_get(&x->seen_bsn, r->child.bsn);
		if (!x->apply && at) {
			import_rec_bad(r, _("het BSN %s staat ook op regel %s van dit bestand"),
				       r->child.bsn, at);
			return -1;
		}
		if (!x->apply)
			map_put(&x->seen_bsn, r->child.bsn, line);
		if (child_find_ref(x->db, r->child.bsn, x->old, &e) == GP_OK) {
			/* a BSN match with another birth date and family name is
			 * more likely a wrong BSN than a correction */
			char a[NAME_BUF], b[NAME_BUF];
			text_fold(x->old->family_name, a, sizeof a);
			text_fold(r->child.family_name, b, sizeof b);
			if (!x->apply && r->child.birth_date.y && r->child.family_name[0] &&
			    date_cmp(x->old->birth_date, r->child.birth_date) != 0 && strcmp(a, b) != 0) {
				char name[NAME_BUF * 3], born[11];
				name_of(x->old, name, sizeof name);
				date_fmt_nl(x->old->birth_date, born);
				import_rec_bad(r, _("het BSN %s hoort bij cliënt %lld (%s, geboren %s); "
						    "naam en geboortedatum verschillen: controleer het BSN"),
					       r->child.bsn, x->old->client_no, name, born);
				return -1;
			}
			return 1;
		}
	} else if (r->reference[0] && child_get(x->db, r->reference, x->old, &e) == GP_OK) {
		return 1;
	}
	if (x->apply)
		return 0;
	name_key(r->child.given_names, r->child.tussenvoegsel, r->child.family_name,
		 r->child.birth_date, key, sizeof key);
	/* the value is the line, with a 'b' in front when that row had a BSN:
	 * two rows with the same name and birth date are two children (twins
	 * given the same name do occur) when both have their own BSN */
	const char *at = map_get(&x->seen_name, key);
	int had_bsn = at && at[0] == 'b';
	if (at && !(had_bsn && r->child.bsn[0])) {
		import_rec_bad(r, _("hetzelfde kind (naam en geboortedatum) staat ook op regel %s; "
				    "zonder BSN kan groeipad ze niet uit elkaar houden"),
			       at + had_bsn);
		return -1;
	}
	if (!at) {
		char value[sizeof line + 1];
		snprintf(value, sizeof value, "%s%s", r->child.bsn[0] ? "b" : "", line);
		map_put(&x->seen_name, key, value);
	}
	if (!r->child.bsn[0]) {
		long long no = same_child(x, &r->child);
		if (no) {
			import_rec_bad(r, _("lijkt op cliënt %lld (zelfde naam en geboortedatum) maar "
					    "heeft geen BSN; voeg het BSN toe of werk het dossier met "
					    "de hand bij"), no);
			return -1;
		}
	}
	return 0;
}

/* x->merged: the child present with what the file gives. */
static void merge_child(struct imp *x, const struct import_rec *r)
{
	const struct child *g = &r->child;
	struct child *m = x->merged;
	*m = *x->old;
	take_text(x, _("BSN"), m->bsn, sizeof m->bsn, g->bsn);
	take_text(x, _("voornamen"), m->given_names, sizeof m->given_names, g->given_names);
	take_text(x, _("roepnaam"), m->call_name, sizeof m->call_name, g->call_name);
	take_text(x, _("tussenvoegsel"), m->tussenvoegsel, sizeof m->tussenvoegsel,
		  g->tussenvoegsel);
	take_text(x, _("achternaam"), m->family_name, sizeof m->family_name, g->family_name);
	take_int(x, _("geslacht"), &m->sex, g->sex, r->has_sex);
	take_date(x, _("geboortedatum"), &m->birth_date, g->birth_date);
	take_int(x, _("zwangerschapsduur"), &m->gestational_age_days, g->gestational_age_days,
		 g->gestational_age_days != 0);
	take_int(x, _("geboortegewicht"), &m->birth_weight_g, g->birth_weight_g,
		 g->birth_weight_g != 0);
	take_text(x, _("straat"), m->street, sizeof m->street, g->street);
	take_text(x, _("huisnummer"), m->house_number, sizeof m->house_number, g->house_number);
	take_text(x, _("postcode"), m->postcode, sizeof m->postcode, g->postcode);
	take_text(x, _("woonplaats"), m->city, sizeof m->city, g->city);
	take_text(x, _("telefoon"), m->phone, sizeof m->phone, g->phone);
}

/* ---- parents ---------------------------------------------------------------------- */

/* The key under which a new parent of this import is remembered (twins). */
static void parent_key(const struct parent *p, char *out, size_t outsz)
{
	if (p->bsn[0])
		snprintf(out, outsz, "bsn:%s", p->bsn);
	else
		name_key(p->given_names, p->tussenvoegsel, p->family_name, p->birth_date, out,
			 outsz);
}

/* What the file gives for a parent, over what is stored (m). */
static void merge_parent(struct imp *x, struct family_member *m, const struct import_parent *ip,
			 const char *who)
{
	const struct parent *g = &ip->m.parent;
	struct parent *p = &m->parent;
	char label[160];
#define LBL(s) (snprintf(label, sizeof label, "%s %s", who, (s)), label)
	take_text(x, LBL(_("voornamen")), p->given_names, sizeof p->given_names, g->given_names);
	take_text(x, LBL(_("tussenvoegsel")), p->tussenvoegsel, sizeof p->tussenvoegsel,
		  g->tussenvoegsel);
	take_text(x, LBL(_("achternaam")), p->family_name, sizeof p->family_name, g->family_name);
	take_date(x, LBL(_("geboortedatum")), &p->birth_date, g->birth_date);
	take_text(x, LBL(_("BSN")), p->bsn, sizeof p->bsn, g->bsn);
	take_text(x, LBL(_("telefoon")), p->phone, sizeof p->phone, g->phone);
	take_text(x, LBL(_("e-mail")), p->email, sizeof p->email, g->email);
	take_text(x, LBL(_("taal")), p->language, sizeof p->language, g->language);
	take_int(x, LBL(_("lengte")), &p->height_mm, g->height_mm, g->height_mm != 0);
	if (ip->has_gezag)
		change(x, LBL(_("gezag")), m->gezag ? _("ja") : _("nee"),
		       ip->m.gezag ? _("ja") : _("nee")), m->gezag = ip->m.gezag;
	if (ip->has_lives_with)
		change(x, LBL(_("woont bij kind")), m->lives_with ? _("ja") : _("nee"),
		       ip->m.lives_with ? _("ja") : _("nee")), m->lives_with = ip->m.lives_with;
#undef LBL
}

/* Gives each biological parent of the record its height from BDS 238/240;
 * a height with no parent to go to is reported. */
static void place_heights(struct imp *x, struct import_rec *r, const struct family_member *fam,
			  int nfam)
{
	const int bio[2] = {1, 2};
	const int mm[2] = {r->height_mother_mm, r->height_father_mm};
	for (int k = 0; k < 2; k++) {
		if (!mm[k])
			continue;
		int placed = 0;
		for (int i = 0; i < r->nparents && !placed; i++)
			if (bds_relation_biological(r->parents[i].m.relation) == bio[k]) {
				r->parents[i].m.parent.height_mm = mm[k];
				placed = 1;
			}
		for (int i = 0; i < nfam && !placed; i++)
			if (bds_relation_biological(fam[i].relation) == bio[k] &&
			    r->nparents < IMPORT_MAX_PARENTS) {
				struct import_parent *ip = &r->parents[r->nparents++];
				memset(ip, 0, sizeof *ip);
				text_copy(ip->m.relation, sizeof ip->m.relation, fam[i].relation);
				ip->m.parent.height_mm = mm[k];
				placed = 1;
			}
		if (!placed)
			note(x, IMPORT_WARN, r->line,
			     k == 0 ? _("de lengte van de moeder (BDS 238) is niet opgenomen: er is "
					"geen biologische moeder in het dossier of het bestand")
				    : _("de lengte van de vader (BDS 240) is niet opgenomen: er is "
					"geen biologische vader in het dossier of het bestand"));
	}
}

/* Whether a stored relation and one read from a file are the same: the
 * same word, or the same BDS 62 code (a stepfather went out as 98 and
 * comes back as "anders"). */
static int same_relation(const char *stored, const char *read)
{
	const char *a = bds_relation_out(stored), *b = bds_relation_out(read);
	return strcmp(stored, read) == 0 || (a && b && strcmp(a, b) == 0);
}

/* Checks (first pass) or stores (second) the parents of a record for the
 * child `child_id` ("" for a child not stored yet).  Returns GP_OK, or a
 * failure with the record marked bad (first pass) or e set (second). */
static enum gp_status do_parents(struct imp *x, struct import_rec *r, const char *child_id,
				 const struct family_member *fam, int nfam, struct gp_err *e)
{
	for (int i = 0; i < r->nparents; i++) {
		struct import_parent *ip = &r->parents[i];
		const char *rel = refdata_label(x->nl, "relatie", ip->m.relation);
		/* 1. a parent of this child: same BSN, else the same relation and the
		 * same name and birth date, else the same relation when the child
		 * has only one person in it (BDS writes every carer who is not a
		 * biological parent as 98 "anders": two of them are told apart by
		 * who they are, never by their order) */
		int at = -1, same_rel = 0;
		char ikey[NAME_BUF * 3 + 32], fkey[NAME_BUF * 3 + 32];
		parent_key(&ip->m.parent, ikey, sizeof ikey);
		for (int k = 0; k < nfam && at < 0; k++)
			if (ip->m.parent.bsn[0] && strcmp(fam[k].parent.bsn, ip->m.parent.bsn) == 0)
				at = k;
		for (int k = 0; k < nfam; k++) {
			if (!same_relation(fam[k].relation, ip->m.relation))
				continue;
			same_rel++;
			parent_key(&fam[k].parent, fkey, sizeof fkey);
			if (at < 0 && strcmp(fkey, ikey) == 0)
				at = k;
			/* without identity (what JAMES gets) only the birth date is left */
			if (at < 0 && !ip->m.parent.given_names[0] && !ip->m.parent.bsn[0] &&
			    ip->m.parent.birth_date.y &&
			    date_cmp(fam[k].parent.birth_date, ip->m.parent.birth_date) == 0)
				at = k;
		}
		for (int k = 0; k < nfam && at < 0 && same_rel == 1; k++)
			if (same_relation(fam[k].relation, ip->m.relation) &&
			    (!ip->m.parent.bsn[0] || !fam[k].parent.bsn[0]))
				at = k;
		if (at >= 0) {
			struct family_member m = fam[at];
			int before = x->nchanges;
			merge_parent(x, &m, ip, rel);
			if (x->nchanges == before)
				continue; /* nothing new for this parent */
			struct gp_err pe = {0};
			if (parent_validate(&m.parent, &pe) != GP_OK) {
				import_rec_bad(r, "%s: %s", rel, pe.msg);
				return GP_EINPUT;
			}
			if (x->apply) {
				enum gp_status s = family_save_member(x->db, NULL, &m, e);
				if (s != GP_OK)
					return s;
			}
			continue;
		}
		/* 2. a person already known: by BSN, or new earlier in this import */
		char key[NAME_BUF * 3 + 32], id[DB_ID_LEN] = "";
		parent_key(&ip->m.parent, key, sizeof key);
		if (ip->m.parent.bsn[0])
			parent_by_bsn(x, ip->m.parent.bsn, id);
		const char *earlier = map_get(&x->new_parents, key);
		if (!id[0] && earlier)
			text_copy(id, sizeof id, earlier);
		int named = ip->m.parent.given_names[0] && ip->m.parent.family_name[0];
		if (id[0] || (earlier && !x->apply)) {
			if (x->apply && (child_link_parent(x->db, child_id, id, ip->m.relation,
							    ip->has_gezag && ip->m.gezag,
							    ip->has_lives_with ? ip->m.lives_with : 1,
							    e) != GP_OK))
				return e ? e->code : GP_EINTERNAL;
			change(x, rel, "", _("gekoppeld aan een bekende ouder"));
			continue;
		}
		/* 3. a new person */
		if (!named) {
			note(x, IMPORT_WARN, r->line, _("%s zonder naam is niet opgenomen: vul de "
							"ouder aan in Gezin"), rel);
			continue;
		}
		struct family_member m = ip->m;
		m.gezag = ip->has_gezag && ip->m.gezag;
		m.lives_with = ip->has_lives_with ? ip->m.lives_with : 1;
		struct gp_err pe = {0};
		if (parent_validate(&m.parent, &pe) != GP_OK) {
			import_rec_bad(r, "%s: %s", rel, pe.msg);
			return GP_EINPUT;
		}
		char who[NAME_BUF * 3];
		child_display_name(m.parent.given_names, m.parent.tussenvoegsel,
				   m.parent.family_name, who, sizeof who);
		change(x, rel, "", who);
		if (!x->apply) {
			map_put(&x->new_parents, key, "");
			continue;
		}
		enum gp_status s = family_save_member(x->db, child_id, &m, e);
		if (s != GP_OK)
			return s;
		map_put(&x->new_parents, key, m.parent.id);
	}
	return GP_OK;
}

/* ---- measurements ------------------------------------------------------------------ */

/* Checks the measurements of a record; stores the new ones (second pass).
 * Existing measurements with the same date and values are not added again. */
static enum gp_status do_measurements(struct imp *x, struct import_rec *r, const struct child *c,
				      int present, struct gp_err *e)
{
	if (r->nmeas == 0)
		return GP_OK;
	struct measurement *have = NULL;
	int nhave = 0;
	if (present && measurement_list(x->db, c->id, &have, &nhave, e) != GP_OK)
		return e ? e->code : GP_EINTERNAL;
	struct measurement_growth *g = calloc((size_t)r->nmeas, sizeof *g);
	if (!g) {
		free(have);
		return gp_fail(e, GP_EINTERNAL, _("Er is onvoldoende geheugen."));
	}
	measurement_growth_list(x->growth, c->sex, c->birth_date, r->meas, r->nmeas, g);
	int added = 0;
	enum gp_status s = GP_OK;
	for (int i = 0; i < r->nmeas && s == GP_OK; i++) {
		struct measurement *m = &r->meas[i];
		char d[11];
		date_fmt_nl(m->measured_on, d);
		if (date_cmp(m->measured_on, c->birth_date) < 0 ||
		    date_cmp(m->measured_on, x->opt->today) > 0) {
			import_rec_bad(r, _("een meting van %s ligt voor de geboorte of na vandaag"), d);
			s = GP_EINPUT;
			break;
		}
		if ((m->length_mm && (m->length_mm < 300 || m->length_mm > 2200)) ||
		    (m->weight_g && (m->weight_g < 300 || m->weight_g > 200000)) ||
		    (m->head_mm && (m->head_mm < 200 || m->head_mm > 650))) {
			import_rec_bad(r, _("een meting van %s ligt buiten wat kan (lengte 30–220 cm, "
					    "gewicht 0,3–200 kg, hoofdomtrek 20–65 cm)"), d);
			s = GP_EINPUT;
			break;
		}
		int dup = 0;
		for (int k = 0; k < nhave && !dup; k++)
			dup = date_cmp(have[k].measured_on, m->measured_on) == 0 &&
			      (!m->length_mm || have[k].length_mm == m->length_mm) &&
			      (!m->weight_g || have[k].weight_g == m->weight_g) &&
			      (!m->head_mm || have[k].head_mm == m->head_mm);
		if (dup)
			continue;
		added++;
		m->flags = g[i].flags;
		if (m->flags) {
			note(x, IMPORT_WARN, r->line, _("de meting van %s valt op (%s); opgeslagen met "
							"een markering"), d,
			     measurement_growth_remark(&g[i]) ? measurement_growth_remark(&g[i])
							      : _("controleer de waarden"));
			text_copy(m->confirmed_by, sizeof m->confirmed_by, x->db->actor_id);
		}
		if (x->apply)
			s = measurement_add(x->db, c->id, m, e);
	}
	if (s == GP_OK && added) {
		char what[64];
		snprintf(what, sizeof what, _("%d meting(en)"), added);
		change(x, _("groei"), "", what);
	}
	free(g);
	free(have);
	return s;
}

/* ---- one record ---------------------------------------------------------------------- */

/* Checks or stores one record.  Returns GP_OK (also for a bad record in
 * the first pass: r->why says why), or a failure of the second pass. */
static enum gp_status process(struct imp *x, struct import_rec *r, struct gp_err *e)
{
	x->changes[0] = '\0';
	x->nchanges = 0;
	if (r->why[0])
		return GP_EINPUT;
	int present = match_child(x, r);
	if (present < 0)
		return GP_EINPUT;
	struct gp_err ve = {0};
	struct child *c = x->merged;
	if (present) {
		merge_child(x, r);
		if (r->pc4[0] && c->postcode[0] && strncmp(c->postcode, r->pc4, 4) != 0)
			note(x, IMPORT_WARN, r->line, _("postcode in het bestand begint met %s, in het "
							"dossier staat %s: niet gewijzigd"), r->pc4,
			     c->postcode);
		else if (r->pc4[0] && !c->postcode[0])
			take_text(x, _("postcodegebied"), c->postcode_area, sizeof c->postcode_area,
				  r->pc4);
	} else {
		if (!r->child.given_names[0] || !r->child.family_name[0]) {
			import_rec_bad(r, "%s", _("geen kind met dit BSN of deze referentie, en geen naam "
						  "(BDS 6 en 2) om een nieuw dossier mee te maken; "
						  "exporteer met --identity"));
			return GP_EINPUT;
		}
		*c = r->child;
		c->id[0] = '\0';
		text_copy(c->status, sizeof c->status, "actief");
		if (r->pc4[0] && !c->postcode[0]) {
			text_copy(c->postcode_area, sizeof c->postcode_area, r->pc4);
			note(x, IMPORT_WARN, r->line, _("alleen de cijfers van de postcode (%s) staan in "
							"het bestand; vul de letters aan in het "
							"dossier"), r->pc4);
		}
	}
	if (child_validate(c, x->opt->today, &ve) != GP_OK) {
		import_rec_bad(r, "%s", ve.msg);
		return GP_EINPUT;
	}
	if (r->ignored[0])
		note(x, IMPORT_WARN, r->line, _("BDS-elementen die groeipad niet bewaart, zijn "
						"overgeslagen: %s"), r->ignored);
	struct family_member *fam = NULL;
	int nfam = 0;
	if (present && child_family(x->db, x->old->id, &fam, &nfam, e) != GP_OK)
		return e ? e->code : GP_EINTERNAL;
	place_heights(x, r, fam, nfam);
	int child_changed = x->nchanges != 0;
	enum gp_status s = GP_OK;
	if (x->apply) {
		s = present ? (child_changed ? child_update(x->db, c, e) : GP_OK)
			    : child_create(x->db, c, e);
	}
	if (s == GP_OK)
		s = do_parents(x, r, x->apply ? c->id : "", fam, nfam, e);
	if (s == GP_OK)
		s = do_measurements(x, r, present ? x->old : c, present, e);
	free(fam);
	if (s != GP_OK)
		return s;
	char name[NAME_BUF * 3];
	name_of(present ? x->old : c, name, sizeof name);
	if (present && x->nchanges)
		note(x, IMPORT_CHANGE, r->line, _("cliënt %lld (%s): %s"), x->old->client_no, name,
		     x->changes);
	if (x->apply) {
		char detail[2600];
		snprintf(detail, sizeof detail, "%s line %ld: %s%s%s", x->file, r->line,
			 present ? (x->nchanges ? "changed" : "unchanged") : "new",
			 x->nchanges && present ? ": " : "", present ? x->changes : "");
		s = audit_log(x->db, present ? x->old->id : c->id, "import", detail, e);
		if (s != GP_OK)
			return s;
	}
	if (!present)
		x->sum->created++;
	else if (x->nchanges)
		x->sum->changed++;
	else
		x->sum->unchanged++;
	return GP_OK;
}

/* ---- the files ----------------------------------------------------------------------- */

/* Marks record number x->nrec bad (first pass). */
static void mark_bad(struct imp *x)
{
	if (x->nrec >= x->cap) {
		size_t cap = x->cap ? x->cap * 2 : 4096;
		while (cap <= x->nrec)
			cap *= 2;
		unsigned char *b = realloc(x->bad, cap);
		if (!b)
			return;
		memset(b + x->cap, 0, cap - x->cap);
		x->bad = b;
		x->cap = cap;
	}
	x->bad[x->nrec] = 1;
}

static int was_bad(const struct imp *x)
{
	return x->nrec < x->cap && x->bad[x->nrec];
}

/* One record through the pass; a bad one is reported (first pass). */
static enum gp_status one(struct imp *x, struct import_rec *r, struct gp_err *e)
{
	x->nrec++;
	if (x->apply && was_bad(x))
		return GP_OK;
	if (!x->apply)
		x->sum->records++;
	enum gp_status s = process(x, r, e);
	if (!x->apply && s == GP_EINPUT) {
		mark_bad(x);
		x->sum->bad++;
		note(x, IMPORT_BAD, r->line, "%s", r->why);
		return GP_OK;
	}
	if (x->apply && s == GP_EINPUT && r->why[0])
		return gp_fail(e, GP_EINPUT, _("%s regel %ld: %s"), x->file, r->line, r->why);
	return s;
}

static enum gp_status one_file(struct imp *x, const char *path, int *file_bad,
			       struct import_rec *r, struct gp_err *e)
{
	struct gp_err fe = {0};
	enum gp_status s = GP_OK;
	long long before = x->sum->records;
	x->file = path;
	if (x->apply && *file_bad)
		return GP_OK;
	if (import_is_json(path)) {
		struct import_bds *b;
		if (import_bds_open(&b, path, &fe) != GP_OK) {
			*file_bad = 1;
		} else {
			while (s == GP_OK && import_bds_next(b, r) == 1)
				s = one(x, r, e);
			import_bds_close(b);
			if (s == GP_OK && x->sum->records == before && !x->apply)
				note(x, IMPORT_WARN, 0, "%s", _("er staat geen enkel kind in"));
			if (!x->apply)
				note(x, IMPORT_FILE, 0, _("%lld kind(eren) in BDS JSON gelezen"),
				     x->sum->records - before);
		}
	} else {
		struct import_csv c;
		if (import_csv_open(&c, path, x->opt->encoding, x->nl, x->en, &fe) != GP_OK) {
			*file_bad = 1;
		} else {
			if (!x->apply && c.file.warning[0])
				note(x, IMPORT_WARN, 0, "%s", c.file.warning);
			if (!x->apply && c.unknown[0])
				note(x, IMPORT_WARN, 1, _("deze kolommen kent groeipad niet en worden "
							  "overgeslagen: %s"), c.unknown);
			while (s == GP_OK && import_csv_next(&c, r) == 1)
				s = one(x, r, e);
			if (!x->apply) {
				const char *sep = c.rd.sep == ';' ? ";" : c.rd.sep == ',' ? "," : "tab";
				note(x, IMPORT_FILE, 0, _("%lld regel(s) gelezen (%s%s, scheidingsteken "
							  "'%s')"), x->sum->records - before,
				     c.file.utf16 ? "UTF-16" : text_encoding_name(c.file.enc),
				     c.file.had_bom && !c.file.utf16 ? _(" met BOM") : "", sep);
			}
			import_csv_close(&c);
		}
	}
	if (*file_bad && !x->apply) {
		x->sum->bad++;
		x->sum->bad_files++;
		note(x, IMPORT_BAD, 0, "%s", fe.msg);
	}
	return s;
}

static enum gp_status run_pass(struct imp *x, const char *const *paths, int n, int *file_bad,
			       struct gp_err *e)
{
	struct import_rec *r = calloc(1, sizeof *r);
	if (!r)
		return gp_fail(e, GP_EINTERNAL, _("Er is onvoldoende geheugen."));
	x->nrec = 0;
	enum gp_status s = GP_OK;
	for (int i = 0; s == GP_OK && i < n; i++)
		s = one_file(x, paths[i], &file_bad[i], r, e);
	free(r->meas);
	free(r);
	return s;
}

/* "a.csv, b.json" for the audit log. */
static void file_list(const char *const *paths, int n, char *out, size_t outsz)
{
	out[0] = '\0';
	for (int i = 0; i < n; i++) {
		size_t used = strlen(out);
		snprintf(out + used, outsz - used, "%s%s", i ? ", " : "", paths[i]);
	}
}

static enum gp_status log_summary(struct imp *x, const char *action, const char *const *paths,
				  int n, struct gp_err *e)
{
	char files[2048], detail[2400];
	file_list(paths, n, files, sizeof files);
	snprintf(detail, sizeof detail, "%s: %lld records, %lld new, %lld changed, %lld unchanged, "
		 "%lld bad", files, x->sum->records, x->sum->created, x->sum->changed,
		 x->sum->unchanged, x->sum->bad);
	return audit_log(x->db, NULL, action, detail, e);
}

enum gp_status import_files(struct db *db, const char *const *paths, int n,
			    const struct import_options *opt, struct import_summary *sum,
			    struct gp_err *e)
{
	memset(sum, 0, sizeof *sum);
	/* importing adds and changes children and parents */
	if (perm_require(db, PERM_WRITE, NULL, e) != GP_OK)
		return e ? e->code : GP_EDENIED;
	struct imp x = {.db = db, .opt = opt, .sum = sum};
	int *file_bad = calloc((size_t)(n > 0 ? n : 1), sizeof *file_bad);
	x.old = malloc(sizeof *x.old);
	x.merged = malloc(sizeof *x.merged);
	enum gp_status s = file_bad && x.old && x.merged
			   ? GP_OK : gp_fail(e, GP_EINTERNAL, _("Er is onvoldoende geheugen."));
	if (s == GP_OK)
		s = refdata_load(refdata_dir(), "nl", &x.nl, e);
	if (s == GP_OK)
		s = refdata_load(refdata_dir(), "en", &x.en, e);
	if (s == GP_OK)
		s = growth_load(refdata_dir(), &x.growth, e);
	/* first pass: check and report */
	if (s == GP_OK)
		s = run_pass(&x, paths, n, file_bad, e);
	int store = s == GP_OK && !opt->dry_run && (sum->bad == 0 || opt->skip_bad);
	if (s == GP_OK && !store) {
		/* a dry run, or stopped by bad records: log that the files were read */
		enum gp_status ls = db_begin(db, e);
		if (ls == GP_OK)
			ls = log_summary(&x, opt->dry_run ? "import_check" : "import_refused", paths,
					 n, e);
		if (ls == GP_OK)
			ls = db_commit(db, e);
		else
			db_rollback(db);
		s = ls;
		if (s == GP_OK && !opt->dry_run && sum->bad == sum->bad_files)
			s = gp_fail(e, GP_EINPUT, _("Niets geïmporteerd: %lld bestand(en) kon(den) niet "
						    "worden gelezen; zie de reden hierboven."),
				    sum->bad_files);
		else if (s == GP_OK && !opt->dry_run)
			s = gp_fail(e, GP_EINPUT, _("Niets geïmporteerd: %lld van de %lld records is niet "
						    "in orde. Verbeter ze, of importeer alleen de goede "
						    "met --skip-bad."),
				    sum->bad - sum->bad_files, sum->records);
	}
	if (store) {
		/* second pass: the same records again, stored in one transaction */
		struct import_summary counted = *sum;
		sum->created = sum->changed = sum->unchanged = 0;
		x.apply = 1;
		/* a big transaction: a larger page cache keeps SQLite from
		 * spilling it to the journal page by page (back to the default
		 * afterwards) */
		db_exec(db, "PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY", NULL);
		s = db_begin(db, e);
		/* Many new children: the search index is built once at the end
		 * (as demo does), inside the same transaction, instead of row by
		 * row; others cannot write meanwhile, nor see the half-way state. */
		int defer = s == GP_OK && sum->records - sum->bad > IMPORT_DEFER_INDEX;
		if (defer)
			s = db_exec(db, "INSERT INTO settings VALUES ('fts_deferred', '1')", e);
		if (s == GP_OK)
			s = run_pass(&x, paths, n, file_bad, e);
		if (s == GP_OK && defer)
			s = db_exec(db, "DELETE FROM settings WHERE key = 'fts_deferred'; "
				    "INSERT INTO children_fts(children_fts) VALUES ('rebuild')", e);
		if (s == GP_OK)
			s = log_summary(&x, "import", paths, n, e);
		if (s == GP_OK)
			s = db_commit(db, e);
		else
			db_rollback(db);
		db_exec(db, "PRAGMA cache_size = -2000; PRAGMA temp_store = DEFAULT", NULL);
		if (s == GP_OK) {
			sum->stored = 1;
		} else {
			counted.stored = 0;
			*sum = counted;
		}
	}
	map_free(&x.seen_bsn);
	map_free(&x.seen_name);
	map_free(&x.new_parents);
	growth_free(x.growth);
	refdata_free(x.en);
	refdata_free(x.nl);
	free(x.merged);
	free(x.old);
	free(x.bad);
	free(file_bad);
	return s;
}
