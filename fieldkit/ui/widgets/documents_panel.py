"""The documents of an application: add (file dialog or drag and drop), preview, replace,
remove, and the checklist of what the office still requires.

Files are read, checked and shrunk in a background job with a progress bar. For an
application not saved yet, the files wait here as pending documents and go into
the same transaction as the first save; for a saved one each change is saved at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QMimeData, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit.domain.policy import DOCUMENT_LABELS
from fieldkit.domain.records import Application, DocumentKind, DocumentRef
from fieldkit.services.applications import NewDocument, SaveResult
from fieldkit.services.document_preview import check_document
from fieldkit.services.errors import ServiceError
from fieldkit.ui.context import ViewContext
from fieldkit.ui.labels import document_label
from fieldkit.ui.messages import error_text
from fieldkit.ui.previews import PreviewError, render_preview
from fieldkit.ui.tasks import Progress
from fieldkit.ui.widgets.field_message import ERROR_COLOUR, NOTE_COLOUR, FieldMessage

THUMBNAIL_SIZE = 96
FILE_FILTER = "(*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG *.PDF)"


def media_name(media_type: str) -> str:
    names = {
        "image/jpeg": QCoreApplication.translate("DocumentsPanel", "Foto JPEG"),
        "image/png": QCoreApplication.translate("DocumentsPanel", "Gambar PNG"),
        "application/pdf": "PDF",
    }
    return names.get(media_type, media_type)


@dataclass(frozen=True, slots=True)
class DocumentItem:
    """One row of the panel: a stored document (``sha256``) or one waiting for the first save."""

    kind: DocumentKind
    name: str
    media_type: str
    page_count: int
    size: int
    sha256: str = ""
    pending: NewDocument | None = None
    source: str = ""  # the file it was read from (pending only), to re-add after a crash
    thumbnail: QImage | None = None


@dataclass(frozen=True, slots=True)
class _Outcome:
    result: SaveResult | None
    added: tuple[DocumentItem, ...]
    errors: tuple[str, ...]
    thumbnails: dict[str, QImage]


def thumbnail(data: bytes, media_type: str) -> QImage | None:
    """A small picture of a photo or of a PDF's first page (background jobs only)."""
    try:
        return render_preview(data, media_type, max_edge=THUMBNAIL_SIZE * 2).image
    except PreviewError:
        return None


def _size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")
    return f"{max(1, round(size / 1024))} KB"


def _read(path: Path, max_bytes: int) -> bytes:
    # Read one byte past the limit: enough for the size check to refuse a huge file.
    with path.open("rb") as handle:
        return handle.read(max_bytes + 1)


class DocumentsPanel(QWidget):
    """Signals: ``documents_did_change(object)``: a SaveResult after a saved application's
    documents changed, or None when pending documents changed; ``busy_did_change(bool)``."""

    documents_did_change = Signal(object)
    busy_did_change = Signal(bool)

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setAcceptDrops(True)
        self.application: Application | None = None
        self.items: list[DocumentItem] = []
        self._thumbnails: dict[str, QImage] = {}
        self._busy = 0
        self.is_read_only = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.checklist = QLabel()
        self.checklist.setObjectName("documents_checklist")
        self.checklist.setWordWrap(True)
        self.checklist.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.checklist)

        add_row = QHBoxLayout()
        kind_label = QLabel(self.tr("&Jenis dokumen"))
        self.kind = QComboBox()
        self.kind.setObjectName("document_kind")
        for kind, label in ((k, document_label(k)) for k in DocumentKind):
            self.kind.addItem(label, kind.value)
        kind_label.setBuddy(self.kind)
        self.add_button = QPushButton(self.tr("&Tambah dokumen…"))
        self.add_button.setObjectName("add_document")
        hint = QLabel(self.tr("atau seret berkas foto/PDF ke kotak ini"))
        hint.setStyleSheet("color: #555;")
        add_row.addWidget(kind_label)
        add_row.addWidget(self.kind)
        add_row.addWidget(self.add_button)
        add_row.addWidget(hint, 1)
        layout.addLayout(add_row)

        progress_row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setObjectName("documents_progress")
        self.progress.setMaximumWidth(260)
        self.progress_label = QLabel()
        progress_row.addWidget(self.progress)
        progress_row.addWidget(self.progress_label, 1)
        self.progress.hide()
        self.progress_label.hide()
        layout.addLayout(progress_row)

        self.message = FieldMessage()
        self.message.setObjectName("documents_message")
        layout.addWidget(self.message)

        self.list_frame = QFrame()
        self.list_frame.setObjectName("documents_list")
        self.list_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.list_layout = QVBoxLayout(self.list_frame)
        self.empty_label = QLabel(self.tr("Belum ada dokumen."))
        self.empty_label.setStyleSheet("color: #555;")
        self.list_layout.addWidget(self.empty_label)
        layout.addWidget(self.list_frame)
        self.rows: list[_DocumentRow] = []

        self.add_button.clicked.connect(self._on_add_button_clicked)

    def _on_add_button_clicked(self) -> None:
        self.choose_files()
        self.refresh()

    # --- state set by the form ------------------------------------------------------------------

    def reset(self) -> None:
        self.application = None
        self.items = []
        self.message.set_problems(())
        self.refresh()

    def set_application(self, application: Application | None) -> None:
        """Show the stored documents of ``application``; pending ones are now stored."""
        self.application = application
        self.items = [] if application is None else [self._stored(d) for d in application.documents]
        self.refresh()
        self._load_thumbnails()

    def set_read_only(self, read_only: bool) -> None:
        self.is_read_only = read_only
        self.setAcceptDrops(not read_only)
        self.refresh()

    def pending_documents(self) -> list[NewDocument]:
        return [i.pending for i in self.items if i.pending is not None]

    def pending_snapshot(self) -> list[dict[str, str]]:
        return [{"kind": i.kind.value, "path": i.source} for i in self.items if i.source]

    def missing_kinds(self) -> list[DocumentKind]:
        present = {i.kind for i in self.items}
        required = self.context.services.applications.policy.required
        return sorted(required - present, key=lambda k: k.value)

    @property
    def is_busy(self) -> bool:
        return self._busy > 0

    # --- adding, replacing, removing --------------------------------------------------------------

    def add_files(
        self, paths: Sequence[Path], kind: DocumentKind | None = None, *, replacing: int = -1
    ) -> None:
        """Read, check and attach files (the file dialog and drag and drop both end here)."""
        if not paths or self.is_read_only or self.is_busy:
            return
        officer = self.context.state.officer
        if officer is None:
            return
        kind = kind or DocumentKind(self.kind.currentData())
        applications = self.context.services.applications
        policy = applications.policy
        app = self.application
        old = self.items[replacing] if 0 <= replacing < len(self.items) else None
        paths = list(paths)

        def job(progress: Progress) -> _Outcome:
            added: list[DocumentItem] = []
            errors: list[str] = []
            thumbnails: dict[str, QImage] = {}
            result: SaveResult | None = None
            revision = app.revision if app is not None else None
            for i, path in enumerate(paths):
                progress(i, len(paths), path.name)
                try:
                    data = _read(path, policy.max_bytes)
                except OSError:
                    errors.append(
                        QCoreApplication.translate(
                            "DocumentsPanel",
                            "Berkas '%1' tidak bisa dibaca. Salin ulang berkasnya ke laptop, "
                            "lalu coba lagi.",
                        ).replace("%1", path.name)
                    )
                    continue
                doc = NewDocument(kind, data, path.name)
                try:
                    if app is None:
                        checked = check_document(kind, data, policy=policy, name=path.name)
                        added.append(
                            DocumentItem(
                                kind,
                                path.name,
                                checked.media_type,
                                checked.page_count,
                                len(checked.data),
                                pending=doc,
                                source=str(path),
                                thumbnail=thumbnail(checked.data, checked.media_type),
                            )
                        )
                        continue
                    before = {d.sha256 for d in (result.application if result else app).documents}
                    result = applications.attach_documents(
                        app.id, [doc], actor=officer, expected_revision=revision
                    )
                    revision = result.application.revision
                    for ref in result.application.documents:
                        if ref.sha256 not in before:
                            data = applications.document_bytes(ref.sha256)
                            image = thumbnail(data, ref.media_type)
                            if image is not None:
                                thumbnails[ref.sha256] = image
                except ServiceError as exc:
                    errors.append(error_text(exc))
            progress(len(paths), len(paths), "")
            if app is not None and old is not None and old.sha256 and result is not None:
                new_hashes = {d.sha256 for d in result.application.documents} - {
                    d.sha256 for d in app.documents
                }
                if new_hashes and old.sha256 not in new_hashes:
                    result = applications.remove_document(
                        app.id, old.sha256, actor=officer, expected_revision=revision
                    )
            return _Outcome(result, tuple(added), tuple(errors), thumbnails)

        self._start(self.tr("Memproses berkas…"))
        self.context.tasks.run(
            job,
            on_done=lambda outcome: self._on_job_added(outcome, replacing),
            on_error=self._on_job_failed,
            on_progress=self._on_job_progress,
            writes_db=app is not None,
        )

    def choose_files(self, *, replacing: int = -1) -> None:
        """The file dialog: images or PDF, several at once (one when replacing)."""
        title = self.tr("Pilih foto atau PDF dokumen")
        file_filter = self.tr("Foto atau PDF") + " " + FILE_FILTER
        if replacing >= 0:
            path, _ = QFileDialog.getOpenFileName(self, title, "", file_filter)
            paths = [path] if path else []
            kind = self.items[replacing].kind
        else:
            paths, _ = QFileDialog.getOpenFileNames(self, title, "", file_filter)
            kind = None
        self.add_files([Path(p) for p in paths], kind, replacing=replacing)

    def remove(self, index: int) -> None:
        if not 0 <= index < len(self.items) or self.is_read_only or self.is_busy:
            return
        item = self.items[index]
        app = self.application
        officer = self.context.state.officer
        if item.pending is not None or app is None or officer is None:
            del self.items[index]
            self.refresh()
            self.documents_did_change.emit(None)
            return
        applications = self.context.services.applications

        def job(_: Progress) -> SaveResult:
            return applications.remove_document(
                app.id, item.sha256, actor=officer, expected_revision=app.revision
            )

        self._start(self.tr("Menghapus dokumen…"))
        self.context.tasks.run(
            job,
            on_done=lambda result: self._on_job_added(_Outcome(result, (), (), {}), -1),
            on_error=self._on_job_failed,
        )

    # --- job results (GUI thread) ---------------------------------------------------------------

    def _start(self, label: str) -> None:
        self._busy += 1
        self.message.set_problems(())
        self.progress.setRange(0, 0)
        self.progress.show()
        self.progress_label.setText(label)
        self.progress_label.show()
        self.refresh()
        self.busy_did_change.emit(True)

    def _finish(self) -> None:
        self._busy = max(0, self._busy - 1)
        if not self._busy:
            self.progress.hide()
            self.progress_label.hide()
        self.refresh()
        self.busy_did_change.emit(self.is_busy)

    def _on_job_progress(self, done: int, total: int, name: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if name:
            self.progress_label.setText(
                self.tr("Memproses berkas %1 dari %2: %3")
                .replace("%1", str(done + 1))
                .replace("%2", str(total))
                .replace("%3", name)
            )

    def _on_job_added(self, outcome: _Outcome, replacing: int) -> None:
        self._thumbnails.update(outcome.thumbnails)
        if outcome.result is not None:
            self.application = outcome.result.application
            self.items = [self._stored(d) for d in self.application.documents]
        elif outcome.added:
            if 0 <= replacing < len(self.items):
                self.items[replacing : replacing + 1] = list(outcome.added[:1])
                self.items.extend(outcome.added[1:])
            else:
                self.items.extend(outcome.added)
        if outcome.errors:
            self.message.set_note("\n".join("✖ " + e for e in outcome.errors), is_error=True)
        self._finish()
        if outcome.result is not None:
            self.documents_did_change.emit(outcome.result)
        elif outcome.added:
            self.documents_did_change.emit(None)
        if not outcome.errors and (outcome.added or outcome.result is not None):
            self.message.set_problems(())

    def _on_job_failed(self, exc: Exception) -> None:
        message = (
            error_text(exc)
            if isinstance(exc, ServiceError)
            else self.tr("Dokumen tidak bisa diproses karena kesalahan tak terduga. Coba lagi.")
        )
        self.message.set_note("✖ " + message, is_error=True)
        self._finish()

    def _load_thumbnails(self) -> None:
        app = self.application
        if app is None:
            return
        missing = [d for d in app.documents if d.sha256 not in self._thumbnails]
        if not missing:
            return
        applications = self.context.services.applications

        def job(_: Progress) -> dict[str, QImage]:
            found: dict[str, QImage] = {}
            for d in missing:
                image = thumbnail(applications.document_bytes(d.sha256), d.media_type)
                if image is not None:
                    found[d.sha256] = image
            return found

        self.context.tasks.run(job, on_done=self._on_thumbnails_loaded, writes_db=False)

    def _on_thumbnails_loaded(self, thumbnails: dict[str, QImage]) -> None:
        self._thumbnails.update(thumbnails)
        self.items = [
            replace(i, thumbnail=self._thumbnails.get(i.sha256, i.thumbnail)) if i.sha256 else i
            for i in self.items
        ]
        self.refresh()

    def _stored(self, ref: DocumentRef) -> DocumentItem:
        return DocumentItem(
            ref.kind,
            ref.original_name,
            ref.media_type,
            ref.page_count,
            ref.size,
            sha256=ref.sha256,
            thumbnail=self._thumbnails.get(ref.sha256),
        )

    # --- rendering ------------------------------------------------------------------------------

    def refresh(self) -> None:
        editable = not self.is_read_only and not self.is_busy
        self.add_button.setEnabled(editable)
        self.kind.setEnabled(not self.is_read_only)
        for row in self.rows:
            self.list_layout.removeWidget(row)
            row.deleteLater()
        self.rows = []
        for index, item in enumerate(self.items):
            row = _DocumentRow(item, index, editable=editable)
            row.replace_button.clicked.connect(lambda _=False, i=index: self._on_row_replace(i))
            row.remove_button.clicked.connect(lambda _=False, i=index: self.remove(i))
            self.list_layout.addWidget(row)
            self.rows.append(row)
        self.empty_label.setVisible(not self.items)
        self._render_checklist()

    def _on_row_replace(self, index: int) -> None:
        self.choose_files(replacing=index)

    def _render_checklist(self) -> None:
        required = self.context.services.applications.policy.required
        if not required:
            self.checklist.setText(
                self.tr("Kantor tidak mewajibkan dokumen. Lampirkan bila pemohon membawanya.")
            )
            return
        present = {i.kind for i in self.items}
        parts = []
        for kind in sorted(required, key=lambda k: list(DOCUMENT_LABELS).index(k)):
            label = document_label(kind)
            if kind in present:
                parts.append(f"<span style='color:{NOTE_COLOUR}'>✔ {label}</span>")
            else:
                parts.append(
                    f"<span style='color:{ERROR_COLOUR}'>✖ {label} "
                    + self.tr("(belum)")
                    + "</span>"
                )
        self.checklist.setText("<b>" + self.tr("Dokumen wajib:") + "</b> " + " · ".join(parts))
        missing = self.missing_kinds()
        if missing and not self.is_busy:
            index = self.kind.findData(missing[0].value)
            if index >= 0:
                self.kind.setCurrentIndex(index)

    def focusables(self) -> list[QWidget]:
        widgets: list[QWidget] = [self.kind, self.add_button]
        for row in self.rows:
            widgets += [row.replace_button, row.remove_button]
        return widgets

    # --- drag and drop --------------------------------------------------------------------------

    @staticmethod
    def _local_paths(mime: QMimeData) -> list[Path]:
        if not mime.hasUrls():
            return []
        return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not self.is_read_only and self._local_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._local_paths(event.mimeData())
        if not paths or self.is_read_only:
            event.ignore()
            return
        event.acceptProposedAction()
        self.add_files(paths)

    def restore_pending(self, entries: Any) -> None:
        """Re-add the files of an autosaved form that are still on the disk."""
        if not isinstance(entries, list):
            return
        by_kind: dict[DocumentKind, list[Path]] = {}
        for entry in entries:
            if not isinstance(entry, dict):
                continue
            try:
                kind = DocumentKind(str(entry.get("kind")))
            except ValueError:
                continue
            path = Path(str(entry.get("path", "")))
            if path.is_file():
                by_kind.setdefault(kind, []).append(path)
        for kind, paths in by_kind.items():
            self.add_files(paths, kind)


class _DocumentRow(QFrame):
    def __init__(self, item: DocumentItem, index: int, *, editable: bool) -> None:
        super().__init__()
        self.setObjectName(f"document_{index}")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.thumbnail = QLabel()
        self.thumbnail.setObjectName(f"document_{index}_thumbnail")
        self.thumbnail.setFixedSize(THUMBNAIL_SIZE, THUMBNAIL_SIZE)
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumbnail.setStyleSheet("background: #f2f2f2; border: 1px solid #ccc;")
        if item.thumbnail is not None and not item.thumbnail.isNull():
            self.thumbnail.setPixmap(
                QPixmap.fromImage(item.thumbnail).scaled(
                    THUMBNAIL_SIZE - 4,
                    THUMBNAIL_SIZE - 4,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.thumbnail.setText("PDF" if item.media_type == "application/pdf" else "…")
        layout.addWidget(self.thumbnail)
        details = [media_name(item.media_type)]
        if item.media_type == "application/pdf":
            details.append(self.tr("%1 halaman").replace("%1", str(item.page_count)))
        details.append(_size_text(item.size))
        if item.pending is not None:
            details.append(self.tr("belum disimpan"))
        self.text = QLabel(
            f"<b>{document_label(item.kind)}</b><br>{_escape(item.name)}<br>" + " · ".join(details)
        )
        self.text.setObjectName(f"document_{index}_text")
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        layout.addWidget(self.text, 1)
        self.replace_button = QPushButton(self.tr("Ganti…"))
        self.replace_button.setObjectName(f"document_{index}_replace")
        self.remove_button = QPushButton(self.tr("Hapus"))
        self.remove_button.setObjectName(f"document_{index}_remove")
        for button in (self.replace_button, self.remove_button):
            button.setEnabled(editable)
            layout.addWidget(button)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
