"""SIGKILL a process that is saving applications, again and again: nothing half-saved, nothing lost.

Each round starts a child that saves applications with documents in a loop and
journals each save that returned; the child is killed at a random moment; the
store is then opened as the app would open it and checked in full.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from fieldkit.store import repositories as repo
from fieldkit.store.documents import ENCRYPTED_MAGIC
from fieldkit.store.keys import new_data_key
from fieldkit.store.local import open_local_store
from fieldkit.store.models import (
    ApplicationDocumentRow,
    ApplicationRow,
    DocumentRow,
    OutboxRow,
    StatusEventRow,
)

ROOT = Path(__file__).resolve().parents[3]
CHILD = ROOT / "tests" / "support" / "crash_child.py"
ROUNDS = int(os.environ.get("FIELDKIT_CRASH_ROUNDS", "100"))


def _start_child(
    data_dir: Path, journal: Path, seed: int, key: bytes | None = None
) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    key_arg = [] if key is None else [key.hex()]
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(data_dir), str(journal), str(seed), *key_arg],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready", "crash child failed to start"
    return child


def _wait_for_lines(journal: Path, count: int, child: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if journal.exists() and len(journal.read_bytes().splitlines()) >= count:
            return
        assert child.poll() is None, "crash child exited on its own"
        time.sleep(0.005)
    raise AssertionError("crash child saved nothing within 60 s")


def _check_store(data_dir: Path, journal: Path, key: bytes | None = None) -> int:
    """Open the store like the app does and verify every invariant; returns saves checked."""
    store = open_local_store(data_dir, data_key=key)  # runs document recovery
    try:
        with store.sessions() as session:
            assert repo.integrity_check(session) == "ok"
            apps = set(session.scalars(select(ApplicationRow.id)))
            with_outbox = set(session.scalars(select(OutboxRow.entity_id)))
            with_history = set(session.scalars(select(StatusEventRow.application_id)))
            documents = set(session.scalars(select(DocumentRow.sha256)))
            attached = {
                (r.application_id, r.sha256)
                for r in session.scalars(select(ApplicationDocumentRow))
            }
        # no half-saved record: each application came with its outbox row and history
        assert apps <= with_outbox
        assert apps <= with_history
        assert {a for a, _ in attached} <= apps
        # every referenced document is stored, whole; nothing is stored unreferenced
        stored = set(store.documents.iter_stored())
        assert documents == stored
        for sha in stored:
            assert store.documents.verify(sha)
        staging = store.documents.root / ".staging"
        assert not staging.exists() or not any(staging.iterdir())
        assert not list(store.documents.root.rglob("*.tmp"))
        # every save that returned before the kill is there, in full
        lines = journal.read_text(encoding="utf-8").splitlines() if journal.exists() else []
        for line in lines:
            entry = json.loads(line)
            assert entry["id"] in apps
            for sha in entry["docs"]:
                assert (entry["id"], sha) in attached
                assert sha in stored
        return len(lines)
    finally:
        store.close()


@pytest.mark.slow
def test_sigkill_during_saves_loses_nothing_and_leaves_nothing_half_saved(tmp_path: Path) -> None:
    _kill_rounds(tmp_path, ROUNDS, None)


@pytest.mark.slow
def test_sigkill_during_encrypted_saves_loses_nothing(tmp_path: Path) -> None:
    """The same with encryption at rest (fewer rounds: the save protocol is the same one the
    100-round test kills; this shows encryption adds no half-written state of its own)."""
    key = new_data_key()
    _kill_rounds(tmp_path, max(10, ROUNDS // 10), key)
    for path in (tmp_path / "data" / "documents").rglob("*"):
        if path.is_file():
            assert path.read_bytes().startswith(ENCRYPTED_MAGIC)


def _kill_rounds(tmp_path: Path, rounds: int, key: bytes | None) -> None:
    data_dir = tmp_path / "data"
    journal = tmp_path / "journal.jsonl"
    rng = random.Random(20261125)
    saves = 0
    for round_no in range(rounds):
        child = _start_child(data_dir, journal, seed=round_no, key=key)
        # Let at least one save of this round return, so every kill lands in the
        # middle of the save loop rather than during start-up, then kill at a
        # random moment of the next saves.
        _wait_for_lines(journal, saves + 1, child)
        time.sleep(rng.uniform(0.0, 0.12))
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        assert child.stdout is not None
        child.stdout.close()
        assert child.returncode == -signal.SIGKILL
        saves = _check_store(data_dir, journal, key)
    assert saves >= rounds
