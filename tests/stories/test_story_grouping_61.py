"""Stories round 61: the leftovers of stop 60, as pairs of invented reports (none from the real-article set).

- A headline's label naming the gathering ("EU-Treffen: Madrid schickt ...", "Réunion de l'UE : Madrid envoie ...")
  names the group as where, not who: the report is one government's part in the meeting, apart from the meeting's
  round-ups, whether headed by several governments ("EU ministers: Spain, Portugal and Greece pledge ...") or by the
  group (evidence.gathering_labels, same_event._round_up_beside_one_government; review 60's day C joined them).
- A round-up whose second sentence only says who spoke ("Das kündigte ... beim Treffen ... an") or quotes them names
  the others third: it is still the meeting's round-up (evidence.meeting_round_ups), while a government's own report
  closing on the others in its third sentence, after a second telling its own news, stays that government's report.
- A wire's flash of one government's pledge at a meeting joins the same wire's write-up rounding up the meeting
  (own_reports.flash_round_ups), not another feed's round-up.
- "Will announce a large order of drones next week" previews an order: discussed, as "annoncera ... une importante
  commande" (pledges status_cues), so the two reports of the preview join; a headline's purchase to come ("London will
  kommende Woche Drohnen bestellen") keys as the preview's debate, not as a pledge (government_purchases, round 64c).
- "after its Patriot pledge" recalls the government's earlier news (evidence.recalled_clauses).
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.support.story_pairs import matcher_joins, pair_case, report_fingerprint
from bot.core.stories.scoring.story_score import same_event_score

# A meeting of EU defence ministers in Luxembourg on a Monday: Spain's Hawk launchers, Portugal's ambulances and
# Greece's shells.
SEVERAL_EN = ("en", "EU ministers: Spain, Portugal and Greece pledge more arms for Ukraine",
              "LUXEMBOURG, March 6 (Wire) - Spain will send Ukraine six Hawk air defence launchers, Portugal 30 "
              "armoured ambulances and Greece 20,000 artillery shells, ministers said on Monday at a meeting of EU "
              "defence ministers in Luxembourg.")
GROUP_FR = ("fr", "UE : nouvelles promesses d'armes pour l'Ukraine à Luxembourg",
            "LUXEMBOURG (Agence) - L'Espagne, le Portugal et la Grèce ont promis lundi de nouvelles armes à l'Ukraine "
            "lors d'une réunion des ministres de la Défense de l'UE à Luxembourg : six lanceurs Hawk, 30 ambulances "
            "blindées et 20 000 obus.")
LABEL_DE = ("de", "EU-Treffen: Madrid schickt Kiew sechs Hawk-Startgeräte",
            "LUXEMBURG (Zeitung) - Spanien wird der Ukraine sechs Startgeräte für Hawk-Flugabwehrraketen liefern. Das "
            "kündigte die spanische Verteidigungsministerin am Montag beim Treffen der EU-Verteidigungsminister in "
            "Luxemburg an.")
LABEL_FR = ("fr", "Réunion de l'UE : Madrid envoie six lanceurs Hawk à Kiev",
            "LUXEMBOURG (Journal) - L'Espagne va livrer six lanceurs de missiles antiaériens Hawk à l'Ukraine, a "
            "annoncé lundi la ministre espagnole de la Défense lors d'une réunion des ministres de la Défense de "
            "l'UE.")
OWN_EN = ("en", "Spain to send Ukraine six Hawk air defence launchers",
          "MADRID (Paper) - Spain will send Ukraine six Hawk air defence launchers from its army's stocks, Defence "
          "Minister Elena Ruiz said on Monday.")
OWN_CLOSING_THIRD = ("en", "Spain to give Ukraine six more Hawk launchers",
                     "MADRID (Herald) - Spain will give Ukraine six more Hawk air defence launchers, Defence Minister "
                     "Elena Ruiz said on Monday. They will come from the army's own stocks. Portugal and Greece also "
                     "announced aid at the EU ministers' meeting in Luxembourg.")
THIRD_DE = ("de", "Spanien sagt beim EU-Treffen sechs Hawk-Startgeräte zu",
            "LUXEMBURG (Agentur) - Spanien wird der Ukraine sechs Startgeräte für Hawk-Flugabwehrraketen liefern. Das "
            "kündigte Verteidigungsministerin Elena Ruiz am Montag beim Treffen der EU-Verteidigungsminister in "
            "Luxemburg an. Auch Portugal und Griechenland sagten dort neue Hilfe zu: Portugal 30 gepanzerte "
            "Sanitätsfahrzeuge, Griechenland 20.000 Artilleriegranaten.")
QUOTE_EN = ("en", "Spain pledges Hawk launchers for Ukraine as EU ministers meet",
            "LUXEMBOURG (Daily) - Spain will send Ukraine six Hawk air defence launchers, Defence Minister Elena Ruiz "
            "said on Monday at a meeting of EU defence ministers in Luxembourg. \"Ukraine's skies need more shields,\" "
            "she said. Portugal and Greece also pledged aid there, Portugal 30 armoured ambulances and Greece 20,000 "
            "shells.")
QUOTE_FR = ("fr", "L'Espagne promet des lanceurs Hawk à l'Ukraine lors de la réunion des ministres de l'UE",
            "LUXEMBOURG (Quotidien) - L'Espagne va livrer six lanceurs Hawk à l'Ukraine, a annoncé lundi la ministre "
            "de la Défense Elena Ruiz lors d'une réunion des ministres de la Défense de l'UE. « Le ciel ukrainien a "
            "besoin de boucliers », a-t-elle dit. Le Portugal et la Grèce y ont eux aussi promis de l'aide : 30 "
            "ambulances blindées et 20 000 obus.")

# Britain's preview of a drones order, in two languages (one event), and Britain's order placed (another day's news).
PREVIEW_EN = ("en", "Britain to follow up with drones for Ukraine next week",
              "LONDON (Paper) - Britain will announce a large order of drones for Ukraine next week, Defence "
              "Secretary Alan Price said on Friday.")
PREVIEW_FR = ("fr", "Londres annoncera des drones pour l'Ukraine la semaine prochaine",
              "LONDRES (Journal) - Le Royaume-Uni annoncera la semaine prochaine une importante commande de drones "
              "pour l'Ukraine, a indiqué vendredi le ministre de la Défense Alan Price.")
PREVIEW_DE = ("de", "London will kommende Woche Drohnen für die Ukraine bestellen",
              "LONDON (Zeitung) - Großbritannien wird kommende Woche einen großen Auftrag über Drohnen für die "
              "Ukraine bekanntgeben. Das sagte Verteidigungsminister Alan Price am Freitag.")
PREVIEW_TO_ORDER_EN = ("en", "Britain to order drones for Ukraine next week",
                      "LONDON (Daily) - Britain will announce a large order of drones for Ukraine next week, "
                      "Defence Secretary Alan Price said on Friday.")
ORDER_PLACED_EN = ("en", "Britain orders 2,000 drones for Ukraine from British makers",
                   "LONDON (Wire) - Britain has ordered 2,000 drones for Ukraine from British makers, Defence "
                   "Secretary Alan Price said on Friday.")
ORDER_PLACED_DE = ("de", "London bestellt 2000 Drohnen für die Ukraine",
                   "LONDON (Agentur) - Großbritannien hat bei britischen Herstellern 2000 Drohnen für die Ukraine "
                   "bestellt. Das sagte Verteidigungsminister Alan Price am Freitag.")

# One government's two announcements of a day, the second hung on the first.
PATRIOT = ("en", "Germany to send Ukraine a fourth Patriot system",
           "BERLIN (Wire) - Germany will send Ukraine a fourth Patriot air defence system, Defence Minister Jonas "
           "Feldmann said on Tuesday.")
DRONES_AFTER_EN = ("en", "Germany to fund 200 million euros of Ukrainian-made drones",
                   "BERLIN (Paper) - Germany will pay 200 million euros for drones built in Ukraine, the ministry said "
                   "on Tuesday, in its second announcement of the day after its Patriot pledge.")
DRONES_AFTER_FR = ("fr", "Berlin finance des drones ukrainiens pour 200 millions d'euros",
                   "BERLIN (Journal) - L'Allemagne va payer 200 millions d'euros de drones fabriqués en Ukraine, a "
                   "indiqué mardi le ministère, quelques heures après sa promesse d'un quatrième système Patriot.")

PAIRS = [
    # A government's part headed by a label naming the gathering stays apart from the meeting's round-ups ...
    pair_case("a-labelled-part-apart-from-a-round-up-headed-by-several", SEVERAL_EN, LABEL_DE, 2, False),
    pair_case("a-labelled-part-apart-from-a-round-up-headed-by-the-group", GROUP_FR, LABEL_DE, 2, False),
    pair_case("a-french-labelled-part-apart-from-the-round-up", SEVERAL_EN, LABEL_FR, 2, False),
    # ... joins another report of that part, and the round-ups join each other.
    pair_case("two-labelled-parts-join", LABEL_DE, LABEL_FR, 2, True),
    pair_case("a-labelled-part-joins-the-governments-own-report", LABEL_DE, OWN_EN, 2, True),
    pair_case("round-ups-headed-by-several-and-by-the-group-join", SEVERAL_EN, GROUP_FR, 2, True),
    # A round-up naming the others after a sentence of who spoke or a quote stays apart from the own report ...
    pair_case("a-round-up-naming-the-others-after-who-spoke-apart", THIRD_DE, OWN_EN, 2, False),
    pair_case("a-round-up-naming-the-others-after-a-quote-apart", QUOTE_EN, OWN_EN, 2, False),
    pair_case("a-french-round-up-naming-the-others-after-a-quote-apart", QUOTE_FR, OWN_EN, 2, False),
    # ... joins the other round-ups ...
    pair_case("round-ups-naming-the-others-third-join", THIRD_DE, QUOTE_EN, 2, True),
    pair_case("a-round-up-naming-the-others-third-joins-the-group-headed", QUOTE_FR, GROUP_FR, 2, True),
    # ... while an own report closing on the others after its own news is the government's report.
    pair_case("an-own-report-closing-third-joins-its-copy", OWN_EN, OWN_CLOSING_THIRD, 2, True),
    pair_case("an-own-report-closing-third-apart-from-the-round-up", QUOTE_EN, OWN_CLOSING_THIRD, 2, False),
    # A preview of an order, in three languages: one event.
    pair_case("an-order-previewed-in-english-and-french-joins", PREVIEW_EN, PREVIEW_FR, 2, True),
    # (the German headline's "will ... bestellen" reads as a purchase, keyed as discussed in a preview: round 64c)
    pair_case("an-order-previewed-in-english-and-german-joins", PREVIEW_EN, PREVIEW_DE, 2, True),
    pair_case("an-order-previewed-in-french-and-german-joins", PREVIEW_FR, PREVIEW_DE, 2, True),
    pair_case("a-headline-to-order-next-week-joins-the-german-preview", PREVIEW_TO_ORDER_EN, PREVIEW_DE, 2, True),
    # The order placed a week later is another day's news.
    pair_case("the-german-preview-apart-from-the-order-placed", PREVIEW_DE, ORDER_PLACED_EN, 168, False),
    pair_case("the-english-preview-apart-from-the-order-placed", PREVIEW_TO_ORDER_EN, ORDER_PLACED_DE, 168, False),
    # A government's second announcement hung on its first stays apart from the first, and joins its copy.
    pair_case("drones-after-the-patriot-pledge-apart-from-it", PATRIOT, DRONES_AFTER_EN, 3, False),
    pair_case("french-drones-after-the-patriot-promise-apart-from-it", PATRIOT, DRONES_AFTER_FR, 3, False),
    pair_case("drones-after-the-patriot-pledge-join-their-copy", DRONES_AFTER_EN, DRONES_AFTER_FR, 1, True),
]


@pytest.mark.parametrize(("name", "first", "second", "hours", "one_event"), PAIRS)
def test_leftovers_of_stop_60(name, first, second, hours, one_event, analyzer):
    assert matcher_joins(analyzer, first, second, hours) is one_event
    assert matcher_joins(analyzer, second, first, hours) is one_event


# A wire's flash of Spain's pledge at the meeting, and the same wire's write-up rounding up the meeting twenty minutes
# later; another wire's report of Spain's part.
FLASH = {"en": ("en", "URGENT - Spain pledges six Hawk launchers for Ukraine at EU ministers' meeting",
                "LUXEMBOURG, March 6 (Wire) - Spain will send Ukraine six Hawk air defence launchers, its defence "
                "minister told a meeting of EU defence ministers on Monday."),
         "de": ("de", "EILMELDUNG: Spanien sagt beim EU-Treffen sechs Hawk-Startgeräte zu",
                "LUXEMBURG (Agentur) - Spanien liefert der Ukraine sechs Hawk-Startgeräte, sagte die "
                "Verteidigungsministerin am Montag beim Treffen der EU-Verteidigungsminister."),
         "fr": ("fr", "FLASH - L'Espagne promet six lanceurs Hawk à l'Ukraine à la réunion de l'UE",
                "LUXEMBOURG (Agence) - L'Espagne va livrer six lanceurs Hawk à l'Ukraine, a annoncé lundi sa ministre "
                "de la Défense lors d'une réunion des ministres de la Défense de l'UE.")}
WRITE_UP = {"en": QUOTE_EN, "de": THIRD_DE, "fr": QUOTE_FR}


@pytest.mark.parametrize("lang", ["en", "de", "fr"])
def test_a_flash_joins_its_wires_round_up(lang, analyzer):
    flash = report_fingerprint(analyzer, *FLASH[lang], feed=1)
    write_up = report_fingerprint(analyzer, *WRITE_UP[lang], feed=1)
    assert same_event_score(flash, write_up, same_feed=True, apart=timedelta(minutes=20)) > 0.0
    assert same_event_score(write_up, flash, same_feed=True, apart=timedelta(minutes=20)) > 0.0


@pytest.mark.parametrize("lang", ["en", "de", "fr"])
def test_a_flash_stays_apart_from_another_wires_round_up(lang, analyzer):
    flash = report_fingerprint(analyzer, *FLASH[lang], feed=1)
    write_up = report_fingerprint(analyzer, *WRITE_UP[lang], feed=2)
    assert same_event_score(flash, write_up, apart=timedelta(minutes=20)) == 0.0
