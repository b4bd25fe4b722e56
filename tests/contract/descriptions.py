"""The vendored extract of Intercom's API descriptions, read for the contract tests.

Schemas are checked with openapi-schema-validator (OpenAPI 3.0's dialect: ``nullable``,
formats such as ``uuid``); ``$ref`` inside a version's document resolves through one registry
per version.
"""

from __future__ import annotations

import json
import re
from functools import cache
from typing import Any

from openapi_schema_validator import OAS30Validator, oas30_format_checker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

from intercom_wizard.intercom.versions import DESCRIPTIONS_FOLDER
from intercom_wizard.resources import read_text

_SCHEMA_REF = "#/components/schemas/"


@cache
def index() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(read_text(DESCRIPTIONS_FOLDER, "index.json"))
    return loaded


def versions() -> list[str]:
    return list(index()["versions"])


@cache
def document(version: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(read_text(DESCRIPTIONS_FOLDER, f"{version}.json"))
    return loaded


def shape(path: str) -> str:
    """``/companies/{company_id}`` and ``/companies/abc`` alike become ``/companies/{}``."""
    return re.sub(r"\{[^}]*\}", "{}", path)


def operation(version: str, method: str, path: str) -> tuple[str, dict[str, Any]] | None:
    """The described operation for a request (by URL shape), with its path template."""
    wanted = path.strip("/").split("/")
    for template, item in document(version)["paths"].items():
        parts = template.strip("/").split("/")
        if len(parts) == len(wanted) and all(
            p == w or (p.startswith("{") and p.endswith("}"))
            for p, w in zip(parts, wanted, strict=True)
        ):
            found = item.get(method.lower())
            if found is not None:
                return template, found
    return None


def responses(version: str, method: str, path: str) -> dict[str, Any]:
    found = operation(version, method, path)
    assert found is not None, f"{method} {path} is not described in {version}"
    described: dict[str, Any] = found[1]["responses"]
    return described


def examples(version: str, method: str, path: str) -> list[tuple[int, str, Any]]:
    """Every documented answer example: (status, example name, body)."""
    found = []
    for status, response in responses(version, method, path).items():
        media = response.get("content", {}).get("application/json", {})
        for name, example in media.get("examples", {}).items():
            found.append((int(status), name, example["value"]))
    return found


@cache
def _registry(version: str) -> tuple[str, Registry]:
    uri = f"urn:intercom-openapi:{version}"
    resource = Resource.from_contents(document(version), default_specification=DRAFT4)
    return uri, Registry().with_resource(uri, resource)


def _validator(version: str, pointer: str) -> OAS30Validator:
    uri, registry = _registry(version)
    return OAS30Validator(
        {"$ref": f"{uri}#{pointer}"}, registry=registry, format_checker=oas30_format_checker
    )


def response_problems(version: str, method: str, path: str, status: int, body: Any) -> list[str]:
    """How ``body`` breaks the documented schema of that answer ([] when it fits)."""
    found = operation(version, method, path)
    assert found is not None
    template, _ = found
    escaped = template.replace("~", "~0").replace("/", "~1")
    pointer = (
        f"/paths/{escaped}/{method.lower()}/responses/{status}/content/application~1json/schema"
    )
    return [error.message for error in _validator(version, pointer).iter_errors(body)]


def schema_problems(version: str, schema: str, body: Any) -> list[str]:
    pointer = f"/components/schemas/{schema}"
    return [error.message for error in _validator(version, pointer).iter_errors(body)]


def undescribed_fields(version: str, method: str, path: str, status: int, body: Any) -> list[str]:
    """Fields of ``body`` that the answer's schema does not list (where it lists any)."""
    found = operation(version, method, path)
    assert found is not None
    media = found[1]["responses"][str(status)]["content"]["application/json"]
    extra: list[str] = []
    _walk(body, media["schema"], document(version)["components"]["schemas"], "", extra)
    return extra


def _walk(
    value: Any, schema: dict[str, Any], schemas: dict[str, Any], at: str, extra: list[str]
) -> None:
    if "$ref" in schema:
        _walk(value, schemas[schema["$ref"].removeprefix(_SCHEMA_REF)], schemas, at, extra)
        return
    if isinstance(value, list) and "items" in schema:
        for item in value:
            _walk(item, schema["items"], schemas, f"{at}[]", extra)
        return
    if not isinstance(value, dict):
        return
    properties = dict(schema.get("properties") or {})
    for part in schema.get("allOf") or ():
        resolved = schemas[part["$ref"].removeprefix(_SCHEMA_REF)] if "$ref" in part else part
        properties.update(resolved.get("properties") or {})
    if not properties:
        return
    for key, item in value.items():
        if key not in properties:
            extra.append(f"{at}.{key}")
        else:
            _walk(item, properties[key], schemas, f"{at}.{key}", extra)
