"""The Cyclr check's verdicts and clean-up speak the person's language, from the catalogs."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from intercom_wizard import i18n
from intercom_wizard.cyclr.check import what_it_creates
from intercom_wizard.cyclr.verdicts import Verdict, explain


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    i18n.use("en")


@pytest.mark.parametrize("language", ["de", "fr", "es"])
def test_every_verdict_is_worded_in_the_chosen_language(language: str) -> None:
    callback = "https://acme-h.cyclr.com/connector/callback"
    english = {v: explain(v, callback_url=callback, api_version="2.11") for v in Verdict}
    i18n.use(language)
    for verdict in Verdict:
        said = explain(verdict, callback_url=callback, api_version="2.11")
        assert said.message != english[verdict].message, verdict
        if said.hint is not None:
            assert said.hint != english[verdict].hint
    hint = explain(Verdict.REDIRECT_REFUSED, callback_url=callback, api_version=None).hint
    assert hint is not None and callback in hint  # the values survive the translation
    assert "Intercom setup check" in what_it_creates(None)
