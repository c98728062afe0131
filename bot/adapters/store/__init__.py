"""The SQLite store, one class per concern over one shared connection (see
bot/adapters/sqlite_store.py, which combines them)."""
