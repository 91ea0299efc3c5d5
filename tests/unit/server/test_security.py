"""Tokens, enrolment codes, passwords, masking and time display."""

from __future__ import annotations

import datetime as dt
import gzip

import argon2

from fieldkit.domain.tracking import ALPHABET
from fieldkit.server.db import normalize_url
from fieldkit.server.masking import mask_name, mask_nik
from fieldkit.server.middleware import _gunzip
from fieldkit.server.security import (
    DEVICE_TOKEN_PREFIX,
    SESSION_TOKEN_PREFIX,
    enrolment_code_hash,
    hash_password,
    new_device_token,
    new_enrolment_code,
    new_session_token,
    normalize_enrolment_code,
    same_secret,
    token_hash,
    verify_password,
)
from fieldkit.server.timefmt import format_local


def test_tokens_say_what_they_are_and_are_stored_hashed() -> None:
    device, session = new_device_token(), new_session_token()
    assert device.startswith(DEVICE_TOKEN_PREFIX)
    assert session.startswith(SESSION_TOKEN_PREFIX)
    assert len(device) > 40
    assert token_hash(device) != token_hash(new_device_token())
    assert len(token_hash(device)) == 64
    assert same_secret("abc", "abc")
    assert not same_secret("abc", "abd")


def test_enrolment_codes_are_typo_tolerant_in_case_and_spacing() -> None:
    code = new_enrolment_code()
    assert len(code) == 14
    assert code.count("-") == 2
    assert set(code.replace("-", "")) <= set(ALPHABET)
    typed = code.lower().replace("-", " ")
    assert normalize_enrolment_code(typed) == code.replace("-", "")
    assert enrolment_code_hash(typed) == enrolment_code_hash(code)
    assert enrolment_code_hash(code) != token_hash(code)


def test_passwords_use_argon2() -> None:
    stored = hash_password("rahasia-sekali")
    assert stored.startswith("$argon2")
    assert verify_password(stored, "rahasia-sekali")
    assert not verify_password(stored, "rahasia-sekalI")
    assert not verify_password("not a hash", "x")


def test_password_hashes_are_argon2id_with_at_least_the_owasp_parameters() -> None:
    stored = hash_password("rahasia-sekali")
    assert stored.startswith("$argon2id$")
    params = argon2.extract_parameters(stored)
    # OWASP password storage: argon2id with >= 19 MiB memory and >= 2 passes (or more
    # memory); argon2-cffi's default (RFC 9106 low-memory) is 64 MiB, 3 passes, 4 lanes.
    assert params.type is argon2.Type.ID
    assert params.memory_cost >= 19 * 1024
    assert params.time_cost >= 2
    assert params.salt_len >= 16
    assert params.hash_len >= 32
    assert stored != hash_password("rahasia-sekali")  # a fresh salt each time


def test_masking_keeps_initials_and_nik_ends() -> None:
    assert mask_name("Siti Rahmawati") == "S*** R********"
    assert mask_name("  Sukarno ") == "S******"
    assert mask_name("") == ""
    assert mask_nik("3201014708900003") == "3201••••••••0003"
    assert mask_nik("12345") == "•••••"


def test_times_show_in_the_office_zone() -> None:
    at = dt.datetime(2026, 11, 25, 2, 0, tzinfo=dt.UTC)
    assert format_local(at) == "25 Nov 2026 09.00 WIB"
    assert format_local(at, "Asia/Makassar") == "25 Nov 2026 10.00 WITA"
    assert format_local(at, "Asia/Jayapura") == "25 Nov 2026 11.00 WIT"
    assert format_local(None) == "-"
    assert format_local(at, "Nowhere/Else").endswith("UTC")


def test_gunzip_is_bounded() -> None:
    assert _gunzip(gzip.compress(b"abc"), 10) == b"abc"
    assert _gunzip(gzip.compress(b"a" * 100), 10) == b"a" * 11  # over the limit: caller refuses
    assert _gunzip(b"not gzip", 10) is None
    assert _gunzip(gzip.compress(b"abcdef")[:-8], 100) is None  # truncated stream


def test_database_urls_get_their_drivers() -> None:
    assert normalize_url("postgresql://u:p@h/db") == "postgresql+psycopg://u:p@h/db"
    assert normalize_url("sqlite:///x.db") == "sqlite+pysqlite:///x.db"
