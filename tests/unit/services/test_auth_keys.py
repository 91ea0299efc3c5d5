"""Officer key wraps and sign-in throttling, through AuthService and Unlocker on real files."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from sqlalchemy.exc import DatabaseError

from fieldkit.domain.records import Officer, Role
from fieldkit.services.auth import (
    LOCKOUT_AFTER,
    AuthService,
    NewOfficer,
    SignInError,
    SignInThrottle,
    SignInThrottledError,
    Unlocker,
    Vault,
    delay_after,
)
from fieldkit.services.errors import PermissionDeniedError
from fieldkit.services.offices import OfficeService
from fieldkit.store.keys import FAST_KDF_FOR_TESTS, load_key_file, new_data_key
from fieldkit.store.local import LocalStore, open_local_store
from tests.fakes import FakeClock

FAST = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


class Laptop:
    def __init__(self, data_dir: Path, clock: FakeClock) -> None:
        self.data_dir = data_dir
        self.clock = clock
        self.data_key = new_data_key()
        self.store = open_local_store(data_dir, data_key=self.data_key)
        self.auth = self.make_auth(self.store)

    def make_auth(self, store: LocalStore) -> AuthService:
        return AuthService(
            store.sessions,
            OfficeService(store.sessions, self.clock),
            self.clock,
            hasher=FAST,
            vault=Vault(self.data_dir, self.data_key, FAST_KDF_FOR_TESTS),
            throttle=SignInThrottle(self.data_dir, self.clock),
        )

    def unlocker(self) -> Unlocker:
        return Unlocker(self.data_dir, self.clock)


@pytest.fixture
def laptop(tmp_path: Path, clock: FakeClock) -> Iterator[Laptop]:
    made = Laptop(tmp_path / "data", clock)
    yield made
    made.store.close()


def set_up(laptop: Laptop) -> tuple[Officer, Officer]:
    _, (sup, op) = laptop.auth.set_up(
        office_name="DPMPTSP Kabupaten Bogor",
        officers=[
            NewOfficer("Dewi Lestari", Role.SUPERVISOR, "rahasia123"),
            NewOfficer("Budi Santoso", Role.OPERATOR, "budi2026ok"),
        ],
    )
    return sup, op


def test_set_up_wraps_the_data_key_for_every_officer_and_a_recovery_key(laptop: Laptop) -> None:
    sup, op = set_up(laptop)
    recovery = laptop.auth.take_recovery_key()
    assert recovery is not None
    assert laptop.auth.take_recovery_key() is None  # shown once
    assert len(recovery.split("-")) == 8
    keys = load_key_file(laptop.data_dir)
    assert keys is not None
    assert {o.name for o in keys.officers()} == {"Dewi Lestari", "Budi Santoso"}
    unlocker = laptop.unlocker()
    assert unlocker.unlock(sup.id, "rahasia123") == laptop.data_key
    assert unlocker.unlock(op.id, "budi2026ok") == laptop.data_key
    assert unlocker.unlock_with_recovery(recovery.lower().replace("-", " ")) == laptop.data_key
    raw = (laptop.data_dir / "fieldkit.keys.json").read_bytes()
    assert laptop.data_key not in raw
    assert laptop.data_key.hex().encode() not in raw
    assert b"rahasia123" not in raw


def test_wrong_password_and_wrong_recovery_key_open_nothing(laptop: Laptop) -> None:
    sup, _ = set_up(laptop)
    recovery = laptop.auth.take_recovery_key()
    assert recovery is not None
    unlocker = laptop.unlocker()
    with pytest.raises(SignInError, match="salah"):
        unlocker.unlock(sup.id, "rahasia124")
    wrong = ("A" if recovery[0] != "A" else "B") + recovery[1:]
    with pytest.raises(SignInError):
        unlocker.unlock_with_recovery(wrong)
    with pytest.raises(SignInError, match="tidak lengkap"):
        unlocker.unlock_with_recovery("ABCDE-FGHIJ")
    laptop.store.close()
    with pytest.raises(DatabaseError):
        open_local_store(laptop.data_dir, data_key=new_data_key())


def test_password_change_rewraps_and_old_password_stops_working(laptop: Laptop) -> None:
    _, op = set_up(laptop)
    laptop.auth.change_password(op, "budi2026ok", "baru2026ok")
    unlocker = laptop.unlocker()
    with pytest.raises(SignInError):
        unlocker.unlock(op.id, "budi2026ok")
    assert unlocker.unlock(op.id, "baru2026ok") == laptop.data_key
    assert laptop.auth.sign_in(op.id, "baru2026ok") == op


def test_removing_an_officer_removes_their_wrap(laptop: Laptop) -> None:
    sup, op = set_up(laptop)
    with pytest.raises(PermissionDeniedError):
        laptop.auth.remove_officer(op, sup.id)
    laptop.auth.remove_officer(sup, op.id)
    keys = load_key_file(laptop.data_dir)
    assert keys is not None
    assert not keys.has_officer(op.id)
    with pytest.raises(SignInError, match="belum punya kunci"):
        laptop.unlocker().unlock(op.id, "budi2026ok")
    with pytest.raises(SignInError, match="tidak aktif"):
        laptop.auth.sign_in(op.id, "budi2026ok")


def test_recovery_key_opens_the_store_and_sets_a_new_password(laptop: Laptop) -> None:
    sup, _ = set_up(laptop)
    recovery = laptop.auth.take_recovery_key()
    assert recovery is not None
    laptop.store.close()
    # The supervisor forgot the password: the recovery key opens the store ...
    data_key = laptop.unlocker().unlock_with_recovery(recovery)
    store = open_local_store(laptop.data_dir, data_key=data_key)
    laptop.store = store
    auth = laptop.make_auth(store)
    auth.reset_password_with_recovery(sup.id, "pulih2026ok")
    # ... and the new password opens it from then on.
    assert laptop.unlocker().unlock(sup.id, "pulih2026ok") == laptop.data_key
    assert auth.sign_in(sup.id, "pulih2026ok") == sup


def test_added_officer_gets_a_wrap_and_reset_password_rewraps(laptop: Laptop) -> None:
    sup, op = set_up(laptop)
    new = laptop.auth.add_officer(sup, NewOfficer("Rina", Role.OPERATOR, "rina2026ok"))
    assert laptop.unlocker().unlock(new.id, "rina2026ok") == laptop.data_key
    with pytest.raises(PermissionDeniedError):
        laptop.auth.reset_password(op, new.id, "lain2026ok")
    laptop.auth.reset_password(sup, new.id, "lain2026ok")
    assert laptop.unlocker().unlock(new.id, "lain2026ok") == laptop.data_key


def test_officer_without_a_wrap_gets_one_at_sign_in_on_an_unlocked_laptop(
    laptop: Laptop,
) -> None:
    """After an upgrade only the officer who signed in has a wrap; the others get theirs later."""
    _, op = set_up(laptop)
    vault = laptop.auth.vault
    assert vault is not None
    vault.save(vault.load().without_officer(op.id))
    with pytest.raises(SignInError, match="belum punya kunci"):
        laptop.unlocker().unlock(op.id, "budi2026ok")
    laptop.auth.sign_in(op.id, "budi2026ok")  # officer switch while the laptop is unlocked
    assert laptop.unlocker().unlock(op.id, "budi2026ok") == laptop.data_key


def test_failures_are_throttled_then_locked_out_and_survive_a_restart(
    laptop: Laptop, clock: FakeClock
) -> None:
    sup, op = set_up(laptop)
    for _ in range(3):
        with pytest.raises(SignInError) as caught:
            laptop.auth.sign_in(op.id, "salah2026")
        assert not isinstance(caught.value, SignInThrottledError)
    # 4th attempt at once: must wait, even with the right password.
    with pytest.raises(SignInThrottledError) as waited:
        laptop.auth.sign_in(op.id, "budi2026ok")
    assert waited.value.wait_seconds == delay_after(3)
    # The unlock screen (before the database opens) and a restart see the same count.
    restarted = Unlocker(laptop.data_dir, clock)
    with pytest.raises(SignInThrottledError):
        restarted.unlock(op.id, "budi2026ok")
    waits = []
    failures = 3
    while failures < LOCKOUT_AFTER:
        clock.advance(seconds=delay_after(failures))
        with pytest.raises(SignInError):
            restarted.unlock(op.id, "salah2026")
        failures += 1
        waits.append(delay_after(failures))
    assert waits == sorted(waits)  # growing
    clock.advance(minutes=10)
    with pytest.raises(SignInThrottledError, match="dikunci") as locked:
        laptop.auth.sign_in(op.id, "budi2026ok")
    assert locked.value.locked
    # Other officers are not affected; a supervisor unlocks the account.
    assert laptop.auth.sign_in(sup.id, "rahasia123") == sup
    with pytest.raises(PermissionDeniedError):
        laptop.auth.unlock_officer(op, op.id)
    laptop.auth.unlock_officer(sup, op.id)
    assert laptop.auth.sign_in(op.id, "budi2026ok") == op


def test_lockout_ends_by_itself_after_its_period(laptop: Laptop, clock: FakeClock) -> None:
    _, op = set_up(laptop)
    throttle = SignInThrottle(laptop.data_dir, clock)
    for _ in range(LOCKOUT_AFTER):
        throttle.record_failure(op.id)
    with pytest.raises(SignInThrottledError):
        laptop.auth.sign_in(op.id, "budi2026ok")
    clock.advance(seconds=delay_after(LOCKOUT_AFTER) + 1)
    assert laptop.auth.sign_in(op.id, "budi2026ok") == op
    assert throttle.failures(op.id) == 0


def test_unlocker_verifies_a_plain_installation_before_its_upgrade(
    tmp_path: Path, clock: FakeClock
) -> None:
    store = open_local_store(tmp_path / "plain")
    try:
        auth = AuthService(store.sessions, OfficeService(store.sessions, clock), clock, hasher=FAST)
        _, (sup,) = auth.set_up(
            office_name="DPMPTSP", officers=[NewOfficer("Dewi", Role.SUPERVISOR, "rahasia123")]
        )
        unlocker = Unlocker(tmp_path / "plain", clock)
        assert unlocker.verify_plain(store.sessions, sup.id, "rahasia123") == sup
        with pytest.raises(SignInError):
            unlocker.verify_plain(store.sessions, sup.id, "salah2026x")
        assert unlocker.throttle.failures(sup.id) == 1
    finally:
        store.close()
