#!/bin/sh
# `make dist`: the frozen one-folder application in dist/jury-desk/, built in a
# fresh virtual environment from requirements/dist.txt (the application's locked
# dependencies and the dist extra's PyInstaller; jury-desk installed as a wheel,
# not editable), then smoke-tested.
# PyInstaller does not cross-compile: run this on each target system.
set -eu
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-$(command -v python3.11 || command -v python3)}
VENV=build/dist-venv

# Nothing left from an earlier build: setuptools' build/lib would carry removed files.
rm -rf build/dist-venv build/pyinstaller build/lib build/bdist.* dist/jury-desk dist/jury-desk.app
"$PYTHON" -m venv "$VENV"
BIN="$VENV/bin"
[ -d "$BIN" ] || BIN="$VENV/Scripts"  # Windows (Git Bash)
# The versions CI tested: the lock of the dist extra, every file checked by its hash;
# then jury-desk itself as a wheel, built with the locked setuptools.
"$BIN/python" -m pip install -qq --disable-pip-version-check --require-hashes -r requirements/dist.txt
"$BIN/python" -m pip install -qq --disable-pip-version-check --no-deps --no-build-isolation .

version=$("$BIN/python" -c 'import jury_desk; print(jury_desk.__version__)')
echo "Freezing jury-desk $version"
# Through the pyinstaller command, not `python -m`: the source tree must not be on
# sys.path, so that the installed wheel is what gets frozen.
"$BIN/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller build.spec

# Linux: what a package or a desktop needs beside the executable (resources/).
if [ "$(uname -s)" = Linux ]; then
  share=dist/jury-desk/share
  install -D -m 644 resources/linux/fr.gouv.beta.jurydesk.desktop "$share/applications/fr.gouv.beta.jurydesk.desktop"
  install -D -m 644 resources/linux/fr.gouv.beta.jurydesk.metainfo.xml "$share/metainfo/fr.gouv.beta.jurydesk.metainfo.xml"
  install -D -m 644 resources/icon/jury-desk.svg "$share/icons/hicolor/scalable/apps/fr.gouv.beta.jurydesk.svg"
  for png in resources/icon/png/jury-desk-*.png; do
    size=${png##*-}; size=${size%.png}
    install -D -m 644 "$png" "$share/icons/hicolor/${size}x${size}/apps/fr.gouv.beta.jurydesk.png"
  done
fi

SMOKE_SCREENSHOT=build/dist-smoke.png sh scripts/dist-smoke.sh dist/jury-desk "$version"
echo "Unpacked size of dist/jury-desk:"
du -sh dist/jury-desk
