"""The Intercom versions the sandbox speaks, and each version's answer shapes.

The sandbox speaks exactly the versions whose description ships with the wizard
(``resources/intercom-openapi``): a request picks one with ``Intercom-Version``, else the app's
version applies, as at Intercom. Its answers are written in the richest shape and trimmed to the
properties the served version describes.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from intercom_wizard.intercom.versions import (
    DESCRIPTIONS_FOLDER,
    OLD_PREVIEW_NAME,
    described_versions,
)
from intercom_wizard.resources import read_text

_SCHEMA_REF = "#/components/schemas/"


def spoken_versions() -> tuple[str, ...]:
    return tuple(version.name for version in described_versions())


def served_version(requested: str | None, app_version: str) -> str | None:
    """The version a request is answered in, or None when the sandbox does not speak it."""
    if requested is None:
        return app_version
    value = requested.strip()
    if value == OLD_PREVIEW_NAME:  # [?] the old name is said to still work (Intercom's notes)
        value = "Preview"
    return value if value in spoken_versions() else None


@cache
def _schemas(version: str) -> dict[str, Any]:
    document = json.loads(read_text(DESCRIPTIONS_FOLDER, f"{version}.json"))
    schemas: dict[str, Any] = document["components"]["schemas"]
    return schemas


def fit(body: dict[str, Any], version: str, schema: str) -> dict[str, Any]:
    """``body`` with only the properties that ``schema`` lists in ``version``'s description."""
    fitted = _fit(body, {"$ref": _SCHEMA_REF + schema}, _schemas(version), depth=0)
    assert isinstance(fitted, dict)
    return fitted


def _fit(value: Any, schema: dict[str, Any], schemas: dict[str, Any], depth: int) -> Any:
    if depth > 20:  # recursive schemas: deeper than any sandbox answer
        return value
    ref = schema.get("$ref")
    if isinstance(ref, str):
        return _fit(value, schemas[ref.removeprefix(_SCHEMA_REF)], schemas, depth + 1)
    if isinstance(value, list) and isinstance(schema.get("items"), dict):
        return [_fit(item, schema["items"], schemas, depth + 1) for item in value]
    if not isinstance(value, dict):
        return value
    properties: dict[str, Any] = dict(schema.get("properties") or {})
    for part in schema.get("allOf") or ():
        part = schemas[part["$ref"].removeprefix(_SCHEMA_REF)] if "$ref" in part else part
        properties.update(part.get("properties") or {})
    if not properties:
        return value  # a free-form object
    return {
        key: _fit(item, properties[key], schemas, depth + 1)
        for key, item in value.items()
        if key in properties
    }
