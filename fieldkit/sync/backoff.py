"""Exponential back-off with full jitter, capped: how long to wait before the next try."""

from __future__ import annotations

import random
from dataclasses import dataclass, field


@dataclass
class Backoff:
    """``delay()`` after each failure: uniform in [0, min(cap, base * 2**failures)].

    Full jitter (not "equal" jitter) spreads a fleet of laptops that lost the same
    server at the same moment, so they do not all come back in the same second.
    """

    base: float = 0.5
    cap: float = 300.0
    rng: random.Random = field(default_factory=random.Random)
    failures: int = 0

    def ceiling(self) -> float:
        return min(self.cap, self.base * 2.0 ** min(self.failures, 62))

    def delay(self) -> float:
        """The wait before the next try; counts one more failure."""
        wait = self.rng.uniform(0.0, self.ceiling())
        self.failures += 1
        return wait

    def reset(self) -> None:
        self.failures = 0


def entry_retry_delay(attempts: int, *, base: float = 30.0, cap: float = 3600.0) -> float:
    """The deterministic ceiling of an outbox entry's back-off after ``attempts`` failures."""
    return min(cap, base * 2.0 ** max(0, min(attempts, 30) - 1))
