"""Bad input never corrupts the store: a clear error, and nothing half-written."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select

from fieldkit.domain.policy import DocumentPolicy
from fieldkit.domain.records import (
    Activity,
    Address,
    ApplicationDraft,
    DocumentKind,
    Officer,
    Visit,
)
from fieldkit.services.applications import ApplicationService, NewDocument
from fieldkit.services.errors import DocumentRejectedError, RuleViolationError
from fieldkit.store.local import LocalStore
from fieldkit.store.models import (
    ApplicationDocumentRow,
    ApplicationRow,
    DocumentRow,
    OutboxRow,
    StatusEventRow,
)
from tests import samples
from tests.factories import make_jpeg, make_pdf

SQL = "Robert'); DROP TABLE application;--"
CONTROL = "Siti\x00\x07\u202e"


def _snapshot(store: LocalStore) -> tuple[dict[str, int], list[str], list[Path]]:
    with store.sessions() as session:
        counts = {
            m.__tablename__: session.scalar(select(func.count()).select_from(m)) or 0
            for m in (
                ApplicationRow,
                OutboxRow,
                StatusEventRow,
                DocumentRow,
                ApplicationDocumentRow,
            )
        }
    files = sorted(p for p in store.documents.root.rglob("*") if p.is_file())
    return counts, sorted(store.documents.iter_stored()), files


def _with_text_everywhere(value: str, short: str | None = None) -> ApplicationDraft:
    """A draft with ``value`` in every text field (``short`` in the code-sized ones)."""
    draft = samples.draft()
    a, b = draft.applicant, draft.business
    short = value if short is None else short
    address = Address(value, short, short)
    applicant = dataclasses.replace(
        a,
        nik=value,
        full_name=value,
        birth_place=value,
        address=address,
        mobile=value,
        email=value,
        npwp=value,
    )
    business = dataclasses.replace(
        b, name=value, address=address, activities=(Activity(kbli=short, product=value),)
    )
    return ApplicationDraft(applicant, business)


@pytest.fixture
def existing(applications: ApplicationService, visit: Visit, operator: Officer) -> str:
    """One good application already stored, which bad input must leave exactly as it is."""
    return applications.register(
        visit.id,
        samples.draft(9),
        actor=operator,
        documents=[NewDocument(DocumentKind.KTP, make_jpeg(640, 400), "ktp.jpg")],
    ).application.id


@pytest.mark.parametrize(
    ("data", "kind", "code", "words"),
    [
        (b"\xff\xd8\xff" + bytes(200_001), DocumentKind.KTP, "media.too_large", "terlalu besar"),
        (b"MZ\x90\x00" + bytes(5000), DocumentKind.KTP, "media.unsupported_type", "jpeg"),
        (make_jpeg(800, 600)[:3000], DocumentKind.KTP, "media.corrupt_image", "rusak"),
        (make_pdf(1), DocumentKind.PHOTO, "document.needs_image", "gambar"),
        (b"", DocumentKind.KTP, "media.empty", "kosong"),
    ],
    ids=["oversized", "exe-renamed-jpg", "truncated-jpeg", "pdf-renamed-jpg-as-photo", "empty"],
)
def test_bad_files_are_refused_and_nothing_is_stored(
    applications: ApplicationService,
    visit: Visit,
    operator: Officer,
    store: LocalStore,
    existing: str,
    data: bytes,
    kind: DocumentKind,
    code: str,
    words: str,
) -> None:
    applications.set_policy(DocumentPolicy(max_bytes=200_000))
    before = _snapshot(store)
    good = NewDocument(DocumentKind.LOCATION_PHOTO, make_jpeg(900, 700, seed=2), "lokasi.jpg")
    bad = NewDocument(kind, data, "berkas.jpg")
    with pytest.raises(DocumentRejectedError) as info:
        # the good file comes first: it must not be left behind when the bad one is refused
        applications.register(visit.id, samples.draft(1), actor=operator, documents=[good, bad])
    assert info.value.code == code
    assert words in info.value.message.lower()
    assert "berkas.jpg" in info.value.message
    with pytest.raises(DocumentRejectedError):
        applications.attach_documents(existing, [good, bad], actor=operator)
    assert _snapshot(store) == before


def test_pdf_renamed_jpg_is_taken_as_the_pdf_it_is(
    applications: ApplicationService, visit: Visit, operator: Officer
) -> None:
    """Type comes from content: a KTP scanned to PDF but named .jpg is stored as a PDF."""
    app = applications.register(
        visit.id,
        samples.draft(),
        actor=operator,
        documents=[NewDocument(DocumentKind.KTP, make_pdf(2), "ktp.jpg")],
    ).application
    assert (app.documents[0].media_type, app.documents[0].page_count) == ("application/pdf", 2)


@pytest.mark.parametrize(
    "value",
    ["A" * 10_000, CONTROL],
    ids=["ten-thousand-characters", "control-characters"],
)
def test_impossible_text_is_refused_in_every_field(
    applications: ApplicationService,
    visit: Visit,
    operator: Officer,
    store: LocalStore,
    existing: str,
    value: str,
) -> None:
    before = _snapshot(store)
    draft = _with_text_everywhere(value)
    with pytest.raises(RuleViolationError) as info:
        applications.register(visit.id, draft, actor=operator)
    fields = {p.field for p in info.value.problems}
    assert {"applicant.full_name", "business.name", "business.activities.0.product"} <= fields
    assert all(p.message for p in info.value.problems)
    with pytest.raises(RuleViolationError):
        applications.update(existing, draft, actor=operator, expected_revision=1)
    assert _snapshot(store) == before


def test_sql_text_is_data_never_code(
    applications: ApplicationService,
    visit: Visit,
    operator: Officer,
    store: LocalStore,
    existing: str,
) -> None:
    """SQL in every field gives clear validation errors and is stored verbatim as a draft."""
    original = applications.get(existing).application
    result = applications.register(visit.id, _with_text_everywhere(SQL, "1';--"), actor=operator)
    errors = {p.field for p in result.problems if p.is_error}
    assert {"applicant.nik", "applicant.full_name", "applicant.email", "applicant.mobile"} <= errors
    assert result.application.business.name == SQL
    assert result.application.applicant.address.street == SQL
    with pytest.raises(RuleViolationError):
        applications.mark_ready(result.application.id, actor=operator)
    assert applications.get(existing).application == original
    with sqlite3.connect(store.database_path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT count(*) FROM application").fetchone() == (2,)
