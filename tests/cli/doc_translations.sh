# The document catalogue (po/doc: the kindoverzicht and the afschrift) is
# complete in every language it has: English, and Turkish, Arabic and
# Polish, whose headers say they still need a native speaker's review.
# The template is made fresh from the sources and the code lists, the way
# `make po` does; entries still to translate are listed.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$ROOT" || exit 1
sh tools/doc-pot.sh "$tmp/doc.pot" src/*.c || exit 1
for po in po/doc/*.po; do
  l=$(basename "$po" .po)
  msgmerge --quiet --no-fuzzy-matching -o "$tmp/$l.po" "$po" "$tmp/doc.pot" || exit 1
  u=$(msgattrib --untranslated --no-obsolete "$tmp/$l.po" | grep -c '^msgid' || true)
  f=$(msgattrib --only-fuzzy --no-obsolete "$tmp/$l.po" | grep -c '^msgid' || true)
  # the header entry counts once when anything is listed
  [ "$u" -gt 0 ] && u=$((u - 1))
  [ "$f" -gt 0 ] && f=$((f - 1))
  msgfmt --check -o /dev/null "$po" && ok=ok || ok="msgfmt fails"
  review=$(sed -n 's/^"X-Review-Status: \(.*\)\\n"$/\1/p' "$po")
  echo "$l: $u untranslated, $f fuzzy, $ok; review: $review"
  if [ "$u" != 0 ]; then msgattrib --untranslated --no-obsolete "$tmp/$l.po" | grep '^msgid' | sed 1d; fi
done
grep -c '^msgid' "$tmp/doc.pot"
