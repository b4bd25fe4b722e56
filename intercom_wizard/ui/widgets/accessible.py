"""Giving widgets names that screen readers announce."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str, description: str = "") -> W:
    """``widget`` with its accessible name (and description) set; returns it for chaining."""
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)
    return widget


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> None:
    """Have a running screen reader say ``text`` now (a refusal, a result), wherever focus is."""
    event = QAccessibleAnnouncementEvent(widget, text)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    post(event)


def post(event: QAccessibleAnnouncementEvent) -> None:
    """Hand ``event`` to the platform's accessibility bridge (tests listen here)."""
    QAccessible.updateAccessibility(event)
