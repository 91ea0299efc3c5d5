"""The signed QR payload: its size, reading it back, and every way of tampering with it."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given
from hypothesis import strategies as st

from fieldkit.domain.tracking import ALPHABET, make_tracking_code
from fieldkit.receipts.payload import (
    MAX_BASE_URL_LENGTH,
    PLACEHOLDER_BASE,
    QR_TARGET_VERSION,
    RECEIPT_DIGITS,
    ReceiptPayload,
    ReceiptStatus,
    base_url_problem,
    effective_base_url,
    encode_qr,
    make_payload,
    status_url,
    verify_receipt,
)
from fieldkit.receipts.signing import TrustedKey, new_private_key

OFFICE_ID = "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"
BASE = "https://izin.bogorkab.go.id"
DAY = dt.date(2026, 11, 25)
PREFIX = "ABCDE"
CODE = make_tracking_code(PREFIX, 1234)  # display form
COMPACT = CODE.replace("-", "")


@pytest.fixture(scope="module")
def key() -> Ed25519PrivateKey:
    return new_private_key()


@pytest.fixture(scope="module")
def trusted(key: Ed25519PrivateKey) -> dict[str, TrustedKey]:
    return {PREFIX: TrustedKey(key.public_key(), is_certified=True)}


@pytest.fixture(scope="module")
def payload(key: Ed25519PrivateKey) -> ReceiptPayload:
    return make_payload(
        tracking_code=CODE, issued_on=DAY, office_id=OFFICE_ID, base_url=BASE, private_key=key
    )


def check(text: str, trusted: dict[str, TrustedKey]) -> ReceiptStatus:
    return verify_receipt(text, trusted_keys=trusted, office_id=OFFICE_ID).status


# --- format and size -----------------------------------------------------------------------------


def test_the_payload_is_the_status_url_with_one_run_of_digits(payload: ReceiptPayload) -> None:
    assert re.fullmatch(rf"{re.escape(BASE)}/s/{COMPACT}\?r=1{DAY:%Y%m%d}\d{{155}}", payload.text)
    assert len(payload.text) == len(BASE) + len("/s/") + 10 + len("?r=") + RECEIPT_DIGITS == 207
    assert payload.device_prefix == PREFIX


def test_the_qr_code_is_version_7_at_most_for_the_longest_allowed_base_url(
    key: Ed25519PrivateKey,
) -> None:
    """Version 7 (45 modules) at level M: 0.8 mm modules on a 36 mm code on 58 mm paper."""
    longest = "https://" + "a" * (MAX_BASE_URL_LENGTH - len("https://.id")) + ".id"
    assert len(longest) == MAX_BASE_URL_LENGTH
    versions = {}
    for base in (PLACEHOLDER_BASE, BASE, longest):
        made = make_payload(
            tracking_code=CODE, issued_on=DAY, office_id=OFFICE_ID, base_url=base, private_key=key
        )
        versions[base] = encode_qr(made).version
    assert versions == {PLACEHOLDER_BASE: 6, BASE: 7, longest: QR_TARGET_VERSION}
    one_more = make_payload(
        tracking_code=CODE,
        issued_on=DAY,
        office_id=OFFICE_ID,
        base_url=longest + "x",
        private_key=key,
    )
    assert encode_qr(one_more).version == QR_TARGET_VERSION + 1  # the limit is tight


def test_the_qr_symbol_has_the_modules_of_its_version(payload: ReceiptPayload) -> None:
    symbol = encode_qr(payload)
    assert symbol.size == 17 + 4 * symbol.version == 45
    assert all(len(row) == symbol.size for row in symbol.modules)


def test_no_personal_data_in_the_payload(payload: ReceiptPayload) -> None:
    # Only the URL, the code and digits: no name, no NIK-like 16-digit run outside the signature.
    assert payload.text.split("?r=")[0] == f"{BASE}/s/{COMPACT}"


def test_the_status_url_to_type_has_the_readable_hyphen() -> None:
    assert status_url(BASE, COMPACT.lower()) == f"{BASE}/s/{CODE}"
    assert status_url(PLACEHOLDER_BASE, CODE) == ""
    with pytest.raises(ValueError, match="tracking code"):
        status_url(BASE, "ABCDE-FGHJ")


@pytest.mark.parametrize(
    ("configured", "effective"),
    [(None, PLACEHOLDER_BASE), ("", PLACEHOLDER_BASE), (" https://a.id/ ", "https://a.id")],
)
def test_effective_base_url(configured: str | None, effective: str) -> None:
    assert effective_base_url(configured) == effective


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("", None),
        ("https://izin.bogorkab.go.id", None),
        ("http://10.0.0.5:8080/fieldkit/", None),
        ("izin.bogorkab.go.id", "alamat web lengkap"),
        ("https://izin.bogorkab.go.id/?a=1", "tanda tanya"),
        ("https://izin bogorkab.go.id", "tanpa spasi"),
        ("https://perizinan-berusaha.dpmptsp.kabupatenbogor.go.id", "terlalu panjang"),
    ],
)
def test_base_url_problems_are_explained(text: str, fragment: str | None) -> None:
    problem = base_url_problem(text)
    if fragment is None:
        assert problem is None
    else:
        assert problem is not None
        assert fragment in str(problem)


# --- genuine, unverified, code only ---------------------------------------------------------------


def test_a_genuine_receipt_verifies(
    payload: ReceiptPayload, trusted: dict[str, TrustedKey]
) -> None:
    verdict = verify_receipt(f"  {payload.text}\n", trusted_keys=trusted, office_id=OFFICE_ID)
    assert verdict.status is ReceiptStatus.GENUINE
    assert verdict.is_genuine
    assert verdict.is_signature_valid
    assert verdict.problem == ""
    assert verdict.tracking_code == CODE
    assert verdict.issued_on == DAY
    assert verdict.base_url == BASE
    assert verdict.device_prefix == PREFIX
    assert "asli" in verdict.reason


def test_a_receipt_of_an_unenrolled_device_is_flagged_unverified(
    payload: ReceiptPayload, key: Ed25519PrivateKey
) -> None:
    local = {PREFIX: TrustedKey(key.public_key(), is_certified=False)}
    verdict = verify_receipt(payload.text, trusted_keys=local, office_id=OFFICE_ID)
    assert verdict.status is ReceiptStatus.UNVERIFIED_DEVICE
    assert verdict.is_signature_valid
    assert not verdict.is_genuine
    assert verdict.problem == "receipt.device_unverified"
    assert "belum disahkan" in verdict.reason


def test_the_placeholder_base_is_verifiable(
    key: Ed25519PrivateKey, trusted: dict[str, TrustedKey]
) -> None:
    made = make_payload(
        tracking_code=CODE,
        issued_on=DAY,
        office_id=OFFICE_ID,
        base_url=PLACEHOLDER_BASE,
        private_key=key,
    )
    assert made.text.startswith(f"fieldkit:/s/{COMPACT}?r=1")
    assert check(made.text, trusted) is ReceiptStatus.GENUINE


@pytest.mark.parametrize(
    "typed",
    [
        CODE,
        COMPACT,
        COMPACT.lower(),
        f" {COMPACT[:3]} {COMPACT[3:7].lower()}-{COMPACT[7:]} ",
        f"{BASE}/s/{CODE}",
        f"{BASE}/s/{COMPACT.lower()}",
    ],
)
def test_a_typed_code_or_status_address_is_read_but_not_genuine(
    typed: str, trusted: dict[str, TrustedKey]
) -> None:
    verdict = verify_receipt(typed, trusted_keys=trusted, office_id=OFFICE_ID)
    assert verdict.status is ReceiptStatus.CODE_ONLY
    assert verdict.tracking_code == CODE
    assert verdict.problem == "receipt.no_signature"
    assert not verdict.is_genuine


# --- tampering ------------------------------------------------------------------------------------


def _with_digits(payload: ReceiptPayload, digits: str) -> str:
    return payload.url_part + digits


def test_a_changed_base_url_is_forged(
    payload: ReceiptPayload, trusted: dict[str, TrustedKey]
) -> None:
    for base in ("https://izin.bogorkab.go.id.evil.example", "http://izin.bogorkab.go.id"):
        verdict = verify_receipt(
            payload.text.replace(BASE, base), trusted_keys=trusted, office_id=OFFICE_ID
        )
        assert verdict.status is ReceiptStatus.FORGED
        assert verdict.problem == "receipt.signature"
        assert "Tanda tangan tidak cocok" in verdict.reason


def test_another_valid_code_of_the_same_device_is_forged(
    payload: ReceiptPayload, trusted: dict[str, TrustedKey]
) -> None:
    other = make_tracking_code(PREFIX, 1235).replace("-", "")
    assert check(payload.text.replace(COMPACT, other), trusted) is ReceiptStatus.FORGED


def test_a_code_with_a_wrong_check_character_is_malformed(
    payload: ReceiptPayload, trusted: dict[str, TrustedKey]
) -> None:
    """Every single-symbol change of the code in the QR is caught by the check character."""
    for position in range(10):
        for symbol in ALPHABET:
            if symbol == COMPACT[position]:
                continue
            typo = COMPACT[:position] + symbol + COMPACT[position + 1 :]
            verdict = verify_receipt(
                payload.text.replace(COMPACT, typo), trusted_keys=trusted, office_id=OFFICE_ID
            )
            assert verdict.status is ReceiptStatus.MALFORMED
            assert verdict.problem == "tracking.checksum"
            assert "salah ketik" in verdict.reason


def test_a_valid_code_of_an_unknown_device_is_reported(
    payload: ReceiptPayload, trusted: dict[str, TrustedKey]
) -> None:
    stranger = make_tracking_code("ZZZZZ", 1234).replace("-", "")
    verdict = verify_receipt(
        payload.text.replace(COMPACT, stranger), trusted_keys=trusted, office_id=OFFICE_ID
    )
    assert verdict.status is ReceiptStatus.UNKNOWN_DEVICE
    assert verdict.problem == "receipt.device_unknown"
    assert "ZZZZZ" in verdict.reason


def test_an_unknown_version_is_malformed(
    payload: ReceiptPayload, trusted: dict[str, TrustedKey]
) -> None:
    for version in "023456789":
        verdict = verify_receipt(
            _with_digits(payload, version + payload.digits[1:]),
            trusted_keys=trusted,
            office_id=OFFICE_ID,
        )
        assert verdict.status is ReceiptStatus.MALFORMED
        assert verdict.problem == "receipt.version"
        assert f"Versi tanda terima {version}" in verdict.reason


@pytest.mark.parametrize("date", ["20261126", "20251125", "20261124"])
def test_another_valid_date_is_forged(
    payload: ReceiptPayload, trusted: dict[str, TrustedKey], date: str
) -> None:
    text = _with_digits(payload, "1" + date + payload.digits[9:])
    assert check(text, trusted) is ReceiptStatus.FORGED


@pytest.mark.parametrize("date", ["20261131", "20261325", "00000000"])
def test_an_impossible_date_is_malformed(
    payload: ReceiptPayload, trusted: dict[str, TrustedKey], date: str
) -> None:
    verdict = verify_receipt(
        _with_digits(payload, "1" + date + payload.digits[9:]),
        trusted_keys=trusted,
        office_id=OFFICE_ID,
    )
    assert verdict.status is ReceiptStatus.MALFORMED
    assert verdict.problem == "receipt.date"


def test_every_changed_signature_digit_is_forged(
    payload: ReceiptPayload, trusted: dict[str, TrustedKey]
) -> None:
    digits = payload.digits
    for position in range(9, len(digits)):
        changed = str((int(digits[position]) + 1) % 10)
        text = _with_digits(payload, digits[:position] + changed + digits[position + 1 :])
        assert check(text, trusted) is ReceiptStatus.FORGED, position


def test_a_signature_number_too_large_for_64_bytes_is_forged(
    payload: ReceiptPayload, trusted: dict[str, TrustedKey]
) -> None:
    assert check(_with_digits(payload, payload.digits[:9] + "9" * 155), trusted) is (
        ReceiptStatus.FORGED
    )


def test_every_truncation_is_refused_and_a_cut_signature_says_so(
    payload: ReceiptPayload, trusted: dict[str, TrustedKey]
) -> None:
    text = payload.text
    digits_start = len(payload.url_part)
    for length in range(len(text)):
        verdict = verify_receipt(text[:length], trusted_keys=trusted, office_id=OFFICE_ID)
        assert not verdict.is_signature_valid, length
        if length >= digits_start:
            assert verdict.status is ReceiptStatus.MALFORMED
            assert verdict.problem == "receipt.truncated"
            assert "terpotong" in verdict.reason


def test_a_receipt_signed_by_another_device_key_is_forged(
    trusted: dict[str, TrustedKey],
) -> None:
    """Another laptop (or a forger) signs with its own key but claims this device's code."""
    other = make_payload(
        tracking_code=CODE,
        issued_on=DAY,
        office_id=OFFICE_ID,
        base_url=BASE,
        private_key=new_private_key(),
    )
    verdict = verify_receipt(other.text, trusted_keys=trusted, office_id=OFFICE_ID)
    assert verdict.status is ReceiptStatus.FORGED
    assert f"kunci perangkat {PREFIX}" in verdict.reason


def test_a_receipt_of_another_office_is_forged(
    payload: ReceiptPayload, trusted: dict[str, TrustedKey]
) -> None:
    verdict = verify_receipt(payload.text, trusted_keys=trusted, office_id="another-office")
    assert verdict.status is ReceiptStatus.FORGED


@pytest.mark.parametrize(
    ("suffix", "problem"),
    [
        ("&r=1", "receipt.format"),  # the parameter twice
        ("&x=1", "receipt.format"),  # a parameter we never write
        ("0", "receipt.format"),  # one digit too many
        ("a", "receipt.format"),  # not a digit
    ],
)
def test_extra_content_is_malformed(
    payload: ReceiptPayload, trusted: dict[str, TrustedKey], suffix: str, problem: str
) -> None:
    verdict = verify_receipt(payload.text + suffix, trusted_keys=trusted, office_id=OFFICE_ID)
    assert verdict.status is ReceiptStatus.MALFORMED
    assert verdict.problem == problem


@pytest.mark.parametrize(
    "text", ["https://example.com/", "fieldkit:something", "https://a.id/t/ABCDE-23456?r=1"]
)
def test_addresses_of_other_things_are_malformed(text: str, trusted: dict[str, TrustedKey]) -> None:
    verdict = verify_receipt(text, trusted_keys=trusted, office_id=OFFICE_ID)
    assert verdict.status is ReceiptStatus.MALFORMED
    assert verdict.problem == "receipt.format"


@given(st.text(max_size=300))
def test_any_text_gets_a_verdict_with_a_reason(text: str) -> None:
    verdict = verify_receipt(text, trusted_keys={}, office_id=OFFICE_ID)
    assert verdict.reason
    assert verdict.status is not ReceiptStatus.GENUINE


@pytest.mark.parametrize(
    ("revoked_on", "verdict_says"),
    [
        (DAY + dt.timedelta(days=3), "sebelum pencabutan"),
        (DAY, "pada atau setelah pencabutan"),
        (DAY - dt.timedelta(days=1), "pada atau setelah pencabutan"),
    ],
)
def test_a_receipt_of_a_revoked_device_verifies_with_the_revocation_date(
    payload: ReceiptPayload, key: Ed25519PrivateKey, revoked_on: dt.date, verdict_says: str
) -> None:
    revoked = {PREFIX: TrustedKey(key.public_key(), is_certified=True, revoked_on=revoked_on)}
    verdict = verify_receipt(payload.text, trusted_keys=revoked, office_id=OFFICE_ID)
    assert verdict.status is ReceiptStatus.REVOKED_DEVICE
    assert verdict.is_signature_valid
    assert not verdict.is_genuine
    assert verdict.problem == "receipt.device_revoked"
    assert verdict.revoked_on == revoked_on
    assert verdict.tracking_code == CODE
    assert f"perangkat dicabut sejak {revoked_on.day} November 2026" in verdict.reason
    assert verdict_says in verdict.reason


def test_a_revoked_device_does_not_make_a_forgery_look_signed(
    payload: ReceiptPayload,
) -> None:
    other = new_private_key()
    revoked = {PREFIX: TrustedKey(other.public_key(), is_certified=True, revoked_on=DAY)}
    verdict = verify_receipt(payload.text, trusted_keys=revoked, office_id=OFFICE_ID)
    assert verdict.status is ReceiptStatus.FORGED  # the signature is checked first
