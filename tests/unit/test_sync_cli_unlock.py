"""Headless ``fieldkit sync`` on an encrypted laptop: it needs an officer's name and password.

Run as a real process: the right credentials (from the environment, as a scheduler would set
them) open the store and get as far as "not enrolled" (exit 2); a wrong password or an
unknown officer opens nothing (exit 6) and counts towards the lockout.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from fieldkit import sync_cli
from fieldkit.domain.records import Role
from fieldkit.services.auth import AuthService, NewOfficer, SignInThrottle, Unlocker, Vault
from fieldkit.services.offices import OfficeService
from fieldkit.store.keys import FAST_KDF_FOR_TESTS, new_data_key
from fieldkit.store.local import open_local_store
from tests.fakes import FakeClock

ROOT = Path(__file__).parents[2]


@pytest.fixture
def laptop(tmp_path: Path, clock: FakeClock) -> Path:
    data_dir = tmp_path / "laptop"
    data_key = new_data_key()
    store = open_local_store(data_dir, data_key=data_key)
    try:
        AuthService(
            store.sessions,
            OfficeService(store.sessions, clock),
            clock,
            hasher=PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1),
            vault=Vault(data_dir, data_key, FAST_KDF_FOR_TESTS),
        ).set_up(
            office_name="DPMPTSP Kabupaten Bogor",
            officers=[NewOfficer("Dewi Lestari", Role.SUPERVISOR, "rahasia123")],
        )
    finally:
        store.close()
    return data_dir


def _run(data_dir: Path, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("FIELDKIT_")}
    return subprocess.run(
        [sys.executable, "-m", "fieldkit.app", "sync", "--data-dir", str(data_dir)],
        env={**clean, "PYTHONPATH": str(ROOT), **env},
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
        check=False,
    )


def test_right_credentials_open_the_store(laptop: Path) -> None:
    done = _run(laptop, FIELDKIT_OFFICER="dewi lestari", FIELDKIT_PASSWORD="rahasia123")
    assert done.returncode == sync_cli.EXIT_NOT_ENROLLED, done.stdout + done.stderr
    assert "belum didaftarkan" in done.stdout


def test_wrong_password_or_officer_opens_nothing(laptop: Path, clock: FakeClock) -> None:
    wrong = _run(laptop, FIELDKIT_OFFICER="Dewi Lestari", FIELDKIT_PASSWORD="salah2026")
    assert wrong.returncode == sync_cli.EXIT_LOCKED
    assert "salah" in wrong.stdout
    unknown = _run(laptop, FIELDKIT_OFFICER="Siapa", FIELDKIT_PASSWORD="rahasia123")
    assert unknown.returncode == sync_cli.EXIT_LOCKED
    assert "--officer" in unknown.stdout
    officer_id = next(iter(Unlocker(laptop, clock).choices())).officer_id
    assert SignInThrottle(laptop, clock).failures(officer_id) == 1


def test_password_is_asked_when_not_in_the_environment(
    laptop: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FIELDKIT_PASSWORD", raising=False)
    asked: list[str] = []

    def ask(prompt: str) -> str:
        asked.append(prompt)
        return "rahasia123"

    key = sync_cli.unlock_key(laptop, "Dewi Lestari", out=io.StringIO(), ask=ask)
    assert isinstance(key, bytes)
    assert asked == ["Kata sandi Dewi Lestari: "]


def test_an_old_plain_laptop_is_not_synced_before_its_upgrade(
    tmp_path: Path, clock: FakeClock
) -> None:
    data_dir = tmp_path / "old"
    open_local_store(data_dir).close()
    out = io.StringIO()
    refused = sync_cli.unlock_key(data_dir, None, out=out, ask=lambda _: "", allow_plain=False)
    assert refused == sync_cli.EXIT_LOCKED
    assert "belum dienkripsi" in out.getvalue()
    # Read-only commands may read it as it is.
    assert sync_cli.unlock_key(data_dir, None, out=out, ask=lambda _: "") is None
    done = _run(data_dir)
    assert done.returncode == sync_cli.EXIT_LOCKED, done.stdout + done.stderr
