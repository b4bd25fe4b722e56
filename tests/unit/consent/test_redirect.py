from __future__ import annotations

from urllib.parse import quote

import pytest
from hypothesis import given
from hypothesis import strategies as st

from intercom_wizard.consent.pages import failure_page
from intercom_wizard.consent.redirect import (
    RESPONSE_PARAMETERS,
    MalformedRedirect,
    RedirectAnswer,
    parse_pasted,
    parse_query,
)
from intercom_wizard.errors import ConsentDeclined, PastedAddressError

STATE = "Zm9vYmFyLXN0YXRlLXZhbHVlLTEyMzQ1Njc4OTA"
CODE = "ab+cd/ef=="


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("code=ab+cd/ef==&state=S", "ab+cd/ef=="),  # raw, as Intercom sends it
        ("?code=ab+cd/ef==&state=S", "ab+cd/ef=="),
        ("code=ab%2Bcd%2Fef%3D%3D&state=S", "ab+cd/ef=="),  # fully percent-encoded
        ("code=ab%2bcd%2fef%3d%3d&state=S", "ab+cd/ef=="),  # lower-case escapes
        ("code=ab+cd%2Fef=%3D&state=S", "ab+cd/ef=="),  # mixed
        ("state=S&code=x=", "x="),  # trailing '=' kept: split on the first '=' only
        ("code=a=b=c&state=S", "a=b=c"),
        ("code=%20space&state=S", " space"),
        ("code=plus+stays+plus&state=S", "plus+stays+plus"),
        ("code=abc&state=S#fragment", "abc"),
        ("code=&state=S", None),
        ("state=S", None),
    ],
)
def test_parse_query_is_byte_exact(query: str, code: str | None) -> None:
    answer = parse_query(query)
    assert answer.code == code
    assert answer.state == "S"


def test_parse_query_reads_errors() -> None:
    answer = parse_query("error=access_denied&error_description=The+user%20said+no&state=S")
    assert answer == RedirectAnswer(
        code=None, state="S", error="access_denied", error_description="The+user said+no"
    )


def test_parse_query_of_nothing() -> None:
    assert parse_query("") == RedirectAnswer(None, None, None, None)
    assert parse_query("&&=&x") == RedirectAnswer(None, None, None, None)


def test_the_answer_never_shows_code_or_state_in_its_repr() -> None:
    text = repr(parse_query(f"code={CODE}&state={STATE}"))
    assert CODE not in text
    assert STATE not in text


_QUERY = f"code={CODE}&state={STATE}"


@pytest.mark.parametrize(
    "pasted",
    [
        f"https://127.0.0.1:24891/callback?{_QUERY}",
        f"https://acme-h.cyclr.com/connector/callback?{_QUERY}",  # Intercom ignored redirect_uri
        f"http://localhost:24891/callback?{_QUERY}#section",
        f"acme-h.cyclr.com/connector/callback?{_QUERY}",  # no scheme
        f"?{_QUERY}",
        _QUERY,
        f"  {_QUERY}\n",
        f"'{_QUERY}'",
        f'"https://127.0.0.1:24891/callback?{_QUERY}"',
        f"<https://127.0.0.1:24891/callback?{_QUERY}>",
        f"“https://127.0.0.1:24891/callback?{_QUERY}”",
        f"https://127.0.0.1:24891/callback?code={CODE}\n&state={STATE}",  # wrapped in a mail
        f"https://x/callback?state={STATE}&code=ab%2Bcd%2Fef%3D%3D",
        f"https://x/callback?state={STATE}&code=ab%2bcd%2fef%3d%3d",
        f"https://x/callback?state={STATE}&code=ab%2Bcd/ef=%3D&extra=1",
    ],
)
def test_parse_pasted_finds_the_code_byte_exact(pasted: str) -> None:
    assert parse_pasted(pasted, STATE) == CODE


@pytest.mark.parametrize(
    ("pasted", "words"),
    [
        ("", "Nothing was pasted"),
        ("   \n ", "Nothing was pasted"),
        ('""', "Nothing was pasted"),
        ("hello there", "not an address"),
        ("https://127.0.0.1:24891/callback", "not an address"),
        (f"https://127.0.0.1:24891/callback?state={STATE}", "no authorization code"),
        (f"https://127.0.0.1:24891/callback?code=&state={STATE}", "no authorization code"),
        (f"https://127.0.0.1:24891/callback?code={CODE}", "no state"),
        (f"https://127.0.0.1:24891/callback?code={CODE}&state=other", "another attempt"),
        (f"https://127.0.0.1:24891/callback?code={CODE}&state={STATE}x", "another attempt"),
        ("error=access_denied&state=other", "another attempt"),
    ],
)
def test_parse_pasted_refuses_with_a_reason(pasted: str, words: str) -> None:
    with pytest.raises(PastedAddressError) as caught:
        parse_pasted(pasted, STATE)
    assert words in str(caught.value)
    assert caught.value.hint
    assert CODE not in caught.value.for_people()


def test_parse_pasted_reports_a_declined_consent_escaped_only_where_shown_as_html() -> None:
    pasted = (
        f"https://127.0.0.1:24891/callback?error=access_denied"
        f"&error_description=%3Cscript%3Ealert(1)%3C%2Fscript%3E+%26+more&state={STATE}"
    )
    with pytest.raises(ConsentDeclined) as caught:
        parse_pasted(pasted, STATE)
    message = str(caught.value)
    assert "access_denied" in message
    # Plain text for terminals and plain-text labels; the browser page escapes it.
    assert "<script>alert(1)</script> & more" in message
    page = failure_page(message).decode()
    assert "&lt;script&gt;" in page and "<script>" not in page
    assert caught.value.exit_code == 3


def test_a_declined_answer_without_state_is_still_a_decline() -> None:
    with pytest.raises(ConsentDeclined):
        parse_pasted("?error=access_denied", STATE)


def test_a_very_long_description_is_shortened() -> None:
    with pytest.raises(ConsentDeclined) as caught:
        parse_pasted(f"?error=e&error_description={'x' * 5000}&state={STATE}", STATE)
    assert len(str(caught.value)) < 400


# --- one rule for the listener and the pasted address: RFC 6749 3.1 and appendix A ----------

_VSCHAR = st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7E), min_size=1)
_NOT_VSCHAR = st.characters().filter(lambda c: not 0x20 <= ord(c) <= 0x7E)


@given(code=_VSCHAR)
def test_any_vschar_code_reads_back_byte_exact(code: str) -> None:
    assert parse_query(f"code={quote(code, safe='')}&state=S").code == code
    pasted = f"https://x.example/cb?code={quote(code, safe='')}&state={STATE}"
    assert parse_pasted(pasted, STATE) == code


@given(head=_VSCHAR, bad=_NOT_VSCHAR, tail=_VSCHAR)
def test_a_code_with_any_character_outside_vschar_is_refused(
    head: str, bad: str, tail: str
) -> None:
    query = f"code={quote(head + bad + tail, safe='', errors='surrogatepass')}&state={STATE}"
    with pytest.raises(MalformedRedirect, match="code"):
        parse_query(query)
    with pytest.raises(PastedAddressError, match="code"):
        parse_pasted("https://127.0.0.1:24891/callback?" + query, STATE)


@given(
    name=st.sampled_from(RESPONSE_PARAMETERS),
    first=st.sampled_from(["first", STATE]),
    second=st.sampled_from(["second", STATE, ""]),
    order=st.permutations([0, 1, 2]),
)
def test_a_repeated_response_parameter_is_refused_wherever_it_comes(
    name: str, first: str, second: str, order: list[int]
) -> None:
    pairs = [f"{name}={first}", f"{name}={second}", f"code={CODE}" if name != "code" else "x=1"]
    query = "&".join(pairs[i] for i in order)
    if name != "state":
        query += f"&state={STATE}"
    with pytest.raises(MalformedRedirect, match=f"{name} more than once"):
        parse_query(query)
    with pytest.raises(PastedAddressError, match="more than once"):
        parse_pasted("https://127.0.0.1:24891/callback?" + query, STATE)


@pytest.mark.parametrize(
    "query",
    [
        f"code=one%0d%0atwo&state={STATE}",
        f"code={CODE}&state={STATE}&state=other",
        f"state={STATE}&code={CODE}&code=again",
    ],
)
def test_the_refusal_never_quotes_the_values(query: str) -> None:
    with pytest.raises(MalformedRedirect) as caught:
        parse_query(query)
    for value in (CODE, STATE, "one", "other", "again"):
        assert value not in str(caught.value)
