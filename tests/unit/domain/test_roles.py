"""The role table: what an operator and a supervisor may do, and what nobody else may."""

from __future__ import annotations

import pytest

from fieldkit.domain.records import Officer, Role
from fieldkit.domain.roles import PERMISSIONS, REFUSALS, Permission, is_allowed, refusal

# The issue's list (issue 8): these are the supervisor's; the rest is the operators' field work.
# Closing the day stays with the operators (issues 3 and 7: their close-of-day flow).
SUPERVISOR_ONLY = {
    Permission.EDIT_AFTER_READY,
    Permission.ACKNOWLEDGE_WARNING,
    Permission.VIEW_REPORTS,
    Permission.MANAGE_OFFICERS,
    Permission.CHANGE_SETTINGS,
    Permission.VERIFY_AUDIT,
}


@pytest.mark.parametrize("permission", list(Permission))
@pytest.mark.parametrize("role", list(Role))
def test_each_permission_for_each_role(permission: Permission, role: Role) -> None:
    if role in {Role.BACK_OFFICE, Role.SYSTEM}:
        expected = False  # never signs in on a laptop
    elif role is Role.SUPERVISOR:
        expected = True
    else:
        expected = permission not in SUPERVISOR_ONLY
    assert is_allowed(role, permission) is expected
    assert is_allowed(str(role), permission) is expected
    officer = Officer("o1", "k1", "Nama", role)
    assert (refusal(officer, permission) is None) is expected


def test_every_permission_has_a_rule_and_a_message() -> None:
    assert set(PERMISSIONS) == set(Permission) == set(REFUSALS)
    for text in REFUSALS.values():
        assert str(text).endswith(".")


def test_nobody_and_inactive_officers_and_unknown_roles_are_refused() -> None:
    supervisor = Officer("o1", "k1", "Nama", Role.SUPERVISOR, is_active=False)
    assert refusal(supervisor, Permission.VIEW_REPORTS) == REFUSALS[Permission.VIEW_REPORTS]
    assert refusal(None, Permission.REGISTER) is not None
    assert not is_allowed(None, Permission.REGISTER)
    assert not is_allowed("admin", Permission.REGISTER)
