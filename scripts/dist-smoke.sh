#!/bin/sh
# Smoke test of the frozen application (run by `make dist`, not by `make test`):
# the frozen executable itself prints its version, plays the demo, derives a
# passphrase's key as its own scrypt helper process, inspects the demo bundle by
# its passphrase, refuses a PDF that is no scoring sheet, and draws the window
# offscreen. Missing data files or modules show up here, as they would for a juror.
#
#   sh scripts/dist-smoke.sh [DIST_FOLDER] [EXPECTED_VERSION]
set -eu

DIST=${1:-dist/jury-desk}
EXPECTED_VERSION=${2:-}
EXE="$DIST/jury-desk"
[ -f "$EXE" ] || EXE="$DIST/jury-desk.exe"
[ -f "$EXE" ] || { echo "dist-smoke: no executable in $DIST" >&2; exit 1; }

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT INT TERM
# A private home: the builder's keyring, settings and data are neither read nor written.
export HOME="$WORK/user"
export XDG_CONFIG_HOME="$HOME/.config" XDG_DATA_HOME="$HOME/.local/share" XDG_CACHE_HOME="$HOME/.cache"
unset JURY_DESK_HOME
export JURY_DESK_SECRETS=file
printf 'smoke test secrets passphrase\n' >"$WORK/secrets-passphrase"
export JURY_DESK_SECRETS_PASSPHRASE_FILE="$WORK/secrets-passphrase"
mkdir -p "$HOME"

fail() {
    echo "dist-smoke: FAILED: $*" >&2
    exit 1
}

jd() {
    echo "+ jury-desk $*"
    "$EXE" --home "$WORK/home" "$@"
}

version=$("$EXE" --version) || fail "--version exited $?"
echo "$version"
case "$version" in
    "jury-desk ${EXPECTED_VERSION}"*) ;;
    *) fail "--version printed '$version', expected 'jury-desk $EXPECTED_VERSION'" ;;
esac

jd demo --no-gui --out "$WORK/demo" >"$WORK/demo.txt" || fail "demo --no-gui exited $?"
cat "$WORK/demo.txt"
bundle=$(sed -n 's/^bundle: //p' "$WORK/demo.txt")
passphrase_file=$(sed -n 's/^passphrase-file: //p' "$WORK/demo.txt")
[ -s "$bundle" ] || fail "the demo made no bundle"

# The demo's organiser authority, as a juror would have it read out by phone.
organiser_home=$(sed -n 's/^organiser: //p' "$WORK/demo.txt")
"$EXE" --home "$organiser_home" --secrets-passphrase-file "$passphrase_file" org show \
    >"$WORK/org.txt" || fail "org show exited $?"
fingerprint=$(sed -n 's/^fingerprint: //p' "$WORK/org.txt")

# The passphrase's scrypt (256 MiB) runs in a helper process, the frozen executable
# itself started with its internal argument --scrypt-child: first on a known request
# (kind 0, derive; work factor 2^11, salt "abcdefghijklmnop", passphrase "smoke test"),
# then at work while the demo bundle is opened by its passphrase (seen by strace where it works).
key=$(printf '\000\013abcdefghijklmnopsmoke test' | "$EXE" --scrypt-child | od -An -tx1 | tr -d ' \n')
[ "$key" = 83cbc4354f990f292bfa777ca0cc51d73f2bd69c92c9c6d0ff1fac603486c6ff ] \
    || fail "--scrypt-child gave the key '$key'"
echo "--scrypt-child: the expected key"
if command -v strace >/dev/null && strace -f -qq -o /dev/null true 2>/dev/null; then
    echo "+ strace -f -e trace=execve jury-desk bundle inspect $bundle --passphrase-file …"
    strace -f -qq -e trace=execve -o "$WORK/inspect.strace" "$EXE" --home "$WORK/home" \
        bundle inspect "$bundle" --passphrase-file "$passphrase_file" \
        --organiser-fingerprint "$fingerprint" || fail "bundle inspect exited $?"
    grep -q '"--scrypt-child"\]' "$WORK/inspect.strace" \
        || fail "bundle inspect by passphrase derived its key without the helper process"
    echo "bundle inspect by passphrase: the key derived by $EXE --scrypt-child"
else
    jd bundle inspect "$bundle" --passphrase-file "$passphrase_file" \
        --organiser-fingerprint "$fingerprint" || fail "bundle inspect exited $?"
    echo "skipped: the scrypt helper process seen at work (no strace)"
fi

# pyHanko, pikepdf and their data: the member's signed sheets verify (exit 0) in
# the chair's data folder, and a dossier PDF is refused (exit 1; a missing piece of
# the frozen build would be exit 3).
chair_home=$(sed -n 's/^chair-home: //p' "$WORK/demo.txt")
member_sheets=$(sed -n 's/^member-sheets: //p' "$WORK/demo.txt")
if [ -n "$member_sheets" ]; then
    echo "+ jury-desk sheet verify $member_sheets/*.pdf"
    "$EXE" --home "$chair_home" --secrets-passphrase-file "$passphrase_file" \
        sheet verify "$member_sheets"/*.pdf || fail "sheet verify of the member's sheets exited $?"
fi
dossier_pdf=$(find "$WORK/demo/session" -name '*.pdf' | head -n 1)
[ -n "$dossier_pdf" ] || fail "the demo has no PDF document"
status=0
jd sheet verify "$dossier_pdf" || status=$?
[ "$status" -eq 1 ] || fail "sheet verify on a dossier PDF exited $status, expected 1 (refused)"

qt_translations="$DIST/_internal/PySide6/Qt/translations"
[ -f "$qt_translations/qtbase_fr.qm" ] || fail "Qt's French translations are missing"
# Ours: the window in English, the core's messages in French.
for qm in jury_desk_en.qm jury_desk_messages_fr.qm; do
    [ -f "$DIST/_internal/jury_desk/resources/translations/$qm" ] || fail "$qm is missing"
done

screenshot() {  # screenshot FILE [OPTIONS]: the demo window drawn offscreen, as PNG
    file=$1
    shift
    QT_QPA_PLATFORM=offscreen jd --screenshot "$file" "$@" demo --out "$WORK/demo" \
        >/dev/null 2>"$WORK/screenshot.err" || { cat "$WORK/screenshot.err" >&2; fail "--screenshot $* exited"; }
    if grep -q "not loaded" "$WORK/screenshot.err"; then
        cat "$WORK/screenshot.err" >&2
        fail "a translation did not load"
    fi
    signature=$(head -c 8 "$file" | od -An -tx1 | tr -d ' \n')
    [ "$signature" = "89504e470d0a1a0a" ] || fail "$file is not a PNG"
    echo "screenshot $*: $file ($(wc -c <"$file") bytes)"
}
screenshot "${SMOKE_SCREENSHOT:-$WORK/window.png}"
screenshot "$WORK/window-en.png" --lang en

# Without a command the frozen application opens the window: with no display, it
# says so in one line (exit 1) instead of printing the command-line help (exit 2).
if [ "$(uname -s)" = Linux ]; then
    status=0
    env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$EXE" --home "$WORK/home" --lang en \
        2>"$WORK/no-args.err" || status=$?
    grep -q "no display" "$WORK/no-args.err" && [ "$status" -eq 1 ] \
        || fail "without arguments: exit $status, $(cat "$WORK/no-args.err"), expected the window"
    echo "without arguments: the window (no display here: $(cat "$WORK/no-args.err"))"
fi

# Where the tools exist (Linux, see scripts/install-system-deps.sh): the window on a
# real X server through the xcb plugin, and the keys in a real Secret Service keyring,
# which the frozen keyring must find through its bundled backends.
if command -v xvfb-run >/dev/null; then
    echo "+ xvfb-run jury-desk --screenshot … demo"
    xvfb-run -a -s "-screen 0 1400x900x24" env -u QT_QPA_PLATFORM "$EXE" --home "$WORK/home" \
        --screenshot "$WORK/window-xcb.png" demo --out "$WORK/demo" >/dev/null \
        || fail "--screenshot on Xvfb exited $?"
    [ -s "$WORK/window-xcb.png" ] || fail "no screenshot from Xvfb"
else
    echo "skipped: the window on an X server (no xvfb-run)"
fi
if command -v dbus-run-session >/dev/null && command -v gnome-keyring-daemon >/dev/null; then
    echo "+ jury-desk identity create (system keyring)"
    JURY_DESK_SECRETS=keyring EXE="$EXE" KEYRING_HOME="$WORK/keyring-home" \
        dbus-run-session -- sh -c '
            printf smoke-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null
            "$EXE" --home "$KEYRING_HOME" identity create --name "Juré Essai" --email essai@example.org \
                && "$EXE" --home "$KEYRING_HOME" identity show' 2>"$WORK/keyring.err" \
        || { cat "$WORK/keyring.err" >&2; fail "identity create in the system keyring failed"; }
else
    echo "skipped: the system keyring (no dbus-run-session or gnome-keyring-daemon)"
fi

echo "dist-smoke: all steps passed"
