"""The kind of piece a headline marks: an analysis or comment, a wire's factbox, a round-up
of the week (EventEvidence.genres).
"""

from __future__ import annotations

import re

from bot.core.text.list_headings import LIST_HEADING
from bot.core.text.literal_gate import gated


# The labels wire copy and newspapers put before a headline to mark a piece as no report of
# news but a view on it (folded text): "Analysis:", "Explainer:", "Comment:", "Opinion:",
# "Editorial:", "Analyse :", "Décryptage :", "Éditorial :", "Commentaire :", "Kommentar:",
# "Leitartikel:", "Hintergrund:", "Meinung:".
def headline_genres(folded_title: str) -> frozenset[str]:
    """"commentary" for an analysis, a comment or an explainer (`_COMMENTARY`); "background"
    for a wire's factbox, timeline or Q+A (`_BACKGROUND`); "week" for a round-up of the week
    (`_WEEK_ROUND_UP`), which tells several events of several days; "this week" for a
    headline saying "this week" (`_THIS_WEEK`), a round-up of the week when it names no
    government (see same_event._weighs_the_week); "countries" for a headline whose subject is a
    number of countries it does not name (`_COUNTED_COUNTRIES`), a summit's round-up when its
    opening names several systems (see same_event._subjects_differ)."""
    found = set()
    if _COMMENTARY.match(folded_title):
        found.add("commentary")
    if _BACKGROUND.match(folded_title):
        found.add("background")
    if _WEEK_ROUND_UP.search(folded_title):
        found.add("week")
    if _THIS_WEEK.search(folded_title):
        found.add("this week")
    if _COUNTED_COUNTRIES.match(folded_title):
        found.add("countries")
    return frozenset(found)


# The slugs agencies put before the headline of a background piece filed beside their news
# (bot.core.text.list_headings, shared with the pledge extractor). Such a piece lists what
# led to the day's news and recalls other governments' pledges; it is hung on the news its
# opening tells (see same_event._hung_on_its_lead).
_BACKGROUND = LIST_HEADING

# "This week" anywhere in a headline (folded text): "Air defence pledged to Ukraine this
# week", "Les armes promises à Kiev cette semaine", "Was Kiew diese Woche zugesagt wurde".
# Under a government's name it dates that government's news ("Swedish CV90s pledged this
# week already in Ukraine"); without one, it heads a list of the week's pledges.
_THIS_WEEK = gated(r"\b(?:this week|cette semaine|(?:in )?diese[rn]? woche)\b")


# A headline marking a round-up of the week (folded text), at its start or after a rubric:
# "Week in review: ...", "The week in Ukraine aid", "Week in aid:" (stories round 64), "La semaine de l'aide à l'Ukraine :",
# "Retour sur la semaine", "Die Woche im Überblick", "Wochenrückblick". Each event of the
# week it tells has its own reports; joined to one of them, it would head that story or hide
# behind it, and its other events would be told as that one's.
_WEEK_ROUND_UP = re.compile(
    r"^(?:[^:|]{0,30}[:|]\s*)?(?:(?:the )?week in (?:review|ukraine|brief|aid|arms|weapons|defen[cs]e)|this week in|the week that was"
    r"|weekly (?:round-?up|wrap|digest)|la semaine (?:de|en|du|des|a|d')|retour sur la semaine|revue de la semaine"
    r"|die woche (?:im|in|der|des)|wochenruckblick|wochenbilanz|wochenuberblick)"
)


_COMMENTARY = re.compile(
    r"\s*(?:analysis|explainer|comment|commentary|opinion|editorial|analyse|decryptage|commentaire|tribune"
    r"|kommentar|leitartikel|hintergrund|meinung)\s*[:|\u2013\u2014-]"
)


# A headline whose subject is a number of countries, at its start or after a rubric (folded text): "Five allies
# pledge ...", "Sommet de Rome : cinq pays promettent ...", "Ukraine-Gipfel in Rom: Fünf Länder sagen ... zu". It
# names no government of its own, as a group's name does not; the entity lists leave such a count out, since
# "Trois pays nordiques annoncent des obus" is a joint act as often as a round-up (round 55's Nordic names).
_COUNTED_COUNTRIES = re.compile(
    r"^(?:[^:|]{0,60}[:|]\s*)?(?:two|three|four|five|six|seven|eight|nine|ten|several|deux|trois|quatre|cinq|sept"
    r"|huit|neuf|dix|plusieurs|zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn|mehrere|[2-9]|1[0-9]) "
    r"(?:[a-z]+ )?(?:countries|nations|allies|states|governments|donors|pays|etats|gouvernements|donateurs"
    r"|lander|staaten|verbundete|regierungen|geberlander)\b"
)
