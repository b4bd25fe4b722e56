"""packaging/build.py with a Python that lacks its build tools: a clear line, no traceback."""

from __future__ import annotations

import importlib.metadata
import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load_build() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_script", ROOT / "packaging" / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_python_with_the_app_but_without_pyinstaller_gets_a_message(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    build = _load_build()
    real_version = importlib.metadata.version

    def version(name: str) -> str:
        if name.lower() == "pyinstaller":
            raise importlib.metadata.PackageNotFoundError(name)
        return real_version(name)

    installs: list[list[str]] = []

    def pip(args: list[str], **_kwargs: Any) -> subprocess.CompletedProcess[str]:
        installs.append(args)
        return subprocess.CompletedProcess(args, 1)  # e.g. no network for pip

    monkeypatch.setattr(importlib.metadata, "version", version)
    monkeypatch.setattr(
        build, "missing", lambda names: ["PyInstaller"] if "PyInstaller" in names else []
    )
    monkeypatch.setattr(build.subprocess, "run", pip)
    assert build.main([]) == 1
    assert installs and installs[0][:4] == [sys.executable, "-m", "pip", "install"]
    err = capsys.readouterr().err
    assert "[build] FAILED: could not install pyinstaller>=6.6 into" in err
    assert "Traceback" not in err
