"""Indonesian dates as receipts and verdicts print them."""

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


def format_date(day: dt.date) -> str:
    """``25 November 2026``."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
