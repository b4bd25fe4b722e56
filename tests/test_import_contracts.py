"""The import-linter contracts in pyproject.toml must cover every module the core is made of.

``lint-imports`` checks the contracts in CI; this test keeps the list of core modules in the
"core never imports the UI" contract complete, so a new module cannot slip past it.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import intercom_wizard

PACKAGE = Path(intercom_wizard.__file__).parent
ROOT = PACKAGE.parent
# The entry points open the window, so they may import the UI; the UI is the UI.
NOT_CORE = {"ui", "cli", "__main__", "__init__"}


def _source_modules(contract_name: str) -> set[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    for contract in config["tool"]["importlinter"]["contracts"]:
        if contract["name"] == contract_name:
            return {
                str(name).removeprefix("intercom_wizard.") for name in contract["source_modules"]
            }
    raise AssertionError(f"no import contract named {contract_name!r}")


def _top_level_modules() -> set[str]:
    names = {path.stem for path in PACKAGE.glob("*.py")}
    names |= {path.parent.name for path in PACKAGE.glob("*/__init__.py")}
    return {name for name in names if name not in NOT_CORE and not name.startswith("_")}


def test_every_core_module_is_held_by_the_ui_contract() -> None:
    assert _source_modules("The core never imports the UI") == _top_level_modules()
