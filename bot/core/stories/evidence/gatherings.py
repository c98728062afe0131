"""The gatherings an article's opening tells of: the standing meetings by the names each
language gives them, a summit or conference by the country it sits in, and the occasion
(a meeting or a statement; told over, ahead, or days away).
"""

from __future__ import annotations

import re

from bot.core.pledges.passes.entities import GROUP_DONORS, Entities
from bot.core.pledges.quantities.numbers import fold_aligned
from bot.core.text.literal_gate import gated

# The standing meetings about arms for Ukraine, by the names each language gives them (folded
# text): "Ukraine Defence Contact Group", "groupe de contact", "Ukraine-Kontaktgruppe", the
# "Ramstein" format. A round-up, a preview and a quote of one meeting share little more.
# The alliance's and the Union's ministers meet in the same city, often in the same week
# as the contact group, and their round-ups share its words ("allies", "air defence",
# "Brussels"): which meeting a round-up names is what tells them apart (see
# same_event.compare).
_MINISTERS = r"(?:defen[cs]e|foreign) ministers?|ministers?"
_LEADERS_MEET = (r"(?:meeting|met|meet|gathered|at (?:a|the|their) summit"
                 r"|(?:have|has) (?:wrapped up|ended|concluded|closed|opened) (?:a|the|their) summit)\b")
MEETINGS = {
    "UDCG": gated(r"\bcontact group\b|\bgroupe de contact\b|kontaktgruppe|\bramstein\b|\budcg\b"),
    "NATO-MINISTERS": gated(
        rf"\bnato (?:{_MINISTERS})\b|\b(?:{_MINISTERS}) (?:of|from) nato\b|\bnato ministerial\b"
        r"|\bministres (?:de la defense |des affaires etrangeres )?de l.otan\b|\bministerielle de l.otan\b"
        r"|\bnato-(?:verteidigungs|aussen)?minister|\b(?:verteidigungs|aussen)minister\w* der nato\b"
    ),
    # A summit is where the leaders meet: "NATO leaders meeting in The Hague" (not "NATO
    # leaders" alone: they speak between summits too).
    "NATO-SUMMIT": gated(
        rf"\bnato summit\b|\bsommet de l.otan\b|\bnato-gipfel|\bnato leaders {_LEADERS_MEET}"
    ),
    "EU-MINISTERS": gated(
        rf"\b(?:eu|european union) (?:{_MINISTERS})\b|\bforeign affairs council\b"
        r"|\bministres (?:de la defense |des affaires etrangeres )?de l.(?:ue|union europeenne)\b"
        r"|\bministres europeens (?:de la defense|des affaires etrangeres)\b|\bconseil affaires etrangeres\b"
        r"|\beu-(?:verteidigungs|aussen)?minister|\b(?:verteidigungs|aussen)minister\w* der eu\b"
    ),
    "EU-SUMMIT": gated(
        r"\beu summit\b|\beuropean council\b|\bsommet (?:europeen|de l.ue)\b|\bconseil europeen\b|\beu-gipfel"
        rf"|\b(?:eu|european union) leaders {_LEADERS_MEET}"
    ),
}


def meeting_of(folded_title: str, folded_opening: str) -> frozenset[str]:
    """The standing meeting a report's opening is about: the first its title names, else
    the first its first sentence names. Others named after it are its context: "Réunis
    jeudi à Bruxelles, les ministres de la Défense de l'Otan ..., deux jours après la
    réunion du groupe de contact mardi" is the NATO ministers' meeting, and naming the
    contact group's Tuesday must not make it one with that meeting's own round-ups."""
    for text in (folded_title, folded_opening):
        found = sorted((match.start(), key) for key, pattern in MEETINGS.items() if (match := pattern.search(text)))
        if found:
            # ... unless the other is told as held alongside it: "NATO defence ministers meet
            # in Brussels as the contact group vows more air defence", "en marge de la
            # réunion du groupe de contact", "am Rande des Treffens der Kontaktgruppe": one
            # sitting, which either meeting's round-up may report.
            return frozenset(key for start, key in found
                             if start == found[0][0] or _ALONGSIDE_BEFORE.search(text, 0, start))
    return frozenset()


def gathering_at(text: str, entities: Entities | None) -> frozenset[str]:
    """A summit or conference that is no standing meeting, by the country it sits in:
    "SUMMIT@GB" for "at London summit", "lors d'un sommet à Londres", "beim Gipfel in
    London". Its round-ups, a live entry telling it over and the governments' reports of
    what they pledged there name it so (see `MEETINGS` for the standing ones; a press
    conference is no such gathering)."""
    if entities is None:
        return frozenset()
    aligned = fold_aligned(text)
    found = set()
    for pattern in _GATHERING_AT:
        for match in pattern.finditer(aligned):
            place = text[match.start("place"):match.end("place")]
            found |= {f"{SUMMIT_AT}{code}" for code, _, _ in entities.find_donors(place) if code not in GROUP_DONORS}
    return frozenset(found)


SUMMIT_AT = "SUMMIT@"
# A summit or conference and the place it sits in (folded text, aligned): after it, "summit
# in London", "sommet à Londres", "Gipfel in London"; or before it, "London summit"; or, in
# German, the place's "-er" adjective before it, "Londoner Gipfel", "Pariser Ukraine-Gipfel",
# "Warschauer Konferenz" (the place is the word without its "-er"; a word whose stem names
# no place, "neuer Gipfel", names none).
_GATHERING_AT = (
    re.compile(r"\b(?:summit|sommet|gipfel\w*|(?<!press )(?<!news )conference|konferenz)\s+(?:in|at|a|de|en|au)\s+"
               r"(?P<place>[\w'-]+)"),
    re.compile(r"\b(?P<place>[\w'-]+)\s+(?:summit|(?<!press )(?<!news )conference)\b"),
    re.compile(r"\b(?P<place>\w+?)er\s+(?:[\w]+-)?(?:gipfel|konferenz)"),
)


# Right before a second standing meeting named: it is held at the same time (folded text).
_ALONGSIDE_BEFORE = re.compile(
    r"\b(?:as|while|alongside|(?:on|at) the (?:sidelines|margins?) of|in the margins? of|en marge d(?:u|e la|es|e l')|"
    r"tandis que|alors que|parallelement a|am rande (?:des|der)|wahrend|parallel zu[mr]?)"
    r"(?: (?:the|a|la|le|les|l'|du|de|des|der|die|das|des|dem|den|einer?|eines?))?"
    r"(?: (?:\w+ ){0,2}(?:meeting|talks|reunion|treffens?|sitzung|tagung))?(?: (?:of|de|du|der|des))?(?: the| la| l'| le)? ?$"
)


# A leader's or minister's visit told in the lead: "during a visit to Kyiv", "visits Kyiv", "lors d'une
# visite", "en visite à Kiev", "bei einem (Überraschungs)besuch in Kiew", "besuchte Kiew" (folded text). What
# is announced there is told together by the visit's round-ups (same_event._several_announcements_beside_one).
_VISIT_TOLD = gated(r"\bvisit(?:s|ed|ing)?\b|\bvisite\b|besuch(?:s|e|en|te|ten|t)?\b")


def occasions_told(folded: str) -> frozenset[str]:
    """"meeting" when the lead tells of a gathering, else "statement"; "over" beside a
    meeting the lead tells ended (`_MEETING_OVER`); "preview" when it tells an
    announcement still to be made (`_ANNOUNCEMENT_AHEAD`); and "visit" when it tells a visit
    (`_VISIT_TOLD`, stop 58); "ahead" beside a meeting the lead tells still to come (`_MEETING_AHEAD`, round 62)."""
    found = {"meeting"} if _GATHERING.search(folded) else {"statement"}
    if _VISIT_TOLD.search(folded):
        found.add("visit")
    if "meeting" in found and _MEETING_OVER.search(folded):
        found.add("over")
    if _ANNOUNCEMENT_AHEAD.search(folded):
        found.add("preview")
    if _MEETING_DAYS_AHEAD.search(folded):
        found.add("days ahead")
    if "meeting" in found and _MEETING_AHEAD.search(folded):
        found.add("ahead")
    return frozenset(found)


# A meeting told as still to come, what the lead tells being said before it: "before the meeting at Ramstein", "ahead
# of the contact group's talks", "hours before ministers meet", "avant cette réunion", "à la veille du sommet", "vor
# dem Waffen-Gipfel in Ramstein", "vor dem Treffen" (folded text). Two such previews of one standing meeting, naming
# no day, are about its next sitting (sittings.previews_of_one_sitting, stories round 62).
_MEETING_AHEAD = gated(
    r"\b(?:before|ahead of) (?:the |this |a |their |its |today.s |tomorrow.s )?(?:[\w'-]+ ){0,3}"
    r"(?:meeting|meet|summit|talks|conference|gathering|ministerial)\b"
    r"|\b(?:avant|a la veille) (?:de |d.)?(?:la |le |l.|cette |ce |leur )?(?:[\w'-]+ ){0,2}(?:reunion|sommet|rencontre|conference)\b"
    r"|\bvor (?:dem|der|einem|einer) (?:[\w'-]+ ){0,2}[\w-]*(?:treffen|gipfel|konferenz|sitzung|tagung)\b"
)

# A meeting told as days away from what the lead reports: "two days before the contact group
# meets at Ramstein", "ahead of next week's NATO meeting", "à trois jours de la réunion",
# "eine Woche vor dem Treffen" (folded text). Governments announcing then give their own
# news, not the sitting's outcome (see EventEvidence.heads_several_governments_at_a_meeting);
# "hours before ministers met" is the meeting's day.
_MEETING_DAYS_AHEAD = gated(
    r"\b(?:days?|a week|weeks?) (?:before|ahead of)\b|\b(?:ahead of|before) next (?:week|month).s\b"
    r"|\b(?:a|de) (?:deux|trois|quatre|cinq|six|quelques|\d+) jours (?:de|avant)\b|\bjours avant\b"
    r"|\bune semaine avant\b|\b(?:reunion|sommet|rencontre) de la semaine prochaine\b"
    r"|\b(?:tage|eine woche|wochen) vor\b|\b(?:treffen|gipfel|sitzung)\w* (?:in der |der )?(?:nachsten|kommenden) woche\b"
)


# An announcement told as still to be made: "Germany is expected to announce more air
# defence", "is set to unveil", "could announce", "l'Allemagne devrait annoncer", "pourrait à
# cette occasion annoncer", "devrait y présenter", "s'apprête à dévoiler", "Berlin wird
# voraussichtlich ... zusagen", "dürfte(n) dort ... zusagen" (what diplomats expect),
# "Es wird erwartet, dass Berlin ... ankündigt" (folded text). Such a preview tells the coming decision, read by the pledge extraction as
# a debate ("discussed"); see same_event._previews.
_ANNOUNCEMENT_AHEAD = gated(
    r"\b(?:is|are) (?:expected|set|due|poised) to (?:announce|unveil|pledge|promise|commit|present)\b"
    r"|(?<!\bnot )\bexpected to (?:announce|unveil|pledge)\b"
    r"|\b(?:could|may|might) (?:\w+ )?(?:announce|unveil)\b"
    r"|\b(?:devrai|pourrai)(?:t|ent) (?:[^.;]{0,40}\s)?(?:annoncer|devoiler|promettre|presenter)\b"
    r"|\bs.appret(?:e|ent) a (?:annoncer|devoiler)\b"
    r"|\b(?:voraussichtlich|durften?)\b[^.;]{0,80}\b(?:ankundigen|zusagen|bekanntgeben|vorstellen)\b"
    r"|\b(?:es wird erwartet|erwartet wird), dass\b[^.;]{0,80}\b(?:ankundigt|zusagt|bekanntgibt)\b"
    # ... or told in the future: "will announce a large order of drones next week", "annoncera la semaine
    # prochaine", "wird kommende Woche ... bekanntgeben" (stories round 61)
    r"|\bwill (?:\w+ )?(?:announce|unveil)\b|\b(?:annoncer|devoiler)(?:a|ont)\b"
    r"|\b(?:wird|werden)\b[^.;]{0,80}\b(?:ankundigen|bekanntgeben|vorstellen)\b"
)


# A meeting told ended: "the summit is over", "ministers have wrapped up their meeting",
# "la réunion s'est achevée", "das Treffen ist zu Ende" (folded text). A live blog's
# entry so told retells the sitting's outcome (see story_score.MEETING_OVER_SIMILARITY).
_MEETING_OVER = gated(
    r"\b(?:is|are|was) (?:now )?over\b(?! (?:\d|a |an |the |half))|\b(?:has|have|had) (?:now )?(?:ended|finished|concluded|wrapped up|closed)\b"
    r"|\b(?:wrapped up|wound up|concluded|ended) (?:their|its|the) (?:meeting|talks|summit|session)\b"
    r"|\bs.est (?:achevee?s?|terminee?s?|close)\b|\ba pris fin\b|\bont (?:acheve|termine|clos) leurs?\b"
    r"|\bist (?:zu ende|beendet|vorbei)\b|\bsind (?:zu ende|beendet|vorbei)\b|\b(?:ging|gingen) zu ende\b"
    r"|\bbeendeten?\b"
)


# Any gathering, standing or not, as wire copy names it in English, French and German (folded
# text). A lead naming none reports a statement: an interview, a news conference, a speech
# (a news or press conference is where a statement is made, not a meeting).
_GATHERING = gated(
    r"\b(?:meet|meets|meeting|meetings|met|talks|gathering|gathered|summit|ministerial)\b"
    r"|(?<!news )(?<!press )\bconference\b"
    r"|\breunion|\breuni(?:e|s|es)?\b|\bsommet|\brencontre|\bpourparlers\b|\bconference(?! de presse)"
    r"|treffen|\btrafen\b|\bgetroffen\b|gipfel|\btagung|\bkonferenz|\bsitzung|\bberatungen\b|\bberieten\b"
    # ... ministers conferring ("beraten in Oslo über Ukraine-Hilfe", "haben ... beraten"):
    # a gathering whose place is its venue, not a giver (`_PLACE_OF_A_MEETING`).
    r"|\bberaten\b"
    # ... and met online: "by video conference", "par visioconférence", "tagt per
    # Videokonferenz" (not a leaders' "video call" or an address "by video link": those
    # are statements made elsewhere).
    r"|\bvideo ?conferences?\b|\bvideoconference|\bvisioconference|\ben visio\b"
    r"|videokonferenz|videoschalte|\btagt(?:e|en)?\b"
)
