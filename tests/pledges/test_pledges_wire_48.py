"""A forty-eighth round of wire copy: what stop 48 noted the extractor still reads wrong, in sentences
written for these tests in the style of Reuters, AFP and dpa (none taken from the real-article set nor
from the review probes), labelled by hand before the first run as (donor, category, status, figure):
the count of things stated, else the sum of money, else None (tests/support/wire_labels.py).

1. A licence refused to another country ("refused Germany a licence to re-export"). My call, by the
   eval README (refused = the one who says no to giving) and as the real set labels a re-export ban:
   the licensing state that says no is the refuser (refused); the would-be exporter named as the one
   refused asked to give, so its giving is under discussion (discussed). Main read the exporter as
   the refuser.
2. A country's governing coalition as the subject ("The governing coalition agreed to send", "Die
   Regierungskoalition hat sich darauf geeinigt", "La coalition gouvernementale a accepté") is that
   country's government: the country named before it, else the dateline's. Main gave nothing when
   the sentence and the one before named no country.
3. A sum for several kinds of thing ("$200m for 20 Patriot interceptors and 10 IRIS-T missiles") is
   the payer's funding record, beside the things' records without the sum (the lead's ruling of stop
   48, as the real set labels a sum buying several things). Main kept no record of the sum.
4. Ukrainian units, brigades or forces as the receiver are Ukraine. Main lost "a remis 3 000 drones
   aux unités ukrainiennes": a count two words before "unités" made the units a count of the drones
   (references.py), read as a second item. The English and German forms passed on main (guards).
5. "würde es ermöglichen, ... zu liefern" (and "wird es ermöglichen", "permettrait de livrer"): a
   handing over a donation would make possible is a promise, as the English is. Main read nothing.
6. A step dated later in the article's own month ("On Dec 18 ..." in an article of Dec 6; "18
   December 2026" too) is a promise: main compared months only, and read no date without its year.
7. bot/story_attachment.py reads stored reports again (a story's evidence brought up to date, a
   re-split): with their stored date, as poll, `reanalyze` and `analyze` read them.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
from datetime import date

import pytest

from bot.adapters.sqlite_store import SqliteStore
from bot.core.iso_times import from_iso
from bot.core.models import Feed
from bot.pipeline import FeedPoller, PollLimits
from tests.support.seed_labels import analyzer as shipped_analyzer
from tests.support.story_replay import NOW, rss
from tests.support.wire_labels import AIR, AMMO, ARMOUR, MONEY, D, P, R, X
from tests.support.wire_reading import figures, in_three_languages, shipped_extract

# ---------------------------------------------------------------- 1: a licence refused to another country

LICENCE_EN = [
    ("BERN (Wire) - Switzerland has refused Germany a licence to pass on 9,000 rounds of Gepard "
     "ammunition to Ukraine, a government spokesman said on Thursday.",
     {("CH", AMMO, R, 9000), ("DE", AMMO, X, 9000)}),
    ("THE HAGUE (Wire) - The Netherlands refused Poland an export licence for 20 howitzers built by a "
     "Dutch firm and bound for Ukraine.",
     {("NL", "artillery", R, 20), ("PL", "artillery", X, 20)}),
]
LICENCE_FR = [
    # (main already read this one right: kept as a guard)
    ("BERNE (Agence) - La Suisse a refusé à l'Allemagne l'autorisation de transmettre 9 000 obus pour "
     "Gepard à l'Ukraine, a indiqué jeudi un porte-parole.",
     {("CH", AMMO, R, 9000), ("DE", AMMO, X, 9000)}),
]
LICENCE_DE = [
    ("BERN (Agentur) - Die Schweiz hat Deutschland die Genehmigung verweigert, 9.000 Schuss "
     "Gepard-Munition an die Ukraine weiterzugeben, sagte ein Sprecher am Donnerstag.",
     {("CH", AMMO, R, 9000), ("DE", AMMO, X, 9000)}),
    ("BERN (Agentur) - Bern verweigert Berlin erneut die Erlaubnis, Gepard-Munition an Kiew weiterzugeben.",
     {("CH", AMMO, R, None), ("DE", AMMO, X, None)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), in_three_languages(LICENCE_EN, LICENCE_FR, LICENCE_DE))
def test_the_licensing_state_refuses_and_the_exporter_refused_discusses(lang: str, text: str, expected: set):
    assert figures(text, lang) == expected


def test_a_refusal_of_ones_own_giving_stays_the_givers():
    assert figures("Spain refused to send its remaining Leopard tanks to Ukraine, the minister said.", "en") == {
        ("ES", "tanks", R, None)}


# ---------------------------------------------------------------- 2: a governing coalition

COALITION_EN = [
    ("COPENHAGEN (Wire) - The governing coalition agreed on Tuesday to send 12 more F-16 jets to "
     "Ukraine next year, officials said after a late-night meeting.",
     {("DK", "aircraft", P, 12)}),
]
COALITION_FR = [
    ("COPENHAGUE (Agence) - La coalition gouvernementale a accepté mardi de livrer douze avions F-16 "
     "supplémentaires à l'Ukraine l'an prochain.",
     {("DK", "aircraft", P, 12)}),
]
COALITION_DE = [
    ("KOPENHAGEN (Agentur) - Die Regierungskoalition hat sich darauf geeinigt, der Ukraine im kommenden "
     "Jahr zwölf weitere F-16-Kampfjets zu liefern.",
     {("DK", "aircraft", P, 12)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), in_three_languages(COALITION_EN, COALITION_FR, COALITION_DE))
def test_a_governing_coalition_is_its_countrys_government(lang: str, text: str, expected: set):
    assert figures(text, lang) == expected


def test_a_governing_coalition_takes_the_country_named_before_it():
    # the country named two sentences back: no borrowing reaches it, the coalition's country does
    text = ("OSLO (Wire) - Sweden's parliament sat late into the night on Tuesday. The session was tense. "
            "Protesters gathered outside. The ruling coalition then agreed to send 8 Archer howitzers to Ukraine.")
    assert figures(text, "en") == {("SE", "artillery", P, 8)}


def test_a_capability_coalition_stays_the_allies():
    text = ("RIGA (Wire) - Members of the drone coalition met in Riga on Monday. The coalition plans to "
            "deliver 50,000 drones to Ukraine next year.")
    assert ("ALLIES", "drones", P, 50000) in figures(text, "en")


def test_a_governing_coalition_in_a_story_filed_from_kyiv_gives_nothing():
    text = "KYIV (Wire) - The governing coalition agreed on Tuesday to send 12 F-16 jets to Ukraine, officials said."
    assert figures(text, "en") == set()


# ---------------------------------------------------------------- 3: a sum for several kinds of thing

SEVERAL_KINDS_EN = [
    ("BERLIN (Wire) - Germany will provide $200 million for 20 Patriot interceptors and 10 IRIS-T "
     "missiles for Ukraine, the defence ministry said.",
     {("DE", MONEY, P, 200_000_000), ("DE", AIR, P, 20), ("DE", AIR, P, 10)}),
]
SEVERAL_KINDS_FR = [
    ("OSLO (Agence) - La Norvège consacrera 40 millions d'euros à l'achat de 15 radars et 600 drones pour "
     "l'Ukraine, a annoncé le gouvernement.",
     {("NO", MONEY, P, 40_000_000), ("NO", "other", P, 15), ("NO", "drones", P, 600)}),
]
SEVERAL_KINDS_DE = [
    ("OSLO (Agentur) - Norwegen stellt 40 Millionen Euro für 15 Radargeräte und 600 Drohnen für die "
     "Ukraine bereit.",
     {("NO", MONEY, P, 40_000_000), ("NO", "other", P, 15), ("NO", "drones", P, 600)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"),
                         in_three_languages(SEVERAL_KINDS_EN, SEVERAL_KINDS_FR, SEVERAL_KINDS_DE))
def test_a_sum_for_several_kinds_is_funding_beside_the_things(lang: str, text: str, expected: set):
    assert figures(text, lang) == expected


def test_a_sum_for_one_kind_stays_that_things_record():
    assert figures("Norway will provide 40 million euros for 600 drones for Ukraine, the ministry said.", "en") == {
        ("NO", "drones", P, 600)}


# ---------------------------------------------------------------- 4: Ukrainian units as the receiver (guards)

UNITS = [
    ("en", "Latvia will hand over 3,000 drones to Ukrainian brigades on the eastern front, the ministry said.",
     {("LV", "drones", P, 3000)}),
    ("fr", "La Lettonie a remis 3 000 drones aux unités ukrainiennes déployées dans l'est, selon le ministère.",
     {("LV", "drones", D, 3000)}),
    ("de", "Lettland hat 3.000 Drohnen an ukrainische Einheiten im Osten übergeben, teilte das Ministerium mit.",
     {("LV", "drones", D, 3000)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), UNITS)
def test_ukrainian_units_are_ukraine_as_receiver(lang: str, text: str, expected: set):
    assert figures(text, lang) == expected


# ---------------------------------------------------------------- 5: what a donation would make possible

WOULD_MAKE_POSSIBLE = [
    ("de", "TALLINN (Agentur) - Das Geld aus Estland würde es ermöglichen, der Ukraine 60 Mörser zu liefern, "
           "sagte ein Sprecher.",
     {("EE", "artillery", P, 60)}),
    ("de", "TALLINN (Agentur) - Die estnische Spende wird es ermöglichen, 60 Mörser an die Ukraine zu übergeben.",
     {("EE", "artillery", P, 60)}),
    ("fr", "TALLINN (Agence) - Le don estonien permettrait de livrer 60 mortiers à l'Ukraine, selon un porte-parole.",
     {("EE", "artillery", P, 60)}),
    # (the past stays a delivery, round 47)
    ("de", "TALLINN (Agentur) - Das Geld aus Estland hat es ermöglicht, der Ukraine 60 Mörser zu liefern.",
     {("EE", "artillery", D, 60)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), WOULD_MAKE_POSSIBLE)
def test_a_handing_over_a_donation_would_make_possible_is_a_promise(lang: str, text: str, expected: set):
    assert figures(text, lang) == expected


# ---------------------------------------------------------------- 6: a later day of the article's month

PUBLISHED = date(2026, 12, 6)
LATER_THIS_MONTH = [
    ("en", "OSLO (Wire) - Norway has set out its timetable. On Dec 19, Norway hands over the first three "
           "NASAMS launchers to Ukraine.",
     {("NO", AIR, P, 3)}),
    ("en", "OSLO (Wire) - Norway has set out its timetable. On 19 December 2026, Norway hands over the first "
           "three NASAMS launchers to Ukraine.",
     {("NO", AIR, P, 3)}),
    ("fr", "OSLO (Agence) - La Norvège a présenté son calendrier. Le 19 décembre, la Norvège livre à "
           "l'Ukraine trois lanceurs NASAMS.",
     {("NO", AIR, P, 3)}),
    # (a day before the article's, or the day after it (a time zone's margin), is no day to come)
    ("en", "OSLO (Wire) - Norway has set out its timetable. On Dec 2, Norway hands over the first three "
           "NASAMS launchers to Ukraine.",
     {("NO", AIR, D, 3)}),
    ("en", "OSLO (Wire) - Norway has set out its timetable. On Dec 7, Norway hands over the first three "
           "NASAMS launchers to Ukraine.",
     {("NO", AIR, D, 3)}),
    # (another month with no year may be last year's: left as told)
    ("en", "OSLO (Wire) - Norway has set out its timetable. On March 19, Norway hands over the first three "
           "NASAMS launchers to Ukraine.",
     {("NO", AIR, D, 3)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), LATER_THIS_MONTH)
def test_a_later_day_of_the_articles_own_month_is_to_come(lang: str, text: str, expected: set):
    found = shipped_extract(text, lang=lang, published=PUBLISHED)
    assert {(p.donor, p.category, p.status, p.quantity) for p in found} == expected


# ---------------------------------------------------------------- 7: stored reports read with their date

FIRST = {"id": "nasams-plan", "lang": "en", "title": "Norway sets out NASAMS handover for Ukraine",
         "summary": "OSLO - Norway will hand over three NASAMS launchers to Ukraine this winter, the defence "
                    "minister said on Wednesday in an interview."}
SECOND = {"id": "nasams-meeting", "lang": "en", "title": "Nordic ministers pledge Ukraine more air defence",
          "summary": "Nordic defence ministers meeting in Oslo on Wednesday promised Ukraine more air defence "
                     "before winter."}


class _DatesSeen:
    """The shipped analyzer, noting the date each analysis of a headline was given."""

    def __init__(self) -> None:
        self.inner = shipped_analyzer()
        self.dates: dict[str, list] = {}

    def analyze(self, title, body, lang=None, published=None):
        self.dates.setdefault(title, []).append(published)
        return self.inner.analyze(title, body, lang, published)

    def __getattr__(self, name):
        return getattr(self.inner, name)


class _Clock:
    def now(self):
        return NOW


def _poll(path, feed: str, item: dict, analyzer) -> None:
    store = SqliteStore(path)
    try:
        store.migrate()
        poller = FeedPoller(store, None, lambda: analyzer, _Clock(), PollLimits(max_alerts_per_poll=1_000))
        feed_id, _ = store.add_feed(Feed(url=f"https://example.org/{feed}.xml", name=feed), NOW)
        asyncio.run(poller.ingest(feed_id, rss([item]), "application/rss+xml"))
    finally:
        store.close()


def _evidence_as_an_older_version_stored_it(path) -> None:
    """Every story's evidence without a field read since (bot.core.stories.fingerprint.fingerprints.evidence_outdated):
    the next poller reads the story's reports again."""
    with sqlite3.connect(path) as db:
        for story_id, stored in db.execute("SELECT id, fingerprint FROM stories").fetchall():
            data = json.loads(stored)
            for evidence in (data["event"], *data["members"]):
                del evidence["package_ordinals"]
            db.execute("UPDATE stories SET fingerprint = ? WHERE id = ?", [json.dumps(data), story_id])


def test_a_stored_report_read_again_is_read_with_its_stored_date(tmp_path):
    path = tmp_path / "old.db"
    _poll(path, "wire", FIRST, shipped_analyzer())
    _evidence_as_an_older_version_stored_it(path)
    seen = _DatesSeen()
    _poll(path, "agency", SECOND, seen)
    again = seen.dates.get(FIRST["title"])
    assert again, "the stored report was not read again: the test no longer reaches bot/story_attachment.py"
    with sqlite3.connect(path) as db:
        stored, = db.execute("SELECT published FROM entries WHERE guid = ?", [FIRST["id"]]).fetchone()
    assert stored is not None
    assert again == [from_iso(stored)] * len(again)


# ---------------------------------------------------------------- what tests/pledges/test_review_49.py left

# A coalition named by its lead nation and its kind of thing gives nothing by its name when the
# sentence names nothing else: the lead nation leads what the members give.
LED_COALITIONS = [
    ("en", "TALLINN (Wire) - Ministers from the Estonian-led drone coalition for Ukraine unveiled further "
           "commitments during talks in Tallinn.",
     set()),
    ("fr", "TALLINN (Agence) - Les membres de la coalition des drones menée par la Lettonie ont annoncé vendredi de "
           "nouvelles contributions pour l'Ukraine.",
     set()),
    # (main read this one right already: a guard)
    ("de", "TALLINN (Agentur) - Die von Estland geführte Drohnenkoalition für die Ukraine hat in Tallinn neue "
           "Zusagen angekündigt.",
     set()),
    # (a thing named outside the name is given, as before)
    ("en", "TALLINN (Wire) - Members of the Estonian-led demining coalition for Ukraine met on Friday, and Finland "
           "said it would send 12 mine-clearing vehicles.",
     {("FI", ARMOUR, P, 12)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), LED_COALITIONS)
def test_a_coalition_named_by_its_lead_nation_gives_nothing_by_its_name(lang: str, text: str, expected: set):
    assert figures(text, lang) == expected


# A demonstrative points back to the thing named before with that word.
DEMONSTRATIVES = [
    ("en", "TOKYO (Wire) - Japan will sell 30 PAC-3 interceptor missiles to the United States to refill US stocks. "
           "Tokyo ruled out sending these missiles to Kyiv, citing its export rules.",
     {("JP", AIR, R, None)}),
    ("fr", "TOKYO (Agence) - Le Japon vendra aux États-Unis 30 missiles d'interception Patriot pour regarnir les "
           "stocks américains. Tokyo refuse que ces missiles soient envoyés à Kiev.",
     {("JP", AIR, R, None)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), DEMONSTRATIVES)
def test_a_demonstrative_points_back_to_the_thing_named(lang: str, text: str, expected: set):
    assert figures(text, lang) == expected


# German names Iceland "Island"; deminers are trainees; mine-clearing vehicles are armoured.
DEMINING = [
    ("de", "REYKJAVIK (Agentur) - Island bezahlt die Ausbildung von 80 ukrainischen Minenräumern in Litauen, "
           "teilte die Regierung mit.",
     {("IS", "training", P, 80)}),
    ("de", "VILNIUS (Agentur) - Litauen schickt der Ukraine Minenräumgeräte, Island finanziert die Ausbildung von "
           "80 ukrainischen Soldaten.",
     {("LT", "other", P, None), ("IS", "training", P, 80)}),
    ("en", "REYKJAVIK (Wire) - Iceland will fund the training of 80 Ukrainian deminers in Lithuania, the "
           "government said.",
     {("IS", "training", P, 80)}),
    ("fr", "REYKJAVIK (Agence) - L'Islande financera la formation de 80 démineurs ukrainiens en Lituanie.",
     {("IS", "training", P, 80)}),
    ("de", "KOPENHAGEN (Agentur) - Dänemark liefert der Ukraine vier Minenräumfahrzeuge, sagte ein Sprecher.",
     {("DK", ARMOUR, P, 4)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), DEMINING)
def test_demining_aid_and_iceland_in_german(lang: str, text: str, expected: set):
    assert figures(text, lang) == expected


def test_an_island_in_english_copy_is_no_country():
    assert figures("Britain will send 20 patrol boats to Ukraine to guard the Island of Zmiinyi, the ministry said.",
                   "en") == {("GB", "other", P, 20)}


# Kyiv's first person: what "we" received, said after a sentence naming Ukraine and in a sentence
# naming no country, was delivered to Ukraine by the donor named in context.
FIRST_PERSON = [
    ("fr", "KIEV (Agence) - Le ministre ukrainien de la Défense a critiqué lundi les retards de la Suède. "
           "Stockholm avait promis 12 canons Archer. « Nous n'avons reçu que quatre canons », a-t-il dit.",
     {("SE", "artillery", P, 12), ("SE", "artillery", D, 4)}),
    ("en", "KYIV (Wire) - Ukraine's defence minister criticised Sweden's delays on Monday. Stockholm had promised "
           "12 Archer howitzers. \"We have received only four guns,\" he said.",
     {("SE", "artillery", P, 12), ("SE", "artillery", D, 4)}),
    ("de", "KIEW (Agentur) - Der ukrainische Verteidigungsminister kritisierte am Montag Verzögerungen aus "
           "Schweden. Stockholm hatte zwölf Archer-Haubitzen zugesagt. \"Wir haben bisher nur vier Haubitzen "
           "erhalten\", sagte er.",
     {("SE", "artillery", P, 12), ("SE", "artillery", D, 4)}),
    # (another country's "we" is no Ukraine)
    ("en", "WARSAW (Wire) - Poland's defence minister spoke on Monday. The United States had promised 12 Patriot "
           "launchers. \"We have received only four launchers,\" he said.",
     {("US", AIR, P, 12)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FIRST_PERSON)
def test_kyivs_we_received_is_a_delivery_to_ukraine(lang: str, text: str, expected: set):
    assert figures(text, lang) == expected


# "Only" a part of a promise has arrived: the part told by its bare count is delivered.
def test_only_a_part_arrived_is_delivered_with_its_count():
    text = ("KIEW (Agentur) - Die Ukraine wirft Polen vor, zugesagte Munition zu spät zu liefern. Von den 90.000 "
            "Granaten, die Warschau im Frühjahr zugesagt hatte, seien bisher nur 30.000 eingetroffen, sagte ein "
            "Sprecher am Montag.")
    assert figures(text, "de") == {("PL", AMMO, P, 90000), ("PL", AMMO, D, 30000)}


# A backfill told in a headline: the sale replaces what a donor gave Ukraine; only the gift is aid.
def test_a_sale_to_replace_what_a_donor_gave_ukraine_is_no_aid():
    title = "Washington clears Abrams sale to replace tanks Warsaw gave Kyiv"
    text = "WARSAW (Wire) - Poland said on Friday it had handed over 60 T-72 tanks to Ukraine last year."
    assert figures(text, "en", title=title) == {("PL", "tanks", D, 60)}


def test_what_a_donor_would_add_to_its_aid_is_promised():
    text = ("MADRID (Wire) - Spain's defence minister said the first tanks had reached Ukraine in May and that "
            "Madrid would add 12 Leopard 2A4 tanks to its aid this winter.")
    assert ("ES", "tanks", P, 12) in figures(text, "en")
