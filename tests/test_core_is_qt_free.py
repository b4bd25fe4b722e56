"""The engine must work without Qt: ``verify`` runs on headless machines and starts fast.

Every module outside ``intercom_wizard/ui/`` is imported in a fresh interpreter, which then
must not have loaded PySide6 or qasync.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import intercom_wizard

PACKAGE = Path(intercom_wizard.__file__).parent


def core_modules() -> list[str]:
    names = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE.parent).with_suffix("")
        parts = relative.parts
        if "ui" in parts or parts[-1] == "__main__":
            continue
        if parts[-1] == "__init__":
            parts = parts[:-1]
        names.append(".".join(parts))
    return names


def test_the_core_list_is_not_empty() -> None:
    modules = core_modules()
    assert "intercom_wizard.verification" in modules
    assert "intercom_wizard.cli" in modules
    assert not any(".ui" in name for name in modules)


def test_no_core_module_loads_qt() -> None:
    script = (
        "import importlib, sys\n"
        f"for name in {core_modules()!r}:\n"
        "    importlib.import_module(name)\n"
        "qt = {'PySide6', 'qasync', 'shiboken6'}\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in qt)\n"
        "print(','.join(loaded))\n"
    )
    completed = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.strip() == "", f"Qt loaded by the core: {completed.stdout}"
