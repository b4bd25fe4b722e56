"""The pages the listener shows in the browser, filled from ``resources/templates``.

Each page is one fragment (``success.html`` …) placed inside ``page.html``, which carries the
inline style: no external assets, light and dark through ``prefers-color-scheme``, no script.
Every value is HTML-escaped before it reaches a template. The text between ``[[`` and ``]]``
is a message of the core's catalog (``packaging/i18n.py`` extracts it), shown in the process's
language, so the browser speaks the wizard's language.
"""

from __future__ import annotations

import html
from functools import cache
from string import Template

from intercom_wizard.i18n import _, current, translate_marked
from intercom_wizard.resources import read_text

_OK, _BAD, _WARN, _INFO = "ok", "bad", "warn", "info"
_MARKS = {_OK: "✓", _BAD: "✕", _WARN: "!", _INFO: "i"}


@cache
def _source(name: str) -> str:
    return read_text("templates", f"{name}.html")


def _template(name: str) -> Template:
    """The template with its text in the current language (our catalog: markup allowed)."""
    return Template(translate_marked(_source(name)))


def _render(fragment: str, *, title: str, tone: str, **values: str) -> bytes:
    escaped = {key: html.escape(value) for key, value in values.items()}
    content = _template(fragment).substitute(escaped)
    page = _template("page").substitute(
        title=html.escape(title),
        tone=tone,
        mark=html.escape(_MARKS[tone]),
        content=content,
        lang=current(),
    )
    return page.encode("utf-8")


def success_page(workspace_name: str | None) -> bytes:
    workspace = workspace_name.strip() if workspace_name and workspace_name.strip() else None
    return _render(
        "success",
        title=_("Connected"),
        tone=_OK,
        workspace=workspace or _("your Intercom workspace"),
    )


def failure_page(reason: str) -> bytes:
    return _render("failure", title=_("Check failed"), tone=_BAD, reason=reason)


def state_mismatch_page() -> bytes:
    return _render("state_mismatch", title=_("Another attempt"), tone=_WARN)


def not_found_page() -> bytes:
    return _render("not_found", title=_("Not found"), tone=_INFO)


def duplicate_page() -> bytes:
    return _render("duplicate", title=_("Already received"), tone=_INFO)


def closed_page() -> bytes:
    return _render("closed", title=_("Check ended"), tone=_WARN)


def plain_http_page(https_url: str) -> bytes:
    """For a browser that asked the HTTPS port over plain HTTP."""
    return _render("plain_http", title=_("Use https://"), tone=_WARN, https_url=https_url)


def problem_page(heading: str, message: str) -> bytes:
    """A short page for requests the listener refuses (bad request, wrong method …)."""
    return _render("problem", title=heading, tone=_WARN, heading=heading, message=message)
