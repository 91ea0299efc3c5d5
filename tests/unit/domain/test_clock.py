"""Which laptop times can be true: the boundaries of the one rule laptop and server share."""

from __future__ import annotations

import datetime as dt

from fieldkit.domain.clock import EARLIEST_PLAUSIBLE, FUTURE_TOLERANCE, plausible_window, time_flag

SERVER = dt.datetime(2026, 11, 25, 9, tzinfo=dt.UTC)
SECOND = dt.timedelta(seconds=1)


def test_the_window_runs_from_2024_to_a_day_past_the_server() -> None:
    assert plausible_window(SERVER) == (EARLIEST_PLAUSIBLE, SERVER + FUTURE_TOLERANCE)
    assert EARLIEST_PLAUSIBLE == dt.datetime(2024, 1, 1, tzinfo=dt.UTC)


def test_edges_of_the_window() -> None:
    assert time_flag(EARLIEST_PLAUSIBLE, SERVER) == ""
    assert time_flag(EARLIEST_PLAUSIBLE - SECOND, SERVER) == "past"
    assert time_flag(SERVER + FUTURE_TOLERANCE, SERVER) == ""
    assert time_flag(SERVER + FUTURE_TOLERANCE + SECOND, SERVER) == "future"
    assert time_flag(dt.datetime(1970, 1, 1, tzinfo=dt.UTC), SERVER) == "past"
