from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from intercom_wizard.consent import pages

_ALL: list[Callable[[], bytes]] = [
    lambda: pages.success_page("Acme"),
    lambda: pages.success_page(None),
    lambda: pages.failure_page("The token exchange failed."),
    pages.state_mismatch_page,
    pages.not_found_page,
    pages.duplicate_page,
    pages.closed_page,
    lambda: pages.plain_http_page("https://127.0.0.1:24891/"),
    lambda: pages.problem_page("Bad request", "The request could not be read."),
]


@pytest.mark.parametrize("render", _ALL)
def test_every_page_is_self_contained_and_follows_the_colour_scheme(
    render: Callable[[], bytes],
) -> None:
    page = render().decode("utf-8")
    assert page.startswith("<!doctype html>")
    assert "prefers-color-scheme: dark" in page
    assert "<style>" in page
    assert "$" not in page  # every placeholder was filled
    assert not re.search(r"<script|<link|<img|src=|@import|url\(", page, re.IGNORECASE)
    assert len(page) < 6000


def test_success_names_the_workspace_and_sends_the_user_back() -> None:
    page = pages.success_page("Acme Support").decode()
    assert "Acme Support" in page
    assert "You can close this tab and return to intercom-wizard" in page
    assert "your Intercom workspace" in pages.success_page("  ").decode()


@pytest.mark.parametrize(
    "render",
    [
        pages.success_page,
        pages.failure_page,
        pages.plain_http_page,
        lambda text: pages.problem_page(text, text),
    ],
)
def test_values_are_escaped(render: Callable[[str], bytes]) -> None:
    page = render('<script>alert("x")</script> & $title').decode()
    assert "<script>" not in page
    assert "&lt;script&gt;" in page
    assert "&amp; $title" in page


def test_failure_shows_the_reason() -> None:
    assert "Wrong client secret." in pages.failure_page("Wrong client secret.").decode()


def test_pages_differ() -> None:
    rendered = {render() for render in _ALL}
    assert len(rendered) == len(_ALL)
