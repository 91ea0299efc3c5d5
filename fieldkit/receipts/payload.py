"""The signed QR payload of a receipt: what it holds, how it is read back and verified offline.

Format (version 1), for a status base URL ``B``::

    B/s/ABCDE23456?r=1202611250385…(155 digits)

- ``B/s/ABCDE23456`` is the public status page of the application; a phone camera opens it.
  The tracking code is written without its hyphen; its first five symbols are the prefix of
  the device that signed, so no device id is repeated.
- ``r`` is one run of digits: the payload version (1 digit), the issue date as YYYYMMDD in the
  office's zone (8 digits) and the Ed25519 signature as a 155-digit big-endian number.
  Digits rather than base64 because a QR code stores a run of digits in numeric mode at 3.33
  bits a character against 8 for text: the whole payload fits version 7 at error correction
  level M (version 6 with the placeholder base), where base64 needs version 8 or 9, and every
  version down is larger modules on a 58 mm thermal print. (SMART Health Cards' ``shc:/``
  numeric encoding is the precedent.)
- The signature covers :func:`signed_message`: a context string, the version, the tracking
  code, the date, the office id and ``B``. The office id is not in the QR code: a verifier
  checks against its own office, so a receipt of another office does not verify. ``B`` is
  signed so that a copy pointing the QR code at another site is detected.

No personal data is in the QR code: a tracking code, a date and a signature.

``B`` is the office setting ``status_base_url`` (``https://host[/path]``, no trailing slash).
Until the office has a server, ``B`` is the placeholder ``fieldkit:`` (:data:`PLACEHOLDER_BASE`):
the QR code is still produced and verifies on every fieldkit laptop of the office; a phone
shows it as text, and the printed receipt tells the applicant to show it to an officer.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import re
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import parse_qs

import qrcode
import qrcode.constants
import qrcode.util
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from fieldkit.domain.dates import format_date
from fieldkit.domain.messages import Text, msg
from fieldkit.domain.tracking import (
    PREFIX_LENGTH,
    normalize_tracking_code,
    validate_tracking_code,
)
from fieldkit.receipts.signing import SIGNATURE_BYTES, TrustedKey, is_signature_valid, sign

PAYLOAD_VERSION = 1
PLACEHOLDER_BASE = "fieldkit:"
STATUS_PATH = "/s/"
RECEIPT_PARAMETER = "r"
SIGNATURE_DIGITS = len(str(2 ** (8 * SIGNATURE_BYTES) - 1))  # 155
_DATE_DIGITS = 8
RECEIPT_DIGITS = 1 + _DATE_DIGITS + SIGNATURE_DIGITS  # 164
# With a base URL of at most this many characters the QR code stays at version 7 (level M),
# 45 modules wide: 0.8 mm modules on a 36 mm code, several thermal dots each.
MAX_BASE_URL_LENGTH = 36
QR_TARGET_VERSION = 7
_CONTEXT = b"fieldkit-receipt"
_BASE_URL = re.compile(r"https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?(/[A-Za-z0-9._~%!$&'()*+,;=:@/-]*)?")


# --- the base URL -------------------------------------------------------------------------------


def base_url_problem(text: str) -> Text | None:
    """Why ``text`` cannot be the status base URL (translatable), or None when it can.

    Empty means "no server yet" and is allowed (the placeholder is used).
    """
    cleaned = text.strip()
    if not cleaned:
        return None
    if not _BASE_URL.fullmatch(cleaned):
        return msg(
            "Alamat halaman status harus berupa alamat web lengkap tanpa spasi, tanda tanya atau "
            "tanda pagar, misalnya https://izin.bogorkab.go.id."
        )
    if len(cleaned.rstrip("/")) > MAX_BASE_URL_LENGTH:
        return msg(
            "Alamat halaman status terlalu panjang ({length} karakter, paling banyak {limit}): "
            "kode QR menjadi terlalu rapat untuk dipindai dari cetakan printer thermal. Pakai "
            "alamat yang lebih pendek, misalnya https://izin.bogorkab.go.id.",
            length=len(cleaned.rstrip("/")),
            limit=MAX_BASE_URL_LENGTH,
        )
    return None


def effective_base_url(configured: str | None) -> str:
    """The base the QR code uses: the configured URL without a trailing slash, or the
    placeholder when none is configured."""
    cleaned = (configured or "").strip().rstrip("/")
    return cleaned or PLACEHOLDER_BASE


def is_placeholder(base_url: str) -> bool:
    return base_url == PLACEHOLDER_BASE


def _compact_code(tracking_code: str) -> str:
    code = normalize_tracking_code(tracking_code)
    if code is None:
        raise ValueError(f"not a valid tracking code: {tracking_code!r}")
    return code.replace("-", "")


def status_url(base_url: str, tracking_code: str) -> str:
    """The status page address to print for typing by hand, with the readable hyphen
    (``https://host/s/ABCDE-23456``); empty with the placeholder base, which has no page."""
    if is_placeholder(base_url):
        return ""
    code = normalize_tracking_code(tracking_code)
    if code is None:
        raise ValueError(f"not a valid tracking code: {tracking_code!r}")
    return f"{base_url}{STATUS_PATH}{code}"


# --- signing ------------------------------------------------------------------------------------


def signed_message(
    *, version: int, tracking_code: str, issued_on: dt.date, office_id: str, base_url: str
) -> bytes:
    """The canonical bytes a receipt signature covers (fields newline-separated; none may
    hold a control character, so the split is unambiguous)."""
    fields = (str(version), tracking_code, issued_on.strftime("%Y%m%d"), office_id, base_url)
    if any(ord(ch) < 0x20 for value in fields for ch in value):
        raise ValueError("receipt fields may not contain control characters")
    return _CONTEXT + b"\n" + "\n".join(fields).encode("utf-8")


@dataclass(frozen=True, slots=True)
class ReceiptPayload:
    """What the QR code holds; :attr:`text` is the exact string encoded."""

    version: int
    tracking_code: str  # compact, ABCDE23456
    issued_on: dt.date
    base_url: str
    signature: bytes

    @property
    def device_prefix(self) -> str:
        return self.tracking_code[:PREFIX_LENGTH]

    @property
    def url_part(self) -> str:
        """Everything before the digits: stored in the QR code as bytes."""
        return f"{self.base_url}{STATUS_PATH}{self.tracking_code}?{RECEIPT_PARAMETER}="

    @property
    def digits(self) -> str:
        """Version, date and signature: stored in the QR code in numeric mode."""
        number = str(int.from_bytes(self.signature, "big")).zfill(SIGNATURE_DIGITS)
        return f"{self.version}{self.issued_on.strftime('%Y%m%d')}{number}"

    @property
    def text(self) -> str:
        return self.url_part + self.digits


def make_payload(
    *,
    tracking_code: str,
    issued_on: dt.date,
    office_id: str,
    base_url: str,
    private_key: Ed25519PrivateKey,
) -> ReceiptPayload:
    """Sign a receipt. ``base_url`` is the value of :func:`effective_base_url`."""
    code = _compact_code(tracking_code)
    message = signed_message(
        version=PAYLOAD_VERSION,
        tracking_code=code,
        issued_on=issued_on,
        office_id=office_id,
        base_url=base_url,
    )
    return ReceiptPayload(PAYLOAD_VERSION, code, issued_on, base_url, sign(private_key, message))


# --- the QR symbol ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class QrSymbol:
    """A QR code as modules (True is dark), without a quiet zone, and its version (1-40)."""

    version: int
    modules: tuple[tuple[bool, ...], ...]

    @property
    def size(self) -> int:
        return len(self.modules)


_MIN_NUMERIC_RUN = 20  # shorter digit runs cost more in a segment header than they save


def encode_qr_text(text: str) -> QrSymbol:
    """The QR code of ``text`` at error correction level M.

    A trailing run of digits (a receipt payload's version, date and signature) is stored in
    numeric mode, the rest as bytes; this keeps a receipt at version 7 or below.
    """
    body = text.rstrip("0123456789")
    digits = text[len(body) :]
    if len(digits) < _MIN_NUMERIC_RUN:
        body, digits = text, ""
    qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=0)
    if body:
        qr.add_data(qrcode.util.QRData(body.encode("utf-8"), qrcode.util.MODE_8BIT_BYTE))
    if digits:
        qr.add_data(qrcode.util.QRData(digits, qrcode.util.MODE_NUMBER))
    qr.make(fit=True)
    matrix = qr.get_matrix()
    return QrSymbol(int(qr.version), tuple(tuple(bool(m) for m in row) for row in matrix))


def encode_qr(payload: ReceiptPayload) -> QrSymbol:
    return encode_qr_text(payload.text)


# --- reading back and verifying -----------------------------------------------------------------


class ReceiptStatus(enum.StrEnum):
    GENUINE = "genuine"  # signed by a device the office certified
    REVOKED_DEVICE = "revoked_device"  # signed by a certified device the office revoked since
    UNVERIFIED_DEVICE = "unverified_device"  # signature right, but the device is not enrolled yet
    CODE_ONLY = "code_only"  # a tracking code or status address without a signature
    FORGED = "forged"  # the signature does not match the content
    UNKNOWN_DEVICE = "unknown_device"  # no key known for the device that signed
    MALFORMED = "malformed"  # not a readable receipt: truncated, mistyped, wrong format


@dataclass(frozen=True, slots=True)
class ReceiptVerification:
    """The verdict on a scanned or typed receipt; ``reason`` is Indonesian, for the officer.

    ``problem`` is a stable code for what failed (empty when nothing did): receipt.signature,
    receipt.truncated, receipt.device_unknown, receipt.version, receipt.date, receipt.format,
    receipt.no_signature, receipt.device_unverified, receipt.device_revoked, or a tracking.* code of
    fieldkit.domain.tracking (tracking.checksum: the check character is wrong).
    """

    status: ReceiptStatus
    reason: str
    problem: str = ""
    tracking_code: str | None = None  # display form, when the code itself is valid
    issued_on: dt.date | None = None
    base_url: str | None = None
    revoked_on: dt.date | None = None  # REVOKED_DEVICE: the day the office revoked the device

    @property
    def is_genuine(self) -> bool:
        return self.status is ReceiptStatus.GENUINE

    @property
    def is_signature_valid(self) -> bool:
        return self.status in {
            ReceiptStatus.GENUINE,
            ReceiptStatus.UNVERIFIED_DEVICE,
            ReceiptStatus.REVOKED_DEVICE,
        }

    @property
    def device_prefix(self) -> str | None:
        return None if self.tracking_code is None else self.tracking_code[:PREFIX_LENGTH]


def _verdict(
    status: ReceiptStatus, problem: str, reason: str, seen: ReceiptVerification | None = None
) -> ReceiptVerification:
    """A verdict carrying what was read so far (``seen``: code, base URL, date)."""
    if seen is None:
        return ReceiptVerification(status, reason, problem)
    return dataclasses.replace(seen, status=status, reason=reason, problem=problem)


def _code_verdict(text: str) -> tuple[str | None, ReceiptVerification | None]:
    """The display code of ``text``, or the verdict saying why it is not a valid code."""
    code = normalize_tracking_code(text)
    if code is not None:
        return code, None
    first = validate_tracking_code(text)[0]
    return None, _verdict(ReceiptStatus.MALFORMED, first.code, first.message)


def _code_only(code: str, *, base_url: str | None = None) -> ReceiptVerification:
    return ReceiptVerification(
        ReceiptStatus.CODE_ONLY,
        "Kode pelacakan sah, tetapi tanpa tanda tangan: keaslian tanda terima hanya bisa "
        "diperiksa dengan memindai kode QR-nya.",
        "receipt.no_signature",
        tracking_code=code,
        base_url=base_url,
    )


def verify_receipt(
    text: str, *, trusted_keys: Mapping[str, TrustedKey], office_id: str
) -> ReceiptVerification:
    """Read what a scanner or an officer typed, and judge it, offline.

    Accepts the full QR content, a status address typed by hand, or a bare tracking code
    (any case, spaces and hyphens ignored). Only the full content can be genuine; the others
    come back as CODE_ONLY when the code itself is valid.
    """
    malformed = ReceiptStatus.MALFORMED
    cleaned = text.strip()
    marker = cleaned.rfind(STATUS_PATH)
    if marker < 0:
        if "://" in cleaned or cleaned.startswith(PLACEHOLDER_BASE):
            return _verdict(
                malformed,
                "receipt.format",
                "Alamat ini bukan alamat tanda terima fieldkit (tidak ada bagian /s/ diikuti "
                "kode pelacakan). Pindai ulang kode QR pada tanda terima.",
            )
        code, failed = _code_verdict(cleaned)
        if failed is not None:
            return failed
        assert code is not None  # _code_verdict returns one or the other
        return _code_only(code)
    base_url, rest = cleaned[:marker], cleaned[marker + len(STATUS_PATH) :]
    path, has_query, query = rest.partition("?")
    code, failed = _code_verdict(path)
    if failed is not None:
        return failed
    assert code is not None  # _code_verdict returns one or the other
    if not has_query:
        return _code_only(code, base_url=base_url)
    seen = ReceiptVerification(malformed, "", tracking_code=code, base_url=base_url)
    parameters = parse_qs(query, keep_blank_values=True)
    values = parameters.get(RECEIPT_PARAMETER, [])
    if len(values) != 1 or set(parameters) != {RECEIPT_PARAMETER}:
        return _verdict(
            malformed,
            "receipt.format",
            "Isi kode QR tidak dikenali (parameter tanda terima hilang atau ganda). Pindai ulang "
            "kode QR pada tanda terima.",
            seen,
        )
    digits = values[0]
    if digits and not (digits.isascii() and digits.isdigit()):
        return _verdict(
            malformed,
            "receipt.format",
            "Bagian tanda tangan kode QR berisi karakter selain angka. Pindai ulang kode QR.",
            seen,
        )
    if len(digits) < RECEIPT_DIGITS:
        return _verdict(
            malformed,
            "receipt.truncated",
            f"Isi kode QR terpotong: bagian tanda tangan berisi {len(digits)} dari "
            f"{RECEIPT_DIGITS} angka. Pindai ulang seluruh kode QR; jika tetap gagal, periksa "
            "dengan kode pelacakannya saja.",
            seen,
        )
    if len(digits) > RECEIPT_DIGITS:
        return _verdict(
            malformed,
            "receipt.format",
            f"Bagian tanda tangan kode QR terlalu panjang ({len(digits)} angka, seharusnya "
            f"{RECEIPT_DIGITS}): isinya telah diubah atau bukan tanda terima fieldkit.",
            seen,
        )
    version = int(digits[0])
    if version != PAYLOAD_VERSION:
        return _verdict(
            malformed,
            "receipt.version",
            f"Versi tanda terima {version} tidak dikenal aplikasi ini (yang dikenal: versi "
            f"{PAYLOAD_VERSION}). Perbarui fieldkit, atau periksa dengan kode pelacakannya saja.",
            seen,
        )
    date_digits = digits[1 : 1 + _DATE_DIGITS]
    try:
        issued_on = dt.datetime.strptime(date_digits, "%Y%m%d").date()
    except ValueError:
        return _verdict(
            malformed,
            "receipt.date",
            f"Tanggal pada kode QR ({date_digits}) bukan tanggal yang sah: isinya telah diubah.",
            seen,
        )
    seen = dataclasses.replace(seen, issued_on=issued_on)
    number = int(digits[1 + _DATE_DIGITS :])
    prefix = code[:PREFIX_LENGTH]
    trusted = trusted_keys.get(prefix)
    if trusted is None:
        return _verdict(
            ReceiptStatus.UNKNOWN_DEVICE,
            "receipt.device_unknown",
            f"Kunci perangkat {prefix} tidak dikenal di laptop ini: tanda terima ini dibuat di "
            "laptop yang tidak terdaftar di kantor ini, atau laptop ini belum sinkron. "
            "Sinkronkan laptop lalu periksa lagi; jika tetap tidak dikenal, anggap tanda terima "
            "ini tidak sah.",
            seen,
        )
    message = signed_message(
        version=version,
        tracking_code=code.replace("-", ""),
        issued_on=issued_on,
        office_id=office_id,
        base_url=base_url,
    )
    is_valid = number.bit_length() <= 8 * SIGNATURE_BYTES and is_signature_valid(
        trusted.public_key, number.to_bytes(SIGNATURE_BYTES, "big"), message
    )
    if not is_valid:
        return _verdict(
            ReceiptStatus.FORGED,
            "receipt.signature",
            f"Tanda tangan tidak cocok dengan kunci perangkat {prefix}: isi kode QR telah "
            "diubah (kode, tanggal atau alamat), ditandatangani kunci lain, atau tanda terima "
            "ini bukan dari kantor ini. Anggap tanda terima ini tidak sah.",
            seen,
        )
    if not trusted.is_certified:
        return _verdict(
            ReceiptStatus.UNVERIFIED_DEVICE,
            "receipt.device_unverified",
            f"Tanda tangan cocok, tetapi perangkat {prefix} belum disahkan kantor (laptop belum "
            "didaftarkan ke server). Tanda terima ini belum bisa dinyatakan asli.",
            seen,
        )
    if trusted.revoked_on is not None:
        revoked = format_date(trusted.revoked_on)
        when = (
            f"Tanda terima ini bertanggal {format_date(issued_on)}, sebelum pencabutan: "
            "periksa status permohonannya sebelum memakainya."
            if issued_on < trusted.revoked_on
            else f"Tanda terima ini bertanggal {format_date(issued_on)}, pada atau setelah "
            "pencabutan: anggap tidak sah sampai kantor memastikannya."
        )
        return dataclasses.replace(
            _verdict(
                ReceiptStatus.REVOKED_DEVICE,
                "receipt.device_revoked",
                f"Tanda tangan cocok dengan perangkat kantor {prefix}, tetapi perangkat dicabut "
                f"sejak {revoked}. {when}",
                seen,
            ),
            revoked_on=trusted.revoked_on,
        )
    return _verdict(
        ReceiptStatus.GENUINE,
        "",
        f"Tanda terima asli dan sah: tanda tangan perangkat kantor {prefix} yang disahkan kantor.",
        seen,
    )


def payload_size(payload: ReceiptPayload) -> tuple[int, int]:
    """(characters, QR version) of a payload, for tests and the benchmark's report."""
    return len(payload.text), encode_qr(payload).version
