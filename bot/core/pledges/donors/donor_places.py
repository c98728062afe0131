"""Donor words that name a place, not a giver: a place visited or met in ("in Berlin",
"at Ramstein air base"), a comparison ("like the US", "wie die USA"), a country where
things are bought ("bought in the United States"); and what keeps a donor word no place (a
government in its capital, one thanked, a contract's other party, a country acting in a
relative clause, "in Norway's package")."""

from __future__ import annotations

from bot.core.pledges.donors.talks_partners import talked_with_by_the_recipient
from bot.core.text.lazy_pattern import lazy

# A donor word in these places is not the giver: a place visited, a partner, a maker.
# Read on the original text in lower case, where French "à" is not English "a".
_LOCATIVE_BEFORE = lazy(
    r"(?:\b(?:in|at|à|au|aux|en|dans|nach|im|bei|visit\w*|with|avec|mit|against|contre|gegen)\s+(?:l'|l’|the|la|le|les)?\s*"
    # (a region of the country may stand between: "a repair hub in eastern Poland", "dans l'est de la
    # Pologne", "im Osten Polens", round 52r)
    r"(?:(?:(?:north|south)(?:-?(?:east|west))?ern|eastern|western|central)\s+|"
    r"(?:est|ouest|nord|sud|centre)(?:-est|-ouest)?\s+(?:de\s+la|du|de\s+l'|de\s+l’|de)\s*|"
    r"(?:osten|westen|norden|süden|suden|nordosten|südosten|nordwesten|südwesten)\s+)?)$"
)
# ... a meeting place ("la base américaine de Ramstein", "Ramstein air base") or a
# comparison ("like the US", "wie zum Beispiel den USA", "comme la France"): not the giver.
_PLACE_BEFORE = lazy(
    # (the base's nationality too: "sur la base américaine de Ramstein", "la base aérienne polonaise")
    r"(?:\bbases?\s+(?:[\w'-]+\s+){0,3}(?:de|of|d')\s*|\bbases?\s+(?:aeriennes?\s+|militaires?\s+|navales?\s+)?|\b(?:like|unlike|wie|comme)\s+(?:zum beispiel\s+|z\. ?b\.\s+|[\w]+\s+){0,2}"
    r"(?:the|la|le|les|l'|die|der|den|dem)?\s*)$"
)
# ... but a government or ministry "in" its capital is the government: "teilte das
# Verteidigungsministerium in Rom mit", "the government in Warsaw said" (folded text).
_SEAT_BEFORE = lazy(
    r"(?:regierung|ministerium|government|ministry|gouvernement|ministere|kabinett|administration)\w*\s+(?:in|a)\s+$"
)


# ... but "wie" opening a reporting clause is "as", not "like": "Wie die Bundesregierung
# mitteilte, wurden ...", "Wie Berlin am Freitag bestätigte" name the source, who gives.
_REPORTED_AFTER = lazy(
    r"(?:\s+[\w'-]+){0,6}?\s+(?:mitteilte|mitteilten|sagte|sagten|berichtete|erklarte|erklarten|bestatigte|"
    r"bestatigten|bekanntgab|ankundigte|ankundigten|meldete|informierte|verlautete|betonte|hiess)\b"
)


# Every match of _PLACE_BEFORE holds one of these words ("unlike" holds "like"). This
# runs for every donor word, and most have none of them before: a substring test (in C)
# spares `re` trying the pattern at each of the 40 characters.
_PLACE_WORDS = ("base", "like", "wie", "comme")


def compared(folded: str, s: int, e: int) -> bool:
    """A donor word in a comparison or at a meeting place (see _PLACE_BEFORE), or the base
    a quantity is measured against (see _COMPARED_BASE_BEFORE)."""
    window = folded[max(0, s - 40) : s]
    place = any(map(window.__contains__, _PLACE_WORDS)) and _PLACE_BEFORE.search(window)
    return (
        bool(place) and not _REPORTED_AFTER.match(folded, e)
        # (one compared that opens its own relative clause of giving gives what it tells: "Unlike
        # Poland, which sent 20 tanks, Hungary refused": the tanks are Poland's, not Hungary's)
        and not ("base" not in place.group() and _OWN_CLAUSE_AFTER.match(folded, s))
    ) or _comparison_base(folded, s)


# The base of a comparison of quantities is measured against, it gives nothing here:
# "have committed more military aid to Ukraine than the United States", "a livré davantage
# de chars à l'Ukraine que les États-Unis", "hat mehr Panzer geliefert als die USA". The
# comparative opens the span ("more", "plus de", "mehr"), "than / que / als" closes it right
# before the donor, no sentence mark between. (French "plus" only as a quantity, "plus
# de / d'", so "plus tard que" is none.)
_COMPARED_BASE_BEFORE = lazy(
    r"\b(?:more|fewer|less|greater|larger|bigger|(?:plus|moins) d(?:e\s|')|davantage|mehr|weniger|grossere)"
    r"\b[^.;:!?,]{0,80}?\s(?:than|que|qu'|als)\s+(?:the |la |le |les |l'|die |der |den |dem )?$"
)
_COMPARED_BASE_WORDS = (" than ", " que ", " qu'", " als ")
# ... and the one a headline says is overtaken: "Europe overtakes US as ...", "l'aide
# européenne dépasse celle de Washington", "Europa überholt die USA" (whose aid is
# measured, not given).
_OVERTAKEN_BEFORE = lazy(
    r"\b(?:overtak(?:es|en|ing)|overtook|surpass(?:es|ed|ing)?|outstrip(?:s|ped)?|outpac(?:es|ed|ing)|"
    r"depass(?:e|ent|ait|aient|era)|a depasse|devanc(?:e|ent|ait)|a devance|"
    r"uberholt(?:e|en)?|ubertrifft|ubertraf|ubertroffen)\s+(?:(?:that|those|celle|celles|celui|ceux|die|den)\s+"
    r"(?:of\s+|de\s+|d'|des\s+|der\s+)?)?(?:the |la |le |les |l'|die |der |den |dem )?$"
)
_OVERTAKEN_WORDS = ("overt", "surpass", "outstrip", "outpac", "depass", "devanc", "uberh", "ubertr")


# French "que" right after a verb of saying or thinking is reported speech's "that", no
# "than": "a souligné devant plus de 300 députés que la France enverra", "a indiqué qu'il"
# (folded text). "plus de N" is also the common "more than N", so the span opened on it
# would otherwise close on that "que". (No "que" between: in "a indiqué que la France a livré
# plus de chars que l'Italie" the last one is still the comparison's.)
_SAID_THAT_BEFORE = lazy(
    r"\b(?:annonce|indique|declare|dit|precise|affirme|assure|estime|explique|souligne|ajoute|confirme|"
    r"rappele|juge|pense|croit)\s+(?:(?!qu)[\w'-]+\s+){0,6}(?:que\s+|qu')(?:la |le |les |l')?$"
)


# ... and a base that opens its own relative clause of giving gives what that clause tells:
# "more weapons than Belgium, which promised 8 jets", "plus d'armes que la Suède, qui
# livrera" (matched at the donor word; a clause of no giving, "which is debating a new
# package", leaves it the base).
_OWN_CLAUSE_AFTER = lazy(
    r"[\w' -]{0,25}?,\s*(?:which|who|qui)\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:pledg|promis|send|sent|deliver|give|gave|provid|suppl|ship|donat|announc|offer|commit|will\b|"
    r"livr|envo|fourn|promet|annonc|cede|va\b|vont\b|doit\b)"
)


def _comparison_base(folded: str, s: int) -> bool:
    window = folded[max(0, s - 110) : s]
    # (most donor words have no "than" before them: a substring test first)
    return (
        any(map(window.__contains__, _COMPARED_BASE_WORDS)) and bool(_COMPARED_BASE_BEFORE.search(window))
        and not _SAID_THAT_BEFORE.search(window[-60:]) and not _OWN_CLAUSE_AFTER.match(folded, s)
    ) or (any(map(window[-40:].__contains__, _OVERTAKEN_WORDS)) and bool(_OVERTAKEN_BEFORE.search(window[-40:])))


# (one of these patterns matches in the article wherever compared answers yes: non_givers.not_a_giver
# asks it nothing in an article without any of their words)
COMPARED_NEEDS = (_PLACE_BEFORE, _COMPARED_BASE_BEFORE, _OVERTAKEN_BEFORE)


# ... and so is one named as the bounds of a market or a search: "to buy shells outside the
# European Union", "hors de l'UE", "en dehors de l'Union", "außerhalb der EU" (lower case).
_OUTSIDE_BEFORE = lazy(
    r"(?:\b(?:outside|beyond)\s+(?:of\s+)?(?:the\s+)?|\b(?:en\s+)?dehors\s+d(?:e\s+|')(?:l'|l’|la\s+|les\s+)?|"
    r"\bhors\s+d(?:e\s+|')(?:l'|l’|la\s+|les\s+)?|\bau(?:ß|ss)erhalb\s+(?:der|des|von|dem|den)?\s*)$"
)


def locative(full: str, folded: str, s: int) -> bool:
    if _OUTSIDE_BEFORE.search(full[max(0, s - 24) : s].lower()):
        return True
    if _THANKS_SAID_BEFORE.search(full[max(0, s - 20) : s].lower()):
        return False
    return bool(_LOCATIVE_BEFORE.search(full[max(0, s - 32) : s].lower())) and not _SEAT_BEFORE.search(
        folded, max(0, s - 40), s
    ) and not _CONTRACT_PARTY_BEFORE.search(folded, max(0, s - 60), s) and not _ACTS_AFTER.match(folded, s) and not (
        _MONEY_AFTER.match(folded, s) and (
            _UKRAINE_IN_ITS_SENTENCE.match(folded, s) or _UKRAINE_BEFORE_IN_ITS_SENTENCE.search(folded, max(0, s - 200), s)
        )
    ) and not (
        _THANKED_BEFORE.search(folded, max(0, s - 12), s) and folded.find("bedank", max(0, s - 40), s + 150) >= 0
    ) and not talked_with_by_the_recipient(folded, s)  # (Kyiv's talks with a giver: talks_partners.py)


# ... nor is the one thanked by the interjection: "Merci à la Suède pour", "Danke an Finnland
# für" (lower case, where "à" is not "a").
_THANKS_SAID_BEFORE = lazy(r"\b(?:merci\s+(?:à|au|aux)|danke\s+an)\s+(?:l'|l’|la\s+|le\s+|les\s+|die\s+|der\s+|den\s+)?$")


# The one thanked is no place: "hat sich bei Norwegen für die Panzer bedankt" (folded text).
_THANKED_BEFORE = lazy(r"\bsich bei\s+(?:der\s+|den\s+|dem\s+)?$")


# A country that acts in a relative clause is no place: "fournira des chars à la Tchéquie,
# qui en échange a livré 40 T-72 à l'Ukraine" (its name, then a subject relative).
_ACTS_AFTER = lazy(r"[\w'-]+(?:[ -][\w'-]+){0,2}?\s*,\s*(?:qui|which|who)\s")


# A nationality naming the money paid is its payer, no place: "with Norwegian money", "mit
# norwegischem Geld" (folded text, at the donor word: cue_patterns' production cues, round 55).
# Only money spent on Ukraine's side, named in the sentence ("in der Ukraine gebaut", "for Kyiv"):
# "mit norwegischem Geld wurde in Oslo ein Museum gebaut" keeps its place reading.
_MONEY_AFTER = lazy(r"[\w'-]+\s+(?:money|funds|funding|geld|geldern|mitteln)\b")
_UKRAINE_IN_ITS_SENTENCE = lazy(r"[^.!?;]{0,200}?\b(?:ukrain|kyiv|kiev|kiew|kyjiw)")
_UKRAINE_BEFORE_IN_ITS_SENTENCE = lazy(r"\b(?:ukrain|kyiv|kiev|kiew|kyjiw)[^.!?;]*$")


# The other party of a contract is the one paying, no place: "signed a contract with the
# Dutch government", "un contrat avec le ministère danois", "einen Vertrag mit der Regierung".
_CONTRACT_PARTY_BEFORE = lazy(
    r"\b(?:contracts?|deal|agreement|contrats?|accord|\w*vertrag|vereinbarung)\s+(?:[\w-]+\s+){0,3}"
    r"(?:with|avec|mit)\s+(?:the\s+|le\s+|la\s+|l'|der\s+|dem\s+|den\s+)?$"
)


PLACE_AFTER = lazy(r"^\s*(?:air ?base|base|luftwaffenstutzpunkt|stutzpunkt)\b")
# ... and a border, port or crossing its nationality names, where things wait on their way:
# "stuck at a rail terminal on the Polish border", "an der polnisch-ukrainischen Grenze",
# "bloqués à la frontière polonaise" (the country the things cross gives nothing; folded text)
_BORDER_AFTER = lazy(
    r"(?:-[a-z]+)?\s+(?:border|frontier|border crossings?|crossings?|ports?|seaports?|rail terminals?|"
    r"grenzen?|grenzubergangs?|grenzubergangen|hafens?|seehafens?)\b"
)
_BORDER_BEFORE = lazy(
    r"\b(?:frontieres?|postes?[- ]frontieres?|ports?|points? de passage)\s+(?:[a-z]+-)?$"
)


def at_a_border(folded: str, s: int, e: int) -> bool:
    """A nationality naming a border or port ("the Polish border", "die polnische Grenze",
    "la frontière polonaise"): a place things pass, not a giver."""
    return bool(_BORDER_AFTER.match(folded, e) or _BORDER_BEFORE.search(folded, max(0, s - 30), s))


# (one of these patterns matches in the article wherever at_a_border answers yes: non_givers.not_a_giver
# asks it nothing in an article without any of their words)
AT_A_BORDER_NEEDS = (_BORDER_AFTER, _BORDER_BEFORE)


# "in Norway's package", "in Germany's latest aid": the donor owns the aid, it is no place.
OWN_AID_AFTER = lazy(r"'s (?:[\w-]+ ){0,2}(?:package|aid|assistance|support|deliver(?:y|ies)|pledge|donation|contribution)s?\b")


# A country where things are bought is the seller, not the giver: "Die Raketen sollen in
# den USA gekauft werden", "will be bought in the United States", "seront achetés aux
# États-Unis" (whoever pays was named before).
_BUYING_PLACE_BEFORE = lazy(r"\b(?:in|in den|in der|aux|au|en)\s+$")
_BOUGHT_AFTER = lazy(r"\s+(?:gekauft|beschafft|erworben)\b")
_BOUGHT_IN_BEFORE = lazy(
    r"\b(?:bought|purchased|procured|achete(?:e|s|es)?|acquis(?:e|es)?)\s+(?:in|from|aux|au|en)\s+(?:the\s+)?$"
)


# ... and so is one whose stocks or makers things are bought from, told after the buying:
# "buy American arms for Kyiv from U.S. stocks", "kauft ... aus US-Beständen", and the
# nationality of what is bought, right after the verb ("to buy American weapons").
_BOUGHT_FROM_STOCKS_BEFORE = lazy(
    r"\b(?:buy|buys|buying|bought|purchas\w*|procur\w*|acheter|achete\w*|achat\w*|kauf\w*|gekauft)\b"
    r"[^.;:]{0,60}?\b(?:from|aux|au|aus|von)\s+(?:the\s+)?$"
)
_STOCKS_AFTER = lazy(r"\.?[\s-]*(?:stocks?|stockpiles?|inventor(?:y|ies)|arsenals?|stocks?|bestand\w*|bestanden|lager\w*)\b")
# (French puts the nationality after the stocks: "achètera ... des obus aux stocks américains")
_BOUGHT_FROM_FRENCH_STOCKS_BEFORE = lazy(
    r"\b(?:achet\w*|achat\w*|acquerir|acquer\w*)\b[^.;:]{0,60}?\b(?:aux|dans les|sur les|des) stocks\s+$"
)
# (German puts the verb last: "soll ... Munition aus US-Beständen kaufen")
_GERMAN_BUYING_AFTER = lazy(r"[^.;:,]{0,50}?\b(?:kaufen|gekauft|beschaffen|beschafft|erwerben|erworben)\b")
_BUY_VERB_BEFORE = lazy(r"\b(?:buy|buys|buying|bought|purchase|purchases|purchasing)\s+$")


def where_bought(folded: str, s: int, e: int) -> bool:
    low = max(0, s - 32)
    return bool(
        (_BUYING_PLACE_BEFORE.search(folded, low, s) and _BOUGHT_AFTER.match(folded, e))
        or _BOUGHT_IN_BEFORE.search(folded, low, s)
        or (_STOCKS_AFTER.match(folded, e) and (
            _BOUGHT_FROM_STOCKS_BEFORE.search(folded, max(0, s - 90), s) or _GERMAN_BUYING_AFTER.match(folded, e)
        ))
        or _BOUGHT_FROM_FRENCH_STOCKS_BEFORE.search(folded, max(0, s - 90), s)
        or _BUY_VERB_BEFORE.search(folded, low, s)
    )


# (one of these patterns matches in the article wherever where_bought answers yes: non_givers.not_a_giver
# asks it nothing in an article without any of their words)
WHERE_BOUGHT_NEEDS = (
    _BOUGHT_AFTER, _BOUGHT_IN_BEFORE, _STOCKS_AFTER, _BOUGHT_FROM_FRENCH_STOCKS_BEFORE, _BUY_VERB_BEFORE,
)


def a_place(full: str, folded: str, donor: tuple[str, int, int]) -> bool:
    _, s, e = donor
    return bool(
        (locative(full, folded, s) and not OWN_AID_AFTER.match(folded, e))
        or compared(folded, s, e)
        or PLACE_AFTER.match(folded[e : e + 24])
        or at_a_border(folded, s, e)
    )
