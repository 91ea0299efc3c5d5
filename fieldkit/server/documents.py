"""Content checks of an uploaded document: the type comes from the bytes, never the name.

Laptops upload what their own ``prepare_media`` produced (images already re-encoded
and stripped), so the server verifies instead of re-encoding: magic bytes, then a full
decode of an image or a page walk of a PDF. Re-encoding would change the hash the
application refers to.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from PIL import JpegImagePlugin, PngImagePlugin

from fieldkit.store.media import (
    MAX_IMAGE_PIXELS,
    MediaError,
    MediaType,
    prepare_media,
    sniff_media_type,
)

UNSUPPORTED = MediaError(
    "media.unsupported_type",
    "Jenis berkas tidak didukung. Lampirkan foto JPEG atau PNG, atau dokumen PDF.",
)


@dataclass(frozen=True, slots=True)
class CheckedDocument:
    media_type: MediaType
    page_count: int


def check_document(data: bytes, *, max_bytes: int) -> CheckedDocument:
    """Raise MediaError unless ``data`` is a readable JPEG, PNG or PDF within the limit."""
    media_type = sniff_media_type(data)
    if media_type is None:
        raise UNSUPPORTED
    if media_type == "application/pdf":
        # For a PDF prepare_media only checks (readable, not encrypted, has pages) and
        # returns the bytes unchanged, which is exactly the check wanted here.
        prepared = prepare_media(data, max_bytes=max_bytes)
        return CheckedDocument(prepared.media_type, prepared.page_count)
    if len(data) > max_bytes:
        raise MediaError("media.too_large", "Berkas melebihi batas ukuran dokumen.")
    try:
        fp = io.BytesIO(data)
        im = (
            JpegImagePlugin.JpegImageFile(fp)
            if media_type == "image/jpeg"
            else PngImagePlugin.PngImageFile(fp)
        )
        width, height = im.size
        if width <= 0 or height <= 0 or width * height > MAX_IMAGE_PIXELS:
            raise MediaError(
                "media.image_too_large_pixels", "Resolusi gambar di luar batas yang diterima."
            )
        im.load()  # decodes every byte: a truncated or damaged image fails here
    except MediaError:
        raise
    except Exception as exc:
        # Pillow raises many kinds of errors on untrusted bytes; all mean "not usable".
        raise MediaError(
            "media.corrupt_image", "Gambar rusak atau tidak lengkap; unggah ulang dari laptop."
        ) from exc
    return CheckedDocument(media_type, 1)


def sniff_prefix(data: bytes) -> bool:
    """Whether the first bytes of an upload can still become an accepted document."""
    if len(data) < 1024:
        return True  # too short to judge (a PDF header may sit anywhere in the first 1 KiB)
    return sniff_media_type(data) is not None
