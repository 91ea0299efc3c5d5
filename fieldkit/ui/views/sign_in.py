"""Page 'sign_in' of the main window: not built yet (work in progress in this session)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from fieldkit.ui.context import ViewContext


class SignInView(QWidget):
    def __init__(self, context: ViewContext) -> None:
        super().__init__()
        self.context = context
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Halaman ini belum dibuat.")))
