"""Whether an application may become "ready": no errors, warnings acknowledged, documents in."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from fieldkit.domain.messages import msg
from fieldkit.domain.policy import DocumentPolicy, missing_documents
from fieldkit.domain.problems import Problem, error
from fieldkit.domain.records import Acknowledgement, DocumentRef


def readiness_problems(
    problems: Sequence[Problem],
    acknowledgements: Iterable[Acknowledgement],
    documents: Iterable[DocumentRef],
    policy: DocumentPolicy,
) -> list[Problem]:
    """What still blocks "ready". Empty means the application may be marked ready."""
    acked = {a.problem_key for a in acknowledgements}
    blocking = [p for p in problems if p.is_error]
    blocking += [
        error(
            p.field,
            "warning.unacknowledged",
            msg("Konfirmasi peringatan ini: {warning}", warning=p.text),
        )
        for p in problems
        if not p.is_error and p.key not in acked
    ]
    blocking += missing_documents(policy, documents)
    return blocking
