"""Which donor words may give: not a place, a maker, a comparison, a speaker, a scheme's
owner or leader, an organisation describing its member ("the first NATO ally"), private
people ("U.S. veterans"), a donor in a relative clause ("qui ont rejoint l'Otan,"); the
words before a group of donors speak for all its members; a firm and its nationality give
way to a government the sentence names beside them."""

from __future__ import annotations

from collections.abc import Callable

from bot.core.pledges.donors.conversions import CONVERSION_NEEDS, names_a_converted_currency
from bot.core.pledges.donors.datelines import DATELINE
from bot.core.pledges.donors.loan_shares import LOAN_SHARE_NEEDS, names_the_loan_shared
from bot.core.pledges.donors.donor_groups import COORDINATION
from bot.core.pledges.donors.donor_places import (
    AT_A_BORDER_NEEDS, COMPARED_NEEDS, OWN_AID_AFTER, PLACE_AFTER, WHERE_BOUGHT_NEEDS, at_a_border, compared, locative,
    where_bought,
)
from bot.core.pledges.donors.makers import (
    MAKER_BEFORE, MAKER_REACH, NAMES_A_MAKER_NEEDS, NAMES_AN_INDUSTRY_NEEDS, ORIGIN_OF_WEAPONS_NEEDS, names_a_firm,
    names_a_maker, names_an_industry, origin_of_weapons,
)
from bot.core.pledges.donors.schemes import (
    LEADS_A_SCHEME_NEEDS, MEETING_OF_BEFORE, MEETING_OR_LEADING_NEEDS, OWNS_A_SCHEME_NEEDS, PAID_INTO_A_FUND_NEEDS,
    leads_a_scheme, led_by_before, led_in_a_clause, owns_a_scheme, paid_into_a_fund,
)
from bot.core.pledges.donors.slanted_parties import (
    ALLIANCE_CAPITALS_AFTER, ALLIANCE_CAPITALS_BEFORE, ALLY_IN_APPOSITION_BEFORE, ALLY_WORD_CLOSING_AFTER,
    ALLY_WORD_OPENING_BEFORE, alliance_of_capitals, is_the_apposition_s_ally_word, names_the_givers_ally,
)
from bot.core.pledges.donors.speakers import (
    CHAIRS_A_MEETING_NEEDS, WELCOMES_AFTER_NEEDS, chairs_a_meeting, welcomes_after,
)
from bot.core.text.lazy_pattern import LazyPattern, lazy

# An organisation as a modifier of its member ("the first NATO ally", "un allié de
# l'Otan", "EU member"): the member is the subject, not the organisation.
# ("a NATO founding member", "membre fondateur", "Gründungsmitglied" read from "grundungs")
_MEMBER_AFTER = lazy(r"^\s*(?:-\s*)?(?:founding |fondateur |grundungs)?(?:ally|allies|member|members|partner|partners|country|countries|state|states|"
                           r"membre|membres|partenaire|partenaires|mitglied\w*|partner\w*|staat\w*|land|lander)\b")

# ... and its member named before it, in an apposition to the member: "Membre de l'Otan, la
# Turquie a fourni ...", "A NATO member, Turkey has ...", "As a member of the EU, Austria ...",
# "Als Nato-Mitglied hat die Türkei ..." (that word is the organisation's: "Nato-Mitglied").
_MEMBER_BEFORE = lazy(
    r"\b(?:membres?(?: fondateurs?)?|(?:founding )?members?|(?:grundungs)?mitglied(?:er|sstaat|sland)?|etats? membres?|"
    r"member states?|partenaires?|partners?|allies|allie|ally|verbundete\w*)\s+(?:de\s+l'|de\s+la\s+|du\s+|de\s+|d'|of\s+(?:the\s+)?|der\s+|des\s+)\s*$"
)


def givers_among(
    full: str, folded: str, donors: list[tuple[str, int, int]], is_firm: Callable[[str], bool]
) -> list[tuple[str, int, int]]:
    """The donors that may be givers. The words before a group of donors joined by
    "and" speak for all of them: "25 Leopard-1-Panzer aus Dänemark und Deutschland",
    "in Germany and France" (a place), not only for the first. `is_firm` says whether a
    donor's name (folded) is an arms maker's (Entities.is_firm)."""
    kept = []
    led_by: tuple[str, int, int] | None = None  # the first member of the current group
    last_end = 0
    for donor in donors:
        if led_by is None or not COORDINATION.match(folded[last_end : donor[1]]):
            led_by = donor
        last_end = donor[2]
        if not_a_giver(full, folded, donor) or (led_by is not donor and _not_a_giver_before(full, folded, led_by)):
            continue
        kept.append(donor)
    # A firm and its nationality ("Czech arms maker Excalibur Army", "German arms maker
    # Rheinmetall", "le groupe français KNDS", "der tschechische Rüstungskonzern CSG") give
    # way to a government the sentence names beside them: the one paying the firm.
    # (a dateline's city, "PRAGUE (Reuters) -", is where the news was filed: no such government)
    firms = [d for d in donors if names_a_firm(folded, d, is_firm)]
    dateline = DATELINE.match(full)
    paying = [d for d in kept if d not in firms and not (dateline and d[2] <= dateline.end())]
    if firms and paying:
        kept = paying
    return kept


def _not_a_giver_before(full: str, folded: str, donor: tuple[str, int, int]) -> bool:
    """What the words before a donor say of it: a place, a maker, a comparison, a leader
    ("coordinated by Latvia and the United Kingdom")."""
    _, s, e = donor
    return bool(
        locative(full, folded, s) or MAKER_BEFORE.search(folded[max(0, s - MAKER_REACH) : s]) or compared(folded, s, e)
        or led_by_before(folded, s)
    )


def not_a_giver(full: str, folded: str, donor: tuple[str, int, int]) -> bool:
    """A donor word that names a place visited or a maker, not the giver."""
    code, s, e = donor
    may = _CHECKS.that_may_answer(folded)  # (the checks whose words the article holds: see below)
    return bool(
        (locative(full, folded, s) and not OWN_AID_AFTER.match(folded, e))
        or ("maker" in may and names_a_maker(folded, donor))
        or ("industry" in may and names_an_industry(folded, s, e))
        or ("compared" in may and compared(folded, s, e))
        or ("base" in may and PLACE_AFTER.match(folded[e : e + 24]))
        or ("border" in may and at_a_border(folded, s, e))
        or (code in ("NATO", "EU", "G7") and "member" in may and (
            _MEMBER_AFTER.match(folded[e : e + 16]) or _MEMBER_BEFORE.search(folded, max(0, s - 24), s)
        ))
        or ("welcomes" in may and welcomes_after(folded, e))
        or private_group(folded, donor)
        or ("request" in may and _REQUEST_FOR_THINGS_AFTER.match(folded, e))
        or ("customers" in may and names_customers(folded, donor))
        or ("relative" in may and _in_relative_clause(folded, s))
        or ("bought once" in may and _bought_them_once(folded, s, e))
        or ("owns a scheme" in may and owns_a_scheme(folded, s, e))
        or ("fund" in may and paid_into_a_fund(folded, s, e))
        or ("leads a scheme" in may and leads_a_scheme(folded, s, e))
        or ("weapons" in may and origin_of_weapons(folded, s, e))
        or ("bought where" in may and where_bought(folded, s, e))
        # (the currency of a sum converted in brackets: "(about US$360 million)", conversions.py)
        or ("conversion" in may and names_a_converted_currency(folded, s, e))
        # (the group whose loan a country pays its share of: "seinen Anteil am G7-Kredit", loan_shares.py)
        or ("loan share" in may and names_the_loan_shared(folded, code, s, e))
        or ("chair" in may and chairs_a_meeting(full, folded, s, e))
        # (the ally an apposition calls the giver, "NATO capitals": slanted_parties.py)
        or ("ally" in may and names_the_givers_ally(folded, s))
        or (code == "ALLIES" and "ally word" in may and is_the_apposition_s_ally_word(folded, s, e))
        or (code in ("NATO", "EU", "G7") and "capitals" in may and alliance_of_capitals(folded, s, e))
        or (code == "ALLIES" and "meeting or leading" in may and (
            bool(MEETING_OF_BEFORE.search(folded, max(0, s - 40), s)) or led_in_a_clause(folded, s, e)
        ))
    )


class _ChecksInAnArticle:
    """The checks of not_a_giver that may answer yes in an article, named by what they look for.

    Each check answers yes only where one of its patterns matches, and each match holds one
    of the literals the pattern's parse tree names (`LazyPattern.absent_from_article`). An
    article holding none of a check's literals (the article gate's set, read once an article)
    has no donor the check could take: it is not asked for any of them. not_a_giver runs for
    every donor word, ~10 an article, with ~19 checks each, most of them on windows whose words
    the article does not hold: the answers are the same, with fewer calls. (The place words
    read on the original text's lower case and the private groups' word lists are no patterns
    on the folded article: always asked.)"""

    def __init__(self, needs: dict[str, tuple[LazyPattern, ...]]):
        self.needs = needs
        # (the last article and its checks, replaced whole: a thread reading another article
        # finds another string here and works its own out; the string is held, so its id is
        # not reused while it is here)
        self._last: tuple[str | None, frozenset[str]] = (None, frozenset())

    def that_may_answer(self, folded: str) -> frozenset[str]:
        article, names = self._last
        if article is folded:
            return names
        names = frozenset(
            name for name, patterns in self.needs.items()
            if not all(pattern.absent_from_article(folded) for pattern in patterns)
        )
        self._last = (folded, names)
        return names


# A nationality before a request for things names who asks, not who gives: "Brazil
# declines German request for tank ammunition", "a Dutch request for more shells",
# "die deutsche Bitte um Munition". (A request for leave to give is the asker's own giving,
# leave.py: "Poland's request for permission to send".)
_REQUEST_FOR_THINGS_AFTER = lazy(
    r"\s+(?:requests?|pleas?|appeals?|anfrage|bitte|ersuchen|gesuch)\s+(?:for|um|nach)\s+"
    r"(?!(?:permission|approval|leave|authori[sz]ation|(?:die |eine )?(?:genehmigung|erlaubnis|zustimmung))\b)"
)


# A nationality on customers names who buys from makers, not who gives: "have lost European
# customers", "ont perdu des clients européens", "europäische Kunden" (folded text).
_CUSTOMERS_AFTER = lazy(r"\s+(?:customers?|clients?|buyers?|kunden|abnehmer|kaufer)\b")
_CUSTOMERS_BEFORE = lazy(r"\b(?:clients?|clientes?|acheteurs?)\s+$")



def names_customers(folded: str, donor: tuple[str, int, int]) -> bool:
    """A nationality describing buyers ("Western customers", "des clients occidentaux", "westliche Kunden"):
    they buy, no state gives; nor may a sentence naming only them keep them as its giver."""
    _, s, e = donor
    return bool(_CUSTOMERS_AFTER.match(folded, e) or _CUSTOMERS_BEFORE.search(folded, max(0, s - 16), s))


# A donor inside a relative clause describes the subject, it does not give: "La Suède
# et la Finlande, qui ont rejoint l'Otan, ont annoncé", "Poland, which borders Belarus,
# will send". (German "der/die/das" are articles as often as pronouns: left out.)
_RELATIVE_OPENING = lazy(r",\s*(?:qui|which|who|whose|dont|lequel|laquelle|lesquels|lesquelles|welche[rsnm]?)\s[^,;:]*$")


def _in_relative_clause(folded: str, s: int) -> bool:
    # (the clause is closed by a comma within the sentence: a clause that runs to the
    # sentence's end may well name the giver, "the jets, which Kyiv begged its allies for")
    low = max(0, s - 60)
    if folded.find(",", low, s) < 0:
        return False  # (most donors have no comma before them: no pattern to run)
    opening = _RELATIVE_OPENING.search(folded, low, s)
    if opening is None or not _CLAUSE_CLOSED.match(folded, s, s + 80):
        return False
    # (French "dont" with no verb of its own is "including", a list of the things given and their givers:
    # "dont les PzH 2000 allemands et les Caesar français, mais ...")
    return not (_DONT_OPENING.match(folded, opening.start()) and not _FRENCH_VERB.search(folded, opening.end(), s + 80))


_CLAUSE_CLOSED = lazy(r"[^.!?;:\n]*,")
_DONT_OPENING = lazy(r",\s*dont\s")
_FRENCH_VERB = lazy(
    r"\b(?:a|ont|avait|avaient|aura|auront|est|sont|etait|etaient|sera|seront|fait|font|possede\w*|dispose\w*)\b"
)


# A buyer in a relative clause of the past names who owns the things, not who gives them: "the
# re-export to Ukraine of 12 Gepard guns that Brazil bought in 2013", "que le Brésil avait achetés",
# "die Brasilien 2013 gekauft hatte" (the re-export's approval is the approver's; the owner's own
# giving is told by a verb of its own). Not a purchase for Ukraine ("that Germany bought for Kyiv").
_RELATIVE_JUST_BEFORE = lazy(r"\b(?:that|which|que|qu'|die|welche|den|das)\s*(?:the\s+|le\s+|la\s+|l')?$")
_BOUGHT_AFTER = lazy(
    r"\s+(?:(?:had|has|avait|a|ont|avaient)\s+)?(?:bought|purchased|acquired|achete\w*|acquis\w*)\b|"
    r"[^,.;:!?\n]{0,40}?\b(?:gekauft|erworben|angeschafft)\b"
)
_FOR_UKRAINE = lazy(r"\b(?:for (?:ukraine|kyiv|kiev)|pour (?:l'ukraine|kiev)|fur (?:die ukraine|kiew))\b")


def _bought_them_once(folded: str, s: int, e: int) -> bool:
    bought = _BOUGHT_AFTER.match(folded, e)
    if bought is None or not _RELATIVE_JUST_BEFORE.search(folded, max(0, s - 12), s):
        return False
    clause_end = _CLAUSE_END.search(folded, bought.end())
    return not _FOR_UKRAINE.search(folded, e, clause_end.start() if clause_end else len(folded))


_CLAUSE_END = lazy(r"[,.;:!?\n]")


# A nationality describing private people or groups names no government: "a group of
# U.S. veterans", "American volunteers", "deutsche Spender", "British analysts" (who
# estimate, and give nothing) (the word after it),
# "des bénévoles français" (the word before it). Word starts, compared
# without a pattern: this runs for every donor word.
_PRIVATE_AFTER = (
    "veterans", "volunteers", "citizens", "donors", "activists", "charit", "foundation", "crowdfund", "diaspora",
    "businessm", "bloggers", "freiwillige", "burger", "spender", "stiftung", "aktivist",
    # an association and its fundraiser: "eines deutschen Vereins", "a Dutch association"
    "verein", "hilfsverein", "hilfsorganisation", "association", "ngo",
    "analyst", "expert", "researcher", "think tank", "militarexpert",
    # the press reports, it gives nothing: "German media", "British newspapers", "deutsche Medien"
    "media", "press", "newspaper", "daily", "dailies", "tabloid", "broadcaster", "journalist", "medien", "presse",
    "zeitung", "journalist",
    # people blocking things on their way give nothing: "Polish farmers", "Hungarian truckers", "polnische
    # Landwirte", "slowakische Demonstranten" (the things are the government's the sentence names giving them)
    "farmer", "protester", "demonstrator", "haulier", "hauler", "trucker", "lorry driver", "truck driver",
    "landwirt", "bauer", "demonstrant", "spediteur", "fuhrunternehmer", "lkw-fahrer", "transportunternehmer",
)
_PRIVATE_MODIFIERS = frozenset(("military", "army", "private", "civilian", "retired", "former", "war"))
_PRIVATE_BEFORE = frozenset((
    "benevoles", "citoyens", "donateurs", "volontaires", "militants", "veterans", "association", "associations",
    "fondation", "fondations", "analystes", "experts", "chercheurs",
    # "selon la presse allemande", "les médias américains", "le quotidien britannique"
    "presse", "medias", "media", "journaux", "journal", "quotidien", "quotidiens", "journalistes", "television",
    # a private campaign and whoever runs it: "une collecte citoyenne polonaise", "une cagnotte
    # lituanienne", "lancée par un animateur de radio polonais", "un journaliste lituanien"
    "journaliste", "radio", "animateur", "animatrice", "animateurs", "youtubeur", "youtubeuse", "blogueur",
    "blogueuse", "influenceur", "influenceuse", "citoyenne", "citoyennes", "collecte", "collectes", "cagnotte",
    "cagnottes", "participatif", "participative",
    # ... and those blocking things: "des agriculteurs polonais", "des routiers hongrois"
    "agriculteurs", "paysans", "manifestants", "routiers", "camionneurs", "transporteurs", "chauffeurs",
))


# Of those, the private people who raise or give money themselves (not the press or analysts,
# who only tell of a giving): a sentence naming only them borrows no earlier giver.
_PRIVATE_GIVERS_AFTER = (
    "volunteers", "donors", "charit", "foundation", "crowdfund", "diaspora", "freiwillige", "spender", "stiftung",
    "verein", "hilfsverein", "hilfsorganisation", "association", "ngo",
)
_PRIVATE_GIVERS_BEFORE = frozenset((
    "benevoles", "donateurs", "volontaires", "association", "associations", "fondation", "fondations", "collecte",
    "collectes", "cagnotte", "cagnottes", "citoyenne", "citoyennes",
))


def private_fundraiser(folded: str, donor: tuple[str, int, int]) -> bool:
    """A nationality describing private people who raise or give money ("eines deutschen
    Vereins", "American volunteers", "une cagnotte lituanienne")."""
    _, s, e = donor
    after = folded[e : e + 40].split()[:2] if folded[e : e + 1].isspace() else []
    if after and after[0] in _PRIVATE_MODIFIERS:
        after = after[1:]
    if after and after[0].startswith(_PRIVATE_GIVERS_AFTER):
        return True
    before = folded[max(0, s - 24) : s].split()
    return bool(before) and folded[s - 1 : s].isspace() and before[-1] in _PRIVATE_GIVERS_BEFORE


def private_group(folded: str, donor: tuple[str, int, int]) -> bool:
    """A nationality describing private people or groups (see _PRIVATE_AFTER)."""
    _, s, e = donor
    after = folded[e : e + 40].split()[:2] if folded[e : e + 1].isspace() else []
    if after and after[0] in _PRIVATE_MODIFIERS:
        after = after[1:]  # "U.S. military veterans", "private donors"
    if after and after[0].startswith(_PRIVATE_AFTER):
        return True
    before = folded[max(0, s - 24) : s].split()
    return bool(before) and folded[s - 1 : s].isspace() and before[-1] in _PRIVATE_BEFORE


_CHECKS = _ChecksInAnArticle({
    "maker": NAMES_A_MAKER_NEEDS,
    "industry": NAMES_AN_INDUSTRY_NEEDS,
    "compared": COMPARED_NEEDS,
    "base": (PLACE_AFTER,),
    "border": AT_A_BORDER_NEEDS,
    "member": (_MEMBER_AFTER, _MEMBER_BEFORE),
    "welcomes": WELCOMES_AFTER_NEEDS,
    "request": (_REQUEST_FOR_THINGS_AFTER,),
    "customers": (_CUSTOMERS_AFTER, _CUSTOMERS_BEFORE),
    "relative": (_RELATIVE_OPENING,),
    "bought once": (_BOUGHT_AFTER,),
    "owns a scheme": OWNS_A_SCHEME_NEEDS,
    "fund": PAID_INTO_A_FUND_NEEDS,
    "leads a scheme": LEADS_A_SCHEME_NEEDS,
    "weapons": ORIGIN_OF_WEAPONS_NEEDS,
    "bought where": WHERE_BOUGHT_NEEDS,
    "conversion": CONVERSION_NEEDS,
    "loan share": LOAN_SHARE_NEEDS,
    "chair": CHAIRS_A_MEETING_NEEDS,
    "meeting or leading": MEETING_OR_LEADING_NEEDS,
    "ally": (ALLY_IN_APPOSITION_BEFORE,),
    "ally word": (ALLY_WORD_OPENING_BEFORE, ALLY_WORD_CLOSING_AFTER),
    "capitals": (ALLIANCE_CAPITALS_AFTER, ALLIANCE_CAPITALS_BEFORE),
})
