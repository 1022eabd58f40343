/* saver.c — the batch saver of the crash test (tests/cli/crash_batch.sh):
 * saves records the way the program does, one transaction per save, and
 * says "ACK N" on stdout (flushed) only after save N is committed, so a
 * test that kills it with SIGKILL at any moment knows which saves were
 * acknowledged.  Each save is a new child ("Kind CrashN", family name
 * "CrashN") with a realised contact moment carrying a measurement, as one
 * transaction with its audit entries; nothing of it may ever be found
 * half-saved.
 * Usage: crash_saver DB FIRST COUNT   (reference data from GROEIPAD_DATADIR) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "child.h"
#include "contact.h"
#include "db.h"

static int save_one(struct db *db, const struct contact_refs *refs, long n,
		    struct contact_record *r, struct gp_err *e)
{
	struct child c = {0};
	strcpy(c.given_names, "Kind");
	snprintf(c.family_name, sizeof c.family_name, "Crash%ld", n);
	c.sex = 1 + (int)(n % 2);
	c.birth_date = (struct gp_date){2026, 1, 1};
	if (db_begin(db, e) != GP_OK)
		return -1;
	memset(r, 0, sizeof *r);
	if (child_create(db, &c, e) == GP_OK) {
		strcpy(r->contact.child_id, c.id);
		r->contact.date = (struct gp_date){2026, 3, 1};
		strcpy(r->contact.status, "01");
		strcpy(r->contact.form, "03");
		strcpy(r->contact.kind, "37");
		r->has_measurement = 1;
		r->measurement.weight_g = 5000 + (int)(n % 500);
		strcpy(r->measurement.weight_method, "zonder_kleding");
		if (contact_save_new(db, refs, r, e) == GP_OK)
			return db_commit(db, e) == GP_OK ? 0 : -1;
	}
	db_rollback(db);
	return -1;
}

int main(int argc, char **argv)
{
	struct gp_err e = {0};
	struct db *db;
	struct growth_ref *growth;
	const char *data = getenv("GROEIPAD_DATADIR");
	if (argc != 4 || !data) {
		fprintf(stderr, "usage: GROEIPAD_DATADIR=DIR crash_saver DB FIRST COUNT\n");
		return 2;
	}
	if (db_open(&db, argv[1], DB_EXISTING, &e) != GP_OK || growth_load(data, &growth, &e)) {
		fprintf(stderr, "crash_saver: %s\n", e.msg);
		return 1;
	}
	struct contact_refs refs = {.growth = growth};
	struct contact_record *r = malloc(sizeof *r);
	long first = strtol(argv[2], NULL, 10), count = strtol(argv[3], NULL, 10);
	for (long n = first; r && n < first + count; n++) {
		if (save_one(db, &refs, n, r, &e) != 0) {
			fprintf(stderr, "crash_saver: save %ld: %s\n", n, e.msg);
			break;
		}
		printf("ACK %ld\n", n);
		fflush(stdout);
	}
	free(r);
	growth_free(growth);
	db_close(db);
	return 0;
}
