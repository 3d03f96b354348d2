#!/bin/sh
# Installs the Debian packages the test suite uses as real, independent
# components: age (reference age tool), poppler-utils (pdfsig, pdftoppm), qpdf,
# gnome-keyring + dbus (a real Secret Service keyring), xvfb, at-spi2-core and
# python3-pyatspi (the AT-SPI test), desktop-file-utils and appstream (the Linux
# desktop entry's and metainfo's validators), postgresql (the shared registry's
# server), and the system libraries Qt's offscreen platform needs. Does nothing when all are present.
set -eu

need=""
command -v age >/dev/null 2>&1 || need="$need age"
command -v pdfsig >/dev/null 2>&1 || need="$need poppler-utils"
command -v qpdf >/dev/null 2>&1 || need="$need qpdf"
command -v gnome-keyring-daemon >/dev/null 2>&1 || need="$need gnome-keyring"
command -v dbus-run-session >/dev/null 2>&1 || need="$need dbus"
command -v Xvfb >/dev/null 2>&1 || need="$need xvfb"
command -v xauth >/dev/null 2>&1 || need="$need xauth"
# A real PostgreSQL server for the registry tests: they start a throw-away cluster of
# their own (tests/helpers/postgres_cluster.py), never the package's default one.
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1 \
  || need="$need postgresql"
# The validators of the Linux desktop entry and AppStream metainfo (resources/linux/).
command -v desktop-file-validate >/dev/null 2>&1 || need="$need desktop-file-utils"
command -v appstreamcli >/dev/null 2>&1 || need="$need appstream"
# The AT-SPI test: the accessibility bus, and pyatspi for the system Python that reads it.
[ -x /usr/libexec/at-spi-bus-launcher ] || need="$need at-spi2-core"
/usr/bin/python3 -c "import pyatspi" >/dev/null 2>&1 || need="$need python3-pyatspi"
# Qt's xcb/offscreen plugins load these at run time.
for lib in libEGL.so.1 libGL.so.1 libfontconfig.so.1 libdbus-1.so.3 libxkbcommon.so.0 \
    libxkbcommon-x11.so.0 libxcb-cursor.so.0 libxcb-icccm.so.4 libxcb-keysyms.so.1 \
    libxcb-shape.so.0 libxcb-xinerama.so.0 libxcb-randr.so.0 libxcb-render-util.so.0 \
    libxcb-image.so.0; do
  ldconfig -p 2>/dev/null | grep -q "$lib" || need="$need $lib"
done
[ -z "$need" ] && exit 0

if ! command -v apt-get >/dev/null 2>&1 || [ "$(id -u)" != 0 ]; then
  echo "Missing system packages:$need" >&2
  echo "Install them (Debian: sudo sh scripts/install-system-deps.sh); tests needing them are skipped." >&2
  exit 0
fi

echo "Installing system packages for the tests:$need"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends \
  age poppler-utils qpdf gnome-keyring dbus dbus-x11 xvfb xauth at-spi2-core python3-pyatspi \
  desktop-file-utils appstream postgresql \
  libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 \
  libxcb-randr0 libxcb-render-util0 libxcb-image0 >/dev/null
