"""Turning an uploaded file into the bytes the document store keeps: checked, shrunk, stripped.

Only JPEG, PNG and PDF are accepted, and the type always comes from the content (magic bytes,
then a full decode), never from the file name: a PDF called ``ktp.jpg`` is a PDF, a program
called ``ktp.jpg`` is refused.

Images are decoded completely (a truncated photo is refused now, at the village, not days later
at the back office), turned upright by their EXIF orientation, shrunk so the long edge is at most
``MAX_LONG_EDGE`` pixels, converted to sRGB and re-encoded without any metadata: phone photos
carry GPS coordinates, camera serials and thumbnails that have no business in a licensing file
(UU 27/2022). JPEG input is stored as JPEG. PNG input is encoded both as PNG and as JPEG and the
smaller wins: scans and screenshots with few colours stay lossless PNG, photos saved as PNG
become JPEG. When a PNG with transparency loses to JPEG it is flattened onto white, which is how
a document is seen on screen and on paper anyway.

PDFs are checked (readable, not encrypted, at least one page) and stored byte for byte.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass
from typing import Final, Literal

from PIL import Image, ImageCms, ImageFile, ImageOps, JpegImagePlugin, PngImagePlugin

from fieldkit.domain.messages import Text, msg, verbatim

MediaType = Literal["image/jpeg", "image/png", "application/pdf"]

ACCEPTED_MEDIA_TYPES: Final[tuple[MediaType, ...]] = ("image/jpeg", "image/png", "application/pdf")
MAX_LONG_EDGE: Final = 1600
# Decoding needs width * height * 4 bytes; 80 MP (≈320 MB) is well above any phone camera
# (12-50 MP) and below Pillow's own warning threshold (≈89.5 MP), so Pillow never warns first.
MAX_IMAGE_PIXELS: Final = 80_000_000
JPEG_QUALITY: Final = 85

_JPEG_MAGIC: Final = b"\xff\xd8\xff"
_PNG_MAGIC: Final = b"\x89PNG\r\n\x1a\n"
_PDF_MAGIC: Final = b"%PDF-"
# Acrobat (and pypdf) accept the PDF header anywhere in the first 1024 bytes; some scanner
# software writes a few bytes of junk before it.
_PDF_HEADER_WINDOW: Final = 1024

_KIB: Final = 1024
_MIB: Final = 1024 * 1024

# Only to tell the officer what they picked; none of these is ever accepted.
_HEIC = msg("foto HEIC dari iPhone")
_KNOWN_UNSUPPORTED: Final[tuple[tuple[int, bytes, Text], ...]] = (
    (0, b"MZ", msg("berkas program Windows .exe")),
    (0, b"\x7fELF", msg("berkas program")),
    (0, b"PK\x03\x04", msg("arsip ZIP atau dokumen Word/Excel")),
    (0, b"\xd0\xcf\x11\xe0", msg("dokumen Word/Excel lama")),
    (0, b"GIF8", msg("gambar GIF")),
    (0, b"BM", msg("gambar BMP")),
    (0, b"II*\x00", msg("gambar TIFF")),
    (0, b"MM\x00*", msg("gambar TIFF")),
    (8, b"WEBP", msg("gambar WebP")),
    (4, b"ftypheic", _HEIC),
    (4, b"ftypheix", _HEIC),
    (4, b"ftypmif1", msg("foto HEIF")),
)

_SRGB: Final = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))


@dataclass(frozen=True, slots=True)
class PreparedMedia:
    """What the document store keeps for one upload. Width and height are None for PDFs."""

    data: bytes
    media_type: MediaType
    page_count: int = 1
    width: int | None = None
    height: int | None = None


class MediaError(Exception):
    """An upload that cannot be stored.

    ``code`` is stable (for tests, logs and counting); ``text`` says what is wrong and how to
    fix it, translatable (``fieldkit/domain/messages.py``); ``message`` is it in Indonesian.
    The server still passes plain Indonesian strings: those are shown as they are.
    """

    def __init__(self, code: str, text: Text | str) -> None:
        super().__init__(str(text))
        self.code = code
        self.text = verbatim(text) if isinstance(text, str) else text
        self.message = str(text)


def sniff_media_type(data: bytes) -> MediaType | None:
    """The accepted media type the content claims to be, from magic bytes only (no decoding)."""
    if data.startswith(_JPEG_MAGIC):
        return "image/jpeg"
    if data.startswith(_PNG_MAGIC):
        return "image/png"
    if _PDF_MAGIC in data[:_PDF_HEADER_WINDOW]:
        return "application/pdf"
    return None


def prepare_media(data: bytes, *, max_bytes: int) -> PreparedMedia:
    """Check an upload and turn it into what is stored; raises MediaError when it cannot be.

    The size limit is checked before anything is decoded.
    """
    if max_bytes <= 0:
        raise ValueError(f"max_bytes must be positive, not {max_bytes}")
    if not data:
        raise MediaError(
            "media.empty",
            msg(
                "Berkas kosong (0 byte). Pilih ulang berkasnya, atau foto/pindai ulang dokumennya."
            ),
        )
    if len(data) > max_bytes:
        raise MediaError(
            "media.too_large",
            msg(
                "Berkas terlalu besar ({size}). Batasnya {limit}; kecilkan atau pindai ulang "
                "dengan resolusi lebih rendah.",
                size=_format_size(len(data), round_up=True),
                limit=_format_size(max_bytes),
            ),
        )
    media_type = sniff_media_type(data)
    if media_type is None:
        raise _unsupported(data)
    if media_type == "application/pdf":
        return _prepare_pdf(data)
    return _prepare_image(data, media_type)


# --- images ---------------------------------------------------------------------------------


def _prepare_image(data: bytes, media_type: MediaType) -> PreparedMedia:
    try:
        im = _open_image(data, media_type)
    except Exception as exc:
        # Any exception from a decoder fed untrusted bytes means "not a usable image"; Pillow
        # raises SyntaxError, OSError, ValueError, struct.error, EOFError and more.
        raise _corrupt_image() from exc
    width, height = im.size
    if width <= 0 or height <= 0:
        raise _corrupt_image()
    if width * height > MAX_IMAGE_PIXELS:
        raise MediaError(
            "media.image_too_large_pixels",
            msg(
                "Resolusi gambar terlalu besar ({width} × {height} piksel, {megapixels} "
                "megapiksel). Batasnya {limit} megapiksel; kecilkan gambarnya atau foto ulang "
                "dengan kamera ponsel biasa.",
                width=width,
                height=height,
                megapixels=_decimal(width * height / 1e6),
                limit=MAX_IMAGE_PIXELS // 1_000_000,
            ),
        )
    try:
        if isinstance(im, JpegImagePlugin.JpegImageFile):
            # Let libjpeg decode at 1/2, 1/4 or 1/8 scale when that still covers the target
            # size: a 12 MP photo then decodes at 3 MP, several times faster. The whole stream
            # is still read, so truncation is still detected.
            im.draft(None, _fit(im.size, MAX_LONG_EDGE))
        im.load()
    except Exception as exc:  # same reason as above
        raise _corrupt_image() from exc

    icc_profile = im.info.get("icc_profile")
    upright = _upright(im)
    target = _fit(upright.size, MAX_LONG_EDGE)
    converted = _to_working_mode(
        upright,
        icc_profile if isinstance(icc_profile, bytes) else None,
        # Palette and 1-bit images keep their compact mode unless they must be resampled,
        # which Pillow only does well in L or RGB.
        keep_palette=media_type == "image/png" and target == upright.size,
    )
    if target != converted.size:
        converted = converted.resize(target, Image.Resampling.LANCZOS, reducing_gap=3.0)
    # Nothing of the original's metadata may reach the encoder: Pillow's JPEG and PNG writers
    # fall back to im.info for comments, XMP and ICC profiles.
    converted.info = {}

    encoded, out_type = _encode(converted, media_type)
    return PreparedMedia(
        data=encoded,
        media_type=out_type,
        page_count=1,
        width=converted.width,
        height=converted.height,
    )


def _open_image(data: bytes, media_type: MediaType) -> ImageFile.ImageFile:
    """Parse the header only, through the format's own class.

    Image.open() is avoided on purpose: it runs Pillow's decompression-bomb check, which emits
    a DecompressionBombWarning through the process-wide warnings machinery (an error under the
    test suite, noise in the app) and cannot be silenced per call without catch_warnings, which
    is not thread-safe. Our own, lower limit is checked on the parsed size before decoding.
    """
    fp = io.BytesIO(data)
    if media_type == "image/jpeg":
        return JpegImagePlugin.JpegImageFile(fp)
    return PngImagePlugin.PngImageFile(fp)


def _upright(im: Image.Image) -> Image.Image:
    try:
        return ImageOps.exif_transpose(im)
    except Exception:
        # Malformed EXIF is common in photos passed through chat apps, and it raises a variety
        # of errors. A sideways photo is better than a refused one; the officer can re-take it.
        return im


def _to_working_mode(
    im: Image.Image, icc_profile: bytes | None, *, keep_palette: bool
) -> Image.Image:
    """Convert to L, LA, RGB or RGBA in sRGB (or keep 1 and P when ``keep_palette``); alpha is
    kept only when some pixel uses it."""
    if "transparency" in im.info and im.mode in ("P", "L", "RGB", "1"):
        im = im.convert("LA" if im.mode == "L" else "RGBA")
    if im.mode in ("RGB", "CMYK") and icc_profile:
        im = _icc_to_srgb(im, icc_profile)
    if im.mode.startswith("I;16") or im.mode in ("I", "F"):
        # A plain convert("L") clips 16-bit values instead of scaling them.
        im = im.convert("I").point(lambda v: v * (1 / 256)).convert("L")
    elif im.mode in ("1", "P") and keep_palette:
        pass
    elif im.mode == "1":
        im = im.convert("L")
    elif im.mode in ("La", "PA"):
        im = im.convert("LA" if im.mode == "La" else "RGBA")
    elif im.mode == "RGBa":
        im = im.convert("RGBA")
    elif im.mode not in ("L", "LA", "RGB", "RGBA"):
        im = im.convert("RGB")  # P without transparency, CMYK without profile, YCbCr, LAB...
    if im.mode in ("LA", "RGBA") and im.getchannel("A").getextrema() == (255, 255):
        im = im.convert("L" if im.mode == "LA" else "RGB")
    return im


def _icc_to_srgb(im: Image.Image, icc_profile: bytes) -> Image.Image:
    """Apply the embedded profile (Display P3 phone photos, CMYK scans) before it is dropped."""
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc_profile))
        converted = ImageCms.profileToProfile(im, source, _SRGB, outputMode="RGB")
    except (ImageCms.PyCMSError, OSError, ValueError, TypeError):
        return im  # a broken or mismatched profile: fall back to Pillow's plain conversion
    return converted if converted is not None else im


def _encode(im: Image.Image, source_type: MediaType) -> tuple[bytes, MediaType]:
    """JPEG stays JPEG; for PNG the smaller of PNG and JPEG wins (see the module docstring)."""
    jpeg = _encode_jpeg(im)
    if source_type == "image/jpeg":
        return jpeg, "image/jpeg"
    # zlib level 6 first: level 9 takes ten times as long on a photo (≈4 s at 1600 px) for a
    # few percent, and a photo loses to JPEG either way. Only a winning PNG gets level 9.
    png = _encode_png(im, compress_level=6)
    if len(png) > len(jpeg):
        return jpeg, "image/jpeg"
    return min(png, _encode_png(im, compress_level=9), key=len), "image/png"


def _encode_jpeg(im: Image.Image) -> bytes:
    if im.mode in ("1", "P"):
        im = im.convert("L" if im.mode == "1" else "RGB")
    elif im.mode in ("LA", "RGBA"):
        flat = Image.new(im.mode[:-1], im.size, 255 if im.mode == "LA" else (255, 255, 255))
        flat.paste(im, mask=im.getchannel("A"))
        im = flat
    out = io.BytesIO()
    im.save(out, format="JPEG", quality=JPEG_QUALITY, optimize=True)
    return out.getvalue()


def _encode_png(im: Image.Image, *, compress_level: int) -> bytes:
    out = io.BytesIO()
    im.save(out, format="PNG", compress_level=compress_level)
    return out.getvalue()


def _fit(size: tuple[int, int], long_edge: int) -> tuple[int, int]:
    """The size with the same aspect ratio whose long edge is at most ``long_edge``."""
    width, height = size
    longest = max(width, height)
    if longest <= long_edge:
        return size
    scale = long_edge / longest
    return max(1, round(width * scale)), max(1, round(height * scale))


def _corrupt_image() -> MediaError:
    return MediaError(
        "media.corrupt_image",
        msg(
            "Gambar rusak atau tidak lengkap sehingga tidak dapat dibuka. Salin ulang berkasnya "
            "dari ponsel atau kamera, atau foto ulang dokumennya."
        ),
    )


# --- PDF ------------------------------------------------------------------------------------


def _prepare_pdf(data: bytes) -> PreparedMedia:
    try:
        # pypdf loads in ~100 ms: only when a PDF arrives, not at app start.
        from pypdf import PdfReader  # noqa: PLC0415

        reader = PdfReader(io.BytesIO(data), strict=False)
        is_encrypted = reader.is_encrypted
    except Exception as exc:
        # pypdf raises PdfReadError, PdfStreamError, ValueError, KeyError... on broken files.
        raise _corrupt_pdf() from exc
    if is_encrypted:
        # Even an "owner password only" PDF is refused: the back office must be able to merge
        # and print it without asking anyone for a password.
        raise MediaError(
            "media.encrypted_pdf",
            msg(
                "PDF ini dikunci dengan kata sandi atau enkripsi. Buka PDF-nya lalu simpan ulang "
                "tanpa kata sandi (misalnya Cetak › Simpan sebagai PDF), atau pindai ulang "
                "dokumennya."
            ),
        )
    try:
        page_count = 0
        for page in reader.pages:
            _ = page.mediabox  # resolves the page object: a broken page tree fails here
            page_count += 1
    except Exception as exc:  # same reason as above
        raise _corrupt_pdf() from exc
    if page_count == 0:
        raise MediaError(
            "media.corrupt_pdf",
            msg(
                "PDF tidak berisi satu halaman pun. Simpan ulang PDF-nya atau pindai ulang "
                "dokumennya."
            ),
        )
    return PreparedMedia(data=data, media_type="application/pdf", page_count=page_count)


def _corrupt_pdf() -> MediaError:
    return MediaError(
        "media.corrupt_pdf",
        msg(
            "PDF rusak atau tidak dapat dibaca. Simpan atau ekspor ulang PDF-nya, atau pindai "
            "ulang dokumennya."
        ),
    )


# --- messages -------------------------------------------------------------------------------


def _unsupported(data: bytes) -> MediaError:
    what = next(
        (label for offset, magic, label in _KNOWN_UNSUPPORTED if data[offset:].startswith(magic)),
        None,
    )
    if what is None:
        text = msg("Jenis berkas tidak didukung. Lampirkan foto JPEG atau PNG, atau dokumen PDF.")
    elif "HEI" in what.template:
        text = msg(
            "Jenis berkas tidak didukung ({what}). Lampirkan foto JPEG atau PNG, atau dokumen "
            "PDF. Di iPhone, pilih Pengaturan › Kamera › Format › Paling Kompatibel agar foto "
            "tersimpan sebagai JPEG.",
            what=what,
        )
    else:
        text = msg(
            "Jenis berkas tidak didukung ({what}). Lampirkan foto JPEG atau PNG, atau dokumen PDF.",
            what=what,
        )
    return MediaError("media.unsupported_type", text)


def _format_size(n: int, *, round_up: bool = False) -> str:
    """Indonesian notation: "23,4 MB". ``round_up`` keeps a file just over a limit from
    printing as the limit itself."""
    for unit, name in ((_MIB, "MB"), (_KIB, "KB")):
        if n >= unit:
            value = n / unit
            if round_up:
                value = math.ceil(value * 10) / 10
            return f"{_decimal(value)} {name}"
    return f"{n} byte"


def _decimal(value: float) -> str:
    text = f"{value:.1f}".replace(".", ",")
    return text.removesuffix(",0")
