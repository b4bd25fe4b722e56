"""Finding the files under ``resources/`` wherever the app runs from.

A source checkout (and an editable install) keeps them beside the package; a wheel and the
frozen app carry them inside it as ``intercom_wizard/resources``.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def resources_dir() -> Path:
    for candidate in (_PACKAGE / "resources", _PACKAGE.parent / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("intercom-wizard's resources folder is missing from this installation")


def resource_path(*parts: str) -> Path:
    """Path of a file under ``resources/``, e.g. ``resource_path("templates", "success.html")``."""
    return resources_dir().joinpath(*parts)


def read_text(*parts: str) -> str:
    return resource_path(*parts).read_text(encoding="utf-8")
