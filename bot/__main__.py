"""`python -m bot` is the same as the `pledgewatch` command."""

from bot.launch import main

raise SystemExit(main())
