"""The audit log travels with the sync to a real server process, which keeps each laptop's
chain, continues it batch by batch, and refuses a chain that was tampered with."""

from __future__ import annotations

import io
import sqlite3

from fieldkit.domain.audit import AuditEntry
from fieldkit.server import cli
from fieldkit.store import audit as audit_log
from fieldkit.sync import config
from tests.integration.server.harness import ServerProcess
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
