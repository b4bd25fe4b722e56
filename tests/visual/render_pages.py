"""Render every wizard page to PNG in a real window: every language, 100% and 200%, light and dark.

    python tests/visual/render_pages.py [--out screenshots] [--only light-100] [--languages de,fr]
                                        [--check] [--platform offscreen] [--no-pictures]
                                        [--size 640x520]

Without a display (and without ``--platform offscreen``) it re-runs itself under ``xvfb-run``.
Each scale renders in its own process (QT_SCALE_FACTOR is read once, at start-up), which walks
the wizard once per theme and language into ``<out>/<language>/<theme>-<scale>/NN-page.png``.
The pages are filled by walking the wizard like a user against the embedded sandbox, with the
browser's part scripted, so the Test and Results pages show a real run.

``--check`` also inspects every page and dialog as shown (``tests/visual/checks.py``): text cut
off by its widget, and English left on a page in another language. Each problem is printed and
written to ``<out>/problems-<scale>.json``; the exit code is 1 if there is any.
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
from typing import TYPE_CHECKING, Any

from intercom_wizard.consent.ports import DEFAULT_PORT

if TYPE_CHECKING:
    from PySide6.QtGui import QPalette

ROOT = Path(__file__).resolve().parents[2]
VARIANTS = ("light-100", "light-200", "dark-100", "dark-200")
LANGUAGES = ("en", "de", "fr", "es")
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


def render_scale(scale: str, themes: list[str], languages: list[str], options: Any) -> int:
    """Runs inside the child process: one scale, every theme and language, one walk each."""
    import json

    import qasync
    from PySide6.QtWidgets import QApplication, QStyleFactory

    from intercom_wizard.ui.translations import apply_language

    app = QApplication([sys.argv[0], "-platform", options.platform])
    app.setStyle(QStyleFactory.create("Fusion"))
    app.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    light = app.palette()
    problems: dict[str, list[str]] = {}
    with loop:
        for theme in themes:
            app.setPalette(dark_palette() if theme == "dark" else light)
            for language in languages:
                apply_language(app, language)
                variant = f"{language}/{theme}-{scale}"
                found = loop.run_until_complete(
                    asyncio.wait_for(walk(app, loop, variant, options), 90)
                )
                problems.update(found)
    total = sum(len(each) for each in problems.values())
    if options.check:
        out = options.out / f"problems-{scale}.json"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(problems, indent=2, ensure_ascii=False), encoding="utf-8")
        for where, each in problems.items():
            for problem in each:
                print(f"{where}: {problem}")
        print(f"{scale}%: {total} problems in {len(themes) * len(languages)} walks")
    return 1 if options.check and total else 0


async def walk(app: Any, loop: Any, variant: str, options: Any) -> dict[str, list[str]]:
    """Walk the wizard Welcome to Finish once, grabbing (and checking) each page."""
    from PySide6.QtWidgets import QWidget, QWizard

    from intercom_wizard import i18n
    from intercom_wizard.sandbox.credentials import SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET
    from intercom_wizard.sandbox.scripted_browser import consent_in_sandbox
    from intercom_wizard.sandbox.server import SandboxIntercom
    from intercom_wizard.session import SetupSession
    from intercom_wizard.ui.app import build_wizard
    from intercom_wizard.ui.context import WizardContext, sandbox_endpoints
    from intercom_wizard.ui.page_ids import PageId
    from intercom_wizard.ui.pages.test_authorization import AuthorizationTestPage
    from tests.visual.checks import cut_off, untranslated

    folder = options.out / variant
    if options.pictures:
        folder.mkdir(parents=True, exist_ok=True)
    language = i18n.current()
    problems: dict[str, list[str]] = {}
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
        session=SetupSession(port=options.port),
    )
    wizard = build_wizard(context)
    if options.size:  # e.g. the smallest the window can be made: "640x520"
        wizard.resize(*(int(part) for part in options.size.split("x")))
    wizard.show()

    async def settle() -> None:
        for _ in range(options.settle_rounds):
            await asyncio.sleep(0.03)
            app.processEvents()

    def look(window: QWidget, name: str) -> None:
        if options.pictures:
            picture = window.screen().grabWindow(window.winId()) if window is wizard else None
            if picture is None or picture.isNull():
                picture = window.grab()
            picture.save(str(folder / name))
        else:
            window.grab()  # painted, as on screen, even when nothing is kept
        if options.check:
            found = cut_off(window) + untranslated(window, language)
            if found:
                problems[f"{variant}/{name}"] = found

    async def grab(page: PageId, suffix: str = "") -> None:
        await settle()
        look(wizard, f"{int(page) + 1:02d}-{page.name.lower().replace('_', '-')}{suffix}.png")

    async def until(predicate, timeout: float = 20.0) -> None:  # type: ignore[no-untyped-def]
        deadline = loop.time() + timeout
        while not predicate():
            if loop.time() > deadline:
                page = wizard.currentPage()
                said = getattr(getattr(page, "messages", None), "text", "")
                raise TimeoutError(f"{variant}: {predicate.__code__.co_firstlineno} {said}")
            await asyncio.sleep(0.02)

    try:
        pages = wizard.pages
        await until(lambda: len(pages) == len(PageId))
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
        wizard.show_diagnostics()
        await until(lambda: wizard._diagnostics is not None and wizard._diagnostics.rows)
        await settle()
        assert wizard._diagnostics is not None
        look(wizard._diagnostics, "11-diagnostics.png")
        wizard._diagnostics.close()
        report = wizard.show_report()
        await settle()
        look(report, "12-support-report.png")
        report.close()
        wizard.button(QWizard.WizardButton.FinishButton).click()
        await wizard.shutdown()
    finally:
        wizard.deleteLater()
        sandbox.close()
        home.cleanup()
    if options.pictures:
        print(f"{variant}: {len(list(folder.glob('*.png')))} pictures in {folder}", flush=True)
    return problems


def main(argv: list[str]) -> int:
    from tests.support.network import free_port

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots")
    parser.add_argument("--only", choices=VARIANTS, action="append")
    parser.add_argument("--languages", default=",".join(LANGUAGES))
    parser.add_argument("--check", action="store_true", help="fail on cut-off or English text")
    parser.add_argument("--platform", default="xcb", choices=("xcb", "offscreen"))
    parser.add_argument("--no-pictures", dest="pictures", action="store_false")
    parser.add_argument("--size", help="the window's size in pixels, e.g. 640x520")
    parser.add_argument("--settle-rounds", type=int, default=5, help=argparse.SUPPRESS)
    parser.add_argument("--scale", help=argparse.SUPPRESS)  # set for the child processes
    parser.add_argument("--themes", default="light,dark", help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    languages = [code for code in args.languages.split(",") if code]
    if args.scale:
        return render_scale(args.scale, args.themes.split(","), languages, args)
    if args.platform == "xcb" and not os.environ.get("DISPLAY"):
        xvfb = shutil.which("xvfb-run")
        if xvfb is None:
            print("No display and no xvfb-run: install Debian's xvfb.", file=sys.stderr)
            return 2
        command = [xvfb, "-a", "-s", f"-screen 0 {SCREEN}", sys.executable, *sys.argv]
        return subprocess.run(command, check=False).returncode
    wanted = args.only or list(VARIANTS)
    scales = sorted({variant.split("-")[1] for variant in wanted})
    # Without pictures the two scales run side by side (each is one core's work), the second
    # on another port; pictures are taken one scale after the other, on the port users see.
    parallel = not args.pictures
    children = []
    failed = 0
    for index, scale in enumerate(scales):
        themes = [v.split("-")[0] for v in VARIANTS if v in wanted and v.endswith(scale)]
        env = dict(os.environ, QT_QPA_PLATFORM=args.platform)
        env["QT_SCALE_FACTOR"] = "2" if scale == "200" else "1"
        env.pop("QT_STYLE_OVERRIDE", None)
        command = [
            sys.executable,
            __file__,
            "--scale",
            scale,
            "--themes",
            ",".join(themes),
            "--out",
            str(args.out),
            "--languages",
            ",".join(languages),
            "--platform",
            args.platform,
            "--settle-rounds",
            str(args.settle_rounds),
            "--port",
            str(free_port() if parallel and index else DEFAULT_PORT),
        ]
        command += ["--check"] if args.check else []
        command += ["--size", args.size] if args.size else []
        command += [] if args.pictures else ["--no-pictures"]
        child = subprocess.Popen(command, env=env, cwd=ROOT)
        if parallel:
            children.append(child)
        else:
            failed |= child.wait(timeout=900)
    for child in children:
        failed |= child.wait(timeout=900)
    return failed


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main(sys.argv[1:]))
