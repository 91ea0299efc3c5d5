"""Composition root of the desktop app: unlock, open the store, build the services, show the window.

The app always runs encrypted: the unlock screen turns an officer's password (or the recovery
key) into the data key, which opens the SQLCipher database and the encrypted documents. A new
laptop gets a fresh data key, wrapped by the first-run setup.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Sequence
from pathlib import Path

from fieldkit import __version__, audit_cli, logs, sync_cli
from fieldkit.refdata import ReferenceDataError, load_reference
from fieldkit.services.applications import ApplicationService
from fieldkit.services.audit import AuditService
from fieldkit.services.auth import STATE_BUSY, AuthService, SignInThrottle, Unlocker, Vault
from fieldkit.services.autosave import FormAutosave
from fieldkit.services.backup import BackupService
from fieldkit.services.clock import SystemClock
from fieldkit.services.demo import DemoDataService
from fieldkit.services.offices import OfficeService
from fieldkit.services.receipts import ReceiptService
from fieldkit.services.reports import ReportService
from fieldkit.services.restore import RestoreService
from fieldkit.services.sync import SyncService
from fieldkit.services.visits import VisitService
from fieldkit.store.keys import database_key
from fieldkit.store.local import LocalStore, default_data_dir, open_local_store
from fieldkit.store.schema import DatabaseTooNewError
from fieldkit.store.wipe import finish_wipe, wiped_notice
from fieldkit.ui.application import DesktopApp, finish_unlock, unlock_screen
from fieldkit.ui.context import Services
from fieldkit.ui.crash import CrashHandler
from fieldkit.ui.dialogs.about import show_startup_error
from fieldkit.ui.i18n import Translations
from fieldkit.ui.wiped import EXIT_WIPED, show_wiped_notice


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
        "--demo-data",
        action="store_true",
        help="isi kunjungan latihan dengan pemohon contoh (untuk pelatihan; tidak disinkronkan)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="periksa instalasi ini (basis data, data referensi, tanda terima, Qt) lalu keluar",
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
    sync = SyncService(store.sessions, store.documents, clock, data_dir=store.data_dir)
    # Retention at start (and after every sync pass, in SyncService): document files the
    # server has held for the retention time leave the laptop.
    sync.retention.run()
    return Services(
        offices=offices,
        visits=VisitService(store.sessions, reference, clock),
        applications=applications,
        auth=AuthService(
            store.sessions,
            offices,
            clock,
            vault=None if store.data_key is None else Vault(store.data_dir, store.data_key),
            throttle=SignInThrottle(store.data_dir, clock),
        ),
        receipts=ReceiptService(store.sessions, reference, clock, applications=applications),
        reports=ReportService(store.sessions, reference, clock, policy=offices.document_policy),
        reference=reference,
        data_dir=store.data_dir,
        audit=AuditService(store.sessions, clock),
        autosave=FormAutosave(store.sessions, clock),
        demo=DemoDataService(store.sessions, applications, reference, clock),
        backup=BackupService(
            store.data_dir,
            None if store.data_key is None else database_key(store.data_key),
            clock,
        ),
        sync=sync,
        retention=sync.retention,
    )


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["sync"]:
        return sync_cli.main(argv[1:])
    if argv[:1] == ["audit"]:
        return audit_cli.main(argv[1:])
    args = parse_args(argv)
    if args.self_test:
        # Before the real store is opened: the check works in a temporary folder only.
        from fieldkit import selftest  # noqa: PLC0415 - only for this flag

        return selftest.main()
    # The log file and the crash handler first: whatever fails from here on is on record
    # (without personal data) and shown to the officer with a reference for IT.
    crash = CrashHandler(logs.setup_logging())
    crash.install()
    data_dir = args.data_dir or default_data_dir()
    notice = wiped_notice(data_dir)
    if notice is not None:  # revoked by the office and wiped: finish it, say so, open nothing
        finish_wipe(data_dir)
        show_wiped_notice(notice, Translations(), language=args.language)
        return EXIT_WIPED
    # The database and documents are encrypted (fieldkit.store.keys): the unlock screen comes
    # first, before the store can be opened. An interrupted upgrade to encryption is settled
    # here; an old unencrypted laptop is upgraded at this sign-in.
    unlocker = Unlocker(data_dir, SystemClock())
    state = unlocker.state()
    if state == STATE_BUSY:
        print("fieldkit: data laptop sedang dienkripsi oleh proses lain. Tunggu.", file=sys.stderr)
        return 3
    translations = Translations()
    unlocked = unlock_screen(
        unlocker,
        state,
        translations,
        language=args.language,
        quit_after_start=args.quit_after_start,
        restore=RestoreService(data_dir, SystemClock()),
    )
    if unlocked is None:
        return 0
    try:
        store = open_local_store(data_dir, data_key=unlocked.data_key)
    except DatabaseTooNewError as exc:
        print(f"fieldkit: {exc}", file=sys.stderr)
        show_startup_error(str(exc))  # the officer started it from a menu: no terminal
        return 3
    demo = sync_cli.demo_server(store) if args.demo else contextlib.nullcontext()
    try:
        with demo:
            app = DesktopApp(build_services(store), translations=translations)
            # A lambda, not the bound method: a language switch replaces app.window.
            crash.save_in_progress = lambda: app.window.save_in_progress()  # noqa: PLW0108
            finish_unlock(app, unlocked)
            app.window.run_daily_backup()  # in the background, once a day
            if args.demo_data:
                app.window.fill_demo_data()  # for the officer just signed in
            return app.run(quit_after_start=args.quit_after_start)
    except ReferenceDataError as exc:
        print(f"fieldkit: {exc}", file=sys.stderr)
        return 4
    finally:
        store.close()


if __name__ == "__main__":
    raise SystemExit(main())
