"""The core's messages in the user's language, without Qt: gettext catalogs and one language choice.

Mark a message where it is written, with its values as named ``{placeholders}`` filled after
translating (never an f-string inside ``_``, which the extractor cannot read)::

    from intercom_wizard.i18n import _
    raise InputError(_("Port {port} is outside 1024-49151.").format(port=port))

``N_`` marks a message kept in a constant and translated where it is shown (``_(CONSTANT)``).
Catalogs are ``resources/i18n/core/<lang>.po``, compiled to ``.mo`` by ``packaging/i18n.py``.

The language is chosen once per process by :func:`choose_language`: ``INTERCOM_WIZARD_LANGUAGE``
for one run, else the choice remembered from the Welcome page's picker, else the system's
languages (the wizard passes Qt's list, the command line reads the environment), else English.
Machine-readable output (``--json``, the support report's data) is written under
:func:`english`, so it stays the same whatever the user reads.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from pathlib import Path
from typing import Protocol

from intercom_wizard.paths import app_data_dir
from intercom_wizard.resources import resource_path

_log = logging.getLogger(__name__)

ENGLISH = "en"
# Each language by its own name, as the picker shows it.
LANGUAGES: dict[str, str] = {"en": "English", "de": "Deutsch", "fr": "Français", "es": "Español"}
OVERRIDE_ENV = "INTERCOM_WIZARD_LANGUAGE"
_LOCALE_ENV = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")  # gettext's own order


class _Catalog(Protocol):
    def gettext(self, message: str, /) -> str: ...
    def ngettext(self, singular: str, plural: str, n: int, /) -> str: ...
    def pgettext(self, context: str, message: str, /) -> str: ...


class _English:
    """The source language: every message as written. Python's gettext, with its imports, is
    loaded only for another language, so an English start pays nothing for it."""

    def gettext(self, message: str) -> str:
        return message

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return singular if n == 1 else plural

    def pgettext(self, context: str, message: str) -> str:
        return message


_NONE = _English()
# The process's language is a plain global: Qt slots, asyncio tasks and worker threads all see
# it. english() overrides it only for the code inside, through a context variable.
_process: tuple[str, _Catalog] = (ENGLISH, _NONE)
_in_english: ContextVar[bool] = ContextVar("intercom_wizard_in_english", default=False)


def catalog_dir() -> Path:
    return resource_path("i18n", "core")


@cache
def _catalog(language: str) -> _Catalog:
    if language == ENGLISH:
        return _NONE
    import gettext

    path = catalog_dir() / f"{language}.mo"
    try:
        with path.open("rb") as handle:
            return gettext.GNUTranslations(handle)
    except OSError:
        # A checkout whose catalogs were never compiled: English rather than a failure.
        _log.warning("no compiled catalog %s; run packaging/i18n.py compile", path)
        return _NONE


def use(language: str) -> str:
    """Make ``language`` (a code from LANGUAGES; anything else means English) this process's."""
    global _process
    code = language if language in LANGUAGES else ENGLISH
    _process = (code, _catalog(code))
    return code


def _active() -> tuple[str, _Catalog]:
    return (ENGLISH, _NONE) if _in_english.get() else _process


def current() -> str:
    """The language messages are worded in here (English inside :func:`english`)."""
    return _active()[0]


def _(message: str) -> str:
    """``message`` in the current language."""
    return _active()[1].gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """The form of ``singular``/``plural`` for ``count`` in the current language."""
    return _active()[1].ngettext(singular, plural, count)


# Text of a resource file (a browser page template, a drawing) that is a catalog message:
# ``[[...]]``; packaging/i18n.py extracts it with this same pattern. A drawing's callouts are
# split over lines, each its own message, so they carry the context "drawing": a line such as
# "API version" there must not be the translation of the same words elsewhere.
MARKED = re.compile(r"\[\[(.+?)\]\]", re.DOTALL)
DRAWING = "drawing"


def translate_marked(
    text: str, escape: Callable[[str], str] | None = None, *, context: str | None = None
) -> str:
    """``text`` with every ``[[message]]`` in the current language (``escape``d if given)."""
    catalog = _active()[1]

    def translate(match: re.Match[str]) -> str:
        message = " ".join(match.group(1).split())
        said = catalog.pgettext(context, message) if context else catalog.gettext(message)
        return escape(said) if escape is not None else said

    return MARKED.sub(translate, text)


def N_(message: str) -> str:
    """Marks ``message`` for the catalog; translate it with ``_`` where it is shown."""
    return message


@contextmanager
def english() -> Iterator[None]:
    """Everything inside is worded in English (machine-readable output)."""
    token = _in_english.set(True)
    try:
        yield
    finally:
        _in_english.reset(token)


# --- choosing the language --------------------------------------------------------------------


def language_code(name: str) -> str | None:
    """``de_DE.UTF-8``, ``de-CH`` or ``de`` → ``de``; ``C``/``POSIX`` → ``en``; else None."""
    base = name.strip().split(".")[0].split("@")[0].replace("-", "_")
    if base in ("C", "POSIX"):
        return ENGLISH
    code = base.split("_")[0].lower()
    return code if code in LANGUAGES else None


def environment_languages(env: Mapping[str, str] | None = None) -> list[str]:
    """The languages the locale variables ask for, best first (the command line's system list)."""
    env = os.environ if env is None else env
    for variable in _LOCALE_ENV:
        value = env.get(variable, "")
        if value:
            return value.split(":")
    import locale

    try:
        name = locale.getlocale()[0]
    except ValueError:
        name = None
    return [name] if name else []


def language_file() -> Path:
    """Where the picker's choice is kept: that one code, in a file of its own (no secret)."""
    return app_data_dir() / "language"


def remembered_language() -> str | None:
    try:
        text = language_file().read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return text if text in LANGUAGES else None


def remember_language(language: str) -> None:
    """Keep the picker's choice for the next start and for the command line."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    path = language_file()
    temporary = path.with_suffix(".tmp")
    temporary.write_text(language + "\n", encoding="utf-8")
    os.replace(temporary, path)


def choose_language(
    system: Iterable[str], env: Mapping[str, str] | None = None, *, remembered: bool = True
) -> str:
    """The one rule: the override, the remembered choice, the first supported system language."""
    env = os.environ if env is None else env
    override = language_code(env.get(OVERRIDE_ENV, ""))
    if override:
        return override
    if remembered:
        kept = remembered_language()
        if kept:
            return kept
    for name in system:
        code = language_code(name)
        if code:
            return code
    return ENGLISH
