"""pledgewatch: watches the news about military aid to Ukraine and alerts chats."""

__version__ = "0.1.0"
