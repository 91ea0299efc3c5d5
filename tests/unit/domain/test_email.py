"""Email rules: required, valid without network, domain lowercased, typo hints for providers."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fieldkit.domain.problems import Severity
from fieldkit.domain.validation.email import (
    PROVIDER_DOMAINS,
    normalize_email,
    suggest_domain,
    validate_email,
)

local_parts = st.from_regex(r"[a-z0-9]{1,12}([._-][a-z0-9]{1,8}){0,2}", fullmatch=True)
domains = st.sampled_from(
    [*PROVIDER_DOMAINS, "dpmptsp.tabanankab.go.id", "koperasi-maju.co.id", "mail.com", "ymail.com"]
)


def test_address_is_normalised_with_a_lowercase_domain() -> None:
    assert validate_email("  Budi.Santoso@GMAIL.COM ") == []
    assert normalize_email("  Budi.Santoso@GMAIL.COM ") == "Budi.Santoso@gmail.com"


def test_empty_email_is_an_error_because_oss_needs_it() -> None:
    [problem] = validate_email("")
    assert (problem.code, problem.severity) == ("email.required", Severity.ERROR)
    assert "OSS" in problem.message


@pytest.mark.parametrize(
    ("typed", "hint"),
    [
        ("budi.gmail.com", "tidak ada tanda @"),
        ("budi@@gmail.com", "lebih dari satu"),
        ("budi santoso@gmail.com", "spasi"),
        ("@gmail.com", "sebelum @"),
        ("budi@gmail", "setelah @"),
        ("budi..s@gmail.com", "titik"),
        ("müller@gmail.com", "'ü'"),
    ],
)
def test_invalid_addresses_say_what_is_wrong_in_indonesian(typed: str, hint: str) -> None:
    [problem] = validate_email(typed)
    assert (problem.code, problem.severity) == ("email.format", Severity.ERROR)
    assert hint in problem.message
    assert normalize_email(typed) is None


@pytest.mark.parametrize(
    ("domain", "suggestion"),
    [
        ("gmial.com", "gmail.com"),
        ("gmal.com", "gmail.com"),
        ("gamil.com", "gmail.com"),
        ("gmail.co", "gmail.com"),
        ("gmail.con", "gmail.com"),
        ("gmail.co.id", "gmail.com"),
        ("gmai.co", "gmail.com"),
        ("yaho.com", "yahoo.com"),
        ("yahoo.co", "yahoo.com"),
        ("yahoo.co.di", "yahoo.co.id"),
        ("yahoo.id", "yahoo.co.id"),
        ("hotmial.com", "hotmail.com"),
        ("outlok.com", "outlook.com"),
        ("ymial.com", "ymail.com"),
        ("ymai.com", "ymail.com"),
    ],
)
def test_provider_typos_warn_with_the_right_domain(domain: str, suggestion: str) -> None:
    [problem] = validate_email(f"budi@{domain.upper()}")
    assert (problem.code, problem.severity) == ("email.typo", Severity.WARNING)
    assert f"'{suggestion}'" in problem.message
    assert normalize_email(f"budi@{domain}") == f"budi@{domain}"  # a warning keeps it as typed


@pytest.mark.parametrize("domain", [*PROVIDER_DOMAINS, "mail.com", "email.com", "gmx.com"])
def test_real_domains_are_not_typos(domain: str) -> None:
    assert suggest_domain(domain) is None


@given(local_parts, domains)
def test_valid_addresses_pass(local: str, domain: str) -> None:
    assert validate_email(f"{local}@{domain}") == []
    assert normalize_email(f"{local}@{domain.upper()}") == f"{local}@{domain}"


@given(st.sampled_from(["gmail.com", "yahoo.com", "hotmail.com", "outlook.com"]), st.data())
def test_any_dropped_or_swapped_letter_in_a_provider_domain_is_caught(
    provider: str, data: st.DataObject
) -> None:
    name = provider.split(".", maxsplit=1)[0]
    position = data.draw(st.integers(0, len(name) - 2))
    dropped = name[:position] + name[position + 1 :]
    swapped = name[:position] + name[position + 1] + name[position] + name[position + 2 :]
    for typo in {dropped, swapped} - {name, "mail"}:  # mail.com is a real provider
        assert suggest_domain(typo + provider[len(name) :]) == provider


@given(local_parts, st.sampled_from(["gmial.com", "yahoo.co", "hotmial.com"]))
def test_typo_warning_for_any_local_part(local: str, domain: str) -> None:
    assert [p.code for p in validate_email(f"{local}@{domain}")] == ["email.typo"]


@given(local_parts, domains, st.sampled_from([" ", "@", ",", "(", "\\", "\u200b"]))
def test_a_forbidden_character_makes_a_format_error(local: str, domain: str, bad: str) -> None:
    assert [p.code for p in validate_email(f"{local}{bad}x@{domain}")] == ["email.format"]


@given(st.text())
def test_never_raises_and_agrees_with_normalize(text: str) -> None:
    problems = validate_email(text)
    assert all(p.code.startswith("email.") for p in problems)
    assert (normalize_email(text) is None) == any(p.is_error for p in problems)


@given(st.emails())
def test_never_raises_on_generated_addresses(text: str) -> None:
    problems = validate_email(text)
    assert (normalize_email(text) is None) == any(p.is_error for p in problems)
