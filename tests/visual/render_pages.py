"""Render every wizard page to PNG in a real window: 100% and 200%, light and dark.

    python tests/visual/render_pages.py [--out screenshots] [--only light-100]

Without a display it re-runs itself under ``xvfb-run``. Each theme and scale renders in its
own process (QT_SCALE_FACTOR is read once, at start-up) into ``<out>/<theme>-<scale>/NN-page.png``.
The pages are filled by walking the wizard like a user against the embedded sandbox, with the
browser's part scripted, so the Test and Results pages show a real run.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import subprocess
import sys
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QPalette

ROOT = Path(__file__).resolve().parents[2]
VARIANTS = ("light-100", "light-200", "dark-100", "dark-200")
SCREEN = "2560x1800x24"


def dark_palette() -> QPalette:
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#2b2b2e",
        QPalette.ColorRole.WindowText: "#e8e8ea",
        QPalette.ColorRole.Base: "#1e1e20",
        QPalette.ColorRole.AlternateBase: "#2f2f33",
        QPalette.ColorRole.ToolTipBase: "#3d3a28",
        QPalette.ColorRole.ToolTipText: "#f2efd9",
        QPalette.ColorRole.PlaceholderText: "#8c8c92",
        QPalette.ColorRole.Text: "#e8e8ea",
        QPalette.ColorRole.Button: "#36363a",
        QPalette.ColorRole.ButtonText: "#e8e8ea",
        QPalette.ColorRole.BrightText: "#ff6b6b",
        QPalette.ColorRole.Link: "#7fb2ff",
        QPalette.ColorRole.LinkVisited: "#b79cff",
        QPalette.ColorRole.Highlight: "#3b6fd8",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Light: "#4a4a50",
        QPalette.ColorRole.Midlight: "#3e3e44",
        QPalette.ColorRole.Mid: "#2a2a2e",
        QPalette.ColorRole.Dark: "#18181a",
        QPalette.ColorRole.Shadow: "#000000",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    roles = (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText)
    for role in roles:
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a80"))
    return palette


def render_variant(variant: str, out: Path) -> int:
    """Runs inside the child process: one theme at one scale."""
    import qasync
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget, QWizard

    from intercom_wizard.sandbox.credentials import SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET
    from intercom_wizard.sandbox.scripted_browser import consent_in_sandbox
    from intercom_wizard.sandbox.server import SandboxIntercom
    from intercom_wizard.ui.app import build_wizard
    from intercom_wizard.ui.context import WizardContext, sandbox_endpoints
    from intercom_wizard.ui.page_ids import PageId
    from intercom_wizard.ui.pages.test_authorization import AuthorizationTestPage

    theme, _scale = variant.split("-")
    app = QApplication([sys.argv[0], "-platform", "xcb"])
    app.setStyle(QStyleFactory.create("Fusion"))
    app.setQuitOnLastWindowClosed(False)
    if theme == "dark":
        app.setPalette(dark_palette())
        app.styleHints().setColorScheme(Qt.ColorScheme.Dark)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    folder = out / variant
    folder.mkdir(parents=True, exist_ok=True)

    sandbox = SandboxIntercom(client_id=SANDBOX_CLIENT_ID, client_secret=SANDBOX_CLIENT_SECRET)
    sandbox.start()
    urls: list[str] = []

    async def remember(url: str) -> bool:
        urls.append(url)
        return True

    home = TemporaryDirectory()
    os.environ["INTERCOM_WIZARD_HOME"] = home.name
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    context = WizardContext(
        sandbox=sandbox,
        endpoints_for=sandbox_endpoints(sandbox.base_url),
        progress_path=Path(home.name) / "progress.json",
        open_browser=remember,
    )
    from intercom_wizard.sandbox.cyclr.server import train_cyclr_beside

    train_cyclr_beside(sandbox, context)  # page 11 offers the sandbox Cyclr's credentials
    wizard = build_wizard(context)
    wizard.show()

    async def settle() -> None:
        for _ in range(5):
            await asyncio.sleep(0.05)
            app.processEvents()

    async def grab(page: PageId, suffix: str = "") -> None:
        await settle()
        widget: QWidget = wizard
        screen = wizard.screen()
        picture = screen.grabWindow(wizard.winId())
        if picture.isNull():
            picture = widget.grab()
        name = f"{int(page) + 1:02d}-{page.name.lower().replace('_', '-')}{suffix}.png"
        picture.save(str(folder / name))

    async def until(predicate, timeout: float = 10.0) -> None:  # type: ignore[no-untyped-def]
        deadline = loop.time() + timeout
        while not predicate():
            if loop.time() > deadline:
                raise TimeoutError(str(predicate))
            await asyncio.sleep(0.02)

    async def walk() -> None:
        pages = wizard.pages
        await grab(PageId.WELCOME)
        wizard.next()
        pages[PageId.WHERE].domain.setText("app-h.cyclr.com")  # type: ignore[attr-defined]
        await grab(PageId.WHERE)
        for page in (PageId.CREATE_APP, PageId.REDIRECT_URLS, PageId.PERMISSIONS):
            wizard.next()
            await grab(page)
        wizard.next()
        credentials = pages[PageId.CREDENTIALS]
        credentials.client_id.setText(SANDBOX_CLIENT_ID)  # type: ignore[attr-defined]
        credentials.secret.setText(SANDBOX_CLIENT_SECRET)  # type: ignore[attr-defined]
        await grab(PageId.CREDENTIALS)
        wizard.next()
        await until(lambda: wizard.current_page_id() is PageId.API_VERSION)
        version = pages[PageId.API_VERSION]
        version.version.setCurrentIndex(version.version.findText("2.11"))  # type: ignore[attr-defined]
        await grab(PageId.API_VERSION)
        version.step_list.setCurrentRow(4)  # type: ignore[attr-defined]
        await grab(PageId.API_VERSION, "-step5")
        wizard.next()
        test = pages[PageId.TEST]
        assert isinstance(test, AuthorizationTestPage)
        await grab(PageId.TEST, "-before")
        test.start_button.click()
        await until(lambda: urls)
        await until(lambda: test.countdown.text())
        test.certificate_help.show()  # as when the browser refused the certificate
        await grab(PageId.TEST)
        test.certificate_help.hide()
        browser = loop.run_in_executor(None, consent_in_sandbox, urls[-1])
        await until(lambda: wizard.current_page_id() is PageId.RESULTS)
        await browser
        await grab(PageId.RESULTS)
        wizard.next()
        await grab(PageId.FINISH)
        wizard.next()  # the optional Cyclr check, before it runs
        await grab(PageId.CYCLR_CHECK)
        wizard.back()
        wizard.show_diagnostics()
        await until(lambda: wizard._diagnostics is not None and wizard._diagnostics.rows)
        await settle()
        assert wizard._diagnostics is not None
        wizard._diagnostics.grab().save(str(folder / "11-diagnostics.png"))
        wizard._diagnostics.close()
        report = wizard.show_report()
        await settle()
        report.grab().save(str(folder / "12-support-report.png"))
        report.close()
        wizard.button(QWizard.WizardButton.FinishButton).click()
        await wizard.shutdown()

    try:
        with loop:
            loop.run_until_complete(asyncio.wait_for(walk(), 60))
    finally:
        sandbox.close()
        home.cleanup()
    print(f"{variant}: {len(list(folder.glob('*.png')))} pictures in {folder}")
    return 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots")
    parser.add_argument("--only", choices=VARIANTS, action="append")
    parser.add_argument("--variant", help=argparse.SUPPRESS)  # set for the child processes
    args = parser.parse_args(argv)
    if args.variant:
        return render_variant(args.variant, args.out)
    if not os.environ.get("DISPLAY"):
        xvfb = shutil.which("xvfb-run")
        if xvfb is None:
            print("No display and no xvfb-run: install Debian's xvfb.", file=sys.stderr)
            return 2
        command = [xvfb, "-a", "-s", f"-screen 0 {SCREEN}", sys.executable, *sys.argv]
        return subprocess.run(command, check=False).returncode
    failed = 0
    for variant in args.only or VARIANTS:
        env = dict(os.environ, QT_QPA_PLATFORM="xcb", QT_SCALE_FACTOR=variant.split("-")[1][:-2])
        env["QT_SCALE_FACTOR"] = "2" if variant.endswith("200") else "1"
        env.pop("QT_STYLE_OVERRIDE", None)
        command = [sys.executable, __file__, "--variant", variant, "--out", str(args.out)]
        failed |= subprocess.run(command, env=env, cwd=ROOT, check=False).returncode
    return failed


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main(sys.argv[1:]))
