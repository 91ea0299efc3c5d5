"""The audit log's entries, their canonical encoding and hash chain, and chain verification.

Each entry's hash is SHA-256 over a canonical JSON encoding (sorted keys, no spaces, UTF-8) of
every field but the hash itself, including the previous entry's hash: changing, removing,
inserting or reordering an entry breaks the chain at that entry. The laptop keeps the chain;
the server receives it and checks that each batch continues what it already holds, so what was
synced cannot be rewritten on the laptop afterwards.

Entries never carry personal data: the target is an id (application, officer, visit), and
``details`` holds short codes and numbers (a status, a format, a count), never a NIK or a name.
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Final

from fieldkit.domain.messages import Text, msg

GENESIS_HASH: Final = "0" * 64
UNKNOWN_ACTOR: Final = "unknown"  # a failed sign-in names no officer that proved who they are
MAX_DETAIL_LENGTH: Final = 120

DetailValue = str | int | bool | None


class AuditAction(enum.StrEnum):
    APPLICATION_CREATE = "application.create"
    APPLICATION_EDIT = "application.edit"
    APPLICATION_STATUS = "application.status"
    APPLICATION_ACKNOWLEDGE = "application.acknowledge"
    DOCUMENT_ATTACH = "document.attach"
    DOCUMENT_REMOVE = "document.remove"
    RECEIPT_PRINT = "receipt.print"
    RECEIPT_REPRINT = "receipt.reprint"
    REPORT_EXPORT = "report.export"
    VISIT_OPEN = "visit.open"
    VISIT_CLOSE = "visit.close"
    SIGN_IN = "auth.sign_in"
    SIGN_IN_FAILED = "auth.sign_in_failed"
    OFFICER_ADD = "officer.add"
    OFFICER_REMOVE = "officer.remove"
    OFFICER_PASSWORD = "officer.password"
    OFFICER_UNLOCK = "officer.unlock"
    SETTINGS_CHANGE = "settings.change"
    AUDIT_VERIFY = "audit.verify"


ACTION_LABELS: Final[dict[AuditAction, str]] = {
    AuditAction.APPLICATION_CREATE: "Permohonan dibuat",
    AuditAction.APPLICATION_EDIT: "Permohonan diubah",
    AuditAction.APPLICATION_STATUS: "Status diubah",
    AuditAction.APPLICATION_ACKNOWLEDGE: "Peringatan dikonfirmasi",
    AuditAction.DOCUMENT_ATTACH: "Dokumen dilampirkan",
    AuditAction.DOCUMENT_REMOVE: "Dokumen dilepas",
    AuditAction.RECEIPT_PRINT: "Tanda terima dicetak",
    AuditAction.RECEIPT_REPRINT: "Salinan tanda terima dicetak",
    AuditAction.REPORT_EXPORT: "Laporan diekspor",
    AuditAction.VISIT_OPEN: "Kunjungan dibuka",
    AuditAction.VISIT_CLOSE: "Kunjungan ditutup",
    AuditAction.SIGN_IN: "Masuk",
    AuditAction.SIGN_IN_FAILED: "Gagal masuk",
    AuditAction.OFFICER_ADD: "Petugas ditambahkan",
    AuditAction.OFFICER_REMOVE: "Petugas dihapus",
    AuditAction.OFFICER_PASSWORD: "Kata sandi petugas diubah",
    AuditAction.OFFICER_UNLOCK: "Kunci akun petugas dibuka",
    AuditAction.SETTINGS_CHANGE: "Pengaturan diubah",
    AuditAction.AUDIT_VERIFY: "Catatan audit diperiksa",
}

# A detail value is a short code, a number or a flag; anything with 12+ digits in a row (a NIK
# has 16, an NPWP 15) is refused so a careless caller cannot put personal data in the log.
_LONG_NUMBER = re.compile(r"\d{12,}")
_DETAIL_KEY = re.compile(r"[a-z][a-z0-9_]{0,31}")


@dataclass(frozen=True, slots=True)
class AuditRecord:
    """What a service asks to record; the store gives it a sequence number, time and hashes."""

    action: AuditAction
    actor: str  # officer id, or UNKNOWN_ACTOR
    target: str = ""  # application / visit / officer id, or a setting key
    details: Mapping[str, DetailValue] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class AuditEntry:
    sequence: int
    at: str  # UTC, ISO 8601 with microseconds and "Z": exactly what was hashed
    device_id: str
    actor: str
    action: str
    target: str
    details: Mapping[str, DetailValue]
    previous_hash: str
    hash: str


def format_time(moment: dt.datetime) -> str:
    """The canonical UTC time text of an entry (naive datetimes are taken as UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_time(text: str) -> dt.datetime:
    return dt.datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=dt.UTC)


def check_details(details: Mapping[str, DetailValue]) -> dict[str, DetailValue]:
    """The details as a plain dict, or ValueError when one could hold personal data."""
    clean: dict[str, DetailValue] = {}
    for key, value in details.items():
        if not _DETAIL_KEY.fullmatch(key):
            raise ValueError(f"audit detail key {key!r} is not a short snake_case code")
        if value is not None and not isinstance(value, str | int | bool):
            raise ValueError(f"audit detail {key!r} must be a string, number or flag")
        if isinstance(value, str) and (
            len(value) > MAX_DETAIL_LENGTH or _LONG_NUMBER.search(value)
        ):
            raise ValueError(f"audit detail {key!r} is too long or holds a long number")
        clean[key] = value
    return clean


def canonical_bytes(
    *,
    sequence: int,
    at: str,
    device_id: str,
    actor: str,
    action: str,
    target: str,
    details: Mapping[str, DetailValue],
    previous_hash: str,
) -> bytes:
    body = {
        "action": action,
        "actor": actor,
        "at": at,
        "details": dict(details),
        "device": device_id,
        "previous": previous_hash,
        "seq": sequence,
        "target": target,
    }
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def entry_hash(
    *,
    sequence: int,
    at: str,
    device_id: str,
    actor: str,
    action: str,
    target: str,
    details: Mapping[str, DetailValue],
    previous_hash: str,
) -> str:
    return hashlib.sha256(
        canonical_bytes(
            sequence=sequence,
            at=at,
            device_id=device_id,
            actor=actor,
            action=action,
            target=target,
            details=details,
            previous_hash=previous_hash,
        )
    ).hexdigest()


def next_entry(
    record: AuditRecord,
    *,
    previous: AuditEntry | None,
    device_id: str,
    at: dt.datetime,
) -> AuditEntry:
    """The entry that follows ``previous`` (None: the first of the chain)."""
    details = check_details(record.details)
    sequence = 1 if previous is None else previous.sequence + 1
    previous_hash = GENESIS_HASH if previous is None else previous.hash
    at_text = format_time(at)
    digest = entry_hash(
        sequence=sequence,
        at=at_text,
        device_id=device_id,
        actor=record.actor,
        action=str(record.action),
        target=record.target,
        details=details,
        previous_hash=previous_hash,
    )
    return AuditEntry(
        sequence,
        at_text,
        device_id,
        record.actor,
        str(record.action),
        record.target,
        details,
        previous_hash,
        digest,
    )


def recomputed_hash(entry: AuditEntry) -> str:
    return entry_hash(
        sequence=entry.sequence,
        at=entry.at,
        device_id=entry.device_id,
        actor=entry.actor,
        action=entry.action,
        target=entry.target,
        details=entry.details,
        previous_hash=entry.previous_hash,
    )


@dataclass(frozen=True, slots=True)
class ChainVerdict:
    """The result of checking a chain: ``first_bad`` is None when every entry holds."""

    checked: int
    last_sequence: int
    last_hash: str
    first_bad: int | None = None
    problem: Text | None = None  # what is wrong at ``first_bad``

    @property
    def is_intact(self) -> bool:
        return self.first_bad is None


def verify_chain(
    entries: Iterable[AuditEntry],
    *,
    after_sequence: int = 0,
    after_hash: str = GENESIS_HASH,
    highest_issued: int | None = None,
) -> ChainVerdict:
    """Check ``entries`` (in stored order) continue the chain after ``after_sequence``.

    ``highest_issued``: the highest sequence number the store ever handed out, when known
    (SQLite keeps it apart from the rows); a chain ending below it lost its last entries.
    """
    expected_seq = after_sequence + 1
    expected_previous = after_hash
    checked = 0
    for entry in entries:
        if entry.sequence != expected_seq:
            if entry.sequence > expected_seq:
                problem = msg(
                    "Entri nomor {first} sampai {last} hilang (dihapus).",
                    first=expected_seq,
                    last=entry.sequence - 1,
                )
            else:
                problem = msg(
                    "Entri nomor {found} muncul di tempat entri nomor {expected} "
                    "(urutan diubah atau entri disisipkan).",
                    found=entry.sequence,
                    expected=expected_seq,
                )
            return ChainVerdict(checked, expected_seq - 1, expected_previous, expected_seq, problem)
        if entry.previous_hash != expected_previous:
            return ChainVerdict(
                checked,
                expected_seq - 1,
                expected_previous,
                entry.sequence,
                msg(
                    "Entri nomor {number} tidak menyambung ke entri sebelumnya "
                    "(entri disisipkan, dihapus atau urutannya diubah).",
                    number=entry.sequence,
                ),
            )
        if recomputed_hash(entry) != entry.hash:
            return ChainVerdict(
                checked,
                expected_seq - 1,
                expected_previous,
                entry.sequence,
                msg(
                    "Isi entri nomor {number} sudah diubah sesudah dicatat.", number=entry.sequence
                ),
            )
        checked += 1
        expected_previous = entry.hash
        expected_seq += 1
    last = expected_seq - 1
    if highest_issued is not None and highest_issued > last:
        return ChainVerdict(
            checked,
            last,
            expected_previous,
            last + 1,
            msg(
                "Entri nomor {first} sampai {last} hilang (dihapus dari akhir catatan).",
                first=last + 1,
                last=highest_issued,
            ),
        )
    return ChainVerdict(checked, last, expected_previous)


def verdict_text(verdict: ChainVerdict) -> Text:
    """The verdict in a sentence, for the supervisor's screen and the command line."""
    if verdict.is_intact:
        return msg(
            "Catatan audit utuh: {checked} entri diperiksa, terakhir nomor {last}.",
            checked=verdict.checked,
            last=verdict.last_sequence,
        )
    return msg(
        "Catatan audit RUSAK mulai entri nomor {first_bad}: {problem} Entri sampai nomor "
        "{last} masih utuh. Laporkan ke kantor dan jangan menghapus data laptop ini.",
        first_bad=verdict.first_bad or 0,
        problem=verdict.problem or msg("Entri tidak sah."),
        last=verdict.last_sequence,
    )
