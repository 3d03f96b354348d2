#!/bin/sh
# Regenerates the two catalogues of jury-desk and compiles them:
# - jury_desk_en.ts: the window (jury_desk/ui), written in French, in English;
# - jury_desk_messages_fr.ts: the core's user messages (everything outside
#   jury_desk/ui), written in English as QT_TRANSLATE_NOOP("messages", ...)
#   templates (jury_desk/kernel/messages.py), in French for the window.
# pyside6-lupdate collects the strings (existing translations kept, vanished
# strings dropped), then pyside6-lrelease compiles each .ts into the .qm the
# application loads. Both kinds of file are committed, so neither a fresh clone
# nor the frozen build needs these tools. New strings come out "unfinished":
# translate them (pyside6-linguist, or any editor), then run this again to
# recompile. tests/ui/test_translations.py and tests/tools/test_messages_catalogue.py
# run lupdate the same way and fail while a string is left untranslated.
set -eu

cd "$(dirname "$0")/.."
BIN="${BIN:-.venv/bin}"
OUT=jury_desk/resources/translations
LIST="$OUT/sources.lst.tmp"
trap 'rm -f "$LIST"' EXIT

# catalogue SOURCE_LANGUAGE TARGET_LANGUAGE NAME: the sources are listed in $LIST.
catalogue() {
  # Line numbers are left out: they would change the .ts at every edit of the code.
  "$BIN/pyside6-lupdate" -silent -no-obsolete -locations none \
    -source-language "$1" -target-language "$2" "@$LIST" -ts "$OUT/$3.ts"
  "$BIN/pyside6-lrelease" -silent "$OUT/$3.ts" -qm "$OUT/$3.qm"
  # Say what is left to translate, without failing: the tests are the gate.
  unfinished=$(grep -c 'type="unfinished"' "$OUT/$3.ts" || true)
  if [ "$unfinished" != 0 ]; then
    echo "$OUT/$3.ts: $unfinished string(s) still to translate" >&2
  fi
}

find jury_desk/ui -name '*.py' | LC_ALL=C sort >"$LIST"
catalogue fr_FR en_GB jury_desk_en

find jury_desk -name '*.py' -not -path 'jury_desk/ui/*' | LC_ALL=C sort >"$LIST"
catalogue en_GB fr_FR jury_desk_messages_fr
