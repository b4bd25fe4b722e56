from __future__ import annotations

import subprocess
import sys


def test_the_package_loads_without_qt() -> None:
    code = (
        "import sys, intercom_wizard.intercom, intercom_wizard.intercom.client;"
        "print(any(m.startswith(('PySide6', 'qasync')) for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
