"""A laptop newer than its office's server still syncs: it speaks the server's version.

The older server here is a small HTTP server that behaves as a protocol v2 fieldkit server does
(a v2 server cannot be run from this tree): it refuses a version it does not speak and any key
it does not know in a visit, exactly as the v2 wire schemas did. The current server is tested
against the current version over real HTTP in tests/integration.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar

import pytest

from fieldkit.domain.policy import DocumentPolicy
from fieldkit.domain.records import Officer, Role, Visit
from fieldkit.domain.snapshot import plain
from fieldkit.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION
from fieldkit.protocol.messages import PushEntry
from fieldkit.protocol.snapshots import visit_payload
from fieldkit.sync.transport import HttpSyncTransport, SyncError

V2_VISIT_KEYS = {"id", "office_id", "village_code", "date", "officer_ids", "target", "state"}


class _OldServer(BaseHTTPRequestHandler):
    """GET /api/v1/info and POST /api/v1/sync/push of a protocol v2 server."""

    version = 2
    seen: ClassVar[list[tuple[str, str | None, dict[str, Any] | None]]] = []

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass

    def _answer(self, status: int, body: dict[str, Any]) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:  # http.server's name
        self.seen.append((self.path, self.headers.get(PROTOCOL_HEADER), None))
        now = dt.datetime.now(dt.UTC).isoformat()
        self._answer(200, {"protocol_version": self.version, "time": now})

    def do_POST(self) -> None:
        raw = self.rfile.read(int(self.headers["Content-Length"]))
        if self.headers.get("Content-Encoding") == "gzip":
            raw = gzip.decompress(raw)
        body = json.loads(raw)
        header = self.headers.get(PROTOCOL_HEADER)
        self.seen.append((self.path, header, body))
        if header not in {"1", "2"}:
            self._answer(400, {"code": "protocol.unsupported", "detail": "Perbarui fieldkit."})
            return
        results = []
        for entry in body["entries"]:
            unknown = set(entry["payload"]) - V2_VISIT_KEYS
            results.append(
                {
                    "idempotency_key": entry["idempotency_key"],
                    "outcome": "invalid" if unknown else "applied",
                    "entity_id": entry["entity_id"],
                    "revision": entry["revision"],
                }
            )
        self._answer(200, {"results": results})


@pytest.fixture
def old_server() -> Iterator[str]:
    _OldServer.seen = []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _OldServer)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _visit_entry() -> PushEntry:
    visit = Visit("v1", "o1", "3201010001", dt.date(2026, 11, 25), ("a",))
    officer = Officer("a", "o1", "Ani Lestari", Role.SUPERVISOR)
    return PushEntry(
        idempotency_key="k1",
        kind="visit.upsert",
        entity_id="v1",
        revision=1,
        payload=visit_payload(visit, [officer], DocumentPolicy()),
    )


def test_a_v3_laptop_pushes_to_a_v2_server_in_v2(old_server: str) -> None:
    transport = HttpSyncTransport(old_server, "token")
    try:
        # Without asking first, the push learns the server's version before it sends.
        response = transport.push([_visit_entry()])
    finally:
        transport.close()
    assert [r.outcome.value for r in response.results] == ["applied"]
    assert transport.protocol_version == 2
    (info_path, _, _), (push_path, header, body) = _OldServer.seen
    assert (info_path, push_path, header) == ("/api/v1/info", "/api/v1/sync/push", "2")
    assert body is not None
    visit = Visit("v1", "o1", "3201010001", dt.date(2026, 11, 25), ("a",))
    assert body["entries"][0]["payload"] == json.loads(json.dumps(plain(visit)))


def test_a_current_server_gets_the_current_version_and_every_key(old_server: str) -> None:
    _OldServer.version = PROTOCOL_VERSION
    try:
        transport = HttpSyncTransport(old_server, "token")
        transport.info()
        assert transport.protocol_version == PROTOCOL_VERSION
        entry = _visit_entry()
        # This stand-in refuses v3 like a v2 server would: the point is what was sent.
        with pytest.raises(SyncError, match="Perbarui"):
            transport.push([entry])
        transport.close()
    finally:
        _OldServer.version = 2
    _, header, body = _OldServer.seen[-1]
    assert header == str(PROTOCOL_VERSION)
    assert body is not None
    assert body["entries"][0]["payload"]["officers"] == [
        {"id": "a", "name": "Ani Lestari", "role": "supervisor"}
    ]
