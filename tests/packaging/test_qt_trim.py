"""Which collected files the frozen app keeps, and which libraries become orphans."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


qt_trim = _load("qt_trim")
LANGS = frozenset({"de"})


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6\\plugins\\platforms\\qwindows.dll".replace("\\plugins", "\\Qt\\plugins"),
        "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
        "PySide6/Qt/plugins/styles/qmodernwindowsstyle.dll",
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "intercom_wizard/resources/illustrations/create-app.svg",
        "intercom_wizard/resources/i18n/intercom_wizard_de.qm",
        "intercom_wizard\\resources\\i18n\\core\\de.mo",
        "intercom_wizard/resources/intercom-openapi/LICENSE.md",
        "PySide6\\plugins\\platforms\\qwindows.dll",
        "PySide6\\plugins\\imageformats\\qsvg.dll",
        "PySide6\\translations\\qtbase_de.qm",
    ],
)
def test_what_the_wizard_uses_is_kept(dest: str) -> None:
    assert qt_trim.keep(dest, LANGS)


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/imageformats/libqjpeg.so",
        "PySide6/Qt/plugins/tls/libqopensslbackend.so",
        "PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so",
        "PySide6/Qt/translations/qtbase_fr.qm",
        "PySide6/Qt/translations/qtdeclarative_de.qm",
        "PySide6/opengl32sw.dll",
        # The Windows wheel has no Qt/ folder: plugins and translations sit under PySide6.
        "PySide6\\plugins\\imageformats\\qjpeg.dll",
        "PySide6\\plugins\\platforms\\qdirect2d.dll",
        "PySide6\\plugins\\tls\\qschannelbackend.dll",
        "PySide6\\translations\\qtbase_fr.qm",
        "PySide6\\translations\\qt_gl.qm",
        # The README's pictures and the translators' sources: the app loads .qm and .mo.
        "intercom_wizard/resources/screenshots/results-dark.png",
        "intercom_wizard\\resources\\screenshots\\test-authorization-de.png",
        "intercom_wizard/resources/i18n/intercom_wizard_de.ts",
        "intercom_wizard\\resources\\i18n\\core\\fr.po",
        "intercom_wizard/resources/i18n/GLOSSARY.md",
    ],
)
def test_what_it_never_uses_is_left_out(dest: str) -> None:
    assert not qt_trim.keep(dest, LANGS)


def test_languages_come_from_the_apps_own_catalogues() -> None:
    names = ["intercom_wizard_de.qm", "intercom_wizard_pt_BR.qm", "README.txt"]
    assert qt_trim.languages_of(names) == {"de", "pt"}


def test_libraries_only_a_removed_plugin_needed_are_dropped() -> None:
    binaries = [
        ("PySide6/QtWidgets.abi3.so", "/src/QtWidgets.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", "/src/libQt6Widgets.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/src/libQt6Gui.so.6", "BINARY"),
        ("libgtk-3.so.0", "/usr/lib/libgtk-3.so.0", "BINARY"),
        ("libcairo.so.2", "/usr/lib/libcairo.so.2", "BINARY"),
        ("libpython3.11.so.1.0", "/usr/lib/libpython3.11.so.1.0", "BINARY"),
    ]
    links = {
        "/src/QtWidgets.abi3.so": ["libQt6Widgets.so.6"],
        "/src/libQt6Widgets.so.6": ["libQt6Gui.so.6"],
        "/usr/lib/libgtk-3.so.0": ["libcairo.so.2"],
    }
    kept = qt_trim.without_orphans(binaries, lambda path: links.get(path, []))
    assert [entry[0] for entry in kept] == [
        "PySide6/QtWidgets.abi3.so",
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "libpython3.11.so.1.0",
    ]
