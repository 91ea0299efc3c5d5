"""The UI's list of the sync engine's messages is exactly the engine's own constants."""

from __future__ import annotations

from fieldkit.store import wipe
from fieldkit.sync import engine, transport
from fieldkit.sync.state import SyncProgress
from fieldkit.ui.sync_texts import SYNC_MESSAGES, progress_text, sync_message

ENGINE_MESSAGES = {
    transport.TLS_UNTRUSTED,
    transport.CA_BUNDLE_UNREADABLE,
    transport.SLOW_SERVER,
    transport.NOT_CONNECTED,
    transport.UNREADABLE_ANSWER,
    transport.SERVER_TROUBLE,
    transport.DEVICE_REVOKED,
    transport.TOKEN_REFUSED,
    engine.NOT_ENROLLED,
    engine.REVOKED_MESSAGE,
    wipe.WIPED_MESSAGE,
}


def test_the_list_is_the_engines_messages_word_for_word() -> None:
    assert set(SYNC_MESSAGES) == ENGINE_MESSAGES
    assert len(SYNC_MESSAGES) == len(ENGINE_MESSAGES)


def test_without_a_translation_the_words_stay_indonesian() -> None:
    assert sync_message(transport.NOT_CONNECTED) == transport.NOT_CONNECTED
    assert sync_message("Kata-kata server sendiri.") == "Kata-kata server sendiri."
    assert progress_text(SyncProgress("upload", 3, 12, "")) == "Mengunggah dokumen 3 dari 12"
    assert progress_text(SyncProgress("push", 0, 5, "")) == "Mengirim data 0 dari 5"
    assert progress_text(SyncProgress("pull", 7, 0, "")) == "Mengambil kabar dari kantor"
    assert progress_text(SyncProgress("later", 0, 0, "Langkah baru")) == "Langkah baru"
