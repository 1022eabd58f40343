/* fuzz_import.h — what both importers' fuzz targets check in every record
 * they are handed: every text valid UTF-8, the parents counted right, the
 * reason (when there is one) inside its buffer. */
#ifndef GP_FUZZ_IMPORT_H
#define GP_FUZZ_IMPORT_H

#include "fuzz.h"
#include "import_rec.h"
#include "text.h"

static inline void fuzz_check_record(const struct import_rec *r)
{
	const struct child *c = &r->child;
	const char *texts[] = {c->given_names, c->call_name, c->tussenvoegsel, c->family_name,
			       c->bsn, c->street, c->house_number, c->postcode, c->city};
	for (size_t i = 0; i < sizeof texts / sizeof *texts; i++)
		FUZZ_CHECK(utf8_valid(texts[i]));
	FUZZ_CHECK(r->nparents >= 0 && r->nparents <= IMPORT_MAX_PARENTS);
	for (int i = 0; i < r->nparents; i++) {
		const struct parent *p = &r->parents[i].m.parent;
		FUZZ_CHECK(utf8_valid(p->given_names) && utf8_valid(p->family_name));
	}
	FUZZ_CHECK(strlen(r->why) < sizeof r->why);
}

#endif
