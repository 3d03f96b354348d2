"""Small pieces the dossier tabs share: a one-sentence page, a toolbar button, zooming."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)


@runtime_checkable
class Zoomable(Protocol):
    """A page the dossier's zoom shortcuts act on (an image, a PDF)."""

    def zoom_in(self) -> None: ...

    def zoom_out(self) -> None: ...

    def fit_to_width(self) -> None: ...


class MessagePage(QWidget):
    """Shows `text` centred in a label (objectName `name`).

    The label takes focus, so that a screen reader says the sentence.
    """

    def __init__(self, text: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(text, self)
        self.label.setObjectName(name)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setMaximumWidth(560)
        self.label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.label.setAccessibleName(text)
        self.setFocusProxy(self.label)

        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        # Kept from setWordWrap: without it the label keeps the height of its widest layout
        # and a narrow pane cuts off its last lines.
        policy.setHeightForWidth(True)
        self.label.setSizePolicy(policy)

        # Stretches rather than an alignment flag: an aligned label gets its preferred
        # width, and a wrapped sentence then loses its last lines.
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.label, 1)  # up to its maximum width; the stretches share the rest
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)

    def text(self) -> str:
        return self.label.text()


def tool_button(
    parent: QWidget, name: str, text: str, accessible_name: str, tooltip: str | None = None
) -> QToolButton:
    """A flat toolbar button reachable with Tab, named for screen readers."""
    button = QToolButton(parent)
    button.setObjectName(name)
    button.setText(text)
    button.setToolTip(tooltip or accessible_name)
    button.setAccessibleName(accessible_name)
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    button.setAutoRaise(True)
    return button


@dataclass(frozen=True)
class ZoomControls:
    """The zoom buttons and level shared by the PDF and image pages."""

    zoom_out: QToolButton
    level: QLabel
    zoom_in: QToolButton
    fit: QToolButton


def zoom_controls(parent: QWidget, prefix: str) -> ZoomControls:
    """`prefix_zoom_out`, `prefix_zoom_level`, `prefix_zoom_in`, `prefix_fit_width`."""

    zoom_out = tool_button(
        parent,
        f"{prefix}_zoom_out",
        "−",
        QCoreApplication.translate("ZoomControls", "Réduire"),
        QCoreApplication.translate("ZoomControls", "Réduire (Ctrl+-)"),
    )
    level = QLabel(parent)
    level.setObjectName(f"{prefix}_zoom_level")
    level.setAccessibleName(QCoreApplication.translate("ZoomControls", "Niveau de zoom"))
    level.setMinimumWidth(level.fontMetrics().horizontalAdvance("0000 %"))
    level.setAlignment(Qt.AlignmentFlag.AlignCenter)
    zoom_in = tool_button(
        parent,
        f"{prefix}_zoom_in",
        "+",
        QCoreApplication.translate("ZoomControls", "Agrandir"),
        QCoreApplication.translate("ZoomControls", "Agrandir (Ctrl++)"),
    )
    fit_text = QCoreApplication.translate("ZoomControls", "Ajuster à la largeur")
    fit = tool_button(
        parent,
        f"{prefix}_fit_width",
        fit_text,
        fit_text,
        QCoreApplication.translate("ZoomControls", "Ajuster à la largeur (Ctrl+Maj+W)"),
    )
    return ZoomControls(zoom_out, level, zoom_in, fit)
