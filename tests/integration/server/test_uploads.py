"""Chunked, resumable uploads over real HTTP, cut at random offsets."""

from __future__ import annotations

import hashlib
import io
import random
import socket
import time
from urllib.parse import urlsplit

import requests
from pypdf import PdfWriter

from tests.factories import make_exe, make_jpeg
from tests.integration.server.harness import Device, ServerProcess

CHUNK = 48 * 1024
DOCUMENTS = 10
CUTS_PER_DOCUMENT = 5  # 50 cuts per database backend


def _pdf(seed: int, size: int) -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    writer.add_attachment("scan.bin", random.Random(seed).randbytes(size))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _start(device: Device, data: bytes, sha256: str | None = None) -> requests.Response:
    return device.session.post(
        device.url + "/api/v1/uploads",
        json={"sha256": sha256 or hashlib.sha256(data).hexdigest(), "size": len(data)},
        headers=device.headers,
        timeout=30,
    )


def _offset(device: Device, sha256: str) -> int:
    response = device.session.head(
        f"{device.url}/api/v1/uploads/{sha256}", headers=device.headers, timeout=30
    )
    assert response.status_code == 200, response.status_code
    return int(response.headers["Upload-Offset"])


def _put(device: Device, sha256: str, offset: int, chunk: bytes) -> requests.Response:
    return device.session.put(
        f"{device.url}/api/v1/uploads/{sha256}",
        data=chunk,
        headers={
            **device.headers,
            "Upload-Offset": str(offset),
            "Content-Type": "application/octet-stream",
        },
        timeout=30,
    )


def _cut_put(device: Device, sha256: str, offset: int, chunk: bytes, sent: int) -> None:
    """Send a chunk request and drop the connection after ``sent`` body bytes, unread."""
    parts = urlsplit(device.url)
    head = (
        f"PUT /api/v1/uploads/{sha256} HTTP/1.1\r\nHost: {parts.netloc}\r\n"
        f"Authorization: Bearer {device.token}\r\nUpload-Offset: {offset}\r\n"
        f"Content-Type: application/octet-stream\r\nContent-Length: {len(chunk)}\r\n\r\n"
    ).encode()
    with socket.create_connection((parts.hostname or "127.0.0.1", parts.port or 80)) as sock:
        sock.sendall(head + chunk[:sent])


def _stored_path(server: ServerProcess, sha256: str) -> str:
    return str(server.data_dir / "documents" / sha256[:2] / sha256[2:4] / sha256)


def _missing(device: Device, *hashes: str) -> list[str]:
    response = device.session.post(
        device.url + "/api/v1/documents/missing",
        json={"sha256": list(hashes)},
        headers=device.headers,
        timeout=30,
    )
    assert response.status_code == 200, response.text
    missing: list[str] = response.json()["missing"]
    return missing


def test_uploads_cut_at_random_offsets_resume_to_identical_documents(
    server: ServerProcess,
) -> None:
    rng = random.Random(20261125)
    device = server.enrol(server.create_office())
    for number in range(DOCUMENTS):
        data = (
            _pdf(number, rng.randrange(150_000, 400_000))
            if number % 2
            else make_jpeg(900 + number * 37, 700, seed=number)
        )
        sha256 = hashlib.sha256(data).hexdigest()
        assert _missing(device, sha256) == [sha256]
        assert _start(device, data).status_code == 201
        cuts = sorted(rng.randrange(1, len(data)) for _ in range(CUTS_PER_DOCUMENT))
        offset = 0
        while offset < len(data):
            chunk = data[offset : offset + CHUNK]
            if cuts and cuts[0] < offset + len(chunk):
                cut = max(cuts.pop(0), offset)
                # Half the cuts drop the body mid-way, half drop only the response.
                # (The last chunk is always cut mid-body, so every cut happens.)
                is_last = offset + len(chunk) == len(data)
                sent = cut - offset if is_last or rng.random() < 0.5 else len(chunk)
                _cut_put(device, sha256, offset, chunk, sent)
                held = _offset(device, sha256)  # what the server really holds
                # Never more than arrived (the server keeps what reached it of a cut body).
                assert offset <= held <= offset + sent
                offset = held
                continue
            response = _put(device, sha256, offset, chunk)
            # 409: a cut request was still being applied when we asked for the offset.
            assert response.status_code in {200, 409}, response.text
            offset = response.json()["offset"]
        assert not cuts
        done = device.session.post(
            f"{device.url}/api/v1/uploads/{sha256}/complete", headers=device.headers, timeout=30
        )
        assert done.status_code == 200, done.text
        state = device.session.get(
            f"{device.url}/api/v1/uploads/{sha256}", headers=device.headers, timeout=30
        ).json()
        assert state["complete"] is True
        assert state["media_type"] == ("application/pdf" if number % 2 else "image/jpeg")
        with open(_stored_path(server, sha256), "rb") as fh:
            assert fh.read() == data
        assert _missing(device, sha256) == []


def test_wrong_hash_truncated_and_foreign_uploads_are_refused_and_not_stored(
    server: ServerProcess,
) -> None:
    device = server.enrol(server.create_office())
    data = _pdf(99, 60_000)
    wrong = hashlib.sha256(b"something else").hexdigest()
    assert _start(device, data, wrong).status_code == 201
    assert _put(device, wrong, 0, data[:CHUNK]).status_code == 200
    refused = _put(device, wrong, CHUNK, data[CHUNK:])
    assert refused.status_code == 422
    assert refused.json()["code"] == "upload.hash_mismatch"
    assert _missing(device, wrong) == [wrong]
    assert not any(server.data_dir.joinpath("documents").rglob(wrong))

    truncated = _pdf(98, 60_000)
    sha256 = hashlib.sha256(truncated).hexdigest()
    _start(device, truncated)
    _put(device, sha256, 0, truncated[:-100])
    response = device.session.post(
        f"{device.url}/api/v1/uploads/{sha256}/complete", headers=device.headers, timeout=30
    )
    assert response.status_code == 409
    assert response.json() == {
        "code": "upload.incomplete",
        "detail": response.json()["detail"],
        "errors": [],
        "offset": len(truncated) - 100,
    }
    assert _missing(device, sha256) == [sha256]
    wrong_offset = _put(device, sha256, 5, truncated[5:100])
    assert (wrong_offset.status_code, wrong_offset.json()["offset"]) == (409, len(truncated) - 100)

    program = make_exe() * 40
    program_sha = hashlib.sha256(program).hexdigest()
    _start(device, program)
    response = _put(device, program_sha, 0, program)
    assert (response.status_code, response.json()["code"]) == (415, "media.unsupported_type")
    assert _missing(device, program_sha) == [program_sha]

    broken_jpeg = make_jpeg(400, 300)[:-2000]
    broken_sha = hashlib.sha256(broken_jpeg).hexdigest()
    _start(device, broken_jpeg)
    response = _put(device, broken_sha, 0, broken_jpeg)
    assert (response.status_code, response.json()["code"]) == (422, "media.corrupt_image")

    too_big = _start(device, b"", hashlib.sha256(b"x").hexdigest())
    assert too_big.status_code == 422  # size must be at least 1
    huge = device.session.post(
        device.url + "/api/v1/uploads",
        json={"sha256": hashlib.sha256(b"y").hexdigest(), "size": 200 * 1024 * 1024},
        headers=device.headers,
        timeout=30,
    )
    assert (huge.status_code, huge.json()["code"]) == (413, "document.too_large")
    oversized_chunk = _put(device, sha256, len(truncated) - 100, b"\0" * (5 * 1024 * 1024))
    assert (oversized_chunk.status_code, oversized_chunk.json()["code"]) == (
        413,
        "request.too_large",
    )


def test_identical_documents_are_stored_once(server: ServerProcess) -> None:
    office = server.create_office()
    first, second = server.enrol(office), server.enrol(server.create_office("Kantor Lain"))
    data = make_jpeg(500, 400, seed=7)
    sha256 = hashlib.sha256(data).hexdigest()
    _start(first, data)
    assert _put(first, sha256, 0, data).json()["complete"] is True
    again = _start(second, data)
    assert again.status_code == 201
    assert again.json()["complete"] is True  # nothing to send: already stored
    stored = list(server.data_dir.joinpath("documents").rglob(sha256))
    assert len(stored) == 1


def _put_new(device: Device, sha256: str, offset: int, body: bytes, size: int) -> requests.Response:
    """A PUT that carries the document's size: no POST /api/v1/uploads before it."""
    return device.session.put(
        f"{device.url}/api/v1/uploads/{sha256}",
        data=body,
        headers={
            **device.headers,
            "Upload-Offset": str(offset),
            "Upload-Length": str(size),
            "Content-Type": "application/octet-stream",
        },
        timeout=30,
    )


def _wait_offset(device: Device, sha256: str, wanted: int) -> int:
    deadline = time.monotonic() + 15
    held = -1
    while time.monotonic() < deadline:
        response = device.session.head(
            f"{device.url}/api/v1/uploads/{sha256}", headers=device.headers, timeout=30
        )
        if response.status_code == 200:
            held = int(response.headers["Upload-Offset"])
            if held == wanted:
                return held
        time.sleep(0.1)
    return held


def test_a_cut_body_keeps_what_arrived_and_a_sized_put_needs_no_start(
    server: ServerProcess,
) -> None:
    device = server.enrol(server.create_office())
    data = make_jpeg(1100, 900, seed=41)
    sha256 = hashlib.sha256(data).hexdigest()
    half = len(data) // 2
    parts = urlsplit(device.url)
    head = (
        f"PUT /api/v1/uploads/{sha256} HTTP/1.1\r\nHost: {parts.netloc}\r\n"
        f"Authorization: Bearer {device.token}\r\nUpload-Offset: 0\r\n"
        f"Upload-Length: {len(data)}\r\nContent-Type: application/octet-stream\r\n"
        f"Content-Length: {len(data)}\r\n\r\n"
    ).encode()
    # No POST first: the PUT with Upload-Length starts the upload. The link breaks after
    # half the body, which the server has already read: it keeps exactly that half.
    with socket.create_connection((parts.hostname or "127.0.0.1", parts.port or 80)) as sock:
        sock.sendall(head + data[:half])
        time.sleep(1.0)
    assert _wait_offset(device, sha256, half) == half
    assert _missing(device, sha256) == [sha256]

    # The client did not know how much arrived: it sends from an earlier offset, the
    # server skips what it holds and the document completes, byte for byte.
    resumed = _put_new(device, sha256, half // 3, data[half // 3 :], len(data))
    assert resumed.status_code == 200, resumed.text
    assert resumed.json()["complete"] is True
    with open(_stored_path(server, sha256), "rb") as fh:
        assert fh.read() == data
    assert _missing(device, sha256) == []

    # Whole document in one sized PUT; again (already stored) answers complete at once.
    other = make_jpeg(700, 500, seed=42)
    other_sha = hashlib.sha256(other).hexdigest()
    first = _put_new(device, other_sha, 0, other, len(other))
    assert (first.status_code, first.json()["complete"]) == (200, True)
    again = _put_new(device, other_sha, 0, other, len(other))
    assert (again.status_code, again.json()["offset"]) == (200, len(other))


def test_a_sized_put_is_checked_like_any_upload(server: ServerProcess) -> None:
    device = server.enrol(server.create_office())
    data = make_jpeg(600, 400, seed=43)
    wrong = hashlib.sha256(b"not this").hexdigest()
    refused = _put_new(device, wrong, 0, data, len(data))
    assert (refused.status_code, refused.json()["code"]) == (422, "upload.hash_mismatch")
    assert _missing(device, wrong) == [wrong]
    assert not any(server.data_dir.joinpath("documents").rglob(wrong))

    program = make_exe() * 40
    program_sha = hashlib.sha256(program).hexdigest()
    response = _put_new(device, program_sha, 0, program, len(program))
    assert (response.status_code, response.json()["code"]) == (415, "media.unsupported_type")

    sha256 = hashlib.sha256(data).hexdigest()
    beyond = _put_new(device, sha256, 0, data + b"extra", len(data))
    assert (beyond.status_code, beyond.json()["code"]) == (413, "upload.beyond_size")
    gap = _put_new(device, sha256, 10, data[10:], len(data))
    assert (gap.status_code, gap.json()["offset"]) == (409, 0)
    huge = _put_new(device, sha256, 0, data, 200 * 1024 * 1024)
    assert (huge.status_code, huge.json()["code"]) == (413, "document.too_large")
    ok = _put_new(device, sha256, 0, data, len(data))
    assert (ok.status_code, ok.json()["complete"]) == (200, True)
