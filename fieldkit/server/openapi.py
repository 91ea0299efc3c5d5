"""Print the server's OpenAPI document: ``python -m fieldkit.server.openapi > docs/openapi.json``.

The committed docs/openapi.json is compared with this output by a test, so the spec
cannot drift from the code.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from fieldkit.server.config import Settings


def openapi_document() -> dict[str, Any]:
    from fieldkit.server.app import create_app  # noqa: PLC0415 - keep the import cheap

    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(data_dir=Path(tmp))
        app = create_app(settings)
        document: dict[str, Any] = app.openapi()
        app.state.fieldkit.db.dispose()
    return document


def openapi_text() -> str:
    return json.dumps(openapi_document(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def main() -> int:
    sys.stdout.write(openapi_text())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
