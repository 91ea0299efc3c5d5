"""Benchmark KBLI search: realistic word and code-prefix queries, p50/p95 against p95 < 10 ms.

Run as ``.venv/bin/python bench/bench_kbli_search.py [--rounds N]``. Prints the reference data
load times first (a fresh process measures the real cold load).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout, too

_import_start = time.perf_counter()
from fieldkit.refdata import ReferenceData, load_reference  # noqa: E402 (timed import)

IMPORT_MS = (time.perf_counter() - _import_start) * 1000

TARGET_P95_MS = 10.0

# What officers type at a village hall: everyday business words, partly typed words, and codes
# read off an old NIB or a poster.
WORD_QUERIES = (
    "warung makan",
    "warung",
    "bengkel motor",
    "bengkel",
    "jahit",
    "kue",
    "kue basah",
    "toko kelontong",
    "kelontong",
    "sayur",
    "pertanian padi",
    "ternak ayam",
    "peternakan sapi",
    "ikan",
    "budidaya ikan",
    "industri tahu",
    "tempe",
    "keripik",
    "makanan ringan",
    "minuman",
    "kopi",
    "salon",
    "pangkas rambut",
    "laundry",
    "cuci",
    "fotokopi",
    "sablon",
    "mebel kayu",
    "kerajinan",
    "anyaman bambu",
    "batik",
    "perdagangan eceran",
    "eceran pakaian",
    "pulsa",
    "angkutan",
    "ojek",
    "konstruksi",
    "pe",
    "m",
    "mak",
)
CODE_QUERIES = ("56101", "561", "56", "5", "47", "4711", "10792", "01", "96", "1410")


def measure(search: Callable[[str], object], queries: Sequence[str], rounds: int) -> list[float]:
    """Milliseconds per call, every query ``rounds`` times."""
    timings: list[float] = []
    for _ in range(rounds):
        for query in queries:
            start = time.perf_counter()
            search(query)
            timings.append((time.perf_counter() - start) * 1000)
    return timings


def report(label: str, timings: list[float], target_ms: float) -> None:
    cuts = statistics.quantiles(timings, n=100)
    p50, p95 = cuts[49], cuts[94]
    print(
        f"{label:<14} n={len(timings):>6}  p50={p50:7.3f} ms  p95={p95:7.3f} ms  "
        f"max={max(timings):7.3f} ms  target p95 < {target_ms:g} ms  "
        f"ratio p95/target={p95 / target_ms:.3f}"
    )


def load_times() -> ReferenceData:
    start = time.perf_counter()
    data = load_reference()
    loaded = time.perf_counter()
    data.preload_villages()
    villages = time.perf_counter()
    data.preload_villages(with_search=True)
    indexed = time.perf_counter()
    print(
        f"load: import fieldkit.refdata {IMPORT_MS:.1f} ms, "
        f"tables {1000 * (loaded - start):.1f} ms (cold start), "
        f"villages +{1000 * (villages - loaded):.1f} ms (first village use), "
        f"village search index +{1000 * (indexed - villages):.1f} ms (first village search)"
    )
    return data


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rounds", type=int, default=200)
    args = parser.parse_args()
    data = load_times()
    words = measure(data.search_kbli, WORD_QUERIES, args.rounds)
    codes = measure(data.search_kbli, CODE_QUERIES, args.rounds)
    report("KBLI words", words, TARGET_P95_MS)
    report("KBLI codes", codes, TARGET_P95_MS)
    report("KBLI all", words + codes, TARGET_P95_MS)
    slowest = max(WORD_QUERIES, key=lambda q: min(measure(data.search_kbli, [q], 5)))
    print(f"slowest word query: {slowest!r}")


if __name__ == "__main__":
    main()
