"""The sync engine's words in the UI language.

The engine and the transport speak Indonesian (their messages are also written to the sync
error log, and the headless ``fieldkit sync`` prints them). The UI shows them through these
functions: progress by its phase and counts, and the laptop's own error messages by their
exact Indonesian text, listed below for lupdate. A message the server wrote (its ``detail``)
is shown as the server wrote it.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from fieldkit.sync.state import SyncProgress

CONTEXT = "SyncTexts"

# Exactly the Indonesian constants of fieldkit.sync (transport, engine) and fieldkit.store.wipe;
# tests/unit/ui/test_sync_texts.py fails when one is missing or differs.
_LISTED = (
    QT_TRANSLATE_NOOP(
        "SyncTexts",
        "Laptop belum didaftarkan ke server. Daftarkan dulu di menu Sinkronisasi.",
    ),
    QT_TRANSLATE_NOOP(
        "SyncTexts",
        "Perangkat ini sudah dicabut oleh kantor dan tidak bisa sinkron lagi. "
        "Hubungi admin server untuk mendaftarkan ulang laptop ini.",
    ),
    QT_TRANSLATE_NOOP(
        "SyncTexts",
        "Sertifikat server tidak dapat diverifikasi, jadi laptop tidak mengirim apa pun ke "
        "server ini. Bila kantor memakai sertifikat sendiri, pilih berkas sertifikat CA kantor "
        "di Sinkronisasi → Sambungkan ke server; bila tidak, laporkan ke admin server (mungkin "
        "jaringan ini menyadap koneksi).",
    ),
    QT_TRANSLATE_NOOP(
        "SyncTexts",
        "Berkas sertifikat CA kantor tidak ada atau tidak bisa dibaca. Pilih ulang berkasnya di "
        "Sinkronisasi → Sambungkan ke server, atau kosongkan isiannya.",
    ),
    QT_TRANSLATE_NOOP(
        "SyncTexts",
        "Server terlalu lama menjawab (koneksi lambat). Sinkronisasi dicoba lagi otomatis.",
    ),
    QT_TRANSLATE_NOOP(
        "SyncTexts",
        "Tidak tersambung ke server (tidak ada internet atau server mati). Dicoba lagi otomatis.",
    ),
    QT_TRANSLATE_NOOP(
        "SyncTexts",
        "Jawaban server tidak bisa dibaca (mungkin lewat proxy atau portal Wi-Fi). "
        "Dicoba lagi otomatis.",
    ),
    QT_TRANSLATE_NOOP(
        "SyncTexts",
        "Server sedang bermasalah atau sibuk. Sinkronisasi dicoba lagi otomatis.",
    ),
    QT_TRANSLATE_NOOP(
        "SyncTexts",
        "Perangkat ini sudah dicabut oleh kantor dan tidak bisa sinkron lagi. Hubungi admin.",
    ),
    QT_TRANSLATE_NOOP(
        "SyncTexts",
        "Token perangkat ditolak server. Daftarkan ulang laptop ini.",
    ),
    QT_TRANSLATE_NOOP(
        "SyncTexts",
        "Laptop ini dicabut oleh kantor. Semua data yang belum terkirim sudah dikirim ke server, "
        "lalu data permohonan dan dokumen di laptop ini dihapus. Hubungi admin server untuk "
        "mendaftarkan ulang laptop ini.",
    ),
)

SYNC_MESSAGES: Final[tuple[str, ...]] = tuple(str(m) for m in _LISTED)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def sync_message(message: str) -> str:
    """An engine or transport message in the UI language (the server's own words unchanged)."""
    return _tr(message) if message in SYNC_MESSAGES else message


def progress_text(progress: SyncProgress) -> str:
    """ "Mengunggah dokumen 3 dari 12" and the like, in the UI language."""
    translate = QCoreApplication.translate
    counted = {
        "push": translate("SyncTexts", "Mengirim data %1 dari %2"),
        "upload": translate("SyncTexts", "Mengunggah dokumen %1 dari %2"),
    }
    if progress.phase in counted:
        return (
            counted[progress.phase]
            .replace("%1", str(progress.done))
            .replace("%2", str(progress.total))
        )
    plain = {
        "probe": translate("SyncTexts", "Menghubungi server"),
        "audit": translate("SyncTexts", "Mengirim catatan audit"),
        "pull": translate("SyncTexts", "Mengambil kabar dari kantor"),
    }
    return plain.get(progress.phase, progress.label)
