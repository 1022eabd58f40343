/* handover_letter.c — see handover_letter.h.  The letter is built in a
 * growing buffer, as plain text (headings underlined, fields aligned) or
 * Markdown (headings with #, fields as a list with bold labels).  Its
 * sentences are Dutch on purpose (not translated): it is written for the
 * receiver. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "handover_letter.h"
#include "i18n.h"
#include "org.h"
#include "perm.h"
#include "text.h"

/* A growing text. */
struct buf {
	char *p;         /* NUL-terminated, malloc'ed */
	size_t len, cap; /* used and allocated */
	int oom;         /* an allocation failed: the text is incomplete */
	enum letter_format fmt;
};

static void put(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void put(struct buf *b, const char *fmt, ...)
{
	va_list ap;
	if (b->oom)
		return;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	if (b->len + (size_t)n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 4096;
		while (cap < b->len + (size_t)n + 1)
			cap *= 2;
		char *grown = realloc(b->p, cap);
		if (!grown) {
			b->oom = 1;
			return;
		}
		b->p = grown;
		b->cap = cap;
	}
	va_start(ap, fmt);
	vsnprintf(b->p + b->len, b->cap - b->len, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}

static void heading(struct buf *b, const char *title)
{
	if (b->fmt == LETTER_MD) {
		put(b, "\n## %s\n\n", title);
		return;
	}
	put(b, "\n%s\n", title);
	for (size_t i = utf8_chars(title); i > 0; i--)
		put(b, "-");
	put(b, "\n");
}

enum { LETTER_WIDTH = 76, VALUE_COL = 22 };

/* Characters in the n bytes at s (UTF-8). */
static size_t chars_in(const char *s, size_t n)
{
	size_t c = 0;
	for (size_t i = 0; i < n; i++)
		c += ((unsigned char)s[i] & 0xC0) != 0x80;
	return c;
}

/* Writes one line of text (no '\n') from column `col`, broken between words
 * at LETTER_WIDTH; continuation lines start with `indent` spaces.  Markdown
 * is not broken (a reader reflows it). */
static void words(struct buf *b, const char *s, size_t n, size_t col, size_t indent)
{
	while (n > 0) {
		size_t room = LETTER_WIDTH > col ? LETTER_WIDTH - col : 1, take = 0, last = 0;
		if (b->fmt == LETTER_MD || chars_in(s, n) <= room) {
			put(b, "%.*s", (int)n, s);
			return;
		}
		for (size_t i = 0; i < n && chars_in(s, i) <= room; i++)
			if (s[i] == ' ')
				last = i;
		take = last ? last : n;
		put(b, "%.*s\n%*s", (int)take, s, (int)indent, "");
		while (take < n && s[take] == ' ')
			take++;
		s += take;
		n -= take;
		col = indent;
	}
}

/* Text that may have several lines, each broken as words() does. */
static void lines(struct buf *b, const char *text, size_t col, size_t indent,
		  const char *md_break)
{
	for (const char *p = text;;) {
		size_t len = strcspn(p, "\n");
		words(b, p, len, col, indent);
		if (!p[len])
			break;
		if (b->fmt == LETTER_MD)
			put(b, "%s", md_break);
		else
			put(b, "\n%*s", (int)indent, "");
		col = indent;
		p += len + 1;
	}
}

/* "Label:      value" (text, the value from column 22) or "- **Label:**
 * value" (Markdown). */
static void field(struct buf *b, const char *label, const char *value)
{
	if (!value || !value[0])
		value = "-";
	if (b->fmt == LETTER_MD) {
		put(b, "- **%s:** ", label);
		lines(b, value, 0, 0, "  \n  ");
		put(b, "\n");
		return;
	}
	put(b, "%s:", label);
	for (size_t w = utf8_chars(label) + 1; w < VALUE_COL; w++)
		put(b, " ");
	lines(b, value, VALUE_COL, VALUE_COL, "");
	put(b, "\n");
}

/* A paragraph of free text; "-" when empty. */
static void paragraph(struct buf *b, const char *text)
{
	lines(b, text && text[0] ? text : "-", 0, 0, "  \n");
	put(b, "\n");
}

static void item(struct buf *b, const char *text)
{
	put(b, "- ");
	lines(b, text, 2, 2, "  \n  ");
	put(b, "\n");
}

static const char *label(const struct handover_refs *r, const char *list, const char *code)
{
	return r->codes ? refdata_label(r->codes, list, code) : code;
}

/* The day as dd-mm-jjjj, or `none`; out has room for 32 bytes. */
enum { DAY_BUF = 32 };
static void day_or(struct gp_date d, const char *none, char out[DAY_BUF])
{
	if (d.y)
		date_fmt_nl(d, out);
	else
		snprintf(out, DAY_BUF, "%s", none);
}

/* "ouderlijk gezag (gezamenlijk)", "voogdij van … (Stichting X)", "geen gezag". */
static void gezag_text(const struct handover_refs *r, const struct family_member *m,
		       int holders, struct gp_date today, char *out, size_t n)
{
	if (!m->gezag) {
		snprintf(out, n, "geen gezag");
		return;
	}
	if (!family_holds_gezag(m, today)) {
		char until[DAY_BUF];
		day_or(m->gezag_until, "?", until);
		snprintf(out, n, "gezag tot %s (%s)", until, label(r, "gezagsoort", m->gezag_type));
		return;
	}
	snprintf(out, n, "%s", label(r, "gezagsoort", m->gezag_type));
	if (strcmp(m->gezag_type, "ouder") == 0) {
		size_t len = strlen(out);
		snprintf(out + len, n - len, holders > 1 ? " (gezamenlijk)" : " (eenhoofdig)");
	}
	if (m->gezag_org_name[0]) {
		size_t len = strlen(out);
		snprintf(out + len, n - len, ", namens %s", m->gezag_org_name);
	}
	if (m->gezag_from.y) {
		char from[11];
		size_t len = strlen(out);
		date_fmt_nl(m->gezag_from, from);
		snprintf(out + len, n - len, ", sinds %s", from);
	}
}

struct letter {
	struct handover h;
	struct child child;
	struct family_member *fam;
	int nfam;
	struct org org;
	int have_org;
	struct handover_event *ev;
	int nev;
	struct consent_person people[CONSENT_MAX_PEOPLE];
	int npeople;
};

static void part_head(struct buf *b, const struct handover_refs *r, const struct letter *l,
		      struct gp_date today)
{
	const struct handover *h = &l->h;
	char name[NAME_BUF * 3], line[8192], birth[11];
	int y, m;
	child_display_name(l->child.given_names, l->child.tussenvoegsel, l->child.family_name, name,
			   sizeof name);
	if (b->fmt == LETTER_MD)
		put(b, "# Warme overdracht %lld: %s\n\n", h->no, name);
	else
		put(b, "WARME OVERDRACHT %lld: %s\n\n", h->no, name);
	if (h->consent_exempt)
		put(b, "%sLET OP: melding aan Veilig Thuis zonder de toestemming die de regel "
		       "vraagt (meldcode).%s\n\n",
		    b->fmt == LETTER_MD ? "**" : "", b->fmt == LETTER_MD ? "**" : "");
	date_fmt_nl(l->child.birth_date, birth);
	date_age(l->child.birth_date, today, &y, &m);
	snprintf(line, sizeof line, "%s, geboren %s (%d jaar), BSN %s", name, birth, y,
		 l->child.bsn[0] ? l->child.bsn : "onbekend");
	field(b, "Over", line);
	snprintf(line, sizeof line, "%s %s, %s %s", l->child.street, l->child.house_number,
		 l->child.postcode, l->child.city);
	field(b, "Adres", l->child.street[0] || l->child.city[0] ? line : "");
	if (l->have_org)
		snprintf(line, sizeof line, "%s (%s)%s%s%s%s", l->org.name,
			 label(r, "organisatiesoort", l->org.kind),
			 h->receiver_person[0] ? ", t.a.v. " : "", h->receiver_person,
			 l->org.phone[0] ? ", tel. " : "", l->org.phone);
	else
		snprintf(line, sizeof line, "%s", h->receiver_person);
	field(b, "Aan", line);
	snprintf(line, sizeof line, "%s%s%s%s%s%s%s", h->sender_name,
		 h->sender_org[0] ? ", " : "", h->sender_org,
		 h->sender_phone[0] ? ", tel. " : "", h->sender_phone,
		 h->sender_email[0] ? ", " : "", h->sender_email);
	field(b, "Van", line);
	snprintf(line, sizeof line, "%s, bestemming %s", label(r, "overdrachtsoort", h->mode),
		 label(r, "overdrachtbestemming", h->destination));
	field(b, "Soort", line);
	field(b, "Kader", label(r, "overdrachtkader", h->frame));
	if (h->sent_on.y) {
		char day[11];
		date_fmt_nl(h->sent_on, day);
		snprintf(line, sizeof line, "%s; verzonden op %s",
			 label(r, "overdrachtstatus", h->state), day);
	} else {
		snprintf(line, sizeof line, "%s; nog niet verzonden",
			 label(r, "overdrachtstatus", h->state));
	}
	field(b, "Stand", line);
}

static void part_family(struct buf *b, const struct handover_refs *r, const struct letter *l,
			struct gp_date today)
{
	int holders = 0;
	heading(b, "Ouders, verzorgers en gezag");
	for (int i = 0; i < l->nfam; i++)
		holders += family_holds_gezag(&l->fam[i], today);
	if (l->nfam == 0)
		item(b, "geen ouders of verzorgers vastgelegd");
	for (int i = 0; i < l->nfam; i++) {
		const struct family_member *m = &l->fam[i];
		char name[NAME_BUF * 3], gz[1024], line[4096];
		child_display_name(m->parent.given_names, m->parent.tussenvoegsel,
				   m->parent.family_name, name, sizeof name);
		gezag_text(r, m, holders, today, gz, sizeof gz);
		snprintf(line, sizeof line, "%s (%s): %s%s%s%s%s", name,
			 label(r, "relatie", m->relation), gz,
			 m->parent.phone[0] ? ", tel. " : "", m->parent.phone,
			 m->parent.email[0] ? ", " : "", m->parent.email);
		item(b, line);
	}
}

static const char *person_name(const struct letter *l, const char *id)
{
	for (int i = 0; i < l->npeople; i++)
		if (strcmp(l->people[i].id, id) == 0)
			return l->people[i].name;
	return id;
}

static void part_consent(struct buf *b, const struct handover_refs *r, const struct letter *l,
			 struct gp_date today)
{
	const struct handover *h = &l->h;
	struct consent_outcome o;
	char line[4096], day[11], ends[DAY_BUF], msg[1536];
	heading(b, "Toestemming");
	if (h->nconsents == 0)
		item(b, "geen toestemming vastgelegd");
	for (int i = 0; i < h->nconsents; i++) {
		const struct handover_consent *k = &h->consents[i];
		char scope[512] = "", buf[CONSENT_SCOPE_BUF], *save = NULL;
		snprintf(buf, sizeof buf, "%s", k->scope);
		for (char *p = strtok_r(buf, ",", &save); p; p = strtok_r(NULL, ",", &save)) {
			size_t len = strlen(scope);
			snprintf(scope + len, sizeof scope - len, "%s%s", len ? ", " : "",
				 label(r, "toestemmingreikwijdte", p));
		}
		date_fmt_nl(k->given_on, day);
		day_or(k->ends_on, "", ends);
		snprintf(line, sizeof line, "%s: %s, %s, %s; voor: %s%s%s%s%s",
			 person_name(l, k->person), k->given ? "gegeven" : "geweigerd",
			 label(r, "toestemmingvorm", k->form), day, scope,
			 k->ends_on.y ? "; geldig t/m " : "", ends,
			 k->source[0] ? "; bron: " : "",
			 k->source[0] ? label(r, "toestemmingbron", k->source) : "");
		item(b, line);
	}
	struct gp_date on = h->sent_on.y ? h->sent_on : today;
	handover_consent_check(r, h, &l->child, l->people, l->npeople, on, &o);
	date_fmt_nl(o.day, day);
	static const char *const who[] = {
		[CONSENT_BAND_PARENTS] = "wie het gezag heeft",
		[CONSENT_BAND_BOTH] = "het kind en wie het gezag heeft",
		[CONSENT_BAND_YOUNG] = "de jongere zelf",
	};
	int y, m;
	date_age(l->child.birth_date, o.day, &y, &m);
	snprintf(line, sizeof line, "Regel (WGBO, Jeugdwet): op %s was het kind %d jaar; toestemming van %s.",
		 day, y, who[o.band]);
	size_t len = strlen(line);
	if (o.complete) {
		snprintf(line + len, sizeof line - len, " De toestemming is compleet.");
	} else if (h->consent_exempt) {
		snprintf(line + len, sizeof line - len, " Verzonden als melding aan Veilig Thuis "
			 "zonder complete toestemming (meldcode).");
	} else {
		handover_consent_missing(&o, l->people, l->npeople, msg, sizeof msg);
		snprintf(line + len, sizeof line - len, " Nog niet compleet. %s", msg);
	}
	put(b, "\n");
	paragraph(b, line);
}

static void part_agreements(struct buf *b, const struct handover_refs *r, const struct letter *l)
{
	const struct handover *h = &l->h;
	char line[4096], day[DAY_BUF];
	heading(b, "Afspraken tussen afzender en ontvanger");
	if (strcmp(h->casusregie, "jgz") == 0)
		snprintf(line, sizeof line, "%s: %s%s%s%s%s", label(r, "casusregie", h->casusregie),
			 h->casusregie_name[0] ? h->casusregie_name : h->sender_name,
			 h->sender_phone[0] ? ", tel. " : "", h->sender_phone,
			 h->sender_email[0] ? ", " : "", h->sender_email);
	else if (strcmp(h->casusregie, "ontvanger") == 0)
		snprintf(line, sizeof line, "%s: %s", label(r, "casusregie", h->casusregie),
			 h->casusregie_name[0] ? h->casusregie_name
			 : h->receiver_person[0] ? h->receiver_person
						 : (l->have_org ? l->org.name : ""));
	else
		snprintf(line, sizeof line, "%s: %s", label(r, "casusregie", h->casusregie),
			 h->casusregie_name);
	field(b, "Casusregie", line);
	day_or(h->joint_on, "", day);
	snprintf(line, sizeof line, "%s%s%s", day, h->parents_present[0] ? "; aanwezig: " : "",
		 h->parents_present);
	field(b, "Driegesprek", h->joint_on.y ? line : "geen");
	day_or(h->first_conversation_on, "nog niet gepland", day);
	field(b, "Eerste gesprek", day);
	day_or(h->feedback_due_on, "niet afgesproken", day);
	field(b, "Terugkoppeling voor", day);
	field(b, "Bij afsluiting", h->closing_report[0]
					   ? h->closing_report
					   : "graag een kort verslag aan de afzender");
	if (h->feedback[0])
		field(b, "Voortgang", h->feedback);
}

/* text on one line (line breaks become spaces), cut at n bytes whole. */
static void flat_into(char *out, size_t n, const char *text)
{
	text_copy(out, n, text);
	for (char *p = out; *p; p++)
		if (*p == '\n' || *p == '\r' || *p == '\t')
			*p = ' ';
}

static void part_steps(struct buf *b, const struct handover_refs *r, const struct letter *l)
{
	heading(b, "Verloop");
	for (int i = 0; i < l->nev; i++) {
		const struct handover_event *v = &l->ev[i];
		char day[11], line[HANDOVER_NOTE_BUF + 512];
		date_fmt_nl(v->on, day);
		snprintf(line, sizeof line, "%s %s%s%s%s%s", day,
			 label(r, "overdrachtstatus", v->state), v->who[0] ? " (" : "", v->who,
			 v->who[0] ? ")" : "", v->note[0] ? ": " : "");
		size_t len = strlen(line);
		flat_into(line + len, sizeof line - len, v->note);
		item(b, line);
	}
}

static enum gp_status load(struct db *db, const struct handover_refs *r, const char *id,
			   struct letter *l, struct gp_err *e)
{
	enum gp_status s = handover_get(db, id, &l->h, e);
	if (s == GP_OK)
		s = child_get(db, l->h.child_id, &l->child, e);
	if (s == GP_OK)
		s = child_family(db, l->h.child_id, &l->fam, &l->nfam, e);
	if (s == GP_OK)
		s = handover_events(db, id, &l->ev, &l->nev, e);
	if (s == GP_OK) {
		l->have_org = l->h.org_id[0] && org_get(db, l->h.org_id, &l->org, NULL) == GP_OK;
		l->npeople = handover_people(&l->child, l->fam, l->nfam, r->codes, l->people);
	}
	return s;
}

enum gp_status handover_letter(struct db *db, const struct handover_refs *refs, const char *id,
			       enum letter_format fmt, struct gp_date today, char **out,
			       struct gp_err *e)
{
	struct letter *l = calloc(1, sizeof *l);
	struct buf b = {NULL, 0, 0, 0, fmt};
	*out = NULL;
	if (!l)
		return gp_fail(e, GP_EINTERNAL, "%s", _("Geen geheugen meer vrij."));
	enum gp_status s = load(db, refs, id, l, e);
	if (s == GP_OK) {
		char day[11];
		part_head(&b, refs, l, today);
		heading(&b, "Reden");
		paragraph(&b, l->h.reason);
		heading(&b, "Vraag aan de ontvanger");
		paragraph(&b, l->h.question);
		heading(&b, "Wat de ouders willen");
		paragraph(&b, l->h.parents_wish);
		heading(&b, "Samenvatting uit het dossier");
		paragraph(&b, l->h.summary);
		part_family(&b, refs, l, today);
		part_consent(&b, refs, l, today);
		part_agreements(&b, refs, l);
		part_steps(&b, refs, l);
		date_fmt_nl(today, day);
		put(&b, "\n%sGemaakt met groeipad op %s.%s\n", fmt == LETTER_MD ? "_" : "", day,
		    fmt == LETTER_MD ? "_" : "");
		if (b.oom)
			s = gp_fail(e, GP_EINTERNAL, "%s", _("Geen geheugen meer vrij."));
	}
	free(l->fam);
	free(l->ev);
	free(l);
	if (s != GP_OK) {
		free(b.p);
		return s;
	}
	*out = b.p;
	return GP_OK;
}

enum gp_status handover_child_of(struct db *db, const char *id, char *child_id,
				 struct gp_err *e)
{
	static const char sql[] = "SELECT c.id FROM handovers h JOIN children c ON c.seq = "
				  "h.child_seq WHERE h.id = ?";
	sqlite3_stmt *st = db_stmt(db, sql, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	db_bind_id(st, 1, id);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		db_col_id(st, 0, child_id);
	sqlite3_reset(st);
	if (rc == SQLITE_ROW) {
		/* whose handover it is tells something: for the care roles only */
		enum gp_status s = perm_require(db, PERM_CARE, child_id, e);
		if (s != GP_OK)
			child_id[0] = '\0';
		return s;
	}
	if (rc == SQLITE_DONE)
		return gp_fail(e, GP_ENOTFOUND, "%s", _("Deze overdracht bestaat niet (meer)."));
	return db_error(db, rc, _("de overdracht lezen"), e);
}
