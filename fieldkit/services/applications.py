"""Use cases of an application: register, edit, attach documents, acknowledge, mark ready, find.

Every write follows one pattern: check the rules, stage document files, then one
database transaction that writes the change, its status-history entry and its
outbox row together, then publish the staged files. A kill at any moment leaves
either the whole save or none of it (see fieldkit.store.documents).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from fieldkit.domain.audit import AuditAction, AuditRecord, DetailValue
from fieldkit.domain.ids import new_id
from fieldkit.domain.messages import Text, label, msg
from fieldkit.domain.policy import DOCUMENT_LABELS, DocumentPolicy
from fieldkit.domain.problems import Problem
from fieldkit.domain.readiness import readiness_problems
from fieldkit.domain.records import (
    Application,
    ApplicationDraft,
    BusinessScale,
    DocumentKind,
    DocumentRef,
    Officer,
    Role,
    StatusEvent,
    VisitState,
)
from fieldkit.domain.reference import ReferenceLookup
from fieldkit.domain.roles import Permission, refusal
from fieldkit.domain.snapshot import application_snapshot
from fieldkit.domain.status import (
    EDITABLE_STATUSES,
    STATUS_LABELS,
    ApplicationStatus,
    ReasonCode,
    check_transition,
)
from fieldkit.domain.storable import storable_problems
from fieldkit.domain.tracking import (
    is_valid_tracking_code,
    make_tracking_code,
    normalize_tracking_code,
)
from fieldkit.domain.validation import (
    PeerContact,
    business_scale,
    normalize_draft,
    validate_application,
)
from fieldkit.services.clock import Clock, local_date
from fieldkit.services.errors import (
    DocumentRejectedError,
    NotFoundError,
    PermissionDeniedError,
    RuleViolationError,
    ServiceError,
    StaleRevisionError,
    about_file,
    needs_image,
)
from fieldkit.store import audit as audit_log
from fieldkit.store import repositories as repo
from fieldkit.store.documents import DocumentStore, StagedDocument
from fieldkit.store.media import MediaError, prepare_media
from fieldkit.store.repositories import ApplicationFilter, ApplicationSummary

FIELD_ROLES = frozenset({Role.OPERATOR, Role.SUPERVISOR})
# A passport photo or a photo of the business place must be a picture; a KTP may be a scan.
IMAGE_ONLY_KINDS = frozenset({DocumentKind.PHOTO, DocumentKind.LOCATION_PHOTO})
EDIT_EVENT_TEXT = "Data diubah"


@dataclass(frozen=True, slots=True)
class NewDocument:
    """A file the officer attaches: raw bytes as read from disk or a scanner."""

    kind: DocumentKind
    data: bytes
    original_name: str = ""


@dataclass(frozen=True, slots=True)
class SaveResult:
    """The stored application and what validation still finds in it."""

    application: Application
    problems: tuple[Problem, ...]
    blocking: tuple[Problem, ...]  # what still stands between it and "ready"

    @property
    def is_ready_possible(self) -> bool:
        return not self.blocking


@dataclass(frozen=True, slots=True)
class _Prepared:
    ref: DocumentRef
    staged: StagedDocument


class ApplicationService:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        documents: DocumentStore,
        reference: ReferenceLookup,
        clock: Clock,
        *,
        policy: DocumentPolicy | None = None,
        timezone: str = "Asia/Jakarta",  # used only when a visit's office is unknown
    ) -> None:
        self._sessions = sessions
        self._documents = documents
        self._reference = reference
        self._clock = clock
        self._policy = policy or DocumentPolicy()
        self._timezone = timezone

    @property
    def policy(self) -> DocumentPolicy:
        return self._policy

    def set_policy(self, policy: DocumentPolicy) -> None:
        self._policy = policy

    # --- validation -------------------------------------------------------------------------

    def validate(
        self, draft: ApplicationDraft, *, visit_id: str, application_id: str | None = None
    ) -> list[Problem]:
        """Everything the rules find in ``draft``, as the officer types (nothing is stored)."""
        normalized = normalize_draft(draft)
        with self._sessions() as session:
            peers = self._peers(session, visit_id, application_id)
            today = self._today(session, visit_id)
        return storable_problems(draft) + validate_application(
            normalized, ref=self._reference, today=today, peers=peers
        )

    def _today(self, session: Session, visit_id: str) -> dt.date:
        """Today in the zone of the visit's office (WIB, WITA or WIT)."""
        visit = repo.get_visit(session, visit_id)
        office = repo.get_office(session, visit.office_id) if visit else None
        return local_date(self._clock, office.timezone if office else self._timezone)

    def _peers(
        self, session: Session, visit_id: str, application_id: str | None
    ) -> list[PeerContact]:
        return [
            PeerContact(application_id=app_id, email=email, mobile=mobile)
            for app_id, email, mobile in repo.visit_contacts(session, visit_id)
            if app_id != application_id
        ]

    def _assess(self, session: Session, app: Application) -> tuple[list[Problem], list[Problem]]:
        problems = validate_application(
            app.draft,
            ref=self._reference,
            today=self._today(session, app.visit_id),
            peers=self._peers(session, app.visit_id, app.id),
        )
        blocking = readiness_problems(problems, app.acknowledgements, app.documents, self._policy)
        return problems, blocking

    # --- documents ------------------------------------------------------------------------------

    def _prepare_documents(self, documents: Sequence[NewDocument]) -> list[_Prepared]:
        """Check and stage every file before the transaction; on any refusal, stage none."""
        prepared: list[_Prepared] = []
        try:
            for doc in documents:
                name = _safe_name(doc.original_name) if doc.original_name else ""
                try:
                    media = prepare_media(doc.data, max_bytes=self._policy.max_bytes)
                except MediaError as exc:
                    raise DocumentRejectedError(exc.code, about_file(name, exc.text)) from exc
                if doc.kind in IMAGE_ONLY_KINDS and not media.media_type.startswith("image/"):
                    kind = label(DOCUMENT_LABELS[doc.kind])
                    raise DocumentRejectedError(
                        "document.needs_image", about_file(name, needs_image(kind))
                    )
                staged = self._documents.stage(media.data)
                ref = DocumentRef(
                    kind=doc.kind,
                    sha256=staged.sha256,
                    media_type=media.media_type,
                    size=staged.size,
                    page_count=media.page_count,
                    original_name=_safe_name(doc.original_name),
                )
                prepared.append(_Prepared(ref, staged))
        except BaseException:
            for p in prepared:
                self._documents.discard(p.staged)
            raise
        return prepared

    def _write_documents(
        self, session: Session, application_id: str, prepared: Sequence[_Prepared], actor: Officer
    ) -> None:
        now = self._clock.now()
        for p in prepared:
            repo.ensure_document(
                session,
                sha256=p.ref.sha256,
                media_type=p.ref.media_type,
                size=p.ref.size,
                page_count=p.ref.page_count,
                now=now,
            )
            repo.attach_document(
                session,
                application_id,
                kind=p.ref.kind,
                sha256=p.ref.sha256,
                original_name=p.ref.original_name,
                added_by=actor.id,
                now=now,
            )

    def _finish(self, prepared: Sequence[_Prepared], *, committed: bool) -> None:
        for p in prepared:
            if committed:
                self._documents.publish(p.staged)
            else:
                self._documents.discard(p.staged)

    # --- writes ---------------------------------------------------------------------------------

    def register(
        self,
        visit_id: str,
        draft: ApplicationDraft,
        *,
        actor: Officer,
        documents: Sequence[NewDocument] = (),
    ) -> SaveResult:
        """Save a new application as a draft, with its documents, in one transaction."""
        _require_field_role(actor)
        hard = storable_problems(draft)
        if hard:
            raise RuleViolationError(hard, _cannot_store(hard))
        normalized = normalize_draft(draft)
        prepared = self._prepare_documents(documents)
        committed = False
        try:
            with self._sessions.begin() as session:
                visit = repo.get_visit(session, visit_id)
                if visit is None:
                    raise NotFoundError(
                        msg("Kunjungan tidak ditemukan. Buka kunjungan hari ini dulu.")
                    )
                if visit.state is VisitState.CLOSED:
                    raise ServiceError(
                        msg("Kunjungan ini sudah ditutup. Buka kunjungan baru untuk pemohon baru.")
                    )
                prefix, sequence = repo.take_tracking_sequence(session)
                tracking = normalize_tracking_code(make_tracking_code(prefix, sequence))
                assert tracking is not None
                now = self._clock.now()
                app = Application(
                    id=new_id(),
                    tracking_code=tracking,
                    visit_id=visit_id,
                    status=ApplicationStatus.DRAFT,
                    revision=1,
                    applicant=normalized.applicant,
                    business=normalized.business,
                    documents=(),
                    acknowledgements=(),
                    created_by=actor.id,
                    created_at=now,
                    updated_by=actor.id,
                    updated_at=now,
                )
                repo.add_application(
                    session,
                    app,
                    scale=_scale(normalized),
                    kbli_version=self._reference.kbli_version,
                )
                session.flush()
                self._write_documents(session, app.id, prepared, actor)
                repo.append_status_event(
                    session,
                    StatusEvent(app.id, now, actor.id, None, ApplicationStatus.DRAFT),
                )
                self._audit(
                    session,
                    AuditAction.APPLICATION_CREATE,
                    actor,
                    app.id,
                    documents=len(prepared),
                    revision=1,
                )
                result = self._after_write(session, app.id, "application.create")
            committed = True
        finally:
            self._finish(prepared, committed=committed)
        return result

    def _after_write(self, session: Session, application_id: str, kind: str) -> SaveResult:
        """Re-read the stored record, append its outbox row, and assess it."""
        session.flush()
        stored = repo.get_application(session, application_id)
        assert stored is not None
        repo.append_outbox(
            session,
            kind=kind,
            entity_id=stored.id,
            revision=stored.revision,
            payload=application_snapshot(stored),
            now=stored.updated_at,
        )
        problems, blocking = self._assess(session, stored)
        return SaveResult(stored, tuple(problems), tuple(blocking))

    def _audit(
        self,
        session: Session,
        action: AuditAction,
        actor: Officer,
        application_id: str,
        **details: DetailValue,
    ) -> None:
        """The audit entry of this change, in its transaction (ids and codes only)."""
        audit_log.append(
            session,
            AuditRecord(action, actor.id, application_id, details),
            now=self._clock.now(),
        )

    def _load_for_change(
        self, session: Session, application_id: str, expected_revision: int | None
    ) -> Application:
        app = repo.get_application(session, application_id)
        if app is None:
            raise NotFoundError(msg("Permohonan tidak ditemukan."))
        if expected_revision is not None and app.revision != expected_revision:
            raise StaleRevisionError(expected_revision, app.revision)
        return app

    def update(
        self,
        application_id: str,
        draft: ApplicationDraft,
        *,
        actor: Officer,
        expected_revision: int,
    ) -> SaveResult:
        """Save an edit as a new revision; a ready application goes back to draft."""
        _require_field_role(actor)
        hard = storable_problems(draft)
        if hard:
            raise RuleViolationError(hard, _cannot_store(hard))
        normalized = normalize_draft(draft)
        with self._sessions.begin() as session:
            app = self._load_for_change(session, application_id, expected_revision)
            status = app.status
            _require_editable(app, actor)
            now = self._clock.now()
            new_status = ApplicationStatus.DRAFT if status is ApplicationStatus.READY else status
            changed = dataclasses.replace(
                app,
                applicant=normalized.applicant,
                business=normalized.business,
                status=new_status,
                revision=app.revision + 1,
                updated_by=actor.id,
                updated_at=now,
            )
            repo.update_application(
                session,
                changed,
                scale=_scale(normalized),
                kbli_version=self._reference.kbli_version,
            )
            repo.append_status_event(
                session,
                StatusEvent(
                    app.id,
                    now,
                    actor.id,
                    status,
                    new_status,
                    reason_text=f"{EDIT_EVENT_TEXT} (revisi {changed.revision})",
                ),
            )
            session.flush()
            # Acknowledgements hold only for warnings that still apply after the edit.
            problems, _ = self._assess(session, changed)
            repo.clear_acknowledgements(
                session, app.id, {p.key for p in problems if not p.is_error}
            )
            self._audit(
                session,
                AuditAction.APPLICATION_EDIT,
                actor,
                app.id,
                revision=changed.revision,
                from_status=str(status),
                to_status=str(new_status),
            )
            return self._after_write(session, app.id, "application.update")

    def attach_documents(
        self,
        application_id: str,
        documents: Sequence[NewDocument],
        *,
        actor: Officer,
        expected_revision: int | None = None,
    ) -> SaveResult:
        _require_field_role(actor)
        prepared = self._prepare_documents(documents)
        committed = False
        try:
            with self._sessions.begin() as session:
                app = self._load_for_change(session, application_id, expected_revision)
                _require_editable(app, actor)
                self._write_documents(session, app.id, prepared, actor)
                self._audit(
                    session,
                    AuditAction.DOCUMENT_ATTACH,
                    actor,
                    app.id,
                    kinds=",".join(sorted({str(p.ref.kind) for p in prepared})),
                    count=len(prepared),
                    revision=app.revision + 1,
                )
                result = self._bump(session, app, actor, "application.update")
            committed = True
        finally:
            self._finish(prepared, committed=committed)
        return result

    def remove_document(
        self,
        application_id: str,
        sha256: str,
        *,
        actor: Officer,
        expected_revision: int | None = None,
    ) -> SaveResult:
        """Detach a document. The file stays while any application still refers to it."""
        _require_field_role(actor)
        with self._sessions.begin() as session:
            app = self._load_for_change(session, application_id, expected_revision)
            _require_editable(app, actor)
            if not repo.detach_document(session, app.id, sha256):
                raise NotFoundError(msg("Dokumen itu tidak terlampir pada permohonan ini."))
            self._audit(
                session,
                AuditAction.DOCUMENT_REMOVE,
                actor,
                app.id,
                kinds=",".join(sorted({str(d.kind) for d in app.documents if d.sha256 == sha256})),
                revision=app.revision + 1,
            )
            return self._bump(session, app, actor, "application.update")

    def _bump(self, session: Session, app: Application, actor: Officer, kind: str) -> SaveResult:
        """A new revision for a change to the documents or acknowledgements."""
        new_status = (
            ApplicationStatus.DRAFT if app.status is ApplicationStatus.READY else app.status
        )
        changed = dataclasses.replace(
            app,
            status=new_status,
            revision=app.revision + 1,
            updated_by=actor.id,
            updated_at=self._clock.now(),
        )
        repo.update_application(
            session,
            changed,
            scale=_scale(changed.draft),
            kbli_version=self._reference.kbli_version,
        )
        if new_status is not app.status:
            repo.append_status_event(
                session,
                StatusEvent(app.id, changed.updated_at, actor.id, app.status, new_status),
            )
        return self._after_write(session, app.id, kind)

    def acknowledge(
        self,
        application_id: str,
        problem_keys: Sequence[str],
        *,
        actor: Officer,
        expected_revision: int | None = None,
    ) -> SaveResult:
        """Record that ``actor`` saw these warnings and confirms the data anyway.

        Overriding a warning is a supervisor's decision (fieldkit.domain.roles).
        """
        _require(actor, Permission.ACKNOWLEDGE_WARNING)
        with self._sessions.begin() as session:
            app = self._load_for_change(session, application_id, expected_revision)
            _require_editable(app, actor)
            problems, _ = self._assess(session, app)
            current = {p.key for p in problems if not p.is_error}
            unknown = [k for k in problem_keys if k not in current]
            if unknown:
                raise ServiceError(
                    msg("Peringatan yang dikonfirmasi sudah tidak berlaku. Muat ulang permohonan.")
                )
            repo.add_acknowledgements(
                session, app.id, problem_keys, officer_id=actor.id, now=self._clock.now()
            )
            self._audit(
                session,
                AuditAction.APPLICATION_ACKNOWLEDGE,
                actor,
                app.id,
                # problem keys are field paths and rule codes ("applicant.email:email.typo")
                warnings=",".join(sorted(problem_keys))[:120],
                count=len(problem_keys),
            )
            session.flush()
            refreshed = repo.get_application(session, app.id)
            assert refreshed is not None
            return self._bump(session, refreshed, actor, "application.update")

    def mark_ready(
        self, application_id: str, *, actor: Officer, expected_revision: int | None = None
    ) -> SaveResult:
        """Move to "ready": only with no errors, every warning acknowledged, documents in."""
        return self.change_status(
            application_id,
            ApplicationStatus.READY,
            actor=actor,
            expected_revision=expected_revision,
        )

    def change_status(
        self,
        application_id: str,
        target: ApplicationStatus,
        *,
        actor: Officer,
        expected_revision: int | None = None,
        reason: ReasonCode | None = None,
        reason_text: str = "",
        nib: str = "",
        extra_audit: Sequence[AuditRecord] = (),
    ) -> SaveResult:
        """Any change the state machine allows ``actor``; "ready" also needs readiness.

        ``extra_audit``: entries of what caused the change (a printed receipt), written in
        the same transaction after the status change's own entry.
        """
        with self._sessions.begin() as session:
            app = self._load_for_change(session, application_id, expected_revision)
            if target is ApplicationStatus.READY:
                _require(actor, Permission.MARK_READY)
            if app.status is ApplicationStatus.READY and target is ApplicationStatus.DRAFT:
                _require(actor, Permission.EDIT_AFTER_READY)
            refused = check_transition(app.status, target, actor.role, reason=reason, nib=nib)
            if refused:
                raise RuleViolationError(refused, refused[0].text)
            if target is ApplicationStatus.READY:
                _, blocking = self._assess(session, app)
                if blocking:
                    raise RuleViolationError(
                        blocking,
                        msg(
                            "Belum bisa ditandai Siap: {count} hal perlu diselesaikan.",
                            count=len(blocking),
                        ),
                    )
            now = self._clock.now()
            changed = dataclasses.replace(
                app,
                status=target,
                revision=app.revision + 1,
                updated_by=actor.id,
                updated_at=now,
                nib=nib or app.nib,
                reason_code=reason,
                reason_text=reason_text.strip(),
            )
            repo.update_application(
                session,
                changed,
                scale=_scale(changed.draft),
                kbli_version=self._reference.kbli_version,
            )
            repo.append_status_event(
                session,
                StatusEvent(app.id, now, actor.id, app.status, target, reason, reason_text.strip()),
            )
            self._audit(
                session,
                AuditAction.APPLICATION_STATUS,
                actor,
                app.id,
                from_status=str(app.status),
                to_status=str(target),
                reason=None if reason is None else str(reason),
                revision=changed.revision,
            )
            for record in extra_audit:
                audit_log.append(session, record, now=now)
            return self._after_write(session, app.id, "application.status")

    # --- reads ---------------------------------------------------------------------------------

    def get(self, application_id: str) -> SaveResult:
        with self._sessions() as session:
            app = repo.get_application(session, application_id)
            if app is None:
                raise NotFoundError(msg("Permohonan tidak ditemukan."))
            problems, blocking = self._assess(session, app)
        return SaveResult(app, tuple(problems), tuple(blocking))

    def history(self, application_id: str) -> list[StatusEvent]:
        with self._sessions() as session:
            return repo.status_history(session, application_id)

    def count(self, flt: ApplicationFilter | None = None) -> int:
        with self._sessions() as session:
            return repo.count_applications(session, flt or ApplicationFilter())

    def summaries(
        self, flt: ApplicationFilter | None = None, *, offset: int = 0, limit: int = 100
    ) -> list[ApplicationSummary]:
        with self._sessions() as session:
            return repo.list_applications(
                session, flt or ApplicationFilter(), offset=offset, limit=limit
            )

    def search(
        self, query: str, flt: ApplicationFilter | None = None, *, limit: int = 50
    ) -> list[ApplicationSummary]:
        """By name or business fragment, NIK prefix, or tracking code (typed in any case)."""
        code = normalize_tracking_code(query)
        exact = code if code is not None and is_valid_tracking_code(code) else None
        with self._sessions() as session:
            return repo.search_applications(
                session, query[:200], flt, tracking_code=exact, limit=limit
            )

    def villages(self, *, visit_id: str | None = None) -> list[str]:
        """Village codes of the applicants' addresses (in one visit), for the list's filter."""
        with self._sessions() as session:
            return repo.application_villages(session, visit_id=visit_id)

    def document_bytes(self, sha256: str) -> bytes:
        return self._documents.read(sha256)


def _scale(draft: ApplicationDraft) -> BusinessScale | None:
    capital = draft.business.capital
    return None if capital is None or capital < 0 else business_scale(capital)


def _safe_name(name: str) -> str:
    """Keep only the last path part of a file name, printable and short, for display."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    return "".join(ch for ch in base if ch.isprintable())[:120]


def _require(actor: Officer, permission: Permission) -> None:
    refused = refusal(actor, permission)
    if refused:
        raise PermissionDeniedError(refused)


def _require_field_role(actor: Officer) -> None:
    _require(actor, Permission.REGISTER)


def _require_editable(app: Application, actor: Officer) -> None:
    """Only a draft or needs-fix application changes, or a ready one by a supervisor."""
    if app.status not in EDITABLE_STATUSES | {ApplicationStatus.READY}:
        raise ServiceError(
            msg(
                "Permohonan berstatus '{status}' tidak bisa diubah di laptop.",
                status=label(STATUS_LABELS[app.status]),
            )
        )
    if app.status is ApplicationStatus.READY:
        _require(actor, Permission.EDIT_AFTER_READY)


def _cannot_store(hard: Sequence[Problem]) -> Text:
    return msg("Ada isian yang tidak bisa disimpan. {first}", first=hard[0].text)
