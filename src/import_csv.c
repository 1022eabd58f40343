/* import_csv.c — the CSV reader of the import: header names → fields, and
 * each cell read and checked into an import_rec.  The columns groeipad
 * knows are listed in docs/cli.md ("Importeren"); a name is matched without
 * regard to case, accents, spaces or '-' (Geboorte-datum = geboortedatum). */
#include <ctype.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "i18n.h"
#include "import_rec.h"
#include "text.h"
#include "validate.h"

/* What a column holds.  Parent fields come in blocks of P_COUNT, one block
 * per parent slot (ouder1, ouder2, moeder, vader). */
enum {
	F_BSN, F_GIVEN, F_CALL, F_PREFIX, F_FAMILY, F_SEX, F_BIRTH, F_GA, F_BW, F_STREET,
	F_HOUSE, F_POSTCODE, F_CITY, F_PHONE, F_CHILD_COUNT
};
enum {
	P_RELATION, P_GIVEN, P_PREFIX, P_FAMILY, P_BIRTH, P_BSN, P_PHONE, P_EMAIL, P_LANG,
	P_GEZAG, P_LIVES, P_HEIGHT, P_COUNT
};
enum { SLOTS = 4 };

/* Names of the child's columns; the first is the one documented. */
static const char *const CHILD_NAMES[F_CHILD_COUNT][4] = {
	[F_BSN] = {"bsn", "burgerservicenummer"},
	[F_GIVEN] = {"voornamen", "voornaam", "given_names"},
	[F_CALL] = {"roepnaam", "call_name"},
	[F_PREFIX] = {"tussenvoegsel", "voorvoegsel", "voorvoegsels", "tussenvoegsels"},
	[F_FAMILY] = {"achternaam", "geslachtsnaam", "family_name"},
	[F_SEX] = {"geslacht", "sex"},
	[F_BIRTH] = {"geboortedatum", "birth_date"},
	[F_GA] = {"zwangerschapsduur", "amenorroeduur", "gestational_age"},
	[F_BW] = {"geboortegewicht", "birth_weight"},
	[F_STREET] = {"straat", "straatnaam", "street"},
	[F_HOUSE] = {"huisnummer", "house_number"},
	[F_POSTCODE] = {"postcode"},
	[F_CITY] = {"woonplaats", "plaats", "city"},
	[F_PHONE] = {"telefoon", "telefoonnummer", "phone"},
};
static const char *const PARENT_NAMES[P_COUNT][3] = {
	[P_RELATION] = {"relatie"}, [P_GIVEN] = {"voornamen", "voornaam"},
	[P_PREFIX] = {"tussenvoegsel", "voorvoegsel"}, [P_FAMILY] = {"achternaam", "geslachtsnaam"},
	[P_BIRTH] = {"geboortedatum"}, [P_BSN] = {"bsn"}, [P_PHONE] = {"telefoon"},
	[P_EMAIL] = {"email", "e_mail"}, [P_LANG] = {"taal"}, [P_GEZAG] = {"gezag"},
	[P_LIVES] = {"woont_bij_kind"}, [P_HEIGHT] = {"lengte"},
};
/* Parent slots: column prefix, and the biological parent it implies (as
 * bds_relation_biological: 1 mother, 2 father; 0 none). */
static const char *const SLOT_PREFIX[SLOTS] = {"ouder1_", "ouder2_", "moeder_", "vader_"};
static const int SLOT_BIO[SLOTS] = {0, 0, 1, 2};

void import_rec_clear(struct import_rec *r)
{
	struct measurement *keep = r->meas;
	memset(r, 0, sizeof *r);
	r->meas = keep;
}

void import_rec_bad(struct import_rec *r, const char *fmt, ...)
{
	char one[IMPORT_WHY];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(one, sizeof one, fmt, ap);
	va_end(ap);
	size_t len = strlen(one);
	if (len && one[len - 1] == '.') /* reasons are joined with "; " */
		one[len - 1] = '\0';
	size_t used = strlen(r->why);
	if (used + strlen(one) + 3 >= sizeof r->why)
		return; /* enough reasons for one line */
	/* room was checked above: copied, not formatted (the compiler cannot
	 * see that check and warns that a snprintf might truncate) */
	if (used) {
		memcpy(r->why + used, "; ", 2);
		used += 2;
	}
	memcpy(r->why + used, one, strlen(one) + 1);
}

/* A header name folded for matching: lower case, no accents, '_' for blanks. */
static void header_key(const char *s, char *out, size_t outsz)
{
	char folded[256];
	text_fold(s, folded, sizeof folded);
	text_trim(folded);
	size_t o = 0;
	for (const char *p = folded; *p && o + 1 < outsz; p++)
		out[o++] = (char)((*p == ' ' || *p == '-' || *p == '.') ? '_' : *p);
	out[o] = '\0';
}

static int match_child(const char *key)
{
	for (int f = 0; f < F_CHILD_COUNT; f++)
		for (int i = 0; i < 4 && CHILD_NAMES[f][i]; i++)
			if (strcmp(key, CHILD_NAMES[f][i]) == 0)
				return f;
	return -1;
}

static int match_parent(const char *key)
{
	for (int s = 0; s < SLOTS; s++) {
		size_t n = strlen(SLOT_PREFIX[s]);
		if (strncmp(key, SLOT_PREFIX[s], n) != 0)
			continue;
		for (int f = 0; f < P_COUNT; f++)
			for (int i = 0; i < 3 && PARENT_NAMES[f][i]; i++)
				if (strcmp(key + n, PARENT_NAMES[f][i]) == 0)
					return F_CHILD_COUNT + s * P_COUNT + f;
	}
	return -1;
}

enum gp_status import_csv_open(struct import_csv *c, const char *path,
			       const enum text_encoding *enc, const struct refdata *nl,
			       const struct refdata *en, struct gp_err *e)
{
	memset(c, 0, sizeof *c);
	c->nl = nl;
	c->en = en;
	enum gp_status s = csv_file_read(path, enc, &c->file, e);
	if (s != GP_OK)
		return s;
	csv_reader_init(&c->rd, &c->file);
	const char *fields[CSV_MAX_FIELDS];
	int n;
	long line;
	const char *why;
	int rc = csv_next(&c->rd, fields, &n, &line, &why);
	if (rc <= 0) {
		gp_fail(e, GP_EINPUT, _("%s: de kopregel is onleesbaar: %s."), path,
			rc < 0 ? why : _("leeg"));
		import_csv_close(c);
		return GP_EINPUT;
	}
	if (n > CSV_MAX_FIELDS) {
		import_csv_close(c);
		return gp_fail(e, GP_EINPUT, _("%s heeft %d kolommen; groeipad leest er hoogstens %d."),
			       path, n, CSV_MAX_FIELDS);
	}
	c->ncols = n;
	int seen[F_CHILD_COUNT + SLOTS * P_COUNT] = {0};
	for (int i = 0; i < n; i++) {
		char key[128];
		header_key(fields[i], key, sizeof key);
		int f = match_child(key);
		if (f < 0)
			f = match_parent(key);
		if (f >= 0 && seen[f]) {
			/* the sentence first: the fields live in the reader that closing frees */
			gp_fail(e, GP_EINPUT, _("%s: de kolom '%s' staat er twee keer in."), path,
				fields[i]);
			import_csv_close(c);
			return GP_EINPUT;
		}
		c->field[i] = f;
		if (f >= 0) {
			seen[f] = 1;
		} else if (*fields[i]) {
			size_t used = strlen(c->unknown);
			if (used + strlen(fields[i]) + 4 < sizeof c->unknown)
				snprintf(c->unknown + used, sizeof c->unknown - used, "%s'%s'",
					 used ? ", " : "", fields[i]);
		}
	}
	char missing[256] = "";
	const int required[] = {F_GIVEN, F_FAMILY, F_BIRTH};
	for (size_t i = 0; i < sizeof required / sizeof *required; i++)
		if (!seen[required[i]])
			snprintf(missing + strlen(missing), sizeof missing - strlen(missing), "%s%s",
				 *missing ? ", " : "", CHILD_NAMES[required[i]][0]);
	if (*missing) {
		import_csv_close(c);
		return gp_fail(e, GP_EINPUT, _("%s: de kolom(men) %s ontbreken in de kopregel. Nodig "
					       "zijn voornamen, achternaam en geboortedatum; zie "
					       "docs/cli.md voor alle kolommen."), path, missing);
	}
	return GP_OK;
}

void import_csv_close(struct import_csv *c)
{
	csv_reader_free(&c->rd);
	csv_file_free(&c->file);
}

/* ---- cells --------------------------------------------------------------------- */

/* A date as a birth list writes it: dd-mm-jjjj, d-m-jjjj, dd/mm/jjjj,
 * dd.mm.jjjj, ddmmjjjj or jjjj-mm-dd.  0 or -1. */
static int parse_date(const char *s, struct gp_date *out)
{
	char buf[32];
	const char *why;
	if (date_parse_iso(s, out) == 0)
		return 0;
	if (!isdigit((unsigned char)*s) || strlen(s) >= sizeof buf)
		return -1; /* "t" and "+3w" are for typing, not for files */
	snprintf(buf, sizeof buf, "%s", s);
	for (char *p = buf; *p; p++)
		if (*p == '/' || *p == '.')
			*p = '-';
	struct gp_date today = {2000, 1, 1};
	return date_parse_nl(buf, today, out, &why);
}

static int parse_sex(const char *s, int *out)
{
	static const struct {
		const char *word;
		int sex;
	} words[] = {
		{"0", 0}, {"o", 0}, {"onbekend", 0}, {"unknown", 0},
		{"1", 1}, {"m", 1}, {"man", 1}, {"mannelijk", 1}, {"jongen", 1}, {"male", 1}, {"boy", 1},
		{"2", 2}, {"v", 2}, {"vrouw", 2}, {"vrouwelijk", 2}, {"meisje", 2}, {"f", 2},
		{"female", 2}, {"girl", 2},
		{"3", 3}, {"x", 3}, {"onbepaald", 3}, {"undetermined", 3},
	};
	for (size_t i = 0; i < sizeof words / sizeof *words; i++)
		if (strcasecmp(s, words[i].word) == 0) {
			*out = words[i].sex;
			return 0;
		}
	return -1;
}

static int parse_yes_no(const char *s, int *out)
{
	static const char *const yes[] = {"ja", "j", "1", "yes", "y", "true", "waar"};
	static const char *const no[] = {"nee", "n", "0", "no", "false", "onwaar"};
	for (size_t i = 0; i < sizeof yes / sizeof *yes; i++)
		if (strcasecmp(s, yes[i]) == 0)
			return *out = 1, 0;
	for (size_t i = 0; i < sizeof no / sizeof *no; i++)
		if (strcasecmp(s, no[i]) == 0)
			return *out = 0, 0;
	return -1;
}

/* A whole number, or -1. */
static long whole(const char *s)
{
	char *end;
	if (!isdigit((unsigned char)*s))
		return -1;
	long v = strtol(s, &end, 10);
	return *end ? -1 : v;
}

/* A decimal number with ',' or '.' times `scale` (cm → mm: 10), rounded; -1. */
static long decimal(const char *s, int scale)
{
	char buf[32];
	if (!isdigit((unsigned char)*s) || strlen(s) >= sizeof buf)
		return -1;
	snprintf(buf, sizeof buf, "%s", s);
	for (char *p = buf; *p; p++)
		if (*p == ',')
			*p = '.';
	char *end;
	double v = strtod(buf, &end);
	if (*end)
		return -1;
	return (long)(v * scale + 0.5);
}

/* Gestational age: "39+3" (weeks+days), a number of weeks (≤ 45) or of
 * days (≥ 140). */
static int parse_ga(const char *s, int *days)
{
	const char *plus = strchr(s, '+');
	if (plus) {
		char w[8];
		snprintf(w, sizeof w, "%.*s", (int)(plus - s < 7 ? plus - s : 7), s);
		long weeks = whole(w), d = whole(plus + 1);
		if (weeks < 0 || d < 0 || d > 6)
			return -1;
		*days = (int)(weeks * 7 + d);
		return 0;
	}
	long v = whole(s);
	if (v >= 20 && v <= 45)
		*days = (int)v * 7;
	else if (v >= 140)
		*days = (int)v;
	else
		return -1;
	return 0;
}

/* Birth weight: grams ("3250"), or kilograms with a decimal ("3,25"). */
static int parse_bw(const char *s, int *grams)
{
	long g = whole(s);
	if (g < 0) {
		g = decimal(s, 1000);
		if (g < 0 || g > 10000)
			return -1;
	} else if (g < 10) {
		g *= 1000;
	}
	*grams = (int)g;
	return 0;
}

/* A code from a list, given as the code or its Dutch or English label. */
static const char *code_of(const struct import_csv *c, const char *list, const char *s)
{
	const struct codelist *nl = refdata_list(c->nl, list), *en = refdata_list(c->en, list);
	for (int i = 0; nl && i < nl->n; i++)
		if (strcasecmp(s, nl->items[i].code) == 0 || strcasecmp(s, nl->items[i].label) == 0)
			return nl->items[i].code;
	for (int i = 0; en && i < en->n; i++)
		if (strcasecmp(s, en->items[i].label) == 0)
			return en->items[i].code;
	return NULL;
}

/* Copies a text cell, checking length and characters. */
static void text_cell(struct import_rec *r, const char *col, const char *v, char *out,
		      size_t outsz, int max_chars)
{
	const char *why;
	if (valid_text(v, max_chars, 0, &why) != 0) {
		import_rec_bad(r, _("%s: %s"), col, why);
		return;
	}
	text_copy(out, outsz, v);
}

static void child_cell(struct import_rec *r, int f, const char *col, const char *v)
{
	struct child *ch = &r->child;
	const char *why;
	switch (f) {
	case F_BSN:
		if (valid_bsn(v, ch->bsn, &why) != 0)
			import_rec_bad(r, _("%s '%s': %s"), col, v, why);
		break;
	case F_GIVEN:
		text_cell(r, col, v, ch->given_names, sizeof ch->given_names, NAME_MAX_CHARS);
		break;
	case F_CALL:
		text_cell(r, col, v, ch->call_name, sizeof ch->call_name, NAME_MAX_CHARS);
		break;
	case F_PREFIX:
		text_cell(r, col, v, ch->tussenvoegsel, sizeof ch->tussenvoegsel, PREFIX_MAX_CHARS);
		break;
	case F_FAMILY:
		text_cell(r, col, v, ch->family_name, sizeof ch->family_name, NAME_MAX_CHARS);
		break;
	case F_SEX:
		if (parse_sex(v, &ch->sex) != 0)
			import_rec_bad(r, _("%s '%s' is geen geslacht (M, V, O of X)"), col, v);
		else
			r->has_sex = 1;
		break;
	case F_BIRTH:
		if (parse_date(v, &ch->birth_date) != 0)
			import_rec_bad(r, _("%s '%s' is geen datum (dd-mm-jjjj)"), col, v);
		break;
	case F_GA:
		if (parse_ga(v, &ch->gestational_age_days) != 0)
			import_rec_bad(r, _("%s '%s': schrijf weken+dagen (39+3) of dagen (276)"), col, v);
		break;
	case F_BW:
		if (parse_bw(v, &ch->birth_weight_g) != 0)
			import_rec_bad(r, _("%s '%s' is geen gewicht in gram"), col, v);
		break;
	case F_STREET:
		text_cell(r, col, v, ch->street, sizeof ch->street, TEXT_MAX_CHARS);
		break;
	case F_HOUSE:
		text_cell(r, col, v, ch->house_number, sizeof ch->house_number, SHORT_MAX_CHARS);
		break;
	case F_POSTCODE:
		if (valid_postcode(v, ch->postcode, &why) != 0)
			import_rec_bad(r, _("%s '%s': %s"), col, v, why);
		break;
	case F_CITY:
		text_cell(r, col, v, ch->city, sizeof ch->city, TEXT_MAX_CHARS);
		break;
	case F_PHONE:
		text_cell(r, col, v, ch->phone, sizeof ch->phone, SHORT_MAX_CHARS);
		break;
	default:
		break;
	}
}

static void parent_cell(const struct import_csv *c, struct import_rec *r,
			struct import_parent *ip, int f, const char *col, const char *v)
{
	struct parent *p = &ip->m.parent;
	const char *why, *code;
	long x;
	switch (f) {
	case P_RELATION:
		if (!(code = code_of(c, "relatie", v)))
			import_rec_bad(r, _("%s '%s' is geen relatie uit de lijst (bijvoorbeeld "
					    "biologische moeder of 01)"), col, v);
		else
			text_copy(ip->m.relation, sizeof ip->m.relation, code);
		break;
	case P_GIVEN:
		text_cell(r, col, v, p->given_names, sizeof p->given_names, NAME_MAX_CHARS);
		break;
	case P_PREFIX:
		text_cell(r, col, v, p->tussenvoegsel, sizeof p->tussenvoegsel, PREFIX_MAX_CHARS);
		break;
	case P_FAMILY:
		text_cell(r, col, v, p->family_name, sizeof p->family_name, NAME_MAX_CHARS);
		break;
	case P_BIRTH:
		if (parse_date(v, &p->birth_date) != 0)
			import_rec_bad(r, _("%s '%s' is geen datum (dd-mm-jjjj)"), col, v);
		break;
	case P_BSN:
		if (valid_bsn(v, p->bsn, &why) != 0)
			import_rec_bad(r, _("%s '%s': %s"), col, v, why);
		break;
	case P_PHONE:
		text_cell(r, col, v, p->phone, sizeof p->phone, SHORT_MAX_CHARS);
		break;
	case P_EMAIL:
		text_cell(r, col, v, p->email, sizeof p->email, TEXT_MAX_CHARS);
		break;
	case P_LANG:
		if (!(code = code_of(c, "taal", v)))
			import_rec_bad(r, _("%s '%s' is geen taal uit de lijst (bijvoorbeeld Turks of "
					    "tr)"), col, v);
		else
			text_copy(p->language, sizeof p->language, code);
		break;
	case P_GEZAG:
		if (parse_yes_no(v, &ip->m.gezag) != 0)
			import_rec_bad(r, _("%s '%s': schrijf ja of nee"), col, v);
		else
			ip->has_gezag = 1;
		break;
	case P_LIVES:
		if (parse_yes_no(v, &ip->m.lives_with) != 0)
			import_rec_bad(r, _("%s '%s': schrijf ja of nee"), col, v);
		else
			ip->has_lives_with = 1;
		break;
	case P_HEIGHT:
		x = decimal(v, 10);
		if (x < 1000 || x > 2300)
			import_rec_bad(r, _("%s '%s' is geen lengte in cm (100–230)"), col, v);
		else
			p->height_mm = (int)x;
		break;
	default:
		break;
	}
}

int import_csv_next(struct import_csv *c, struct import_rec *r)
{
	const char *fields[CSV_MAX_FIELDS];
	int n;
	long line;
	const char *why;
	for (;;) {
		import_rec_clear(r);
		int rc = csv_next(&c->rd, fields, &n, &line, &why);
		if (rc == 0)
			return 0;
		r->line = line;
		if (rc < 0) {
			import_rec_bad(r, "%s", why);
			return 1;
		}
		if (n == 1 && fields[0][0] == '\0')
			continue; /* an empty line */
		break;
	}
	if (n != c->ncols) {
		import_rec_bad(r, _("%d velden, maar de kopregel heeft %d kolommen"), n, c->ncols);
		return 1;
	}
	struct import_parent slot[SLOTS];
	int used[SLOTS] = {0};
	memset(slot, 0, sizeof slot);
	for (int s = 0; s < SLOTS; s++) {
		slot[s].m.lives_with = 1;
		if (SLOT_BIO[s])
			text_copy(slot[s].m.relation, sizeof slot[s].m.relation,
				  bds_relation_of_biological(SLOT_BIO[s]));
	}
	for (int i = 0; i < n; i++) {
		char v[4096];
		text_copy(v, sizeof v, fields[i]);
		text_trim(v);
		if (!*v || c->field[i] < 0)
			continue;
		int f = c->field[i];
		/* the column's name for a message: as the header spells it */
		char col[64];
		if (f < F_CHILD_COUNT) {
			snprintf(col, sizeof col, "%s", CHILD_NAMES[f][0]);
			child_cell(r, f, col, v);
		} else {
			int s = (f - F_CHILD_COUNT) / P_COUNT, pf = (f - F_CHILD_COUNT) % P_COUNT;
			snprintf(col, sizeof col, "%s%s", SLOT_PREFIX[s], PARENT_NAMES[pf][0]);
			parent_cell(c, r, &slot[s], pf, col, v);
			used[s] = 1;
		}
	}
	for (int s = 0; s < SLOTS; s++) {
		if (!used[s])
			continue;
		if (!slot[s].m.relation[0])
			import_rec_bad(r, _("%srelatie ontbreekt (bijvoorbeeld biologische moeder)"),
				       SLOT_PREFIX[s]);
		int bio = bds_relation_biological(slot[s].m.relation);
		if (!slot[s].m.parent.sex)
			slot[s].m.parent.sex = bio == 1 ? 2 : bio == 2 ? 1 : 0;
		r->parents[r->nparents++] = slot[s];
	}
	/* required, unless the cell was there but wrong (said already) */
	if (!r->child.given_names[0] && !strstr(r->why, CHILD_NAMES[F_GIVEN][0]))
		import_rec_bad(r, "%s", _("voornamen ontbreken"));
	if (!r->child.family_name[0] && !strstr(r->why, CHILD_NAMES[F_FAMILY][0]))
		import_rec_bad(r, "%s", _("achternaam ontbreekt"));
	if (!r->child.birth_date.y && !strstr(r->why, CHILD_NAMES[F_BIRTH][0]))
		import_rec_bad(r, "%s", _("geboortedatum ontbreekt"));
	return 1;
}
