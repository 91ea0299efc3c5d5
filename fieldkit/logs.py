"""The app's log files and crash reports, in the user log folder, with no personal data.

- ``fieldkit.log`` (rotating: 1 MB, 5 old files kept) in the user log directory of
  platformdirs (``%LOCALAPPDATA%\\DPMPTSP\\fieldkit\\Logs`` on Windows, ``~/.local/state/
  fieldkit/log`` on Linux), or ``FIELDKIT_LOG_DIR``. The code never logs NIKs, names or
  document contents (UU 27/2022); as a second line of defence the file formatter blanks
  anything shaped like a NIK, NPWP, mobile number or email address, in messages and
  tracebacks alike.
- ``crash-<reference>.txt`` beside it for each unexpected exception: the reference the
  officer reads out to IT, versions, and the traceback as *code locations only* (file, line,
  function, source line). Exception messages and local values are left out, because they
  can hold what was typed (a name in a ``KeyError``, a NIK in a ``ValueError``).
"""

from __future__ import annotations

import datetime as dt
import logging
import logging.handlers
import os
import platform
import re
import secrets
import sys
import traceback
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import platformdirs

from fieldkit import __version__

LOG_DIR_ENV: Final = "FIELDKIT_LOG_DIR"
LOG_FILE: Final = "fieldkit.log"
MAX_LOG_BYTES: Final = 1024 * 1024
LOG_BACKUPS: Final = 5
MAX_CRASH_REPORTS: Final = 50  # the oldest go first; a crash loop never fills the disk
_FORMAT: Final = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"

# What personal data looks like in free text. NIK: 16 digits; NPWP: 15 or 16 digits, maybe
# dotted; mobile numbers: 08.. or +62 8.. with 8 to 12 more digits, maybe spaced.
_PERSONAL_PATTERNS: Final = (
    (re.compile(r"\d{2}\.\d{3}\.\d{3}\.\d-\d{3}\.\d{3}"), "[NPWP]"),
    (re.compile(r"(?<!\d)\d{15,16}(?!\d)"), "[NIK/NPWP]"),
    (re.compile(r"(?<![\w.])(?:\+62|62|0)[ -]?8(?:[ -]?\d){7,11}(?!\d)"), "[HP]"),
    (re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"), "[email]"),
)


def redact(text: str) -> str:
    """``text`` with NIK-, NPWP-, phone- and email-shaped parts replaced by a label."""
    for pattern, label in _PERSONAL_PATTERNS:
        text = pattern.sub(label, text)
    return text


class RedactingFormatter(logging.Formatter):
    """A formatter whose whole output (message, traceback, stack) goes through :func:`redact`."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


def default_log_dir() -> Path:
    override = os.environ.get(LOG_DIR_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_log_dir("fieldkit", "DPMPTSP"))


_HANDLER_NAME: Final = "fieldkit-file"


def setup_logging(directory: Path | None = None, *, level: int = logging.INFO) -> Path:
    """Send the ``fieldkit`` loggers (and Python warnings) to the rotating log file.

    Safe to call again (the handler is replaced, not doubled). Returns the folder used; when
    it cannot be created the app runs on without a log file rather than not at all.
    """
    directory = directory or default_log_dir()
    root = logging.getLogger("fieldkit")
    for old in [h for h in root.handlers if h.get_name() == _HANDLER_NAME]:
        root.removeHandler(old)
        old.close()
    try:
        directory.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            directory / LOG_FILE,
            maxBytes=MAX_LOG_BYTES,
            backupCount=LOG_BACKUPS,
            encoding="utf-8",
            delay=True,
        )
    except OSError:
        handler = logging.NullHandler()
    handler.set_name(_HANDLER_NAME)
    handler.setFormatter(RedactingFormatter(_FORMAT))
    handler.setLevel(level)
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    logging.captureWarnings(True)
    logging.getLogger("py.warnings").addHandler(handler)
    return directory


# --- crash reports -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CrashReport:
    reference: str  # "FK-20261125-7Q3M9C": what the officer reads out to IT
    path: Path | None  # None when the report could not be written (disk full, no folder)
    text: str


_REFERENCE_ALPHABET: Final = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"  # no 0/O, 1/I/L: read aloud


def new_reference(now: dt.datetime | None = None) -> str:
    now = now or dt.datetime.now(dt.UTC)
    tail = "".join(secrets.choice(_REFERENCE_ALPHABET) for _ in range(6))
    return f"FK-{now:%Y%m%d}-{tail}"


def _short_path(filename: str) -> str:
    """Paths from the package on: no user name or install folder in the report."""
    parts = Path(filename).parts
    for anchor in ("fieldkit", "site-packages", "lib"):
        if anchor in parts:
            index = len(parts) - 1 - parts[::-1].index(anchor)
            return "/".join(parts[index:])
    return Path(filename).name


def code_locations(exc: BaseException) -> list[str]:
    """The traceback of ``exc`` and its causes as code locations only: no message, no values."""
    lines: list[str] = []
    seen: set[int] = set()
    chain: list[tuple[BaseException, str]] = []
    current: BaseException | None = exc
    note = ""
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append((current, note))
        if current.__cause__ is not None:
            current, note = current.__cause__, "oleh sebab (cause)"
        elif current.__context__ is not None and not current.__suppress_context__:
            current, note = current.__context__, "saat menangani (context)"
        else:
            current = None
    for error, how in reversed(chain):
        if how:
            lines.append(f"-- lalu, {how}:")
        kind = type(error)
        lines.append(f"{kind.__module__}.{kind.__qualname__}")
        for frame in traceback.extract_tb(error.__traceback__):
            lines.append(
                f'  File "{_short_path(frame.filename)}", line {frame.lineno}, in {frame.name}'
            )
            if frame.line:
                lines.append(f"    {frame.line.strip()}")
    return lines


def crash_report_text(
    reference: str,
    exc: BaseException,
    *,
    when: dt.datetime,
    extra: Mapping[str, str] | None = None,
) -> str:
    lines = [
        "Laporan kesalahan fieldkit (tanpa data pribadi: hanya letak kode, tanpa isi data)",
        f"Kode rujukan: {reference}",
        f"Waktu (UTC): {when:%Y-%m-%d %H:%M:%S}",
        f"fieldkit: {__version__}{' (terpasang)' if getattr(sys, 'frozen', False) else ''}",
        f"Python: {platform.python_version()} ({platform.python_implementation()})",
        f"Sistem: {platform.system()} {platform.release()} {platform.machine()}",
    ]
    lines += [f"{name}: {value}" for name, value in (extra or {}).items()]
    lines += ["", "Letak kesalahan:", *code_locations(exc), ""]
    return redact("\n".join(lines))


def write_crash_report(
    directory: Path,
    exc: BaseException,
    *,
    extra: Mapping[str, str] | None = None,
    now: dt.datetime | None = None,
) -> CrashReport:
    """Write ``crash-<reference>.txt`` in ``directory``; never raises (a crash in the crash
    handler would hide the first one)."""
    when = now or dt.datetime.now(dt.UTC)
    reference = new_reference(when)
    text = crash_report_text(reference, exc, when=when, extra=extra)
    try:
        directory.mkdir(parents=True, exist_ok=True)
        old = sorted(directory.glob("crash-*.txt"), key=lambda p: p.stat().st_mtime)
        for stale in old[: max(0, len(old) - MAX_CRASH_REPORTS + 1)]:
            stale.unlink(missing_ok=True)
        path = directory / f"crash-{reference}.txt"
        path.write_text(text, encoding="utf-8")
    except OSError:
        return CrashReport(reference, None, text)
    return CrashReport(reference, path, text)
