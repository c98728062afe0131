"""The pure core: domain values and decisions. It performs no I/O and imports no
adapter library (feedparser, aiohttp, httpx, sqlite-utils, telegram, discord, apscheduler);
tests/project/test_architecture.py enforces this."""
