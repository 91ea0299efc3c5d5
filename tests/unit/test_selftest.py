"""fieldkit --self-test, core half (no Qt): real store, real reference data, real receipt."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from fieldkit import selftest
from fieldkit.selftest import SAMPLE_NIK, Check, core_checks, run_checks


def report(checks: list[Check], work: Path) -> tuple[int, str]:
    out = io.StringIO()
    status = selftest.main(checks, out=out, work=work)
    return status, out.getvalue()


def test_every_core_check_passes_on_this_checkout(tmp_path: Path) -> None:
    status, text = report(core_checks(), tmp_path)
    assert status == 0, text
    assert "basis-data" in text
    assert "terenkripsi, integrity_check ok" in text
    assert "1789 KBLI" in text
    assert "Semua 3 pemeriksaan lulus." in text
    assert (tmp_path / "tanda-terima-58mm.pdf").read_bytes().startswith(b"%PDF")


def test_missing_resources_fail_the_named_checks_and_exit_non_zero(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = tmp_path / "empty-resources"
    empty.mkdir()
    monkeypatch.setenv("FIELDKIT_RESOURCES", str(empty))
    status, text = report(core_checks(), tmp_path)
    assert status == 1
    lines = {line.split()[1]: line for line in text.splitlines() if line.startswith("  ")}
    assert lines["basis-data"].split()[0] == "ok"
    assert lines["data-referensi"].split()[0] == "GAGAL"
    assert "reference data folder does not exist" in lines["data-referensi"]
    assert lines["tanda-terima"].split()[0] == "GAGAL"
    assert "resources/fonts" in lines["tanda-terima"]
    assert text.splitlines()[-1] == "GAGAL: data-referensi, tanda-terima (2 dari 3 pemeriksaan)"


def test_an_exception_in_a_check_is_reported_not_raised(tmp_path: Path) -> None:
    def broken(work: Path) -> str:
        raise OSError("disk penuh")

    results = run_checks([Check("rusak", broken), *core_checks()[:1]], tmp_path)
    assert [(r.name, r.is_ok) for r in results] == [("rusak", False), ("basis-data", True)]
    assert results[0].detail == "OSError: disk penuh"


def test_the_report_prints_no_personal_data(tmp_path: Path) -> None:
    _status, text = report(core_checks(), tmp_path)
    assert SAMPLE_NIK not in text
    assert "Pemohon Uji" not in text
