"""The application state machine: allowed changes, who may make them, reasons and NIB."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fieldkit.domain.records import Role
from fieldkit.domain.status import (
    EDITABLE_STATUSES,
    REASON_LABELS,
    STATUS_LABELS,
    TRANSITIONS,
    ApplicationStatus,
    ReasonCode,
    allowed_targets,
    check_transition,
)

S = ApplicationStatus
NIB = "9120001234567"
FIELD_ROLES = (Role.OPERATOR, Role.SUPERVISOR)
OFFICE_ROLES = (Role.BACK_OFFICE, Role.SYSTEM)


def codes(
    source: S, target: S, role: Role, *, reason: ReasonCode | None = None, nib: str = ""
) -> list[str]:
    return [p.code for p in check_transition(source, target, role, reason=reason, nib=nib)]


def test_every_status_and_reason_has_an_indonesian_label() -> None:
    assert set(STATUS_LABELS) == set(ApplicationStatus)
    assert set(REASON_LABELS) == set(ReasonCode)


def test_transition_table_has_no_duplicate_pairs() -> None:
    pairs = [(t.source, t.target) for t in TRANSITIONS]
    assert len(pairs) == len(set(pairs))


@pytest.mark.parametrize("role", FIELD_ROLES)
def test_field_officers_follow_the_laptop_part_of_the_life_cycle(role: Role) -> None:
    assert allowed_targets(S.DRAFT, role) == [S.READY]
    assert allowed_targets(S.READY, role) == [S.DRAFT, S.QUEUED]
    assert allowed_targets(S.NEEDS_FIX, role) == [S.DRAFT]
    assert allowed_targets(S.QUEUED, role) == []
    assert allowed_targets(S.IN_PROCESS, role) == []


@pytest.mark.parametrize("role", OFFICE_ROLES)
def test_back_office_and_sync_follow_the_server_part(role: Role) -> None:
    assert allowed_targets(S.QUEUED, role) == [S.RECEIVED]
    assert allowed_targets(S.RECEIVED, role) == [S.IN_PROCESS, S.NEEDS_FIX, S.REJECTED]
    assert allowed_targets(S.IN_PROCESS, role) == [S.NIB_ISSUED, S.NEEDS_FIX, S.REJECTED]
    assert allowed_targets(S.DRAFT, role) == []


@pytest.mark.parametrize("final", [S.NIB_ISSUED, S.REJECTED])
def test_final_statuses_go_nowhere(final: S) -> None:
    for role in Role:
        assert allowed_targets(final, role) == []


def test_roles_may_be_given_as_strings() -> None:
    assert allowed_targets(S.DRAFT, "operator") == [S.READY]
    assert check_transition(S.DRAFT, S.READY, "supervisor") == []


def test_a_change_not_in_the_table_is_refused_with_labels() -> None:
    [problem] = check_transition(S.DRAFT, S.NIB_ISSUED, Role.BACK_OFFICE, nib=NIB)
    assert problem.code == "status.transition"
    assert "'Draf'" in problem.message
    assert "'NIB terbit'" in problem.message


def test_the_wrong_role_is_refused() -> None:
    assert codes(S.QUEUED, S.RECEIVED, Role.OPERATOR) == ["status.role"]
    assert codes(S.DRAFT, S.READY, Role.BACK_OFFICE) == ["status.role"]


def test_needs_fix_and_rejected_need_a_reason() -> None:
    assert codes(S.RECEIVED, S.NEEDS_FIX, Role.BACK_OFFICE) == ["status.reason_required"]
    assert codes(S.IN_PROCESS, S.REJECTED, Role.SYSTEM) == ["status.reason_required"]
    assert codes(S.IN_PROCESS, S.REJECTED, Role.SYSTEM, reason=ReasonCode.HAS_NIB) == []


def test_wrong_role_and_missing_reason_are_reported_together() -> None:
    assert codes(S.RECEIVED, S.REJECTED, Role.OPERATOR) == [
        "status.role",
        "status.reason_required",
    ]


@pytest.mark.parametrize(
    "nib", ["", "912000123456", "91200012345678", "912000123456X", "９１２０００１２３４５６７"]
)
def test_nib_issued_needs_13_ascii_digits(nib: str) -> None:
    assert codes(S.IN_PROCESS, S.NIB_ISSUED, Role.BACK_OFFICE, nib=nib) == ["status.nib_format"]


def test_nib_issued_with_a_nib_is_allowed() -> None:
    assert check_transition(S.IN_PROCESS, S.NIB_ISSUED, Role.SYSTEM, nib=NIB) == []


def test_only_draft_and_needs_fix_are_editable() -> None:
    assert EDITABLE_STATUSES == {S.DRAFT, S.NEEDS_FIX}


@given(
    st.sampled_from(S),
    st.sampled_from(S),
    st.sampled_from(Role),
    st.none() | st.sampled_from(ReasonCode),
    st.text(),
)
def test_allowed_exactly_when_table_role_reason_and_nib_agree(
    source: S, target: S, role: Role, reason: ReasonCode | None, nib: str
) -> None:
    problems = check_transition(source, target, role, reason=reason, nib=nib)
    row = next((t for t in TRANSITIONS if (t.source, t.target) == (source, target)), None)
    is_allowed = (
        row is not None
        and role.value in row.roles
        and (reason is not None or not row.needs_reason)
        and (not row.needs_nib or (len(nib) == 13 and nib.isascii() and nib.isdigit()))
    )
    assert (problems == []) == is_allowed
    assert all(p.is_error for p in problems)


def test_allowed_targets_agree_with_check_transition() -> None:
    for source, role in itertools.product(S, Role):
        for target in S:
            is_listed = target in allowed_targets(source, role)
            problems = check_transition(source, target, role, reason=ReasonCode.OTHER, nib=NIB)
            assert is_listed == (problems == [])
