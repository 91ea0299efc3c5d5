"""Domain values for report tests built directly (no store), and reading a report PDF back."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io

from pypdf import PdfReader

from fieldkit.domain.records import (
    Activity,
    ActivityKind,
    Application,
    Office,
    Officer,
    Role,
    Visit,
    VisitState,
)
from fieldkit.domain.status import ApplicationStatus, ReasonCode
from tests import samples

OFFICE = Office("office-1", "DPMPTSP Kabupaten Bogor", "Cibinong")
LEADER = Officer("officer-1", OFFICE.id, "Budi Santoso", Role.OPERATOR)
MEMBER = Officer("officer-2", OFFICE.id, "Rina Wijaya", Role.OPERATOR)
START = dt.datetime(2026, 11, 25, 1, 30, tzinfo=dt.UTC)  # 08.30 WIB


def visit(
    visit_id: str = "visit-1",
    *,
    village: str = samples.VILLAGE,
    day: dt.date = dt.date(2026, 11, 25),
    target: int = 15,
) -> Visit:
    return Visit(visit_id, OFFICE.id, village, day, (LEADER.id, MEMBER.id), target, VisitState.OPEN)


def application(
    number: int,
    *,
    visit_id: str = "visit-1",
    status: ApplicationStatus = ApplicationStatus.DRAFT,
    reason: ReasonCode | None = None,
    minutes: float | None = None,
    kbli: str = "56102",
    capital: int = 15_000_000,
    start: dt.datetime = START,
) -> Application:
    """The ``number``-th applicant of a day, registered ``minutes`` (default 12 * number) in."""
    draft = samples.draft(number + 10)
    business = dataclasses.replace(
        draft.business,
        name=f"Warung {number:03d}",
        capital=capital,
        activities=(Activity(kbli, ActivityKind.SERVICE, "Makanan", 1, 0),),
    )
    created = start + dt.timedelta(minutes=12 * number if minutes is None else minutes)
    return Application(
        id=f"app-{visit_id}-{number:04d}",
        tracking_code=f"ABCDE-{number:05d}",
        visit_id=visit_id,
        status=status,
        revision=1,
        applicant=dataclasses.replace(draft.applicant, full_name=f"Pemohon {number:03d}"),
        business=business,
        documents=(),
        acknowledgements=(),
        created_by=LEADER.id,
        created_at=created,
        updated_by=LEADER.id,
        updated_at=created,
        reason_code=reason,
    )


def page_texts(pdf: bytes) -> list[str]:
    """Each page's text with every run of whitespace made one space."""
    reader = PdfReader(io.BytesIO(pdf))
    return [" ".join(page.extract_text().split()) for page in reader.pages]
