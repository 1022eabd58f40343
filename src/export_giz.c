/* export_giz.c — the GIZ part of a child's JSON export (export_json.h):
 * every assessment, oldest first, with its BDS elements 1629–1641 as coded
 * values (element number, code, the OID of the code system the code comes
 * from, and its Dutch label), who took part, the parent's own words next
 * to the professional's view, and the plan with each agreement's events.
 * docs/cli.md lists every field. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "child.h"
#include "export_giz.h"
#include "giz.h"
#include "i18n.h"
#include "json_value.h"


/* One coded BDS element: {"bds": 1631, "code": "02", "code_system": "…438",
 * "label": "Spanning"}. */
static void coded(json_t *arr, const struct refdata *codes, int bds, const char *list,
		  const char *code)
{
	const struct codelist *l = codes ? refdata_list(codes, list) : NULL;
	json_t *j = json_object();
	json_object_set_new(j, "bds", json_integer(bds));
	json_object_set_new(j, "code", json_string(code));
	json_object_set_new(j, "code_system", json_str_or_null(l ? l->oid : NULL));
	json_object_set_new(j, "label", json_label(codes, list, code));
	json_array_append_new(arr, j);
}

/* BDS 1629–1641 of one assessment, in element order; an element without a
 * value is left out, 1630 comes once per side. */
static json_t *bds_json(const struct refdata *codes, const struct giz_assessment *a)
{
	json_t *arr = json_array();
	if (a->triangle[0])
		coded(arr, codes, 1629, "gizdriehoek", a->triangle);
	const struct codelist *sides = codes ? refdata_list(codes, "gizzijde") : NULL;
	static const char *const side_codes[] = {"01", "02", "03"};
	for (int i = 0; i < 3; i++) {
		const char *c = sides && i < sides->n ? sides->items[i].code : side_codes[i];
		if (strstr(a->sides, c))
			coded(arr, codes, 1630, "gizzijde", c);
	}
	for (int i = 0; i < GIZ_ASPECTS; i++)
		if (a->aspects[i].score[0])
			coded(arr, codes, giz_aspect_bds(i), "gizschaal", a->aspects[i].score);
	if (a->conclusion[0])
		coded(arr, codes, 1641, "gizconclusie", a->conclusion);
	return arr;
}

static json_t *aspects_json(const struct refdata *codes, const struct giz_assessment *a)
{
	json_t *arr = json_array();
	for (int i = 0; i < GIZ_ASPECTS; i++) {
		char bds[8];
		snprintf(bds, sizeof bds, "%d", giz_aspect_bds(i));
		json_t *j = json_object();
		json_object_set_new(j, "bds", json_integer(giz_aspect_bds(i)));
		json_object_set_new(j, "name", json_label(codes, "gizelement", bds));
		json_object_set_new(j, "side", codes ? json_str_or_null(refdata_label(codes,
						"gizelement.zijde", bds)) : json_null());
		json_object_set_new(j, "score", json_str_or_null(a->aspects[i].score));
		json_object_set_new(j, "score_label",
				    json_label(codes, "gizschaal", a->aspects[i].score));
		json_object_set_new(j, "note", json_str_or_null(a->aspects[i].note));
		json_array_append_new(arr, j);
	}
	return arr;
}

/* The parents who took part, by name. */
static json_t *participants_json(const struct giz_assessment *a,
				 const struct family_member *fam, int nfam)
{
	json_t *j = json_object(), *parents = json_array();
	for (int i = 0; i < nfam; i++) {
		if (!strstr(a->parents, fam[i].parent.id))
			continue;
		char name[NAME_BUF * 3];
		child_display_name(fam[i].parent.given_names, fam[i].parent.tussenvoegsel,
				   fam[i].parent.family_name, name, sizeof name);
		json_t *p = json_object();
		json_object_set_new(p, "id", json_string(fam[i].parent.id));
		json_object_set_new(p, "name", json_string(name));
		json_object_set_new(p, "relation", json_string(fam[i].relation));
		json_array_append_new(parents, p);
	}
	json_object_set_new(j, "parents", parents);
	json_object_set_new(j, "young_person", a->young_person == GIZ_YOUNG_UNKNOWN
					       ? json_null()
					       : json_boolean(a->young_person == GIZ_YOUNG_YES));
	json_object_set_new(j, "other_professionals", json_str_or_null(a->professionals));
	return j;
}

static json_t *plan_json(const struct refdata *codes, const struct giz_assessment *a,
			 const struct giz_agreement_row *rows, int nrows,
			 const struct giz_event *events, int nevents)
{
	json_t *arr = json_array();
	for (int i = 0; i < a->nagreements; i++) {
		const struct giz_agreement *g = &a->agreements[i];
		const char *org = "";
		for (int k = 0; k < nrows; k++)
			if (strcmp(rows[k].a.id, g->id) == 0)
				org = rows[k].org_name;
		json_t *j = json_object(), *ev = json_array();
		json_object_set_new(j, "id", json_string(g->id));
		json_object_set_new(j, "what", json_string(g->what));
		json_object_set_new(j, "who", json_string(g->who_kind));
		json_object_set_new(j, "who_label", json_label(codes, "gizwie", g->who_kind));
		json_object_set_new(j, "who_name", json_str_or_null(g->who_name));
		json_object_set_new(j, "organisation_id", json_str_or_null(g->org_id));
		json_object_set_new(j, "organisation", json_str_or_null(org));
		json_object_set_new(j, "when", json_date_or_null(g->due_on));
		json_object_set_new(j, "evaluate_on", json_date_or_null(g->evaluate_on));
		json_object_set_new(j, "status", json_string(g->status));
		json_object_set_new(j, "closed_on", json_date_or_null(g->closed_on));
		for (int k = 0; k < nevents; k++) {
			if (strcmp(events[k].agreement_id, g->id) != 0)
				continue;
			json_t *v = json_object();
			json_object_set_new(v, "kind", json_string(events[k].kind));
			json_object_set_new(v, "date", json_date_or_null(events[k].on));
			json_object_set_new(v, "note", json_str_or_null(events[k].note));
			json_object_set_new(v, "before", json_str_or_null(events[k].before));
			json_array_append_new(ev, v);
		}
		json_object_set_new(j, "events", ev);
		json_object_set_new(j, "version", json_integer(g->version));
		json_array_append_new(arr, j);
	}
	return arr;
}

static json_t *assessment_json(const struct refdata *codes, const struct giz_assessment *a,
			       const struct family_member *fam, int nfam,
			       const struct giz_agreement_row *rows, int nrows,
			       const struct giz_event *events, int nevents)
{
	json_t *j = json_object(), *words = json_object();
	json_object_set_new(j, "id", json_string(a->id));
	json_object_set_new(j, "date", json_date_or_null(a->date));
	json_object_set_new(j, "rubric", json_string("R054"));
	json_object_set_new(j, "participants", participants_json(a, fam, nfam));
	json_object_set_new(j, "bds", bds_json(codes, a));
	json_object_set_new(j, "triangle", json_str_or_null(a->triangle));
	json_object_set_new(j, "triangle_label", json_label(codes, "gizdriehoek", a->triangle));
	json_t *sides = json_array();
	for (const char *p = a->sides; *p;) {
		char code[4];
		size_t len = strcspn(p, ",");
		snprintf(code, sizeof code, "%.*s", (int)(len < 3 ? len : 3), p);
		json_array_append_new(sides, json_string(code));
		p += len;
		p += *p == ',';
	}
	json_object_set_new(j, "sides", sides);
	json_object_set_new(j, "aspects", aspects_json(codes, a));
	json_object_set_new(words, "going_well", json_str_or_null(a->going_well));
	json_object_set_new(words, "worries", json_str_or_null(a->worries));
	json_object_set_new(words, "wishes", json_str_or_null(a->wishes));
	json_object_set_new(j, "parent_words", words);
	json_object_set_new(j, "professional_view", json_str_or_null(a->professional_view));
	json_object_set_new(j, "strengths", json_str_or_null(a->strengths));
	json_object_set_new(j, "draagkracht", json_str_or_null(a->draagkracht));
	json_object_set_new(j, "draaglast", json_str_or_null(a->draaglast));
	json_object_set_new(j, "conclusion", json_str_or_null(a->conclusion));
	json_object_set_new(j, "conclusion_label",
			    json_label(codes, "gizconclusie", a->conclusion));
	json_object_set_new(j, "conclusion_text", json_str_or_null(a->conclusion_text));
	json_object_set_new(j, "plan", plan_json(codes, a, rows, nrows, events, nevents));
	json_object_set_new(j, "version", json_integer(a->version));
	json_object_set_new(j, "updated_at", json_str_or_null(a->updated_at));
	return j;
}

json_t *export_giz_json(struct db *db, const struct refdata *codes, const char *child_id,
			struct gp_err *e)
{
	struct giz_summary *list = NULL;
	struct family_member *fam = NULL;
	struct giz_agreement_row *rows = NULL;
	struct giz_event *events = NULL;
	int n = 0, nfam = 0, nrows = 0, nevents = 0;
	struct giz_assessment *a = malloc(sizeof *a);
	json_t *arr = NULL;
	if (!a) {
		gp_fail(e, GP_EINTERNAL, _("Er is onvoldoende geheugen."));
		return NULL;
	}
	if (giz_list(db, child_id, &list, &n, e) == GP_OK &&
	    child_family(db, child_id, &fam, &nfam, e) == GP_OK &&
	    giz_agreements(db, child_id, 0, &rows, &nrows, e) == GP_OK &&
	    giz_events(db, child_id, &events, &nevents, e) == GP_OK) {
		arr = json_array();
		for (int i = n - 1; arr && i >= 0; i--) { /* the list is newest first */
			if (giz_get(db, list[i].id, a, e) != GP_OK) {
				json_decref(arr);
				arr = NULL;
				break;
			}
			json_array_append_new(arr, assessment_json(codes, a, fam, nfam, rows, nrows,
								   events, nevents));
		}
	}
	free(a);
	free(list);
	free(fam);
	free(rows);
	free(events);
	return arr;
}
