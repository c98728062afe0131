"""An aid tracker's tallies: background, no records (the lead's ruling of stop 54, widened at fix 60b).

A story about a tracker's or an institute's ranking tells each country's total over the war, its share of
the economy, its rank and the tracker's own findings ("Estonia has given more military aid relative to the
size of its economy than any other country", "En valeur absolue, les États-Unis restent le premier donateur
avec 70 milliards ..., devant l'Allemagne (18 milliards)", "Demnach haben die USA seit Kriegsbeginn 66
Milliarden Dollar zugesagt. Auf Platz zwei folgt Deutschland mit 16 Milliarden", "the gap between pledges
and deliveries remains wide for air defence", "The centre counts only aid that governments have committed").
None of it is a giving of the day: a reader of an aid tracker wants the day's news, which such a story
tells in sentences of their own ("On the day the ranking was published, Lithuania said it would send two
launchers", "Am selben Tag kündigte Irland an, ...").

Only an article that names a tracker or a ranking (in its headline or its body) has tallies, and only a
sentence that tells one in the tally's own words: a measure against the economy, a total "in absolute
terms" or since the war began beside a figure, a rank, what the tracker counts, the gap between pledges
and deliveries. A ranking told as "the largest donor with 4.1 billion, followed by Britain with 2.7
billion" is a rank too where the article names a tracker or a ranking (pledges61); without one it is read as
each donor's total (round 39), as before.
"""

from __future__ import annotations

from bot.core.pledges.money.running_totals import SINCE_THE_WAR
from bot.core.text.lazy_pattern import lazy

# (folded text) The article names a tracker or a ranking: "a ranking published by", "the Kiel Institute's
# Ukraine Support Tracker", "selon le classement", "die neue Rangliste des Instituts".
# ("high-ranking official" is no ranking)
_TRACKER = lazy(r"(?<!-)\b(?:rankings?|tracker|classements?|ranglisten?|support tracker|kiel institute|institut(?:s|es)? fur weltwirtschaft)\b")

# (folded text) The tally's own words.
_TALLY = lazy(
    # a measure against the economy
    r"\b(?:relative to (?:the size of )?(?:its|their|the) (?:economy|economies|gdp)|"
    r"(?:as a |by )?shares? of (?:its |their )?(?:gdp|gross domestic product|economic output)|"
    r"(?:of|per cent of|percent of) (?:its|their) (?:gdp|gross domestic product)|"
    r"rapporte au pib|(?:de|du) (?:son |leur )?(?:pib|produit interieur brut)|"
    r"gemessen an (?:der|ihrer|seiner) wirtschaftsleistung|(?:der|ihrer|seiner) wirtschaftsleistung nach|"
    r"(?:des|ihres|seines) bruttoinlandsprodukts|"
    # a total in absolute terms
    r"in absolute terms|en (?:valeur|termes) absolue?s?|in absoluten (?:zahlen|betragen)|"
    # a rank
    r"(?:top|bottom|head|heads|tops|topped|foot) of the (?:ranking|table|list)|"
    r"(?:au|en) (?:\w+ )?(?:rang|bas du classement|tete du classement)|"
    r"auf (?:platz|rang) (?:\w+)|(?:platz|rang) (?:eins|zwei|drei|vier|funf|\d+)|"
    # ... told as the donor's place ("the largest donor with EUR 64 billion", "followed by Germany with", "le
    # premier donateur avec", "suivie de", "der größte Geber mit", "gefolgt von")
    r"(?:largest|biggest|\w+-largest|\w+-biggest|top|leading) (?:\w+ )?(?:donor|contributor|backer|supporter)s?|"
    r"followed by|"
    r"(?:premier|deuxieme|second|troisieme|plus gros|principal) (?:donateur|contributeur|bailleur)|"
    r"suivie?s? (?:de|du|des|par)|"
    r"(?:grosste[nrs]?|zweitgrosste[nrs]?|wichtigste[nrs]?) (?:\w+ )?(?:geber|unterstutzer|geldgeber)|gefolgt von|"
    # ... or as a comparison of totals ("have now committed more military aid to Ukraine than the United States",
    # "plus d'aide militaire que les États-Unis", "mehr Militärhilfe als die USA")
    r"more (?:[\w-]+ ){0,3}(?:aid|support|assistance|help)\b[^.;]{0,40}?\bthan\b|"
    # ... or told as the most ("have pledged the most military aid", "die meiste Militärhilfe zugesagt", "am meisten
    # gegeben", "le plus d'aide militaire")
    r"the most (?:[\w-]+ ){0,2}?(?:aid|support|assistance|help)\b|"
    r"die meiste (?:[\w-]+ )?\w*(?:hilfe|unterstutzung)\b|am meisten\b|"
    r"le plus (?:d'aide|de soutien|d'assistance)\b|"
    r"plus d'(?:aide|assistance)\b[^.;]{0,60}?\bque\b|plus de soutien\b[^.;]{0,60}?\bque\b|"
    r"mehr (?:[\w-]+ ){0,2}?\w*(?:hilfe|unterstutzung)\b[^.;]{0,60}?\bals\b|"
    # what the tracker counts
    r"(?:counts|counted|tallies|tallied|records) only|recense\w*|erfasst\w*|"
    # its findings on the gap between pledges and deliveries
    r"gap between (?:the )?(?:pledges|promises|commitments) and (?:the )?deliveries|"
    r"ecart entre (?:les )?(?:promesses|engagements) et (?:les )?livraisons|"
    r"lucke zwischen (?:den )?(?:zusagen|versprechen) und (?:den )?lieferungen)"
)

# (folded text) A total over the war ("since the start of the war", "depuis le début de la guerre", "seit
# Kriegsbeginn"): a tally only where the sentence holds a figure (a money sum or a count).
_SINCE_THE_WAR = lazy(rf"\b{SINCE_THE_WAR}")
_FIGURE = lazy(r"\d")
# The day's news beside a tally in the same sentence: a verb of the day ("said on Monday it would send",
# "a annoncé", "kündigte ... an"); such a sentence is read as it is.
_NEWS_OF_THE_DAY = lazy(
    r"\b(?:announced|said it would|will (?:give|send|spend|provide|deliver)|pledged on|a annonce|annonce|"
    r"va (?:livrer|verser|consacrer|envoyer)|kundigte|kundigt|sagte \w+ zu|wird)\b"
)


def tally_sentences(folded: str, spans: list[tuple[int, int]]) -> set[int]:
    """The indices of the sentences (`spans` of the folded article) that tell a tracker's tallies."""
    if _TRACKER.absent_from_article(folded) or not _TRACKER.search(folded):
        return set()
    tallies = set()
    for index, (start, end) in enumerate(spans):
        told = _TALLY.search(folded, start, end) or (
            _SINCE_THE_WAR.search(folded, start, end) and _FIGURE.search(folded, start, end)
        )
        if told and not _NEWS_OF_THE_DAY.search(folded, start, end):
            tallies.add(index)
    return tallies
