"""The office's own CA certificate file: checked when it is chosen, not at the first sync."""

from __future__ import annotations

import ssl
from pathlib import Path


class CaBundleError(ValueError):
    """The chosen file cannot serve as a CA bundle; the message says why, in Indonesian.
    ``is_missing``: no such file (else: not a PEM CA certificate); ``name``: the file's."""

    def __init__(self, message: str, *, name: str, is_missing: bool) -> None:
        super().__init__(message)
        self.name = name
        self.is_missing = is_missing


def check_ca_bundle(path: str) -> str:
    """The absolute path of a readable PEM file with at least one CA certificate; raises
    CaBundleError otherwise. An empty path means "the system's trusted CAs" and is kept."""
    text = path.strip()
    if not text:
        return ""
    file = Path(text).expanduser()
    if not file.is_file():
        raise CaBundleError(
            f"Berkas sertifikat CA '{file.name}' tidak ada. Periksa lokasinya atau pilih ulang "
            "berkas dari admin server (biasanya berakhiran .pem atau .crt).",
            name=file.name,
            is_missing=True,
        )
    try:
        context = ssl.create_default_context(cafile=str(file))
    except (ssl.SSLError, OSError, ValueError):
        context = None
    if context is None or not context.get_ca_certs():
        raise CaBundleError(
            f"Berkas '{file.name}' bukan sertifikat CA yang bisa dipakai (harus format PEM, "
            "diawali '-----BEGIN CERTIFICATE-----'). Minta berkas yang benar dari admin server.",
            name=file.name,
            is_missing=False,
        )
    return str(file.resolve())
