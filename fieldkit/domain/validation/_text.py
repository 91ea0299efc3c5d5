"""Small text helpers shared by the validators: separators, ASCII digits, invisible characters."""

from __future__ import annotations

import re
import unicodedata

_ASCII_DIGITS = re.compile(r"[0-9]+", re.ASCII)
_WHITESPACE = re.compile(r"\s+")


def is_ascii_digits(text: str) -> bool:
    """True for a non-empty string of 0-9 only.

    ``str.isdigit`` is not enough: it accepts superscripts and Arabic-Indic or
    full-width digits, which OSS and Dukcapil do not.
    """
    return _ASCII_DIGITS.fullmatch(text) is not None


def without_separators(text: str, separators: str = ".-") -> str:
    """``text`` with every whitespace character and every one of ``separators`` removed.

    Officers paste numbers copied from scans and chats, where spaces, dots and
    hyphens (and the odd non-breaking space) group the digits.
    """
    return "".join(ch for ch in text if not ch.isspace() and ch not in separators)


def collapse_whitespace(text: str) -> str:
    """Trimmed, with each run of whitespace (tabs and line breaks too) turned into one space."""
    return _WHITESPACE.sub(" ", text).strip()


def is_invisible(ch: str) -> bool:
    """Control, format, private-use, surrogate or unassigned: nothing a person meant to type."""
    return unicodedata.category(ch).startswith("C")


def describe_character(ch: str) -> str:
    """A character as a person can read it in a message: ``'&'`` or ``U+200B``."""
    if is_invisible(ch) or ch.isspace():
        return f"U+{ord(ch):04X}"
    return f"'{ch}'"


def describe_characters(chars: str) -> str:
    """The distinct characters of ``chars`` in order of appearance, comma separated."""
    return ", ".join(describe_character(ch) for ch in dict.fromkeys(chars))
