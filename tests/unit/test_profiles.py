"""Setup profiles: the strict reading of files and links, the writing, and the fuzzing of both."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intercom_wizard import i18n
from intercom_wizard.cyclr.locations import CyclrLocation
from intercom_wizard.errors import InputError
from intercom_wizard.intercom.regions import Region
from intercom_wizard.intercom.versions import ApiVersion
from intercom_wizard.profiles import (
    FORMAT_KEY,
    MAX_FILE_BYTES,
    MAX_LINK_CHARS,
    SetupProfile,
    build_profile,
    looks_like_profile,
    open_profile,
    profile_from_json,
    profile_from_link,
)
from intercom_wizard.session import SetupSession
from intercom_wizard.untrusted_json import UntrustedInputError

FULL = SetupProfile(
    service_domain="acme-h.cyclr.com",
    region=Region.EU,
    port=25000,
    api_version=ApiVersion("2.11"),
    cyclr_location=CyclrLocation.EU,
    contact="Sam Lee, sam@cyclr.com",
    note="Hi Anna & co + friends, 100% ready? Grüße",
)


def file_text(**values: Any) -> str:
    return json.dumps({FORMAT_KEY: 1, **values})


def link(**values: str) -> str:
    query = "&".join(f"{key}={quote(value, safe='')}" for key, value in values.items())
    return f"intercom-wizard://setup?v=1&{query}" if query else "intercom-wizard://setup?v=1"


def test_a_full_profile_goes_through_a_file_and_a_link_unchanged(tmp_path: Path) -> None:
    assert profile_from_json(FULL.to_json()) == FULL
    assert profile_from_link(FULL.to_link()) == FULL
    path = tmp_path / "acme.intercom-wizard"
    path.write_text(FULL.to_json(), encoding="utf-8")
    assert open_profile(str(path)) == FULL
    assert open_profile(FULL.to_link()) == FULL


def test_the_file_has_a_format_version_and_the_link_is_plain_ascii() -> None:
    data = json.loads(FULL.to_json())
    assert data[FORMAT_KEY] == 1
    assert list(data)[1:3] == ["service_domain", "region"]
    assert FULL.to_link().isascii()
    assert FULL.to_link().startswith("intercom-wizard://setup?v=1&service_domain=acme-h.cyclr.com")
    assert "+" not in FULL.to_link()  # a plus would read back as a space


def test_values_are_read_by_the_pages_own_rules() -> None:
    profile = build_profile(
        service_domain="https://Acme-H.cyclr.com/connector/callback",
        region="Australia",
        port="24000",
        api_version="v2.7",
        cyclr_location="eu.cyclr.com",
        contact="  Sam   Lee ",
    )
    assert profile.service_domain == "acme-h.cyclr.com"
    assert profile.region is Region.AU
    assert profile.port == 24000
    assert profile.api_version == ApiVersion("2.7")
    assert profile.cyclr_location is CyclrLocation.EU
    assert profile.contact == "Sam Lee"
    assert profile.note is None


@pytest.mark.parametrize(
    ("values", "why"),
    [
        ({"service_domain": "a b", "region": "us"}, "“service_domain” is refused: “a b” contains"),
        ({"service_domain": "10.0.0.1", "region": "us"}, "is an IP address"),
        ({"service_domain": "a.cyclr.com", "region": "mars"}, "“mars” is not an Intercom region"),
        ({"service_domain": "a.cyclr.com", "region": "us", "port": 80}, "need administrator"),
        ({"service_domain": "a.cyclr.com", "region": "us", "port": "80"}, "“port” is not a whole"),
        ({"service_domain": "a.cyclr.com", "region": "us", "port": True}, "not a whole number"),
        (
            {"service_domain": "a.cyclr.com", "region": "us", "api_version": "9.9"},
            "not an Intercom",
        ),
        ({"service_domain": "a.cyclr.com", "region": "us", "cyclr_location": "mars"}, "Console"),
        (
            {"service_domain": "a.cyclr.com", "region": "us", "contact": "x" * 201},
            "longer than 200",
        ),
        (
            {"service_domain": "a.cyclr.com", "region": "us", "note": "x" * 1001},
            "longer than 1,000",
        ),
        ({"service_domain": "a.cyclr.com", "region": "us", "note": "a\nb"}, "U+000A"),
        ({"service_domain": "a.cyclr.com", "region": "us", "note": "evil\u202etxt"}, "U+202E"),
        ({"service_domain": "a.cyclr.com", "region": "us", "contact": 5}, "is not text"),
        ({"service_domain": "a.cyclr.com"}, "“region” is missing"),
        ({"region": "us"}, "“service_domain” is missing"),
        ({"service_domain": "a.cyclr.com", "region": "us", "client_id": "x"}, "does not know"),
    ],
)
def test_a_bad_file_is_refused_with_the_reason(values: dict[str, Any], why: str) -> None:
    with pytest.raises(UntrustedInputError) as caught:
        profile_from_json(file_text(**values))
    assert why in caught.value.message
    assert caught.value.message.startswith("This setup profile cannot be used")
    assert caught.value.hint


@pytest.mark.parametrize("key", ["client_secret", "access_token", "Password", "api_key", "secret"])
def test_a_profile_naming_a_secret_is_refused_first(key: str) -> None:
    for opening in (
        lambda: profile_from_json(file_text(service_domain="a b", **{key: "hunter2"})),
        lambda: profile_from_link(link(region="mars", **{key: "hunter2"})),
    ):
        with pytest.raises(UntrustedInputError) as caught:
            opening()
        assert f"holds “{key}”, which names a secret" in caught.value.message
        assert "hunter2" not in caught.value.for_people()
        assert "never holds a secret" in (caught.value.hint or "")


@pytest.mark.parametrize(
    ("document", "why", "hint"),
    [
        ('{"intercom_wizard_profile": 2}', "newer than this intercom-wizard reads", "Install"),
        ('{"intercom_wizard_profile": 0}', "is 0, which this version", "Ask"),
        ('{"report": {"format": 2}}', "This is not a setup profile", "Ask"),
        ("[1]", "not a JSON object", "Ask"),
        ("{", "not valid JSON", "Ask"),
    ],
)
def test_an_unknown_format_is_refused(document: str, why: str, hint: str) -> None:
    with pytest.raises(UntrustedInputError) as caught:
        profile_from_json(document)
    assert why in caught.value.message
    assert (caught.value.hint or "").startswith(hint)


def test_a_file_too_large_is_refused_before_parsing() -> None:
    with pytest.raises(UntrustedInputError, match="larger than 16,384 bytes"):
        profile_from_json(" " * (MAX_FILE_BYTES + 1))


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("https://setup?v=1", "does not start with intercom-wizard://"),
        ("intercom-wizard://evil?v=1", "does not start with intercom-wizard://setup?"),
        ("intercom-wizard://setup:80?v=1", "does not start with intercom-wizard://setup?"),
        ("intercom-wizard://setup/path?v=1", "does not start with"),
        ("intercom-wizard://setup?v=1#x", "has a # part"),
        ("intercom-wizard://setup?service_domain=a.cyclr.com&region=us", "no v="),
        ("intercom-wizard://setup?v=2&service_domain=a.cyclr.com&region=us", "“v” is 2"),
        ("intercom-wizard://setup?v=1&v=1", "“v” appears twice"),
        ("intercom-wizard://setup?v=1&junk", "cannot be read"),
        ("intercom-wizard://setup?v=1&note=%FF", "cannot be read"),
        ("intercom-wizard://setup?v=1&service_domain=a.cyclr.com&region=us&port=8x", "port"),
        ("intercom-wizard://setup?v=1&service_domain=a.cyclr.com&region=us&x=1", "does not know"),
        ("intercom-wizard://setup?v=1&region=us", "“service_domain” is missing"),
        ("intercom-wizard://setup?v=1&" + "a" * MAX_LINK_CHARS, "longer than 4,096"),
        ("intercom-wizard://setup?" + "&".join(["a=1"] * 40), "cannot be read"),
    ],
)
def test_a_bad_link_is_refused_with_the_reason(text: str, why: str) -> None:
    with pytest.raises(UntrustedInputError) as caught:
        profile_from_link(text)
    assert why in caught.value.message
    assert caught.value.message.startswith("This setup link")


def test_a_link_may_spell_spaces_as_plus_and_leave_values_blank() -> None:
    profile = profile_from_link(
        link(service_domain="a.cyclr.com", region="us", port="") + "&note=see+you"
    )
    assert profile.port is None
    assert profile.note == "see you"


def test_a_link_too_long_to_send_is_refused_on_create() -> None:
    long_note = SetupProfile(service_domain="a.cyclr.com", region=Region.US, note="ü" * 1000)
    with pytest.raises(InputError, match="more than the 4,096"):
        long_note.to_link()
    assert profile_from_json(long_note.to_json()) == long_note  # a file holds it


def test_create_passes_the_pages_refusal_with_its_own_hint() -> None:
    with pytest.raises(InputError) as caught:
        build_profile(service_domain="a b", region="us")
    assert "Cyclr Console" in (caught.value.hint or "")
    with pytest.raises(InputError, match="port"):
        build_profile(service_domain="a.cyclr.com", region="us", port="eighty")


def test_what_a_double_click_passes_is_recognised() -> None:
    assert looks_like_profile("C:\\Users\\anna\\Downloads\\acme.intercom-wizard")
    assert looks_like_profile("INTERCOM-WIZARD://setup?v=1")
    assert not looks_like_profile("verify")
    assert not looks_like_profile("notes.txt")


def test_applying_keeps_the_client_id_and_starts_again() -> None:
    session = SetupSession(client_id="abc", port=30000, last_page=7, step_status={"where": "done"})
    applied = SetupProfile(service_domain="a.cyclr.com", region=Region.AU).apply_to(session)
    assert (applied.client_id, applied.port, applied.region) == ("abc", 30000, Region.AU)
    assert (applied.last_page, applied.step_status) == (0, {})
    assert FULL.apply_to(session).port == 25000


def test_differences_are_only_what_someone_typed() -> None:
    assert FULL.differences(SetupSession()) == []
    typed = SetupSession(service_domain="mine.cyclr.com", region=Region.AU)
    assert FULL.differences(typed) == ["service_domain", "region"]
    assert FULL.differences(FULL.apply_to(SetupSession())) == []
    earlier = SetupProfile(service_domain="old.cyclr.com", region=Region.US)
    assert FULL.differences(earlier.apply_to(SetupSession()), earlier) == []


# --- fuzzing -----------------------------------------------------------------------------------

keys = st.sampled_from(
    [
        FORMAT_KEY,
        "service_domain",
        "region",
        "port",
        "api_version",
        "cyclr_location",
        "contact",
        "note",
    ]
) | st.text(max_size=12)
words = st.sampled_from(
    [
        "acme-h.cyclr.com",
        "https://X.cyclr.uk/connector/callback",
        "bücher.example",
        "us",
        "EU",
        "Australia",
        "2.11",
        "v2.7",
        "Unstable",
        "Preview",
        "apac",
        "my.cyclr.uk",
        "24891",
        "1",
        "Sam Lee, sam@cyclr.com",
        " padded  note ",
        "",
    ]
) | st.text(max_size=40)
json_values = (
    st.none() | st.booleans() | st.integers(-5, 70_000) | words | st.lists(words, max_size=2)
)


domains = st.sampled_from(
    ["acme-h.cyclr.com", "https://X.cyclr.uk/connector/callback", "bücher.example", "a.b"]
) | st.from_regex(r"[a-z0-9][a-z0-9-]{0,12}\.(cyclr\.com|cyclr\.uk|example)", fullmatch=True)
versions = st.sampled_from(["2.7", "2.11", "2.16", "v2.9", " 2.10 ", "Unstable", "Preview"])
locations = st.sampled_from(["us", "US2", "uk", "eu", "apac", "my.cyclr.uk"])
texts = st.text(max_size=300) | st.text(st.characters(codec="ascii"), max_size=60)
# Mostly valid profiles, each value sometimes replaced by anything, sometimes an extra key.
near_valid = st.builds(
    lambda values, extra: {**values, **extra},
    st.fixed_dictionaries(
        {"service_domain": domains | words, "region": st.sampled_from(["us", "EU", "Australia"])},
        optional={
            "port": st.integers(1000, 50_000) | json_values,
            "api_version": versions | words,
            "cyclr_location": locations | words,
            "contact": texts,
            "note": texts,
        },
    ),
    st.just({}) | st.just({}) | st.dictionaries(st.text(max_size=8), json_values, max_size=1),
)


def _accepts_and_round_trips(profile: SetupProfile) -> None:
    text = profile.to_json()
    again = profile_from_json(text)
    assert again == profile
    assert again.to_json() == text
    try:
        written_link = profile.to_link()
    except InputError:
        assert len(profile.note or "") * 3 > 1000  # only a long non-ASCII note overflows
        return
    assert profile_from_link(written_link) == profile
    assert profile_from_link(written_link).to_link() == written_link


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(near_valid | st.dictionaries(keys, json_values, max_size=9), st.booleans())
def test_fuzzed_files_are_refused_with_an_input_error_or_round_trip(
    values: dict[str, Any], with_format: bool
) -> None:
    if with_format:
        values = {FORMAT_KEY: 1, **values}
    try:
        profile = profile_from_json(json.dumps(values))
    except InputError:
        return
    _accepts_and_round_trips(profile)


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    near_valid.map(lambda values: [(k, str(v)) for k, v in values.items()])
    | st.lists(st.tuples(keys, words), max_size=9),
    st.booleans(),
    st.booleans(),
)
def test_fuzzed_links_are_refused_with_an_input_error_or_round_trip(
    pairs: list[tuple[str, str]], with_format: bool, encode: bool
) -> None:
    parts = [("v", "1")] if with_format else []
    parts += pairs
    escape = (lambda text: quote(text, safe="")) if encode else (lambda text: text)
    text = "intercom-wizard://setup?" + "&".join(f"{escape(k)}={escape(v)}" for k, v in parts)
    try:
        profile = profile_from_link(text)
    except InputError:
        return
    _accepts_and_round_trips(profile)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400) | st.text(max_size=400))
def test_any_bytes_at_all_are_an_input_error_or_a_profile(data: bytes | str) -> None:
    text = data if isinstance(data, str) else data.decode("latin-1")
    for parse in (lambda: profile_from_json(data), lambda: profile_from_link(text)):
        try:
            profile = parse()
        except InputError:
            continue
        _accepts_and_round_trips(profile)


# --- what the operating system starts the app with ---------------------------------------------


def test_the_registered_command_reads_its_argument_as_one_link_and_no_options() -> None:
    from intercom_wizard.cli import build_parser, os_open_words

    # A link holding quotes breaks out of "%1": what follows must not become options.
    words = os_open_words(
        [
            "--os-open",
            "intercom-wizard://setup?v=1&note=hi",
            "-platformpluginpath",
            "C:\\evil",
            "--debug",
        ]
    )
    assert words == [
        "open",
        "--",
        "intercom-wizard://setup?v=1&note=hi -platformpluginpath C:\\evil --debug",
    ]
    args = build_parser().parse_args(words)
    assert args.command == "open" and not args.debug
    assert os_open_words(["open", "x"]) is None
    assert os_open_words(["--os-open", "--sandbox"]) == ["open", "--", "--sandbox"]


def test_a_bare_file_or_link_first_means_open() -> None:
    from intercom_wizard.cli import with_open_command

    assert with_open_command(["C:\\a.intercom-wizard"]) == ["open", "C:\\a.intercom-wizard"]
    assert with_open_command(["-psn_0_1234", "intercom-wizard://setup?v=1"]) == [
        "open",
        "intercom-wizard://setup?v=1",
    ]
    assert with_open_command(["verify", "--client-id", "x"]) == ["verify", "--client-id", "x"]


def test_a_refused_profile_speaks_the_users_language() -> None:
    bad = '{"intercom_wizard_profile": 1, "service_domain": "a.cyclr.com", "region": "us", "x": 1}'
    i18n.use("de")
    try:
        with pytest.raises(UntrustedInputError) as german:
            profile_from_json(bad)
        with pytest.raises(UntrustedInputError) as link:
            profile_from_link("intercom-wizard://setup?v=1&service_domain=a.cyclr.com&region=mars")
        with i18n.english(), pytest.raises(UntrustedInputError) as english:
            profile_from_json(bad)
    finally:
        i18n.use(i18n.ENGLISH)
    assert german.value.message == (
        "Dieses Einrichtungsprofil kann nicht verwendet werden. Er enthält einen Schlüssel, "
        "den diese Version von intercom-wizard nicht kennt: „x“."
    )
    assert german.value.hint is not None and german.value.hint.startswith("Bitten Sie")
    # The page's own rule's reason, already German, passed through whole.
    assert link.value.message.startswith(
        "Dieser Einrichtungslink kann nicht verwendet werden. „region“ wird abgelehnt: "
    )
    assert "mars" in link.value.message and "region" in link.value.message
    assert english.value.message == (
        "This setup profile cannot be used. It holds a key this version of intercom-wizard "
        "does not know: “x”."
    )
