/* fuzz_tsv.c — the tab-separated reader under every reference data file
 * (tsv_read in src/refdata.h), on any bytes: every row it hands over has
 * between 1 and 32 NUL-terminated fields and a positive line number; a
 * refusal names the file and line. */
#include <unistd.h>

#include "fuzz.h"
#include "refdata.h"

static char path[256];

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	snprintf(path, sizeof path, "/tmp/gp-fuzz-tsv-%ld.tsv", (long)getpid());
	return 0;
}

static int row(void *ctx, char **fields, int nfields, int line, struct gp_err *e)
{
	(void)e;
	(*(int *)ctx)++;
	FUZZ_CHECK(nfields >= 1 && nfields <= 32 && line >= 1);
	for (int i = 0; i < nfields; i++)
		FUZZ_CHECK(fields[i] && strlen(fields[i]) < 1u << 20);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	FILE *f = fopen(path, "wb");
	if (!f)
		abort();
	fwrite(data, 1, size, f);
	fclose(f);
	struct gp_err e = {0};
	int rows = 0;
	if (tsv_read(path, row, &rows, &e) != GP_OK)
		FUZZ_CHECK(e.msg[0]);
	return 0;
}
