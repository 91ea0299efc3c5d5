"""Lost laptop: the data folder is emptied, key file first, and says why afterwards."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from fieldkit.store import wipe
from fieldkit.store.keys import KEY_FILE_NAME
from fieldkit.store.wipe import WIPED_MARKER, finish_wipe, wipe_local_data, wiped_notice


def _fill(data_dir: Path) -> list[Path]:
    files = [
        data_dir / KEY_FILE_NAME,
        data_dir / "fieldkit.sqlite3",
        data_dir / "fieldkit.sqlite3-wal",
        data_dir / "fieldkit.before-upgrade-0003-20261125.sqlite3",
        data_dir / "documents" / "ab" / "cd" / ("abcd" + "0" * 60),
        data_dir / "documents" / ".staging" / "x.tmp",
        data_dir / "demo-server" / "server.log",
    ]
    for path in files:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"3201015708900003 Siti Rahmawati" * 100)
    return files


def test_wipe_removes_everything_but_the_marker_and_the_key_file_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir = tmp_path / "data"
    files = _fill(data_dir)
    order: list[str] = []
    real_destroy = wipe._destroy

    def destroy(path: Path, left: list[str]) -> None:
        order.append(path.name)
        real_destroy(path, left)

    monkeypatch.setattr(wipe, "_destroy", destroy)  # observe the order, still delete
    assert wiped_notice(data_dir) is None
    wipe_local_data(data_dir, now=dt.datetime(2026, 11, 25, tzinfo=dt.UTC))
    assert order[0] == KEY_FILE_NAME
    assert [p.name for p in data_dir.iterdir()] == [WIPED_MARKER]
    assert not any(p.exists() for p in files)
    notice = wiped_notice(data_dir)
    assert notice is not None
    assert notice.startswith("Laptop ini dicabut oleh kantor.")


def test_an_interrupted_wipe_is_finished_and_a_damaged_marker_still_counts(
    tmp_path: Path,
) -> None:
    data_dir = tmp_path / "data"
    _fill(data_dir)
    (data_dir / WIPED_MARKER).write_text("{rusak", encoding="utf-8")  # cut while writing
    assert wiped_notice(data_dir) == wipe.WIPED_MESSAGE
    assert finish_wipe(data_dir) == []
    assert [p.name for p in data_dir.iterdir()] == [WIPED_MARKER]


def test_overwrite_zeroes_the_old_bytes(tmp_path: Path) -> None:
    path = tmp_path / "f"
    path.write_bytes(b"3201015708900003" * 70_000)  # more than one block
    wipe._overwrite(path)
    assert path.read_bytes() == bytes(16 * 70_000)
