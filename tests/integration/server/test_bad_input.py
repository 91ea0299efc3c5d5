"""Bad input never reaches a 500: schemathesis against the spec, and hand-made abuse."""

from __future__ import annotations

import gzip
import http.client
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import requests

from tests.integration.server.harness import ServerProcess, entry

CHECKS = ",".join(
    [
        "not_a_server_error",
        "status_code_conformance",
        "content_type_conformance",
        "response_schema_conformance",
        "response_headers_conformance",
    ]
)


def _schemathesis(server: ServerProcess, token: str, workdir: Path, *filters: str) -> None:
    executable = shutil.which("schemathesis", path=str(Path(sys.executable).parent))
    assert executable is not None, "schemathesis is a dev dependency (pyproject.toml)"
    result = subprocess.run(
        [
            executable,
            "run",
            f"{server.url}/openapi.json",
            "--checks",
            CHECKS,
            "--max-examples",
            "15",
            "--seed",
            "20261125",
            "--header",
            f"Authorization: Bearer {token}",
            "--request-timeout",
            "20",
            "--no-color",
            *filters,
        ],
        capture_output=True,
        text=True,
        timeout=150,
        cwd=workdir,  # its example database (.schemathesis/) stays out of the repository
        env={**os.environ, "SCHEMATHESIS_HOOKS": ""},
        check=False,
    )
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
    assert " passed" in result.stdout


def test_schemathesis_finds_no_server_error_and_every_error_is_documented(
    sqlite_server: ServerProcess, tmp_path: Path
) -> None:
    office = sqlite_server.create_office()
    device = sqlite_server.enrol(office)
    token = sqlite_server.sign_in(sqlite_server.create_user(office))
    _schemathesis(sqlite_server, device.token, tmp_path, "--exclude-path-regex", "backoffice")
    _schemathesis(sqlite_server, token, tmp_path, "--include-path-regex", "backoffice")


def _raw(
    server: ServerProcess, method: str, path: str, body: bytes, headers: dict[str, str]
) -> tuple[int, dict[str, object]]:
    parts = urlsplit(server.url)
    conn = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port, timeout=30)
    try:
        conn.request(method, path, body=body, headers=headers)
        response = conn.getresponse()
        data = json.loads(response.read() or b"{}")
        assert isinstance(data, dict)
        return response.status, data
    finally:
        conn.close()


def _chunks(total: int) -> Iterator[bytes]:
    block = b"x" * 65536
    sent = 0
    while sent < total:
        yield block
        sent += len(block)


def test_oversized_compressed_and_malformed_bodies_get_clear_4xx(
    sqlite_server: ServerProcess,
) -> None:
    server = sqlite_server
    device = server.enrol(server.create_office())
    push = server.url + "/api/v1/sync/push"
    headers = {**device.headers, "Content-Type": "application/json"}

    too_big = requests.post(
        push, data=b"[" + b" " * (6 * 1024 * 1024) + b"]", headers=headers, timeout=30
    )
    assert (too_big.status_code, too_big.json()["code"]) == (413, "request.too_large")
    assert "terlalu besar" in too_big.json()["detail"]

    # No Content-Length (chunked transfer): refused once the limit is passed.
    streamed = requests.post(push, data=_chunks(8 * 1024 * 1024), headers=headers, timeout=30)
    assert streamed.status_code == 413

    bomb = gzip.compress(b'{"entries": [' + b" " * (20 * 1024 * 1024) + b"]}")
    assert len(bomb) < 100_000
    status, body = _raw(
        server, "POST", "/api/v1/sync/push", bomb, {**headers, "Content-Encoding": "gzip"}
    )
    assert (status, body["code"]) == (413, "request.too_large")
    status, body = _raw(
        server,
        "POST",
        "/api/v1/sync/push",
        b"\x1f\x8b broken",
        {**headers, "Content-Encoding": "gzip"},
    )
    assert (status, body["code"]) == (400, "request.bad_encoding")
    status, body = _raw(
        server, "POST", "/api/v1/sync/push", b"{}", {**headers, "Content-Encoding": "br"}
    )
    assert (status, body["code"]) == (415, "request.unsupported_encoding")

    app = device.new_application()
    small = gzip.compress(json.dumps({"entries": [entry("application.create", app)]}).encode())
    status, body = _raw(
        server, "POST", "/api/v1/sync/push", small, {**headers, "Content-Encoding": "gzip"}
    )
    assert status == 200
    assert body["results"][0]["outcome"] == "applied"  # type: ignore[index]

    for raw in (b"{not json", b'{"entries": [}', b"\xff\xfe", b"null", b'{"entries": "x"}', b"[]"):
        response = requests.post(push, data=raw, headers=headers, timeout=30)
        assert response.status_code == 422, raw
        assert response.json()["code"] == "request.invalid"
        assert response.json()["detail"].startswith("Isi permintaan tidak valid")

    huge = [entry("application.create", device.new_application()) for _ in range(501)]
    response = device.push(huge)
    assert response.status_code == 422
    assert "500" in response.json()["detail"]

    extra: dict[str, Any] = {"entries": [], "surprise": 1}
    assert requests.post(push, json=extra, headers=headers, timeout=30).status_code == 422


def test_path_traversal_in_any_name_goes_nowhere(sqlite_server: ServerProcess) -> None:
    server = sqlite_server
    device = server.enrol(server.create_office())
    for path in (
        "/api/v1/uploads/..%2F..%2F..%2Fetc%2Fpasswd",
        "/api/v1/uploads/../../../../etc/passwd",
        "/api/v1/uploads/" + "../" * 20 + "a" * 10,
        "/api/v1/backoffice/documents/..%2Fserver.sqlite3",
        "/s/..%2F..%2Fserver.sqlite3",
        "/kantor/dokumen/..%2F..%2Fserver.sqlite3",
    ):
        response = requests.get(
            server.url + path, headers=device.headers, timeout=10, allow_redirects=False
        )
        assert response.status_code in {303, 403, 404, 422}, (path, response.status_code)
        assert "SQLite format" not in response.text
        assert "root:" not in response.text
    nasty = device.new_application()
    from fieldkit.domain.records import DocumentKind, DocumentRef  # noqa: PLC0415

    nasty = nasty.__class__(
        **{
            **{f: getattr(nasty, f) for f in nasty.__dataclass_fields__},
            "documents": (
                DocumentRef(
                    DocumentKind.KTP, "b" * 64, "image/jpeg", 10, 1, "../../../../etc/passwd"
                ),
            ),
        }
    )
    result = device.push([entry("application.create", nasty)]).json()["results"][0]
    assert result["outcome"] == "applied"  # a name is only text; no path is ever made of it
    assert not list(server.data_dir.rglob("passwd"))
    bad_id = entry("application.create", device.new_application())
    bad_id["entity_id"] = "../../etc/passwd"
    result = device.push([bad_id]).json()["results"][0]
    assert (result["outcome"], result["reasons"][0]["code"]) == ("invalid", "entry.entity_mismatch")
    unknown = requests.get(server.url + "/api/v1/nothing-here", timeout=10)
    assert (unknown.status_code, unknown.json()["code"]) == (404, "http.not_found")
