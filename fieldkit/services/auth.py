"""Local officer accounts: first-run setup, passwords (Argon2id), sign-in, keys, throttling.

Passwords are hashed with argon2-cffi's defaults (Argon2id, memory-hard), the
well-kept standard; a stolen laptop's database does not give away passwords.

With a ``Vault`` (the app always has one) each officer's password also wraps the laptop's data
key (``fieldkit.store.keys``): setting up writes the key file and a recovery key to show once,
adding an officer or changing/resetting a password (re)wraps, removing an officer drops the
wrap. An officer without a wrap (an installation upgraded to encryption while they were not
there) gets one at their next successful sign-in on an unlocked laptop, or when a supervisor
resets their password.

Failed sign-ins are throttled per officer and persisted beside the database
(``fieldkit.signin.json``), so neither a restart nor the sign-in screen before the database is
open resets them: from the 4th failure in a row a growing wait, from the 10th the account is
locked for 30 minutes or until a supervisor unlocks it.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy.orm import Session, sessionmaker

from fieldkit.domain.audit import UNKNOWN_ACTOR, AuditAction, AuditRecord, DetailValue
from fieldkit.domain.ids import new_id
from fieldkit.domain.messages import Text, msg
from fieldkit.domain.records import Office, Officer, Role
from fieldkit.domain.roles import Permission, refusal
from fieldkit.services.audit import PendingSignInFailures
from fieldkit.services.clock import Clock
from fieldkit.services.errors import PermissionDeniedError, ServiceError
from fieldkit.services.offices import OfficeService
from fieldkit.store import audit as audit_log
from fieldkit.store import repositories as repo
from fieldkit.store.db import is_plain_database
from fieldkit.store.encryption import encrypt_installation, settle_interrupted_upgrade
from fieldkit.store.keys import (
    KdfParams,
    KeyFile,
    WrongSecretError,
    load_key_file,
    new_data_key,
    recovery_key_shape,
    save_key_file,
    write_atomic,
)
from fieldkit.store.local import DATABASE_NAME, open_local_store

MIN_PASSWORD_LENGTH = 8
RECOVERY_KEY_SHAPE = recovery_key_shape()  # the placeholder of recovery key inputs
IDLE_LOCK_KEY = "session.idle_lock_minutes"
DEFAULT_IDLE_LOCK_MINUTES = 10
MAX_IDLE_LOCK_MINUTES = 120
THROTTLE_FILE_NAME = "fieldkit.signin.json"
FREE_ATTEMPTS = 3  # failures in a row before any wait
LOCKOUT_AFTER = 10  # failures in a row that lock the account
LOCKOUT_SECONDS = 30 * 60
MAX_DELAY_SECONDS = 5 * 60


class SignInError(ServiceError):
    pass


class SignInThrottledError(SignInError):
    """Too many failures: wait ``wait_seconds`` (or for a supervisor, when ``locked``)."""

    def __init__(self, text: Text, *, wait_seconds: int, locked: bool) -> None:
        super().__init__(text)
        self.wait_seconds = wait_seconds
        self.locked = locked


def delay_after(failures: int) -> int:
    """Seconds to wait before the next attempt after ``failures`` failures in a row."""
    if failures < FREE_ATTEMPTS:
        return 0
    if failures >= LOCKOUT_AFTER:
        return LOCKOUT_SECONDS
    return int(min(MAX_DELAY_SECONDS, 5 * 2 ** (failures - FREE_ATTEMPTS)))


class SignInThrottle:
    """Failed sign-ins per officer, kept in a small file beside the database (atomic writes).

    The file holds officer ids, counts and times only. Deleting it resets the counts, which
    only matters to someone already at the keyboard: the wraps themselves are Argon2id.
    """

    def __init__(self, data_dir: Path, clock: Clock) -> None:
        self._path = data_dir / THROTTLE_FILE_NAME
        self._clock = clock

    def _load(self) -> dict[str, dict[str, float]]:
        try:
            body = json.loads(self._path.read_bytes().decode("utf-8"))
            return {str(k): {"n": float(v["n"]), "t": float(v["t"])} for k, v in body.items()}
        except FileNotFoundError:
            return {}
        except (ValueError, KeyError, TypeError, AttributeError):
            return {}  # a damaged file: start counting again rather than lock everyone out

    def _save(self, body: dict[str, dict[str, float]]) -> None:
        write_atomic(self._path, json.dumps(body).encode("utf-8"))

    def failures(self, officer_id: str) -> int:
        return int(self._load().get(officer_id, {}).get("n", 0))

    def check(self, officer_id: str) -> None:
        """Raise SignInThrottledError while this officer must wait."""
        entry = self._load().get(officer_id)
        if entry is None:
            return
        failures = int(entry["n"])
        wait = delay_after(failures)
        if wait <= 0:
            return
        left = math.ceil(entry["t"] + wait - self._clock.now().timestamp())
        if left <= 0:
            return
        if failures >= LOCKOUT_AFTER:
            raise SignInThrottledError(
                msg(
                    "Akun dikunci karena {count} kali salah kata sandi. Coba lagi dalam "
                    "{minutes} menit, atau minta supervisor membuka kuncinya.",
                    count=failures,
                    minutes=(left + 59) // 60,
                ),
                wait_seconds=left,
                locked=True,
            )
        raise SignInThrottledError(
            msg(
                "Terlalu sering salah kata sandi. Tunggu {seconds} detik lalu coba lagi.",
                seconds=left,
            ),
            wait_seconds=left,
            locked=False,
        )

    def record_failure(self, officer_id: str) -> int:
        body = self._load()
        failures = int(body.get(officer_id, {}).get("n", 0)) + 1
        body[officer_id] = {"n": failures, "t": self._clock.now().timestamp()}
        self._save(body)
        return failures

    def reset(self, officer_id: str) -> None:
        body = self._load()
        if body.pop(officer_id, None) is not None:
            self._save(body)


@dataclass
class Vault:
    """The unlocked data key of this laptop and where its key file lives."""

    data_dir: Path
    data_key: bytes
    kdf: KdfParams = field(default_factory=KdfParams)

    def load(self) -> KeyFile:
        return load_key_file(self.data_dir) or KeyFile()

    def save(self, keys: KeyFile) -> None:
        save_key_file(self.data_dir, keys)


def failure_message(failures: int) -> Text:
    left = LOCKOUT_AFTER - failures
    if failures >= FREE_ATTEMPTS and left > 0:
        return msg(
            "Kata sandi salah. Periksa Caps Lock lalu coba lagi. Sisa {count} kali percobaan "
            "sebelum akun dikunci.",
            count=left,
        )
    return msg("Kata sandi salah. Periksa Caps Lock lalu coba lagi.")


@dataclass(frozen=True, slots=True)
class OfficerAccount:
    officer: Officer
    has_key: bool  # False: no key wrap yet (after an upgrade); a password reset gives one
    failures: int
    locked: bool


@dataclass(frozen=True, slots=True)
class NewOfficer:
    name: str
    role: Role
    password: str


def password_problem(password: str) -> Text | None:
    """Why ``password`` is too weak, or None."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return msg("Kata sandi minimal {count} karakter.", count=MIN_PASSWORD_LENGTH)
    if password.isdigit() or password.isalpha():
        return msg("Kata sandi harus berisi huruf dan angka.")
    return None


def check_password_strength(password: str) -> str | None:
    """An Indonesian message saying why ``password`` is too weak, or None."""
    problem = password_problem(password)
    return None if problem is None else str(problem)


class AuthService:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        offices: OfficeService,
        clock: Clock,
        *,
        hasher: PasswordHasher | None = None,
        vault: Vault | None = None,
        throttle: SignInThrottle | None = None,
    ) -> None:
        self._sessions = sessions
        self._offices = offices
        self._clock = clock
        self._hasher = hasher or PasswordHasher()
        self._vault = vault
        self._throttle = throttle
        self._recovery_to_show: str | None = None

    @property
    def vault(self) -> Vault | None:
        return self._vault

    def take_recovery_key(self) -> str | None:
        """The recovery key made by set-up (or for an upgraded laptop), once; then None."""
        key, self._recovery_to_show = self._recovery_to_show, None
        return key

    def _wrap(self, keys: KeyFile, officer: Officer, password: str) -> KeyFile:
        assert self._vault is not None
        return keys.with_officer(
            self._vault.data_key,
            officer.id,
            password,
            name=officer.name,
            role=officer.role.value,
            kdf=self._vault.kdf,
        )

    def _ensure_keys(self, officer: Officer, password: str) -> None:
        """After a verified password: the officer's wrap, and a recovery key for a supervisor."""
        vault = self._vault
        if vault is None:
            return
        keys = vault.load()
        changed = False
        if not keys.has_officer(officer.id):
            keys = self._wrap(keys, officer, password)
            changed = True
        if not keys.has_recovery and officer.role is Role.SUPERVISOR:
            keys, self._recovery_to_show = keys.with_new_recovery(vault.data_key)
            changed = True
        if changed:
            vault.save(keys)

    def _audit(
        self, session: Session, action: AuditAction, actor: str, target: str, **details: DetailValue
    ) -> None:
        """The audit entry of an account event, in the caller's transaction (no names)."""
        audit_log.append(
            session, AuditRecord(action, actor, target, details), now=self._clock.now()
        )

    def _record(self, action: AuditAction, actor: str, target: str, **details: DetailValue) -> None:
        """The audit entry of an event that writes nothing else (a sign-in), on its own."""
        with self._sessions.begin() as session:
            self._audit(session, action, actor, target, **details)

    def _record_sign_in(self, officer: Officer) -> None:
        """The sign-in's entry, after those of the lock screen's failed attempts (if any)."""
        pending = None if self._vault is None else PendingSignInFailures(self._vault.data_dir)
        with self._sessions.begin() as session:
            if pending is not None:
                pending.flush(session, self._clock.now())
            self._audit(
                session, AuditAction.SIGN_IN, officer.id, officer.id, role=str(officer.role)
            )
        if pending is not None:
            pending.clear()

    def needs_setup(self) -> bool:
        """True until the first office and supervisor exist on this laptop."""
        return not self._offices.offices()

    def set_up(
        self,
        *,
        office_name: str,
        office_address: str = "",
        office_phone: str = "",
        timezone: str = "Asia/Jakarta",
        officers: Sequence[NewOfficer],
    ) -> tuple[Office, list[Officer]]:
        """First run: the office and its first officers; at least one supervisor."""
        if not self.needs_setup():
            raise ServiceError(msg("Laptop ini sudah diatur. Masuk dengan akun petugas."))
        if not any(o.role is Role.SUPERVISOR for o in officers):
            raise ServiceError(msg("Buat minimal satu akun supervisor."))
        for o in officers:
            weak = password_problem(o.password)
            if weak:
                raise ServiceError(msg("{name}: {problem}", name=o.name or "Petugas", problem=weak))
        office_clean = " ".join(office_name.split())
        if not office_clean:
            raise ServiceError(msg("Nama kantor wajib diisi, misalnya 'DPMPTSP Kabupaten Bogor'."))
        if any(not " ".join(o.name.split()) for o in officers):
            raise ServiceError(msg("Setiap petugas harus diberi nama."))
        if any(o.role not in {Role.OPERATOR, Role.SUPERVISOR} for o in officers):
            raise ServiceError(msg("Petugas di laptop berperan operator atau supervisor."))
        hashes = [self._hasher.hash(o.password) for o in officers]  # slow: before the transaction
        self._offices.ensure_device()
        office = Office(
            new_id(), office_clean, office_address.strip(), timezone, office_phone.strip()
        )
        created = [Officer(new_id(), office.id, " ".join(o.name.split()), o.role) for o in officers]
        now = self._clock.now()
        # One transaction: a failure leaves no office without its supervisor behind.
        with self._sessions.begin() as session:
            repo.add_office(session, office)
            for officer, password_hash in zip(created, hashes, strict=True):
                repo.add_officer(session, officer, password_hash=password_hash, now=now)
                self._audit(
                    session,
                    AuditAction.OFFICER_ADD,
                    created[0].id,
                    officer.id,
                    role=str(officer.role),
                    setup=True,
                )
        if self._vault is not None:
            keys = KeyFile()
            for officer, new in zip(created, officers, strict=True):
                keys = self._wrap(keys, officer, new.password)
            keys, self._recovery_to_show = keys.with_new_recovery(self._vault.data_key)
            self._vault.save(keys)
        return office, created

    def add_officer(self, actor: Officer, new: NewOfficer) -> Officer:
        if refusal(actor, Permission.MANAGE_OFFICERS):
            raise PermissionDeniedError(msg("Hanya supervisor yang boleh menambah petugas."))
        weak = password_problem(new.password)
        if weak:
            raise ServiceError(weak)
        officer = self._offices.add_officer(
            actor.office_id,
            new.name,
            new.role,
            password_hash=self._hasher.hash(new.password),
            added_by=actor.id,
        )
        if self._vault is not None:
            self._vault.save(self._wrap(self._vault.load(), officer, new.password))
        return officer

    def sign_in(self, officer_id: str, password: str) -> Officer:
        with self._sessions() as session:
            officer = repo.get_officer(session, officer_id)
            stored = repo.get_password_hash(session, officer_id)
        if officer is None or not officer.is_active or stored is None:
            self._record(
                AuditAction.SIGN_IN_FAILED, UNKNOWN_ACTOR, officer_id[:40], reason="unknown"
            )
            raise SignInError(msg("Akun petugas tidak ditemukan atau tidak aktif."))
        if self._throttle is not None:
            self._throttle.check(officer_id)
        try:
            self._hasher.verify(stored, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            failures = self._throttle.record_failure(officer_id) if self._throttle else 0
            # The account tried, never the password; the actor is unknown until it is proven.
            self._record(
                AuditAction.SIGN_IN_FAILED,
                UNKNOWN_ACTOR,
                officer_id,
                reason="password",
                failures=failures,
            )
            raise SignInError(failure_message(failures)) from None
        if self._throttle is not None:
            self._throttle.reset(officer_id)
        self._record_sign_in(officer)
        self._ensure_keys(officer, password)
        if self._hasher.check_needs_rehash(stored):
            with self._sessions.begin() as session:
                repo.set_password_hash(session, officer_id, self._hasher.hash(password))
        return officer

    def change_password(self, officer: Officer, old: str, new: str) -> None:
        self.sign_in(officer.id, old)
        weak = password_problem(new)
        if weak:
            raise ServiceError(weak)
        with self._sessions.begin() as session:
            repo.set_password_hash(session, officer.id, self._hasher.hash(new))
            self._audit(session, AuditAction.OFFICER_PASSWORD, officer.id, officer.id, how="own")
        if self._vault is not None:
            self._vault.save(self._wrap(self._vault.load(), officer, new))

    def reset_password(self, actor: Officer, officer_id: str, new: str) -> None:
        """A supervisor sets another officer's password (forgotten, or no key wrap yet)."""
        if refusal(actor, Permission.MANAGE_OFFICERS):
            raise PermissionDeniedError(
                msg("Hanya supervisor yang boleh mengatur ulang kata sandi.")
            )
        self._set_password(officer_id, new, actor_id=actor.id, how="reset")

    def reset_password_with_recovery(self, officer_id: str, new: str) -> None:
        """After the store was opened with the recovery key: the officer's new password."""
        self._set_password(officer_id, new, actor_id=UNKNOWN_ACTOR, how="recovery")

    def _set_password(self, officer_id: str, new: str, *, actor_id: str, how: str) -> None:
        weak = password_problem(new)
        if weak:
            raise ServiceError(weak)
        with self._sessions() as session:
            officer = repo.get_officer(session, officer_id)
        if officer is None or not officer.is_active:
            raise ServiceError(msg("Akun petugas tidak ditemukan atau tidak aktif."))
        with self._sessions.begin() as session:
            repo.set_password_hash(session, officer_id, self._hasher.hash(new))
            self._audit(session, AuditAction.OFFICER_PASSWORD, actor_id, officer_id, how=how)
        if self._vault is not None:
            self._vault.save(self._wrap(self._vault.load(), officer, new))
        if self._throttle is not None:
            self._throttle.reset(officer_id)

    def remove_officer(self, actor: Officer, officer_id: str) -> None:
        """Deactivate an officer (their records stay) and remove their key wrap."""
        if refusal(actor, Permission.MANAGE_OFFICERS):
            raise PermissionDeniedError(msg("Hanya supervisor yang boleh menghapus petugas."))
        if officer_id == actor.id:
            raise ServiceError(msg("Anda tidak bisa menghapus akun Anda sendiri."))
        with self._sessions.begin() as session:
            repo.set_officer_active(session, officer_id, is_active=False)
            self._audit(session, AuditAction.OFFICER_REMOVE, actor.id, officer_id)
        if self._vault is not None:
            self._vault.save(self._vault.load().without_officer(officer_id))

    def unlock_officer(self, actor: Officer, officer_id: str) -> None:
        """A supervisor lifts a sign-in lockout."""
        if refusal(actor, Permission.MANAGE_OFFICERS):
            raise PermissionDeniedError(msg("Hanya supervisor yang boleh membuka kunci akun."))
        if self._throttle is not None:
            self._throttle.reset(officer_id)
        self._record(AuditAction.OFFICER_UNLOCK, actor.id, officer_id)

    def accounts(self, actor: Officer) -> list[OfficerAccount]:
        """The office's officers with their key and lockout state (supervisors only)."""
        if actor.role is not Role.SUPERVISOR:
            raise PermissionDeniedError(msg("Hanya supervisor yang boleh mengelola petugas."))
        keys = self._vault.load() if self._vault is not None else None
        out = []
        for officer in self._offices.officers(actor.office_id):
            if officer.role not in {Role.OPERATOR, Role.SUPERVISOR}:
                continue
            failures = self._throttle.failures(officer.id) if self._throttle else 0
            out.append(
                OfficerAccount(
                    officer,
                    has_key=keys is None or keys.has_officer(officer.id),
                    failures=failures,
                    locked=failures >= LOCKOUT_AFTER,
                )
            )
        return out

    def idle_lock_minutes(self) -> int:
        """Minutes without input before the window locks (0: never; default 10)."""
        with self._sessions() as session:
            stored = repo.get_setting(session, IDLE_LOCK_KEY)
        return stored if isinstance(stored, int) and stored >= 0 else DEFAULT_IDLE_LOCK_MINUTES

    def set_idle_lock_minutes(self, actor: Officer, minutes: int) -> None:
        if refusal(actor, Permission.CHANGE_SETTINGS):
            raise PermissionDeniedError(
                msg("Hanya supervisor yang boleh mengubah waktu kunci layar.")
            )
        if not 1 <= minutes <= MAX_IDLE_LOCK_MINUTES:
            raise ServiceError(
                msg(
                    "Waktu kunci layar harus antara 1 dan {max} menit.",
                    max=MAX_IDLE_LOCK_MINUTES,
                )
            )
        with self._sessions.begin() as session:
            repo.put_setting(session, IDLE_LOCK_KEY, minutes)
            self._audit(
                session, AuditAction.SETTINGS_CHANGE, actor.id, IDLE_LOCK_KEY, minutes=minutes
            )

    def complete_unlock(self, officer_id: str, password: str) -> Officer:
        """After the unlock screen opened the store with this officer's password."""
        with self._sessions() as session:
            officer = repo.get_officer(session, officer_id)
        if officer is None or not officer.is_active:
            raise SignInError(msg("Akun petugas tidak ditemukan atau tidak aktif."))
        # The password was checked by the unlock screen (it opened the store).
        self._record_sign_in(officer)
        self._ensure_keys(officer, password)
        return officer


# --- before the database is open ------------------------------------------------------------


STATE_NEW = "new"  # no database yet: first-run setup, with a new data key
STATE_PLAIN = "plain"  # an installation from before encryption: upgraded at the first sign-in
STATE_ENCRYPTED = "encrypted"  # the normal case: a password (or the recovery key) opens it
STATE_BUSY = "busy"  # another process is encrypting this laptop's data right now


@dataclass(frozen=True, slots=True)
class SignInChoice:
    officer_id: str
    name: str
    role: str


class Unlocker:
    """The sign-in before the store is open: a password (or the recovery key) gives the data key.

    Uses the same per-officer throttle as ``AuthService.sign_in``. For an installation from
    before encryption at rest (``STATE_PLAIN``) the password is checked against the old
    database and the installation is then encrypted in place (``fieldkit.store.encryption``):
    the officer signing in gets the first key wrap; the others get theirs at their next sign-in
    on the unlocked laptop (officer switch) or when a supervisor resets their password, and
    until then the sign-in screen tells them so. The recovery key is made at the first sign-in
    of a supervisor.
    """

    def __init__(self, data_dir: Path, clock: Clock) -> None:
        self._data_dir = data_dir
        self._clock = clock
        self._throttle = SignInThrottle(data_dir, clock)
        # the audit log is inside the locked database: failures wait beside it until then
        self._pending = PendingSignInFailures(data_dir)

    @property
    def throttle(self) -> SignInThrottle:
        return self._throttle

    def state(self, *, set_aside_unfinished: bool = True) -> str:
        """Settle an interrupted upgrade, then say what the data folder holds."""
        data_dir = self._data_dir
        if settle_interrupted_upgrade(data_dir) == "in_progress":
            return STATE_BUSY
        db_path = data_dir / DATABASE_NAME
        if load_key_file(data_dir) is not None:
            return STATE_ENCRYPTED
        if is_plain_database(db_path):
            return STATE_PLAIN
        if db_path.exists() and set_aside_unfinished:
            # Encrypted but no key file: a first-run setup that never finished (the key file is
            # written by the setup itself). Nothing was entered yet; keep it aside anyway.
            stamp = self._clock.now().strftime("%Y%m%dT%H%M%SZ")
            for suffix in ("", "-wal", "-shm"):
                source = db_path.with_name(db_path.name + suffix)
                if source.exists():
                    source.rename(data_dir / f"fieldkit.unfinished-setup-{stamp}.sqlite3{suffix}")
        return STATE_NEW

    def choices(self) -> list[SignInChoice]:
        """Who can sign in: from the key file, or from the old plain database."""
        if (
            is_plain_database(self._data_dir / DATABASE_NAME)
            and load_key_file(self._data_dir) is None
        ):
            store = open_local_store(self._data_dir)
            try:
                with store.sessions() as session:
                    offices = repo.list_offices(session)
                    officers = [
                        o
                        for office in offices
                        for o in repo.list_officers(session, office.id)
                        if o.is_active and o.role in {Role.OPERATOR, Role.SUPERVISOR}
                    ]
            finally:
                store.close()
            return [SignInChoice(o.id, o.name, o.role.value) for o in officers]
        return [SignInChoice(o.officer_id, o.name, o.role) for o in self.keys().officers()]

    def open_with_password(
        self, officer_id: str, password: str, *, kdf: KdfParams | None = None
    ) -> bytes:
        """The data key for this officer's password; upgrades a plain installation first."""
        if load_key_file(self._data_dir) is not None:
            return self.unlock(officer_id, password)
        store = open_local_store(self._data_dir)
        try:
            officer = self.verify_plain(store.sessions, officer_id, password)
        finally:
            store.close()
        data_key = new_data_key()
        keys = KeyFile().with_officer(
            data_key, officer.id, password, name=officer.name, role=officer.role.value, kdf=kdf
        )
        encrypt_installation(self._data_dir, data_key, keys)
        return data_key

    def keys(self) -> KeyFile:
        return load_key_file(self._data_dir) or KeyFile()

    def unlock(self, officer_id: str, password: str) -> bytes:
        keys = self.keys()
        if not keys.has_officer(officer_id):
            raise SignInError(
                msg(
                    "Akun ini belum punya kunci di laptop ini (data laptop dienkripsi saat akun "
                    "ini belum masuk). Minta supervisor masuk lalu mengatur ulang kata sandi "
                    "Anda."
                )
            )
        self._throttle.check(officer_id)
        try:
            data_key = keys.unwrap_with_password(officer_id, password)
        except WrongSecretError:
            failures = self._throttle.record_failure(officer_id)
            self._pending.add(officer_id, self._clock.now())
            raise SignInError(failure_message(failures)) from None
        self._throttle.reset(officer_id)
        return data_key

    def unlock_with_recovery(self, recovery_key: str) -> bytes:
        self._throttle.check("recovery")
        try:
            data_key = self.keys().unwrap_with_recovery(recovery_key)
        except WrongSecretError as exc:
            if exc.code == "keys.wrong_secret":
                self._throttle.record_failure("recovery")
                self._pending.add("recovery", self._clock.now())
            raise SignInError(exc.text) from None
        self._throttle.reset("recovery")
        return data_key

    def verify_plain(
        self, sessions: sessionmaker[Session], officer_id: str, password: str
    ) -> Officer:
        """Check a password against an unencrypted (old) installation before its upgrade."""
        self._throttle.check(officer_id)
        with sessions() as session:
            officer = repo.get_officer(session, officer_id)
            stored = repo.get_password_hash(session, officer_id)
        if officer is None or not officer.is_active or stored is None:
            raise SignInError(msg("Akun petugas tidak ditemukan atau tidak aktif."))
        try:
            PasswordHasher().verify(stored, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            failures = self._throttle.record_failure(officer_id)
            self._pending.add(officer_id, self._clock.now())
            raise SignInError(failure_message(failures)) from None
        self._throttle.reset(officer_id)
        return officer
