"""Run Windows programs in one Wine prefix, each call bounded by ``timeout``.

Wine 8.0 facts this module relies on (found on Debian 12):

- A Windows console program whose standard output is a regular file dies in CPython's
  ``init_sys_streams`` (``[WinError 6] Invalid handle``); a pipe works. Every call here reads
  the program's output through a pipe and its standard input is empty.
- Wine drops every ``QT_*`` variable on its way to a Windows process; other variables pass.
- Python 3.12's ``_wmi`` calls a propsys.dll function Wine 8 lacks, and the process aborts:
  every program here runs with ``_wmi.pyd`` disabled through ``WINEDLLOVERRIDES``.
- A stuck Wine process waits forever, and the prefix's ``wineserver`` outlives the programs:
  each call has a hard time limit, and ``kill()`` ends the prefix's server.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

# Variables of the Linux side that mean nothing (or the wrong thing) to Windows programs.
_DROPPED = ("PIP_FIND_LINKS", "PIP_CONSTRAINT", "PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")
# Variables holding one Linux path that a Windows program should see as a Windows path.
_PATH_VARIABLES = ("PIP_CERT", "SSL_CERT_FILE", "REQUESTS_CA_BUNDLE")


class WineError(Exception):
    """A Windows program failed, timed out, or Wine is not installed."""


@dataclass(frozen=True)
class Finished:
    returncode: int
    output: str
    seconds: float


def windows_path(path: Path | str) -> str:
    """The Windows name of a Linux path: Wine maps ``/`` to drive ``Z:``."""
    absolute = PurePosixPath(os.path.abspath(path))
    return "Z:" + str(absolute).replace("/", "\\")


def require_wine() -> str:
    wine = shutil.which("wine")
    if wine is None:
        raise WineError(
            "Wine is not installed: on Debian run `dpkg --add-architecture i386 && apt-get "
            "update && apt-get install wine wine64 wine32:i386` (see README, Building installers)"
        )
    return wine


def wine_version() -> str:
    require_wine()
    result = subprocess.run(
        ["wine", "--version"], capture_output=True, text=True, timeout=60, check=False
    )
    return result.stdout.strip()


class WinePrefix:
    """One Wine prefix (a Windows user profile and drive C:) and the programs run in it."""

    def __init__(
        self, path: Path, *, display: str | None = None, hidden: tuple[str, ...] = ()
    ) -> None:
        self.path = path
        self.display = display
        # Beginnings of names of variables that the Windows programs must not see.
        self.hidden = hidden

    @property
    def drive_c(self) -> Path:
        return self.path / "drive_c"

    def env(self, extra: Mapping[str, str] | None = None) -> dict[str, str]:
        env = {
            key: value
            for key, value in os.environ.items()
            if key not in _DROPPED and not (self.hidden and key.startswith(self.hidden))
        }
        for name in _PATH_VARIABLES:
            if env.get(name, "").startswith("/"):
                env[name] = windows_path(env[name])
        env.update(
            WINEPREFIX=str(self.path),
            WINEARCH="win64",
            WINEDEBUG="-all",
            # No Mono or Gecko installer dialogs: nothing here uses .NET or Wine's browser.
            # And no Python _wmi: it calls propsys.dll's VariantToString, which Wine 8 lacks and
            # aborts on (pip, PyInstaller and the app's platform.* would); without it, platform
            # uses its fallback. The app still ships _wmi.pyd, as any Windows build does.
            WINEDLLOVERRIDES="mscoree,mshtml=;_wmi.pyd=d",
        )
        if self.display is None:
            env.pop("DISPLAY", None)
        else:
            env["DISPLAY"] = self.display
        env.update(extra or {})
        return env

    def run(
        self,
        args: Sequence[str],
        *,
        timeout: float,
        env: Mapping[str, str] | None = None,
        cwd: Path | None = None,
        check: bool = True,
        what: str = "",
        terminal: bool = False,
    ) -> Finished:
        """Run ``wine ARGS...``; the output (stdout and stderr together) is returned.

        ``terminal`` runs it on a pseudo-terminal (``script``), where Wine gives console
        programs a real Windows console, as a cmd.exe window has.
        """
        require_wine()
        command = ["timeout", "-k", "10", f"{timeout:.0f}", "wine", *args]
        if terminal:
            command = ["script", "-qefc", shlex.join(command), "/dev/null"]
        started = time.monotonic()
        try:
            result = subprocess.run(
                command,
                env=self.env(env),
                cwd=cwd,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                timeout=timeout + 30,
                check=False,
            )
        except subprocess.TimeoutExpired as error:
            raise WineError(f"{what or args[0]} did not end within {timeout:.0f} s") from error
        seconds = time.monotonic() - started
        output = result.stdout.decode("utf-8", "replace").replace("\r\n", "\n")
        if result.returncode == 124:
            raise WineError(f"{what or args[0]} did not end within {timeout:.0f} s:\n{output}")
        if check and result.returncode != 0:
            raise WineError(f"{what or args[0]} failed (exit {result.returncode}):\n{output}")
        return Finished(result.returncode, output, seconds)

    def start(
        self, args: Sequence[str], *, timeout: float, env: Mapping[str, str] | None = None
    ) -> subprocess.Popen[str]:
        """Start ``wine ARGS...`` with standard output and error as separate text pipes."""
        require_wine()
        return subprocess.Popen(
            ["timeout", "-k", "10", f"{timeout:.0f}", "wine", *args],
            env=self.env(env),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            errors="replace",
        )

    def boot(self, timeout: float = 240) -> float:
        """Create (or update) the prefix; returns the seconds it took."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        started = time.monotonic()
        self.run(["wineboot", "-i"], timeout=timeout, what="wineboot")
        self.wait()
        if not (self.drive_c / "windows" / "syswow64" / "kernel32.dll").exists():
            raise WineError(
                "the new Wine prefix has no 32-bit half: install wine32:i386 and build again"
            )
        return time.monotonic() - started

    def wait(self, timeout: float = 120) -> None:
        """Wait until every program of the prefix has ended (``wineserver -w``)."""
        subprocess.run(
            ["timeout", "-k", "5", str(int(timeout)), "wineserver", "-w"],
            env=self.env(),
            check=False,
        )

    def kill(self) -> None:
        """End the prefix's wineserver and whatever still runs in it."""
        if shutil.which("wineserver") is None or not self.path.exists():
            return
        subprocess.run(
            ["timeout", "-k", "5", "30", "wineserver", "-k"],
            env=self.env(),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            check=False,
        )

    def system32(self) -> Path:
        return self.drive_c / "windows" / "system32"

    def user_folder(self) -> Path:
        users = self.drive_c / "users"
        name = os.environ.get("USER") or "root"
        return users / name

    def local_appdata(self) -> Path:
        return self.user_folder() / "AppData" / "Local"
