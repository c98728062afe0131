"""Chat: the command table every platform shares, alerts and digests, rendering per
platform, translations and per-user throttling."""
