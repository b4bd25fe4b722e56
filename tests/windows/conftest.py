"""The Windows stage: the real setup.exe, built under Wine, installed in a fresh Wine prefix.

The whole stage shares one build (``python packaging/build.py --windows``, whose Wine prefix is
cached between runs) and one fresh prefix that plays a partner's Windows user account: the
tests in ``test_installed_app.py`` run in file order, install first and uninstall last.

Wine gaps met here are worked around in this harness only, never in what is shipped:
- Qt6Core.dll links Windows' own icuuc.dll and cryptography's Rust code imports
  bcryptprimitives.dll's ProcessPrng; Wine 8 has neither, so the fresh prefix gets the stub
  DLLs of ``packaging/wine/stubs`` in its system32 (a partner's Windows has the real ones);
- setup.exe and the uninstaller need an X display even when silent: Xvfb gives them one;
- Wine drops QT_* variables: the installed app is given ``-platform offscreen`` instead;
- Wine hands a windowed program the caller's standard handles, which Windows does not:
  ``wintool bare`` starts it the way cmd.exe does, so the console attachment is really tested.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

from wine.prefix import WinePrefix, windows_path  # noqa: E402
from wine.toolchain import STUBS, compile_c, install_stub_dlls  # noqa: E402

BUILD_TIMEOUT = 2400
APP_NAME = "Intercom Wizard"
REQUIRED = ("wine", "wineserver", "Xvfb", "x86_64-w64-mingw32-gcc", "npm")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark the stage, and run it first: it needs no Qt in this process, and before any other
    test has made a QApplication, pytest-qt's event processing between its long steps has no
    earlier test's Qt objects to trip over."""
    here = Path(__file__).parent
    stage = [item for item in items if Path(str(item.fspath)).parent == here]
    for item in stage:
        item.add_marker(pytest.mark.windows)
        item.add_marker(pytest.mark.slow)
    items[:] = stage + [item for item in items if item not in stage]


@dataclass
class WindowsBuild:
    setup: Path
    app_folder: Path
    version: str
    sizes: dict[str, float]
    output: str


@dataclass
class Machine:
    """A fresh Wine prefix playing one partner's Windows account, and the harness's tool."""

    prefix: WinePrefix
    wintool: str
    logs: Path

    @property
    def install_dir(self) -> Path:
        return self.prefix.local_appdata() / "Programs" / APP_NAME

    @property
    def exe(self) -> str:
        return windows_path(self.install_dir / "intercom-wizard.exe")

    @property
    def start_menu_entry(self) -> Path:
        return (
            self.prefix.user_folder()
            / "AppData/Roaming/Microsoft/Windows/Start Menu/Programs"
            / f"{APP_NAME}.lnk"
        )

    @property
    def data_dir(self) -> Path:
        return self.prefix.local_appdata() / "intercom-wizard"


def _require_tools() -> None:
    absent = [tool for tool in REQUIRED if shutil.which(tool) is None]
    if absent:
        message = f"the Windows stage needs {', '.join(absent)} (see .ci/run)"
        if os.environ.get("INTERCOM_WIZARD_REQUIRE_WINE"):
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture(scope="session")
def windows_build() -> WindowsBuild:
    _require_tools()
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build.py"), "--windows"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT,
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-8000:]
    sizes = json.loads((ROOT / "build" / "windows" / "sizes.json").read_text())
    from intercom_wizard import __version__

    setup = ROOT / "dist" / f"IntercomWizard-{__version__}-setup.exe"
    assert setup.is_file(), output[-4000:]
    return WindowsBuild(setup, ROOT / "dist/windows/intercom-wizard", __version__, sizes, output)


@pytest.fixture(scope="session")
def display() -> Iterator[str]:
    _require_tools()
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-nolisten", "tcp", "-screen", "0", "1280x1024x24"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as numbers:
        number = numbers.readline().strip()
    assert number, "Xvfb did not start"
    yield f":{number}"
    server.terminate()
    server.wait(timeout=30)


@pytest.fixture(scope="session")
def machine(
    windows_build: WindowsBuild, display: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Machine]:
    work = tmp_path_factory.mktemp("windows")
    # The app must find its real per-user folders, as on a partner's computer, not the ones
    # the rest of the suite points it to.
    prefix = WinePrefix(
        work / "prefix", display=display, hidden=("INTERCOM_", "PYTHON_KEYRING", "QT_")
    )
    try:
        prefix.boot()
        install_stub_dlls(prefix, work / "stubs")
        tool = compile_c(STUBS / "wintool.c", work / "wintool.exe", dll=False)
        yield Machine(prefix, windows_path(tool), work)
    finally:
        prefix.kill()
