"""Child process of the SIGKILL test: runs the sync engine on a laptop's data dir.

Usage: python tests/support/sync_child.py DATA_DIR SECONDS

Prints "ready" once the store is open, then syncs until done or SECONDS pass; the parent
kills it with SIGKILL at random moments. Exit status: 0 done, 1 not done.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from fieldkit.services.clock import SystemClock
from fieldkit.services.sync import SyncService
from fieldkit.store.local import open_local_store
from fieldkit.sync.state import SyncProgress


def _quiet(progress: SyncProgress) -> None:
    pass


def main(data_dir: Path, seconds: float) -> int:
    store = open_local_store(data_dir)
    service = SyncService(store.sessions, store.documents, SystemClock(), data_dir=data_dir)
    print("ready", flush=True)
    report = service.run_until_done(_quiet, lambda: False, deadline=time.monotonic() + seconds)
    store.close()
    return 0 if report.is_complete else 1


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), float(sys.argv[2])))
