"""Build intercom-wizard for this operating system with one command.

    python packaging/build.py [--no-self-test] [--allow-larger] [--windows]

1. Makes sure the build tools are there (PyInstaller), installing them into this Python if not;
   a Python without the app's own packages first gets the checkout's ``.venv`` (as
   ``packaging/dev.py`` makes it) and the build continues inside it.
2. Draws the icons from ``resources/icons/intercom-wizard.svg`` into ``build/icons``.
3. Freezes the app into ``dist/intercom-wizard/`` (one folder, windowed) and, side by side, the
   bare PySide6 QWizard that is the size yardstick (cached by a hash in ``build/baseline``);
   prints both sizes and fails if the app is the larger.
4. Runs the frozen app's ``--self-test`` offscreen.
5. Windows: ``dist/IntercomWizard-<version>-setup.exe`` with Inno Setup; macOS:
   ``dist/IntercomWizard-<version>.dmg`` holding ``Intercom Wizard.app``. Linux stops at step 4.

``--windows`` on Linux builds the Windows app and its installer instead, inside Wine (see
``packaging/wine/``): ``dist/windows/intercom-wizard/`` and
``dist/IntercomWizard-<version>-setup.exe``, from the same spec, Inno Setup script and icons.

Signing and notarization run only when their credentials are in the environment (see
``SIGNING_ENV`` below); otherwise each prints one "skipped:" line.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
DIST = ROOT / "dist"
BUILD = ROOT / "build"
APP_NAME = "intercom-wizard"
BASELINE_SCRIPT = PACKAGING / "baseline" / "bare_wizard.py"

# What each signing step needs; a step runs only when all of its variables are set.
SIGNING_ENV = {
    "windows-sign": ("WINDOWS_CERTIFICATE_PFX", "WINDOWS_CERTIFICATE_PASSWORD"),
    "macos-sign": ("INTERCOM_WIZARD_CODESIGN_IDENTITY",),
    "macos-notarize": ("APPLE_ID", "APPLE_TEAM_ID", "APPLE_APP_PASSWORD"),
}
DEFAULT_TIMESTAMP_URL = "http://timestamp.digicert.com"
APP_PACKAGES = ("PySide6", "qasync", "httpx", "h11", "keyring", "cryptography", "platformdirs")
BUILD_TOOLS = {"PyInstaller": "pyinstaller>=6.6", "babel": "babel>=2.14"}


class BuildError(Exception):
    """A step failed; the message says which and what to do."""


def say(message: str) -> None:
    print(f"[build] {message}", flush=True)


def run(args: list[str], **kwargs: object) -> None:
    result = subprocess.run(args, check=False, **kwargs)  # type: ignore[call-overload]
    if result.returncode != 0:
        raise BuildError(f"{Path(args[0]).name} failed (exit {result.returncode}): {args}")


def version() -> str:
    text = (ROOT / "intercom_wizard" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'__version__ = "([^"]+)"', text)
    if not match:
        raise BuildError("intercom_wizard/__init__.py has no __version__")
    return match.group(1)


def missing(modules: tuple[str, ...] | list[str]) -> list[str]:
    return [name for name in modules if importlib.util.find_spec(name) is None]


def ensure_interpreter(argv: list[str]) -> None:
    """Continue in the checkout's .venv when this Python lacks the app's packages."""
    if not missing(APP_PACKAGES):
        return
    say("this Python lacks the app's packages; using the checkout's .venv (packaging/dev.py)")
    sys.path.insert(0, str(PACKAGING))
    import dev

    python = dev.ensure_environment()
    sys.exit(subprocess.run([str(python), str(Path(__file__).resolve()), *argv]).returncode)


def ensure_build_tools() -> None:
    absent = missing(list(BUILD_TOOLS))
    if absent:
        requirements = [BUILD_TOOLS[name] for name in absent]
        say(f"installing build tools into {sys.executable}: {' '.join(requirements)}")
        command = [sys.executable, "-m", "pip", "install", "--disable-pip-version-check", "-q"]
        if subprocess.run([*command, *requirements], check=False).returncode != 0:
            raise BuildError(
                f"could not install {' '.join(requirements)} into {sys.executable}: install "
                "it yourself, or run `python3 packaging/dev.py run python packaging/build.py`"
            )
        importlib.invalidate_caches()
    still = missing(list(BUILD_TOOLS))
    if still:
        raise BuildError(f"{', '.join(still)} is still missing from {sys.executable}")


def tree_size(folder: Path) -> int:
    """Bytes on disk of every file in the folder, symlinks counted once as links."""
    return sum(
        path.lstat().st_size for path in folder.rglob("*") if not path.is_dir() or path.is_symlink()
    )


def megabytes(size: float) -> str:
    return f"{size / 1_000_000:.1f} MB"


def pyinstaller(*args: str, log: Path | None = None) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", *args]
    if log is None:
        return subprocess.Popen(command, cwd=ROOT)
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("wb") as sink:
        return subprocess.Popen(command, cwd=ROOT, stdout=sink, stderr=subprocess.STDOUT)


def baseline_key() -> str:
    """Changes whenever the yardstick's size could: its script, PySide6, PyInstaller, Python."""
    from importlib.metadata import version as dist_version

    parts = [
        BASELINE_SCRIPT.read_text(encoding="utf-8"),
        dist_version("shiboken6"),  # released in lockstep with PySide6
        dist_version("pyinstaller"),
        sys.version,
        sys.platform,
    ]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]


class Baseline:
    """The bare PySide6 QWizard frozen with PyInstaller's defaults, built once per key."""

    def __init__(self) -> None:
        self.folder = BUILD / "baseline" / baseline_key()
        self.size_file = self.folder / "size.json"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        if self.size_file.exists():
            say(f"baseline: cached ({self.folder.relative_to(ROOT)})")
            return
        say("baseline: freezing a bare PySide6 QWizard with PyInstaller's defaults")
        shutil.rmtree(self.folder, ignore_errors=True)
        self.process = pyinstaller(
            "--onedir",
            "--windowed",
            "--distpath",
            str(self.folder / "dist"),
            "--workpath",
            str(self.folder / "work"),
            "--specpath",
            str(self.folder),
            str(BASELINE_SCRIPT),
            log=self.folder / "pyinstaller.log",
        )

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait()

    def size(self) -> int:
        if self.process is not None:
            if self.process.wait() != 0:
                raise BuildError(f"the baseline build failed: see {self.folder}/pyinstaller.log")
            frozen = self.folder / "dist" / "bare_wizard"
            self.size_file.write_text(json.dumps({"bytes": tree_size(frozen)}))
            # Only the number is needed later; the frozen copy is as large as the app.
            shutil.rmtree(self.folder / "dist", ignore_errors=True)
            shutil.rmtree(self.folder / "work", ignore_errors=True)
        size: int = json.loads(self.size_file.read_text())["bytes"]
        return size


def compile_translations() -> None:
    """The .qm and .mo files the app loads, from the catalogs (they are not committed)."""
    say("compiling the translations (pyside6-lrelease, Babel)")
    run([sys.executable, str(PACKAGING / "i18n.py"), "compile"], cwd=ROOT)


def make_icons() -> Path | None:
    svg = ROOT / "resources" / "icons" / "intercom-wizard.svg"
    if not svg.is_file():
        if sys.platform in ("win32", "darwin"):
            raise BuildError(f"{svg.relative_to(ROOT)} is missing: the installer needs the icon")
        say("skipped: icons (resources/icons/intercom-wizard.svg is not there yet)")
        return None
    sys.path.insert(0, str(PACKAGING))
    import make_icons as icons

    written = icons.make_icons(svg, BUILD / "icons")
    say(f"icons: {len(written)} files in build/icons")
    return BUILD / "icons"


def freeze_app(baseline: Baseline) -> Path:
    say("freezing intercom-wizard (one folder, windowed)")
    shutil.rmtree(DIST / APP_NAME, ignore_errors=True)
    app = pyinstaller(
        "--distpath",
        str(DIST),
        "--workpath",
        str(BUILD / "pyinstaller"),
        str(PACKAGING / "intercom-wizard.spec"),
    )
    if app.wait() != 0:
        raise BuildError("PyInstaller could not freeze the app (its messages are above)")
    return DIST / APP_NAME


def compare_sizes(app_folder: Path, baseline: Baseline, allow_larger: bool) -> None:
    app_size, bare_size = tree_size(app_folder), baseline.size()
    verdict = "smaller" if app_size <= bare_size else "LARGER"
    say(
        f"size: intercom-wizard {megabytes(app_size)} ({app_size} bytes); "
        f"bare PySide6 QWizard {megabytes(bare_size)} ({bare_size} bytes); app is {verdict} "
        f"by {megabytes(abs(bare_size - app_size))}"
    )
    (BUILD / "sizes.json").write_text(json.dumps({"app": app_size, "baseline": bare_size}))
    if app_size > bare_size and not allow_larger:
        raise BuildError(
            "the app is larger than a bare PySide6 QWizard: trim it in "
            "packaging/qt_trim.py (or pass --allow-larger)"
        )


def executable(app_folder: Path) -> Path:
    return app_folder / (f"{APP_NAME}.exe" if sys.platform == "win32" else APP_NAME)


def self_test(app_folder: Path) -> None:
    # The report comes back through a file: a windowed Windows executable may have no stdout.
    report_file = BUILD / "self-test.json"
    report_file.unlink(missing_ok=True)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "INTERCOM_WIZARD_SELF_TEST_REPORT": str(report_file),
    }
    result = subprocess.run(
        [str(executable(app_folder)), "--self-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    try:
        report = json.loads(report_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        report = {}
    if result.returncode != 0 or report.get("ok") is not True:
        sys.stderr.write(result.stdout + result.stderr)
        raise BuildError(f"the frozen app's --self-test failed (exit {result.returncode})")
    say(f"self-test: ok ({', '.join(report.get('checked', {}))}); report in build/self-test.json")


def credentials(step: str) -> dict[str, str] | None:
    names = SIGNING_ENV[step]
    values = {name: os.environ.get(name, "") for name in names}
    return values if all(values.values()) else None


# ---- Windows ----------------------------------------------------------------------------


def find_windows_tool(name: str, patterns: list[str]) -> Path | None:
    found = shutil.which(name)
    if found:
        return Path(found)
    for pattern in patterns:
        base, _, rest = pattern.partition("*")
        candidates = sorted(Path(base).glob("*" + rest)) if Path(base).exists() else []
        if candidates:
            return candidates[-1]
    return None


def signtool() -> Path:
    kits = os.path.expandvars(r"%ProgramFiles(x86)%\Windows Kits\10\bin")
    tool = find_windows_tool("signtool", [kits + r"\*\x64\signtool.exe"])
    if tool is None:
        raise BuildError("signtool.exe not found: install the Windows SDK's signing tools")
    return tool


def signtool_command(tool: Path, secrets: dict[str, str]) -> list[str]:
    return [
        str(tool),
        "sign",
        "/f",
        secrets["WINDOWS_CERTIFICATE_PFX"],
        "/p",
        secrets["WINDOWS_CERTIFICATE_PASSWORD"],
        "/fd",
        "sha256",
        "/tr",
        os.environ.get("WINDOWS_TIMESTAMP_URL", DEFAULT_TIMESTAMP_URL),
        "/td",
        "sha256",
    ]


def numeric_version(release: str) -> str:
    """Windows' four-number form of the release, e.g. 0.1.0 -> 0.1.0.0."""
    numbers = [*re.findall(r"\d+", release)[:3], "0", "0", "0"][:3]
    return f"{'.'.join(numbers)}.0"


def iscc_arguments(
    release: str,
    app_folder: str,
    output_dir: str,
    icon: str,
    output_name: str | None = None,
) -> list[str]:
    """Inno Setup's defines, with paths as the compiler sees them (native or inside Wine)."""
    args = [
        "/Q",
        f"/DAppVersion={release}",
        f"/DNumericVersion={numeric_version(release)}",
        f"/DSourceDir={app_folder}",
        f"/DOutputDir={output_dir}",
        f"/DIconFile={icon}",
    ]
    if output_name:
        args.append(f"/DOutputName={output_name}")
    return args


def windows_installer(app_folder: Path, release: str) -> None:
    secrets = credentials("windows-sign")
    iscc = find_windows_tool(
        "iscc",
        [
            os.path.expandvars(r"%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe"),
            os.path.expandvars(r"%LocalAppData%\Programs\Inno Setup 6\ISCC.exe"),
        ],
    )
    if iscc is None:
        raise BuildError(
            "Inno Setup 6 (ISCC.exe) not found: install it, e.g. `choco install innosetup`"
        )
    args = [
        str(iscc),
        *iscc_arguments(
            release, str(app_folder), str(DIST), str(BUILD / "icons" / "intercom-wizard.ico")
        ),
    ]
    if secrets:
        tool = signtool()
        say("signing intercom-wizard.exe with signtool")
        run([*signtool_command(tool, secrets), str(executable(app_folder))])
        # Inno Setup signs the setup and its uninstaller through this named tool.
        quoted = " ".join(
            f'"{part}"' if " " in part else part for part in signtool_command(tool, secrets)
        )
        args += ["/DSign", f"/Ssigntool={quoted} $f"]
    else:
        say(
            "skipped: Windows code signing (set WINDOWS_CERTIFICATE_PFX and "
            "WINDOWS_CERTIFICATE_PASSWORD to sign)"
        )
    run([*args, str(PACKAGING / "windows" / "intercom-wizard.iss")])
    say(f"installer: dist/IntercomWizard-{release}-setup.exe")


# ---- Windows, built on Linux inside Wine ------------------------------------------------

WINE_DIST = DIST / "windows"
WINE_BUILD = BUILD / "windows"
WINE_FREEZE_TIMEOUT = 1500
WINE_ISCC_TIMEOUT = 600
WINE_SELF_TEST_TIMEOUT = 300


def _wine_modules() -> tuple[Any, Any]:
    sys.path.insert(0, str(PACKAGING))
    from wine import prefix, toolchain

    return prefix, toolchain


def wine_pyinstaller(tools: Any, args: list[str], log: Path, what: str) -> Any:
    """PyInstaller run by the Windows Python in the build prefix; its output goes to ``log``."""
    log.parent.mkdir(parents=True, exist_ok=True)
    finished = tools.prefix.run(
        [tools.python, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", *args],
        timeout=WINE_FREEZE_TIMEOUT,
        cwd=ROOT,
        check=False,
        what=what,
    )
    log.write_text(finished.output, encoding="utf-8")
    if finished.returncode != 0:
        raise BuildError(f"{what} failed under Wine (exit {finished.returncode}): see {log}")
    return finished


def wine_iscc(tools: Any, release: str, app_folder: Path, output: Path, name: str | None) -> None:
    prefix, _ = _wine_modules()
    w = prefix.windows_path
    args = iscc_arguments(
        release, w(app_folder), w(output), w(BUILD / "icons" / "intercom-wizard.ico"), name
    )
    log = WINE_BUILD / f"iscc-{name or 'app'}.log"
    finished = tools.prefix.run(
        [tools.iscc, *args, w(PACKAGING / "windows" / "intercom-wizard.iss")],
        timeout=WINE_ISCC_TIMEOUT,
        check=False,
        what="Inno Setup's compiler",
    )
    log.write_text(finished.output, encoding="utf-8")
    if finished.returncode != 0:
        raise BuildError(f"Inno Setup failed under Wine (exit {finished.returncode}): see {log}")


def wine_baseline(tools: Any, release: str) -> dict[str, int]:
    """The yardstick under Wine: the bare QWizard frozen with PyInstaller's defaults and packed
    by the same Inno Setup script; cached by the build prefix's key and the script."""
    key = hashlib.sha256(
        (tools.key + BASELINE_SCRIPT.read_text(encoding="utf-8")).encode()
    ).hexdigest()[:16]
    folder = WINE_BUILD / "baseline" / key
    sizes_file = folder / "sizes.json"
    if sizes_file.is_file():
        say(f"baseline: cached ({folder.relative_to(ROOT)})")
        sizes: dict[str, int] = json.loads(sizes_file.read_text())
        return sizes
    shutil.rmtree(folder, ignore_errors=True)
    prefix, _ = _wine_modules()
    w = prefix.windows_path
    say("baseline: freezing a bare PySide6 QWizard with PyInstaller's defaults under Wine")
    wine_pyinstaller(
        tools,
        [
            "--onedir",
            "--windowed",
            "--distpath",
            w(folder / "dist"),
            "--workpath",
            w(folder / "work"),
            "--specpath",
            w(folder),
            w(BASELINE_SCRIPT),
        ],
        folder / "pyinstaller.log",
        "the baseline's PyInstaller",
    )
    frozen = folder / "dist" / "bare_wizard"
    wine_iscc(tools, release, frozen, folder, "bare-wizard-setup")
    setup = folder / "bare-wizard-setup.exe"
    sizes = {"folder": tree_size(frozen), "setup": setup.stat().st_size}
    sizes_file.write_text(json.dumps(sizes))
    for leftover in ("dist", "work"):
        shutil.rmtree(folder / leftover, ignore_errors=True)
    setup.unlink(missing_ok=True)
    return sizes


def wine_self_test(tools: Any, app_folder: Path) -> dict[str, Any]:
    """The frozen Windows app's --self-test, offscreen, under Wine."""
    prefix, _ = _wine_modules()
    w = prefix.windows_path
    report_file = WINE_BUILD / "self-test.json"
    report_file.unlink(missing_ok=True)
    finished = tools.prefix.run(
        # Wine drops QT_* variables, so the platform is chosen on the command line.
        [w(app_folder / f"{APP_NAME}.exe"), "-platform", "offscreen", "--self-test"],
        timeout=WINE_SELF_TEST_TIMEOUT,
        env={"INTERCOM_WIZARD_SELF_TEST_REPORT": w(report_file)},
        check=False,
        what="the frozen app's --self-test",
    )
    try:
        report: dict[str, Any] = json.loads(report_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        report = {}
    if finished.returncode != 0 or report.get("ok") is not True:
        sys.stderr.write(finished.output[-4000:])
        raise BuildError(f"the Windows app's --self-test failed (exit {finished.returncode})")
    say(f"self-test under Wine: ok ({', '.join(report.get('checked', {}))})")
    return report


def build_windows_under_wine(options: argparse.Namespace) -> int:
    """``--windows`` on Linux: the Windows app and setup.exe, built inside a Wine prefix."""
    prefix, toolchain = _wine_modules()
    started = time.monotonic()
    release = version()
    build_prefix = None
    try:
        tools = toolchain.ensure_toolchain(say)
        build_prefix = tools.prefix
        compile_translations()
        if make_icons() is None:
            raise BuildError("the installer needs resources/icons/intercom-wizard.svg")
        shutil.rmtree(WINE_DIST / APP_NAME, ignore_errors=True)
        w = prefix.windows_path
        say("freezing intercom-wizard for Windows under Wine (one folder, windowed)")
        # The app and the yardstick freeze side by side: each is mostly one core's work.
        with ThreadPoolExecutor(max_workers=2) as pool:
            app = pool.submit(
                wine_pyinstaller,
                tools,
                [
                    "--distpath",
                    w(WINE_DIST),
                    "--workpath",
                    w(WINE_BUILD / "pyinstaller"),
                    w(PACKAGING / "intercom-wizard.spec"),
                ],
                WINE_BUILD / "pyinstaller.log",
                "PyInstaller",
            )
            baseline = pool.submit(wine_baseline, tools, release)
            app.result()
            bare = baseline.result()
        app_folder = WINE_DIST / APP_NAME
        if not (app_folder / f"{APP_NAME}.exe").is_file():
            log = WINE_BUILD / "pyinstaller.log"
            raise BuildError(f"PyInstaller made no {APP_NAME}.exe: see {log}")
        if not options.no_self_test:
            wine_self_test(tools, app_folder)
        say("signing: skipped under Wine (releases are signed on Windows, see README)")
        wine_iscc(tools, release, app_folder, DIST, None)
        setup = DIST / f"IntercomWizard-{release}-setup.exe"
        sizes = {
            "setup": setup.stat().st_size,
            "folder": tree_size(app_folder),
            "baseline_setup": bare["setup"],
            "baseline_folder": bare["folder"],
            "seconds": round(time.monotonic() - started, 1),
        }
        (WINE_BUILD / "sizes.json").write_text(json.dumps(sizes))
        verdict = "no larger" if sizes["setup"] <= sizes["baseline_setup"] else "LARGER"
        say(
            f"size: {setup.name} {megabytes(sizes['setup'])} ({sizes['setup']} bytes), app folder "
            f"{megabytes(sizes['folder'])}; bare PySide6 QWizard with the same Inno Setup "
            f"compression {megabytes(sizes['baseline_setup'])}, folder "
            f"{megabytes(sizes['baseline_folder'])}: the setup is {verdict}"
        )
        if sizes["setup"] > sizes["baseline_setup"] and not options.allow_larger:
            raise BuildError(
                "the setup.exe is larger than a bare PySide6 QWizard's: trim the app in "
                "packaging/qt_trim.py (or pass --allow-larger)"
            )
    except (BuildError, prefix.WineError, subprocess.SubprocessError, OSError) as error:
        print(f"[build] FAILED: {error}", file=sys.stderr)
        return 1
    finally:
        if build_prefix is not None:
            build_prefix.kill()
    say(f"done in {time.monotonic() - started:.0f} s: dist/windows/{APP_NAME}, dist/{setup.name}")
    return 0


# ---- macOS ------------------------------------------------------------------------------


def macos_dmg(release: str) -> None:
    app = DIST / "Intercom Wizard.app"
    if not app.is_dir():
        raise BuildError("PyInstaller made no 'Intercom Wizard.app'")
    identity = os.environ.get("INTERCOM_WIZARD_CODESIGN_IDENTITY")
    if identity:
        # PyInstaller signed every binary and the bundle (hardened runtime, entitlements).
        run(["codesign", "--verify", "--deep", "--strict", "--verbose=2", str(app)])
        say(f"signed: Intercom Wizard.app with '{identity}' (hardened runtime)")
    else:
        say(
            "skipped: macOS code signing (set INTERCOM_WIZARD_CODESIGN_IDENTITY to a "
            "Developer ID Application identity in the keychain)"
        )
    staging = BUILD / "dmg"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    shutil.copytree(app, staging / app.name, symlinks=True)
    (staging / "Applications").symlink_to("/Applications")
    dmg = DIST / f"IntercomWizard-{release}.dmg"
    dmg.unlink(missing_ok=True)
    run(
        [
            "hdiutil",
            "create",
            "-volname",
            "Intercom Wizard",
            "-srcfolder",
            str(staging),
            "-ov",
            "-format",
            "UDZO",
            str(dmg),
        ]
    )
    if identity:
        run(["codesign", "--sign", identity, "--timestamp", str(dmg)])
    notary = credentials("macos-notarize")
    if identity and notary:
        say("notarizing the .dmg with notarytool (waits for Apple's answer)")
        run(
            [
                "xcrun",
                "notarytool",
                "submit",
                str(dmg),
                "--apple-id",
                notary["APPLE_ID"],
                "--team-id",
                notary["APPLE_TEAM_ID"],
                "--password",
                notary["APPLE_APP_PASSWORD"],
                "--wait",
            ]
        )
        run(["xcrun", "stapler", "staple", str(dmg)])
        say("notarized and stapled")
    else:
        say(
            "skipped: notarization (needs signing plus APPLE_ID, APPLE_TEAM_ID and "
            "APPLE_APP_PASSWORD)"
        )
    say(f"disk image: dist/{dmg.name}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Build intercom-wizard for this OS.")
    parser.add_argument(
        "--no-self-test", action="store_true", help="don't run the frozen app's --self-test"
    )
    parser.add_argument(
        "--allow-larger",
        action="store_true",
        help="don't fail when the app is larger than the bare baseline",
    )
    parser.add_argument(
        "--windows",
        action="store_true",
        help="on Linux: build the Windows app and setup.exe inside Wine",
    )
    options = parser.parse_args(argv)
    ensure_interpreter(argv)
    if options.windows and sys.platform != "win32":
        return build_windows_under_wine(options)
    started = time.monotonic()
    baseline: Baseline | None = None
    try:
        # First: the baseline's cache key asks PyInstaller for its version.
        ensure_build_tools()
        baseline = Baseline()
        release = version()
        compile_translations()
        make_icons()
        baseline.start()  # in parallel with the app: both are mostly one core's work
        app_folder = freeze_app(baseline)
        compare_sizes(app_folder, baseline, options.allow_larger)
        if not options.no_self_test:
            self_test(app_folder)
        if sys.platform == "win32":
            windows_installer(app_folder, release)
        elif sys.platform == "darwin":
            macos_dmg(release)
        else:
            say(
                "Linux: the one-folder app is the result; installers are built on Windows and "
                "macOS, or for Windows with --windows (inside Wine)"
            )
    except (BuildError, subprocess.SubprocessError) as error:
        print(f"[build] FAILED: {error}", file=sys.stderr)
        return 1
    finally:
        if baseline is not None:
            baseline.stop()
    say(f"done in {time.monotonic() - started:.0f} s: {app_folder.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
