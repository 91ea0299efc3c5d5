"""UUIDv7 ids: version and variant bits, embedded time, and strict order within a process."""

from __future__ import annotations

import time
import uuid

from hypothesis import given
from hypothesis import strategies as st

from fieldkit.domain.ids import new_id, uuid7, uuid7_time_ms


def now_ms() -> int:
    return int(time.time() * 1000)


def test_new_id_is_a_canonical_version_7_uuid() -> None:
    value = new_id()
    parsed = uuid.UUID(value)
    assert str(parsed) == value
    assert parsed.version == 7
    assert parsed.variant == uuid.RFC_4122


def test_new_id_carries_the_current_time() -> None:
    before = now_ms()
    value = new_id()
    after = now_ms()
    # Ids made in a burst may borrow a millisecond or two ahead (counter exhausted).
    assert before <= uuid7_time_ms(value) <= after + 5


def test_ids_increase_strictly_in_creation_order() -> None:
    ids = [new_id() for _ in range(20_000)]
    assert ids == sorted(ids)
    assert len(set(ids)) == len(ids)


def test_many_ids_in_one_millisecond_borrow_the_next_one_and_stay_ordered() -> None:
    # More ids than the 12-bit counter holds, all stamped with the same (past) millisecond.
    stamp = now_ms()
    ids = [uuid7(stamp) for _ in range(5_000)]
    assert [u.int for u in ids] == sorted(u.int for u in ids)
    assert len({u.int for u in ids}) == len(ids)
    times = [uuid7_time_ms(u) for u in ids]
    assert times[-1] - times[0] >= 1  # the counter overflowed at least once


def test_a_clock_step_backwards_does_not_break_the_order() -> None:
    first = uuid7(now_ms())
    second = uuid7(now_ms() - 60_000)  # the laptop's clock was corrected by a minute
    assert second.int > first.int


def test_time_can_be_read_from_the_string_or_the_uuid() -> None:
    value = uuid7(now_ms())
    assert uuid7_time_ms(value) == uuid7_time_ms(str(value))


@given(st.integers(0, 2**48 - 1))
def test_embedded_time_is_the_top_48_bits(ms: int) -> None:
    # Build the expected layout by hand rather than calling uuid7 with arbitrary times,
    # which would move the process-wide clock of new_id() into the future.
    value = uuid.UUID(int=(ms << 80) | (0x7 << 76) | (0b10 << 62))
    assert uuid7_time_ms(value) == ms
    assert value.version == 7
