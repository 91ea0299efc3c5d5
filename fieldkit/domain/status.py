"""The application state machine: which status changes are allowed, and who may make them."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import TYPE_CHECKING

from fieldkit.domain.messages import label, msg
from fieldkit.domain.problems import Problem, error

if TYPE_CHECKING:
    from fieldkit.domain.records import Role


class ApplicationStatus(enum.StrEnum):
    DRAFT = "draft"
    READY = "ready"
    QUEUED = "queued"
    RECEIVED = "received"
    IN_PROCESS = "in_process"
    NIB_ISSUED = "nib_issued"
    NEEDS_FIX = "needs_fix"
    REJECTED = "rejected"


STATUS_LABELS: dict[ApplicationStatus, str] = {
    ApplicationStatus.DRAFT: "Draf",
    ApplicationStatus.READY: "Siap",
    ApplicationStatus.QUEUED: "Menunggu sinkron",
    ApplicationStatus.RECEIVED: "Diterima kantor",
    ApplicationStatus.IN_PROCESS: "Diproses di OSS",
    ApplicationStatus.NIB_ISSUED: "NIB terbit",
    ApplicationStatus.NEEDS_FIX: "Perlu perbaikan",
    ApplicationStatus.REJECTED: "Ditolak",
}


class ReasonCode(enum.StrEnum):
    """Coded reasons for needs_fix and rejected, so reports can count them."""

    NIK_REFUSED = "nik_refused"  # Dukcapil refused the NIK: refer to Disdukcapil
    HAS_NIB = "has_nib"  # one NIB per business owner
    KBLI_NOT_OPEN = "kbli_not_open"  # KBLI not open to this scale
    OSS_UNAVAILABLE = "oss_unavailable"  # retry later
    DATA_CORRECTION = "data_correction"
    OTHER = "other"


REASON_LABELS: dict[ReasonCode, str] = {
    ReasonCode.NIK_REFUSED: "NIK ditolak Dukcapil (rujuk ke Disdukcapil)",
    ReasonCode.HAS_NIB: "Sudah memiliki NIB",
    ReasonCode.KBLI_NOT_OPEN: "KBLI tidak terbuka untuk skala usaha ini",
    ReasonCode.OSS_UNAVAILABLE: "OSS tidak tersedia (coba lagi)",
    ReasonCode.DATA_CORRECTION: "Data perlu dikoreksi",
    ReasonCode.OTHER: "Alasan lain",
}


@dataclass(frozen=True, slots=True)
class Transition:
    source: ApplicationStatus
    target: ApplicationStatus
    roles: frozenset[str]  # Role values
    needs_reason: bool = False
    needs_nib: bool = False


def _t(
    source: ApplicationStatus,
    target: ApplicationStatus,
    *roles: str,
    needs_reason: bool = False,
    needs_nib: bool = False,
) -> Transition:
    return Transition(source, target, frozenset(roles), needs_reason, needs_nib)


S = ApplicationStatus
_FIELD = ("operator", "supervisor")
_OFFICE = ("back_office", "system")

TRANSITIONS: tuple[Transition, ...] = (
    _t(S.DRAFT, S.READY, *_FIELD),
    _t(S.READY, S.DRAFT, *_FIELD),  # reopen for an edit before the receipt is printed
    _t(S.READY, S.QUEUED, *_FIELD),  # receipt printed, waiting for sync
    _t(S.QUEUED, S.RECEIVED, *_OFFICE),
    _t(S.RECEIVED, S.IN_PROCESS, *_OFFICE),
    _t(S.RECEIVED, S.NEEDS_FIX, *_OFFICE, needs_reason=True),
    _t(S.RECEIVED, S.REJECTED, *_OFFICE, needs_reason=True),
    _t(S.IN_PROCESS, S.NIB_ISSUED, *_OFFICE, needs_nib=True),
    _t(S.IN_PROCESS, S.NEEDS_FIX, *_OFFICE, needs_reason=True),
    _t(S.IN_PROCESS, S.REJECTED, *_OFFICE, needs_reason=True),
    _t(S.NEEDS_FIX, S.DRAFT, *_FIELD),  # the officer takes it back to fix it
)

_BY_PAIR = {(t.source, t.target): t for t in TRANSITIONS}

EDITABLE_STATUSES = frozenset({S.DRAFT, S.NEEDS_FIX})


def allowed_targets(source: ApplicationStatus, role: Role | str) -> list[ApplicationStatus]:
    """The statuses ``role`` may move an application in ``source`` to, in table order."""
    return [t.target for t in TRANSITIONS if t.source is source and str(role) in t.roles]


def check_transition(
    source: ApplicationStatus,
    target: ApplicationStatus,
    role: Role | str,
    *,
    reason: ReasonCode | None = None,
    nib: str = "",
) -> list[Problem]:
    """Every reason ``role`` may not change ``source`` to ``target``; empty when allowed."""
    t = _BY_PAIR.get((source, target))
    if t is None:
        return [
            error(
                "status",
                "status.transition",
                msg(
                    "Status tidak bisa diubah dari '{source}' ke '{target}'.",
                    source=label(STATUS_LABELS[source]),
                    target=label(STATUS_LABELS[target]),
                ),
            )
        ]
    problems: list[Problem] = []
    if str(role) not in t.roles:
        problems.append(
            error(
                "status",
                "status.role",
                msg(
                    "Peran Anda tidak boleh mengubah status ke '{target}'.",
                    target=label(STATUS_LABELS[target]),
                ),
            )
        )
    if t.needs_reason and reason is None:
        problems.append(
            error("reason", "status.reason_required", msg("Pilih alasan perubahan status ini."))
        )
    # isascii(): str.isdigit() alone accepts full-width and other non-ASCII digits.
    if t.needs_nib and not (len(nib) == 13 and nib.isascii() and nib.isdigit()):
        problems.append(
            error(
                "nib", "status.nib_format", msg("NIB harus 13 digit angka. Periksa nomor dari OSS.")
            )
        )
    return problems
