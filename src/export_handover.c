/* export_handover.c — a child's warm handovers in the JSON export
 * (export_json.h, docs/cli.md): each handover with every field, its
 * consents per person and its lifecycle, oldest first. */
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "export_handover.h"
#include "handover.h"
#include "i18n.h"
#include "json_value.h"


/* The codes of a comma-separated list as an array. */
static json_t *codes_array(const char *list)
{
	json_t *a = json_array();
	for (const char *p = list; p && *p;) {
		size_t len = strcspn(p, ",");
		json_array_append_new(a, json_stringn(p, len));
		p += len + (p[len] == ',');
	}
	return a;
}

static json_t *consent_json(const struct handover_consent *k)
{
	int child = strcmp(k->person, CONSENT_CHILD) == 0;
	json_t *j = json_object();
	json_object_set_new(j, "id", json_string(k->id));
	json_object_set_new(j, "person", json_string(child ? "kind" : "ouder"));
	json_object_set_new(j, "parent_id", child ? json_null() : json_string(k->person));
	json_object_set_new(j, "decision", json_string(k->given ? "gegeven" : "geweigerd"));
	json_object_set_new(j, "form", json_string(k->form));
	json_object_set_new(j, "given_on", json_date_or_null(k->given_on));
	json_object_set_new(j, "ends_on", json_date_or_null(k->ends_on));
	json_object_set_new(j, "scope", codes_array(k->scope));
	json_object_set_new(j, "source", json_str_or_null(k->source));
	json_object_set_new(j, "recorded_by", json_str_or_null(k->recorded_by));
	json_object_set_new(j, "version", json_integer(k->version));
	return j;
}

static json_t *events_json(struct db *db, const char *id, struct gp_err *e)
{
	struct handover_event *v = NULL;
	int n = 0;
	if (handover_events(db, id, &v, &n, e) != GP_OK)
		return NULL;
	json_t *a = json_array();
	for (int i = 0; i < n; i++) {
		json_t *j = json_object();
		json_object_set_new(j, "state", json_string(v[i].state));
		json_object_set_new(j, "on", json_date_or_null(v[i].on));
		json_object_set_new(j, "who", json_str_or_null(v[i].who));
		json_object_set_new(j, "note", json_str_or_null(v[i].note));
		json_object_set_new(j, "recorded_by", json_str_or_null(v[i].by));
		json_object_set_new(j, "recorded_at", json_str_or_null(v[i].at));
		json_array_append_new(a, j);
	}
	free(v);
	return a;
}

static json_t *handover_json(struct db *db, const struct refdata *codes,
			     const struct handover *h, const char *org_name, struct gp_err *e)
{
	json_t *events = events_json(db, h->id, e);
	if (!events)
		return NULL;
	json_t *j = json_object(), *sender = json_object(), *consents = json_array();
	json_object_set_new(j, "id", json_string(h->id));
	json_object_set_new(j, "no", json_integer(h->no));
	json_object_set_new(j, "state", json_string(h->state));
	json_object_set_new(j, "state_label", json_label(codes, "overdrachtstatus", h->state));
	json_object_set_new(j, "destination", json_string(h->destination));
	json_object_set_new(j, "destination_label",
			    json_label(codes, "overdrachtbestemming", h->destination));
	json_object_set_new(j, "mode", json_string(h->mode));
	json_object_set_new(j, "mode_label", json_label(codes, "overdrachtsoort", h->mode));
	json_object_set_new(j, "frame", json_string(h->frame));
	json_object_set_new(j, "consent_exempt", json_boolean(h->consent_exempt));
	json_object_set_new(j, "receiver_org_id", json_str_or_null(h->org_id));
	json_object_set_new(j, "receiver_org", json_str_or_null(org_name));
	json_object_set_new(j, "receiver_person", json_str_or_null(h->receiver_person));
	json_object_set_new(j, "reason", json_str_or_null(h->reason));
	json_object_set_new(j, "question", json_str_or_null(h->question));
	json_object_set_new(j, "parents_wish", json_str_or_null(h->parents_wish));
	json_object_set_new(j, "summary", json_str_or_null(h->summary));
	json_object_set_new(j, "joint_conversation_on", json_date_or_null(h->joint_on));
	json_object_set_new(j, "parents_present", json_str_or_null(h->parents_present));
	json_object_set_new(j, "casusregie", json_string(h->casusregie));
	json_object_set_new(j, "casusregie_name", json_str_or_null(h->casusregie_name));
	json_object_set_new(sender, "name", json_str_or_null(h->sender_name));
	json_object_set_new(sender, "organisation", json_str_or_null(h->sender_org));
	json_object_set_new(sender, "phone", json_str_or_null(h->sender_phone));
	json_object_set_new(sender, "email", json_str_or_null(h->sender_email));
	json_object_set_new(j, "sender", sender);
	json_object_set_new(j, "feedback_due_on", json_date_or_null(h->feedback_due_on));
	json_object_set_new(j, "sent_on", json_date_or_null(h->sent_on));
	json_object_set_new(j, "received_on", json_date_or_null(h->received_on));
	json_object_set_new(j, "planned_on", json_date_or_null(h->planned_on));
	json_object_set_new(j, "first_conversation_on",
			    json_date_or_null(h->first_conversation_on));
	json_object_set_new(j, "fed_back_on", json_date_or_null(h->fed_back_on));
	json_object_set_new(j, "closed_on", json_date_or_null(h->closed_on));
	json_object_set_new(j, "withdrawn_on", json_date_or_null(h->withdrawn_on));
	json_object_set_new(j, "feedback", json_str_or_null(h->feedback));
	json_object_set_new(j, "closing_report", json_str_or_null(h->closing_report));
	for (int i = 0; i < h->nconsents; i++)
		json_array_append_new(consents, consent_json(&h->consents[i]));
	json_object_set_new(j, "consents", consents);
	json_object_set_new(j, "lifecycle", events);
	json_object_set_new(j, "created_by", json_str_or_null(h->created_by));
	json_object_set_new(j, "version", json_integer(h->version));
	json_object_set_new(j, "updated_at", json_str_or_null(h->updated_at));
	return j;
}

json_t *export_handovers_json(struct db *db, const struct refdata *codes, const char *child_id,
			      struct gp_err *e)
{
	struct handover_line *l = NULL;
	struct handover_refs refs = {NULL, codes};
	int n = 0;
	if (handover_list_child(db, &refs, child_id, date_today(), &l, &n, e) != GP_OK)
		return NULL;
	struct handover *h = malloc(sizeof *h);
	json_t *a = h ? json_array() : NULL;
	if (!h)
		gp_fail(e, GP_EINTERNAL, "%s", _("Er is onvoldoende geheugen."));
	for (int i = n - 1; a && i >= 0; i--) { /* the list is newest first */
		json_t *j = NULL;
		if (handover_get(db, l[i].id, h, e) == GP_OK)
			j = handover_json(db, codes, h, l[i].org_name, e);
		if (!j) {
			json_decref(a);
			a = NULL;
			break;
		}
		json_array_append_new(a, j);
	}
	free(h);
	free(l);
	return a;
}
