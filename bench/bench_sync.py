"""Sync wall time against the physical limit of a rural link, and bytes on the wire.

    .venv/bin/python -m bench.bench_sync [--runs 3] [--apps 60]

A seeded workload (60 applications x 3 JPEG documents of 60-250 KB, about 20 MB) is synced
from a real laptop store to a real server process through tests/support/flaky_link.py:
  clean:  4 Mbit/s each way, 50 ms one-way latency           target <= 1.10 x limit
  flappy: 4 Mbit/s, 150 ms one-way, a 3 s outage every 15 s    target <= 1.35 x limit
  wire:   bytes through the proxy (both ways) / payload bytes  target <= 1.03
The limit is payload bits / link rate; payload = document bytes + the outbox JSON.
Each figure is min / median / max of the runs; a fresh server and laptop per run.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import shutil
import statistics
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import urlsplit

from PIL import Image

from fieldkit.domain.records import DocumentKind
from fieldkit.services.applications import NewDocument
from fieldkit.store import repositories as repo
from fieldkit.sync.state import SyncProgress
from tests.integration.server.harness import ServerProcess
from tests.integration.sync.checks import point_to, server_counts
from tests.support.flaky_link import FlakyLink, Outages
from tests.support.laptop import Laptop

RATE = 4_000_000


def _jpeg(rng: random.Random, target: int) -> bytes:
    side = int((target / 0.64) ** 0.5)
    image = Image.frombytes("RGB", (side, side), rng.randbytes(side * side * 3))
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=75)
    return out.getvalue()


def seed_laptop(data_dir: Path, apps: int, seed: int = 2026) -> None:
    rng = random.Random(seed)
    laptop = Laptop.open(data_dir)
    kinds = (DocumentKind.KTP, DocumentKind.PHOTO, DocumentKind.LOCATION_PHOTO)
    try:
        for i in range(apps):
            docs = [NewDocument(k, _jpeg(rng, rng.randrange(60_000, 250_000))) for k in kinds]
            laptop.queue(100 + i, docs)
    finally:
        laptop.close()


def payload_bytes(laptop: Laptop) -> tuple[int, int]:
    with laptop.store.sessions() as session:
        documents = sum(size for _, size in repo.unconfirmed_documents(session))
        outbox = sum(len(json.dumps(e.payload)) for e in repo.outbox_entries(session))
    return documents, outbox


def _quiet(progress: SyncProgress) -> None:
    pass


def one_run(
    template: Path, work: Path, *, latency: float, outages: Outages | None
) -> dict[str, float]:
    server = ServerProcess.start("sqlite", work / "server")
    try:
        office = server.create_office()
        data_dir = work / "laptop"
        shutil.copytree(template, data_dir)
        laptop = Laptop.open(data_dir)
        laptop.sync.enrol(server.url, server.enrolment_code(office), device_name="bench")
        documents, outbox = payload_bytes(laptop)
        port = urlsplit(server.url).port
        assert port is not None
        with FlakyLink(
            ("127.0.0.1", port), rate_bps=RATE, latency=latency, outages=outages
        ) as link:
            point_to(laptop, link.url)
            started = time.monotonic()
            report = laptop.sync.run_until_done(_quiet, lambda: False, deadline=started + 900)
            elapsed = time.monotonic() - started
            wire = link.bytes_total
            cuts = link.outage_count
        assert report.is_complete, report
        counts = server_counts(server, office)
        laptop.close()
    finally:
        server.stop()
    payload = documents + outbox
    limit = payload * 8 / RATE
    return {
        "seconds": elapsed,
        "limit": limit,
        "ratio": elapsed / limit,
        "wire_ratio": wire / payload,
        "payload_mb": payload / 1e6,
        "outages": cuts,
        "applications": counts["applications"],
    }


def summary(values: Sequence[float]) -> str:
    return f"{min(values):.3f} / {statistics.median(values):.3f} / {max(values):.3f}"


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--apps", type=int, default=60)
    parser.add_argument("--only", choices=["clean", "flappy"], default=None)
    args = parser.parse_args(argv)
    root = Path(tempfile.mkdtemp(prefix="fieldkit-bench-sync-"))
    try:
        template = root / "template"
        seed_laptop(template, args.apps)
        scenarios = {
            "clean": (0.050, None, 1.10),
            "flappy": (0.150, "outages", 1.35),
        }
        for name, (latency, flappy, target) in scenarios.items():
            if args.only and name != args.only:
                continue
            results = []
            for run in range(args.runs):
                plan = (
                    Outages(min_gap=12.0, max_gap=12.0, duration=3.0, seed=run) if flappy else None
                )
                result = one_run(template, root / f"{name}-{run}", latency=latency, outages=plan)
                results.append(result)
                print(
                    f"  {name} run {run + 1}: {result['seconds']:.1f} s, limit "
                    f"{result['limit']:.1f} s, ratio {result['ratio']:.3f}, wire/payload "
                    f"{result['wire_ratio']:.4f}, {result['payload_mb']:.1f} MB, "
                    f"{int(result['outages'])} outages, {int(result['applications'])} apps",
                    flush=True,
                )
            ratios = [r["ratio"] for r in results]
            seconds = [r["seconds"] for r in results]
            wires = [r["wire_ratio"] for r in results]
            print(
                f"{name}: wall s min/median/max {summary(seconds)}; limit "
                f"{results[0]['limit']:.1f} s; ratio {summary(ratios)} (target <= {target}, "
                f"median/target {statistics.median(ratios) / target:.2f})"
            )
            print(
                f"{name}: wire/payload bytes {summary(wires)} (target <= 1.03, "
                f"median/target {statistics.median(wires) / 1.03:.3f})",
                flush=True,
            )
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
