"""The PDF fonts of receipts and reports: DejaVu Sans shipped in resources/fonts, registered once.

Receipts and the daily report are drawn by reportlab, whose built-in PDF fonts (Helvetica,
Courier) have no "•", the mask of a NIK. The app therefore ships DejaVu (free licence, see
``resources/fonts/README.md``) and registers it here under fieldkit's own names. If the files
are missing (a damaged installation) the documents still render, with the PDF standard fonts
and "*" for the mask: ``has_mask_glyph`` says which.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from fieldkit.refdata import default_resources_dir

# Registered name -> file in the font folder. Bold faces are found through the families below.
_FILES: Final = {
    "FieldkitSans": "DejaVuSans.ttf",
    "FieldkitSans-Bold": "DejaVuSans-Bold.ttf",
    "FieldkitNarrow": "DejaVuSansCondensed.ttf",
    "FieldkitNarrow-Bold": "DejaVuSansCondensed-Bold.ttf",
    "FieldkitMono-Bold": "DejaVuSansMono-Bold.ttf",
}
FONT_FILES: Final = tuple(_FILES.values())


@dataclass(frozen=True, slots=True)
class PdfFonts:
    """Registered reportlab font names for each role."""

    regular: str
    bold: str
    narrow: str  # condensed, for tables and lines that must fit a narrow roll
    narrow_bold: str
    mono: str  # bold monospace, for tracking codes
    has_mask_glyph: bool  # False: the standard fonts, which print "*" for the NIK mask "•"


STANDARD_FONTS: Final = PdfFonts(
    "Helvetica",
    "Helvetica-Bold",
    "Helvetica",
    "Helvetica-Bold",
    "Courier-Bold",
    has_mask_glyph=False,
)
_DEJAVU: Final = PdfFonts(
    "FieldkitSans",
    "FieldkitSans-Bold",
    "FieldkitNarrow",
    "FieldkitNarrow-Bold",
    "FieldkitMono-Bold",
    has_mask_glyph=True,
)

_LOCK = threading.Lock()
_CACHE: dict[Path, PdfFonts] = {}


def bundled_font_dir() -> Path:
    """``resources/fonts``: beside the package in a checkout, inside the frozen app's folder."""
    return default_resources_dir() / "fonts"


def pdf_fonts(folder: Path | None = None) -> PdfFonts:
    """Register the DejaVu faces in ``folder`` (default: the shipped ones) and name them.

    Falls back to :data:`STANDARD_FONTS` when any file is missing. Thread-safe: receipts and
    reports render on worker threads, and reportlab's registry is a process-wide dict.
    """
    folder = folder if folder is not None else bundled_font_dir()
    with _LOCK:
        found = _CACHE.get(folder)
        if found is not None:
            return found
        paths = {name: folder / file for name, file in _FILES.items()}
        if not all(path.is_file() for path in paths.values()):
            found = STANDARD_FONTS
        else:
            registered = set(pdfmetrics.getRegisteredFontNames())
            for name, path in paths.items():
                if name not in registered:
                    pdfmetrics.registerFont(TTFont(name, str(path)))
            for family in ("FieldkitSans", "FieldkitNarrow"):
                # <b> in paragraph markup finds the bold face through the family.
                pdfmetrics.registerFontFamily(
                    family,
                    normal=family,
                    bold=f"{family}-Bold",
                    italic=family,
                    boldItalic=f"{family}-Bold",
                )
            found = _DEJAVU
        _CACHE[folder] = found
        return found
