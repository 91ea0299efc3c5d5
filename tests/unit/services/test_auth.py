"""Local accounts: first-run setup is all-or-nothing, passwords are checked and hashed."""

from __future__ import annotations

import pytest
from argon2 import PasswordHasher

from fieldkit.domain.records import Role
from fieldkit.services.auth import AuthService, NewOfficer, SignInError
from fieldkit.services.errors import PermissionDeniedError, ServiceError
from fieldkit.services.offices import OfficeService
from fieldkit.store import repositories as repo
from fieldkit.store.local import LocalStore
from tests.fakes import FakeClock

FAST = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


@pytest.fixture
def auth(store: LocalStore, clock: FakeClock) -> AuthService:
    return AuthService(store.sessions, OfficeService(store.sessions, clock), clock, hasher=FAST)


def test_set_up_creates_office_and_officers_with_hashed_passwords(
    auth: AuthService, store: LocalStore
) -> None:
    office, officers = auth.set_up(
        office_name="  DPMPTSP   Kabupaten Bogor ",
        officers=[
            NewOfficer("Dewi Lestari", Role.SUPERVISOR, "rahasia123"),
            NewOfficer("Budi", Role.OPERATOR, "budi2026ok"),
        ],
    )
    assert office.name == "DPMPTSP Kabupaten Bogor"
    assert not auth.needs_setup()
    with store.sessions() as session:
        stored = repo.get_password_hash(session, officers[0].id)
    assert stored is not None
    assert "rahasia123" not in stored
    assert auth.sign_in(officers[1].id, "budi2026ok") == officers[1]


@pytest.mark.parametrize(
    ("officers", "message"),
    [
        ([NewOfficer("Budi", Role.OPERATOR, "budi2026ok")], "supervisor"),
        ([NewOfficer("Dewi", Role.SUPERVISOR, "pendek1")], "minimal 8"),
        ([NewOfficer("Dewi", Role.SUPERVISOR, "rahasiasaja")], "huruf dan angka"),
        (
            [
                NewOfficer("Dewi", Role.SUPERVISOR, "rahasia123"),
                NewOfficer("   ", Role.OPERATOR, "rahasia123"),
            ],
            "diberi nama",
        ),
    ],
)
def test_failed_set_up_leaves_nothing_behind(
    auth: AuthService, officers: list[NewOfficer], message: str
) -> None:
    with pytest.raises(ServiceError, match=message):
        auth.set_up(office_name="DPMPTSP Bogor", officers=officers)
    assert auth.needs_setup()  # the next try can still set the laptop up


def test_wrong_password_and_password_change(auth: AuthService) -> None:
    _, (dewi,) = auth.set_up(
        office_name="DPMPTSP Bogor",
        officers=[NewOfficer("Dewi", Role.SUPERVISOR, "rahasia123")],
    )
    with pytest.raises(SignInError, match="Kata sandi salah"):
        auth.sign_in(dewi.id, "rahasia124")
    auth.change_password(dewi, "rahasia123", "baru2026ya")
    with pytest.raises(SignInError):
        auth.sign_in(dewi.id, "rahasia123")
    assert auth.sign_in(dewi.id, "baru2026ya") == dewi


def test_only_a_supervisor_adds_officers(auth: AuthService) -> None:
    _, (dewi, budi) = auth.set_up(
        office_name="DPMPTSP Bogor",
        officers=[
            NewOfficer("Dewi", Role.SUPERVISOR, "rahasia123"),
            NewOfficer("Budi", Role.OPERATOR, "budi2026ok"),
        ],
    )
    with pytest.raises(PermissionDeniedError):
        auth.add_officer(budi, NewOfficer("Sari", Role.OPERATOR, "sari2026ok"))
    sari = auth.add_officer(dewi, NewOfficer("Sari", Role.OPERATOR, "sari2026ok"))
    assert auth.sign_in(sari.id, "sari2026ok").name == "Sari"
