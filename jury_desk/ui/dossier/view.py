"""The candidate's dossier: which expected items are there, and each document in a tab.

Documents are read from the workspace only when their tab is first shown (a
dossier can weigh hundreds of MB), through the `JurorDesk` facade.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut, QShowEvent
from PySide6.QtWidgets import QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from jury_desk.juror.desk import DocumentSummary, JurorDesk
from jury_desk.kernel.errors import UserError
from jury_desk.models.enums import DocumentKind
from jury_desk.ui.dossier.checklist import DossierChecklist
from jury_desk.ui.dossier.common import MessagePage, Zoomable
from jury_desk.ui.dossier.format import base_media_type, format_size, kind_label
from jury_desk.ui.dossier.pages import ImagePage, LinkPage, TextPage
from jury_desk.ui.shell.error_text import error_text

IMAGE_TYPES = frozenset({"image/png", "image/jpeg"})
TEXT_TYPES = frozenset({"text/plain", "text/markdown", "text/csv"})
LINK_TYPE = "text/uri-list"
PDF_TYPE = "application/pdf"
_TAB_TEXT_WIDTH = 200  # pixels; longer titles are elided, the tooltip gives them whole


class DocumentTab(QWidget):
    """Holds one document's tab; its `page` is built the first time the tab is shown."""

    def __init__(self, summary: DocumentSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"document_tab_{summary.id}")
        self.summary = summary
        self.page: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def set_page(self, page: QWidget) -> None:
        self.page = page
        self._layout.addWidget(page)
        self.setFocusProxy(page)
        # Shown and sized now, not at the next event loop turn: a page fitted to the
        # width must know its width before its first paint.
        page.show()
        self._layout.activate()


class DossierView(QWidget):
    """Shows one candidate's dossier: a checklist of the six expected items, then the documents.

    Signals:
        document_shown(int): the id of the document whose tab became current.

    Main children (objectName): `dossier_empty_state` (no candidate selected),
    `dossier_checklist`, `dossier_tabs` (one `document_tab_<id>` per document),
    `dossier_no_documents`. Pages: `pdf_page`, `image_page`, `link_page`,
    `text_page`, or a message (`pdf_error`, `image_error`, `unsupported_message`,
    `document_unreadable`: the workspace could not give the document's content).
    """

    document_shown = Signal(int)

    def __init__(self, desk: JurorDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        # The kind of document the juror chose to read: kept from one candidate to the
        # next, so comparing decks (say) takes no clicks. Until a choice, the first document.
        self._preferred_kind: DocumentKind | None = None
        self._choosing_for_the_juror = False
        self._candidate_id: str | None = None
        self.setObjectName("dossier_view")
        self.setAccessibleName(self.tr("Dossier du candidat"))

        self._stack = QStackedWidget(self)
        self._empty = MessagePage(
            self.tr(
                "Aucun candidat sélectionné. Choisissez un candidat dans la liste "
                "pour afficher son dossier."
            ),
            "dossier_empty_state",
            self._stack,
        )
        self._content = QWidget(self._stack)

        self.checklist = DossierChecklist(self._content)
        self.tabs = QTabWidget(self._content)
        self.tabs.setObjectName("dossier_tabs")
        self.tabs.setAccessibleName(self.tr("Documents du dossier"))
        self.tabs.setAccessibleDescription(
            self.tr("Ctrl+Page suivante et Ctrl+Page précédente passent d’un document à l’autre.")
        )
        self.tabs.setDocumentMode(True)
        self.tabs.setElideMode(Qt.TextElideMode.ElideNone)  # titles come elided already
        self.tabs.setUsesScrollButtons(True)
        bar = self.tabs.tabBar()
        bar.setObjectName("dossier_tab_bar")
        bar.setAccessibleName(self.tr("Documents du dossier"))
        bar.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        bar.setExpanding(False)
        self.tabs.currentChanged.connect(self._current_changed)
        self._no_documents = MessagePage(
            self.tr("Ce dossier ne contient aucun document."),
            "dossier_no_documents",
            self._content,
        )

        content_layout = QVBoxLayout(self._content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.setSpacing(10)
        content_layout.addWidget(self.checklist)
        content_layout.addWidget(self.tabs, 1)
        content_layout.addWidget(self._no_documents, 1)

        self._stack.addWidget(self._empty)
        self._stack.addWidget(self._content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self._stack)

        self._add_shortcut(QKeySequence(QKeySequence.StandardKey.ZoomIn), self._zoom_in)
        self._add_shortcut(QKeySequence("Ctrl+="), self._zoom_in)
        self._add_shortcut(QKeySequence(QKeySequence.StandardKey.ZoomOut), self._zoom_out)
        # These work from anywhere in the window (the juror types in the grid while reading).
        # W for width, as in Evince; Ctrl+0…3 are the grid's levels (Niveau menu).
        self._add_shortcut(QKeySequence("Ctrl+Shift+W"), self._fit_to_width)
        # QTabWidget itself only knows Ctrl+Tab; Ctrl+Page Up / Down are the usual pair.
        self._add_shortcut(QKeySequence("Ctrl+PgDown"), self._next_tab)
        self._add_shortcut(QKeySequence("Ctrl+PgUp"), self._previous_tab)
        self._held = False
        self.show_candidate(None)

    # ---- public API

    def hold_documents(self) -> None:
        """Read no document until `release_documents()`: the window's start draws the rest of
        the session page first, the dossier's document last (ui/shell/startup.py)."""
        self._held = True

    def release_documents(self) -> None:
        """Read and show the current document, held until now."""
        self._held = False
        tab = self._current_tab()
        if tab is not None and self.isVisible():
            self._load(tab)

    def show_candidate(self, candidate_id: str | None) -> None:
        """Shows that candidate's dossier, or the empty state for None; drops what was shown."""
        self._clear_tabs()
        self._candidate_id = candidate_id
        if candidate_id is None:
            self._stack.setCurrentWidget(self._empty)
            return
        documents = self._desk.dossier(candidate_id)
        self.checklist.set_checklist(self._desk.dossier_checklist(candidate_id))
        self.tabs.blockSignals(True)
        try:
            for summary in documents:
                self._add_tab(summary)
        finally:
            self.tabs.blockSignals(False)
        self.tabs.setVisible(bool(documents))
        self._no_documents.setVisible(not documents)
        self._stack.setCurrentWidget(self._content)
        if documents:
            kinds = [summary.kind for summary in documents]
            preferred = self._preferred_kind
            index = kinds.index(preferred) if preferred is not None and preferred in kinds else 0
            self._choosing_for_the_juror = True
            try:
                if self.tabs.currentIndex() == index:
                    self._current_changed(index)  # no change, so no signal: show it here
                else:
                    self.tabs.setCurrentIndex(index)
            finally:
                self._choosing_for_the_juror = False

    def candidate_id(self) -> str | None:
        return self._candidate_id

    def focus_document(self) -> None:
        """Keyboard focus to the document shown (to scroll it), or to the tab bar."""
        page = self.current_page()
        if page is not None and page.focusPolicy() != Qt.FocusPolicy.NoFocus:
            page.setFocus(Qt.FocusReason.ShortcutFocusReason)
        elif self.tabs.isVisible():
            self.tabs.tabBar().setFocus(Qt.FocusReason.ShortcutFocusReason)

    def current_document_id(self) -> int | None:
        tab = self._current_tab()
        return tab.summary.id if tab is not None else None

    def current_page(self) -> QWidget | None:
        """The widget showing the current document (None before its tab was first shown)."""
        tab = self._current_tab()
        return tab.page if tab is not None else None

    # ---- tabs

    def _add_tab(self, summary: DocumentSummary) -> None:
        tab = DocumentTab(summary, self.tabs)
        elided = (
            self.tabs.tabBar()
            .fontMetrics()
            .elidedText(summary.title, Qt.TextElideMode.ElideRight, _TAB_TEXT_WIDTH)
        )
        index = self.tabs.addTab(tab, elided.replace("&", "&&"))
        details = self.tr("{kind} — {size}").format(
            kind=kind_label(summary.kind), size=format_size(summary.size, self.locale())
        )
        self.tabs.setTabToolTip(index, f"{summary.title}\n{details}")
        self.tabs.tabBar().setAccessibleTabName(index, summary.title)

    def _clear_tabs(self) -> None:
        tabs = [self.tabs.widget(index) for index in range(self.tabs.count())]
        self.tabs.blockSignals(True)
        try:
            self.tabs.clear()
        finally:
            self.tabs.blockSignals(False)
        for tab in tabs:
            if tab is None:
                continue
            tab.hide()
            # Deleting the tab deletes its page, and with it any QPdfDocument and QBuffer.
            tab.deleteLater()

    def _current_tab(self) -> DocumentTab | None:
        tab = self.tabs.currentWidget()
        return tab if isinstance(tab, DocumentTab) else None

    @Slot(int)
    def _current_changed(self, index: int) -> None:
        tab = self.tabs.widget(index)
        if not isinstance(tab, DocumentTab):
            return
        if self.isVisible():
            self._load(tab)
        if not self._choosing_for_the_juror:
            self._preferred_kind = tab.summary.kind
        self.document_shown.emit(tab.summary.id)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        tab = self._current_tab()
        if tab is not None:
            self._load(tab)

    def _load(self, tab: DocumentTab) -> None:
        if tab.page is None and not self._held:
            try:
                content = self._desk.document_content(tab.summary.id)
            except UserError as error:
                # A damaged or missing document store: this tab says so; the grid, the clock
                # and the other documents go on working.
                tab.set_page(self._unreadable_page(error, tab))
                return
            tab.set_page(self._page_for(tab.summary, content, tab))

    def _unreadable_page(self, error: UserError, parent: QWidget) -> QWidget:
        return MessagePage(
            self.tr(
                "Ce document ne peut pas être lu : {message}\n\n"
                "Ouvrez à nouveau le paquet de session (Fichier › Ouvrir un paquet de "
                "session…) ou restaurez l’espace de travail depuis une sauvegarde."
            ).format(message=error_text(error)),
            "document_unreadable",
            parent,
        )

    def _page_for(self, summary: DocumentSummary, content: bytes, parent: QWidget) -> QWidget:
        media_type = base_media_type(summary.media_type)
        if media_type == PDF_TYPE:
            # Qt's PDF modules (2 MiB with the network and Kerberos libraries they link)
            # load with the first PDF shown, just after the session's usable frame (#17).
            from jury_desk.ui.dossier.pdf import PdfPage

            return PdfPage(summary.title, content, parent)
        if media_type in IMAGE_TYPES:
            pixmap = QPixmap()
            if pixmap.loadFromData(content):
                return ImagePage(summary.title, pixmap, parent)
            return MessagePage(
                self.tr(
                    "Cette image ne peut pas être affichée : le fichier est peut-être "
                    "endommagé. Signalez-le à l’organisateur de la session."
                ),
                "image_error",
                parent,
            )
        if media_type == LINK_TYPE:
            return LinkPage(summary.title, content, parent)
        if media_type in TEXT_TYPES:
            return TextPage(summary.title, content, media_type == "text/csv", parent)
        return MessagePage(
            self.tr(
                "Ce type de document ({media_type}) ne peut pas être affiché ici. Taille : {size}."
            ).format(media_type=summary.media_type, size=format_size(summary.size, self.locale())),
            "unsupported_message",
            parent,
        )

    @Slot()
    def _next_tab(self) -> None:
        if self.tabs.count():
            self.tabs.setCurrentIndex((self.tabs.currentIndex() + 1) % self.tabs.count())

    @Slot()
    def _previous_tab(self) -> None:
        if self.tabs.count():
            self.tabs.setCurrentIndex((self.tabs.currentIndex() - 1) % self.tabs.count())

    # ---- zoom, for whichever page is current

    def _add_shortcut(self, sequence: QKeySequence, slot: Callable[[], None]) -> None:
        shortcut = QShortcut(sequence, self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(slot)

    @Slot()
    def _zoom_in(self) -> None:
        page = self.current_page()
        if isinstance(page, Zoomable):
            page.zoom_in()

    @Slot()
    def _zoom_out(self) -> None:
        page = self.current_page()
        if isinstance(page, Zoomable):
            page.zoom_out()

    @Slot()
    def _fit_to_width(self) -> None:
        page = self.current_page()
        if isinstance(page, Zoomable):
            page.fit_to_width()
