"""What each argument of a chat command is, in English, French and German: Discord shows
it under a slash command's option as it is typed. Each option had been described by its
command's English usage ("[topic ...]", "<id> <expression> [--force]"), to French and
German users too, though the command's own description spoke their language. The words
given as examples are ones the commands read (bot/core/chat/subscription_commands.py,
bot/core/pledges/listing/filters.py)."""

from __future__ import annotations

from bot.core.chat.command_list import MAX_AUDIT, MAX_LATEST
from bot.core.chat.i18n import normalize_lang

# Discord's limit on an option's description (characters); every text here keeps to it.
MAX_OPTION_HELP = 100

# (command, option) -> (English, French, German). The options are those each command
# takes, named as the Discord adapter names them (bot/adapters/discord_chat.py).
OPTION_HELP: dict[tuple[str, str], tuple[str, str, str]] = {
    ("help", "command"): (
        "a command, to see its line alone, e.g. pledges (empty: every command)",
        "une commande, pour sa seule ligne, par ex. pledges (vide : toutes)",
        "ein Befehl, nur seine Zeile, z. B. pledges (leer: alle Befehle)"),
    ("rules", "rule"): (
        "a rule's number (12) or a topic (tanks); empty: every rule",
        "le numéro d'une règle (12) ou un thème (chars) ; vide : toutes",
        "die Nummer einer Regel (12) oder ein Thema (Panzer); leer: alle"),
    ("feeds", "word"): (
        "a word of the feeds' names or addresses (nato); empty: every feed",
        "un mot du nom ou de l'adresse des flux (nato) ; vide : tous",
        "ein Wort aus Namen oder Adresse der Feeds (nato); leer: alle"),
    ("lang", "language"): (
        "en, fr or de: the language of the replies here",
        "en, fr ou de : la langue des réponses ici",
        "en, fr oder de: die Sprache der Antworten hier"),
    ("subscribe", "topics"): (
        "topics to follow, e.g. tanks air_defence (empty: every topic; /topics lists them)",
        "thèmes à suivre, par ex. chars défense aérienne (vide : tous ; /topics les liste)",
        "Themen, z. B. Panzer Flugabwehr (leer: alle Themen; /topics listet sie)"),
    ("unsubscribe", "topics"): (
        "topics to stop (empty: stop every alert)",
        "thèmes à arrêter (vide : arrêter toutes les alertes)",
        "Themen, die enden sollen (leer: alle Benachrichtigungen abbestellen)"),
    ("latest", "count"): (
        f"how many stories, 1 to {MAX_LATEST} (5 if empty)",
        f"combien d'articles, de 1 à {MAX_LATEST} (5 si vide)",
        f"wie viele Meldungen, 1 bis {MAX_LATEST} (5, wenn leer)"),
    ("search", "words"): (
        'words to find; "a phrase", -left out, this OR that',
        "mots à chercher ; « une expression », -exclu, ceci OU cela",
        "Suchwörter; „eine Wortgruppe“, -ausgeschlossen, dies ODER das"),
    ("pledges", "filter"): (
        "donor, category, system, status, period (30d, 6m), summary or chart; empty: all",
        "donateur, catégorie, système, statut, période (30d, 6m), summary ou chart ; vide : toutes",
        "Geber, Kategorie, System, Status, Zeitraum (30d, 6m), summary oder chart; leer: alle"),
    ("mode", "mode"): (
        "instant, or digest and a time in UTC (digest 18:00; 08:00 if none)",
        "instant, ou digest et une heure UTC (digest 18:00 ; 08:00 sinon)",
        "instant, oder digest und eine Uhrzeit in UTC (digest 18:00; sonst 08:00)"),
    ("rule_add", "topic"): (
        "the topic of the rule, one the rules have (see /rules)",
        "le thème de la règle, un de ceux des règles (voir /rules)",
        "das Thema der Regel, eines der Regeln (siehe /rules)"),
    ("rule_add", "expression"): (
        "the rule, e.g. Leopard NEAR/5 Ukraine; --force, --new-topic at the end",
        "la règle, par ex. Leopard NEAR/5 Ukraine ; --force, --new-topic à la fin",
        "die Regel, z. B. Leopard NEAR/5 Ukraine; --force, --new-topic am Ende"),
    ("rule_edit", "id"): (
        "the rule's number, as /rules shows it",
        "le numéro de la règle, comme /rules l'affiche",
        "die Nummer der Regel, wie /rules sie zeigt"),
    ("rule_edit", "expression"): (
        "the rule's new expression; --force at the end saves it despite warnings",
        "la nouvelle expression ; --force à la fin l'enregistre malgré les avertissements",
        "der neue Ausdruck; --force am Ende speichert ihn trotz Warnungen"),
    ("rule_del", "id"): (
        "the rule's number, as /rules shows it",
        "le numéro de la règle, comme /rules l'affiche",
        "die Nummer der Regel, wie /rules sie zeigt"),
    ("rule_test", "text"): (
        "a text to try the rules on, or --stored and a rule to try on stored articles",
        "un texte où essayer les règles, ou --stored et une règle à essayer sur les articles",
        "ein Text zum Testen der Regeln, oder --stored und eine Regel für gespeicherte Artikel"),
    ("feed_add", "url"): (
        "the feed's address, https://...",
        "l'adresse du flux, https://...",
        "die Adresse des Feeds, https://..."),
    ("feed_add", "name"): (
        "the name to show for it (optional)",
        "le nom à afficher (facultatif)",
        "der anzuzeigende Name (optional)"),
    ("feed_del", "id"): (
        "the feed's number, as /feeds shows it",
        "le numéro du flux, comme /feeds l'affiche",
        "die Nummer des Feeds, wie /feeds sie zeigt"),
    ("audit", "filter"): (
        f"how many entries (up to {MAX_AUDIT}) and an action, e.g. 20 rule",
        f"combien d'entrées (jusqu'à {MAX_AUDIT}) et une action, par ex. 20 rule",
        f"wie viele Einträge (bis {MAX_AUDIT}) und eine Aktion, z. B. 20 rule"),
}


def option_help(command: str, option: str, lang: str) -> str:
    """The option's description in `lang` (English for any language not offered)."""
    english, french, german = OPTION_HELP[(command, option)]
    return {"fr": french, "de": german}.get(normalize_lang(lang), english)
