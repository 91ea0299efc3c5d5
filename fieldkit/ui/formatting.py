"""Indonesian display formats: dates, times in the office's zone, Rupiah."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QLocale

INDONESIAN = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
ZONE_LABELS = {"Asia/Jakarta": "WIB", "Asia/Makassar": "WITA", "Asia/Jayapura": "WIT"}


def rupiah(amount: int | None) -> str:
    """``Rp15.000.000`` (Indonesian grouping, no decimals)."""
    if amount is None:
        return "-"
    return "Rp" + INDONESIAN.toString(amount)


def long_date(day: dt.date) -> str:
    """``Rabu, 25 November 2026``."""
    return INDONESIAN.toString(QDate(day.year, day.month, day.day), "dddd, d MMMM yyyy")


def short_date(day: dt.date) -> str:
    """``25/11/2026``."""
    return INDONESIAN.toString(QDate(day.year, day.month, day.day), "dd/MM/yyyy")


def local_time(moment: dt.datetime, timezone: str = "Asia/Jakarta") -> str:
    """``25/11/2026 09.05 WIB``: a stored UTC time shown in the office's zone."""
    local = moment.astimezone(ZoneInfo(timezone))
    label = ZONE_LABELS.get(timezone, timezone)
    return f"{short_date(local.date())} {local:%H.%M} {label}"
