/* demo_impl.h — what demo.c (the lists, the team, the sociale kaart) and
 * demo_family.c (households and their people) share.  Not for other
 * modules: they call demo_fill() in demo.h. */
#ifndef GP_DEMO_IMPL_H
#define GP_DEMO_IMPL_H

#include "account.h"
#include "child.h"
#include "db.h"
#include "demo_history.h"
#include "rng.h"

enum {
	DEMO_MAX_ORIGINS = 16,
	DEMO_MAX_NAMES = 128,
	DEMO_MAX_PLACES = 32,
	DEMO_MAX_ORGS = 64,
	DEMO_MAX_STAFF = 16
};

/* Names of one origin (data/demo/namen.tsv). */
struct demo_origin {
	char code[8];                         /* nl, tr, ma, … */
	char language[8];                     /* data/codes/taal.tsv: spoken at home */
	int share;                            /* percent of families */
	char *boys[DEMO_MAX_NAMES];           /* given names */
	char *girls[DEMO_MAX_NAMES];
	char *family[DEMO_MAX_NAMES];         /* family names */
	char *prefix[DEMO_MAX_NAMES];         /* their tussenvoegsel, "" */
	char *female[DEMO_MAX_NAMES];         /* the form women carry, or "" */
	int nboys, ngirls, nfamily;
};

/* An organisation of the demo sociale kaart a child can be registered with. */
struct demo_org {
	char id[DB_ID_LEN];   /* organisations.id */
	char city[64];        /* its town */
};

/* A town with its postcodes, streets, huisartsen, schools and childcare. */
struct demo_place {
	char city[64];
	int pc_from, pc_to;                   /* postcode range, 4 digits */
	int weight;                           /* share of the children, relative */
	char *streets[16];
	int nstreets;
};

/* A member of the demo team and the towns of its caseload. */
struct demo_staff {
	char id[DB_ID_LEN];   /* accounts.id */
	char towns[256];      /* comma-separated, "" for none */
};

struct demo {
	struct db *db;
	struct rng rng;                       /* everything random comes from here */
	struct gp_date today;
	struct demo_origin origins[DEMO_MAX_ORIGINS];
	int norigins;
	struct demo_place places[DEMO_MAX_PLACES];
	int nplaces;
	int place_weights;                    /* sum of the places' weights */
	struct demo_org gps[DEMO_MAX_ORGS], po[DEMO_MAX_ORGS], vo[DEMO_MAX_ORGS],
		opvang[DEMO_MAX_ORGS];
	int ngps, npo, nvo, nopvang;
	char gi_id[DB_ID_LEN];                /* the GI (level gi), or "" */
	struct demo_staff staff[DEMO_MAX_STAFF];
	int nstaff;
	struct account self;  /* the demo account (the first of the team) */
	struct account admin; /* "beheer": makes the sociale kaart */
	int next_bsn;                         /* next candidate in 9999xxxxx */
	int made;                             /* children created so far */
	struct demo_history *history;         /* contacts, growth, vaccinations */
};

/* Makes one household with up to `remaining` children (demo_family.c). */
enum gp_status demo_make_family(struct demo *d, int remaining, struct gp_err *e);

#endif
