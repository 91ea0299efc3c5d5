"""Document upload over loopback: MB/s and the server's CPU seconds per MB.

One device uploads distinct PDF documents (stored as they are, like scans) in 1 MiB chunks
through the resumable upload API; every document is hashed and checked by the server
before it is stored. The server's CPU time is read from /proc (user + system) around the
run, so the figure includes HTTP parsing, hashing, content checks and the fsyncs.

Run: .venv/bin/python -m bench.bench_server_upload [--documents N] [--size-mb N]
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import random
import tempfile
import time
from pathlib import Path

from pypdf import PdfWriter

from tests.integration.server.harness import Device, PostgresCluster, ServerProcess

CHUNK = 1024 * 1024
REFERENCE = "target: none set; reference: 3 documents of ~200 KB per applicant"


def _pdf(seed: int, size: int) -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    writer.add_attachment("scan.bin", random.Random(seed).randbytes(size))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _upload(device: Device, data: bytes) -> None:
    sha256 = hashlib.sha256(data).hexdigest()
    started = device.session.post(
        device.url + "/api/v1/uploads",
        json={"sha256": sha256, "size": len(data)},
        headers=device.headers,
        timeout=60,
    )
    assert started.status_code == 201, started.text
    offset = started.json()["offset"]
    while offset < len(data):
        response = device.session.put(
            f"{device.url}/api/v1/uploads/{sha256}",
            data=data[offset : offset + CHUNK],
            headers={**device.headers, "Upload-Offset": str(offset)},
            timeout=60,
        )
        assert response.status_code == 200, response.text
        offset = response.json()["offset"]
    assert response.json()["complete"] is True


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--documents", type=int, default=30)
    parser.add_argument("--size-mb", type=float, default=2.0)
    args = parser.parse_args()
    documents = [_pdf(i, int(args.size_mb * 1024 * 1024)) for i in range(args.documents)]
    total_mb = sum(len(d) for d in documents) / 1e6
    print(f"{args.documents} PDF documents of {args.size_mb} MiB, {CHUNK // 1024} KiB chunks")
    with tempfile.TemporaryDirectory() as tmp:
        cluster = PostgresCluster.start(durable=True)
        try:
            for backend in ("sqlite", "postgresql"):
                url = cluster.create_database() if backend == "postgresql" else ""
                server = ServerProcess.start(backend, Path(tmp) / backend, url)
                try:
                    device = server.enrol(server.create_office("DPMPTSP Bench"))
                    _upload(device, _pdf(999, 10_000))  # warm-up
                    cpu_before = _cpu_seconds(server.process.pid)
                    began = time.perf_counter()
                    for data in documents:
                        _upload(device, data)
                    wall = time.perf_counter() - began
                    cpu = _cpu_seconds(server.process.pid) - cpu_before
                finally:
                    server.stop()
                print(
                    f"upload {backend:<10} {total_mb / wall:7.1f} MB/s   server CPU "
                    f"{cpu / total_mb * 1000:6.1f} ms per MB   ({REFERENCE})"
                )
        finally:
            cluster.stop()


if __name__ == "__main__":
    main()
