"""Translatable texts: Indonesian by ``str()``, any language through a translate function."""

from __future__ import annotations

import pytest

from fieldkit.domain.messages import (
    LABELS_CONTEXT,
    MESSAGES_CONTEXT,
    Text,
    joined,
    label,
    msg,
    template_placeholders,
    verbatim,
)
from fieldkit.domain.problems import error, prefixed
from fieldkit.domain.records import Gender
from fieldkit.domain.status import ApplicationStatus, check_transition
from fieldkit.domain.validation import validate_nik
from tests.fakes import FakeReference
from tests.unit.domain.strategies import TODAY

WOMAN_1990 = "3201014708900003"  # made up: Cibinong, woman born 7 August 1990

ENGLISH = {
    (MESSAGES_CONTEXT, "NIK harus 16 digit, yang diisi {count} digit."): (
        "The NIK must have 16 digits; {count} were entered."
    ),
    (MESSAGES_CONTEXT, "Jenis kelamin {gender}."): "Gender {gender}.",
    (MESSAGES_CONTEXT, "laki-laki"): "male",
    (LABELS_CONTEXT, "Siap"): "Ready",
}


def english(text: Text) -> str:
    return ENGLISH.get((text.context, text.template), text.template)


def test_str_is_the_indonesian_text_with_its_values() -> None:
    text = msg("NIK harus 16 digit, yang diisi {count} digit.", count=15)
    assert str(text) == "NIK harus 16 digit, yang diisi 15 digit."
    assert text.render(english) == "The NIK must have 16 digits; 15 were entered."


def test_values_that_are_texts_are_translated_too() -> None:
    text = msg("Jenis kelamin {gender}.", gender=msg("laki-laki"))
    assert str(text) == "Jenis kelamin laki-laki."
    assert text.render(english) == "Gender male."


def test_label_values_use_the_labels_context() -> None:
    text = label("Siap")
    assert text.context == LABELS_CONTEXT
    assert text.render(english) == "Ready"
    assert msg("Siap").render(english) == "Siap"  # same words, other context: not the label


def test_verbatim_text_is_never_translated_nor_formatted() -> None:
    text = verbatim("laki-laki {tanpa nilai}")
    assert text.render(english) == "laki-laki {tanpa nilai}"
    assert str(text) == "laki-laki {tanpa nilai}"


def test_a_template_without_values_keeps_its_braces() -> None:
    assert str(Text("Pakai {kurung} kurawal.")) == "Pakai {kurung} kurawal."


def test_joined_translates_each_part() -> None:
    text = joined([msg("laki-laki"), label("Siap")])
    assert str(text) == "laki-laki, Siap"
    assert text.render(english) == "male, Ready"


def test_msg_refuses_a_template_without_its_values() -> None:
    with pytest.raises(ValueError, match="count"):
        msg("NIK harus 16 digit, yang diisi {count} digit.")


def test_a_translation_with_wrong_placeholders_falls_back_to_indonesian() -> None:
    def broken(text: Text) -> str:
        return "The NIK has {jumlah} digits." if text.context == MESSAGES_CONTEXT else ""

    text = msg("NIK harus 16 digit, yang diisi {count} digit.", count=15)
    assert text.render(broken) == "NIK harus 16 digit, yang diisi 15 digit."


def test_texts_are_values() -> None:
    assert msg("A {n}", n=1) == msg("A {n}", n=1)
    assert msg("A {n}", n=1) != msg("A {n}", n=2)
    assert len({msg("A {n}", n=1), msg("A {n}", n=1)}) == 1
    assert template_placeholders("{a} dan {b}, lagi {a}") == {"a", "b"}


def test_problems_keep_their_text_when_re_rooted() -> None:
    problem = error("", "nik.length", msg("NIK harus 16 digit, yang diisi {count} digit.", count=3))
    (rooted,) = prefixed("applicant.nik", [problem])
    assert rooted.text == problem.text
    assert rooted.message == "NIK harus 16 digit, yang diisi 3 digit."


def test_words_inside_a_rule_s_message_are_texts_of_their_own() -> None:
    (problem,) = validate_nik(WOMAN_1990, regions=FakeReference(), today=TODAY, gender=Gender.MALE)
    assert problem.code == "nik.gender_mismatch"
    words = dict(problem.text.params)
    assert words["nik_gender"] == msg("perempuan")
    assert words["typed_gender"] == msg("laki-laki")
    assert "laki-laki" in problem.message  # Indonesian for logs: unchanged


def test_status_names_inside_messages_are_labels() -> None:
    (problem,) = check_transition(ApplicationStatus.DRAFT, ApplicationStatus.NIB_ISSUED, "operator")
    assert ("Labels", "Draf") in [
        (value.context, value.template)
        for _, value in problem.text.params
        if isinstance(value, Text)
    ]
