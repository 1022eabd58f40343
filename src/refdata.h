/* refdata.h — reference data loaded once at start-up from the data
 * directory (data/ in the source tree, $PREFIX/share/groeipad installed):
 * code lists with their Dutch and English labels, so an organisation can
 * change them without recompiling.  See data/README.md.
 *
 * Two kinds of file make code lists:
 *  - data/codes/NAME.tsv: one list NAME, columns code, nl, en;
 *  - value-set files (data/giz/giz.tsv): many lists in one file, each named
 *    by the OID of its code system, with per code whether its label is
 *    confirmed by a public source, and extra columns that become lists of
 *    their own ("gizschaal.kort", "gizschaal.ouder", "gizelement.zijde").
 *    A code whose label is not confirmed is labelled with its code in
 *    front of the (neutral) label: "04 stap 4 (label onbevestigd)". */
#ifndef GP_REFDATA_H
#define GP_REFDATA_H

#include <stddef.h>

#include "err.h"

struct code {
	char *code;  /* the stored value, e.g. "01" or "moeder" */
	char *label; /* in the interface language */
	char *bds;   /* the BDS (or RIVM) code of a fourth column `bds`, or NULL
			when the list has none or says '-' (no known code) */
	int unconfirmed; /* 1: the label is not confirmed by a public source */
};

struct codelist {
	char *name;         /* file name without .tsv, e.g. "relatie", or the list
			     * name of a value-set file, e.g. "gizschaal" */
	char *oid;          /* the code system's OID (value-set files), or NULL */
	struct code *items; /* in file order */
	int n;              /* number of items */
};

struct refdata {
	char datadir[4096];     /* where the files came from */
	struct codelist *lists; /* every data/codes/NAME.tsv */
	int nlists;
};

/* The data directory: $GROEIPAD_DATADIR, else data/ next to the binary's
 * folder (a build tree), else the installed GP_DATADIR. */
const char *refdata_dir(void);

/* Loads every data/codes/NAME.tsv and the value-set files (above).  lang
 * "en" picks the English label columns. */
enum gp_status refdata_load(const char *datadir, const char *lang, struct refdata **out,
			    struct gp_err *e);
void refdata_free(struct refdata *r);

/* The list of that name, or NULL. */
const struct codelist *refdata_list(const struct refdata *r, const char *name);
/* The label of a code in a list, or the code itself when unknown. */
const char *refdata_label(const struct refdata *r, const char *list, const char *code);
/* The entry of a code in a list, or NULL. */
const struct code *refdata_code(const struct refdata *r, const char *list, const char *code);

/* The BDS code a list maps a stored code to (column `bds` of
 * data/codes/NAME.tsv, see docs/data-model.md), or NULL when there is none. */
const char *refdata_bds(const struct refdata *r, const char *list, const char *code);

/* Reads a tab-separated file: lines starting with '#' and empty lines are
 * skipped, the first other line is the header.  Calls row() for each data
 * line with its fields (at most 32) and line number; a non-zero return stops
 * and is returned.  Errors name the file and line. */
typedef int (*tsv_row_fn)(void *ctx, char **fields, int nfields, int line, struct gp_err *e);
enum gp_status tsv_read(const char *path, tsv_row_fn row, void *ctx, struct gp_err *e);

#endif
