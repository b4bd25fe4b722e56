"""Setting a widget's enum-valued Qt property by the enum key's name.

What the first page builds uses this instead of ``PySide6.QtCore.Qt``: touching that namespace
the first time makes PySide6 create every one of its Python enums, about 25 ms that the window
would otherwise wait for before it appears. Qt's property system converts the key itself.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


def set_enum_property(target: QObject, name: str, key: str) -> None:
    """Set property ``name`` of ``target`` to the enum key ``key`` (flags: "A|B")."""
    if not target.setProperty(name, key):
        raise ValueError(f"{type(target).__name__} has no property {name} taking {key}")
