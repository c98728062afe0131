"""Donor words that name a speaker, not a giver: who chairs a meeting ("co-chair John
Healey said") and who welcomes or praises aid ("NATO's secretary general welcomed the
first delivery", "Die EU-Kommission begrüßte die Lieferung")."""

from __future__ import annotations

from bot.core.text.lazy_pattern import lazy

# Who chairs a meeting speaks for it, not for his country: "co-chair John Healey said",
# "said John Healey, the group's co-chair", "le coprésident du groupe, le ministre
# britannique", "der Ko-Vorsitzende John Healey" (what the group or other countries
# announced is theirs). The office is told right before the name, with no verb between,
# or right after it as an apposition or a relative clause (folded text).
_CHAIR_WORD = (
    r"(?:co-?chair\w*|chair(?:s|ed|ing|man|woman)?|co-?presid\w*|ko-?vorsitz\w*|vorsitzende\w*)"
)
# (no verb between the office and the name: "co-chair John Healey said Britain would
# send" names Britain as the giver)
_NO_VERB = r"(?!(?:said|says|told|announced|added|a|ont|sagte|erklarte|teilte|will|would|has|have|is|was)\b)"
_CHAIR_BEFORE = lazy(
    rf"\b{_CHAIR_WORD}(?:\s+(?:of|du|de|der|des)\s+(?:the\s+|la\s+|le\s+|l')?(?:group|meeting|groupe|reunion|\w*gruppe)\w*)?"
    rf",?\s+(?:{_NO_VERB}[\w'-]+,?\s+){{0,5}}$"
)
# (as written: the name's other words are capitalised, "John Healey, the group's co-chair")
_NAME_THEN_COMMA = lazy(r"(?:\s+[A-ZÀ-Ý][\w'-]*){0,4},\s*")
_CHAIR_APPOSITION = lazy(rf"(?:who\s+|qui\s+|der\s+|die\s+)?(?:{_NO_VERB}[\w'-]+\s+){{0,3}}{_CHAIR_WORD}")


def chairs_a_meeting(full: str, folded: str, s: int, e: int) -> bool:
    """Whether the donor word names one told as a meeting's chair (_CHAIR_BEFORE)."""
    if _CHAIR_BEFORE.search(folded, max(0, s - 60), s):
        return True
    name = _NAME_THEN_COMMA.match(full, e, e + 60)
    office = name and _CHAIR_APPOSITION.match(folded, name.end(), name.end() + 50)
    return bool(office) and not _CHAIR_THEN_OWN_VERB.match(folded, office.end(), office.end() + 120)


# An office told in a clause that closes before the main verb makes the one named its
# subject: "Britain, which co-chairs the group with Germany, will send missiles" gives;
# "John Healey, who chairs the group, said allies would send" only reports (folded text).
_CHAIR_THEN_OWN_VERB = lazy(
    r"[^,.;:!?]{0,80},\s+(?!(?:said|says|told|announced|added|adding|stated|noted|explained|insisted|confirmed|"
    r"a (?:\w+ )?(?:dit|declare|indique|annonce|affirme|souligne|explique|precise|ajoute|assure|confirme)|"
    r"declare|indique|annonce|ajoute|sagte|sagt|erklarte|erklart|teilte|betonte|kundigte|bestatigte|fugte)\b)\w"
)


# (one of these patterns matches in the article wherever chairs_a_meeting answers yes: non_givers.not_a_giver
# asks it nothing in an article without any of their words)
CHAIRS_A_MEETING_NEEDS = (_CHAIR_BEFORE, _CHAIR_APPOSITION)


# Who welcomes or praises aid is a speaker, not its giver: "NATO's secretary general
# welcomed the first delivery", "le président français a salué la livraison", "Die
# EU-Kommission begrüßte die Lieferung" (the thanked party may well be the giver).
_WELCOME_VERB = lazy(r"welcom|prais|hail|applaud|salu|begrus|lobt")


def welcomes_after(folded: str, end: int) -> bool:
    # (the verbs are rare: look for one before running the whole pattern)
    return bool(_WELCOME_VERB.search(folded, end, end + 70) and _WELCOMES_AFTER.match(folded, end, end + 70)) or bool(
        _WELCOME_VERB.search(folded, end, end + 200) and _WELCOMED_IN_THE_PERFECT.match(folded, end, end + 200)
    )


# The German perfect puts the welcoming participle last, far from its subject:
# "Nato-Generalsekretär Mark Rutte hat die Lieferung der ersten F-16 ... begrüßt".
_WELCOMED_IN_THE_PERFECT = lazy(
    r"(?:[\s-]+[\w.'-]+){0,4}?\s+(?:hat|haben|hatte|hatten)\s[^.;:!?]{0,160}?\b(?:begruss?t|gelobt)\b"
)


_WELCOMES_AFTER = lazy(
    r"(?:'s)?(?:\s+[\w.'-]+){0,5}?\s+(?:welcomed|welcomes|praised|praises|hailed|hails|applauded|applauds|"
    r"(?:a |ont )?salue|saluent)\b|"
    # German puts the finite verb right after its subject ("Die EU-Kommission begrüßte");
    # a participle at the end ("hat die Lieferung der F-16 aus Dänemark begrüßt") is the
    # subject's at the front, not the source's named before it
    r"(?:\s+[\w.'-]+)?\s+(?:begrus\w*|lobte|lobt)\b(?! (?:hat|haben|hatte|hatten)\b)"
)
# (one of these patterns matches in the article wherever welcomes_after answers yes: non_givers.not_a_giver
# asks it nothing in an article without any of their words)
WELCOMES_AFTER_NEEDS = (_WELCOME_VERB,)
