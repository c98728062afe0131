"""A running total told beside the news ("bringing its total military aid to 4 billion euros",
"portant à 3 milliards d'euros le total de son aide", "Damit steigt die Hilfe auf insgesamt 4
Milliarden Euro"): what the donor has given over the war so far, background to the sentence's news
and no second record of the same donor (round 52). The words that mark it tie the figure to the
news told before it ("bringing", "portant", "damit", "désormais", "now"). A total over the war told
on its own, as trackers and rankings tell it ("remains the second-largest donor with €31 billion
pledged since 2022", "seit Kriegsbeginn", "depuis le début de la guerre"), is background too (the
lead's ruling of stop 54) when its sentence tells the ranking or the tracker; told alone ("Seit 2022
flossen 3 Milliarden Euro ..."), it is read as before."""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.pledges.quantities.numbers import Money
from bot.core.text.lazy_pattern import lazy

# (folded text) The words between a total's noun and the figure: "its total military aid to
# Ukraine since 2022", "le total de son aide militaire".
_WORDS = r"(?:[\w'-]+\s+){0,8}?"
_TOTAL_NOUN = (r"(?:total|tally|overall|cumulative|montant total|total cumule|aide totale|gesamt\w*|"
               r"the number|le nombre|die zahl)")
# Before the figure, right up to it: "bringing its total aid to", "taking the tally of tanks
# delivered to", "raising its overall contribution to", "which brings the total to"; "portant le
# total de son aide à", "ce qui porte le montant total à", "l'aide dépasse désormais", "s'élève désormais à";
# "damit steigt die deutsche Militärhilfe auf insgesamt", "womit sich die Hilfe auf ... beläuft",
# "auf nunmehr insgesamt". Each names a total: aid raised to a sum ("raising its aid to", "a porté
# à 1,2 milliard son enveloppe", "erhöht seine Hilfe auf") is the news.
_BEFORE = lazy(
    r"(?:\b(?:bring(?:s|ing)?|tak(?:es|ing)|rais(?:es|ing)|push(?:es|ing)|lift(?:s|ing)|increas(?:es|ing))\s+"
    rf"(?:its|the|their|his|her|kyiv's|ukraine's)\s+{_WORDS}{_TOTAL_NOUN}\s+{_WORDS}to"
    r"|\b(?:now|so far)\s+(?:totals?|totalling|stands? at|amounts? to|comes? to|exceeds?|tops?)"
    rf"|\b(?:portant|porte|portera|porterait)\s+(?:ainsi\s+)?(?:le|la|son|sa|leur)\s+(?:montant\s+)?"
    rf"(?:total|nombre|cumul)\w*\s+{_WORDS}a(?:\s+(?:plus de|pres de|environ|quelque|pas moins de))?"
    r"|\b(?:depasse|atteint|totalise)\s+desormais(?:\s+(?:plus de|pres de|environ))?"
    r"|\bs'eleve\s+desormais\s+a(?:\s+(?:plus de|pres de|environ))?"
    rf"|\b(?:damit|womit|somit)\s+(?:sich\s+)?{_WORDS}auf\s+(?:nunmehr\s+|jetzt\s+)?insgesamt"
    r"(?:\s+(?:rund|mehr als|uber|fast|knapp))?"
    r"|\bauf\s+nunmehr\s+(?:insgesamt\s+)?(?:rund|mehr als|uber|fast|knapp)?"
    r")\s*$"
)
# "portant à 3 milliards d'euros le total de son aide", "portant à 48 le nombre de blindés livrés": the
# figure told first, the total's noun right after it ("porté à 1,2 milliard son enveloppe" raises
# the aid: the news).
_FIGURE_FIRST_BEFORE = lazy(r"\b(?:portant|porte|portera|porterait)\s+(?:ainsi\s+)?a\s*$")
_TOTAL_NOUN_AFTER = lazy(r"[^.;]{0,50}?\b(?:le|la)\s+(?:montant\s+)?(?:total|nombre|cumul)\b")
# "Insgesamt hat Stockholm damit ... 100 Milliarden Kronen ... zugesagt": the total's word opening
# the clause, "damit" tying it to the news.
_OPENING = lazy(r"(?:^|[.;:]\s+)insgesamt\s+(?:hat|haben|hatte|belauft|summiert)\b[^.;:]{0,40}?\bdamit\b[^.;:]*$")
# How far before the figure its marker may stand.
_REACH = 90
# A total over the war told on its own, as trackers and rankings tell it (the lead's ruling of stop 54:
# background, no record): the figure with the time since the war began right after or before it, "€31
# billion pledged since 2022", "6,5 milliards d'euros d'aide militaire à l'Ukraine depuis 2022", "depuis
# le début de la guerre", "mit seit 2022 zugesagten 31 Milliarden Euro", "seit Kriegsbeginn" (folded text).
SINCE_THE_WAR = (
    r"(?:since (?:2022|february 2022|the (?:start|beginning|outbreak) of the (?:war|full-scale invasion|invasion)|"
    r"the (?:war|full-scale invasion|invasion) (?:began|started)|russia's (?:full-scale )?invasion)|"
    r"depuis (?:2022|fevrier 2022|le debut (?:de la guerre|du conflit|de l'invasion)|l'invasion)|"
    r"seit (?:2022|februar 2022|kriegsbeginn|beginn des (?:krieges|angriffskrieges)|dem russischen (?:angriff|uberfall)))"
)
# A donor's aid raised by the news to a sum counted since the war began, with no word of a total: "taking its
# military assistance since Russia's full-scale invasion to about 1.1 billion Australian dollars", "portant son
# aide militaire depuis le début de la guerre à environ", "damit steigt die Militärhilfe seit Kriegsbeginn auf
# rund" (the time since the war makes the sum a total, not the aid raised of the news).
_ABOUT = r"(?:\s+(?:about|around|nearly|almost|more than|over|some|environ|pres de|plus de|rund|etwa|fast|knapp|uber|mehr als))?"
_AID_SINCE_THE_WAR_BEFORE = lazy(
    r"(?:\b(?:bring(?:s|ing)?|tak(?:es|ing)|rais(?:es|ing)|push(?:es|ing)|lift(?:s|ing))\s+(?:its|the|their|kyiv's|ukraine's)\s+"
    rf"{_WORDS}{SINCE_THE_WAR}\s+to{_ABOUT}"
    rf"|\b(?:portant|porte|portera)\s+(?:ainsi\s+)?(?:son|sa|leur)\s+{_WORDS}{SINCE_THE_WAR}\s+a{_ABOUT}"
    rf"|\b(?:damit|womit|somit)\s+{_WORDS}{SINCE_THE_WAR}\s+(?:[\w-]+\s+)?auf{_ABOUT})\s*$"
)
_SINCE_AFTER = lazy(rf"[^.;:,]{{0,45}}?\b{SINCE_THE_WAR}\b")
_SINCE_BEFORE = lazy(rf"\b{SINCE_THE_WAR}\s+(?:[\w-]+\s+){{0,2}}$")


def running_totals(folded: str, figures: Sequence[Money]) -> set[int]:
    """The starts of the figures the folded sentence tells as a running total beside its news."""
    totals = set()
    for figure in figures:
        low = max(0, figure.start - _REACH)
        if _BEFORE.search(folded, low, figure.start) or _OPENING.search(folded, low, figure.start) or (
            _AID_SINCE_THE_WAR_BEFORE.search(folded, max(0, figure.start - 2 * _REACH), figure.start)
        ) or (
            _FIGURE_FIRST_BEFORE.search(folded, low, figure.start) and _TOTAL_NOUN_AFTER.match(folded, figure.end)
        ):
            totals.add(figure.start)
    return totals


def totals_over_the_war(folded: str, figures: Sequence[Money]) -> set[int]:
    """The starts of the figures the folded sentence tells as a total since the war began, on their
    own (a tracker's or a ranking's, or summed up): no news beside them, so no record at all."""
    return {
        figure.start for figure in figures
        if (
            (_SINCE_AFTER.match(folded, figure.end) or _SINCE_BEFORE.search(folded, max(0, figure.start - 60), figure.start))
            and _ranked(folded, figure)
        ) or _summed_up_since_the_war(folded, figure)
    }


def _sentence_around(folded: str, figure: Money) -> tuple[int, int]:
    low = folded.rfind(". ", max(0, figure.start - 250), figure.start)
    high = folded.find(". ", figure.end, figure.end + 200)
    return (low + 2 if low >= 0 else max(0, figure.start - 250)), (high if high >= 0 else min(len(folded), figure.end + 200))


def _ranked(folded: str, figure: Money) -> bool:
    """Whether the figure's sentence tells a ranking or a tracker: a total since 2022 told alone
    ("Seit 2022 flossen 3 Milliarden Euro ...", "a engagé 3 milliards d'euros depuis 2022") stays as
    it is read (rounds 44 and 48c)."""
    start, end = _sentence_around(folded, figure)
    return _RANKING.search(folded, max(0, start - 1), end) is not None


def _summed_up_since_the_war(folded: str, figure: Money) -> bool:
    """Whether the figure's sentence opens with a word of summing up and counts since the war began:
    "Insgesamt haben die nordischen Staaten der Ukraine seit 2022 Militärhilfe im Wert von mehr als 25 Mrd.
    Euro geleistet", "In total, allies have given more than ... since 2022", "Au total, ... depuis 2022"."""
    start, end = _sentence_around(folded, figure)
    return _SUMMING_UP_OPENING.match(folded, start) is not None and _SINCE_IN.search(folded, start, end) is not None


_SINCE_IN = lazy(rf"\b{SINCE_THE_WAR}\b")
# (folded text) a sentence opened by a word of summing up, the figure a total over the war
_SUMMING_UP_OPENING = lazy(r"\s*(?:insgesamt|in total|in all|altogether|overall|all told|au total|en tout|au cumul)\b")


# (folded text) The words of a ranking or a tracker: "the second-largest donor", "ranks third", "a
# Kiel-based tracker", "selon un classement", "auf Platz zwei", "ein Kieler Institut".
_RANKING = lazy(
    r"\b(?:(?:[\w-]+-)?largest|biggest|ranks?|ranked|ranking|tracker|classement|rang|platz|rangliste|"
    r"institut\w*|institute|kiel\w*)\b"
)
