/* formkinds.c — the list of every form kind, so that one check at start-up
 * (formscreen_check_all) and the unit tests reach every form table. */
#include "formscreen.h"

const struct formscreen_kind *const formscreen_kinds[] = {
	&child_form_kind, &parent_form_kind, &org_form_kind, &user_form_kind,
	&password_form_kind, &contact_form_kind, &note_form_kind, &appointment_form_kind,
	&giz_form_kind, &giz_agreement_form_kind, &handover_form_kind, &handover_step_kind,
	&export_form_kind, &import_form_kind, &report_form_kind, NULL,
};
