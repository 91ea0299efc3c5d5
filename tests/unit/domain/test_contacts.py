"""Contacts shared between applications of one visit are flagged as warnings."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from fieldkit.domain.problems import Severity
from fieldkit.domain.validation.contacts import PeerContact, duplicate_contacts

PEERS = (
    PeerContact("app-1", email="budi@gmail.com", mobile="+6281234567890"),
    PeerContact("app-2", email="sari@yahoo.co.id", mobile="+6285712345678"),
)


def test_unique_contacts_pass() -> None:
    assert duplicate_contacts(email="wayan@gmail.com", mobile="+6281100000000", peers=PEERS) == []


def test_shared_email_warns_on_the_email_field() -> None:
    [problem] = duplicate_contacts(email="BUDI@gmail.com", mobile="", peers=PEERS)
    assert (problem.field, problem.code) == ("email", "contact.duplicate_email")
    assert problem.severity is Severity.WARNING
    assert "1 permohonan" in problem.message


def test_shared_phone_warns_on_the_mobile_field() -> None:
    [problem] = duplicate_contacts(email="", mobile="+6285712345678", peers=PEERS)
    assert (problem.field, problem.code) == ("mobile", "contact.duplicate_phone")


def test_both_shared_give_both_warnings() -> None:
    problems = duplicate_contacts(email="budi@gmail.com", mobile="+6285712345678", peers=PEERS)
    assert [p.code for p in problems] == ["contact.duplicate_email", "contact.duplicate_phone"]


def test_empty_contacts_never_match_empty_peers() -> None:
    peers = (PeerContact("app-3"),)
    assert duplicate_contacts(email="", mobile="", peers=peers) == []


def test_counts_each_other_application_once() -> None:
    peers = (*PEERS, PeerContact("app-3", email="budi@gmail.com"))
    [problem] = duplicate_contacts(email="budi@gmail.com", mobile="", peers=peers)
    assert "2 permohonan" in problem.message


@given(st.text(), st.text(), st.lists(st.builds(PeerContact, st.text(), st.text(), st.text())))
def test_warns_exactly_when_a_peer_shares_a_contact(
    email: str, mobile: str, peers: list[PeerContact]
) -> None:
    problems = duplicate_contacts(email=email, mobile=mobile, peers=peers)
    assert all(p.severity is Severity.WARNING for p in problems)
    shares_email = bool(email.strip()) and any(
        p.email.strip().casefold() == email.strip().casefold() for p in peers
    )
    shares_phone = bool(mobile.strip()) and any(p.mobile.strip() == mobile.strip() for p in peers)
    assert ("contact.duplicate_email" in [p.code for p in problems]) == shares_email
    assert ("contact.duplicate_phone" in [p.code for p in problems]) == shares_phone
