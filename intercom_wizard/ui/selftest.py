"""``intercom-wizard --self-test``: prove an installed (or frozen) copy has everything it needs.

It builds the wizard offscreen without showing it, loads every resource the app ships, makes a
callback certificate in a throwaway folder, names the keyring backend that secrets would go to
and saves, reads and deletes a dummy secret there. ``--full`` adds a whole training run of the
wizard itself, offscreen, Welcome to Finish against the built-in sandbox with the browser's part
scripted (``ui/selftest_walk.py``). It prints one JSON object and exits 0 when all is well;
otherwise the object says what is wrong and the exit code is 1. Nothing here may end in a traceback:
installers and CI read the JSON, and a person reads the reasons.
"""

from __future__ import annotations

import json
import os
import platform
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from intercom_wizard import __version__

EXIT_OK = 0
EXIT_FAILED = 1

# Operating systems where a frozen app without a real keyring is broken, not merely limited:
# Windows has the Credential Manager and macOS the Keychain on every machine.
_KEYRING_REQUIRED = ("win32", "darwin")

# Where to write a copy of the report, for callers that cannot read the app's stdout.
REPORT_FILE_ENV = "INTERCOM_WIZARD_SELF_TEST_REPORT"

Check = Callable[[], Any]


class SelfTestFailure(Exception):
    """One check found something missing or broken; the message says what."""


def run_self_test(*, full: bool = False) -> int:
    """Run every check, print the JSON report on stdout and return the exit code."""
    # Must be decided before the first QApplication exists; an explicit choice is respected.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    report: dict[str, Any] = {
        "ok": False,
        "version": __version__,
        "platform": sys.platform,
        "python": platform.python_version(),
        "frozen": bool(getattr(sys, "frozen", False)),
        "checked": {},
        "problems": [],
    }
    checks: list[tuple[str, Check]] = [
        ("qt", _check_qt),
        ("templates", _check_templates),
        ("illustrations", _check_illustrations),
        ("icon", _check_icon),
        ("translations", _check_translations),
        ("wizard", _check_wizard),
        ("certificate", _check_certificate),
        ("ca_bundle", _check_ca_bundle),
        ("keyring", _check_keyring),
        ("single_instance", _check_single_instance),
    ]
    if full:
        checks.append(("walk", _check_walk))
    for name, check in checks:
        try:
            report["checked"][name] = check()
        except SelfTestFailure as failure:
            report["problems"].append(f"{name}: {failure}")
        except Exception as error:  # a self-test reports every failure, it never crashes
            report["problems"].append(f"{name}: {type(error).__name__}: {error}")
    report["ok"] = not report["problems"]
    _emit(report)
    return EXIT_OK if report["ok"] else EXIT_FAILED


def _emit(report: dict[str, Any]) -> None:
    text = json.dumps(report, indent=2, sort_keys=False, default=str)
    # A windowed Windows executable started without redirection has no stdout at all, so a
    # build script can ask for the report in a file as well.
    copy = os.environ.get(REPORT_FILE_ENV)
    if copy:
        try:
            Path(copy).write_text(text + "\n", encoding="utf-8")
        except OSError as error:
            report["problems"].append(f"report: cannot write {copy}: {error}")
            report["ok"] = False
            text = json.dumps(report, indent=2, default=str)
    if sys.stdout is not None:
        sys.stdout.write(text + "\n")
        sys.stdout.flush()


def _application() -> Any:
    from PySide6.QtWidgets import QApplication

    from intercom_wizard.qt_arguments import application_arguments

    app = QApplication.instance()
    if app is None:
        app = QApplication(application_arguments())
    return app


def _check_qt() -> dict[str, str]:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtGui import QGuiApplication

    _application()
    return {"pyside6": pyside_version, "platform_plugin": QGuiApplication.platformName()}


def _resources() -> Path:
    from intercom_wizard.resources import resources_dir

    return resources_dir()


def _files(folder: str, pattern: str) -> list[Path]:
    found = sorted((_resources() / folder).glob(pattern))
    if not found:
        raise SelfTestFailure(f"no {pattern} files in resources/{folder}")
    return found


def _check_templates() -> list[str]:
    pages = [*_files("templates", "*.html"), *sorted((_resources() / "sandbox").glob("*.html"))]
    for page in pages:
        if not page.read_text(encoding="utf-8").strip():
            raise SelfTestFailure(f"{page.name} is empty")
    return [f"{page.parent.name}/{page.name}" for page in pages]


def _valid_svg(path: Path) -> bool:
    from PySide6.QtSvg import QSvgRenderer

    return QSvgRenderer(str(path)).isValid()


def _check_illustrations() -> list[str]:
    pictures = _files("illustrations", "*.svg")
    broken = [picture.name for picture in pictures if not _valid_svg(picture)]
    if broken:
        raise SelfTestFailure(f"Qt cannot draw {', '.join(broken)}")
    return [picture.name for picture in pictures]


def _check_icon() -> dict[str, Any]:
    from PySide6.QtGui import QIcon

    _application()
    path = _resources() / "icons" / "intercom-wizard.svg"
    if not path.is_file():
        raise SelfTestFailure("resources/icons/intercom-wizard.svg is missing")
    if not _valid_svg(path):
        raise SelfTestFailure("Qt cannot draw intercom-wizard.svg")
    # Drawing through QIcon proves the SVG icon engine plugin made it into the app.
    pixmap = QIcon(str(path)).pixmap(64, 64)
    if pixmap.isNull():
        raise SelfTestFailure("the SVG icon engine is missing: the icon draws as nothing")
    return {"file": path.name, "pixmap": [pixmap.width(), pixmap.height()]}


def _check_translations() -> dict[str, Any]:
    from PySide6.QtCore import QLibraryInfo, QTranslator

    loaded: list[str] = []
    for catalogue in sorted((_resources() / "i18n").glob("*.qm")):
        translator = QTranslator()
        if not translator.load(str(catalogue)):
            raise SelfTestFailure(f"{catalogue.name} does not load")
        loaded.append(catalogue.name)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_catalogues = sorted(path.name for path in Path(qt_dir).glob("qtbase_*.qm"))
    return {"app": loaded, "qt": qt_catalogues}


def _check_wizard() -> dict[str, Any]:
    from PySide6.QtCore import QCoreApplication, QEvent

    from intercom_wizard.ui.app import build_wizard
    from intercom_wizard.ui.context import WizardContext

    app = _application()
    with tempfile.TemporaryDirectory(prefix="intercom-wizard-selftest-") as folder:
        # Never read or write the person's own saved setup.
        context = WizardContext(progress_path=Path(folder) / "progress.json", resume_at_start=False)
        wizard = build_wizard(context)
        try:
            page_ids = list(wizard.pageIds())
            if not page_ids:
                raise SelfTestFailure("the wizard has no pages")
            titles = [wizard.page(page_id).title() for page_id in page_ids]
            shown = wizard.isVisible()
        finally:
            # Delete now, not at some later event loop: a caller that goes on running Qt (a
            # test session, say) must not meet a half-deleted wizard in its own loop.
            wizard.close()
            wizard.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            app.processEvents()
    if shown:
        raise SelfTestFailure("the wizard showed itself while being built")
    return {"pages": len(page_ids), "titles": titles}


def _check_certificate() -> dict[str, Any]:
    from intercom_wizard.consent.certificate import ensure_certificate, server_ssl_context

    with tempfile.TemporaryDirectory(prefix="intercom-wizard-selftest-") as folder:
        info = ensure_certificate(Path(folder))
        # Loading it into an SSL context proves cryptography and ssl agree inside this build.
        server_ssl_context(info)
        return {
            "created": info.created,
            "not_after": info.not_after.isoformat(),
            "sha256": info.sha256_fingerprint,
        }


def _check_ca_bundle() -> str:
    import certifi

    bundle = Path(certifi.where())
    if not bundle.is_file():
        raise SelfTestFailure("certifi's CA bundle is missing: HTTPS to Intercom would fail")
    return bundle.name


def _check_keyring() -> dict[str, Any]:
    from importlib.metadata import entry_points

    import keyring
    from keyring.backends import chainer, fail, null

    from intercom_wizard.secrets import SecretStore

    # keyring discovers its backends only through these entry points in its package metadata.
    declared = sorted(point.name for point in entry_points(group="keyring.backends"))
    if not declared:
        raise SelfTestFailure(
            "keyring's package metadata is missing, so it can find no backend at all"
        )
    backend = keyring.get_keyring()
    inner = list(backend.backends) if isinstance(backend, chainer.ChainerBackend) else [backend]
    usable = [each for each in inner if not isinstance(each, (fail.Keyring, null.Keyring))]
    store = SecretStore()
    result = {
        "backend": store.backend_name,
        "persistent": store.persistent,
        "declared": declared,
        "found": sorted(type(each).__module__ + "." + type(each).__name__ for each in inner),
    }
    if not usable and sys.platform in _KEYRING_REQUIRED:
        raise SelfTestFailure(
            f"no usable keyring backend ({store.backend_name}): the build is missing keyring's "
            "backends or their metadata, so secrets could not be saved"
        )
    if store.persistent:
        result["round_trip"] = _keyring_round_trip()
    else:
        result["round_trip"] = "skipped: no persistent keyring here"
    return result


_ROUND_TRIP_LIMIT = 30.0  # seconds; a keyring can hang (a locked keychain, a silent D-Bus)


def _keyring_round_trip() -> str:
    """Save, read back and delete a throwaway dummy secret under its own account name."""
    import secrets
    import threading

    import keyring

    from intercom_wizard.secrets import SERVICE

    account = f"self-test-{secrets.token_hex(6)}"
    dummy = secrets.token_urlsafe(18)  # never shown: only whether it came back is reported
    outcome: list[str] = []

    def work() -> None:
        try:
            keyring.set_password(SERVICE, account, dummy)
            try:
                if keyring.get_password(SERVICE, account) != dummy:
                    outcome.append("the secret read back is not the one saved")
                    return
            finally:
                keyring.delete_password(SERVICE, account)
            if keyring.get_password(SERVICE, account) is not None:
                outcome.append("the secret is still there after deleting it")
                return
            outcome.append("")
        except Exception as error:
            outcome.append(f"{type(error).__name__}: {error}")

    worker = threading.Thread(target=work, name="self-test-keyring", daemon=True)
    worker.start()
    worker.join(_ROUND_TRIP_LIMIT)
    if not outcome:
        raise SelfTestFailure(f"the keyring did not answer within {_ROUND_TRIP_LIMIT:.0f} s")
    if outcome[0]:
        raise SelfTestFailure(f"save/read/delete of a dummy secret failed: {outcome[0]}")
    return "saved, read back and deleted a dummy secret"


def _check_single_instance() -> str:
    from intercom_wizard.ui.single_instance import self_check

    _application()
    try:
        return self_check()
    except (ImportError, RuntimeError) as error:
        raise SelfTestFailure(f"a second launch could not reach the open window: {error}") from None


def _check_walk() -> dict[str, Any]:
    from intercom_wizard.ui.selftest_walk import walk_the_wizard

    _application()
    return walk_the_wizard()
