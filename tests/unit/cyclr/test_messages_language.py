"""What the Cyclr API, the Console location and the return page say reads in the user's language."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from intercom_wizard import i18n
from intercom_wizard.cyclr import client as client_module
from intercom_wizard.cyclr.client import CyclrClient
from intercom_wizard.cyclr.errors import CyclrCredentialsRefused, CyclrError, CyclrUnreachable
from intercom_wizard.cyclr.locations import CyclrEndpoints, CyclrLocation, private_api_base
from intercom_wizard.cyclr.return_listener import ReturnListener
from intercom_wizard.errors import InputError
from intercom_wizard.sandbox.cyclr.behaviour import (
    SANDBOX_CYCLR_CLIENT_ID,
    SANDBOX_CYCLR_CLIENT_SECRET,
)
from tests.support.network import free_port


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    i18n.use("en")


async def test_refused_credentials_read_in_german(endpoints: CyclrEndpoints) -> None:
    i18n.use("de")
    async with CyclrClient(
        endpoints, client_id=SANDBOX_CYCLR_CLIENT_ID, client_secret="wrong-secret"
    ) as client:
        with pytest.raises(CyclrCredentialsRefused) as refused:
            await client.accounts()
    assert (
        refused.value.message
        == "Cyclr hat die Cyclr-API Client ID oder das Client Secret abgelehnt."
    )
    assert refused.value.hint is not None and "Kopieren Sie beide" in refused.value.hint
    assert "Settings > OAuth Client Credentials" in refused.value.hint  # the Console's own path


async def test_an_unreachable_cyclr_reads_in_german() -> None:
    closed = f"http://127.0.0.1:{free_port()}"
    endpoints = CyclrEndpoints(api_base=closed, service_base=closed, service_domain="a.cyclr.com")
    i18n.use("de")
    async with CyclrClient(
        endpoints, client_id=SANDBOX_CYCLR_CLIENT_ID, client_secret=SANDBOX_CYCLR_CLIENT_SECRET
    ) as client:
        with pytest.raises(CyclrUnreachable) as unreachable:
            await client.token()
    assert unreachable.value.message.startswith(f"Die API von Cyclr unter {closed} war nicht")
    assert unreachable.value.hint is not None and "Proxy" in unreachable.value.hint


async def test_a_refused_call_is_one_german_sentence(endpoints: CyclrEndpoints) -> None:
    i18n.use("de")
    async with CyclrClient(
        endpoints, client_id=SANDBOX_CYCLR_CLIENT_ID, client_secret=SANDBOX_CYCLR_CLIENT_SECRET
    ) as client:
        with pytest.raises(CyclrError) as refused:
            await client.connectors(None)  # the sandbox wants an account for the list
    assert refused.value.message.startswith("Cyclr hat die Suche nach Connectors abgelehnt (HTTP ")
    assert refused.value.hint is not None and "Konto" in refused.value.hint


@pytest.mark.parametrize(
    ("language", "message", "hint"),
    [
        ("de", "„xx“ ist kein Standort einer Cyclr Console.", "Verwenden Sie us (my.cyclr.com)"),
        ("fr", "«\u00a0xx\u00a0» n'est pas un emplacement de Cyclr Console.", "Utilisez us"),
        ("es", "«xx» no es una ubicación de Cyclr Console.", "Use us (my.cyclr.com)"),
    ],
)
def test_a_bad_console_location_reads_in_the_language(
    language: str, message: str, hint: str
) -> None:
    i18n.use(language)
    with pytest.raises(InputError) as bad:
        CyclrLocation.parse(" xx ")
    assert bad.value.message == message
    assert bad.value.hint is not None and bad.value.hint.startswith(hint)


def test_a_plain_http_private_instance_reads_in_german() -> None:
    i18n.use("de")
    with pytest.raises(InputError) as bad:
        private_api_base("http://api.example.com")
    assert bad.value.message == "„http://api.example.com“ ist keine https://-Adresse."


def _call_phrases() -> list[str]:
    """Every noun phrase client.py names a call with (``what=`` and _json_object/_json_list)."""
    tree = ast.parse(Path(client_module.__file__).read_text(encoding="utf-8"))
    found: list[str] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.id if isinstance(node.func, ast.Name) else ""
        method = node.func.attr if isinstance(node.func, ast.Attribute) else ""
        candidates = [k.value for k in node.keywords if k.arg == "what" and method == "_call"]
        if name in ("_json_object", "_json_list") and len(node.args) == 2:
            candidates.append(node.args[1])
        for value in candidates:
            assert isinstance(value, ast.Call) and getattr(value.func, "id", "") == "N_", (
                ast.unparse(value)
            )
            assert isinstance(value.args[0], ast.Constant)
            found.append(str(value.args[0].value))
    return sorted(set(found))


# Both frames put the phrase in one case: German accusative ("hat {what} abgelehnt", "Antwort auf
# {what}"), where die/das read the same as in the nominative; French after "à" and Spanish after
# "a", where le/les and el would have to contract (au, aux, al).
_FITS = {
    "de": ("die ", "das "),
    "fr": ("la ", "l'", "une "),
    "es": ("la ", "una "),
}


@pytest.mark.parametrize("language", sorted(_FITS))
def test_every_call_phrase_fits_both_sentences(language: str) -> None:
    phrases = _call_phrases()
    assert len(phrases) >= 12  # the parser found the calls
    i18n.use(language)
    for phrase in phrases:
        said = i18n._(phrase)
        assert said != phrase and said.startswith(_FITS[language]), (phrase, said)
        for frame in ("Cyclr refused {what} (HTTP {status}{detail}).",
                      "Cyclr's answer to {what} was not what its API documents.",
                      "Cyclr's answer to {what} was not a list."):  # fmt: skip
            sentence = i18n._(frame).format(what=said, status=400, detail="")
            assert said in sentence and sentence != frame


async def test_the_return_page_reads_in_german() -> None:
    i18n.use("de")
    listener = ReturnListener()
    await listener.start()
    try:
        async with httpx.AsyncClient() as http:
            page = (await http.get(listener.url)).text
    finally:
        await listener.close()
    assert "Zurück von Cyclr" in page and "Tab schließen" in page
