/* fuzz_lineedit.c — the line editor behind every text field, fed random
 * key sequences and pastes (one byte chooses a key, or inserts the bytes
 * that follow).  Invariants after every key: the text is valid UTF-8 of
 * the recorded length with nchars code points, within the maximum; no
 * control character but a newline in a note; the cursor is on a character
 * boundary; the views stay inside the text and the field. */
#include "fuzz.h"
#include "keycodes.h"
#include "lineedit.h"
#include "text.h"

static const int KEYS[] = {
	GK_LEFT, GK_RIGHT, GK_UP, GK_DOWN, GK_HOME, GK_END, GK_BACKSPACE, GK_DELETE,
	GK_ENTER, GK_TAB, GK_CTRL_LEFT, GK_CTRL_RIGHT, GK_CTRL_A, GK_CTRL_E, GK_CTRL_K,
	GK_CTRL_U, GK_CTRL_W, 'a', 0xEB /* ë */, 0x738B /* 王 */, 0x0301 /* combining */,
	0x1B, 0x202E, 0x7F, 0x1F600, ' ',
};
enum { NKEYS = sizeof KEYS / sizeof *KEYS };

static void check(const struct lineedit *le)
{
	FUZZ_CHECK(le->buf && strlen(le->buf) == le->len && le->len < le->cap);
	FUZZ_CHECK(utf8_valid(le->buf));
	FUZZ_CHECK(utf8_chars(le->buf) == le->nchars);
	FUZZ_CHECK(le->max_chars == 0 || le->nchars <= le->max_chars);
	FUZZ_CHECK(le->cur <= le->len);
	FUZZ_CHECK((((unsigned char)le->buf[le->cur]) & 0xC0) != 0x80);
	for (size_t i = 0; i < le->len;) {
		uint32_t cp;
		int k = utf8_decode(le->buf + i, le->len - i, &cp);
		FUZZ_CHECK(k > 0);
		FUZZ_CHECK(!text_is_control(cp) || (le->multiline && cp == '\n'));
		i += (size_t)k;
	}
	if (le->multiline) {
		struct le_line lines[64];
		int crow, ccol;
		int n = le_box_view(le, lines, 64, &crow, &ccol);
		for (int i = 0; i < n; i++)
			FUZZ_CHECK(lines[i].start <= lines[i].end && lines[i].end <= le->len);
		int row, col;
		le_box_cursor(le, &row, &col);
		FUZZ_CHECK(col >= 0 && col <= le->width);
	} else {
		struct le_view v;
		le_view(le, &v);
		FUZZ_CHECK(v.start <= v.end && v.end <= le->len);
		FUZZ_CHECK(v.cursor_col >= 0 && v.cursor_col < le->width + 1);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 2)
		return 0;
	struct lineedit le;
	if (le_init(&le, data[0] % 2 ? 40 : 0, data[0] & 2) != 0)
		return 0;
	le_set_size(&le, 1 + data[1] % 30, 1 + data[1] / 30 % 6);
	for (size_t i = 2; i < size; i++) {
		unsigned char b = data[i];
		if (b >= 0xF0 && i + 1 < size) {
			/* a paste of the next few bytes, whatever they are */
			size_t n = (size_t)(b - 0xF0) + 1;
			if (n > size - i - 1)
				n = size - i - 1;
			char *paste = fuzz_string(data + i + 1, n);
			le_insert(&le, paste);
			free(paste);
			i += n;
		} else {
			le_key(&le, KEYS[b % NKEYS]);
		}
		check(&le);
		if (b == 0xEF)
			le_set_size(&le, 1 + (int)(i % 17), 1 + (int)(i % 5));
	}
	le_free(&le);
	return 0;
}
