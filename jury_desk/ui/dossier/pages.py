"""The tabs of the dossier view for images, links and text documents."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Slot
from PySide6.QtGui import QFontDatabase, QGuiApplication, QPalette, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from jury_desk.ui.dossier.common import zoom_controls
from jury_desk.ui.dossier.format import decode_text, parse_uri_list

ZOOM_STEP = 1.25
ZOOM_MIN = 0.1
ZOOM_MAX = 4.0
_IMAGE_MARGIN = 8


class ImagePage(QWidget):
    """A mock-up or screenshot (objectName `image_page`), fitted to the width at first.

    `pixmap` is the decoded source image, at its own size; the label shows a scaled copy.
    """

    def __init__(self, title: str, pixmap: QPixmap, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("image_page")
        self.pixmap = pixmap
        self._fit = True
        self._zoom = 1.0

        self.summary = QLabel(
            self.tr("{title} — image de {width} × {height} pixels").format(
                title=title,
                width=self.locale().toString(pixmap.width()),
                height=self.locale().toString(pixmap.height()),
            ),
            self,
        )
        self.summary.setObjectName("image_summary")
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.summary.setToolTip(self.summary.text())

        self.image_label = QLabel(self)
        self.image_label.setObjectName("image_label")
        self.image_label.setAccessibleName(title)
        self.image_label.setAccessibleDescription(self.summary.text())
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_label.setMargin(_IMAGE_MARGIN)

        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("image_scroll")
        self.scroll_area.setAccessibleName(self.tr("Image « {title} »").format(title=title))
        self.scroll_area.setAccessibleDescription(self.summary.text())
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setBackgroundRole(QPalette.ColorRole.Dark)
        self.scroll_area.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.scroll_area.setWidget(self.image_label)
        self.scroll_area.viewport().installEventFilter(self)

        zoom = zoom_controls(self, "image")
        self.zoom_out_button, self.zoom_label = zoom.zoom_out, zoom.level
        self.zoom_in_button, self.fit_button = zoom.zoom_in, zoom.fit
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.fit_button.setCheckable(True)
        self.fit_button.clicked.connect(self.fit_to_width)

        toolbar = QHBoxLayout()
        toolbar.setContentsMargins(8, 6, 8, 6)
        toolbar.setSpacing(4)
        toolbar.addWidget(self.summary, 1)
        toolbar.addSpacing(16)
        toolbar.addWidget(self.zoom_out_button)
        toolbar.addWidget(self.zoom_label)
        toolbar.addWidget(self.zoom_in_button)
        toolbar.addSpacing(8)
        toolbar.addWidget(self.fit_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(toolbar)
        layout.addWidget(self.scroll_area, 1)
        self.setFocusProxy(self.scroll_area)
        self._apply_zoom()

    def zoom(self) -> float:
        """The scale the image is shown at (1.0: one image pixel per screen pixel)."""
        return self._fitted_zoom() if self._fit else self._zoom

    def shown_size(self) -> QSize:
        return self.image_label.pixmap().size()

    @Slot()
    def zoom_in(self) -> None:
        self._set_zoom(self.zoom() * ZOOM_STEP)

    @Slot()
    def zoom_out(self) -> None:
        self._set_zoom(self.zoom() / ZOOM_STEP)

    @Slot()
    def fit_to_width(self) -> None:
        self._fit = True
        self._apply_zoom()

    def _set_zoom(self, zoom: float) -> None:
        self._fit = False
        self._zoom = max(ZOOM_MIN, min(ZOOM_MAX, zoom))
        self._apply_zoom()

    def _fitted_zoom(self) -> float:
        # The room beside a vertical scroll bar, whether or not one shows: no back-and-forth
        # between "fits, so no scroll bar" and "a scroll bar, so it no longer fits".
        bar = self.style().pixelMetric(
            QStyle.PixelMetric.PM_ScrollBarExtent, None, self.scroll_area
        )
        room = self.scroll_area.contentsRect().width() - bar - 2 * _IMAGE_MARGIN
        if self.pixmap.width() <= 0 or room <= 0:
            return 1.0
        return max(ZOOM_MIN, room / self.pixmap.width())

    def _apply_zoom(self) -> None:
        zoom = self.zoom()
        width = max(1, round(self.pixmap.width() * zoom))
        if self.image_label.pixmap().width() != width:
            self.image_label.setPixmap(
                self.pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
            )
            self.image_label.adjustSize()
        self.fit_button.setChecked(self._fit)
        self.zoom_label.setText(self.tr("{percent} %").format(percent=round(zoom * 100)))
        self.zoom_in_button.setEnabled(zoom < ZOOM_MAX)
        self.zoom_out_button.setEnabled(zoom > ZOOM_MIN)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self._fit
            and event.type() == QEvent.Type.Resize
            and watched is self.scroll_area.viewport()
        ):
            self._apply_zoom()
        return super().eventFilter(watched, event)


class LinkPage(QWidget):
    """The link(s) of a `text/uri-list` document (objectName `link_page`), to copy, never opened.

    Each link `i` has a read-only field `link_field_<i>` and a button `link_copy_<i>`.
    """

    def __init__(self, title: str, content: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("link_page")
        self.urls = parse_uri_list(content)

        notice = QLabel(
            self.tr(
                "L’application n’ouvre jamais les liens, car elle fonctionne hors ligne. "
                "Copiez le lien puis collez-le dans votre navigateur."
            ),
            self,
        )
        notice.setObjectName("link_notice")
        notice.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        heading = QLabel(title, self)
        heading.setObjectName("link_title")
        heading_font = heading.font()
        heading_font.setBold(True)
        heading.setFont(heading_font)
        layout.addWidget(heading)
        layout.addWidget(notice)

        self.fields: list[QLineEdit] = []
        for index, url in enumerate(self.urls):
            name = title if len(self.urls) == 1 else f"{title} ({index + 1})"
            field = QLineEdit(url, self)
            field.setObjectName(f"link_field_{index}")
            field.setReadOnly(True)
            field.setCursorPosition(0)
            field.setAccessibleName(self.tr("Adresse du lien « {name} »").format(name=name))
            field.setMinimumWidth(320)
            button = QPushButton(self.tr("Copier le lien"), self)
            button.setObjectName(f"link_copy_{index}")
            button.setAccessibleName(self.tr("Copier le lien « {name} »").format(name=name))
            button.setAccessibleDescription(
                self.tr("Met l’adresse dans le presse-papiers, sans l’ouvrir.")
            )
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.clicked.connect(lambda _checked=False, link=url: self._copy(link))
            row = QHBoxLayout()
            row.setSpacing(8)
            row.addWidget(field, 1)
            row.addWidget(button)
            layout.addLayout(row)
            self.fields.append(field)

        self.status = QLabel(self)
        self.status.setObjectName("link_status")
        self.status.setAccessibleName(self.tr("État de la copie"))
        if not self.urls:
            self.status.setText(self.tr("Ce document ne contient aucun lien."))
        layout.addWidget(self.status)
        layout.addStretch(1)
        if self.fields:
            self.setFocusProxy(self.fields[0])

    def _copy(self, url: str) -> None:
        QGuiApplication.clipboard().setText(url)
        self.status.setText(self.tr("Lien copié dans le presse-papiers."))


class TextPage(QWidget):
    """A plain-text, Markdown or CSV document, read-only (objectName `text_page`)."""

    def __init__(
        self, title: str, content: bytes, tabular: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("text_page")
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("text_view")
        self.editor.setReadOnly(True)
        self.editor.setPlainText(decode_text(content))
        self.editor.setAccessibleName(title)
        self.editor.setFrameShape(QFrame.Shape.NoFrame)
        if tabular:
            self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
            self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.editor)
        self.setFocusProxy(self.editor)
