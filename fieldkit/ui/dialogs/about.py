"""*Bantuan → Tentang fieldkit*: the version, and where the data and the logs are, for IT staff.

Also :func:`show_startup_error`, the message box for a problem that stops the app at start
(e.g. a database written by a newer fieldkit), so an officer who started it from the Start
menu sees why it did not open instead of nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from fieldkit import __version__
from fieldkit.logs import default_log_dir
from fieldkit.store.schema import HEAD_REVISION


class AboutDialog(QDialog):
    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tentang fieldkit"))
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("fieldkit %1").replace("%1", __version__))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        layout.addWidget(QLabel(self.tr("Pendaftaran NIB jemput bola untuk DPMPTSP.")))
        form = QFormLayout()
        self.version = QLabel(__version__)
        self.schema = QLabel(HEAD_REVISION)
        self.data_dir = QLabel(str(data_dir))
        self.log_dir = QLabel(str(default_log_dir()))
        for label in (self.version, self.schema, self.data_dir, self.log_dir):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Versi:"), self.version)
        form.addRow(self.tr("Skema basis data:"), self.schema)
        form.addRow(self.tr("Folder data:"), self.data_dir)
        form.addRow(self.tr("Folder log dan laporan kesalahan:"), self.log_dir)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Tutup"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def show_startup_error(message: str) -> None:
    """A modal message when a QApplication exists (else the caller's stderr line is all).

    ``message`` is already Indonesian (it comes from the store, like every rule's message).
    """
    if QApplication.instance() is None:
        return
    title = QCoreApplication.translate("StartupError", "fieldkit tidak bisa dibuka")
    box = QMessageBox(QMessageBox.Icon.Critical, title, message, QMessageBox.StandardButton.Ok)
    box.setObjectName("startup_error")
    box.exec()
