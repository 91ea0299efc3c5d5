"""``fieldkit sync`` (headless sync for IT staff and schedulers) and ``fieldkit --demo``
(an embedded local server the app enrols to, so sync can be seen on one machine)."""

from __future__ import annotations

import argparse
import contextlib
import getpass
import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final, TextIO

from fieldkit.services.auth import STATE_BUSY, STATE_NEW, STATE_PLAIN, Unlocker
from fieldkit.services.clock import SystemClock
from fieldkit.services.errors import ServiceError
from fieldkit.services.offices import OfficeService
from fieldkit.services.sync import SyncService
from fieldkit.store.local import LocalStore, default_data_dir, open_local_store
from fieldkit.store.schema import DatabaseTooNewError
from fieldkit.store.wipe import wiped_notice
from fieldkit.sync.state import ErrorKind, SyncProgress, SyncReport

EXIT_DONE: Final = 0
EXIT_TIME_LIMIT: Final = 1
EXIT_NOT_ENROLLED: Final = 2
EXIT_REVOKED: Final = 3
EXIT_REFUSED: Final = 4
EXIT_ERROR: Final = 5
EXIT_LOCKED: Final = 6

OFFICER_ENV: Final = "FIELDKIT_OFFICER"
PASSWORD_ENV: Final = "FIELDKIT_PASSWORD"

EPILOG = """\
kode keluar (exit codes):
  0  semua data terkirim dan kabar dari kantor sudah diambil (all sent and pulled)
  1  batas waktu habis, masih ada yang belum terkirim (time limit reached, work left)
  2  laptop belum didaftarkan ke server (not enrolled)
  3  perangkat dicabut oleh kantor (device revoked)
  4  server menolak data yang perlu diperiksa petugas (entries refused: a person must act)
  5  kesalahan tak terduga (unexpected error)
  6  data laptop tidak bisa dibuka: nama petugas atau kata sandi salah, akun dikunci, atau
     data belum dienkripsi (masuk sekali di aplikasi dulu)
     (the laptop's data could not be unlocked: wrong officer or password, locked out, or not
     yet encrypted: sign in once in the app first)

data laptop terenkripsi (the laptop's data is encrypted):
  sinkron perlu nama dan kata sandi seorang petugas laptop ini. Nama: --officer atau
  FIELDKIT_OFFICER. Kata sandi: ditanyakan (tanpa tampil di layar), atau dari FIELDKIT_PASSWORD
  untuk penjadwal (simpan variabel itu hanya di tempat yang aman).
  Sync needs an officer's name and password: --officer or FIELDKIT_OFFICER; the password is
  asked for (not echoed), or taken from FIELDKIT_PASSWORD for schedulers.
"""


def build_sync_service(store: LocalStore) -> SyncService:
    return SyncService(store.sessions, store.documents, SystemClock(), data_dir=store.data_dir)


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="fieldkit sync",
        description="Sinkronkan laptop ini dengan server kantor tanpa membuka jendela aplikasi.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--data-dir", type=Path, default=None, help="folder data laptop")
    parser.add_argument(
        "--time-limit",
        type=float,
        default=600.0,
        metavar="SECONDS",
        help="berhenti setelah sekian detik (bawaan 600)",
    )
    parser.add_argument("--quiet", action="store_true", help="hanya cetak ringkasan akhir")
    parser.add_argument(
        "--officer",
        default=None,
        help=f"nama petugas yang membuka data laptop (atau {OFFICER_ENV})",
    )
    return parser.parse_args(list(argv))


def unlock_key(
    data_dir: Path,
    officer_name: str | None,
    *,
    out: TextIO,
    ask: Callable[[str], str],
    allow_plain: bool = True,
) -> bytes | int | None:
    """The data key of an encrypted laptop (bytes), None for a laptop not yet upgraded to
    encryption (when ``allow_plain``: read-only uses such as ``fieldkit audit verify``), or an
    exit code.

    The officer comes from ``officer_name`` or FIELDKIT_OFFICER; the password from
    FIELDKIT_PASSWORD or ``ask`` (getpass). Failures count towards the sign-in lockout.
    """
    unlocker = Unlocker(data_dir, SystemClock())
    state = unlocker.state(set_aside_unfinished=False)  # the app may be in its first setup
    if state == STATE_BUSY:
        print("Data laptop sedang dienkripsi oleh aplikasi. Coba lagi nanti.", file=out)
        return EXIT_LOCKED
    if state == STATE_PLAIN and allow_plain:
        return None
    if state == STATE_PLAIN:
        # Not upgraded yet. The first sign-in in the app encrypts it (with a backup); syncing
        # meanwhile could write into the old file while it is being copied, so wait for it.
        print(
            "Data laptop ini belum dienkripsi. Masuk sekali di aplikasi fieldkit (data "
            "dienkripsi saat itu), lalu jalankan sinkron lagi.",
            file=out,
        )
        return EXIT_LOCKED
    if state == STATE_NEW:
        print("Laptop ini belum diatur: jalankan aplikasinya dulu.", file=out)
        return EXIT_NOT_ENROLLED
    name = officer_name or os.environ.get(OFFICER_ENV, "")
    wanted = " ".join(name.split()).casefold()
    matches = [c for c in unlocker.choices() if c.name.casefold() == wanted]
    if not wanted or len(matches) != 1:
        print(
            'Data laptop terenkripsi. Sebutkan nama petugas dengan --officer "Nama" '
            f"(atau {OFFICER_ENV}), persis seperti di layar masuk.",
            file=out,
        )
        return EXIT_LOCKED
    password = os.environ.get(PASSWORD_ENV) or ask(f"Kata sandi {matches[0].name}: ")
    try:
        return unlocker.unlock(matches[0].officer_id, password)
    except ServiceError as exc:
        print(exc.message, file=out)
        return EXIT_LOCKED


def outcome_code(report: SyncReport, service: SyncService) -> int:
    if report.error_kind is ErrorKind.AUTH:
        return EXIT_REVOKED if service.is_revoked() else EXIT_NOT_ENROLLED
    if report.error_kind is ErrorKind.BUG:
        return EXIT_ERROR
    if report.is_complete:
        return EXIT_REFUSED if service.refused_count() else EXIT_DONE
    return EXIT_TIME_LIMIT


def run_headless(service: SyncService, *, time_limit: float, out: TextIO, quiet: bool) -> int:
    if not service.is_enrolled():
        print("Laptop belum didaftarkan ke server: jalankan aplikasinya dan daftar dulu.", file=out)
        return EXIT_NOT_ENROLLED
    last = [""]

    def show(progress: SyncProgress) -> None:
        if not quiet and progress.label != last[0]:
            last[0] = progress.label
            print(f"[{progress.phase}] {progress.label}", file=out, flush=True)

    def on_report(r: SyncReport) -> None:
        if r.error and not quiet:
            print(f"  ! {r.error}", file=out, flush=True)

    deadline = time.monotonic() + max(0.0, time_limit)
    report = service.run_until_done(show, lambda: False, deadline=deadline, on_report=on_report)
    code = outcome_code(report, service)
    status = service.status()
    print(
        f"Terkirim {report.pushed} (ulang {report.duplicates}), bentrok {report.conflicts}, "
        f"ditolak {report.invalid}, dokumen {report.uploaded_documents} "
        f"({report.uploaded_bytes} byte), kabar {report.pulled_changes}. "
        f"Tersisa {status.pending_entries} entri, {status.pending_documents} dokumen.",
        file=out,
    )
    if report.error:
        print(f"Terakhir: {report.error}", file=out)
    print(f"Kode keluar {code}", file=out, flush=True)
    return code


def main(argv: Sequence[str]) -> int:
    args = parse_args(argv)
    notice = wiped_notice(args.data_dir or default_data_dir())
    if notice is not None:  # revoked by the office and wiped: nothing to open or send
        print(f"fieldkit sync: {notice}", file=sys.stderr)
        return EXIT_REVOKED
    data_dir = args.data_dir or default_data_dir()
    # Sync writes: never into a laptop whose upgrade to encryption has not happened yet.
    key = unlock_key(data_dir, args.officer, out=sys.stdout, ask=getpass.getpass, allow_plain=False)
    if isinstance(key, int):
        return key
    try:
        store = open_local_store(data_dir, data_key=key)
    except DatabaseTooNewError as exc:
        print(f"fieldkit: {exc}", file=sys.stderr)
        return EXIT_ERROR
    try:
        service = build_sync_service(store)
        return run_headless(service, time_limit=args.time_limit, out=sys.stdout, quiet=args.quiet)
    except Exception as exc:  # the exit code says "unexpected"; the trace goes to stderr
        print(f"fieldkit sync: kesalahan tak terduga: {exc!r}", file=sys.stderr)
        return EXIT_ERROR
    finally:
        store.close()


# --- demo ---------------------------------------------------------------------------------------


@dataclass
class DemoServer:
    url: str
    process: subprocess.Popen[bytes]

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _server_cli(data_dir: Path, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "fieldkit.server.cli", *args, "--data-dir", str(data_dir)],
        check=True,
        capture_output=True,
        text=True,
    )
    return done.stdout


@contextlib.contextmanager
def demo_server(store: LocalStore) -> Iterator[DemoServer]:
    """Start (and at the end stop) a local server under the app's data dir, enrolled once."""
    server_dir = store.data_dir / "demo-server"
    server_dir.mkdir(parents=True, exist_ok=True)
    port_file = server_dir / "port"
    port = int(port_file.read_text()) if port_file.exists() else _free_port()
    port_file.write_text(str(port))
    url = f"http://127.0.0.1:{port}"
    log = (server_dir / "server.log").open("ab")
    env = {k: v for k, v in os.environ.items() if not k.startswith("FIELDKIT_SERVER_")}
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "fieldkit.server.cli",
            "run",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--data-dir",
            str(server_dir),
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
        env=env,
    )
    server = DemoServer(url, process)
    try:
        service = build_sync_service(store)
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"server demo berhenti; lihat {server_dir / 'server.log'}")
            with contextlib.suppress(Exception):
                import requests  # noqa: PLC0415 - only the demo polls this way

                if requests.get(url + "/api/v1/info", timeout=1).status_code == 200:
                    break
            if time.monotonic() > deadline:
                raise RuntimeError("server demo tidak menyala dalam 60 detik")
            time.sleep(0.2)
        if not service.is_enrolled():
            OfficeService(store.sessions, SystemClock()).ensure_device()
            office_file = server_dir / "office_id"
            if office_file.exists():
                office_id = office_file.read_text().strip()
            else:
                office_id = _server_cli(
                    server_dir, "create-office", "DPMPTSP Demo", "--quiet"
                ).strip()
                office_file.write_text(office_id)
            text = _server_cli(server_dir, "issue-enrolment", "--office", office_id, "--no-qr")
            code = text.splitlines()[1].strip()
            try:
                service.enrol(url, code, device_name="Laptop demo")
            except ServiceError as exc:
                raise RuntimeError(exc.message) from exc
        print(f"fieldkit --demo: server lokal di {url} (data: {server_dir})", flush=True)
        yield server
    finally:
        server.stop()
        log.close()
