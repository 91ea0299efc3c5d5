"""Display labels and colours for domain values, shared by the applicants list and the detail.

Labels that the domain already holds in Indonesian (STATUS_LABELS, REASON_LABELS,
DOCUMENT_LABELS) are shown as they are; the few the domain does not name go
through ``QCoreApplication.translate`` so lupdate can offer them in English.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from fieldkit.domain.records import ActivityKind, BusinessScale, Gender, LandStatus
from fieldkit.domain.status import STATUS_LABELS, ApplicationStatus

_CONTEXT = "Labels"

# (background, text) per status: light tints with dark text keep a 4.5:1 contrast or better.
_STATUS_COLOURS: dict[ApplicationStatus, tuple[str, str]] = {
    ApplicationStatus.DRAFT: ("#eceff1", "#37474f"),
    ApplicationStatus.READY: ("#e2f3e4", "#1b5e20"),
    ApplicationStatus.QUEUED: ("#e3f0fd", "#0d47a1"),
    ApplicationStatus.RECEIVED: ("#e8eaf6", "#283593"),
    ApplicationStatus.IN_PROCESS: ("#fff6d8", "#6d4c00"),
    ApplicationStatus.NIB_ISSUED: ("#cdeed3", "#0b4a1c"),
    ApplicationStatus.NEEDS_FIX: ("#ffeedd", "#9a3a00"),
    ApplicationStatus.REJECTED: ("#fde6e8", "#a3001b"),
}


def status_colours(status: ApplicationStatus) -> tuple[QColor, QColor]:
    """Background and text colour of a status badge."""
    background, text = _STATUS_COLOURS[status]
    return QColor(background), QColor(text)


def status_style_sheet(status: ApplicationStatus) -> str:
    """A QLabel style sheet that draws the status as a rounded badge."""
    background, text = _STATUS_COLOURS[status]
    return (
        f"QLabel {{ background: {background}; color: {text}; border: 1px solid {text};"
        " border-radius: 6px; padding: 3px 10px; font-weight: bold; }"
    )


def status_label(status: ApplicationStatus) -> str:
    return STATUS_LABELS[status]


def file_size(size: int) -> str:
    """``820 KB``, ``1,2 MB`` (Indonesian decimal comma; 1 KB = 1024 bytes)."""
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{round(size / 1024)} KB"
    return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")


def media_label(media_type: str) -> str:
    """``JPEG``, ``PNG``, ``PDF`` for the media types the document store keeps."""
    known = {"image/jpeg": "JPEG", "image/png": "PNG", "application/pdf": "PDF"}
    return known.get(media_type, media_type)


def gender_label(gender: Gender | None) -> str:
    if gender is Gender.MALE:
        return QCoreApplication.translate(_CONTEXT, "Laki-laki")
    if gender is Gender.FEMALE:
        return QCoreApplication.translate(_CONTEXT, "Perempuan")
    return "-"


def land_status_label(status: LandStatus | None) -> str:
    if status is LandStatus.OWNED:
        return QCoreApplication.translate(_CONTEXT, "Milik sendiri")
    if status is LandStatus.RENTED:
        return QCoreApplication.translate(_CONTEXT, "Sewa")
    if status is LandStatus.BORROWED:
        return QCoreApplication.translate(_CONTEXT, "Pinjam pakai")
    return "-"


def activity_kind_label(kind: ActivityKind) -> str:
    if kind is ActivityKind.SERVICE:
        return QCoreApplication.translate(_CONTEXT, "Jasa")
    return QCoreApplication.translate(_CONTEXT, "Produk")


def scale_label(scale: BusinessScale | None) -> str:
    if scale is BusinessScale.MICRO:
        return QCoreApplication.translate(_CONTEXT, "Usaha mikro")
    if scale is BusinessScale.SMALL:
        return QCoreApplication.translate(_CONTEXT, "Usaha kecil")
    if scale is BusinessScale.MEDIUM:
        return QCoreApplication.translate(_CONTEXT, "Usaha menengah")
    if scale is BusinessScale.LARGE:
        return QCoreApplication.translate(_CONTEXT, "Usaha besar")
    return "-"


def transition_label(source: ApplicationStatus, target: ApplicationStatus) -> str:
    """The text of the button that moves an application from ``source`` to ``target``."""
    s = ApplicationStatus
    if target is s.READY:
        return QCoreApplication.translate(_CONTEXT, "Tandai &siap")
    if target is s.DRAFT and source is s.NEEDS_FIX:
        return QCoreApplication.translate(_CONTEXT, "Ambil untuk &diperbaiki")
    if target is s.DRAFT:
        return QCoreApplication.translate(_CONTEXT, "Kembalikan ke &draf")
    if target is s.QUEUED:
        return QCoreApplication.translate(_CONTEXT, "Antrekan untuk si&nkron")
    if target is s.NEEDS_FIX:
        return QCoreApplication.translate(_CONTEXT, "Minta &perbaikan")
    if target is s.REJECTED:
        return QCoreApplication.translate(_CONTEXT, "&Tolak")
    if target is s.NIB_ISSUED:
        return QCoreApplication.translate(_CONTEXT, "Catat &NIB terbit")
    return QCoreApplication.translate(_CONTEXT, "Ubah status ke '%1'").replace(
        "%1", STATUS_LABELS[target]
    )
