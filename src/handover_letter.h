/* handover_letter.h — the handover letter for the receiver (docs/product.md
 * §6, §7): who the child is and who holds gezag, who sends it and how to
 * reach them, what is asked and why, what the parents want, the summary,
 * the consent record with the rule it was checked against (or that a
 * Veilig Thuis report went without it), the minimal information set of
 * DOMAIN §5 (who holds casusregie and how to reach them, when the first
 * conversation is, feedback and a short report at closing) and the steps
 * so far.  Plain text or Markdown; always in Dutch, for a Dutch receiver,
 * whatever the interface language.  The same text is shown on the screen
 * and exported through export_letter.h (`groeipad export handover NUMMER`,
 * the Export dialog). */
#ifndef GP_HANDOVER_LETTER_H
#define GP_HANDOVER_LETTER_H

#include "handover.h"

enum letter_format { LETTER_TXT, LETTER_MD };

/* The letter of handover `id` as of `today`: *out is malloc'ed,
 * NUL-terminated and ends in a newline (free() it).  Writes nothing to the
 * audit log: the caller logs where it goes. */
enum gp_status handover_letter(struct db *db, const struct handover_refs *refs, const char *id,
			       enum letter_format fmt, struct gp_date today, char **out,
			       struct gp_err *e);

/* The child id of handover `id` (for the caller's audit entry); GP_EDENIED
 * with child_id "" for a role without PERM_CARE. */
enum gp_status handover_child_of(struct db *db, const char *id, char *child_id,
				 struct gp_err *e);

#endif
