"""Reading a rendered receipt back the way a person and a phone would: pixels, QR, text."""

from __future__ import annotations

import io
import subprocess
from dataclasses import dataclass
from pathlib import Path

import zxingcpp
from PIL import Image
from pypdf import PdfReader

DPI = 200
MM_PER_INCH = 25.4


@dataclass(frozen=True)
class ScannedQr:
    text: str
    width_mm: float  # the symbol without its quiet zone, as printed


def rasterise(pdf: bytes, folder: Path, *, name: str = "receipt", dpi: int = DPI) -> Path:
    """The PDF's first page as a PNG, by the real pdftoppm (poppler)."""
    source = folder / f"{name}.pdf"
    source.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-png", "-singlefile", str(source), str(folder / name)],
        check=True,
        capture_output=True,
        timeout=60,
    )
    return folder / f"{name}.png"


def scan_qr(png: Path, *, dpi: int = DPI) -> ScannedQr:
    """The one QR code on the page, decoded by zxing-cpp, with its printed width."""
    with Image.open(png) as image:
        found = zxingcpp.read_barcodes(
            image, formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)
        )
    assert len(found) == 1, f"expected one QR code, found {len(found)}"
    corners = found[0].position
    width_px = max(corners.top_right.x, corners.bottom_right.x) - min(
        corners.top_left.x, corners.bottom_left.x
    )
    return ScannedQr(found[0].text, width_px / dpi * MM_PER_INCH)


def pdf_text(pdf: bytes) -> str:
    """The page's text with every run of whitespace (line breaks too) made one space."""
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    return " ".join(reader.pages[0].extract_text().split())


def page_size_mm(pdf: bytes) -> tuple[float, float]:
    box = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    return float(box.width) / 72 * MM_PER_INCH, float(box.height) / 72 * MM_PER_INCH
