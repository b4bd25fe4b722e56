"""Who keeps a connection when the listener's port is crowded.

Every program on the computer can reach 127.0.0.1, so another one could hold the port's
connections open, idle or trickling a byte at a time, to lock the browser out. The listener
therefore always takes a new connection, and when it is full it drops the one that has shown
the least sign of life: a connection that never sent a byte first (the oldest of those), else
the one that has been quiet longest. A browser sends its request as soon as it connects, so it
is never the quietest for long; a connection whose request has arrived whole (being answered,
or the held callback) is never dropped.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Generic, Protocol, TypeVar


class Occupant(Protocol):
    """What admission reads of a connection (a ``Channel`` fits)."""

    @property
    def received(self) -> int: ...  # bytes from the peer so far

    @property
    def last_active(self) -> float: ...  # when the peer last sent bytes, or connected

    @property
    def settled(self) -> bool: ...  # its whole request has arrived


T = TypeVar("T", bound=Occupant)


def to_drop(present: Iterable[T]) -> T | None:
    """The connection to drop to make room, or None when every one of them is settled."""
    open_ones = [occupant for occupant in present if not occupant.settled]
    if not open_ones:
        return None
    return min(open_ones, key=lambda occupant: (occupant.received > 0, occupant.last_active))


class Droppable(Occupant, Protocol):
    def reset(self) -> None: ...  # end the connection at once


class Cancellable(Protocol):
    def cancel(self, msg: Any | None = None) -> bool: ...


D = TypeVar("D", bound=Droppable)


class Room(Generic[D]):
    """The connections a listener serves, each with its task, in the order they arrived.

    Every listener on a loopback port keeps its connections here, so each gets the same
    protection against a neighbour filling the port.
    """

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.open: dict[D, Cancellable | None] = {}

    def admit(self, occupant: D, task: Cancellable | None) -> bool:
        """Take ``occupant``, dropping the quietest one when full; False when all are settled."""
        if len(self.open) >= self.capacity:
            quietest = to_drop(self.open)
            if quietest is None:
                return False
            dropped = self.open.pop(quietest)
            quietest.reset()
            if dropped is not None:
                dropped.cancel()
        self.open[occupant] = task
        return True

    def leave(self, occupant: D) -> None:
        self.open.pop(occupant, None)
