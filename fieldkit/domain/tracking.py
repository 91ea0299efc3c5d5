"""Tracking codes printed on receipts: short, unique across laptops, and typo-proof.

A code is ten symbols shown as ``ABCDE-FGHJK``: a five-symbol device prefix,
a four-symbol sequence number from that laptop, and one check symbol.

*Alphabet.* 31 symbols, ``23456789ABCDEFGHJKMNPQRSTUVWXYZ``: the digits 0 and 1
and the letters O, I and L are left out because people read and type them for
one another (an elderly applicant reading a code aloud over the phone). 31
is prime, which is what makes the check below exact.

*Check symbol.* Give the ten symbols values ``v1..v10`` (the check is ``v10``)
and choose the check so that ``sum(i * v_i) ≡ 0 (mod 31)``. The weights 1..10
are distinct and non-zero modulo the prime 31, so:

- a single substitution at position ``i`` changes the sum by ``i * d`` with
  ``0 < |d| < 31``; a product of two non-zero numbers modulo a prime is
  non-zero, so the sum is no longer 0 and the error is caught;
- swapping different symbols ``a`` and ``b`` at positions ``i`` and ``j`` changes
  the sum by ``(i - j) * (b - a)``, again non-zero modulo 31; so every adjacent
  transposition is caught (indeed every transposition).

With a composite modulus such as 32 neither is guaranteed: ``2 * 16 ≡ 0 (mod 32)``.

*Uniqueness.* Each laptop draws a random device prefix once, at enrolment,
and numbers its own applications 0, 1, 2... Codes from two laptops differ in
the prefix and codes from one laptop differ in the sequence, so no two
applications share a code without any laptop asking the server first. Two
laptops drawing the same prefix is the one risk: with 31^5 ≈ 28.6 million
prefixes it is about 1 in 65,000 for 30 laptops and 1 in 57 for 1,000, so the
server should refuse a prefix it already knows when a laptop enrols. One
prefix carries 31^4 = 923,521 codes, far beyond a laptop's lifetime.
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from typing import Protocol

from fieldkit.domain.messages import msg
from fieldkit.domain.problems import Problem, error

ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
BASE = len(ALPHABET)  # 31, a prime
PREFIX_LENGTH = 5
SEQUENCE_LENGTH = 4
CODE_LENGTH = PREFIX_LENGTH + SEQUENCE_LENGTH + 1
SEQUENCES_PER_DEVICE = BASE**SEQUENCE_LENGTH  # 923,521
_GROUP = 5  # display as two groups of five

_VALUE = {symbol: value for value, symbol in enumerate(ALPHABET)}
_SYMBOLS = frozenset(ALPHABET)
# Weight i + 1 for position i; the check symbol sits at the last position, weight 10.
_CHECK_WEIGHT = CODE_LENGTH
_CHECK_WEIGHT_INVERSE = pow(_CHECK_WEIGHT, -1, BASE)
_SEPARATORS = frozenset("-.")


class SymbolChooser(Protocol):
    """What draws a random symbol: the ``secrets`` module, or a seeded ``random.Random``."""

    def choice(self, seq: Sequence[str], /) -> str: ...


def new_device_prefix(rng: SymbolChooser = secrets) -> str:
    """Five random symbols, drawn once per laptop at enrolment."""
    return "".join(rng.choice(ALPHABET) for _ in range(PREFIX_LENGTH))


def _weighted_sum(symbols: str) -> int:
    """``sum((i + 1) * value)`` over the symbols, the quantity the check makes zero mod 31."""
    return sum(weight * _VALUE[symbol] for weight, symbol in enumerate(symbols, start=1))


def _check_symbol(payload: str) -> str:
    """The symbol that makes the weighted sum of ``payload`` + check zero modulo 31."""
    return ALPHABET[(-_weighted_sum(payload) * _CHECK_WEIGHT_INVERSE) % BASE]


def _display(code: str) -> str:
    return f"{code[:_GROUP]}-{code[_GROUP:]}"


def make_tracking_code(device_prefix: str, sequence: int) -> str:
    """The display form (``ABCDE-FGHJK``) of application number ``sequence`` of a laptop.

    Raises ValueError for a prefix that is not five code symbols or a sequence
    outside ``0 <= sequence < 923,521``.
    """
    if len(device_prefix) != PREFIX_LENGTH or not _SYMBOLS.issuperset(device_prefix):
        raise ValueError(f"device prefix must be {PREFIX_LENGTH} symbols of {ALPHABET}")
    if not 0 <= sequence < SEQUENCES_PER_DEVICE:
        raise ValueError(f"sequence must be in 0..{SEQUENCES_PER_DEVICE - 1}, got {sequence}")
    sequence_symbols = ""
    remaining = sequence
    for _ in range(SEQUENCE_LENGTH):  # base 31, most significant symbol first
        remaining, value = divmod(remaining, BASE)
        sequence_symbols = ALPHABET[value] + sequence_symbols
    payload = device_prefix + sequence_symbols
    return _display(payload + _check_symbol(payload))


def _compact(text: str) -> str:
    # Only ASCII letters are uppercased: str.upper() would turn 'ß' into 'SS' or
    # a ligature into two letters, mapping a typo onto a different code.
    return "".join(
        ch.upper() if "a" <= ch <= "z" else ch
        for ch in text
        if not ch.isspace() and ch not in _SEPARATORS
    )


def _is_check_valid(code: str) -> bool:
    return _weighted_sum(code) % BASE == 0


def normalize_tracking_code(text: str) -> str | None:
    """The display form of a typed code, or ``None`` if it is not a valid code.

    Case, spaces, hyphens and dots are ignored; nothing else is mapped (an O is
    not read as 0), so a mistyped code is refused rather than guessed.
    """
    code = _compact(text)
    if len(code) != CODE_LENGTH or not _SYMBOLS.issuperset(code):
        return None
    return _display(code) if _is_check_valid(code) else None


def validate_tracking_code(text: str) -> list[Problem]:
    """Every problem with a typed tracking code, in Indonesian; field ``tracking_code``."""
    code = _compact(text)
    if not code:
        return [
            error(
                "tracking_code",
                "tracking.required",
                msg("Ketik kode pelacakan dari tanda terima (contoh: ABCDE-FGHJK)."),
            )
        ]
    problems: list[Problem] = []
    foreign = list(dict.fromkeys(ch for ch in code if ch not in _SYMBOLS))
    if foreign:
        shown = ", ".join(f"'{ch}'" if ch.isprintable() else f"U+{ord(ch):04X}" for ch in foreign)
        problems.append(
            error(
                "tracking_code",
                "tracking.character",
                msg(
                    "Karakter {characters} tidak dipakai dalam kode pelacakan. Kode hanya memakai "
                    "angka 2–9 dan huruf A–Z tanpa O, I dan L (angka 0 dan 1 juga tidak "
                    "dipakai). Periksa lagi kode pada tanda terima.",
                    characters=shown,
                ),
            )
        )
    if len(code) != CODE_LENGTH:
        problems.append(
            error(
                "tracking_code",
                "tracking.length",
                msg(
                    "Kode pelacakan terdiri dari {expected} karakter (contoh: ABCDE-FGHJK), yang "
                    "diketik {count} karakter. Periksa lagi kode pada tanda terima.",
                    expected=CODE_LENGTH,
                    count=len(code),
                ),
            )
        )
    if not problems and not _is_check_valid(code):
        problems.append(
            error(
                "tracking_code",
                "tracking.checksum",
                msg(
                    "Kode pelacakan tidak cocok: ada salah ketik. Periksa lagi setiap karakter "
                    "kode pada tanda terima."
                ),
            )
        )
    return problems


def is_valid_tracking_code(text: str) -> bool:
    """True when ``text`` is a well-formed code with a correct check symbol."""
    return normalize_tracking_code(text) is not None
