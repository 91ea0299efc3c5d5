"""Ed25519 device keys and the office's certificates of them, as used to sign receipts.

Each laptop has its own Ed25519 key. At enrolment the server, which holds the office key,
certifies the laptop's public key together with its tracking-code prefix and the office id
(:func:`issue_certificate`); every laptop of the office then trusts a receipt signed by any
certified device, offline (:func:`trusted_keys`). Until a laptop is enrolled it signs with its
own key all the same, and its receipts verify as "unverified device" rather than "genuine".

Keys travel as text: the raw 32-byte key in unpadded base64url (43 characters).
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from fieldkit.domain.tracking import ALPHABET, PREFIX_LENGTH

KEY_BYTES = 32
SIGNATURE_BYTES = 64
CERTIFICATE_VERSION = 1
# Domain separation: a certificate signature can never be mistaken for a receipt signature.
_CERTIFICATE_CONTEXT = b"fieldkit-device-certificate"


class KeyFormatError(ValueError):
    """A key, signature or certificate is not in the expected text form."""


def b64url_encode(data: bytes) -> str:
    """Unpadded base64url, as in JWS (RFC 7515 section 2)."""
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64url_decode(text: str, *, length: int) -> bytes:
    """Bytes of an unpadded base64url text that must decode to exactly ``length`` bytes."""
    if not text.isascii() or "=" in text:
        raise KeyFormatError("not unpadded base64url text")
    try:
        data = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError) as exc:
        raise KeyFormatError(f"not base64url text ({exc})") from None
    if len(data) != length or b64url_encode(data) != text:  # refuse non-canonical spellings
        raise KeyFormatError(f"expected {length} bytes, got {len(data)}")
    return data


def new_private_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def private_key_to_text(key: Ed25519PrivateKey) -> str:
    return b64url_encode(key.private_bytes_raw())


def private_key_from_text(text: str) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(b64url_decode(text, length=KEY_BYTES))


def public_key_to_text(key: Ed25519PublicKey | Ed25519PrivateKey) -> str:
    public = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    return b64url_encode(public.public_bytes_raw())


def public_key_from_text(text: str) -> Ed25519PublicKey:
    return Ed25519PublicKey.from_public_bytes(b64url_decode(text, length=KEY_BYTES))


def sign(key: Ed25519PrivateKey, message: bytes) -> bytes:
    """The 64-byte Ed25519 signature (deterministic: same key and message, same bytes)."""
    return key.sign(message)


def is_signature_valid(key: Ed25519PublicKey, signature: bytes, message: bytes) -> bool:
    if len(signature) != SIGNATURE_BYTES:
        return False
    try:
        key.verify(signature, message)
    except InvalidSignature:
        return False
    return True


# --- certificates ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DeviceCertificate:
    """The office's statement "device ``device_prefix`` of office ``office_id`` holds this key".

    ``public_key`` and ``signature`` are base64url text, so the certificate travels as JSON
    unchanged (:meth:`as_dict`, :meth:`from_dict`).
    """

    device_prefix: str
    office_id: str
    public_key: str
    signature: str
    version: int = CERTIFICATE_VERSION

    def as_dict(self) -> dict[str, str | int]:
        return {
            "version": self.version,
            "device_prefix": self.device_prefix,
            "office_id": self.office_id,
            "public_key": self.public_key,
            "signature": self.signature,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> DeviceCertificate:
        """Raises KeyFormatError when a field is missing or of the wrong type."""
        fields = ("device_prefix", "office_id", "public_key", "signature")
        values = [data.get(name) for name in fields]
        version = data.get("version", CERTIFICATE_VERSION)
        if not all(isinstance(v, str) for v in values) or not isinstance(version, int):
            raise KeyFormatError(f"a device certificate needs the text fields {', '.join(fields)}")
        prefix, office_id, public_key, signature = (str(v) for v in values)
        return cls(prefix, office_id, public_key, signature, version)


def certificate_message(*, device_prefix: str, office_id: str, public_key: str) -> bytes:
    """The exact bytes the office key signs: context, version and the three fields.

    Fields are newline-separated; none of them may contain a control character, so the
    split is unambiguous.
    """
    for value in (device_prefix, office_id, public_key):
        if any(ord(ch) < 0x20 for ch in value):
            raise KeyFormatError("certificate fields may not contain control characters")
    body = f"{CERTIFICATE_VERSION}\n{device_prefix}\n{office_id}\n{public_key}"
    return _CERTIFICATE_CONTEXT + b"\n" + body.encode("utf-8")


def _check_prefix(prefix: str) -> None:
    if len(prefix) != PREFIX_LENGTH or not set(prefix) <= set(ALPHABET):
        raise KeyFormatError(f"device prefix must be {PREFIX_LENGTH} symbols of {ALPHABET}")


def issue_certificate(
    office_private_key: Ed25519PrivateKey,
    *,
    device_prefix: str,
    device_public_key: Ed25519PublicKey | str,
    office_id: str,
) -> DeviceCertificate:
    """Certify a device's key; run by the server at enrolment (it holds the office key)."""
    _check_prefix(device_prefix)
    public_text = (
        device_public_key
        if isinstance(device_public_key, str)
        else public_key_to_text(device_public_key)
    )
    public_key_from_text(public_text)  # refuse a malformed key before vouching for it
    message = certificate_message(
        device_prefix=device_prefix, office_id=office_id, public_key=public_text
    )
    return DeviceCertificate(
        device_prefix=device_prefix,
        office_id=office_id,
        public_key=public_text,
        signature=b64url_encode(sign(office_private_key, message)),
    )


def verify_certificate(office_public_key: Ed25519PublicKey, cert: DeviceCertificate) -> bool:
    """True when the office key signed exactly this prefix, office id and device key."""
    if cert.version != CERTIFICATE_VERSION:
        return False
    try:
        _check_prefix(cert.device_prefix)
        public_key_from_text(cert.public_key)
        signature = b64url_decode(cert.signature, length=SIGNATURE_BYTES)
        message = certificate_message(
            device_prefix=cert.device_prefix, office_id=cert.office_id, public_key=cert.public_key
        )
    except (KeyFormatError, ValueError):
        return False
    return is_signature_valid(office_public_key, signature, message)


# --- what a verifier trusts -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TrustedKey:
    """A device's public key as a verifier knows it: certified by the office, or only local."""

    public_key: Ed25519PublicKey
    is_certified: bool
    # The day (office time) the office revoked this device, when it did: its receipts still
    # verify, with that warning.
    revoked_on: dt.date | None = None


def trusted_keys(
    *,
    office_id: str,
    office_public_key: Ed25519PublicKey | None,
    certificates: Iterable[DeviceCertificate],
    local_prefix: str | None = None,
    local_key: Ed25519PublicKey | None = None,
    revoked: Mapping[str, dt.date] | None = None,
) -> dict[str, TrustedKey]:
    """Device prefix -> key, for :func:`fieldkit.receipts.payload.verify_receipt`.

    A certificate counts only if the office key signed it for this office. The laptop's own
    key is trusted as uncertified unless one of those certificates vouches for it; it never
    displaces a certified key of the same prefix. ``revoked``: device prefix -> the day the
    office revoked it; such a device's certified key carries that day.
    """
    found: dict[str, TrustedKey] = {}
    revoked = revoked or {}
    if office_public_key is not None:
        for cert in certificates:
            if cert.office_id == office_id and verify_certificate(office_public_key, cert):
                found[cert.device_prefix] = TrustedKey(
                    public_key_from_text(cert.public_key),
                    is_certified=True,
                    revoked_on=revoked.get(cert.device_prefix),
                )
    if local_prefix is not None and local_key is not None and local_prefix not in found:
        found[local_prefix] = TrustedKey(local_key, is_certified=False)
    return found
