"""Child process of the crash-safety test: saves applications with documents until killed.

Usage: python tests/support/crash_child.py DATA_DIR JOURNAL SEED [DATA_KEY_HEX]

With DATA_KEY_HEX the store is encrypted (SQLCipher database, AES-GCM documents).

After every save that returned, one JSON line is appended (and fsynced) to JOURNAL
with what was saved, so the parent knows what must survive a SIGKILL.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import sys
from pathlib import Path

from fieldkit.domain.records import DocumentKind, Role
from fieldkit.refdata import load_reference
from fieldkit.services.applications import ApplicationService, NewDocument
from fieldkit.services.clock import SystemClock
from fieldkit.services.offices import OfficeService
from fieldkit.services.visits import VisitService
from fieldkit.store.local import open_local_store
from tests import samples
from tests.factories import make_jpeg, make_pdf


def main(data_dir: Path, journal: Path, seed: int, data_key: bytes | None = None) -> None:
    rng = random.Random(seed)
    store = open_local_store(data_dir, data_key=data_key)
    clock = SystemClock()
    reference = load_reference()
    offices = OfficeService(store.sessions, clock)
    offices.ensure_device()
    office = next(iter(offices.offices()), None) or offices.create_office("DPMPTSP Uji")
    officer = next(iter(offices.officers(office.id)), None) or offices.add_officer(
        office.id, "Petugas Uji", Role.OPERATOR
    )
    visits = VisitService(store.sessions, reference, clock)
    visit = next(iter(visits.visits(office.id)), None) or visits.open_visit(
        office_id=office.id,
        village_code=samples.VILLAGE,
        date=dt.date(2026, 11, 25),
        officer_ids=[],
        actor=officer,
    )
    service = ApplicationService(store.sessions, store.documents, reference, clock)
    shared = make_jpeg(320, 240, seed=1)  # the same photo attached again and again: dedupe
    print("ready", flush=True)
    with journal.open("a", encoding="utf-8") as out:
        while True:
            serial = rng.randrange(1, 9999)
            docs = [NewDocument(DocumentKind.KTP, make_jpeg(400, 300, seed=rng.randrange(1 << 30)))]
            if rng.random() < 0.5:
                docs.append(NewDocument(DocumentKind.LOCATION_PHOTO, shared))
            if rng.random() < 0.3:
                docs.append(NewDocument(DocumentKind.OTHER, make_pdf(1 + rng.randrange(3))))
            result = service.register(
                visit.id, samples.draft(serial), actor=officer, documents=docs
            )
            app = result.application
            line = {"id": app.id, "docs": sorted(d.sha256 for d in app.documents)}
            out.write(json.dumps(line) + "\n")
            out.flush()
            os.fsync(out.fileno())


if __name__ == "__main__":
    key = bytes.fromhex(sys.argv[4]) if len(sys.argv) > 4 else None
    main(Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]), key)
