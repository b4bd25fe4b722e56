"""Give the windowed Windows app the console of the terminal it was started from.

The frozen Windows app is built windowed, so that double-clicking it opens no black console
window. Windows then starts it with no standard streams at all, and ``intercom-wizard.exe
verify`` or ``--self-test`` typed in cmd.exe or PowerShell would print nothing. Attaching to the
parent's console (``AttachConsole(ATTACH_PARENT_PROCESS)``) and opening it for the streams that
are missing brings their output, and the secret prompt, back. Streams the caller redirected (a
pipe, a file) are already there and are kept as they are. A process that has a console already
answers ERROR_ACCESS_DENIED (Wine attaches windowed children to their parent's): that console is
used as it is. Without a parent console (started from Explorer or the Start menu) nothing
changes.
"""

from __future__ import annotations

import sys
from typing import TextIO

_ATTACH_PARENT_PROCESS = 0xFFFFFFFF  # (DWORD)-1
_ERROR_ACCESS_DENIED = 5  # AttachConsole's answer when the process has a console already


def attach_parent_console() -> bool:
    """On Windows, give missing standard streams the parent's console; True if attached."""
    if sys.platform != "win32":
        return False
    if sys.stdout is not None and sys.stderr is not None and sys.stdin is not None:
        return False
    import ctypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    attached = kernel32.AttachConsole(_ATTACH_PARENT_PROCESS)
    if not attached and ctypes.get_last_error() != _ERROR_ACCESS_DENIED:
        return False  # no parent console: started from Explorer, the Start menu or a service
    if sys.stdout is None:
        sys.stdout = _open("CONOUT$", "w")
    if sys.stderr is None:
        sys.stderr = _open("CONOUT$", "w")
    if sys.stdin is None:
        sys.stdin = _open("CONIN$", "r")
    return True


def _open(device: str, mode: str) -> TextIO | None:
    try:
        stream: TextIO = open(  # noqa: SIM115 - it lives as long as the process
            device, "w" if mode == "w" else "r", encoding="utf-8", errors="replace", buffering=1
        )
    except OSError:
        return None
    return stream
