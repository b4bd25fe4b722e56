"""The browser's redirect while a hostile neighbour holds the listener's port (run as a script).

    python tests/benchmarks/bench_siege.py [--rounds 7] [--idle 300] [--trickling 50]

Each round starts a fresh TLS listener, has 300 idle and 50 trickling connections held and
topped up on 127.0.0.1, then times a real TLS client from its connect to the wizard's page, the
wizard answering at once. The same redirect on a quiet port is the baseline. Target: under 2 s.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from intercom_wizard.consent.certificate import (  # noqa: E402
    CertificateInfo,
    ensure_certificate,
    server_ssl_context,
)
from intercom_wizard.consent.listener import CallbackListener  # noqa: E402
from intercom_wizard.consent.state import new_state  # noqa: E402
from tests.unit.consent.siege import siege, timed_redirect  # noqa: E402
from tests.unit.consent.support import trusting_context  # noqa: E402


async def one_round(certificate: CertificateInfo, idle: int, trickling: int) -> tuple[float, int]:
    state = new_state()
    target = f"/callback?code=c0de&state={state}"
    async with CallbackListener(
        port=0, expected_state=state, tls=server_ssl_context(certificate)
    ) as listener:
        if not idle + trickling:
            return await timed_redirect(listener, target, trusting_context(certificate)), 0
        async with siege(listener.port, idle=idle, trickling=trickling) as held:
            await held.ready()
            before = held.dropped
            elapsed = await timed_redirect(listener, target, trusting_context(certificate))
            return elapsed, held.dropped - before


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--idle", type=int, default=300)
    parser.add_argument("--trickling", type=int, default=50)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        certificate = ensure_certificate(Path(folder))
        quiet = [(await one_round(certificate, 0, 0))[0] for _ in range(options.rounds)]
        besieged = [
            await one_round(certificate, options.idle, options.trickling)
            for _ in range(options.rounds)
        ]
    times = [elapsed for elapsed, _ in besieged]
    print(f"quiet port:    median {statistics.median(quiet) * 1000:.1f} ms")
    print(
        f"besieged port ({options.idle} idle, {options.trickling} trickling, topped up): "
        f"median {statistics.median(times) * 1000:.1f} ms, worst {max(times) * 1000:.1f} ms, "
        f"{options.rounds} rounds; attackers dropped while the browser was served: "
        f"{statistics.median(d for _, d in besieged):.0f} (median)"
    )


if __name__ == "__main__":
    asyncio.run(main())
