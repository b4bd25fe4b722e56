"""The extract script: what it keeps and drops, and that the shipped extract is its output."""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path

import pytest
import yaml

from intercom_wizard.resources import resource_path
from tests.contract import extract_openapi

COMMIT = "0123456789abcdef0123456789abcdef01234567"


def _upstream(tmp_path: Path, paths: Mapping[str, object]) -> Path:
    upstream = tmp_path / "upstream"
    (upstream / "descriptions" / "0").mkdir(parents=True)
    (upstream / "LICENSE.md").write_text("MIT License\n")
    (upstream / "README.md").write_text(f"Copied from commit `{COMMIT}`.\n")
    document = {
        "openapi": "3.0.1",
        "info": {"title": "Intercom API", "version": "Preview", "description": "prose"},
        "paths": paths,
        "components": {
            "schemas": {
                "intercom_version": {"type": "string", "enum": ["2.16", "Preview"]},
                "error": {
                    "type": "object",
                    "description": "prose",
                    "properties": {"description": {"type": "string", "example": "x"}},
                },
                "unused": {"type": "object"},
            }
        },
    }
    target = upstream / "descriptions" / "0" / "api.intercom.io.yaml"
    target.write_text(yaml.safe_dump(document))
    return upstream


def _operation(tag: str) -> dict[str, object]:
    return {
        "summary": "prose",
        "tags": [tag],
        "operationId": "op",
        "responses": {
            "404": {
                "description": "Company Not Found",
                "content": {
                    "application/json": {
                        "schema": {"$ref": "#/components/schemas/error"},
                        "examples": {
                            "Company Not Found": {"value": {"description": "kept as data"}}
                        },
                    }
                },
            }
        },
    }


def test_keeps_the_used_operations_and_their_schemas_without_prose(tmp_path: Path) -> None:
    paths = {
        "/companies/{id}": {"get": _operation("Companies")},
        "/tickets": {"get": _operation("Tickets")},
    }
    out = tmp_path / "out"
    extract_openapi.extract(_upstream(tmp_path, paths), out)
    preview = json.loads((out / "Preview.json").read_text())
    assert list(preview["paths"]) == ["/companies/{id}"]
    operation = preview["paths"]["/companies/{id}"]["get"]
    assert "summary" not in operation and "tags" not in operation
    response = operation["responses"]["404"]
    assert response["description"] == "Company Not Found"
    example = response["content"]["application/json"]["examples"]["Company Not Found"]
    assert example["value"] == {"description": "kept as data"}
    schemas = preview["components"]["schemas"]
    assert set(schemas) == {"error", "intercom_version"}
    assert schemas["error"] == {"type": "object", "properties": {"description": {"type": "string"}}}
    index = json.loads((out / "index.json").read_text())
    assert (index["commit"], index["versions"]) == (COMMIT, ["Preview"])
    assert (out / "LICENSE.md").read_text() == "MIT License\n"
    areas = json.loads((out / "operations.json").read_text())["versions"]["Preview"]
    assert list(areas) == ["GET /companies/{id}"]  # tickets are no area of the connector


def test_a_described_oauth_endpoint_is_not_passed_over(tmp_path: Path) -> None:
    paths = {"/auth/eagle/token": {"post": _operation("OAuth")}}
    with pytest.raises(extract_openapi.ExtractError, match="take it in"):
        extract_openapi.extract(_upstream(tmp_path, paths), tmp_path / "out")


def test_an_empty_folder_is_refused_with_a_clear_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert extract_openapi.main([str(tmp_path), "--out", str(tmp_path / "out")]) == 2
    assert "no descriptions" in capsys.readouterr().err


def _shared_copy() -> Path | None:
    given = os.environ.get("INTERCOM_OPENAPI_UPSTREAM")
    candidate = Path(given) if given else extract_openapi.ROOT.parent / "shared/intercom-openapi"
    return candidate if (candidate / "descriptions").is_dir() else None


@pytest.mark.slow
@pytest.mark.skipif(_shared_copy() is None, reason="no copy of Intercom's descriptions beside")
def test_the_shipped_extract_is_the_scripts_output(tmp_path: Path) -> None:
    upstream = _shared_copy()
    assert upstream is not None
    written = extract_openapi.extract(upstream, tmp_path)
    shipped = resource_path("intercom-openapi")
    assert sorted(p.name for p in shipped.iterdir()) == sorted(p.name for p in written)
    for path in written:
        assert path.read_bytes() == (shipped / path.name).read_bytes(), path.name
