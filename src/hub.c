/* hub.c — see hub.h.  libpq, Debian's PostgreSQL 15 client library. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hub.h"
#include "hub_int.h"
#include "i18n.h"
#include "migrations.h"
#include "pq.h"
#include "text.h"

/* Any two groeipad processes running hub init or migrate at once queue on
 * this transaction-level advisory lock ("GPHB"). */
#define HUB_LOCK_KEY "1196443714"

void hub_pq_message(const char *msg, char *out, size_t outsz)
{
	char flat[400];
	size_t n = 0;
	for (const char *p = msg ? msg : ""; *p && n + 1 < sizeof flat; p++) {
		char ch = *p;
		if (ch == '\n' || ch == '\t')
			ch = ' ';
		flat[n++] = ch;
	}
	flat[n] = '\0';
	text_trim(flat);
	text_sanitize(flat, out, outsz, 0);
}

/* 1 when a host value names a Unix socket folder (libpq: an absolute path,
 * or @ for the abstract namespace), so no TLS is needed. */
static int is_socket_host(const char *host)
{
	return host && (host[0] == '/' || host[0] == '@');
}

/* 1 when every comma-separated host of the list is a socket folder (an
 * empty or missing host means libpq's default socket). */
static int all_socket_hosts(const char *hosts)
{
	if (!hosts || !*hosts)
		return 1;
	const char *p = hosts;
	while (*p) {
		const char *comma = strchr(p, ',');
		size_t len = comma ? (size_t)(comma - p) : strlen(p);
		if (len > 0 && !(p[0] == '/' || p[0] == '@'))
			return 0;
		p += len;
		if (*p == ',')
			p++;
	}
	return 1;
}

static int tls_verified(const char *mode)
{
	return mode && (strcmp(mode, "verify-full") == 0 || strcmp(mode, "verify-ca") == 0);
}

enum gp_status hub_conninfo_check(const char *conninfo, struct gp_err *e)
{
	if (!conninfo || !*conninfo)
		return gp_fail(e, GP_EINPUT, "%s",
			       _("Geef de hub op met --hub, bijvoorbeeld --hub \"service=groeipad\" "
				 "(een servicebestand) of --hub \"host=hub.ggd.nl dbname=groeipad\"."));
	enum gp_status loaded = pq_load(e); /* every way to the hub passes here */
	if (loaded != GP_OK)
		return loaded;
	char *err = NULL;
	PQconninfoOption *opts = PQconninfoParse(conninfo, &err);
	if (!opts) {
		char why[300];
		hub_pq_message(err ? err : _("geen geheugen"), why, sizeof why);
		PQfreemem(err);
		return gp_fail(e, GP_EINPUT,
			       _("--hub is geen geldige verbindingsomschrijving: %s. Schrijf "
				 "sleutel=waarde-paren (host=… dbname=…) of een postgresql://-adres."),
			       why);
	}
	const char *host = NULL, *hostaddr = NULL, *sslmode = NULL;
	int has_password = 0;
	for (PQconninfoOption *o = opts; o->keyword; o++) {
		if (!o->val)
			continue;
		if (strcmp(o->keyword, "password") == 0)
			has_password = 1;
		else if (strcmp(o->keyword, "host") == 0)
			host = o->val;
		else if (strcmp(o->keyword, "hostaddr") == 0)
			hostaddr = o->val;
		else if (strcmp(o->keyword, "sslmode") == 0)
			sslmode = o->val;
	}
	enum gp_status s = GP_OK;
	if (has_password)
		s = gp_fail(e, GP_EINPUT, "%s",
			    _("Zet geen wachtwoord in --hub: een opdrachtregel is voor iedereen op "
			      "deze computer te zien. Zet het in een wachtwoordbestand (PGPASSFILE of "
			      "~/.pgpass) of een servicebestand, of laat groeipad erom vragen."));
	else if (sslmode && !tls_verified(sslmode) && ((hostaddr && *hostaddr) ||
						       !all_socket_hosts(host)))
		s = gp_fail(e, GP_EINPUT,
			    _("sslmode=%s is voor een hub via het netwerk niet veilig genoeg: de "
			      "verbinding moet versleuteld zijn met een gecontroleerd certificaat. "
			      "Gebruik sslmode=verify-full (met sslrootcert) of laat sslmode weg."),
			    sslmode);
	PQconninfoFree(opts);
	return s;
}

/* After connecting: a connection that is not over a Unix socket must be
 * encrypted with a server certificate that was checked (a service file or
 * PGSSLMODE could have asked for less than the verify-full this module
 * sets). */
static enum gp_status check_transport(PGconn *c, struct gp_err *e)
{
	if (is_socket_host(PQhost(c)))
		return GP_OK;
	const char *mode = NULL;
	PQconninfoOption *opts = PQconninfo(c);
	for (PQconninfoOption *o = opts; o && o->keyword; o++)
		if (strcmp(o->keyword, "sslmode") == 0)
			mode = o->val;
	int ok = PQsslInUse(c) && tls_verified(mode);
	PQconninfoFree(opts);
	if (ok)
		return GP_OK;
	return gp_fail(e, GP_EDENIED,
		       _("De verbinding met de hub op %s is niet versleuteld met een "
			 "gecontroleerd certificaat; groeipad heeft haar verbroken. Zet "
			 "sslmode=verify-full en sslrootcert in --hub of het servicebestand."),
		       PQhost(c));
}

enum gp_status hub_connect(const char *conninfo, const char *password, struct hub **out,
			   int *needs_password, struct gp_err *e)
{
	*out = NULL;
	if (needs_password)
		*needs_password = 0;
	enum gp_status s = hub_conninfo_check(conninfo, e);
	if (s != GP_OK)
		return s;
	/* Keywords are applied in order: sslmode first, so CONNINFO (expanded
	 * from dbname) may set its own; the typed password last. */
	const char *keys[] = {"sslmode", "application_name", "connect_timeout", "dbname",
			      password ? "password" : NULL, NULL};
	const char *vals[] = {"verify-full", "groeipad", "10", conninfo, password, NULL};
	PGconn *c = PQconnectdbParams(keys, vals, 1);
	if (!c)
		return gp_fail(e, GP_EINTERNAL, "%s", _("Geen geheugen meer vrij."));
	if (PQstatus(c) != CONNECTION_OK) {
		char why[400];
		hub_pq_message(PQerrorMessage(c), why, sizeof why);
		if (PQconnectionNeedsPassword(c) && !password) {
			if (needs_password)
				*needs_password = 1;
			s = gp_fail(e, GP_EDENIED, "%s",
				    _("De hub vraagt een wachtwoord. Zet het in een wachtwoordbestand "
				      "(PGPASSFILE of ~/.pgpass) of een servicebestand, of start "
				      "groeipad in een terminal om het te typen."));
		} else if (PQconnectionUsedPassword(c)) {
			s = gp_fail(e, GP_EDENIED,
				    _("De hub weigert de aanmelding: %s. Controleer de gebruikersnaam "
				      "en het wachtwoord."), why);
		} else {
			s = gp_fail(e, GP_EIO,
				    _("Geen verbinding met de hub: %s. Controleer --hub en of de "
				      "hub bereikbaar is; er is niets veranderd."), why);
		}
		PQfinish(c);
		return s;
	}
	s = check_transport(c, e);
	if (s != GP_OK) {
		PQfinish(c);
		return s;
	}
	struct hub *h = calloc(1, sizeof *h);
	if (!h) {
		PQfinish(c);
		return gp_fail(e, GP_EINTERNAL, "%s", _("Geen geheugen meer vrij."));
	}
	h->c = c;
	*out = h;
	return GP_OK;
}

void hub_close(struct hub *h)
{
	if (!h)
		return;
	PQfinish(h->c);
	free(h);
}

int hub_schema_latest(void)
{
	return gp_hub_migrations[gp_hub_migration_count - 1].number;
}

enum gp_status hub_pq_fail(PGresult *r, struct hub *h, const char *what, struct gp_err *e)
{
	char why[400];
	hub_pq_message(r ? PQresultErrorMessage(r) : PQerrorMessage(h->c), why, sizeof why);
	if (!*why)
		hub_pq_message(PQerrorMessage(h->c), why, sizeof why);
	PQclear(r);
	if (PQstatus(h->c) != CONNECTION_OK)
		return gp_fail(e, GP_EIO, _("De verbinding met de hub viel weg bij %s: %s. Er is "
					    "niets veranderd; probeer het opnieuw."), what, why);
	return gp_fail(e, GP_EINTERNAL, _("De hub gaf een fout bij %s: %s."), what, why);
}

/* Runs SQL that returns no rows. */
static enum gp_status run(struct hub *h, const char *sql, const char *what, struct gp_err *e)
{
	PGresult *r = PQexec(h->c, sql);
	if (PQresultStatus(r) != PGRES_COMMAND_OK && PQresultStatus(r) != PGRES_TUPLES_OK)
		return hub_pq_fail(r, h, what, e);
	PQclear(r);
	return GP_OK;
}

static void rollback(struct hub *h)
{
	PQclear(PQexec(h->c, "ROLLBACK"));
}

enum gp_status hub_schema_version(struct hub *h, int *version, struct gp_err *e)
{
	static const char exists_sql[] = "SELECT to_regclass('groeipad.hub_meta') IS NOT NULL";
	static const char version_sql[] =
		"SELECT value FROM groeipad.hub_meta WHERE key = 'schema_version'";
	*version = 0;
	PGresult *r = PQexec(h->c, exists_sql);
	if (PQresultStatus(r) != PGRES_TUPLES_OK || PQntuples(r) != 1)
		return hub_pq_fail(r, h, _("het lezen van de schemaversie"), e);
	int exists = strcmp(PQgetvalue(r, 0, 0), "t") == 0;
	PQclear(r);
	if (!exists)
		return GP_OK;
	r = PQexec(h->c, version_sql);
	if (PQresultStatus(r) != PGRES_TUPLES_OK)
		return hub_pq_fail(r, h, _("het lezen van de schemaversie"), e);
	char *end = NULL;
	long v = PQntuples(r) == 1 ? strtol(PQgetvalue(r, 0, 0), &end, 10) : 0;
	int ok = end && *end == '\0' && v >= 1 && v < 1000000;
	PQclear(r);
	if (!ok)
		return gp_fail(e, GP_ECORRUPT, "%s",
			       _("De hub heeft geen geldige schemaversie in groeipad.hub_meta; "
				 "groeipad raakt haar niet aan. Neem contact op met de beheerder "
				 "van de hub."));
	*version = (int)v;
	return GP_OK;
}

/* Applies every hub migration above `current` and records the version;
 * inside the caller's transaction. */
static enum gp_status apply_from(struct hub *h, int current, struct gp_err *e)
{
	for (int i = 0; i < gp_hub_migration_count; i++) {
		const struct migration *m = &gp_hub_migrations[i];
		if (m->number <= current)
			continue;
		char what[128];
		snprintf(what, sizeof what, _("stap %s van het hubschema"), m->name);
		enum gp_status s = run(h, m->sql, what, e);
		if (s != GP_OK)
			return s;
	}
	char sql[200];
	snprintf(sql, sizeof sql,
		 "INSERT INTO groeipad.hub_meta VALUES ('schema_version', '%d') "
		 "ON CONFLICT (key) DO UPDATE SET value = excluded.value", hub_schema_latest());
	return run(h, sql, _("het vastleggen van de schemaversie"), e);
}

/* BEGIN, the advisory lock, and the version as it is under the lock. */
static enum gp_status begin_locked(struct hub *h, int *version, struct gp_err *e)
{
	enum gp_status s = run(h, "BEGIN ISOLATION LEVEL READ COMMITTED",
			       _("het beginnen van de transactie"), e);
	if (s == GP_OK)
		s = run(h, "SELECT pg_advisory_xact_lock(" HUB_LOCK_KEY ")",
			_("het wachten op een andere groeipad"), e);
	if (s == GP_OK)
		s = hub_schema_version(h, version, e);
	if (s == GP_OK && *version > hub_schema_latest())
		s = gp_fail(e, GP_ECORRUPT,
			    _("Deze hub heeft een nieuwer schema (versie %d) dan deze versie van "
			      "groeipad kent (%d). Gebruik de nieuwere versie van groeipad; er is "
			      "niets veranderd."), *version, hub_schema_latest());
	return s;
}

static enum gp_status finish(struct hub *h, enum gp_status s, struct gp_err *e)
{
	if (s == GP_OK)
		s = run(h, "COMMIT", _("het vastleggen van de wijzigingen"), e);
	if (s != GP_OK && PQstatus(h->c) == CONNECTION_OK &&
	    PQtransactionStatus(h->c) != PQTRANS_IDLE)
		rollback(h);
	return s;
}

enum gp_status hub_init(struct hub *h, struct gp_err *e)
{
	int version = 0;
	enum gp_status s = begin_locked(h, &version, e);
	if (s == GP_OK && version > 0)
		s = gp_fail(e, GP_EINPUT,
			    _("Deze database heeft al een hub (schemaversie %d); er is niets "
			      "veranderd. Werk haar bij met 'groeipad hub migrate'."), version);
	if (s == GP_OK)
		s = apply_from(h, 0, e);
	return finish(h, s, e);
}

enum gp_status hub_migrate(struct hub *h, int *from, int *to, struct gp_err *e)
{
	int version = 0;
	*from = *to = 0;
	enum gp_status s = begin_locked(h, &version, e);
	if (s == GP_OK && version == 0)
		s = gp_fail(e, GP_EINPUT, "%s",
			    _("Deze database heeft nog geen hub; maak haar met 'groeipad hub "
			      "init'."));
	if (s == GP_OK && version < hub_schema_latest())
		s = apply_from(h, version, e);
	s = finish(h, s, e);
	if (s == GP_OK) {
		*from = version;
		*to = version < hub_schema_latest() ? hub_schema_latest() : version;
	}
	return s;
}
