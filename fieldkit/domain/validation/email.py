"""Email: required for the OSS account, syntax by email-validator (no network), typo hints.

The OSS account is bound to this address and its activation mail goes there,
so a typo in a big provider's domain (``gmial.com``) locks the applicant out.
Such typos are warnings with the likely domain; the domain is lowercased, the
part before the @ is kept as typed.
"""

from __future__ import annotations

import email_validator

from fieldkit.domain.messages import msg
from fieldkit.domain.problems import Problem, error, warning
from fieldkit.domain.validation._text import describe_characters

# The providers Indonesian applicants use; a domain one edit away from these is
# probably a typo of it.
PROVIDER_DOMAINS = (
    "gmail.com",
    "yahoo.com",
    "yahoo.co.id",
    "ymail.com",
    "rocketmail.com",
    "hotmail.com",
    "outlook.com",
    "outlook.co.id",
    "icloud.com",
)

# Real domains one edit away from a provider: never flag them.
_REAL_LOOKALIKES = frozenset({"mail.com", "email.com", "gmx.com", "live.co.id", "yahoo.de"})

# Typos two or more edits from the provider (one edit is caught by distance).
_KNOWN_TYPOS = {
    "gmail.co.id": "gmail.com",
    "gmai.co": "gmail.com",
    "gamil.co": "gmail.com",
    "gmial.co": "gmail.com",
    "gmal.co": "gmail.com",
    "yahoo.id": "yahoo.co.id",
    "yaho.co": "yahoo.com",
    "hotmial.co": "hotmail.com",
    "hotmai.co": "hotmail.com",
    "outlok.co": "outlook.com",
}


def _edit_distance(a: str, b: str) -> int:
    """Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, start=1):
            cost = 0 if ca == cb else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[-1]


def suggest_domain(domain: str) -> str | None:
    """The provider domain ``domain`` is probably a typo of, or ``None``."""
    domain = domain.lower()
    if domain in PROVIDER_DOMAINS or domain in _REAL_LOOKALIKES:
        return None
    if domain in _KNOWN_TYPOS:
        return _KNOWN_TYPOS[domain]
    for provider in PROVIDER_DOMAINS:
        if _edit_distance(domain, provider) == 1:
            return provider
    return None


def _validated(text: str) -> email_validator.ValidatedEmail | None:
    try:
        # allow_smtputf8=False: OSS and most Indonesian providers accept only ASCII
        # before the @; a local part with accents would bounce the activation mail.
        return email_validator.validate_email(
            text.strip(), check_deliverability=False, allow_smtputf8=False
        )
    except email_validator.EmailNotValidError:
        return None


def normalize_email(text: str) -> str | None:
    """The address trimmed with its domain lowercased, or ``None`` if it is not valid."""
    validated = _validated(text)
    return None if validated is None else validated.normalized


def _format_problem(text: str) -> Problem:
    """An Indonesian explanation of why ``text`` is not an address, as specific as we can."""
    local, at, domain = text.partition("@")
    spaces = [ch for ch in text if ch.isspace()]
    if not at:
        hint = msg("tidak ada tanda @")
    elif "@" in domain:
        hint = msg("tanda @ lebih dari satu")
    elif spaces:
        hint = msg("ada spasi di dalamnya")
    elif not local:
        hint = msg("tidak ada nama sebelum @")
    elif "." not in domain:
        hint = msg("bagian setelah @ harus seperti gmail.com")
    elif ".." in text or local.startswith(".") or local.endswith(".") or domain.endswith("."):
        hint = msg("ada titik di tempat yang salah (dua titik berurutan, atau titik di awal/akhir)")
    elif not local.isascii():
        non_ascii = "".join(ch for ch in local if not ch.isascii())
        hint = msg(
            "sebelum @ hanya boleh huruf latin tanpa aksen, tetapi ada {characters}",
            characters=describe_characters(non_ascii),
        )
    else:
        hint = msg("ada karakter yang tidak boleh dipakai")
    return error(
        "",
        "email.format",
        msg(
            "Alamat email tidak valid: {hint}. Ketik ulang alamat email pemohon "
            "(contoh: nama@gmail.com).",
            hint=hint,
        ),
    )


def validate_email(text: str) -> list[Problem]:
    """Every problem with a typed email address (required). Problems carry an empty field."""
    stripped = text.strip()
    if not stripped:
        return [
            error(
                "",
                "email.required",
                msg(
                    "Email wajib diisi: akun OSS dibuat dengan email pemohon "
                    "(contoh: nama@gmail.com)."
                ),
            )
        ]
    validated = _validated(stripped)
    if validated is None:
        return [_format_problem(stripped)]
    suggestion = suggest_domain(validated.domain)
    if suggestion is not None:
        return [
            warning(
                "",
                "email.typo",
                msg(
                    "Domain email '{domain}' mungkin salah ketik; maksudnya '{suggestion}'? "
                    "Akun OSS terikat pada email ini: perbaiki, atau konfirmasi jika memang benar.",
                    domain=validated.domain,
                    suggestion=suggestion,
                ),
            )
        ]
    return []
