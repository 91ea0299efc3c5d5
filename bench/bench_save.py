"""Save one application with three 200 KB documents: p50/p95 against the 50 ms target.

Two variants: three 200 KB PDFs (stored as they are, so no image work: the figure
the target is about) and three 200 KB JPEG photos (includes re-encoding).
Downscaling a 12 MP photo is measured by bench_downscale.py.

Run: .venv/bin/python bench/bench_save.py [--runs N]
"""

from __future__ import annotations

import argparse
import io
import random
import tempfile
import time
from pathlib import Path

from pypdf import PdfWriter

from bench.common import report, set_up
from fieldkit.domain.records import DocumentKind
from fieldkit.refdata import load_reference
from fieldkit.services.applications import ApplicationService, NewDocument
from fieldkit.services.clock import SystemClock
from tests import samples
from tests.factories import make_jpeg

TARGET_P95_MS = 50.0
WARM_UP = 5


def _pdf_of_size(seed: int, size: int) -> bytes:
    """A valid one-page PDF of about ``size`` bytes, like a scan (unique content per seed)."""
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    writer.add_attachment("scan.bin", random.Random(seed).randbytes(size))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _jpeg_of_size(seed: int, size: int) -> bytes:
    width = 800
    data = make_jpeg(width, 600, seed=seed)
    while len(data) < size and width < 1600:
        width += 100
        data = make_jpeg(width, width * 3 // 4, seed=seed)
    return data


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=60)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store, officer, visit = set_up(Path(tmp))
        service = ApplicationService(
            store.sessions, store.documents, load_reference(), SystemClock()
        )
        variants = {
            "3 x 200 KB PDF (no image work)": (DocumentKind.OTHER, _pdf_of_size),
            "3 x ~200 KB JPEG photo (incl. re-encode)": (DocumentKind.KTP, _jpeg_of_size),
        }
        print(f"save one application with three documents, {args.runs} runs each")
        for variant, (label, (kind, make)) in enumerate(variants.items()):
            seed_base = variant * 100_000
            timings: list[float] = []
            sizes: list[int] = []
            for run in range(args.runs + WARM_UP):
                docs = [
                    NewDocument(kind, make(seed_base + run * 3 + k, 200_000), f"d{k}")
                    for k in range(3)
                ]
                sizes.extend(len(d.data) for d in docs)
                start = time.perf_counter()
                service.register(
                    visit.id, samples.draft(run % 9000 + 1), actor=officer, documents=docs
                )
                if run >= WARM_UP:  # the first saves load modules and warm caches
                    timings.append((time.perf_counter() - start) * 1000)
            avg_kb = sum(sizes) / len(sizes) / 1024
            report(f"{label} [{avg_kb:.0f} KB avg]", timings, TARGET_P95_MS)
        store.close()


if __name__ == "__main__":
    main()
