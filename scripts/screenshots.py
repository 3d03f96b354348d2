"""The screenshots of the README and of docs/guide-jury.md, the same on every run.

    .venv/bin/python scripts/screenshots.py --lang fr --out docs/img/   (or: make screenshots)

The demo is played in a temporary folder with a clock that moves only when
told to; the chair's window is drawn offscreen at a fixed size, in the
language asked for, and each view is saved as `<view>-<lang>.png`
(scripts/screenshot_views.py). What the window would ask a person to do
(scoring, signing, deciding) goes through the same core calls as the demo;
dialogs are built as the window builds them.
"""

from __future__ import annotations

from jury_desk.kernel.third_party_warnings import quiet_known_warnings


def main() -> int:
    quiet_known_warnings()
    # Only now, as jury_desk/cli/entry.py does: the views load pyHanko, whose warnings are quieted.
    from screenshot_views import main as take_screenshots

    return take_screenshots()


if __name__ == "__main__":
    raise SystemExit(main())
