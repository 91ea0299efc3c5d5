"""The Qt half of ``fieldkit --self-test``: platform plugin, image formats, translations, printing.

These are what a frozen build most often gets wrong (a plugin or a ``.qm`` file left out), so
they run for real: a QApplication on the offscreen platform (no screen needed, nothing shown),
a widget drawn into an image, the English translation loaded, and the sample receipt printed
through QPrinter to a PDF file in the self-test's temporary folder.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QImageReader, QPainter
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QLabel

from fieldkit.ui.i18n import Translations, compiled_translation
from fieldkit.ui.previews import rasterise_pdf

REQUIRED_IMAGE_FORMATS = (b"png", b"jpeg")  # document thumbnails and photos
PRINT_DPI = 203  # a common thermal printer


class QtCheckError(Exception):
    """A Qt check found something wrong; the message says what, in Indonesian."""


def _application() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    # Offscreen: the check must run where no one is logged in (an installer, CI) and show
    # nothing where someone is.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    return QApplication(["fieldkit", "--self-test"])


def check_qt(work: Path) -> str:
    app = _application()
    formats = {bytes(f.data()) for f in QImageReader.supportedImageFormats()}
    missing = [f.decode() for f in REQUIRED_IMAGE_FORMATS if f not in formats]
    if missing:
        raise QtCheckError(f"plugin gambar Qt tidak ada: {', '.join(missing)}")
    label = QLabel("Pendaftaran NIB • 3201••••••••0003")
    label.adjustSize()
    image = label.grab().toImage()
    label.deleteLater()
    if image.isNull() or image.width() < 50:
        raise QtCheckError("Qt tidak bisa menggambar jendela")
    return f"Qt platform {app.platformName()}, format gambar {len(formats)}"


def check_translations(work: Path) -> str:
    _application()
    qm = compiled_translation("en")
    if qm is None or not qm.is_file():
        raise QtCheckError("berkas terjemahan fieldkit_en.qm tidak ada")
    translations = Translations()
    try:
        if not translations.apply("en"):
            raise QtCheckError(f"terjemahan Inggris tidak bisa dimuat ({qm.name})")
    finally:
        translations.apply("id")
    return f"{qm.name} ({qm.stat().st_size // 1024} KB)"


def check_printing(work: Path, receipt_pdf: bytes) -> str:
    """Rasterise a receipt as the print dialog does, save it as PNG, paint it on a PDF printer."""
    _application()
    pages = rasterise_pdf(receipt_pdf, dpi=PRINT_DPI, crisp=True)
    if not pages or pages[0].image.isNull():
        raise QtCheckError("tanda terima tidak bisa diubah menjadi gambar")
    png = work / "tanda-terima-58mm.png"
    if not pages[0].image.save(str(png)):  # PNG, from the suffix
        raise QtCheckError("gambar tanda terima tidak bisa disimpan sebagai PNG")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = work / "cetak-58mm.pdf"
    printer.setOutputFileName(str(printed))
    painter = QPainter()
    if not painter.begin(printer):
        raise QtCheckError("QPrinter tidak bisa dipakai")
    try:
        per_point = printer.resolution() / 72
        page = pages[0]
        target = QRectF(0, 0, page.width_pt * per_point, page.height_pt * per_point)
        painter.drawImage(target, page.image.convertToFormat(QImage.Format.Format_Grayscale8))
    finally:
        painter.end()
    if not printed.is_file() or printed.stat().st_size == 0:
        raise QtCheckError("cetakan PDF kosong")
    size = pages[0].image.size()
    return (
        f"PNG {size.width()}x{size.height()} px, cetak ke PDF {printed.stat().st_size // 1024} KB"
    )
