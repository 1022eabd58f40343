/* form.h — the declarative form engine.  A form is a table: each field
 * definition (struct form_field_def) says what the field is (type, label,
 * range, help, BDS element number), where its value lives in the record the
 * form edits (a member bound by offsetof, or a small accessor), which code
 * list it offers, which cross-field rule it takes part in, and whether its
 * value is remembered for the next record of the session.  Fields that
 * repeat (the vaccinations of a contact, the agreements of a plan) form a
 * group bound to an array and its count: the engine shows the rows there
 * are plus one empty row, and collects only the rows that are filled in.
 *
 * The engine does the rest — editing (a line editor per text field),
 * navigation, sections, validation and normalisation of dates, numbers and
 * validated text, pick lists with type-to-filter, filling the form from a
 * record and collecting it back.  No curses here: the engine is a state
 * machine driven by actions (ui/keys.h); form_key() looks a key up in the
 * keymap of the moment (form_keymap()) and hands the action on, and
 * ui/form_draw.c puts the form on the screen.
 *
 * Keys (docs/product.md §3): Tab and Enter go to the next field that still
 * asks for something (fields filled in beforehand — defaults, remembered
 * values — and fields marked skip_tab are passed over), Shift-Tab back the
 * same way; Down and Up visit every field; PgDn and PgUp jump to the next
 * and previous section (Contact, Metingen, Vaccinaties, …), Ctrl-N to the
 * next empty required field; Space opens a pick list or turns ja/nee over,
 * typing a letter opens the list filtered or answers ja/nee; Enter never
 * changes a value; F2 or Ctrl-S save, Esc cancels, F10 quits (the screen
 * asks before throwing changes away).  In a note Enter, Up and Down work
 * inside the text and Up/Down leave it only at its first/last line.
 *
 * Values, as form_set() takes them and form_get() gives them back:
 *   text, note, secret  the text (single-line text is trimmed when left)
 *   date        "dd-mm-jjjj" (form_set also accepts "YYYY-MM-DD")
 *   number      with a decimal comma, e.g. "52,5"; form_number() parses it
 *   choice      the code of the chosen entry, "" for none (also a scale)
 *   multi       the chosen codes in list order, joined by ','
 *   yes/no      "j", "n" or "" (not answered)
 *
 * FORM_SAVE does not mark the form saved: the screen calls form_mark_saved()
 * once the record is safely stored, so a failed save keeps everything typed
 * and still counts as unsaved. */
#ifndef GP_FORM_H
#define GP_FORM_H

#include <stddef.h>

#include "date.h"
#include "keys.h"
#include "lineedit.h"

enum form_type {
	FT_TEXT,   /* one line of text */
	FT_NOTE,   /* several lines of text in a box (notes, summaries) */
	FT_DATE,   /* a date: dd-mm-jjjj, ddmmjjjj, t, +3w, -2d … */
	FT_NUMBER, /* a number with unit, range and a fixed number of decimals */
	FT_CHOICE, /* one entry from a code list */
	FT_MULTI,  /* any number of entries from a code list */
	FT_YESNO,  /* ja / nee */
	FT_SECRET, /* one line shown as '*' (a password); never trimmed */
	FT_SCALE   /* one step of a short ordered code list (a scale), drawn as
		    * its steps side by side with the chosen one marked; a digit
		    * picks the step with that number, Left/Right move a step */
};

/* Columns one step of a scale takes on screen: " 1 " or "[1]" and a blank. */
enum { FORM_SCALE_CELL = 4 };

/* One entry of a code list; lists end with an entry whose code is NULL. */
struct form_choice {
	const char *code;  /* the stored value, e.g. a BDS code "2" */
	const char *label; /* what the user sees and searches, e.g. "Turks" */
};

/* A validator for text, note, date and number fields: returns 0 when value
 * is acceptable, optionally writing a normalised form to norm (which then
 * replaces the text; leave norm "" to keep it), or -1 with *why pointing at a
 * Dutch sentence.  Wrappers around src/validate.h fit this shape. */
typedef int (*form_validator)(const char *value, char *norm, size_t normsz,
			      const char **why);

/* How a field's value is stored in the record (see form_fill/form_collect). */
enum form_bind_kind {
	FB_NONE = 0, /* not stored: the screen reads the value itself */
	FB_TEXT,     /* char[size]: text, note, secret, choice or multi codes */
	FB_INT,      /* int: a number × scale (0 is "empty"), or a choice's code */
	FB_DATE,     /* struct gp_date; y == 0 is "empty" */
	FB_BOOL,     /* int: yes/no as 1 / 0 */
	FB_ANSWER,   /* int: yes/no that may be unanswered: 0 "", 1 ja, 2 nee */
	FB_FN        /* get/set functions (a value kept in a list, say) */
};

struct form_bind {
	enum form_bind_kind kind; /* how */
	size_t off;               /* offset of the member in the record, or in one
				   * element of its group's array */
	size_t size;              /* size of the member */
	int scale;                /* FB_INT number: stored = value × scale (10 for a
				   * length in cm stored in mm); 0 means 1 */
	/* FB_FN: the value as text, and setting it; arg is passed along */
	void (*get)(const void *rec, const char *arg, char *out, size_t outsz);
	void (*set)(void *rec, const char *arg, const char *value);
	const char *arg;
};

/* Field definitions bound to member m of record type T; the key is the
 * member's name, so it cannot drift from the record ("given_names",
 * "parent.given_names").  FORM_INT's scale: see struct form_bind. */
#define FORM_TEXT(T, m) \
	.key = #m, .bind = {FB_TEXT, offsetof(T, m), sizeof(((T *)0)->m), 0, NULL, NULL, NULL}
#define FORM_INT(T, m, scale) \
	.key = #m, .bind = {FB_INT, offsetof(T, m), sizeof(((T *)0)->m), scale, NULL, NULL, NULL}
#define FORM_DATE(T, m) \
	.key = #m, .bind = {FB_DATE, offsetof(T, m), sizeof(((T *)0)->m), 0, NULL, NULL, NULL}
#define FORM_BOOL(T, m) \
	.key = #m, .bind = {FB_BOOL, offsetof(T, m), sizeof(((T *)0)->m), 0, NULL, NULL, NULL}
#define FORM_ANSWER(T, m) \
	.key = #m, .bind = {FB_ANSWER, offsetof(T, m), sizeof(((T *)0)->m), 0, NULL, NULL, NULL}
#define FORM_FN(k, getf, setf, a) \
	.key = (k), .bind = {FB_FN, 0, 0, 0, (getf), (setf), (a)}

/* A cross-field rule: it reads the fields named in keys (in the same group
 * row when it belongs to a group field) and says whether they agree.  It
 * runs when the form is saved (and again when a field it put an error on is
 * left).  check gets the values in keys order and whether the row came from
 * the stored record; it returns 0, or -1 with *at the index in keys of the
 * field to put the sentence *why on. */
enum { FORM_RULE_KEYS = 6 };
struct form_rule {
	const char *name;                  /* for messages and the start-up check */
	const char *keys[FORM_RULE_KEYS];  /* the fields it reads; NULL-ended */
	int (*check)(const char *const values[], int loaded, int *at, const char **why);
};

/* Fields that repeat, bound to an array of elements and its count. */
struct form_group_def {
	const char *key;       /* member name of the array, e.g. "vaccinations" */
	size_t off;            /* offset of the array in the record */
	size_t elem_size;      /* size of one element */
	size_t count_off;      /* offset of the int that counts the elements used */
	int max;               /* elements the array holds */
	const char *row_label; /* N_("Vaccinatie %d"): heading of the second and
				* later rows (the first sits under the section) */
};

#define FORM_GROUP(T, arr, count, label)                                                  \
	{#arr, offsetof(T, arr), sizeof(((T *)0)->arr[0]), offsetof(T, count),            \
	 (int)(sizeof(((T *)0)->arr) / sizeof(((T *)0)->arr[0])), (label)}

/* One field, as written in a screen's static table. */
struct form_field_def {
	const char *key;         /* the member it is bound to (see FORM_TEXT), or a
				  * name of its own for an unbound field */
	struct form_bind bind;   /* where the value lives (FB_NONE: nowhere) */
	const char *label;       /* Dutch label, marked N_(); translated when drawn */
	enum form_type type;     /* what kind of value and editing */
	int required;            /* 1: empty is refused */
	int max_chars;           /* text/note/secret: most characters; 0:
				  * TEXT_MAX_CHARS or NOTE_MAX_CHARS */
	form_validator validate; /* extra check and normalisation, or NULL */
	int norm_chars;          /* the validator leaves at most this many ASCII
				  * characters (a BSN typed "9999 02 192" is stored
				  * as 9 digits): what the member must hold */
	const char *help;        /* Dutch help line (N_()), or NULL */
	int bds;                 /* BDS element number, 0 when none */
	const char *unit;        /* number: unit shown after the value ("cm") */
	double min, max;         /* number: allowed range; no check when min == max */
	int decimals;            /* number: digits after the comma, 0 (whole
				  * numbers) to 6 */
	int alt_scale;           /* number: a whole number above max that fits the
				  * range once divided by alt_scale was typed in the
				  * smaller unit (grams for kg: 1000; mm for cm: 10) */
	const char *list;        /* choice/multi: the code list to offer — a
				  * data/codes name or a list the screen layer
				  * provides (formscreen.h); NULL for a fixed one */
	const struct form_choice *choices; /* choice/multi: a fixed code list */
	int rows;                /* note: height of the box; 0 means 4 */
	const char *label_list;  /* when set, the label is the one the code
				  * list of this name gives the field's `bds`
				  * number ("gizelement.kort": "Lichamelijk"),
				  * so it comes from data; `label` is kept for
				  * messages when the list lacks it */
	const char *section;     /* N_() heading of a section starting here */
	const struct form_group_def *group; /* the group it repeats with, or NULL;
					     * a group's fields are consecutive,
					     * the first one leads the row */
	const struct form_rule *rule; /* a cross-field rule it belongs to */
	int remember;            /* 1: remembered for the next new record of the
				  * session (location, batch number) */
	const char *remember_by; /* with remember: kept per value of this other
				  * field of the row ("vaccine": a batch number
				  * per vaccine) */
	int skip_tab;            /* 1: Tab and Enter pass over it (Up/Down reach
				  * it): for a field seldom filled in */
	const char *ask_if;      /* "who_kind=organisatie": Tab and Enter stop
				  * here only when that field of its row holds
				  * that value (Up/Down always reach it) */
};

/* A whole form: the table and what it edits. */
struct form_def {
	const char *name;                    /* e.g. "contactmoment": for
					      * remembered values and messages */
	const struct form_field_def *fields; /* the table */
	size_t n;                            /* entries in fields */
	size_t rec_size;                     /* size of the record it edits */
};

/* Session memory for remembered values (struct form_field_def.remember). */
struct form_memory_item {
	char *key;   /* "contactmoment/vaccinations.batch/DKTP-Hib-HepB" */
	char *value; /* what was saved last */
};
struct form_memory {
	struct form_memory_item *items; /* malloc'ed */
	size_t n, cap;                  /* used and allocated */
};
const char *form_memory_get(const struct form_memory *m, const char *key);
int form_memory_set(struct form_memory *m, const char *key, const char *value);
void form_memory_free(struct form_memory *m);

/* What form_key() tells the screen. */
enum form_result {
	FORM_UNHANDLED = 0, /* the form has no use for the key (F1, F3, Ctrl-L…) */
	FORM_CONTINUE,      /* key used; keep editing */
	FORM_INVALID,       /* save asked, but a field is not valid: the focus is
			     * on the first such field and its error is shown */
	FORM_SAVE,          /* every field valid: store the values */
	FORM_CANCEL,        /* Esc: leave the form (the screen asks first when
			     * form_changed()) */
	FORM_QUIT           /* F10: quit the program (the app asks first) */
};

/* What the engine is doing. */
enum form_mode {
	FM_EDIT, /* editing fields */
	FM_PICK  /* the pick list of the focused field is open */
};

/* Runtime state of one field. */
struct form_field {
	const struct form_field_def *def;  /* its definition */
	const char *label;                 /* the label from data (label_list),
					    * or NULL: the table's */
	int grow;                          /* row in its group (0 outside groups) */
	struct lineedit le;                /* text of text, note, date, number, secret */
	char *value;                       /* choice, multi, yes/no: the value
					    * (see above); never NULL */
	char *orig;                        /* that value as last set or saved */
	const struct form_choice *choices; /* the code list in use */
	size_t nchoices;                   /* entries in choices */
	char err[512];                     /* error message, "" when valid */
	int rule_err;                      /* err came from a rule */
	int touched;                       /* 1 once edited or left */
	int prefilled;                     /* 1: set beforehand and not edited */
	int loaded;                        /* its group row came from the record */
	int off;                           /* switched off (form_switch): not
					    * reached, checked or drawn as usable */
	int section;                       /* index of the section it is in */
	int heading;                       /* 1: a heading is drawn above it
					    * (form_heading) */
	int row;                           /* first row in the form's layout */
	int height;                        /* rows it takes (a note: its box) */
	int width;                         /* columns of its value */
};

/* A rectangle on the form's window. */
struct form_box {
	int y, x; /* top-left corner */
	int h, w; /* rows and columns, borders included */
};

struct form {
	const struct form_def *def; /* the table */
	struct form_field *fields;  /* one per definition, group fields once per row */
	size_t n;                   /* number of fields */
	const struct form_choice **lists; /* per definition: its code list */
	struct form_memory *memory; /* remembered values, or NULL */
	size_t focus;               /* index of the field with the focus */
	enum form_mode mode;        /* editing or pick list */
	struct gp_date today;       /* for date shortcuts (t, +3w) */
	int cols, rows;             /* size of the window the form is drawn in */
	int label_w;                /* columns of the right-aligned label column */
	int value_x;                /* column where the values start */
	int body_rows;              /* rows for fields (the last two: message, help) */
	int top;                    /* first layout row shown (scroll offset) */
	char notice[640];           /* one-off message (text too long, save
				     * refused), cleared by the next key */
	struct lineedit filter;     /* FM_PICK: the filter being typed */
	size_t *pick;               /* FM_PICK: indexes of the matching choices */
	size_t npick;               /* FM_PICK: entries in pick */
	size_t pick_sel;            /* FM_PICK: highlighted entry of pick */
	size_t pick_top;            /* FM_PICK: first entry of pick shown */
	unsigned char *pick_mark;   /* FM_PICK, multi: tick per choice until Enter */
};

/* Sets up the runtime state for a form (the table must outlive it); `today`
 * is what date shortcuts count from.  Groups start with one empty row; all
 * values start empty and unchanged.  Returns 0, or -1 when memory runs out. */
int form_init(struct form *f, const struct form_def *def, struct gp_date today);
void form_free(struct form *f);

/* Checks a table once at start-up: keys present and unique, bindings that fit
 * their types (and the record), group fields consecutive, rules and
 * remember_by naming fields that exist.  0, or -1 with a sentence about the
 * first problem (a programming error) in msg. */
int form_def_check(const struct form_def *def, char *msg, size_t msgsz);

/* Lays the form out for a window of cols × rows; call again on resize. */
void form_set_size(struct form *f, int cols, int rows);

/* Gives the field of definition `def` (every row) its code list; the list
 * ends with a NULL code and must outlive the form. */
void form_set_list(struct form *f, size_t def, const struct form_choice *choices);

/* Gives the field of definition `def` (every row) a label from data (see
 * label_list), which must outlive the form; NULL: the table's again. */
void form_set_label(struct form *f, size_t def, const char *label);

/* The label a field shows, translated: from data, or the table's. */
const char *form_label(const struct form_field *fl);

/* Fills the form from rec (a record of def->rec_size bytes): every bound
 * field, every row of a group (loaded), and marks it all unchanged. */
int form_fill(struct form *f, const void *rec);

/* Writes the values into rec: every bound field; for a group the rows whose
 * first field has a value, in order, each on top of the element it was
 * filled from (so ids and versions stay), and the count. */
void form_collect(const struct form *f, void *rec);

/* The field of definition `def` in group row `row` (0 outside groups), or
 * NULL when there is no such row. */
struct form_field *form_field_of(const struct form *f, size_t def, int row);

/* The index of definition `def` in its table, from a field. */
size_t form_def_index(const struct form *f, const struct form_field *fl);

/* The field a record's member path names ("contact.date",
 * "vaccinations.batch" with row 1; a group's own key, "vaccinations", names
 * the first field of that row), or NULL: for an error from the core. */
struct form_field *form_field_named(const struct form *f, const char *path, int row);

/* The number of rows a group has now (the group led by definition def). */
int form_rows(const struct form *f, size_t def);

/* Values by definition and row. */
const char *form_value(const struct form *f, size_t def, int row);
/* Sets a value as loaded from a record and marks it unchanged. */
int form_put(struct form *f, size_t def, int row, const char *value);
/* Sets a value filled in beforehand (a default, a due vaccine): unchanged,
 * and passed over by Tab until the user edits it.  Adds the row when the
 * group has fewer. */
int form_prefill(struct form *f, size_t def, int row, const char *value);
/* A date field's value; 0, or -1 when empty or not a date. */
int form_date(const struct form *f, size_t def, int row, struct gp_date *d);
/* A number field's value; 0, or -1 when empty or not a number. */
int form_number(const struct form *f, size_t def, int row, double *v);

/* The same by key (outside groups), for tests and keys from data; an unknown
 * key gives -1 / NULL. */
int form_set(struct form *f, const char *key, const char *value);
const char *form_get(const struct form *f, const char *key);
int form_set_choices(struct form *f, const char *key, const struct form_choice *choices);
int form_get_date(const struct form *f, const char *key, struct gp_date *d);
int form_get_number(const struct form *f, const char *key, double *v);
const char *form_error(const struct form *f, const char *key);

/* Fills the remembered values (struct form_field_def.remember) from
 * f->memory into the empty fields, as prefilled: for a new record. */
void form_recall(struct form *f);
/* After a save: keeps the values of the remembered fields in f->memory. */
void form_remember(const struct form *f);

/* Switches the fields of definitions from … to (every row) off or on:
 * a field that is off is passed over by every key, not checked on save and
 * drawn dimmed (a contact that did not take place has no measurements).
 * What is collected is the screen's concern. */
void form_switch(struct form *f, size_t from, size_t to, int off);

/* Puts the focus on the first field Tab would stop at. */
void form_focus_first(struct form *f);
/* Puts the focus on field i (an index into fields). */
void form_focus(struct form *f, size_t i);

/* 1 when any value differs from the one set or last saved. */
int form_changed(const struct form *f);

/* After a successful save: the current values become the unchanged ones. */
void form_mark_saved(struct form *f);

/* Puts an error on a field (a problem found by the core on save) and moves
 * the focus there. */
void form_field_error(struct form *f, struct form_field *fl, const char *msg);
/* The same by key (outside groups); 0, or -1 (unknown key). */
int form_set_error(struct form *f, const char *key, const char *msg);

/* The key of the field with the focus. */
const char *form_focus_key(const struct form *f);

/* The keymap of the moment: what each key means in the current mode on the
 * focused field (a text field's editing keys, a note's Enter, a choice's
 * Space, the pick list's keys, then the form's own). */
const struct screen_key *form_keymap(const struct form *f);

/* Carries out an action; `ch` is the typed code point for ACT_NONE. */
enum form_result form_do(struct form *f, enum action act, int ch);

/* Looks key up in form_keymap() and calls form_do(). */
enum form_result form_key(struct form *f, int key);

/* Pastes text (from a bracketed paste) into the focused text field or the
 * open pick list's filter; see le_insert.  Text beyond the field's maximum
 * is cut and a notice says so. */
enum form_result form_paste(struct form *f, const char *text);

/* The line shown under the fields: a notice, or the error of the focused
 * field ("" when there is nothing to say). */
const char *form_message(const struct form *f);

/* Where the terminal cursor belongs (window coordinates); 0 when it should
 * be hidden (the focused field is off screen). */
int form_cursor(const struct form *f, int *y, int *x);

/* Text shown for a choice, multi-choice or yes/no field: the label(s) of its
 * code(s) (an unknown code is shown as is), "ja"/"nee". */
void form_field_display(const struct form_field *fl, char *out, size_t outsz);

/* The pick list's rectangle and how many entries it shows (FM_PICK). */
void form_pick_box(const struct form *f, struct form_box *b, int *list_rows);

#endif
