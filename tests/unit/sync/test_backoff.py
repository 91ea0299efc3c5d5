"""Back-off: exponential ceiling, full jitter, capped, reset."""

from __future__ import annotations

import random

from fieldkit.sync.backoff import Backoff, entry_retry_delay


def test_ceiling_doubles_until_the_cap() -> None:
    backoff = Backoff(base=0.5, cap=10.0, rng=random.Random(1))
    ceilings = []
    for _ in range(8):
        ceilings.append(backoff.ceiling())
        backoff.delay()
    assert ceilings == [0.5, 1.0, 2.0, 4.0, 8.0, 10.0, 10.0, 10.0]


def test_delays_are_jittered_within_the_ceiling() -> None:
    backoff = Backoff(base=1.0, cap=4.0, rng=random.Random(2))
    delays = []
    for _ in range(200):
        ceiling = backoff.ceiling()
        delay = backoff.delay()
        assert 0.0 <= delay <= ceiling
        delays.append(delay)
    assert len(set(delays)) > 150  # spread, not a fixed schedule


def test_reset_starts_over_and_huge_failure_counts_do_not_overflow() -> None:
    backoff = Backoff(base=1.0, cap=60.0, rng=random.Random(3))
    backoff.failures = 10_000
    assert backoff.ceiling() == 60.0
    backoff.reset()
    assert backoff.ceiling() == 1.0


def test_entry_retry_delay() -> None:
    assert entry_retry_delay(1) == 30.0
    assert entry_retry_delay(2) == 60.0
    assert entry_retry_delay(100) == 3600.0
