"""Reading JSON that came from someone else (an email, a download): bounded, strict, explained.

A setup profile or a support report arrives as a file anyone could have written. This module
reads one so that nothing in it can hurt: the size is checked before parsing, only a regular
file is read (a FIFO or a device would block), duplicate keys, NaN and Infinity, deep nesting
and oversized numbers are refused, and every value is taken out through an accessor that checks
its type and bounds. Unknown keys are refused, so a file meant for a newer version says so
instead of being half understood. Every refusal is an :class:`UntrustedInputError` (an
InputError: exit code 2) whose message names the document and the field and says why, and whose
hint says what to do; no other exception leaves this module for any input.

A message is two whole sentences in the user's language: the document kind's own headline
("This setup profile cannot be used.", each :class:`DocumentKind` words its own, since
languages inflect the noun) and the reason ("“port” is not a whole number."), worded once here
for every kind. Callers pass their own reasons through :meth:`UntrustedObject.refuse`.

Typical use::

    document = parse_document(data, kind=PROFILE, max_bytes=16_384, hint=_(HINT))
    document.require_only(required={"format", "name"}, optional={"note"})
    document.format_version("format", supported={1})
    name = document.text("name", max_length=200)
"""

from __future__ import annotations

import json
import os
import stat
import unicodedata
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from intercom_wizard.errors import InputError
from intercom_wizard.i18n import N_, _, ngettext
from intercom_wizard.localeformat import format_number

DEFAULT_MAX_DEPTH = 16
# Characters that must not reach a label: control characters, invisible format characters
# (right-to-left overrides can make a text read differently from what it holds), lone
# surrogates (cannot be written back as UTF-8) and the Unicode line and paragraph separators.
_UNSAFE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})
_MAX_KEYS_NAMED = 3
_MAX_KEY_SHOWN = 40


@dataclass(frozen=True)
class DocumentKind:
    """The sentences that name one kind of document, each whole and marked with ``N_``.

    ``unusable`` heads every refusal of its content; ``not_one`` ("This is not a ...: it has
    no “{field}”.") refuses a document without its format key; ``unreadable`` and
    ``not_a_file`` (with ``{name}``, and ``{reason}``) refuse the file itself.
    """

    unusable: str
    not_one: str
    unreadable: str
    not_a_file: str


# Documents no person reads the refusal of (the wizard's messages between its own windows).
DOCUMENT = DocumentKind(
    unusable=N_("This document cannot be used."),
    not_one=N_("This document cannot be used: it has no “{field}”."),
    unreadable=N_("The file {name} cannot be read ({reason})."),
    not_a_file=N_("{name} is not a regular file."),
)

# Reasons another module words the same way as this one's.
DUPLICATE_KEY = N_("The key “{key}” appears twice.")
NEWER_HINT = N_("Install the latest intercom-wizard, then open it again.")


class UntrustedInputError(InputError):
    """A document from outside was refused; ``field`` names the value at fault, if one is."""

    def __init__(self, message: str, *, hint: str | None = None, field: str | None = None) -> None:
        super().__init__(message, hint=hint)
        self.field = field


def refusal(
    kind: DocumentKind, reason: str, *, hint: str | None, field: str | None = None
) -> UntrustedInputError:
    """The refusal of a ``kind`` document: its headline, then ``reason`` (a translated sentence)."""
    return UntrustedInputError(f"{_(kind.unusable)} {reason}", hint=hint, field=field)


def shown(text: str, limit: int = _MAX_KEY_SHOWN) -> str:
    """``text`` made safe to quote in a message: unsafe characters escaped, length bounded."""
    cleaned = "".join(
        ch if unicodedata.category(ch) not in _UNSAFE_CATEGORIES else f"\\u{ord(ch):04x}"
        for ch in text[: limit + 1]
    )
    return cleaned if len(cleaned) <= limit else f"{cleaned[:limit]}…"


def unsafe_character(text: str, *, allow_newlines: bool = False) -> str | None:
    """The first character of ``text`` that may not be shown as plain text, or None."""
    for ch in text:
        if allow_newlines and ch == "\n":
            continue
        if unicodedata.category(ch) in _UNSAFE_CATEGORIES:
            return ch
    return None


def parse_document(
    data: bytes | str,
    *,
    kind: DocumentKind = DOCUMENT,
    max_bytes: int,
    hint: str,
    max_depth: int = DEFAULT_MAX_DEPTH,
) -> UntrustedObject:
    """The JSON object in ``data`` (UTF-8, an optional BOM), or UntrustedInputError saying why.

    ``kind`` words the messages; ``hint`` (translated) says what to do about any refusal. The
    size is checked before anything is parsed.
    """

    def refused(reason: str) -> UntrustedInputError:
        return refusal(kind, reason, hint=hint)

    size = len(data) if isinstance(data, bytes) else len(data.encode("utf-8", "surrogatepass"))
    if size > max_bytes:
        raise refused(
            _("It is larger than {limit} bytes.").format(limit=format_number(max_bytes, 0))
        )
    if isinstance(data, bytes):
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            raise refused(_("It is not UTF-8 text.")) from None
    else:
        text = data
    text = text.removeprefix("\ufeff")  # Notepad's byte order mark
    try:
        value = json.loads(text, object_pairs_hook=_unique_keys, parse_constant=_no_constants)
    except _DuplicateKey as error:
        raise refused(_(DUPLICATE_KEY).format(key=shown(error.key))) from None
    except RecursionError:
        raise refused(_("It is nested too deeply.")) from None
    except ValueError as error:  # JSONDecodeError, NaN/Infinity, a number too long to read
        if isinstance(error, json.JSONDecodeError):
            raise refused(
                _("It is not valid JSON (line {line}, column {column}).").format(
                    line=format_number(error.lineno, 0), column=format_number(error.colno, 0)
                )
            ) from None
        raise refused(_("It is not valid JSON.")) from None
    if _depth(value, max_depth) > max_depth:
        raise refused(
            _("It is nested more than {depth} levels deep.").format(depth=format_number(max_depth))
        )
    if not isinstance(value, dict):
        raise refused(_("It is not a JSON object."))
    return UntrustedObject(value, kind=kind, hint=hint)


def read_document(
    path: Path,
    *,
    kind: DocumentKind = DOCUMENT,
    max_bytes: int,
    hint: str,
    max_depth: int = DEFAULT_MAX_DEPTH,
) -> UntrustedObject:
    """``parse_document`` of the file at ``path``; never reads more than ``max_bytes`` + 1.

    Only a regular file is read, so a FIFO or a device named by mistake (or on purpose)
    cannot block the caller.
    """
    name = shown(str(path), 200)
    try:
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
        descriptor = os.open(path, flags)
    except OSError as error:
        raise UntrustedInputError(
            _(kind.unreadable).format(name=name, reason=error.strerror or type(error).__name__),
            hint=" ".join((_("Check the file’s name and that you may read it."), hint)),
        ) from None
    try:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            raise UntrustedInputError(_(kind.not_a_file).format(name=name), hint=hint)
        chunks: list[bytes] = []
        remaining = max_bytes + 1
        while remaining > 0:
            chunk = os.read(descriptor, min(remaining, 65536))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
    except OSError as error:
        raise UntrustedInputError(
            _(kind.unreadable).format(name=name, reason=error.strerror or type(error).__name__),
            hint=hint,
        ) from None
    finally:
        os.close(descriptor)
    return parse_document(
        b"".join(chunks), kind=kind, max_bytes=max_bytes, hint=hint, max_depth=max_depth
    )


class UntrustedObject:
    """One JSON object of an untrusted document, read only through checking accessors.

    ``location`` is the dotted path from the document's root ("" for the root itself), used
    to name a field in messages ("check.ok").
    """

    def __init__(
        self, values: dict[str, Any], *, kind: DocumentKind, hint: str, location: str = ""
    ) -> None:
        self._values = values
        self.kind = kind
        self.hint = hint
        self.location = location

    def __contains__(self, key: str) -> bool:
        return key in self._values

    def __iter__(self) -> Iterator[str]:
        return iter(list(self._values))

    def keys(self) -> list[str]:
        return list(self._values)

    def field_name(self, key: str) -> str:
        return f"{self.location}.{key}" if self.location else key

    def refuse(
        self, reason: str, /, *, key: str | None = None, hint: str | None = None, **values: object
    ) -> UntrustedInputError:
        """The error for a refusal found by the caller, worded like this module's own.

        ``reason`` is a translated sentence whose ``{field}`` names ``key`` where it stands
        in this document; the other placeholders come from ``values``.
        """
        field = self.field_name(key) if key is not None else None
        text = reason.format(field=shown(field) if field is not None else "", **values)
        return refusal(self.kind, text, hint=hint or self.hint, field=field)

    def require_only(self, *, required: Iterable[str], optional: Iterable[str] = ()) -> None:
        """Refuse a key that is neither ``required`` nor ``optional``, and a missing one."""
        required = set(required)
        known = required | set(optional)
        unknown = [key for key in self._values if key not in known]
        if unknown:
            named = ", ".join(
                _("“{key}”").format(key=shown(self.field_name(k)))
                for k in unknown[:_MAX_KEYS_NAMED]
            )
            reason = (
                ngettext(
                    "It holds a key this version of intercom-wizard does not know: {keys}.",
                    "It holds keys this version of intercom-wizard does not know: {keys}.",
                    len(unknown),
                )
                if len(unknown) <= _MAX_KEYS_NAMED
                else ngettext(
                    "It holds {count} key this version of intercom-wizard does not know, "
                    "among them {keys}.",
                    "It holds {count} keys this version of intercom-wizard does not know, "
                    "among them {keys}.",
                    len(unknown),
                )
            )
            raise self.refuse(
                reason, key=unknown[0], keys=named, count=format_number(len(unknown), 0)
            )
        for key in sorted(required):
            if key not in self._values:
                raise self.refuse(_("“{field}” is missing."), key=key)

    def format_version(self, key: str, *, supported: Collection[int]) -> int:
        """The document's format number at ``key``, refused unless it is ``supported``.

        Checked before anything else is read, so a newer document says "update" rather than
        "unknown key".
        """
        if key not in self._values:
            raise UntrustedInputError(
                _(self.kind.not_one).format(field=shown(self.field_name(key))),
                hint=self.hint,
                field=self.field_name(key),
            )
        value = self._values[key]
        if not _is_int(value):
            raise self.refuse(_("“{field}” is not a whole number."), key=key)
        if value not in supported:
            newest = max(supported)
            if value > newest:
                raise self.refuse(
                    _(
                        "“{field}” is {value}, newer than this intercom-wizard reads "
                        "(up to {newest})."
                    ),
                    key=key,
                    hint=_(NEWER_HINT),
                    value=format_number(value, 0),
                    newest=format_number(newest, 0),
                )
            raise self.refuse(
                _("“{field}” is {value}, which this version of intercom-wizard does not read."),
                key=key,
                value=format_number(value, 0),
            )
        return int(value)

    # --- values -----------------------------------------------------------------------------

    def text(self, key: str, *, max_length: int, allow_newlines: bool = False) -> str:
        """A string of at most ``max_length`` characters, safe to show as plain text."""
        value = self._values.get(key)
        if not isinstance(value, str):
            if key in self._values:
                raise self.refuse(_("“{field}” is not text."), key=key)
            raise self.refuse(_("“{field}” is missing."), key=key)
        if len(value) > max_length:
            raise self.refuse(
                _("“{field}” is longer than {limit} characters."),
                key=key,
                limit=format_number(max_length, 0),
            )
        bad = unsafe_character(value, allow_newlines=allow_newlines)
        if bad is not None:
            raise self.refuse(
                _("“{field}” holds the invisible or control character {character}."),
                key=key,
                character=f"U+{ord(bad):04X}",
            )
        return value

    def optional_text(
        self, key: str, *, max_length: int, allow_newlines: bool = False
    ) -> str | None:
        """``text``, or None when the key is absent or null."""
        if self._values.get(key) is None:
            return None
        return self.text(key, max_length=max_length, allow_newlines=allow_newlines)

    def integer(self, key: str, *, minimum: int, maximum: int) -> int:
        value: Any = self._values.get(key)
        if not _is_int(value):
            if key not in self._values:
                raise self.refuse(_("“{field}” is missing."), key=key)
            raise self.refuse(_("“{field}” is not a whole number."), key=key)
        if not minimum <= value <= maximum:
            raise self.refuse(
                _("“{field}” is not between {minimum} and {maximum}."),
                key=key,
                minimum=minimum,  # a port or a status code: written as a number, not an amount
                maximum=maximum,
            )
        return int(value)

    def optional_integer(self, key: str, *, minimum: int, maximum: int) -> int | None:
        if self._values.get(key) is None:
            return None
        return self.integer(key, minimum=minimum, maximum=maximum)

    def boolean(self, key: str) -> bool:
        value = self._values.get(key)
        if not isinstance(value, bool):
            raise self.refuse(_("“{field}” is not true or false."), key=key)
        return value

    def optional_boolean(self, key: str) -> bool | None:
        if self._values.get(key) is None:
            return None
        return self.boolean(key)

    def object(self, key: str) -> UntrustedObject:
        value = self._values.get(key)
        if not isinstance(value, dict):
            raise self.refuse(_("“{field}” is not a JSON object."), key=key)
        return UntrustedObject(value, kind=self.kind, hint=self.hint, location=self.field_name(key))

    def optional_object(self, key: str) -> UntrustedObject | None:
        if self._values.get(key) is None:
            return None
        return self.object(key)

    def objects(self, key: str, *, max_items: int) -> list[UntrustedObject]:
        """A list of at most ``max_items`` JSON objects."""
        items = self._list(key, max_items)
        for index, item in enumerate(items):
            if not isinstance(item, dict):
                raise self.refuse(
                    _("Item {index} of “{field}” is not a JSON object."),
                    key=key,
                    index=format_number(index + 1, 0),
                )
        where = self.field_name(key)
        return [
            UntrustedObject(item, kind=self.kind, hint=self.hint, location=f"{where}[{index}]")
            for index, item in enumerate(items)
        ]

    def texts(self, key: str, *, max_items: int, max_length: int) -> list[str]:
        """A list of at most ``max_items`` strings, each checked as ``text`` checks one."""
        items = self._list(key, max_items)
        for index, item in enumerate(items):
            if not isinstance(item, str) or len(item) > max_length or unsafe_character(item):
                raise self.refuse(
                    _("Item {index} of “{field}” is not plain text of at most {limit} characters."),
                    key=key,
                    index=format_number(index + 1, 0),
                    limit=format_number(max_length, 0),
                )
        return list(items)

    def _list(self, key: str, max_items: int) -> list[Any]:
        value = self._values.get(key)
        if not isinstance(value, list):
            raise self.refuse(_("“{field}” is not a list."), key=key)
        if len(value) > max_items:
            raise self.refuse(
                _("“{field}” has more than {limit} items."),
                key=key,
                limit=format_number(max_items, 0),
            )
        return value


class _DuplicateKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKey(key)
        result[key] = value
    return result


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _depth(value: Any, limit: int) -> int:
    """How deeply ``value`` nests, counted without recursion and stopping past ``limit``."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        current, depth = stack.pop()
        if isinstance(current, dict | list):
            deepest = max(deepest, depth)
            if deepest > limit:
                return deepest
            children = current.values() if isinstance(current, dict) else current
            stack.extend((child, depth + 1) for child in children)
    return deepest
