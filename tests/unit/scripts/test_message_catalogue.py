"""The walk that finds every message template, on a small source tree written for the test."""

from __future__ import annotations

import ast
import textwrap
from pathlib import Path

from scripts import message_catalogue as catalogue

RULE = """
from fieldkit.domain.messages import msg
from fieldkit.domain.problems import error, warning


def check(text, count):
    problems = [error("nik", "nik.length", msg("NIK harus 16 digit, yang diisi {count} digit.",
                                                count=count))]
    problems.append(warning("nik", "nik.x", msg("Periksa lagi " "NIK pada KTP.")))
    template = "dari variabel"
    problems.append(error("nik", "nik.y", msg(template)))
    problems.append(error("nik", "nik.z", f"NIK {text} salah."))
    return problems
"""

SERVICE = """
from fieldkit.domain.messages import msg
from fieldkit.services.errors import DocumentRejectedError, ServiceError


def save(visit):
    if visit is None:
        raise ServiceError(msg("Kunjungan tidak ditemukan."))
    if visit.closed:
        raise ServiceError("Kunjungan ini sudah ditutup.")
    if visit.odd:
        raise DocumentRejectedError("document.needs_image", msg("Pilih foto yang benar."))
    raise ValueError(f"programmer error {visit}")
"""


def _tree(root: Path) -> Path:
    (root / "fieldkit/domain/validation").mkdir(parents=True)
    (root / "fieldkit/services").mkdir(parents=True)
    (root / "fieldkit/domain/validation/rule.py").write_text(RULE, encoding="utf-8")
    (root / "fieldkit/services/visits.py").write_text(SERVICE, encoding="utf-8")
    return root


def test_every_literal_template_is_found_with_its_place(tmp_path: Path) -> None:
    found = catalogue.templates(_tree(tmp_path))
    assert sorted(f.text for f in found) == [
        "Kunjungan tidak ditemukan.",
        "NIK harus 16 digit, yang diisi {count} digit.",
        "Periksa lagi NIK pada KTP.",  # implicit concatenation is one template
        "Pilih foto yang benar.",
    ]
    assert {f.path for f in found} == {
        "fieldkit/domain/validation/rule.py",
        "fieldkit/services/visits.py",
    }


def test_templates_the_walk_cannot_read_are_reported(tmp_path: Path) -> None:
    (unreadable,) = catalogue.unreadable_templates(_tree(tmp_path))
    assert unreadable.path == "fieldkit/domain/validation/rule.py"
    assert "msg(template)" in unreadable.text


def test_plain_string_messages_are_reported_but_codes_and_builtins_are_not(
    tmp_path: Path,
) -> None:
    found = catalogue.plain_messages(_tree(tmp_path))
    assert sorted(f.text for f in found) == [
        "'Kunjungan ini sudah ditutup.'",
        "f'NIK {text} salah.'",
    ]


def test_the_generated_module_holds_each_template_once_for_lupdate(tmp_path: Path) -> None:
    found = catalogue.templates(_tree(tmp_path))
    source = catalogue.catalogue_source(found + found)
    tree = ast.parse(source)
    calls = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "QT_TRANSLATE_NOOP"
    ]
    texts = [ast.literal_eval(call.args[1]) for call in calls]
    assert sorted(texts) == sorted({f.text for f in found})
    assert {ast.literal_eval(call.args[0]) for call in calls} == {"Messages"}
    assert max(len(line) for line in source.splitlines()) <= 100


def test_long_templates_are_cut_between_words_and_join_back_exactly() -> None:
    text = "Kode pelacakan tidak cocok: ada salah ketik.  " * 5 + "Selesai 'a' \"b\" \\ c."
    pieces = catalogue._chunks(text)
    assert "".join(pieces) == text
    assert all(len(piece) <= catalogue.CHUNK + 1 for piece in pieces)
    source = textwrap.dedent(catalogue.catalogue_source([catalogue.Found("x.py", 1, text)]))
    (call,) = (n for n in ast.walk(ast.parse(source)) if isinstance(n, ast.Call))
    assert ast.literal_eval(call.args[1]) == text


def test_the_committed_catalogue_is_what_the_walk_finds() -> None:
    """Run scripts/update_translations.sh when this fails: a msg() was added or changed."""
    walked = {f.text for f in catalogue.templates()}
    committed = catalogue.catalogue_templates()
    assert not walked - committed, f"missing from the catalogue: {sorted(walked - committed)}"
    assert not committed - walked, f"no longer in the code: {sorted(committed - walked)}"


def test_rules_and_services_write_every_message_with_msg() -> None:
    """A plain or f-string message cannot be translated: write msg("...", name=value)."""
    problems = catalogue.unreadable_templates() + catalogue.plain_messages()
    assert not problems, "\n".join(str(p) for p in problems)
