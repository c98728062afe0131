"""The government's decision a report of a parliament's vote recalls, and the day it names for it. Pure.

Wire copy of a vote tells what the vote approves, and often when the government took that decision:
"parliament approved on Thursday the package the government announced on Monday", "a approuvé jeudi le
paquet annoncé lundi par le gouvernement", "hat am Donnerstag das Paket gebilligt, das die Regierung am
Montag beschlossen hatte", "billigte das am Montag vom Kabinett beschlossene Paket". The vote and the
announcement are two events (approvals.py), and the announcement's reports name Monday: read as the vote
report's own day, that Monday was shared with them, and the vote joined the announcement's story (review 54,
d1). The recalled day is the decision's, not the vote's: it is no day of this report's event.

Only in a report telling a vote as done (approvals.APPROVAL_GIVEN): in the government's own report of its
decision ("Italy's government approved on Monday a package") the same words tell the news's day.
"""

from __future__ import annotations

import re

from bot.core.stories.evidence.approvals import APPROVAL_GIVEN, approval_told
from bot.core.stories.evidence.named_days import DAY_PATTERN

# Who decides a package before a parliament votes it (folded text): the government, its cabinet, its council
# of ministers, in the three languages ("vom Kabinett", "von der Bundesregierung", "en Conseil des ministres").
_GOVERNMENT = (r"(?:government|cabinet|council of ministers|executive|gouvernement|conseil des ministres"
               r"|executif|\w*regierung|kabinett|ministerrat)")
# Its verbs of deciding, told as done, as verbs or participles ("announced", "annoncé", "beschlossene",
# "vorgelegten"). (Folded text: "annonce" is the French participle too.)
_DECIDED = (r"(?:announced|approved|adopted|agreed|unveiled|presented|proposed|submitted|decided|put forward"
            r"|annoncee?s?|adoptee?s?|approuvee?s?|presentee?s?|decidee?s?|validee?s?|proposee?s?|arretee?s?"
            r"|(?:beschlossen|verabschiedet|vorgelegt|angekundigt|gebilligt|auf den weg gebracht)(?:e[nmrs]?)?)")
# Within one clause: no stop, colon or semicolon between (a comma may close the relative clause, so none
# either: "das die Regierung am Montag beschlossen hatte" sits after the comma, the vote's day before it).
# Nor another day between: "stimmte am Freitag dem von der Regierung am Dienstag verabschiedeten Paket zu"
# recalls Tuesday, the day nearest the decision, not Friday. Nor a chamber, nor a clause of its own opening: in
# "the government said on Thursday that parliament had approved it" the verb is the chamber's and Thursday the
# day of the vote's report.
_NOT_BETWEEN = (rf"{DAY_PATTERN}|\b(?:parliament|lawmakers|legislators|congress|senate|house|storting|parlement"
                r"|parlament|bundestag|abgeordnete\w*|deputes|senat|chambre|assemblee|that|que|qu|dass)\b")
_GAP = rf"(?:(?!{_NOT_BETWEEN})[^.;:,!?])"
_RECALLED_DAY = re.compile(
    # "the government announced on Monday", "que le gouvernement avait adopté lundi"
    rf"\b{_GOVERNMENT}\b{_GAP}{{0,30}}?\b{_DECIDED}\b{_GAP}{{0,15}}?(?P<a>{DAY_PATTERN})"
    # "die Regierung am Montag beschlossen hatte", "vom Kabinett am Montag beschlossene"
    rf"|\b{_GOVERNMENT}\b{_GAP}{{0,30}}?(?P<b>{DAY_PATTERN}){_GAP}{{0,30}}?\b{_DECIDED}\b"
    # "am Montag vom Kabinett beschlossene", "am Montag von der Regierung vorgelegten"
    rf"|(?P<c>{DAY_PATTERN}){_GAP}{{0,20}}?\b{_GOVERNMENT}\b{_GAP}{{0,20}}?\b{_DECIDED}\b"
    # "annoncé lundi par le gouvernement", "announced on Monday by the government", "adopté mardi en Conseil des
    # ministres"
    rf"|\b{_DECIDED}\b{_GAP}{{0,15}}?(?P<d>{DAY_PATTERN}){_GAP}{{0,10}}?\b(?:by|par|en|vom|von)\b{_GAP}{{0,12}}?"
    rf"\b{_GOVERNMENT}\b"
    # "announced by the government on Monday", "adopté par le gouvernement lundi"
    rf"|\b{_DECIDED}\b{_GAP}{{0,5}}?\b(?:by|par|vom|von)\b{_GAP}{{0,12}}?\b{_GOVERNMENT}\b{_GAP}{{0,15}}?"
    rf"(?P<e>{DAY_PATTERN})"
)


def without_recalled_decision_days(folded_lead: str) -> str:
    """`folded_lead` with the days it names for the government's decision blanked, when it tells a
    parliament's vote as done; else as it is. (Blanks keep the other words where they were.)"""
    if APPROVAL_GIVEN not in approval_told(folded_lead):
        return folded_lead
    spans = []
    for match in _RECALLED_DAY.finditer(folded_lead):
        group = next(name for name in "abcde" if match.group(name) is not None)
        spans.append(match.span(group))
    for start, end in reversed(spans):
        folded_lead = folded_lead[:start] + " " * (end - start) + folded_lead[end:]
    return folded_lead
