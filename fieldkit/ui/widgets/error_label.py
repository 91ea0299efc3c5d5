"""The red, word-wrapped message under a form: hidden until there is something to say."""

from __future__ import annotations

from typing import Final

from PySide6.QtWidgets import QLabel, QWidget

ERROR_STYLE: Final = "color: #b00020;"


class ErrorLabel(QLabel):
    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWordWrap(True)
        self.setStyleSheet(ERROR_STYLE)
        self.hide()
