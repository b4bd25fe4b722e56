"""How fast and how light the wizard starts, and whether its event loop ever stalls.

    python tests/benchmarks/bench_wizard_startup.py [--runs 7]

Not a test (pytest does not collect this folder): numbers depend on the machine. Both sides run
in fresh processes on Qt's offscreen platform, in the same invocation, alternating:

* start-up: from just before the process is spawned to the first paint of the first page, for
  the real wizard (``run_wizard``) and for a bare PySide6 QWizard with ten pages; medians and
  their ratio (target <= 1.3);
* peak resident memory at that moment, and its ratio (target <= 1.3);
* the longest event-loop stall during a whole training run (Welcome to Finish against the
  sandbox with the browser's part scripted), seen by a 5 ms QTimer (target < 50 ms).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


# --- child processes ------------------------------------------------------------------------


def _report_peak_memory() -> None:
    """Print the peak RSS and leave: called the moment the first page has painted."""
    import resource

    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    sys.stdout.write(json.dumps({"peak_kib": peak_kib}) + "\n")
    sys.stdout.flush()
    os._exit(0)


# Both sides detect their first paint the same way: a watch on the window alone, as the
# wizard itself does (``ui.app._after_first_paint``), firing on the loop turn after the window
# and all its children painted. An application-wide Python event filter would instead wrap
# every widget of the wizard in Python on its way past, a cost the real app never pays.


def child_wizard() -> None:
    from intercom_wizard.ui import app as wizard_app

    show_and_paint = wizard_app._show_and_paint

    def show_paint_and_report(window: object) -> None:
        show_and_paint(window)  # type: ignore[arg-type]
        _report_peak_memory()

    wizard_app._show_and_paint = show_paint_and_report
    wizard_app.run_wizard(sandbox=False)


def child_bare() -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWizard, QWizardPage

    class WindowPaintWatch(QObject):
        """The same watch as ``ui.app._FirstPaintWatch``, without importing the wizard."""

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                QTimer.singleShot(0, _report_peak_memory)
            return False

    app = QApplication(sys.argv[:1])
    wizard = QWizard()
    wizard.setWindowTitle("Bare wizard")
    for number in range(10):
        page = QWizardPage()
        page.setTitle(f"Page {number + 1}")
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(f"Text of page {number + 1}"))
        wizard.addPage(page)
    wizard.installEventFilter(WindowPaintWatch(wizard))
    wizard.show()
    app.exec()


def child_stall() -> None:
    """A whole training run while a 5 ms timer watches for gaps; prints the longest gap."""
    import asyncio

    import qasync
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from intercom_wizard.sandbox.credentials import SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET
    from intercom_wizard.sandbox.scripted_browser import consent_in_sandbox
    from intercom_wizard.sandbox.server import SandboxIntercom
    from intercom_wizard.ui.app import build_wizard
    from intercom_wizard.ui.context import WizardContext, sandbox_endpoints
    from intercom_wizard.ui.page_ids import PageId

    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    sandbox = SandboxIntercom(client_id=SANDBOX_CLIENT_ID, client_secret=SANDBOX_CLIENT_SECRET)
    sandbox.start()
    visits: list[asyncio.Future[object]] = []

    async def scripted(url: str) -> bool:
        visits.append(loop.run_in_executor(None, consent_in_sandbox, url))
        return True

    home = Path(os.environ["INTERCOM_WIZARD_HOME"])
    context = WizardContext(
        sandbox=sandbox,
        endpoints_for=sandbox_endpoints(sandbox.base_url),
        progress_path=home / "progress.json",
        open_browser=scripted,
    )
    wizard = build_wizard(context)
    wizard.show()

    clock = QElapsedTimer()
    gaps: list[int] = []
    last = [0]

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)

    async def until(predicate: object) -> None:
        while not predicate():  # type: ignore[operator]
            await asyncio.sleep(0.005)

    async def walk() -> None:
        await asyncio.sleep(0.2)  # let start-up finish: the stall measure is about the run
        clock.start()
        timer.start()
        wizard.next()
        wizard.pages[PageId.WHERE].domain.setText("app-h.cyclr.com")  # type: ignore[attr-defined]
        for _ in range(4):
            wizard.next()
            await asyncio.sleep(0.05)
        credentials = wizard.pages[PageId.CREDENTIALS]
        credentials.client_id.setText(SANDBOX_CLIENT_ID)  # type: ignore[attr-defined]
        credentials.secret.setText(SANDBOX_CLIENT_SECRET)  # type: ignore[attr-defined]
        wizard.next()
        await until(lambda: wizard.current_page_id() is PageId.API_VERSION)
        version = wizard.pages[PageId.API_VERSION]
        version.version.setCurrentIndex(version.version.findText("2.11"))  # type: ignore[attr-defined]
        wizard.next()
        wizard.pages[PageId.TEST].start_button.click()  # type: ignore[attr-defined]
        await until(lambda: wizard.current_page_id() is PageId.RESULTS)
        await visits[-1]
        wizard.next()
        await asyncio.sleep(0.1)
        timer.stop()
        wizard.accept()
        await wizard.shutdown()

    with loop:
        loop.run_until_complete(asyncio.wait_for(walk(), 60))
    sandbox.close()
    print(json.dumps({"max_gap_ms": max(gaps[1:] or [0]), "ticks": len(gaps)}))


# --- the parent -----------------------------------------------------------------------------


def _spawn(mode: str, home: str) -> tuple[float, dict[str, float]]:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        INTERCOM_WIZARD_HOME=home,
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
        PYTHONPATH=str(ROOT),
    )
    started = time.perf_counter()
    child = subprocess.run(
        [sys.executable, __file__, "--child", mode],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    elapsed = time.perf_counter() - started
    lines = [line for line in child.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise SystemExit(f"{mode} child failed:\n{child.stdout}\n{child.stderr}")
    return elapsed, json.loads(lines[-1])


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--child", choices=("wizard", "bare", "stall"))
    args = parser.parse_args(argv)
    if args.child:
        {"wizard": child_wizard, "bare": child_bare, "stall": child_stall}[args.child]()
        return 0

    with tempfile.TemporaryDirectory() as home:
        _spawn("wizard", home)  # warm the file cache and byte-code for both sides
        _spawn("bare", home)
        times: dict[str, list[float]] = {"wizard": [], "bare": []}
        peaks: dict[str, list[float]] = {"wizard": [], "bare": []}
        for _ in range(args.runs):
            for mode in ("wizard", "bare"):
                elapsed, info = _spawn(mode, home)
                times[mode].append(elapsed)
                peaks[mode].append(info["peak_kib"])
    with tempfile.TemporaryDirectory() as home:
        _elapsed, stall = _spawn("stall", home)  # a fresh folder: no saved progress to resume

    wizard_ms = statistics.median(times["wizard"]) * 1000
    bare_ms = statistics.median(times["bare"]) * 1000
    wizard_mib = statistics.median(peaks["wizard"]) / 1024
    bare_mib = statistics.median(peaks["bare"]) / 1024
    print(
        f"start-up to first paint (median of {args.runs}): wizard {wizard_ms:.0f} ms, "
        f"bare QWizard {bare_ms:.0f} ms, ratio {wizard_ms / bare_ms:.2f} (target <= 1.3)"
    )
    print(
        f"peak RSS at first paint: wizard {wizard_mib:.1f} MiB, bare {bare_mib:.1f} MiB, "
        f"ratio {wizard_mib / bare_mib:.2f} (target <= 1.3)"
    )
    print(
        f"longest event-loop stall in a full sandbox run: {stall['max_gap_ms']} ms "
        f"over {stall['ticks']} ticks of 5 ms (target < 50 ms)"
    )
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main(sys.argv[1:]))
