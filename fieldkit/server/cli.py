"""``fieldkit-server``: run the central server and administer it.

    fieldkit-server run [--host H] [--port P] [--database-url URL] [--workers N]
    fieldkit-server init | upgrade
    fieldkit-server create-office NAME [--timezone Asia/Jakarta]
    fieldkit-server create-user --office ID --username U --name NAME --role ROLE
    fieldkit-server issue-enrolment --office ID [--hours 72] [--png PATH] [--server-url URL]
    fieldkit-server revoke-device DEVICE_ID
    fieldkit-server devices [--office ID]

Every command takes --config, --data-dir and --database-url (else FIELDKIT_SERVER_*).
Passwords are read from the terminal, or from standard input with --password-stdin.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import io
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO
from zoneinfo import available_timezones

from fieldkit.protocol import PROTOCOL_VERSION
from fieldkit.server.config import ConfigError, Settings, load_settings, settings_env
from fieldkit.server.db import Database
from fieldkit.server.migrate import DatabaseNotReadyError, DatabaseTooNewError, require_current
from fieldkit.server.migrate import upgrade as run_upgrade
from fieldkit.server.repositories import devices, feed, offices
from fieldkit.server.repositories.feed import FeedEvent
from fieldkit.server.security import enrolment_code_hash, hash_password, new_enrolment_code
from fieldkit.server.timefmt import format_local

MIN_PASSWORD = 10


class CliError(Exception):
    """Printed as it is, with exit status 2."""


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _settings(args: argparse.Namespace) -> Settings:
    return load_settings(
        config_file=args.config,
        overrides={"data_dir": args.data_dir, "database_url": args.database_url},
    )


def _database(settings: Settings, *, migrated: bool = True) -> Database:
    db = Database(settings.resolved_database_url, pool_size=2)
    if migrated:
        require_current(db.engine)
    return db


# --- commands -------------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace, out: TextIO) -> int:
    settings = _settings(args)
    db = _database(settings, migrated=False)
    try:
        report = run_upgrade(db.engine)
    finally:
        db.dispose()
    for directory in (settings.resolved_document_dir, settings.resolved_upload_dir):
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    print(
        f"Basis data siap (skema {report.to_revision}): {_safe_url(db.url)}\n"
        f"Dokumen: {settings.resolved_document_dir}",
        file=out,
    )
    return 0


def cmd_upgrade(args: argparse.Namespace, out: TextIO) -> int:
    settings = _settings(args)
    db = _database(settings, migrated=False)
    try:
        report = run_upgrade(db.engine)
    finally:
        db.dispose()
    before = report.from_revision or "kosong"
    print(f"Skema basis data: {before} → {report.to_revision}", file=out)
    return 0


def cmd_create_office(args: argparse.Namespace, out: TextIO) -> int:
    name = args.name.strip()
    if not name or len(name) > 200:
        raise CliError("Nama kantor wajib diisi (paling banyak 200 karakter).")
    if args.timezone not in available_timezones():
        raise CliError(
            f"Zona waktu '{args.timezone}' tidak dikenal. Pakai Asia/Jakarta (WIB), "
            "Asia/Makassar (WITA) atau Asia/Jayapura (WIT)."
        )
    db = _database(_settings(args))
    try:
        with db.write() as session:
            office = offices.add_office(session, name, args.timezone, _now())
    finally:
        db.dispose()
    print(office.id if args.quiet else f"Kantor dibuat: {office.name}\nID: {office.id}", file=out)
    return 0


def _read_password(args: argparse.Namespace, stdin: TextIO) -> str:
    if args.password_stdin:
        password = stdin.readline().rstrip("\r\n")
    else:
        password = getpass.getpass("Kata sandi: ")
        if getpass.getpass("Ulangi kata sandi: ") != password:
            raise CliError("Kedua kata sandi berbeda. Ulangi perintahnya.")
    if len(password) < MIN_PASSWORD:
        raise CliError(f"Kata sandi terlalu pendek: paling sedikit {MIN_PASSWORD} karakter.")
    return password


def cmd_create_user(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    username = args.username.strip()
    if not username or len(username) > 64 or any(ch.isspace() for ch in username):
        raise CliError("Nama pengguna wajib diisi, tanpa spasi, paling banyak 64 karakter.")
    password = _read_password(args, stdin)
    db = _database(_settings(args))
    try:
        with db.write() as session:
            if offices.get_office(session, args.office) is None:
                raise CliError(f"Kantor {args.office} tidak ada. Lihat 'fieldkit-server devices'.")
            if offices.user_credentials(session, username) is not None:
                raise CliError(f"Nama pengguna '{username}' sudah dipakai.")
            user = offices.add_user(
                session,
                office_id=args.office,
                username=username,
                full_name=args.name.strip() or username,
                role=args.role,
                password_hash=hash_password(password),
                now=_now(),
            )
    finally:
        db.dispose()
    print(f"Pengguna dibuat: {user.username} ({user.role})\nID: {user.id}", file=out)
    return 0


def cmd_issue_enrolment(args: argparse.Namespace, out: TextIO) -> int:
    if not 1 <= args.hours <= 24 * 90:
        raise CliError("Masa berlaku kode harus 1 sampai 2160 jam.")
    db = _database(_settings(args))
    code = new_enrolment_code()
    now = _now()
    expires = now + dt.timedelta(hours=args.hours)
    try:
        with db.write() as session:
            office = offices.get_office(session, args.office)
            if office is None:
                raise CliError(f"Kantor {args.office} tidak ada.")
            devices.add_enrolment_code(
                session,
                office_id=office.id,
                code_hash=enrolment_code_hash(code),
                label=args.label[:100],
                now=now,
                expires_at=expires,
            )
    finally:
        db.dispose()
    payload = enrolment_qr_text(code, args.server_url)
    print(f"Kode pendaftaran perangkat untuk {office.name}:", file=out)
    print(f"  {code}", file=out)
    print(
        f"Berlaku sampai {format_local(expires, office.timezone)}; hanya bisa dipakai sekali.",
        file=out,
    )
    if not args.no_qr:
        print(terminal_qr(payload), file=out)
    if args.png is not None:
        write_qr_png(payload, args.png)
        print(f"QR code disimpan di {args.png}", file=out)
    return 0


def enrolment_qr_text(code: str, server_url: str | None) -> str:
    text = f"fieldkit-enrol:v{PROTOCOL_VERSION}:{code}"
    return f"{text}:{server_url}" if server_url else text


def _qr(payload: str) -> Any:
    import qrcode  # noqa: PLC0415 - only the enrolment command needs it

    qr = qrcode.QRCode(border=2, error_correction=qrcode.constants.ERROR_CORRECT_M)
    qr.add_data(payload)
    qr.make(fit=True)
    return qr


def terminal_qr(payload: str) -> str:
    buffer = io.StringIO()
    _qr(payload).print_ascii(out=buffer, invert=True)
    return buffer.getvalue()


def write_qr_png(payload: str, path: Path) -> None:
    image = _qr(payload).make_image(fill_color="black", back_color="white")
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as fh:
        image.save(fh)


def cmd_revoke_device(args: argparse.Namespace, out: TextIO) -> int:
    db = _database(_settings(args))
    now = _now()
    try:
        with db.write() as session:
            before = devices.revoke_device(session, args.device_id, now)
            if before is None:
                raise CliError(
                    f"Perangkat {args.device_id} tidak ada. Lihat 'fieldkit-server devices'."
                )
            if not before.is_revoked:
                db.lock_office(session, before.office_id)
                feed.append(
                    session,
                    FeedEvent(
                        office_id=before.office_id,
                        kind="device.revoked",
                        at=now,
                        application_id=None,
                        payload={"device_id": before.id},
                    ),
                )
    finally:
        db.dispose()
    state = "sudah dicabut sebelumnya" if before.is_revoked else "dicabut"
    print(f"Perangkat {before.name} ({before.id}) {state}.", file=out)
    return 0


def cmd_devices(args: argparse.Namespace, out: TextIO) -> int:
    db = _database(_settings(args))
    try:
        with db.read() as session:
            rows = devices.device_statuses(session, args.office)
    finally:
        db.dispose()
    if not rows:
        print("Belum ada perangkat terdaftar.", file=out)
        return 0
    header = (
        f"{'ID':<36}  {'Nama':<20} {'Awalan':<6} {'Kantor':<24} {'Terakhir terlihat':<24} "
        f"{'Push terakhir':<24} {'Entri':>6} {'Belum ditarik':>13} {'Unggah':>6}  Status"
    )
    print(header, file=out)
    for row in rows:
        d = row.device
        print(
            f"{d.id:<36}  {d.name[:20]:<20} {d.tracking_prefix:<6} {row.office_name[:24]:<24} "
            f"{format_local(d.last_seen_at):<24} {format_local(d.last_push_at):<24} "
            f"{d.entries_applied:>6} {row.feed_backlog:>13} {row.uploads_in_progress:>6}  "
            f"{'DICABUT' if d.is_revoked else 'aktif'}",
            file=out,
        )
    return 0


def cmd_audit(args: argparse.Namespace, out: TextIO) -> int:
    """A device's audit log as the server holds it, and whether its chain is intact."""
    from fieldkit.domain.audit import verdict_text  # noqa: PLC0415 - only this command
    from fieldkit.server import audit  # noqa: PLC0415 - only this command
    from fieldkit.server.models import DeviceRow  # noqa: PLC0415 - only this command

    db = _database(_settings(args))
    try:
        with db.read() as session:
            if session.get(DeviceRow, args.device_id) is None:
                raise CliError(
                    f"Perangkat {args.device_id} tidak ada. Lihat 'fieldkit-server devices'."
                )
            entries = audit.entries(session, args.device_id)
            verdict = audit.verify_device(session, args.device_id)
    finally:
        db.dispose()
    if not args.quiet:
        print(f"{'No.':>6}  {'Waktu (UTC)':<27} {'Petugas':<36} {'Tindakan':<24} Sasaran", file=out)
        for e in entries[-args.last :] if args.last else entries:
            print(f"{e.sequence:>6}  {e.at:<27} {e.actor:<36} {e.action:<24} {e.target}", file=out)
    print(str(verdict_text(verdict)), file=out)
    return 0 if verdict.is_intact else 1


def cmd_run(args: argparse.Namespace, out: TextIO) -> int:
    import uvicorn  # noqa: PLC0415 - only this command serves

    settings = _settings(args)
    db = _database(settings, migrated=False)
    try:
        run_upgrade(db.engine)  # `run` works on a fresh machine with no other setup
    finally:
        db.dispose()
    os.environ.update(settings_env(settings))
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    print(
        f"fieldkit-server (protokol v{PROTOCOL_VERSION}) di http://{args.host}:{args.port} "
        f"· basis data {_safe_url(settings.resolved_database_url)}",
        file=out,
        flush=True,
    )
    uvicorn.run(
        "fieldkit.server.app:create_app_from_env",
        factory=True,
        host=args.host,
        port=args.port,
        workers=args.workers,
        access_log=False,  # our own access log leaves query strings out (personal data)
        log_level="info",
        proxy_headers=args.proxy_headers,
        timeout_keep_alive=30,
    )
    return 0


def _safe_url(url: str) -> str:
    from sqlalchemy.engine import make_url  # noqa: PLC0415

    return make_url(url).render_as_string(hide_password=True)


# --- parsing --------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--config", type=Path, help="berkas TOML ([server] ...)")
    common.add_argument("--data-dir", type=Path, help="folder data server")
    common.add_argument("--database-url", help="sqlite:///... atau postgresql://...")

    parser = argparse.ArgumentParser(prog="fieldkit-server", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", parents=[common], help="jalankan server")
    run.add_argument("--host", default="127.0.0.1")
    run.add_argument("--port", type=int, default=8000)
    run.add_argument("--workers", type=int, default=1)
    run.add_argument("--proxy-headers", action="store_true", help="di belakang reverse proxy")

    sub.add_parser("init", parents=[common], help="siapkan basis data dan folder")
    sub.add_parser("upgrade", parents=[common], help="jalankan migrasi basis data")

    office = sub.add_parser("create-office", parents=[common], help="buat kantor")
    office.add_argument("name")
    office.add_argument("--timezone", default="Asia/Jakarta")
    office.add_argument("--quiet", action="store_true", help="cetak ID saja")

    user = sub.add_parser("create-user", parents=[common], help="buat akun petugas")
    user.add_argument("--office", required=True)
    user.add_argument("--username", required=True)
    user.add_argument("--name", default="")
    user.add_argument("--role", required=True, choices=offices.USER_ROLES)
    user.add_argument("--password-stdin", action="store_true")

    enrolment = sub.add_parser("issue-enrolment", parents=[common], help="kode daftar laptop")
    enrolment.add_argument("--office", required=True)
    enrolment.add_argument("--hours", type=int, default=72)
    enrolment.add_argument("--label", default="")
    enrolment.add_argument("--png", type=Path)
    enrolment.add_argument("--server-url")
    enrolment.add_argument("--no-qr", action="store_true", help="tanpa QR di terminal")

    revoke = sub.add_parser("revoke-device", parents=[common], help="cabut perangkat")
    revoke.add_argument("device_id")

    listing = sub.add_parser("devices", parents=[common], help="status sinkron per perangkat")
    listing.add_argument("--office")

    audit_log = sub.add_parser(
        "audit", parents=[common], help="catatan audit laptop: tampilkan dan periksa rantainya"
    )
    audit_log.add_argument("device_id")
    audit_log.add_argument("--last", type=int, default=50, help="tampilkan N entri terakhir")
    audit_log.add_argument("--quiet", action="store_true", help="hanya hasil pemeriksaan")
    return parser


def main(
    argv: Sequence[str] | None = None, *, out: TextIO | None = None, stdin: TextIO | None = None
) -> int:
    out = out or sys.stdout
    args = build_parser().parse_args(argv)
    try:
        if args.command == "create-user":
            return cmd_create_user(args, out, stdin or sys.stdin)
        handler = {
            "run": cmd_run,
            "init": cmd_init,
            "upgrade": cmd_upgrade,
            "create-office": cmd_create_office,
            "issue-enrolment": cmd_issue_enrolment,
            "revoke-device": cmd_revoke_device,
            "devices": cmd_devices,
            "audit": cmd_audit,
        }[args.command]
        return handler(args, out)
    except (CliError, ConfigError, DatabaseTooNewError, DatabaseNotReadyError) as exc:
        print(f"fieldkit-server: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
