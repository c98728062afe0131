"""Feeds: canonical URLs, which addresses may be fetched, WebSub, when to poll next, and
the per-round poll summary."""
