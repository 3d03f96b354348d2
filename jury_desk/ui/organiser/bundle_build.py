"""Building a jury's bundle from the Bundles tab: where to save it, then the work off the
GUI thread behind a progress dialog with its steps (the authority's keys, the bundle
written, the issue recorded), then a confirmation naming the file and its recipients.

The core's `progress(done, total)` is called on the worker thread: a relay's queued
signal brings it to the dialog, in thousandths (a count of bytes may not fit a Qt int).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from jury_desk.kernel.paths import organiser_dir
from jury_desk.models.enums import JurorRole
from jury_desk.ui.organiser.state import OrganiserState

if TYPE_CHECKING:
    from jury_desk.bundle.build import BuildResult
    from jury_desk.registry.bundles import BundleSummary

BUNDLE_SUFFIX = ".jdbundle"
BUNDLES_FOLDER_SETTING = "organiser/bundles_folder"
PROGRESS_STEPS = 1000
AUTHORITY, WRITING, RECORDING = range(3)


class _Relay(QObject):
    """Made on the GUI thread; the worker emits, the dialog hears on the GUI thread."""

    step = Signal(int)
    progressed = Signal(int)


class BuildProgress(QProgressDialog):
    """The steps of a build: a label per step, the bar following the bundle being written."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bundle_progress")
        self.setWindowTitle(self.tr("Création du paquet"))
        self.setCancelButton(None)  # the build is one piece: nothing to stop halfway
        self.setRange(0, PROGRESS_STEPS)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._label = label
        self._finished = False
        self.steps_seen: list[str] = []
        self.relay = _Relay(self)
        self.relay.step.connect(self.show_step)
        self.relay.progressed.connect(self.setValue)

    @Slot(int)
    def show_step(self, step: int) -> None:
        texts = {
            AUTHORITY: self.tr("1/3 — Chargement des clés de l’autorité…"),
            WRITING: self.tr("2/3 — Chiffrement et signature du paquet de {jury}…").format(
                jury=self._label
            ),
            RECORDING: self.tr("3/3 — Inscription du paquet dans le registre…"),
        }
        self.setLabelText(texts[step])
        self.setAccessibleName(texts[step])
        self.steps_seen.append(texts[step])
        if step == RECORDING:
            self.setValue(PROGRESS_STEPS)

    def finish(self) -> None:
        self._finished = True
        self.close()

    def reject(self) -> None:
        """Escape does not close it while the work goes on."""
        if self._finished:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._finished:
            super().closeEvent(event)
        else:
            event.ignore()


def ask_output(parent: QWidget, state: OrganiserState, summary: BundleSummary) -> Path | None:
    from jury_desk.ui.widgets.save_folder import ask_save_path, remembered_folder

    folder = remembered_folder(state.context.settings, BUNDLES_FOLDER_SETTING)
    return ask_save_path(
        parent,
        QCoreApplication.translate("BundleBuild", "Enregistrer le paquet de {jury}").format(
            jury=summary.jury_label
        ),
        folder / f"{summary.jury_id}-v{summary.version}{BUNDLE_SUFFIX}",
        QCoreApplication.translate(
            "BundleBuild", "Paquets de session jury-desk (*{suffix})"
        ).format(suffix=BUNDLE_SUFFIX),
        BUNDLE_SUFFIX,
    )


def build_bundle(
    parent: QWidget,
    state: OrganiserState,
    summary: BundleSummary,
    output: Path,
    passphrase: str | None,
    on_built: Callable[[BuildResult], None],
) -> BuildProgress:
    """Start the build; `on_built` after the confirmation is shown. The dialog is returned
    (tests read its steps)."""
    from jury_desk.registry.bundles import issue_bundle
    from jury_desk.trust.authority import load_authority

    registry, profile = state.registry, state.context.profile
    progress = BuildProgress(summary.jury_label, parent)
    relay = progress.relay
    title = QCoreApplication.translate("BundleBuild", "Création du paquet")

    def work() -> BuildResult:
        relay.step.emit(AUTHORITY)
        authority = load_authority(profile.secrets, organiser_dir(profile.home))
        relay.step.emit(WRITING)

        def moved(done: int, total: int) -> None:
            relay.progressed.emit(done * PROGRESS_STEPS // total if total else 0)

        result = issue_bundle(registry, summary.jury_id, output, authority, passphrase, moved)
        relay.step.emit(RECORDING)
        return result

    def done(result: BuildResult) -> None:
        progress.finish()
        state.context.settings.setValue(BUNDLES_FOLDER_SETTING, str(result.path.parent))
        state.changed.emit()
        _confirm(parent, summary, result, passphrase is not None)
        on_built(result)

    def failed(error: BaseException) -> None:
        progress.finish()
        state.changed.emit()
        state.show_error(parent, error, title)

    progress.open()  # before running: a synchronous runner finishes inside `run`
    state.context.runner.run(work, done, failed)
    return progress


def recipients_text(summary: BundleSummary) -> list[str]:
    lines = []
    for recipient in summary.recipients:
        if recipient.role is JurorRole.CHAIR:
            role = QCoreApplication.translate("BundleBuild", "président·e du jury")
        else:
            role = QCoreApplication.translate("BundleBuild", "membre du jury")
        lines.append(f"{recipient.name} <{recipient.email}>, {role}")
    return lines


def _confirm(parent: QWidget, summary: BundleSummary, result: BuildResult, locked: bool) -> None:
    text = QCoreApplication.translate(
        "BundleBuild",
        "Le paquet {file} est créé (version {version} de {jury}). Envoyez-le à :\n{recipients}",
    ).format(
        file=result.path.name,
        version=summary.version,
        jury=summary.jury_label,
        recipients="\n".join(f"– {line}" for line in recipients_text(summary)),
    )
    if locked:
        text += "\n\n" + QCoreApplication.translate(
            "BundleBuild",
            "Donnez-leur la phrase de passe par un autre moyen que le paquet (téléphone, SMS).",
        )
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("BundleBuild", "Paquet créé"),
        text,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("bundle_done_box")
    box.open()
