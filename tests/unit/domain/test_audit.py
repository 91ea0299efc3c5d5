"""The audit chain: canonical hashing, and verification that finds the first bad entry."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json

import pytest

from fieldkit.domain.audit import (
    GENESIS_HASH,
    AuditAction,
    AuditEntry,
    AuditRecord,
    DetailValue,
    canonical_bytes,
    check_details,
    format_time,
    next_entry,
    parse_time,
    verdict_text,
    verify_chain,
)

T0 = dt.datetime(2026, 11, 25, 2, 0, tzinfo=dt.UTC)


def chain(n: int) -> list[AuditEntry]:
    entries: list[AuditEntry] = []
    for i in range(n):
        record = AuditRecord(AuditAction.APPLICATION_EDIT, "officer-1", f"app-{i}", {"revision": i})
        previous = entries[-1] if entries else None
        entries.append(
            next_entry(record, previous=previous, device_id="dev", at=T0 + dt.timedelta(seconds=i))
        )
    return entries


def test_hash_is_sha256_of_the_canonical_encoding() -> None:
    [first] = chain(1)
    assert first.sequence == 1
    assert first.previous_hash == GENESIS_HASH
    body = canonical_bytes(
        sequence=1,
        at=first.at,
        device_id="dev",
        actor="officer-1",
        action="application.edit",
        target="app-0",
        details={"revision": 0},
        previous_hash=GENESIS_HASH,
    )
    assert json.loads(body)["at"] == "2026-11-25T02:00:00.000000Z"
    assert b" " not in body  # no spaces: one byte string per entry
    assert first.hash == hashlib.sha256(body).hexdigest()


def test_times_are_utc_text_and_round_trip() -> None:
    wib = dt.timezone(dt.timedelta(hours=7))
    moment = dt.datetime(2026, 11, 25, 9, 0, 0, 123456, tzinfo=wib)
    assert format_time(moment) == "2026-11-25T02:00:00.123456Z"
    assert parse_time(format_time(moment)) == moment


def test_an_intact_chain_verifies() -> None:
    entries = chain(5)
    verdict = verify_chain(entries, highest_issued=5)
    assert verdict.is_intact
    assert (verdict.checked, verdict.last_sequence, verdict.last_hash) == (5, 5, entries[-1].hash)
    assert "utuh" in str(verdict_text(verdict))


def test_an_edited_entry_is_found() -> None:
    entries = chain(5)
    entries[2] = dataclasses.replace(entries[2], target="app-other")
    verdict = verify_chain(entries)
    assert (verdict.first_bad, verdict.last_sequence) == (3, 2)
    assert "diubah" in str(verdict.problem)
    assert "nomor 3" in str(verdict_text(verdict))


def test_an_edited_entry_with_a_recomputed_hash_breaks_the_next_link() -> None:
    entries = chain(5)
    forged = next_entry(
        AuditRecord(AuditAction.APPLICATION_EDIT, "officer-2", "app-2", {"revision": 2}),
        previous=entries[1],
        device_id="dev",
        at=T0,
    )
    entries[2] = forged
    verdict = verify_chain(entries)
    assert verdict.first_bad == 4
    assert "tidak menyambung" in str(verdict.problem)


def test_a_deleted_entry_is_found() -> None:
    entries = chain(5)
    del entries[1]
    verdict = verify_chain(entries)
    assert verdict.first_bad == 2
    assert "hilang" in str(verdict.problem)


def test_deleted_last_entries_are_found_by_the_highest_issued_number() -> None:
    entries = chain(5)[:3]
    assert verify_chain(entries).is_intact  # the chain alone cannot tell
    verdict = verify_chain(entries, highest_issued=5)
    assert verdict.first_bad == 4
    assert "4 sampai 5" in str(verdict.problem)


def test_reordered_entries_are_found() -> None:
    entries = chain(5)
    entries[1], entries[2] = entries[2], entries[1]
    assert verify_chain(entries).first_bad == 2
    # renumbered to look in order: the hash covers the number
    swapped = [
        *entries[:1],
        dataclasses.replace(entries[1], sequence=2),
        dataclasses.replace(entries[2], sequence=3),
        *entries[3:],
    ]
    assert verify_chain(swapped).first_bad == 2


def test_an_inserted_entry_is_found() -> None:
    entries = chain(4)
    intruder = next_entry(
        AuditRecord(AuditAction.SIGN_IN, "officer-9", "officer-9"),
        previous=entries[1],
        device_id="dev",
        at=T0,
    )
    renumbered = [dataclasses.replace(e, sequence=e.sequence + 1) for e in entries[2:]]
    verdict = verify_chain([*entries[:2], intruder, *renumbered])
    assert verdict.first_bad == 4  # the intruder itself links; the entry after it cannot


def test_verification_continues_from_a_known_point() -> None:
    entries = chain(6)
    verdict = verify_chain(entries[3:], after_sequence=3, after_hash=entries[2].hash)
    assert verdict.is_intact
    assert verify_chain(entries[3:], after_sequence=3, after_hash=GENESIS_HASH).first_bad == 4
    assert verify_chain(entries[4:], after_sequence=3, after_hash=entries[2].hash).first_bad == 4


@pytest.mark.parametrize(
    "details",
    [
        {"nik": "3201015708900003"},  # a NIK
        {"npwp": "012345678901234"},
        {"name": "x" * 200},
        {"Bad Key": 1},
        {"nested": ["a"]},
    ],
)
def test_details_that_could_hold_personal_data_are_refused(details: dict[str, object]) -> None:
    with pytest.raises(ValueError, match="audit detail"):
        check_details(details)  # type: ignore[arg-type]  # deliberately wrong values


def test_short_codes_and_numbers_are_accepted() -> None:
    details: dict[str, DetailValue] = {
        "from_status": "ready",
        "count": 3,
        "intact": True,
        "reason": None,
    }
    assert check_details(details) == details
