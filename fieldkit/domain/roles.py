"""Who may do what on the laptop: the one table of role permissions the services enforce.

The services refuse an action with :func:`refusal` and the UI asks :func:`is_allowed` to hide
or disable the matching control, so a button hidden for an operator and the service that refuses
them can never disagree.

Operators do the field work: register applicants, fix their data, attach documents, mark an
application ready, print its receipt and close the day they worked (issues 3 and 7: the
operator's close-of-day flow ends with that day's report). The decisions that vouch for the data
are the supervisor's (issue 8): changing an application someone already declared ready,
overriding (acknowledging) a validation warning, reading reports beyond the day being closed,
managing officers and office settings, and checking the audit log.
"""

from __future__ import annotations

import enum
from typing import Final

from fieldkit.domain.messages import Text, msg
from fieldkit.domain.records import Officer, Role


class Permission(enum.StrEnum):
    REGISTER = "register"  # new application, edit a draft or needs-fix one, attach documents
    MARK_READY = "mark_ready"
    PRINT_RECEIPT = "print_receipt"
    OPEN_VISIT = "open_visit"
    EDIT_AFTER_READY = "edit_after_ready"  # edit, reopen or change documents once "ready"
    ACKNOWLEDGE_WARNING = "acknowledge_warning"  # override a validation warning
    CLOSE_VISIT = "close_visit"
    VIEW_REPORTS = "view_reports"  # reports and their exports (PDF, CSV, XLSX)
    MANAGE_OFFICERS = "manage_officers"  # add, remove, reset passwords, unlock
    CHANGE_SETTINGS = "change_settings"  # office policy such as required documents
    VERIFY_AUDIT = "verify_audit"


_FIELD: Final = frozenset({Role.OPERATOR, Role.SUPERVISOR})
_SUPERVISOR: Final = frozenset({Role.SUPERVISOR})

PERMISSIONS: Final[dict[Permission, frozenset[Role]]] = {
    Permission.REGISTER: _FIELD,
    Permission.MARK_READY: _FIELD,
    Permission.PRINT_RECEIPT: _FIELD,
    Permission.OPEN_VISIT: _FIELD,
    Permission.EDIT_AFTER_READY: _SUPERVISOR,
    Permission.ACKNOWLEDGE_WARNING: _SUPERVISOR,
    Permission.CLOSE_VISIT: _FIELD,
    Permission.VIEW_REPORTS: _SUPERVISOR,
    Permission.MANAGE_OFFICERS: _SUPERVISOR,
    Permission.CHANGE_SETTINGS: _SUPERVISOR,
    Permission.VERIFY_AUDIT: _SUPERVISOR,
}

# Each says what to do instead; translatable texts (fieldkit/domain/messages.py).
REFUSALS: Final[dict[Permission, Text]] = {
    Permission.REGISTER: msg("Hanya operator atau supervisor yang boleh mengubah data."),
    Permission.MARK_READY: msg(
        "Hanya operator atau supervisor yang boleh menandai permohonan Siap."
    ),
    Permission.PRINT_RECEIPT: msg(
        "Hanya operator atau supervisor yang boleh mencetak tanda terima."
    ),
    Permission.OPEN_VISIT: msg("Hanya operator atau supervisor yang boleh membuka kunjungan."),
    Permission.EDIT_AFTER_READY: msg(
        "Permohonan ini sudah ditandai Siap: hanya supervisor yang boleh mengubahnya. "
        "Minta supervisor masuk (Ganti petugas) untuk mengubahnya."
    ),
    Permission.ACKNOWLEDGE_WARNING: msg(
        "Hanya supervisor yang boleh mengonfirmasi peringatan. Perbaiki isiannya, atau minta "
        "supervisor masuk (Ganti petugas) untuk mengonfirmasinya."
    ),
    Permission.CLOSE_VISIT: msg("Hanya operator atau supervisor yang boleh menutup kunjungan."),
    Permission.VIEW_REPORTS: msg("Hanya supervisor yang dapat melihat laporan."),
    Permission.MANAGE_OFFICERS: msg("Hanya supervisor yang boleh mengelola akun petugas."),
    Permission.CHANGE_SETTINGS: msg("Hanya supervisor yang boleh mengubah pengaturan kantor."),
    Permission.VERIFY_AUDIT: msg("Hanya supervisor yang boleh memeriksa catatan audit."),
}


def is_allowed(role: Role | str | None, permission: Permission) -> bool:
    """True when an officer in ``role`` may do ``permission`` (None: nobody signed in)."""
    if role is None:
        return False
    try:
        return Role(role) in PERMISSIONS[permission]
    except ValueError:
        return False


def refusal(actor: Officer | None, permission: Permission) -> Text | None:
    """The message refusing ``actor`` (inactive counts as refused), or None."""
    if actor is not None and actor.is_active and is_allowed(actor.role, permission):
        return None
    return REFUSALS[permission]
