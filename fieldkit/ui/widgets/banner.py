"""A message strip at the top of a page, with an optional action button."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

STYLES = {
    "info": "background: #e3f2fd; color: #0d3c61; border: 1px solid #90caf9;",
    "success": "background: #e8f5e9; color: #1b5e20; border: 1px solid #a5d6a7;",
    "warning": "background: #fff8e1; color: #5d4037; border: 1px solid #ffcc80;",
    "error": "background: #fdecea; color: #8e0000; border: 1px solid #ef9a9a;",
}


class Banner(QWidget):
    """Hidden until ``show_message``; the action button appears only when given."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setObjectName("banner_text")
        self.action = QPushButton()
        self.action.setObjectName("banner_action")
        self.close_button = QPushButton(self.tr("Tutup"))
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action)
        layout.addWidget(self.close_button)
        self.close_button.clicked.connect(self.hide)
        self.action.clicked.connect(self._on_action_clicked)
        self._callback: Callable[[], None] | None = None
        self.kind = ""
        self.hide()

    def show_message(
        self,
        text: str,
        kind: str = "info",
        *,
        action: str = "",
        on_action: Callable[[], None] | None = None,
    ) -> None:
        self.kind = kind
        self.label.setText(text)
        self.setStyleSheet(f"Banner {{ {STYLES[kind]} border-radius: 4px; }}")
        self.label.setStyleSheet(STYLES[kind].split("border")[0] + "border: none;")
        self._callback = on_action
        self.action.setText(action)
        self.action.setVisible(bool(action and on_action))
        self.show()

    def _on_action_clicked(self) -> None:
        callback = self._callback
        if callback is not None:
            callback()
