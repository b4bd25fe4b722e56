"""Building and running the Windows app on Linux, inside Wine.

``prefix`` runs Windows programs in one Wine prefix, every call bounded in time; ``toolchain``
makes the cached prefix that holds Windows CPython, the app's Windows wheels, PyInstaller and
Inno Setup; ``stubs`` holds the C sources of the few DLLs Wine 8 lacks (the test harness and the
build tools need them, the shipped app never carries them).
"""
