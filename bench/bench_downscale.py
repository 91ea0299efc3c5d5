"""Prepare a 12 MP phone photo for storage: p50/p95 time and the stored size against 150-300 KB.

The photo is the synthetic 4000x3000 one of tests.factories (gradients, texture, shapes, EXIF
orientation and GPS); pass the path of a real phone photo to measure that instead.

Run from the repository root: .venv/bin/python -m bench.bench_downscale [--runs N] [PHOTO]
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from fieldkit.domain.policy import DEFAULT_MAX_DOCUMENT_BYTES
from fieldkit.store.media import prepare_media
from tests.factories import make_photo_12mp

EXPECTED_KB = (150, 300)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("photo", nargs="?", type=Path, help="a real photo (default: synthetic)")
    args = parser.parse_args()

    data = args.photo.read_bytes() if args.photo else make_photo_12mp()
    label = args.photo.name if args.photo else "synthetic 12 MP photo (4000x3000)"
    prepare_media(data, max_bytes=DEFAULT_MAX_DOCUMENT_BYTES)  # warm-up: imports, lcms profile

    timings_ms: list[float] = []
    for _ in range(args.runs):
        start = time.perf_counter()
        prepared = prepare_media(data, max_bytes=DEFAULT_MAX_DOCUMENT_BYTES)
        timings_ms.append((time.perf_counter() - start) * 1000)

    if len(timings_ms) > 1:
        cuts = statistics.quantiles(timings_ms, n=100, method="inclusive")
        p50, p95 = cuts[49], cuts[94]
    else:
        p50 = p95 = timings_ms[0]
    size_kb = len(prepared.data) / 1024
    low, high = EXPECTED_KB
    verdict = "ok" if low <= size_kb <= high else "OUTSIDE"
    print(f"{label}: {len(data) / 1024:.0f} KB in, {args.runs} runs")
    print(f"  time     p50 {p50:7.1f} ms   p95 {p95:7.1f} ms")
    print(
        f"  stored   {size_kb:7.1f} KB {prepared.media_type} {prepared.width}x{prepared.height}"
        f"   expected {low}-{high} KB: {verdict}"
    )


if __name__ == "__main__":
    main()
