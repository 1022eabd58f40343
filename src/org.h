/* org.h — the sociale kaart: organisations a family can be handed over to,
 * and the huisarts and school a child is registered with. */
#ifndef GP_ORG_H
#define GP_ORG_H

#include "child.h"

struct org {
	char id[DB_ID_LEN];             /* UUIDv7; set by org_create */
	char kind[24];                  /* data/codes/organisatiesoort.tsv */
	char name[TEXT_BUF];            /* required */
	char contact_person[TEXT_BUF];
	char phone[SHORT_BUF];
	char email[TEXT_BUF];
	char street[TEXT_BUF];
	char house_number[SHORT_BUF];
	char postcode[POSTCODE_BUF];
	char city[TEXT_BUF];
	int contracted;                 /* gecontracteerd by the municipality */
	int active;                     /* 0: no longer offered in pick lists */
	int version;                    /* the version this copy was read at */
};

enum gp_status org_validate(const struct org *o, struct gp_err *e);
enum gp_status org_create(struct db *db, struct org *o, struct gp_err *e);
enum gp_status org_update(struct db *db, struct org *o, struct gp_err *e);
enum gp_status org_get(struct db *db, const char *id, struct org *o, struct gp_err *e);
/* All organisations (kind NULL) or those of one kind, by name; *out is
 * malloc'ed, free() it. */
enum gp_status org_list(struct db *db, const char *kind, struct org **out, int *n,
			struct gp_err *e);

#endif
