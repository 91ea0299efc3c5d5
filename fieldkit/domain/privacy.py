"""Masking of personal data where many people are listed or a receipt is printed."""

from __future__ import annotations

MASK = "•"


def mask_nik(nik: str) -> str:
    """Keep the region (first 4) and serial (last 4) digits: ``3201••••••••0003``.

    Anything that is not a 16-digit NIK is masked whole, so a typo never leaks.
    """
    if len(nik) == 16 and nik.isdigit():
        return nik[:4] + MASK * 8 + nik[-4:]
    return MASK * len(nik)
