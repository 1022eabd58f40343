/* handover_consent.c — the consent of a handover: who may have to
 * consent for a child, the rule of src/consent.h applied to what is
 * recorded, and the sentence that names who is missing.  See handover.h. */
#include <stdio.h>
#include <string.h>

#include "handover.h"
#include "i18n.h"

int handover_people(const struct child *c, const struct family_member *fam, int nfam,
		    const struct refdata *codes, struct consent_person *out)
{
	char name[NAME_BUF * 3];
	int n = 0;
	memset(out, 0, sizeof *out);
	snprintf(out[0].id, sizeof out[0].id, "%s", CONSENT_CHILD);
	child_display_name(c->call_name[0] ? c->call_name : c->given_names, c->tussenvoegsel,
			   c->family_name, name, sizeof name);
	snprintf(out[0].name, sizeof out[0].name, _("%s (kind)"), name);
	out[0].is_child = 1;
	n = 1;
	for (int i = 0; i < nfam && n < CONSENT_MAX_PEOPLE; i++, n++) {
		const struct family_member *m = &fam[i];
		struct consent_person *p = &out[n];
		const char *rel = codes ? refdata_label(codes, "relatie", m->relation) : m->relation;
		memset(p, 0, sizeof *p);
		snprintf(p->id, sizeof p->id, "%s", m->parent.id);
		child_display_name(m->parent.given_names, m->parent.tussenvoegsel,
				   m->parent.family_name, name, sizeof name);
		if (m->gezag_org_name[0])
			snprintf(p->name, sizeof p->name, _("%s (%s, namens %s)"), name, rel,
				 m->gezag_org_name);
		else
			snprintf(p->name, sizeof p->name, "%s (%s)", name, rel);
		p->gezag = m->gezag;
		p->gezag_from = m->gezag_from;
		p->gezag_until = m->gezag_until;
	}
	return n;
}

void handover_consent_check(const struct handover_refs *refs, const struct handover *h,
			    const struct child *c, const struct consent_person *people, int n,
			    struct gp_date day, struct consent_outcome *out)
{
	struct consent_record r[HANDOVER_MAX_CONSENTS];
	const struct handover_dest *dest = handover_ref_dest(refs->rules, h->destination);
	struct consent_needs needs = {0, 0, "derden"};
	int nr = 0;
	if (dest)
		needs = dest->needs;
	needs.none = 0; /* what the rule asks; whether a report may go without is the caller's */
	for (int i = 0; i < h->nconsents && i < HANDOVER_MAX_CONSENTS; i++, nr++) {
		const struct handover_consent *k = &h->consents[i];
		memset(&r[nr], 0, sizeof r[nr]);
		snprintf(r[nr].person, sizeof r[nr].person, "%s", k->person);
		r[nr].given = k->given;
		r[nr].written = strcmp(k->form, "schriftelijk") == 0;
		r[nr].on = k->given_on;
		r[nr].ends = k->ends_on;
		snprintf(r[nr].scope, sizeof r[nr].scope, "%s", k->scope);
	}
	consent_evaluate(c->birth_date, people, n, r, nr, &needs, day, out);
}

/* Appends " label name, name." for the required people in state `which`. */
static void add_group(const struct consent_outcome *o, const struct consent_person *people,
		      int n, enum consent_state which, const char *label, char *msg,
		      size_t msgsz)
{
	int count = 0;
	for (int i = 0; i < n; i++) {
		size_t len = strlen(msg);
		if (!o->required[i] || o->state[i] != which)
			continue;
		if (count++ == 0)
			snprintf(msg + len, msgsz - len, " %s %s", label, people[i].name);
		else
			snprintf(msg + len, msgsz - len, ", %s", people[i].name);
	}
	if (count) {
		size_t len = strlen(msg);
		snprintf(msg + len, msgsz - len, ".");
	}
}

void handover_consent_missing(const struct consent_outcome *o,
			      const struct consent_person *people, int n, char *msg,
			      size_t msgsz)
{
	msg[0] = '\0';
	if (o->no_holder) {
		char day[11];
		date_fmt_nl(o->day, day);
		snprintf(msg, msgsz, _("Op %s heeft volgens het dossier niemand het gezag over dit "
				       "kind."), day);
		return;
	}
	add_group(o, people, n, CONSENT_MISSING, _("Nog geen toestemming van"), msg, msgsz);
	add_group(o, people, n, CONSENT_REFUSED, _("Geweigerd door"), msg, msgsz);
	add_group(o, people, n, CONSENT_ENDED, _("Verlopen toestemming van"), msg, msgsz);
	add_group(o, people, n, CONSENT_NOT_WRITTEN, _("Schriftelijke toestemming nodig van"),
		  msg, msgsz);
	add_group(o, people, n, CONSENT_SCOPE, _("Toestemming geldt niet voor deze overdracht "
						 "(reikwijdte) bij"), msg, msgsz);
	/* the groups start with a space */
	if (msg[0] == ' ')
		memmove(msg, msg + 1, strlen(msg));
}

void handover_consent_explain(const struct consent_outcome *o,
			      const struct consent_person *people, int n, char *msg,
			      size_t msgsz)
{
	char missing[1024];
	msg[0] = '\0';
	if (o->complete)
		return;
	handover_consent_missing(o, people, n, missing, sizeof missing);
	if (o->no_holder)
		snprintf(msg, msgsz, _("Niet verzonden. %s Leg het gezag vast in Gezin en vraag "
				       "toestemming aan wie het gezag heeft."), missing);
	else
		snprintf(msg, msgsz, _("Niet verzonden. %s Leg de toestemming vast in de overdracht "
				       "(F4, deel Toestemming)."), missing);
}
