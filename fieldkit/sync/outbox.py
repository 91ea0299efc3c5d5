"""Choosing what to push next, and recording the server's answer per entry.

Entries go in ``seq`` order. An entry the server refused (conflict or invalid) stays, with
the reason, and blocks the later entries of the SAME entity (they were made on top of it);
other entities keep flowing. Rows are removed only for "applied" or "duplicate".
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Final

from sqlalchemy.orm import Session

from fieldkit.domain.status import ApplicationStatus
from fieldkit.protocol.messages import (
    MAX_BATCH_ENTRIES,
    MAX_PUSH_BYTES,
    Outcome,
    PushEntry,
    PushResult,
)
from fieldkit.store import repositories as repo
from fieldkit.store.repositories import OutboxEntry, StoredConflict

REFUSED_OUTCOMES: Final = frozenset({Outcome.CONFLICT.value, Outcome.INVALID.value})
# Leave room under the server's limit for the JSON around each payload.
_BATCH_BYTES: Final = MAX_PUSH_BYTES * 3 // 4


def is_blocked(entry: OutboxEntry, now: dt.datetime) -> bool:
    if entry.last_outcome in REFUSED_OUTCOMES:
        return True
    return entry.next_attempt_at is not None and entry.next_attempt_at > now


def next_batch(
    session: Session, now: dt.datetime, *, limit: int = MAX_BATCH_ENTRIES
) -> list[OutboxEntry]:
    """The next entries to push, oldest first, skipping blocked entities."""
    batch: list[OutboxEntry] = []
    blocked: set[str] = set()
    size = 0
    for entry in repo.outbox_entries(session):
        if entry.entity_id in blocked:
            continue
        if is_blocked(entry, now):
            blocked.add(entry.entity_id)
            continue
        entry_size = len(json.dumps(entry.payload)) + 200
        if batch and (len(batch) >= limit or size + entry_size > _BATCH_BYTES):
            break
        batch.append(entry)
        size += entry_size
    return batch


def sendable_count(session: Session, now: dt.datetime) -> int:
    blocked: set[str] = set()
    count = 0
    for entry in repo.outbox_entries(session):
        if entry.entity_id in blocked or is_blocked(entry, now):
            blocked.add(entry.entity_id)
            continue
        count += 1
    return count


def unsent_count(session: Session) -> int:
    """Entries the server has not answered yet, back-off or not: what a revoked laptop must
    still send before it wipes itself. Refused entries (and the later entries of their
    entity, which wait on a person) are answered and do not count."""
    refused: set[str] = set()
    count = 0
    for entry in repo.outbox_entries(session):
        if entry.entity_id in refused or entry.last_outcome in REFUSED_OUTCOMES:
            refused.add(entry.entity_id)
            continue
        count += 1
    return count


def wire_entry(entry: OutboxEntry) -> PushEntry:
    return PushEntry(
        idempotency_key=entry.idempotency_key,
        kind=entry.kind,
        entity_id=entry.entity_id,
        revision=entry.revision,
        payload=entry.payload,
    )


@dataclass
class BatchOutcome:
    applied: int = 0
    duplicates: int = 0
    conflicts: int = 0
    invalid: int = 0
    changed: set[str] = field(default_factory=set)


def reasons_text(result: PushResult) -> str:
    return "; ".join(r.message for r in result.reasons) or result.outcome.value


def record_results(
    session: Session, batch: list[OutboxEntry], results: list[PushResult], now: dt.datetime
) -> BatchOutcome:
    """Apply the server's answers to the outbox (in the caller's write transaction)."""
    by_key = {r.idempotency_key: r for r in results}
    outcome = BatchOutcome()
    refused_entities: set[str] = set()
    for entry in batch:
        result = by_key.get(entry.idempotency_key)
        if result is None:
            continue  # not answered: stays pending, sent again next time
        if result.outcome in (Outcome.APPLIED, Outcome.DUPLICATE):
            repo.remove_outbox_entry(session, entry.idempotency_key)
            is_applied = result.outcome is Outcome.APPLIED
            outcome.applied += is_applied
            outcome.duplicates += not is_applied
            repo.add_sync_history(
                session,
                entry.entity_id,
                event=result.outcome.value,
                at=now,
                revision=entry.revision,
            )
            if is_applied and result.revision is not None and result.status is not None:
                # The server's own step (queued -> received) comes back with the answer.
                previous = repo.apply_server_status(
                    session,
                    entry.entity_id,
                    status=ApplicationStatus(result.status),
                    revision=result.revision,
                    nib="",
                    reason_code=None,
                    reason_text="",
                    at=now,
                )
                if previous is not None:
                    outcome.changed.add(entry.entity_id)
            continue
        if entry.entity_id in refused_entities:
            continue  # refused because an earlier entry of it was: not its own fault
        if (
            result.outcome is Outcome.CONFLICT
            and entry.kind == "visit.upsert"
            and result.revision is not None
            and result.revision >= entry.revision
        ):
            # A visit has one writer, this laptop: the server holds a revision this laptop
            # no longer knows of (an older backup was restored). Send the same visit again
            # after it rather than leave the visit, and its closing, stuck.
            repo.remove_outbox_entry(session, entry.idempotency_key)
            repo.append_outbox(
                session,
                kind=entry.kind,
                entity_id=entry.entity_id,
                revision=result.revision + 1,
                payload=entry.payload,
                now=now,
            )
            repo.add_sync_history(
                session, entry.entity_id, event="resent", at=now, revision=result.revision + 1
            )
            continue
        refused_entities.add(entry.entity_id)
        text = reasons_text(result)
        repo.mark_outbox_entry(
            session,
            entry.idempotency_key,
            outcome=result.outcome.value,
            error=text,
            next_attempt_at=None,
        )
        repo.add_sync_history(
            session,
            entry.entity_id,
            event=result.outcome.value,
            at=now,
            revision=entry.revision,
            detail=text,
        )
        outcome.changed.add(entry.entity_id)
        if result.outcome is Outcome.CONFLICT:
            outcome.conflicts += 1
            if entry.kind.startswith("application."):
                repo.put_conflict(
                    session,
                    StoredConflict(
                        application_id=entry.entity_id,
                        idempotency_key=entry.idempotency_key,
                        local_revision=entry.revision,
                        server_revision=result.revision or 0,
                        server_status=result.status.value if result.status else "",
                        server_snapshot=result.current or {},
                        at=now,
                    ),
                )
        else:
            outcome.invalid += 1
    return outcome
