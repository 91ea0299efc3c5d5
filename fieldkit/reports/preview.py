"""Pages of a report PDF as pixels (pypdfium2), for an on-screen preview or printing.

The result is plain bytes, so it is made on a worker thread and turned into a Qt image on
the GUI thread. PDFium is not thread-safe: one lock serialises every use of it here.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

import pypdfium2 as pdfium  # type: ignore[import-untyped]  # ships no type information

_PDFIUM_LOCK = threading.Lock()
POINTS_PER_INCH = 72


@dataclass(frozen=True, slots=True)
class PageImage:
    """One page as 8-bit RGB pixels, ``stride`` bytes per row."""

    width: int
    height: int
    stride: int
    rgb: bytes


def page_count(pdf: bytes) -> int:
    with _PDFIUM_LOCK:
        document = pdfium.PdfDocument(pdf)
        try:
            return len(document)
        finally:
            document.close()


def pdf_page_images(
    pdf: bytes, *, dpi: float = 96, max_pages: int | None = None
) -> list[PageImage]:
    """Every page (or the first ``max_pages``) rendered at ``dpi``, white background."""
    images: list[PageImage] = []
    with _PDFIUM_LOCK:
        document = pdfium.PdfDocument(pdf)
        try:
            count = len(document) if max_pages is None else min(max_pages, len(document))
            for index in range(count):
                page = document[index]
                try:
                    bitmap = page.render(scale=dpi / POINTS_PER_INCH, rev_byteorder=True)
                    # rev_byteorder gives RGB order; without an alpha channel, 3 bytes a pixel.
                    images.append(
                        PageImage(bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer))
                    )
                    bitmap.close()
                finally:
                    page.close()
        finally:
            document.close()
    return images
