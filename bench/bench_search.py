"""Search with 100,000 applicants stored: name fragment, NIK prefix, tracking code (p95 < 20 ms).

Run: .venv/bin/python bench/bench_search.py [--applicants N] [--queries N]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from bench.common import report, seed_applications, set_up
from fieldkit.refdata import load_reference
from fieldkit.services.applications import ApplicationService
from fieldkit.services.clock import SystemClock

TARGET_P95_MS = 20.0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--applicants", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()
    rng = random.Random(11)
    with tempfile.TemporaryDirectory() as tmp:
        store, officer, visit = set_up(Path(tmp))
        start = time.perf_counter()
        made = seed_applications(store, officer, visit, args.applicants)
        print(f"seeded {args.applicants:,} applicants in {time.perf_counter() - start:.1f} s")
        service = ApplicationService(
            store.sessions, store.documents, load_reference(), SystemClock()
        )

        def fragment(name: str) -> str:
            word = rng.choice(name.split())
            cut = rng.randrange(0, max(1, len(word) - 4))
            return word[cut : cut + rng.randrange(3, 6)].lower()

        kinds = {
            "name fragment (3-5 letters, anywhere)": lambda: fragment(rng.choice(made)[0]),
            "NIK prefix (6-12 digits)": lambda: rng.choice(made)[1][: rng.randrange(6, 13)],
            "tracking code (typed lower-case)": rng.choice(made)[2].lower,
        }
        print(f"search, {args.queries} queries each, first page of 50 results")
        for label, make_query in kinds.items():
            timings: list[float] = []
            for _ in range(args.queries):
                query = make_query()
                t0 = time.perf_counter()
                service.search(query)
                timings.append((time.perf_counter() - t0) * 1000)
            report(label, timings, TARGET_P95_MS)
        store.close()


if __name__ == "__main__":
    main()
