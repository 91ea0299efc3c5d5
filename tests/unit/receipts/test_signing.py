"""Device keys, signatures and the office's device certificates."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from fieldkit.receipts.signing import (
    DeviceCertificate,
    KeyFormatError,
    b64url_decode,
    b64url_encode,
    is_signature_valid,
    issue_certificate,
    new_private_key,
    private_key_from_text,
    private_key_to_text,
    public_key_from_text,
    public_key_to_text,
    sign,
    trusted_keys,
    verify_certificate,
)

OFFICE_ID = "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"


def _same_key(a: Ed25519PrivateKey, b: Ed25519PrivateKey) -> bool:
    return a.private_bytes_raw() == b.private_bytes_raw()


def test_keys_round_trip_as_43_character_base64url() -> None:
    key = new_private_key()
    private_text = private_key_to_text(key)
    public_text = public_key_to_text(key)
    assert len(private_text) == len(public_text) == 43
    assert _same_key(private_key_from_text(private_text), key)
    assert public_key_to_text(public_key_from_text(public_text)) == public_text
    assert public_key_to_text(key.public_key()) == public_text


def test_signatures_verify_only_for_the_same_key_and_message() -> None:
    key, other = new_private_key(), new_private_key()
    signature = sign(key, b"message")
    assert len(signature) == 64
    assert sign(key, b"message") == signature  # Ed25519 is deterministic
    assert is_signature_valid(key.public_key(), signature, b"message")
    assert not is_signature_valid(key.public_key(), signature, b"messagf")
    assert not is_signature_valid(other.public_key(), signature, b"message")
    assert not is_signature_valid(key.public_key(), signature[:-1], b"message")


@pytest.mark.parametrize(
    "text",
    [
        "",
        "AAAA",
        b64url_encode(bytes(32)) + "=",  # padded
        b64url_encode(bytes(31)),  # too short
        b64url_encode(bytes(33)),  # too long
        "é" * 43,
        "!" * 43,
    ],
)
def test_malformed_key_text_is_refused(text: str) -> None:
    with pytest.raises(KeyFormatError):
        b64url_decode(text, length=32)


def test_non_canonical_base64_is_refused() -> None:
    canonical = b64url_encode(bytes(32))  # 43 characters; the last carries 2 unused bits
    assert b64url_decode(canonical, length=32) == bytes(32)
    with pytest.raises(KeyFormatError):
        b64url_decode(canonical[:-1] + "B", length=32)


@pytest.fixture
def office_key() -> Ed25519PrivateKey:
    return new_private_key()


@pytest.fixture
def device_key() -> Ed25519PrivateKey:
    return new_private_key()


@pytest.fixture
def certificate(office_key: Ed25519PrivateKey, device_key: Ed25519PrivateKey) -> DeviceCertificate:
    return issue_certificate(
        office_key,
        device_prefix="ABCDE",
        device_public_key=device_key.public_key(),
        office_id=OFFICE_ID,
    )


def test_a_certificate_verifies_with_the_office_key(
    office_key: Ed25519PrivateKey, device_key: Ed25519PrivateKey, certificate: DeviceCertificate
) -> None:
    assert certificate.public_key == public_key_to_text(device_key)
    assert verify_certificate(office_key.public_key(), certificate)
    assert not verify_certificate(new_private_key().public_key(), certificate)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("device_prefix", "ABCDF"),
        ("device_prefix", "abcde"),
        ("office_id", "another-office"),
        ("public_key", public_key_to_text(new_private_key())),
        ("public_key", "not a key"),
        ("signature", b64url_encode(bytes(64))),
        ("signature", "short"),
        ("version", 2),
    ],
)
def test_a_changed_certificate_does_not_verify(
    office_key: Ed25519PrivateKey, certificate: DeviceCertificate, field: str, value: object
) -> None:
    changed = dataclasses.replace(certificate, **{field: value})  # type: ignore[arg-type]  # each field gets a value of its own type
    assert not verify_certificate(office_key.public_key(), changed)


def test_certificates_travel_as_plain_dicts(
    office_key: Ed25519PrivateKey, certificate: DeviceCertificate
) -> None:
    data = certificate.as_dict()
    assert all(isinstance(v, str | int) for v in data.values())
    assert DeviceCertificate.from_dict(data) == certificate
    with pytest.raises(KeyFormatError):
        DeviceCertificate.from_dict({k: v for k, v in data.items() if k != "signature"})
    with pytest.raises(KeyFormatError):
        DeviceCertificate.from_dict({**data, "office_id": 7})


@pytest.mark.parametrize("prefix", ["ABCD", "ABCDEF", "ABCD0", "abcde"])
def test_issuing_refuses_a_bad_prefix(office_key: Ed25519PrivateKey, prefix: str) -> None:
    with pytest.raises(KeyFormatError):
        issue_certificate(
            office_key,
            device_prefix=prefix,
            device_public_key=new_private_key().public_key(),
            office_id=OFFICE_ID,
        )


def test_issuing_refuses_a_malformed_device_key(office_key: Ed25519PrivateKey) -> None:
    with pytest.raises(KeyFormatError):
        issue_certificate(
            office_key, device_prefix="ABCDE", device_public_key="AAAA", office_id=OFFICE_ID
        )


def test_trusted_keys_hold_certified_devices_and_the_local_key_uncertified(
    office_key: Ed25519PrivateKey, certificate: DeviceCertificate
) -> None:
    local = new_private_key()
    forged = issue_certificate(
        new_private_key(),  # not the office's key
        device_prefix="FGHJK",
        device_public_key=new_private_key().public_key(),
        office_id=OFFICE_ID,
    )
    foreign = issue_certificate(
        office_key,
        device_prefix="MNPQR",
        device_public_key=new_private_key().public_key(),
        office_id="another-office",
    )
    keys = trusted_keys(
        office_id=OFFICE_ID,
        office_public_key=office_key.public_key(),
        certificates=[certificate, forged, foreign],
        local_prefix="ZZZZZ",
        local_key=local.public_key(),
    )
    assert set(keys) == {"ABCDE", "ZZZZZ"}
    assert keys["ABCDE"].is_certified
    assert not keys["ZZZZZ"].is_certified


def test_a_certificate_for_the_local_prefix_makes_it_certified(
    office_key: Ed25519PrivateKey, device_key: Ed25519PrivateKey, certificate: DeviceCertificate
) -> None:
    keys = trusted_keys(
        office_id=OFFICE_ID,
        office_public_key=office_key.public_key(),
        certificates=[certificate],
        local_prefix="ABCDE",
        local_key=device_key.public_key(),
    )
    assert keys["ABCDE"].is_certified


def test_without_an_office_key_only_the_local_key_is_trusted(
    certificate: DeviceCertificate,
) -> None:
    local = new_private_key().public_key()
    keys = trusted_keys(
        office_id=OFFICE_ID,
        office_public_key=None,
        certificates=[certificate],
        local_prefix="ZZZZZ",
        local_key=local,
    )
    assert list(keys) == ["ZZZZZ"]
    assert not keys["ZZZZZ"].is_certified


def test_a_revoked_device_keeps_its_certified_key_with_the_revocation_day(
    office_key: Ed25519PrivateKey, certificate: DeviceCertificate
) -> None:
    day = dt.date(2026, 11, 26)
    keys = trusted_keys(
        office_id=OFFICE_ID,
        office_public_key=office_key.public_key(),
        certificates=[certificate],
        revoked={"ABCDE": day, "QQQQQ": day},
    )
    assert list(keys) == ["ABCDE"]  # a revocation alone vouches for nothing
    assert keys["ABCDE"].is_certified
    assert keys["ABCDE"].revoked_on == day
