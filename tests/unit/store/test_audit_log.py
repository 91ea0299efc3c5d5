"""The audit log on a real SQLite file: append-only in the store, and tampering behind the
app's back (triggers dropped, rows edited with plain sqlite3) found by ``fieldkit audit verify``."""

from __future__ import annotations

import io
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from fieldkit.audit_cli import EXIT_BROKEN, EXIT_INTACT, run_verify
from fieldkit.domain.audit import AuditAction, AuditRecord
from fieldkit.domain.records import Officer, Visit
from fieldkit.services.applications import ApplicationService
from fieldkit.services.audit import verify_log
from fieldkit.store import audit as audit_log
from fieldkit.store.local import DATABASE_NAME, LocalStore, open_local_store
from tests import samples
from tests.fakes import FakeClock


@pytest.fixture
def logged(
    store: LocalStore,
    applications: ApplicationService,
    visit: Visit,
    operator: Officer,
    clock: FakeClock,
) -> LocalStore:
    """A store whose log holds a few real entries (officers, visit, three applications)."""
    for _ in range(3):
        clock.advance(minutes=1)
        applications.register(visit.id, samples.draft(), actor=operator)
    with store.sessions() as session:
        assert len(audit_log.entries(session)) >= 5
    return store


def _count(store: LocalStore) -> int:
    with store.sessions() as session:
        return len(audit_log.entries(session))


def test_the_store_refuses_update_and_delete(logged: LocalStore) -> None:
    for statement in (
        "UPDATE audit_entry SET actor = 'someone' WHERE sequence = 1",
        "DELETE FROM audit_entry WHERE sequence = 1",
    ):
        with pytest.raises(IntegrityError, match="append-only"), logged.sessions.begin() as s:
            s.execute(text(statement))
    assert verify_log(logged.sessions).is_intact


def test_two_entries_cannot_share_a_number(logged: LocalStore, clock: FakeClock) -> None:
    with logged.sessions.begin() as session:
        head = audit_log.last_entry(session)
    assert head is not None
    with pytest.raises(IntegrityError), logged.sessions.begin() as session:
        session.execute(
            text(
                "INSERT INTO audit_entry (sequence, at, device_id, actor, action, target, "
                "details, previous_hash, hash) VALUES (:s, 'x', 'd', 'a', 'b', '', '{}', :p, 'h')"
            ),
            {"s": head.sequence, "p": head.previous_hash},
        )


def _tamper(store: LocalStore, *statements: str) -> LocalStore:
    """Close the app's store, edit the file with plain sqlite3 as an attacker would, reopen."""
    store.close()
    path = store.data_dir / DATABASE_NAME
    conn = sqlite3.connect(path)
    try:
        conn.execute("DROP TRIGGER audit_entry_no_update")
        conn.execute("DROP TRIGGER audit_entry_no_delete")
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()
    return open_local_store(store.data_dir)


def _copy_row(seq: int, new_seq: int) -> str:
    return (
        "INSERT INTO audit_entry (sequence, at, device_id, actor, action, target, details, "
        f"previous_hash, hash) SELECT {new_seq}, at, device_id, actor, action, target, details, "
        f"previous_hash, hash || 'x' FROM audit_entry WHERE sequence = {seq}"
    )


TAMPERING: dict[str, tuple[Callable[[int], list[str]], int]] = {
    # name: (statements given the number of entries, first bad sequence)
    "edit": (lambda n: ["UPDATE audit_entry SET actor = 'someone-else' WHERE sequence = 3"], 3),
    "edit details": (
        lambda n: ["""UPDATE audit_entry SET details = '{"revision":9}' WHERE sequence = 4"""],
        4,
    ),
    "delete": (lambda n: ["DELETE FROM audit_entry WHERE sequence = 2"], 2),
    "delete the last": (lambda n: [f"DELETE FROM audit_entry WHERE sequence = {n}"], -1),
    "reorder": (
        lambda n: [
            "UPDATE audit_entry SET sequence = -3 WHERE sequence = 3",
            "UPDATE audit_entry SET sequence = 3 WHERE sequence = 4",
            "UPDATE audit_entry SET sequence = 4 WHERE sequence = -3",
        ],
        3,
    ),
    "insert": (
        lambda n: [
            *[
                f"UPDATE audit_entry SET sequence = {s + 1000} WHERE sequence = {s}"
                for s in range(n, 2, -1)
            ],
            *[
                f"UPDATE audit_entry SET sequence = {s + 1} WHERE sequence = {s + 1000}"
                for s in range(3, n + 1)
            ],
            _copy_row(2, 3),
        ],
        3,
    ),
}


@pytest.mark.parametrize("name", list(TAMPERING))
def test_tampering_behind_the_apps_back_is_found(logged: LocalStore, name: str) -> None:
    n = _count(logged)
    make, first_bad = TAMPERING[name]
    first_bad = n if first_bad == -1 else first_bad
    reopened = _tamper(logged, *make(n))
    try:
        verdict = verify_log(reopened.sessions)
        assert verdict.first_bad == first_bad, verdict
        assert verdict.last_sequence == first_bad - 1
        out = io.StringIO()
        assert run_verify(reopened, out=out) == EXIT_BROKEN
        assert f"RUSAK mulai entri nomor {first_bad}" in out.getvalue()
    finally:
        reopened.close()


def test_an_intact_log_passes_and_new_entries_still_chain(
    logged: LocalStore, clock: FakeClock
) -> None:
    out = io.StringIO()
    assert run_verify(logged, out=out) == EXIT_INTACT
    assert "utuh" in out.getvalue()
    with logged.sessions.begin() as session:
        audit_log.append(session, AuditRecord(AuditAction.SIGN_IN, "o1", "o1"), now=clock.now())
    assert verify_log(logged.sessions).is_intact


def test_the_verify_command_exits_with_the_verdict(logged: LocalStore) -> None:
    data_dir: Path = logged.data_dir
    command = [sys.executable, "-m", "fieldkit.app", "audit", "verify", "--data-dir", str(data_dir)]
    logged.close()
    intact = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert intact.returncode == EXIT_INTACT, intact.stdout + intact.stderr
    assert "Catatan audit utuh" in intact.stdout
    _tamper(logged, "DELETE FROM audit_entry WHERE sequence = 2").close()
    broken = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert broken.returncode == EXIT_BROKEN, broken.stdout + broken.stderr
    assert "mulai entri nomor 2" in broken.stdout
