"""Times shown to people: stored in UTC, shown in the office's zone (WIB, WITA or WIT)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

_ZONE_NAMES = {"Asia/Jakarta": "WIB", "Asia/Makassar": "WITA", "Asia/Jayapura": "WIT"}
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")


def format_local(value: object, timezone: str = "Asia/Jakarta") -> str:
    """``25 Nov 2026 09.00 WIB``; anything that is not an aware datetime prints as '-'."""
    if not isinstance(value, dt.datetime) or value.tzinfo is None:
        return "-"
    try:
        local = value.astimezone(ZoneInfo(timezone))
    except (KeyError, ValueError):
        local, timezone = value.astimezone(dt.UTC), "UTC"
    zone = _ZONE_NAMES.get(timezone, timezone)
    return f"{local.day} {_MONTHS[local.month - 1]} {local.year} {local:%H.%M} {zone}"
