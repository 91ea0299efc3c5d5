"""Cold start: process start to the first usable window shown and idle (median of 5, < 1.5 s).

Each run is a fresh ``fieldkit --quit-after-start`` process on the offscreen
platform over a data folder that already holds an office, so the run measures
what an officer waits for each morning (imports, store open and migration
check, reference data, window) and not the one-time first setup.

Run: .venv/bin/python -m bench.bench_startup [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import set_up

TARGET_S = 1.5


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp)
        store, _, _ = set_up(data_dir)
        store.close()
        env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
        command = [sys.executable, "-m", "fieldkit.app", "--data-dir", str(data_dir)]
        subprocess.run([*command, "--quit-after-start"], env=env, check=True)  # warm disk cache
        timings = []
        for _ in range(args.runs):
            start = time.perf_counter()
            subprocess.run([*command, "--quit-after-start"], env=env, check=True)
            timings.append(time.perf_counter() - start)
        median = statistics.median(timings)
        print(
            f"cold start to first window (median of {args.runs}): {median:.2f} s   "
            f"min {min(timings):.2f} s   max {max(timings):.2f} s   "
            f"target < {TARGET_S} s   ratio {median / TARGET_S:.2f}"
        )


if __name__ == "__main__":
    main()
