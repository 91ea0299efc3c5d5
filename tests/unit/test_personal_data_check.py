"""The run-wide "no personal data in logs" check (tests/support/personal_data.py) can fail."""

from __future__ import annotations

import logging
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests import samples
from tests.support import personal_data


@pytest.fixture
def outside() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="fieldkit-leak-check-") as folder:
        yield Path(folder)


# These tests leak on purpose: into a folder outside the run's temporary folder, through a
# logger of their own that does not reach the run's log, so the run's own check stays clean.
LOGGER = "personal-data-check"


def test_a_logged_nik_or_name_is_found_and_reported_masked(outside: Path) -> None:
    tmp_path = outside
    run_log = personal_data.RunLog(tmp_path, logger=LOGGER, isolated=True)
    run_log.start()
    try:
        applicant = samples.applicant(4242)  # registers its NIK and name
        logging.getLogger(f"{LOGGER}.services").debug("saved %s", applicant.nik)
        logging.getLogger(f"{LOGGER}.sync").info("for %s", applicant.full_name.upper())
        logging.getLogger(f"{LOGGER}.sync").info("kode %s", "budidaya ikan")
    finally:
        run_log.stop()
    (tmp_path / "server-x").mkdir()
    (tmp_path / "server-x" / "server.log").write_text(f"GET /x?q={applicant.nik}\n")
    leaks, values, files = run_log.check()
    assert files == 2
    assert values >= 2
    found = {(leak.file.name, leak.masked) for leak in leaks}
    masked_nik = personal_data.mask(applicant.nik)
    assert found == {
        (personal_data.DEBUG_LOG, masked_nik),
        (personal_data.DEBUG_LOG, personal_data.mask(applicant.full_name)),
        ("server.log", masked_nik),
    }
    assert applicant.nik not in "\n".join(str(leak) for leak in leaks)


def test_names_match_whole_words_only(outside: Path) -> None:
    log = outside / "a.log"
    log.write_text("usaha budidaya\nBUDI datang\n")
    leaks = personal_data.find_leaks([log], {"Budi"})
    assert [leak.line for leak in leaks] == [2]


def test_server_databases_of_the_run_add_their_niks_and_names(tmp_path: Path) -> None:
    path = tmp_path / "srv" / "server.sqlite3"
    path.parent.mkdir()
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE idempotency_key (key TEXT)")
        conn.execute("CREATE TABLE application (nik TEXT, full_name TEXT)")
        conn.execute("INSERT INTO application VALUES ('3201014509870001', 'Rahmat Hidayat')")
    conn.close()
    assert personal_data.harvest_databases(tmp_path) == {"3201014509870001", "Rahmat Hidayat"}
