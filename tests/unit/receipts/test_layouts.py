"""Receipt PDFs, read back as a person and a phone would: rasterised, scanned, text extracted."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pypdf import PdfReader

from fieldkit.domain.privacy import mask_nik
from fieldkit.domain.tracking import make_tracking_code
from fieldkit.receipts import layouts
from fieldkit.receipts.layouts import (
    FREE_OF_CHARGE,
    Layout,
    ReceiptData,
    format_moment,
    render_receipt,
)
from fieldkit.receipts.payload import (
    PLACEHOLDER_BASE,
    ReceiptStatus,
    make_payload,
    status_url,
    verify_receipt,
)
from fieldkit.receipts.signing import TrustedKey, new_private_key
from tests.unit.receipts.helpers import page_size_mm, pdf_text, rasterise, scan_qr

OFFICE_ID = "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"
BASE = "https://izin.bogorkab.go.id"
NIK = "3201015708900003"
CODE = make_tracking_code("ABCDE", 1234)
PAGE_WIDTH_MM = {Layout.ROLL_58: 58.0, Layout.ROLL_80: 80.0, Layout.A6: 210.0}


@pytest.fixture(scope="module")
def key() -> Ed25519PrivateKey:
    return new_private_key()


def sample(key: Ed25519PrivateKey, *, base: str = BASE, **changes: object) -> ReceiptData:
    payload = make_payload(
        tracking_code=CODE,
        issued_on=dt.date(2026, 11, 25),
        office_id=OFFICE_ID,
        base_url=base,
        private_key=key,
    )
    data = ReceiptData(
        office_name="DPMPTSP Kabupaten Bogor",
        office_address="Jl. Tegar Beriman No. 1, Cibinong 16914",
        office_phone="(021) 8765 4321",
        complaint_contact="0812 3456 7890",
        village="Kelurahan Pondok Rajeg",
        kecamatan="Kecamatan Cibinong",
        regency="Kabupaten Bogor",
        issued_at=format_moment(dt.datetime(2026, 11, 25, 2, 0, tzinfo=dt.UTC), "Asia/Jakarta"),
        officer_name="Budi Santoso",
        tracking_code=CODE,
        applicant_name="Siti Rahmawati",
        masked_nik=mask_nik(NIK),
        business_name="Warung Makan Bu Siti",
        kbli=(("56102", "Rumah/Warung Makan"),),
        documents=("Foto KTP", "Foto lokasi usaha"),
        status_url=status_url(base, CODE),
        qr_payload=payload.text,
        printed_at="Kamis, 26 November 2026, 10.15 WIB",
        printed_by="Dewi Lestari",
    )
    return dataclasses.replace(data, **changes)  # type: ignore[arg-type]  # test helper


@pytest.mark.parametrize("copy", [False, True], ids=["original", "salinan"])
@pytest.mark.parametrize("layout", list(Layout))
def test_each_layout_scans_verifies_and_reads_right(
    key: Ed25519PrivateKey, tmp_path: Path, layout: Layout, copy: bool
) -> None:
    data = sample(key)
    pdf = render_receipt(data, layout, copy=copy)

    width, _ = page_size_mm(pdf)
    assert width == pytest.approx(PAGE_WIDTH_MM[layout], abs=0.1)

    scanned = scan_qr(rasterise(pdf, tmp_path))
    assert scanned.text == data.qr_payload
    assert scanned.width_mm >= 30  # thermal prints scan from a cheap phone at this size
    trusted = {"ABCDE": TrustedKey(key.public_key(), is_certified=True)}
    verdict = verify_receipt(scanned.text, trusted_keys=trusted, office_id=OFFICE_ID)
    assert verdict.status is ReceiptStatus.GENUINE
    assert verdict.tracking_code == CODE

    text = pdf_text(pdf)
    for expected in (
        "DPMPTSP Kabupaten Bogor",
        "Jl. Tegar Beriman No. 1, Cibinong 16914",
        "Kelurahan Pondok Rajeg, Kecamatan Cibinong, Kabupaten Bogor",
        "Rabu, 25 November 2026, 09.00 WIB",
        "Petugas: Budi Santoso",
        "TANDA TERIMA",
        f"Kode pelacakan {CODE}" if layout is not Layout.A6 else CODE,
        "Nama pemohon: Siti Rahmawati",
        "NIK: 3201••••••••0003",
        "Nama usaha: Warung Makan Bu Siti",
        "KBLI 56102 – Rumah/Warung Makan",
        "Foto KTP",
        "Foto lokasi usaha",
        "Langkah selanjutnya",
        "Cara cek status",
        "Pindai kode QR",
        f"izin.bogorkab.go.id/s/{CODE}",
        FREE_OF_CHARGE,
        "GRATIS",
        "tidak dipungut biaya",
        "Kontak kantor: (021) 8765 4321",
        "Pengaduan: 0812 3456 7890",
        "UU No. 27 Tahun 2022",
    ):
        assert expected in text, (expected, text)
    assert NIK not in text
    assert NIK not in text.replace(" ", "")
    assert ("SALINAN" in text) is copy
    if copy:
        assert "Dicetak ulang Kamis, 26 November 2026, 10.15 WIB oleh Dewi Lestari" in text


def test_the_pdf_metadata_names_no_one(key: Ed25519PrivateKey) -> None:
    reader = PdfReader(io.BytesIO(render_receipt(sample(key), Layout.ROLL_58, copy=True)))
    metadata = reader.metadata
    assert metadata is not None
    assert metadata.title == f"Tanda terima {CODE} (SALINAN)"
    assert "Siti" not in str(dict(metadata))


def test_rendering_is_deterministic(key: Ed25519PrivateKey) -> None:
    data = sample(key)
    assert render_receipt(data, Layout.ROLL_80) == render_receipt(data, Layout.ROLL_80)


def test_a_roll_grows_with_its_content_and_a6_stays_on_one_page(
    key: Ed25519PrivateKey, tmp_path: Path
) -> None:
    many = sample(
        key,
        kbli=tuple(
            (f"5610{i}", "Rumah/Warung Makan dengan judul KBLI yang panjang") for i in "1239"
        ),
        documents=(
            "Foto KTP",
            "Kartu NPWP",
            "Pas foto",
            "Foto lokasi usaha",
            "Surat keterangan domisili usaha",
            "Dokumen lain",
        ),
        business_name="Usaha Dagang Makmur Sejahtera Bersama Keluarga Besar Bu Siti Rahmawati",
    )
    short_height = page_size_mm(render_receipt(sample(key), Layout.ROLL_58))[1]
    long_height = page_size_mm(render_receipt(many, Layout.ROLL_58))[1]
    assert long_height > short_height + 20
    pdf = render_receipt(many, Layout.A6, copy=True)
    assert page_size_mm(pdf) == pytest.approx((210.0, 297.0), abs=0.1)
    text = pdf_text(pdf)
    assert all(f"KBLI 5610{i}" in text for i in "1239")
    assert "Surat keterangan domisili usaha" in text
    assert scan_qr(rasterise(pdf, tmp_path)).text == many.qr_payload


def test_no_documents_and_no_status_page_are_said_plainly(
    key: Ed25519PrivateKey, tmp_path: Path
) -> None:
    data = sample(key, base=PLACEHOLDER_BASE, documents=())
    assert data.status_url == ""
    pdf = render_receipt(data, Layout.ROLL_80)
    text = pdf_text(pdf)
    assert "tidak ada dokumen yang diserahkan" in text
    assert "Tunjukkan tanda terima ini kepada petugas DPMPTSP" in text
    assert "https://" not in text
    assert scan_qr(rasterise(pdf, tmp_path)).text.startswith("fieldkit:/s/")


def test_without_dejavu_the_standard_fonts_mask_with_asterisks(
    key: Ed25519PrivateKey, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(layouts, "FONT_DIR", tmp_path / "no-fonts")
    data = sample(key)
    pdf = render_receipt(data, Layout.ROLL_58)
    text = pdf_text(pdf)
    assert "NIK: 3201********0003" in text
    assert "•" not in text
    assert scan_qr(rasterise(pdf, tmp_path)).text == data.qr_payload


def test_markup_characters_in_names_are_printed_as_typed(key: Ed25519PrivateKey) -> None:
    data = sample(key, business_name="Toko <Maju> & Jaya", applicant_name="Siti <b>")
    text = pdf_text(render_receipt(data, Layout.ROLL_80))
    assert "Toko <Maju> & Jaya" in text
    assert "Siti <b>" in text


@pytest.mark.parametrize(
    ("zone", "expected"),
    [
        ("Asia/Jakarta", "Rabu, 25 November 2026, 09.00 WIB"),
        ("Asia/Pontianak", "Rabu, 25 November 2026, 09.00 WIB"),
        ("Asia/Makassar", "Rabu, 25 November 2026, 10.00 WITA"),
        ("Asia/Jayapura", "Rabu, 25 November 2026, 11.00 WIT"),
        ("UTC", "Rabu, 25 November 2026, 02.00 UTC"),
    ],
)
def test_moments_are_shown_in_the_office_zone(zone: str, expected: str) -> None:
    assert format_moment(dt.datetime(2026, 11, 25, 2, 0, tzinfo=dt.UTC), zone) == expected


def test_the_date_can_cross_midnight_in_the_office_zone() -> None:
    late = dt.datetime(2026, 12, 31, 17, 30, tzinfo=dt.UTC)
    assert format_moment(late, "Asia/Jakarta") == "Jumat, 1 Januari 2027, 00.30 WIB"
