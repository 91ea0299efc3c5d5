"""Backups for the app: the daily automatic one and "export a backup" (to a USB stick).

A thin use-case layer over ``fieldkit.store.backup``: it knows the store's folder and its
SQLCipher key, so the UI passes only where to write. Restoring needs the store closed: it is
``fieldkit.services.restore``, used from the unlock screen before the store is opened.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from fieldkit.domain.messages import msg
from fieldkit.services.clock import Clock
from fieldkit.services.errors import ServiceError
from fieldkit.store.backup import BackupError, BackupInfo, create_backup, daily_backup

__all__ = ["BackupInfo", "BackupService"]


class BackupService:
    def __init__(self, data_dir: Path, key: bytes | None, clock: Clock) -> None:
        self._data_dir = data_dir
        self._key = key  # the SQLCipher key of an encrypted store; None for a plain one
        self._clock = clock

    def daily(self) -> BackupInfo | None:
        """Today's automatic backup in the data folder, unless it exists; seven are kept."""
        return daily_backup(self._data_dir, key=self._key, now=self._clock.now())

    def export(self, folder: Path) -> BackupInfo:
        """A full backup into ``folder`` (e.g. a USB stick), checked after writing."""
        if not folder.is_dir():
            raise ServiceError(msg("Folder tujuan tidak ada. Pasang flashdisk lalu pilih lagi."))
        try:
            return create_backup(self._data_dir, folder, key=self._key, now=self._now())
        except BackupError as exc:
            raise ServiceError(msg("Cadangan gagal dibuat: {reason}", reason=exc.text)) from None
        except OSError as exc:
            raise ServiceError(
                msg(
                    "Cadangan gagal ditulis ({error}). Periksa ruang kosong flashdisk lalu "
                    "coba lagi.",
                    error=type(exc).__name__,
                )
            ) from None

    def _now(self) -> dt.datetime:
        return self._clock.now()
