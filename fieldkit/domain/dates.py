"""Indonesian dates as receipts, reports and the back office print them."""

from __future__ import annotations

import datetime as dt

MONTHS = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)


DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")


def format_date(day: dt.date) -> str:
    """``25 November 2026``."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def format_long_date(day: dt.date) -> str:
    """``Rabu, 25 November 2026``."""
    return f"{DAYS[day.weekday()]}, {format_date(day)}"
