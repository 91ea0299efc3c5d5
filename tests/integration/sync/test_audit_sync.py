"""The audit log travels with the sync to a real server process, which keeps each laptop's
chain, continues it batch by batch, and refuses a chain that was tampered with."""

from __future__ import annotations

import io
import os
import sqlite3
import subprocess
import tempfile
from pathlib import Path

import requests

from fieldkit.domain.audit import AuditEntry
from fieldkit.server import cli
from fieldkit.store import audit as audit_log
from fieldkit.sync import config
from tests.integration.server.harness import ROOT, ServerProcess
from tests.integration.server.test_pages import _chromium_args
from tests.integration.sync.checks import never, quiet
from tests.integration.sync.conftest import LaptopFactory
from tests.support.laptop import Laptop, small_documents


def _local(laptop: Laptop) -> tuple[list[AuditEntry], int]:
    with laptop.store.sessions() as session:
        return audit_log.entries(session), audit_log.synced_through(session)


def _device_id(laptop: Laptop) -> str:
    with laptop.store.sessions() as session:
        return config.load_config(session).device_id


def _server_audit(server: ServerProcess, device_id: str, *extra: str) -> tuple[int, str]:
    out = io.StringIO()
    args = ["audit", device_id, *extra, "--data-dir", str(server.data_dir)]
    status = cli.main([*args, "--database-url", server.database_url], out=out)
    return status, out.getvalue()


def _set_cursor(laptop: Laptop, sequence: int) -> None:
    with laptop.store.sessions.begin() as session:
        audit_log.set_synced_through(session, sequence)


def test_the_audit_log_reaches_the_server_and_continues(
    make_laptop: LaptopFactory, server: ServerProcess
) -> None:
    import random  # noqa: PLC0415 - only here

    laptop = make_laptop()
    laptop.queue(21, small_documents(random.Random(2)))
    report = laptop.sync.run(quiet, never)
    assert not report.error, report.error
    entries, synced = _local(laptop)
    assert synced == entries[-1].sequence >= 5  # officer, visit, create, ready, queued
    device_id = _device_id(laptop)
    status, text = _server_audit(server, device_id)
    assert status == 0, text
    assert f"{len(entries)} entri diperiksa" in text
    assert "application.create" in text
    assert laptop.applications.summaries()[0].id in text  # ids, never names or NIK
    assert "Siti" not in text

    # more work, the next pass continues the chain
    laptop.queue(22, [])
    laptop.sync.run(quiet, never)
    entries, synced = _local(laptop)
    assert synced == entries[-1].sequence
    status, text = _server_audit(server, device_id, "--quiet")
    assert status == 0
    assert f"terakhir nomor {synced}" in text

    # a lost cursor: the server already has these, takes the resend and stays intact
    _set_cursor(laptop, 0)
    assert not laptop.sync.run(quiet, never).error
    assert _local(laptop)[1] == synced
    # a cursor ahead of the server: the server says where its copy ends, the laptop resends
    laptop.queue(23, [])
    _set_cursor(laptop, synced + 2)
    assert not laptop.sync.run(quiet, never).error
    entries, now_synced = _local(laptop)
    assert now_synced == entries[-1].sequence > synced
    assert _server_audit(server, device_id, "--quiet")[0] == 0


def test_the_server_refuses_a_log_edited_after_it_was_sent(
    make_laptop: LaptopFactory, server: ServerProcess
) -> None:
    laptop = make_laptop("edited")
    laptop.queue(31, [])
    assert not laptop.sync.run(quiet, never).error
    entries, synced = _local(laptop)
    device_id = _device_id(laptop)

    # someone edits an entry already on the server, then makes the laptop send it again
    conn = sqlite3.connect(laptop.store.database_path)
    conn.execute("DROP TRIGGER audit_entry_no_update")
    conn.execute("UPDATE audit_entry SET actor = 'someone-else' WHERE sequence = 3")
    conn.commit()
    conn.close()
    _set_cursor(laptop, 0)
    report = laptop.sync.run(quiet, never)
    assert not report.error  # the rest of the sync goes on
    assert "rusak mulai entri nomor 3" in laptop.sync.error_log()
    assert _local(laptop)[1] == 0  # nothing taken
    status, text = _server_audit(server, device_id, "--quiet")
    assert status == 0  # the server's copy is untouched
    assert f"terakhir nomor {synced}" in text
    assert len(entries) == synced


def test_a_tampered_unsent_entry_is_refused_and_holds_back_nothing_else(
    make_laptop: LaptopFactory, server: ServerProcess
) -> None:
    laptop = make_laptop("forged")
    assert not laptop.sync.run(quiet, never).error
    synced = _local(laptop)[1]
    laptop.queue(41, [])  # new work, and its entries, not sent yet
    conn = sqlite3.connect(laptop.store.database_path)
    conn.execute("DROP TRIGGER audit_entry_no_update")
    conn.execute(
        "UPDATE audit_entry SET previous_hash = :h WHERE sequence = :s",
        {"h": "0" * 64, "s": synced + 1},
    )
    conn.commit()
    conn.close()
    report = laptop.sync.run(quiet, never)
    assert not report.error
    assert report.pushed >= 1  # the application still went
    assert f"rusak mulai entri nomor {synced + 1}" in laptop.sync.error_log()
    assert _local(laptop)[1] == synced

    # an entry edited into something no server would read: recorded, the sync goes on
    conn = sqlite3.connect(laptop.store.database_path)
    conn.execute(
        "UPDATE audit_entry SET details = '{\"x\": [1, 2]}' WHERE sequence = :s",
        {"s": synced + 1},
    )
    conn.commit()
    conn.close()
    laptop.queue(42, [])
    report = laptop.sync.run(quiet, never)
    assert not report.error
    assert report.pushed >= 1
    assert "audit.unsendable" in laptop.sync.error_log()


def test_the_back_office_shows_each_laptops_audit_log_to_supervisors(
    make_laptop: LaptopFactory, server: ServerProcess, office_id: str
) -> None:
    import random  # noqa: PLC0415 - only here

    laptop = make_laptop("laptop-audit")
    app_id = laptop.queue(51, small_documents(random.Random(5)))
    assert not laptop.sync.run(quiet, never).error
    entries, synced = _local(laptop)
    device_id = _device_id(laptop)
    cookies = {"fk_session": server.sign_in(server.create_user(office_id, role="supervisor"))}

    index = requests.get(f"{server.url}/kantor/audit", cookies=cookies, timeout=10)
    assert index.status_code == 200, index.text
    html = " ".join(index.text.split())
    row = html[html.index(f'href="/kantor/audit/{device_id}"') :]
    assert row.startswith(f'href="/kantor/audit/{device_id}">laptop-audit</a>')
    assert f"Catatan audit utuh: {synced} entri diperiksa, terakhir nomor {synced}." in row
    assert 'href="/kantor/audit"' in html  # in the supervisor's menu

    page = requests.get(f"{server.url}/kantor/audit/{device_id}", cookies=cookies, timeout=10)
    assert page.status_code == 200, page.text
    html = " ".join(page.text.split())
    assert f"Catatan audit utuh: {synced} entri diperiksa" in html
    # newest first; the officer named from the visit the laptop sent (protocol v3)
    created = f"<td>{laptop.officer.name}</td> <td>Permohonan dibuat</td><td>{app_id}</td>"
    assert created in html
    assert html.index('<td class="n">1</td>') > html.index(f'<td class="n">{synced}</td>')
    assert "Siti" not in html  # ids, never the applicant's name or NIK
    if os.environ.get("FIELDKIT_UPDATE_SCREENSHOT") == "1":
        _screenshot(page.text, ROOT / "docs" / "audit-log-page.png")

    # An entry changed on the server behind its back: the page names where the chain breaks.
    database = server.database_url.removeprefix("sqlite:///")
    conn = sqlite3.connect(database)
    conn.execute(
        "UPDATE audit_entry SET action = 'application.edit' WHERE device_id = ? AND sequence = 3",
        (device_id,),
    )
    conn.commit()
    conn.close()
    page = requests.get(f"{server.url}/kantor/audit/{device_id}", cookies=cookies, timeout=10)
    html = " ".join(page.text.split())
    assert "Catatan audit RUSAK mulai entri nomor 3" in html
    assert '<tr class="bad"><td class="n">3</td>' in html
    index = requests.get(f"{server.url}/kantor/audit", cookies=cookies, timeout=10)
    assert "RUSAK mulai entri nomor 3" in index.text

    # Back-office staff and other offices do not see it.
    clerk = {"fk_session": server.sign_in(server.create_user(office_id))}
    refused = requests.get(f"{server.url}/kantor/audit", cookies=clerk, timeout=10)
    assert refused.status_code == 403
    assert "hanya untuk supervisor" in refused.text
    assert (
        'href="/kantor/audit"'
        not in requests.get(f"{server.url}/kantor", cookies=clerk, timeout=10).text
    )
    other = server.create_office("DPMPTSP Kabupaten Lain")
    elsewhere = {"fk_session": server.sign_in(server.create_user(other, role="supervisor"))}
    missing = requests.get(f"{server.url}/kantor/audit/{device_id}", cookies=elsewhere, timeout=10)
    assert missing.status_code == 404
    assert len(entries) == synced


def _screenshot(html: str, path: Path) -> None:
    """docs/: the page as headless Chromium draws it (inline style only: opened from a file)."""
    with tempfile.TemporaryDirectory() as work:
        saved = Path(work) / "page.html"
        saved.write_text(html, encoding="utf-8")
        subprocess.run(
            [
                *_chromium_args(str(Path(work) / "profile")),
                f"--screenshot={path}",
                "--window-size=1100,900",
                saved.as_uri(),
            ],
            capture_output=True,
            timeout=60,
            check=True,
        )
