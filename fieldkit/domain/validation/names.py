"""Names as people write them: the applicant's full name, birth place and the business name.

Names are compared with Dukcapil's record, which holds any letters (a single
name is normal in Indonesia). Values are normalised to NFC, trimmed, with
whitespace runs collapsed and typographic apostrophes made plain.
Invisible characters (control or zero-width, often pasted from chats) are
errors: they would travel to OSS unseen.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from fieldkit.domain.messages import Text, msg
from fieldkit.domain.problems import Problem, error
from fieldkit.domain.validation._text import collapse_whitespace, describe_characters, is_invisible

PERSON_NAME_MAX_LENGTH = 100
BIRTH_PLACE_MAX_LENGTH = 60
BUSINESS_NAME_MAX_LENGTH = 150

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
_PERSON_PUNCTUATION = frozenset(" '.-")
_PLACE_PUNCTUATION = _PERSON_PUNCTUATION | frozenset(",/()")
_BUSINESS_PUNCTUATION = _PERSON_PUNCTUATION | frozenset("&,/()")


def normalize_name(text: str) -> str:
    """NFC, plain apostrophes, trimmed, one space between words."""
    return collapse_whitespace(unicodedata.normalize("NFC", text).translate(_APOSTROPHES))


def _is_letter(ch: str) -> bool:
    # Combining marks count as part of a letter: NFC leaves some (e.g. in Javanese
    # or Arabic script) without a precomposed form.
    return unicodedata.category(ch)[0] in "LM"


def _is_digit(ch: str) -> bool:
    return "0" <= ch <= "9"


def _validate_text(
    text: str,
    *,
    label: Text,
    max_length: int,
    is_allowed: Callable[[str], bool],
    allowed_description: Text,
    how_to_fix: Text,
) -> list[Problem]:
    name = normalize_name(text)
    if not name:
        return [
            error(
                "",
                "name.required",
                msg("{label} wajib diisi. {how_to_fix}", label=label, how_to_fix=how_to_fix),
            )
        ]
    problems: list[Problem] = []
    invisible = "".join(ch for ch in name if is_invisible(ch))
    if invisible:
        problems.append(
            error(
                "",
                "name.characters",
                msg(
                    "{label} berisi karakter tak terlihat ({characters}), biasanya terbawa saat "
                    "menyalin teks. Hapus isian lalu ketik ulang.",
                    label=label,
                    characters=describe_characters(invisible),
                ),
            )
        )
    not_allowed = "".join(ch for ch in name if not is_invisible(ch) and not is_allowed(ch))
    if not_allowed:
        problems.append(
            error(
                "",
                "name.characters",
                msg(
                    "{label} tidak boleh berisi {characters}; hanya {allowed}. {how_to_fix}",
                    label=label,
                    characters=describe_characters(not_allowed),
                    allowed=allowed_description,
                    how_to_fix=how_to_fix,
                ),
            )
        )
    if not invisible and not not_allowed and not any(_is_letter(ch) for ch in name):
        problems.append(
            error(
                "",
                "name.no_letters",
                msg("{label} harus berisi huruf. {how_to_fix}", label=label, how_to_fix=how_to_fix),
            )
        )
    if len(name) > max_length:
        problems.append(
            error(
                "",
                "name.too_long",
                msg(
                    "{label} terlalu panjang ({length} karakter, paling banyak {limit}). "
                    "Singkat sesuai dokumen resminya.",
                    label=label,
                    length=len(name),
                    limit=max_length,
                ),
            )
        )
    return problems


def validate_person_name(text: str) -> list[Problem]:
    """Every problem with the applicant's full name. Problems carry an empty field."""
    return _validate_text(
        text,
        label=msg("Nama lengkap"),
        max_length=PERSON_NAME_MAX_LENGTH,
        is_allowed=lambda ch: _is_letter(ch) or ch in _PERSON_PUNCTUATION,
        allowed_description=msg("huruf, spasi, titik, tanda kutip (') dan tanda hubung (-)"),
        how_to_fix=msg("Tulis nama persis seperti di KTP, tanpa gelar."),
    )


def validate_birth_place(text: str) -> list[Problem]:
    """Every problem with the birth place. Problems carry an empty field."""
    return _validate_text(
        text,
        label=msg("Tempat lahir"),
        max_length=BIRTH_PLACE_MAX_LENGTH,
        is_allowed=lambda ch: _is_letter(ch) or _is_digit(ch) or ch in _PLACE_PUNCTUATION,
        allowed_description=msg("huruf, angka, spasi dan tanda . ' - , / ( )"),
        how_to_fix=msg("Tulis tempat lahir seperti di KTP, mis. 'Tabanan'."),
    )


def validate_business_name(text: str) -> list[Problem]:
    """Every problem with the business name. Problems carry an empty field."""
    return _validate_text(
        text,
        label=msg("Nama usaha"),
        max_length=BUSINESS_NAME_MAX_LENGTH,
        is_allowed=lambda ch: _is_letter(ch) or _is_digit(ch) or ch in _BUSINESS_PUNCTUATION,
        allowed_description=msg("huruf, angka, spasi dan tanda . ' - & , / ( )"),
        how_to_fix=msg("Contoh: 'Warung Makan Bu Sri' atau 'UD Maju Jaya (Cabang 2)'."),
    )
