"""Clock offset and impossible times."""

from __future__ import annotations

import datetime as dt

from fieldkit.sync.clock import ClockReading, server_time_from_header, time_flag

SERVER = dt.datetime(2026, 11, 25, 3, 0, tzinfo=dt.UTC)


def test_offset_is_server_minus_laptop() -> None:
    reading = ClockReading(laptop_time=SERVER - dt.timedelta(seconds=90), server_time=SERVER)
    assert reading.offset_seconds == 90.0
    assert not reading.is_suspicious
    late = ClockReading(laptop_time=SERVER - dt.timedelta(days=365), server_time=SERVER)
    assert late.is_suspicious


def test_impossible_times_are_flagged() -> None:
    assert time_flag(dt.datetime(1970, 1, 1, tzinfo=dt.UTC), SERVER) == "past"
    assert time_flag(SERVER + dt.timedelta(days=365), SERVER) == "future"
    assert time_flag(SERVER - dt.timedelta(hours=5), SERVER) == ""
    assert time_flag(SERVER + dt.timedelta(hours=2), SERVER) == ""  # small drift is fine


def test_http_date_header() -> None:
    assert server_time_from_header("Wed, 25 Nov 2026 03:00:00 GMT") == SERVER
    assert server_time_from_header("nonsense") is None
    assert server_time_from_header(None) is None
