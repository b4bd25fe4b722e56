"""The rendering check finds what it is for: text cut off by its widget, English left behind."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget

from tests.visual.checks import cut_off, english_words, untranslated


def _window(*widgets: QWidget) -> QWidget:
    window = QWidget()
    layout = QVBoxLayout(window)
    for widget in widgets:
        widget.setParent(window)
        layout.addWidget(widget)
    window.resize(400, 300)
    window.show()
    QApplication.processEvents()
    return window


def test_a_label_or_button_narrower_than_its_text_is_cut_off(qapp: QApplication) -> None:
    narrow = QLabel("Gespeicherte Secrets vergessen und die Test-Autorisierung widerrufen")
    narrow.setFixedWidth(80)
    button = QPushButton("Test-Autorisierung widerrufen…")
    button.setFixedWidth(60)
    fits = QLabel("OK")
    window = _window(narrow, button, fits)
    try:
        problems = cut_off(window)
    finally:
        window.close()
    assert len(problems) == 2, problems
    assert problems[0].startswith("QLabel 'Gespeicherte Secrets") and "of width" in problems[0]
    assert problems[1].startswith("QPushButton 'Test-Autorisierung")


def test_a_wrapped_label_is_cut_off_only_when_its_lines_need_more_height(
    qapp: QApplication,
) -> None:
    text = " ".join(["Der Assistent fängt die Antwort auf diesem Computer ab."] * 6)
    squeezed = QLabel(text)
    squeezed.setWordWrap(True)
    squeezed.setFixedHeight(20)
    roomy = QLabel(text)
    roomy.setWordWrap(True)
    window = _window(squeezed, roomy)
    try:
        problems = cut_off(window)
    finally:
        window.close()
    assert len(problems) == 1 and "of height" in problems[0], problems


def test_english_on_a_german_page_is_found(qapp: QApplication) -> None:
    window = _window(
        QLabel("&Open the Developer Hub"),  # a source string whose German differs
        QLabel("Step 3 of 10"),  # a source with placeholders
        QLabel("Check that the port is free before you start."),  # never in a catalog
        QLabel("Developer &Hub öffnen"),
        QLabel("Client ID"),  # the same in every language
    )
    try:
        problems = untranslated(window, "de")
        assert untranslated(window, "en") == []
    finally:
        window.close()
    assert [problem.split(":")[0] for problem in problems] == [
        "QLabel '&Open the Developer Hub'",
        "QLabel 'Step 3 of 10'",
        "QLabel 'Check that the port is free before you start.'",
    ], problems


def test_terms_intercom_shows_in_english_do_not_count_as_english() -> None:
    assert (
        english_words("Lassen Sie „Intended to use Intercom with“ auf Internal integration.")
        == set()
    )
    assert english_words("Read one user and one company: erteilt") == set()
    assert english_words("Open the app and copy it") == {"the", "and", "it"}
