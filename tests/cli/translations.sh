# English stays complete: every Dutch sentence marked with _() or N_() in the
# sources has its English in po/en.po.  The template is made fresh from the
# sources (the options of `make po/groeipad.pot`) and merged with en.po the
# way `make po` does; entries still to translate are listed with where they
# come from.  To fix: `make po`, then translate those entries in po/en.po.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$ROOT" || exit 1
xgettext --from-code=UTF-8 --language=C --keyword=_ --keyword=N_ --add-comments=TRANSLATORS \
  --package-name=groeipad --sort-by-file -o "$tmp/groeipad.pot" \
  src/*.c ui/*.c src/*.h ui/*.h || exit 1
msgmerge --quiet --no-fuzzy-matching -o "$tmp/en.po" po/en.po "$tmp/groeipad.pot" || exit 1
msgattrib --untranslated --no-obsolete --no-wrap -o "$tmp/untranslated.po" "$tmp/en.po"
msgattrib --only-fuzzy --no-obsolete --no-wrap -o "$tmp/fuzzy.po" "$tmp/en.po"
# One paragraph per entry; the header (msgid "") is not one to translate.
# msgattrib writes no file when nothing matched.
entries() {
  if [ ! -f "$1" ]; then [ "$2" = count ] && echo 0; return 0; fi
  awk -v what="$2" 'BEGIN { RS = "" }
    /(^|\n)msgid ""\nmsgstr/ && !/msgid_plural/ { next }
    { n++; if (what == "list") print $0 "\n" }
    END { if (what == "count") print n + 0 }' "$1"
}
u=$(entries "$tmp/untranslated.po" count)
f=$(entries "$tmp/fuzzy.po" count)
echo "$u untranslated, $f fuzzy"
if [ "$u" != 0 ] || [ "$f" != 0 ]; then
  echo "Run 'make po' and translate these entries in po/en.po:"
  entries "$tmp/untranslated.po" list
  entries "$tmp/fuzzy.po" list
fi
