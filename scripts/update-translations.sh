#!/bin/sh
# Regenerates the English translation of the window from its French source
# strings: pyside6-lupdate collects every tr()/translate() of jury_desk/ui into
# jury_desk_en.ts (existing translations kept, vanished strings dropped), then
# pyside6-lrelease compiles it into jury_desk_en.qm, which the application
# loads. Both files are committed, so neither a fresh clone nor the frozen
# build needs these tools. New strings come out "unfinished": translate them
# (pyside6-linguist, or any editor), then run this again to recompile.
# tests/test_ui_translations.py runs lupdate the same way and fails while a
# string is left untranslated.
set -eu

cd "$(dirname "$0")/.."
BIN="${BIN:-.venv/bin}"
OUT=jury_desk/resources/translations
TS="$OUT/jury_desk_en.ts"

# Line numbers are left out: they would change the .ts at every edit of the code.
find jury_desk/ui -name '*.py' | LC_ALL=C sort >"$OUT/sources.lst.tmp"
trap 'rm -f "$OUT/sources.lst.tmp"' EXIT
"$BIN/pyside6-lupdate" -silent -no-obsolete -locations none \
  -source-language fr_FR -target-language en_GB \
  "@$OUT/sources.lst.tmp" -ts "$TS"
"$BIN/pyside6-lrelease" -silent "$TS" -qm "$OUT/jury_desk_en.qm"

# Say what is left to translate, without failing: the test is the gate.
unfinished=$(grep -c 'type="unfinished"' "$TS" || true)
if [ "$unfinished" != 0 ]; then
  echo "$TS: $unfinished string(s) still to translate" >&2
fi
