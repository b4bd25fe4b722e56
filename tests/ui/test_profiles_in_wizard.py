"""Setup profiles in the window: a link or a file made by ``profile create`` fills the wizard
in, the banner says who prepared it, the partner can change everything, and a later launch's
profile reaches the open window through its local socket, however the client behaves."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import QUrl
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QLabel

from intercom_wizard.cli import build_parser
from intercom_wizard.intercom.regions import Region
from intercom_wizard.intercom.versions import ApiVersion
from intercom_wizard.profile_command import run_profile
from intercom_wizard.ui import single_instance
from intercom_wizard.ui.page_ids import PageId
from intercom_wizard.ui.pages.redirect_urls import RedirectUrlsPage
from intercom_wizard.ui.pages.where import WherePage
from intercom_wizard.ui.profile_opening import (
    OpenRequests,
    opener_for,
    read_opening,
    start_opening,
)
from intercom_wizard.ui.single_instance import InstanceServer
from intercom_wizard.ui.widgets.profile_banner import ProfileBanner
from intercom_wizard.ui.wizard import SetupWizard
from tests.support.verify_process import ROOT
from tests.ui.conftest import MakeWizard
from tests.ui.helpers import ScriptedBrowser, drive, next_to, until

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="talks to the Unix socket")

CREATE = [
    "profile",
    "create",
    "--service-domain",
    "acme-h.cyclr.com",
    "--region",
    "eu",
    "--port",
    "25000",
    "--api-version",
    "2.9",
    "--contact",
    "Sam Lee, sam@cyclr.com",
    "--note",
    "Hi <b>Anna</b>, see <a href='https://evil.example'>this</a>",
]


def create(*extra: str) -> int:
    """``intercom-wizard profile create ...`` in this process, as the command line parses it
    (not through ``cli.main``, which would set up the app's logging for the whole session)."""
    return run_profile(build_parser().parse_args([*CREATE, *extra]))


def created_link(capsys: pytest.CaptureFixture[str]) -> str:
    assert create("--link") == 0
    return capsys.readouterr().out.strip()


@pytest.fixture
def servers() -> Iterator[list[InstanceServer]]:
    made: list[InstanceServer] = []
    yield made
    for server in made:
        server.close()


def opened(wizard: SetupWizard, source: str | None, servers: list[InstanceServer]) -> None:
    server = start_opening(wizard, read_opening(source))
    assert server is not None
    servers.append(server)


def listening(wizard: SetupWizard, servers: list[InstanceServer]) -> InstanceServer:
    """The window as a plain launch leaves it: no profile, its socket open."""
    opened(wizard, None, servers)
    return servers[-1]


def banner(wizard: SetupWizard, page: PageId) -> ProfileBanner:
    found = wizard.pages[page].findChild(ProfileBanner)
    assert found is not None
    return found


def assert_filled_in(wizard: SetupWizard) -> None:
    session = wizard.context.session
    assert session.service_domain == "acme-h.cyclr.com"
    assert session.region is Region.EU
    assert session.port == 25000
    assert session.api_version == ApiVersion("2.9")
    assert wizard.current_page_id() is PageId.WELCOME


async def _shows_the_values_and_lets_them_change(wizard: SetupWizard) -> None:
    await next_to(wizard, PageId.WHERE)
    where = wizard.pages[PageId.WHERE]
    assert isinstance(where, WherePage)
    assert where.domain.text() == "acme-h.cyclr.com"
    assert where.chosen_region() is Region.EU
    where.domain.setText("mine-h.cyclr.com")  # the partner can still change everything
    await next_to(wizard, PageId.REDIRECT_URLS)
    assert wizard.context.session.service_domain == "mine-h.cyclr.com"
    redirect = wizard.pages[PageId.REDIRECT_URLS]
    assert isinstance(redirect, RedirectUrlsPage)
    assert redirect.port.value() == 25000
    redirect.port.setValue(26000)
    assert wizard.context.session.port == 26000


def test_a_link_made_by_profile_create_fills_the_wizard_in(
    make_wizard: MakeWizard,
    loop: qasync.QEventLoop,
    capsys: pytest.CaptureFixture[str],
    servers: list[InstanceServer],
    tmp_path: Path,
) -> None:
    browser = ScriptedBrowser()
    wizard = make_wizard(open_browser=browser)
    opened(wizard, created_link(capsys), servers)
    assert_filled_in(wizard)
    shown = banner(wizard, PageId.WELCOME)
    assert shown.isVisibleTo(wizard)
    assert "Sam Lee, sam@cyclr.com prepared this setup" in shown.headline.text()
    # From an email: shown as the characters it holds, never as markup or a link.
    assert "<b>Anna</b>" in shown.note.text()
    for label in shown.findChildren(QLabel):
        assert label.textFormat().name == "PlainText"
        assert not label.openExternalLinks()
    drive(loop, _shows_the_values_and_lets_them_change(wizard))
    assert banner(wizard, PageId.REDIRECT_URLS).isVisibleTo(wizard)
    # Only prefilled: no browser opened, no test run, no file but the progress.
    assert browser.urls == []
    assert wizard.state.result is None
    saved = json.loads((tmp_path / "progress.json").read_text())["session"]
    assert saved["service_domain"] == "mine-h.cyclr.com"


def test_a_file_made_by_profile_create_fills_the_wizard_in(
    make_wizard: MakeWizard,
    loop: qasync.QEventLoop,
    servers: list[InstanceServer],
    tmp_path: Path,
) -> None:
    path = tmp_path / "acme.intercom-wizard"
    assert create("--output", str(path)) == 0
    wizard = make_wizard()
    opened(wizard, str(path), servers)
    assert_filled_in(wizard)
    drive(loop, _shows_the_values_and_lets_them_change(wizard))


def test_a_refused_profile_changes_nothing_and_says_why(
    make_wizard: MakeWizard, servers: list[InstanceServer]
) -> None:
    wizard = make_wizard()
    opened(wizard, "intercom-wizard://setup?v=1&service_domain=x.cyclr.com&region=mars", servers)
    assert wizard.context.session.service_domain == ""
    assert wizard.context.profile is None
    assert not banner(wizard, PageId.WELCOME).isVisibleTo(wizard)
    message = wizard.pages[PageId.WELCOME].messages.text
    assert message.startswith("This setup link cannot be used.")  # said once, not twice
    assert message.count("cannot be used") == 1
    assert "“mars” is not an Intercom region" in message


# --- from a second launch, through the socket ------------------------------------------------


async def send(line: bytes, name: str) -> bytes:
    reader, writer = await asyncio.open_unix_connection(name)
    writer.write(line)
    await writer.drain()
    try:
        return await asyncio.wait_for(reader.read(100), 5)
    finally:
        writer.close()


def open_line(**fields: str) -> bytes:
    profile = {"intercom_wizard_profile": 1, "service_domain": "b.cyclr.com", "region": "au"}
    profile.update(fields)
    message = single_instance.open_message(json.dumps(profile))
    return json.dumps(message).encode() + b"\n"


def test_a_profile_from_a_second_launch_applies_when_nothing_was_typed(
    make_wizard: MakeWizard, loop: qasync.QEventLoop, servers: list[InstanceServer]
) -> None:
    wizard = make_wizard()
    name = listening(wizard, servers).name

    async def scenario() -> None:
        assert await send(open_line(contact="Kim"), name) == b"ok\n"
        await until(lambda: wizard.context.session.service_domain == "b.cyclr.com", what="apply")
        assert opener_for(wizard).question is None  # nothing typed: nobody is asked
        assert "Kim prepared this setup" in banner(wizard, PageId.WELCOME).headline.text()

    drive(loop, scenario())


def test_a_profile_from_a_second_launch_asks_before_replacing_typed_values(
    make_wizard: MakeWizard, loop: qasync.QEventLoop, servers: list[InstanceServer]
) -> None:
    wizard = make_wizard()
    name = listening(wizard, servers).name
    opener = opener_for(wizard)

    async def scenario() -> None:
        await next_to(wizard, PageId.WHERE)
        where = wizard.pages[PageId.WHERE]
        assert isinstance(where, WherePage)
        where.domain.setText("typed-h.cyclr.com")
        await next_to(wizard, PageId.CREATE_APP)
        assert await send(open_line(note="<i>new</i> values"), name) == b"ok\n"
        await until(lambda: opener.question is not None, what="the question")
        box = opener.question
        assert box is not None and box.isVisible()
        assert "Cyclr service domain: yours typed-h.cyclr.com, prepared b.cyclr.com" in (
            box.informativeText()
        )
        assert "Their note: <i>new</i> values" in box.informativeText()
        assert box.textFormat().name == "PlainText"
        assert opener.keep_button is not None
        opener.keep_button.click()
        await until(lambda: opener.question is None, what="the answer")
        assert wizard.context.session.service_domain == "typed-h.cyclr.com"
        assert wizard.current_page_id() is PageId.CREATE_APP

        assert await send(open_line(), name) == b"ok\n"
        await until(lambda: opener.question is not None, what="the second question")
        assert opener.use_button is not None
        opener.use_button.click()
        await until(lambda: wizard.context.session.service_domain == "b.cyclr.com", what="use")
        assert wizard.context.session.region is Region.AU
        assert wizard.current_page_id() is PageId.WELCOME

    drive(loop, scenario())


def test_hostile_local_clients_cannot_crash_or_hang_the_window(
    make_wizard: MakeWizard, loop: qasync.QEventLoop, servers: list[InstanceServer]
) -> None:
    wizard = make_wizard()
    server = listening(wizard, servers)

    async def flood() -> bytes:
        reader, writer = await asyncio.open_unix_connection(server.name)
        try:
            for _ in range(64):  # 4 MiB without a line break
                writer.write(b"x" * 65536)
                await writer.drain()
        except (ConnectionError, BrokenPipeError):
            pass
        try:
            return await asyncio.wait_for(reader.read(100), 5)
        except ConnectionError:
            return b""
        finally:
            writer.close()

    async def scenario() -> None:
        started = loop.time()
        assert await flood() == b""  # dropped past the bound, without an answer
        # At the size bound, not only at the deadline that ends a quiet client.
        assert loop.time() - started < single_instance.READ_DEADLINE_MS / 1000 * 0.75
        for junk in (
            b"hello\n",
            b"\xff\xfe\n",
            b"[1,2]\n",
            b'{"intercom_wizard_instance": 2}\n',
            b'{"intercom_wizard_instance": 1, "action": "format-disk"}\n',
            json.dumps(single_instance.raise_message() | {"x": 1}).encode() + b"\n",
        ):
            assert await send(junk, server.name) == b"refused\n", junk
        # Idle clients that never send a byte: held at most MAX_CONNECTIONS at a time, each
        # dropped after its deadline, while a real launch still gets through.
        idle = [await asyncio.open_unix_connection(server.name) for _ in range(10)]
        await until(lambda: server.connections == single_instance.MAX_CONNECTIONS, what="cap")
        await until(lambda: server.connections == 0, timeout=5, what="the idle deadline")
        for _reader, writer in idle:
            writer.close()
        # A hostile profile is refused like one from an email, and says why on the page.
        assert await send(open_line(client_secret="hunter2"), server.name) == b"ok\n"
        await until(
            lambda: "names a secret" in wizard.pages[PageId.WELCOME].messages.text,
            what="the refusal on the page",
        )
        assert wizard.context.session.service_domain == ""
        assert await send(open_line(), server.name) == b"ok\n"
        await until(lambda: wizard.context.session.service_domain == "b.cyclr.com", what="apply")

    drive(loop, scenario())


def test_a_second_launchs_refusal_is_shown_in_the_window(
    make_wizard: MakeWizard, loop: qasync.QEventLoop, servers: list[InstanceServer]
) -> None:
    wizard = make_wizard()
    listening(wizard, servers)
    refusal = read_opening("intercom-wizard://setup?v=7").refusal
    assert refusal is not None
    line = json.dumps(single_instance.refused_message(refusal)).encode() + b"\n"

    async def scenario() -> None:
        assert await send(line, servers[0].name) == b"ok\n"
        await until(lambda: "“v” is 7" in wizard.pages[PageId.WELCOME].messages.text, what="it")

    drive(loop, scenario())


def test_a_socket_held_by_a_live_window_is_not_taken_over(
    make_wizard: MakeWizard, servers: list[InstanceServer]
) -> None:
    wizard = make_wizard()
    listening(wizard, servers)
    rival = InstanceServer(name=servers[0].name)
    assert rival.listen() is False  # two started at once: the second does not steal the name
    rival.close()
    assert Path(servers[0].name).exists()


# --- macOS: files and links arrive as QFileOpenEvent ---------------------------------------


def test_file_open_events_wait_for_the_window_then_fill_it_in(
    make_wizard: MakeWizard,
    capsys: pytest.CaptureFixture[str],
    servers: list[InstanceServer],
    tmp_path: Path,
) -> None:
    link = created_link(capsys)
    requests = OpenRequests()
    received: list[str] = []
    requests.openRequested.connect(received.append)
    path = tmp_path / "acme.intercom-wizard"
    path.write_text("{}", encoding="utf-8")
    assert requests.handle(QFileOpenEvent(QUrl(link)))
    assert requests.handle(QFileOpenEvent(str(path)))
    assert received == []  # the window is not ready yet
    requests.deliver()
    assert received == [link, str(path)]  # the link exactly as written, escapes kept

    wizard = make_wizard()
    listening(wizard, servers)
    opener_for(wizard).open_source(received[0])
    assert_filled_in(wizard)


def test_the_application_takes_file_open_events_itself() -> None:
    """In a process of its own: the QApplication subclass that run_wizard makes."""
    script = """
import sys
from PySide6.QtCore import QCoreApplication, QTimer, QUrl
from PySide6.QtGui import QFileOpenEvent
from intercom_wizard.ui.profile_opening import WizardApplication
app = WizardApplication(["x", "-platform", "offscreen"])
seen = []
app.open_requests.openRequested.connect(seen.append)
QCoreApplication.postEvent(app, QFileOpenEvent(QUrl("intercom-wizard://setup?v=1")))
QTimer.singleShot(0, app.open_requests.deliver)
QTimer.singleShot(50, app.quit)
app.exec()
print(seen)
"""
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert done.stdout.strip() == "['intercom-wizard://setup?v=1']", done.stderr


def test_the_banner_stays_when_the_language_changes(
    make_wizard: MakeWizard, capsys: pytest.CaptureFixture[str], servers: list[InstanceServer]
) -> None:
    wizard = make_wizard()
    opened(wizard, created_link(capsys), servers)
    wizard.reword()  # what Welcome's language picker does: every page made again
    for page in (PageId.WELCOME, PageId.WHERE, PageId.FINISH):
        assert "Sam Lee, sam@cyclr.com prepared" in banner(wizard, page).headline.text()
    assert banner(wizard, PageId.WELCOME).isVisibleTo(wizard)


@pytest.mark.parametrize("location", ["us2", "uk", "apac"])
def test_the_profiles_cyclr_location_is_chosen_on_the_cyclr_page(
    make_wizard: MakeWizard,
    capsys: pytest.CaptureFixture[str],
    servers: list[InstanceServer],
    location: str,
) -> None:
    from intercom_wizard.ui.pages.cyclr_check import CyclrCheckPage

    assert create("--cyclr-location", location, "--link") == 0
    wizard = make_wizard()
    opened(wizard, capsys.readouterr().out.strip(), servers)
    page = wizard.pages[PageId.CYCLR_CHECK]
    assert isinstance(page, CyclrCheckPage)
    page.initializePage()  # what Qt does when the partner reaches the page
    assert page.location.currentData() == location
    # Taken once: the partner's own choice stays when they come back to the page.
    page.location.setCurrentIndex(page.location.findData("eu"))
    page.initializePage()
    assert page.location.currentData() == "eu"
