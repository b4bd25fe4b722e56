"""The frozen Linux app, built the way a release is, starts and finds everything it needs.

Building takes about half a minute on two cores (the bare-QWizard yardstick is built once per
PySide6/PyInstaller/Python combination and cached in build/baseline), so the build runs once
for this module and both tests read its results.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform != "linux", reason="the release workflow covers Windows/macOS"),
]

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "dist" / "intercom-wizard"
BUILD_TIMEOUT = 900


@dataclass(frozen=True)
class Build:
    returncode: int
    output: str


@pytest.fixture(scope="module")
def build() -> Build:
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build.py")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT,
        check=False,
    )
    return Build(result.returncode, result.stdout + result.stderr)


def tree_size(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if not p.is_dir() or p.is_symlink())


@pytest.mark.timeout(BUILD_TIMEOUT + 60)
def test_the_frozen_app_passes_its_self_test(build: Build, tmp_path: Path) -> None:
    assert build.returncode == 0, build.output[-6000:]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "INTERCOM_WIZARD_HOME": str(tmp_path)}
    result = subprocess.run(
        [str(APP / "intercom-wizard"), "--self-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert "Traceback" not in result.stdout + result.stderr, result.stderr
    report = json.loads(result.stdout)
    assert result.returncode == 0, report.get("problems")
    assert report["ok"] is True
    assert report["frozen"] is True
    checked = report["checked"]
    assert checked["wizard"]["pages"] > 0
    assert checked["illustrations"] and checked["templates"]
    assert checked["certificate"]["sha256"]
    # The metadata that keyring's backend discovery needs made it into the bundle.
    assert {"SecretService", "Windows", "macOS"} <= set(checked["keyring"]["declared"])
    # A second launch can hand its profile to the open window through a local socket.
    assert checked["single_instance"].startswith("a message went through a local socket")


@pytest.mark.timeout(BUILD_TIMEOUT + 60)
def test_the_app_is_no_larger_than_a_bare_pyside6_wizard(build: Build) -> None:
    assert build.returncode == 0, build.output[-6000:]
    sizes = json.loads((ROOT / "build" / "sizes.json").read_text())
    assert sizes["app"] == tree_size(APP)
    assert sizes["app"] <= sizes["baseline"], sizes
    size_lines = [line for line in build.output.splitlines() if line.startswith("[build] size:")]
    assert len(size_lines) == 1 and "bare PySide6 QWizard" in size_lines[0]
