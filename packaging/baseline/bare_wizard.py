"""The size yardstick: the smallest PySide6 QWizard, frozen with PyInstaller's defaults."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QWizard, QWizardPage

if __name__ == "__main__":
    app = QApplication(sys.argv)
    wizard = QWizard()
    wizard.addPage(QWizardPage())
    wizard.show()
    sys.exit(app.exec())
