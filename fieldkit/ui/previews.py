"""Document previews for the screen: a photo, or the first page of a PDF, as a QImage.

``render_preview`` is slow work (decoding a 12-megapixel photo, rasterising a
PDF page) and runs in a background job; a QImage, unlike a QPixmap, may be
made off the Qt thread and handed over.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

import pypdfium2 as pdfium  # type: ignore[import-untyped]  # ships no type information
from PIL import Image
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage

MAX_EDGE = 1600
# PDFium is not thread-safe (pypdfium2 docs, "Thread incompatibility"); two previews may run at
# once on the task runner's pool, so every PDFium call goes through this lock.
_PDFIUM_LOCK = threading.Lock()


class PreviewError(Exception):
    """The document cannot be shown; ``message`` is Indonesian and says what to do."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True, slots=True)
class Preview:
    image: QImage
    page_count: int


def render_preview(data: bytes, media_type: str, *, max_edge: int = MAX_EDGE) -> Preview:
    """The image scaled to fit ``max_edge``, or page 1 of a PDF rendered to fit it."""
    if media_type == "application/pdf":
        return _render_pdf(data, max_edge)
    image = QImage.fromData(data)
    if image.isNull():
        raise PreviewError(
            QCoreApplication.translate(
                "Preview", "Gambar tidak bisa dibuka. Lampirkan ulang dokumennya."
            )
        )
    if max(image.width(), image.height()) > max_edge:
        image = image.scaled(
            max_edge,
            max_edge,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    return Preview(image, 1)


def _render_pdf(data: bytes, max_edge: int) -> Preview:
    try:
        with _PDFIUM_LOCK:
            document = pdfium.PdfDocument(data)
            try:
                page_count = len(document)
                page = document[0]
                width, height = page.get_size()
                scale = min(max_edge / max(float(width), float(height), 1.0), 4.0)
                rendered: Image.Image = page.render(scale=scale).to_pil().convert("RGB")
                page.close()
            finally:
                document.close()
    except pdfium.PdfiumError as exc:
        raise PreviewError(
            QCoreApplication.translate(
                "Preview", "PDF tidak bisa ditampilkan. Lampirkan ulang dokumennya."
            )
        ) from exc
    raw = rendered.tobytes()
    image = QImage(
        raw, rendered.width, rendered.height, 3 * rendered.width, QImage.Format.Format_RGB888
    )
    return Preview(image.copy(), page_count)  # copy: the QImage must own its pixels


# --- receipts: PDF pages for the screen and the printer -------------------------------------------


@dataclass(frozen=True, slots=True)
class RasterPage:
    """One PDF page as grayscale pixels, cropped to where there is ink.

    ``left_pt``, ``top_pt``, ``width_pt`` and ``height_pt`` place the crop on the page and
    ``page_size_pt`` is the page's own size, all in PDF points (1/72 inch), so a printer can
    put the pixels at their true size.
    """

    image: QImage
    left_pt: float
    top_pt: float
    width_pt: float
    height_pt: float
    page_size_pt: tuple[float, float]


def rasterise_pdf(data: bytes, *, dpi: float, crisp: bool = False) -> list[RasterPage]:
    """Every page of a PDF at ``dpi``, grayscale, trimmed to its ink plus a small margin.

    ``crisp`` turns off anti-aliasing of paths, so the QR code's modules stay sharp black
    squares at a printer's resolution (a thermal head has no grey). Runs in a background job.
    """
    scale = dpi / 72
    pages: list[RasterPage] = []
    try:
        with _PDFIUM_LOCK:
            document = pdfium.PdfDocument(data)
            try:
                for index in range(len(document)):
                    page = document[index]
                    width, height = (float(v) for v in page.get_size())
                    bitmap = page.render(scale=scale, grayscale=True, no_smoothpath=crisp)
                    rendered: Image.Image = bitmap.to_pil().convert("L")
                    page.close()
                    pages.append(_trimmed(rendered, scale, (width, height)))
            finally:
                document.close()
    except pdfium.PdfiumError as exc:
        raise PreviewError(
            QCoreApplication.translate(
                "Preview", "PDF tidak bisa ditampilkan. Buat ulang tanda terimanya."
            )
        ) from exc
    return pages


def _trimmed(rendered: Image.Image, scale: float, page_size: tuple[float, float]) -> RasterPage:
    # A receipt in the corner of an A4 sheet is mostly white paper: sending only the inked
    # part keeps a 600 dpi print job small.
    ink = Image.eval(rendered, lambda v: 255 if v < 250 else 0).getbbox()
    pad = round(2 * scale)  # 2 pt of white around the ink
    if ink is None:
        box = (0, 0, 1, 1)
    else:
        box = (
            max(0, ink[0] - pad),
            max(0, ink[1] - pad),
            min(rendered.width, ink[2] + pad),
            min(rendered.height, ink[3] + pad),
        )
    cropped = rendered.crop(box)
    raw = cropped.tobytes()
    image = QImage(
        raw, cropped.width, cropped.height, cropped.width, QImage.Format.Format_Grayscale8
    )
    return RasterPage(
        image.copy(),
        left_pt=box[0] / scale,
        top_pt=box[1] / scale,
        width_pt=(box[2] - box[0]) / scale,
        height_pt=(box[3] - box[1]) / scale,
        page_size_pt=page_size,
    )
