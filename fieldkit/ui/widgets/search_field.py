"""A line edit that searches as the officer types and holds the chosen value (a code).

Typing shows the best matches in a popup; Down/Up and Enter choose one, and Enter
with no match highlighted takes the first. Editing the text after a choice drops
the choice, so what is shown is always what will be saved.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

Match = tuple[str, str]  # (value, label)


class SearchField(QLineEdit):
    """Signals: ``choice_did_change(str)``: the chosen value, or "" when the choice was dropped."""

    choice_did_change = Signal(str)

    def __init__(
        self,
        search: Callable[[str], Sequence[Match]],
        *,
        min_chars: int = 2,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._search = search
        self._min_chars = min_chars
        self._matches: list[Match] = []
        self._value = ""
        self._label = ""
        self._model = QStringListModel(self)
        self._completer = QCompleter(self._model, self)
        self._completer.setWidget(self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setMaxVisibleItems(10)
        # activated(QModelIndex): the row, since labels of two matches may be equal
        self._completer.activated[QModelIndex].connect(  # type: ignore[index]  # PySide6 stubs lack overload indexing
            self._on_completer_activated
        )
        self.textEdited.connect(self._on_self_text_edited)
        self.returnPressed.connect(self._on_self_return_pressed)

    def value(self) -> str:
        """The chosen value; "" when nothing is chosen."""
        return self._value

    def matches(self) -> list[Match]:
        return list(self._matches)

    def set_choice(self, value: str, label: str) -> None:
        self._value, self._label = value, label
        self.setText(label)
        self.setCursorPosition(0)
        self.choice_did_change.emit(value)

    def restore(self, value: str, text: str) -> None:
        """Put back a choice (or typed text without one) as it was, without searching."""
        self._value, self._label = (value, text) if value else ("", "")
        self.setText(text)
        self.setCursorPosition(0)

    def choose_first_match(self) -> bool:
        if self._value or not self._matches:
            return bool(self._value)
        self.set_choice(*self._matches[0])
        self._hide_popup()
        return True

    def _hide_popup(self) -> None:
        popup = self._completer.popup()
        if popup is not None:
            popup.hide()

    def _on_self_text_edited(self, text: str) -> None:
        if self._value and text != self._label:
            self._value, self._label = "", ""
            self.choice_did_change.emit("")
        query = text.strip()
        self._matches = list(self._search(query)) if len(query) >= self._min_chars else []
        self._model.setStringList([label for _, label in self._matches])
        if self._matches and not self._value:
            self._completer.complete()
        else:
            self._hide_popup()

    def _on_completer_activated(self, index: QModelIndex) -> None:
        row = index.row()
        if 0 <= row < len(self._matches):
            self.set_choice(*self._matches[row])

    def _on_self_return_pressed(self) -> None:
        self.choose_first_match()
