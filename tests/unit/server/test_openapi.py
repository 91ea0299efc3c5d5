"""docs/openapi.json is the server's spec, byte for byte."""

from __future__ import annotations

from pathlib import Path

from fieldkit.server.openapi import openapi_text

COMMITTED = Path(__file__).resolve().parents[3] / "docs" / "openapi.json"


def test_committed_openapi_matches_the_code() -> None:
    current = openapi_text()
    assert COMMITTED.read_text("utf-8") == current, (
        "docs/openapi.json is out of date. Regenerate it with:\n"
        "    .venv/bin/python -m fieldkit.server.openapi > docs/openapi.json"
    )


def test_every_api_operation_documents_its_errors() -> None:
    import json  # noqa: PLC0415

    spec = json.loads(openapi_text())
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            if path == "/api/v1/info" or method == "head":
                continue
            assert "422" in operation["responses"], (method, path)
