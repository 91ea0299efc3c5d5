"""Encryption at rest overhead: save (3 documents) and search at 100,000 applicants, plain
vs encrypted (SQLCipher database + AES-256-GCM documents) side by side; target <= 1.3x.

Both stores are built the same way in the same run (seeded applicants, the same queries and
documents with the same seeds), one without a key and one with a data key, as the app opens it.

Run: .venv/bin/python -m bench.bench_encryption [--applicants N] [--runs N] [--queries N]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench.bench_save import _pdf_of_size
from bench.common import percentile, seed_applications, set_up
from fieldkit.domain.records import DocumentKind
from fieldkit.refdata import load_reference
from fieldkit.services.applications import ApplicationService, NewDocument
from fieldkit.services.clock import SystemClock
from fieldkit.store.keys import new_data_key
from tests import samples

TARGET_RATIO = 1.3
WARM_UP = 5


def measure(
    data_dir: Path, data_key: bytes | None, args: argparse.Namespace
) -> dict[str, list[float]]:
    store, officer, visit = set_up(data_dir, data_key=data_key)
    try:
        made = seed_applications(store, officer, visit, args.applicants)
        store.engine.dispose()  # fresh connections, as after a start: nothing cached yet
        service = ApplicationService(
            store.sessions, store.documents, load_reference(), SystemClock()
        )
        results: dict[str, list[float]] = {}
        timings: list[float] = []
        for run in range(args.runs + WARM_UP):
            docs = [
                NewDocument(DocumentKind.OTHER, _pdf_of_size(run * 3 + k, 200_000), f"d{k}")
                for k in range(3)
            ]
            start = time.perf_counter()
            service.register(visit.id, samples.draft(run % 9000 + 1), actor=officer, documents=docs)
            if run >= WARM_UP:
                timings.append((time.perf_counter() - start) * 1000)
        results["save: application + 3 x 200 KB PDF"] = timings
        rng = random.Random(11)

        def fragment(name: str) -> str:
            word = rng.choice(name.split())
            cut = rng.randrange(0, max(1, len(word) - 4))
            return word[cut : cut + rng.randrange(3, 6)].lower()

        def code() -> str:
            return rng.choice(made)[2].lower()  # a new code each query, typed lower-case

        kinds: dict[str, Callable[[], str]] = {
            "search: name fragment": lambda: fragment(rng.choice(made)[0]),
            "search: NIK prefix": lambda: rng.choice(made)[1][: rng.randrange(6, 13)],
            "search: tracking code": code,
        }
        for label, make_query in kinds.items():
            timings = []
            for _ in range(args.queries):
                query = make_query()
                t0 = time.perf_counter()
                service.search(query)
                timings.append((time.perf_counter() - t0) * 1000)
            results[label] = timings
        return results
    finally:
        store.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--applicants", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=60)
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        plain = measure(Path(tmp) / "plain", None, args)
        encrypted = measure(Path(tmp) / "encrypted", new_data_key(), args)
    print(
        f"encryption at rest at {args.applicants:,} applicants "
        f"(save {args.runs} runs, search {args.queries} queries each)"
    )
    print(f"{'':<40} {'plain p50/p95 ms':>20} {'encrypted p50/p95 ms':>22}   ratio p95   target")
    for label, plain_ms in plain.items():
        enc_ms = encrypted[label]
        p50, p95 = percentile(plain_ms, 50), percentile(plain_ms, 95)
        e50, e95 = percentile(enc_ms, 50), percentile(enc_ms, 95)
        ratio = e95 / p95
        verdict = "ok" if ratio <= TARGET_RATIO else "MISSED"
        print(
            f"{label:<40} {p50:9.2f} / {p95:8.2f} {e50:10.2f} / {e95:9.2f}   "
            f"{ratio:6.2f}x     <= {TARGET_RATIO}x {verdict}"
        )


if __name__ == "__main__":
    main()
