"""The chat commands there are: each one's name, arguments, help line in English,
French and German and who may run it (`COMMANDS`, the list every adapter registers and /help
shows), and the reading of a "/name@bot args" message into a name and its arguments."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from bot.core.chat.i18n import normalize_lang, t
from bot.core.text.safe_text import clean_typed

MAX_INPUT = 4096  # longest message any platform delivers (Telegram's limit)
# The limits of /latest and /audit are here as their help lines show them.
MAX_LATEST = 20
MAX_AUDIT = 50


@dataclass(frozen=True)
class Command:
    name: str
    args_help: str
    help_en: str
    help_fr: str
    help_de: str
    admin: bool = False  # only configured bot admins
    manage: bool = False  # needs can_manage_chat (group admins in a group)
    # Answered to the asker alone (a Discord ephemeral message; on Telegram, in a private
    # chat with the asker, the group told where the answer went): what bot admins read
    # about who changed what is not for every member of a group.
    private: bool = False
    # Sent bare, it only shows the chat's setting (/lang, /mode): anyone in the chat may read
    # it; only `manage` readers change it. A group member asking the group's language was refused.
    shows_bare: bool = False
    # Ends alerts: never refused for the user's commands in other chats (CommandThrottle's
    # across_chats), only for a flood in its own chat, so leaving is not lost to being busy elsewhere.
    ends_alerts: bool = False
    # Only reads (the database, the rules) and may take long: a search, a chart, the rules
    # tried on a 4 KB text. The chat adapters answer it on their readers' thread
    # (bot/adapters/command_readers.py), so that the event loop goes on sending alerts and
    # answering other chats meanwhile.
    reads_only: bool = False
    # Changes the rules: /rule_add and /rule_edit try the rule on the newest stored articles and
    # may make its words' tables first (0.1-0.7 s measured, bench/bench_command_stall.py), so
    # they are answered on the readers' thread too, on its connection, each change saved and
    # audited in one transaction there as on the loop. All four go there, so that the rule
    # changes of every chat are made one at a time, in the order they came (an /rule_undo on
    # the loop could otherwise undo the change before one being saved on the thread).
    changes_rules: bool = False


COMMANDS: tuple[Command, ...] = (
    Command("start", "", "introduction", "présentation", "Vorstellung"),
    Command("help", "[command]", "this list of commands", "cette liste de commandes", "diese Liste der Befehle"),
    Command("lang", "en|fr|de", "reply language of this chat", "langue des réponses dans cette discussion",
            "Antwortsprache dieses Chats", manage=True, shows_bare=True),
    Command("subscribe", "[topic ...]", "get alerts (every topic, or those named)",
            "recevoir les alertes (tous les thèmes, ou ceux nommés)",
            "Benachrichtigungen erhalten (alle Themen oder die genannten)", manage=True),
    Command("unsubscribe", "[topic ...]", "stop alerts (all, or only the topics named)",
            "arrêter les alertes (toutes, ou les thèmes nommés)",
            "Benachrichtigungen abbestellen (alle oder nur die genannten Themen)", manage=True, ends_alerts=True),
    Command("topics", "", "the topics you can subscribe to", "les thèmes auxquels s'abonner",
            "die Themen, die Sie abonnieren können"),
    Command("latest", f"[n<={MAX_LATEST}]", "the latest stories", "les derniers articles", "die neuesten Meldungen",
            reads_only=True),
    Command("search", "<words>", 'search the articles seen: all words, "a phrase", -left out, this OR that',
            "chercher dans les articles vus : mots, « expression », -exclu, ceci OU cela",
            "in den gesehenen Artikeln suchen: Wörter, „Wortgruppe“, -ausgeschlossen, dies ODER das",
            reads_only=True),
    Command("pledges", "[donor] [category] [system] [status] [period] [summary|chart]",
            "pledges found, e.g. /pledges allemagne air_defence 6m",
            "promesses trouvées, par ex. /pledges allemagne chars 6m",
            "gefundene Zusagen, z. B. /pledges deutschland luftverteidigung 6m", reads_only=True),
    Command("status", "", "health of the feeds and of alert delivery", "état des flux et de l'envoi des alertes",
            "Zustand der Feeds und des Versands", reads_only=True),
    Command("mode", "instant|digest [HH:MM]", "alerts at once, or one daily digest (UTC)",
            "alertes immédiates, ou un résumé quotidien (UTC)",
            "Benachrichtigungen sofort oder als tägliche Zusammenfassung (UTC)", manage=True, shows_bare=True),
    Command("rules", "[id|topic]", "the keyword rules", "les règles de mots-clés", "die Stichwortregeln",
            reads_only=True),
    Command("rule_add", "<topic> <expression> [--force] [--new-topic]", "add a rule", "ajouter une règle",
            "eine Regel hinzufügen", admin=True, changes_rules=True),
    Command("rule_edit", "<id> <expression> [--force]", "change a rule's expression", "modifier l'expression d'une règle",
            "den Ausdruck einer Regel ändern", admin=True, changes_rules=True),
    Command("rule_del", "<id>", "delete a rule", "supprimer une règle", "eine Regel löschen", admin=True,
            changes_rules=True),
    Command("rule_undo", "", "undo the last rule change", "annuler la dernière modification de règle",
            "die letzte Regeländerung rückgängig machen", admin=True, changes_rules=True),
    Command("rule_test", "<text>", "show which rules fire on a text, and why",
            "montrer quelles règles se déclenchent sur un texte, et pourquoi",
            "zeigen, welche Regeln bei einem Text greifen, und warum", admin=True, reads_only=True),
    Command("feeds", "[word]", "the feeds watched", "les flux surveillés", "die verfolgten Feeds", reads_only=True),
    Command("feed_add", "<url> [name]", "watch a new feed", "surveiller un nouveau flux", "einen neuen Feed verfolgen",
            admin=True),
    Command("feed_del", "<id>", "stop watching a feed", "ne plus surveiller un flux", "einen Feed nicht mehr verfolgen",
            admin=True),
    Command("audit", f"[n<={MAX_AUDIT}] [action]", "the audit log: who changed which rule or feed, feed anomalies",
            "journal d'audit : qui a changé quelle règle ou quel flux, anomalies",
            "Audit-Protokoll: wer welche Regel oder welchen Feed änderte, Auffälligkeiten der Feeds",
            admin=True, private=True, reads_only=True),
)
COMMANDS_BY_NAME = {c.name: c for c in COMMANDS}


def ends_alerts(name: str) -> bool:
    """Whether command `name` stops a chat's alerts (unknown names do not)."""
    command = COMMANDS_BY_NAME.get(name)
    return command is not None and command.ends_alerts


def needs_manager(command: Command, args: str) -> bool:
    """Whether running `command` with `args` changes the chat's settings, which only those
    who manage the chat may do: /subscribe always, /lang and /mode only with an argument
    (sent bare they show the setting, for anyone to read)."""
    return command.manage and not (command.shows_bare and not args.strip())


def command_help(command: Command, lang: str) -> str:
    """The command's one-line description in `lang` (English for any language not offered)."""
    return {"fr": command.help_fr, "de": command.help_de}.get(normalize_lang(lang), command.help_en)


# The words that stand for what a user types in a command's usage, in French and German; the
# literal words beside them (en|fr|de, summary|chart, instant|digest, --force) are typed as
# they are and stay. A French /help read "/search <words>" and "/pledges [donor] [category]".
_ARGUMENT_WORDS = {
    "fr": {"command": "commande", "topic": "thème", "words": "mots", "donor": "donateur", "category": "catégorie",
           "system": "système", "status": "statut", "period": "période", "expression": "expression",
           "text": "texte", "word": "mot", "name": "nom", "action": "action"},
    "de": {"command": "Befehl", "topic": "Thema", "words": "Wörter", "donor": "Geber", "category": "Kategorie",
           "system": "System", "status": "Status", "period": "Zeitraum", "expression": "Ausdruck",
           "text": "Text", "word": "Wort", "name": "Name", "action": "Aktion"},
}
# A placeholder word, not part of a flag ("--new-topic") nor of a longer word.
_ARGUMENT_WORD = re.compile(r"(?<![\w-])(" + "|".join(_ARGUMENT_WORDS["fr"]) + r")(?![\w-])")


def args_help(command: Command, lang: str) -> str:
    """The command's arguments as its usage shows them in `lang`: "[donateur] [catégorie]"."""
    words = _ARGUMENT_WORDS.get(normalize_lang(lang))
    if not words:
        return command.args_help
    return _ARGUMENT_WORD.sub(lambda found: words[found.group(1)], command.args_help)


def help_line(command: Command, lang: str) -> str:
    """The command's usage, one-line description and who may use it, as /help lists it."""
    lang = normalize_lang(lang)
    usage = f"/{command.name} {args_help(command, lang)}".rstrip()
    marks = [t(lang, "help_admin")] if command.admin else []
    if command.manage:
        marks.append(t(lang, "help_manage_change" if command.shows_bare else "help_manage"))
    return " ".join([f"{usage} - {command_help(command, lang)}", *marks])


def help_text(lang: str) -> str:
    """Every command with its arguments and a one-line description."""
    lang = normalize_lang(lang)
    return "\n".join([t(lang, "help_title"), *(help_line(command, lang) for command in COMMANDS)])


# "/rules add tanks Leopard" is how people guess the admins' rule commands: read it as
# /rule_add (and so on) instead of listing the rules and adding nothing.
_RULES_SUBCOMMANDS = {
    "add": "rule_add", "edit": "rule_edit", "del": "rule_del", "delete": "rule_del", "remove": "rule_del",
    "rm": "rule_del", "undo": "rule_undo", "test": "rule_test",
}


def resolve_subcommand(name: str, args: str) -> tuple[str, str]:
    """("rule_add", "tanks Leopard") for ("rules", "add tanks Leopard"); anything else as given."""
    words = args.split(None, 1)
    if name == "rules" and words and words[0].lower() in _RULES_SUBCOMMANDS:
        return _RULES_SUBCOMMANDS[words[0].lower()], words[1] if len(words) > 1 else ""
    return name, args


def answered_aside(name: str, args: str) -> bool:
    """Whether the command run for `name` and `args` is answered on the chat adapters' readers'
    thread (bot/adapters/command_readers.py): it only reads, or it changes the rules. Read as
    CommandTable.handle reads them: "/rules" lists the rules, "/rules del 8" deletes one."""
    command = command_meant(name, args)
    return command is not None and (command.reads_only or command.changes_rules)


def command_meant(name: str, args: str) -> Command | None:
    """The command CommandTable.handle runs for `name` and `args`, read as it reads them
    (cleaned, "/rules del 8" as /rule_del), or None for an unknown name: an adapter that
    asks "was this an admin command?" of the name as typed took /rules del for /rules."""
    resolved, _ = resolve_subcommand((name or "").lower()[:64], clean_typed((args or "")[:MAX_INPUT]))
    return COMMANDS_BY_NAME.get(resolved)


# A name of any length and in any letters: Telegram's commands are at most 32 Latin letters,
# digits or underscores, but a longer name or one in French ("/règles", "/réglages") typed
# by a person still arrives, and it got no answer at all instead of "Unknown command".
_COMMAND_LINE = re.compile(r"/(\w+)(?:@([A-Za-z0-9_]{1,64}))?(?:\s+(.*))?", re.S)


def _compatible_head(text: str) -> str:
    """`text` with its first word (the command, and the bot it names) in Unicode's compatible
    forms (NFKC): a Chinese or Japanese keyboard types "／ｒｕｌｅｓ" in full-width letters,
    which read as no command at all ("／") or an unknown one; a ligature ("/ﬁeeds") or a
    letter-like sign ("/ℛules") reads as the letters it shows. The arguments are left as typed
    (a rule's words are read by the rule language's own folding). A first word another script
    only looks like ("/rules@pledgewatch_bοt" with a Greek omicron) stays another's: no bot's
    username has one."""
    head, rest = _FIRST_WORD.match(text).groups()
    folded = unicodedata.normalize("NFKC", head)
    if any(char.isspace() for char in folded):  # a sign whose compatible form holds a space (¨)
        return text
    return folded + rest


_FIRST_WORD = re.compile(r"(\S*)(.*)", re.S)


def parse_command_line(text: str, bot_username: str | None = None) -> tuple[str, str] | None:
    """("name", "args") for a command message, None for anything else.

    "/rules@mybot x" is ours when our username is mybot; "/rules@otherbot" is
    addressed to another bot in the same group and must be ignored."""
    if not isinstance(text, str):
        return None
    # Without invisible characters: "/latest" with a right-to-left mark after it, as an
    # Arabic or Hebrew keyboard types one, was no command and got no answer at all.
    match = _COMMAND_LINE.fullmatch(_compatible_head(clean_typed(text[:MAX_INPUT])))
    if not match:
        return None
    name, target, args = match.groups()
    if target and bot_username and target.casefold() != bot_username.lstrip("@").casefold():
        return None
    return name.lower(), (args or "").strip()
