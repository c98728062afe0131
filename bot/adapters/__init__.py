"""Thin translations between the core and the outside world (HTTP, feedparser,
SQLite, chat platforms, the scheduler)."""
