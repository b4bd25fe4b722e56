"""Telling an observer (a page, the command line) how a long step is going."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

E = TypeVar("E")

_log = logging.getLogger(__name__)


def tell(observer: Callable[[E], None] | None, event: E) -> None:
    """Hand ``event`` to ``observer``; a broken observer must not break the work it follows."""
    if observer is None:
        return
    try:
        observer(event)
    except Exception:
        _log.exception("event observer failed")
