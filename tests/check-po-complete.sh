#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Every translatable string in the sources has a finished (not fuzzy) translation in
# po/LANG.po. The template is extracted afresh, so a string added without its
# translation fails here rather than reaching a Spanish-speaking user in English.
set -eu
root="${1:?usage: check-po-complete.sh SOURCE_ROOT LANG}"
lang="${2:?usage: check-po-complete.sh SOURCE_ROOT LANG}"
cd "$root"

pot=$(mktemp --suffix=.pot)
trap 'rm -f "$pot"' EXIT

grep -v '^[[:space:]]*#' po/POTFILES.in | sed '/^[[:space:]]*$/d' > "$pot.list"
xgettext --package-name=corro --from-code=UTF-8 --add-comments \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dngettext:2,3 --keyword=ngettext:1,2 \
  --files-from="$pot.list" --output="$pot"
rm -f "$pot.list"

msgcmp "po/$lang.po" "$pot"
msgfmt --check -o /dev/null "po/$lang.po"
stats=$(msgfmt --statistics -o /dev/null "po/$lang.po" 2>&1)
case "$stats" in
  *untranslated*|*fuzzy*) echo "po/$lang.po is not complete: $stats"; exit 1 ;;
esac
echo "po/$lang.po: $stats"
