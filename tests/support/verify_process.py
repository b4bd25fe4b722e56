"""Start ``intercom-wizard verify`` as a user would, pointed at a sandbox Intercom."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import IO

ROOT = Path(__file__).resolve().parents[2]
URL_LINE = "Open this URL in your browser: "


def verify_environment(
    home: Path, *, base_url: str | None = None, secret: str | None = None
) -> dict[str, str]:
    """The environment for a ``verify`` child: its own data folder, an in-memory keyring,
    the sandbox as Intercom, and nothing inherited that could point it elsewhere."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("INTERCOM_")}
    env.update(
        INTERCOM_WIZARD_HOME=str(home),
        PYTHON_KEYRING_BACKEND="tests.support.memory_keyring.MemoryKeyring",
        PYTHONPATH=str(ROOT),
        BROWSER="false",
    )
    if base_url is not None:
        env["INTERCOM_WIZARD_APP_URL"] = base_url
        env["INTERCOM_WIZARD_API_URL"] = base_url
    if secret is not None:
        env["INTERCOM_CLIENT_SECRET"] = secret
    return env


def start_verify(
    args: list[str], env: Mapping[str, str], *, stdin: IO[str] | int = subprocess.DEVNULL
) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "intercom_wizard", "verify", *args],
        cwd=ROOT,
        env=dict(env),
        stdin=stdin,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def read_authorize_url(process: subprocess.Popen[str], seen: list[str] | None = None) -> str | None:
    """Read standard error up to the line with the authorize URL (None if it never came)."""
    assert process.stderr is not None
    for line in process.stderr:
        if seen is not None:
            seen.append(line)
        if line.startswith(URL_LINE):
            return line[len(URL_LINE) :].strip()
    return None
