"""Office policy the rules read: which documents are required, how large a file may be."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from fieldkit.domain.messages import label, msg
from fieldkit.domain.problems import Problem, error
from fieldkit.domain.records import DocumentKind, DocumentRef

DOCUMENT_LABELS: dict[DocumentKind, str] = {
    DocumentKind.KTP: "Foto KTP",
    DocumentKind.NPWP: "Kartu NPWP",
    DocumentKind.PHOTO: "Pas foto",
    DocumentKind.LOCATION_PHOTO: "Foto lokasi usaha",
    DocumentKind.DOMICILE_LETTER: "Surat keterangan domisili usaha",
    DocumentKind.OTHER: "Dokumen lain",
}

DEFAULT_MAX_DOCUMENT_BYTES = 15 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class DocumentPolicy:
    """Which documents an office requires before "ready", and the upload size limit.

    OSS needs no upload for a micro/small NIB and Kemendagri discourages copying
    e-KTPs, so the default requires nothing; an office opts in through its config.
    """

    required: frozenset[DocumentKind] = field(default_factory=frozenset)
    max_bytes: int = DEFAULT_MAX_DOCUMENT_BYTES


def missing_documents(policy: DocumentPolicy, documents: Iterable[DocumentRef]) -> list[Problem]:
    """One error per required document kind that is not attached."""
    present = {d.kind for d in documents}
    return [
        error(
            f"documents.{kind.value}",
            "documents.missing",
            msg(
                "{document} belum dilampirkan. Tambahkan dokumennya.",
                document=label(DOCUMENT_LABELS[kind]),
            ),
        )
        for kind in sorted(policy.required - present, key=lambda k: k.value)
    ]
