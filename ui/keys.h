/* keys.h — the one key table of docs/product.md §3.  Every request a user
 * can make is a virtual action listed once in GP_ACTIONS with its default
 * keys, the label the function bar shows and a line of help; the enum, the
 * bar and the F1 help screen are all generated from that list (tig's request
 * table, calcurse's keys.c).  Screens, the form engine and the line editor
 * receive actions, never raw keys: each names the actions it accepts in a
 * keymap (a struct screen_key list), and keys_lookup() finds which of them
 * a key stands for — the first in the list wins, so a note can list Enter's
 * NEWLINE before the form's NEXT_FIELD.  Printable characters are typed
 * text (ACT_NONE) wherever a keymap takes typing. */
#ifndef GP_KEYS_H
#define GP_KEYS_H

#include <stddef.h>

#include "i18n.h"
#include "keycodes.h"

/* X(name, key1, key2, key3, bar label or NULL, help text).  Keys are GK_*
 * codes or code points; 0 is "no key".  Labels and help are N_() and
 * translated where they are drawn. */
#define GP_ACTIONS(X) \
	X(HELP,         GK_F1,     0,         0,        N_("Help"),    N_("hulp: alle toetsen van dit scherm")) \
	X(SAVE,         GK_F2,     GK_CTRL_S, 0,        N_("Opslaan"), N_("opslaan")) \
	X(SEARCH,       GK_F3,     '/',       0,        N_("Zoeken"),  N_("een kind zoeken (met een lege zoekvraag)")) \
	X(EDIT,         GK_F4,     0,         0,        N_("Wijzig"),  N_("het gekozene wijzigen")) \
	X(CONTACT,      GK_F5,     0,         0,        N_("Contact"), N_("een contactmoment vastleggen")) \
	X(NEW,          GK_F7,     0,         0,        N_("Nieuw"),   N_("iets nieuws toevoegen")) \
	X(DELETE,       GK_F8,     0,         0,        N_("Verwijder"), N_("verwijderen (met bevestiging)")) \
	X(ADMIN,        GK_F9,     0,         0,        N_("Beheer"),  N_("beheer: gebruikers, sociale kaart, import, logboek")) \
	X(EXPORT,       GK_CTRL_E, 0,         0,        N_("Export"),  N_("exporteren: kindoverzicht, afschrift, JSON, BDS JSON of de overdrachtsbrief")) \
	X(QUIT,         GK_F10,    0,         0,        N_("Stoppen"), N_("stoppen (vraagt eerst bij niet-opgeslagen werk)")) \
	X(BACK,         GK_ESC,    0,         0,        N_("Terug"),   N_("terug (vraagt eerst bij niet-opgeslagen werk)")) \
	X(OPEN,         GK_ENTER,  0,         0,        N_("Openen"),  N_("het gekozene openen")) \
	X(UP,           GK_UP,     0,         0,        NULL,          N_("vorige regel")) \
	X(DOWN,         GK_DOWN,   0,         0,        NULL,          N_("volgende regel")) \
	X(PGUP,         GK_PGUP,   0,         0,        NULL,          N_("een bladzijde terug")) \
	X(PGDN,         GK_PGDN,   0,         0,        NULL,          N_("een bladzijde verder")) \
	X(HOME,         GK_HOME,   0,         0,        NULL,          N_("naar het begin")) \
	X(END,          GK_END,    0,         0,        NULL,          N_("naar het eind")) \
	X(SECTION_PREV, GK_LEFT,   GK_BTAB,   0,        NULL,          N_("vorige sectie")) \
	X(SECTION_NEXT, GK_RIGHT,  GK_TAB,    0,        NULL,          N_("volgende sectie")) \
	X(NEXT_FIELD,   GK_TAB,    GK_ENTER,  0,        NULL,          N_("volgend veld dat nog iets vraagt")) \
	X(PREV_FIELD,   GK_BTAB,   0,         0,        NULL,          N_("vorig veld dat iets vraagt")) \
	X(FIELD_DOWN,   GK_DOWN,   0,         0,        NULL,          N_("volgend veld (elk veld, ook een vooraf ingevuld)")) \
	X(FIELD_UP,     GK_UP,     0,         0,        NULL,          N_("vorig veld (elk veld)")) \
	X(PART_NEXT,    GK_PGDN,   0,         0,        N_("Deel"),    N_("naar het volgende deel (Metingen, Vaccinaties, …)")) \
	X(PART_PREV,    GK_PGUP,   0,         0,        NULL,          N_("naar het begin van dit deel, of het vorige deel")) \
	X(NEXT_EMPTY,   GK_CTRL_N, 0,         0,        N_("Leeg veld"), N_("naar het volgende lege verplichte veld")) \
	X(CHOOSE,       ' ',       0,         0,        NULL,          N_("keuzelijst openen, ja/nee omzetten, vinkje aan/uit")) \
	X(CANCEL,       GK_ESC,    0,         0,        N_("Annuleer"), N_("annuleren (vraagt eerst bij wijzigingen)")) \
	X(LOGIN,        GK_ENTER,  0,         0,        N_("Inloggen"), N_("volgend veld; in het wachtwoordveld: inloggen")) \
	X(REDRAW,       GK_CTRL_L, 0,         0,        NULL,          N_("het scherm opnieuw tekenen")) \
	X(CHAR_PREV,    GK_LEFT,   0,         0,        NULL,          N_("een teken terug")) \
	X(CHAR_NEXT,    GK_RIGHT,  0,         0,        NULL,          N_("een teken verder")) \
	X(WORD_PREV,    GK_CTRL_LEFT, 0,      0,        NULL,          N_("een woord terug")) \
	X(WORD_NEXT,    GK_CTRL_RIGHT, 0,     0,        NULL,          N_("een woord verder")) \
	X(LINE_START,   GK_HOME,   GK_CTRL_A, 0,        NULL,          N_("naar het begin van de regel")) \
	X(LINE_END,     GK_END,    GK_CTRL_E, 0,        NULL,          N_("naar het eind van de regel")) \
	X(DEL_PREV,     GK_BACKSPACE, 0,      0,        NULL,          N_("het teken voor de cursor wissen (keuze: leegmaken)")) \
	X(DEL_NEXT,     GK_DELETE, 0,         0,        NULL,          N_("het teken onder de cursor wissen (keuze: leegmaken)")) \
	X(KILL_START,   GK_CTRL_U, 0,         0,        NULL,          N_("alles voor de cursor wissen")) \
	X(KILL_END,     GK_CTRL_K, 0,         0,        NULL,          N_("alles vanaf de cursor wissen")) \
	X(KILL_WORD,    GK_CTRL_W, 0,         0,        NULL,          N_("het woord voor de cursor wissen")) \
	X(NEWLINE,      GK_ENTER,  0,         0,        NULL,          N_("nieuwe regel (in een notitie)")) \
	X(CHART,        GK_F6,     GK_ENTER,  0,        N_("Grafiek"), N_("de groeicurve tonen")) \
	X(CURVE_PREV,   GK_LEFT,   0,         0,        NULL,          N_("vorige groeicurve")) \
	X(CURVE_NEXT,   GK_RIGHT,  0,         0,        NULL,          N_("volgende groeicurve")) \
	X(CURVE_1,      '1',       0,         0,        N_("Gewicht"), N_("curve gewicht naar leeftijd")) \
	X(CURVE_2,      '2',       0,         0,        N_("Lengte"),  N_("curve lengte naar leeftijd")) \
	X(CURVE_3,      '3',       0,         0,        N_("Hoofd"),   N_("curve hoofdomtrek naar leeftijd")) \
	X(CURVE_4,      '4',       0,         0,        N_("BMI"),     N_("curve BMI naar leeftijd")) \
	X(CURVE_5,      '5',       0,         0,        N_("Gew/lengte"), N_("curve gewicht naar lengte")) \
	X(LOCK,         GK_F12,    0,         0,        N_("Vergrendel"), N_("het scherm nu vergrendelen (uw werk blijft staan)")) \
	X(SWITCH_USER,  GK_F2,     0,         0,        N_("Andere gebruiker"), N_("een andere gebruiker laten inloggen; uw werk blijft apart staan")) \
	X(FILTER_MINE,  'm',       0,         0,        NULL,          N_("caseload: de mijne, iedereen, of die van een collega")) \
	X(FILTER_AGE,   'l',       0,         0,        NULL,          N_("leeftijd: alle, 0-1, 1-4, 4-12 of 12-18 jaar")) \
	X(FILTER_PLACE, 'p',       0,         0,        NULL,          N_("locatie: alle of één locatie")) \
	X(AGENDA,       'a',       0,         0,        N_("Agenda"),  N_("de agenda van een dag, per locatie of medewerker")) \
	X(DAY_PREV,     GK_LEFT,   0,         0,        NULL,          N_("vorige dag")) \
	X(DAY_NEXT,     GK_RIGHT,  0,         0,        NULL,          N_("volgende dag")) \
	X(DAY_TODAY,    't',       0,         0,        NULL,          N_("naar vandaag")) \
	X(PLAN,         GK_F7,     0,         0,        N_("Plannen"), N_("een afspraak plannen voor wat aan de beurt is")) \
	X(GIZ,          GK_F6,     0,         0,        N_("GIZ"),     N_("een GIZ-gesprek vastleggen")) \
	X(PARENT_VIEW,  GK_F6,     'o',       0,        N_("Ouder"),   N_("het scherm voor de ouder: de matrix en het plan in gewone woorden")) \
	X(STEP,         GK_F6,     0,         0,        N_("Stap"),    N_("de volgende stap van de overdracht vastleggen (verzenden, ontvangst, …)"))

enum action {
	ACT_NONE = 0,
#define GP_ACTION_ENUM(name, k1, k2, k3, label, help) ACT_##name,
	GP_ACTIONS(GP_ACTION_ENUM)
#undef GP_ACTION_ENUM
	ACT_COUNT
};

enum { KEYS_PER_ACTION = 3 };

/* One row of the generated table. */
struct action_info {
	const char *name;               /* "SAVE", for messages and tests */
	int keys[KEYS_PER_ACTION];      /* default keys; 0 = unused slot */
	const char *label;              /* function-bar label (untranslated), or NULL */
	const char *help;               /* help line (untranslated) */
};

/* An action a screen (or a keymap) accepts, optionally with its own bar
 * label. */
struct screen_key {
	enum action act;    /* ACT_NONE ends a screen's list */
	const char *label;  /* N_() label for this screen, NULL: the default */
};

/* The table row of an action. */
const struct action_info *keys_info(enum action a);

/* The action `key` stands for among a screen's keys, or ACT_NONE.  When the
 * screen takes typing (`typing`), printable characters are never actions. */
enum action keys_lookup(const struct screen_key *keys, int typing, int key);

/* A key's name as the help and bar show it: "F2", "Ctrl-S", "Esc", "/". */
void keys_name(int key, char *buf, size_t n);

/* The bar label of an entry (translated), or NULL when it has none. */
const char *keys_label(const struct screen_key *k);

/* The global keys that work on every screen that is not a question or the
 * screen lock: help, search, quit (docs/product.md §3). */
extern const struct screen_key keys_global[];

#endif
