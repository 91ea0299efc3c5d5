"""Rate limits on guessing: back-office sign-in, enrolment codes and device tokens.

Failures are counted per client address and, for sign-in, per account too, in a sliding
window; at the limit further attempts are refused with 429 and ``Retry-After`` until the
oldest counted failure leaves the window. Successful attempts are not counted, so an
office full of people behind one address is not locked out by its own work.

The counts live in this process's memory. The server is meant to run as one process; with
``--workers N`` or several machines each process counts on its own, so the effective limit
is N times the setting (still a hard cap on guessing). A restart forgets the counts. Both
are written down in the README.
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Final

from fieldkit.server.errors import ApiError

# Beyond this many tracked keys the oldest ones are forgotten: an attacker rotating
# addresses cannot grow memory without bound (and gains little: each key still has a cap).
MAX_KEYS: Final = 20_000


@dataclass
class FailureCounter:
    """Failures per key in a sliding window of ``window`` seconds; at most ``limit``."""

    limit: int
    window: float
    clock: Callable[[], float] = time.monotonic
    _failures: dict[str, deque[float]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def retry_after(self, key: str) -> int:
        """Seconds until ``key`` may try again; 0 when it may try now."""
        now = self.clock()
        with self._lock:
            times = self._failures.get(key)
            if times is None:
                return 0
            self._expire(times, now)
            if not times:
                del self._failures[key]
                return 0
            if len(times) < self.limit:
                return 0
            return max(1, math.ceil(times[0] + self.window - now))

    def fail(self, key: str) -> None:
        now = self.clock()
        with self._lock:
            times = self._failures.pop(key, None)
            if times is None:
                times = deque()
                if len(self._failures) >= MAX_KEYS:
                    self._forget_oldest(now)
            self._failures[key] = times  # re-inserted: dict order is least recently failed
            self._expire(times, now)
            times.append(now)
            while len(times) > self.limit:
                times.popleft()

    def reset(self, key: str) -> None:
        with self._lock:
            self._failures.pop(key, None)

    def _expire(self, times: deque[float], now: float) -> None:
        while times and times[0] <= now - self.window:
            times.popleft()

    def _forget_oldest(self, now: float) -> None:
        for key in [k for k, t in self._failures.items() if not t or t[-1] <= now - self.window]:
            del self._failures[key]
        while len(self._failures) >= MAX_KEYS:
            del self._failures[next(iter(self._failures))]


def too_many(seconds: int, what: str) -> ApiError:
    minutes = max(1, math.ceil(seconds / 60))
    return ApiError(
        429,
        "rate.limited",
        f"Terlalu banyak percobaan {what} yang gagal. Tunggu {minutes} menit lalu coba lagi; "
        "bila lupa kata sandi atau kode, hubungi admin server.",
        headers={"Retry-After": str(seconds)},
    )


@dataclass
class RateLimits:
    """The server's guards; one per process, shared by every request thread."""

    sign_in_by_address: FailureCounter
    sign_in_by_account: FailureCounter
    enrol_by_address: FailureCounter
    device_auth_by_address: FailureCounter

    @classmethod
    def from_settings(
        cls,
        *,
        window_seconds: int,
        sign_in_per_address: int,
        sign_in_per_account: int,
        enrol_per_address: int,
        device_auth_per_address: int,
        clock: Callable[[], float] = time.monotonic,
    ) -> RateLimits:
        def counter(limit: int) -> FailureCounter:
            return FailureCounter(limit, float(window_seconds), clock)

        return cls(
            counter(sign_in_per_address),
            counter(sign_in_per_account),
            counter(enrol_per_address),
            counter(device_auth_per_address),
        )

    # Each check raises ApiError(429) when the caller must wait.

    def check_sign_in(self, address: str, username: str) -> None:
        account = _account_key(username)
        wait = max(
            self.sign_in_by_address.retry_after(address),
            self.sign_in_by_account.retry_after(account),
        )
        if wait:
            raise too_many(wait, "masuk")

    def sign_in_failed(self, address: str, username: str) -> None:
        self.sign_in_by_address.fail(address)
        self.sign_in_by_account.fail(_account_key(username))

    def sign_in_succeeded(self, username: str) -> None:
        self.sign_in_by_account.reset(_account_key(username))

    def check_enrol(self, address: str) -> None:
        wait = self.enrol_by_address.retry_after(address)
        if wait:
            raise too_many(wait, "pendaftaran perangkat")

    def enrol_failed(self, address: str) -> None:
        self.enrol_by_address.fail(address)

    def check_device_auth(self, address: str) -> None:
        wait = self.device_auth_by_address.retry_after(address)
        if wait:
            raise too_many(wait, "token perangkat")

    def device_auth_failed(self, address: str) -> None:
        self.device_auth_by_address.fail(address)


def _account_key(username: str) -> str:
    # The same normalisation sign-in applies (strip), plus case: "Kasi" and "kasi" are one
    # guess target for the counter even if only one of them exists.
    return username.strip().lower()[:64]
