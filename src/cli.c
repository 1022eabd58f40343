/* cli.c — the command line of docs/product.md §9: options, the batch commands that
 * need no screens, and the hand-over to the terminal interface.  Messages go
 * to stderr in words; exit codes: 0 ok, 1 user error, 2 usage, 3 data. */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

#include <sodium.h>

#include "account.h"
#include "audit.h"
#include "child.h"
#include "cli.h"
#include "cmd.h"
#include "config.h"
#include "db.h"
#include "demo.h"
#include "i18n.h"
#include "outfile.h"
#include "partfile.h"
#include "refdata.h"
#include "text.h"

void cli_put_safe(FILE *f, const char *s)
{
	char safe[2048];
	text_sanitize(s ? s : "", safe, sizeof safe, 0);
	fputs(safe, f);
}

int cli_usage_error(const char *fmt, const char *arg)
{
	/* arg comes from the command line: never echoed raw, never unbounded */
	char safe[256];
	text_sanitize(arg ? arg : "", safe, sizeof safe, 0);
	fputs("groeipad: ", stderr);
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
	fprintf(stderr, fmt, safe); /* fmt: one of the translated messages above */
#pragma GCC diagnostic pop
	fputs("\n", stderr);
	fprintf(stderr, _("Zie 'groeipad --help'.\n"));
	return EXIT_USAGE;
}

int cli_fail(const struct gp_err *e)
{
	/* the sentence may quote a path or a name the user gave */
	fputs("groeipad: ", stderr);
	cli_put_safe(stderr, e->msg);
	fputs("\n", stderr);
	return gp_exit_code(e->code);
}

void cli_warn(const char *sentence)
{
	if (sentence && *sentence)
		fprintf(stderr, _("groeipad: let op: %s\n"), sentence);
}

int cli_encoding(const struct cli *c, enum text_encoding *out)
{
	*out = ENC_UTF8;
	if (c->encoding && text_encoding_parse(c->encoding, out) != 0)
		return cli_usage_error(_("--encoding kent utf-8, cp1252 en ascii, niet '%s'."),
				       c->encoding);
	return -1;
}

static void print_help(void)
{
	printf(_("groeipad — dossier voor de jeugdgezondheidszorg\n"
		 "\n"
		 "Gebruik:\n"
		 "  groeipad [--db BESTAND] [--hub CONNINFO] het programma op het scherm\n"
		 "  groeipad init   --db BESTAND --user NAAM [--name \"VOLLEDIGE NAAM\"]\n"
		 "                                           nieuwe database met een eerste beheerder\n"
		 "  groeipad demo   --db BESTAND [--children N] [--seed S]\n"
		 "                                           demodatabase met verzonnen kinderen\n"
		 "                                           (inloggen met demo/demo)\n"
		 "  groeipad check  --db BESTAND [--anchor ZEGEL|KOPIE]...\n"
		 "                                           controle: bestand, verwijzingen, logboek\n"
		 "  groeipad backup --db BESTAND -o BESTAND  reservekopie terwijl er gewerkt wordt\n"
		 "  groeipad seal   --db BESTAND --user BEHEERDER [-o BESTAND]\n"
		 "                                           zegel van het logboek om te bewaren\n"
		 "  groeipad user add|passwd|disable|enable --db BESTAND --user BEHEERDER NAAM\n"
		 "                  [--role ROL] [--name \"VOLLEDIGE NAAM\"]\n"
		 "                                           gebruikers beheren\n"
		 "  groeipad retention --db BESTAND --user BEHEERDER --list\n"
		 "  groeipad retention --db BESTAND --user BEHEERDER --destroy REF --reason TEKST\n"
		 "                                           bewaartermijn: overzicht, vernietigen\n"
		 "  groeipad due    --db BESTAND --user NAAM [--date DATUM] [--format txt|csv]\n"
		 "                  [--encoding ...] [-o BESTAND] [--force]\n"
		 "                                           wie is aan de beurt of te laat voor een\n"
		 "                                           contactmoment of vaccinatie\n"
		 "  groeipad export --db BESTAND --user NAAM child REF --format txt|md|json|bds\n"
		 "                  [--afschrift] [--doc-lang nl|en|tr|ar|pl] [--encoding utf-8|cp1252|ascii]\n"
		 "                  [--bds-version 3.0|3.1] [--identity] [-o BESTAND] [--force]\n"
		 "                                           het dossier van een kind (REF: cliëntnummer\n"
		 "                                           of BSN): kindoverzicht, afschrift voor de\n"
		 "                                           ouders, JSON of BDS JSON voor JAMES\n"
		 "  groeipad export --db BESTAND --user NAAM handover NUMMER --format txt|md\n"
		 "                  [--encoding ...] [-o BESTAND]  de brief bij een warme overdracht\n"
		 "  groeipad export --db BESTAND --user NAAM all --format json|bds [-o MAP|BESTAND]\n"
		 "                                           alle kinderen: een bestand per kind in MAP,\n"
		 "                                           of een JSON-document per regel\n"
		 "  groeipad import --db BESTAND --user NAAM BESTAND... [--dry-run] [--skip-bad]\n"
		 "                  [--encoding utf-8|cp1252]  kinderen uit CSV of BDS JSON\n"
		 "  groeipad report --db BESTAND --user NAAM --from DATUM --to DATUM [--format csv|txt]\n"
		 "                  [--encoding ...] [-o BESTAND]  aantallen voor de gemeente\n"
		 "  groeipad hub init|migrate|check --hub CONNINFO\n"
		 "                                           de hub van de organisatie (PostgreSQL)\n"
		 "                                           aanmaken, bijwerken of de logboeken van\n"
		 "                                           alle werkplekken controleren; zie\n"
		 "                                           docs/sync.md\n"
		 "  groeipad hub checkout --hub CONNINFO --location NAAM --db BESTAND [--name WERKPLEK]\n"
		 "                                           een nieuw bestand met de kinderen van een\n"
		 "                                           locatie, om offline te werken\n"
		 "  groeipad sync --db BESTAND --hub CONNINFO [--name WERKPLEK]\n"
		 "                                           wijzigingen uitwisselen met de hub\n"
		 "  groeipad --version | --help\n"
		 "\n"
		 "Opties:\n"
		 "  --lang nl|en     taal van het programma (standaard Nederlands)\n"
		 "\n"
		 "Omgeving:\n"
		 "  GROEIPAD_DB        standaarddatabase (anders $XDG_DATA_HOME/groeipad/groeipad.db,\n"
		 "                     of ~/.local/share/groeipad/groeipad.db)\n"
		 "  GROEIPAD_DATADIR   map met de referentiegegevens (schema's, codelijsten)\n"
		 "  GROEIPAD_PASSWORD  wachtwoord als de invoer geen terminal is\n"
		 "  GROEIPAD_NEW_PASSWORD  nieuw wachtwoord voor user add en passwd (idem)\n"
		 "  GROEIPAD_TODAY     vaste datum JJJJ-MM-DD voor tests en demo's\n"
		 "\n"
		 "Afsluitcodes: 0 gelukt, 1 fout in de invoer, 2 verkeerd gebruik, 3 probleem\n"
		 "met de gegevens.  Zie man groeipad en docs/cli.md.\n"));
}

/* The default database: $GROEIPAD_DB, else $XDG_DATA_HOME/groeipad/groeipad.db. */
static const char *default_db(void)
{
	static char path[PATH_MAX];
	const char *env = getenv("GROEIPAD_DB");
	if (env && *env)
		return env;
	const char *xdg = getenv("XDG_DATA_HOME");
	const char *home = getenv("HOME");
	if (xdg && *xdg)
		snprintf(path, sizeof path, "%s/groeipad/groeipad.db", xdg);
	else
		snprintf(path, sizeof path, "%s/.local/share/groeipad/groeipad.db",
			 home ? home : ".");
	return path;
}

/* Creates the folder of a default database path (mode 0700). */
static void make_parent_dir(const char *path)
{
	char dir[PATH_MAX];
	text_copy(dir, sizeof dir, path);
	char *slash = strrchr(dir, '/');
	if (!slash || slash == dir)
		return;
	*slash = '\0';
	for (char *p = dir + 1; *p; p++) {
		if (*p == '/') {
			*p = '\0';
			mkdir(dir, 0700);
			*p = '/';
		}
	}
	mkdir(dir, 0700);
}

enum gp_status cli_read_password(const char *prompt, int twice, const char *env_name,
				 char *out, size_t outsz, struct gp_err *e)
{
	if (!isatty(STDIN_FILENO)) {
		const char *env = getenv(env_name);
		if (!env)
			return gp_fail(e, GP_EINPUT, _("Geen wachtwoord: zet %s als de invoer geen "
						       "terminal is."), env_name);
		text_copy(out, outsz, env);
		return GP_OK;
	}
	for (int round = 0; round < (twice ? 2 : 1); round++) {
		struct termios old, quiet;
		char buf[256];
		fputs(round ? _("Nogmaals: ") : prompt, stderr);
		tcgetattr(STDIN_FILENO, &old);
		quiet = old;
		quiet.c_lflag &= ~(tcflag_t)ECHO;
		tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
		char *got = fgets(buf, sizeof buf, stdin);
		tcsetattr(STDIN_FILENO, TCSANOW, &old);
		fputs("\n", stderr);
		if (!got)
			return gp_fail(e, GP_EINPUT, _("Geen wachtwoord ingevoerd."));
		buf[strcspn(buf, "\n")] = '\0';
		if (round == 0)
			text_copy(out, outsz, buf);
		else if (strcmp(out, buf) != 0)
			return gp_fail(e, GP_EINPUT, _("De twee wachtwoorden zijn niet gelijk."));
		sodium_memzero(buf, sizeof buf);
	}
	return GP_OK;
}

int cli_login(const struct cli *c, const char *what, int allow_must_change, struct db **out)
{
	struct gp_err e = {0};
	struct db *db;
	struct account a;
	char password[256];
	*out = NULL;
	if (!c->user)
		return cli_usage_error(_("%s heeft --user NAAM nodig: wie de dossiers inziet, "
					 "logt in."), what);
	if (db_open(&db, c->db, DB_EXISTING, &e) != GP_OK)
		return cli_fail(&e);
	enum gp_status s = cli_read_password(_("Wachtwoord: "), 0, "GROEIPAD_PASSWORD", password,
					     sizeof password, &e);
	if (s == GP_OK)
		s = account_login(db, c->user, password, &a, &e);
	sodium_memzero(password, sizeof password);
	if (s == GP_OK && a.must_change && !allow_must_change)
		s = gp_fail(&e, GP_EDENIED, _("U moet eerst een eigen wachtwoord kiezen: groeipad "
					      "user passwd --db %s --user %s %s"), c->db, a.username,
			    a.username);
	if (s != GP_OK) {
		db_close(db);
		return cli_fail(&e);
	}
	*out = db;
	return 0;
}

int cli_session(const struct cli *c, const char *what, struct db **out)
{
	return cli_login(c, what, 0, out);
}

/* Takes the file at `final` exclusively (flock), so nobody else has it
 * open: every db_open holds it shared.  Returns the descriptor, or -1 with
 * e set. */
static int take_whole(const char *final, struct gp_err *e)
{
	int fd = open(final, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
	if (fd < 0) {
		gp_fail(e, GP_EIO, _("Kan %s niet openen: %s."), final, strerror(errno));
		return -1;
	}
	if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
		close(fd);
		gp_fail(e, GP_EBUSY, _("%s is nog geopend in een ander groeipad-programma. Sluit "
				       "dat eerst (F10) en probeer het dan opnieuw; anders zou wat "
				       "daar wordt opgeslagen verloren gaan."), final);
		return -1;
	}
	return fd;
}

/* Builds a new database at a temporary name next to `final`, lets fill()
 * write into it, and only then puts it in place, so a failure never leaves
 * a half-made file.  With `replace_demo` an existing DEMO database is
 * replaced, but only while nobody has it open; anything else at `final` is
 * refused. */
enum gp_status cli_create_db(const char *final, int replace_demo,
				enum gp_status (*fill)(struct db *, void *, struct gp_err *),
				void *ctx, struct gp_err *e)
{
	struct stat sb;
	int replacing = 0, whole = -1, tmpfd;
	if (lstat(final, &sb) != 0) {
		/* the same checks and words as db_open's, for the real name */
		enum gp_status s = db_check_new_path(final, e);
		if (s != GP_OK)
			return s;
	} else {
		struct db *old;
		if (!replace_demo || S_ISLNK(sb.st_mode))
			return db_check_new_path(final, e); /* "bestaat al", or says it is a link */
		if (S_ISDIR(sb.st_mode))
			return gp_fail(e, GP_EINPUT, _("%s is een map, geen databasebestand."), final);
		if (db_open(&old, final, DB_EXISTING, e) != GP_OK) {
			char why[sizeof e->msg];
			text_copy(why, sizeof why, e->msg);
			return gp_fail(e, GP_EINPUT, _("%s bestaat al en is geen demodatabase die "
						       "groeipad mag vervangen: %s"), final, why);
		}
		int demo = db_is_demo(old);
		db_close(old);
		if (!demo)
			return gp_fail(e, GP_EINPUT, _("%s bestaat al en is geen demodatabase: "
						       "groeipad overschrijft geen echte gegevens."),
				       final);
		replacing = 1;
	}
	char tmp[PATH_MAX];
	enum gp_status s = partfile_create(final, "new", tmp, sizeof tmp, &tmpfd, e);
	if (s != GP_OK)
		return s;
	struct db *db;
	s = db_open(&db, tmp, DB_FILL, e);
	if (s == GP_OK) {
		char id[DB_ID_LEN];
		db_new_id(NULL, id);
		s = db_setting_set(db, "database_id", id, e);
		if (s == GP_OK)
			s = fill(db, ctx, e);
		db_close(db);
	}
	if (s == GP_OK && replacing && (whole = take_whole(final, e)) < 0)
		s = e->code;
	if (s == GP_OK) {
		if (replacing) {
			/* the old file's journal must not be applied to the new one */
			char side[PATH_MAX + 8];
			snprintf(side, sizeof side, "%s-wal", final);
			unlink(side);
			snprintf(side, sizeof side, "%s-shm", final);
			unlink(side);
			if (rename(tmp, final) != 0)
				s = gp_fail(e, GP_EIO, _("Kan %s niet vervangen: %s."), final,
					    strerror(errno));
		} else if (db_publish(tmp, final, e) != GP_OK) {
			s = e->code;
		}
	}
	if (whole >= 0)
		close(whole); /* after the rename: a waiting db_open sees the new file */
	partfile_close(tmp, tmpfd);
	return s;
}

struct init_ctx {
	const char *user, *name, *password;
};

static enum gp_status fill_init(struct db *db, void *vctx, struct gp_err *e)
{
	struct init_ctx *ctx = vctx;
	struct account a;
	return account_create(db, ctx->user, ctx->name, "beheerder", ctx->password, &a, e);
}

static int cmd_init(const struct cli *c)
{
	struct gp_err e = {0};
	if (!c->user)
		return cli_usage_error("%s", _("init heeft --user NAAM nodig (de eerste beheerder)."));
	char password[256];
	if (cli_read_password(_("Wachtwoord voor de beheerder: "), 1, "GROEIPAD_PASSWORD", password,
			      sizeof password, &e) != GP_OK)
		return cli_fail(&e);
	if (!c->have_db)
		make_parent_dir(c->db);
	struct init_ctx ctx = {c->user, c->name ? c->name : c->user, password};
	if (cli_create_db(c->db, 0, fill_init, &ctx, &e) != GP_OK)
		return cli_fail(&e);
	char safe_db[1024], safe_user[256];
	text_sanitize(c->db, safe_db, sizeof safe_db, 0);
	text_sanitize(c->user, safe_user, sizeof safe_user, 0);
	printf(_("Database %s aangemaakt; log in als %s.\n"), safe_db, safe_user);
	return 0;
}

static enum gp_status fill_demo(struct db *db, void *vctx, struct gp_err *e)
{
	return demo_fill(db, vctx, e);
}

static int cmd_demo(const struct cli *c)
{
	struct gp_err e = {0};
	if (c->children < 0 || c->children > 2000000)
		return cli_usage_error("%s", _("--children moet tussen 0 en 2000000 liggen."));
	struct demo_options opt = {(int)c->children, c->seed, refdata_dir()};
	if (!c->have_db)
		make_parent_dir(c->db);
	if (cli_create_db(c->db, 1, fill_demo, &opt, &e) != GP_OK)
		return cli_fail(&e);
	char safe_db[1024];
	text_sanitize(c->db, safe_db, sizeof safe_db, 0);
	printf(_("Demodatabase %s aangemaakt met %ld kinderen; log in met demo/demo (of beheer/demo, "
		 "assistent/demo).\n"), safe_db, c->children);
	return 0;
}

/* Runs a PRAGMA that answers "ok" or lists problems; returns how many. */
static int pragma_problems(struct db *db, const char *sql, const char *what, int show)
{
	sqlite3_stmt *st;
	int problems = 0;
	if (sqlite3_prepare_v2(db->h, sql, -1, &st, NULL) != SQLITE_OK) {
		fprintf(stderr, _("groeipad: %s kon niet worden gecontroleerd: %s\n"), what,
			sqlite3_errmsg(db->h));
		return 1;
	}
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *t = (const char *)sqlite3_column_text(st, 0);
		if (t && strcmp(t, "ok") == 0)
			continue;
		if (show && problems < 10) {
			char safe[512];
			text_sanitize(t ? t : "?", safe, sizeof safe, 0);
			if (sqlite3_column_count(st) >= 3) /* foreign_key_check: table, rowid, parent */
				fprintf(stderr, _("groeipad: %s: rij %lld van %s verwijst naar iets in %s "
						  "dat niet bestaat.\n"), what,
					sqlite3_column_int64(st, 1), safe,
					(const char *)sqlite3_column_text(st, 2));
			else
				fprintf(stderr, "groeipad: %s: %s\n", what, safe);
		}
		problems++;
	}
	if (rc != SQLITE_DONE) {
		fprintf(stderr, _("groeipad: %s: %s\n"), what, sqlite3_errmsg(db->h));
		problems++;
	}
	sqlite3_finalize(st);
	return problems;
}

/* Whether to open path for writing: the user may write it and its mode
 * lets someone write it (root may write anything, but a file made
 * read-only on purpose is treated as read-only). */
static enum db_mode open_mode(const char *path)
{
	struct stat sb;
	return access(path, W_OK) == 0 && stat(path, &sb) == 0 && (sb.st_mode & 0222)
		       ? DB_EXISTING : DB_READONLY;
}

static int cmd_check(const struct cli *c)
{
	struct gp_err e = {0};
	struct db *db;
	/* A writable file is opened as any use would (bringing an older schema
	 * up to date first); then nothing more is written. */
	enum db_mode mode = open_mode(c->db);
	if (db_open(&db, c->db, mode, &e) != GP_OK)
		return cli_fail(&e);
	sqlite3_exec(db->h, "PRAGMA query_only = 1", NULL, NULL, NULL);
	int bad = pragma_problems(db, "PRAGMA integrity_check", _("bestand"), 1);
	int fk = pragma_problems(db, "PRAGMA foreign_key_check", _("verwijzing"), 1);
	/* The search index must match the children it indexes.  FTS5 asks for
	 * its check as an INSERT that writes nothing, which query_only refuses. */
	sqlite3_exec(db->h, "PRAGMA query_only = 0", NULL, NULL, NULL);
	char *why = NULL;
	int rc = sqlite3_exec(db->h, "INSERT INTO children_fts(children_fts, rank) "
			      "VALUES ('integrity-check', 1)", NULL, NULL, &why);
	sqlite3_exec(db->h, "PRAGMA query_only = 1", NULL, NULL, NULL);
	int fts = rc != SQLITE_OK && (rc & 0xFF) != SQLITE_READONLY;
	if (fts)
		fprintf(stderr, _("groeipad: de zoekindex klopt niet met de kinderen (%s).\n"),
			why ? why : sqlite3_errstr(rc));
	sqlite3_free(why);
	long long entries = 0, children = 0;
	enum gp_status audit = audit_verify(db, &entries, &e);
	if (audit != GP_OK)
		cli_fail(&e);
	child_count(db, &children, NULL);
	int anchors = cli_check_anchors(db, c);
	db_close(db);
	char safe_db[1024];
	text_sanitize(c->db, safe_db, sizeof safe_db, 0);
	if (bad || fk || fts || audit != GP_OK) {
		fprintf(stderr, _("groeipad: %s is niet in orde: %d fout(en) in het bestand, %d "
				  "verbroken verwijzing(en), zoekindex %s, logboek %s. Zet een "
				  "reservekopie terug en neem contact op met de beheerder.\n"),
			safe_db, bad, fk, fts ? _("beschadigd") : _("in orde"),
			audit == GP_OK ? _("in orde") : _("beschadigd"));
		return 3;
	}
	if (anchors > 0)
		return anchors;
	printf(_("%s is in orde: %lld kinderen, logboek van %lld regels ongeschonden.\n"), safe_db,
	       children, entries);
	return 0;
}

static int cmd_backup(const struct cli *c)
{
	struct gp_err e = {0};
	if (!c->out)
		return cli_usage_error("%s", _("backup heeft -o BESTAND nodig."));
	struct stat sb;
	if (lstat(c->out, &sb) == 0) {
		char safe[1024];
		text_sanitize(c->out, safe, sizeof safe, 0);
		fprintf(stderr, _("groeipad: %s bestaat al; kies een nieuwe naam voor de "
				  "reservekopie.\n"), safe);
		return 1;
	}
	struct db *db;
	enum db_mode mode = open_mode(c->db);
	if (db_open(&db, c->db, mode, &e) != GP_OK)
		return cli_fail(&e);
	/* A copy of every dossier is an access like any other (NEN 7513); the
	 * copy ends with this entry, so its head anchors the log up to here. */
	enum gp_status s = GP_OK;
	if (mode == DB_EXISTING) {
		const char *slash = strrchr(c->out, '/');
		s = audit_log(db, NULL, "backup", slash ? slash + 1 : c->out, &e);
	}
	if (s == GP_OK)
		s = db_backup(db, c->out, &e);
	db_close(db);
	if (s != GP_OK)
		return cli_fail(&e);
	char safe_out[1024];
	struct audit_anchor a;
	text_sanitize(c->out, safe_out, sizeof safe_out, 0);
	printf(_("Reservekopie geschreven naar %s.\n"), safe_out);
	if (db_open(&db, c->out, DB_READONLY, &e) == GP_OK && audit_head(db, &a, &e) == GP_OK) {
		char line[256];
		printf(_("Anker van het logboek in deze kopie (voor groeipad check --anchor):\n%s\n"),
		       audit_anchor_format(&a, line, sizeof line));
	}
	db_close(db);
	return 0;
}

static int parse_long(const char *s, long *out)
{
	char *end;
	errno = 0;
	long v = strtol(s, &end, 10);
	if (errno || end == s || *end)
		return -1;
	*out = v;
	return 0;
}

enum { OPT_LANG = 256, OPT_CHILDREN, OPT_SEED, OPT_NAME, OPT_VERSION, OPT_DATE, OPT_FORMAT,
       OPT_ENCODING, OPT_ROLE, OPT_REASON, OPT_DESTROY, OPT_LIST, OPT_ANCHOR, OPT_FROM, OPT_TO,
       OPT_DOC_LANG, OPT_BDS_VERSION, OPT_FORCE, OPT_AFSCHRIFT, OPT_IDENTITY, OPT_SKIP_BAD,
       OPT_DRY_RUN, OPT_HUB, OPT_LOCATION };

static const struct option OPTIONS[] = {
	{"db", required_argument, NULL, 'd'},
	{"user", required_argument, NULL, 'u'},
	{"name", required_argument, NULL, OPT_NAME},
	{"output", required_argument, NULL, 'o'},
	{"children", required_argument, NULL, OPT_CHILDREN},
	{"seed", required_argument, NULL, OPT_SEED},
	{"date", required_argument, NULL, OPT_DATE},
	{"format", required_argument, NULL, OPT_FORMAT},
	{"encoding", required_argument, NULL, OPT_ENCODING},
	{"hub", required_argument, NULL, OPT_HUB},
	{"location", required_argument, NULL, OPT_LOCATION},
	{"from", required_argument, NULL, OPT_FROM},
	{"to", required_argument, NULL, OPT_TO},
	{"doc-lang", required_argument, NULL, OPT_DOC_LANG},
	{"bds-version", required_argument, NULL, OPT_BDS_VERSION},
	{"force", no_argument, NULL, OPT_FORCE},
	{"afschrift", no_argument, NULL, OPT_AFSCHRIFT},
	{"identity", no_argument, NULL, OPT_IDENTITY},
	{"skip-bad", no_argument, NULL, OPT_SKIP_BAD},
	{"dry-run", no_argument, NULL, OPT_DRY_RUN},
	{"lang", required_argument, NULL, OPT_LANG},
	{"role", required_argument, NULL, OPT_ROLE},
	{"reason", required_argument, NULL, OPT_REASON},
	{"destroy", required_argument, NULL, OPT_DESTROY},
	{"list", no_argument, NULL, OPT_LIST},
	{"anchor", required_argument, NULL, OPT_ANCHOR},
	{"help", no_argument, NULL, 'h'},
	{"version", no_argument, NULL, OPT_VERSION},
	{NULL, 0, NULL, 0},
};

/* Takes the options up to the next non-option (the command) or the end.
 * Returns -1 to go on, or an exit code when the program is done. */
static int take_options(struct cli *c, int argc, char **argv)
{
	int opt;
	opterr = 0;
	while ((opt = getopt_long(argc, argv, "+d:u:o:h", OPTIONS, NULL)) != -1) {
		long v;
		switch (opt) {
		case 'd':
			c->db = optarg;
			c->have_db = 1;
			break;
		case 'u':
			c->user = optarg;
			break;
		case OPT_NAME:
			c->name = optarg;
			break;
		case 'o':
			c->out = optarg;
			break;
		case OPT_CHILDREN:
			if (parse_long(optarg, &v) != 0 || v < 0)
				return cli_usage_error(_("--children verwacht een aantal, niet '%s'."),
						   optarg);
			c->children = v;
			break;
		case OPT_SEED:
			if (parse_long(optarg, &v) != 0 || v < 0)
				return cli_usage_error(_("--seed verwacht een getal, niet '%s'."), optarg);
			c->seed = (unsigned long long)v;
			break;
		case OPT_DATE:
			c->date = optarg;
			break;
		case OPT_FORMAT:
			c->format = optarg;
			break;
		case OPT_ENCODING:
			c->encoding = optarg;
			break;
		case OPT_HUB:
			c->hub = optarg;
			break;
		case OPT_LOCATION:
			c->location = optarg;
			break;
		case OPT_FROM:
			c->from = optarg;
			break;
		case OPT_TO:
			c->to = optarg;
			break;
		case OPT_DOC_LANG:
			c->doc_lang = optarg;
			break;
		case OPT_BDS_VERSION:
			c->bds_version = optarg;
			break;
		case OPT_FORCE:
			c->force = 1;
			break;
		case OPT_AFSCHRIFT:
			c->afschrift = 1;
			break;
		case OPT_IDENTITY:
			c->identity = 1;
			break;
		case OPT_SKIP_BAD:
			c->skip_bad = 1;
			break;
		case OPT_DRY_RUN:
			c->dry_run = 1;
			break;
		case OPT_LANG: /* already applied by cli_main */
			break;
		case OPT_ROLE:
			c->role = optarg;
			break;
		case OPT_REASON:
			c->reason = optarg;
			break;
		case OPT_DESTROY:
			c->destroy = optarg;
			break;
		case OPT_LIST:
			c->list = 1;
			break;
		case OPT_ANCHOR:
			if (c->nanchors == CLI_MAX_ANCHORS)
				return cli_usage_error(_("ten hoogste %s keer --anchor."), "8");
			c->anchors[c->nanchors++] = optarg;
			break;
		case 'h':
			print_help();
			return 0;
		case OPT_VERSION:
			printf("groeipad %s\n", GP_VERSION);
			return 0;
		default:
			return cli_usage_error(_("onbekende of onvolledige optie '%s'."),
					   argv[optind - 1]);
		}
	}
	return -1;
}

int cli_main(int argc, char **argv, int (*interactive)(const char *db_path, const char *hub))
{
	struct cli c = {.children = 200, .seed = 1};
	struct config cfg;
	config_load(&cfg);
	const char *lang = cfg.lang[0] ? cfg.lang : "nl";
	/* the language first, so every message after it is in that language */
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--lang") == 0 && i + 1 < argc)
			lang = argv[i + 1];
		else if (strncmp(argv[i], "--lang=", 7) == 0)
			lang = argv[i] + 7;
	}
	if (i18n_init(lang) != 0) {
		i18n_init("nl");
		return cli_usage_error(_("onbekende taal '%s': kies nl of en."), lang);
	}
	const char *today = getenv("GROEIPAD_TODAY");
	struct gp_date fixed;
	if (today && *today && date_parse_iso(today, &fixed) != 0) {
		/* as docs/cli.md says: ignored (date_today() uses the real date), but said */
		char safe[64];
		text_sanitize(today, safe, sizeof safe, 0);
		fprintf(stderr, _("groeipad: GROEIPAD_TODAY='%s' is geen datum JJJJ-MM-DD en wordt "
				  "genegeerd: de echte datum geldt.\n"), safe);
	}
	int rc = take_options(&c, argc, argv);
	if (rc >= 0)
		return rc;
	const char *cmd = optind < argc ? argv[optind++] : NULL;
	/* options may also follow the command (groeipad demo --db x), and mix
	 * with its words (groeipad export child 12 --format json) */
	while (cmd && (rc = take_options(&c, argc, argv)) < 0 && optind < argc) {
		if (c.nargs == CLI_MAX_ARGS)
			return cli_usage_error(_("onverwacht argument '%s'."), argv[optind]);
		c.args[c.nargs++] = argv[optind++];
	}
	if (rc >= 0)
		return rc;
	if (!c.db)
		c.db = default_db();
	if (!cmd)
		return interactive(c.db, c.hub);
	static const struct {
		const char *name;                 /* the command */
		int (*run)(const struct cli *);   /* runs it; returns the exit code */
		int takes_args;                   /* 1: words after it are its own */
	} commands[] = {
		{"init", cmd_init, 0},   {"demo", cmd_demo, 0}, {"check", cmd_check, 0},
		{"backup", cmd_backup, 0}, {"due", cmd_due, 0}, {"export", cmd_export, 1},
		{"user", cmd_user, 1}, {"retention", cmd_retention, 0}, {"seal", cmd_seal, 0},
		{"import", cmd_import, 1}, {"report", cmd_report, 0},
		{"hub", cmd_hub, 1}, {"sync", cmd_sync, 0},
	};
	for (size_t i = 0; i < sizeof commands / sizeof *commands; i++) {
		if (strcmp(cmd, commands[i].name) != 0)
			continue;
		if (c.nargs > 0 && !commands[i].takes_args)
			return cli_usage_error(_("onverwacht argument '%s'."), c.args[0]);
		return commands[i].run(&c);
	}
	return cli_usage_error(_("onbekende opdracht '%s'."), cmd);
}
