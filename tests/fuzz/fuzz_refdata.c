/* fuzz_refdata.c — the reference data files an organisation may edit
 * (data/README.md): the contact-moment schedule, the RVP files, a WHO
 * growth table, a code list, each read by its real loader from a copy of
 * data/ in which the fuzzed input replaces one file (the first byte says
 * which).  Invariant: the loader accepts the file or refuses it with a
 * sentence — never a crash, a hang or a sanitizer report. */
#include <unistd.h>

#include "fuzz.h"
#include "growth.h"
#include "refdata.h"
#include "schedule.h"

static char dir[256];

static const char *const FILES[] = {
	"schedule/contactmomenten.tsv", "rvp/rvp.tsv", "rvp/versions.tsv", "rvp/inhalen.tsv",
	"who/weianthro.txt", "who/wflanthro.txt", "codes/geslacht.tsv",
};
enum { NFILES = sizeof FILES / sizeof *FILES };

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	const char *src = getenv("GROEIPAD_DATADIR");
	char cmd[700];
	snprintf(dir, sizeof dir, "/tmp/gp-fuzz-refdata-%ld", (long)getpid());
	snprintf(cmd, sizeof cmd, "rm -rf '%s' && cp -r '%s' '%s'", dir, src ? src : "data", dir);
	if (system(cmd) != 0)
		abort();
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size == 0)
		return 0;
	const char *file = FILES[data[0] % NFILES];
	char path[512], keep[520];
	snprintf(path, sizeof path, "%s/%s", dir, file);
	snprintf(keep, sizeof keep, "%s.orig", path);
	if (access(keep, F_OK) != 0 && rename(path, keep) != 0)
		abort();
	FILE *f = fopen(path, "wb");
	if (!f)
		abort();
	fwrite(data + 1, 1, size - 1, f);
	fclose(f);
	struct gp_err e = {0};
	if (data[0] % NFILES <= 3) {
		struct schedule *s = NULL;
		if (schedule_load(dir, &s, &e) == GP_OK)
			schedule_free(s);
		else
			FUZZ_CHECK(e.msg[0]);
	} else if (data[0] % NFILES <= 5) {
		struct growth_ref *g = NULL;
		if (growth_load(dir, &g, &e) == GP_OK)
			growth_free(g);
		else
			FUZZ_CHECK(e.msg[0]);
	} else {
		struct refdata *r = NULL;
		if (refdata_load(dir, "nl", &r, &e) == GP_OK)
			refdata_free(r);
		else
			FUZZ_CHECK(e.msg[0]);
	}
	if (rename(keep, path) != 0) /* the next input starts from the real files */
		abort();
	return 0;
}
