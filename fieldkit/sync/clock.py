"""Laptop clock versus server clock: the offset at each sync, and impossible times."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Final

# The rule itself is the domain's, so the server's reports judge times the same way.
from fieldkit.domain.clock import (
    EARLIEST_PLAUSIBLE,
    FUTURE_TOLERANCE,
    plausible_window,
    time_flag,
)

__all__ = [
    "EARLIEST_PLAUSIBLE",
    "FUTURE_TOLERANCE",
    "ClockReading",
    "plausible_window",
    "server_time_from_header",
    "time_flag",
]

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
