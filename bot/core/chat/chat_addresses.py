"""A chat inside a chat: a Telegram forum supergroup's topics. Telegram puts a message sent
with no topic in General, so a topic is a chat of its own (its subscription, language, mode
and outbox rows), addressed "CHAT/TOPIC"; General is the group's own id. Read by the
Telegram adapter, which sends to a topic, and by the commands, which tell an admin in one
topic which others of the group are subscribed (a Discord channel has no such parts)."""

from __future__ import annotations

TOPIC_MARK = "/"

# Telegram's links to a supergroup's messages and topics name it by its id without -100.
_SUPERGROUP_PREFIX = "-100"


def chat_address(chat_id: int | str, topic: int | None) -> str:
    """The chat id commands and the outbox know a chat by: the topic's when there is one."""
    return f"{chat_id}{TOPIC_MARK}{topic}" if topic is not None else str(chat_id)


def split_address(address: str) -> tuple[str, int | None]:
    """(the Telegram chat, the forum topic or None) of a chat address."""
    chat, mark, topic = str(address).partition(TOPIC_MARK)
    return (chat, int(topic)) if mark and topic.isascii() and topic.isdigit() else (str(address), None)


def in_group(address: str, group: str) -> bool:
    """Whether `address` is the group `group` itself (General) or one of its topics."""
    return bool(group) and split_address(address)[0] == group


def place_link(address: str) -> str:
    """A link that opens the topic (or General) for the group's members, "" when Telegram
    gives none (a group that is no supergroup)."""
    chat, topic = split_address(address)
    if not chat.startswith(_SUPERGROUP_PREFIX) or not chat[len(_SUPERGROUP_PREFIX):].isdigit():
        return ""
    return f"https://t.me/c/{chat[len(_SUPERGROUP_PREFIX):]}/{topic if topic is not None else 1}"
