"""Take in Intercom's published OpenAPI descriptions: write the part of them this project uses.

    python3 packaging/dev.py run python tests/contract/extract_openapi.py UPSTREAM [--out DIR]

``UPSTREAM`` is a checkout (or copy) of ``intercom/Intercom-OpenAPI``: ``descriptions/<folder>/
api.intercom.io.yaml`` per version, ``LICENSE.md`` and, when it is not a git checkout, a README
naming the commit. ``DIR`` defaults to ``resources/intercom-openapi`` of this checkout.

Written there:

- ``<version>.json`` per version: a small OpenAPI document with only the operations the client
  calls, their parameters, request body, responses and examples, every schema they reference,
  and the ``intercom_version`` enum, without the prose; under ``x-forbidden-examples``
  every documented 403 ``forbidden`` example of any operation (not only missing permissions);
- ``operations.json``: every operation in the areas the connector's permissions cover, per
  version, with its parameters, response codes and a fingerprint of its shapes, from which
  ``intercom_wizard.intercom.versions.version_differences`` tells two versions apart;
- ``index.json`` (the versions, in release order, and the upstream commit) and ``LICENSE.md``.

Re-running it on a newer upstream checkout is how a new Intercom version is taken in; the
contract tests then say what the sandbox, the probes and the version catalog must learn.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_OUT = ROOT / "resources" / "intercom-openapi"
UPSTREAM_REPOSITORY = "intercom/Intercom-OpenAPI"

# The operations the client calls, matched by method and URL shape: versions name the same
# path parameter differently (``{id}`` in Preview, ``{contact_id}`` in 2.11).
USED_OPERATIONS = (
    ("GET", "/me"),
    ("GET", "/admins"),
    ("GET", "/contacts/{}"),
    ("GET", "/companies/{}"),
    ("POST", "/conversations"),
)
# Described nowhere in the descriptions (they cover the REST API, not OAuth): recorded so
# that a future description of them is noticed.
NOT_DESCRIBED = (("POST", "/auth/eagle/token"), ("POST", "/auth/uninstall"))

# The areas the connector's permissions cover: (permission, tag, methods). Intercom publishes no
# table from endpoints to permissions; this reads the permissions' names.
AREAS = (
    ("read_admins", "Admins", ("GET",)),
    ("read_one_user_and_one_company", "Contacts", ("GET",)),
    ("read_one_user_and_one_company", "Companies", ("GET",)),
    ("write_conversations", "Conversations", ("POST", "PUT", "DELETE")),
)

_METHODS = ("get", "put", "post", "delete", "patch")
_PROSE = frozenset({"description", "summary", "title", "example", "externalDocs", "tags"})
_NAMED_MAPS = frozenset({"properties", "examples", "responses", "schemas", "content", "headers"})
_VERBATIM = frozenset({"value", "enum", "default"})
_SCHEMA_REF = "#/components/schemas/"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("upstream", type=Path, help="a copy of intercom/Intercom-OpenAPI")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    options = parser.parse_args(argv)
    try:
        written = extract(options.upstream, options.out)
    except ExtractError as exc:
        print(f"extract_openapi: {exc}", file=sys.stderr)
        return 2
    total = sum(path.stat().st_size for path in written)
    print(f"Wrote {len(written)} files, {total:,} bytes, to {options.out}")
    return 0


class ExtractError(Exception):
    pass


def extract(upstream: Path, out: Path) -> list[Path]:
    descriptions = _load_descriptions(upstream)
    commit = _upstream_commit(upstream)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for old in out.glob("*.json"):
        old.unlink()
    versions = sorted(descriptions, key=_release_order)
    for version in versions:
        written.append(_write(out / f"{version}.json", _version_extract(descriptions[version])))
    operations = {
        "areas": [
            {"permission": key, "tag": tag, "methods": list(methods)} for key, tag, methods in AREAS
        ],
        "versions": {v: _area_operations(descriptions[v]) for v in versions},
    }
    written.append(_write(out / "operations.json", operations))
    index = {
        "upstream": UPSTREAM_REPOSITORY,
        "commit": commit,
        "versions": versions,
        "not_described": [f"{method} {path}" for method, path in NOT_DESCRIBED],
    }
    written.append(_write(out / "index.json", index))
    licence = upstream / "LICENSE.md"
    if not licence.is_file():
        raise ExtractError(f"{licence} is missing: the extract ships Intercom's licence text")
    shutil.copyfile(licence, out / "LICENSE.md")
    written.append(out / "LICENSE.md")
    return written


def _load_descriptions(upstream: Path) -> dict[str, dict[str, Any]]:
    files = sorted((upstream / "descriptions").glob("*/api.intercom.io.yaml"))
    if not files:
        raise ExtractError(f"no descriptions/*/api.intercom.io.yaml under {upstream}")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    descriptions: dict[str, dict[str, Any]] = {}
    for path in files:
        with path.open(encoding="utf-8") as stream:
            document = yaml.load(stream, Loader=loader)  # a safe loader, C or Python
        # The folder for Preview is "0"; the document itself names its version.
        version = str(document["info"]["version"])
        for method, shape in NOT_DESCRIBED:
            if _find_operation(document, method, shape) is not None:
                raise ExtractError(f"{version} now describes {method} {shape}: take it in")
        descriptions[version] = document
    return descriptions


def _upstream_commit(upstream: Path) -> str:
    if (upstream / ".git").exists():
        result = subprocess.run(
            ["git", "-C", str(upstream), "rev-parse", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        )
        return result.stdout.strip()
    readme = upstream / "README.md"
    match = re.search(r"\b[0-9a-f]{40}\b", readme.read_text(encoding="utf-8"))
    if match is None:
        raise ExtractError(f"{upstream} is no git checkout and its README names no commit")
    return match.group(0)


def _release_order(version: str) -> tuple[int, int]:
    match = re.fullmatch(r"(\d+)\.(\d+)", version)
    return (int(match.group(1)), int(match.group(2))) if match else (1_000_000, 0)


def _shape(path: str) -> str:
    return re.sub(r"\{[^}]*\}", "{}", path)


def _operations(document: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in document["paths"].items():
        for method in _METHODS:
            if isinstance(item.get(method), dict):
                yield method.upper(), path, item[method]


def _find_operation(
    document: dict[str, Any], method: str, shape: str
) -> tuple[str, dict[str, Any]] | None:
    for found_method, path, operation in _operations(document):
        if found_method == method and _shape(path) == shape:
            return path, operation
    return None


def _strip(node: Any, *, names: bool = False) -> Any:
    """``node`` without prose; mappings of names (properties, examples...) keep every key."""
    if isinstance(node, list):
        return [_strip(item) for item in node]
    if not isinstance(node, dict):
        return node
    if names:
        return {key: _strip(value) for key, value in node.items()}
    return {
        key: value if key in _VERBATIM else _strip(value, names=key in _NAMED_MAPS)
        for key, value in node.items()
        if key not in _PROSE and not key.startswith("x-")
    }


def _used_operation(operation: dict[str, Any]) -> dict[str, Any]:
    responses = {}
    for status, response in operation["responses"].items():
        content = (response.get("content") or {}).get("application/json", {})
        media: dict[str, Any] = {}
        if "schema" in content:
            media["schema"] = _strip(content["schema"])
        examples = content.get("examples") or {}
        if examples:
            media["examples"] = {name: {"value": ex.get("value")} for name, ex in examples.items()}
        entry: dict[str, Any] = {"description": response.get("description", "")}
        if media:
            entry["content"] = {"application/json": media}
        responses[str(status)] = entry
    kept: dict[str, Any] = {"operationId": operation.get("operationId"), "responses": responses}
    if operation.get("parameters"):
        kept["parameters"] = _strip(operation["parameters"])
    if operation.get("requestBody"):
        body = operation["requestBody"]["content"]["application/json"]
        kept["requestBody"] = {
            "content": {
                "application/json": {
                    "schema": _strip(body.get("schema", {})),
                    "examples": {
                        name: {"value": ex.get("value")}
                        for name, ex in (body.get("examples") or {}).items()
                    },
                }
            }
        }
    return kept


def _references(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(_SCHEMA_REF):
            yield ref.removeprefix(_SCHEMA_REF)
        for key, value in node.items():
            if key not in _VERBATIM:
                yield from _references(value)
    elif isinstance(node, list):
        for item in node:
            yield from _references(item)


def _version_extract(document: dict[str, Any]) -> dict[str, Any]:
    paths: dict[str, dict[str, Any]] = {}
    for method, shape in USED_OPERATIONS:
        found = _find_operation(document, method, shape)
        if found is None:
            continue
        path, operation = found
        paths.setdefault(path, {})[method.lower()] = _used_operation(operation)
    all_schemas = document["components"]["schemas"]
    schemas: dict[str, Any] = {}
    pending = ["intercom_version", *_references(paths)]
    while pending:
        name = pending.pop()
        if name in schemas:
            continue
        schemas[name] = _strip(all_schemas[name])
        pending.extend(_references(schemas[name]))
    return {
        "x-forbidden-examples": _forbidden_examples(document),
        "openapi": document["openapi"],
        "info": {"title": "Intercom API (extract)", "version": document["info"]["version"]},
        "servers": document.get("servers", []),
        "security": document.get("security", []),
        "paths": paths,
        "components": {
            "schemas": dict(sorted(schemas.items())),
            "securitySchemes": document["components"].get("securitySchemes", {}),
        },
    }


def _forbidden_examples(document: dict[str, Any]) -> list[dict[str, Any]]:
    """Every documented 403 ``forbidden`` example, from any operation: a missing permission
    ("required scope") and the other refusals that share the code (from 2.16 on)."""
    found = []
    for method, path, operation in _operations(document):
        for status, response in operation["responses"].items():
            content = (response.get("content") or {}).get("application/json", {})
            for name, example in (content.get("examples") or {}).items():
                value = example.get("value")
                errors = value.get("errors") if isinstance(value, dict) else None
                if str(status) == "403" and any(
                    isinstance(e, dict) and e.get("code") == "forbidden" for e in errors or ()
                ):
                    found.append(
                        {
                            "operation": f"{method} {path}",
                            "name": name,
                            "status": 403,
                            "value": value,
                        }
                    )
    return found


def _resolved(node: Any, schemas: dict[str, Any], seen: tuple[str, ...] = ()) -> Any:
    """``node`` with schema references inlined (a reference back into itself stays a name)."""
    if isinstance(node, list):
        return [_resolved(item, schemas, seen) for item in node]
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith(_SCHEMA_REF):
        name = ref.removeprefix(_SCHEMA_REF)
        if name in seen:
            return {"$ref": name}
        return _resolved(schemas.get(name, {}), schemas, (*seen, name))
    return {key: _resolved(value, schemas, seen) for key, value in node.items()}


def _area_operations(document: dict[str, Any]) -> dict[str, Any]:
    schemas = _strip(document["components"]["schemas"], names=True)
    found: dict[str, Any] = {}
    for method, path, operation in _operations(document):
        areas = [
            key
            for key, tag, methods in AREAS
            if tag in operation.get("tags", ()) and method in methods
        ]
        if not areas:
            continue
        parameters = [
            # Path parameters are told apart by position, not name; the version parameter
            # lists every version, so it would make each operation look changed.
            {**p, "name": "{id}"} if p.get("in") == "path" else p
            for p in operation.get("parameters", [])
            if p.get("name") != "Intercom-Version"
        ]
        shapes = _strip(
            {
                "parameters": parameters,
                "requestBody": (operation.get("requestBody") or {}).get("content", {}),
                "responses": {
                    str(status): (response.get("content") or {})
                    .get("application/json", {})
                    .get("schema")
                    for status, response in operation["responses"].items()
                },
            }
        )
        # Examples change with every regeneration (ids, times): only the shapes count.
        if isinstance(shapes["requestBody"], dict):
            for media in shapes["requestBody"].values():
                if isinstance(media, dict):
                    media.pop("examples", None)
        canonical = json.dumps(_resolved(shapes, schemas), sort_keys=True)
        found[f"{method} {re.sub(r'{[^}]*}', '{id}', path)}"] = {
            "permissions": sorted(set(areas)),
            "parameters": sorted(str(p["name"]) for p in parameters if p.get("in") != "path"),
            "responses": sorted(str(status) for status in operation["responses"]),
            "shape": hashlib.sha256(canonical.encode()).hexdigest()[:16],
        }
    return dict(sorted(found.items()))


def _write(path: Path, payload: Any) -> Path:
    text = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    path.write_text(text + "\n", encoding="utf-8")
    return path


if __name__ == "__main__":
    sys.exit(main())
