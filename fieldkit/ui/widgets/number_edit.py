"""A line edit for whole numbers (Rupiah, m², people) grouped as it is typed: 15.000.000."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget

MAX_DIGITS = 16


def grouped(value: int) -> str:
    """``15000000`` -> ``15.000.000`` (Indonesian thousands separator)."""
    return f"{value:,}".replace(",", ".")


class NumberEdit(QLineEdit):
    """Accepts digits only; anything else typed or pasted is dropped. Empty means no value."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.textEdited.connect(self._on_self_text_edited)

    def value(self) -> int | None:
        digits = "".join(ch for ch in self.text() if ch.isascii() and ch.isdigit())
        return int(digits) if digits else None

    def set_value(self, value: int | None) -> None:
        self.setText("" if value is None else grouped(value))

    def _on_self_text_edited(self, text: str) -> None:
        # Keep the cursor after the same number of digits once the dots move.
        digits_before = sum(ch.isdigit() for ch in text[: self.cursorPosition()])
        digits = "".join(ch for ch in text if ch.isascii() and ch.isdigit())[:MAX_DIGITS]
        digits = digits.lstrip("0") or ("0" if digits else "")
        formatted = grouped(int(digits)) if digits else ""
        if formatted == text:
            return
        self.setText(formatted)
        position, seen = 0, 0
        while position < len(formatted) and seen < digits_before:
            seen += formatted[position].isdigit()
            position += 1
        self.setCursorPosition(position)
