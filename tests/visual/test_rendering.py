"""Every page, in every language, at 100% and 200%, light and dark: nothing cut off, no English.

Runs ``render_pages.py --check`` offscreen without keeping pictures (one process per scale,
side by side); the script itself renders under Xvfb for the pictures people look at.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).with_name("render_pages.py")


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_every_page_fits_and_speaks_its_language(tmp_path: Path) -> None:
    run = subprocess.run(
        [
            *(sys.executable, str(SCRIPT), "--check", "--no-pictures"),
            *("--platform", "offscreen", "--out", str(tmp_path)),
        ],
        capture_output=True,
        text=True,
        timeout=280,
        check=False,
    )
    problems = {}
    for scale in ("100", "200"):
        found = tmp_path / f"problems-{scale}.json"
        said = f"{run.stdout[-2000:]}\n{run.stderr[-3000:]}"
        assert found.exists(), f"{scale}% did not finish:\n{said}"
        problems.update(json.loads(found.read_text(encoding="utf-8")))
    assert not problems, json.dumps(problems, indent=2, ensure_ascii=False)
    assert run.returncode == 0, run.stderr[-3000:]
    walks = sorted(line for line in run.stdout.splitlines() if "walks" in line)
    assert walks == ["100%: 0 problems in 8 walks", "200%: 0 problems in 8 walks"]
