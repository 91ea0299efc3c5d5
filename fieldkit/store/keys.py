"""The laptop's keys: one random data key, wrapped once per officer and once for recovery.

Everything personal on the laptop is encrypted with keys derived from one random 256-bit
*data key*: the database (SQLCipher, raw key) and every document file (AES-256-GCM). The data
key itself is never stored in the clear. The key file beside the database
(``fieldkit.keys.json``) holds it *wrapped* (AES-256-GCM) several times:

- once per officer, under a key derived from that officer's password with Argon2id
  (argon2-cffi's ``hash_secret_raw``, a fresh random salt per wrap);
- once under the recovery key that the supervisor is shown (and prints) at setup; it is
  random and long (200 bits), so HKDF-SHA256 is enough to turn it into a wrapping key.

The key file must be readable before the database is open, so it also names each wrapped
officer (their display name and role: staff, not applicants) for the sign-in list. Each wrap's
label is the GCM associated data, so a wrap cannot be moved to another officer.

The file is replaced atomically (temporary file, fsync, rename, directory fsync): a power cut
leaves either the old or the new file, never half of one.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
import os
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Final

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from fieldkit.domain.messages import Text, msg
from fieldkit.store.documents import fsync_dir

KEY_FILE_NAME: Final = "fieldkit.keys.json"
KEY_FILE_FORMAT: Final = 1
DATA_KEY_BYTES: Final = 32
RECOVERY_KEY_BYTES: Final = 25  # 200 bits: 40 base32 characters, 8 groups of 5
_RECOVERY_LABEL: Final = "recovery"
_NONCE_BYTES: Final = 12
_SALT_BYTES: Final = 16
_FILE_MODE: Final = 0o600


class KeyStoreError(Exception):
    """A key cannot be unwrapped or the key file cannot be used. ``message`` is Indonesian."""

    def __init__(self, code: str, text: Text) -> None:
        super().__init__(str(text))
        self.code = code
        self.text = text
        self.message = str(text)


class WrongSecretError(KeyStoreError):
    """The password or recovery key does not open the wrap."""


@dataclass(frozen=True, slots=True)
class KdfParams:
    """Argon2id cost. The default takes roughly 0.2-0.5 s on a field laptop (2 cores)."""

    time_cost: int = 3
    memory_cost: int = 64 * 1024  # KiB
    parallelism: int = 2

    def as_json(self) -> dict[str, int]:
        return {"t": self.time_cost, "m": self.memory_cost, "p": self.parallelism}

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> KdfParams:
        return cls(int(raw["t"]), int(raw["m"]), int(raw["p"]))


# Tests build many wraps; they pass this instead of the default (never used by the app).
FAST_KDF_FOR_TESTS: Final = KdfParams(time_cost=1, memory_cost=8 * 1024, parallelism=1)


@dataclass(frozen=True, slots=True)
class Wrap:
    """The data key encrypted under one secret. ``name``/``role`` only for officer wraps."""

    label: str
    salt: bytes
    nonce: bytes
    ciphertext: bytes
    kdf: KdfParams | None  # None: HKDF (recovery key)
    name: str = ""
    role: str = ""

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "ciphertext": _b64(self.ciphertext),
            "kdf": None if self.kdf is None else self.kdf.as_json(),
        }
        if self.name:
            out["name"] = self.name
        if self.role:
            out["role"] = self.role
        return out

    @classmethod
    def from_json(cls, label: str, raw: Mapping[str, Any]) -> Wrap:
        kdf = raw.get("kdf")
        return cls(
            label=label,
            salt=_unb64(raw["salt"]),
            nonce=_unb64(raw["nonce"]),
            ciphertext=_unb64(raw["ciphertext"]),
            kdf=None if kdf is None else KdfParams.from_json(kdf),
            name=str(raw.get("name", "")),
            role=str(raw.get("role", "")),
        )


@dataclass(frozen=True, slots=True)
class WrappedOfficer:
    officer_id: str
    name: str
    role: str


@dataclass(frozen=True)
class KeyFile:
    """The content of the key file: immutable; every change returns a new KeyFile."""

    wraps: Mapping[str, Wrap] = field(default_factory=dict)

    # --- reading --------------------------------------------------------------------------

    def officers(self) -> list[WrappedOfficer]:
        """Officers who have a wrap, in name order."""
        found = [
            WrappedOfficer(label.removeprefix("officer:"), w.name, w.role)
            for label, w in self.wraps.items()
            if label.startswith("officer:")
        ]
        return sorted(found, key=lambda o: (o.name.casefold(), o.officer_id))

    def has_officer(self, officer_id: str) -> bool:
        return _officer_label(officer_id) in self.wraps

    @property
    def has_recovery(self) -> bool:
        return _RECOVERY_LABEL in self.wraps

    def unwrap_with_password(self, officer_id: str, password: str) -> bytes:
        """The data key, or WrongSecretError (also when the officer has no wrap)."""
        wrap = self.wraps.get(_officer_label(officer_id))
        if wrap is None or wrap.kdf is None:
            raise WrongSecretError(
                "keys.no_wrap",
                msg(
                    "Akun ini belum punya kunci di laptop ini. Minta supervisor masuk lalu atur "
                    "ulang kata sandi akun ini."
                ),
            )
        return _open(wrap, _password_kek(password, wrap.salt, wrap.kdf))

    def unwrap_with_recovery(self, recovery_key: str) -> bytes:
        wrap = self.wraps.get(_RECOVERY_LABEL)
        if wrap is None:
            raise WrongSecretError(
                "keys.no_recovery",
                msg("Laptop ini belum punya kunci pemulihan. Masuk dengan kata sandi supervisor."),
            )
        secret = parse_recovery_key(recovery_key)
        return _open(wrap, _recovery_kek(secret, wrap.salt))

    # --- changing -------------------------------------------------------------------------

    def with_officer(
        self,
        data_key: bytes,
        officer_id: str,
        password: str,
        *,
        name: str,
        role: str,
        kdf: KdfParams | None = None,
    ) -> KeyFile:
        """A copy with the officer's wrap added or replaced (password change)."""
        params = kdf or KdfParams()
        salt = secrets.token_bytes(_SALT_BYTES)
        label = _officer_label(officer_id)
        wrap = _seal(label, data_key, _password_kek(password, salt, params), salt, params)
        wraps = dict(self.wraps)
        wraps[label] = replace(wrap, name=name, role=role)
        return KeyFile(wraps)

    def renamed(self, officer_id: str, *, name: str, role: str) -> KeyFile:
        label = _officer_label(officer_id)
        if label not in self.wraps:
            return self
        wraps = dict(self.wraps)
        wraps[label] = replace(wraps[label], name=name, role=role)
        return KeyFile(wraps)

    def without_officer(self, officer_id: str) -> KeyFile:
        wraps = dict(self.wraps)
        wraps.pop(_officer_label(officer_id), None)
        return KeyFile(wraps)

    def with_new_recovery(self, data_key: bytes) -> tuple[KeyFile, str]:
        """A copy with a fresh recovery wrap, and the recovery key to show (once)."""
        secret = secrets.token_bytes(RECOVERY_KEY_BYTES)
        salt = secrets.token_bytes(_SALT_BYTES)
        wrap = _seal(_RECOVERY_LABEL, data_key, _recovery_kek(secret, salt), salt, None)
        wraps = dict(self.wraps)
        wraps[_RECOVERY_LABEL] = wrap
        return KeyFile(wraps), format_recovery_key(secret)

    # --- (de)serialising ------------------------------------------------------------------

    def to_bytes(self) -> bytes:
        body = {
            "format": KEY_FILE_FORMAT,
            "wraps": {label: w.as_json() for label, w in sorted(self.wraps.items())},
        }
        return json.dumps(body, indent=1, ensure_ascii=False).encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes) -> KeyFile:
        try:
            body = json.loads(raw.decode("utf-8"))
            if body.get("format") != KEY_FILE_FORMAT:
                raise ValueError("format")
            wraps = {str(k): Wrap.from_json(str(k), v) for k, v in body["wraps"].items()}
        except (ValueError, KeyError, TypeError, AttributeError, binascii.Error) as exc:
            raise KeyStoreError(
                "keys.unreadable",
                msg(
                    "Berkas kunci laptop rusak atau tidak dikenal. Jangan hapus apa pun; hubungi "
                    "petugas TI kantor dengan kunci pemulihan."
                ),
            ) from exc
        return cls(wraps)


# --- the file on disk -------------------------------------------------------------------------


def key_file_path(data_dir: Path) -> Path:
    return data_dir / KEY_FILE_NAME


def load_key_file(data_dir: Path) -> KeyFile | None:
    """The key file in ``data_dir``, or None when there is none (plain or new store)."""
    try:
        raw = key_file_path(data_dir).read_bytes()
    except FileNotFoundError:
        return None
    return KeyFile.from_bytes(raw)


def save_key_file(data_dir: Path, keys: KeyFile) -> None:
    """Replace the key file atomically and durably."""
    write_atomic(key_file_path(data_dir), keys.to_bytes())


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so a crash leaves the old or the new content, never a mix."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(tmp, flags, _FILE_MODE)
    try:
        with open(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
    fsync_dir(path.parent)


# --- keys derived from the data key ----------------------------------------------------------


def new_data_key() -> bytes:
    return secrets.token_bytes(DATA_KEY_BYTES)


def _subkey(data_key: bytes, purpose: bytes) -> bytes:
    if len(data_key) != DATA_KEY_BYTES:
        raise ValueError("the data key is 32 bytes")
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=purpose).derive(data_key)


def database_key(data_key: bytes) -> bytes:
    """The SQLCipher raw key (no passphrase stretching: the data key is random)."""
    return _subkey(data_key, b"fieldkit/sqlcipher/v1")


def document_key(data_key: bytes) -> bytes:
    """The AES-256-GCM key of the document files."""
    return _subkey(data_key, b"fieldkit/documents/v1")


# --- recovery key text ------------------------------------------------------------------------


def format_recovery_key(secret: bytes) -> str:
    """``ABCDE-FGHIJ-...``: base32 (no 0/1/8 look-alikes to misread), groups of five."""
    text = base64.b32encode(secret).decode("ascii").rstrip("=")
    return "-".join(text[i : i + 5] for i in range(0, len(text), 5))


def recovery_key_shape() -> str:
    """What a recovery key looks like, for an input's placeholder: ``•••••-•••••-...``."""
    groups = format_recovery_key(bytes(RECOVERY_KEY_BYTES)).split("-")
    return "-".join("•" * len(group) for group in groups)


def parse_recovery_key(text: str) -> bytes:
    """The secret in a typed recovery key (spaces, dashes and case ignored)."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    cleaned = cleaned.replace("0", "O").replace("1", "I").replace("8", "B")
    try:
        secret = base64.b32decode(cleaned + "=" * (-len(cleaned) % 8))
    except binascii.Error:
        secret = b""
    if len(secret) != RECOVERY_KEY_BYTES:
        raise WrongSecretError(
            "keys.recovery_format",
            msg(
                "Kunci pemulihan tidak lengkap atau salah ketik: harus 40 huruf/angka dalam 8 "
                "kelompok. Periksa kertas kunci pemulihan lalu ketik lagi."
            ),
        )
    return secret


# --- internals ----------------------------------------------------------------------------


def _officer_label(officer_id: str) -> str:
    return f"officer:{officer_id}"


def _password_kek(password: str, salt: bytes, kdf: KdfParams) -> bytes:
    return hash_secret_raw(
        password.encode("utf-8"),
        salt,
        time_cost=kdf.time_cost,
        memory_cost=kdf.memory_cost,
        parallelism=kdf.parallelism,
        hash_len=32,
        type=Type.ID,
    )


def _recovery_kek(secret: bytes, salt: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=b"fieldkit/recovery").derive(
        secret
    )


def _seal(label: str, data_key: bytes, kek: bytes, salt: bytes, kdf: KdfParams | None) -> Wrap:
    nonce = secrets.token_bytes(_NONCE_BYTES)
    ciphertext = AESGCM(kek).encrypt(nonce, data_key, label.encode("utf-8"))
    return Wrap(label, salt, nonce, ciphertext, kdf)


def _open(wrap: Wrap, kek: bytes) -> bytes:
    try:
        return AESGCM(kek).decrypt(wrap.nonce, wrap.ciphertext, wrap.label.encode("utf-8"))
    except InvalidTag:
        raise WrongSecretError(
            "keys.wrong_secret",
            msg("Kata sandi atau kunci pemulihan salah. Periksa Caps Lock lalu coba lagi."),
        ) from None


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)
