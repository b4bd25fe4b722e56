"""Qt's own command-line options, which every Qt program accepts and this one passes on to Qt.

``-platform offscreen``, ``-style fusion``, ``-reverse``, ``-qwindowgeometry 800x600`` and the
other options Qt documents for QGuiApplication and QApplication are taken out of the command
line before the app's own parser sees it, and given to the QApplication when it is made. Wine,
for one, drops ``QT_*`` variables, so ``-platform`` is the way to choose a platform there.
Qt-free: the command line uses it before anything loads Qt.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

# Options Qt reads from argv, with whether each takes a value (Qt's QGuiApplication and
# QApplication documentation).
QT_OPTIONS: dict[str, bool] = {
    "-platform": True,
    "-platformpluginpath": True,
    "-platformtheme": True,
    "-plugin": True,
    "-qwindowgeometry": True,
    "-qwindowicon": True,
    "-qwindowtitle": True,
    "-reverse": False,
    "-session": True,
    "-style": True,
    "-stylesheet": True,
    "-widgetcount": False,
    "-display": True,
}

_given: list[str] = []


def split_qt_options(argv: Sequence[str]) -> tuple[list[str], list[str]]:
    """(Qt's options with their values, everything else), each in its original order.

    ``-style=fusion`` and ``-style fusion`` are both Qt's; ``--style`` is not.
    """
    qt: list[str] = []
    rest: list[str] = []
    items = list(argv)
    index = 0
    while index < len(items):
        item = items[index]
        name = item.split("=", 1)[0]
        if name in QT_OPTIONS and not item.startswith("--"):
            qt.append(item)
            if QT_OPTIONS[name] and "=" not in item and index + 1 < len(items):
                qt.append(items[index + 1])
                index += 1
        else:
            rest.append(item)
        index += 1
    return qt, rest


def remember(qt_options: Sequence[str]) -> None:
    """Keep the options for the QApplication that is made later in this process."""
    _given[:] = list(qt_options)


def application_arguments() -> list[str]:
    """The argv for QApplication: the program name and Qt's options given on the command line."""
    program = sys.argv[0] if sys.argv else "intercom-wizard"
    return [program, *_given]
