from intercom_wizard.cli import main

raise SystemExit(main())
