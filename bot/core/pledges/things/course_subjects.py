"""Things named as what a training course teaches: "in courses on mine clearance, field medicine and the
Leopard tanks it has already given Kyiv", "des cours de déminage et de conduite des chars", "Auf dem
Programm stehen unter anderem Minenräumung und Sanitätsdienst".

The course is the training given; its subjects (a demining skill, the tanks trainees learn to drive)
are no things given of their own (given_items.py asks here, for every item but the training itself).
"""

from __future__ import annotations

from bot.core.pledges.passes.records import Item
from bot.core.text.lazy_pattern import lazy

# (folded text, from a course word to the thing: in the same clause, its list of subjects between)
_COURSE_BEFORE = lazy(
    # ("au cours de", "en cours": during, under way, no course)
    # (not "formation", which also names training on the things given beside it: "la formation de pilotes sur F-16
    # et des Mirage")
    r"(?:\b(?<!au )(?<!en )(?:courses?|classes|modules?|lessons|cours|lehrgange?n?|kurse?n?|"
    r"schulunge?n?)\s+(?:on|in|for|about|de|du|des|d'|sur|zu|zur|zum|uber|fur)\b"
    r"|\bauf dem (?:programm|lehrplan|ausbildungsplan) stehen\b|\bau programme\b|\bon the (?:programme|syllabus)\b)"
    # (the subjects' list only: a verb of giving between opens a clause of its own, "and will send 20 tanks")
    r"(?:(?!\b(?:will|would|send|sends|sent|deliver|delivers|supply|supplies|provide|provides|pledge|pledges|"
    r"livrer|livrera|livre|fournir|fournira|enverra|envoyer|liefern|liefert|schicken|schickt|zusagen|sagt)\b)"
    r"[^.;:]){0,110}$"
)


# (folded text) What trainees are trained in or on, told after the training verb: "ausgebildet, vor allem in
# Minenräumung", "bildet ... ukrainische Soldaten aus – an Schützenpanzern vom Typ Bradley", "trained mainly in
# mine clearance", "trained on Bradley fighting vehicles", "formés notamment au déminage", "formés sur des chars":
# the training's subjects, as a course's are (the things trained on are not given: the rulings).
_TRAINED_IN_BEFORE = lazy(
    r"(?:\b(?:ausgebildet|geschult|trainiert|trained|training|formes?|formees?|entraines?)"
    r"|\b(?:bild\w*|schul\w*)\b[^.;:]{0,80}?\baus)"
    r",?\s*(?:[\u2013\u2014-]\s*)?"
    r"(?:(?:vor allem|unter anderem|insbesondere|mainly|notably|especially|primarily|notamment|surtout|principalement)\s+)?"
    r"(?:in|an|am|auf|im|on|in the use of|sur|au|a la|aux|au maniement d\w*)\s"
    r"(?:(?!\b(?:will|would|send|sends|sent|deliver|delivers|supply|supplies|provide|provides|pledge|pledges|and then|"
    r"livrer|livrera|livre|fournir|fournira|enverra|envoyer|liefern|liefert|schicken|schickt|zusagen|sagt)\b)"
    r"[^.;:]){0,80}$"
)

# (folded text) ... or after the trainees a training noun names: "la formation de 150 mécaniciens ukrainiens sur
# F-16", "the training of 40 Ukrainian pilots on F-16 jets", "die Ausbildung von 150 ukrainischen Mechanikern an
# F-16-Kampfjets" (review 63: the kit they learn to fly or mend is not given by the training; the README's training
# rule, the trainees' count is the training's).
_TRAINEES_ON_BEFORE = lazy(
    r"\b(?:formation|training|ausbildung|schulung|entrainement)\s+(?:de|d'|des|of|for|von|fur)\s+"
    r"[^.;:]{0,60}?\b(?:pilot|mecanicien|mechanic|mechaniker|technici|techniker|soldat|soldier|crew|equipage|"
    r"besatzung|operat|bediener|recrue|recruit|rekrut|artilleur|gunner|servicem|personnel)\w*"
    r"(?:\s+(?:ukrainien\w*|ukrainian|ukrainisch\w*|supplementaires|additional|weitere\w*))?"
    r"\s+(?:sur|on|an|am|auf|fur|for|au|aux|a la)\s+(?:(?:les|des|la|le|l'|the|die|der|den|dem)\s+)?"
    r"(?:[\w'-]+\s+){0,2}$"
)


def a_course_subject(folded: str, sentence_start: int, item: Item) -> bool:
    """Whether the item (not the training itself) is told as a subject of a training course before it in its
    sentence, or as what trainees are trained in or on ("trained on", "la formation de pilotes sur")."""
    if item.category == "training":
        return False
    start = max(sentence_start, item.start - 140)
    return (
        _COURSE_BEFORE.search(folded, start, item.start) is not None
        or _TRAINED_IN_BEFORE.search(folded, start, item.start) is not None
        or _TRAINEES_ON_BEFORE.search(folded, start, item.start) is not None
    )
