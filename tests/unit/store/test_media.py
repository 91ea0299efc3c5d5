"""Tests for fieldkit.store.media: content-based type detection, limits, image re-encoding, PDFs."""

from __future__ import annotations

import io
import warnings
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image, ImageCms, ImageDraw
from pypdf import PdfWriter

from fieldkit.domain.policy import DEFAULT_MAX_DOCUMENT_BYTES
from fieldkit.store.media import (
    MAX_IMAGE_PIXELS,
    MAX_LONG_EDGE,
    MediaError,
    PreparedMedia,
    prepare_media,
    sniff_media_type,
)
from tests.factories import (
    make_exe,
    make_image,
    make_jpeg,
    make_pdf,
    make_photo_12mp,
    make_png,
    make_png_bomb,
    with_jpeg_size,
)

LIMIT = DEFAULT_MAX_DOCUMENT_BYTES
MIB = 1024 * 1024


def prepare(data: bytes) -> PreparedMedia:
    return prepare_media(data, max_bytes=LIMIT)


def refusal(data: bytes, *, max_bytes: int = LIMIT) -> MediaError:
    with pytest.raises(MediaError) as info:
        prepare_media(data, max_bytes=max_bytes)
    error = info.value
    assert error.message
    assert str(error) == error.message
    return error


def decode(prepared: PreparedMedia) -> Image.Image:
    im = Image.open(io.BytesIO(prepared.data))
    im.load()
    assert im.size == (prepared.width, prepared.height)
    assert im.format == {"image/jpeg": "JPEG", "image/png": "PNG"}[prepared.media_type]
    return im


def assert_no_metadata(im: Image.Image) -> None:
    assert not im.getexif()
    for key in ("exif", "icc_profile", "comment", "xmp", "XML:com.adobe.xmp"):
        assert key not in im.info


# --- sniffing ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (make_jpeg(8, 8), "image/jpeg"),
        (make_png(8, 8), "image/png"),
        (make_pdf(1), "application/pdf"),
        (b"\x00junk from a scanner\n" + make_pdf(1), "application/pdf"),
        (make_exe(), None),
        (b"GIF89a", None),
        (b"", None),
        (b"\xff\xd8", None),  # too short to be a JPEG
    ],
)
def test_sniff_media_type_reads_magic_bytes(data: bytes, expected: str | None) -> None:
    assert sniff_media_type(data) == expected


# --- photos -----------------------------------------------------------------------------------


def test_12mp_phone_photo_becomes_a_small_upright_jpeg_without_metadata() -> None:
    photo = make_photo_12mp()  # 4000x3000 stored, EXIF orientation 6, GPS position

    prepared = prepare(photo)

    assert prepared.media_type == "image/jpeg"
    assert prepared.page_count == 1
    assert (prepared.width, prepared.height) == (1200, 1600)  # turned upright, long edge 1600
    assert 150 * 1024 <= len(prepared.data) <= 300 * 1024
    im = decode(prepared)
    assert im.mode == "RGB"
    assert_no_metadata(im)
    assert b"Exif" not in prepared.data
    assert b"FieldkitPhone" not in prepared.data


def _marked_image() -> Image.Image:
    """Grey 400x300 with a red block in the stored top-left corner."""
    im = Image.new("RGB", (400, 300), (128, 128, 128))
    ImageDraw.Draw(im).rectangle((0, 0, 79, 59), fill=(255, 0, 0))
    return im


@pytest.mark.parametrize(
    ("orientation", "size", "red_corner"),
    [
        (1, (400, 300), "top_left"),
        (3, (400, 300), "bottom_right"),  # rotate 180
        (6, (300, 400), "top_right"),  # rotate 90 clockwise to display
        (8, (300, 400), "bottom_left"),  # rotate 90 counter-clockwise to display
    ],
)
def test_exif_orientation_is_applied(
    orientation: int, size: tuple[int, int], red_corner: str
) -> None:
    data = make_jpeg(0, 0, image=_marked_image(), orientation=orientation)

    im = decode(prepare(data)).convert("RGB")

    assert im.size == size
    w, h = im.size
    corners = {
        "top_left": (10, 10),
        "top_right": (w - 11, 10),
        "bottom_left": (10, h - 11),
        "bottom_right": (w - 11, h - 11),
    }
    for name, xy in corners.items():
        r, g, b = im.getpixel(xy)  # type: ignore[misc]  # RGB pixels are 3-tuples
        is_red = r > 200 and g < 60 and b < 60
        assert is_red == (name == red_corner), (name, (r, g, b))


def test_gps_comment_and_icc_profile_are_stripped() -> None:
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    data = make_jpeg(640, 480, gps=True, orientation=1, icc_profile=srgb, comment=b"Desa Sukamaju")
    assert b"Desa Sukamaju" in data

    prepared = prepare(data)

    assert_no_metadata(decode(prepared))
    assert b"Desa Sukamaju" not in prepared.data


def test_small_image_is_not_upscaled() -> None:
    prepared = prepare(make_jpeg(320, 240))
    assert (prepared.width, prepared.height) == (320, 240)


def test_cmyk_jpeg_is_converted_to_rgb() -> None:
    red = Image.new("RGB", (200, 100), (220, 20, 20)).convert("CMYK")
    data = make_jpeg(0, 0, image=red)
    assert Image.open(io.BytesIO(data)).mode == "CMYK"

    im = decode(prepare(data))

    assert im.mode == "RGB"
    r, g, b = im.getpixel((100, 50))  # type: ignore[misc]  # RGB pixels are 3-tuples
    assert r > 180
    assert max(g, b) < 70


def test_greyscale_jpeg_stays_greyscale() -> None:
    im = decode(prepare(make_jpeg(300, 200, mode="L")))
    assert im.mode == "L"


# --- PNG --------------------------------------------------------------------------------------


def test_png_with_transparency_stays_png_with_alpha() -> None:
    prepared = prepare(make_png(400, 300, mode="RGBA"))

    assert prepared.media_type == "image/png"
    im = decode(prepared)
    assert im.mode == "RGBA"
    assert im.getpixel((0, 0))[3] == 0  # type: ignore[index]  # RGBA pixels are 4-tuples
    assert im.getpixel((200, 150))[3] == 255  # type: ignore[index]
    assert_no_metadata(im)


def test_fully_opaque_alpha_channel_is_dropped() -> None:
    prepared = prepare(make_png(0, 0, image=make_image(64, 48).convert("RGBA")))
    assert decode(prepared).mode == "RGB"


def test_photo_saved_as_png_becomes_jpeg() -> None:
    prepared = prepare(make_png(2400, 1800))

    assert prepared.media_type == "image/jpeg"
    assert (prepared.width, prepared.height) == (MAX_LONG_EDGE, 1200)


def test_photo_png_with_transparency_is_flattened_onto_white_when_jpeg_wins() -> None:
    im = make_image(800, 600).convert("RGBA")
    im.putalpha(Image.new("L", (800, 600), 255))
    ImageDraw.Draw(im).rectangle((0, 0, 399, 599), fill=(0, 0, 0, 0))

    prepared = prepare(make_png(0, 0, image=im))

    assert prepared.media_type == "image/jpeg"
    r, g, b = decode(prepared).getpixel((100, 300))  # type: ignore[misc]
    assert min(r, g, b) > 245


def test_palette_scan_stays_a_small_palette_png() -> None:
    data = make_png(1200, 900, mode="P")

    prepared = prepare(data)

    assert prepared.media_type == "image/png"
    assert decode(prepared).mode == "P"
    assert len(prepared.data) <= len(data) * 1.1


def test_large_palette_png_is_downscaled() -> None:
    prepared = prepare(make_png(3200, 2400, mode="P"))

    assert prepared.media_type in ("image/png", "image/jpeg")
    assert (prepared.width, prepared.height) == (MAX_LONG_EDGE, 1200)
    decode(prepared)


def test_palette_png_with_transparency_keeps_it() -> None:
    im = Image.new("P", (60, 40), 0)
    im.putpalette([255, 255, 255, 0, 0, 0])
    ImageDraw.Draw(im).rectangle((10, 10, 49, 29), fill=1)
    im.info["transparency"] = 0

    out = decode(prepare(make_png(0, 0, image=im)))

    assert out.mode == "RGBA"
    assert out.getpixel((0, 0))[3] == 0  # type: ignore[index]
    assert out.getpixel((30, 20)) == (0, 0, 0, 255)


def test_one_bit_png_stays_one_bit() -> None:
    prepared = prepare(make_png(800, 600, mode="1"))
    assert prepared.media_type == "image/png"
    assert decode(prepared).mode == "1"


def test_16_bit_greyscale_png_is_scaled_not_clipped() -> None:
    im = Image.new("I;16", (50, 50), 32768)
    out = decode(prepare(make_png(0, 0, image=im)))
    assert out.mode == "L"
    assert out.getpixel((25, 25)) in range(126, 131)


# --- PDF --------------------------------------------------------------------------------------


def test_three_page_pdf_is_stored_unchanged() -> None:
    data = make_pdf(3)

    prepared = prepare(data)

    assert prepared == PreparedMedia(data=data, media_type="application/pdf", page_count=3)


def test_pdf_named_jpg_is_accepted_as_pdf(tmp_path: Path) -> None:
    upload = tmp_path / "ktp.jpg"
    upload.write_bytes(make_pdf(1))

    prepared = prepare(upload.read_bytes())

    assert prepared.media_type == "application/pdf"
    assert prepared.page_count == 1


def test_encrypted_pdf_is_refused() -> None:
    error = refusal(make_pdf(2, password="rahasia"))
    assert error.code == "media.encrypted_pdf"
    assert "kata sandi" in error.message


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.7\n" + b"this is not a pdf at all " * 20,
        make_pdf(3)[:40],
        b"%PDF-",
    ],
)
def test_unreadable_pdf_is_refused(data: bytes) -> None:
    assert refusal(data).code == "media.corrupt_pdf"


def test_pdf_without_pages_is_refused() -> None:
    out = io.BytesIO()
    PdfWriter().write(out)
    error = refusal(out.getvalue())
    assert error.code == "media.corrupt_pdf"
    assert "halaman" in error.message


# --- refusals ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [make_exe(), b"hello, this is a text file\n", b"GIF89a\x01\x00\x01\x00", b"PK\x03\x04rest"],
)
def test_other_types_are_refused_listing_the_accepted_ones(data: bytes) -> None:
    error = refusal(data)

    assert error.code == "media.unsupported_type"
    for accepted in ("JPEG", "PNG", "PDF"):
        assert accepted in error.message


def test_exe_named_jpg_is_refused_and_named(tmp_path: Path) -> None:
    upload = tmp_path / "ktp.jpg"
    upload.write_bytes(make_exe())

    error = refusal(upload.read_bytes())

    assert error.code == "media.unsupported_type"
    assert ".exe" in error.message


def test_heic_refusal_says_how_to_get_jpeg() -> None:
    error = refusal(b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic")
    assert error.code == "media.unsupported_type"
    assert "HEIC" in error.message
    assert "Paling Kompatibel" in error.message


def test_empty_file_is_refused() -> None:
    assert refusal(b"").code == "media.empty"


def test_oversized_file_is_refused_with_size_and_limit() -> None:
    data = b"\x00" * int(23.4 * MIB)

    error = refusal(data)

    assert error.code == "media.too_large"
    assert error.message == (
        "Berkas terlalu besar (23,4 MB). Batasnya 15 MB; kecilkan atau pindai ulang dengan "
        "resolusi lebih rendah."
    )


def test_size_limit_is_checked_before_decoding() -> None:
    # A broken JPEG one byte over the limit: "too large", not "corrupt", so nothing was decoded.
    data = b"\xff\xd8\xff" + b"\x00" * 997
    assert refusal(data, max_bytes=999).code == "media.too_large"
    assert refusal(data, max_bytes=1000).code == "media.corrupt_image"


def test_file_just_over_the_limit_does_not_print_as_the_limit() -> None:
    error = refusal(b"\x00" * (LIMIT + 1))
    assert "(15,1 MB)" in error.message


def test_max_bytes_must_be_positive() -> None:
    with pytest.raises(ValueError, match="max_bytes"):
        prepare_media(b"x", max_bytes=0)


@pytest.mark.parametrize("fraction", [0.3, 0.6, 0.9])
def test_truncated_jpeg_is_refused(fraction: float) -> None:
    data = make_jpeg(800, 600)
    assert refusal(data[: int(len(data) * fraction)]).code == "media.corrupt_image"


def test_truncated_png_is_refused() -> None:
    data = make_png(400, 300)
    assert refusal(data[: len(data) // 2]).code == "media.corrupt_image"


def test_png_with_bad_checksum_is_refused() -> None:
    data = bytearray(make_png(64, 48))
    data[29] ^= 0xFF  # inside the IHDR chunk: its CRC no longer matches
    assert refusal(bytes(data)).code == "media.corrupt_image"


# --- decompression bombs ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("width", "height"),
    [
        (20000, 20000),  # 400 MP: beyond Pillow's own hard limit
        (10000, 10000),  # 100 MP: where Pillow would only warn
        (9000, 9000),  # 81 MP: just over ours
    ],
)
def test_png_decompression_bomb_is_refused_without_warning(width: int, height: int) -> None:
    bomb = make_png_bomb(width, height)
    assert len(bomb) < 1 * MIB

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        error = refusal(bomb)

    assert error.code == "media.image_too_large_pixels"
    assert f"{width} × {height}" in error.message
    assert str(MAX_IMAGE_PIXELS // 1_000_000) in error.message


def test_jpeg_claiming_a_huge_size_is_refused_before_decoding() -> None:
    bomb = with_jpeg_size(make_jpeg(64, 64), 30000, 30000)

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        error = refusal(bomb)

    assert error.code == "media.image_too_large_pixels"


# --- anything at all --------------------------------------------------------------------------

_FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_VALID_JPEG = make_jpeg(32, 24)
_VALID_PNG = make_png(32, 24)
_VALID_PDF = make_pdf(1)


def _outcome(data: bytes) -> None:
    try:
        prepared = prepare_media(data, max_bytes=LIMIT)
    except MediaError:
        return  # the one expected failure; its code and message are checked above
    assert prepared.media_type == sniff_media_type(prepared.data)


@_FUZZ
@given(st.binary(max_size=4096))
def test_random_bytes_only_ever_raise_media_error(data: bytes) -> None:
    _outcome(data)


@_FUZZ
@given(
    prefix=st.sampled_from([b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"%PDF-1.4\n"]),
    tail=st.binary(max_size=4096),
)
def test_random_bytes_after_a_magic_number_only_ever_raise_media_error(
    prefix: bytes, tail: bytes
) -> None:
    _outcome(prefix + tail)


@_FUZZ
@given(
    source=st.sampled_from([_VALID_JPEG, _VALID_PNG, _VALID_PDF]),
    position=st.floats(min_value=0, max_value=1, exclude_max=True),
    junk=st.binary(min_size=1, max_size=16),
    cut=st.booleans(),
)
def test_damaged_valid_files_only_ever_raise_media_error(
    source: bytes, position: float, junk: bytes, cut: bool
) -> None:
    at = int(len(source) * position)
    damaged = source[:at] if cut else source[:at] + junk + source[at + len(junk) :]
    _outcome(damaged)
