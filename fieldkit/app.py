"""Composition root of the desktop app: open the store, build the services, show the window."""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Sequence
from pathlib import Path

from fieldkit import __version__, sync_cli
from fieldkit.refdata import ReferenceDataError, load_reference
from fieldkit.services.applications import ApplicationService
from fieldkit.services.auth import AuthService
from fieldkit.services.autosave import FormAutosave
from fieldkit.services.clock import SystemClock
from fieldkit.services.offices import OfficeService
from fieldkit.services.receipts import ReceiptService
from fieldkit.services.reports import ReportService
from fieldkit.services.sync import SyncService
from fieldkit.services.visits import VisitService
from fieldkit.store.local import LocalStore, default_data_dir, open_local_store
from fieldkit.store.schema import DatabaseTooNewError
from fieldkit.ui.application import DesktopApp
from fieldkit.ui.context import Services


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="fieldkit",
        description="fieldkit: pendaftaran NIB. 'fieldkit sync --help': sinkron tanpa jendela.",
    )
    parser.add_argument("--version", action="version", version=f"fieldkit {__version__}")
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help="folder data laptop (bawaan: folder data pengguna, atau FIELDKIT_DATA_DIR)",
    )
    parser.add_argument("--language", choices=["id", "en"], default="id", help="bahasa tampilan")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="jalankan server lokal dan daftarkan laptop ini ke sana (coba sinkronisasi)",
    )
    parser.add_argument(
        "--quit-after-start",
        action="store_true",
        help="tutup segera setelah jendela tampil (untuk mengukur waktu mulai)",
    )
    return parser.parse_args(list(argv))


def build_services(store: LocalStore) -> Services:
    """The services the UI uses, wired once."""
    clock = SystemClock()
    reference = load_reference()
    offices = OfficeService(store.sessions, clock)
    offices.ensure_device()
    office = next(iter(offices.offices()), None)
    applications = ApplicationService(
        store.sessions,
        store.documents,
        reference,
        clock,
        policy=offices.document_policy(),
        timezone=office.timezone if office else "Asia/Jakarta",
    )
    return Services(
        offices=offices,
        visits=VisitService(store.sessions, reference, clock),
        applications=applications,
        auth=AuthService(store.sessions, offices, clock),
        receipts=ReceiptService(store.sessions, reference, clock, applications=applications),
        reports=ReportService(store.sessions, reference, clock, policy=offices.document_policy),
        reference=reference,
        data_dir=store.data_dir,
        autosave=FormAutosave(store.sessions, clock),
        sync=SyncService(store.sessions, store.documents, clock, data_dir=store.data_dir),
    )


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["sync"]:
        return sync_cli.main(argv[1:])
    args = parse_args(argv)
    data_dir = args.data_dir or default_data_dir()
    try:
        store = open_local_store(data_dir)
    except DatabaseTooNewError as exc:
        print(f"fieldkit: {exc}", file=sys.stderr)
        return 3
    demo = sync_cli.demo_server(store) if args.demo else contextlib.nullcontext()
    try:
        with demo:
            # The QApplication is made only after the store is open and migrated: a
            # missing display never meets a half-migrated database.
            app = DesktopApp(build_services(store), language=args.language)
            return app.run(quit_after_start=args.quit_after_start)
    except ReferenceDataError as exc:
        print(f"fieldkit: {exc}", file=sys.stderr)
        return 4
    finally:
        store.close()


if __name__ == "__main__":
    raise SystemExit(main())
