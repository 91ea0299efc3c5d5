"""Transport: error answers mapped to kinds, URLs normalised (no sockets)."""

from __future__ import annotations

import json

import pytest
import requests

from fieldkit.sync.state import ErrorKind
from fieldkit.sync.transport import (
    error_from_response,
    network_message,
    normalize_server_url,
)


def _body(code: str, detail: str = "", offset: int | None = None) -> bytes:
    data: dict[str, object] = {"code": code, "detail": detail}
    if offset is not None:
        data["offset"] = offset
    return json.dumps(data).encode()


@pytest.mark.parametrize(
    ("status", "body", "kind"),
    [
        (500, b"<html>oops</html>", ErrorKind.SERVER),
        (502, b"", ErrorKind.SERVER),
        (503, _body("server.busy"), ErrorKind.SERVER),
        (429, b"", ErrorKind.SERVER),
        (401, _body("auth.invalid", "Token tidak dikenal"), ErrorKind.AUTH),
        (403, _body("device.revoked", "Perangkat ini sudah dicabut"), ErrorKind.AUTH),
        (409, _body("upload.offset_mismatch", "x", offset=10), ErrorKind.REFUSED),
        (415, _body("media.unsupported", "x"), ErrorKind.REFUSED),
        (400, _body("protocol.unsupported", "Perbarui fieldkit"), ErrorKind.BUG),
        (422, b"not json", ErrorKind.BUG),
    ],
)
def test_error_kinds(status: int, body: bytes, kind: ErrorKind) -> None:
    error = error_from_response(status, body)
    assert error.kind is kind
    assert error.status == status
    assert error.message


def test_revoked_and_offset_are_read() -> None:
    revoked = error_from_response(403, _body("device.revoked", "Perangkat ini sudah dicabut"))
    assert revoked.is_revoked
    assert "dicabut" in revoked.message
    mismatch = error_from_response(409, _body("upload.offset_mismatch", "x", offset=4096))
    assert mismatch.offset == 4096


def test_network_messages_are_indonesian() -> None:
    assert "lama" in network_message(requests.ReadTimeout())
    assert "Tidak tersambung" in network_message(requests.ConnectionError())


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("https://server.kantor.go.id/", "https://server.kantor.go.id"),
        ("server.kantor.go.id", "https://server.kantor.go.id"),
        ("http://127.0.0.1:8000", "http://127.0.0.1:8000"),
        (" https://x.go.id/fk/ ", "https://x.go.id/fk"),
    ],
)
def test_server_urls(typed: str, expected: str) -> None:
    assert normalize_server_url(typed) == expected


@pytest.mark.parametrize("typed", ["", "ftp://x", "https://", "://"])
def test_bad_server_urls(typed: str) -> None:
    with pytest.raises(ValueError, match=r".*"):
        normalize_server_url(typed)
