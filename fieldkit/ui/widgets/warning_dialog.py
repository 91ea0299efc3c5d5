"""Before "Siap": the officer confirms each warning with the applicant, one checkbox each."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fieldkit.domain.problems import Problem
from fieldkit.ui.messages import problem_text


class WarningAcknowledgementDialog(QDialog):
    """Lists warnings; "Konfirmasi" is enabled once every one is ticked."""

    def __init__(self, warnings: Sequence[Problem], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("warning_dialog")
        self.setWindowTitle(self.tr("Periksa peringatan sebelum Siap"))
        self.warnings = tuple(warnings)
        self.is_refused = False
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Periksa setiap peringatan bersama pemohon (cocokkan dengan KTP). Jika datanya "
                "sudah benar, centang kotaknya. Konfirmasi Anda dicatat dengan nama Anda dan "
                "waktunya."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        body = QWidget()
        column = QVBoxLayout(body)
        self.checkboxes: list[QCheckBox] = []
        for i, problem in enumerate(self.warnings):
            frame = QFrame()
            frame.setFrameShape(QFrame.Shape.StyledPanel)
            box = QVBoxLayout(frame)
            text = QLabel("⚠ " + problem_text(problem))
            text.setWordWrap(True)
            text.setStyleSheet("color: #5d4037;")
            box.addWidget(text)
            check = QCheckBox(self.tr("Saya sudah memeriksa dengan pemohon"))
            check.setObjectName(f"acknowledge_{i}")
            check.toggled.connect(self._on_checkbox_toggled)
            box.addWidget(check)
            self.checkboxes.append(check)
            column.addWidget(frame)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox()
        self.confirm_button = QPushButton(self.tr("&Konfirmasi dan tandai Siap"))
        self.confirm_button.setObjectName("acknowledge_confirm")
        buttons.addButton(self.confirm_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(self.tr("&Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("acknowledge_cancel")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._on_checkbox_toggled()
        self.resize(640, min(560, 150 + 100 * len(self.warnings)))

    def refuse(self, reason: str) -> None:
        """This officer may not override warnings: show why, and allow only "Batal"."""
        self.refusal = QLabel(reason)
        self.refusal.setObjectName("acknowledge_refused")
        self.refusal.setWordWrap(True)
        self.refusal.setStyleSheet("color: #a3001b; font-weight: bold;")
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, self.refusal)
        for check in self.checkboxes:
            check.setEnabled(False)
        self.is_refused = True
        self._on_checkbox_toggled()

    def acknowledged_keys(self) -> list[str]:
        return [p.key for p, c in zip(self.warnings, self.checkboxes, strict=True) if c.isChecked()]

    def _on_checkbox_toggled(self) -> None:
        is_complete = all(c.isChecked() for c in self.checkboxes)
        self.confirm_button.setEnabled(is_complete and not self.is_refused)
