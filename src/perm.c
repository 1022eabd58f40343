/* perm.c — see perm.h.  The table of roles is the whole rule; everything
 * else only reads it. */
#include <string.h>

#include "audit.h"
#include "i18n.h"
#include "perm.h"
#include "text.h"

enum role { R_CARE, R_ASSISTANT, R_ADMIN, R_COUNT };

/* What each kind of role may do: 1 yes, 0 no, 2 only for a child the
 * beheerder gave a reason for. */
static const unsigned char RULES[PERM_COUNT][R_COUNT] = {
	/*                 care  assistent  beheerder */
	[PERM_SEARCH]    = {1,   1,         1},
	[PERM_READ]      = {1,   1,         2},
	[PERM_WRITE]     = {1,   0,         0},
	[PERM_MEASURE]   = {1,   1,         0},
	[PERM_CARE]      = {1,   0,         0},
	[PERM_EXPORT]    = {1,   0,         0},
	[PERM_REPORT]    = {1,   0,         1},
	[PERM_DUE]       = {1,   1,         0},
	[PERM_ACCOUNTS]  = {0,   0,         1},
	[PERM_ORGS]      = {0,   0,         1},
	[PERM_RETENTION] = {0,   0,         1},
	[PERM_AUDIT]     = {0,   0,         1},
	[PERM_SYNC]      = {0,   0,         1},
};

/* What the permission is, for the sentence ("… mag een assistent niet"). */
static const char *const WHAT[PERM_COUNT] = {
	[PERM_SEARCH] = N_("Kinderen zoeken"),
	[PERM_READ] = N_("Een dossier inzien"),
	[PERM_WRITE] = N_("De gegevens van een kind of ouder wijzigen"),
	[PERM_MEASURE] = N_("Een contactmoment, meting of vaccinatie vastleggen"),
	[PERM_CARE] = N_("GIZ, overdrachten en notities inzien of vastleggen"),
	[PERM_EXPORT] = N_("Gegevens van kinderen exporteren"),
	[PERM_REPORT] = N_("De rapportage voor de gemeente maken"),
	[PERM_DUE] = N_("De lijst van wie aan de beurt is inzien"),
	[PERM_ACCOUNTS] = N_("Gebruikers beheren"),
	[PERM_ORGS] = N_("De sociale kaart wijzigen"),
	[PERM_RETENTION] = N_("Bewaartermijnen en vernietiging beheren"),
	[PERM_AUDIT] = N_("Het logboek doorzoeken of verzegelen"),
	[PERM_SYNC] = N_("Uitwisselen met de hub"),
};

/* For the 'denied' audit entry (not translated). */
static const char *const NAME[PERM_COUNT] = {
	[PERM_SEARCH] = "search", [PERM_READ] = "read", [PERM_WRITE] = "write",
	[PERM_MEASURE] = "measure", [PERM_CARE] = "care", [PERM_EXPORT] = "export",
	[PERM_REPORT] = "report", [PERM_DUE] = "due", [PERM_ACCOUNTS] = "accounts", [PERM_ORGS] = "orgs",
	[PERM_RETENTION] = "retention", [PERM_AUDIT] = "audit", [PERM_SYNC] = "sync",
};

int perm_care_role(const char *role)
{
	return strcmp(role, "jeugdarts") == 0 || strcmp(role, "jeugdverpleegkundige") == 0 ||
	       strcmp(role, "verpleegkundig_specialist") == 0;
}

/* -1 for an unknown role: allowed nothing. */
static int role_of(const char *role)
{
	if (perm_care_role(role))
		return R_CARE;
	if (strcmp(role, "assistent") == 0)
		return R_ASSISTANT;
	if (strcmp(role, "beheerder") == 0)
		return R_ADMIN;
	return -1;
}

static int has_reason(const struct db *db, const char *child_id)
{
	for (int i = 0; child_id && i < db->nreasons && i < DB_REASONS; i++)
		if (strcmp(db->reasons[i], child_id) == 0)
			return 1;
	return 0;
}

/* 1 allowed, 0 not, -1 not until the password is changed. */
static int decide(const struct db *db, enum perm p, const char *child_id)
{
	if (!db->actor_id[0] || !db->actor_role[0])
		return 1; /* no account acts: the system itself (init, demo, check, tests) */
	if (db->actor_must_change)
		return -1;
	int r = role_of(db->actor_role);
	if (r < 0 || p < 0 || p >= PERM_COUNT)
		return 0;
	unsigned char rule = RULES[p][r];
	return rule == 1 || (rule == 2 && has_reason(db, child_id));
}

int perm_may(const struct db *db, enum perm p, const char *child_id)
{
	return decide(db, p, child_id) == 1;
}

int perm_needs_reason(const struct db *db, const char *child_id)
{
	int r = role_of(db->actor_role);
	return db->actor_id[0] && db->actor_role[0] && r >= 0 && RULES[PERM_READ][r] == 2 &&
	       !has_reason(db, child_id);
}

enum gp_status perm_require(struct db *db, enum perm p, const char *child_id,
			    struct gp_err *e)
{
	int d = decide(db, p, child_id);
	if (d == 1)
		return GP_OK;
	if (d < 0)
		return gp_fail(e, GP_EDENIED, _("Kies eerst een nieuw wachtwoord; daarna kunt u "
						"verder werken."));
	/* Refusals are part of who tried to see what (NEN 7513); the answer is
	 * the same when the entry cannot be written. */
	audit_log(db, child_id, "denied", NAME[p], NULL);
	if (p == PERM_READ && perm_needs_reason(db, child_id))
		return gp_fail(e, GP_EDENIED, _("Een beheerder opent een dossier alleen met een "
						"reden, die in het logboek komt."));
	const char *who = db->actor_role[0] ? db->actor_role : _("onbekende rol");
	if (RULES[p][R_CARE])
		return gp_fail(e, GP_EDENIED, _("%s mag een %s niet. Vraag het een jeugdarts of "
						"jeugdverpleegkundige."), _(WHAT[p]), who);
	return gp_fail(e, GP_EDENIED, _("%s mag een %s niet. Vraag het de beheerder."), _(WHAT[p]),
		       who);
}

enum gp_status perm_give_reason(struct db *db, const char *child_id, const char *reason,
				struct gp_err *e)
{
	char trimmed[AUDIT_DETAIL_MAX + 1];
	text_copy(trimmed, sizeof trimmed, reason ? reason : "");
	text_trim(trimmed);
	if (!child_id || !*child_id)
		return gp_fail(e, GP_EINPUT, _("Kies eerst een kind."));
	if (utf8_chars(trimmed) < 5)
		return gp_fail(e, GP_EINPUT, _("Geef een reden van minstens vijf tekens, zoals "
					       "het nummer van het verzoek."));
	int r = role_of(db->actor_role);
	if (!db->actor_role[0] || r < 0 || RULES[PERM_READ][r] != 2)
		return perm_require(db, PERM_READ, child_id, e);
	enum gp_status s = audit_log(db, child_id, "view_reason", trimmed, e);
	if (s != GP_OK)
		return s;
	if (!has_reason(db, child_id)) {
		text_copy(db->reasons[db->nreasons % DB_REASONS], DB_ID_LEN, child_id);
		db->nreasons++;
		if (db->nreasons >= 2 * DB_REASONS)
			db->nreasons -= DB_REASONS; /* keep the index small; slots rotate */
	}
	return GP_OK;
}

void perm_reset(struct db *db)
{
	db->nreasons = 0;
	memset(db->reasons, 0, sizeof db->reasons);
}
