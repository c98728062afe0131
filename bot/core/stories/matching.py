"""The story matcher: many outlets, one event, one alert.

Each article is reduced to a small `StoryFingerprint`:
- names: people, places, weapon systems, designations (F-16), amounts ($2bn);
- terms: significant content words, lightly stemmed;
- phrases: pairs of neighbouring content words ("rythme production"), sampled the
  same way in every article, so two long reports quoting one sentence find it;
- headline: the names in the title, i.e. who gives what.

Why this works on this beat: every aid story says "Ukraine", "Russia", "NATO",
"weapons", "tanks", "package"; what tells two events apart is *who* gives *what*
(Germany / Leopard / Pistorius versus United States / Patriot / Austin). So the
ubiquitous words weigh little, weapon systems weigh most, and a story whose headline
names a donor or system that the other article never mentions is scaled down hard.
Which words are countries, capitals, seats of government and weapon systems comes from
config/entities.toml, handed in as `Entities` (the core reads no files): a country's
names and adjectives in English, French and German are one key ("allemand",
"Deutschland" and "German" are all "DE"), its capital another ("Berlin", "@DE") that
stands for it in a headline; see _CAPITAL_MARK for every kind of key.

Costs are bounded: only the first `_MAX_TEXT_CHARS` characters (and `_MAX_WORDS`
words) are read, since wire stories put the event in the lead, and each feature set
is capped, so one fingerprint costs about 1-3 KB of JSON. A story keeps its first
report's fingerprint, the event evidence of up to MAX_MEMBERS joining reports and the
words of the first MAX_TEXT_MEMBERS of them (so at most about 20 KB), and a newcomer
is compared with each of those reports.

The weights were chosen on the pairs in tests/test_stories.py. Text similarity is only
half of the decision: SAME_STORY_THRESHOLD (0.15) is a floor on it (EVENT_KEY_SIMILARITY,
0.05, when the two share a fact that names one event on its own), and whether two reports
may be one event at all is decided on their event evidence (bot/core/stories/events.py: who
gives what, in which phase, on which day); see `_story_score`.
"""

from __future__ import annotations

import html
import json
import math
import re
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from typing import NamedTuple

from bot.core.models import Pledge
from bot.core.pledges.entities import Entities
from bot.core.stories import legacy_keys
from bot.core.stories.events import EventEvidence, compare, event_evidence
from bot.core.text import fold

MAX_NAMES = 60
MAX_TERMS = 120
MAX_PHRASES = 100
MAX_HEADLINE = 12
MAX_MEMBERS = 24
# Words are kept for fewer members: each costs 1-3 KB of JSON (see the module docstring).
MAX_TEXT_MEMBERS = 6
# Wire stories put the event in the first paragraphs; the tail adds background that
# other stories share too. Reading a bounded prefix also bounds the cost.
_MAX_TEXT_CHARS = 12_000
_MAX_TITLE_CHARS = 1_000
# And a bound on words, for texts made of one-letter scraps.
_MAX_WORDS = 2_500
# A title word counts as this many body occurrences: the title is the event.
_TITLE_COUNT = 3
# The lead: words this early in the text count even when mentioned once.
_LEAD_WORDS = 60

# Ubiquitous words still count a little (two NATO stories share more than "NATO").
_GENERIC_WEIGHT = 0.3
# Donor countries and capitals: more telling than "Ukraine", but one government makes
# several announcements a day.
_PLACE_WEIGHT = 0.5
# Weapon systems and designations say *what* is given, which is what sets two
# announcements by one government apart; a bare count ("14") could be anything.
_SYSTEM_WEIGHT = 1.5
_COUNT_WEIGHT = 0.5
# Names (who, what system, how much) and ordinary content words share the score equally.
_NAME_SHARE = 0.5
# Between overlap-of-the-smaller (0.0) and cosine (0.5): a short feed summary should be
# able to match a long article that contains it, without letting a long article match
# everything.
_SIZE_BALANCE = 0.3
# Below these weights a set is too small to be judged on its own size: two stories
# sharing only "Ukraine" and "Russia" (weight 0.6) must not score 1.0.
_NAME_FLOOR = 2.0
_TERM_FLOOR = 4.0
_PHRASE_FLOOR = 10.0
# Shared phrases are rare between different events, so they add to the score.
_PHRASE_BONUS = 1.0
# Specific shared evidence (about one system plus a name, or six distinctive words)
# below which the score is scaled down.
_EVIDENCE_NEEDED = 3.0
# What is left of the score when a headline's names are all missing from the other
# article (or the two headlines name different donor countries).
_UNCOVERED = 0.3

SAME_STORY_THRESHOLD = 0.15
# Reports that agree on their pledges (story_events: same donors, kinds of item and
# status) are one event when published this close to the story's first report (copies of
# one announcement land within a day, across time zones and overnight editions; the same
# donor's next announcement of the same kind comes days later) and at least this alike in
# wording (two announcements of the same kind on one busy day still differ in their words).
PLEDGE_AGREEMENT_WINDOW = timedelta(hours=36)
PLEDGE_AGREEMENT_SIMILARITY = 0.3
# Text this alike is one report copied or updated (see _story_score).
NEAR_COPY = 0.8
# Late reports: weeklies, regional papers and aggregators re-tell an announcement days after
# the wire did, in much the same words. Beyond the story window (up to LATE_REPORT_REACH
# times it: 7 days at the default 48 hours) a report still joins a story when it agrees with
# it on the pledges (the same donors, kinds of item and status, no other numbers) and is this
# alike in wording: well above what two agreeing announcements of one donor a few days apart
# share (a pledge and the next one of the same kind are worded differently).
LATE_REPORT_REACH = 3.5
LATE_REPORT_SIMILARITY = 0.45
# Reports that name the same event by a fact only it has (story_events.event_keys_shared:
# the same counted pledge, the first delivery of a system) are one story at this much
# likeness already: a translation or a rewrite shares little more than the names. Below it
# they share no name or distinctive word at all, which a report of the same event does.
EVENT_KEY_SIMILARITY = 0.05


def late_report_reach(window: timedelta) -> timedelta:
    """How far from a story's first report a late report may be (see LATE_REPORT_REACH)."""
    return window * LATE_REPORT_REACH


# --- word lists ------------------------------------------------------------------------
# The stop words and _stem below stay here rather than coming from a library (simplemma
# lemmatises the rules' words): the weights and thresholds were tuned on these exact
# terms, and replacing them was not measured as better on the real-article set.

_STOPWORDS_EN = """
a about above after again against all also although am an and any are around as at be
because been before being below between both but by can could did do does doing down
during each even ever every few for from further had has have having he her here hers
him his how however i if in into is it its itself just last least less many may me
might more most much must my near new next no nor not now of off on once one only or
other our ours out over own per same several she should since so some still such than
that the their theirs them then there these they this those though three through thus
to too two under until up upon us very was we well were what when where whether which
while who whom whose why will with within without would yet you your yours
said says say saying told tell according added including included latest today
yesterday week weeks year years month months day days time first second also already
""".split()
_STOPWORDS_FR = """
a afin ai ainsi alors apres au aucun aujourd aussi autre autres aux avait avant avec
avoir c ca car ce ceci cela celle celles celui ces cet cette ceux chaque chez comme
comment contre d dans de depuis des deux dont du elle elles en encore entre est et etaient
etait ete etre eu fait faire fois hier il ils j je jusqu l la le les leur leurs lors
lui m ma mais me meme mes moins mon n ne ni nos notre nous on ont ou par parce pas
pendant peu peut plus plusieurs pour pourrait pourquoi quand que quel quelle quelles
quels qui quoi s sa sans se selon sera seront serait ses si sinon son sont sous sur t ta
te tes toi ton tous tout toute toutes tres trois tu un une vers vos votre vous y
dit dire declare indique affirme assure ajoute explique estime souligne notamment aussi
deja toujours encore desormais semaine semaines an ans annee annees jour jours mois
premier premiere dernier derniere cours afin tandis lorsque puis donc alors
""".split()
_STOPWORDS_DE = """
aber als also am an auch auf aus bei beim bereits bis bisher da dabei damit dann das
dass dazu dem den denen der des dessen die dies diese diesem diesen dieser dieses doch
dort drei durch ein eine einem einen einer eines er erst es etwa fur gegen gibt hat hatte
hatten habe haben hier ihm ihn ihnen ihr ihre ihrem ihren ihrer im in ins ist jedoch
jetzt kann kein keine keinen konnen konnte man mehr mit muss mussen nach nicht noch nun
nur ob oder ohne rund schon sei sein seine seinem seinen seiner seit sich sie sind so
soll sollen sollte sowie uber um und uns unter vom von vor war waren wegen weil weiter
weitere weiteren wenn werde werden wie will wir wird wo wollen worden wurde wurden zu zum
zur zwei zwischen sagte sagt teilte erklarte laut heute gestern woche wochen jahr jahre
jahren monat monate tag tage tagen
""".split()
_STOPWORDS = frozenset(_STOPWORDS_EN + _STOPWORDS_FR + _STOPWORDS_DE)

# Markers for guessing German, where every noun is capitalised and capitals say little.
_DE_MARKERS = frozenset("der die das und ist nicht mit den dem des ein eine wird werden auf sich im".split())
_FR_MARKERS = frozenset("le la les et des du une est dans pour que qui au aux".split())
_EN_MARKERS = frozenset("the and of to is was in for that with on has have".split())

# Words nearly every aid story contains, in folded natural form (stemmed at import).
_GENERIC_WORDS = """
war wars guerre krieg kriegs weapon weapons arms arme armes armement armements waffe waffen
military militaire militaires militar militarische aid aide aides hilfe hilfen support
soutien soutenir unterstutzung unterstutzen help assistance defence defense defenses
verteidigung security securite sicherheit minister ministre ministres ministerin
president presidente prasident government gouvernement regierung country countries pays
land lander ally allies allie verbundete partner partners partenaires western
occidental occidentaux westlich westlichen deliver delivers delivered delivery deliveries
livraison livraisons livrer livre livree livrees liefern lieferung lieferungen geliefert
supply supplies fournir fourniture fournitures send sending envoyer envoi senden schicken
provide provides providing pledge pledged pledges promise promised promesse promis
promises zusage zugesagt announce announced announcement annonce annonces annoncer
ankundigen angekundigt package packages paquet paket pakete equipment equipement
equipements ausrustung troops troupes truppen forces force army armee armees soldiers
soldats soldaten invasion conflict conflit konflikt offensive offensives attack attacks
attaque attaques angriff angriffe front billion billions milliard milliards milliarde
milliarden million millions millionen dollar dollars euro euros tank tanks char chars
panzer missile missiles rakete raketen system systems systeme systemes ammunition munition
munitions artillery artillerie air aerien aerienne new nouveau nouvelle nouveaux
nouvelles neue neuen officials responsables official kyiv kiev kiew battle combat kampf
approve approved approval prime premier chancellor chancelier secretary secretaire
spokesman spokeswoman spokesperson
monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi
vendredi samedi dimanche montag dienstag mittwoch donnerstag freitag samstag sonntag
january february march april june july august september october november december
janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
januar februar marz juni juli oktober dezember
""".split()

# Countries, capitals, seats of government and weapon systems come from
# config/entities.toml (handed in as `Entities`, see _vocabulary). What stays here is
# what only story matching needs: the beat's ubiquitous words above, and which actors
# every aid story names. Their names (Ukraine, Kyiv, Zelensky; Russia, Putin; NATO; the
# EU) weigh as little as "weapons": naming them says nothing about which announcement a
# report is about.
_GENERIC_ACTORS = frozenset({"UA", "RU", "NATO", "EU"})
# How a name is keyed in a fingerprint. Every key says by itself what it is, so two
# stored fingerprints are compared without the entity lists:
# - a place is keyed by its code in config/entities.toml: "DE" for Germany, Allemagne,
#   deutsch*; "@DE" for its capital (Berlin) and "^DE" for its seats of government
#   (Pentagon, Élysée). Capital and seats stand for the country in a headline, but
#   "Paris", "Élysée" and "France" in one report are three mentions, as distinct as
#   three names;
# - a place that is nobody's donor name (Iran, Belarus; Brussels, where ministers
#   meet) has "~" before its code: a place, never a donor country;
# - the other names of a generic actor (its leaders and officials: "Zelensky",
#   "Stoltenberg") are its code and the name ("UA:zelensky"): each a name of its own,
#   weighing as little as the actor;
# - a weapon system is "#" and the word written ("#leopard", "#scalp", "#storm-shadow":
#   one system's names in two languages stay two names, as they always were here;
#   unifying them would shift every weight tuned on them);
# - every other name is a folded word (lower case): people, firms, designations (f16),
#   amounts.
_CAPITAL_MARK = "@"
_SEAT_MARK = "^"
_NOT_A_DONOR_MARK = "~"
_PLACE_MARKS = (_CAPITAL_MARK, _SEAT_MARK, _NOT_A_DONOR_MARK)
_ACTOR_NAME_SEPARATOR = ":"
_SYSTEM_MARK = "#"
# Stored with every fingerprint since names are keyed so; one without it has the old
# keys (see StoryFingerprint.from_json).
_KEYS_VERSION = 2

# In German text a capitalised word is usually a noun; these endings mark the common
# ones (Lieferung, Regierung, Verteidigungsminister, Flugabwehrsystem) so they are
# read as words, not names. Very long capitalised words are compounds too.
_GERMAN_NOUN_ENDINGS = tuple(
    """ung ungen heit heiten keit keiten schaft schaften tion tionen ismus tat taten nis
    nisse minister ministerium kanzler kanzlerin regierung panzer system systeme waffe
    waffen abwehr hilfe paket pakete milliarde milliarden million millionen soldat
    soldaten truppen krieg angriff angriffe fahrzeug fahrzeuge rakete raketen munition
    land lander staat staaten prasident sprecher sprecherin zeit ende teil seite front
    armee kilometer kilometern euro dollar typ hersteller industrie bestand bestanden
    einheit einheiten telefonat drohne drohnen korper gerat gerate bericht berichten
    woche wochen jahr jahre monat monate tag tage""".split()
)
_GERMAN_NAME_MAX_LEN = 14

# Magnitude words after a number: "$2bn", "2 milliards", "1,5 Milliarden" all mean 2e9-ish.
_MAGNITUDES = {
    "bn": 1e9, "billion": 1e9, "billions": 1e9, "milliard": 1e9, "milliards": 1e9,
    "milliarde": 1e9, "milliarden": 1e9, "mrd": 1e9, "md": 1e9, "mds": 1e9,
    "m": 1e6, "mn": 1e6, "mio": 1e6, "million": 1e6, "millions": 1e6, "millionen": 1e6,
}
# Units glued to their number so "35 mm" and "35mm" agree.
_UNITS = {
    "mm": "mm", "km": "km", "kilometre": "km", "kilometres": "km", "kilometers": "km", "kilometern": "km",
}


def _stem(word: str) -> str:
    """Light stemming: drop a plural "s", then keep 6 letters. Crude, but it joins
    inflections in all three languages (livraison/livraisons, accelerer/accelere,
    Lieferung/Lieferungen) at no cost, and the names carry the precision."""
    if len(word) > 4 and word.endswith("s"):
        word = word[:-1]
    return word[:6]


_GENERIC_TERMS = frozenset(_stem(w) for w in _GENERIC_WORDS) | {
    mark + code for code in _GENERIC_ACTORS for mark in ("", _CAPITAL_MARK, _SEAT_MARK)
}


@dataclass(frozen=True, slots=True)
class _Vocabulary:
    """What the scanner reads from the entity lists, in its own terms (folded words,
    several words joined by "-"), each name with its key (see _CAPITAL_MARK above):

    - forms: a place's name (the place itself, its capital, its seats of government)
      -> its key, the other names of a generic actor -> theirs ("UA:zelensky"), a
      system's name of several words ("storm-shadow") -> its key; a donor's people,
      firms and ministries are not read (Pistorius stays a name of his own);
    - exact: names that count only written so ("US", "UK", "EU", "Turkey");
    - stems: "deutsch*" -> DE, by their first four letters;
    - systems: a system's one-word name ("leopard", "irist", "scalp") -> its key
      ("#leopard");
    - generic_stems: the 6-letter stems of the one-word names of Ukraine and Russia,
      so that "Ukrainehilfe", "Ukrainekrieg" or "Putins" weigh as little as "Ukraine".
    """

    forms: dict[str, str]
    exact: dict[str, str]
    stems: dict[str, tuple[tuple[str, str], ...]]
    systems: dict[str, str]
    generic_stems: dict[str, str]
    starts: frozenset[str]  # the first words of the joined forms
    longest: int  # the most words of one joined form

    def place(self, word: _Word) -> str | None:
        """The key of the place or actor `word` names, if any."""
        key = self.exact.get(word.raw) or self.forms.get(word.folded)
        if key is not None or not self.stems:
            return key
        for prefix, code in self.stems.get(word.folded[:_MIN_STEM], ()):
            if word.folded.startswith(prefix):
                return code
        return None


_MIN_STEM = 4
# Whose names also come inflected or in compounds ("Putins", "Ukrainehilfe"); not the
# EU's, whose "Europeans" would make every "Europe" the EU.
_INFLECTED_ACTORS = frozenset({"UA", "RU"})
_NO_VOCABULARY = _Vocabulary({}, {}, {}, {}, {}, frozenset(), 1)
# Vocabularies by the id of their Entities (kept alive here, so the id stays theirs):
# the pipeline hands the same lists in for every article.
_VOCABULARIES: dict[int, tuple[Entities, _Vocabulary]] = {}


def _vocabulary(entities: Entities | None) -> _Vocabulary:
    if entities is None:
        return _NO_VOCABULARY
    cached = _VOCABULARIES.get(id(entities))
    if cached is None or cached[0] is not entities:
        if len(_VOCABULARIES) >= 8:
            _VOCABULARIES.clear()
        cached = _VOCABULARIES[id(entities)] = (entities, _build_vocabulary(entities))
    return cached[1]


def _build_vocabulary(entities: Entities) -> _Vocabulary:
    forms: dict[str, str] = {}
    exact: dict[str, str] = {}
    stems: dict[str, list[tuple[str, str]]] = {}
    generic_stems: dict[str, str] = {}

    def add(name: str, key: str, exact_case: bool) -> None:
        words = _name_words(name)
        if not words:
            return
        if exact_case and len(words) == 1:
            exact.setdefault(_clean(name), key)
        elif name.endswith("*") and len(words) == 1 and "-" not in words[0]:
            stems.setdefault(words[0][:_MIN_STEM], []).append((words[0], key))
        else:
            forms.setdefault("-".join(words), key)
        if key.split(_ACTOR_NAME_SEPARATOR)[0].lstrip("".join(_PLACE_MARKS)) in _INFLECTED_ACTORS:
            if len(words) == 1 and not exact_case:
                generic_stems.setdefault(_stem(words[0]), key)

    place_names: set[str] = set()
    for code, place in entities.places.items():
        donor_or_actor = code in entities.donors or code in _GENERIC_ACTORS
        own = code if donor_or_actor else _NOT_A_DONOR_MARK + code
        capital = _CAPITAL_MARK + code if donor_or_actor else own
        seat = _SEAT_MARK + code if donor_or_actor else own
        for names, key, exact_case in ((place.names, own, False), (place.case_sensitive, own, True),
                                       (place.capital, capital, False), (place.seats, seat, False)):
            for name in names:
                add(name, key, exact_case)
                place_names.add(name)
    # The rest of a generic actor's names of one word (its leaders and officials by
    # surname: "Zelensky", "Stoltenberg"): each a name of its own, as ubiquitous as the
    # actor. Longer ones ("membres de l'Otan", "NATO Secretary General") are left to
    # be read word by word, as any text: "Otan" is NATO, "membres" a word.
    actor_names = [*((code, name, False) for code in _GENERIC_ACTORS for name in entities.others.get(code, ())),
                   *(("UA", name, False) for name in entities.ukraine_names)]
    for code in _GENERIC_ACTORS & set(entities.donors):
        donor = entities.donors[code]
        actor_names += [(code, name, name in donor.case_sensitive) for name in (*donor.names, *donor.case_sensitive)]
    for code, name, exact_case in actor_names:
        words = _name_words(name)
        if name not in place_names and len(words) == 1 and "-" not in words[0]:
            add(name, code + _ACTOR_NAME_SEPARATOR + words[0], exact_case)

    systems: dict[str, str] = {}
    several: list[list[str]] = []
    for system in entities.systems.values():
        for name in (system.name, *system.names, *system.case_sensitive):
            words = _name_words(name)
            if any(_DIGIT.search(word) for word in words):
                continue  # F-16, Leopard 2, M777: designations, recognised by their form
            if len(words) == 1 and "-" not in words[0]:
                systems.setdefault(words[0], _SYSTEM_MARK + words[0])
            elif words:
                several.append(words)
    for words in several:
        # "Storm Shadow", "Sea King", "Fuchs-Transportpanzer": one name of several words
        # none of which names a system alone ("Leopard tanks" is the Leopard and a word).
        # "Iris T" is IRIS-T, which the scanner already joins into one word.
        if not any(word in systems for word in "-".join(words).split("-")) and "".join(words) not in systems:
            forms.setdefault("-".join(words), _SYSTEM_MARK + "-".join(words))
    joined = [form.split("-") for form in forms if "-" in form]
    return _Vocabulary(
        forms, exact, {k: tuple(v) for k, v in stems.items()}, systems, generic_stems,
        starts=frozenset(parts[0] for parts in joined), longest=max(map(len, joined), default=1),
    )


def _name_words(name: str) -> list[str]:
    """The folded words the scanner makes of a name from the entity lists: "U.S." ->
    ["us"], "IRIS-T" -> ["irist"], "Etats-Unis" -> ["etats-unis"], "Storm Shadow" ->
    ["storm", "shadow"]."""
    words: list[str] = []
    for token in _TOKEN.findall(_clean(name.rstrip("*"))):
        parts = [part for part in token.split("-") if part]
        if len(parts) > 1 and all(_joinable(part) for part in parts):
            words.append(_fold("".join(parts)))
        else:
            words.append(_fold(token))
    return words


# --- scanning ----------------------------------------------------------------------------

_TAG = re.compile(r"<[^<>]{0,2000}>")
_LINK = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_INITIALISM = re.compile(r"\b(?:[A-Z]\.){2,}")
# A number with decimal/thousand separators and an optional glued unit ("2,5", "155mm",
# "2bn"), or a word with optional hyphenated parts ("F-16", "Etats-Unis", "a-t-il").
_TOKEN = re.compile(r"\d+(?:[.,\u00a0\u202f]\d+)*[^\W\d_]*|[^\W\d_][^\W_]*(?:-[^\W_]+)*")
_DIGIT = re.compile(r"\d")
_NUMBER = re.compile(r"(\d+(?:[.,\u00a0\u202f]\d+)*)([^\W\d_]*)")
# What sits between two words when the second starts a sentence or a quotation.
_BREAK = re.compile(r"[.!?:;\n«»\"“”„•]")


@dataclass(slots=True)
class _Word:
    raw: str
    folded: str
    at_start: bool  # first word of a sentence or a quotation
    spaced: bool = False  # only white space separates it from the word before


@lru_cache(maxsize=50_000)
def _fold(word: str) -> str:
    # Most words are ASCII, where fold() is just lower-casing.
    return word.lower() if word.isascii() else fold(word)


def _clean(text: str) -> str:
    """Plain text from what feeds send: tags, entities and links removed."""
    text = _TAG.sub(" ", text)
    text = html.unescape(text)
    text = _LINK.sub(" ", text)
    # "U.S." and "U.K." become "US" and "UK" so the dots do not end a sentence.
    return _INITIALISM.sub(lambda m: m.group(0).replace(".", ""), text)


def _joinable(part: str) -> bool:
    return part.isdigit() or part.isupper() or (len(part) <= 3 and part[:1].isupper())


def _split_compound(raw: str, systems: dict[str, str]) -> list[str]:
    """"F-16" -> ["F16"], "IRIS-T-System" -> ["IRIST", "System"], "anti-aériens" ->
    ["anti", "aériens"]: runs of short/upper/digit parts are one designation."""
    parts = [p for p in raw.split("-") if p]
    # Newsrooms hyphenate and capitalise one system's name each their own way: "Iris-T SLM",
    # "IRIS-T-SLM", "IRIS-T SLM". The parts that spell a known system are that system, and
    # what follows it (the variant) stands apart, so all three give "irist" + "slm".
    for end in range(len(parts), 1, -1):
        head = "".join(parts[:end])
        if _fold(head) in systems:
            return [head, *_split_compound("-".join(parts[end:]), systems)] if end < len(parts) else [head]
    out: list[str] = []
    run: list[str] = []
    for part in parts:
        if _joinable(part):
            run.append(part)
            continue
        out.extend(["".join(run)] if len(run) > 1 else run)
        run = []
        out.append(part)
    out.extend(["".join(run)] if len(run) > 1 else run)
    return out


def _scan(text: str, vocabulary: _Vocabulary) -> list[_Word]:
    words: list[_Word] = []
    previous_end = 0
    for match in _TOKEN.finditer(text):
        if len(words) >= _MAX_WORDS:
            break
        raw = match.group(0)
        gap = text[previous_end : match.start()]
        at_start = not words or bool(_BREAK.search(gap))
        spaced = bool(words) and (not gap or gap.isspace()) and "\n" not in gap
        previous_end = match.end()
        if "-" in raw:
            folded_whole = _fold(raw)
            if folded_whole in vocabulary.forms:
                words.append(_Word(raw, folded_whole, at_start, spaced))
                continue
            for index, part in enumerate(_split_compound(raw, vocabulary.systems)):
                first = index == 0
                words.append(_Word(part, _fold(part), at_start and first, spaced if first else False))
            continue
        words.append(_Word(raw, _fold(raw), at_start, spaced))
    return _join_names(words, vocabulary)


def _join_names(words: list[_Word], vocabulary: _Vocabulary) -> list[_Word]:
    """"United States", "Union européenne", "Storm Shadow": several words, one name."""
    if not vocabulary.starts:
        return words
    joined: list[_Word] = []
    index = 0
    while index < len(words):
        word = words[index]
        found = 1
        if word.folded.split("-", 1)[0] in vocabulary.starts:
            for length in range(min(vocabulary.longest, len(words) - index), 1, -1):
                if "-".join(w.folded for w in words[index : index + length]) in vocabulary.forms:
                    found = length
                    break
        if found > 1:
            parts = words[index : index + found]
            joined.append(_Word("-".join(w.raw for w in parts), "-".join(w.folded for w in parts),
                                word.at_start, word.spaced))
        else:
            joined.append(word)
        index += found
    return joined


def _number_key(number: str, unit: str, next_word: str) -> str | None:
    """A stable key for an amount, or None for numbers too common to identify a story."""
    separators = re.split(r"[.,\u00a0\u202f]", number)
    if len(separators) > 1 and all(len(group) == 3 for group in separators[1:]):
        value = float("".join(separators))  # 1,000 / 1.000 / 1 000: thousands
    elif len(separators) == 2:
        value = float(f"{separators[0]}.{separators[1]}")  # 2,5 / 2.5: a decimal
    else:
        value = float("".join(separators))
    magnitude = _MAGNITUDES.get(unit) or (_MAGNITUDES.get(next_word) if not unit else None)
    if magnitude:
        return f"{value * magnitude:.4g}"
    glued = _UNITS.get(unit) or (_UNITS.get(next_word) if not unit else None)
    if glued:
        return f"{value:g}{glued}"
    if unit:
        return f"{value:g}{unit}"
    if value < 10 or (value.is_integer() and 1900 <= value <= 2100):
        return None  # "2 tanks", "since 2022": everywhere
    return f"{value:g}"


def _is_german(words: list[_Word]) -> bool:
    de = fr = en = 0
    for word in words:
        de += word.folded in _DE_MARKERS
        fr += word.folded in _FR_MARKERS
        en += word.folded in _EN_MARKERS
    return de >= 3 and de > fr and de > en


def _german_noun(folded: str) -> bool:
    return len(folded) > _GERMAN_NAME_MAX_LEN or folded.endswith(_GERMAN_NOUN_ENDINGS)


@dataclass(slots=True)
class _Casing:
    """What capital letters mean in one segment (a title in Title Case says nothing)."""

    capitals_mean_names: bool
    uppercase_means_acronym: bool


def _casing(words: list[_Word], german: bool) -> _Casing:
    content = [w for w in words if w.raw[:1].isalpha() and len(w.raw) >= 3 and w.folded not in _STOPWORDS]
    inner = [w for w in content if not w.at_start]
    capitalised = sum(w.raw[:1].isupper() for w in inner)
    upper = sum(w.raw.isupper() for w in content)
    shouting = len(content) >= 3 and upper >= 0.6 * len(content)
    # German capitalises every noun, so a capitalised majority is normal there.
    title_case = not german and len(inner) >= 3 and capitalised >= 0.75 * len(inner)
    return _Casing(capitals_mean_names=not (shouting or title_case), uppercase_means_acronym=not shouting)


class _Counts:
    """Feature -> [count, first position, prominent (0/1)]. A long article mentions
    many things in passing; only what is in the title or the lead, or comes back,
    says what the article is about."""

    def __init__(self) -> None:
        self.seen: dict[str, list[int]] = {}
        self.position = 0

    def add(self, key: str, count: int, prominent: bool) -> None:
        self.position += 1
        entry = self.seen.get(key)
        if entry is None:
            self.seen[key] = [count, self.position, int(prominent)]
        else:
            entry[0] += count
            entry[2] |= prominent

    def top(self, limit: int) -> frozenset[str]:
        kept = [(key, entry) for key, entry in self.seen.items() if entry[2] or entry[0] >= 2]
        kept.sort(key=lambda item: (-item[1][0], item[1][1]))
        return frozenset(key for key, _ in kept[:limit])


def _classify(
    words: list[_Word], index: int, casing: _Casing, german: bool, known_names: set[str], vocabulary: _Vocabulary
) -> tuple[str, str] | None:
    """(kind, key) of one word: kind is "amount", "designation", "alias" (a place or
    actor, or a system's name of several words, whatever its case), "name" or "term";
    None for words that say nothing (stopwords, scraps)."""
    word = words[index]
    raw, folded = word.raw, word.folded
    number_match = _NUMBER.match(raw) if raw[:1].isdecimal() else None
    if number_match:
        number, unit = number_match.groups()
        next_word = words[index + 1].folded if index + 1 < len(words) else ""
        key = _number_key(number, _fold(unit), next_word)
        return ("amount", key) if key else None
    if _DIGIT.search(raw):
        return ("designation", folded)  # F16, MiG29, AMX10
    alias = vocabulary.place(word)
    if alias is not None:
        return ("alias", alias)
    if folded in _STOPWORDS or len(folded) < 3:
        return None
    generic = vocabulary.generic_stems.get(_stem(folded))
    if generic is not None:
        return ("alias", generic)  # "Ukrainekrieg", "Putins"
    if _looks_like_name(word, casing, german, known_names, vocabulary):
        return ("name", vocabulary.systems.get(folded, folded))
    return ("term", folded)


def _collect(
    words: list[_Word],
    count: int,
    casing: _Casing,
    german: bool,
    known_names: set[str],
    names: _Counts,
    terms: _Counts,
    lead: int,
    phrases: set[str],
    vocabulary: _Vocabulary,
) -> None:
    kinds = [_classify(words, i, casing, german, known_names, vocabulary) for i in range(len(words))]
    previous: str | None = None  # the last content word of this sentence, for phrases
    for index, found in enumerate(kinds):
        if words[index].at_start:
            previous = None
        if found is None:
            continue
        kind, key = found
        prominent = index < lead
        if kind in ("amount", "designation"):
            names.add(key, count, prominent)
            continue
        stem = _term_of(kind, key, words[index].folded)
        terms.add(stem, count, prominent)
        if kind == "term":
            if previous is not None and not (previous in _GENERIC_TERMS and stem in _GENERIC_TERMS):
                phrases.add(f"{previous} {stem}")
            previous = stem
        if kind == "alias":
            names.add(key, count, prominent)
        elif kind == "name" and not _is_given_name(words, kinds, index, vocabulary):
            names.add(key, count, prominent)


def _term_of(kind: str, key: str, folded: str) -> str:
    """The term a word counts as: a place's word its key ("allemand" and "Germany" are
    one term, "DE"), a generic actor's other names the actor ("Zelensky": "UA"), a
    system's word and any other word its stem."""
    if kind != "alias" or key.startswith(_SYSTEM_MARK):
        return _stem(folded if kind == "alias" else key)
    return key.split(_ACTOR_NAME_SEPARATOR, 1)[0]


def _is_given_name(
    words: list[_Word], kinds: list[tuple[str, str] | None], index: int, vocabulary: _Vocabulary
) -> bool:
    """"Boris" in "Boris Pistorius", "Minister" in "Prime Minister Rishi Sunak": a name
    directly followed by another name is a title or first name. Counting it too would
    make the same minister's two announcements look alike twice over."""
    following = index + 1
    if following >= len(words) or not words[following].spaced or words[index].raw.isupper():
        return False
    if words[index].folded in vocabulary.systems:
        return False  # "Iris-T SLM", "Leopard A6": a system followed by its variant
    next_kind = kinds[following]
    if next_kind is None or next_kind[0] not in ("name", "alias"):
        return False
    # "Diehl Defence": a name followed by a generic word is the name of a firm or body.
    return _name_weight(next_kind[1]) > _GENERIC_WEIGHT


def _looks_like_name(
    word: _Word, casing: _Casing, german: bool, known_names: set[str], vocabulary: _Vocabulary
) -> bool:
    raw, folded = word.raw, word.folded
    if not raw[:1].isupper():
        return False
    if folded in vocabulary.systems:
        return True  # capitalised, even in a Title Case headline or first in a sentence
    if raw.isupper() and len(raw) >= 2 and casing.uppercase_means_acronym:
        return True  # HIMARS, NASAMS, JDAM
    if not casing.capitals_mean_names or word.at_start:
        # Capitals are no evidence here; trust the word only if it is a name elsewhere.
        return folded in known_names
    if german:
        return not _german_noun(folded)
    return True


def _inner_capitals(words: list[_Word], casing: _Casing, german: bool) -> set[str]:
    """Words written with a capital in the middle of a sentence: the names, except
    for German nouns."""
    if not casing.capitals_mean_names:
        return set()
    return {
        w.folded
        for w in words
        if not w.at_start
        and w.raw[:1].isupper()
        and w.folded not in _STOPWORDS
        and not (german and _german_noun(w.folded))
    }


# --- fingerprints --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StoryFingerprint:
    """What an article is about, small enough to store with every story."""

    names: frozenset[str]
    terms: frozenset[str]
    phrases: frozenset[str] = frozenset()
    headline: frozenset[str] = frozenset()
    # Who gives what, in which phase, on which day (see bot.core.stories.events).
    event: EventEvidence = EventEvidence()
    # For a story: the evidence of each article that joined it after the first (at
    # most MAX_MEMBERS). A newcomer must agree with all of them, not only with the
    # first report, so the order in which reports arrive matters less.
    members: tuple[EventEvidence, ...] = ()
    # For a story: the words of the first MAX_TEXT_MEMBERS articles that joined it
    # (fingerprints without members of their own). A newcomer is compared with each
    # report of the story and the most alike one counts: the French copy of an
    # announcement may resemble the German one that joined first far more than the
    # story's opening report, written by another outlet in other words.
    member_texts: tuple[StoryFingerprint, ...] = ()

    def to_json(self) -> str:
        return json.dumps({**self._to_dict(), "keys": _KEYS_VERSION}, ensure_ascii=False, separators=(",", ":"))

    def _to_dict(self) -> dict[str, object]:
        data: dict[str, object] = {
            "names": sorted(self.names),
            "terms": sorted(self.terms),
            "phrases": sorted(self.phrases),
            "headline": sorted(self.headline),
            "event": self.event.to_dict(),
            "members": [member.to_dict() for member in self.members],
        }
        if self.member_texts:
            data["member_texts"] = [text._to_dict() for text in self.member_texts]
        return data

    @classmethod
    def from_json(cls, s: str) -> StoryFingerprint:
        """Read `to_json` output back. Raises ValueError on anything else. A fingerprint
        stored before names were keyed by the entity lists (no "keys" in it) has its
        old keys translated (bot.core.stories.legacy_keys)."""
        data = json.loads(s)
        return cls._from_dict(data, legacy=isinstance(data, dict) and data.get("keys") != _KEYS_VERSION)

    @classmethod
    def _from_dict(cls, data: object, legacy: bool = False) -> StoryFingerprint:
        if not isinstance(data, dict):
            raise ValueError("story fingerprint must be a JSON object")
        fields = {}
        for field_name in ("names", "terms", "phrases", "headline"):
            values = data.get(field_name, [])
            if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
                raise ValueError(f"story fingerprint {field_name!r} must be a list of strings")
            if legacy and field_name != "phrases":
                table = legacy_keys.TERMS if field_name == "terms" else legacy_keys.NAMES
                values = [table.get(value, value) for value in values]
            fields[field_name] = frozenset(values)
        # Stories stored before event evidence existed have none: they then match only
        # near-copies of themselves (see same_event_score).
        event = EventEvidence.from_dict(data["event"]) if "event" in data else EventEvidence()
        members = data.get("members", [])
        texts = data.get("member_texts", [])
        if not isinstance(members, list) or not isinstance(texts, list):
            raise ValueError("story fingerprint 'members' and 'member_texts' must be lists")
        return cls(**fields, event=event, members=tuple(EventEvidence.from_dict(m) for m in members),
                   member_texts=tuple(cls._from_dict(t, legacy) for t in texts[:MAX_TEXT_MEMBERS]))

    def with_member(self, joining: StoryFingerprint) -> StoryFingerprint:
        """This story's fingerprint after the article `joining` joined it: its event
        evidence is kept (up to MAX_MEMBERS), and its words too (up to MAX_TEXT_MEMBERS)."""
        if len(self.members) >= MAX_MEMBERS:
            return self
        texts = self.member_texts
        if len(texts) < MAX_TEXT_MEMBERS:
            texts = (*texts, replace(joining, members=(), member_texts=()))
        return replace(self, members=(*self.members, joining.event), member_texts=texts)

    def reports(self) -> tuple[StoryFingerprint, ...]:
        """This story's reports, as they joined it, each as `with_member` would take it:
        the opening one, then each member (words and evidence for the first
        MAX_TEXT_MEMBERS, which were kept together; only the evidence after them)."""
        opening = replace(self, members=(), member_texts=())
        joined = tuple(
            self.member_texts[i] if i < len(self.member_texts) else StoryFingerprint(frozenset(), frozenset(), event=e)
            for i, e in enumerate(self.members)
        )
        return (opening, *joined)

    def with_story(self, other: StoryFingerprint) -> StoryFingerprint:
        """This story's fingerprint after story `other` was merged into it: every report
        of `other` joins as a member (`with_member`, so within the same limits)."""
        grown = self
        for report in other.reports():
            grown = grown.with_member(report)
        return grown

    def texts(self) -> tuple[StoryFingerprint, ...]:
        """The reports whose words a newcomer is compared with: this one and its members'."""
        return (self, *self.member_texts)


def fingerprint(
    title: str,
    text: str,
    *,
    pledges: Iterable[Pledge] = (),
    entities: Entities | None = None,
    lang: str | None = None,
) -> StoryFingerprint:
    """Names, content words and event evidence of an article; `text` may be plain
    text or HTML. `pledges` are those extracted from it (the pipeline has them; without
    them the evidence comes from the donors and systems the article names)."""
    clean_title = _clean(title[:_MAX_TITLE_CHARS])
    clean_text = _clean(text[:_MAX_TEXT_CHARS])
    vocabulary = _vocabulary(entities)
    title_words = _scan(clean_title, vocabulary)
    body_words = _scan(clean_text, vocabulary)
    german = _is_german(title_words + body_words)
    body_casing = _casing(body_words, german)
    title_casing = _casing(title_words, german)
    known_names = _inner_capitals(body_words, body_casing, german) | _inner_capitals(
        title_words, title_casing, german
    )

    names, terms = _Counts(), _Counts()
    phrases: set[str] = set()
    title_lead = len(title_words)  # every title word is prominent
    _collect(title_words, _TITLE_COUNT, title_casing, german, known_names, names, terms, title_lead, phrases,
             vocabulary)
    # Title names in title order (dicts keep insertion order), the generic ones left out.
    headline = [key for key in names.seen if _name_weight(key) > _GENERIC_WEIGHT]
    _collect(body_words, 1, body_casing, german, known_names, names, terms, _LEAD_WORDS, phrases, vocabulary)
    return StoryFingerprint(
        names=names.top(MAX_NAMES),
        terms=terms.top(MAX_TERMS),
        phrases=_sample(phrases),
        headline=frozenset(headline[:MAX_HEADLINE]),
        event=event_evidence(clean_title, clean_text, pledges, entities, lang),
    )


def _sample(phrases: set[str]) -> frozenset[str]:
    """The MAX_PHRASES phrases with the smallest hashes: a sample chosen the same way
    in every article, so two long reports of one event keep the phrases they share."""
    ranked = sorted(phrases, key=lambda phrase: (zlib.crc32(phrase.encode()), phrase))
    return frozenset(ranked[:MAX_PHRASES])


# --- comparison ----------------------------------------------------------------------------


@lru_cache(maxsize=20_000)
def _name_weight(name: str) -> float:
    """What a shared name proves: the same weapon system most, the same country little."""
    if name.startswith(_SYSTEM_MARK) or (name[:1].isalpha() and any(c.isdigit() for c in name)):
        return _SYSTEM_WEIGHT  # Leopard, HIMARS, F16, AMX10
    if name.replace(".", "").isdigit():
        return _COUNT_WEIGHT  # "14": tanks, kilometres, days...
    if name[:1].isdigit():
        return 1.0  # an amount (1.85e+09) or a measure (155mm)
    if _stem(name) in _GENERIC_TERMS or _ACTOR_NAME_SEPARATOR in name:  # Ukraine, Zelensky, NATO, "Défense"
        return _GENERIC_WEIGHT
    if name.startswith(_SEAT_MARK):
        return 1.0  # "the Pentagon said", "l'Elysée a confirmé": a government speaking, as a minister does
    if _is_place(name):
        return _PLACE_WEIGHT
    return 1.0


def _term_weight(term: str) -> float:
    return _GENERIC_WEIGHT if term in _GENERIC_TERMS else 1.0


def _phrase_weight(phrase: str) -> float:
    return 1.0


class _Weights(NamedTuple):
    """The total weight of each feature set of one fingerprint. Similarity needs both
    sides' totals for every pair; a stored story's never change, so they are worked
    out once (summed in the set's own order, exactly as a pairwise sum would)."""

    names: float
    terms: float
    phrases: float


def _total(features: Iterable[str], weight_of: Callable[[str], float]) -> float:
    # fsum: the features are sets, iterated in an order that changes with the process's
    # hash seed, and a plain float sum depends on the order; a score right at a threshold
    # then joined two reports in one process and not in the next.
    return math.fsum(weight_of(f) for f in features)


def _weights(fp: StoryFingerprint) -> _Weights:
    return _Weights(
        _total(fp.names, _name_weight), _total(fp.terms, _term_weight), _total(fp.phrases, _phrase_weight)
    )


def _weighted_overlap(
    a: frozenset[str],
    b: frozenset[str],
    weight_of: Callable[[str], float],
    floor: float,
    weight_a: float,
    weight_b: float,
) -> float:
    """Shared weight of `a` and `b`, relative to their sizes; `weight_a` and
    `weight_b` are their totals (`_total`)."""
    if not a or not b:
        return 0.0
    low, high = sorted((weight_a, weight_b))
    shared = _total(a & b, weight_of)
    scale = max(floor, low ** (1 - _SIZE_BALANCE) * high**_SIZE_BALANCE)
    return min(1.0, shared / scale)


def similarity(a: StoryFingerprint, b: StoryFingerprint) -> float:
    """How likely two articles report the same event, 0..1 (symmetric).

    Shared names and shared words make the base score; shared phrases (two outlets
    quoting the same sentence) add to it; then it is scaled down when either headline
    names a donor or system the other article never mentions.
    """
    return _similarity(a, b, _weights(a), _weights(b))


def _similarity(a: StoryFingerprint, b: StoryFingerprint, weights_a: _Weights, weights_b: _Weights) -> float:
    """`similarity` with both sides' totals given (see StoryIndex)."""
    terms = _weighted_overlap(a.terms, b.terms, _term_weight, _TERM_FLOOR, weights_a.terms, weights_b.terms)
    if a.names and b.names:
        names = _weighted_overlap(a.names, b.names, _name_weight, _NAME_FLOOR, weights_a.names, weights_b.names)
        base = _NAME_SHARE * names + (1 - _NAME_SHARE) * terms
    else:
        base = terms  # one side names nobody (a bare Title Case headline): words decide
    phrases = _weighted_overlap(
        a.phrases, b.phrases, _phrase_weight, _PHRASE_FLOOR, weights_a.phrases, weights_b.phrases
    )
    if _different_donors(a, b):
        covered = 0.0
    else:
        covered = min(_headline_coverage(a, b), _headline_coverage(b, a))
    score = min(1.0, base + _PHRASE_BONUS * phrases) * (_UNCOVERED + (1 - _UNCOVERED) * covered)
    return score * min(1.0, _specific_evidence(a, b) / _EVIDENCE_NEEDED)


def _specific_evidence(a: StoryFingerprint, b: StoryFingerprint) -> float:
    """How much the two share beyond the words of the beat. Two vague pieces ("allies
    pledge more weapons to Ukraine") overlap almost entirely in generic words; that is
    no evidence of one event, however high the ratios."""
    names = math.fsum(w for w in map(_name_weight, a.names & b.names) if w > _GENERIC_WEIGHT)
    terms = sum(1 for term in a.terms & b.terms if term not in _GENERIC_TERMS)
    return names + 0.5 * terms + 0.5 * len(a.phrases & b.phrases)


def _headline_coverage(a: StoryFingerprint, b: StoryFingerprint) -> float:
    """Share of what a's headline names that b mentions at all; 1.0 when the headline
    names nothing specific. "Britain to send Challenger 2 tanks" is not the story of
    an article that never mentions Britain or the Challenger."""
    if not a.headline:
        return 1.0
    countries_b = _countries(b.names | b.headline)
    total = found = 0.0
    for name in a.headline:
        # In a headline a country is the donor: as telling as the system it gives.
        weight = max(_name_weight(name), 1.0)
        total += weight
        mentioned = name in b.names or name in b.headline or _stem(name) in b.terms
        if mentioned or _country_of(name) in countries_b:
            found += weight
    return found / total


def _is_place(name: str) -> bool:
    """A place's or actor's key: its code from the entity lists ("DE", "NATO"), maybe
    marked as a capital, a seat or nobody's place ("@DE", "^US", "~IR")."""
    code = name[1:] if name.startswith(_PLACE_MARKS) else name
    return code.isascii() and code.isalpha() and code.isupper()


def _country_of(name: str) -> str | None:
    """The donor country a place name stands for in a headline ("@DE", Berlin: "DE");
    None for other names, for the actors every story names and for places that give
    nothing (Iran, Brussels)."""
    if not _is_place(name) or name.startswith(_NOT_A_DONOR_MARK):
        return None
    code = name[1:] if name.startswith(_PLACE_MARKS) else name
    return None if code in _GENERIC_ACTORS else code


def _countries(names: frozenset[str]) -> set[str]:
    return {code for code in map(_country_of, names) if code is not None}


def _different_donors(a: StoryFingerprint, b: StoryFingerprint) -> bool:
    """Both headlines name a country (or its capital) and none in common: "Norway to
    donate F-16s" and "Netherlands and Denmark to supply F-16s" are two stories."""
    countries_a, countries_b = _countries(a.headline), _countries(b.headline)
    return bool(countries_a and countries_b) and not countries_a & countries_b


def same_event_score(
    a: StoryFingerprint, b: StoryFingerprint, *, same_feed: bool = False, apart: timedelta | None = None
) -> float:
    """The score with which two articles are one story, or 0.0 when they must not be.

    See `_story_score`; `same_feed` says both come from one feed, `apart` how far apart
    they were published (None: unknown).
    """
    return _story_score(a, b, _weights(a), _weights(b), same_feed, apart)


def _story_score(
    a: StoryFingerprint, b: StoryFingerprint, weights_a: _Weights, weights_b: _Weights, same_feed: bool,
    apart: timedelta | None = None, late: bool = False,
) -> float:
    """Text similarity decides how alike two reports are; event evidence decides
    whether they may be one event at all:

    - conflicting evidence (other donors, other systems, a decision against a
      delivery, another day) always keeps them apart: merging two events hides the
      second one's alert, which is worse than a duplicate;
    - a near-copy (NEAR_COPY: the same wire text, an outlet's update of its own
      report) is one story;
    - otherwise they must share who gives what (a donor or a system) AND a detail that
      two events of the same donor and system rarely share (a count, an amount, a
      date). Being about the same war, the same day, in the same words is not enough;
    - or they agree on their pledges (the same donors giving the same kinds of item
      with the same status; see story_events.compare), were published within
      PLEDGE_AGREEMENT_WINDOW of each other (`apart`: the article against the story's
      first report; None when unknown) and are at least PLEDGE_AGREEMENT_SIMILARITY
      alike: the cross-language copies of one announcement that quote no number;
    - reports of a meeting or a statement (no government's pledge, no system in the
      headline, on either side) have no "what": the same day named by both stands in;
    - a feed's own reports join each other only as near-copies: an outlet rarely
      files two reports of one event, but it does update one (a new headline, a
      new GUID);
    - `late`: the two are further apart than the story window (and within its
      LATE_REPORT_REACH); then only a report from another feed that agrees on the
      pledges and is at least LATE_REPORT_SIMILARITY alike joins (a late re-telling).
    """
    # The most alike pair of reports, one on each side (either side may be a story).
    score = max(
        _similarity(x, y, weights_x, weights_y)
        for x, weights_x in _texts_with_weights(a, weights_a)
        for y, weights_y in _texts_with_weights(b, weights_b)
    )
    if score < EVENT_KEY_SIMILARITY:
        return 0.0
    # Every report already in a story (either side may be one) must agree with every
    # report of the other; any one of them may supply the shared evidence.
    verdicts = [compare(x, y) for x in (a.event, *a.members) for y in (b.event, *b.members)]
    if any(verdict.conflict for verdict in verdicts):
        return 0.0
    if score < SAME_STORY_THRESHOLD:
        # Only a fact that names one event on its own joins reports this unalike.
        keyed = not late and not same_feed and any(verdict.event_keys for verdict in verdicts)
        return score if keyed else 0.0
    if late:
        agree = any(v.anchors and v.pledges_agree for v in verdicts)
        return score if agree and score >= LATE_REPORT_SIMILARITY and not same_feed else 0.0
    if score >= NEAR_COPY:
        return score
    if same_feed:
        return 0.0
    if any(verdict.anchors and verdict.details for verdict in verdicts) or any(v.event_keys for v in verdicts):
        return score
    if apart is not None and apart <= PLEDGE_AGREEMENT_WINDOW:
        if score >= PLEDGE_AGREEMENT_SIMILARITY and any(v.anchors and v.pledges_agree for v in verdicts):
            return score
        # Translations share names and numbers but few words: the German and French
        # reports of one announcement may be no more alike in wording than two German
        # announcements of one day. What they do share is the event itself: the same
        # pledges, of the same system, on the same day named ("am Mittwoch", "ce
        # mercredi"). Two announcements agreeing on all three are one.
        if any(v.systems and v.pledges_agree and v.days for v in verdicts):
            return score
    if not _about_an_item(a) and not _about_an_item(b) and any(verdict.days for verdict in verdicts):
        return score
    return 0.0


def _texts_with_weights(fp: StoryFingerprint, weights: _Weights) -> Iterable[tuple[StoryFingerprint, _Weights]]:
    yield fp, weights
    for text in fp.member_texts:
        yield text, _member_weights(text)


@lru_cache(maxsize=4_096)
def _member_weights(text: StoryFingerprint) -> _Weights:
    # A story's members are compared with every newcomer; their totals never change.
    return _weights(text)


def _about_an_item(fp: StoryFingerprint) -> bool:
    return fp.event.is_about_an_item() or any(member.is_about_an_item() for member in fp.members)


@dataclass(frozen=True, slots=True)
class StoryCandidate:
    """A recent story an article might belong to; `feeds` are the ids of the feeds
    that already report it."""

    story_id: int
    fingerprint: StoryFingerprint
    first_seen: datetime
    feeds: frozenset[int] = frozenset()


def _utc(moment: datetime) -> datetime:
    # Feeds mix naive and aware dates; a naive one is taken as UTC rather than crash.
    return moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment


def match_story(
    fp: StoryFingerprint,
    published: datetime,
    candidates: Iterable[StoryCandidate],
    *,
    window: timedelta = timedelta(hours=48),
    feed: int | None = None,
) -> int | None:
    """The story this article (from feed id `feed`, when known) belongs to, or None
    for a new story.

    A candidate qualifies when it was first seen within `window` of `published`
    (either side: feeds deliver late) and `same_event_score` is positive (at least
    SAME_STORY_THRESHOLD, or EVENT_KEY_SIMILARITY with an event key), or within
    `late_report_reach(window)` as a late report (see LATE_REPORT_SIMILARITY). The
    highest score wins; ties go to the older story, then the lower id, so the answer
    does not depend on the order of `candidates`.

    This compares with every candidate; `StoryIndex.match` gives the same answer
    faster for a set of stories kept between articles.
    """
    ranked = matching_stories(fp, published, candidates, window=window, feed=feed)
    return ranked[0] if ranked else None


def matching_stories(
    fp: StoryFingerprint,
    published: datetime,
    candidates: Iterable[StoryCandidate],
    *,
    window: timedelta = timedelta(hours=48),
    feed: int | None = None,
) -> list[int]:
    """Every candidate this article qualifies for (as `match_story` decides), best
    first: `match_story` answers the first. Two or more mean the article links
    stories that opened apart (see bot.core.stories.merges)."""
    when = _utc(published)
    weights = _weights(fp)
    ranks: list[_Rank] = []
    reach = late_report_reach(window)
    for candidate in candidates:
        seen = _utc(candidate.first_seen)
        apart = _apart(when, seen)
        if apart > reach:
            continue
        same_feed = feed is not None and feed in candidate.feeds
        score = _story_score(fp, candidate.fingerprint, weights, _weights(candidate.fingerprint), same_feed,
                             apart, late=apart > window)
        _keep(ranks, score, seen, candidate.story_id)
    return [story_id for _, _, story_id in sorted(ranks)]


def _apart(one: datetime, other: datetime) -> timedelta:
    """How far apart two publication times are, reading a time that only names its month
    as any moment of that month.

    Feeds that know only the month of an article (archives, aggregators re-posting
    older copy) give midnight UTC on the 1st. Taken literally, such a report of an
    event of the 9th would be 8 days away from the other reports of it; read as "some
    time that month", it is as close as the month allows. The event evidence still has
    to agree (see `_story_score`), so this only stops the calendar from vetoing."""
    low_one, high_one = _span(one)
    low_other, high_other = _span(other)
    if high_one < low_other:
        return low_other - high_one
    if high_other < low_one:
        return low_one - high_other
    return timedelta(0)


def _span(moment: datetime) -> tuple[datetime, datetime]:
    moment = moment.astimezone(timezone.utc)
    if (moment.day, moment.hour, moment.minute, moment.second, moment.microsecond) != (1, 0, 0, 0, 0):
        return moment, moment
    next_month = (moment.replace(day=28) + timedelta(days=4)).replace(day=1)
    return moment, next_month - timedelta(microseconds=1)


_Rank = tuple[float, datetime, int]  # (-score, first seen, id): the smallest wins


def _keep(ranks: list[_Rank], score: float, seen: datetime, story_id: int) -> None:
    if score > 0.0:  # 0.0 is _story_score's "not one story"
        ranks.append((-score, seen, story_id))


# A story can reach the lowest score that joins (EVENT_KEY_SIMILARITY) only with enough
# specific evidence: the score is min(1, evidence / _EVIDENCE_NEEDED) times factors of at
# most 1. Evidence is a sum of multiples of 0.5, exact in floating point whatever the order
# of the sum; the tiny margin keeps the bound safe should a weight ever stop being such a
# multiple.
_MIN_EVIDENCE = _EVIDENCE_NEEDED * min(EVENT_KEY_SIMILARITY, SAME_STORY_THRESHOLD) * (1 - 1e-9)


@dataclass(frozen=True, slots=True)
class _IndexedStory:
    fingerprint: StoryFingerprint
    weights: _Weights
    seen: datetime  # compared with an article's publication time (see match_story)
    stored_at: datetime  # when the story was created: what the window keeps or drops
    feeds: set[int]  # the feeds reporting it (grows as sources join: see note_feed)


class StoryIndex:
    """The recent stories, kept between articles so that matching one article does not
    re-read and re-parse every story of the window.

    A story's fingerprint is parsed and weighed once; it changes only when a report
    joins (`add_member`), which adds that report's features to the postings.
    An inverted index maps each specific feature (a name or word that is not the beat's
    common vocabulary, and every phrase) to the stories that have it in any of their
    reports: a story sharing none of them with an article has no specific evidence and
    scores 0 (what it shares with all its reports together bounds what it shares with
    each), and one sharing too little cannot reach the threshold, so `match` scores only
    the rest. It answers exactly what `match_story` answers over the same stories.

    The owner keeps it in step with the store: `add` what is new, `forget_before` what
    left the window, and `record_sync` / `needs_reload` for the bookkeeping.
    """

    def __init__(self) -> None:
        self._stories: dict[int, _IndexedStory] = {}
        self._by_name: dict[str, set[int]] = {}
        self._by_term: dict[str, set[int]] = {}
        self._by_phrase: dict[str, set[int]] = {}
        self._oldest: datetime | None = None  # the smallest stored_at, to skip useless sweeps
        self.newest_id = 0  # the highest story id the store had at the last sync
        self.synced_since: datetime | None = None  # the window start of the last sync

    def __len__(self) -> int:
        return len(self._stories)

    def __contains__(self, story_id: object) -> bool:
        return story_id in self._stories

    def needs_reload(self, newest_in_store: int, since: datetime) -> bool:
        """True when adding the stories newer than `newest_id` would not be enough: the
        store lost stories this index holds (a rolled-back poll), or the window now
        starts before stories that were skipped as too old (the clock went back)."""
        return (
            newest_in_store < self.newest_id
            or self.synced_since is None
            or _utc(since) < self.synced_since
        )

    def record_sync(self, newest_id: int, since: datetime) -> None:
        """Every story with an id up to `newest_id` first seen at or after `since` is in."""
        self.newest_id = newest_id
        self.synced_since = _utc(since)

    def clear(self) -> None:
        """Forget everything (the owner then reloads from the store)."""
        for table in (self._stories, self._by_name, self._by_term, self._by_phrase):
            table.clear()
        self._oldest = None
        self.newest_id = 0
        self.synced_since = None

    def add(self, candidate: StoryCandidate, stored_at: datetime) -> None:
        """Index a story; `candidate.first_seen` is the time compared with articles
        (as in match_story), `stored_at` when the story was created. Adding an id
        again replaces it."""
        story_id = candidate.story_id
        if story_id in self._stories:
            self._remove(story_id)
        fp = candidate.fingerprint
        stored_at = _utc(stored_at)
        self._stories[story_id] = _IndexedStory(
            fp, _weights(fp), _utc(candidate.first_seen), stored_at, set(candidate.feeds)
        )
        for postings, keys in self._keys(fp):
            for key in keys:
                postings.setdefault(key, set()).add(story_id)
        if self._oldest is None or stored_at < self._oldest:
            self._oldest = stored_at

    def forget_before(self, since: datetime) -> int:
        """Drop the stories created before `since`; returns how many."""
        since = _utc(since)
        if self._oldest is None or self._oldest >= since:
            return 0
        old = [story_id for story_id, story in self._stories.items() if story.stored_at < since]
        for story_id in old:
            self._remove(story_id)
        self._oldest = min((story.stored_at for story in self._stories.values()), default=None)
        return len(old)

    def add_member(self, story_id: int, fingerprint: StoryFingerprint) -> None:
        """Story `story_id` now has this fingerprint (`StoryFingerprint.with_member`:
        its members changed, so the new member's features are posted too); unknown
        stories are ignored."""
        story = self._stories.get(story_id)
        if story is not None:
            self._stories[story_id] = replace(story, fingerprint=fingerprint)
            for postings, keys in self._keys(fingerprint):
                for key in keys:
                    postings.setdefault(key, set()).add(story_id)

    def fingerprint_of(self, story_id: int) -> StoryFingerprint | None:
        story = self._stories.get(story_id)
        return None if story is None else story.fingerprint

    def note_feed(self, story_id: int, feed_id: int) -> None:
        """A source from feed `feed_id` joined story `story_id` (the same-feed rule of
        `_story_score` needs to know); unknown stories are ignored."""
        story = self._stories.get(story_id)
        if story is not None:
            story.feeds.add(feed_id)

    def match(
        self, fp: StoryFingerprint, published: datetime, window: timedelta = timedelta(hours=48),
        feed: int | None = None,
    ) -> int | None:
        """What `match_story(fp, published, <the indexed stories>, window=window,
        feed=feed)` returns."""
        ranked = self.matching(fp, published, window, feed)
        return ranked[0] if ranked else None

    def matching(
        self, fp: StoryFingerprint, published: datetime, window: timedelta = timedelta(hours=48),
        feed: int | None = None,
    ) -> list[int]:
        """What `matching_stories(fp, published, <the indexed stories>, window=window,
        feed=feed)` returns: every indexed story the article qualifies for, best first."""
        when = _utc(published)
        weights = _weights(fp)
        ranks: list[_Rank] = []
        reach = late_report_reach(window)
        for story_id, evidence in self._evidence(fp).items():
            if evidence < _MIN_EVIDENCE:
                continue
            story = self._stories[story_id]
            apart = _apart(when, story.seen)
            if apart > reach:
                continue
            same_feed = feed is not None and feed in story.feeds
            score = _story_score(fp, story.fingerprint, weights, story.weights, same_feed, apart,
                                 late=apart > window)
            _keep(ranks, score, story.seen, story_id)
        return [story_id for _, _, story_id in sorted(ranks)]

    def candidate(self, story_id: int) -> StoryCandidate | None:
        """An indexed story as matching sees it (fingerprint, the time compared with
        articles, its feeds); None when not indexed."""
        story = self._stories.get(story_id)
        if story is None:
            return None
        return StoryCandidate(story_id, story.fingerprint, story.seen, frozenset(story.feeds))

    def absorb(self, survivor_id: int, absorbed_id: int, fingerprint: StoryFingerprint) -> None:
        """Story `absorbed_id` was merged into `survivor_id`, which now has `fingerprint`
        (`StoryFingerprint.with_story`) and the feeds of both: the absorbed story leaves
        the index, and no article can join it again. The survivor's time is the earlier
        of the two: the window runs from a story's first report, which may have been the
        absorbed story's (the store does the same, see StoryMergeStore.merge_story).
        Unknown ids are ignored."""
        absorbed = self._stories.get(absorbed_id)
        if absorbed is None or survivor_id not in self._stories:
            return
        self._remove(absorbed_id)
        self.add_member(survivor_id, fingerprint)
        survivor = self._stories[survivor_id]
        survivor.feeds.update(absorbed.feeds)
        if absorbed.seen < survivor.seen:
            self._stories[survivor_id] = replace(survivor, seen=absorbed.seen)

    def _evidence(self, fp: StoryFingerprint) -> dict[int, float]:
        """Story id -> specific evidence shared with `fp` (as `_specific_evidence`), for
        the stories that share any."""
        found: dict[int, float] = {}
        for name in fp.names:
            weight = _name_weight(name)
            if weight > _GENERIC_WEIGHT:
                for story_id in self._by_name.get(name, ()):
                    found[story_id] = found.get(story_id, 0.0) + weight
        for postings, keys in ((self._by_term, _specific_terms(fp)), (self._by_phrase, fp.phrases)):
            for key in keys:
                for story_id in postings.get(key, ()):
                    found[story_id] = found.get(story_id, 0.0) + 0.5
        return found

    def _keys(self, fp: StoryFingerprint) -> tuple[tuple[dict[str, set[int]], Iterable[str]], ...]:
        """The postings of a story: the specific features of each of its reports."""
        texts = fp.texts()
        names = {name for text in texts for name in text.names if _name_weight(name) > _GENERIC_WEIGHT}
        terms = {term for text in texts for term in _specific_terms(text)}
        phrases = {phrase for text in texts for phrase in text.phrases}
        return (self._by_name, names), (self._by_term, terms), (self._by_phrase, phrases)

    def _remove(self, story_id: int) -> None:
        story = self._stories.pop(story_id)
        for postings, keys in self._keys(story.fingerprint):
            for key in keys:
                holders = postings.get(key)
                if holders is not None:
                    holders.discard(story_id)
                    if not holders:
                        del postings[key]


def _specific_terms(fp: StoryFingerprint) -> list[str]:
    return [term for term in fp.terms if term not in _GENERIC_TERMS]
