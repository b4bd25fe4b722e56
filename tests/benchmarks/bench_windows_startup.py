"""Start-up to the first painted page of the Windows app under Wine, against a bare QWizard.

    python tests/benchmarks/bench_windows_startup.py [--runs 5]

Not a test (pytest does not collect this folder). Needs ``python packaging/build.py --windows``
first: it times ``dist/windows/intercom-wizard/intercom-wizard.exe`` (the files the installer
puts in place) and the bare PySide6 QWizard frozen with PyInstaller's defaults under Wine (made
here once, in ``build/windows/bench-bare``). Both run offscreen in one fresh Wine prefix, in
alternation; the clock runs from just before ``wine`` is started to the first line in which
Qt reports flushing the wizard window's first paint (``qt.widgets.painting``, switched on
through the prefix's registry because Wine drops ``QT_*`` variables). Medians are printed.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

from wine.prefix import WinePrefix, windows_path  # noqa: E402
from wine.toolchain import ensure_toolchain, install_stub_dlls  # noqa: E402

APP = ROOT / "dist" / "windows" / "intercom-wizard" / "intercom-wizard.exe"
BARE = ROOT / "build" / "windows" / "bench-bare"
FIRST_PAINT = "qt.widgets.painting: Flushing"
LIMIT = 120.0


def bare_wizard() -> Path:
    exe = BARE / "dist" / "bare_wizard" / "bare_wizard.exe"
    if exe.is_file():
        return exe
    tools = ensure_toolchain(print)
    try:
        tools.prefix.run(
            [
                tools.python,
                "-m",
                "PyInstaller",
                "--noconfirm",
                "--log-level",
                "WARN",
                "--onedir",
                "--windowed",
                "--distpath",
                windows_path(BARE / "dist"),
                "--workpath",
                windows_path(BARE / "work"),
                "--specpath",
                windows_path(BARE),
                windows_path(ROOT / "packaging" / "baseline" / "bare_wizard.py"),
            ],
            timeout=1500,
            what="PyInstaller",
        )
    finally:
        tools.prefix.kill()
    return exe


def first_paint(prefix: WinePrefix, exe: Path) -> float:
    command = ["timeout", "-k", "5", str(int(LIMIT)), "wine", windows_path(exe)]
    started = time.monotonic()
    process = subprocess.Popen(
        [*command, "-platform", "offscreen"],
        env=prefix.env(),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        errors="replace",
    )
    assert process.stdout is not None
    try:
        for line in process.stdout:
            if FIRST_PAINT in line:
                return time.monotonic() - started
        raise RuntimeError(f"{exe.name} ended without painting")
    finally:
        process.kill()
        process.wait()
        prefix.kill()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()
    if not APP.is_file():
        sys.exit("build the Windows app first: python packaging/build.py --windows")
    bare = bare_wizard()
    with tempfile.TemporaryDirectory(prefix="bench-wine-") as folder:
        prefix = WinePrefix(Path(folder) / "prefix")
        prefix.boot()
        install_stub_dlls(prefix, Path(folder) / "stubs")
        for name, value in (
            ("QT_LOGGING_RULES", "qt.widgets.painting.debug=true"),
            ("QT_FORCE_STDERR_LOGGING", "1"),
        ):
            prefix.run(
                ["reg", "add", r"HKCU\Environment", "/v", name, "/d", value, "/f"], timeout=60
            )
        prefix.wait()
        first_paint(prefix, APP)  # warm Wine's and the disk's caches for both
        first_paint(prefix, bare)
        times: dict[str, list[float]] = {"app": [], "bare": []}
        for _ in range(options.runs):
            times["app"].append(first_paint(prefix, APP))
            times["bare"].append(first_paint(prefix, bare))
        prefix.kill()
    medians = {name: round(statistics.median(values), 2) for name, values in times.items()}
    print(
        json.dumps(
            {
                "runs": options.runs,
                "median_seconds": medians,
                "ratio": round(medians["app"] / medians["bare"], 2),
                "all": {k: [round(v, 2) for v in vs] for k, vs in times.items()},
            },
            indent=2,
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
