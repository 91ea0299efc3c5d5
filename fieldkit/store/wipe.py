"""Lost laptop: destroying everything in the data folder after the office revoked it.

A marker file is written first, then the key file (``fieldkit.store.keys``: the data key
wrapped per officer); without it the encrypted database and documents are unreadable, so
the data is gone even if what follows is cut short. Then every other file in the folder
(database, its backups, documents, the demo server's data) is overwritten and removed.
The marker stays: at the next start the app finishes an interrupted wipe and, instead of
opening an empty store, says what happened.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
from pathlib import Path
from typing import Final

from fieldkit.store.keys import KEY_FILE_NAME

KEY_FILE_STEM: Final = KEY_FILE_NAME.split(".json")[0]
WIPED_MARKER: Final = "fieldkit.wiped"
WIPED_MESSAGE: Final = (
    "Laptop ini dicabut oleh kantor. Semua data yang belum terkirim sudah dikirim ke server, "
    "lalu data permohonan dan dokumen di laptop ini dihapus. Hubungi admin server untuk "
    "mendaftarkan ulang laptop ini."
)
_BLOCK: Final = 1024 * 1024


def wiped_notice(data_dir: Path) -> str | None:
    """The message to show when this folder was wiped, else None."""
    marker = data_dir / WIPED_MARKER
    try:
        data = json.loads(marker.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        return WIPED_MESSAGE  # a damaged marker still means "wiped"
    message = data.get("message") if isinstance(data, dict) else None
    return message if isinstance(message, str) and message else WIPED_MESSAGE


def wipe_local_data(data_dir: Path, *, now: dt.datetime, message: str = WIPED_MESSAGE) -> None:
    """Mark the folder wiped, then destroy everything else in it."""
    data_dir.mkdir(parents=True, exist_ok=True)
    marker = data_dir / WIPED_MARKER
    temp = marker.with_suffix(".tmp")
    with temp.open("w", encoding="utf-8") as fh:
        json.dump({"wiped_at": now.isoformat(), "message": message}, fh)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(temp, marker)
    finish_wipe(data_dir)


def finish_wipe(data_dir: Path) -> list[str]:
    """Remove every file and folder in ``data_dir`` except the marker; what could not be
    removed (a file another program holds open on Windows), for a message."""
    left: list[str] = []
    # The key file (and its temporary copies) first: crypto-shredding before the slow part.
    entries = sorted(data_dir.iterdir(), key=lambda p: not p.name.startswith(KEY_FILE_STEM))
    for path in entries:
        if path.name == WIPED_MARKER:
            continue
        _destroy(path, left)
    return left


def _destroy(path: Path, left: list[str]) -> None:
    if path.is_dir() and not path.is_symlink():
        for child in path.iterdir():
            _destroy(child, left)
        try:
            path.rmdir()
        except OSError:
            left.append(str(path))
        return
    with contextlib.suppress(OSError):
        _overwrite(path)
    try:
        path.unlink()
    except FileNotFoundError:
        pass
    except OSError:
        left.append(str(path))


def _overwrite(path: Path) -> None:
    """Zeros over the old bytes before unlinking. On flash storage this is best effort
    (the drive may keep old blocks); it still keeps the bytes out of plain undelete."""
    if path.is_symlink() or not path.is_file():
        return
    size = path.stat().st_size
    with path.open("r+b") as fh:
        done = 0
        zeros = bytes(_BLOCK)
        while done < size:
            step = min(_BLOCK, size - done)
            fh.write(zeros[:step])
            done += step
        fh.flush()
        os.fsync(fh.fileno())
