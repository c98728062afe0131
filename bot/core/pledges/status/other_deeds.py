"""Cue words that, in their sentence, tell a deed other than a giving.

The quotes, reactions and background paragraphs of full-length wire copy use the words of
refusing, paying, debating and spending for other deeds, and each would otherwise lend its
status to the aid named beside it:
- an accusation rejected: "Moscow said Czech arms deliveries made it a party to the war, an
  accusation Prague rejected", "une accusation que Paris a rejetée", "Berlin wies die Vorwürfe
  zurück". Rejecting an accusation refuses no thing; when the accuser is no giver (Moscow), what
  the sentence told before it is the accuser's view, no giving either: its cues before the
  rejection are dropped too (the recipient's complaint, "Ukraine accused Norway of failing to
  deliver 12 promised howitzers, a charge Oslo rejected", keeps the promise it names). A denial of a
  giving ("denied reports that it would send jets", "dementiert Berichte, wonach") stays a
  refusal (cue_patterns.py): reports are no accusation, and an accusation followed by its content
  clause ("that", "selon lesquelles", "wonach") is left as it was;
- information withheld: "declined to give the value of the contract", "a refusé de préciser le
  montant", "lehnte es ab, den Wert zu nennen" refuse to tell, not to give; and a question left
  open ("did not say whether they were paid for by Ankara", "n'a pas précisé s'ils avaient été
  financés", "ließ offen, ob") tells no giving of what it asks about;
- a debate told as the backdrop: "as the debate over aid in the United States continues", "alors
  que le débat sur l'aide se poursuit", "während die Debatte über die Hilfe anhält";
- a scheme's working told in the general present: "Under the scheme, European allies and Canada
  pay for packages of U.S. equipment" tells how it works, no giving of those named;
- the pace of a giving blamed: "said the government had taken too long to send the tanks", "a mis trop de
  temps à livrer les chars", "habe zu lange gebraucht, um die Panzer zu liefern" judge a giving told as
  news elsewhere, late or slow; the critic's words give no record of their own;
- things measured in general: "rather than the number of jets on offer", "le nombre d'avions promis",
  "die Zahl der zugesagten Jets" tell a count as a measure, an offer or promise of nobody named in it;
- a rule's scope: "Austrian neutrality does not forbid funding", "la Constitution n'interdit pas le
  financement", "Die Neutralität verbietet keine Finanzierung" tell what a law allows, no giver's
  decision; the cues from the rule's verb to its clause's end give nothing;
- an invitation to take part: "had invited Vienna to take part in the funding", "avait invité Vienne à
  participer au financement", "hatte Wien eingeladen, sich an der Finanzierung zu beteiligen" asks; the
  invited gives nothing until it answers;
- a claim of co-belligerence: "Moscow says Western weapons deliveries make NATO countries party
  to the conflict", "les livraisons d'armes font des Occidentaux des cobelligérants", "die
  Waffenlieferungen machten die Nato zur Kriegspartei": the deliveries are the claim's subject, no
  giving of anyone's (the cues before the claim, within its reach, are dropped);
- factories told by the workers they keep or hire: "has helped Ukrainian factories keep skilled
  workers", "a permis aux usines de garder leurs ouvriers", "half den Werken, Fachkräfte zu halten":
  employment, no making (the making a donor pays for is told by its own cue);
- a name given: "a brigade officer, who gave only his call sign", "qui n'a donné que son prénom", "der nur
  seinen Vornamen angab": a source telling who it is, no giving;
- a law easing the making at home: "passed a law making it easier to build ammunition plants", "une loi
  qui facilite la construction d'usines", "ein Gesetz, das den Bau von Munitionsfabriken erleichtert": the
  country's own rules for its industry, no making for Ukraine;
- a donor's own defence budget: "Spain, a NATO member that spends less on defence than most of
  its allies", "pledged to raise military spending to 2% of GDP" spend on its own forces, no money
  for Ukraine (own_forces.py reads orders and purchases for them).

sentence_reading.py drops these cues before any item takes one.
"""

from __future__ import annotations

from dataclasses import replace

from bot.core.pledges.passes.records import Cue
from bot.core.pledges.passes.sentence import Sentence
from bot.core.text.lazy_pattern import lazy

# (folded text) what a reaction rejects: an accusation, a claim, a threat, in three languages
_ACCUSATION = (
    r"(?:accusations?|allegations?|charges?|claims?|criticism|characteri[sz]ations?|suggestions?|threats?|"
    r"affirmations?|critiques?|menaces?|mises? en garde|"
    r"vorwurf\w*|vorwurfe\w*|anschuldigung\w*|behauptung\w*|kritik|drohung\w*|darstellung\w*)"
)
# ... told before the rejecting verb, in an apposition with its article: ", an accusation Prague
# rejected", ", a charge which London has denied", ", une accusation que Paris a rejetée", ", einen
# Vorwurf, den Prag zurückwies" (a few words between; "Despite threats, Berlin refused" is a refusal)
_ACCUSATION_BEFORE = lazy(
    r"(?:^|[,;]\s*|\b(?:and|et|und)\s+)(?:an?|une?|ein(?:en|e)?|this|that|cette|ce)\s+(?:[\w-]+\s+)?"
    rf"{_ACCUSATION},?\s+(?:(?:that|which|que|qu'|den|die|das|welche[nrs]?)\s+)?(?:[\w'-]+\s+){{0,4}}$"
)
# ... or after it: "rejected the accusation", "a rejeté ces accusations", "wies die Vorwürfe zurück"
# (German holds it inside the cue); not a content clause, whose giving the denial refuses ("denied
# claims that it would send jets", "a démenti les affirmations selon lesquelles")
_ACCUSATION_AFTER = lazy(
    r"\s*(?:(?:the|these|those|such|this|that|all|any|his|her|its|their|ces|cette|ses|les|l'|la|le|cet|"
    r"die|diese|den|solche|alle|jede\w*)\s+)?(?:[\w'-]+\s+){0,2}?"
    rf"{_ACCUSATION}\b"
)
_CONTENT_CLAUSE_AFTER = lazy(r",?\s+(?:that|que|qu'|selon lesquel\w*|wonach|dass)\b")
_ACCUSATION_INSIDE = lazy(rf"\b{_ACCUSATION}\b")

# (folded text) a refusal to tell: after "declined to", "refused to", "a refusé de", "lehnte es ab, ... zu"
_TO_TELL = (
    r"(?:comment|disclose|reveal|say|specify|confirm|elaborate|identify|detail|name|discuss|"
    r"(?:give|provide|offer) (?:any |further |more )?(?:details|figures?|a figure|numbers?|a breakdown|"
    r"(?:the |its |their )(?:value|cost|price|amount|number|figure|worth|size|timeline|timetable|date|breakdown|"
    r"details|names?)))\b"
)
_REFUSAL_TO_TELL = lazy(
    rf"(?:declin\w*|refus\w*)\s+to\s+{_TO_TELL}|"
    r"(?:refus\w*|s'est refusee? a)\s+(?:de\s+|d')?(?:preciser|commenter|devoiler|reveler|confirmer|dire|indiquer|"
    r"communiquer|chiffrer|tout commentaire|(?:donner|fournir) (?:le |la |les |de |des )?"
    r"(?:montant|valeur|details?|chiffres?|nombre|prix|cout|calendrier))\b|"
    r"(?:lehn\w*|verweiger\w*)\s+(?:es\s+)?(?:ab,?\s+)?(?:[\w'-]+\s+){0,6}?(?:zu\s+)?"
    r"(?:nennen|beziffern|kommentieren|aussern|sagen|bestatigen|angaben|auskunft|stellungnahme|jede angabe)\b"
)

# (folded text) spending on one's own forces, from the spending cue on: "spends less on defence",
# "spend 2% of GDP on its military"; and the budget raised: "raise military spending", "increase
# its defence budget"
_OWN_DEFENCE = (
    r"(?:(?:its|their|the country's|his|her) )?(?:own )?(?:defen[cs]e|military|armed forces|army|armies)\b"
    r"(?!'s|\s+(?:aid|support|assistance|help)\b|\s+(?:of|for|to)\s+(?:ukraine|kyiv|kiev))"
)
_OWN_DEFENCE_SPENDING = lazy(
    rf"spen[dt]\w*\s+(?:[\w%$€£.,'-]+\s+){{0,6}}?on\s+{_OWN_DEFENCE}|"
    r"(?:raise|raises|raised|raising|increase\w*|boost\w*|doubl\w*|lift\w*)\s+"
    r"(?:(?:its|their|the country's|the|annual|own)\s+){0,2}(?:military|defen[cs]e)\s+"
    r"(?:spending|budgets?|expenditures?|outlays?)\b"
)


def cues_of_givings(sentence: Sentence, cues: list[Cue], others: list[tuple[str, int, int]]) -> list[Cue]:
    """The sentence's cues without those that tell another deed: a scheme's working, a debate as the
    backdrop, a rejected accusation (and the cues before it, the accuser's words), a refusal to tell
    or a question left open (and the cues of what goes untold), spending on the donor's own defence.
    `others` are the sentence's non-givers (Russia...), the accusers whose words the rejection answers."""
    folded, start, end = sentence.folded, sentence.start, sentence.end
    if _HOW_A_SCHEME_WORKS.match(folded, start, end) is not None:
        cues = [c for c in cues if not _paying_in_general(folded, start, end, c)]
    # (... and so does a relative clause describing a scheme: "coordinates an initiative that buys shells on the
    # world market", "une initiative qui achète des obus", "eine Initiative, die Munition ... kauft")
    scheme = _SCHEME_RELATIVE.search(folded, start, end)
    if scheme is not None:
        # (its buying, and its paying by others in the passive: "and is paid for by more than 15 countries",
        # "und von mehr als 15 Staaten bezahlt wird")
        cues = [
            c for c in cues
            if not (c.start > scheme.start() and (
                _paying_in_general(folded, start, end, c) or _PAID_BY_OTHERS.match(folded, c.start, end) is not None
            ) and not _TENSE_BEFORE.search(folded, max(start, c.start - 12), c.start))
        ]
    # (a debate told as the backdrop weighs no giving of anyone's: "as the debate over aid in the
    # United States continues", "amid a debate over", "alors que le débat sur l'aide se poursuit")
    cues = [
        c for c in cues
        if not (c.status == "discussed" and _DEBATE_AS_BACKDROP.search(folded, max(start, c.start - 40), c.end))
    ]
    rejection = next(
        (c for c in cues if c.status == "refused" and _rejects_an_accusation(folded, start, end, c)), None
    )
    if rejection is not None:
        # (an accuser that gives nothing, Moscow, tells the aid in its own words: "said Czech arms
        # deliveries made the country a party to the conflict"; the recipient's complaint keeps its
        # facts: "Ukraine accused Norway of failing to deliver 12 promised howitzers, a charge Oslo
        # rejected" tells the promise of 12)
        accused_by_another = any(s < rejection.start for _, s, _ in others)
        cues = [c for c in cues if c.start > rejection.end or (c is not rejection and not accused_by_another)]
    # (what a refusal to tell names, up to its clause's end, is what goes untold: "declined to give
    # the value of the contract" orders nothing again)
    untold = [
        (c.start, _clause_end(folded, told.end(), end)) for c in cues
        if c.status == "refused" and (told := _REFUSAL_TO_TELL.match(folded, c.start, end)) is not None
    ]
    # (... and so is what a question left open about what was done names: "did not say whether they
    # were paid for by Ankara", "n'a pas précisé s'ils avaient été financés par Ankara", "ließ offen,
    # ob Ankara sie finanziert hat")
    untold += [
        (q.start(), high) for q in _OPEN_QUESTION.finditer(folded, start, end)
        if _about_the_past(folded, q.end(), high := _question_end(folded, q.end(), end))
    ]
    # (what a rule forbids or allows, up to its clause's end, is no giving's cue: no giver decided)
    untold += [
        (r.start(), _clause_end(folded, r.end(), end)) for r in _A_RULES_SCOPE.finditer(folded, start, end)
    ]
    untold += [(i.start(), i.end()) for i in _INVITED_TO_TAKE_PART.finditer(folded, start, end)]
    # (a law easing the making at home, and the vote on it, give nothing: its cues, from the vote before
    # the law to the making it eases, are the law's)
    untold += [
        (max(start, law.start() - _VOTE_REACH), law.end() + 30)
        for law in _A_LAW_EASING.finditer(folded, start, end)
    ]
    # (a claim that the givings make their givers party to the war is about them, gives nothing)
    untold += [
        (max(start, claim.start() - _CLAIM_REACH), claim.start())
        for claim in _CO_BELLIGERENCE.finditer(folded, start, end)
    ]
    # (the pace blamed and the things measured keep their cue as one that gives nothing, as a denial's
    # does: their things take no other cue of the sentence, "the pace at which pilots can be trained")
    return [
        replace(c, status="requested") if (
            c.status in _GIVING_STAGES and _PACE_BLAMED_BEFORE.search(folded, max(start, c.start - 60), c.start)
            or _measured_in_general(folded, start, c)
        ) else c
        for c in cues
        if not any(low <= c.start < high for low, high in untold)
        and not (c.status == "pledged" and _spends_on_its_own_defence(folded, c.start, end))
        and not (c.status == "production" and _WORKERS_KEPT.match(folded, c.end, min(end, c.end + 80)))
        and not _A_NAME_GIVEN.match(folded, c.end, min(end, c.end + 60))
    ]


# (folded text, up to a giving's cue) the pace of the giving blamed before it, in its own clause: "too long
# to", "too slow to / in", "trop de temps à", "trop lent à", "a tardé à", "zu lange gebraucht, um ... zu",
# "zu langsam", "zu spät"; the cue is the giving judged, no giving told. (Hesitating, "zögert bei Taurus", is
# a giving weighed, discussed: not here.)
_PACE_BLAMED_BEFORE = lazy(
    r"\b(?:(?:too|so) (?:long|slow|slowly|late)|trop (?:de temps|longtemps|lent\w*|tard)|(?:a|ont|avait) tarde|"
    r"tard(?:e|ent|ait|aient) a|zu (?:lange|langsam|spat))\b[^.;]{0,50}$"
)
_GIVING_STAGES = ("pledged", "delivered")

# (folded text) An invitation and the taking part it asks for, with what is taken part in between or after:
# "eingeladen, sich an der Finanzierung zu beteiligen", "invited Vienna to take part in the funding".
_INVITED_TO_TAKE_PART = lazy(
    r"\b(?:eingeladen|invit(?:ed|es|e|ee|ees|ait|aient|er))\b[^.;]{0,80}?\b(?:zu beteiligen|beizutreten|"
    r"mitzumachen|to (?:join|take part|participate|contribute)|a (?:participer|rejoindre|contribuer|s'associer))\b"
    r"(?:\s+(?:in|to|au|aux|a la|a l'|dans)\s+(?:the |le |la |les |l')?[\w'-]+)?"
)
# (folded text) A law or principle as the subject of forbidding or allowing: "neutrality does not forbid",
# "la Constitution n'interdit pas", "die Neutralität verbietet keine", "das Gesetz erlaubt".
_A_RULES_SCOPE = lazy(
    r"\b(?:neutrality|law|laws|constitution|rules|treaty|statute|neutralite|loi|lois|regles|traite|"
    r"neutralitat|gesetz\w*|verfassung|grundgesetz|regeln)\b(?:\s+[\w'-]+){0,2}?\s+"
    r"(?:(?:does not|doesn't|do not|don't|ne|n')\s*)?(?:forbids?|prohibits?|bans?|allows?|permits?|interdit|"
    r"interdisent|autorise|autorisent|permet|permettent|verbietet|verbieten|erlaubt|erlauben|untersagt|gestattet)\b"
)

# (folded text) "the number of" and its kin before a thing, and the attributive offer or promise right after
# the thing (a finite verb, "the number of rifles it sends", is a giving told)
_NUMBER_OF_BEFORE = lazy(
    r"\b(?:the (?:number|amount|quantity) of|(?:le|du) nombre d(?:e |')|la quantite d(?:e |')|"
    r"(?:die|der) (?:zahl|anzahl|menge) (?:der|an|von))\s*(?:[\w'-]+\s+){0,3}(?:on\s+)?$"
)
_ATTRIBUTIVE_OFFER = lazy(
    r"(?:on )?offer|offered|promised|pledged|available|en offre|offerts?|promis(?:es)?|disponibles?|"
    r"zugesagt\w*|versprochen\w*|angeboten\w*|verfugbar\w*"
)


_NUMBER_CHANGED_BEFORE = lazy(
    r"\b(?:rais|increas|doubl|cut|reduc|lower|bring|brought|boost|port|augment|redui|diminu|erhoh|aufstock|verdoppel|"
    r"senk|reduzier)\w*\b[^.;]{0,40}$"
)


def _measured_in_general(folded: str, start: int, cue: Cue) -> bool:
    """Whether the cue is an offer or promise told of things measured in general ("the number of jets on
    offer"; German before the thing, "die Zahl der zugesagten Jets")."""
    if cue.status not in _GIVING_STAGES or not _ATTRIBUTIVE_OFFER.fullmatch(folded, cue.start, cue.end):
        return False
    number = _NUMBER_OF_BEFORE.search(folded, max(start, cue.start - 60), cue.start)
    # (a number a verb changes is the giving changed: "va porter de 20 à 30 le nombre d'obusiers promis",
    # "will raise the number of tanks pledged to 30", "erhöht die Zahl der zugesagten Panzer auf 30")
    return number is not None and _NUMBER_CHANGED_BEFORE.search(folded, max(start, number.start() - 50), number.start()) is None


def _paying_in_general(folded: str, start: int, end: int, cue: Cue) -> bool:
    return bool(_PAYING_IN_GENERAL.match(folded, cue.start, end)) and not _TENSE_BEFORE.search(
        folded, max(start, cue.start - 12), cue.start
    )


def _spends_on_its_own_defence(folded: str, at: int, end: int) -> bool:
    spending = _OWN_DEFENCE_SPENDING.match(folded, at, end)
    # ("spend more on military equipment for Ukraine" spends on Ukraine's)
    return spending is not None and not _UKRAINE_AFTER.search(folded, spending.end(), min(end, spending.end() + 50))


_UKRAINE_AFTER = lazy(r"\b(?:ukrain\w*|kyiv|kiev|kiew|kyjiw)\b")


# (folded text) the claim that givings make the givers a party to the war: "make NATO countries party
# to the conflict", "would make it a party in the war", "font des pays de l'Otan des parties au conflit",
# "feraient de la France un cobelligérant", "machen die Nato zur Kriegspartei", "zur Konfliktpartei
# werden lassen"; the cue words within the reach before it are the claim's subject
_CO_BELLIGERENCE = lazy(
    r"\b(?:make|makes|made|making|render|renders|turn|turns)\s+(?:[\w'-]+\s+){0,4}?"
    r"(?:a\s+|an\s+)?(?:party|parties|participants?|co-?belligerents?)\s+(?:to|in)\b|"
    r"\b(?:font|ferait|feraient|fait|faisait|faisaient|rendent|rendrait)\s+(?:d[eu's]\s*)(?:[\w'-]+\s+){0,4}?"
    r"(?:des\s+|un\s+|une\s+)?(?:parties? (?:au|prenantes? au) conflit|co-?belligerants?)\b|"
    r"\bzur? (?:kriegs|konflikt)partei\b|\b(?:kriegs|konflikt)parteien? (?:machen|macht|machten|mache|werden)\b"
)
_CLAIM_REACH = 80

# (folded text) a law that eases making at home, up to the making it names: "a law making it easier to
# build ammunition plants", "une loi facilitant la construction d'usines", "ein Gesetz, das den Bau von
# Munitionsfabriken erleichtert"
_A_LAW_EASING = lazy(
    r"\b(?:law|bill|legislation|loi|gesetz|gesetzentwurf)\b,?\s+"
    r"(?:(?:making it easier|to make it easier|easing|to ease|simplifying|to simplify|speeding up|to speed up)\b"
    r"(?:\s+[\w'-]+){0,8}?\s+(?:plants?|factories|factory|production|manufacturing)\b|"
    r"(?:facilitant|qui facilite|pour faciliter|simplifiant|qui simplifie)\b(?:\s+[\w'-]+){0,8}?\s+"
    r"(?:d')?(?:usines?|production|fabrication)\b|"
    r"(?:das|der|um)\b(?:\s+[\w'-]+){0,8}?\s+\w*(?:fabriken?|werke?s?|produktion|herstellung)\b(?:\s+[\w'-]+){0,5}?"
    r"\s+(?:erleichtert|erleichtern|vereinfacht|vereinfachen|beschleunigt|beschleunigen|zu erleichtern)\b)"
)
# (a vote or passing told before the law: "passed a law", "is due to vote next month on a law")
_VOTE_REACH = 50

# (folded text, right after a giving verb) the name a source gives of itself: "gave only his call sign",
# "gave his first name", "n'a donné que son prénom", "a donné son nom", "gab nur seinen Vornamen an"
_A_NAME_GIVEN = lazy(
    r"\s+(?:only |just |que |nur )?(?:his|her|their|son|leur|seinen|ihren)\s+"
    r"(?:first |last |family |sur)?(?:name|names|call ?sign|callsign|rank|nom|prenom|nom de guerre|"
    r"vornamen|namen|rufnamen|dienstgrad)\b"
)

# (folded text, right after a making cue: factories, plants) the workers they keep or hire, a few
# words between: "factories keep skilled workers", "usines de garder leurs ouvriers", "Werken, Fachkräfte
# zu halten"
_WORKERS_KEPT = lazy(
    r"\w*,?\s+(?:[\w'-]+\s+){0,3}?(?:keep|kept|retain|retained|hire|hired|employ|employed|pay|paid)\s+"
    r"(?:[\w'-]+\s+){0,2}?(?:workers|staff|employees|jobs|engineers)\b|"
    r"\w*,?\s+(?:[\w'-]+\s+){0,3}?(?:garder|conserver|retenir|embaucher|payer)\s+(?:[\w'-]+\s+){0,2}?"
    r"(?:ouvriers|salaries|employes|emplois|ingenieurs|personnel)\b|"
    r"\w*,?\s+(?:[\w'-]+\s+){0,3}?(?:fachkrafte|arbeiter|beschaftigte|mitarbeiter|arbeitsplatze)\s+"
    r"(?:[\w'-]+\s+){0,2}?(?:zu )?(?:halten|behalten|einzustellen|bezahlen)\b"
)


# (folded text) a sentence telling how a scheme works, opened by the scheme named again: "Under the
# scheme, European allies and Canada pay for packages of U.S. equipment", "Dans le cadre de ce
# mécanisme, les alliés financent", "Im Rahmen des Programms bezahlen die Verbündeten"
_HOW_A_SCHEME_WORKS = lazy(
    r"\s*(?:under|through|via|in) (?:the|this|that) "
    r"(?:scheme|programme|program|initiative|mechanism|arrangement|list|purl)\b,?|"
    r"\s*(?:dans le cadre|au titre) (?:de ce|de cet|de cette|du) "
    r"(?:mecanisme|programme|dispositif|initiative|purl)\b,?|"
    r"\s*im rahmen (?:des|dieses|der|dieser) (?:programms|mechanismus|initiative|purl)\b,?"
)
# (folded text) a scheme's relative clause: "an initiative that", "une initiative qui", "eine Initiative, die"
_SCHEME_RELATIVE = lazy(
    r"\b(?:initiative|scheme|programme|program|mechanism|mecanisme|dispositif|programm|mechanismus)\s*,?\s+"
    r"(?:that|which|qui|die|das|der)\b"
)
_PAID_BY_OTHERS = lazy(r"(?:(?:is|are|est|sont) )?(?:paid for by|funded by|financed by|financee?s? par|bezahlt|finanziert)\b")
# ... and its paying told in the general present, no one payer's giving: "pay for", "fund",
# "financent", "bezahlen" (a payer's "will pay" or "has paid" stays its own)
_PAYING_IN_GENERAL = lazy(
    r"(?:pay|pays|fund|funds|finance|finances|buy|buys|purchase|purchases)\b|"
    r"(?:financent|finance|paient|paie|achetent|achete)\b|"
    r"(?:bezahlen|bezahlt|zahlen|zahlt|finanzieren|finanziert|kaufen|kauft)\b"
)
_TENSE_BEFORE = lazy(r"\b(?:will|would|shall|has|have|had|to|'ll|wird|werden|wurde|hat|haben|va|vont|a|ont|avait)\s+$")

# (folded text) a debate as the time of the news, up to the debate's word
_DEBATE_AS_BACKDROP = lazy(
    r"\b(?:as|amid|while|alors que|tandis que|sur fond d[eu']?|wahrend|inmitten)\s+"
    r"(?:the |a |an |le |la |l'|un |une |die |der |einer )?"
    r"(?:[\w-]+ )?(?:debates?|debat|debats|debatte|debatten)$"
)

# (folded text) a question the speaker leaves open, told after a verb of telling negated
_OPEN_QUESTION = lazy(
    r"\b(?:(?:did|does|do|would|will|could) not|didn't|doesn't|wouldn't|won't|couldn't|without|declin\w* to|"
    r"refus\w* to)\s+(?:say|specify|confirm|disclose|reveal|indicate|elaborate on|saying|specifying|confirming|"
    r"disclosing|revealing|indicating)\s+"
    r"(?:whether|if|how|when|who|which|where|what)\b|"
    r"\b(?:n'(?:a|ont|avait|avaient) pas|sans|sans toutefois|ne pas)\s+"
    r"(?:precise|dit|indique|confirme|revele|preciser|dire|indiquer|confirmer|reveler)\s+(?:si|s'il|s'ils|s'elle|s'elles|comment|quand|qui|combien|par qui)\b|"
    r"\b(?:lie(?:ss|s)|liessen|lassen|lasst) (?:[\w'-]+ ){0,4}?offen,? (?:ob|wie|wann|wer|wo)\b|"
    r"\b(?:sagte|sagten|nannte|nannten|teilte|teilten|bestatigte|bestatigten) (?:[\w'-]+ ){0,3}?nicht(?: mit)?,? "
    r"(?:ob|wie|wann|wer)\b"
)
# (a question runs to the sentence's end, or its clause's when a new one opens after ";")
_QUESTION_END = lazy(r";|\s(?:but|mais|aber)\s")


# (folded text) a question about what was done ("whether they were funded", "s'ils avaient été
# financés", "ob Ankara sie finanziert hat"), not about a giving still to decide ("whether it
# would send more", "ob Deutschland Taurus liefern wird": discussed, cue_qualifiers.py)
_PAST_IN_QUESTION = lazy(
    r"\b(?:had|has|have|was|were|did|avai(?:t|ent)|a ete|ont ete|etai(?:t|ent)|hat|haben|hatte|hatten|worden|war|"
    r"waren)\b"
)
_FUTURE_IN_QUESTION = lazy(
    r"\b(?:would|will|could|might|shall|plans?|intends?|[\w-]+rai(?:t|ent)|sera|seront|pourra|wird|werden|wurden?|"
    r"soll\w*|woll\w*|konnte\w*|kann|konnen)\b"
)


def _about_the_past(folded: str, low: int, high: int) -> bool:
    return bool(_PAST_IN_QUESTION.search(folded, low, high)) and not _FUTURE_IN_QUESTION.search(folded, low, high)


def _question_end(folded: str, low: int, end: int) -> int:
    found = _QUESTION_END.search(folded, low, end)
    return found.start() if found else end


_CLAUSE_END = lazy(r"[,;:]|\s(?:but|mais|aber|while|tandis)\s")


def _clause_end(folded: str, low: int, end: int) -> int:
    found = _CLAUSE_END.search(folded, low, end)
    return found.start() if found else end


def _rejects_an_accusation(folded: str, start: int, end: int, cue: Cue) -> bool:
    if _ACCUSATION_BEFORE.search(folded, max(start, cue.start - 70), cue.start):
        return True
    if (after := _ACCUSATION_AFTER.match(folded, cue.end, end)) is not None:
        return not _CONTENT_CLAUSE_AFTER.match(folded, after.end(), end)
    inside = _ACCUSATION_INSIDE.search(folded, cue.start, cue.end)
    return inside is not None and not _CONTENT_CLAUSE_AFTER.match(folded, inside.end(), end)
