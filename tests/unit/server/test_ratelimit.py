"""The guessing limits: a sliding window per key, Retry-After, bounded memory."""

from __future__ import annotations

import pytest

from fieldkit.server import ratelimit
from fieldkit.server.errors import ApiError
from fieldkit.server.ratelimit import FailureCounter, RateLimits


class Ticks:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_failures_slide_out_of_the_window() -> None:
    ticks = Ticks()
    counter = FailureCounter(limit=3, window=60, clock=ticks)
    for _ in range(2):
        counter.fail("a")
        ticks.now += 10
    assert counter.retry_after("a") == 0
    counter.fail("a")  # at 1020: failures at 1000, 1010, 1020
    assert counter.retry_after("a") == 40  # the first leaves the window at 1060
    assert counter.retry_after("b") == 0
    ticks.now = 1059.5
    assert counter.retry_after("a") == 1
    ticks.now = 1060
    assert counter.retry_after("a") == 0  # one slot free again
    counter.fail("a")
    assert counter.retry_after("a") == 10
    counter.reset("a")
    assert counter.retry_after("a") == 0


def test_memory_stays_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ratelimit, "MAX_KEYS", 5)
    ticks = Ticks()
    counter = FailureCounter(limit=1, window=60, clock=ticks)
    for i in range(20):
        counter.fail(f"10.0.0.{i}")
    assert len(counter._failures) <= 5
    assert counter.retry_after("10.0.0.19") > 0  # the newest are kept


def test_sign_in_limits_count_address_and_account_and_say_how_long() -> None:
    ticks = Ticks()
    limits = RateLimits.from_settings(
        window_seconds=300,
        sign_in_per_address=4,
        sign_in_per_account=2,
        enrol_per_address=1,
        device_auth_per_address=1,
        clock=ticks,
    )
    limits.sign_in_failed("10.1.1.1", "Kasi")
    limits.sign_in_failed("10.1.1.2", " kasi ")  # another address, the same account
    with pytest.raises(ApiError) as caught:
        limits.check_sign_in("10.1.1.3", "KASI")
    assert caught.value.status_code == 429
    assert caught.value.headers == {"Retry-After": "300"}
    assert "5 menit" in caught.value.detail
    limits.check_sign_in("10.1.1.1", "rina")  # other accounts are fine
    limits.sign_in_succeeded("kasi")  # a success (after the wait) clears the account
    limits.check_sign_in("10.1.1.1", "kasi")
    limits.enrol_failed("10.1.1.1")
    with pytest.raises(ApiError, match="pendaftaran perangkat"):
        limits.check_enrol("10.1.1.1")
    limits.device_auth_failed("10.1.1.1")
    with pytest.raises(ApiError, match="token perangkat"):
        limits.check_device_auth("10.1.1.1")
    ticks.now += 301
    limits.check_enrol("10.1.1.1")
    limits.check_device_auth("10.1.1.1")
