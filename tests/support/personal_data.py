"""The "no personal data in logs" check of a whole test run (UU 27/2022).

How it covers a run:
- every applicant the tests make comes from ``tests.samples.applicant``, which registers
  its NIK and name here; at the end, the NIKs and names every server database of the run
  holds (SQLite files under the run's temporary folder) are added, so a NIK typed straight
  into a test and pushed to a server counts too;
- every log of the run is read: the in-process log (the ``fieldkit`` loggers at DEBUG, so
  the laptop app, services, sync engine and admin CLI at their most talkative), and every
  ``*.log`` file under the run's temporary folder, which is where every server process of
  the harness writes its stdout and stderr (``tests/integration/server/harness.py``) and
  where ``--demo`` servers log.
``tests/conftest.py`` starts it for the session and fails the run when anything leaked.
"""

from __future__ import annotations

import contextlib
import logging
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Final

DEBUG_LOG: Final = "fieldkit-debug.log"
_USED: set[str] = set()
_FORMAT: Final = "%(asctime)s %(levelname)s %(name)s %(threadName)s %(message)s"


def register(*values: str) -> None:
    """A NIK or name a test hands to the code under test."""
    _USED.update(v for v in values if len(v.strip()) >= 4)


def registered() -> frozenset[str]:
    return frozenset(_USED)


@dataclass(frozen=True, slots=True)
class Leak:
    file: Path
    line: int
    masked: str  # the value with its middle hidden: the report itself must not leak

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.masked}"


def mask(value: str) -> str:
    return value[:2] + "*" * max(0, len(value) - 4) + value[-2:]


class RunLog:
    """The in-process log of a run, written at DEBUG into the run's temporary folder."""

    def __init__(self, root: Path, *, logger: str = "fieldkit", isolated: bool = False) -> None:
        """``isolated``: only ``logger``'s own records, kept out of the run's log (the
        check's own test leaks on purpose)."""
        self.root = root
        self.path = root / DEBUG_LOG
        self._handler = logging.FileHandler(self.path, encoding="utf-8")
        self._handler.setLevel(logging.DEBUG)
        self._handler.setFormatter(logging.Formatter(_FORMAT))
        self._logger = logging.getLogger(logger)
        self._isolated = isolated
        self._host = self._logger if isolated else logging.getLogger()
        self._level = self._logger.level
        self._propagate = self._logger.propagate

    def start(self) -> None:
        self._host.addHandler(self._handler)
        self._logger.setLevel(logging.DEBUG)
        if self._isolated:
            self._logger.propagate = False

    def stop(self) -> None:
        self._host.removeHandler(self._handler)
        self._logger.setLevel(self._level)
        self._logger.propagate = self._propagate
        self._handler.close()

    def check(self) -> tuple[list[Leak], int, int]:
        """Leaks, how many values were looked for, in how many files."""
        values = registered() | harvest_databases(self.root)
        files = log_files(self.root)
        return find_leaks(files, values), len(values), len(files)


def harvest_databases(root: Path) -> set[str]:
    """NIKs and names the server databases under ``root`` hold."""
    found: set[str] = set()
    for path in root.rglob("*.sqlite3"):
        with contextlib.suppress(sqlite3.Error):
            uri = f"{path.as_uri()}?mode=ro"
            with contextlib.closing(sqlite3.connect(uri, uri=True, timeout=1)) as conn:
                tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
                if "application" in tables and "idempotency_key" in tables:  # a server's
                    for nik, name in conn.execute("SELECT nik, full_name FROM application"):
                        found.update(str(v) for v in (nik, name) if v and len(str(v)) >= 4)
    return found


def log_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*.log") if p.is_file())


def find_leaks(files: list[Path], values: frozenset[str] | set[str]) -> list[Leak]:
    """Every line of ``files`` holding one of ``values`` as a whole word (any case): "Budi"
    in "budidaya" is not a leak, "BUDI" is."""
    needles = sorted({v.strip() for v in values if v.strip()}, key=len, reverse=True)
    if not needles:
        return []
    pattern = re.compile("|".join(rf"(?<!\w){re.escape(v)}(?!\w)" for v in needles), re.IGNORECASE)
    by_lower = {v.lower(): v for v in needles}
    leaks: list[Leak] = []
    for path in files:
        with path.open(encoding="utf-8", errors="replace") as fh:
            for number, line in enumerate(fh, start=1):
                for match in pattern.finditer(line):
                    value = by_lower.get(match.group(0).lower(), match.group(0))
                    leaks.append(Leak(path, number, mask(value)))
    return leaks
