"""Benchmark village search: names as officers type them, p50/p95 against "instant for typing".

Run as ``.venv/bin/python bench/bench_village_search.py [--rounds N]``. There is no official
target; typing feels instant below about 50 ms, so that is the yardstick. Prints the load times
first (in a fresh process they are the real first-use costs).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout, too

from fieldkit.refdata import ReferenceData, load_reference

TARGET_P95_MS = 50.0

# Whole names, names typed letter by letter, punctuation and spacing variants, and the
# "name, kecamatan" form used to tell apart villages of the same name.
QUERIES = (
    "sokawera",
    "Soka'an",
    'Soka"an',
    "sokaan",
    "nian",
    "N i a n",
    "Batu Jong - Jong",
    "sukamaju",
    "sukamaju, cibadak",
    "sidomulyo",
    "sidomulyo, lampung",
    "karang anyar",
    "karanganyar",
    "lubuk pakam i,ii",
    "kampung baru",
    "tanjung",
    "desa adat",
    "banjar sari",
    "s",
    "su",
    "suk",
    "suka",
    "sukam",
    "sukama",
    "b",
    "ba",
    "ban",
    "banj",
    "sari, bantul",
    "mekar",
    "jaya",
    "zzz",
)


def measure(data: ReferenceData, rounds: int) -> list[float]:
    """Milliseconds per search, every query ``rounds`` times."""
    timings: list[float] = []
    for _ in range(rounds):
        for query in QUERIES:
            start = time.perf_counter()
            data.search_villages(query)
            timings.append((time.perf_counter() - start) * 1000)
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rounds", type=int, default=30)
    args = parser.parse_args()
    start = time.perf_counter()
    data = load_reference()
    loaded = time.perf_counter()
    data.preload_villages()
    villages = time.perf_counter()
    data.preload_villages(with_search=True)
    indexed = time.perf_counter()
    print(
        f"load: tables {1000 * (loaded - start):.1f} ms (cold start), "
        f"villages +{1000 * (villages - loaded):.1f} ms (first village use), "
        f"village search index +{1000 * (indexed - villages):.1f} ms (first village search)"
    )
    timings = measure(data, args.rounds)
    cuts = statistics.quantiles(timings, n=100)
    p50, p95 = cuts[49], cuts[94]
    print(
        f"village search n={len(timings)}  p50={p50:.3f} ms  p95={p95:.3f} ms  "
        f"max={max(timings):.3f} ms  target: instant for typing (< {TARGET_P95_MS:g} ms p95)  "
        f"ratio p95/target={p95 / TARGET_P95_MS:.3f}  (no official target)"
    )
    worst = max(QUERIES, key=lambda q: min(_once(data, q) for _ in range(3)))
    print(f"slowest query: {worst!r}")


def _once(data: ReferenceData, query: str) -> float:
    start = time.perf_counter()
    data.search_villages(query)
    return (time.perf_counter() - start) * 1000


if __name__ == "__main__":
    main()
