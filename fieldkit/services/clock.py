"""Time as a collaborator, so tests and the sync engine can control it."""

from __future__ import annotations

import datetime as dt
from typing import Protocol
from zoneinfo import ZoneInfo


class Clock(Protocol):
    def now(self) -> dt.datetime:
        """The current time, timezone-aware, in UTC."""
        ...


class SystemClock:
    def now(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC)


def local_date(clock: Clock, timezone: str) -> dt.date:
    """Today's date in the office's zone (WIB, WITA or WIT)."""
    return clock.now().astimezone(ZoneInfo(timezone)).date()
