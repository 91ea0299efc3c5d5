"""Push throughput of one server process, SQLite and PostgreSQL, 20 devices pushing at once.

Each device is a thread with its own HTTP connection (requests.Session) sending batches
of 50 "application.create" entries for queued applications, so each entry runs the full
domain validation and the server's queued → received step. Prints applications per second
accepted by the server and the p50/p95 latency of a 50-entry batch.

Run: .venv/bin/python -m bench.bench_server_push [--batches N] [--devices N]
"""

from __future__ import annotations

import argparse
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from bench.common import percentile
from tests.integration.server.harness import Device, PostgresCluster, ServerProcess, entry

BATCH = 50
REFERENCE = "target: none set; reference: a village day is ~25 applications per laptop"


def _run(server: ServerProcess, devices: int, batches: int) -> tuple[float, list[float], int]:
    office = server.create_office("DPMPTSP Bench")
    fleet = [server.enrol(office, f"Laptop {i}") for i in range(devices)]
    # Build every batch up front so the clock measures the server, not the client. Each
    # applicant has a NIK of their own (a shared NIK is a possible duplicate, flagged
    # against every other laptop's copy: a different, rarer workload).
    per_device = batches * BATCH
    if devices * per_device > 9999:
        raise SystemExit("at most 9,999 applications: NIK serials are 4 digits")
    work = {
        d.id: [
            [
                entry(
                    "application.create",
                    d.new_application(serial=1 + n * per_device + b * BATCH + i),
                )
                for i in range(BATCH)
            ]
            for b in range(batches)
        ]
        for n, d in enumerate(fleet)
    }
    for d in fleet:  # warm up each connection and the server's caches
        d.pull()
    latencies: list[float] = []
    failures: list[str] = []
    lock = threading.Lock()
    start = threading.Barrier(devices + 1)

    def push_all(device: Device) -> Callable[[], None]:
        def run() -> None:
            start.wait()
            for batch in work[device.id]:
                began = time.perf_counter()
                response = device.push(batch, timeout=300)
                elapsed = (time.perf_counter() - began) * 1000
                outcomes = (
                    {r["outcome"] for r in response.json()["results"]}
                    if response.status_code == 200
                    else {str(response.status_code)}
                )
                with lock:
                    latencies.append(elapsed)
                    if outcomes != {"applied"}:
                        failures.append(f"{response.status_code} {outcomes}")

        return run

    threads = [threading.Thread(target=push_all(d)) for d in fleet]
    for t in threads:
        t.start()
    start.wait()
    began = time.perf_counter()
    for t in threads:
        t.join()
    wall = time.perf_counter() - began
    if failures:
        raise SystemExit(f"{len(failures)} batches not fully applied, e.g. {failures[:3]}")
    return wall, latencies, devices * batches * BATCH


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--devices", type=int, default=20)
    parser.add_argument("--batches", type=int, default=5, help="batches of 50 per device")
    args = parser.parse_args()
    print(f"{args.devices} devices x {args.batches} batches x {BATCH} applications, 1 process")
    with tempfile.TemporaryDirectory() as tmp:
        cluster = PostgresCluster.start(durable=True)  # fsync on: the figures of a real office
        try:
            for backend in ("sqlite", "postgresql"):
                url = cluster.create_database() if backend == "postgresql" else ""
                server = ServerProcess.start(backend, Path(tmp) / backend, url)
                try:
                    wall, latencies, apps = _run(server, args.devices, args.batches)
                finally:
                    server.stop()
                print(
                    f"push {backend:<10} {apps / wall:8.1f} applications/s   "
                    f"50-entry batch p50 {percentile(latencies, 50):7.1f} ms   "
                    f"p95 {percentile(latencies, 95):7.1f} ms   ({REFERENCE})"
                )
        finally:
            cluster.stop()


if __name__ == "__main__":
    main()
