"""A government told without its country ("the government", "le gouvernement", "die Regierung") in
an article about a parliament: the government that chamber's motion or vote addresses, that is
the chamber's country. Pure.

Wire copy on a vote names the chamber with its country once ("Canada's House of Commons",
"L'Assemblée nationale", "der polnische Sejm") and then tells what its members urge of "the
government" ("a motion urging the government to give Ukraine the CF-18s", "une proposition de
résolution qui invite le gouvernement à livrer des missiles SCALP"). Without this the sentence
borrowed the last donor named before, which may be an organisation or another state in
between ("la Hongrie a opposé son veto ... de la Facilité européenne pour la paix").
The government is read as the country of the nearest chamber named before it, when that
chamber's country can be told (the chamber is a donor's name, or a donor's name stands right
before or after it); a country named beside the word itself ("the Dutch government", "le
gouvernement polonais") is the entity lists' business. Another donor named between
the chamber and the government ("Germany's Bundestag debated ... Britain said ... The government
also promised") leaves the government to the sentence's reading (the last donor), unless the government's own sentence
tells a motion or resolution urging it: that is the chamber's business whatever stands between.
"""

from __future__ import annotations

from bot.core.text.lazy_pattern import lazy

Name = tuple[str, int, int]

# (folded text) a government by its common noun alone, not followed by whose it is ("the
# government of Canada", "le gouvernement de M. X", "die Regierung in Warschau")
_BARE_GOVERNMENT = lazy(
    r"\b(?:the government|le gouvernement|die regierung|der regierung)\b(?!\s*(?:of|de|du|d'|des|von|in|'s)\b)"
)
# A parliament chamber, by a name common to many countries or by its own (folded text).
_CHAMBER = lazy(
    r"\b(?:house of commons|house of representatives|senate|parliament|congress|assemblee nationale|senat|parlement|"
    r"chambre des (?:communes|deputes|representants)|parlament|bundestag|reprasentantenhaus|unterhaus|"
    r"sejm|storting|riksdag|folketing|eduskunta|tweede kamer|lower house|upper house)\b"
)
# A country's name or adjective right before its chamber ("Canada's House of Commons", "the Dutch
# parliament", "der polnische Sejm") or right after it ("le Parlement néerlandais", "l'Assemblée
# nationale de Bulgarie"). (folded text, between the two)
# A motion or resolution told before the government in its sentence: the chamber's members urge it
# ("une proposition de résolution ... qui invite le gouvernement", "a motion urging the government").
_MOTION_IN_ITS_SENTENCE = lazy(
    r"\b(?:motion|resolution|proposition de resolution|(?:entschliessungs)?antrag\w*)\b"
)
_OWNER_BEFORE = lazy(r"\w{0,3}(?:'s)?\s+")
_OWNER_AFTER = lazy(r"\s+(?:(?:of|of the|de|du|des)\s+|d')?")


def bare_governments(folded: str, donors: list[Name], others: list[Name], countries: frozenset[str]) -> list[Name]:
    """(code, start, end) of each government told bare after a chamber whose country is known,
    as a mention of that country; `donors` are the donor names the article reads (a chamber may be
    one: "Assemblée nationale", "Bundestag"), `others` every other country's or Ukraine's name, `countries`
    the codes of the donors that are countries (the European Parliament's "government" is none)."""
    found: list[Name] = []
    chambers: list[tuple[int, int, str | None]] = []  # (where, end with its owner, country), None when not told
    for chamber in _CHAMBER.finditer(folded):
        s, e = chamber.start(), chamber.end()
        owners = {
            code for code, ds, de in (*donors, *others)
            if ds <= s < de
            or (de <= s and _OWNER_BEFORE.fullmatch(folded, de, s))
            or (ds >= e and _OWNER_AFTER.fullmatch(folded, e, ds))
        }
        # (a chamber of a country that gives nothing, "the Knesset", "Japan's House of
        # Representatives", or of two named beside it, tells no donor's government)
        givers = (owners - {code for code, _, _ in others}) & countries
        owner_end = max((de for code, ds, de in (*donors, *others) if code in owners and ds >= e), default=e)
        chambers.append((s, owner_end, next(iter(givers)) if len(owners) == 1 and givers else None))
    if not any(owner for _, _, owner in chambers):
        return found
    for government in _BARE_GOVERNMENT.finditer(folded):
        s, e = government.start(), government.end()
        if any(e < ds <= e + 2 for _, ds, _ in (*donors, *others)):
            continue  # "le gouvernement polonais", "le gouvernement ukrainien": named by the lists
        before = [(end, owner) for at, end, owner in chambers if at < s]
        if not before or before[-1][1] is None:
            continue
        chamber_end, owner = before[-1]
        named_between = any(chamber_end <= ds < s and code != owner for code, ds, _ in donors)
        if named_between and not _MOTION_IN_ITS_SENTENCE.search(folded, _sentence_start(folded, s), s):
            continue
        found.append((owner, s, e))
    return found


def the_only_countrys_government(
    folded: str, donors: list[Name], others: list[Name], countries: frozenset[str], body_start: int
) -> list[Name]:
    """(code, start, end) of each government told bare in the body of an article whose donor names,
    headline and dateline included, are all of one country, as a mention of that country: "BRUSSELS -
    The government has approved ..." under a headline naming Italy, a NATO meeting in the same
    sentence; "The government said the first launchers had reached Ukraine" after a court's ruling
    on Norway's promise. An organisation named beside it is no country and leaves it so; a second
    country named anywhere, another country that gives nothing named before it (its government may
    be that one's), or a chamber named before it (bare_governments above) leaves the sentence to its
    own reading. `others`: every other country's name, Ukraine's not (a recipient named in passing)."""
    codes = {code for code, _, _ in donors if code in countries}
    if len(codes) != 1 or _CHAMBER.search(folded) is not None:
        return []
    (owner,) = codes
    found: list[Name] = []
    for government in _BARE_GOVERNMENT.finditer(folded, body_start):
        s, e = government.start(), government.end()
        if any(e < ds <= e + 2 for _, ds, _ in (*donors, *others)) or any(ds < s for _, ds, _ in others):
            continue  # "le gouvernement polonais": named by the lists; "Hungary ... the government": Hungary's
        found.append((owner, s, e))
    return found


def _sentence_start(folded: str, at: int) -> int:
    stop = max(folded.rfind(". ", 0, at), folded.rfind("\n", 0, at))
    return stop + 1 if stop >= 0 else 0


# (folded text) a parliament by its common noun alone, not followed by whose it is ("le Parlement
# européen", "the parliament of Latvia", "das Parlament in Riga")
_BARE_PARLIAMENT = lazy(
    r"\b(?:the parliament|le parlement|das parlament)\b"
    r"(?!\s*(?:of|de|du|d'|des|von|in|'s|europeen\w*|european|europaische\w*)\b)"
)


# (folded text) Ukraine's own parliament: "Ukraine's parliament", "le Parlement ukrainien", "das ukrainische Parlament",
# "the Verkhovna Rada"
_UKRAINES_PARLIAMENT = lazy(
    r"\b(?:ukraine's|ukrainian|ukrainische[ns]?)\s+(?:parliament|parlament)\b|"
    r"\b(?:parlement|parliament|parlament)\s+(?:ukrainien|of ukraine|de l'ukraine|der ukraine)\b|\brada\b"
)


def the_only_countrys_parliament(
    folded: str, donors: list[Name], others: list[Name], countries: frozenset[str], ukraine: list[Name]
) -> list[Name]:
    """(code, start, end) of each parliament told bare in an article whose country names are all of
    one country, its chambers' included, as a mention of that country: "Le Parlement a définitivement
    adopté le budget des armées ..." when the item names only "l'Assemblée nationale" (France's),
    review 64. It is told with its article ("Ukraine's parliament" is Ukraine's); an adjective or name
    right beside it ("le Parlement néerlandais", "the parliament of Latvia", "le Parlement ukrainien") is
    the lists' business; a second country, or any other country named anywhere (the parliament may be
    that one's), leaves it unread. `ukraine`: Ukraine's names, which may stand beside it."""
    codes = {code for code, _, _ in donors if code in countries}
    if len(codes) != 1 or others or _UKRAINES_PARLIAMENT.search(folded):
        return []  # (Ukraine's own parliament named: the bare one may be it)
    (owner,) = codes
    found: list[Name] = []
    for parliament in _BARE_PARLIAMENT.finditer(folded):
        s, e = parliament.start(), parliament.end()
        if any(e <= ds <= e + 2 or s - 4 <= de <= s for _, ds, de in (*donors, *ukraine)):
            continue  # "le Parlement néerlandais", "Latvia's parliament": named by the lists
        found.append((owner, s, e))
    return found
