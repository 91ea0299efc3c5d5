"""fieldkit --self-test with its Qt half, in-process: the report, the files it makes, the flag."""

from __future__ import annotations

import io
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from fieldkit import app, selftest
from fieldkit.selftest import SAMPLE_NIK
from fieldkit.ui.i18n import Translations, translations_dir
from tests.unit.receipts.helpers import pdf_text, scan_qr


def test_all_six_checks_pass_and_leave_a_receipt_that_scans(
    qapp: QApplication, tmp_path: Path
) -> None:
    out = io.StringIO()
    assert selftest.main(out=out, work=tmp_path) == 0, out.getvalue()
    text = out.getvalue()
    names = [line.split()[1] for line in text.splitlines() if line.startswith("  ok")]
    assert names == ["basis-data", "data-referensi", "tanda-terima", "qt", "terjemahan", "cetak"]
    assert text.endswith("Semua 6 pemeriksaan lulus.\n")
    assert SAMPLE_NIK not in text
    # The PNG made on the print path is a real, readable receipt (scanned by zxing-cpp here;
    # the app itself never decodes).
    assert "/s/" in scan_qr(tmp_path / "tanda-terima-58mm.png", dpi=203).text
    printed = pdf_text((tmp_path / "tanda-terima-58mm.pdf").read_bytes())
    assert "3201••••••••0003" in printed  # the shipped font has the mask glyph
    assert (tmp_path / "cetak-58mm.pdf").read_bytes().startswith(b"%PDF")


def _a_translated_message() -> tuple[str, str, str]:
    """(context, Indonesian source, English) of the first finished message in the .ts file."""
    tree = ElementTree.parse(translations_dir() / "fieldkit_en.ts")
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") is None and translation.text:
                return name, message.findtext("source") or "", translation.text
    raise AssertionError("no finished translation in fieldkit_en.ts")


def test_the_translation_check_loads_english_and_leaves_indonesian_on(
    qapp: QApplication, tmp_path: Path
) -> None:
    context, source, english = _a_translated_message()
    translations = Translations()
    assert translations.apply("en")
    assert QCoreApplication.translate(context, source) == english
    assert translations.apply("id")
    assert selftest.main(selftest.qt_checks(), out=io.StringIO(), work=tmp_path) == 0
    assert QCoreApplication.translate(context, source) == source


def test_the_app_flag_runs_the_self_test_without_touching_the_data_dir(
    qapp: QApplication, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir = tmp_path / "data"
    assert app.main(["--self-test", "--data-dir", str(data_dir)]) == 0
    assert "Semua 6 pemeriksaan lulus." in capsys.readouterr().out
    assert not data_dir.exists()
