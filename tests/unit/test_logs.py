"""Log files and crash reports: where they go, rotation, and nothing personal in them."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldkit import logs

# NIK-shaped but nobody's, and not a sample of the run: the run's own leak check reads the
# in-process log too (tests/support/personal_data.py), and these tests log it on purpose.
NIK = "1234567890123456"
NAME = "Siti Rahmawati"


@pytest.fixture
def log_dir(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "logs"
    yield logs.setup_logging(folder)
    root = logging.getLogger("fieldkit")
    for handler in [h for h in root.handlers if h.get_name() == "fieldkit-file"]:
        root.removeHandler(handler)
        handler.close()
    logging.getLogger("py.warnings").handlers.clear()
    logging.captureWarnings(False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("nik 3201015708900003 ditolak", "nik [NIK/NPWP] ditolak"),
        ("npwp 01.234.567.8-901.000", "npwp [NPWP]"),
        ("hp 0812-3456-7890 atau +62 812 3456 7890", "hp [HP] atau [HP]"),
        ("surel siti.r@contoh.co.id", "surel [email]"),
        ("kode ABCDE-23456, 15 pemohon, skema 0004", "kode ABCDE-23456, 15 pemohon, skema 0004"),
    ],
)
def test_redact_blanks_what_looks_personal_and_keeps_the_rest(text: str, expected: str) -> None:
    assert logs.redact(text) == expected


def test_the_log_goes_to_the_folder_and_is_redacted_in_messages_and_tracebacks(
    log_dir: Path,
) -> None:
    log = logging.getLogger("fieldkit.services.test")
    log.info("sync selesai: %d terkirim", 3)
    try:
        raise ValueError(f"NIK {NIK} tidak valid")
    except ValueError:
        log.exception("gagal untuk %s", NIK)
    text = (log_dir / logs.LOG_FILE).read_text(encoding="utf-8")
    assert "sync selesai: 3 terkirim" in text
    assert "ValueError: NIK [NIK/NPWP] tidak valid" in text
    assert NIK not in text


def test_the_log_rotates_and_keeps_five_old_files(
    log_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(logs, "MAX_LOG_BYTES", 2_000)
    logs.setup_logging(log_dir)  # again: the handler is replaced, not doubled
    log = logging.getLogger("fieldkit.test")
    for i in range(400):
        log.warning("baris %04d %s", i, "x" * 40)
    names = sorted(p.name for p in log_dir.iterdir())
    assert names == [logs.LOG_FILE, *(f"{logs.LOG_FILE}.{n}" for n in range(1, 6))]
    assert all(p.stat().st_size <= 2_000 for p in log_dir.iterdir())
    text = (log_dir / logs.LOG_FILE).read_text(encoding="utf-8")
    assert text.count("baris 0399") == 1  # one handler, one line


def test_an_unwritable_log_folder_does_not_stop_the_app(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert logs.setup_logging(blocker / "logs") == blocker / "logs"
    logging.getLogger("fieldkit.test").warning("tetap jalan")
    root = logging.getLogger("fieldkit")
    handler = next(h for h in root.handlers if h.get_name() == "fieldkit-file")
    assert isinstance(handler, logging.NullHandler)
    root.removeHandler(handler)


def _raise_with_personal_data() -> None:
    try:
        {"nama": NAME}[NAME]  # a KeyError whose message is a name
    except KeyError as exc:
        raise RuntimeError(f"gagal menyimpan {NIK} / {NAME}") from exc


def test_a_crash_report_holds_code_locations_and_versions_but_no_messages(
    tmp_path: Path,
) -> None:
    try:
        _raise_with_personal_data()
    except RuntimeError as exc:
        report = logs.write_crash_report(
            tmp_path, exc, extra={"Qt": "6.11"}, now=dt.datetime(2026, 11, 25, 3, tzinfo=dt.UTC)
        )
    assert report.path == tmp_path / f"crash-{report.reference}.txt"
    assert report.reference.startswith("FK-20261125-")
    text = report.path.read_text(encoding="utf-8")
    assert text == report.text
    assert f"Kode rujukan: {report.reference}" in text
    assert "Qt: 6.11" in text
    assert "builtins.KeyError" in text
    assert "builtins.RuntimeError" in text
    assert "oleh sebab (cause)" in text
    assert "in _raise_with_personal_data" in text
    assert 'File "test_logs.py"' in text  # outside the package: the file name only
    assert NIK not in text
    assert NAME not in text
    assert str(tmp_path) not in text  # no user or install folder


def test_crash_reports_are_capped_so_a_crash_loop_never_fills_the_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(logs, "MAX_CRASH_REPORTS", 3)
    for _ in range(5):
        logs.write_crash_report(tmp_path, RuntimeError("x"))
    assert len(list(tmp_path.glob("crash-*.txt"))) == 3


def test_a_crash_report_that_cannot_be_written_still_has_its_reference(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    report = logs.write_crash_report(blocker / "logs", RuntimeError("x"))
    assert report.path is None
    assert report.reference in report.text
