"""What the app shows when the office revoked this laptop and its data was wiped
(fieldkit.store.wipe): why, and what to do. Nothing else opens."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from fieldkit.store.wipe import WIPED_MESSAGE
from fieldkit.ui.i18n import Translations

CONTEXT = "WipedNotice"
EXIT_WIPED = 7  # the app's exit status after the notice (3, 4: other start-up failures)


def wiped_text(message: str) -> str:
    """The stored message, translated when it is the standard one."""
    if message == WIPED_MESSAGE:
        return QCoreApplication.translate(
            CONTEXT,
            "Laptop ini dicabut oleh kantor. Semua data yang belum terkirim sudah dikirim ke "
            "server, lalu data permohonan dan dokumen di laptop ini dihapus. Hubungi admin "
            "server untuk mendaftarkan ulang laptop ini.",
        )
    return message


def wiped_box(message: str, parent: QWidget | None = None) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Critical, "", wiped_text(message), parent=parent)
    box.setObjectName("wiped_notice")
    box.setWindowTitle(QCoreApplication.translate(CONTEXT, "Laptop ini dicabut oleh kantor"))
    box.setInformativeText(
        QCoreApplication.translate(
            CONTEXT,
            "Aplikasi tidak dibuka karena tidak ada data di laptop ini. Untuk memakainya "
            "lagi, admin kantor menghapus folder data fieldkit lalu mendaftarkan laptop ini "
            "ulang.",
        )
    )
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    return box


def show_wiped_notice(
    message: str, translations: Translations, *, language: str = "id", auto_close: bool = False
) -> QMessageBox:
    """At start: show the notice (modal) and return the box once it is closed."""
    _qt = QApplication.instance() or QApplication([])  # kept alive while the box shows
    translations.apply(language)
    box = wiped_box(message)
    if auto_close:  # tests
        QTimer.singleShot(0, box.accept)
    box.exec()
    return box
