"""Readiness: errors block, warnings need acknowledging, required documents must be attached."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from fieldkit.domain.messages import msg
from fieldkit.domain.policy import DocumentPolicy, missing_documents
from fieldkit.domain.problems import Problem, Severity, error, warning
from fieldkit.domain.readiness import readiness_problems
from fieldkit.domain.records import Acknowledgement, DocumentKind, DocumentRef

AT = dt.datetime(2025, 6, 1, 3, 0, tzinfo=dt.UTC)
NO_DOCUMENTS_REQUIRED = DocumentPolicy()
NIK_WARNING = warning("applicant.nik", "nik.district_unknown", msg("Kode kecamatan tidak dikenal."))
EMAIL_ERROR = error("applicant.email", "email.format", msg("Email tidak valid."))


def ack(problem: Problem) -> Acknowledgement:
    return Acknowledgement(problem_key=problem.key, officer_id="officer-1", at=AT)


def document(kind: DocumentKind) -> DocumentRef:
    return DocumentRef(kind=kind, sha256="0" * 64, media_type="image/jpeg", size=1024)


def test_nothing_found_and_nothing_required_is_ready() -> None:
    assert readiness_problems([], [], [], NO_DOCUMENTS_REQUIRED) == []


def test_default_policy_requires_no_document() -> None:
    assert missing_documents(NO_DOCUMENTS_REQUIRED, []) == []


def test_errors_block_as_they_are() -> None:
    assert readiness_problems([EMAIL_ERROR], [], [], NO_DOCUMENTS_REQUIRED) == [EMAIL_ERROR]


def test_an_unacknowledged_warning_blocks_as_an_error_on_its_field() -> None:
    [problem] = readiness_problems([NIK_WARNING], [], [], NO_DOCUMENTS_REQUIRED)
    assert problem.is_error
    assert (problem.field, problem.code) == ("applicant.nik", "warning.unacknowledged")
    assert NIK_WARNING.message in problem.message


def test_an_acknowledged_warning_no_longer_blocks() -> None:
    assert readiness_problems([NIK_WARNING], [ack(NIK_WARNING)], [], NO_DOCUMENTS_REQUIRED) == []


def test_acknowledging_one_warning_does_not_cover_another_field() -> None:
    other = warning("applicant.npwp", "nik.district_unknown", msg("..."))
    blocking = readiness_problems(
        [NIK_WARNING, other], [ack(NIK_WARNING)], [], NO_DOCUMENTS_REQUIRED
    )
    assert [p.field for p in blocking] == ["applicant.npwp"]


def test_missing_required_documents_block_in_a_stable_order() -> None:
    policy = DocumentPolicy(required=frozenset({DocumentKind.PHOTO, DocumentKind.KTP}))
    blocking = readiness_problems([], [], [document(DocumentKind.OTHER)], policy)
    assert [(p.field, p.code) for p in blocking] == [
        ("documents.ktp", "documents.missing"),
        ("documents.pas_foto", "documents.missing"),
    ]
    assert "Foto KTP" in blocking[0].message
    assert (
        readiness_problems(
            [], [], [document(DocumentKind.KTP), document(DocumentKind.PHOTO)], policy
        )
        == []
    )


findings = st.builds(
    Problem,
    field=st.sampled_from(["applicant.nik", "applicant.email", "business.capital"]),
    code=st.sampled_from(["rule.one", "rule.two"]),
    severity=st.sampled_from(Severity),
    text=st.just(msg("Pesan.")),
)
kinds = st.sets(st.sampled_from(DocumentKind))


@given(st.lists(findings, max_size=6), st.data(), kinds, kinds)
def test_ready_exactly_when_no_errors_all_warnings_acked_and_documents_in(
    found: list[Problem],
    data: st.DataObject,
    required: set[DocumentKind],
    present: set[DocumentKind],
) -> None:
    acked = data.draw(st.lists(st.sampled_from(found))) if found else []
    blocking = readiness_problems(
        found,
        [ack(p) for p in acked],
        [document(kind) for kind in present],
        DocumentPolicy(required=frozenset(required)),
    )
    acked_keys = {p.key for p in acked}
    is_ready = (
        not any(p.is_error for p in found)
        and all(p.key in acked_keys for p in found)
        and required <= present
    )
    assert (blocking == []) == is_ready
    assert all(p.is_error for p in blocking)
