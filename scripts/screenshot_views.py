"""The pictures of the README and of the guides (docs/guide-*.md), taken; see
scripts/screenshots.py.

The demo is played in a temporary folder with a clock that moves only when
told to; the chair's window is drawn offscreen at a fixed size, in the
language asked for, and each view is saved as `<view>-<lang>.png`. What the
window would ask a person to do (scoring, signing, deciding) goes through the
same core calls as the demo; dialogs are built as the window builds them.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import (
    QEventLoop,
    QMessageLogContext,
    QSettings,
    Qt,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QWidget

from jury_desk.chair.deliberation import Deliberator
from jury_desk.demo.assessments import DEMO_ASSESSMENTS
from jury_desk.demo.build import MEMBER_SHEETS_IN_DEMO, DemoCast, build_demo
from jury_desk.demo.content import DEMO_STARTUPS
from jury_desk.demo.deliberating import import_sheets
from jury_desk.demo.deliberations import DEMO_DECISIONS
from jury_desk.demo.scoring import fill_sheet, score_and_sign
from jury_desk.demo.session import DEMO_SESSION_ID, demo_candidate_ids
from jury_desk.juror.editing import ScoringEditor
from jury_desk.minutes.gather import minutes_data_from_workspace
from jury_desk.models.enums import JurorRole
from jury_desk.session.workspaces import open_session_workspace
from jury_desk.sheets.export import sign_sheet, signed_sheets, write_sheet
from jury_desk.sheets.gather import sheet_data_from_workspace
from jury_desk.store.workspace import Workspace
from jury_desk.trust.keys import (
    cert_comparison_code,
    cert_fingerprint,
    comparison_code,
    fingerprint,
)
from jury_desk.ui.flows.identity_dialogs import IdentityAssistant
from jury_desk.ui.flows.minutes_dialog import MinutesDialog
from jury_desk.ui.flows.sign_dialog import SignDialog
from jury_desk.ui.flows.trust_dialog import TrustDialog
from jury_desk.ui.shell import preferences
from jury_desk.ui.shell.app import application
from jury_desk.ui.shell.background import SynchronousRunner
from jury_desk.ui.shell.context import Profile, WindowContext
from jury_desk.ui.shell.main_window import MainWindow
from jury_desk.ui.shell.preferences import Language
from jury_desk.ui.shell.preferences_dialog import PreferencesDialog
from jury_desk.ui.theme.palette import ThemeController

WINDOW_SIZE = (1400, 900)
# 15:25 in Paris on 2 December 2026: the demo's interviews were held on the two days
# before (30 November and 1 December), and the chair catches up on their sheets.
START = datetime(2026, 12, 2, 14, 25, tzinfo=UTC)
SLUGS = [startup.slug for startup in DEMO_STARTUPS]
CANDIDATES = demo_candidate_ids()
SIGNED_FIRST, TO_SIGN, BEING_SCORED = SLUGS[:2], SLUGS[2], SLUGS[3]
CHAIR = JurorRole.CHAIR
DEMO_MEMBER_SIGNED = SLUGS[:MEMBER_SHEETS_IN_DEMO]  # build_demo signs these for the member
DISAGREEMENT = "circuit-cantine"  # the jurors differ across the passing level


class ScriptClock:
    """The injected clock (jury_desk/kernel/clock.py): it moves only when the script says."""

    def __init__(self, start: datetime) -> None:
        self._now, self._monotonic = start, 1000.0

    def now(self) -> datetime:
        return self._now

    def monotonic(self) -> float:
        return self._monotonic

    def advance(self, seconds: float) -> None:
        self._now += timedelta(seconds=seconds)
        self._monotonic += seconds


def quiet_offscreen(kind: QtMsgType, _where: QMessageLogContext, message: str) -> None:
    """Qt's messages on stderr, but the one the offscreen platform repeats for every window."""
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def settle(seconds: float = 0.6) -> None:
    """Let the window finish drawing: PDF pages are rendered on a worker thread."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.02)


def chair_half_way(cast: DemoCast, clock: ScriptClock) -> None:
    """The chair's sheets signed for the first two candidates, the third filled in, the
    fourth begun."""
    chair = cast.jurors[JurorRole.CHAIR]
    certificate = cast.authority.certificate
    with open_session_workspace(chair.home, DEMO_SESSION_ID, chair.secrets, clock) as workspace:
        score_and_sign(workspace, JurorRole.CHAIR, SIGNED_FIRST, chair.identity, certificate, clock)
        fill_sheet(workspace, CANDIDATES[TO_SIGN], DEMO_ASSESSMENTS[TO_SIGN][JurorRole.CHAIR])
        editor = ScoringEditor(workspace)
        for score in DEMO_ASSESSMENTS[BEING_SCORED][JurorRole.CHAIR].scores[:3]:
            editor.set_level(CANDIDATES[BEING_SCORED], score.code, score.level)
            editor.set_comment(CANDIDATES[BEING_SCORED], score.code, score.comment)


def decide(workspace: Workspace, clock: ScriptClock, slugs: list[str]) -> None:
    """Casting votes and decisions, as the demo chair words them."""
    deliberator = Deliberator(workspace, clock)
    for slug in slugs:
        decision = DEMO_DECISIONS[slug]
        for vote in decision.votes:
            deliberator.cast_vote(CANDIDATES[slug], vote.code, vote.level, vote.note)
        deliberator.decide(CANDIDATES[slug], decision.outcome, decision.reasons)


class Screenshots:
    """The chair's window on the demo, taken through the day; one method per picture."""

    def __init__(self, app: QApplication, root: Path, out: Path, lang: str) -> None:
        self.out, self.lang = out, lang
        self.out_of_tree = root  # files the pictures need but do not show
        self.clock = ScriptClock(START)
        self.demo = build_demo(root / "demo", self.clock)
        assert self.demo.cast is not None  # a demo built just now has its cast
        self.cast = self.demo.cast
        chair = self.cast.jurors[JurorRole.CHAIR]
        chair_half_way(self.cast, self.clock)
        # The window as run_window builds it, with settings of its own and no thread pool.
        settings = QSettings(str(root / "settings.ini"), QSettings.Format.IniFormat)
        preferences.set_language(settings, Language(lang))  # what the dialog will show
        profile = Profile(chair.home, chair.secrets)
        self.context = WindowContext(profile, self.clock, settings, SynchronousRunner())
        ThemeController(app, settings)
        self.window = self.new_window()
        self.workspace = open_session_workspace(
            chair.home, DEMO_SESSION_ID, chair.secrets, self.clock
        )
        self.window.load_workspace(self.workspace)
        assert self.window.page is not None
        self.page = self.window.page

    def new_window(self) -> MainWindow:
        window = MainWindow(self.context)
        window.setWindowState(Qt.WindowState.WindowNoState)  # the same size on every screen
        window.resize(*WINDOW_SIZE)
        window.show()
        return window

    def save(self, widget: QWidget, name: str) -> None:
        settle()
        path = self.out / f"{name}-{self.lang}.png"
        if not widget.grab().save(str(path), "PNG"):
            raise SystemExit(f"{path}: could not be written")
        print(path)

    def session(self) -> None:
        """The fourth interview replayed with the clock, half an hour in: C1 to C3 discussed and
        scored, C4 begun (its slot is past: the clock runs whenever the juror starts it)."""
        page, clock = self.page, self.clock
        page.select_candidate(CANDIDATES[BEING_SCORED])
        clock.advance(5 * 60)
        strip = page.clock_strip
        strip.toggle()  # F5
        clock.advance(9 * 60 + 40)  # the candidate's presentation
        strip.next_phase()  # F6
        for code, seconds in (("C1", 360), ("C2", 450), ("C3", 300), ("C4", 40)):
            strip.session.focus(code)  # what moving into the competency's row does
            clock.advance(seconds)
        page.grid.focus_competency(3)  # Alt+4, then Ctrl+2: C4 at « Maîtrisé », saved at once
        page.grid.set_level_of_focused_row(2)
        strip.session.refresh()
        self.save(self.window, "session")

    def sign_dialog(self) -> None:
        """What « Signer et exporter la grille… » shows on a complete sheet; then it is signed."""
        candidate_id = CANDIDATES[TO_SIGN]
        with self.workspace.reading() as session:
            sheet = sheet_data_from_workspace(session, candidate_id, now=self.clock.now())
        dialog = SignDialog(sheet, self.window)
        dialog.show()
        self.save(dialog, "sign-dialog")
        dialog.reject()
        chair = self.cast.jurors[JurorRole.CHAIR]
        certificate = self.cast.authority.certificate
        sign_sheet(self.workspace, candidate_id, chair.identity, certificate, self.clock)
        self.page.update_statuses()

    def import_report(self) -> None:
        """The member's signed sheets, imported as a drop or « Importer des grilles… » does."""
        self.window.import_flow.import_paths([self.demo.layout.member_sheets])
        report = self.window.import_flow.report
        assert report is not None
        self.save(report, "import-report")
        report.close()

    def deliberation(self) -> None:
        self.page.select_candidate(CANDIDATES[DISAGREEMENT])
        views = self.window.session_views
        views.show_deliberation()
        assert views.deliberation is not None  # the demo's window is the chair's
        views.deliberation.view.table.selectRow(3)  # C4, where the casting vote is needed
        self.save(self.window, "deliberation")

    def overview(self) -> None:
        """After the three candidates both jurors signed are decided."""
        decide(self.workspace, self.clock, [*SIGNED_FIRST, TO_SIGN])
        self.page.update_statuses()
        self.window.session_views.show_overview()
        self.save(self.window, "overview")

    def lock(self) -> None:
        self.window.session_views.show_session_page()
        self.window.idle_lock.lock()  # Ctrl+L
        self.save(self.window, "lock")
        self.window.idle_lock.unlock()

    def preferences(self) -> None:
        dialog = PreferencesDialog(self.context.settings, self.window)
        dialog.show()
        self.save(dialog, "preferences")
        dialog.reject()

    def identity_assistant(self) -> None:
        """The first start's assistant once the keys are made: the code read to the organiser."""
        chair = self.cast.jurors[JurorRole.CHAIR]
        key = chair.identity.private_key.public_key()
        dialog = IdentityAssistant(self.window)
        dialog.show_created(chair.identity.name, comparison_code(key), fingerprint(key))
        dialog.show()
        self.save(dialog, "identity-assistant")
        dialog.reject()

    def trust_dialog(self) -> None:
        """« Nouvel organisateur », as a bundle from an authority not yet trusted shows it."""
        certificate = self.cast.authority.certificate
        dialog = TrustDialog(
            self.cast.authority.name,
            cert_comparison_code(certificate),
            cert_fingerprint(certificate),
            self.window,
        )
        dialog.show()
        self.save(dialog, "trust-dialog")
        dialog.reject()

    def minutes_dialog(self) -> None:
        """Every interview held and decided: what « Exporter le procès-verbal signé… » shows."""
        later = SLUGS[SLUGS.index(BEING_SCORED) :]
        member, chair = self.cast.jurors[JurorRole.MEMBER], self.cast.jurors[JurorRole.CHAIR]
        certificate = self.cast.authority.certificate
        home, clock = member.home, self.clock
        with open_session_workspace(home, DEMO_SESSION_ID, member.secrets, clock) as workspace:
            others = [slug for slug in SLUGS if slug not in DEMO_MEMBER_SIGNED]
            score_and_sign(workspace, JurorRole.MEMBER, others, member.identity, certificate, clock)
            wanted = {CANDIDATES[slug] for slug in others}
            folder = self.out_of_tree / "member"
            folder.mkdir()
            files = [
                write_sheet(sheet, folder)
                for sheet in signed_sheets(workspace)
                if sheet.candidate_id in wanted
            ]
        self.clock.advance(20 * 60)
        self.page.clock_strip.session.stop()  # the fourth interview, replayed in `session`, ends
        fill_sheet(self.workspace, CANDIDATES[BEING_SCORED], DEMO_ASSESSMENTS[BEING_SCORED][CHAIR])
        sign_sheet(self.workspace, CANDIDATES[BEING_SCORED], chair.identity, certificate, clock)
        rest = later[1:]
        score_and_sign(self.workspace, JurorRole.CHAIR, rest, chair.identity, certificate, clock)
        import_sheets(self.workspace, chair.home, files, clock)
        decide(self.workspace, clock, later)
        data = minutes_data_from_workspace(self.workspace, now=clock.now())
        dialog = MinutesDialog(data, cosigning=False, place="Paris", parent=self.window)
        dialog.show()
        self.save(dialog, "minutes-dialog")
        dialog.reject()

    def organiser(self) -> None:
        """The organiser's desk on the demo's registry, a picture per tab."""
        from screenshot_organiser import organiser_pictures

        scratch = self.out_of_tree / "organiser-scratch"
        scratch.mkdir()
        layout = self.demo.layout
        organiser_pictures(layout, self.clock, self.context.settings, scratch, self.save)

    def welcome(self) -> None:
        """The next start: the welcome page, with the session among the recent ones."""
        self.window.close()
        self.window = self.new_window()
        self.save(self.window, "welcome")
        self.window.close()


def main() -> int:
    parser = argparse.ArgumentParser(description="The README's and the guide's screenshots.")
    parser.add_argument("--lang", choices=("fr", "en"), required=True)
    parser.add_argument("--out", type=Path, required=True, metavar="DIR")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # the same pictures with or without a display
    os.environ["JURY_DESK_SECRETS"] = "file"  # the demo's secrets files, never the keyring
    qInstallMessageHandler(quiet_offscreen)
    app = application(offscreen=True, language=args.lang)
    with tempfile.TemporaryDirectory(prefix="jury-desk-screenshots-") as tmp:
        shots = Screenshots(app, Path(tmp), args.out, args.lang)
        # In this order: each picture needs what the ones before did.
        for take in (
            shots.session,
            shots.sign_dialog,
            shots.import_report,
            shots.deliberation,
            shots.overview,
            shots.lock,
            shots.preferences,
            shots.identity_assistant,
            shots.trust_dialog,
            shots.minutes_dialog,
            shots.organiser,
            shots.welcome,
        ):
            take()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
