"""The step rail: every step of the setup down the left, each with its state, to go back to.

Support staff and partners point at it ("click Permissions on the left"), so each step shows
its short name, its number and its state in words, with an icon: never colour alone. It is one
Tab stop; the arrow keys move within it and Enter or Space opens the step, as a click does.
Which steps exist comes from the caller (the wizard's pages, or a saved report's steps), and
which state each is in from ``intercom_wizard.steps``.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QModelIndex, QPointF, QSize, Qt, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QIcon,
    QKeyEvent,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QWidget,
)

from intercom_wizard.steps import StepState
from intercom_wizard.ui.widgets.accessible import announce

KEY_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class RailStep:
    key: str  # the step's key (a page's ``step_key``, a report's step)
    title: str  # the page's full title, said after the short name
    note: str = ""  # said after the title (a report's recorded outcome)


class StepRail(QListWidget):
    """The steps in order. ``stepRequested`` carries the key of a step the user chose."""

    stepRequested = Signal(str)
    widthFitted = Signal(int)  # the rail's new width, so the window keeps room for the pages

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepRail")
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setWordWrap(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSpacing(2)
        self._set_icon_size()
        self._steps: list[RailStep] = []
        self._states: dict[str, StepState] = {}
        self._current: str | None = None
        self._reachable: frozenset[str] = frozenset()
        self._width = 0
        self.clicked.connect(self._clicked)

    # --- what is shown ------------------------------------------------------------------------

    def step_name(self, step: RailStep) -> str:
        """The short name people say on a call; for a step not named here, its title."""
        names = {
            "welcome": self.tr("Welcome"),
            "where": self.tr("Where"),
            "create_app": self.tr("Create the app"),
            "redirect_urls": self.tr("Redirect URLs"),
            "permissions": self.tr("Permissions"),
            "credentials": self.tr("Credentials"),
            "api_version": self.tr("API version"),
            "test": self.tr("Test authorization"),
            "results": self.tr("Results"),
            "finish": self.tr("Finish"),
            "cyclr_check": self.tr("Cyclr check"),
        }
        # A step from a newer wizard (a report's): its title, else its key made readable.
        return names.get(step.key) or step.title or step.key.replace("_", " ").capitalize()

    def state_text(self, key: str) -> str:
        state = self._states.get(key, StepState.NOT_STARTED)
        words = {
            StepState.NOT_STARTED: self.tr("Not started"),
            StepState.DONE: self.tr("Done"),
            StepState.ATTENTION: self.tr("Needs attention"),
        }[state]
        if key != self._current:
            return words
        if state is StepState.ATTENTION:
            return self.tr("You are here, needs attention")
        return self.tr("You are here")

    def set_steps(self, steps: Sequence[RailStep]) -> None:
        """The steps in order, worded in the language installed now; all not started."""
        self.setAccessibleName(self.tr("Steps"))
        self.setAccessibleDescription(
            self.tr("Every step of the setup and its state. Enter opens a step you have been to.")
        )
        self._steps = list(steps)
        self._states = {}
        self._width = 0  # fitted again: another language has other widths
        self.clear()
        for step in self._steps:
            item = QListWidgetItem(self)
            item.setData(KEY_ROLE, step.key)
        self._refresh(announce_changes=False)

    def update_states(
        self,
        states: Mapping[str, StepState],
        *,
        current: str | None,
        reachable: Collection[str],
    ) -> None:
        """Show ``states``; ``current`` is the step shown now, ``reachable`` those that open.

        A step that comes to need attention, or stops needing it, is announced.
        """
        before = dict(self._states)
        self._states = dict(states)
        self._current = current
        self._reachable = frozenset(reachable)
        self._refresh(announce_changes=True, before=before)

    def state_of(self, key: str) -> StepState:
        return self._states.get(key, StepState.NOT_STARTED)

    def item_for(self, key: str) -> QListWidgetItem | None:
        for row in range(self.count()):
            item = self.item(row)
            if item.data(KEY_ROLE) == key:
                return item
        return None

    def _refresh(
        self, *, announce_changes: bool, before: Mapping[str, StepState] | None = None
    ) -> None:
        before = before or {}
        total = len(self._steps)
        said: list[str] = []
        for number, step in enumerate(self._steps, start=1):
            item = self.item(number - 1)
            name = self.step_name(step)
            state = self.state_of(step.key)
            status = self.state_text(step.key)
            item.setText(f"{number}. {name}\n{status}")
            item.setIcon(self._icon(step.key))
            font = item.font()
            font.setBold(step.key == self._current)
            item.setFont(font)
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                self.tr("%s, step %d of %d: %s") % (name, number, total, status),
            )
            how = ""
            if step.key != self._current:
                opens = step.key in self._reachable
                how = self.tr("Enter opens it.") if opens else self.tr("Not reached yet.")
            description = " ".join(part for part in (step.title, step.note, how) if part)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, description)
            item.setToolTip(description)
            was = before.get(step.key, state)
            if announce_changes and was is not state and StepState.ATTENTION in (was, state):
                said.append(self.tr("%s: %s.") % (name, status))
        self._fit_width()
        if said:
            announce(self, " ".join(said))

    def _icon(self, key: str) -> QIcon:
        """An icon per state (the text says it too): warning, here, done, an empty ring."""
        state = self.state_of(key)
        if state is StepState.ATTENTION:
            return self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if key == self._current:
            return self._drawn(arrow=True)
        if state is StepState.DONE:
            return self.style().standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)
        return self._drawn(arrow=False)

    def _set_icon_size(self) -> None:
        side = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.setIconSize(QSize(side, side))

    def _drawn(self, *, arrow: bool) -> QIcon:
        """An arrow (here) or a ring (not started) in the text's colour, light or dark."""
        side = self.iconSize().width()
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(int(side * ratio), int(side * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = self.palette().color(QPalette.ColorRole.Text)
        if arrow:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            inset = side * 0.2
            painter.drawPolygon(
                QPolygonF(
                    [
                        QPointF(inset, inset * 0.5),
                        QPointF(side - inset, side / 2),
                        QPointF(inset, side - inset * 0.5),
                    ]
                )
            )
        else:
            painter.setPen(QPen(colour, 1.5))
            painter.drawEllipse(QPointF(side / 2, side / 2), side / 2 - 1.5, side / 2 - 1.5)
        painter.end()
        return QIcon(pixmap)

    def _fit_width(self) -> None:
        """As wide as the widest step, in any language and at any scale: nothing is cut off.

        It only grows, so the rail does not jump as the bold current step moves.
        """
        needed = (
            self.sizeHintForColumn(0)
            + 2 * self.frameWidth()
            + 2 * self.spacing()
            + self.verticalScrollBar().sizeHint().width()
        )
        if needed > self._width:
            self._width = needed
            self.setFixedWidth(needed)
            self.widthFitted.emit(needed)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._width = 0
            self._set_icon_size()
            self._refresh(announce_changes=False)

    # --- choosing a step ----------------------------------------------------------------------

    def _clicked(self, index: QModelIndex) -> None:
        self._activate(self.item(index.row()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self._activate(self.currentItem())
            event.accept()  # not on to the wizard, where Enter would press Next
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        # Tab lands on the step shown now, so the arrows move from there.
        current = self.item_for(self._current) if self._current else None
        if current is not None and event.reason() != Qt.FocusReason.MouseFocusReason:
            self.setCurrentItem(current)
        elif self.currentItem() is None and self.count():
            self.setCurrentRow(0)
        super().focusInEvent(event)

    def _activate(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        key = str(item.data(KEY_ROLE))
        if key == self._current:
            return
        if key not in self._reachable:
            step = next(s for s in self._steps if s.key == key)
            announce(self, self.tr("%s is not reached yet.") % self.step_name(step))
            return
        self.stepRequested.emit(key)
