"""Display labels and colours for domain values, shared by the applicants list and the detail.

Every label goes through ``QCoreApplication.translate`` with a literal source so lupdate
offers it in English; the domain's names (STATUS_LABELS, REASON_LABELS, DOCUMENT_LABELS)
are repeated here word for word, and a test keeps them equal.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from fieldkit.domain.records import ActivityKind, BusinessScale, DocumentKind, Gender, LandStatus
from fieldkit.domain.status import ApplicationStatus, ReasonCode

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
    """The domain's status name (STATUS_LABELS), through the translator."""
    labels = {
        ApplicationStatus.DRAFT: QCoreApplication.translate("Labels", "Draf"),
        ApplicationStatus.READY: QCoreApplication.translate("Labels", "Siap"),
        ApplicationStatus.QUEUED: QCoreApplication.translate("Labels", "Menunggu sinkron"),
        ApplicationStatus.RECEIVED: QCoreApplication.translate("Labels", "Diterima kantor"),
        ApplicationStatus.IN_PROCESS: QCoreApplication.translate("Labels", "Diproses di OSS"),
        ApplicationStatus.NIB_ISSUED: QCoreApplication.translate("Labels", "NIB terbit"),
        ApplicationStatus.NEEDS_FIX: QCoreApplication.translate("Labels", "Perlu perbaikan"),
        ApplicationStatus.REJECTED: QCoreApplication.translate("Labels", "Ditolak"),
    }
    return labels[status]


def reason_label(reason: ReasonCode) -> str:
    """The domain's reason name (REASON_LABELS), through the translator."""
    labels = {
        ReasonCode.NIK_REFUSED: QCoreApplication.translate(
            "Labels", "NIK ditolak Dukcapil (rujuk ke Disdukcapil)"
        ),
        ReasonCode.HAS_NIB: QCoreApplication.translate("Labels", "Sudah memiliki NIB"),
        ReasonCode.KBLI_NOT_OPEN: QCoreApplication.translate(
            "Labels", "KBLI tidak terbuka untuk skala usaha ini"
        ),
        ReasonCode.OSS_UNAVAILABLE: QCoreApplication.translate(
            "Labels", "OSS tidak tersedia (coba lagi)"
        ),
        ReasonCode.DATA_CORRECTION: QCoreApplication.translate("Labels", "Data perlu dikoreksi"),
        ReasonCode.OTHER: QCoreApplication.translate("Labels", "Alasan lain"),
    }
    return labels[reason]


def document_label(kind: DocumentKind) -> str:
    """The domain's document name (DOCUMENT_LABELS), through the translator."""
    labels = {
        DocumentKind.KTP: QCoreApplication.translate("Labels", "Foto KTP"),
        DocumentKind.NPWP: QCoreApplication.translate("Labels", "Kartu NPWP"),
        DocumentKind.PHOTO: QCoreApplication.translate("Labels", "Pas foto"),
        DocumentKind.LOCATION_PHOTO: QCoreApplication.translate("Labels", "Foto lokasi usaha"),
        DocumentKind.DOMICILE_LETTER: QCoreApplication.translate(
            "Labels", "Surat keterangan domisili usaha"
        ),
        DocumentKind.OTHER: QCoreApplication.translate("Labels", "Dokumen lain"),
    }
    return labels[kind]


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
        return QCoreApplication.translate("Labels", "Laki-laki")
    if gender is Gender.FEMALE:
        return QCoreApplication.translate("Labels", "Perempuan")
    return "-"


def land_status_label(status: LandStatus | None) -> str:
    if status is LandStatus.OWNED:
        return QCoreApplication.translate("Labels", "Milik sendiri")
    if status is LandStatus.RENTED:
        return QCoreApplication.translate("Labels", "Sewa")
    if status is LandStatus.BORROWED:
        return QCoreApplication.translate("Labels", "Pinjam pakai")
    return "-"


def activity_kind_label(kind: ActivityKind) -> str:
    if kind is ActivityKind.SERVICE:
        return QCoreApplication.translate("Labels", "Jasa")
    return QCoreApplication.translate("Labels", "Produk")


def scale_label(scale: BusinessScale | None) -> str:
    if scale is BusinessScale.MICRO:
        return QCoreApplication.translate("Labels", "Usaha mikro")
    if scale is BusinessScale.SMALL:
        return QCoreApplication.translate("Labels", "Usaha kecil")
    if scale is BusinessScale.MEDIUM:
        return QCoreApplication.translate("Labels", "Usaha menengah")
    if scale is BusinessScale.LARGE:
        return QCoreApplication.translate("Labels", "Usaha besar")
    return "-"


def transition_label(source: ApplicationStatus, target: ApplicationStatus) -> str:
    """The text of the button that moves an application from ``source`` to ``target``."""
    s = ApplicationStatus
    if target is s.READY:
        return QCoreApplication.translate("Labels", "Tandai &siap")
    if target is s.DRAFT and source is s.NEEDS_FIX:
        return QCoreApplication.translate("Labels", "Ambil untuk &diperbaiki")
    if target is s.DRAFT:
        return QCoreApplication.translate("Labels", "Kembalikan ke &draf")
    if target is s.QUEUED:
        return QCoreApplication.translate("Labels", "Antrekan untuk si&nkron")
    if target is s.NEEDS_FIX:
        return QCoreApplication.translate("Labels", "Minta &perbaikan")
    if target is s.REJECTED:
        return QCoreApplication.translate("Labels", "&Tolak")
    if target is s.NIB_ISSUED:
        return QCoreApplication.translate("Labels", "Catat &NIB terbit")
    return QCoreApplication.translate("Labels", "Ubah status ke '%1'").replace(
        "%1", status_label(target)
    )
