#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# po/POTFILES.in must list every file with translatable strings, each file it lists
# must exist, and the list must stay sorted.
set -eu
cd "${1:?usage: check-potfiles.sh SOURCE_ROOT}"

listed=$(mktemp)
wanted=$(mktemp)
trap 'rm -f "$listed" "$wanted"' EXIT

grep -v '^[[:space:]]*#' po/POTFILES.in | sed '/^[[:space:]]*$/d' > "$listed"

status=0
if ! LC_ALL=C sort -c "$listed" 2>/dev/null; then
  echo "po/POTFILES.in is not sorted"
  status=1
fi

while read -r f; do
  [ -f "$f" ] || { echo "po/POTFILES.in lists $f, which does not exist"; status=1; }
done < "$listed"

{
  grep -rlE '(^|[^A-Za-z0-9_])(_|N_|C_|NC_|ngettext)[[:space:]]*\(' src --include='*.c' || true
  grep -rl 'translatable="yes"' ui --include='*.ui' || true
  ls data/*.desktop.in data/*.metainfo.xml.in data/*.gschema.xml 2>/dev/null || true
} | sort -u > "$wanted"

missing=$(comm -23 "$wanted" "$listed")
if [ -n "$missing" ]; then
  echo "translatable strings in files missing from po/POTFILES.in:"
  echo "$missing"
  status=1
fi

[ "$status" -eq 0 ] && echo "po/POTFILES.in lists all $(wc -l < "$listed") files with translatable strings"
exit "$status"
