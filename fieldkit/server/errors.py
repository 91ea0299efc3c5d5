"""API errors: a stable code, an Indonesian message, and the JSON body every error shares."""

from __future__ import annotations

from typing import Any

from fieldkit.protocol.messages import ErrorBody, Reason


class ApiError(Exception):
    """Raised anywhere below a route; the app turns it into ``ErrorBody`` JSON."""

    def __init__(
        self,
        status_code: int,
        code: str,
        detail: str,
        *,
        errors: list[Reason] | None = None,
        offset: int | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(detail)
        self.status_code = status_code
        self.code = code
        self.detail = detail
        self.errors = errors or []
        self.offset = offset
        self.headers = headers

    def body(self) -> dict[str, Any]:
        return ErrorBody(
            code=self.code, detail=self.detail, errors=self.errors, offset=self.offset
        ).model_dump(mode="json", exclude_none=True)


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` entries documenting ``ErrorBody`` for the given statuses."""
    return {
        status: {"model": ErrorBody, "description": _DESCRIPTIONS[status]} for status in statuses
    }


_DESCRIPTIONS = {
    400: "Permintaan tidak bisa dipakai",
    401: "Belum masuk / token tidak dikenal",
    403: "Tidak diizinkan",
    404: "Tidak ditemukan",
    409: "Bertentangan dengan keadaan server",
    410: "Sudah tidak berlaku",
    413: "Terlalu besar",
    415: "Jenis isi tidak didukung",
    422: "Isi permintaan tidak valid",
    429: "Terlalu banyak percobaan gagal; tunggu sesuai Retry-After",
    503: "Server sibuk; coba lagi",
}
