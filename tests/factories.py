"""Small builders of test data: images and PDFs made in memory, deterministic for a given seed."""

from __future__ import annotations

import io
import random
import struct
import zlib

from PIL import Image, ImageDraw, ImageFilter
from pypdf import PdfWriter

# EXIF tag numbers (ExifTags.Base.Orientation, ExifTags.IFD.GPSInfo).
ORIENTATION_TAG = 0x0112
GPS_IFD_TAG = 0x8825

# A4 in PDF points.
A4 = (595, 842)


def make_image(width: int, height: int, *, mode: str = "RGB", seed: int = 0) -> Image.Image:
    """A picture with gradients, blotchy texture and a few shapes, roughly like a phone photo.

    Texture is generated at a quarter of the size and scaled up, so it survives the downscale
    to 1600 px the way the detail of a real scene does (pure per-pixel noise would average away,
    or with no averaging blow up the JPEG far beyond any real photo).
    """
    rng = random.Random(seed)
    small = (max(1, width // 4), max(1, height // 4))
    channels = []
    for i in range(3):
        noise = Image.frombytes("L", small, rng.randbytes(small[0] * small[1]))
        noise = noise.filter(ImageFilter.GaussianBlur(1.2)).resize(
            (width, height), Image.Resampling.BICUBIC
        )
        gradient = Image.linear_gradient("L").rotate(40 * i).resize((width, height))
        channels.append(Image.blend(gradient, noise, 0.35))
    im = Image.merge("RGB", channels)
    draw = ImageDraw.Draw(im)
    for _ in range(12):
        x0, y0 = rng.randrange(width), rng.randrange(height)
        x1 = min(width, x0 + rng.randrange(1, max(2, width // 3)))
        y1 = min(height, y0 + rng.randrange(1, max(2, height // 3)))
        colour = (rng.randrange(256), rng.randrange(256), rng.randrange(256))
        shape = draw.ellipse if rng.random() < 0.5 else draw.rectangle
        shape((x0, y0, x1, y1), fill=colour)
    return im if mode == "RGB" else im.convert(mode)


def make_exif(*, orientation: int | None = None, gps: bool = False) -> Image.Exif:
    """EXIF with an orientation tag and/or a GPS position (Bandung) like a phone writes."""
    exif = Image.Exif()
    exif[0x010F] = "FieldkitPhone"  # Make
    if orientation is not None:
        exif[ORIENTATION_TAG] = orientation
    if gps:
        exif[GPS_IFD_TAG] = {
            1: "S",  # GPSLatitudeRef
            2: (6.0, 54.0, 52.0),  # GPSLatitude
            3: "E",  # GPSLongitudeRef
            4: (107.0, 36.0, 33.0),  # GPSLongitude
        }
    return exif


def make_jpeg(
    width: int,
    height: int,
    *,
    orientation: int | None = None,
    gps: bool = False,
    mode: str = "RGB",
    quality: int = 92,
    image: Image.Image | None = None,
    icc_profile: bytes | None = None,
    comment: bytes | None = None,
    seed: int = 0,
) -> bytes:
    """A JPEG (RGB, L or CMYK) with optional EXIF orientation, GPS, ICC profile and comment."""
    im = image if image is not None else make_image(width, height, mode=mode, seed=seed)
    out = io.BytesIO()
    params: dict[str, object] = {"quality": quality}
    if orientation is not None or gps:
        params["exif"] = make_exif(orientation=orientation, gps=gps).tobytes()
    if icc_profile is not None:
        params["icc_profile"] = icc_profile
    if comment is not None:
        params["comment"] = comment
    im.save(out, format="JPEG", **params)
    return out.getvalue()


def make_photo_12mp(*, orientation: int | None = 6, seed: int = 0) -> bytes:
    """A 4000x3000 phone photo (stored landscape, EXIF says rotate for display) with GPS."""
    return make_jpeg(4000, 3000, orientation=orientation, gps=True, quality=92, seed=seed)


def make_png(
    width: int,
    height: int,
    *,
    mode: str = "RGB",
    image: Image.Image | None = None,
    seed: int = 0,
) -> bytes:
    """A PNG. ``RGBA``/``LA``: a shape on a transparent background; ``P``: a 4-colour "scan";
    ``1``: black text-like bars on white; other modes: the photo-like picture of make_image."""
    if image is not None:
        im = image
    elif mode in ("RGBA", "LA"):
        im = Image.new(mode, (width, height), (0,) * len(mode))
        ImageDraw.Draw(im).ellipse(
            (width // 4, height // 4, 3 * width // 4, 3 * height // 4),
            fill=(200, 30, 30, 255) if mode == "RGBA" else (90, 255),
        )
    elif mode in ("P", "1"):
        im = Image.new("RGB", (width, height), (255, 255, 255))
        draw = ImageDraw.Draw(im)
        for row, y in enumerate(range(height // 10, height - height // 10, max(4, height // 20))):
            colour = ((0, 0, 0), (20, 40, 160), (200, 0, 0))[row % 3]
            draw.rectangle((width // 10, y, width - width // 10 - row * 3, y + 2), fill=colour)
        im = im.convert("1") if mode == "1" else im.convert("P", palette=Image.Palette.ADAPTIVE)
    else:
        im = make_image(width, height, mode=mode, seed=seed)
    out = io.BytesIO()
    im.save(out, format="PNG")
    return out.getvalue()


def make_png_bomb(width: int, height: int) -> bytes:
    """A valid 1-bit PNG of the given size, all black: a few hundred KB that decode to
    width * height pixels (Pillow keeps 1 byte per pixel). Built by hand, row by row, so the
    test itself never holds the decoded image."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)  # 1 bit, greyscale
    row = b"\x00" + b"\x00" * ((width + 7) // 8)  # filter type 0, then the packed bits
    compressor = zlib.compressobj(9)
    parts = [compressor.compress(row) for _ in range(height)]
    parts.append(compressor.flush())
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", b"".join(parts))
        + chunk(b"IEND", b"")
    )


def with_jpeg_size(jpeg: bytes, width: int, height: int) -> bytes:
    """The same JPEG with the frame header (SOF) claiming another size: a JPEG "bomb"."""
    pos = 2
    while pos < len(jpeg):
        marker = jpeg[pos + 1]
        length = struct.unpack(">H", jpeg[pos + 2 : pos + 4])[0]
        if marker in (0xC0, 0xC1, 0xC2):
            start = pos + 5  # after marker, length and sample precision
            return jpeg[:start] + struct.pack(">HH", height, width) + jpeg[start + 4 :]
        pos += 2 + length
    raise ValueError("no SOF marker found")


def make_pdf(pages: int = 1, *, password: str | None = None) -> bytes:
    """A PDF of blank A4 pages, optionally encrypted with a user password."""
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=A4[0], height=A4[1])
    if password is not None:
        writer.encrypt(user_password=password, owner_password=password + "-owner")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def make_exe() -> bytes:
    """The start of a Windows program: "MZ" header, DOS stub message, padding."""
    return b"MZ\x90\x00\x03" + b"\x00" * 59 + b"This program cannot be run in DOS mode.\r\n" * 4
