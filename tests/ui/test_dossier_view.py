"""The dossier view: checklist, one tab per document, each shown by its media type."""

from __future__ import annotations

import dataclasses
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSettings, Qt
from PySide6.QtGui import QAccessible, QGuiApplication, QImage
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from jury_desk.crypto.age_header import MAX_HEADER_BYTES, parse_header
from jury_desk.crypto.age_payload import CHUNK, NONCE_BYTES, SEALED_CHUNK
from jury_desk.demo.documents import MOCKUP_SIZE
from jury_desk.demo.session import demo_session_spec
from jury_desk.juror.desk import JurorDesk
from jury_desk.kernel.paths import workspace_path
from jury_desk.models import DocumentLocation, DossierDocument
from jury_desk.models.enums import EXPECTED_DOSSIER_KINDS, DocumentKind
from jury_desk.session.importer import import_session
from jury_desk.session.payloads import stored_payload_files
from jury_desk.session.spec import DocumentSpec, SessionSpec
from jury_desk.store.workspace import Workspace, new_workspace_key
from jury_desk.ui.dossier.common import MessagePage
from jury_desk.ui.dossier.format import format_size, parse_uri_list
from jury_desk.ui.dossier.pages import ImagePage, LinkPage, TextPage
from jury_desk.ui.dossier.pdf import PdfPage
from jury_desk.ui.dossier.view import DocumentTab, DossierView
from jury_desk.ui.flows.open_flow import SessionOpener
from jury_desk.ui.shell.background import SynchronousRunner
from jury_desk.ui.shell.context import Profile, WindowContext
from jury_desk.ui.shell.main_window import MainWindow
from tests.bundle_factory import Juror, Setting, make_setting, secret_store
from tests.factories import DEMO_DAY, FakeClock, small_session_spec

FRENCH = QLocale(QLocale.Language.French, QLocale.Country.France)
W = TypeVar("W", bound=QWidget)
DEMO_CANDIDATES = [candidate.id for candidate in demo_session_spec(DEMO_DAY).candidates]
OPENED_AT = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def _new_workspace(directory: Path, spec: SessionSpec, me: str) -> Workspace:
    clock = FakeClock(datetime(2026, 11, 30, 8, 0, tzinfo=UTC))
    workspace = Workspace.create(directory / "workspace.db", new_workspace_key(), clock)
    import_session(workspace, spec, me)
    return workspace


@pytest.fixture(scope="module")
def demo_workspace(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    """The demo session with its real PDFs, PNG mock-ups and links (slowish: built once)."""
    workspace = _new_workspace(
        tmp_path_factory.mktemp("demo"), demo_session_spec(DEMO_DAY), "juror-chair"
    )
    yield workspace
    workspace.close()


@pytest.fixture
def view(qtbot: QtBot, workspace: Workspace) -> DossierView:
    return _shown_view(qtbot, JurorDesk(workspace))


@pytest.fixture
def demo_view(qtbot: QtBot, demo_workspace: Workspace) -> DossierView:
    widget = _shown_view(qtbot, JurorDesk(demo_workspace))
    widget.show_candidate(DEMO_CANDIDATES[0])
    return widget


def _shown_view(qtbot: QtBot, desk: JurorDesk) -> DossierView:
    widget = DossierView(desk)
    widget.setLocale(FRENCH)
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _select(view: DossierView, kind: DocumentKind, occurrence: int = 0) -> QWidget:
    """Makes the `occurrence`-th tab of `kind` current and returns its page."""
    indexes = [
        index for index in range(view.tabs.count()) if _tab(view, index).summary.kind is kind
    ]
    view.tabs.setCurrentIndex(indexes[occurrence])
    page = view.current_page()
    assert page is not None
    return page


def _tab(view: DossierView, index: int) -> DocumentTab:
    tab = view.tabs.widget(index)
    assert isinstance(tab, DocumentTab)
    return tab


def _child(parent: QWidget, kind: type[W], name: str) -> W:
    child = parent.findChild(kind, name)
    assert child is not None, f"no {kind.__name__} named {name!r}"
    return child


def _accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.text(QAccessible.Text.Name)


def _delete_later_now() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


# ---- the dossier and its checklist


def test_without_a_candidate_the_view_says_none_is_selected(view: DossierView) -> None:
    empty = _child(view, QLabel, "dossier_empty_state")
    assert empty.isVisible()
    assert "Aucun candidat sélectionné" in empty.text()
    assert view.tabs.count() == 0
    assert view.candidate_id() is None


def test_one_tab_per_document_in_dossier_order(view: DossierView, workspace: Workspace) -> None:
    desk = JurorDesk(workspace)
    view.show_candidate("cand-1")
    documents = desk.dossier("cand-1")
    assert view.tabs.count() == len(documents) == 3
    assert [view.tabs.tabText(i) for i in range(3)] == [d.title for d in documents]
    assert [_tab(view, i).summary.id for i in range(3)] == [d.id for d in documents]
    assert view.tabs.tabBar().accessibleTabName(2) == "Deck"
    tooltip = view.tabs.tabToolTip(2)
    assert tooltip.startswith("Deck\n")
    assert "Support de présentation" in tooltip
    assert "octets" in tooltip  # 14 bytes: below one Ko
    assert not _child(view, QLabel, "dossier_empty_state").isVisible()


def test_the_checklist_marks_each_expected_item_in_words(
    view: DossierView, workspace: Workspace
) -> None:
    view.show_candidate("cand-1")
    expected = JurorDesk(workspace).dossier_checklist("cand-1")
    assert expected[DocumentKind.SITE_LINK] and expected[DocumentKind.DECK]
    assert not expected[DocumentKind.MOCKUPS]
    for kind in EXPECTED_DOSSIER_KINDS:
        item = _child(view, QLabel, f"checklist_{kind.value}")
        assert view.checklist.is_marked_present(kind) is expected[kind]
        mark, word = ("✓", "présent") if expected[kind] else ("✗", "manquant")
        assert mark in item.text()
        assert word in item.text()
        assert word in _accessible_name(item)
    assert "Lien vers le site" in _accessible_name(_child(view, QLabel, "checklist_site_link"))
    assert "Maquettes / captures" in _accessible_name(_child(view, QLabel, "checklist_mockups"))
    assert "3 sur 6" in view.checklist.accessibleDescription()


def test_the_checklist_is_complete_for_a_demo_candidate(demo_view: DossierView) -> None:
    for kind in EXPECTED_DOSSIER_KINDS:
        assert demo_view.checklist.is_marked_present(kind)
    assert demo_view.checklist.columns() == 3  # two lines at 900 px
    last = demo_view.tabs.count() - 1
    assert demo_view.tabs.tabToolTip(last).startswith("Support de présentation\n")
    assert demo_view.tabs.tabToolTip(last).endswith("\u00a0Ko")


def test_the_checklist_uses_fewer_columns_when_narrow(demo_view: DossierView) -> None:
    demo_view.resize(demo_view.minimumSizeHint().width(), 700)
    assert demo_view.checklist.columns() < 3
    demo_view.resize(1600, 700)
    assert demo_view.checklist.columns() == 6  # one line


@pytest.mark.parametrize(
    ("size", "text"),
    [
        (0, "0 octet"),
        (1, "1 octet"),
        (999, "999 octets"),
        (2_500, "2,5 Ko"),
        (51_032, "51,0 Ko"),
        (999_960, "1,0 Mo"),
        (1_500_000, "1,5 Mo"),
        (250_000_000, "250 Mo"),
        (3_200_000_000, "3,2 Go"),
    ],
)
def test_sizes_are_written_in_french_units(size: int, text: str) -> None:
    assert format_size(size, FRENCH) == text.replace(" ", "\u00a0")


def test_a_uri_list_skips_comments_and_blank_lines() -> None:
    content = b"# comment\r\n\r\nhttps://a.example/ \nhttps://b.example/\n"
    assert parse_uri_list(content) == ["https://a.example/", "https://b.example/"]


# ---- lazy loading and switching


class CountingDesk(JurorDesk):
    """The real facade, noting which documents' contents were read."""

    def __init__(self, workspace: Workspace) -> None:
        super().__init__(workspace)
        self.read: list[int] = []

    def document_content(self, document_id: int) -> bytes:
        self.read.append(document_id)
        return super().document_content(document_id)


def test_contents_are_read_only_when_their_tab_is_shown(
    qtbot: QtBot, demo_workspace: Workspace
) -> None:
    desk = CountingDesk(demo_workspace)
    view = _shown_view(qtbot, desk)
    shown: list[int] = []
    view.document_shown.connect(shown.append)
    view.show_candidate(DEMO_CANDIDATES[0])
    documents = desk.dossier(DEMO_CANDIDATES[0])
    # The dossier opens on its first document.
    deck = 0
    assert desk.read == [documents[deck].id]
    assert shown == [documents[deck].id]
    loaded = [_tab(view, i).page is not None for i in range(view.tabs.count())]
    assert loaded == [i == deck for i in range(len(documents))]

    with qtbot.waitSignal(view.document_shown) as blocker:
        view.tabs.setCurrentIndex(3)
    assert blocker.args == [documents[3].id]
    view.tabs.setCurrentIndex(deck)
    view.tabs.setCurrentIndex(3)
    assert desk.read == [documents[deck].id, documents[3].id]  # each read once
    assert view.current_document_id() == documents[3].id


def test_a_hidden_view_reads_nothing_until_shown(qtbot: QtBot, demo_workspace: Workspace) -> None:
    desk = CountingDesk(demo_workspace)
    view = DossierView(desk)
    qtbot.addWidget(view)
    view.show_candidate(DEMO_CANDIDATES[0])
    assert desk.read == []
    view.show()
    first = desk.dossier(DEMO_CANDIDATES[0])[0]
    assert desk.read == [first.id]


def test_switching_candidate_deletes_the_old_pages_and_their_pdf(demo_view: DossierView) -> None:
    page = _select(demo_view, DocumentKind.DECK)
    assert isinstance(page, PdfPage)
    document = page.document
    assert document is not None
    old_tabs = [demo_view.tabs.widget(i) for i in range(demo_view.tabs.count())]

    demo_view.show_candidate(DEMO_CANDIDATES[1])
    _delete_later_now()

    assert not shiboken6.isValid(document)
    assert not any(shiboken6.isValid(tab) for tab in old_tabs)
    # Only the new candidate's deck is loaded (the juror was reading a deck).
    [new_document] = demo_view.findChildren(QPdfDocument)
    assert new_document is not document
    titles = [demo_view.tabs.tabText(i) for i in range(demo_view.tabs.count())]
    assert titles[0] == "Site de la start-up"
    assert demo_view.candidate_id() == DEMO_CANDIDATES[1]

    demo_view.show_candidate(None)
    _delete_later_now()
    assert demo_view.tabs.count() == 0
    assert demo_view.findChildren(DocumentTab) == []
    assert _child(demo_view, QLabel, "dossier_empty_state").isVisible()


# ---- PDF


def test_the_deck_pdf_loads_and_pages_forward(qtbot: QtBot, demo_view: DossierView) -> None:
    page = _select(demo_view, DocumentKind.DECK)
    assert isinstance(page, PdfPage)
    assert page.document is not None
    assert page.document.status() == QPdfDocument.Status.Ready
    count = page.document.pageCount()
    assert count >= 2
    viewer = page.viewer
    assert viewer is not None
    assert viewer.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    assert viewer.view.pageMode() == QPdfView.PageMode.MultiPage
    summary = _child(page, QLabel, "pdf_summary")
    spin = _child(page, QSpinBox, "pdf_page_spin")
    assert summary.text() == f"Support de présentation — page 1 / {count}"
    assert spin.text() == f"Page 1 / {count}"
    assert not _child(page, QWidget, "pdf_previous_page").isEnabled()

    QTest.mouseClick(_child(page, QWidget, "pdf_next_page"), Qt.MouseButton.LeftButton)

    assert viewer.view.pageNavigator().currentPage() == 1
    assert f"2 / {count}" in summary.text()
    assert spin.text() == f"Page 2 / {count}"
    assert _child(page, QWidget, "pdf_previous_page").isEnabled()


def test_page_keys_and_the_spin_box_move_through_the_pdf(
    qtbot: QtBot, demo_view: DossierView
) -> None:
    page = _select(demo_view, DocumentKind.DECK)
    assert isinstance(page, PdfPage) and page.viewer is not None and page.document is not None
    view = page.viewer.view
    count = page.document.pageCount()

    QTest.keyClick(view, Qt.Key.Key_PageDown)
    QTest.keyClick(view, Qt.Key.Key_PageDown)
    assert view.pageNavigator().currentPage() == 2
    QTest.keyClick(view, Qt.Key.Key_PageUp)
    assert view.pageNavigator().currentPage() == 1

    page.viewer.page_spin.setValue(count)
    assert view.pageNavigator().currentPage() == count - 1
    QTest.keyClick(view, Qt.Key.Key_PageDown)  # already on the last page
    assert view.pageNavigator().currentPage() == count - 1


def test_ctrl_page_up_and_down_change_document(qtbot: QtBot, demo_view: DossierView) -> None:
    page = _select(demo_view, DocumentKind.DECK)  # the last tab
    assert isinstance(page, PdfPage) and page.viewer is not None
    demo_view.activateWindow()
    qtbot.waitActive(demo_view)
    page.viewer.view.setFocus()
    last = demo_view.tabs.count() - 1
    assert demo_view.tabs.currentIndex() == last

    QTest.keyClick(page.viewer.view, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert demo_view.tabs.currentIndex() == last - 1
    assert page.viewer.view.pageNavigator().currentPage() == 0  # not a page key for the PDF
    QTest.keyClick(
        demo_view.tabs.tabBar(), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier
    )
    QTest.keyClick(
        demo_view.tabs.tabBar(), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier
    )
    assert demo_view.tabs.currentIndex() == 0


def test_pdf_zoom_buttons_and_fit_to_width(qtbot: QtBot, demo_view: DossierView) -> None:
    page = _select(demo_view, DocumentKind.DECK)
    assert isinstance(page, PdfPage) and page.viewer is not None
    viewer = page.viewer
    fitted = viewer.effective_zoom()
    assert viewer.fit_button.isChecked()

    QTest.mouseClick(viewer.zoom_in_button, Qt.MouseButton.LeftButton)
    assert viewer.view.zoomMode() == QPdfView.ZoomMode.Custom
    assert viewer.view.zoomFactor() == pytest.approx(fitted * 1.25)
    assert not viewer.fit_button.isChecked()
    assert viewer.zoom_label.text() == f"{round(fitted * 125)}\u202f%"

    QTest.mouseClick(viewer.zoom_out_button, Qt.MouseButton.LeftButton)
    QTest.mouseClick(viewer.zoom_out_button, Qt.MouseButton.LeftButton)
    assert viewer.view.zoomFactor() == pytest.approx(fitted / 1.25)

    QTest.mouseClick(viewer.fit_button, Qt.MouseButton.LeftButton)
    assert viewer.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    assert viewer.fit_button.isChecked()


def test_ctrl_plus_and_ctrl_minus_zoom_the_current_document(
    qtbot: QtBot, demo_view: DossierView
) -> None:
    page = _select(demo_view, DocumentKind.DECK)
    assert isinstance(page, PdfPage) and page.viewer is not None
    demo_view.activateWindow()
    qtbot.waitActive(demo_view)
    page.viewer.view.setFocus()
    fitted = page.viewer.effective_zoom()

    QTest.keyClick(page.viewer.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert page.viewer.view.zoomFactor() == pytest.approx(fitted * 1.25)
    QTest.keyClick(page.viewer.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(page.viewer.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert page.viewer.view.zoomFactor() == pytest.approx(fitted / 1.25)
    control_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    QTest.keyClick(page.viewer.view, Qt.Key.Key_W, control_shift)
    assert page.viewer.view.zoomMode() == QPdfView.ZoomMode.FitToWidth


def test_a_damaged_pdf_shows_a_message_instead_of_pages(view: DossierView) -> None:
    # The small session's deck is b"%PDF-1.7 test ": a header and nothing else.
    # QtPdf logs no warning for it (status Error, InvalidFileFormat), so no qt_log_ignore.
    view.show_candidate("cand-1")
    page = _select(view, DocumentKind.DECK)
    assert isinstance(page, PdfPage)
    assert page.document is None and page.viewer is None
    message = _child(page, QLabel, "pdf_error")
    assert message.isVisible()
    assert message.text().startswith("Ce PDF ne peut pas être affiché")
    assert "pas un PDF valide" in message.text()
    assert message.height() >= message.heightForWidth(message.width())  # no line cut off
    assert page.findChildren(QPdfView) == []
    _delete_later_now()
    assert view.findChildren(QPdfDocument) == []


# ---- images, links, text and the rest


def test_a_mockup_png_is_shown_fitted_to_the_width(qtbot: QtBot, demo_view: DossierView) -> None:
    page = _select(demo_view, DocumentKind.MOCKUPS)
    assert isinstance(page, ImagePage)
    assert page.pixmap.width() == MOCKUP_SIZE[0] == 1200
    assert page.pixmap.height() == MOCKUP_SIZE[1]
    title = demo_view.tabs.tabBar().accessibleTabName(demo_view.tabs.currentIndex())
    assert title.startswith("Maquette 1 : ")
    assert _accessible_name(page.image_label) == title
    room = page.scroll_area.viewport().width()
    assert 0 < page.shown_size().width() <= room
    assert page.fit_button.isChecked()

    QTest.mouseClick(page.zoom_in_button, Qt.MouseButton.LeftButton)
    assert page.shown_size().width() == round(1200 * page.zoom())
    assert not page.fit_button.isChecked()
    demo_view.resize(700, 600)  # a manual zoom stays put when the window changes
    zoom = page.zoom()
    demo_view.resize(900, 700)
    assert page.zoom() == zoom

    QTest.mouseClick(page.fit_button, Qt.MouseButton.LeftButton)
    assert page.shown_size().width() <= page.scroll_area.viewport().width()


def test_a_link_is_shown_as_text_and_copied_never_opened(
    qtbot: QtBot, demo_view: DossierView
) -> None:
    page = _select(demo_view, DocumentKind.SITE_LINK)
    assert isinstance(page, LinkPage)
    url = demo_session_spec(DEMO_DAY).candidates[0].documents[0].content
    assert url is not None
    field = _child(page, QLineEdit, "link_field_0")
    assert field.text() == url.decode()
    assert field.isReadOnly()
    notice = _child(page, QLabel, "link_notice")
    assert "n’ouvre jamais les liens" in notice.text()
    assert "navigateur" in notice.text()

    QGuiApplication.clipboard().clear()
    button = _child(page, QPushButton, "link_copy_0")
    assert button.text() == "Copier le lien"
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    assert QGuiApplication.clipboard().text() == url.decode()
    assert _child(page, QLabel, "link_status").text() == "Lien copié dans le presse-papiers."


def _varied_spec() -> SessionSpec:
    """The small session, with a second candidate holding one document of each other shape."""
    spec = small_session_spec()
    documents = (
        DocumentSpec(
            DocumentKind.SITE_LINK,
            "Sites",
            "text/uri-list",
            b"# two mirrors\r\nhttps://a.example/\r\nhttps://b.example/x?y=1\r\n",
        ),
        DocumentSpec(
            DocumentKind.USER_INTERVIEWS,
            "Questions posées",
            "text/markdown; charset=utf-8",
            "# Entretiens\n\n- Qu’attendez-vous ?\n".encode(),
        ),
        DocumentSpec(
            DocumentKind.INVESTMENT_TABLE, "Budget", "text/csv", b"poste;montant\nDev;120000\n"
        ),
        DocumentSpec(DocumentKind.MOCKUPS, "Capture abîmée", "image/png", b"\x89PNG\r\n\x1a\nrien"),
        DocumentSpec(DocumentKind.OTHER, "Archive", "application/zip", b"PK" + b"\0" * 2498),
        DocumentSpec(DocumentKind.OTHER, "Sans lien", "text/uri-list", b"# rien\n"),
    )
    second = dataclasses.replace(spec.candidates[1], documents=documents)
    return dataclasses.replace(spec, candidates=(spec.candidates[0], second))


@pytest.fixture
def varied_view(qtbot: QtBot, tmp_path: Path) -> Iterator[DossierView]:
    workspace = _new_workspace(tmp_path, _varied_spec(), "chair")
    widget = _shown_view(qtbot, JurorDesk(workspace))
    widget.show_candidate("cand-2")
    yield widget
    widget.show_candidate(None)
    workspace.close()


def test_every_link_of_a_uri_list_gets_its_own_field(varied_view: DossierView) -> None:
    page = _select(varied_view, DocumentKind.SITE_LINK)
    assert isinstance(page, LinkPage)
    assert page.urls == ["https://a.example/", "https://b.example/x?y=1"]
    assert _child(page, QLineEdit, "link_field_1").text() == "https://b.example/x?y=1"
    assert "(2)" in _accessible_name(_child(page, QPushButton, "link_copy_1"))

    empty = _select(varied_view, DocumentKind.OTHER, occurrence=1)
    assert isinstance(empty, LinkPage)
    assert empty.urls == []
    assert _child(empty, QLabel, "link_status").text() == "Ce document ne contient aucun lien."


def test_text_markdown_and_csv_are_shown_read_only(varied_view: DossierView) -> None:
    markdown = _select(varied_view, DocumentKind.USER_INTERVIEWS)
    assert isinstance(markdown, TextPage)
    editor = _child(markdown, QPlainTextEdit, "text_view")
    assert editor.isReadOnly()
    assert editor.toPlainText() == "# Entretiens\n\n- Qu’attendez-vous ?\n"
    assert _accessible_name(editor) == "Questions posées"

    csv = _select(varied_view, DocumentKind.INVESTMENT_TABLE)
    assert isinstance(csv, TextPage)
    assert csv.editor.toPlainText().startswith("poste;montant")
    assert csv.editor.lineWrapMode() == QPlainTextEdit.LineWrapMode.NoWrap


def test_a_damaged_image_and_an_unknown_type_are_explained(varied_view: DossierView) -> None:
    image = _select(varied_view, DocumentKind.MOCKUPS)
    assert isinstance(image, MessagePage)
    assert "Cette image ne peut pas être affichée" in _child(image, QLabel, "image_error").text()

    other = _select(varied_view, DocumentKind.OTHER)
    assert isinstance(other, MessagePage)
    text = _child(other, QLabel, "unsupported_message").text()
    assert text == (
        "Ce type de document (application/zip) ne peut pas être affiché ici. "
        "Taille\u00a0: 2,5\u00a0Ko."
    )


def test_checklist_of_a_dossier_without_deck(varied_view: DossierView) -> None:
    assert not varied_view.checklist.is_marked_present(DocumentKind.DECK)
    assert not varied_view.checklist.is_marked_present(DocumentKind.PRODUCT_SHEET_LINK)
    sheet = _child(varied_view, QLabel, "checklist_product_sheet_link")
    assert "manquante" in _accessible_name(sheet)  # agrees with « fiche »
    assert varied_view.checklist.is_marked_present(DocumentKind.MOCKUPS)


# ---- accessibility


def _focusable_without_name(view: DossierView) -> list[str]:
    missing = []
    for widget in view.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(view):
            continue
        if not _accessible_name(widget).strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_every_focusable_widget_has_an_accessible_name(
    demo_view: DossierView, varied_view: DossierView
) -> None:
    for view in (demo_view, varied_view):
        for index in range(view.tabs.count()):
            view.tabs.setCurrentIndex(index)
            assert _focusable_without_name(view) == [], view.tabs.tabText(index)
    varied_view.show_candidate(None)
    assert _focusable_without_name(varied_view) == []


def test_the_pdf_toolbar_is_reached_with_tab_before_the_pages(demo_view: DossierView) -> None:
    page = _select(demo_view, DocumentKind.DECK)
    assert isinstance(page, PdfPage) and page.viewer is not None
    viewer = page.viewer
    order: list[str] = []
    widget: QWidget = viewer.previous_button
    while len(order) < 7:
        # The spin box's own line edit follows it in the chain: it is the same stop.
        stop = widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.isVisible()
        if stop and widget.objectName() != "qt_spinbox_lineedit":
            order.append(widget.objectName())
        following = widget.nextInFocusChain()
        assert following is not None
        widget = following
    assert order == [
        "pdf_previous_page",
        "pdf_page_spin",
        "pdf_next_page",
        "pdf_zoom_out",
        "pdf_zoom_in",
        "pdf_fit_width",
        "pdf_view",
    ]


# ---- how it looks


def test_a_screenshot_of_the_deck(qtbot: QtBot, demo_view: DossierView, tmp_path: Path) -> None:
    page = _select(demo_view, DocumentKind.DECK)
    assert isinstance(page, PdfPage)
    qtbot.wait(300)  # QPdfView renders its pages on a worker thread
    path = tmp_path / "dossier_view.png"
    assert demo_view.grab().save(str(path))
    image = QImage(str(path))
    assert (image.width(), image.height()) == (900, 700)
    # The pages were rendered: the area under the toolbar is not one flat colour.
    colours = {
        image.pixelColor(x, y).rgb() for x in range(40, 860, 20) for y in range(150, 690, 20)
    }
    assert len(colours) > 10


def test_the_kind_of_document_read_carries_over_to_the_next_candidate(
    demo_view: DossierView,
) -> None:
    _select(demo_view, DocumentKind.INVESTMENT_TABLE)
    demo_view.show_candidate(DEMO_CANDIDATES[1])
    current = demo_view.tabs.currentIndex()
    assert _tab(demo_view, current).summary.kind is DocumentKind.INVESTMENT_TABLE
    demo_view.show_candidate(DEMO_CANDIDATES[0])
    current = demo_view.tabs.currentIndex()
    assert _tab(demo_view, current).summary.kind is DocumentKind.INVESTMENT_TABLE


# ---- a damaged document store: the tab says so, the rest of the window works on

# Past the first 64 KiB chunk of the payload, so that a chunk holds nothing but this file.
_ANNEX = DocumentSpec(
    DocumentKind.OTHER, "Annexe longue", "text/plain", b"Une ligne d'annexe.\n" * 10_000
)


@pytest.fixture(scope="module")
def store_setting(tmp_path_factory: pytest.TempPathFactory) -> Setting:
    """A bundle whose first candidate has a long annex, built once for the module."""
    spec = small_session_spec()
    first = dataclasses.replace(
        spec.candidates[0], documents=(*spec.candidates[0].documents, _ANNEX)
    )
    spec = dataclasses.replace(spec, candidates=(first, *spec.candidates[1:]))
    setting = make_setting(tmp_path_factory.mktemp("store"), OPENED_AT, spec, fast_secrets=True)
    setting.build("session.jdbundle", FakeClock(OPENED_AT), passphrase=None)
    return setting


@pytest.fixture
def store_window(
    qtbot: QtBot, store_setting: Setting, tmp_path: Path
) -> Iterator[tuple[MainWindow, Path]]:
    """The chair's window on a private copy of their data folder; and the payload copy."""
    home = Path(shutil.copytree(store_setting.chair.home, tmp_path / "chair"))
    chair = Juror(home, store_setting.chair.identity, secret_store(home))
    clock = FakeClock(OPENED_AT)
    chair.open(store_setting.root / "session.jdbundle", clock)
    [copy] = stored_payload_files(workspace_path(home, store_setting.spec.id).parent)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(
        WindowContext(Profile(home, chair.secrets), clock, settings, SynchronousRunner())
    )
    qtbot.addWidget(window)
    window.setLocale(FRENCH)
    SessionOpener(window, tmp_path / "demo")
    window.resize(1400, 900)
    yield window, copy
    window.close()


def _open_first_candidate(qtbot: QtBot, window: MainWindow, store_setting: Setting) -> DossierView:
    window.findChild(SessionOpener).open_recent(store_setting.spec.id)  # type: ignore[union-attr]
    window.show()
    qtbot.waitExposed(window)
    assert window.page is not None
    window.page.select_candidate("cand-1")
    return window.page.dossier


def _unreadable_message(page: QWidget) -> str:
    assert isinstance(page, MessagePage)
    label = _child(page, QLabel, "document_unreadable")
    assert label.isVisible() and _accessible_name(label) == label.text()
    # Nothing cut off: neither a line nor a word too long to wrap.
    assert label.height() >= label.heightForWidth(label.width())
    assert label.width() >= label.minimumSizeHint().width()
    return label.text()


def _grid_still_saves(qtbot: QtBot, window: MainWindow) -> None:
    level = _child(window, QComboBox, "level_C3")
    assert level.isEnabled()
    level.setCurrentIndex(3)  # the third level (the first entry is "not scored")
    assert window.workspace is not None
    [row] = [r for r in JurorDesk(window.workspace).grid("cand-1").rows if r.code == "C3"]
    assert row.level == 2


def _flip_a_byte_of_the_annex(window: MainWindow, copy: Path) -> None:
    """Flip a byte in the annex's second chunk, which holds nothing else."""
    assert window.workspace is not None
    with window.workspace.reading() as session:
        annex = session.scalars(
            select(DossierDocument).where(DossierDocument.title == _ANNEX.title)
        ).one()
        location = session.get(DocumentLocation, annex.id)
        assert location is not None
        chunk = location.plaintext_offset // CHUNK + 1
    data = bytearray(copy.read_bytes())
    header = parse_header(bytes(data[:MAX_HEADER_BYTES]))
    data[header.length + NONCE_BYTES + chunk * SEALED_CHUNK + 100] ^= 0x01
    copy.write_bytes(bytes(data))


def test_an_altered_payload_copy_is_explained_in_its_tab_and_the_rest_works(
    qtbot: QtBot, store_window: tuple[MainWindow, Path], store_setting: Setting
) -> None:
    window, copy = store_window
    view = _open_first_candidate(qtbot, window, store_setting)
    _flip_a_byte_of_the_annex(window, copy)
    message = _unreadable_message(_select(view, DocumentKind.OTHER))
    assert message.startswith("Ce document ne peut pas être lu\u00a0: ")
    # The core's message names the document and the workspace (by its name: the window
    # shows no folder of the data directory); then what to do.
    assert f"« {_ANNEX.title} »" in message and f"« {copy.parent.name} »" in message
    assert str(copy.parent) not in message
    assert "Ouvrez à nouveau le paquet de session" in message and "sauvegarde" in message
    # The documents in other chunks still read, and the grid still saves.
    assert isinstance(_select(view, DocumentKind.SITE_LINK), LinkPage)
    assert isinstance(_select(view, DocumentKind.PRODUCT_SHEET_LINK), LinkPage)
    _grid_still_saves(qtbot, window)


def test_a_missing_payload_copy_is_explained_in_every_tab_until_the_bundle_is_opened_again(
    qtbot: QtBot, store_window: tuple[MainWindow, Path], store_setting: Setting
) -> None:
    window, copy = store_window
    copy.unlink()
    view = _open_first_candidate(qtbot, window, store_setting)
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
        page = view.current_page()
        assert page is not None
        message = _unreadable_message(page)
        assert copy.name[:16] in message and "No such file" in message
    # The tab keeps its message: shown again, it does not try (and fail) again.
    view.tabs.setCurrentIndex(0)
    assert isinstance(view.current_page(), MessagePage)
    _grid_still_saves(qtbot, window)

    # As the message says: opening the session bundle again writes the copy anew.
    opener = window.findChild(SessionOpener)
    assert opener is not None
    opener.open_bundle(store_setting.root / "session.jdbundle", None)
    assert window.findChild(QMessageBox, "error_box") is None
    assert copy.is_file() and window.page is not None
    window.page.select_candidate("cand-1")
    view = window.page.dossier
    assert isinstance(_select(view, DocumentKind.OTHER), TextPage)
    assert isinstance(_select(view, DocumentKind.SITE_LINK), LinkPage)
    assert _child(window, QComboBox, "level_C3").currentIndex() == 3  # the score is kept
