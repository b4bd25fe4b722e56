"""``python -m intercom_wizard.sandbox``: run the stand-in Intercom and Cyclr until Ctrl+C.

Prints where each listens, the (fake) credentials to type into the wizard and the environment
variables that point the wizard, ``verify`` and ``verify-cyclr`` at them. The sandbox Cyclr
signs in to the sandbox Intercom, whose app has Cyclr's callback registered.
"""

from __future__ import annotations

import argparse
import sys
import threading
from collections.abc import Sequence

from intercom_wizard.errors import InputError, WizardError
from intercom_wizard.sandbox.credentials import SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET
from intercom_wizard.sandbox.cyclr.faults import CYCLR_FAULT_NAMES, CyclrFaults
from intercom_wizard.sandbox.cyclr.server import SandboxCyclr, cyclr_beside, cyclr_overrides
from intercom_wizard.sandbox.faults import FAULT_NAMES, Faults
from intercom_wizard.sandbox.server import SandboxIntercom


def _arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m intercom_wizard.sandbox",
        description="A local stand-in for Intercom, to practise the setup and test against.",
    )
    parser.add_argument("--port", type=int, default=0, help="port to listen on (0: any free one)")
    parser.add_argument(
        "--faults",
        default="",
        metavar="LIST",
        help="comma-separated faults to rehearse: "
        + ", ".join(FAULT_NAMES)
        + " (e.g. missing=write_conversations,slow=2)",
    )
    parser.add_argument(
        "--cyclr-faults",
        default="",
        metavar="LIST",
        help="faults of the sandbox Cyclr: " + ", ".join(CYCLR_FAULT_NAMES) + " (slow-cleanup=S)",
    )
    parser.add_argument("--client-id", default=SANDBOX_CLIENT_ID)
    parser.add_argument("--client-secret", default=SANDBOX_CLIENT_SECRET)
    return parser.parse_args(argv)


def banner(sandbox: SandboxIntercom, cyclr: SandboxCyclr | None = None) -> str:
    """What to type and set to use this sandbox (the credentials are fake, not secrets)."""
    url = sandbox.base_url
    faults = sandbox.faults.describe() or "none"
    lines = [
        f"Sandbox Intercom is running at {url}  (Ctrl+C stops it)",
        f"  Client ID:      {sandbox.client_id}",
        f"  Client secret:  {sandbox.client_secret}",
        f"  Faults:         {faults}",
        "Point the wizard at it (POSIX shells):",
        f"  export INTERCOM_WIZARD_APP_URL={url}",
        f"  export INTERCOM_WIZARD_API_URL={url}",
        "or in PowerShell:",
        f'  $env:INTERCOM_WIZARD_APP_URL="{url}"',
        f'  $env:INTERCOM_WIZARD_API_URL="{url}"',
    ]
    if cyclr is not None:
        lines += [
            f"Sandbox Cyclr is running at {cyclr.base_url}",
            f"  Cyclr API Client ID:      {cyclr.api_client_id}",
            f"  Cyclr API Client secret:  {cyclr.api_client_secret}",
            "Point the Cyclr check at it (any Console location; POSIX shells):",
            *(f"  export {name}={value}" for name, value in cyclr_overrides(cyclr).items()),
        ]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None, *, stop: threading.Event | None = None) -> int:
    """Serve until Ctrl+C (or until ``stop`` is set); 2 for bad arguments, 5 if the port fails."""
    options = _arguments(argv)
    try:
        if not 0 <= options.port <= 65535:
            raise InputError(f"{options.port} is not a port number.", hint="Use 0 to 65535.")
        faults = Faults.parse(options.faults)
        cyclr_faults = CyclrFaults.parse(options.cyclr_faults)
        sandbox = SandboxIntercom(
            port=options.port,
            client_id=options.client_id,
            client_secret=options.client_secret,
            faults=faults,
        )
    except WizardError as exc:
        print(exc.for_people(), file=sys.stderr)
        return exc.exit_code
    stop = stop if stop is not None else threading.Event()
    # Ctrl+C may land anywhere from the banner onwards; the with block still closes the port.
    try:
        with sandbox, cyclr_beside(sandbox, cyclr_faults) as cyclr:
            print(banner(sandbox, cyclr), flush=True)
            while not stop.wait(0.5):  # a timed wait keeps Ctrl+C responsive on Windows
                pass
    except KeyboardInterrupt:
        print("Sandbox stopped.", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
