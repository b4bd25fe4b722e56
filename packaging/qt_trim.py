"""What the frozen app leaves out of PySide6: the Qt it never uses.

PyInstaller's Qt hooks collect every plugin of each Qt module that is imported (Wayland shells,
EGL devices, network backends, the GTK theme with all of GTK behind it) and Qt's own translations
for every language. The wizard draws widgets through the platform's native plugin (or the
offscreen one for ``--self-test``), reads SVG and ICO images and speaks only the languages in
``resources/i18n``. The spec file applies these rules to PyInstaller's lists of collected files.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import PurePosixPath

# (destination name, source path, type) as PyInstaller keeps them.
Entry = tuple[str, str, str]

# Python bindings the app never imports; PyInstaller's PySide6 hook pulls QtNetwork in anyway.
UNUSED_QT_MODULES = (
    "PySide6.QtNetwork",
    "PySide6.QtDBus",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "tkinter",
)

# Plugin folders to keep, and within them the plugins to keep (None: all of the folder).
_KEPT_PLUGINS: dict[str, frozenset[str] | None] = {
    # Native windows on each desktop; offscreen for --self-test and the tests.
    "platforms": frozenset({"qxcb", "qwindows", "qcocoa", "qoffscreen"}),
    # Illustrations and the icon are SVG; Windows shortcuts and window icons use ICO/ICNS.
    "imageformats": frozenset({"qsvg", "qico", "qicns"}),
    "iconengines": None,
    # The Windows 11 / Fusion / macOS widget styles.
    "styles": None,
    # Typing accented and non-Latin text on Linux.
    "platforminputcontexts": None,
    # Native file dialogs through the desktop portal; the GTK theme drags all of GTK along.
    "platformthemes": frozenset({"qxdgdesktopportal"}),
    # xcb without its GL integration logs a warning at start-up; they are small.
    "xcbglintegrations": None,
    # macOS asks Qt's permission plugins before some system calls.
    "permissions": None,
}

# Linux and macOS wheels keep them under PySide6/Qt/, the Windows wheel right under PySide6/.
_PLUGIN_RE = re.compile(r"(?:^|/)(?:PySide6/|Qt6?/)plugins/([^/]+)/([^/]+)$")
_TRANSLATION_RE = re.compile(r"(?:^|/)(?:PySide6/|Qt6?/)translations/([^/]+)\.qm$")
# Our own resources that only the README and translators read: the screenshots, and the
# catalogs' sources (.ts, .po) and glossary beside the compiled .qm and .mo the app loads.
_UNSHIPPED_RE = re.compile(
    r"(?:^|/)intercom_wizard/resources/(?:screenshots/|i18n/(?:[^/]+/)*[^/]+\.(?:ts|po|md)$)"
)
# Software OpenGL and the Direct3D shader compiler only matter to Qt Quick / OpenGL apps.
_UNUSED_LIBRARIES = frozenset({"opengl32sw.dll", "d3dcompiler_47.dll"})


def _plugin_stem(filename: str) -> str:
    stem = filename.split(".", 1)[0]
    return stem[3:] if stem.startswith("lib") else stem


def languages_of(qm_names: Iterable[str]) -> frozenset[str]:
    """Language codes of the app's own translations, e.g. ``intercom-wizard_de.qm`` -> ``de``."""
    codes = set()
    for name in qm_names:
        match = re.search(r"(?:^|[_.-])([a-z]{2,3})(?:_[A-Z]{2})?\.qm$", name)
        if match:
            codes.add(match.group(1))
    return frozenset(codes)


def keep(dest: str, languages: frozenset[str]) -> bool:
    """Whether one collected file belongs in the app."""
    dest = dest.replace("\\", "/")
    if PurePosixPath(dest).name.lower() in _UNUSED_LIBRARIES or _UNSHIPPED_RE.search(dest):
        return False
    plugin = _PLUGIN_RE.search(dest)
    if plugin:
        folder, filename = plugin.groups()
        if folder not in _KEPT_PLUGINS:
            return False
        wanted = _KEPT_PLUGINS[folder]
        return wanted is None or _plugin_stem(filename) in wanted
    translation = _TRANSLATION_RE.search(dest)
    if translation:
        # Only Qt's own strings (QWizard's Back/Next/Cancel) for the languages the app speaks.
        name = translation.group(1)
        prefix, _, language = name.partition("_")
        return prefix == "qtbase" and language.split("_")[0] in languages
    return True


def without_orphans(
    binaries: list[Entry], imports_of: Callable[[str], Iterable[str]]
) -> list[Entry]:
    """Drop shared libraries that nothing kept links to any more.

    Removing a plugin does not remove the libraries PyInstaller collected for it (the GTK theme
    brings GTK, cairo, pango...). Extension modules, plugins, the Python library and anything
    inside a macOS framework are the roots; a plain library stays only if a root reaches it.
    """
    by_name: dict[str, Entry] = {}
    for entry in binaries:
        by_name.setdefault(PurePosixPath(entry[0].replace("\\", "/")).name.lower(), entry)

    def is_root(entry: Entry) -> bool:
        dest = entry[0].replace("\\", "/")
        name = PurePosixPath(dest).name.lower()
        return (
            entry[2] != "BINARY"
            or "/plugins/" in dest
            or ".framework/" in dest
            or name.startswith(("libpython", "python", "vcruntime", "msvcp", "ucrtbase"))
        )

    reached: set[str] = set()
    stack = [entry for entry in binaries if is_root(entry)]
    while stack:
        entry = stack.pop()
        if entry[0] in reached:
            continue
        reached.add(entry[0])
        for imported in imports_of(entry[1]):
            dependency = by_name.get(PurePosixPath(imported.replace("\\", "/")).name.lower())
            if dependency is not None and dependency[0] not in reached:
                stack.append(dependency)
    return [entry for entry in binaries if entry[0] in reached]
