from intercom_wizard.cli import main
from intercom_wizard.console import attach_parent_console

attach_parent_console()  # the windowed Windows app, started from cmd.exe or PowerShell
raise SystemExit(main())
