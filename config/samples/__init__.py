"""Sample feeds served on loopback by `pledgewatch demo` (see bot/demo.py)."""
