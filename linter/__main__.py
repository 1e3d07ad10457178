from copydesk.cli import main

raise SystemExit(main())
