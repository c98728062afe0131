"""A parliament's approval as a lead tells it: given ("Norway's parliament approved the package",
"le Parlement a approuvé", "der Bundestag hat ... gebilligt") or still to come ("subject to approval by
parliament", "doit encore être approuvé", "Das Parlament muss noch zustimmen"). Pure.

A government announcing a package that parliament must still approve, and the parliament approving it
days later, are two steps and two events (a new announcement: a reader wants its alert), told with the
same donor, sum and system and in the same phase (a decision). Dated now, as a feed without dates gives
them, nothing else tells them apart; each step's reports name its own (same_event.compare: "step").

A lead telling a chamber's vote as done is a report of that vote, even when it adds that another chamber must
still vote ("The House passed ...; the bill still needs the approval of the Senate", "Der Bundestag hat ...
gebilligt. Der Bundesrat muss noch zustimmen"): read as approval given, like the reports of the same vote
that leave the second chamber out (tests/stories/test_story_grouping_23b.py).

Two chambers' votes on one aid bill are two events (tests/stories/test_story_grouping_25.py): each is a
decision of its own, taken at its own sitting on its own day (the House on Tuesday, the Senate on Friday),
and the second is news a reader wants an alert for (it sends the bill to be signed). A report of a vote
therefore also says which chamber voted, when it names one (`chamber_voting`): the lower or the upper one.
Reports naming a parliament, a congress or lawmakers in general say no chamber, and conflict with none.

A procedural vote told as done (a bill clearing a first hurdle, senators voting to advance it) approves nothing
yet, but it is the legislature's act of its day (PROCEDURAL_STEP), apart from a government's announcement of the
package that also tells approval ahead (tests/stories/test_story_grouping_53.py).
"""

from __future__ import annotations

import re

from bot.core.text.literal_gate import gated
from bot.core.text.months import ENGLISH_MONTHS, FRENCH_MONTHS, GERMAN_MONTHS

APPROVAL_GIVEN = "approval given"
APPROVAL_PENDING = "approval pending"
# A government's report naming a legislature's consent as done in passing ("after Congress signed off on
# the money", "Der Haushaltsausschuss habe das Geld bereitgestellt"): no report of the vote, but it tells
# the approval (same_event._vote_beside_word).
APPROVAL_RECALLED = "approval recalled"
# A legislature's consent told in a clause that sets it before the news the lead tells (`earlier_vote_spans`): "Nachdem
# das Parlament zugestimmt hat, liefert Deutschland ...", "..., was der Bundestag am Dienstag beschlossen hatte". The
# report is of what followed the vote, no report of the vote (same_event._vote_beside_earlier_vote).
APPROVAL_EARLIER = "approval earlier"
LOWER_CHAMBER_VOTE = "lower chamber vote"
UPPER_CHAMBER_VOTE = "upper chamber vote"

# The approval still to come (folded text).
_PENDING = gated(
    r"\bsubject to (?:the )?(?:parliament(?:ary|'s)? |congressional |lawmakers' )?approval\b"
    r"|\bpending (?:parliamentary |congressional )?approval\b"
    r"|\b(?:still )?(?:needs|requires) (?:the )?(?:approval|backing|consent) of (?:the )?(?:\w+ )?"
    r"(?:parliament|lawmakers|legislators|congress|senate|house|storting|bundestag)\b"
    r"|\b(?:still )?(?:needs|requires) (?:parliament(?:ary|'s)?|congressional|lawmakers') (?:approval|backing|consent)\b"
    r"|\bmust (?:still |first )?be approved\b"
    r"|\b(?:parliament|lawmakers|legislators|congress|senate|house|storting|bundestag) (?:must|has to|have to|needs to"
    r"|need to|will have to|still has to|still have to|still needs to|still need to) (?:still |first |yet )?"
    r"(?:approve|sign off|vote|pass|clear|back)\b"
    r"|\bsous reserve (?:de l.approbation|du vote|du feu vert)\b"
    r"|\b(?:doit|doivent|devra|devront) (?:encore |d.abord )?(?:etre )?(?:approuvee?s?|validee?s?|votee?s?|adoptee?s?)\b"
    r"|\b(?:doit|doivent|devra|devront) (?:encore |d.abord )(?:l.|les? |la )?(?:approuver|valider|voter|adopter)\b"
    r"|\b(?:muss|mussen|musse) (?:\w+ ){0,3}(?:noch|erst) (?:\w+ ){0,2}(?:zustimmen|billigen|genehmigen)\b"
    r"|\bvorbehaltlich der zustimmung\b|\bzustimmung (?:des|der) \w+ steht noch aus\b"
    r"|\bfinal vote (?:is |was )?(?:expected|due|set|scheduled|planned|next)\b|\bneeds to hold a final vote\b"
)
# A legislature approving, told as done (folded text): the chamber first, its vote within a few words
# ("Norway's parliament on Wednesday approved", "Le Parlement norvégien a approuvé mercredi", "Der
# Bundestag hat ... gebilligt"). "approuve" is the French present and participle at once.
# "The House passed" is how wire copy tells the US lower chamber's vote after its first naming; the White
# House is no chamber. French wire copy calls the US lower chamber "la Chambre (des représentants)", German
# "das (US-)Repräsentantenhaus".
_LOWER = (r"(?<!white )house|bundestag|assemblee nationale|deputes|chambre(?! haute)|reprasentantenhaus"
          r"|unterhaus")
_UPPER = r"senate|senators|senat|senateurs|chambre haute|oberhaus"
_CHAMBER = (rf"(?:parliament|lawmakers|legislators|congress|storting|parlement|parlament|haushaltsausschuss"
            rf"|abgeordneten|{_LOWER}|{_UPPER})")
# Words of an approval still to come ("parliament must still approve before it is passed", "das Parlament
# muss noch zustimmen, bevor ... verabschiedet werden kann"): between a chamber and a verb of approval, they
# make it no vote told as done.
_TO_COME = (r"must|needs?|need|requires?|still|yet|before|will|would|expected|set|due|to be|has to|have to"
            r"|doit|doivent|devra|devront|encore|avant|muss|mussen|musse|noch|erst|bevor|soll|sollen|wird|werden")
# German wire copy tells a budget committee releasing money with "freigeben", its particle after the
# sum ("Haushaltsausschuss gibt 1,2 Milliarden Euro für ... frei", "hat ... freigegeben").
# The present "gibt ... frei" is a release told as done only when nothing between says it is ahead
# ("gibt voraussichtlich am Mittwoch ... frei", "gibt die Mittel erst nach der Sommerpause frei").
_AHEAD_DE = rf"{_TO_COME}|voraussichtlich|demnachst|morgen|kommende[nmr]?|nachste[nmr]?|spater|bald"
# A vote that only moves a bill on ("clears a procedural hurdle", "voted 67-32 to advance the bill",
# "to open debate") is no approval of it: the final vote is still to come.
_ONLY_A_STEP = (r"(?! (?:a |the )?(?:(?:procedural|first|initial|key) )?(?:hurdle|test vote|motion)\b)"
                r"(?![\w' ,-]{0,30}?\bto (?:advance|open|begin|start|proceed|move)\b)")
_GIVEN = gated(
    rf"\b(?P<chamber>{_CHAMBER})\b(?:(?!\b(?:{_TO_COME})\b)[\w' ,-]){{0,60}}?\b(?:(?:approved|approves|passed|passes"
    rf"|voted|cleared|clears|endorsed|backed){_ONLY_A_STEP}"
    r"|a approuve|ont approuve|approuve|a adopte|ont adopte|adopte|a vote|ont vote|a valide|ont valide|valide"
    # The French perfect with adverbs between auxiliary and participle ("ont enfin validé", "a finalement voté",
    # "a définitivement adopté"): the vote taken all the same.
    r"|(?:a|ont)(?: (?:\w+ment|enfin|deja|donc|aussi|bien|pourtant|hier|lundi|mardi|mercredi|jeudi|vendredi"
    r"|samedi|dimanche)){1,2} (?:approuve|adopte|vote|valide)"
    # German preterites, singular and plural ("verabschiedete", "die Abgeordneten billigten", "stimmten ... zu"):
    # wire copy tells a vote in them as often as in the perfect.
    r"|gebilligt|billigt|billigte|billigten|zugestimmt|stimmte|stimmten|verabschiedet|verabschiedete|verabschiedeten"
    r"|beschlossen|beschloss"
    rf"|freigegeben|(?:gibt|gab|geben|gaben)\b(?:(?!\b(?:{_AHEAD_DE})\b)[\w' ,-]){{0,50}}?\bfrei)\b"
)


# A vote told as done in the passive with no chamber named ("the package was voted through on Tuesday", "le
# financement a été voté mardi"): only a legislature votes a package, so it is a report of the vote, which names
# no chamber (`chamber_voting`) and so conflicts with no chamber's. (Folded text. A government "approves" too:
# only the verbs of voting count here.)
_VOTED_PASSIVE = gated(
    r"\b(?:was|were|has been|have been|had been|is being) (?:\w+ ){0,2}?voted(?: through)?\b(?! (?:down|on|against)\b)"
    r"|\b(?:a|ont|avait|avaient) ete (?:\w+ )?votee?s?\b"
)
# A legislature's procedural vote told as done: a bill that clears a first hurdle or that senators vote to
# advance ("The Senate clears a procedural hurdle on the aid bill", "voted 70-29 to advance", "a franchi une
# étape procédurale au Sénat", "nimmt im Senat eine erste Hürde"). It approves nothing yet (approval still to
# come), but it is the legislature's act of that day, news of its own beside a government's announcement of
# the package that also tells approval as ahead (same_event: "step"). (Folded text.)
PROCEDURAL_STEP = "procedural step"
_STEP_TAKEN = gated(
    rf"\b{_CHAMBER}\b[\w' ,-]{{0,60}}?\b(?:cleared|clears|passed|passes)\s+(?:a |the )?"
    r"(?:(?:procedural|first|initial|key) )?(?:hurdle|test vote|procedural motion)\b"
    rf"|\b{_CHAMBER}\b[\w' ,-]{{0,60}}?\bvoted\b[\w' ,-]{{0,30}}?\bto (?:advance|open|begin|start|proceed|move)\b"
    # The same step in other outlets' words ("the Senate advanced the package in a 67-32 vote", "in einer
    # Verfahrensabstimmung", "a voté l'ouverture des débats"): read alike, or the 'step' conflict splits them.
    rf"|\b{_CHAMBER}\b[\w' ,-]{{0,60}}?\badvance[sd]?\b"
    r"|\bverfahrensabstimmung\b|\bouverture des debats\b"
)
# The same idioms with no chamber before them ("cleared a key hurdle", "a franchi une étape", "nahm eine wichtige
# Hürde") are as often an air force's or a manufacturer's milestone: a step only with a legislature, a bill or a vote
# named in the same clause (reread of stop 53, D2: an arrival "franchit une étape" split from its other reports).
_STEP_IDIOM = gated(
    r"\b(?:cleared|clears|passed|passes)\s+(?:a |the )?(?:procedural|first|initial|key) (?:hurdle|test vote)\b"
    r"|\b(?:a franchi|franchit|ont franchi|franchissent) (?:\w+ ){0,2}?(?:une|la|sa) (?:premiere )?etape(?: procedurale)?\b"
    r"|\b(?:nimmt|nahm|nehmen|nahmen|genommen)\b[\w' ,-]{0,40}?\b(?:erste |prozedurale |wichtige )?hurde\b"
)
_LEGISLATIVE = re.compile(
    rf"\b(?:{_CHAMBER}|bill|legislation|vote[sd]?|voting|procedural|procedurale|projet de loi|voix|\w*gesetz\w*"
    r"|\w*abstimmung\w*|stimmen)\b"
)
# Where a clause ends: a stop, colon or semicolon before a space, not the dots of "u.s." (Folded text.)
_CLAUSE_END = re.compile(r"(?<!\b\w)[.;:!?](?=\s|$)")


# A chamber's vote whose object is the opening of debate ("le Sénat a voté mardi, par 67 voix contre 32, l'ouverture
# des débats"): the procedural step, no approval given. Left out where approval given is read. (Folded text.)
_VOTE_TO_OPEN_DEBATE = gated(r"\b(?:a|ont|avait|avaient)\s+vote\b(?=[^.;:]{0,80}?\bouverture des debats\b)")


def _step_taken(folded_lead: str) -> bool:
    if _STEP_TAKEN.search(folded_lead):
        return True
    for match in _STEP_IDIOM.finditer(folded_lead):
        ends = [end.end() for end in _CLAUSE_END.finditer(folded_lead, 0, match.start())]
        start = ends[-1] if ends else 0
        after = _CLAUSE_END.search(folded_lead, match.end())
        if _LEGISLATIVE.search(folded_lead, start, after.start() if after else len(folded_lead)):
            return True
    return False


# An approval told as the condition of what the lead tells, still ahead: "the money will flow once Congress
# approves the package", "sobald der Bundestag zustimmt", "une fois que le Parlement aura approuvé" (folded
# text). The verb is in the present (or the future perfect) after a word of condition or time; "after Congress
# approved", "nachdem der Bundestag zugestimmt hat", "quand le Parlement a approuvé" recall a vote taken. Read
# as given, such a clause made a government's announcement look like the vote's report.
_IF_OR_WHEN = (r"once|as soon as|when|whenever|if|after|until|unless|provided(?: that)?|sobald|wenn|falls|sofern"
               r"|bis|une fois que|une fois qu|des que|des qu|lorsque|lorsqu|quand|si|apres que|jusqu.a ce que")
_CONSENT_AHEAD = (r"approves|passes|signs off|votes|clears|backs|gives|agrees"
                  r"|(?:has|have) (?:(?:\w+ly|at last|now|also) ){0,2}(?:approved|passed|signed off|voted|cleared)"
                  r"|zustimmt|zustimmen|billigt|billigen|genehmigt|genehmigen|freigibt|freigeben"
                  r"|(?:zugestimmt|gebilligt|genehmigt|freigegeben) (?:hat|haben)|grunes licht gibt"
                  r"|(?:aura|auront) (?:\w+ )?(?:approuve|vote|adopte|valide|donne)|approuvera|votera|adoptera"
                  r"|validera|approuveront|voteront|(?<!\ba )(?<!\bont )(?:approuve|adopte|valide)\b")
_CONDITION_AHEAD = gated(
    rf"\b(?:{_IF_OR_WHEN})\b[^.;:!?]{{0,40}}?\b(?:{_CHAMBER}|bundestages|parlamentes|assemblee|parlementaires"
    rf"|budget committee|appropriations committee)\b[^.;:!?,]{{0,40}}?\b(?:{_CONSENT_AHEAD})\b"
)


# A French perfect is a vote taken, whatever adverbs stand between auxiliary and participle ("après que le
# Bundestag a finalement approuvé lundi", "a définitivement adopté"): the lookbehinds of `_CONSENT_AHEAD` see
# only the auxiliary just before it. (A condition still ahead takes the future perfect: "aura approuvé".)
_PERFECT_FR = re.compile(r"\b(?:a|ont)(?: (?:\w+ment|enfin|deja|donc|aussi|bien)){1,2} (?:approuve|adopte|valide)e?s?$")
# "after", "après que" make a condition only of what a future or a modal main clause tells ("the weapons will
# ship after Congress approves"); in a present or a past one they tell the order of what happened ("Ukraine
# aid heads to Biden after Senate passes bill", "le texte part à la Maison Blanche après que le Sénat a ...").
_AFTER = re.compile(r"\b(?:after|apres que)\b")
# (Each language's own: the French future's endings would read "camera" in English.)
_FUTURE_OR_MODAL = {
    "after": re.compile(r"\b(?:will|would|shall|could|can|may(?! \d)|might|should|must|is to|are to|set to|due to"
                        r"|expected to|going to|plans? to)\b"),
    "apres que": re.compile(r"\b(?:sera|seront|fera|feront|pourra|pourront|devra|devront|doit|doivent|peut|peuvent"
                            r"|va|vont|\w{2,}(?:era|eront|ira|iront))\b"),
}


def _conditions_ahead(folded_lead: str) -> list[re.Match]:
    """The approvals `folded_lead` tells as a condition still ahead (`_CONDITION_AHEAD`), leaving out a French
    perfect (`_PERFECT_FR`) and an "after" whose sentence tells nothing ahead (`_AFTER`)."""
    found = []
    for match in _CONDITION_AHEAD.finditer(folded_lead):
        if _PERFECT_FR.search(match.group()):
            continue
        after_word = _AFTER.match(match.group())
        if after_word:
            starts = [end.end() for end in _CLAUSE_END.finditer(folded_lead, 0, match.start())]
            start = max([*starts, folded_lead.rfind("\n", 0, match.start()) + 1])
            after = _CLAUSE_END.search(folded_lead, match.end())
            end = after.start() if after else len(folded_lead)
            newline = folded_lead.find("\n", match.end())
            end = min(end, newline) if newline >= 0 else end
            sentence = folded_lead[start:match.start()] + " " + folded_lead[match.end():end]
            if not _FUTURE_OR_MODAL[after_word.group()].search(sentence):
                continue
        found.append(match)
    return found


def _without_conditions(folded_lead: str) -> str:
    """The lead with each approval told as a condition still ahead blanked out (`_conditions_ahead`)."""
    for match in _conditions_ahead(folded_lead):
        folded_lead = folded_lead[:match.start()] + " " * len(match.group()) + folded_lead[match.end():]
    return folded_lead


# A consent dated before the news, just after its verb ("paid for with money parliament approved in June", "vom
# Bundestag im Juni gebilligt", "approved last year"; folded text): background to a delivery or a pledge, which
# names the vote as what paid for it (approval_recalled reads it), no report of the vote.
_MONTHS = "|".join((*ENGLISH_MONTHS, *FRENCH_MONTHS, *GERMAN_MONTHS))
_EARLIER = re.compile(
    rf"\b(?:(?:in|en|im) (?:{_MONTHS})\b|last (?:week|month|year)\b|earlier this (?:week|month|year)\b"
    r"|la semaine derniere\b|le mois dernier\b|l.an dernier\b|l.annee derniere\b"
    r"|(?:vergangene|letzte|vorige)[nms]? (?:woche|monat|jahr)\b)"
)
_DATED_AFTER = re.compile(rf"[^.;:!?]{{0,30}}?(?:{_EARLIER.pattern})")


# Earlier dates that do not date the vote (folded text): one in a relative clause about the chamber ("The Storting,
# which rejected a similar request in June, on Tuesday approved", "der die Mittel im Juni vertagt hatte", "qui avait
# refusé en juin") or in a comparison ("more money than in June", "davantage que l'an dernier", "mehr als im Juni").
_NOT_THE_VOTES_DATE = re.compile(
    r",\s*(?:which|who|der|die|das|qui|lequel|laquelle|dont)\b[^,.;:!?]*,"
    rf"|\b(?:than|as|als|wie|que|qu)\b[' ]*(?:{_EARLIER.pattern})"
)


def _given_now(folded: str) -> bool:
    """A chamber's consent told as done (`_GIVEN`), not dated before the news between the chamber and its verb or
    just after them (`_EARLIER`), a date in a relative clause or a comparison after the chamber left out
    (`_NOT_THE_VOTES_DATE`: it dates something else)."""
    for match in _GIVEN.finditer(folded):
        # From the chamber on (a relative clause holding the chamber is background as a whole), and only a clause
        # closed before the verb or opened after it: "Parliament, which approved the money in June, ..." dates
        # the vote itself.
        length = match.end() - match.start()
        told = _NOT_THE_VOTES_DATE.sub(
            lambda m: " " * len(m.group()) if m.end() <= length or m.start() >= length else m.group(),
            folded[match.start():match.end() + 80])
        if not _EARLIER.search(told, 0, length) and not _DATED_AFTER.match(told, length):
            return True
    return False


# A consent told in a clause setting it before the lead's news (folded text). German wire copy opens a report of what a
# vote allowed with "nachdem" (after: no condition, an earlier event, "Nachdem das Parlament zugestimmt hat, liefert
# ...") and closes one with a "was", "wie" or relative clause in the pluperfect (", was der Bundestag am Dienstag
# beschlossen hatte", ", das der Haushaltsausschuss im Juni freigegeben hatte"); English copy a "which" clause in the
# pluperfect (", which parliament had approved on Tuesday"). Not "that" or "que": after a verb of saying their
# pluperfect is reported speech of the news ("the government said on Friday that parliament had approved").
# Read as told now, such a vote made the report of a government's act look like the vote's own report, which it joined
# on the sum and the day they share (the vote's day, named in the clause).
_PARTICIPLE_DE = r"gebilligt|zugestimmt|verabschiedet|beschlossen|freigegeben|genehmigt|bewilligt|abgesegnet"
_CLAUSE_BODY = r"[^.;:!?]"
# (gated by its words, bot.core.text.literal_gate: a lead runs it up to six times, and nineteen real leads in
# twenty hold none of them)
_EARLIER_VOTE = gated(
    rf"\bnachdem\b{_CLAUSE_BODY}{{0,40}}?\b{_CHAMBER}\b{_CLAUSE_BODY}{{0,60}}?\b(?:{_PARTICIPLE_DE})"
    r"\s+(?:hat|haben|hatte|hatten)\b"
    rf"|,\s*(?:was|wie|das|die|den|dem|dessen|deren)\b(?: es)?[^.;:!?,]{{0,40}}?\b{_CHAMBER}\b[^.;:!?,]{{0,60}}?"
    rf"\b(?:{_PARTICIPLE_DE})\s+(?:hatte|hatten)\b"
    rf"|,\s*which\b[^.;:!?,]{{0,20}}?\b{_CHAMBER}\b[^.;:!?,]{{0,30}}?\bhad (?:\w+ )?"
    r"(?:approved|passed|voted|cleared|backed|endorsed)\b"
)


def earlier_vote_spans(folded_lead: str) -> list[tuple[int, int]]:
    """Where `folded_lead` tells a legislature's consent in a clause setting it before its news (`_EARLIER_VOTE`)."""
    return [match.span() for match in _EARLIER_VOTE.finditer(folded_lead)]


def without_earlier_votes(folded_lead: str) -> str:
    """`folded_lead` with each consent told in a clause setting it before the news blanked (`earlier_vote_spans`):
    the day such a clause names is the vote's, no day of the report's event. (Blanks keep the other words where
    they were.)"""
    for start, end in earlier_vote_spans(folded_lead):
        folded_lead = folded_lead[:start] + " " * (end - start) + folded_lead[end:]
    return folded_lead


def approval_told(folded_lead: str) -> frozenset[str]:
    """APPROVAL_GIVEN when the lead tells a chamber approving, as done, whatever other approval it says is
    still to come (another chamber's vote), or a vote told as done in the passive naming no chamber; else
    APPROVAL_PENDING when it tells a parliament's approval as still to come (also as the condition of what it
    tells: "once Congress approves", `_CONDITION_AHEAD`); neither when it tells no
    approval. APPROVAL_EARLIER when the only consent told as done is in a clause setting it before the news
    (`_EARLIER_VOTE`). PROCEDURAL_STEP beside any of them when it tells a procedural vote as done."""
    step = frozenset({PROCEDURAL_STEP}) if _step_taken(folded_lead) else frozenset()
    voted = _VOTE_TO_OPEN_DEBATE.sub(" ", without_earlier_votes(_without_conditions(folded_lead)))
    if _given_now(voted) or _VOTED_PASSIVE.search(voted):
        return frozenset({APPROVAL_GIVEN}) | step
    if earlier_vote_spans(folded_lead):
        return frozenset({APPROVAL_EARLIER}) | step
    if _PENDING.search(folded_lead) or _conditions_ahead(folded_lead) or step:
        return frozenset({APPROVAL_PENDING}) | step
    return frozenset()


# A chamber or committee, and a word of consent told as done, either first, in one clause (folded text):
# "Congress signed off on the money", "after the Bundestag's budget committee gave its go-ahead",
# "habe der Haushaltsausschuss das Geld bereitgestellt", "apres le vote des parlementaires".
_BODY = (rf"{_CHAMBER}|budget committee|appropriations committee|bundestages?|parlamentes?|parlamentarier"
         r"|assemblee|parlementaires|deputes|senat")
_CONSENT = (r"signed off|gave (?:its |their |the )?(?:go-ahead|green light|approval|backing|consent)|approved|passed"
            r"|voted|cleared|endorsed|backed|bereitgestellt|genehmigt|gebilligt|zugestimmt|freigegeben|beschlossen"
            r"|abgesegnet|grunes licht|feu vert|vote|approuve|adopte|valide|a donne son accord"
            r"|entscheidung|abstimmung|beschluss")
_RECALLED = gated(rf"\b(?:{_BODY})\b[^.;:!?]{{0,60}}?\b(?:{_CONSENT})\b"
                       rf"|\b(?:{_CONSENT})\b[^.;:!?]{{0,30}}?\b(?:{_BODY})\b")
# The nouns and the English "vote" have no tense: a consent ahead ("ahead of a vote in parliament", "vor der
# Entscheidung im Bundestag", "avant le vote des deputes") is none told as done.
_AHEAD = re.compile(rf"\b(?:{_TO_COME}|(?<!go-)ahead|prior|upcoming|next|awaits?|awaiting|avant|prochain|prochaine|vor"
                    r"|voraussichtlich|kommende[nmr]?|nachste[nmr]?)\b")


def approval_recalled(folded_lead: str) -> frozenset[str]:
    """APPROVAL_RECALLED when the lead names a legislature or its committee beside a word of consent
    told as done, in one clause, no word of a consent ahead in it or just before it; else nothing."""
    folded_lead = _without_conditions(folded_lead)
    for match in _RECALLED.finditer(folded_lead):
        if not _AHEAD.search(folded_lead, max(0, match.start() - 20), match.end()):
            return frozenset({APPROVAL_RECALLED})
    return frozenset()


# A chamber word that names no vote of that chamber (folded text): a title or a group ("Senate Majority
# Leader", "House Speaker", "Senate Republicans", "House committee"), a participle of the other chamber's vote
# ("the Senate-passed bill"), and other senses of the words (a think tank, a chamber of commerce, a city-state's
# senate, the Lords, who are no US chamber). Their verbs are someone else's.
_NO_VOTE_AFTER = (r"(?! (?:majority |minority )?(?:leader|leaders|speaker|republicans?|democrats?|committee|panel"
                  r"|whip|president|chairman|chair)\b)(?!-(?:passed|approved|backed|adopted|vote))")
_NOT_A_CHAMBER = gated(
    r"(?:chatham|government|opera|auction|publishing|trading|fashion|guest|custom) house\b|\bhouse of lords\b"
    r"|\bchambres? (?:de commerce|d.agriculture|des metiers|de l.industrie|regionales?)\b"
    r"|\b(?:berliner|hamburger|bremer|berlins|hamburgs|bremens) senat\b"
)
# (A chamber after "by", "par": the agent of a passive, read by _BY_CHAMBER.)
_CHAMBER_WORD = gated(
    rf"(?<!\bby the )(?<!\bby )(?<!\bpar la )(?<!\bpar le )\b(?:{_LOWER}|{_UPPER})\b{_NO_VOTE_AFTER}")
# The passive ("was approved by the Senate", "adopté par le Sénat", "vom Senat gebilligt") and a second
# chamber following the first ("the Senate followed on Friday", "followed suit"). A passive recalled as
# earlier ("déjà voté par la Chambre", "already passed by the House") is background to the news.
_BY_CHAMBER = gated(
    rf"(?<!deja )(?<!already )(?<!bereits )"
    rf"\b(?:approved|passed|adopted|cleared|endorsed|backed|approuve|adopte|vote|valide) (?:on \w+ )?"
    rf"(?:by|par) (?:the |le |la |l.)?(?:u\.?s\.? |us |american |americain )?(?P<chamber>{_LOWER}|{_UPPER})\b"
    rf"{_NO_VOTE_AFTER}"
    rf"|\b(?:vom|von) (?:dem )?(?:us-)?(?P<chamber_de>senat|reprasentantenhaus)\b(?: \w+){{0,3}} "
    rf"(?:gebilligt|verabschiedet|beschlossen|angenommen)\b"
)
_FOLLOWED = gated(rf"\b(?P<chamber>{_LOWER}|{_UPPER})\b{_NO_VOTE_AFTER} (?:then |later )?followed\b(?! by)")


# A vote recalled as background to another (folded text): in a relative clause ("the bill, which the House
# approved on Tuesday, was passed by the Senate") or a clause of time ("after the House passed it").
_RECALLED_BEFORE = re.compile(
    r"\b(?:which|that|after|since|once|apres que|depuis que|nachdem)(?: (?:the|la|le|l.|das|der|die))?"
    r"(?: u\.?s\.?| us| us-)? $"
)


def _chambers_told_voting(folded: str, past_recalls: bool = False) -> set[str]:
    """The kinds of chamber (LOWER_CHAMBER_VOTE, UPPER_CHAMBER_VOTE) whose vote `folded` tells as done,
    every one, not the first: a Senate report opens as often by recalling the House's vote. With
    `past_recalls`, leaving out the votes told in a clause recalling them (_RECALLED_BEFORE)."""
    blanked = _NOT_A_CHAMBER.sub(lambda m: "_" * len(m.group()), folded)
    told: set[str] = set()
    words = [w for w in _CHAMBER_WORD.finditer(blanked)
             if not (past_recalls and _RECALLED_BEFORE.search(blanked, max(0, w.start() - 30), w.start()))]
    chambers = [m.group("chamber") for m in (_GIVEN.match(blanked, w.start()) for w in words) if m is not None]
    chambers += [m.group("chamber") or m.group("chamber_de") for m in _BY_CHAMBER.finditer(blanked)]
    chambers += [m.group("chamber") for m in _FOLLOWED.finditer(blanked)]
    for chamber in chambers:
        if re.fullmatch(_UPPER, chamber):
            told.add(UPPER_CHAMBER_VOTE)
        elif re.fullmatch(_LOWER, chamber):
            told.add(LOWER_CHAMBER_VOTE)
    return told


def chamber_voting(folded_lead: str) -> frozenset[str]:
    """LOWER_CHAMBER_VOTE or UPPER_CHAMBER_VOTE: the chamber whose vote, told as done, the headline (the
    lead's first paragraph) tells, when it tells one chamber's; else the one chamber whose vote the rest
    of the lead tells. When it tells both chambers' votes as done, the one told as following the other
    ("The House passed it on Tuesday; the Senate followed on Friday"), or the one not told in a clause
    recalling it ("After the House passed it on Tuesday, the Senate approved it"); else the one chamber the
    headline names, when it is its subject (not "after months of House delay"); else nothing ("The House approved it on Tuesday and the Senate passed it on Friday" under a
    headline naming neither or both: which is the news is not said), nor when the vote is a parliament's or a
    congress's with no chamber named."""
    headline, _, rest = without_earlier_votes(_without_conditions(folded_lead)).partition("\n\n")
    for part in (headline, rest):
        told = _chambers_told_voting(part)
        if len(told) > 1:
            # Both votes told: the one told as following the other is the later, the news; else the one
            # not told in a clause recalling it; else the one the headline names, alone, whatever it says
            # of it ("Senate sends Ukraine aid bill to the president": the lead's two votes unmarked).
            told = (_chambers_told_voting(" ".join(m.group() for m in _FOLLOWED.finditer(part)))
                    or _chambers_told_voting(part, past_recalls=True))
            if len(told) != 1 and part is rest and len(_chambers_named(headline)) == 1:
                told = _chambers_heading(headline)
        if told:
            return frozenset(told) if len(told) == 1 else frozenset()
    return frozenset()


# What may stand before the chamber a headline tells acting: its start (or a label's colon, a dash) when
# the chamber is its subject, after an article or the country ("US-Senat", "U.S. House"); or a bill's
# passage through it ("Ukraine aid clears Senate", "passes the House").
_SUBJECT_BEFORE = re.compile(r"(?:(?:^|[:;|]\s*|\s[-\u2013\u2014]\s+)(?:(?:the|le|la|l'|der|das|die|us|u\.s\.)(?:\s+|-))*"
                             r"|\b(?:clears|cleared|passes|passed) (?:the )?)$")


def _chambers_heading(folded_headline: str) -> set[str]:
    """The chamber a headline names as its subject ("Senate sends Ukraine aid bill to the president",
    "US-Senat macht Weg frei"), not one it names in passing ("Ukraine aid passes after months of House
    delay", "... ending House standoff"): that one is no vote the headline tells."""
    blanked = _NOT_A_CHAMBER.sub(lambda m: "_" * len(m.group()), folded_headline)
    return {UPPER_CHAMBER_VOTE if re.fullmatch(_UPPER, m.group()) else LOWER_CHAMBER_VOTE
            for m in _CHAMBER_WORD.finditer(blanked) if _SUBJECT_BEFORE.search(blanked, 0, m.start())}


def _chambers_named(folded: str) -> set[str]:
    """The kinds of chamber `folded` names as a chamber (no title, group or other sense of the word),
    whatever it tells of it."""
    blanked = _NOT_A_CHAMBER.sub(lambda m: "_" * len(m.group()), folded)
    return {UPPER_CHAMBER_VOTE if re.fullmatch(_UPPER, m.group()) else LOWER_CHAMBER_VOTE
            for m in _CHAMBER_WORD.finditer(blanked)}
