"""One PDF of a dossier: the pages, a small toolbar, and the position in words.

`QPdfView` exposes no text to screen readers, so the title, the page count and
the current page are also written in a label beside the toolbar.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QObject, QPointF, Qt, Slot
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from jury_desk.ui.dossier.common import MessagePage, tool_button, zoom_controls

ZOOM_STEP = 1.25
ZOOM_MIN = 0.25
# QPdfView caches up to 20 rendered pages: at 300 % an A4 page is already about 30 MB.
ZOOM_MAX = 3.0


class PdfPageView(QPdfView):
    """A `QPdfView` where Page Up / Page Down go to the previous / next page.

    With Ctrl they pass on to the tab widget, which changes document.
    """

    def keyPressEvent(self, event: QKeyEvent) -> None:
        document = self.document()
        key = event.key()
        plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if (
            document is not None
            and key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)
            and plain == Qt.KeyboardModifier.NoModifier
        ):
            step = 1 if key == Qt.Key.Key_PageDown else -1
            go_to_page(self, self.pageNavigator().currentPage() + step)
            event.accept()
            return
        super().keyPressEvent(event)


def go_to_page(view: QPdfView, page: int) -> None:
    """Shows `page` (0-based), kept within the document."""
    document = view.document()
    if document is None or document.pageCount() == 0:
        return
    page = max(0, min(page, document.pageCount() - 1))
    if page != view.pageNavigator().currentPage():
        view.pageNavigator().jump(page, QPointF(), 0)


class PdfPage(QWidget):
    """One PDF tab (objectName `pdf_page`): a `PdfViewer`, or why the PDF could not be opened.

    The `QBuffer` the document reads from is the document's child, and the
    document is the viewer's: all three go together when the page is deleted.
    `viewer` and `document` are None when loading failed; the page then holds a
    `MessagePage` (objectName `pdf_error`).
    """

    def __init__(self, title: str, content: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdf_page")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        document = QPdfDocument()
        self._buffer = QBuffer(document)
        self._buffer.setData(QByteArray(content))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document.load(self._buffer)  # synchronous for an in-memory device

        self.viewer: PdfViewer | None = None
        self.document: QPdfDocument | None = None
        if document.status() == QPdfDocument.Status.Ready:
            self.document = document
            self.viewer = PdfViewer(title, document, self)
            layout.addWidget(self.viewer)
            self.setFocusProxy(self.viewer.view)
            return
        reason = self._failure_reason(document.error())
        document.deleteLater()
        layout.addWidget(
            MessagePage(
                self.tr(
                    "Ce PDF ne peut pas être affiché : {reason}. "
                    "Signalez-le à l’organisateur de la session."
                ).format(reason=reason),
                "pdf_error",
                self,
            )
        )

    @Slot()
    def zoom_in(self) -> None:
        if self.viewer is not None:
            self.viewer.zoom_in()

    @Slot()
    def zoom_out(self) -> None:
        if self.viewer is not None:
            self.viewer.zoom_out()

    @Slot()
    def fit_to_width(self) -> None:
        if self.viewer is not None:
            self.viewer.fit_to_width()

    def _failure_reason(self, error: QPdfDocument.Error) -> str:
        if error == QPdfDocument.Error.IncorrectPassword:
            return self.tr("il est protégé par un mot de passe")
        if error == QPdfDocument.Error.UnsupportedSecurityScheme:
            return self.tr("sa protection n’est pas prise en charge")
        if error == QPdfDocument.Error.InvalidFileFormat:
            return self.tr("le fichier n’est pas un PDF valide ou il est endommagé")
        return self.tr("le fichier est peut-être endommagé")


class PdfViewer(QWidget):
    """The pages of a loaded PDF (objectName `pdf_viewer`) under a toolbar.

    Takes ownership of `document`, after creating its view: Qt deletes
    children in creation order, so the view (and its rendering thread) goes
    before the document it draws.
    """

    def __init__(self, title: str, document: QPdfDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdf_viewer")
        self._title = title
        self.view = PdfPageView(self)
        document.setParent(self)
        self._document = document
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self._build_viewer(layout, document)

    def _build_viewer(self, layout: QVBoxLayout, document: QPdfDocument) -> None:
        view = self.view
        view.setObjectName("pdf_view")
        view.setAccessibleName(self.tr("Pages du document « {title} »").format(title=self._title))
        view.setAccessibleDescription(
            self.tr("Les touches Page précédente et Page suivante changent de page.")
        )
        view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        view.setFrameShape(QPdfView.Shape.NoFrame)
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        view.setDocument(document)
        view.viewport().installEventFilter(self)
        count = document.pageCount()

        self.summary = QLabel(self)
        self.summary.setObjectName("pdf_summary")
        self.summary.setAccessibleName(self.tr("Position dans le document"))
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        self.previous_button = tool_button(
            self, "pdf_previous_page", "", self.tr("Page précédente")
        )
        self.previous_button.setArrowType(Qt.ArrowType.UpArrow)
        self.previous_button.clicked.connect(self.previous_page)
        self.page_spin = QSpinBox(self)
        self.page_spin.setObjectName("pdf_page_spin")
        self.page_spin.setRange(1, count)
        self.page_spin.setPrefix(self.tr("Page "))
        self.page_spin.setSuffix(self.tr(" / {count}").format(count=count))
        self.page_spin.setKeyboardTracking(False)
        self.page_spin.setAccessibleName(self.tr("Page affichée"))
        self.page_spin.setAccessibleDescription(
            self.tr("Saisissez un numéro de page entre 1 et {count}").format(count=count)
        )
        self.page_spin.lineEdit().setAccessibleName(self.page_spin.accessibleName())
        self.page_spin.valueChanged.connect(self._spin_changed)
        self.next_button = tool_button(self, "pdf_next_page", "", self.tr("Page suivante"))
        self.next_button.setArrowType(Qt.ArrowType.DownArrow)
        self.next_button.clicked.connect(self.next_page)
        zoom = zoom_controls(self, "pdf")
        self.zoom_out_button, self.zoom_label = zoom.zoom_out, zoom.level
        self.zoom_in_button, self.fit_button = zoom.zoom_in, zoom.fit
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.fit_button.clicked.connect(self.fit_to_width)
        self.fit_button.setCheckable(True)
        self.fit_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        toolbar = QHBoxLayout()
        toolbar.setContentsMargins(8, 6, 8, 6)
        toolbar.setSpacing(4)
        toolbar.addWidget(self.summary, 1)
        toolbar.addSpacing(12)
        toolbar.addWidget(self.previous_button)
        toolbar.addWidget(self.page_spin)
        toolbar.addWidget(self.next_button)
        toolbar.addSpacing(16)
        toolbar.addWidget(self.zoom_out_button)
        toolbar.addWidget(self.zoom_label)
        toolbar.addWidget(self.zoom_in_button)
        toolbar.addSpacing(8)
        toolbar.addWidget(self.fit_button)
        layout.addLayout(toolbar)
        layout.addWidget(view, 1)
        # Toolbar first, as it reads, then the pages.
        chain = (
            self.previous_button,
            self.page_spin,
            self.next_button,
            self.zoom_out_button,
            self.zoom_in_button,
            self.fit_button,
            view,
        )
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

        navigator = view.pageNavigator()
        navigator.currentPageChanged.connect(self._page_changed)
        view.zoomModeChanged.connect(self._zoom_changed)
        view.zoomFactorChanged.connect(self._zoom_changed)
        self.setFocusProxy(view)
        self._page_changed(navigator.currentPage())
        self._zoom_changed()

    # ---- navigation

    def current_page(self) -> int:
        """The page shown (0-based)."""
        return self.view.pageNavigator().currentPage()

    @Slot()
    def previous_page(self) -> None:
        go_to_page(self.view, self.current_page() - 1)

    @Slot()
    def next_page(self) -> None:
        go_to_page(self.view, self.current_page() + 1)

    @Slot(int)
    def _spin_changed(self, value: int) -> None:
        go_to_page(self.view, value - 1)

    @Slot(int)
    def _page_changed(self, page: int) -> None:
        count = self._document.pageCount()
        self.page_spin.blockSignals(True)
        self.page_spin.setValue(page + 1)
        self.page_spin.blockSignals(False)
        self.summary.setText(
            self.tr("{title} — page {page} / {count}").format(
                title=self._title, page=page + 1, count=count
            )
        )
        self.summary.setToolTip(self.summary.text())
        self.previous_button.setEnabled(page > 0)
        self.next_button.setEnabled(page < count - 1)

    # ---- zoom

    @Slot()
    def zoom_in(self) -> None:
        self._set_zoom(self.effective_zoom() * ZOOM_STEP)

    @Slot()
    def zoom_out(self) -> None:
        self._set_zoom(self.effective_zoom() / ZOOM_STEP)

    @Slot()
    def fit_to_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._zoom_changed()

    def effective_zoom(self) -> float:
        """The zoom factor shown, also when the view fits the width by itself."""
        view, document = self.view, self._document
        if view.zoomMode() == QPdfView.ZoomMode.Custom:
            return view.zoomFactor()
        # As QPdfView computes the fitted width (points × logical dpi / 72, minus the margins).
        page_width = document.pagePointSize(self.current_page()).width()
        resolution = QGuiApplication.primaryScreen().logicalDotsPerInch() / 72.0
        margins = view.documentMargins()
        available = view.viewport().width() - margins.left() - margins.right()
        if page_width <= 0 or available <= 0:
            return 1.0
        return available / (page_width * resolution)

    def _set_zoom(self, factor: float) -> None:
        self.view.setZoomFactor(max(ZOOM_MIN, min(ZOOM_MAX, factor)))
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self._zoom_changed()

    @Slot()
    def _zoom_changed(self) -> None:
        fitted = self.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
        self.fit_button.setChecked(fitted)
        zoom = self.effective_zoom()
        self.zoom_label.setText(self.tr("{percent} %").format(percent=round(zoom * 100)))
        self.zoom_in_button.setEnabled(zoom < ZOOM_MAX)
        self.zoom_out_button.setEnabled(zoom > ZOOM_MIN)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A fitted zoom changes with the width: keep the percentage shown true.
        if event.type() == QEvent.Type.Resize and watched is self.view.viewport():
            self._zoom_changed()
        return super().eventFilter(watched, event)
