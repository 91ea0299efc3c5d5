"""Secrets of the server: device and session tokens, enrolment codes, password hashes.

Tokens are 32 random bytes, so a plain SHA-256 of a token is a safe thing to store and
look up by (nothing to brute-force); passwords are low-entropy and get argon2. A token's
prefix says what it is, so a device token used on a back-office endpoint is refused with
a message that says exactly that.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from typing import Final

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from fieldkit.domain.tracking import ALPHABET

DEVICE_TOKEN_PREFIX: Final = "fkd_"
SESSION_TOKEN_PREFIX: Final = "fks_"
# 12 symbols of the 31-symbol receipt alphabet: 31^12 ≈ 7.9e17 codes, typed from paper
# or scanned from a QR code, single-use and expiring.
ENROLMENT_CODE_LENGTH: Final = 12
_ENROLMENT_GROUP: Final = 4

_hasher = PasswordHasher()


def new_device_token() -> str:
    return DEVICE_TOKEN_PREFIX + secrets.token_urlsafe(32)


def new_session_token() -> str:
    return SESSION_TOKEN_PREFIX + secrets.token_urlsafe(32)


def new_csrf_token() -> str:
    return secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


def same_secret(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode("utf-8", "replace"), b.encode("utf-8", "replace"))


def new_enrolment_code() -> str:
    raw = "".join(secrets.choice(ALPHABET) for _ in range(ENROLMENT_CODE_LENGTH))
    return "-".join(
        raw[i : i + _ENROLMENT_GROUP] for i in range(0, ENROLMENT_CODE_LENGTH, _ENROLMENT_GROUP)
    )


def normalize_enrolment_code(text: str) -> str:
    """Case, spaces and hyphens ignored; only ASCII letters are upper-cased."""
    return "".join(
        ch.upper() if "a" <= ch <= "z" else ch for ch in text if not ch.isspace() and ch != "-"
    )


def enrolment_code_hash(text: str) -> str:
    return token_hash("enrol:" + normalize_enrolment_code(text))


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


# Verifying against this when the user does not exist keeps the response time the same,
# so sign-in timing does not tell which usernames exist.
DUMMY_PASSWORD_HASH: Final = _hasher.hash(secrets.token_urlsafe(16))
