"""The message under a form field: red for an error, amber for a warning, hidden when empty."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from fieldkit.domain.problems import Problem
from fieldkit.ui.messages import problem_text

ERROR_COLOUR = "#b00020"
WARNING_COLOUR = "#8a5300"  # amber dark enough to read on white (WCAG AA)
NOTE_COLOUR = "#1b5e20"


class FieldMessage(QLabel):
    """Shows the problems of one field, or a neutral note (such as "Skala: Mikro")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems: tuple[Problem, ...] = ()
        self.is_error_note = False
        self.hide()

    @property
    def has_problem(self) -> bool:
        """Shows an error or warning (not merely a note)."""
        return bool(self.problems) or self.is_error_note

    def set_problems(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        self.is_error_note = False
        if not problems:
            self.clear()
            self.hide()
            return
        is_error = any(p.is_error for p in problems)
        self.setText("\n".join(("✖ " if p.is_error else "⚠ ") + problem_text(p) for p in problems))
        self._colour(ERROR_COLOUR if is_error else WARNING_COLOUR)
        self.show()

    def set_note(self, text: str, *, is_error: bool = False) -> None:
        """A message from the form itself (e.g. a date it cannot read)."""
        self.problems = ()
        self.is_error_note = is_error and bool(text)
        self.setText(text)
        self._colour(ERROR_COLOUR if is_error else NOTE_COLOUR)
        self.setVisible(bool(text))

    def _colour(self, colour: str) -> None:
        self.setStyleSheet(f"color: {colour};")
