"""Queries live here. Repositories take a Session and return domain values, never ORM rows.

A Session belongs to one thread; the services open one per use case and pass it
in, so a repository never decides where a transaction starts or ends.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import column, delete, func, literal_column, select, text
from sqlalchemy.orm import Session, selectinload

from fieldkit.domain.ids import new_id
from fieldkit.domain.privacy import mask_nik
from fieldkit.domain.records import (
    Acknowledgement,
    Activity,
    ActivityKind,
    Address,
    Applicant,
    Application,
    Business,
    BusinessScale,
    Coordinate,
    DocumentKind,
    DocumentRef,
    Gender,
    LandStatus,
    Office,
    Officer,
    Role,
    StatusEvent,
    Visit,
    VisitState,
)
from fieldkit.domain.status import ApplicationStatus, ReasonCode
from fieldkit.store.models import (
    AcknowledgementRow,
    ActivityRow,
    ApplicationDocumentRow,
    ApplicationRow,
    DeviceRow,
    DocumentRow,
    OfficeRow,
    OfficerRow,
    OutboxRow,
    SettingRow,
    StatusEventRow,
    SyncConflictRow,
    SyncDuplicateRow,
    SyncErrorRow,
    SyncHistoryRow,
    SyncUploadRow,
    VisitOfficerRow,
    VisitRow,
)


@dataclass(frozen=True, slots=True)
class ApplicationSummary:
    """One line of the applicants list: no more personal data than the list shows."""

    id: str
    tracking_code: str
    full_name: str
    masked_nik: str
    business_name: str
    status: ApplicationStatus
    visit_id: str
    village_code: str
    updated_at: dt.datetime


@dataclass(frozen=True, slots=True)
class ApplicationFilter:
    visit_id: str | None = None
    statuses: frozenset[ApplicationStatus] | None = None
    village_code: str | None = None


# --- offices, officers, device, settings -------------------------------------------------


def add_office(session: Session, office: Office) -> None:
    session.add(
        OfficeRow(
            id=office.id,
            name=office.name,
            address=office.address,
            timezone=office.timezone,
            phone=office.phone,
        )
    )


def get_office(session: Session, office_id: str) -> Office | None:
    row = session.get(OfficeRow, office_id)
    if row is None:
        return None
    return Office(row.id, row.name, row.address, row.timezone, row.phone)


def list_offices(session: Session) -> list[Office]:
    rows = session.scalars(select(OfficeRow).order_by(OfficeRow.name))
    return [Office(r.id, r.name, r.address, r.timezone, r.phone) for r in rows]


def add_officer(
    session: Session, officer: Officer, *, password_hash: str | None, now: dt.datetime
) -> None:
    session.add(
        OfficerRow(
            id=officer.id,
            office_id=officer.office_id,
            name=officer.name,
            role=officer.role.value,
            password_hash=password_hash,
            is_active=officer.is_active,
            created_at=now,
        )
    )


def _officer(row: OfficerRow) -> Officer:
    return Officer(row.id, row.office_id, row.name, Role(row.role), row.is_active)


def get_officer(session: Session, officer_id: str) -> Officer | None:
    row = session.get(OfficerRow, officer_id)
    return None if row is None else _officer(row)


def list_officers(session: Session, office_id: str) -> list[Officer]:
    rows = session.scalars(
        select(OfficerRow).where(OfficerRow.office_id == office_id).order_by(OfficerRow.name)
    )
    return [_officer(r) for r in rows]


def device_prefix(session: Session) -> str | None:
    row = session.scalars(select(DeviceRow)).first()
    return None if row is None else row.tracking_prefix


def create_device(session: Session, prefix: str, now: dt.datetime) -> None:
    session.add(DeviceRow(id=new_id(), tracking_prefix=prefix, next_sequence=1, created_at=now))


def take_tracking_sequence(session: Session) -> tuple[str, int]:
    """The device prefix and the next sequence number, consumed in the caller's transaction."""
    row = session.scalars(select(DeviceRow)).one()
    sequence = row.next_sequence
    row.next_sequence = sequence + 1
    return row.tracking_prefix, sequence


def get_setting(session: Session, key: str) -> Any:
    row = session.get(SettingRow, key)
    return None if row is None else row.value


def put_setting(session: Session, key: str, value: Any) -> None:
    row = session.get(SettingRow, key)
    if row is None:
        session.add(SettingRow(key=key, value=value))
    else:
        row.value = value


# --- visits -------------------------------------------------------------------------------


def _visit(row: VisitRow) -> Visit:
    return Visit(
        id=row.id,
        office_id=row.office_id,
        village_code=row.village_code,
        date=row.date,
        officer_ids=tuple(o.officer_id for o in row.officers),
        target=row.target,
        state=VisitState(row.state),
    )


def add_visit(session: Session, visit: Visit, *, created_by: str, now: dt.datetime) -> None:
    session.add(
        VisitRow(
            id=visit.id,
            office_id=visit.office_id,
            village_code=visit.village_code,
            date=visit.date,
            target=visit.target,
            state=visit.state.value,
            created_by=created_by,
            created_at=now,
            closed_at=None,
            officers=[
                VisitOfficerRow(officer_id=o, position=i) for i, o in enumerate(visit.officer_ids)
            ],
        )
    )


def get_visit(session: Session, visit_id: str) -> Visit | None:
    row = session.get(VisitRow, visit_id)
    return None if row is None else _visit(row)


def freeze_required_documents(
    session: Session, visit_id: str, required: frozenset[DocumentKind]
) -> None:
    """Keep the documents required on closing a day with the visit (its report stays put)."""
    session.get_one(VisitRow, visit_id).required_documents = sorted(k.value for k in required)


def frozen_required_documents(
    session: Session, visit_ids: Sequence[str]
) -> dict[str, frozenset[DocumentKind]]:
    """The documents required when each closed visit was closed (absent: not frozen)."""
    rows = session.execute(
        select(VisitRow.id, VisitRow.required_documents).where(
            VisitRow.id.in_(visit_ids), VisitRow.required_documents.is_not(None)
        )
    )
    return {i: frozenset(DocumentKind(k) for k in kinds or ()) for i, kinds in rows}


def open_visits(session: Session) -> list[Visit]:
    rows = session.scalars(select(VisitRow).where(VisitRow.state != VisitState.CLOSED.value))
    return [_visit(r) for r in rows]


def set_visit_state(session: Session, visit_id: str, state: VisitState, now: dt.datetime) -> None:
    row = session.get_one(VisitRow, visit_id)
    row.state = state.value
    row.closed_at = now if state is VisitState.CLOSED else None


def list_visits(session: Session, office_id: str, *, limit: int = 200) -> list[Visit]:
    rows = session.scalars(
        select(VisitRow)
        .where(VisitRow.office_id == office_id)
        .order_by(VisitRow.date.desc(), VisitRow.created_at.desc())
        .limit(limit)
    )
    return [_visit(r) for r in rows]


def visit_status_counts(session: Session, visit_id: str) -> dict[ApplicationStatus, int]:
    rows = session.execute(
        select(ApplicationRow.status, func.count())
        .where(ApplicationRow.visit_id == visit_id)
        .group_by(ApplicationRow.status)
    )
    return {ApplicationStatus(status): count for status, count in rows}


# --- applications ---------------------------------------------------------------------------


def _fill_row(row: ApplicationRow, app: Application, scale: BusinessScale | None) -> None:
    a, b = app.applicant, app.business
    row.status = app.status.value
    row.revision = app.revision
    row.updated_by = app.updated_by
    row.updated_at = app.updated_at
    row.nib = app.nib
    row.reason_code = app.reason_code.value if app.reason_code else None
    row.reason_text = app.reason_text
    row.nik = a.nik
    row.full_name = a.full_name
    row.name_key = a.full_name.casefold()
    row.birth_place = a.birth_place
    row.birth_date = a.birth_date
    row.gender = a.gender.value if a.gender else None
    row.street = a.address.street
    row.village_code = a.address.village_code
    row.postal_code = a.address.postal_code
    row.mobile = a.mobile
    row.email = a.email
    row.npwp = a.npwp
    row.business_name = b.name
    row.business_street = b.address.street
    row.business_village_code = b.address.village_code
    row.business_postal_code = b.address.postal_code
    row.land_area_m2 = b.land_area_m2
    row.land_status = b.land_status.value if b.land_status else None
    row.latitude = b.coordinate.latitude if b.coordinate else None
    row.longitude = b.coordinate.longitude if b.coordinate else None
    row.capital = b.capital
    row.scale = scale.value if scale else None


def _activity_rows(app: Application, kbli_version: str) -> list[ActivityRow]:
    return [
        ActivityRow(
            position=i,
            kbli=act.kbli,
            kbli_version=kbli_version,
            kind=act.kind.value,
            product=act.product,
            workers=act.workers,
            investment=act.investment,
        )
        for i, act in enumerate(app.business.activities)
    ]


def add_application(
    session: Session, app: Application, *, scale: BusinessScale | None, kbli_version: str
) -> None:
    row = ApplicationRow(
        id=app.id,
        tracking_code=app.tracking_code,
        visit_id=app.visit_id,
        created_by=app.created_by,
        created_at=app.created_at,
    )
    _fill_row(row, app, scale)
    row.activities = _activity_rows(app, kbli_version)
    session.add(row)


def update_application(
    session: Session, app: Application, *, scale: BusinessScale | None, kbli_version: str
) -> None:
    row = session.get_one(ApplicationRow, app.id)
    _fill_row(row, app, scale)
    row.activities.clear()
    session.flush()  # free the (application, position) keys before new rows take them
    row.activities.extend(_activity_rows(app, kbli_version))


def application_revision(session: Session, application_id: str) -> tuple[int, str] | None:
    """Revision and status, read without loading the whole record."""
    found = session.execute(
        select(ApplicationRow.revision, ApplicationRow.status).where(
            ApplicationRow.id == application_id
        )
    ).first()
    return None if found is None else (found[0], found[1])


def _application(row: ApplicationRow) -> Application:
    applicant = Applicant(
        nik=row.nik,
        full_name=row.full_name,
        birth_place=row.birth_place,
        birth_date=row.birth_date,
        gender=Gender(row.gender) if row.gender else None,
        address=Address(row.street, row.village_code, row.postal_code),
        mobile=row.mobile,
        email=row.email,
        npwp=row.npwp,
    )
    coordinate = (
        Coordinate(row.latitude, row.longitude)
        if row.latitude is not None and row.longitude is not None
        else None
    )
    business = Business(
        name=row.business_name,
        address=Address(row.business_street, row.business_village_code, row.business_postal_code),
        land_area_m2=row.land_area_m2,
        land_status=LandStatus(row.land_status) if row.land_status else None,
        coordinate=coordinate,
        capital=row.capital,
        activities=tuple(
            Activity(
                kbli=a.kbli,
                kind=ActivityKind(a.kind),
                product=a.product,
                workers=a.workers,
                investment=a.investment,
            )
            for a in row.activities
        ),
    )
    return Application(
        id=row.id,
        tracking_code=row.tracking_code,
        visit_id=row.visit_id,
        status=ApplicationStatus(row.status),
        revision=row.revision,
        applicant=applicant,
        business=business,
        documents=tuple(
            DocumentRef(
                kind=DocumentKind(d.kind),
                sha256=d.sha256,
                media_type=d.document.media_type,
                size=d.document.size,
                page_count=d.document.page_count,
                original_name=d.original_name,
            )
            for d in row.documents
        ),
        acknowledgements=tuple(
            Acknowledgement(k.problem_key, k.officer_id, k.at) for k in row.acknowledgements
        ),
        created_by=row.created_by,
        created_at=row.created_at,
        updated_by=row.updated_by,
        updated_at=row.updated_at,
        nib=row.nib,
        reason_code=ReasonCode(row.reason_code) if row.reason_code else None,
        reason_text=row.reason_text,
    )


def get_application(session: Session, application_id: str) -> Application | None:
    row = session.get(ApplicationRow, application_id)
    return None if row is None else _application(row)


def get_application_by_tracking_code(session: Session, code: str) -> Application | None:
    row = session.scalars(
        select(ApplicationRow).where(ApplicationRow.tracking_code == code)
    ).first()
    return None if row is None else _application(row)


def visit_contacts(session: Session, visit_id: str) -> list[tuple[str, str, str]]:
    """(application id, email, mobile) of every application of a visit."""
    rows = session.execute(
        select(ApplicationRow.id, ApplicationRow.email, ApplicationRow.mobile).where(
            ApplicationRow.visit_id == visit_id
        )
    )
    return [(r[0], r[1], r[2]) for r in rows]


def applications_with_nik(session: Session, nik: str) -> list[str]:
    return list(session.scalars(select(ApplicationRow.id).where(ApplicationRow.nik == nik)))


# documents


def ensure_document(
    session: Session,
    *,
    sha256: str,
    media_type: str,
    size: int,
    page_count: int,
    now: dt.datetime,
) -> None:
    if session.get(DocumentRow, sha256) is None:
        session.add(
            DocumentRow(
                sha256=sha256,
                media_type=media_type,
                size=size,
                page_count=page_count,
                created_at=now,
            )
        )


def attach_document(
    session: Session,
    application_id: str,
    *,
    kind: DocumentKind,
    sha256: str,
    original_name: str,
    added_by: str,
    now: dt.datetime,
) -> bool:
    """Attach a stored document; False when it is already attached to this application."""
    exists = session.scalars(
        select(ApplicationDocumentRow.id).where(
            ApplicationDocumentRow.application_id == application_id,
            ApplicationDocumentRow.sha256 == sha256,
        )
    ).first()
    if exists is not None:
        return False
    session.add(
        ApplicationDocumentRow(
            application_id=application_id,
            sha256=sha256,
            kind=kind.value,
            original_name=original_name,
            added_by=added_by,
            added_at=now,
        )
    )
    return True


def detach_document(session: Session, application_id: str, sha256: str) -> bool:
    row = session.scalars(
        select(ApplicationDocumentRow).where(
            ApplicationDocumentRow.application_id == application_id,
            ApplicationDocumentRow.sha256 == sha256,
        )
    ).first()
    if row is None:
        return False
    session.delete(row)
    return True


def is_document_referenced(session: Session, sha256: str) -> bool:
    return session.get(DocumentRow, sha256) is not None


def add_acknowledgements(
    session: Session,
    application_id: str,
    problem_keys: Sequence[str],
    *,
    officer_id: str,
    now: dt.datetime,
) -> None:
    for key in problem_keys:
        if session.get(AcknowledgementRow, (application_id, key)) is None:
            session.add(
                AcknowledgementRow(
                    application_id=application_id, problem_key=key, officer_id=officer_id, at=now
                )
            )


def clear_acknowledgements(session: Session, application_id: str, keep: set[str]) -> None:
    """Drop acknowledgements of warnings that no longer apply after an edit."""
    rows = session.scalars(
        select(AcknowledgementRow).where(AcknowledgementRow.application_id == application_id)
    )
    for row in rows:
        if row.problem_key not in keep:
            session.delete(row)


# status history and outbox


def append_status_event(session: Session, event: StatusEvent) -> None:
    session.add(
        StatusEventRow(
            application_id=event.application_id,
            at=event.at,
            officer_id=event.officer_id,
            from_status=event.from_status.value if event.from_status else None,
            to_status=event.to_status.value,
            reason_code=event.reason_code.value if event.reason_code else None,
            reason_text=event.reason_text,
        )
    )


def status_history(session: Session, application_id: str) -> list[StatusEvent]:
    rows = session.scalars(
        select(StatusEventRow)
        .where(StatusEventRow.application_id == application_id)
        .order_by(StatusEventRow.id)
    )
    return [
        StatusEvent(
            application_id=r.application_id,
            at=r.at,
            officer_id=r.officer_id,
            from_status=ApplicationStatus(r.from_status) if r.from_status else None,
            to_status=ApplicationStatus(r.to_status),
            reason_code=ReasonCode(r.reason_code) if r.reason_code else None,
            reason_text=r.reason_text,
        )
        for r in rows
    ]


DEMO_VISITS = "demo.visits"  # setting: ids of training visits (fieldkit.services.demo)


def demo_visit_ids(session: Session) -> frozenset[str]:
    return frozenset(get_setting(session, DEMO_VISITS) or ())


def is_demo_entity(session: Session, entity_id: str) -> bool:
    """Whether ``entity_id`` is a training visit or an application in one."""
    demo = demo_visit_ids(session)
    if not demo:
        return False
    if entity_id in demo:
        return True
    visit_id = session.scalar(select(ApplicationRow.visit_id).where(ApplicationRow.id == entity_id))
    return visit_id in demo


def append_outbox(
    session: Session,
    *,
    kind: str,
    entity_id: str,
    revision: int,
    payload: dict[str, Any],
    now: dt.datetime,
) -> str:
    key = new_id()
    if is_demo_entity(session, entity_id):
        # Training data never enters the outbox, so it can never reach the server: this is
        # the one place every change to be sent passes through.
        return key
    session.add(
        OutboxRow(
            idempotency_key=key,
            kind=kind,
            entity_id=entity_id,
            revision=revision,
            payload=payload,
            created_at=now,
        )
    )
    return key


def next_revision(session: Session, entity_id: str) -> int:
    """One more than any revision of ``entity_id`` waiting in the outbox or already applied."""
    waiting = session.scalar(
        select(func.max(OutboxRow.revision)).where(OutboxRow.entity_id == entity_id)
    )
    applied = session.scalar(
        select(func.max(SyncHistoryRow.revision)).where(SyncHistoryRow.entity_id == entity_id)
    )
    return max(waiting or 0, applied or 0) + 1


def visits_in_sync(session: Session) -> list[Visit]:
    """Visits on their way to the server or already there (never training visits)."""
    ids = (
        select(OutboxRow.entity_id)
        .where(OutboxRow.kind == "visit.upsert")
        .union(select(SyncHistoryRow.entity_id))
    )
    rows = session.scalars(select(VisitRow).where(VisitRow.id.in_(ids)).order_by(VisitRow.date))
    return [_visit(r) for r in rows]


def outbox_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(OutboxRow)) or 0


def outbox_entries_for(session: Session, entity_id: str) -> list[tuple[str, int, str]]:
    """(kind, revision, idempotency key) of the pending entries of one entity, oldest first."""
    rows = session.execute(
        select(OutboxRow.kind, OutboxRow.revision, OutboxRow.idempotency_key)
        .where(OutboxRow.entity_id == entity_id)
        .order_by(OutboxRow.seq)
    )
    return [(r[0], r[1], r[2]) for r in rows]


# --- listing and search ---------------------------------------------------------------------

_SUMMARY_COLUMNS = (
    ApplicationRow.id,
    ApplicationRow.tracking_code,
    ApplicationRow.full_name,
    ApplicationRow.nik,
    ApplicationRow.business_name,
    ApplicationRow.status,
    ApplicationRow.visit_id,
    ApplicationRow.village_code,
    ApplicationRow.updated_at,
)


def _summary(r: Any) -> ApplicationSummary:
    return ApplicationSummary(
        id=r[0],
        tracking_code=r[1],
        full_name=r[2],
        masked_nik=mask_nik(r[3]),
        business_name=r[4],
        status=ApplicationStatus(r[5]),
        visit_id=r[6],
        village_code=r[7],
        updated_at=r[8],
    )


def _filtered(stmt: Any, flt: ApplicationFilter) -> Any:
    if flt.visit_id is not None:
        stmt = stmt.where(ApplicationRow.visit_id == flt.visit_id)
    if flt.statuses is not None:
        stmt = stmt.where(ApplicationRow.status.in_(sorted(s.value for s in flt.statuses)))
    if flt.village_code is not None:
        stmt = stmt.where(ApplicationRow.village_code == flt.village_code)
    return stmt


def count_applications(session: Session, flt: ApplicationFilter) -> int:
    stmt = _filtered(select(func.count()).select_from(ApplicationRow), flt)
    return int(session.scalar(stmt) or 0)


def list_applications(
    session: Session, flt: ApplicationFilter, *, offset: int = 0, limit: int = 100
) -> list[ApplicationSummary]:
    stmt = _filtered(select(*_SUMMARY_COLUMNS), flt)
    stmt = stmt.order_by(ApplicationRow.updated_at.desc(), ApplicationRow.id).offset(offset)
    return [_summary(r) for r in session.execute(stmt.limit(limit))]


_DIGITS = re.compile(r"[\d .\-]+")


def search_applications(
    session: Session,
    query: str,
    flt: ApplicationFilter | None = None,
    *,
    tracking_code: str | None = None,
    limit: int = 50,
) -> list[ApplicationSummary]:
    """Applications whose name, NIK, business name or tracking code contain ``query``.

    ``tracking_code`` is the query already normalised to a complete, valid code by
    the caller; it is looked up exactly. A query of digits is a NIK prefix (index
    range scan); other text of three or more characters goes through the trigram
    index, shorter text is a name prefix.
    """
    flt = flt or ApplicationFilter()
    cleaned = " ".join(query.split())
    if not cleaned:
        return list_applications(session, flt, limit=limit)
    stmt = _filtered(select(*_SUMMARY_COLUMNS), flt)
    if tracking_code is not None:
        stmt = stmt.where(ApplicationRow.tracking_code == tracking_code)
    elif _DIGITS.fullmatch(cleaned):
        digits = re.sub(r"\D", "", cleaned)
        upper = digits[:-1] + chr(ord(digits[-1]) + 1)
        stmt = stmt.where(ApplicationRow.nik >= digits, ApplicationRow.nik < upper)
    elif len(cleaned) >= 3:
        phrase = '"' + cleaned.replace('"', '""') + '"'
        matching = (
            text("SELECT rowid FROM application_search WHERE application_search MATCH :phrase")
            .bindparams(phrase=phrase)
            .columns(column("rowid"))
        )
        stmt = stmt.where(literal_column("application.rowid").in_(matching))
    else:
        key = cleaned.casefold()
        stmt = stmt.where(ApplicationRow.name_key >= key, ApplicationRow.name_key < key + "\uffff")
    stmt = stmt.order_by(ApplicationRow.updated_at.desc()).limit(limit)
    return [_summary(r) for r in session.execute(stmt)]


def integrity_check(session: Session) -> str:
    return str(session.execute(text("PRAGMA integrity_check")).scalar())


# --- sign-in ------------------------------------------------------------------------------------


def get_password_hash(session: Session, officer_id: str) -> str | None:
    row = session.get(OfficerRow, officer_id)
    return None if row is None else row.password_hash


def set_password_hash(session: Session, officer_id: str, password_hash: str) -> None:
    session.get_one(OfficerRow, officer_id).password_hash = password_hash


def set_officer_active(session: Session, officer_id: str, *, is_active: bool) -> None:
    session.get_one(OfficerRow, officer_id).is_active = is_active


# --- applicants list (added for the UI's village filter, issue 3) -------------------------------


def application_villages(session: Session, *, visit_id: str | None = None) -> list[str]:
    """The applicants' village codes that occur among the applications (of one visit), sorted."""
    stmt = select(ApplicationRow.village_code).distinct()
    if visit_id is not None:
        stmt = stmt.where(ApplicationRow.visit_id == visit_id)
    return sorted(code for code in session.scalars(stmt) if code)


# --- reports (issue 7: the supervisor's daily visit report) -------------------------------------


def visits_between(session: Session, office_id: str, start: dt.date, end: dt.date) -> list[Visit]:
    """The office's visits dated ``start`` to ``end`` (both included), oldest first."""
    rows = session.scalars(
        select(VisitRow)
        .where(VisitRow.office_id == office_id, VisitRow.date >= start, VisitRow.date <= end)
        .order_by(VisitRow.date, VisitRow.created_at)
    )
    return [_visit(r) for r in rows]


def applications_of_visits(session: Session, visit_ids: Sequence[str]) -> list[Application]:
    """Every application of these visits, whole (activities, documents, acknowledgements)."""
    if not visit_ids:
        return []
    rows = session.scalars(
        select(ApplicationRow)
        .where(ApplicationRow.visit_id.in_(list(visit_ids)))
        .options(
            selectinload(ApplicationRow.activities),
            selectinload(ApplicationRow.documents),
            selectinload(ApplicationRow.acknowledgements),
        )
        .order_by(ApplicationRow.created_at, ApplicationRow.id)
    )
    return [_application(r) for r in rows]


def entities_with_pending_outbox(session: Session, entity_ids: Sequence[str]) -> set[str]:
    """Which of these ids still have outbox entries the server has not acknowledged."""
    found: set[str] = set()
    ids = list(dict.fromkeys(entity_ids))
    for start in range(0, len(ids), 500):  # stay far below SQLite's bound-parameter limit
        found.update(
            session.scalars(
                select(OutboxRow.entity_id)
                .where(OutboxRow.entity_id.in_(ids[start : start + 500]))
                .distinct()
            )
        )
    return found


# --- sync ---------------------------------------------------------------------------------------
# (issue 5: the sync engine's state. Outbox payloads are frozen: nothing here rewrites one.)


@dataclass(frozen=True, slots=True)
class OutboxEntry:
    seq: int
    idempotency_key: str
    kind: str
    entity_id: str
    revision: int
    payload: dict[str, Any]
    created_at: dt.datetime
    attempts: int
    next_attempt_at: dt.datetime | None
    last_error: str
    last_outcome: str | None


def _outbox_entry(row: OutboxRow) -> OutboxEntry:
    payload = row.payload if isinstance(row.payload, dict) else {}
    return OutboxEntry(
        seq=row.seq,
        idempotency_key=row.idempotency_key,
        kind=row.kind,
        entity_id=row.entity_id,
        revision=row.revision,
        payload=payload,
        created_at=row.created_at,
        attempts=row.attempts,
        next_attempt_at=row.next_attempt_at,
        last_error=row.last_error,
        last_outcome=row.last_outcome,
    )


def outbox_entries(session: Session, *, limit: int | None = None) -> list[OutboxEntry]:
    """Every pending outbox entry in the order it was written (oldest first)."""
    stmt = select(OutboxRow).order_by(OutboxRow.seq)
    if limit is not None:
        stmt = stmt.limit(limit)
    return [_outbox_entry(r) for r in session.scalars(stmt)]


def remove_outbox_entry(session: Session, idempotency_key: str) -> bool:
    row = session.scalars(
        select(OutboxRow).where(OutboxRow.idempotency_key == idempotency_key)
    ).first()
    if row is None:
        return False
    session.delete(row)
    return True


def mark_outbox_entry(
    session: Session,
    idempotency_key: str,
    *,
    outcome: str | None,
    error: str,
    next_attempt_at: dt.datetime | None,
) -> None:
    row = session.scalars(
        select(OutboxRow).where(OutboxRow.idempotency_key == idempotency_key)
    ).first()
    if row is None:
        return
    row.attempts += 1
    row.last_outcome = outcome
    row.last_error = error[:2000]
    row.next_attempt_at = next_attempt_at


def reset_outbox_entity(session: Session, entity_id: str) -> int:
    """Clear attempts and outcomes of an entity's entries so they are sent again."""
    rows = list(session.scalars(select(OutboxRow).where(OutboxRow.entity_id == entity_id)))
    for row in rows:
        row.attempts = 0
        row.last_outcome = None
        row.last_error = ""
        row.next_attempt_at = None
    return len(rows)


def remove_outbox_entity(session: Session, entity_id: str) -> int:
    rows = list(session.scalars(select(OutboxRow).where(OutboxRow.entity_id == entity_id)))
    for row in rows:
        session.delete(row)
    return len(rows)


def add_sync_history(
    session: Session,
    entity_id: str,
    *,
    event: str,
    at: dt.datetime,
    revision: int | None = None,
    detail: str = "",
) -> None:
    session.add(
        SyncHistoryRow(
            entity_id=entity_id, at=at, event=event, revision=revision, detail=detail[:2000]
        )
    )


def sync_history(
    session: Session, entity_id: str
) -> list[tuple[dt.datetime, str, int | None, str]]:
    rows = session.scalars(
        select(SyncHistoryRow)
        .where(SyncHistoryRow.entity_id == entity_id)
        .order_by(SyncHistoryRow.id)
    )
    return [(r.at, r.event, r.revision, r.detail) for r in rows]


@dataclass(frozen=True, slots=True)
class StoredConflict:
    application_id: str
    idempotency_key: str
    local_revision: int
    server_revision: int
    server_status: str
    server_snapshot: dict[str, Any]
    at: dt.datetime


def put_conflict(session: Session, conflict: StoredConflict) -> None:
    row = session.get(SyncConflictRow, conflict.application_id)
    if row is None:
        row = SyncConflictRow(application_id=conflict.application_id)
        session.add(row)
    row.idempotency_key = conflict.idempotency_key
    row.local_revision = conflict.local_revision
    row.server_revision = conflict.server_revision
    row.server_status = conflict.server_status
    row.server_snapshot = conflict.server_snapshot
    row.at = conflict.at
    row.resolved_at = None


def open_conflicts(session: Session) -> list[StoredConflict]:
    rows = session.scalars(
        select(SyncConflictRow)
        .where(SyncConflictRow.resolved_at.is_(None))
        .order_by(SyncConflictRow.at.desc())
    )
    return [
        StoredConflict(
            r.application_id,
            r.idempotency_key,
            r.local_revision,
            r.server_revision,
            r.server_status,
            r.server_snapshot if isinstance(r.server_snapshot, dict) else {},
            r.at,
        )
        for r in rows
    ]


def resolve_conflict_row(session: Session, application_id: str, now: dt.datetime) -> None:
    row = session.get(SyncConflictRow, application_id)
    if row is not None:
        row.resolved_at = now


def add_duplicate_flag(
    session: Session, application_id: str, other_id: str, other_code: str, now: dt.datetime
) -> bool:
    if session.get(SyncDuplicateRow, (application_id, other_id)) is not None:
        return False
    session.add(
        SyncDuplicateRow(
            application_id=application_id,
            other_application_id=other_id,
            other_tracking_code=other_code,
            at=now,
        )
    )
    return True


def duplicate_codes(session: Session, application_id: str) -> list[str]:
    return list(
        session.scalars(
            select(SyncDuplicateRow.other_tracking_code)
            .where(SyncDuplicateRow.application_id == application_id)
            .order_by(SyncDuplicateRow.at)
        )
    )


def unconfirmed_documents(session: Session) -> list[tuple[str, int]]:
    """(sha256, size) of local documents the server has not confirmed yet, oldest first.

    Documents attached only to applications of training visits are left out: training data
    never leaves the laptop (see :func:`append_outbox`).
    """
    stmt = (
        select(DocumentRow.sha256, DocumentRow.size)
        .outerjoin(SyncUploadRow, SyncUploadRow.sha256 == DocumentRow.sha256)
        .where(SyncUploadRow.sha256.is_(None))
        .order_by(DocumentRow.created_at, DocumentRow.sha256)
    )
    demo = demo_visit_ids(session)
    if demo:
        linked = select(ApplicationDocumentRow.sha256).join(
            ApplicationRow, ApplicationRow.id == ApplicationDocumentRow.application_id
        )
        real = linked.where(ApplicationRow.visit_id.not_in(demo))
        demo_only = linked.where(ApplicationRow.visit_id.in_(demo)).where(
            ApplicationDocumentRow.sha256.not_in(real)
        )
        stmt = stmt.where(DocumentRow.sha256.not_in(demo_only))
    return [(r[0], r[1]) for r in session.execute(stmt)]


def confirm_documents(session: Session, sha256s: Sequence[str], now: dt.datetime) -> None:
    for sha in sha256s:
        if session.get(SyncUploadRow, sha) is None:
            session.add(SyncUploadRow(sha256=sha, confirmed_at=now))


def add_sync_error(
    session: Session, kind: str, message: str, now: dt.datetime, *, keep: int = 200
) -> None:
    session.add(SyncErrorRow(at=now, kind=kind, message=message[:1000]))
    session.flush()
    oldest_kept = session.scalars(
        select(SyncErrorRow.id).order_by(SyncErrorRow.id.desc()).offset(keep).limit(1)
    ).first()
    if oldest_kept is not None:
        session.execute(delete(SyncErrorRow).where(SyncErrorRow.id <= oldest_kept))


def sync_errors(session: Session, *, limit: int = 50) -> list[tuple[dt.datetime, str, str]]:
    rows = session.scalars(select(SyncErrorRow).order_by(SyncErrorRow.id.desc()).limit(limit))
    return [(r.at, r.kind, r.message) for r in rows]


def apply_server_status(
    session: Session,
    application_id: str,
    *,
    status: ApplicationStatus,
    revision: int,
    nib: str,
    reason_code: ReasonCode | None,
    reason_text: str,
    at: dt.datetime,
) -> ApplicationStatus | None:
    """Write the server's status (the authority for status) and its revision, with a status
    event by "server". Returns the previous status, or None when nothing changed (the local
    record is at this revision or newer, or unknown here)."""
    row = session.get(ApplicationRow, application_id)
    if row is None or row.revision >= revision:
        return None
    previous = ApplicationStatus(row.status)
    row.revision = revision
    row.status = status.value
    row.nib = nib or row.nib
    row.reason_code = reason_code.value if reason_code else None
    row.reason_text = reason_text
    row.updated_by = "server"
    row.updated_at = at
    if previous is not status:
        append_status_event(
            session,
            StatusEvent(application_id, at, "server", previous, status, reason_code, reason_text),
        )
    return previous


def set_clock_flags(session: Session, *, earliest: dt.datetime, latest: dt.datetime) -> list[str]:
    """Flag applications whose laptop timestamps fall outside [earliest, latest]."""
    flagged: list[str] = []
    rows = session.scalars(
        select(ApplicationRow).where(
            ApplicationRow.clock_flag == "",
            (ApplicationRow.created_at < earliest)
            | (ApplicationRow.created_at > latest)
            | (ApplicationRow.updated_at < earliest)
            | (ApplicationRow.updated_at > latest),
        )
    )
    for row in rows:
        early = row.created_at < earliest or row.updated_at < earliest
        row.clock_flag = "past" if early else "future"
        flagged.append(row.id)
    return flagged


def clock_flag(session: Session, application_id: str) -> str:
    return (
        session.scalar(select(ApplicationRow.clock_flag).where(ApplicationRow.id == application_id))
        or ""
    )


def clock_flags(session: Session, application_ids: Sequence[str]) -> dict[str, str]:
    """The flagged ones among ``application_ids``: id -> "past" | "future"."""
    flags: dict[str, str] = {}
    for start in range(0, len(application_ids), 500):  # SQLite's bound-parameter limit
        chunk = list(application_ids[start : start + 500])
        rows = session.execute(
            select(ApplicationRow.id, ApplicationRow.clock_flag).where(
                ApplicationRow.id.in_(chunk), ApplicationRow.clock_flag != ""
            )
        )
        flags.update({row[0]: row[1] for row in rows})
    return flags


def callback_rows(session: Session, *, limit: int = 500) -> list[Application]:
    rows = session.scalars(
        select(ApplicationRow)
        .where(
            ApplicationRow.status.in_(
                [ApplicationStatus.NIB_ISSUED.value, ApplicationStatus.NEEDS_FIX.value]
            )
        )
        .order_by(ApplicationRow.updated_at.desc())
        .limit(limit)
    )
    return [_application(r) for r in rows]


def replace_from_server(session: Session, app: Application, *, scale: BusinessScale | None) -> None:
    """Overwrite the local record with the server's version (conflict kept "server")."""
    row = session.get_one(ApplicationRow, app.id)
    version = row.activities[0].kbli_version if row.activities else "2020"
    update_application(session, app, scale=scale, kbli_version=version)
    wanted = {d.sha256: d for d in app.documents}
    for doc in list(row.documents):
        if doc.sha256 not in wanted:
            row.documents.remove(doc)
    present = {d.sha256 for d in row.documents}
    for sha, ref in wanted.items():
        if sha not in present and session.get(DocumentRow, sha) is not None:
            session.add(
                ApplicationDocumentRow(
                    application_id=app.id,
                    sha256=sha,
                    kind=ref.kind.value,
                    original_name=ref.original_name,
                    added_by=app.created_by,
                    added_at=app.updated_at,
                )
            )


# --- retention --------------------------------------------------------------------------------


def retention_candidates(session: Session, confirmed_before: dt.datetime) -> list[str]:
    """Documents whose local copy may go: the server confirmed it holds them before
    ``confirmed_before``, and every application that lists them is on the server as it is
    on the laptop (sent, nothing of it waiting in the outbox) and not being worked on here
    (draft, ready, or sent back to be fixed)."""
    working = [
        ApplicationStatus.DRAFT.value,
        ApplicationStatus.READY.value,
        ApplicationStatus.NEEDS_FIX.value,
    ]
    still_needed = (
        select(ApplicationDocumentRow.sha256)
        .join(ApplicationRow, ApplicationRow.id == ApplicationDocumentRow.application_id)
        .where(
            ApplicationRow.status.in_(working) | ApplicationRow.id.in_(select(OutboxRow.entity_id))
        )
    )
    return list(
        session.scalars(
            select(SyncUploadRow.sha256)
            .where(
                SyncUploadRow.confirmed_at <= confirmed_before,
                SyncUploadRow.sha256.not_in(still_needed),
            )
            .order_by(SyncUploadRow.confirmed_at, SyncUploadRow.sha256)
        )
    )


def is_document_confirmed(session: Session, sha256: str) -> bool:
    return session.get(SyncUploadRow, sha256) is not None
