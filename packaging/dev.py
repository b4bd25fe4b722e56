"""Run intercom-wizard from a source checkout with nothing but Python 3.11+.

    python3 packaging/dev.py wizard [ARGS...]   start the wizard (e.g. --sandbox)
    python3 packaging/dev.py test [PYTEST ARGS...]   run the whole test suite
    python3 packaging/dev.py run COMMAND [ARGS...]   any command inside the environment

Each makes the virtual environment ``.venv`` beside this checkout on first use, and reinstalls
the project into it only when ``pyproject.toml`` has changed since, so later runs start at once.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
STAMP = VENV / ".intercom-wizard-installed"


def _venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def _wanted_stamp() -> str:
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    return f"{sys.version_info[:2]} {digest}"


def ensure_environment() -> Path:
    if sys.version_info < (3, 11):  # noqa: UP036 - this script runs under any python3
        sys.exit("intercom-wizard needs Python 3.11 or newer.")
    python = _venv_python()
    if not python.exists():
        print(f"Creating the virtual environment in {VENV} ...", file=sys.stderr)
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    if not STAMP.exists() or STAMP.read_text() != _wanted_stamp():
        print("Installing intercom-wizard and its test tools ...", file=sys.stderr)
        pip = [str(python), "-m", "pip", "--disable-pip-version-check", "-q"]
        subprocess.run([*pip, "install", "--upgrade", "pip"], check=True)
        subprocess.run([*pip, "install", "-e", f"{ROOT}[test,build]"], check=True)
        STAMP.write_text(_wanted_stamp())
    return python


def ensure_catalogs(python: Path) -> None:
    """Compile the translations when a catalog is newer than what the app loads (or that is
    missing), as in a fresh clone: the compiled files are not committed."""
    sys.path.insert(0, str(ROOT / "packaging"))
    from i18n import compiled_targets

    stale = [
        target
        for source, target in compiled_targets()
        if not target.exists() or target.stat().st_mtime < source.stat().st_mtime
    ]
    if stale:
        print(f"Compiling {len(stale)} translation catalogs ...", file=sys.stderr)
        subprocess.run([str(python), str(ROOT / "packaging" / "i18n.py"), "compile"], check=True)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"wizard", "test", "run"}:
        print(__doc__, file=sys.stderr)
        return 2
    command, rest = argv[0], argv[1:]
    python = ensure_environment()
    ensure_catalogs(python)
    if command == "wizard":
        args = [str(python), "-m", "intercom_wizard", *rest]
    elif command == "test":
        args = [str(python), "-m", "pytest", *rest]
    else:
        if not rest:
            print("run needs a command", file=sys.stderr)
            return 2
        bindir = python.parent
        args = [str(bindir / rest[0]) if (bindir / rest[0]).exists() else rest[0], *rest[1:]]
    try:
        return subprocess.run(args, cwd=ROOT).returncode
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
