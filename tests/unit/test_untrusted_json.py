"""Bounded, strict reading of JSON documents from outside (untrusted_json.py)."""

from __future__ import annotations

import contextlib
import json
import os
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from intercom_wizard.errors import InputError
from intercom_wizard.untrusted_json import (
    DocumentKind,
    UntrustedInputError,
    UntrustedObject,
    parse_document,
    read_document,
)

HINT = "Ask for a new one."
KIND = DocumentKind(
    unusable="This test document cannot be used.",
    not_one="This is not a test document: it has no “{field}”.",
    unreadable="The test document {name} cannot be read ({reason}).",
    not_a_file="The test document {name} is not a regular file.",
)


def parse(data: bytes | str, max_bytes: int = 4096) -> UntrustedObject:
    return parse_document(data, kind=KIND, max_bytes=max_bytes, hint=HINT)


def refusal(data: bytes | str, max_bytes: int = 4096) -> UntrustedInputError:
    with pytest.raises(UntrustedInputError) as caught:
        parse(data, max_bytes)
    assert caught.value.hint == HINT
    assert caught.value.message.startswith("This test document cannot be used. ")
    return caught.value


def test_the_error_is_the_projects_input_error() -> None:
    assert issubclass(UntrustedInputError, InputError)
    assert UntrustedInputError("x").exit_code == 2


@pytest.mark.parametrize(
    ("data", "why"),
    [
        (b"{" + b" " * 5000 + b"}", "larger than 4,096 bytes"),
        (b'{"a": "\xff"}', "not UTF-8"),
        ('{"a": 1, "a": 2}', "“a” appears twice"),
        ('{"a": NaN}', "not valid JSON"),
        ('{"a": Infinity}', "not valid JSON"),
        ('{"a": ', "not valid JSON (line 1"),
        ("[1, 2]", "not a JSON object"),
        ('"text"', "not a JSON object"),
        ('{"a": ' + "[" * 17 + "]" * 17 + "}", "nested more than 16 levels"),
        ("[" * 3000 + "]" * 3000, "nested"),
        ('{"a": ' + "1" * 4400 + "}", "not valid JSON"),
    ],
)
def test_a_bad_document_is_refused_with_the_reason(data: bytes | str, why: str) -> None:
    max_bytes = 4096 if b"     " in str(data).encode() else 10_000
    assert why in refusal(data, max_bytes).message


def test_the_size_counts_bytes_not_characters() -> None:
    assert "larger than" in refusal('{"a": "' + "é" * 30 + '"}', max_bytes=40).message


def test_a_byte_order_mark_is_accepted() -> None:
    assert parse(b'\xef\xbb\xbf{"a": 1}').integer("a", minimum=0, maximum=1) == 1


def test_unknown_and_missing_keys_are_named() -> None:
    document = parse('{"format": 1, "b": 2, "c\\u202e": 3}')
    with pytest.raises(UntrustedInputError) as caught:
        document.require_only(required={"format"}, optional={"a"})
    assert "“b”, “c\\u202e”" in caught.value.message
    assert "does not know" in caught.value.message
    with pytest.raises(UntrustedInputError, match="“a” is missing"):
        parse('{"format": 1}').require_only(required={"format", "a"})


def test_many_unknown_keys_are_summed_up() -> None:
    document = parse(json.dumps({f"k{i}": i for i in range(10)}))
    with pytest.raises(UntrustedInputError, match="10 keys this version"):
        document.require_only(required=())


@pytest.mark.parametrize(
    ("value", "why", "hint"),
    [
        (None, "has no “format”", HINT),
        ("1", "is not a whole number", HINT),
        (True, "is not a whole number", HINT),
        (0, "is 0, which this version", HINT),
        (7, "is 7, newer than this intercom-wizard reads (up to 2)", "Install the latest"),
    ],
)
def test_the_format_version_is_checked(value: object, why: str, hint: str) -> None:
    data = {} if value is None else {"format": value}
    with pytest.raises(UntrustedInputError) as caught:
        parse(json.dumps(data)).format_version("format", supported={1, 2})
    assert why in caught.value.message
    assert (caught.value.hint or "").startswith(hint)


def test_a_supported_format_is_returned() -> None:
    assert parse('{"format": 2}').format_version("format", supported={1, 2}) == 2


@pytest.mark.parametrize(
    ("value", "why"),
    [
        (5, "is not text"),
        ("x" * 11, "longer than 10 characters"),
        ("a\nb", "U+000A"),
        ("a\u202eb", "U+202E"),
        ("a\u2028b", "U+2028"),
        ("a\x00b", "U+0000"),
    ],
)
def test_text_is_bounded_and_plain(value: object, why: str) -> None:
    with pytest.raises(UntrustedInputError) as caught:
        parse(json.dumps({"t": value})).text("t", max_length=10)
    assert why in caught.value.message
    assert caught.value.field == "t"


def test_a_lone_surrogate_is_refused_not_carried() -> None:
    with pytest.raises(UntrustedInputError, match=r"U\+D800"):
        parse('{"t": "a\\ud800"}').text("t", max_length=10)


def test_newlines_only_where_allowed() -> None:
    assert parse('{"t": "a\\nb"}').text("t", max_length=10, allow_newlines=True) == "a\nb"


def test_optional_values_may_be_absent_or_null() -> None:
    document = parse('{"n": null}')
    assert document.optional_text("n", max_length=5) is None
    assert document.optional_text("absent", max_length=5) is None
    assert document.optional_integer("n", minimum=0, maximum=1) is None
    assert document.optional_boolean("n") is None
    assert document.optional_object("n") is None


@pytest.mark.parametrize(
    ("value", "why"), [(True, "not a whole number"), (1.5, "not a whole number"), (99, "between")]
)
def test_integers_are_bounded(value: object, why: str) -> None:
    with pytest.raises(UntrustedInputError, match=why):
        parse(json.dumps({"n": value})).integer("n", minimum=0, maximum=10)


def test_nested_objects_and_lists_name_their_place() -> None:
    document = parse('{"report": {"steps": [{"ok": 1}], "words": ["a", 2]}}')
    report = document.object("report")
    step = report.objects("steps", max_items=5)[0]
    with pytest.raises(UntrustedInputError) as caught:
        step.boolean("ok")
    assert "“report.steps[0].ok” is not true or false" in caught.value.message
    with pytest.raises(UntrustedInputError, match=r"Item 2 of “report\.words” is not plain text"):
        report.texts("words", max_items=5, max_length=5)
    with pytest.raises(UntrustedInputError, match="more than 0 items"):
        report.objects("steps", max_items=0)
    with pytest.raises(UntrustedInputError, match="is not a list"):
        document.objects("report", max_items=1)


def test_a_file_is_read_with_its_bound(tmp_path: Path) -> None:
    path = tmp_path / "doc.json"
    path.write_text('{"a": 1}', encoding="utf-8")
    document = read_document(path, kind=KIND, max_bytes=100, hint=HINT)
    assert document.integer("a", minimum=1, maximum=1) == 1
    path.write_bytes(b"{" + b" " * 10_000_000 + b"}")
    with pytest.raises(UntrustedInputError, match="larger than 100 bytes"):
        read_document(path, kind=KIND, max_bytes=100, hint=HINT)


def test_a_missing_file_says_so(tmp_path: Path) -> None:
    with pytest.raises(UntrustedInputError, match="cannot be read"):
        read_document(tmp_path / "nope.json", kind=KIND, max_bytes=100, hint=HINT)
    with pytest.raises(UntrustedInputError, match="not a regular file"):
        read_document(tmp_path, kind=KIND, max_bytes=100, hint=HINT)


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs are a POSIX thing")
def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)  # nobody writes to it: reading it would block for ever
    with pytest.raises(UntrustedInputError, match="not a regular file"):
        read_document(fifo, kind=KIND, max_bytes=100, hint=HINT)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=600) | st.text(max_size=300))
def test_any_input_is_an_object_or_an_input_error(data: bytes | str) -> None:
    try:
        document = parse(data, max_bytes=500)
    except UntrustedInputError:
        return
    assert isinstance(document.keys(), list)


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=4), inner, max_size=4)
    ),
    max_leaves=30,
)


def _every_accessor(document: UntrustedObject, key: str) -> None:
    for read in (
        lambda: document.text(key, max_length=5),
        lambda: document.integer(key, minimum=0, maximum=9),
        lambda: document.boolean(key),
        lambda: document.object(key).require_only(required=("a",)),
        lambda: document.objects(key, max_items=2),
        lambda: document.texts(key, max_items=2, max_length=3),
        lambda: document.format_version(key, supported={1}),
    ):
        with contextlib.suppress(UntrustedInputError):
            read()


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.text(max_size=6), json_values, max_size=6))
def test_accessors_never_raise_anything_else(values: dict[str, object]) -> None:
    document = parse(json.dumps(values), max_bytes=100_000)
    for key in [*values, "absent"]:
        _every_accessor(document, key)
