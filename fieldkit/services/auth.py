"""Local officer accounts: first-run setup, passwords (Argon2id), sign-in.

Passwords are hashed with argon2-cffi's defaults (Argon2id, memory-hard), the
well-kept standard; a stolen laptop's database does not give away passwords.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy.orm import Session, sessionmaker

from fieldkit.domain.ids import new_id
from fieldkit.domain.records import Office, Officer, Role
from fieldkit.services.clock import Clock
from fieldkit.services.errors import PermissionDeniedError, ServiceError
from fieldkit.services.offices import OfficeService
from fieldkit.store import repositories as repo

MIN_PASSWORD_LENGTH = 8


class SignInError(ServiceError):
    pass


@dataclass(frozen=True, slots=True)
class NewOfficer:
    name: str
    role: Role
    password: str


def check_password_strength(password: str) -> str | None:
    """An Indonesian message saying why ``password`` is too weak, or None."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return f"Kata sandi minimal {MIN_PASSWORD_LENGTH} karakter."
    if password.isdigit() or password.isalpha():
        return "Kata sandi harus berisi huruf dan angka."
    return None


class AuthService:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        offices: OfficeService,
        clock: Clock,
        *,
        hasher: PasswordHasher | None = None,
    ) -> None:
        self._sessions = sessions
        self._offices = offices
        self._clock = clock
        self._hasher = hasher or PasswordHasher()

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
            raise ServiceError("Laptop ini sudah diatur. Masuk dengan akun petugas.")
        if not any(o.role is Role.SUPERVISOR for o in officers):
            raise ServiceError("Buat minimal satu akun supervisor.")
        for o in officers:
            weak = check_password_strength(o.password)
            if weak:
                raise ServiceError(f"{o.name or 'Petugas'}: {weak}")
        office_clean = " ".join(office_name.split())
        if not office_clean:
            raise ServiceError("Nama kantor wajib diisi, misalnya 'DPMPTSP Kabupaten Bogor'.")
        if any(not " ".join(o.name.split()) for o in officers):
            raise ServiceError("Setiap petugas harus diberi nama.")
        if any(o.role not in {Role.OPERATOR, Role.SUPERVISOR} for o in officers):
            raise ServiceError("Petugas di laptop berperan operator atau supervisor.")
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
        return office, created

    def add_officer(self, actor: Officer, new: NewOfficer) -> Officer:
        if actor.role is not Role.SUPERVISOR:
            raise PermissionDeniedError("Hanya supervisor yang boleh menambah petugas.")
        weak = check_password_strength(new.password)
        if weak:
            raise ServiceError(weak)
        return self._offices.add_officer(
            actor.office_id, new.name, new.role, password_hash=self._hasher.hash(new.password)
        )

    def sign_in(self, officer_id: str, password: str) -> Officer:
        with self._sessions() as session:
            officer = repo.get_officer(session, officer_id)
            stored = repo.get_password_hash(session, officer_id)
        if officer is None or not officer.is_active or stored is None:
            raise SignInError("Akun petugas tidak ditemukan atau tidak aktif.")
        try:
            self._hasher.verify(stored, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            raise SignInError("Kata sandi salah. Periksa Caps Lock lalu coba lagi.") from None
        if self._hasher.check_needs_rehash(stored):
            with self._sessions.begin() as session:
                repo.set_password_hash(session, officer_id, self._hasher.hash(password))
        return officer

    def change_password(self, officer: Officer, old: str, new: str) -> None:
        self.sign_in(officer.id, old)
        weak = check_password_strength(new)
        if weak:
            raise ServiceError(weak)
        with self._sessions.begin() as session:
            repo.set_password_hash(session, officer.id, self._hasher.hash(new))
