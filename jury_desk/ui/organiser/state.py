"""What every page of the organiser's desk shares: the open registry, the session chosen,
and one way to run core work (errors shown once, pages told that the registry changed)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from jury_desk.kernel.errors import UserError
from jury_desk.registry.store import Registry
from jury_desk.ui.shell.context import WindowContext
from jury_desk.ui.widgets.busy_notice import BusyNotice
from jury_desk.ui.widgets.error_box import show_error_box

Result = TypeVar("Result")


class OrganiserState(QObject):
    # After any write through `write` or `run_slow`: pages read the registry again.
    changed = Signal()
    # The session the pages show ("" when the registry has none yet).
    session_changed = Signal(str)

    def __init__(
        self, context: WindowContext, registry: Registry, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.registry = registry
        self.session_id = ""

    def set_session(self, session_id: str) -> None:
        if session_id != self.session_id:
            self.session_id = session_id
            self.session_changed.emit(session_id)

    def write(self, parent: QWidget, title: str, work: Callable[[], Result]) -> Result | None:
        """Run a quick registry write now; its refusal is shown and None returned."""
        try:
            result = work()
        except UserError as error:
            self.show_error(parent, error, title)
            return None
        except Exception as error:  # noqa: BLE001 - shown as an internal error, logged
            self.show_error(parent, error, title)
            return None
        self.changed.emit()
        return result

    def run_slow(
        self,
        parent: QWidget,
        title: str,
        text: str,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
    ) -> None:
        """Run work that may last (a bundle, an import) off the GUI thread, behind a notice."""
        notice = BusyNotice(title, text, parent)
        notice.start()

        def done(result: Any) -> None:
            notice.finish()
            self.changed.emit()
            on_done(result)

        def failed(error: BaseException) -> None:
            notice.finish()
            self.changed.emit()  # a partial import may have saved some rows
            self.show_error(parent, error, title)

        self.context.runner.run(work, done, failed)

    def authority_recipient(self) -> str:
        """The organiser's authority's public age recipient on this computer, what social
        security numbers are sealed to; TrustError (a UserError) when there is none."""
        from jury_desk.kernel.paths import organiser_dir
        from jury_desk.trust.authority import load_authority_recipient

        return load_authority_recipient(organiser_dir(self.context.profile.home))

    def show_error(self, parent: QWidget, error: BaseException, title: str) -> None:
        show_error_box(parent, error, title)
