"""NPWP (tax number): optional; legacy 15 digits, 16 digits with a leading 0, or the NIK.

Since July 2024 an individual's NPWP is the NIK itself, and legacy 15-digit
numbers live on as 16 digits with a leading 0. Values are stored in that
16-digit form. The legacy check digit (Luhn over the first 9 digits, as in
``stdnum.id.npwp``) failing is only a warning: the officer copies the number
from the card, and the tax office's record is what counts.
"""

from __future__ import annotations

from stdnum import luhn

from fieldkit.domain.messages import msg
from fieldkit.domain.problems import Problem, error, warning
from fieldkit.domain.validation._text import (
    describe_characters,
    is_ascii_digits,
    without_separators,
)

LEGACY_LENGTH = 15
NPWP_LENGTH = 16


def normalize_npwp(text: str) -> str | None:
    """The 16-digit form of a typed NPWP, ``""`` for none, ``None`` if it cannot be read.

    Separators (``01.234.567.8-901.000``) are dropped and a legacy 15-digit
    number gets its leading 0.
    """
    digits = without_separators(text)
    if not digits:
        return ""
    if not is_ascii_digits(digits):
        return None
    if len(digits) == LEGACY_LENGTH:
        return "0" + digits
    if len(digits) == NPWP_LENGTH:
        return digits
    return None


def _has_valid_check_digit(legacy15: str) -> bool:
    # stdnum.luhn is untyped (mypy override in pyproject): keep its Any out of our types.
    return bool(luhn.is_valid(legacy15[:9]))


def validate_npwp(text: str, *, nik: str = "") -> list[Problem]:
    """Every problem with a typed NPWP; ``nik`` is the applicant's normalised NIK, if known.

    An empty NPWP is valid: it is optional. Problems carry an empty field.
    """
    digits = without_separators(text)
    if not digits:
        return []
    if not is_ascii_digits(digits):
        bad = "".join(ch for ch in digits if not is_ascii_digits(ch))
        return [
            error(
                "",
                "npwp.format",
                msg(
                    "NPWP hanya berisi angka, tetapi ada {characters}. Ketik ulang nomor dari "
                    "kartu NPWP, atau kosongkan jika pemohon tidak punya NPWP.",
                    characters=describe_characters(bad),
                ),
            )
        ]
    if len(digits) not in (LEGACY_LENGTH, NPWP_LENGTH):
        return [
            error(
                "",
                "npwp.format",
                msg(
                    "NPWP harus 15 digit (format lama, mis. 01.234.567.8-901.000) atau 16 digit; "
                    "yang diisi {count} digit. Periksa lagi kartu NPWP, atau kosongkan.",
                    count=len(digits),
                ),
            )
        ]
    npwp = "0" + digits if len(digits) == LEGACY_LENGTH else digits
    if npwp.startswith("0"):
        if not _has_valid_check_digit(npwp[1:]):
            return [
                warning(
                    "",
                    "npwp.checksum",
                    msg(
                        "Digit pemeriksa NPWP (digit ke-9 format lama) tidak cocok: kemungkinan "
                        "ada salah ketik. Cocokkan dengan kartu NPWP; jika sudah sama, konfirmasi "
                        "peringatan ini."
                    ),
                )
            ]
        return []
    # 16 digits not starting with 0: since July 2024 this is an individual's NIK.
    if nik and npwp != nik:
        return [
            warning(
                "",
                "npwp.differs_from_nik",
                msg(
                    "NPWP 16 digit orang pribadi sama dengan NIK, tetapi NPWP yang diisi berbeda "
                    "dari NIK pemohon. Periksa keduanya; jika NPWP memang milik orang lain atau "
                    "badan usaha, konfirmasi peringatan ini."
                ),
            )
        ]
    return []
