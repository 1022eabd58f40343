/* form.h — the declarative form engine: a screen describes its fields in a
 * static table (struct form_field_def), and the engine does the rest —
 * editing (a line editor per text field), navigation, validation and
 * normalisation of dates, numbers and validated text, pick lists with
 * type-to-filter, and the unsaved-changes question.  No curses here: the
 * engine is a state machine driven by form_key() with the keys of
 * ui/keycodes.h; ui/form_draw.c puts it on the screen.
 *
 * Keys (PRODUCT §3): Tab/Down/Enter next field, Shift-Tab/Up previous (both
 * wrap around; in a note Enter, Up and Down work inside the text and Up/Down
 * leave it only at its first/last line), Enter toggles a yes/no field and
 * opens the pick list of a choice field (typing a letter there opens it
 * filtered), F2 or Ctrl-S save, Esc cancel, F10 quit; Esc and F10 ask before
 * throwing changes away.
 *
 * Values, as form_set() takes them and form_get() gives them back:
 *   text, note  the text (single-line text is trimmed when the field is left)
 *   date        "dd-mm-jjjj" (form_set also accepts "YYYY-MM-DD")
 *   number      with a decimal comma, e.g. "52,5"; form_get_number() parses it
 *   choice      the code of the chosen entry, "" for none
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
#include "lineedit.h"

enum form_type {
	FT_TEXT,   /* one line of text */
	FT_NOTE,   /* several lines of text in a box (notes, summaries) */
	FT_DATE,   /* a date: dd-mm-jjjj, ddmmjjjj, t, +3w, -2d … */
	FT_NUMBER, /* a number with unit, range and a fixed number of decimals */
	FT_CHOICE, /* one entry from a code list */
	FT_MULTI,  /* any number of entries from a code list */
	FT_YESNO   /* ja / nee */
};

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

/* One field, as written in a screen's static table. */
struct form_field_def {
	const char *key;         /* name for form_set/form_get, e.g. "bsn" */
	const char *label;       /* Dutch label, marked N_(); translated when drawn */
	enum form_type type;     /* what kind of value and editing */
	int required;            /* 1: empty is refused */
	int max_chars;           /* text/note: most characters; 0: TEXT_MAX_CHARS
				  * or NOTE_MAX_CHARS */
	form_validator validate; /* extra check and normalisation, or NULL */
	const char *help;        /* Dutch help line (N_()), or NULL */
	int bds;                 /* BDS element number, 0 when none */
	const char *unit;        /* number: unit shown after the value ("cm") */
	double min, max;         /* number: allowed range; no check when min == max */
	int decimals;            /* number: digits after the comma, 0 (whole
				  * numbers) to 6 */
	const struct form_choice *choices; /* choice/multi: the code list, or NULL
					    * when set later by form_set_choices */
	int rows;                /* note: height of the box; 0 means 4 */
};

/* What form_key() tells the screen. */
enum form_result {
	FORM_UNHANDLED = 0, /* the form has no use for the key (F1, F3, Ctrl-L…) */
	FORM_CONTINUE,      /* key used; keep editing */
	FORM_INVALID,       /* save asked, but a field is not valid: the focus is
			     * on the first such field and its error is shown */
	FORM_SAVE,          /* every field valid: store the values */
	FORM_CANCEL,        /* leave the form (Esc), changes thrown away */
	FORM_QUIT           /* quit the program (F10), changes thrown away */
};

/* What the engine is doing. */
enum form_mode {
	FM_EDIT,   /* editing fields */
	FM_PICK,   /* the pick list of the focused field is open */
	FM_CONFIRM /* asking whether to throw unsaved changes away */
};

/* Runtime state of one field. */
struct form_field {
	const struct form_field_def *def;  /* its definition */
	struct lineedit le;                /* text of text, note, date, number */
	char *value;                       /* choice, multi, yes/no: the value
					    * (see above); never NULL */
	char *orig;                        /* that value as last set or saved */
	const struct form_choice *choices; /* the code list in use */
	size_t nchoices;                   /* entries in choices */
	char err[256];                     /* error message, "" when valid */
	int touched;                       /* 1 once edited or left */
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
	struct form_field *fields; /* one per definition, in order */
	size_t n;                  /* number of fields */
	size_t focus;              /* index of the field with the focus */
	enum form_mode mode;       /* editing, pick list or question */
	enum form_result pending;  /* FM_CONFIRM: FORM_CANCEL or FORM_QUIT on 'j' */
	struct gp_date today;      /* for date shortcuts (t, +3w) */
	int cols, rows;            /* size of the window the form is drawn in */
	int label_w;               /* columns of the right-aligned label column */
	int value_x;               /* column where the values start */
	int body_rows;             /* rows for fields (the last two: message, help) */
	int top;                   /* first layout row shown (scroll offset) */
	char notice[320];          /* one-off message (text too long, save
				    * refused), cleared by the next key */
	struct lineedit filter;    /* FM_PICK: the filter being typed */
	size_t *pick;              /* FM_PICK: indexes of the matching choices */
	size_t npick;              /* FM_PICK: entries in pick */
	size_t pick_sel;           /* FM_PICK: highlighted entry of pick */
	size_t pick_top;           /* FM_PICK: first entry of pick shown */
	unsigned char *pick_mark;  /* FM_PICK, multi: tick per choice until Enter */
};

/* Sets up the runtime state for n field definitions (which must outlive the
 * form); `today` is what date shortcuts count from.  All values start empty
 * and unchanged.  Returns 0, or -1 when memory runs out. */
int form_init(struct form *f, const struct form_field_def *defs, size_t n,
	      struct gp_date today);
void form_free(struct form *f);

/* Lays the form out for a window of cols × rows; call again on resize. */
void form_set_size(struct form *f, int cols, int rows);

/* Gives a choice field its code list at runtime (from a data file); the list
 * ends with a NULL code and must outlive the form.  0, or -1 (unknown key). */
int form_set_choices(struct form *f, const char *key,
		     const struct form_choice *choices);

/* Sets a field's value as loaded from a record, and marks it unchanged.
 * 0, or -1 for an unknown key or when memory runs out. */
int form_set(struct form *f, const char *key, const char *value);

/* The current value of a field (see above), NULL for an unknown key. */
const char *form_get(const struct form *f, const char *key);

/* A date field's value; 0, or -1 when empty or not a date. */
int form_get_date(const struct form *f, const char *key, struct gp_date *d);

/* A number field's value; 0, or -1 when empty or not a number. */
int form_get_number(const struct form *f, const char *key, double *v);

/* 1 when any value differs from the one set or last saved. */
int form_changed(const struct form *f);

/* After a successful save: the current values become the unchanged ones. */
void form_mark_saved(struct form *f);

/* Puts an error on a field (for problems found by the core on save, like a
 * BSN already in use) and moves the focus there.  0, or -1 (unknown key). */
int form_set_error(struct form *f, const char *key, const char *msg);

/* The error of a field ("" when none), NULL for an unknown key. */
const char *form_error(const struct form *f, const char *key);

/* The key of the field with the focus. */
const char *form_focus_key(const struct form *f);

/* Handles one key; see enum form_result. */
enum form_result form_key(struct form *f, int key);

/* Pastes text (from a bracketed paste) into the focused text field or the
 * open pick list's filter; see le_insert.  Text beyond the field's maximum
 * is cut and a notice says so. */
enum form_result form_paste(struct form *f, const char *text);

/* The line shown under the fields: the discard question, a notice, or the
 * error of the focused field ("" when there is nothing to say). */
const char *form_message(const struct form *f);

/* Where the terminal cursor belongs (window coordinates); 0 when it should
 * be hidden (a question is asked or the focused field is off screen). */
int form_cursor(const struct form *f, int *y, int *x);

/* Text shown for a choice, multi-choice or yes/no field: the label(s) of its
 * code(s) (an unknown code is shown as is), "ja"/"nee". */
void form_field_display(const struct form_field *fl, char *out, size_t outsz);

/* The pick list's rectangle and how many entries it shows (FM_PICK). */
void form_pick_box(const struct form *f, struct form_box *b, int *list_rows);

#endif
