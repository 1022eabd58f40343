#!/bin/sh
# Makes the template of the document catalogue (po/doc/groeipad-doc.pot):
# the D_()/DN_() sentences of the kindoverzicht and afschrift, and the Dutch
# labels of the code lists and contact moments a document shows (with the
# list's name as msgctxt, as i18n_doc_label() looks them up).
# Usage: doc-pot.sh OUT.pot SOURCE...
set -eu
out=$1; shift
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
xgettext --from-code=UTF-8 --language=C --keyword= --keyword=D_ --keyword=DN_:1,2 --keyword=D_NOOP \
  --add-comments=TRANSLATORS --package-name=groeipad-doc --sort-by-file \
  -o "$tmp/sentences.pot" "$@"
# The code lists a document uses (keep in step with src/overview.c).
{
  printf 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
  for list in geslacht relatie contactsoort contactvorm contactstatus vervolgstap \
              observatiedomein reden_niet_gevaccineerd overdrachtbestemming overdrachtstatus; do
    awk -F '\t' -v list="$list" -v file="data/codes/$list.tsv" '
      /^#/ || NF < 2 { next }
      !header { header = 1; next }
      { gsub(/"/, "\\\"", $2)
        printf "#: %s\nmsgctxt \"%s\"\nmsgid \"%s\"\nmsgstr \"\"\n\n", file, list, $2 }' \
      "$root/data/codes/$list.tsv"
  done
  # GIZ (data/giz/giz.tsv): the conclusion and who of an agreement, as the
  # kindoverzicht (short labels) and the parent's copy (plain words) show them
  awk -F '\t' -v file="data/giz/giz.tsv" '
    /^#/ || NF < 10 || $1 == "oid" { next }
    $2 == "gizconclusie" || $2 == "gizwie" {
      n = split($2 == "gizconclusie" ? "6:gizconclusie 10:gizconclusie.ouder" \
                                      : "8:gizwie.kort 10:gizwie.ouder", cols, " ")
      for (i = 1; i <= n; i++) {
        split(cols[i], c, ":"); v = $(c[1]); gsub(/"/, "\\\"", v)
        printf "#: %s\nmsgctxt \"%s\"\nmsgid \"%s\"\nmsgstr \"\"\n\n", file, c[2], v
      }
    }' "$root/data/giz/giz.tsv"
  awk -F '\t' -v file="data/schedule/contactmomenten.tsv" '
    /^#/ || NF < 2 { next }
    !header { header = 1; next }
    { gsub(/"/, "\\\"", $2)
      printf "#: %s\nmsgctxt \"contactmomenten\"\nmsgid \"%s\"\nmsgstr \"\"\n\n", file, $2 }' \
    "$root/data/schedule/contactmomenten.tsv"
} > "$tmp/labels.pot"
msguniq --use-first -o "$tmp/labels-uniq.pot" "$tmp/labels.pot"
msgcat --use-first -o "$out" "$tmp/sentences.pot" "$tmp/labels-uniq.pot"
