"""Running coroutines from Qt slots on the qasync loop, with their errors shown on the page.

A slot cannot await, so it hands its coroutine to :class:`PageTasks`. A WizardError ends up on
the page as its message and hint; anything unexpected becomes a plain sentence on the page and
a traceback in the log file, never a traceback dialog. Cancellation is quiet: it is how closing
the window stops work.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from intercom_wizard.errors import WizardError

if TYPE_CHECKING:
    import asyncio

_log = logging.getLogger(__name__)

ErrorSink = Callable[[str, str | None], None]


class PageTasks:
    """The running coroutines of one page (or dialog), and where their errors go."""

    def __init__(self, show_error: ErrorSink) -> None:
        self._show_error = show_error
        self._tasks: set[asyncio.Task[None]] = set()

    @property
    def busy(self) -> bool:
        return any(not task.done() for task in self._tasks)

    def start(self, work: Coroutine[Any, Any, None], *, name: str = "") -> asyncio.Task[None]:
        import asyncio  # not at module level: the first page paints before asyncio is loaded

        loop = asyncio.get_event_loop()
        task = loop.create_task(self._guarded(work), name=name or None)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    async def _guarded(self, work: Coroutine[Any, Any, None]) -> None:
        import asyncio

        try:
            await work
        except asyncio.CancelledError:
            raise
        except WizardError as error:
            _log.info("%s: %s", type(error).__name__, error)
            self._show_error(error.message, error.hint)
        except Exception:
            _log.exception("unexpected failure in the wizard")
            self._show_error(
                QCoreApplication.translate("PageTasks", "Something unexpected went wrong."),
                QCoreApplication.translate(
                    "PageTasks",
                    "Try again; if it keeps happening, the details are in the log file "
                    "(Diagnostics > Open log folder).",
                ),
            )

    def cancel_all(self) -> None:
        for task in self._tasks:
            task.cancel()

    async def drain(self) -> None:
        """Cancel everything and wait until it has finished cleaning up (ports released)."""
        import asyncio

        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)
