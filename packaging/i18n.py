"""Keep the translation catalogs in step with the sources, and compile them.

    python3 packaging/dev.py run python packaging/i18n.py update [--add LANG]
    python3 packaging/dev.py run python packaging/i18n.py compile

``update`` reads the sources and merges what it finds into the catalogs, keeping every
translation already written: the window's strings (``self.tr``) with PySide6's ``lupdate`` into
``resources/i18n/intercom_wizard_<lang>.ts``, the core's (``_``/``N_``/``ngettext`` from
``intercom_wizard.i18n``, and ``[[...]]`` in ``resources/templates`` and
``resources/illustrations``) with Babel into
``resources/i18n/core/<lang>.po``. A new or changed string arrives untranslated (``unfinished``
in a .ts, an empty ``msgstr`` in a .po), and ``tests/unit/test_catalogs.py`` fails until it is
translated. ``--add LANG`` starts the catalogs of a new language.

``compile`` turns them into what the app loads: ``.qm`` with PySide6's ``lrelease``, ``.mo``
with Babel. The compiled files are not committed; ``packaging/dev.py`` and ``packaging/build.py``
run this whenever a catalog is newer than its compiled file.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "intercom_wizard"
I18N = ROOT / "resources" / "i18n"
CORE = I18N / "core"
# Resource files whose ``[[...]]`` text is the core's: the browser's pages, our drawings (in
# the context "drawing", as intercom_wizard.i18n.translate_marked reads them).
MARKED_FILES = (("templates", "*.html", None), ("illustrations", "*.svg", "drawing"))
QT_CATALOG = "intercom_wizard"
SOURCE_LANGUAGE = "en"
# Languages with catalogs: every .ts but the source language's.
# The core's sources: everything but the window (Qt's catalogs) and the training sandbox.
CORE_EXCLUDED = ("ui", "sandbox")
# A fixed date in the catalogs' headers, so that an update changes only what changed.
_HEADER_DATE = datetime(2026, 12, 1, tzinfo=UTC)


def languages() -> list[str]:
    found = sorted(path.stem.split("_")[-1] for path in I18N.glob(f"{QT_CATALOG}_*.ts"))
    return [code for code in found if code != SOURCE_LANGUAGE]


def qt_tool(name: str) -> str:
    """PySide6's own ``lupdate``/``lrelease``, beside this Python, else on the PATH."""
    for folder in (Path(sys.executable).parent, Path(sys.executable).resolve().parent):
        for candidate in (folder / f"pyside6-{name}", folder / f"pyside6-{name}.exe"):
            if candidate.exists():
                return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        sys.exit(f"pyside6-{name} is missing: run this through packaging/dev.py")
    return found


def ui_sources() -> list[str]:
    return sorted(str(path.relative_to(ROOT)) for path in (PACKAGE / "ui").rglob("*.py"))


def core_sources() -> list[Path]:
    return sorted(
        path
        for path in PACKAGE.rglob("*.py")
        if path.relative_to(PACKAGE).parts[0] not in CORE_EXCLUDED
    )


def template_messages(text: str) -> Iterator[tuple[int, str]]:
    """``(line, message)`` of every ``[[...]]`` in a resource file."""
    from intercom_wizard.i18n import MARKED  # the app's own pattern (not needed by dev.py)

    for match in MARKED.finditer(text):
        yield text.count("\n", 0, match.start()) + 1, " ".join(match.group(1).split())


def core_template() -> Any:
    """The core's messages as a Babel catalog, from the Python sources and the page templates."""
    from babel.messages.catalog import Catalog
    from babel.messages.extract import extract

    catalog = Catalog(project="intercom-wizard", creation_date=_HEADER_DATE, fuzzy=False)
    keywords = {"_": None, "N_": None, "ngettext": (1, 2)}
    for path in core_sources():
        where = str(path.relative_to(ROOT))
        with path.open("rb") as source:
            for line, message, comments, _context in extract(
                "python", source, keywords=keywords, comment_tags=("Translators:",)
            ):
                catalog.add(message, locations=[(where, line)], auto_comments=comments)
    for folder, pattern, context in MARKED_FILES:
        for path in sorted((ROOT / "resources" / folder).glob(pattern)):
            where = str(path.relative_to(ROOT))
            for line, message in template_messages(path.read_text(encoding="utf-8")):
                catalog.add(message, locations=[(where, line)], context=context)
    return catalog


def _write_po(path: Path, catalog: Any) -> None:
    from babel.messages.pofile import write_po

    with path.open("wb") as sink:
        write_po(sink, catalog, width=100, sort_output=True, include_lineno=False)


def update(add: str | None) -> None:
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import read_po

    codes = languages()
    if add and add not in codes:
        source = I18N / f"{QT_CATALOG}_{SOURCE_LANGUAGE}.ts"
        text = source.read_text(encoding="utf-8").replace(
            f'language="{SOURCE_LANGUAGE}"', f'language="{add}"', 1
        )
        (I18N / f"{QT_CATALOG}_{add}.ts").write_text(text, encoding="utf-8")
        codes = languages()
    ts_files = [str(I18N / f"{QT_CATALOG}_{code}.ts") for code in [SOURCE_LANGUAGE, *codes]]
    command = [qt_tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none"]
    subprocess.run([*command, *ui_sources(), "-ts", *ts_files], cwd=ROOT, check=True)

    template = core_template()
    CORE.mkdir(parents=True, exist_ok=True)
    for code in codes:
        path = CORE / f"{code}.po"
        if path.exists():
            with path.open("rb") as handle:
                catalog = read_po(handle, locale=code)
        else:
            catalog = Catalog(locale=code, project="intercom-wizard", fuzzy=False)
        catalog.update(template, no_fuzzy_matching=True, update_creation_date=True)
        catalog.obsolete.clear()  # a string gone from the sources has no place in the catalog
        catalog.revision_date = _HEADER_DATE
        _write_po(path, catalog)
    print(f"updated {len(ts_files)} .ts and {len(codes)} .po catalogs ({', '.join(codes)})")


def compiled_targets() -> list[tuple[Path, Path]]:
    """``(catalog, compiled file)`` for every catalog the app loads."""
    pairs = [
        (I18N / f"{QT_CATALOG}_{code}.ts", I18N / f"{QT_CATALOG}_{code}.qm") for code in languages()
    ]
    pairs += [(path, path.with_suffix(".mo")) for path in sorted(CORE.glob("*.po"))]
    return pairs


def compile_catalogs() -> None:
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    lrelease = qt_tool("lrelease")
    for source, target in compiled_targets():
        if source.suffix == ".ts":
            subprocess.run(
                [lrelease, "-silent", str(source), "-qm", str(target)], cwd=ROOT, check=True
            )
            continue
        with source.open("rb") as handle:
            catalog = read_po(handle, locale=source.stem)
        sink: IO[bytes]
        with target.open("wb") as sink:
            write_mo(sink, catalog, use_fuzzy=False)
    print(f"compiled {len(compiled_targets())} catalogs")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    add = commands.add_parser("update", help="merge new and changed strings into the catalogs")
    add.add_argument("--add", metavar="LANG", help="start the catalogs of a new language")
    commands.add_parser("compile", help="compile the catalogs to .qm and .mo")
    args = parser.parse_args(argv)
    if args.command == "update":
        update(args.add)
    else:
        compile_catalogs()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
