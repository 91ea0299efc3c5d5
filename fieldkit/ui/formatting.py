"""Display formats: dates, times in the office's zone, Rupiah; Indonesian unless English is on."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QLocale

INDONESIAN = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
_display = INDONESIAN


def set_display_language(language: str) -> None:
    """Called by fieldkit.ui.i18n when the officer switches language."""
    global _display  # noqa: PLW0603 - one display language for the whole app, like Qt's translator
    _display = ENGLISH if language == "en" else INDONESIAN


def display_locale() -> QLocale:
    """Not QLocale(): outside the app that is the system's locale, not the officer's choice."""
    return _display


ZONE_LABELS = {"Asia/Jakarta": "WIB", "Asia/Makassar": "WITA", "Asia/Jayapura": "WIT"}


def rupiah(amount: int | None) -> str:
    """``Rp15.000.000`` (Indonesian grouping, no decimals)."""
    if amount is None:
        return "-"
    return "Rp" + display_locale().toString(amount)


def long_date(day: dt.date) -> str:
    """``Rabu, 25 November 2026``."""
    return display_locale().toString(QDate(day.year, day.month, day.day), "dddd, d MMMM yyyy")


def short_date(day: dt.date) -> str:
    """``25/11/2026``."""
    return display_locale().toString(QDate(day.year, day.month, day.day), "dd/MM/yyyy")


def local_time(moment: dt.datetime, timezone: str = "Asia/Jakarta") -> str:
    """``25/11/2026 09.05 WIB``: a stored UTC time shown in the office's zone."""
    local = moment.astimezone(ZoneInfo(timezone))
    label = ZONE_LABELS.get(timezone, timezone)
    separator = ":" if display_locale() is ENGLISH else "."
    return f"{short_date(local.date())} {local:%H}{separator}{local:%M} {label}"
