"""The shipped DejaVu fonts and their one registration, shared by receipts and reports."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from reportlab.pdfbase.ttfonts import TTFont

from fieldkit.fonts import FONT_FILES, STANDARD_FONTS, bundled_font_dir, pdf_fonts
from fieldkit.refdata import default_resources_dir


def test_the_fonts_ship_with_their_licence_and_checksums() -> None:
    folder = bundled_font_dir()
    assert folder == default_resources_dir() / "fonts"
    assert "Bitstream Vera" in (folder / "LICENSE").read_text()
    readme = (folder / "README.md").read_text()
    listed = {name: digest for digest, name in re.findall(r"^([0-9a-f]{64})  (\S+)$", readme, re.M)}
    assert set(listed) == set(FONT_FILES)
    for name, digest in listed.items():
        assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == digest, name


def test_every_shipped_face_has_the_nik_mask_glyph() -> None:
    for name in FONT_FILES:
        face = TTFont(f"probe-{name}", str(bundled_font_dir() / name)).face
        assert ord("•") in face.charToGlyph, name


def test_the_shipped_fonts_are_registered_once_under_fieldkit_names() -> None:
    fonts = pdf_fonts()
    assert fonts.has_mask_glyph
    assert (fonts.regular, fonts.narrow, fonts.mono) == (
        "FieldkitSans",
        "FieldkitNarrow",
        "FieldkitMono-Bold",
    )
    assert pdf_fonts(bundled_font_dir()) is fonts


def test_a_folder_without_the_fonts_falls_back_to_the_pdf_standard_fonts(tmp_path: Path) -> None:
    assert pdf_fonts(tmp_path) == STANDARD_FONTS
    assert not STANDARD_FONTS.has_mask_glyph
