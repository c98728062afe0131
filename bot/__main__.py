"""`python -m bot` is the same as the `pledgewatch` command."""

from bot.cli import main

raise SystemExit(main())
