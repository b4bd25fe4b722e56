"""Errors nobody caught: in a Qt slot (sys.excepthook) or an orphan task (the loop's handler).

Each is logged with its traceback (the log masks secrets) and the user sees one non-modal
message pointing to the log file and the support report. In a windowed frozen build there is
no console: without this, such an error would vanish without a trace.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

if TYPE_CHECKING:
    import asyncio

_log = logging.getLogger(__name__)


class UnexpectedErrors:
    """Logs uncaught errors and tells the user where to find them."""

    def __init__(self, parent: QWidget) -> None:
        self._parent = parent
        self.message: QMessageBox | None = None

    def install(self, loop: asyncio.AbstractEventLoop) -> None:
        sys.excepthook = self.excepthook
        loop.set_exception_handler(self.loop_handler)

    def excepthook(
        self, kind: type[BaseException], value: BaseException, trace: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, trace)
            return
        _log.error("unexpected error in the wizard", exc_info=(kind, value, trace))
        self.tell_the_user()

    def loop_handler(self, _loop: asyncio.AbstractEventLoop, context: Mapping[str, Any]) -> None:
        error = context.get("exception")
        what = context.get("message", "unexpected error in a background task")
        if isinstance(error, BaseException):
            _log.error("%s", what, exc_info=(type(error), error, error.__traceback__))
        else:
            _log.error("%s", what)
        self.tell_the_user()

    def tell_the_user(self) -> None:
        """One message at a time; show(), never exec(): a nested loop would stall qasync."""
        from intercom_wizard.logs import log_file

        if self.message is not None and self.message.isVisible():
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("UnexpectedErrors", "Something unexpected went wrong"),
            QCoreApplication.translate(
                "UnexpectedErrors",
                "The wizard hit an error it did not expect. You can carry on; if something "
                "does not work, the details are in the log file (secrets are masked):\n%s\n\n"
                "Please send it with the support report (Finish > Support report) to the "
                "person helping you.",
            )
            % log_file(),
            QMessageBox.StandardButton.Ok,
            self._parent,
        )
        box.setModal(False)
        self.message = box
        box.show()
