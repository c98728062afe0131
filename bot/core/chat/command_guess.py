"""The command an unknown one most likely meant: "/pledge" for /pledges, "/subscibe" for
/subscribe, and the commands' names as French and German users guess them ("/abonner",
"/abonnieren", "/aide"), since the commands are named in English in every language.
An unknown command had been answered with "Send /help" alone, leaving the user to find
the one meant in a list of twenty."""

from __future__ import annotations

from difflib import get_close_matches

from bot.core.chat.command_list import COMMANDS_BY_NAME
from bot.core.text import fold

# Words a French or German user types for a command, and the English ones other bots use
# (folded: no accents, lower case).
_OTHER_NAMES = {
    "subscribe": ("sub", "abonner", "sabonner", "abonnement", "inscrire", "abonnieren", "abo", "anmelden"),
    "unsubscribe": ("unsub", "stop", "desabonner", "desabonnement", "desinscrire", "abbestellen", "abmelden", "kundigen"),
    "help": ("aide", "hilfe"),
    "start": ("demarrer", "commencer", "starten"),
    "lang": ("langue", "sprache"),
    "topics": ("themes", "sujets", "themen"),
    "latest": ("stories", "news", "derniers", "dernieres", "nouvelles", "actualites", "neueste", "neuigkeiten", "aktuell"),
    "search": ("chercher", "recherche", "rechercher", "suche", "suchen"),
    "pledges": ("promesses", "engagements", "zusagen"),
    "status": ("etat", "statut", "zustand"),
    "mode": ("modus",),
    "rules": ("regles", "regeln"),
    "feeds": ("flux",),
}
_GUESSES = {**{name: name for name in COMMANDS_BY_NAME},
            **{word: name for name, words in _OTHER_NAMES.items() for word in words}}
# How alike a typed name and a known one must be (difflib's ratio): "pledge" and "pledges"
# are 0.92, "subscibe" and "subscribe" 0.94, "stats" and "status" 0.91, "rule" and "rules"
# 0.89 (and "rule_add" 0.67); "list" or "setup" are like none.
_CUTOFF = 0.72


def guessed_command(typed: str) -> str | None:
    """The command `typed` (an unknown name, without its slash) most likely means, or None."""
    word = fold(typed)[:40]
    if word in _GUESSES:
        return _GUESSES[word]
    # Misspelt: only the commands' own names, which a typo is of. A French or German word
    # near one of the words above is most often another word ("réglages", settings, is
    # close to "règles", rules).
    close = get_close_matches(word, COMMANDS_BY_NAME, n=1, cutoff=_CUTOFF)
    return close[0] if close else None
