"""``fieldkit --self-test``: does this installation work? Checks each part, prints a short report.

Meant for the frozen (installed) app, where a missing data file, Qt plugin or native library
shows only on the officer's laptop: the IT person runs ``fieldkit --self-test`` after
installing, and the build's smoke test runs it on the fresh build. Every check works in a
temporary folder with made-up values (no officer data is read, nothing personal is printed),
and uses only what the app itself ships (no test tools: the receipt is rendered, not scanned).

Exit status 0 when every check passed, 1 otherwise; the failing checks are named.
"""

from __future__ import annotations

import datetime as dt
import io
import secrets
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from sqlalchemy import text

from fieldkit import __version__
from fieldkit.domain.privacy import mask_nik
from fieldkit.domain.tracking import make_tracking_code
from fieldkit.fonts import pdf_fonts
from fieldkit.receipts.layouts import Layout, ReceiptData, format_moment, render_receipt
from fieldkit.receipts.payload import ReceiptStatus, make_payload, status_url, verify_receipt
from fieldkit.receipts.signing import TrustedKey, new_private_key
from fieldkit.refdata import load_reference
from fieldkit.services.clock import SystemClock
from fieldkit.services.offices import OfficeService
from fieldkit.store import repositories as repo
from fieldkit.store.local import open_local_store
from fieldkit.store.schema import HEAD_REVISION

# Made-up values for the sample receipt: a NIK of the right shape that belongs to nobody
# known, a real village (Pondok Rajeg, Cibinong, Kabupaten Bogor).
SAMPLE_NIK = "3201015708900003"
SAMPLE_VILLAGE = "3201011005"
SAMPLE_OFFICE_ID = "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"
SAMPLE_BASE_URL = "https://izin.contoh.go.id"
SAMPLE_DEVICE = "ABCDE"


class SelfTestError(Exception):
    """A check found something wrong; the message says what, in Indonesian."""


@dataclass(frozen=True, slots=True)
class CheckResult:
    name: str
    is_ok: bool
    detail: str  # what was found (ok) or what went wrong (failed)
    seconds: float


@dataclass(frozen=True, slots=True)
class Check:
    name: str  # short, stable, shown in the report: "basis-data"
    run: Callable[[Path], str]  # works in the given temporary folder; returns a detail line


def _expect(condition: bool, problem: str) -> None:
    if not condition:
        raise SelfTestError(problem)


def check_database(work: Path) -> str:
    """Create, migrate, write, reopen, read and check an encrypted store (SQLCipher + AES-GCM)."""
    data_dir = work / "data"
    data_key = secrets.token_bytes(32)
    store = open_local_store(data_dir, data_key=data_key)
    try:
        _expect(
            store.migration.to_revision == HEAD_REVISION,
            f"skema {store.migration.to_revision}, seharusnya {HEAD_REVISION}",
        )
        prefix = OfficeService(store.sessions, SystemClock()).ensure_device()
        with store.sessions.begin() as session:
            repo.put_setting(session, "selftest", {"ditulis": "ya"})
        staged = store.documents.stage(b"%PDF-1.4 uji mandiri fieldkit\n")
        store.documents.publish(staged)
        sha256 = staged.sha256
    finally:
        store.close()
    store = open_local_store(data_dir, data_key=data_key)
    try:
        with store.sessions() as session:
            _expect(repo.device_prefix(session) == prefix, "data yang ditulis tidak terbaca lagi")
            _expect(
                repo.get_setting(session, "selftest") == {"ditulis": "ya"},
                "pengaturan yang ditulis tidak terbaca lagi",
            )
        _expect(
            store.documents.read(sha256) == b"%PDF-1.4 uji mandiri fieldkit\n",
            "dokumen yang disimpan tidak terbaca lagi",
        )
        with store.engine.connect() as conn:
            verdict = conn.execute(text("PRAGMA integrity_check")).scalar()
        _expect(verdict == "ok", f"integrity_check: {verdict}")
        encrypted = "terenkripsi" if store.is_encrypted else "tidak terenkripsi"
    finally:
        store.close()
    return f"skema {HEAD_REVISION}, {encrypted}, integrity_check ok"


def check_reference_data(work: Path) -> str:
    """KBLI 2020 and the Kemendagri regions load and answer look-ups."""
    reference = load_reference()
    kbli = reference.kbli("56102")
    _expect(kbli is not None, "KBLI 56102 tidak ditemukan")
    villages = reference.region_count(10)
    _expect(villages > 80_000, f"hanya {villages} desa/kelurahan")
    _expect(reference.region(SAMPLE_VILLAGE) is not None, f"desa {SAMPLE_VILLAGE} tidak ada")
    _expect(bool(reference.search_villages("pondok rajeg")), "pencarian desa tidak menemukan")
    return f"{reference.kbli_count()} KBLI, {villages} desa/kelurahan"


def sample_receipt() -> tuple[ReceiptData, dict[str, TrustedKey]]:
    """A receipt of made-up values, and the trusted keys under which it verifies."""
    key = new_private_key()
    code = make_tracking_code(SAMPLE_DEVICE, 1234)
    payload = make_payload(
        tracking_code=code,
        issued_on=dt.date.today(),
        office_id=SAMPLE_OFFICE_ID,
        base_url=SAMPLE_BASE_URL,
        private_key=key,
    )
    data = ReceiptData(
        office_name="DPMPTSP Kabupaten Contoh",
        office_address="Jl. Contoh No. 1",
        office_phone="(021) 000 0000",
        complaint_contact="0812 0000 0000",
        village="Kelurahan Pondok Rajeg",
        kecamatan="Kecamatan Cibinong",
        regency="Kabupaten Bogor",
        issued_at=format_moment(dt.datetime.now(dt.UTC), "Asia/Jakarta"),
        officer_name="Petugas Uji",
        tracking_code=code,
        applicant_name="Pemohon Uji",
        masked_nik=mask_nik(SAMPLE_NIK),
        business_name="Usaha Uji",
        kbli=(("56102", "Rumah/Warung Makan"),),
        documents=("Foto KTP",),
        status_url=status_url(SAMPLE_BASE_URL, code),
        qr_payload=payload.text,
    )
    return data, {SAMPLE_DEVICE: TrustedKey(key.public_key(), is_certified=True)}


def check_receipt(work: Path) -> str:
    """A signed receipt renders as PDF with the shipped fonts, and its QR content verifies."""
    fonts = pdf_fonts()
    _expect(fonts.has_mask_glyph, "huruf DejaVu (resources/fonts) tidak ada; NIK tercetak '*'")
    data, keys = sample_receipt()
    sizes = []
    for layout in Layout:
        pdf = render_receipt(data, layout)
        _expect(pdf.startswith(b"%PDF"), f"tanda terima {layout.value} bukan PDF")
        sizes.append(len(pdf))
    (work / "tanda-terima-58mm.pdf").write_bytes(render_receipt(data, Layout.ROLL_58))
    # The QR content itself (the app never decodes images: scanning is the phone's job).
    verdict = verify_receipt(data.qr_payload, trusted_keys=keys, office_id=SAMPLE_OFFICE_ID)
    _expect(
        verdict.status is ReceiptStatus.GENUINE,
        f"tanda tangan tanda terima tidak sah: {verdict.status.value}",
    )
    return f"{len(sizes)} tata letak, PDF {min(sizes) // 1024}-{max(sizes) // 1024} KB, QR sah"


def _print_sample_receipt(work: Path) -> str:
    from fieldkit.ui.selftest import check_printing  # noqa: PLC0415 - Qt only when asked

    data, _keys = sample_receipt()
    return check_printing(work, render_receipt(data, Layout.ROLL_58))


def core_checks() -> list[Check]:
    """The checks that need no Qt, in the order they run."""
    return [
        Check("basis-data", check_database),
        Check("data-referensi", check_reference_data),
        Check("tanda-terima", check_receipt),
    ]


def qt_checks() -> list[Check]:
    """The checks of the Qt half (fieldkit.ui.selftest), on the offscreen platform."""
    from fieldkit.ui import selftest as ui  # noqa: PLC0415 - Qt only when asked

    return [
        Check("qt", ui.check_qt),
        Check("terjemahan", ui.check_translations),
        Check("cetak", _print_sample_receipt),
    ]


def run_checks(checks: Sequence[Check], work: Path) -> list[CheckResult]:
    results: list[CheckResult] = []
    for check in checks:
        start = time.perf_counter()
        try:
            detail = check.run(work)
            is_ok = True
        except Exception as exc:  # a failing check is reported, never raised
            detail = f"{type(exc).__name__}: {' '.join(str(exc).split())}"  # one line
            is_ok = False
        results.append(CheckResult(check.name, is_ok, detail, time.perf_counter() - start))
    return results


def write_report(results: Sequence[CheckResult], out: TextIO) -> None:
    frozen = "terpasang (frozen)" if getattr(sys, "frozen", False) else "dari sumber"
    out.write(f"fieldkit {__version__} uji mandiri, {frozen}, Python {sys.version.split()[0]}\n")
    width = max(len(r.name) for r in results)
    for r in results:
        mark = "ok   " if r.is_ok else "GAGAL"
        out.write(f"  {mark} {r.name:<{width}}  {r.seconds:5.2f} s  {r.detail}\n")
    failed = [r.name for r in results if not r.is_ok]
    if failed:
        out.write(f"GAGAL: {', '.join(failed)} ({len(failed)} dari {len(results)} pemeriksaan)\n")
    else:
        out.write(f"Semua {len(results)} pemeriksaan lulus.\n")


def main(
    checks: Sequence[Check] | None = None, *, out: TextIO | None = None, work: Path | None = None
) -> int:
    """Run ``checks`` (default: all, core then Qt) and print the report; 0 if all passed.

    ``work``: a folder to keep the files made (a receipt PDF and PNG, a printed PDF); by
    default a temporary folder, removed afterwards.
    """
    if out is None:
        out = sys.stdout if sys.stdout is not None else io.StringIO()  # windowed: no console
        if isinstance(out, io.TextIOWrapper):
            # A Windows console or a redirected file may not take every character of a
            # message (cp1252): replace them rather than fail the report.
            out.reconfigure(errors="replace")
    checks = [*core_checks(), *qt_checks()] if checks is None else checks
    with tempfile.TemporaryDirectory(prefix="fieldkit-selftest-") as tmp:
        results = run_checks(checks, work or Path(tmp))
    write_report(results, out)
    out.flush()
    return 0 if all(r.is_ok for r in results) else 1
