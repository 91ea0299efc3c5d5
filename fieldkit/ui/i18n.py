"""Qt translations: Indonesian source strings, English from resources/i18n/fieldkit_en.ts.

The ``.qm`` file is built from the committed ``.ts`` source by ``lrelease`` (shipped
with PySide6) whenever it is missing or older than the source, so the run and
test commands need no separate build step.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from fieldkit.refdata import default_resources_dir
from fieldkit.ui.formatting import set_display_language

LANGUAGES = {"id": "Bahasa Indonesia", "en": "English"}
DEFAULT_LANGUAGE = "id"


def translations_dir() -> Path:
    return default_resources_dir() / "i18n"


def _lrelease() -> str | None:
    beside_python = Path(sys.executable).with_name("pyside6-lrelease")
    if beside_python.exists():
        return str(beside_python)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compiled_translation(language: str) -> Path | None:
    """The ``.qm`` for ``language``, rebuilt from its ``.ts`` when stale; None if unavailable."""
    source = translations_dir() / f"fieldkit_{language}.ts"
    target = source.with_suffix(".qm")
    if not source.exists():
        return target if target.exists() else None
    if not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
        tool = _lrelease()
        if tool is None:
            return target if target.exists() else None
        subprocess.run(
            [tool, "-silent", str(source), "-qm", str(target)],
            check=True,
            capture_output=True,
        )
    return target


class Translations:
    """Installs and swaps the application's translator."""

    def __init__(self) -> None:
        self._translator: QTranslator | None = None
        self.language = DEFAULT_LANGUAGE

    def apply(self, language: str) -> bool:
        """Switch to ``language`` ("id" or "en"); True when the switch took effect."""
        app = QCoreApplication.instance()
        if app is None or language not in LANGUAGES:
            return False
        if self._translator is not None:
            QCoreApplication.removeTranslator(self._translator)
            self._translator = None
        if language != DEFAULT_LANGUAGE:
            qm = compiled_translation(language)
            translator = QTranslator(app)
            if qm is None or not translator.load(str(qm)):
                return False
            QCoreApplication.installTranslator(translator)
            self._translator = translator
            QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        else:
            QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
        self.language = language
        set_display_language(language)
        return True
