"""Laptop clock versus server clock: the offset at each sync, and impossible times."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Final

# fieldkit did not exist before this: an earlier time means the laptop's clock was reset.
EARLIEST_PLAUSIBLE: Final = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
# How far ahead of the server's time a record may be (clock drift, time zones set wrong).
FUTURE_TOLERANCE: Final = dt.timedelta(days=1)
# An offset larger than this is worth telling the officer about.
SUSPICIOUS_OFFSET: Final = dt.timedelta(minutes=10)


@dataclass(frozen=True, slots=True)
class ClockReading:
    laptop_time: dt.datetime  # the laptop's clock when the server's answer arrived
    server_time: dt.datetime

    @property
    def offset_seconds(self) -> float:
        """Server minus laptop, in seconds (positive: the laptop is behind)."""
        return (self.server_time - self.laptop_time).total_seconds()

    @property
    def is_suspicious(self) -> bool:
        return abs(self.server_time - self.laptop_time) > SUSPICIOUS_OFFSET


def server_time_from_header(value: str | None) -> dt.datetime | None:
    """The HTTP ``Date`` header as an aware UTC datetime (one-second resolution)."""
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.UTC)
    return parsed.astimezone(dt.UTC)


def plausible_window(server_now: dt.datetime) -> tuple[dt.datetime, dt.datetime]:
    """Times a laptop record may carry: not before fieldkit existed, not ahead of the server."""
    return EARLIEST_PLAUSIBLE, server_now + FUTURE_TOLERANCE


def time_flag(at: dt.datetime, server_now: dt.datetime) -> str:
    """ "" when ``at`` is possible; "past" or "future" when it cannot be true."""
    earliest, latest = plausible_window(server_now)
    if at < earliest:
        return "past"
    if at > latest:
        return "future"
    return ""
