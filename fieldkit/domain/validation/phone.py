"""Mobile number: an Indonesian mobile (08…, 628…, +628…), stored in E.164 (+628…).

OSS sends its one-time codes to this number, so it must be a mobile, not a
landline. ``phonenumbers`` knows the operators' prefixes; a number with the
shape of a mobile but a prefix it does not know (a new range, say) is only a
warning, since the metadata can lag behind the operators.
"""

from __future__ import annotations

import phonenumbers
from phonenumbers import PhoneNumberType

from fieldkit.domain.messages import msg
from fieldkit.domain.problems import Problem, error, warning
from fieldkit.domain.validation._text import describe_characters, is_ascii_digits

INDONESIA = "ID"
COUNTRY_CODE = 62
# National significant number of an Indonesian mobile: 8 and 8 to 11 more digits
# (0812-345-678 to 0812-3456-78901 as typed).
MOBILE_MIN_DIGITS = 9
MOBILE_MAX_DIGITS = 12

_TYPING_CHARACTERS = frozenset("+-.()/ ")
_MOBILE_TYPES = frozenset({PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE})


def _typed_characters_problem(text: str) -> Problem | None:
    # phonenumbers reads letters as keypad digits ("0812-CALL") and accepts
    # non-ASCII digits; neither is a number an applicant means.
    bad = "".join(
        ch for ch in text if not (is_ascii_digits(ch) or ch in _TYPING_CHARACTERS or ch.isspace())
    )
    if not bad:
        return None
    return error(
        "",
        "phone.format",
        msg(
            "Nomor HP hanya berisi angka (boleh diawali +62), tetapi ada {characters}. "
            "Ketik ulang nomornya (contoh: 0812-3456-7890).",
            characters=describe_characters(bad),
        ),
    )


def _parse(text: str) -> phonenumbers.PhoneNumber | None:
    try:
        return phonenumbers.parse(text, INDONESIA)
    except phonenumbers.NumberParseException:
        return None


def _national_number(number: phonenumbers.PhoneNumber) -> str:
    return str(number.national_number)


def _has_mobile_shape(number: phonenumbers.PhoneNumber) -> bool:
    national = _national_number(number)
    return (
        number.country_code == COUNTRY_CODE
        and national.startswith("8")
        and MOBILE_MIN_DIGITS <= len(national) <= MOBILE_MAX_DIGITS
    )


def normalize_mobile(text: str) -> str | None:
    """The E.164 form (``+6281234567890``) of a number with a mobile's shape, else ``None``."""
    if not text.strip() or _typed_characters_problem(text) is not None:
        return None
    number = _parse(text)
    if number is None or not _has_mobile_shape(number):
        return None
    if phonenumbers.number_type(number) not in (*_MOBILE_TYPES, PhoneNumberType.UNKNOWN):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def validate_mobile(text: str) -> list[Problem]:
    """Every problem with a typed mobile number (required). Problems carry an empty field."""
    if not text.strip():
        return [
            error(
                "",
                "phone.required",
                msg("Nomor HP wajib diisi untuk akun OSS (contoh: 0812-3456-7890)."),
            )
        ]
    characters_problem = _typed_characters_problem(text)
    if characters_problem is not None:
        return [characters_problem]
    number = _parse(text)
    if number is None:
        return [
            error(
                "",
                "phone.format",
                msg(
                    "Nomor HP tidak bisa dibaca. Ketik dengan awalan 08 atau +628 "
                    "(contoh: 0812-3456-7890)."
                ),
            )
        ]
    if number.country_code != COUNTRY_CODE:
        return [
            error(
                "",
                "phone.country",
                msg(
                    "Nomor HP harus nomor Indonesia (awalan 08 atau +628), bukan nomor luar "
                    "negeri (+{country_code}). Minta nomor HP Indonesia pemohon.",
                    country_code=str(number.country_code),
                ),
            )
        ]
    number_type = phonenumbers.number_type(number)
    national = _national_number(number)
    if not national.startswith("8") or number_type not in (*_MOBILE_TYPES, PhoneNumberType.UNKNOWN):
        return [
            error(
                "",
                "phone.not_mobile",
                msg(
                    "Nomor ini bukan nomor HP (nomor telepon rumah/kantor atau layanan khusus). "
                    "OSS mengirim kode verifikasi lewat HP: minta nomor HP pemohon "
                    "(contoh: 0812-3456-7890)."
                ),
            )
        ]
    if not MOBILE_MIN_DIGITS <= len(national) <= MOBILE_MAX_DIGITS:
        return [
            error(
                "",
                "phone.length",
                msg(
                    "Nomor HP terlalu pendek: nomor HP Indonesia 10–13 digit termasuk 0 di "
                    "depan. Periksa lagi (contoh: 0812-3456-7890)."
                )
                if len(national) < MOBILE_MIN_DIGITS
                else msg(
                    "Nomor HP terlalu panjang: nomor HP Indonesia 10–13 digit termasuk 0 di "
                    "depan. Periksa lagi (contoh: 0812-3456-7890)."
                ),
            )
        ]
    if number_type is PhoneNumberType.UNKNOWN:
        return [
            warning(
                "",
                "phone.unknown_operator",
                msg(
                    "Awalan {prefix} tidak dikenal sebagai awalan operator seluler. Periksa "
                    "lagi nomornya; jika benar, konfirmasi peringatan ini.",
                    prefix="0" + national[:3],
                ),
            )
        ]
    return []
