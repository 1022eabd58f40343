/* child.h — children, their parents and carers, and the family links
 * between them: create, read and update with the version check of
 * docs/product.md §8 (a save that started from an older version is refused, never
 * applied over someone else's). */
#ifndef GP_CHILD_H
#define GP_CHILD_H

#include "date.h"
#include "db.h"
#include "account.h"
#include "validate.h"

enum { BSN_BUF = 10, POSTCODE_BUF = 8, SHORT_BUF = SHORT_MAX_CHARS * 4 + 1 };

struct child {
	char id[DB_ID_LEN];            /* UUIDv7; set by child_create */
	long long client_no;           /* the short number people use; set by child_create */
	char bsn[BSN_BUF];             /* BDS 7; "" when unknown */
	char given_names[NAME_BUF];    /* voornamen (required) */
	char call_name[NAME_BUF];      /* roepnaam */
	char tussenvoegsel[PREFIX_BUF];/* van, de, van der */
	char family_name[NAME_BUF];    /* achternaam (required) */
	int sex;                       /* BDS 19: 0 onbekend, 1 man, 2 vrouw, 3 onbepaald */
	struct gp_date birth_date;     /* BDS 20 (required) */
	int gestational_age_days;      /* BDS 82; 0 when unknown */
	int birth_weight_g;            /* BDS 110; 0 when unknown */
	char street[TEXT_BUF];         /* straat */
	char house_number[SHORT_BUF];  /* huisnummer with toevoeging */
	char postcode[POSTCODE_BUF];   /* BDS 16, "1234 AB"; "" when unknown */
	char postcode_area[5];         /* BDS 16 digits only ("3438") when the letters are
					  unknown (a BDS JSON import); "" otherwise, and
					  never stored next to a whole postcode */
	char city[TEXT_BUF];           /* woonplaats */
	char phone[SHORT_BUF];         /* telefoon */
	char gp_org_id[DB_ID_LEN];     /* huisarts (organisations.id) or "" */
	char school_org_id[DB_ID_LEN]; /* school/kinderopvang (organisations.id) or "" */
	struct gp_date registered_on;  /* in our care since; y == 0 when from birth */
	char status[16];               /* actief, verhuisd, overleden, gearchiveerd */
	char rvp_variant[16];          /* RVP variant chosen by the jeugdarts (BDS 1584,
					  data/codes/rvpvariant.tsv), or "" */
	char location[TEXT_BUF];       /* where the child is seen (consultatiebureau,
					  school), or "" */
	char professional_id[DB_ID_LEN]; /* responsible professional (accounts.id):
					    whose caseload the child is in, or "" */
	int version;                   /* the version this copy was read at */
	char updated_at[DB_TIME_LEN];  /* when it was last saved */
	char updated_by[ACCOUNT_DISPLAY_BUF]; /* who saved it last (display name) */
};

/* A parent or carer as a person. */
struct parent {
	char id[DB_ID_LEN];            /* UUIDv7; set by parent_create */
	char given_names[NAME_BUF];    /* required */
	char tussenvoegsel[PREFIX_BUF];
	char family_name[NAME_BUF];    /* required */
	int sex;                       /* as BDS 19 */
	struct gp_date birth_date;     /* y == 0 when unknown */
	char bsn[BSN_BUF];             /* "" when unknown */
	char phone[SHORT_BUF];
	char email[TEXT_BUF];
	char street[TEXT_BUF];
	char house_number[SHORT_BUF];
	char postcode[POSTCODE_BUF];
	char city[TEXT_BUF];
	char language[TEXT_BUF];       /* language spoken at home */
	int height_mm;                 /* BDS 238/240 for a biological parent; 0 unknown */
	int version;                   /* the version this copy was read at */
};

/* A parent as seen from one child: the person plus the link, with the
 * gezag this person holds over the child as the law has it (DOMAIN §5):
 * its kind, the days it holds, and for a gecertificeerde instelling (GI)
 * the institution, for which this person acts. */
struct family_member {
	struct parent parent;          /* the person */
	char link_id[DB_ID_LEN];       /* child_parents.id */
	char relation[24];             /* data/codes/relatie.tsv: moeder, vader, … (our
					  words; the BDS 62 code is in the list's bds column) */
	int gezag;                     /* holds, or held, parental authority */
	char gezag_type[24];           /* data/codes/gezagsoort.tsv (BDS 1565); "" with
					* gezag: set from the relation on save */
	struct gp_date gezag_from;     /* BDS 1566: first day with gezag; y == 0 since birth */
	struct gp_date gezag_until;    /* BDS 1567: first day without it; y == 0 still */
	char gezag_org_id[DB_ID_LEN];  /* the GI holding gezag (organisations.id), or "" */
	char gezag_org_name[TEXT_BUF]; /* its name, as read (not saved) */
	int lives_with;                /* the child lives with this parent */
	int link_version;              /* version of the link row */
};

/* A short line about a child, for lists (search results, Vandaag, siblings). */
struct child_summary {
	char id[DB_ID_LEN];
	long long client_no;
	char display_name[NAME_BUF * 3]; /* "Zoë van der Berg" */
	char sort_name[NAME_BUF * 3];    /* "Berg, Zoë van der" */
	struct gp_date birth_date;
	char bsn[BSN_BUF];
	char postcode[POSTCODE_BUF];
	int sex;
};

/* Checks every field; on failure e names the field and the problem. */
enum gp_status child_validate(const struct child *c, struct gp_date today, struct gp_err *e);
enum gp_status parent_validate(const struct parent *p, struct gp_err *e);

/* Saves a new child (c->id, client_no and version are filled in). */
enum gp_status child_create(struct db *db, struct child *c, struct gp_err *e);
/* Saves changes made to a child read at c->version; GP_ESTALE when someone
 * else saved in between (nothing is written; the caller keeps c). */
enum gp_status child_update(struct db *db, struct child *c, struct gp_err *e);
enum gp_status child_get(struct db *db, const char *id, struct child *c, struct gp_err *e);
/* REF is a client number or a BSN (docs/product.md §9). */
enum gp_status child_find_ref(struct db *db, const char *ref, struct child *c,
			      struct gp_err *e);
/* Only the id and client number of the child REF names (a client number,
 * or a BSN of 8 or 9 digits): its identity, not its dossier, so no right to
 * read it is needed (the retention procedure, a beheerder). */
enum gp_status child_ref_id(struct db *db, const char *ref, char *id, long long *client_no,
			    struct gp_err *e);
/* Writes a 'view' entry to the audit log (opening a dossier). */
enum gp_status child_log_view(struct db *db, const char *child_id, struct gp_err *e);
/* Number of children in the database. */
enum gp_status child_count(struct db *db, long long *n, struct gp_err *e);

enum gp_status parent_create(struct db *db, struct parent *p, struct gp_err *e);
enum gp_status parent_update(struct db *db, struct parent *p, struct gp_err *e);
enum gp_status parent_get(struct db *db, const char *id, struct parent *p, struct gp_err *e);

/* Checks the link part of a family member: the gezag fields agree (a kind
 * with gezag, none without; dates in order; a GI only for a GI's
 * voogdij, and then required).  Fills in the kind from the relation when
 * gezag is set without one, and clears the gezag fields without gezag. */
enum gp_status family_link_validate(struct family_member *m, struct gp_err *e);

/* The kind of gezag a relation usually brings: voogd_gi, voogd, niet_ouder
 * (step-, foster parent, other) or ouder. */
const char *family_default_gezag_type(const char *relation);

/* 1 when m holds gezag on `day` (recorded with gezag, and day within
 * gezag_from … gezag_until). */
int family_holds_gezag(const struct family_member *m, struct gp_date day);

/* Links a parent to a child with a relation (BDS 62) and gezag (of the
 * kind the relation usually brings, since birth). */
enum gp_status child_link_parent(struct db *db, const char *child_id, const char *parent_id,
				 const char *relation, int gezag, int lives_with,
				 struct gp_err *e);
/* Links the parent m->parent.id to a child as m says (relation, gezag with
 * its kind, dates and GI, lives_with); checked with family_link_validate. */
enum gp_status child_link_member(struct db *db, const char *child_id, struct family_member *m,
				 struct gp_err *e);
/* Changes relation, gezag or lives_with of an existing link (version checked). */
enum gp_status child_update_link(struct db *db, struct family_member *m, struct gp_err *e);
/* Saves a parent and its link in one transaction: with child_id, a new
 * parent linked to that child (m->parent.id is filled in);
 * with NULL, changes to an existing parent and link (version checked).  On
 * failure nothing is written. */
enum gp_status family_save_member(struct db *db, const char *child_id, struct family_member *m,
				  struct gp_err *e);

/* The parents of a child: those with gezag first, mothers before fathers.  *out is malloc'ed; free() it. */
enum gp_status child_family(struct db *db, const char *child_id, struct family_member **out,
			    int *n, struct gp_err *e);
/* The other children sharing a parent with this child, oldest first. */
enum gp_status child_siblings(struct db *db, const char *child_id,
			      struct child_summary **out, int *n, struct gp_err *e);

/* Reads a child_summary from columns 0–8 of a row: id, client_no,
 * given_names, tussenvoegsel, family_name, birth_date, bsn, postcode, sex. */
void child_summary_read(sqlite3_stmt *st, struct child_summary *s);

/* The stored sort key of a child (children.sort_key): folded family name
 * and given names, without the tussenvoegsel. */
void child_sort_key(const struct child *c, char *out, size_t outsz);
/* Everything search finds the child by (children.search_names). */
void child_search_names(const struct child *c, char *out, size_t outsz);

/* "Zoë van der Berg" and "Berg, Zoë van der" from the name parts. */
void child_display_name(const char *given, const char *prefix, const char *family, char *out,
			size_t outsz);
void child_sort_name(const char *given, const char *prefix, const char *family, char *out,
		     size_t outsz);

#endif
