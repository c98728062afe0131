"""Schemes and groups a donor word may name without giving: the scheme a nationality
owns ("the Czech-led initiative", "l'initiative tchèque") and the scheme named again
without it ("the initiative"), who leads a coalition ("led by Latvia", "unter Führung
Lettlands"), a group the giver leads in a clause ("Britain, which co-chairs the contact
group,"), and the allies' meeting formats ("at a meeting of the contact group")."""

from __future__ import annotations

from bot.core.text.lazy_pattern import lazy


def led_in_a_clause(folded: str, s: int, e: int) -> bool:
    """A group told as what the giver leads, in a clause between commas: "Großbritannien,
    das die Kontaktgruppe als Ko-Vorsitzender leitet, wird ... liefern", "Britain, which
    co-chairs the contact group, will send", "le Royaume-Uni, qui copréside le groupe de
    contact, va livrer": the group is led, the subject gives."""
    opening = folded.rfind(",", max(0, s - 40), s)
    closing = folded.find(",", e, e + 80)
    if opening < 0 or closing < 0 or any(mark in folded[opening:closing] for mark in ".;:!?"):
        return False
    return bool(_LEADING_VERB.search(folded, opening, closing))


# (folded text: leading, chairing, coordinating, in the three languages)
_LEADING_VERB = lazy(
    r"\b(?:co-?)?(?:leads?|chairs?|heads?|coordinates?)\b|"
    r"\b(?:leitet|leiten|leitete|anfuhrt|koordiniert|vorsitzt)\b|\b(?:co)?(?:dirige|preside|pilote|coordonne)\b"
)


# A format of meetings named as the meeting where others promised is where, not who:
# "beim Treffen der Kontaktgruppe", "lors de la réunion du groupe de contact", "at a
# meeting of the Ukraine Defence Contact Group" (as "at the contact group meeting" is a
# place already). Only the allies' formats: "a meeting of EU leaders agreed" is the EU's
# (folded text).
MEETING_OF_BEFORE = lazy(
    r"\b(?:meeting|session|talks|treffen|sitzung|tagung|reunion|rencontre|seance)\s+"
    r"(?:of|with|der|des|du|de la|de l'|des|mit der|mit den)\s+(?:the\s+|l')?$"
)


def owns_a_scheme(folded: str, s: int, e: int) -> bool:
    """A nationality naming whose scheme the money goes to, not who pays: "für die
    tschechische Initiative", "à l'initiative tchèque", "the Danish model". (Alone in its
    sentence it is still read as the giver: see sentence_reading._sentence_parties.)"""
    return bool(
        _SCHEME_AFTER.match(folded, e) or _SCHEME_BEFORE.search(folded, max(0, s - 16), s) or _FUND_AFTER.match(folded, e)
    )


# A fund named by its owner is where the money goes, its payer the giver: "agreeing to pay $300
# million into a NATO trust fund", "in den Nato-Treuhandfonds" (not named again as "the fund":
# funds are too many to be one scheme's mention).
_FUND_AFTER = lazy(r"(?:'s)?(?:\s+|-)(?:(?:trust|support|assistance|defen[cs]e)\s+)?(?:funds?|treuhandfonds|fonds)\b")
# ... the fund paid into: "into a NATO trust fund", "in den Nato-Treuhandfonds", "dans le fonds" (folded text)
_INTO_BEFORE = lazy(r"\b(?:into|in|dans|au|in den|in einen) (?:(?:a|an|the|its|le|un|den|einen|dem|einem) )?$")


def paid_into_a_fund(folded: str, s: int, e: int) -> bool:
    """A donor naming the fund money is paid into ("agreeing to pay $300 million into a NATO
    trust fund"): the fund's owner is no giver even alone in its sentence, whose payer is its
    subject, a pronoun for the last giver ("it went further, agreeing to pay ...")."""
    return bool(
        (_FUND_AFTER.match(folded, e) and _INTO_BEFORE.search(folded, max(0, s - 16), s))
        or _INTO_A_FUND_OF_BEFORE.search(folded, max(0, s - 60), s)
    )


# (French names the owner after the fund: "dans le fonds fiduciaire de l'Otan", "au fonds de l'UE")
_INTO_A_FUND_OF_BEFORE = lazy(
    r"\b(?:dans le|au|dans un) fonds (?:fiduciaire |d'affectation speciale |de soutien )?(?:de l'|de la |du |des )$"
)
# (one of these patterns matches in the article wherever paid_into_a_fund answers yes: non_givers.not_a_giver
# asks it nothing in an article without any of their words)
PAID_INTO_A_FUND_NEEDS = (_FUND_AFTER, _INTO_A_FUND_OF_BEFORE)


# The scheme named after the nationality (English, German) or before it (French). (Folded text.)
_SCHEME_NOUNS_EN_DE = (
    r"initiative|coalition|scheme|mechanism|model|koalition|mechanismus|modell|munitionsinitiative"
)
# ("Czech-led initiative", "die von Tschechien geführte Initiative")
# (... or the owner of NATO's scheme named by its acronym: "into NATO's PURL scheme", the Dutch paying)
_SCHEME_AFTER = lazy(r"(?:-(?:led|run)|\s+gefuhrte[nmrs]?)?\s+(?:" + _SCHEME_NOUNS_EN_DE + r")\b|(?:'s)?\s+purl\b")
# (not across a line break: a headline ending "... drone coalition" is no scheme of the
# donor opening the body)
# ("au mécanisme PURL de l'Otan", "in die PURL-Initiative der Nato": the owner after the acronym)
_SCHEME_BEFORE = lazy(r"\b(?:initiative|coalition|mecanisme|modele)s?[^\S\n]+$|\bpurl(?:-initiative)? (?:de l'|der )$")
# (one of these patterns matches in the article wherever owns_a_scheme answers yes: non_givers.not_a_giver
# asks it nothing in an article without any of their words)
OWNS_A_SCHEME_NEEDS = (_SCHEME_AFTER, _SCHEME_BEFORE, _FUND_AFTER)


def scheme_mentions(folded: str, donors: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """(code, start, end) of a scheme named again without its nationality: after "the
    Czech-led initiative", "l'initiative tchèque", "die tschechische Munitionsinitiative",
    wire copy goes on with "the initiative", "ce mécanisme", "über die Initiative", which
    name the same scheme, so the same donor (as a surname names a leader's country)."""
    found = []
    if _SCHEME_AFTER.absent_from_article(folded) and _SCHEME_BEFORE.absent_from_article(folded):
        return found  # (no scheme's noun in the whole article: no donor to look beside, see lazy_pattern)
    for code, s, e in donors:
        scheme = _SCHEME_AFTER.match(folded, e) or _SCHEME_BEFORE.search(folded, max(0, s - 16), s)
        if scheme is None:
            continue
        after = max(e, scheme.end())
        for again in _SCHEME_AGAIN.finditer(folded, after):
            # (not one named with its nationality again, before or after: "l'initiative tchèque")
            if not any(ds <= again.end() + 2 and again.start() < de for _, ds, de in donors):
                found.append((code, again.start(1), again.end(1)))
        break  # the first scheme named is the one the article goes on about
    return found


# (folded text) the scheme again, with a definite article or a demonstrative
_SCHEME_AGAIN = lazy(
    r"\b(?:the|this|that|die|diese|der|dieser|den|l'|cette|ce|le|la)\s*"
    r"(initiative|scheme|mechanism|mechanismus|munitionsinitiative|mecanisme|dispositif)\b"
)


def leads_a_scheme(folded: str, s: int, e: int) -> bool:
    """A donor named as who leads or coordinates a coalition, an initiative, a group ("the
    drone coalition led by Latvia", "coordinated by", "menée par la Lettonie", "pilotée
    par", "unter Führung Lettlands", "unter lettischer Führung", "die von Lettland geführte
    Koalition", "the Latvia-led coalition"): leading is not giving, and another donor's
    payment to the scheme is that donor's. (Alone in its sentence it is still read as the
    giver, "the coalition led by Latvia will send drones": see sentence_reading._sentence_parties.)"""
    return led_by_before(folded, s) or bool(_LEADER_AFTER.match(folded, e))


# (folded text)
_LEADER_BEFORE = lazy(
    r"\b(?:(?:led|co-led|coordinated|headed|chaired|run|spearheaded|steered)\s+(?:jointly\s+)?by|"
    r"(?:menee?s?|pilotee?s?|coordonnee?s?|dirigee?s?|conduite?s?|presidee?s?)\s+(?:conjointement\s+)?par|"
    r"sous (?:la )?(?:direction|houlette|egide|conduite|presidence|coordination) d[eu']?|"
    r"unter (?:der )?(?:fuhrung|leitung|federfuhrung|koordination|vorsitz)(?: von| vom| des| der)?|"
    r"angefuhrt von|geleitet von|koordiniert von)"
    r"\s*(?:the |la |le |les |l'|die |der |den |dem |des |du )?$"
)
# Every match of _LEADER_BEFORE holds one of these words. This runs for every donor word,
# and most have none of them in the 40 characters before: a substring test (in C) spares
# `re` trying the pattern at each of those characters.
_LEADER_WORDS = ("by", "par", "sous", "unter", "von")


def led_by_before(folded: str, s: int) -> bool:
    low = max(0, s - 40)
    window = folded[low:s]
    return any(map(window.__contains__, _LEADER_WORDS)) and bool(_LEADER_BEFORE.search(folded, low, s))


_LEADER_AFTER = lazy(
    r"(?:-(?:led|coordinated|run)\b|\s+(?:gefuhrt|angefuhrt|geleitet|koordiniert)\w*|"
    r"(?:er|en|e|es)?\s+(?:fuhrung|leitung|federfuhrung)\b)"
)
# (one of these patterns matches in the article wherever leads_a_scheme answers yes: non_givers.not_a_giver
# asks it nothing in an article without any of their words)
LEADS_A_SCHEME_NEEDS = (_LEADER_BEFORE, _LEADER_AFTER)
# (... and wherever an allies' meeting or a clause of leading does: MEETING_OF_BEFORE, led_in_a_clause)
MEETING_OR_LEADING_NEEDS = (MEETING_OF_BEFORE, _LEADING_VERB)
