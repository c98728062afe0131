"""/help and a command's usage name what to type in the chat's language (stop 53, a new
user's first hour): a French /help read "/search <words>" and "/pledges [donor] [category]
...", and "/rule_add" alone answered "Utilisation : /rule_add <topic> <expression>". The
words typed as they are (en|fr|de, summary|chart, --new-topic) stay."""

from __future__ import annotations

from bot.core.chat.command_list import COMMANDS_BY_NAME, args_help, help_text
from tests.support.command_harness import ADMIN, run


def test_the_help_lists_the_arguments_in_the_chats_language():
    french, german = help_text("fr").splitlines(), help_text("de").splitlines()
    assert "/search <mots> - chercher dans les articles vus" in "\n".join(french)
    assert any(line.startswith("/pledges [donateur] [catégorie] [système] [statut] [période] [summary|chart] - ")
               for line in french)
    assert any(line.startswith("/rules [id|Thema] - ") for line in german)
    assert any(line.startswith("/feed_add <url> [Name] - ") for line in german)
    assert help_text("en") == help_text("xx")  # English for any other language, as before
    assert "/search <words> - " in help_text("en")


def test_only_the_placeholders_change_not_the_words_typed_as_they_are():
    assert args_help(COMMANDS_BY_NAME["rule_add"], "fr") == "<thème> <expression> [--force] [--new-topic]"
    assert args_help(COMMANDS_BY_NAME["lang"], "de") == "en|fr|de"
    assert args_help(COMMANDS_BY_NAME["mode"], "fr") == "instant|digest [HH:MM]"


def test_a_usage_reply_names_the_arguments_in_the_chats_language(table):
    run(table, ADMIN, "/lang fr")
    assert run(table, ADMIN, "/rule_add") == "Utilisation : /rule_add <thème> <expression> [--force] [--new-topic]"
    run(table, ADMIN, "/lang de")
    assert run(table, ADMIN, "/rule_edit").startswith("Verwendung: /rule_edit <id> <Ausdruck> [--force]")
