"""Pledge extraction: who promised Ukraine what, sentence by sentence.

This module reads the whole article (extract_pledges): it finds items, cues, money and
donors once over the text, buckets them by sentence, hands each sentence worth reading
what earlier sentences leave it (a donor to borrow, a list's status), and settles the
headline's records beside the body's. The reading of one sentence is in modules of their
own, each importing only those after it in this list:
- article_passes.py: the passes that settle the body's and the headline's records;
- sentence_reading.py: one sentence's reading, which calls
  sentence_cues.py (the cues as the whole sentence reads them), given_items.py (the
  things it gives), money_items.py (its money and shares of totals), then
  item_records.py (an item's records), which asks destinations.py (aid to Ukraine at
  all?), item_givers.py (who gives it), gapping.py (givers told with the verb left out)
  and nearest_cue.py (which cue tells of it);
- sentence.py: the Sentence and its Parties that all of these pass around.

For each sentence we look for four things, all with patterns compiled once:
- items (item_words.py finds the words, items.py groups them): weapon systems (from
  the entity lists) and category words ("chars", "air defence", "Munition", "aid
  package", "training", "radars"...), grouped into noun phrases so "munitions pour les
  chars Gepard" is one item (ammunition, system Gepard) while "de l'artillerie, des
  véhicules blindés et chars" is three. The enemy's weapons ("Russian missiles") and
  what comes after "against" are not given;
- status cues (status_cues.py; the words of each kind in cue_patterns.py, what a clause
  does to a cue in cue_qualifiers.py): pledged / delivered / discussed / refused /
  production, in EN/FR/DE, plus some that give no record of their own: a request
  ("Kyiv asks for..."; what it asks of a donor named, "asked Sweden to supply", is under
  discussion for that donor, asked_givers.asked_giver; leave to give, leave.py), receiving (only Ukraine receiving counts, as a delivery - or a
  promise, in the future - by whoever it came from), a package's "includes" (its items
  take the package's status) and weak cues ("announced", a delivery named as a noun,
  an attributive participle such as "die versprochenen Haubitzen") that speak only
  when nothing else does. Each item takes the status of its nearest cue; a negation
  before a promise makes it refused (in German anywhere in the clause before a
  verb-last infinitive), a hedge ("could", "expects", "ob ... liefern wird") makes it
  discussed, a future delivery is a promise; a deliberation told as over ("after weeks
  of debate", "which had long considered") gives way to the sentence's news. Contracts and procurement are production
  in the item's category; making (factories, capacity) is production in category
  "production"; buying is production only under the US USAI (contracting);
- donors (found by entities.py; grouped by donor_groups.py; which may give, non_givers.py with
  donor_places.py, makers.py, schemes.py and speakers.py; which one gives, givers.py; one paying for a part of
  the things funds them with no count, part_payers.py): countries, capitals, leaders, organisations, "les Alliés".
  Donors joined by "and"/"et"/","/"-" form one group ("les États-Unis, la France et la
  Norvège" -> three records). An item takes a passive agent right after it ("signés
  par ..."), a nationality right after it ("les canons Caesar français"), else the
  group nearest before its cue (the subject), else the only group the sentence names
  (German puts the subject after the verb), else a group after it that reports ("...,
  Berlin said"). Leave one country gives others ("approved requests from allies to
  send") is the approver's, under discussion (approvals.py); a receipt told in a relative
  clause on what another giver's things are for ("the Gepard guns that Ukraine received
  from Germany") is its source's delivery, and that source gives nothing else there
  (relative_receipts.py). Places visited or met in, comparisons ("wie die USA"), makers
  ("conçus par Thales"), "one of the ..." and an organisation describing its member
  ("the first NATO ally") are not givers, nor are private people ("U.S. veterans") and a
  donor in a relative clause ("qui ont rejoint l'Otan,"); the words before a group speak
  for all its members ("aus Dänemark und Deutschland"); a partner "together with" the
  giver gives too; who forbids a transfer is the clause's first donor, and the one it
  forbids to give ("Die Schweiz hat Deutschland ... untersagt") discusses it; a second giver
  told with the verb and thing left out ("..., Norway eight", "et huit pour la Norvège")
  gives the same thing, its own count (gapping.py), and one told with its own thing
  ("..., the Netherlands €300 million, and Sweden a €1.5 billion package") gives that
  thing (gapping.py); a leader introduced with title
  and country is named by surname later in the article (people.py);
- quantities and money (bot.core.pledges.quantities.numbers): a count right before an item, every
  amount as a funding record (but not a contract's value, nor money told as
  humanitarian, economic or budget aid; an amount that values equipment is category
  "other"). An item's worth, or money earmarked for one item, is that item's value
  (counted once: a share of a package told with its total is left to the total).

Sentences with no item, production or money cue are skipped before any other work,
and so are sentences that can have no giver (no donor named, none to borrow).
Coreference, lightly: a sentence whose item has a status but no giver takes the donor
of the latest sentence about aid (or the donor that opened a sentence), at most two
sentences back, unless it names a non-donor (Russia, Iran...); a list after ":" or
between ";" items keeps its head's donor and status however long it runs. Ukraine is
the recipient, never a donor.

An interview printed as a transcript (transcripts.py): a question whose answer is a bare
"No." / "Yes." or tells of its thing by a pronoun takes the answer's status, and the
interviewee's country stays the giver a first-person answer borrows, however far back.

Article level (restatements.py): a headline's records are kept beside the body's unless
both give the same count of the same thing, or the headline, in the present tense, told
the delivery its body reports, or, telling a wish ("will ... abgeben"), the aid the body
tells only as discussed, or, a training in the present ("Britain trains Ukrainian medics"), the
training the body only promises; a headline's shipment in the past tense ("US secretly shipped")
makes the body's promise of the same thing its history, dropped; umbrella words ("weapons") give way to
the same donor's precise items at the same stage; NATO and "the allies" doing the
same thing are one record. The phenomena and their tests: tests/pledges/test_pledges_wire.py (what is
given), test_pledges_wire_status.py, test_pledges_wire_givers.py and test_pledges_wire_2.py.
"""

from __future__ import annotations

import bisect
from dataclasses import replace
from datetime import date
from functools import lru_cache
from operator import attrgetter, itemgetter

from bot.core.models import Pledge
from bot.core.pledges.donors.bare_governments import (
    bare_governments,
    the_only_countrys_government,
    the_only_countrys_parliament,
)
from bot.core.pledges.donors.chambers import french_deputies, without_foreign_chambers
from bot.core.pledges.donors.federal_councils import swiss_federal_councils
from bot.core.pledges.donors.datelines import DATELINE
from bot.core.pledges.donors.donor_groups import donor_group_spans
from bot.core.pledges.donors.eu_mentions import bloc_mentions, brussels_mentions
from bot.core.pledges.donors.gapping import dated_clause_count, next_year_record
from bot.core.pledges.donors.item_givers import WESTERN_ITEM, joint_partners, without_dateline_city
from bot.core.pledges.donors.led_coalitions import CAPABILITY_COALITION, coalition_led_subject
from bot.core.pledges.donors.member_groups import member_mentions
from bot.core.pledges.donors.non_givers import not_a_giver
from bot.core.pledges.donors.people import surname_mentions
from bot.core.pledges.donors.purl_sellers import (
    contents_at_the_payment_status,
    the_runner_s_things_to_the_payers,
    without_the_seller,
)
from bot.core.pledges.donors.reexport_leave import without_reexport_leave
from bot.core.pledges.donors.schemes import scheme_mentions
from bot.core.pledges.donors.untitled_leaders import untitled_heads
from bot.core.pledges.money.paid_lists import list_after
from bot.core.pledges.money.scheme_payments import pays_in, without_weapons_the_body_pays_for
from bot.core.pledges.money.plant_building import the_plant_s_building_on_its_making
from bot.core.pledges.passes.article_passes import (
    FOR_UKRAINE,
    bare_paying,
    first_of_giver,
    missiles_named_again,
    paid_for_what_came_before,
    paying_for_the_making_told,
    sums_up_named_givers,
    verbless_headline,
    without_a_crossed_list,
    headline_group_told_by_members,
    without_allies_summing_up_members,
    without_the_order_again,
    without_the_worth_of_counted_things,
    without_the_making_told_again,
    without_the_ordering_of_a_promise,
)
from bot.core.pledges.passes.editorial_marks import without_editorial_marks
from bot.core.pledges.passes.entities import Entities
from bot.core.pledges.passes.factbox_lines import a_bulleted_line, heading_status_after
from bot.core.pledges.passes.item_records import USAI
from bot.core.pledges.passes.records import Mention, as_ascii
from bot.core.pledges.passes.restatements import (
    BODY_WEIGHING,
    HEADLINE_BUYING,
    HEADLINE_FIRST_ARRIVAL,
    HEADLINE_FUTURE,
    HEADLINE_PAST_DELIVERY,
    HEADLINE_PERFECT,
    HEADLINE_WISH,
    dedupe,
    one_reading,
    tanks_told_as_armour,
    without_present_tense_deliveries,
    without_purchases_the_body_orders,
    without_present_deliveries_the_body_promises,
    without_present_training_the_body_promises,
    without_promises_the_body_discusses,
    without_the_promise_behind_a_delivery,
)
from bot.core.pledges.passes.sentence_reading import FINANCING, sentence_pledges
from bot.core.pledges.quantities.numbers import Count, find_counts, find_money, fold_aligned
from bot.core.pledges.quantities.ranges import money_at_lower_bounds
from bot.core.pledges.special_pieces.audits import is_audit
from bot.core.pledges.special_pieces.campaign_promises import answered_campaigns, campaign_sentences, poll_sentences
from bot.core.pledges.special_pieces.correction_notes import (
    correction_note_sentences, corrected_claims, story_corrected,
)
from bot.core.pledges.special_pieces.fact_checks import claim_sentences, is_fact_check, without_denied_facts
from bot.core.pledges.special_pieces.slogans import slogan_sentences
from bot.core.pledges.special_pieces.tracker_tallies import tally_sentences
from bot.core.pledges.special_pieces.transcripts import answered_by_a_pronoun, transcript_of
from bot.core.pledges.status.aid_refusals import aid_refused_as_arms
from bot.core.pledges.status.answered_calls import answer_to_a_call
from bot.core.pledges.status.condition_clauses import condition_clause, outside
from bot.core.pledges.status.cue_patterns import PACKAGE_WORTH
from bot.core.pledges.status.denied_givings import without_denied_givings
from bot.core.pledges.status.diary_days import diary_handovers_done
from bot.core.pledges.donors.payers_after import payer_told_after
from bot.core.pledges.special_pieces.newsletter_blurbs import a_newsletter_blurb
from bot.core.pledges.status.denials import denial_left_open, without_refusals_the_body_leaves_open
from bot.core.pledges.status.figure_denials import FIGURE_DENIED, REPORTED, parted_only_by_empty, talks_refused_after
from bot.core.pledges.status.forbidden_givings import forbidden_givings_refused
from bot.core.pledges.status.future_dates import future_steps_as_promises
from bot.core.pledges.status.member_lists import without_members_listed
from bot.core.pledges.status.status_cues import MADE_AS_SOURCE_BEFORE, final_status, find_status_cues
from bot.core.pledges.status.status_matches import StatusMatches
from bot.core.pledges.things.given_items import helps_ukraine_buy, paid_into_a_fund
from bot.core.pledges.things.headline_aid import without_aid_the_body_details
from bot.core.pledges.things.headline_kinds import without_kinds_the_body_names
from bot.core.pledges.things.headline_orders import without_orders_the_body_keeps
from bot.core.pledges.things.item_words import item_mentions
from bot.core.pledges.things.replacement_systems import without_replacements_given
from bot.core.text import sentence_spans
from bot.core.text.entity_refs import decoded_references
from bot.core.text.lazy_pattern import gate_text, lazy
from bot.core.text.months import ENGLISH_MONTHS, FRENCH_MONTHS, GERMAN_MONTHS, alternation


def extract_pledges(
    text: str, *, title: str = "", lang: str | None = None, entities: Entities, published: date | None = None
) -> list[Pledge]:
    """Pledges reported in `title` and `text` (the article body), deduplicated. `published`,
    the article's date when its feed gives one, makes a step dated after it a promise
    (future_dates.py); None reads no date.

    Headlines compress ("Germany delivers tanks" may mean "will deliver"; "shell
    output" is ammunition production), so a pledge read in the title is kept only
    when the body reports nothing from the same donor."""
    # (an editor's "[the remaining] 25 [armoured vehicles]" and "(...)" read through: editorial_marks.py)
    # (a feed's HTML references left in, "&#8364;20m", decoded first: entity_refs.py)
    title, text = decoded_references(title), decoded_references(text)
    title, text = without_editorial_marks(title.strip()), without_editorial_marks(text)
    full = f"{title}\n\n{text}" if title and text else (title or text)
    if not full.strip():
        return []
    folded = fold_aligned(full)
    gate_text(folded)  # the patterns' calls on `folded` skip what it cannot match (see lazy_pattern)
    data = as_ascii(folded)
    spans = sentence_spans(full)

    items_by_sentence = _bucket(spans, item_mentions(full, folded, data, entities))
    # Every status is searched once in the whole text (see StatusMatches); production
    # and output cues also decide which sentences are worth reading.
    statuses = StatusMatches(data)
    production = [
        Mention(s, e, "production")
        for status in ("production", "manufacture", "output")
        for s, e in statuses.all(status)
        if not (status == "output" and folded[max(0, s - 3) : s] == "de ")
        and not (status == "manufacture" and MADE_AS_SOURCE_BEFORE.search(folded, max(0, s - 130), s))
    ]
    # Paying ("finanzieren", "will fund") is worth reading even with nothing named.
    production += [Mention(s, e, "funding") for s, e in statuses.all("pledged") if FINANCING.search(folded, s, e)]
    production.sort(key=lambda m: m.start)
    has_production = _bucket(spans, production)
    money_by_sentence = _bucket(spans, money := money_at_lower_bounds(folded, find_money(full, lang, folded), lang))
    wanted = {i for i in range(len(spans)) if items_by_sentence[i] or has_production[i] or money_by_sentence[i]}
    # (a newsletter telling of itself, "Our weekly round-up of military aid, sent every Saturday": newsletter_blurbs.py)
    wanted = {i for i in wanted if not a_newsletter_blurb(folded, spans[i][0])}
    # (a correction note retells what was wrong: no news, see correction_notes.py)
    body_start = len(title) + 2 if title and text else 0
    notes = correction_note_sentences(folded, spans, body_start)
    wanted -= notes
    wanted -= slogan_sentences(folded, spans)
    # (a tracker's tallies, ranks and findings are background to the day's news: tracker_tallies.py)
    wanted -= tally_sentences(folded, spans)
    # (a fact check's retelling of the claim it calls false is no delivery: fact_checks.py)
    # (... nor is an opposition's or a candidate's promise a government's, unless the government answers it:
    # campaign_promises.py; nor what voters think, a poll)
    unsaid = claim_sentences(folded, spans, len(title)) if (checked := is_fact_check(folded, len(title))) else set()
    campaigns = campaign_sentences(folded, spans) if wanted else set()
    answered = answered_campaigns(folded, spans, campaigns) if campaigns else {}
    unsaid |= (campaigns - answered.keys()) | poll_sentences(folded, spans)
    wanted -= unsaid
    if not wanted:
        return []
    # (an audit of past giving tells the deliveries it audits, no pledge of the day: audits.py)
    audited = is_audit(folded, spans, body_start)

    every_donor_name = entities.find_donors(full)
    if lang == "de" and "Island" in full:
        # German names Iceland "Island", a word the shared entity lists leave out (it is English
        # for an island): in German copy the capitalised name is the country
        every_donor_name = sorted(every_donor_name + _german_iceland(full, every_donor_name), key=_SECOND)
    other_names = entities.find_others(full)
    named_donors = without_dateline_city(full, folded, body_start, every_donor_name, spans)
    # (a chamber another country's name qualifies is that country's: "Japan's House of Representatives")
    named_donors = without_foreign_chambers(folded, named_donors, other_names)
    # (... and "les députés" alone, with no other country in their sentence, are France's)
    if deputies := french_deputies(folded, spans, every_donor_name, other_names):
        named_donors = sorted(named_donors + deputies, key=_SECOND)
    # (... and "der Bundesrat" of an article naming Switzerland, not Germany, is Switzerland's government)
    if councils := swiss_federal_councils(folded, every_donor_name):
        named_donors = sorted(named_donors + councils, key=_SECOND)
    # (a leader introduced with title and country is named by surname afterwards)
    if named_donors and (surnamed := surname_mentions(full, named_donors)):
        named_donors = sorted(named_donors + surnamed, key=_SECOND)
    # (... and a head of state or government told by title alone is the article's own country's)
    if heads := untitled_heads(full, folded, body_start, every_donor_name):
        named_donors = sorted(named_donors + heads, key=_SECOND)
    # (... and so is "the government" a chamber's motion or vote addresses: the chamber's country)
    if governments := bare_governments(
        folded, every_donor_name, other_names + entities.find_ukraine(full), frozenset(entities.country_codes())
    ):
        named_donors = sorted(named_donors + governments, key=_SECOND)
    # (... and, with no chamber, "the government" of an article that names one country alone is its)
    elif governments := the_only_countrys_government(
        folded, every_donor_name, other_names, frozenset(entities.country_codes()), body_start
    ):
        named_donors = sorted(named_donors + governments, key=_SECOND)
    # (... and "le Parlement" of an article naming one country alone, its chambers' names included, is its)
    if parliaments := the_only_countrys_parliament(
        folded, every_donor_name, other_names, frozenset(entities.country_codes()), entities.find_ukraine(full)
    ):
        named_donors = sorted(named_donors + parliaments, key=_SECOND)
    # (a scheme named with its nationality is named without it afterwards)
    if named_donors and (schemes := scheme_mentions(folded, named_donors)):
        named_donors = sorted(named_donors + schemes, key=_SECOND)
    # (... and the EU, once named, is "the bloc")
    if named_donors and (blocs := bloc_mentions(folded, named_donors)):
        named_donors = sorted(named_donors + blocs, key=_SECOND)
    # (... and the EU or Belgium, once named, is "Brussels")
    if named_donors and (seats := brussels_mentions(folded, named_donors)):
        named_donors = sorted(named_donors + seats, key=_SECOND)
    # (... and a group of countries by its own name is its members: "les trois pays du Benelux")
    if members := member_mentions(folded, named_donors):
        named_donors = sorted(named_donors + members, key=_SECOND)
    donors = _bucket(spans, named_donors, key=_SECOND)
    others = _bucket(spans, _others_who_may_act(other_names, folded), key=_SECOND)
    ukraine = _bucket(spans, entities.find_ukraine(full), key=_SECOND)
    counts: list[list[Count]] | None = None  # found when a sentence first needs them

    usai = _names_usai(folded)
    continues = (
        "include" in statuses.present or any(_opens_list(folded, span) for span in spans)
        or any(_LIST_HEADING.match(folded, span[0]) for span in spans)
        or any(_bullet_after_bullet(folded, spans, index) for index in range(1, len(spans)))
    )
    transcript = transcript_of(full, folded, spans)
    title_pledges: list[Pledge] = []
    body_pledges: list[Pledge] = []
    last_donors: tuple[str, ...] = ()
    last_several: tuple[str, ...] = ()  # the last sentence's givers when they were several
    last_donor_sentence = -10
    carried: str | None = None  # the status the previous sentence ended with
    heading: str | None = None  # the status of a factbox's heading over its bulleted lines (factbox_lines.py)
    # the status each giver's last told step ended with: a later "includes" naming its giver
    # continues that giver's package, not the article's last step (a live blog's entries)
    carried_by_giver: dict[str, str] = {}
    total_told = False  # whether an amount was named before: a package whose shares are told
    content = 0  # sentences with words so far: "[…]" between two sentences is no distance
    last_given: tuple[int, int] | None = None  # the last body sentence that gave: (content, first record)
    last_found: tuple[int, int, int] | None = None  # the last body sentence's records: (index, first, end)
    subhead_status: str | None = None  # what the last question subhead asked about (see below)
    figures_denied: set[tuple[str, str, str]] = set()  # (donor, category, evidence) of a report whose figure was denied
    paid_after: set[int] = set()  # sentences naming the payer of things the one before gave with no giver
    for index, (start, end) in enumerate(spans):
        # (a question opening its line and naming no giver, an explainer's subhead, "WHAT IS IN
        # THE NEW PACKAGE?", or a Q&A's question, "Qu'est-ce qui est promis ?", is no distance:
        # its answer borrows the giver told above it)
        if _CONTENT.search(full, start, end) and not (not donors[index] and _question_line(full, start, end)):
            content += 1
        # (in an interview transcript the one answering speaks for the same government
        # in every turn, however long the questions: transcripts.py)
        previous = last_donors if content - last_donor_sentence <= 2 or index in transcript.in_turns else ()
        # "Both countries", "les deux pays", "beide Länder" are the last pair that gave,
        # however many sentences about one of them came between.
        if last_several and not donors[index] and _BOTH_OF_THEM.search(folded, start, end):
            previous = last_several
        # ... and so is "each country" as the subject, though a speaker of one of them is named
        # after it ("Each country will also send 5,000 shells, the Danish defence ministry said"):
        # the speaker tells what both give
        elif last_several and donors[index] and _EACH_OF_THEM.match(folded, _subject_start(folded, start)) and all(
            donor[0] in last_several for donor in donors[index]
        ):
            donors[index], previous = [], last_several
        # A coalition as the subject ("The coalition, which has 18 members, aims to deliver",
        # "La coalition prévoit", "Die Koalition will") is the allies together, never the
        # member named last (the lead's ruling of stop 47: ALLIES)
        # ... and so is one told with the countries that lead it ("The drone coalition led by Latvia
        # and Britain will deliver", "Die von Estland geführte IT-Koalition"): led_coalitions.py
        if (not donors[index] and _is_capability_coalition_subject(folded, _subject_start(folded, start))) or (
            donors[index] and coalition_led_subject(
                folded, _subject_start(folded, _after_dateline(full, start)), end, donors[index]
            )
        ):
            previous = ("ALLIES",)
        # A country's governing coalition as the subject ("The governing coalition agreed to send",
        # "Die Regierungskoalition hat sich darauf geeinigt", "La coalition gouvernementale a
        # accepté") is that country's government: the country named last before it, else the
        # country the dateline names (a capability coalition of several states is ALLIES, above)
        elif not donors[index] and not previous and _GOVERNING_COALITION.match(
            folded, _subject_start(folded, _after_dateline(full, start))
        ):
            previous = _governing_country(named_donors, every_donor_name, full, body_start, start)
            # (the dateline's country only when no other country was named in between: "BERLIN - Ukraine's
            # parliament passed the budget. The governing coalition ..." is Kyiv's coalition)
            if previous and not any(s < start for _, s, _ in named_donors) and any(
                (ukraine[i] or others[i]) and spans[i][0] >= body_start for i in range(index)
            ):
                previous = ()
        # Cues are read for sentences that may give records or that open a list.
        # Each sentence's cues are read once: for its records and for what it hands on.
        # (Sentences without records matter only for what a later list or "includes"
        # continues: read them only when the article has such a continuation.)
        if index in wanted or (continues and statuses.present):
            sentence_cues = find_status_cues(folded, start, end, statuses, full)
            # ("Several states, including France, had demanded ...": an "including" of states opens no package)
            sentence_cues = without_members_listed(folded, sentence_cues, donors[index])
        else:
            sentence_cues = []
        own = final_status(sentence_cues)
        # A question whose answer is a bare "No." / "Yes." takes the answer's status for
        # the things it names (transcripts.py): its own words only ask.
        # So does one whose answer tells of its thing by a pronoun ("Q: And the next package?
        # A: The government approved it this morning.").
        reply = transcript.answered.get(index)
        if reply is None and index in wanted and (answer := transcript.asked.get(index)) is not None:
            reply = _status_of_a_pronoun_answer(full, folded, spans[answer], statuses, items_by_sentence[answer])
        # A call for a giving answered in a clause of its own ("fordert die Zeitung, Kanada solle
        # Kampfjets schicken – die Regierung lehnt das ab"): the answer is the things' status.
        if reply is None and index in wanted:
            reply = answer_to_a_call(folded, start, end, spans[index + 1] if index + 1 < len(spans) else None)
        # (... and so is a campaign's promise the government answers in the next sentence, whose giver it is)
        if reply is None and index in answered:
            reply = answered[index]
            if not donors[index] and donors[index + 1]:
                previous = donor_group_spans(folded, donors[index + 1])[0][2]
        if reply is not None:
            sentence_cues, own = [], reply
        # A list continues the sentence before it: after "are:" or between ";" items
        # ("Included in this package are: two NASAMS; 150,000 rounds; four radars."),
        # and a sentence that only says what a package includes.
        inherited = None
        # (a dated line of a timeline that says what a step includes is a step of its own:
        # it keeps the list's giver, but not the status of the lines before it; told alone,
        # what a package includes is announced, a promise)
        dated = carried is not None and own == "include" and _dated_line(folded, start)
        # ("15:20 GMT — Lisbon now says the package also holds 2,000 rounds", two entries after
        # Portugal's promise and one after Albania's handover: Portugal's package, promised)
        own_package = _status_of_the_givers_package(own, donors[index], carried_by_giver)
        carried = own_package or carried
        context = None if dated else carried
        heading = heading_status_after(
            heading, full, folded, start, spans[index - 1] if index > 0 and _opens_list(folded, spans[index - 1]) else None
        )
        if carried is not None and index > 0 and (
            _opens_list(folded, spans[index - 1]) or own == "include" or _bullet_after_bullet(folded, spans, index)
            or _LIST_HEADING.match(folded, start)
        ):
            inherited = "pledged" if dated or _heading_of_its_own(folded, start, carried) else carried
            previous = last_donors  # a list keeps its head's donor however long it runs
        # (a factbox's line with no cue of its own takes its heading's status, not the line's before:
        # "* OTHER: ammunition, helmets" under "the main items Australia has provided")
        if heading is not None and not dated and a_bulleted_line(folded, start, full) and not sentence_cues:
            inherited = heading
            previous = previous or last_donors
        # An explainer's question subhead ("WHAT HAS ALREADY BEEN DELIVERED?", "Qu'est-ce qui
        # a déjà été livré ?") tells the status of the verbless answer lines under it, up to
        # the next heading of any kind: "Ten Leopard 2 tanks and 50 CV90 vehicles." A question
        # that asks yes or no ("Has Sweden delivered Gripen jets?") has no such list.
        if start >= body_start and not transcript.asked and not transcript.answered and _question_subhead(full, start, end):
            subhead_status = final_status(sentence_cues or find_status_cues(folded, start, end, statuses, full))
            subhead_status = subhead_status if subhead_status in _RECORD_STATUSES else None
            if not _WH_OPENING.match(full, _subject_start(full, start)):
                subhead_status = None  # a yes/no question ends the section and tells no answer list
        elif subhead_status is not None and not items_by_sentence[index] and _plain_heading(full, start, end):
            subhead_status = None  # "OTHER NEWS": the section the question opened has ended
        elif subhead_status is not None and inherited is None and reply is None and not sentence_cues:
            inherited = subhead_status
        # (an audit's sentence naming things with no cue of its own tells the deliveries audited: audits.py)
        if audited and inherited is None and reply is None and not sentence_cues and start >= body_start:
            inherited = "delivered"
        # A sentence naming no giver may be told by the next one: "Ukraine has received
        # the first launchers. This was announced by the German defence minister."
        if (
            index in wanted and not donors[index] and not previous and index + 1 < len(spans)
            and donors[index + 1] and _TOLD_BY_NEXT.match(folded, spans[index + 1][0])
        ):
            previous = donor_group_spans(folded, donors[index + 1])[0][2]
        # ... or by the one paying for them: "Die ersten beiden Radhaubitzen sind an die ukrainischen Streitkräfte
        # übergeben worden. ... Bezahlt hat die Geschütze die Bundesregierung." (payers_after.py)
        if (
            index in wanted and not donors[index] and not others[index] and start >= body_start
            and (payer := payer_told_after(folded, spans, index, donors, items_by_sentence)) is not None
        ):
            previous = donor_group_spans(folded, donors[payer])[0][2]
            paid_after.add(payer)
        # Every record needs a giver: a donor named in the sentence, or one borrowed
        # from a previous sentence (see sentence_pledges). Without either, skip.
        found_donors: tuple[str, ...] = ()
        if index in wanted and (
            donors[index] or (previous and not others[index])
            or (not others[index] and WESTERN_ITEM.search(folded, start, end))
        ):
            if counts is None:
                counts = _bucket(spans, find_counts(full, lang, money, folded))
            # (what a condition asks of another country is none of this sentence's giving)
            condition = condition_clause(folded, start, end, donors[index])
            # "It is worth 4.5 billion kronor" after a sentence that gave a package and no sum:
            # the package's money, promised with it (the sentence has no cue of its own)
            if (
                not sentence_cues and inherited is None and reply is None and money_by_sentence[index]
                and last_given and content - last_given[0] <= 2
                and _PRONOUN_WORTH.match(folded, _subject_start(folded, start))
                and _a_package_without_a_sum(body_pledges[last_given[1]:])
            ):
                inherited = "pledged"
            found = sentence_pledges(
                full, folded, start, end, outside(items_by_sentence[index], condition),
                outside(money_by_sentence[index], condition), counts[index], outside(donors[index], condition),
                others[index], _ukraine_speaking(folded, start, end, index, ukraine, donors, others, previous),
                previous, outside(sentence_cues, condition), reply or inherited, usai,
                context, total_told, entities.is_firm,
            )
            if reply is not None:
                found = [replace(p, status=reply) for p in found]
            if index in answered:  # (the figure is the candidate's, not the government's)
                found = [replace(p, quantity=None, value=None, currency=None) for p in found]
            # The Danish model: a donor paying for things Ukraine's own factories build, told in the
            # sentence or the one before ("howitzers built by Ukrainian factories with Danish money.
            # Denmark has paid for 36 of the guns"), makes them: production, not a promise.
            # Only the things paid for (the object, up to the next clause: "... built by Ukrainian
            # factories and will also send 10 tanks" leaves the tanks pledged), and only when the
            # making is told of them, or of what the object points back to ("36 of the guns").
            made_here = _made_in_ukraine_paid_for(
                folded, start, end, spans[index - 1][0] if index > 0 else None, items_by_sentence[index]
            ) if found else set()
            if made_here:
                found = [
                    replace(p, status="production")
                    if p.status == "pledged" and p.category != "funding" and p.category in made_here else p
                    for p in found
                ]
            if found and (_LIKENESS.search(folded, start, end) or _UNNAMED_PAYERS.search(folded, start, end)):
                # "Sweden and Norway have funded similar orders": paying for the like of the
                # news, no sum and no thing, is a comparison, not aid of its own; and paying
                # told of countries no one names ("Finanziert wird sie von etwa einem Dutzend
                # Staaten", "funded by about a dozen countries") is no giver's, not the one before
                found = [p for p in found if not bare_paying(p)]
            if found and index in paid_after:
                # (the payer's sentence tells the paying of the things the last one gave: no record of its own)
                found = [p for p in found if p.quantity is not None or p.value is not None]
            if found and not (title and start < len(title)):
                # "Oslo will set aside 2 billion crowns for that purpose": the sum pays for
                # what the last sentence that gave told.
                # (not a sum paid into the scheme that delivered them: "Portugal zahlte dafür 100
                # Millionen Euro ein" is Portugal's funding, scheme_payments.py)
                if last_given and content - last_given[0] <= 2 and _FOR_THAT_PURPOSE.search(folded, start, end) and (
                    not pays_in(folded, start, end)
                ):
                    found = paid_for_what_came_before(body_pledges, last_given[1], found)
                elif body_pledges and (
                    _PACKAGE_WORTH.match(folded, _subject_start(folded, start))
                    or _THINGS_WORTH.match(folded, _subject_start(folded, start))
                ):
                    # "Das Paket hat einen Wert von 2,5 Milliarden Kronen" after one kind of
                    # thing given is that thing's worth; after several, the package's money.
                    found = paid_for_what_came_before(body_pledges, first_of_giver(body_pledges, found), found)
                    found = without_the_worth_of_counted_things(body_pledges, found)
                if last_given and content - last_given[0] <= 2:
                    told = bool(found)
                    found = without_the_order_again(body_pledges[last_given[1]:], found)
                    if told and not found:
                        # (a sentence that only told the order again, its worth or its making,
                        # keeps it the last giving: "Finanziert wird der Auftrag ..." after both)
                        last_given = (content, last_given[1])
                if found:
                    last_given = (content, len(body_pledges))
            if not (title and start < len(title)):
                last_found = (index, len(body_pledges), len(body_pledges) + len(found))
            (title_pledges if title and start < len(title) else body_pledges).extend(found)
            # The donor a later sentence borrows is who gave here, not the last name read.
            found_donors = tuple(dict.fromkeys(p.donor for p in found))
            if len(found_donors) > 1:
                last_several = found_donors
                # (a partner who gave "with" the giver is no subject a later line borrows: after
                # "- Mars 2023 : des chars livrés avec le Danemark." the next dated line is the
                # list's giver's alone; "both countries" still finds the pair, last_several)
                partners = joint_partners(folded, start, end, donors[index])
                found_donors = tuple(d for d in found_donors if d not in partners) or found_donors
        elif last_found and last_found[0] == index - 1 and not items_by_sentence[index]:
            # "Six tanks pledged; delivered in April": a clause after ";" with a participle and
            # neither subject nor item tells the later stage of the things before it.
            # Only what was pledged moves on (a refusal or a discussion "delivered earlier" is
            # no delivery), and not when the clause tells a hypothesis ("delivered now, they
            # would help") or the participle qualifies a noun ("all delivered vehicles will").
            after_semicolon = folded[spans[index - 1][1] - 1] == ";"
            later = _ELLIPTICAL_STAGE.match(folded, start) if after_semicolon else None
            year_count = dated_clause_count(folded, start, end, lang) if after_semicolon else None
            if year_count is not None and (
                year_copy := next_year_record(body_pledges[last_found[1]:last_found[2]], year_count, full[start:end])
            ):
                # "France delivered 30 Caesar guns in 2024; in 2025, 40": the later year's count of
                # the same giver, thing and stage (gapping.py); the next such clause follows on it
                body_pledges.append(year_copy)
                last_found = (index, len(body_pledges) - 1, len(body_pledges))
            elif later is not None and not _HYPOTHESIS_OR_FUTURE.search(folded, later.end(), end):
                _, first, stop = last_found
                body_pledges[first:stop] = [
                    replace(p, status="delivered") if p.status == "pledged" else p for p in body_pledges[first:stop]
                ]
        # A giving reported, then denied by the sentence after it, which names no thing of its own:
        # "quoting an aide as saying \"Sweden will give its tanks\". ... There are no such plans.",
        # "lui aurait dit : « Rome enverra un SAMP/T. » Le ministère a démenti ces propos". The
        # denial refuses what was reported; one that says no decision was taken leaves it discussed.
        # A denial of the figure only ("That figure is wrong", "Diese Zahl stimmt nicht") leaves the
        # giving discussed without it, and the question's "Is that right?" and a bare "No." between
        # the report and its denial do not part them (figure_denials.py).
        if (
            last_found and not items_by_sentence[index]
            and parted_only_by_empty(last_found[0], index, items_by_sentence)
            and _denies_the_report(folded, start, end, spans[last_found[0]])
        ):
            _, first, stop = last_found
            figure_only = FIGURE_DENIED.search(folded, start, end) is not None
            if figure_only:
                figures_denied.update((p.donor, p.category, p.evidence) for p in body_pledges[first:stop])
            settled = "discussed" if figure_only or _NO_DECISION.search(folded, start, end) else "refused"
            body_pledges[first:stop] = [
                replace(
                    p, status=settled,
                    quantity=None if settled == "refused" or figure_only else p.quantity,
                    value=None if figure_only else p.value,
                )
                if p.status == "pledged" else p
                for p in body_pledges[first:stop]
            ]
        elif (
            last_found and not items_by_sentence[index] and last_found[0] == index - 1
            and denial_left_open(folded, spans[last_found[0]], start, end)
        ):
            # "a démenti les informations selon lesquelles Rome livrerait un SAMP/T. « Aucune
            # décision n'a été prise »": the giving the denial refused stays open (denials.py)
            _, first, stop = last_found
            body_pledges[first:stop] = [
                replace(p, status="discussed") if p.status == "refused" else p for p in body_pledges[first:stop]
            ]
        total_told = total_told or bool(money_by_sentence[index])
        if own == "pledged" and usai and USAI.search(folded, start, end):
            own = "production"  # "Under USAI, the DoD will provide ...": contracting
        # The status of the article's last told step carries over sentences that tell
        # none ("Capabilities in this package include: ..." after the announcement).
        carried = own if own not in (None, "include") else (inherited or carried)
        if own not in (None, "include") and found_donors:
            carried_by_giver.update(dict.fromkeys(found_donors, own))
        # Only a sentence about aid sets the donor later sentences borrow: "Man passe
        # sich der Praxis der Verbündeten an" names allies who give nothing here.
        # (A sentence without aid still names who acts when the donor opens it:
        # "Poland's defence ministry made the announcement.")
        if found_donors:
            # (a borrowed donor that gave again stays current: a chain of sentences)
            last_donors, last_donor_sentence = found_donors, content
        elif donors[index] and not (last_donors and index in transcript.in_turns):
            # (in a transcript the interviewee stays who acts: a country or alliance named in
            # passing, "NATO's eastern flank needs every tank", gives nothing and is no
            # subject the next answer borrows)
            givers = [
                d for d in donors[index]
                if (index in wanted or d[1] - _after_dateline(full, start) <= _SUBJECT_REACH
                    # (or the subject of a reported clause: "Zugleich deutete der Minister an, dass Seoul seine
                    # Hilfe ausweiten könnte", "a laissé entendre que Séoul pourrait", "hinted that Seoul could")
                    or _REPORTED_SUBJECT_BEFORE.search(folded, max(start, d[1] - 12), d[1]))
                and not not_a_giver(full, folded, d)
            ]
            if givers:
                # the first group: where a sentence's subject stands
                last_donors = donor_group_spans(folded, givers)[0][2]
                last_donor_sentence = content
    # A headline is kept with the body: it usually tells the latest step ("US secretly
    # shipped missiles") while the body adds the history ("agreed in February to
    # send"), so both stages are records; the same record twice is one (dedupe).
    # A headline and a body giving the same count of the same thing at two stages
    # tell one event ("Germany delivers 15 Gepard" / "has delivered 15 more"): the
    # body's wording is the exact one.
    body_pledges = without_the_making_told_again(without_the_ordering_of_a_promise(missiles_named_again(body_pledges)))
    body_pledges = the_plant_s_building_on_its_making(body_pledges)
    if figures_denied:
        # "Diese Zahl stimmt nicht. Wir haben keine weiteren Kampfpanzer zugesagt.": the answer refusing
        # the kind itself is the whole answer; the talks a figure's denial leaves are no second record.
        body_pledges = talks_refused_after(body_pledges, figures_denied)
    counted = {(p.donor, p.category, p.quantity) for p in body_pledges if p.quantity is not None}
    title_pledges = [p for p in title_pledges if (p.donor, p.category, p.quantity) not in counted]
    if title_pledges and not HEADLINE_FUTURE.search(folded, 0, len(title)):
        title_pledges = without_present_tense_deliveries(title_pledges, body_pledges)
    # (a headline's promise the body tells only as weighed is the body's: "Italy to send second SAMP/T" over
    # "is considering sending ..., but no decision has been taken", "liefert" over "erwägt ... nicht entschieden";
    # the headline shortens, the summary says how far it got. Review 63; before it only a headline's wish)
    if title_pledges and (HEADLINE_WISH.search(folded, 0, len(title)) or BODY_WEIGHING.search(folded, len(title))):
        title_pledges = without_promises_the_body_discusses(title_pledges, body_pledges)
    if title_pledges and HEADLINE_BUYING.search(folded, 0, len(title)):
        title_pledges = without_purchases_the_body_orders(title_pledges, body_pledges)
    if title and not title_pledges and spans and spans[0][0] < len(title) and 0 not in unsaid:
        start, end = spans[0]
        if FOR_UKRAINE.search(folded, start, end):  # cheap first: most headlines are not verbless
            title_counts = counts[0] if counts is not None else [
                c for c in find_counts(full, lang, money, folded) if c.start < end
            ]
            title_pledges = verbless_headline(
                full, folded, start, end, items_by_sentence[0], statuses, body_pledges, title_counts, donors[0]
            )
            # (... whose things, in an audit of past giving, are the deliveries audited: audits.py)
            if audited:
                title_pledges = [replace(p, status="delivered") if p.status == "pledged" else p for p in title_pledges]
            # (a headline whose verb is not read, "Germany orders 24 IRIS-T systems", over a
            # body telling the same count is one event: the body's wording is the exact one)
            title_pledges = [p for p in title_pledges if (p.donor, p.category, p.quantity) not in counted]
            # (a verbless headline tells no time either: "Militärhilfe für Kiew übersteigt
            # 15 Milliarden Zloty" over a body telling the aid given is that aid, not a promise)
            if not HEADLINE_FUTURE.search(folded, 0, len(title)):
                title_pledges = without_present_tense_deliveries(title_pledges, body_pledges)
    # (after the verbless reading: a headline emptied here is no verbless one)
    if title_pledges and not HEADLINE_PAST_DELIVERY.search(folded, 0, len(title)):
        title_pledges = without_present_training_the_body_promises(title_pledges, body_pledges)
        # (not when the headline names the promise besides: "jets promised to Ukraine now in service")
        # (nor a first arrival: "Ukraine receives first Abrams tanks" over "will deliver the remaining 21")
        if not HEADLINE_PERFECT.search(folded, 0, len(title)) and not HEADLINE_FUTURE.search(folded, 0, len(title)) \
                and not HEADLINE_FIRST_ARRIVAL.search(folded, 0, len(title)):
            title_pledges = without_present_deliveries_the_body_promises(title_pledges, body_pledges)
    title_pledges = [p for p in title_pledges if not sums_up_named_givers(p, body_pledges)]
    title_pledges = without_a_crossed_list(title_pledges, body_pledges)
    title_pledges = without_refusals_the_body_leaves_open(title_pledges, body_pledges)
    # (a headline's sum that the body tells as the worth of the thing it buys is that
    # thing's price: "Berlin débloque 400 millions d'euros pour les IRIS-T" over "400
    # millions d'euros pour des munitions destinées aux systèmes IRIS-T")
    priced = {(p.donor, p.value, p.currency) for p in body_pledges if p.value is not None and p.category != "funding"}
    title_pledges = [
        p for p in title_pledges if not (p.category == "funding" and (p.donor, p.value, p.currency) in priced)
    ]
    # (... and a headline's sum for a thing that the body tells as paid into a fund is
    # the payer's funding, the body's exact wording: "Dänemark zahlt 100 Millionen Euro für
    # Munition" over "zahlt 100 Millionen Euro in den Munitionsfonds ... ein")
    # (... or as sent to help Ukraine buy things, whose buying is Ukraine's: "Sweden sends
    # Ukraine $300 million for air defence" over "$300 million to help Ukraine buy air
    # defence"; the headline's things with no figure are what that money buys)
    funding_alone = [
        p for p in body_pledges
        if p.value is not None and p.category == "funding" and (
            any(_money_purposes(p.evidence))
        )
    ]
    funded = {(p.donor, p.value, p.currency) for p in funding_alone}
    buying_givers = {p.donor for p in funding_alone if _money_purposes(p.evidence)[1]}
    title_pledges = [
        p for p in title_pledges if not (p.category != "funding" and (
            (p.donor, p.value, p.currency) in funded
            or (p.donor in buying_givers and p.value is None and p.quantity is None)
        ))
    ]
    title_pledges = paying_for_the_making_told(title_pledges, body_pledges)
    # (a headline's "missiles" over the body's "missiles sol-air Mistral", an air-defence system)
    title_pledges = without_kinds_the_body_names(
        title_pledges, body_pledges, lambda item: _categories_named(item, entities)
    )
    # (a headline's weapons in general whose body tells their givers paying for them as money)
    title_pledges = without_weapons_the_body_pays_for(title_pledges, body_pledges)
    # (a headline's paying alone, no sum and no thing read, "Dänemark finanziert
    # Drohnenproduktion in der Ukraine", is what the body tells its giver paying for)
    givers_told = {p.donor for p in body_pledges}
    title_pledges = [p for p in title_pledges if not bare_paying(p) or p.donor not in givers_told]
    # (a headline's aid in general, "New military aid for Ukraine", over the body's records of its giver)
    title_pledges = without_aid_the_body_details(title_pledges, body_pledges)
    # (a headline's order, "Schweden bestellt Patriot-Systeme", whose body tells it as the donor's own)
    title_pledges = without_orders_the_body_keeps(title_pledges, body_pledges, folded, len(title))
    if title_pledges and HEADLINE_PAST_DELIVERY.search(folded, 0, len(title)):
        body_pledges = without_the_promise_behind_a_delivery(title_pledges, body_pledges)
    # An item without a title (a live blog's entry, a feed that gives none) is headed by
    # its first sentence, as readers and the story matcher see it.
    headline = title or (full[spans[0][0] : spans[0][1]].strip() if spans else "")
    body_pledges = without_allies_summing_up_members(body_pledges)
    title_pledges = headline_group_told_by_members(title_pledges, body_pledges)
    # (a chronology's step dated after the article is a promise before its records are merged:
    # one delivered record with the step before would swallow it)
    body_pledges = future_steps_as_promises(body_pledges, published, full)
    # (a round-up's weekday line tells the day's handover in the present: "Dienstag: Lettland übergibt ...")
    body_pledges = diary_handovers_done(body_pledges, fold_aligned)
    # (under NATO's PURL the US sells what the allies pay for: no US gift; the package's
    # contents are the payer's, at its payment's status; NATO runs it and gives nothing)
    pledges = contents_at_the_payment_status(without_the_seller(body_pledges + title_pledges, folded), folded)
    pledges = the_runner_s_things_to_the_payers(pledges, folded)
    # (a correction note telling the right figure inside it: its claim, corrected, is news)
    for claim in corrected_claims(full, folded, spans, notes, lambda told: _counts_told(told, lang)):
        # (a claim naming no giver of its own corrects the story's giver: correction_notes.story_corrected)
        pledges = pledges + found if (
            found := extract_pledges(claim.text, lang=lang, entities=entities, published=published)
        ) else story_corrected(pledges, claim, _categories_named(claim.text, entities))
    # (... and its denial of the fact, "has not sent", no refusal: fact_checks.py; in any article, a
    # giving denied by its thing's determiner, "sent no tanks": denied_givings.py)
    if checked:
        pledges = without_denied_facts(pledges)
    pledges = without_denied_givings(pledges)
    # (leave to re-export gives the approver nothing, the re-exporter only its own giving: reexport_leave.py)
    pledges = without_reexport_leave(pledges)
    # (military aid refused in general, no sum named, is arms refused: aid_refusals.py)
    pledges = aid_refused_as_arms(pledges)
    # (a giving told as what a law or principle forbids is refused: forbidden_givings.py)
    pledges = forbidden_givings_refused(pledges)
    # (a donor's replacement jets arriving are no aid: only their refusal or discussion is)
    return one_reading(dedupe(tanks_told_as_armour(without_replacements_given(pledges))), headline)


def _categories_named(text: str, entities: Entities) -> frozenset[str]:
    """The categories of the things a short text names ("14 tanks" -> tanks)."""
    folded = fold_aligned(text)
    return frozenset(m.category for m in item_mentions(text, folded, as_ascii(folded), entities) if m.category)


def _counts_told(text: str, lang: str | None) -> list[tuple[int, int, int]]:
    return [(c.value, c.start, c.end) for c in find_counts(text, lang)]


def _status_of_a_pronoun_answer(
    full: str, folded: str, span: tuple[int, int], statuses: StatusMatches, items: list
) -> str | None:
    """The status an answer's first sentence gives the question's thing when it names no
    thing of its own but a pronoun for it (transcripts.answered_by_a_pronoun)."""
    start, end = span
    if items or not answered_by_a_pronoun(folded, start, end):
        return None
    status = final_status(find_status_cues(folded, start, end, statuses, full))
    return status if status in ("pledged", "delivered", "refused", "discussed") else None


# A sum whose purpose the sentence before told: "Norway will help Ukraine buy air defence.
# Oslo will set aside 2 billion crowns for that purpose", "à cet effet", "Dafür stellt Den
# Haag 500 Millionen Euro bereit".
_FOR_THAT_PURPOSE = lazy(
    r"\b(?:for (?:that|this) purpose|to (?:that|this) end|a cet effet|a cette fin|dans ce but|dafur|hierfur|"
    r"zu diesem zweck)\b"
)


# A package's worth told in a sentence of its own (folded text, from the sentence's
# subject): "Das 19. Hilfspaket hat einen Wert von", "The package is worth" (the words
# the status cues read as the package's promise: cue_patterns.PACKAGE_WORTH).
_PACKAGE_WORTH = lazy(PACKAGE_WORTH)
# ... and so is the things' worth told in apposition to them, named again as the subject: "The
# vehicles, worth A$95 million, will be shipped", "Les blindés, d'une valeur de 90 millions
# d'euros, seront livrés", "Die Fahrzeuge im Wert von 60 Millionen Euro sollen ... geliefert werden".
_THINGS_WORTH = lazy(
    r"(?:the|these|those|les|ces|die|diese) (?:[\w-]+ ){0,2}?[\w-]+,? (?:(?:together|all) )?"
    r"(?:worth|valued at|d'une valeur (?:totale )?de|estimee?s? a|evaluee?s? a|im (?:gesamt)?wert von)\b"
)
_LEADING_SPACE = lazy(r"\s*")
# ... and by a pronoun, the package named in the sentence before (folded text, from the
# sentence's subject): "It is worth", "Il est d'une valeur de", "Es hat einen Wert von".
_PRONOUN_WORTH = lazy(
    r"(?:it|il|elle|es) (?:(?:is|was) (?:worth|valued at)|has a (?:total )?value of|(?:est|etait) d'une valeur (?:totale )?de|"
    r"s'eleve a|(?:est )?evaluee? a|hat einen (?:gesamt)?wert von|umfasst)\b"
)
_PACKAGE_WORD = lazy(r"packages?|paquets?|\w*paket\w*|tranches?|enveloppes?")


def _a_package_without_a_sum(records: list[Pledge]) -> bool:
    """Whether a sentence's records give a package (its contents untold) and no sum."""
    return any(p.category == "other" and _PACKAGE_WORD.search(p.item.lower()) for p in records) and all(
        p.value is None for p in records
    )


def _subject_start(folded: str, start: int) -> int:
    return _LEADING_SPACE.match(folded, start).end()


_LIKENESS = lazy(r"\b(?:similar|such|comparable|ahnliche\w*|vergleichbare\w*|similaires?|comparables?|semblables?)\b")
# (folded text) the payers told as countries no one names, the agent of a paying verb: "by about a dozen
# countries", "von etwa einem Dutzend Staaten", "par une dizaine de pays", "by several allies"
_UNNAMED_PAYERS = lazy(
    r"\b(?:by|von|par)\s+(?:about |some |around |roughly |more than |over |etwa |rund |mehr als |uber |environ |plus de |pres de )?"
    r"(?:a |an |einem |einer |une |un |des |de )?(?:dozen|dozens of|several|many|other|\d+|two|three|four|five|six|seven|eight|nine|ten|"
    r"dutzend|mehreren|vielen|anderen|zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn|"
    r"dizaine|douzaine|vingtaine|plusieurs|nombreux|autres|deux|trois|quatre|cinq|sept|huit|neuf|dix)\s+"
    r"(?:(?:other|anderen|autres|european|europaischen|europeens|western|westlichen|occidentaux)\s+)?(?:de |d')?"
    r"(?:countries|states|allies|governments|nations|donors|staaten|landern|lander|verbundeten|regierungen|"
    r"pays|etats|allies|gouvernements|donateurs)\b"
)


# (folded text) the givers of the sentences before, taken together
_BOTH_OF_THEM = lazy(
    r"\b(?:both (?:countries|governments|nations)|the (?:two|three) (?:countries|governments)|"
    r"les deux pays|les deux gouvernements|les trois pays|beiden? lander|beide regierungen|"
    r"die beiden (?:lander|regierungen|staaten)|die drei (?:lander|staaten))\b"
)


# (folded text, at a sentence's subject) each or both of the last pair that gave: "Each country will
# also send", "Both governments will", "Chacun des deux pays fournira", "Beide Länder werden jeweils"
_EACH_OF_THEM = lazy(
    r"(?:each|both) (?:of the (?:two|three) )?(?:countries|country|governments|government|nations|nation)\b|"
    r"(?:chacun|chacune) des (?:deux|trois) (?:pays|gouvernements)|chaque pays|les deux pays|"
    r"(?:jedes|jeder) (?:der (?:beiden|drei) )?(?:land|lander|staat|staaten)\b|(?:die )?beiden? (?:lander|staaten|regierungen)\b"
)
# (folded text, at a sentence's subject) a coalition named by its article alone or by what it
# buys: "the coalition", "the drone coalition", "la coalition", "die Koalition", "die Drohnenkoalition"
_COALITION_SUBJECT = lazy(
    r"(?:the|this|la|cette|die|diese) (?:[\w-]+ )?(?:coalition|\w*koalition)\b(?! of the willing| des volontaires| der willigen)"
)
# (how far after "la coalition" its capability may be told: "la coalition pour le déminage")
_COALITION_NAME_REACH = 30
# A government's coalition ("the governing coalition", "the coalition government", "die
# schwarz-rote Koalition", "la coalition au pouvoir") gives as its country does, never as the allies
_GOVERNING_COALITION = lazy(
    r"(?:the|this|la|cette|die|diese) (?:governing |ruling |regierungs|ampel|schwarz-rote |rot-grune |grosse |"
    r"(?:[\w-]+ )?(?:coalition|\w*koalition)\s*(?:government|au pouvoir|gouvernementale)\b)"
)


# (the text as written: "Island", "Islands" (its genitive), never lower case nor inside a word)
_GERMAN_ICELAND = lazy(r"\bIslands?\b")


def _german_iceland(full: str, named: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Iceland named in German ("Island finanziert ...", "Islands Regierung"), where no other
    name is read."""
    return [
        ("IS", match.start(), match.end()) for match in _GERMAN_ICELAND.finditer(full)
        if not any(s <= match.start() < e for _, s, e in named)
        and not _ENGLISH_PLACE_BEFORE.search(full, max(0, match.start() - 20), match.start())
    ]


# (an English place name ending in "Island(s)", kept in English in German copy: "Rhode Island", "Long
# Island", "Marshall Islands". A list of names, not "any capitalised word before": German capitalises
# its nouns, "die Regierung Islands", and a text may open with "Auch Island ...")
_ENGLISH_PLACE_BEFORE = lazy(
    r"\b(?:Rhode|Long|Staten|Ellis|Rikers|Marshall|Cayman|Virgin|Falkland|Solomon|Cook|Pitcairn|Faroe|Canary|"
    r"Channel|Aleutian|Kuril|Easter|Christmas|Norfolk|Edward|Vancouver|Baffin|Wake|Midway|Shetland|Orkney|Sable|"
    r"Treasure|Kodiak|Amelia|Fire|Coney|Roosevelt|Governors|Mercer|Whidbey|Hilton Head|Padre) $"
)


def _ukraine_speaking(
    folded: str, start: int, end: int, index: int, ukraine: list[list[tuple[str, int, int]]],
    donors: list[list[tuple[str, int, int]]], others: list[list[tuple[str, int, int]]], previous: tuple[str, ...],
) -> list[tuple[str, int, int]]:
    """Where the sentence names Ukraine, counting Kyiv's first person: "« Nous n'avons reçu que deux
    avions », a-t-il affirmé", "'We have received only two jets'", "Wir haben nur zwei Jets erhalten",
    said after a sentence that named Ukraine (its president, its ministry), in a sentence naming no
    country of its own, with a giver to borrow: the "we" who received is Ukraine, the giver the donor
    named in context."""
    if ukraine[index] or donors[index] or others[index] or not previous:
        return ukraine[index]
    # (Ukraine must lead its sentence, before any donor: "Poland has sent 300 tanks to Ukraine, its
    # minister said" quotes Poland's own "we")
    if not any(
        ukraine[before] and (not donors[before] or ukraine[before][0][1] < donors[before][0][1])
        for before in range(max(0, index - 2), index)
    ):
        return ukraine[index]
    we = _WE_RECEIVED.search(folded, start, end)
    return [("UA", we.start(), we.start() + len(we.group("we")))] if we else ukraine[index]


# (folded text: a first-person plural subject, then its receiving verb in the same clause)
_WE_RECEIVED = lazy(
    r"\b(?P<we>we|nous|wir)\b[^.;:!?,]{0,60}?\b(?:received|got|recu|recus|obtenu|erhalten|bekommen)\b"
)


def _governing_country(
    named: list[tuple[str, int, int]], every_name: list[tuple[str, int, int]], full: str, body_start: int, before: int
) -> tuple[str, ...]:
    """Whose government a governing coalition is: the last country named before the sentence
    (`named`, the donors the article names), else the dateline's city's country; () when
    neither names one country (an organisation has no governing coalition)."""
    earlier = [code for code, s, _ in named if s < before]
    if earlier:
        return (earlier[-1],) if _A_COUNTRY.fullmatch(earlier[-1]) else ()
    dateline = DATELINE.match(full, body_start)
    if dateline is None:
        return ()
    cities = {code for code, s, _ in every_name if dateline.start() <= s < dateline.end()}
    return tuple(cities) if len(cities) == 1 and _A_COUNTRY.fullmatch(next(iter(cities))) else ()


# (a donor code that is one country's: two capitals, not "EU", "NATO", "ALLIES", "G7")
_A_COUNTRY = lazy(r"[A-Z]{2}")


def _is_capability_coalition_subject(folded: str, at: int) -> bool:
    """A coalition is the sentence's subject and is the allies' coalition of capabilities: a
    bare "the coalition" / "die Koalition" only once the article named one up to here, because
    in politics copy (German above all) it is the governing coalition, which is no giver of its own."""
    named = _COALITION_SUBJECT.match(folded, at)
    if named is None or _GOVERNING_COALITION.match(folded, at):
        return False
    return CAPABILITY_COALITION.search(folded, 0, named.end() + _COALITION_NAME_REACH) is not None


_TOLD_BY_NEXT = lazy(
    r"(?:this|that|dies|das|cela|ceci|ce que) (?:was|has been|had been|wurde|ist|hat|a ete|est|avait ete) "
    r"(?:[\w'-]+ ){0,3}?(?:announced|confirmed|said|stated|told|reported|by|von|vom|angekundigt|bestatigt|erklart|"
    r"mitgeteilt|annonce|confirme|declare|indique|par)\b"
)
_CONTENT = lazy(r"\w{3}")
_RECORD_STATUSES = ("pledged", "delivered", "discussed", "refused", "production")
_SUBHEAD_MAX = 120  # characters: a subhead is a short line
# (an interview's question is no subhead: "Q: ...", "— ...", "- ...", "Frage: ...")
_TURN_MARK = lazy(r"(?:q|question|frage|f)\s*[:.]|[-–—]")


# (a subhead that asks what: "What has been delivered?", "Quels chars ont été livrés ?", "Was wurde
# geliefert?", not a yes/no question, "Has Sweden delivered Gripen jets?", "Was Taurus delivered?":
# German "was" only before its verb, English "was" opens a yes/no question)
_WH_OPENING = lazy(
    r"(?i)(?:what\b|what's|which\b|how (?:many|much)\b|qu['’]|que\b|quel\w*|quoi\b|combien\b|lesquel\w*|"
    r"was (?:wurde|wird|ist|hat|haben|kommt|fehlt|liefert|liefern|bekommt|erh\w+)\b|welche\w*|wie viele?\b)"
)
_HEADING_MAX = 60  # characters: a plain heading ("OTHER NEWS", "Weitere Meldungen") is shorter still


def _opens_its_line(full: str, start: int) -> bool:
    return not full[full.rfind("\n", 0, start) + 1 : start].strip()


def _line_of_its_own(full: str, start: int, end: int) -> bool:
    """Whether full[start:end] stands alone on its line: a heading or subhead, not a sentence
    of a paragraph."""
    return _opens_its_line(full, start) and full[end:].lstrip(" \t")[:1] in ("\n", "")


def _question_line(full: str, start: int, end: int) -> bool:
    """Whether the sentence is a question that opens its line (a subhead's or an interview's)."""
    return full[start:end].rstrip().endswith("?") and _opens_its_line(full, start)


def _question_subhead(full: str, start: int, end: int) -> bool:
    """Whether full[start:end] is a question standing as a line of its own (an explainer's
    subhead), not a question inside a paragraph nor an interview's turn."""
    line = full[start:end].strip()
    return (
        _question_line(full, start, end) and _line_of_its_own(full, start, end)
        and 0 < len(line) <= _SUBHEAD_MAX and not _TURN_MARK.match(line)
    )


def _plain_heading(full: str, start: int, end: int) -> bool:
    """Whether full[start:end] is a heading that asks nothing ("OTHER NEWS", "Weitere Meldungen"):
    a short line of its own with no figure and no closing stop (an answer line has its figure or
    its full stop: "Germany: 10 Leopard 2 tanks.")."""
    line = full[start:end].strip()
    return (
        0 < len(line) <= _HEADING_MAX and line[-1] not in ".!?:;," and not any(c.isdigit() for c in line)
        and _line_of_its_own(full, start, end)
    )


_SUBJECT_REACH = 30  # characters from a sentence's start where its subject stands
# The conjunction opening a reported clause, right before its subject (folded text).
_REPORTED_SUBJECT_BEFORE = lazy(r"(?:\b(?:that|dass|que)\s+|\bqu')(?:(?:the|la|le|l')\s*)?$")


def _after_dateline(full: str, start: int) -> int:
    """Where a sentence's own words begin: after the dateline that opens it ("PARIS (AFP) -
    Les grandes étapes de l'aide danoise ..."), whose city is no subject."""
    dateline = DATELINE.match(full, start)
    return dateline.end() if dateline is not None else start


# A sentence that hands on to the next as a list: ends with ":" or ";", or with "and"
# at a line break ("...; and\nsix radars."), or with "," (a comma ends a sentence only at
# a line break: a bulleted list, "- zwei Iris-T-Systeme,\n- 20.000 Schuss").
# (folded text) Paying for things, done (the Danish model's words), and things built by Ukraine's own
# industry: "has paid for", "a payé", "hat ... bezahlt"; "built by Ukrainian factories", "made in
# Ukraine", "fabriqués en Ukraine", "in der Ukraine gebaut".
_PAID_FOR = lazy(r"\b(?:(?:has|have|had) (?:already )?paid for|(?:a|ont|avait) (?:deja )?paye|(?:hat|haben|hatte) (?:[\w-]+ ){0,6}bezahlt)\b")
# (folded text) Where the object of "paid for" ends: the next clause ("and will also send").
_NEXT_CLAUSE = lazy(r"[;,]|\b(?:and|et|und|but|mais|aber|while|alors que|wahrend)\b")
# (folded text) An object that points back to things told before: "36 of the guns", "de ces canons",
# "der Geschütze", "davon".
_POINTS_BACK = lazy(r"\b(?:of (?:the|these|those|them)|(?:de|d'entre) (?:ces|ceux|eux|leurs)|der|dieser|davon)\b")
_BUILT_IN_UKRAINE = lazy(
    r"\b(?:(?:built|made|produced|manufactured) (?:by ukrainian (?:factories|industry|firms|companies|manufacturers)|in ukraine)|"
    r"(?:fabrique|produit|construit)e?s? (?:en ukraine|par (?:l'industrie|des (?:usines|entreprises)) ukrainiennes?)|"
    r"in der ukraine (?:gebaut|hergestellt|produziert|gefertigt)|von ukrainischen (?:firmen|fabriken|herstellern) (?:gebaut|hergestellt))\b"
)
# (folded text) A sentence denying what the one before reported: "There are no such plans",
# "Nobody has said that", "denied the report", "a démenti ces propos", "aucune décision n'a été
# prise", "dementierte das", "solche Pläne gebe es nicht".
_DENIES_WHAT_WAS_SAID = lazy(
    r"\b(?:there (?:are|were|is|was) no such (?:plans?|decision|intention)|no such (?:plans?|decision) "
    r"(?:exists?|has been|have been|was|were)|nobody (?:[\w'-]+ ){0,4}(?:has|had|have) said (?:that|this|so)|"
    r"(?:denied|denies|rejected) (?:the|these|those|this|that|such) (?:reports?|remarks?|claims?|comments?|statements?)|"
    r"(?:a|ont|avait) (?:formellement |aussitot )?(?:dementi|recuse|contredit) (?:ces|ses|cette|les|l'|cet) ?"
    r"(?:propos|informations?|affirmations?|declarations?|allegations?|article|information)|"
    r"aucune decision n'(?:a|avait) ete prise|il n'en est pas question|"
    r"dementier\w* (?:das|dies|diese\w*|den bericht|die (?:aussage|angaben|meldung|berichte))|"
    r"solche plane gebe es nicht|es gebe keine solchen plane|keine solchen plane)"
)
# (folded text) The denial's object runs on to what is denied: "the reports of new mobilisation",
# "the claims that ...", "no such plans for Polish troops", "les affirmations d'un retard", "die Angaben
# über Verluste": a denial of something else, not of the report before.
_DENIAL_RUNS_ON = lazy(
    r"\s*(?:of|that|about|on|over|for|to|regarding|concerning|linking|from|against|"
    r"d'|de|du|des|sur|selon|concernant|quant|a propos|"
    r"uber|zu|zur|zum|von|vom|wonach|,? dass|,? wonach)\b"
)
# (folded text) A giving told second-hand: an aide quoted, "reportedly", "according to", "aurait dit",
# "selon un journal", "zitiert", "berichtete eine Zeitung": what a denial can take back.
_HEARSAY = lazy(
    r"\b(?:quot(?:ed|ing)|as saying|reportedly|according to|(?:media|newspapers?|paper) (?:reported|said)|"
    r"(?:an?|one) (?:aide|official|source|adviser|advisor|insider) (?:told|said)|told (?:a|the) (?:newspaper|paper|daily)|"
    r"a (?:dit|confie)(?: [\w'-]+){0,3} a (?:un|une|le|la) (?:journal|quotidien)|sagte (?:ein|eine) (?:berater|beraterin|insider)|"
    r"aurai(?:t|ent)|selon (?:un|une|le|la|les|des) (?:journal|quotidien|media|medias|sources?|hebdomadaire)|"
    r"zitiert|berichtete(?:n)? (?:eine|die|der|das)|einem bericht|wie (?:eine|die) zeitung)\b"
)
# (folded text) Deniers who take back nothing a donor promised: the enemy, the opposition.
_NOT_THE_GIVERS_DENIAL = lazy(
    r"\b(?:russia|russian|the kremlin|kremlin|moscow|moscou|russie|le kremlin|russland|moskau|kreml|"
    r"(?:the|l'|die) opposition)\b"
)
_NO_DECISION = lazy(r"\b(?:no decision|aucune decision|pas de decision|keine entscheidung|noch nicht entschieden)")
# A list told as text under a heading of its own words, the things after the colon: "In
# detail: ...", "Im Einzelnen: Kampfpanzer Leopard 1A5: 25; ...", "Au programme : obus ...",
# its source told beside it ("Le détail, selon le ministère : obus de 155 mm : 3 000 ;", "Die
# Aufstellung des Ministeriums:").
# The lines continue the sentence before, as a list after "includes:" does (folded text).
_LIST_HEADING = lazy(
    r"\s*(?:(?:in|the|a|im|die|eine|der|au|le|la|en|dans le) )?"
    r"(?:details?|breakdown|list|einzelnen|aufstellung|aufschlusselung|liste|programme|menu|detail)"
    r"(?:[ ,][^:.;!?]{1,40})?\s?:"
)
# What makes a heading's list a plan of its own, not more of the sentence before: "The
# breakdown of the new package:", "The list of what Berlin plans:", "Le détail du nouveau
# paquet :", "Die Aufstellung des neuen Pakets:" (folded text, inside the heading).
_HEADING_OF_A_PLAN = lazy(
    r"\b(?:new|next|plans?|planned|future|upcoming|nouve(?:au|l|lle|aux|lles)|prochain\w*|prevu\w*|"
    r"neue\w*|nachste\w*|geplant\w*|plan\w*|kunftig\w*)\b"
)


def _status_of_the_givers_package(
    own: str | None, donors: list[tuple[str, int, int]], carried_by_giver: dict[str, str]
) -> str | None:
    """For a sentence that only says what a package includes and names its giver, the status that
    giver's last told step ended with (None when it names none, or one not told before)."""
    if own != "include" or not donors:
        return None
    return carried_by_giver.get(donors[0][0])


def _heading_of_its_own(folded: str, start: int, carried: str) -> bool:
    """Whether a list heading opening the sentence at `start` gives its list a status of its
    own, a promise, rather than the one the sentence before ended with: a heading never
    carries a refusal onto its list ("Germany will not send Taurus missiles. In detail: 20
    Leopard tanks"), and one naming a new package or a plan names its own ("Germany has
    delivered 20 tanks. The list of what Berlin plans: 10 more howitzers"). The giver is
    still the one of the sentence before."""
    heading = _LIST_HEADING.match(folded, start)
    return heading is not None and (
        carried == "refused" or _HEADING_OF_A_PLAN.search(folded, heading.start(), heading.end()) is not None
    )


_LIST_TAIL = lazy(r"(?:[:;,]|\b(?:and|et|und|sowie|or|ou|oder))\s*$")


# A line of a timeline or factbox opens with its date ("- Juin 2025 : ...", "* October
# 2025 - ...", "2024: ..."): each such line is a step of its own, whose "includes" tells
# what that step holds, not what the line before did (folded text, from the sentence start).
_DATED_LINE = lazy(
    rf"[ \t]*(?:[-*\u2022\u2013][ \t]*)?(?:(?:{alternation(ENGLISH_MONTHS, FRENCH_MONTHS, GERMAN_MONTHS)})\.?[ \t]+)?"
    r"(?:19|20)\d\d[ \t]*[-:\u2013]"
)


# A clause with no subject that opens with a participle of handing over (after ";", see
# extract_pledges): "; delivered in April after repairs", "; livrés en juin", "; im Mai geliefert"
# is not read here (German puts the participle last).
_ELLIPTICAL_STAGE = lazy(
    r"\s*(?:(?:then|later|finally|all|puis|ensuite|finalement|tous|toutes) )?"
    r"(?:delivered|handed over|shipped|transferred|livre(?:e|s|es)?|remis(?:e|es)?|transfere(?:e|s|es)?)\b"
    # ("all delivered vehicles": an adjective before its noun, not the clause's verb)
    r"(?!\s+(?!(?:in|on|at|by|to|from|with|after|before|since|over|last|this|earlier|en|a|au|le|la|les|des|avec|"
    r"apres|avant|depuis|dans|par|ce|cette)\b)[a-z]+\b)"
)
# A clause after the participle that tells a hypothesis or a future: "; delivered earlier,
# they could have ...", "; delivered now, they would help": no delivery told.
_HYPOTHESIS_OR_FUTURE = lazy(
    r"\b(?:would|could|might|should|will|may|pourrai\w*|aurai\w*|serai\w*|pourrait|auraient|seraient)\b"
)


def _dated_line(folded: str, start: int) -> bool:
    return (start == 0 or folded[start - 1] == "\n") and _DATED_LINE.match(folded, start) is not None


def _opens_list(folded: str, span: tuple[int, int]) -> bool:
    start, end = span
    return bool(_LIST_TAIL.search(folded, max(start, end - 8), end))


def _bullet_after_bullet(folded: str, spans: list[tuple[int, int]], index: int) -> bool:
    """A bulleted line after another continues its list, though the one before ends with no
    comma or "and": "- 16 Schützenpanzer vom Typ BMP-2M" then "- 20 Mörser ..." (a dated
    line of a timeline is a step of its own, see _DATED_LINE)."""
    return bool(
        _BULLET.match(folded, spans[index - 1][0]) and _BULLET.match(folded, spans[index][0])
        and not _DATED_LINE.match(folded, spans[index][0])
    )


# (folded text, at a sentence's start) a line opened by a bullet: "- ", "* ", "• ", "– "
_BULLET = lazy(r"\s*[-*\u2022\u2013]\s+")
# Literals each alternative of USAI holds: a substring search for them (in C, most
# articles have none) spares `re` trying every alternative at every position.
_USAI_LITERALS = ("usai", "assistance initiative", "funding for")


def _names_usai(folded: str) -> bool:
    return any(literal in folded for literal in _USAI_LITERALS) and USAI.search(folded) is not None


_START = attrgetter("start")
_SECOND = itemgetter(1)


def _others_who_may_act(others: list[tuple[str, int, int]], folded: str) -> list[tuple[str, int, int]]:
    """The mentions of actors that never give (Russia, Iran) that may be who acts in their
    sentence: all but those that only date it by an attack ("after heavy Russian air
    strikes", "après les frappes russes", "nach den russischen Luftangriffen").

    A sentence naming such an actor borrows no donor from the sentence before: its items
    may be the attacker's ("Russian drones hit Kyiv overnight"). One that is only dated by
    the attack tells the earlier sentence's donor's news: "Erst nach den russischen
    Luftangriffen wird das erste von vier zugesagten Systemen übergeben"."""
    return [other for other in others if not _dated_by_an_attack(folded, other[1], other[2])]


def _dated_by_an_attack(folded: str, start: int, end: int) -> bool:
    opener = _WHEN_OR_WHY_BEFORE.search(folded, max(0, start - 60), start)
    if opener is None:
        return False
    # The attack is named between the opener and the actor or right after the actor;
    # "after Russian drones struck" is no such phrase (the drones may be what follows).
    return bool(_ATTACK_WORD.search(folded, opener.start(), start) or _ATTACK_WORD_AFTER.match(folded, end))


# A phrase of time or cause opened at most three words before (folded text). German "nach"
# needs a word between: "nach Russland" is where to, "nach den russischen Angriffen" when.
_WHEN_OR_WHY_BEFORE = lazy(
    r"(?:\b(?:after|following|since|amid|in response to|because of|seit|angesichts|wegen|als reaktion auf|"
    r"apres|depuis|suite (?:a|aux)|face (?:a|aux)|en reponse (?:a|aux)|en raison d(?:e|es|u))(?:\s+[\w'-]+){0,3}?"
    r"|\bnach(?:\s+[\w'-]+){1,3}?)\s+$"
)
_ATTACK_NOUN = (
    r"\w*(?:strikes?|attacks?|assault|offensive|bombing|bombardments?|shelling|invasion|aggression|war\b|"
    r"angriff\w*|offensive|beschuss|bombardierung\w*|krieg\w*|invasion|aggression|"
    r"frappes?|attaques?|bombardements?|guerre|agression)"
)
_ATTACK_WORD = lazy(r"\b" + _ATTACK_NOUN)
# Right after the actor, or after one or two words: "Russian air strikes", "Russia's
# attacks", "Russia began its offensive".
_ATTACK_WORD_AFTER = lazy(r"(?:'s)?(?:\s+[\w'-]+){0,2}?\s+" + _ATTACK_NOUN)


def _bucket(spans: list[tuple[int, int]], things: list, key=_START) -> list[list]:
    """Distribute things (sorted by position) into the sentences that hold them."""
    buckets: list[list] = [[] for _ in spans]
    if not things:
        return buckets
    starts = [s for s, _ in spans]
    for thing in things:
        pos = key(thing)
        i = bisect.bisect_right(starts, pos) - 1
        if 0 <= i < len(spans) and pos < spans[i][1]:
            buckets[i].append(thing)
    return buckets


@lru_cache(maxsize=64)
def _money_purposes(evidence: str) -> tuple[bool, bool]:
    """Whether a record's sentence tells money paid into a fund, and money sent to help Ukraine
    buy things: one reading per sentence (the records of a sentence listing thousands of sums
    share it; folded and searched for each, they cost the square of the list)."""
    folded = fold_aligned(evidence)
    return paid_into_a_fund(folded), helps_ukraine_buy(folded)


def _denies_the_report(folded: str, start: int, end: int, before: tuple[int, int]) -> bool:
    """Whether folded[start:end] denies the giving the sentence `before` told second-hand: the
    denial's object is the report itself ("denied the report.", "a démenti ces propos",
    "dementierte dies"), and the one denying is not Russia or the opposition. A promise told
    by its giver ("..., Pistorius said") is no report to deny."""
    denial = _DENIES_WHAT_WAS_SAID.search(folded, start, end) or FIGURE_DENIED.search(folded, start, end)
    if denial is None or _DENIAL_RUNS_ON.match(folded, denial.end(), end):
        return False
    if _NOT_THE_GIVERS_DENIAL.search(folded, start, denial.start()):
        return False
    return _HEARSAY.search(folded, *before) is not None or REPORTED.search(folded, *before) is not None


def _made_in_ukraine_paid_for(
    folded: str, start: int, end: int, before: int | None, mentions: list[Mention]
) -> set[str]:
    """The categories of the things folded[start:end] says a donor paid for that Ukraine's own
    industry builds (the Danish model): the object of "paid for" up to the next clause, with the
    making told of it ("18 howitzers built by Ukrainian factories"), or pointing back ("36 of
    the guns", "36 de ces canons", "36 der Geschütze") to things the sentence before says are
    made in Ukraine."""
    paid = _PAID_FOR.search(folded, start, end)
    if paid is None:
        return set()
    clause = _NEXT_CLAUSE.search(folded, paid.end(), end)
    stop = clause.start() if clause else end
    paid_things = [m for m in mentions if paid.start() <= m.start < stop]
    if paid_things:
        # (the object goes on over a list of things: "36 of the howitzers and 200 of the drones",
        # paid_lists.py)
        paid_things += list_after(folded, paid_things[-1], [m for m in mentions if start <= m.start < end])
        stop = max(stop, paid_things[-1].end)
    things = {m.category for m in paid_things}
    if not things:
        return set()
    if _BUILT_IN_UKRAINE.search(folded, paid.start(), stop):
        return things
    if before is not None and _POINTS_BACK.search(folded, paid.start(), stop) and _BUILT_IN_UKRAINE.search(
        folded, before, start
    ):
        return things
    return set()
