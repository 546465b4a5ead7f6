"""The one place REST maps domain errors and malformed requests to HTTP: `{"error": {code, message}}`."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from services.errors import DomainError, InvalidInput, NotFound, NotSignedIn, SlotTaken, TokenInvalid

STATUS: tuple[tuple[type[DomainError], int], ...] = (
    (TokenInvalid, 401),
    (NotSignedIn, 401),
    (NotFound, 404),
    (SlotTaken, 409),
    (InvalidInput, 422),
)


def status_of(error: DomainError) -> int:
    return next((status for kind, status in STATUS if isinstance(error, kind)), 400)


def error_body(code: str, message: str) -> dict[str, dict[str, str]]:
    return {"error": {"code": code, "message": message}}


def install(app: FastAPI) -> None:
    @app.exception_handler(DomainError)
    async def domain_error(_request: Request, exc: DomainError) -> JSONResponse:
        headers = {"WWW-Authenticate": "Bearer"} if isinstance(exc, TokenInvalid | NotSignedIn) else None
        return JSONResponse(error_body(exc.code, exc.message), status_code=status_of(exc), headers=headers)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = exc.errors()
        if any(e.get("type") == "json_invalid" for e in errors):
            return JSONResponse(error_body("invalid_json", "request body is not valid JSON"), status_code=400)
        content_type = request.headers.get("content-type", "")
        if (
            content_type
            and "json" not in content_type.lower()
            and any(e.get("loc") == ("body",) for e in errors)
        ):
            message = (
                f"the body must be JSON (Content-Type: application/json), not {content_type.split(';')[0]}"
            )
            return JSONResponse(error_body("unsupported_media_type", message), status_code=415)
        parts = []
        for e in errors:
            where = ".".join(str(p) for p in e.get("loc", ()) if p != "body") or "body"
            parts.append(f"{where}: {e.get('msg')}")
        return JSONResponse(error_body("invalid_request", "; ".join(parts)), status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        return JSONResponse(error_body(code, str(exc.detail)), status_code=exc.status_code)
