/* fuzz_import_bds.c — the BDS JSON importer's reader (import_bds_open/next
 * in src/import_rec.h: one JSON document, a list, or one per line; every
 * element number and value conversion), on any bytes: a refusal has a
 * sentence; every record has a positive line or record number, no more
 * records come than the input has bytes, and every text it hands over is
 * valid UTF-8 with its measurements counted right. */
#include <unistd.h>

#include "fuzz.h"
#include "import_rec.h"
#include "text.h"

static char path[256];

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	snprintf(path, sizeof path, "/tmp/gp-fuzz-import-%ld.json", (long)getpid());
	return 0;
}

static void check_texts(const struct import_rec *r)
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

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	FILE *f = fopen(path, "wb");
	if (!f)
		abort();
	fwrite(data, 1, size, f);
	fclose(f);
	struct gp_err e = {0};
	struct import_bds *c = NULL;
	if (import_bds_open(&c, path, &e) != GP_OK) {
		FUZZ_CHECK(e.msg[0]);
		return 0;
	}
	static struct import_rec r; /* large: not on the stack */
	memset(&r, 0, sizeof r);
	size_t n = 0;
	while (import_bds_next(c, &r) == 1) {
		FUZZ_CHECK(r.line >= 1 && ++n <= size);
		FUZZ_CHECK(r.nmeas >= 0 && (r.nmeas == 0 || r.meas));
		check_texts(&r);
	}
	free(r.meas); /* the caller owns the measurements (import.c does the same) */
	import_bds_close(c);
	return 0;
}
