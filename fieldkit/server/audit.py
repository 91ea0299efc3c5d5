"""Laptops' audit logs on the server: accept a batch only when it continues the stored chain.

A batch may repeat entries the server already holds (a retry after a cut): they are checked
against what is stored and skipped; an entry that differs from its stored copy means the
laptop's log was rewritten after it was sent, and the batch is refused. New entries must
start right after the stored head (else "audit.gap", with the head in ``offset`` so the
laptop resends from there) and must chain by hash from it (else "audit.broken_chain",
naming the first bad sequence number).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldkit.domain.audit import (
    GENESIS_HASH,
    AuditEntry,
    ChainVerdict,
    recomputed_hash,
    verify_chain,
)
from fieldkit.domain.messages import msg
from fieldkit.protocol.messages import AuditEntryWire, Reason
from fieldkit.server.errors import ApiError
from fieldkit.server.models import AuditEntryRow


@dataclass(frozen=True, slots=True)
class AuditHead:
    sequence: int  # 0: nothing stored yet
    hash: str


def _entry(row: AuditEntryRow) -> AuditEntry:
    details = json.loads(row.details)
    return AuditEntry(
        row.sequence,
        row.at,
        row.laptop_device_id,
        row.actor,
        row.action,
        row.target,
        details if isinstance(details, dict) else {},
        row.previous_hash,
        row.hash,
    )


def wire_entry(entry: AuditEntryWire) -> AuditEntry:
    return AuditEntry(
        entry.sequence,
        entry.at,
        entry.device_id,
        entry.actor,
        entry.action,
        entry.target,
        dict(entry.details),
        entry.previous_hash,
        entry.hash,
    )


def head(session: Session, device_id: str) -> AuditHead:
    row = session.scalars(
        select(AuditEntryRow)
        .where(AuditEntryRow.device_id == device_id)
        .order_by(AuditEntryRow.sequence.desc())
        .limit(1)
    ).first()
    return AuditHead(0, GENESIS_HASH) if row is None else AuditHead(row.sequence, row.hash)


def entries(session: Session, device_id: str, *, after: int = 0) -> list[AuditEntry]:
    rows = session.scalars(
        select(AuditEntryRow)
        .where(AuditEntryRow.device_id == device_id, AuditEntryRow.sequence > after)
        .order_by(AuditEntryRow.sequence)
    )
    return [_entry(r) for r in rows]


def verify_device(session: Session, device_id: str) -> ChainVerdict:
    """Check a device's whole stored chain (the back office's ``fieldkit-server audit``)."""
    return verify_chain(entries(session, device_id))


def _broken(verdict: ChainVerdict) -> ApiError:
    problem = str(verdict.problem) if verdict.problem else ""
    return ApiError(
        409,
        "audit.broken_chain",
        f"Catatan audit laptop ini rusak mulai entri nomor {verdict.first_bad}: {problem} "
        "Server tidak menerimanya. Laporkan ke admin kantor; jangan hapus data laptop.",
        errors=[Reason(field="sequence", code="audit.broken_chain", message=problem)],
    )


def store_batch(
    session: Session, device_id: str, batch: Sequence[AuditEntryWire], now: dt.datetime
) -> AuditHead:
    """Check ``batch`` against the stored chain and store what is new, in the caller's
    transaction; the new head, or ApiError 409 with nothing stored."""
    current = head(session, device_id)
    fresh: list[AuditEntry] = []
    for wire in batch:
        entry = wire_entry(wire)
        if entry.sequence <= current.sequence and not fresh:
            stored = session.get(AuditEntryRow, (device_id, entry.sequence))
            # the content is hashed again: a resent entry must be the one stored, not only
            # carry its hash
            if stored is None or recomputed_hash(entry) != stored.hash:
                raise _broken(_changed(entry.sequence))
            continue  # a resend of what the server holds: nothing to do
        fresh.append(entry)
    if not fresh:
        return current
    if fresh[0].sequence > current.sequence + 1:
        raise ApiError(
            409,
            "audit.gap",
            f"Server baru menyimpan catatan audit sampai entri nomor {current.sequence}; "
            f"kirim mulai entri nomor {current.sequence + 1}.",
            offset=current.sequence,
        )
    verdict = verify_chain(fresh, after_sequence=current.sequence, after_hash=current.hash)
    if not verdict.is_intact:
        raise _broken(verdict)
    for entry in fresh:
        session.add(
            AuditEntryRow(
                device_id=device_id,
                sequence=entry.sequence,
                at=entry.at,
                laptop_device_id=entry.device_id,
                actor=entry.actor,
                action=entry.action,
                target=entry.target,
                details=json.dumps(
                    dict(entry.details), sort_keys=True, separators=(",", ":"), ensure_ascii=False
                ),
                previous_hash=entry.previous_hash,
                hash=entry.hash,
                received_at=now,
            )
        )
    return AuditHead(verdict.last_sequence, verdict.last_hash)


def _changed(sequence: int) -> ChainVerdict:
    return ChainVerdict(
        0,
        sequence - 1,
        "",
        sequence,
        msg(
            "Entri nomor {number} berbeda dengan salinan yang sudah diterima server "
            "(catatan diubah sesudah dikirim).",
            number=sequence,
        ),
    )
