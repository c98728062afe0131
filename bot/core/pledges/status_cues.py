"""Status cues: the words that say an item is pledged, delivered, discussed,
refused or in production, in English, French and German, and what changes a cue's
meaning: a negation before it, a hedge or a condition, a future, a participle used as an
adjective ("die versprochenen Haubitzen"). find_status_cues reads them in one sentence."""

from __future__ import annotations

import bisect
from dataclasses import replace

import re2

from bot.core.pledges.byte_scans import match_spans
from bot.core.pledges.item_words import trained_as_adjective
from bot.core.pledges.numbers import NUMBER_WORDS
from bot.core.pledges.records import Cue, as_ascii
from bot.core.text.lazy_pattern import guarded, lazy
from bot.core.text.months import ENGLISH_MONTHS, FRENCH_MONTHS, GERMAN_MONTHS, alternation

# One word: hyphenated compounds, "SAMP/T", "10.000", "$1.5bn" included, and the amount
# abbreviations with their full stop ("stellt 1,5 Mrd. Euro bereit", "500 Mio. Euro").
# (a word may open or close brackets: "85 Milliarden Kronen (rund 7,2 Milliarden Euro) an
# Militärhilfe zur Verfügung")
_WORD = r"(?:mrd\.|mio\.|\(?\$?[\w'/-]+(?:[.,]\d+)*\)?)"
_WEEKDAYS = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
# French sentence adverbs that stand between an auxiliary and its participle ("a
# pourtant livré", "ont toutefois fourni", "a bel et bien livré"). (Folded text.)
_FRENCH_SENTENCE_ADVERB = (
    r"(?:pourtant|toutefois|cependant|neanmoins|bien|donc|ainsi|alors|meme|surtout|encore|bel et bien|"
    r"d'ores et deja|quand meme) "
)
# "schließt ... aus" in the present, plural and past ("schließen", "schloss").
_SCHLIESST = r"(?:schlie(?:ss|s)(?:t|en)\w*|schlo(?:ss|s)(?:en)?)"
# Talks (with a partner named or not) about a giving told as a noun, one word such as
# "joint" allowed before it. (Folded text.)
_TALKS_ABOUT_A_GIVING = (
    rf"(?:(?:in )?talks|(?:in )?discussions?|negotiations?) (?:with (?:{_WORD} ){{1,4}}?)?(?:on|about|over|regarding) "
    r"(?:the |a )?(?:[\w-]+ )?(?:financing|funding|delivery|deliveries|supply|supplies|purchase|procurement|provision|"
    r"transfer|shipment)\b|"
    rf"(?:im gesprach|(?:in )?gesprachen|verhandlungen) (?:mit (?:{_WORD} ){{1,4}}?)?(?:uber|zur|zum) "
    r"(?:die |eine |den |einen )?(?:[\w-]+ )?(?:finanzierung|lieferung|beschaffung|bereitstellung|ubergabe|ankauf|kauf)\w*|"
    rf"(?:en discussions?|en pourparlers|pourparlers|negociations?) (?:avec (?:{_WORD} ){{1,4}}?)?"
    r"(?:sur|pour|concernant|au sujet d(?:u|e la|e l'|es)) ?(?:le |la |l'|les |un |une )?"
    r"(?:financement|livraison|achat|fourniture|envoi|cession|transfert)s?\b"
)

STATUS_PATTERNS: tuple[tuple[str, str], ...] = (
    ("refused",
     # The refusal reaching its giving verb, nearer the item: "a refusé jusqu'ici de
     # livrer" (first: at one position the first alternative that matches wins).
     rf"refus\w* (?:{_WORD} ){{0,2}}(?:de|d') ?(?:livrer|fournir|envoyer|ceder|donner|transferer)|"
     # A refusal told as a noun: "Scholz's no to Taurus", "son non à", "sein Nein zur Lieferung",
     # "his opposition to", "son opposition à la fourniture".
     r"(?:'s )?no to|non a(?:ux?)?|nein zu\w*|opposition (?:to|a|au|aux)|widerstand gegen|"
     # ("sagt Nein zu" spans what the promise "sagt ... zu" spans: the refusal wins the tie)
     rf"sag\w* (?:{_WORD} ){{0,4}}nein zu\w*|"
     # A request turned down: "rejected Kyiv's request for", "wies die Bitte ... zurück"
     # (the request alone gives nothing: see "requested"; and _REQUEST_TURNED_DOWN).
     rf"reject\w* (?:{_WORD} ){{0,3}}(?:request|appeal|plea|demand|call)s?\b|"
     rf"(?:wies|weist|wiesen|weisen) (?:{_WORD} ){{0,8}}zuruck\b|zuruckgewiesen|"
     # Forbidding a transfer ("hat den Export untersagt", "bans the re-export").
     r"untersag\w*|verbiet\w*|verbot\b|verboten|prohibit\w*|interdi\w*|bann(?:ed|ing)\b|forb(?:id|ids|ade|idden)\b|"
     r"rule[sd]? out|ruling out|refuse[sd]?|refusing|reject\w*|turn(?:s|ed|ing)? down|"
     r"ecart\w* (?:\w+ment )?(?:l'idee|la possibilite|l'hypothese|toute|tout|l'envoi|la livraison|les livraisons|la fourniture)|"
     # "Premature" is "not now" (labelling rules): "la question est prématurée".
     r"prematur\w*|verfruht\w*|"
     rf"declin(?:e|ed|es|ing) to|(?:will|would|could) not (?:{_WORD} ){{0,2}}(?:send|provide|supply|deliver|give)|"
     rf"won't (?:{_WORD} ){{0,2}}(?:send|provide|supply|deliver|give)|(?:does|do|did) not (?:plan|intend|want) to|"
     # unable to give is "not now": "cannot send more air defence systems this year"
     rf"(?:cannot|can't|can not|(?:is|are) unable to) (?:{_WORD} ){{0,2}}(?:send|provide|supply|deliver|give|spare)\b|"
     r"no plans? to|not (?:send|provide|supply|deliver)|"
     # the present progressive negated: "is not sending F-16s at this time"
     r"(?:is|are|'re|was|were) not (?:currently |now )?(?:sending|supplying|providing|delivering|giving|shipping)|"
     r"(?:isn't|aren't|wasn't|weren't) (?:currently |now )?(?:sending|supplying|providing|delivering|giving|shipping)|"
     # "will send no more weapons", "sends Kyiv no new tanks", "will no longer supply",
     # "stopped sending" (the giving verb before its negated object, as German puts it).
     r"(?:send|sends|provide|provides|supply|supplies|deliver|delivers|give|gives) (?:ukraine |kyiv |kiev )?"
     r"no (?:more|further|new|additional|other)\b|"
     r"no longer (?:send|provide|supply|deliver|give)|stop(?:s|ped|ping)? (?:sending|supplying|delivering|providing)|"
     # No intention, no occasion: "had no intention of sending", "n'a pas l'intention de
     # livrer", "sieht keinen Anlass, ... zu liefern".
     r"(?:no|any) intention (?:of|to)|(?:pas l'|aucune )intention (?:de|d')|keine absicht|nicht die absicht|"
     r"keine?n? (?:anlass|veranlassung)\b|sees? no (?:reason|need) to|"
     # "there will be no Taurus for Ukraine", "il n'y aura pas de", "es wird keine ... geben"
     r"there (?:will|would) be no|n'y (?:aura|aurait) (?:pas|plus|aucun\w*)|(?:es wird|wird es) keine|"
     r"blocked|blocking|blocks|veto\w*|oppos(?:e|es|ed|ing|ee|ees)\b|"
     # A halt is a refusal for now: "has paused deliveries of", "met en pause", "ausgesetzt".
     r"halt(?:s|ed)?\b|suspend\w*|freez\w*|frozen|withh[oe]ld\w*|"
     r"paus(?:es|ed|ing) (?:(?:all|some|the|its|their|further|new|weapons?|arms|military|u\.?s\.?) )*"
     r"(?:deliver\w*|shipments?|transfers?|aid|assistance|supplies)|"
     r"(?:mis|mise|mises|met|mettent|mettre) en pause|ausgesetzt|pausier\w*|"
     r"refus\w*|rejet\w*|exclu(?:t|ent|e|re)?\b|"
     rf"ne (?:{_WORD} ){{0,2}}(?:pas|plus) (?:{_WORD} ){{0,2}}(?:livrer|fournir|envoyer|ceder|donner)\b|ne (?:livrera|fournira|livreront|fourniront|enverra) pas|"
     r"pas question|s'oppos\w*|bloqu\w*|suspendu\w*|gel(?:er|e|es|ee|ees|ent)\b|"
     r"n'(?:enverr|envoi|livrer|fournir|autoriser)\w* (?:pas|plus|jamais)|ne (?:livrer|fournir|enverr)\w* (?:pas|plus|jamais)|"
     rf"lehn\w* (?:{_WORD} ){{0,14}}ab\b|abgelehnt|ablehn\w*|absage\w*|verweiger\w*|"
     # Refusing by name and giving up: "weigert sich, ... zu liefern", "verzichtet auf
     # die Lieferung", "a renoncé à livrer".
     r"weiger(?:t|n|te|ten)\b|weigerung|verzicht\w*|renon(?:c|ç)\w* (?:a|au|aux)\b|"
     # The German main clause puts the verb before its negated object: "Polen liefert
     # keine weiteren Kampfjets", "Berlin schickt der Ukraine vorerst keine Taurus".
     r"(?:liefer|schick|uberlass|ubergeb|ubergib|geb|gib|stell|zahl)(?:t|en|te|ten) (?:der ukraine |kiew |kyjiw )?"
     # (a reason or a source may stand between: "liefert wegen seiner Neutralität keine
     # Waffen", "aus Neutralitätsgründen", "nach eigenen Angaben")
     rf"(?:(?:wegen|aus|nach|trotz|angesichts|mangels|seit) (?:{_WORD} ){{1,3}})?"
     r"(?:(?:vorerst|vorlaufig|derzeit|zunachst|weiterhin|auch|kunftig|mehr|bis auf weiteres) ){0,3}(?:keine[nmrs]?|keinerlei)\b|"
     rf"nicht (?:{_WORD} ){{0,2}}liefern|keine (?:{_WORD} ){{0,3}}(?:liefern|abgeben|uberlassen|schicken)\b|blockier\w*|gestoppt|stoppt|"
     # (the German middle field is long: "schließt eine Lieferung von ... an die Ukraine
     # weiterhin kategorisch aus")
     rf"ausgeschlossen|{_SCHLIESST} (?:{_WORD} ){{0,12}}aus\b|"
     # No plan to give: "n'envisage pas de livrer", "hat nicht vor, ... zu liefern", "hat
     # keine Pläne, ... zu liefern" (German "vor" is also "before": only with its "zu").
     r"n'envisag\w* (?:pas|plus|aucun\w*)|ne (?:l'|les |la |le )?envisag\w* (?:pas|plus)|"
     rf"nicht vor,? (?:{_WORD},? ){{0,12}}zu {_WORD}|keine plane,? (?:{_WORD},? ){{0,12}}zu {_WORD}|"
     # A denial refuses what it denies: "denied reports that it would send", "a démenti",
     # "dementiert Berichte, wonach" (the giving verb after it is refused: _DENIAL).
     r"den(?:y|ies|ied|ying)\b|dementi\w*|dement(?:s|ent|ait|aient)\b|"
     # A cancellation withdraws what was planned: "cancelled a planned shipment of", "a
     # annulé l'envoi prévu", "hat die Lieferung ... abgesagt" (German: the verb last,
     # the middle field taken in, so the cue holds the item it governs).
     r"cancel(?:s|led|ed|ling)?\b|annul(?:e|ee|es|ees|ent|er|era|ait)\b|"
     rf"(?:hat|haben|hatte|hatten|wurde|wurden) (?:{_WORD} ){{0,14}}(?:abgesagt|storniert|gestrichen)\b|storniert\w*"),
    ("discussed",
     # A request examined is a question still open (first: at one position the first
     # alternative that matches wins, and "studying" alone is a cue too): "is studying a Ukrainian request for",
     # "examinent une demande ukrainienne de", "prüft die Anfrage aus Kiew" (the request
     # word alone gives nothing: see "requested").
     rf"(?:consider|stud(?:y|ies|ied|ying)|examin|review|weigh|assess|evaluat|look\w* (?:at|into)|discuss)\w* "
     rf"(?:{_WORD} ){{0,3}}(?:requests?|appeals?|pleas?|demands?)\b|"
     rf"(?:examin|etudi|discut|analys|consider|pench\w* sur)\w* (?:{_WORD} ){{0,3}}(?:demandes?|requetes?|sollicitations?)\b|"
     rf"(?:pruf|berat|diskut|erwag)\w* (?:{_WORD} ){{0,3}}(?:\w*anfrage\w*|bitte|\w*forderung\w*|\w*wunsch\w*)\b|"
     # Talks about a giving told as a noun take it in, so the giving word does not promise
     # on its own: "in talks with Germany about the joint financing of", "in Gesprächen mit
     # Deutschland über die gemeinsame Finanzierung von", "en pourparlers pour la livraison de".
     rf"{_TALKS_ABOUT_A_GIVING}|"
     # Undecided is not refused (labelling rules): "no decision yet", "aucune décision",
     # "keine Entscheidung", "eine Entscheidung blieb aus".
     # (no agreement is no decision either: "konnten sich nicht einigen", "failed to agree")
     rf"nicht (?:auf (?:{_WORD} ){{0,12}})?(?:geeinigt|einigen)|keine einigung|no agreement|failed to agree|pas d'accord|aucun accord|"
     r"no decision(?: (?:is |was )?expected)?|(?:has|have|had|is|are) yet to (?:decide|make a decision)|"
     # a decision not taken ("has not decided whether to send": not a refusal of the sending;
     # the infinitive is taken in, so "not" does not negate it on its own)
     r"(?:(?:has|have|had) not|hasn't|haven't|hadn't) (?:yet )?decided (?:whether|if|on|about|how|when)\b(?: to \w+)?|"
     # (whole, and before the short form, so the decision to give in "pledged" does not
     # read it as a refusal)
     rf"(?:noch )?nicht entschieden,? (?:{_WORD},? ){{0,12}}zu (?:liefern|schicken|senden|ubergeben|uberlassen|spenden|geben|"
     r"finanzieren|abzugeben|bereitzustellen)\b|"
     r"n'(?:a|ont) pas encore (?:decide|tranche)|noch nicht entschieden|"
     rf"noch nicht (?:{_WORD} ){{1,12}}(?:entschieden|entscheiden)|denk\w* (?:{_WORD} ){{0,12}}nach\b|nachgedacht|nachzudenken|nachdenken|"
     r"(?:still |yet )?(?:to be )?undecided|aucune decision|pas (?:encore )?de decision|"
     rf"toujours pas (?:{_WORD} ){{0,2}}decision|still no decision|(?:noch )?keine entscheidung|entscheidung (?:{_WORD} ){{0,4}}blieb\w* (?:{_WORD} ){{0,3}}aus|"
     r"discuss\w*|consider(?:s|ed|ing)?\b|weigh(?:s|ed|ing)?\b|mull\w*|debat\w*|in talks|talks (?:on|about|over)|"
     rf"negotiat\w*|(?:could|might|may|can) (?:{_WORD} ){{0,2}}(?:send|provide|supply|deliver|give|donate|transfer|receive|get)|"
     r"look(?:ing)? into|explor(?:e|es|ed|ing)\b|stud(?:y|ying|ies)\b|examin\w*|not ruled? out|not rule out|"
     # A review is a question still open: "still under review", "is reviewing the
     # request", "à l'étude", "wird geprüft", "in Prüfung"; so is a giving held possible
     # ("hält eine Lieferung weiter für möglich").
     r"under (?:review|consideration|study)|(?:is|are|was|were) (?:still |now |currently )?(?:reviewing|being reviewed)|"
     r"review(?:s|ed|ing)? (?:the |a |an |its |their |whether |possible |further )?(?:request|option|possibility|delivery|deliveries|supply|transfer|question|issue|idea)|"
     r"a l'etude|a l'examen|en cours d'examen|(?:fur|als) (?:moglich|denkbar|vorstellbar)|"
     # A giving tied to a condition is a question still open, as headlines tell it:
     # "Spanien knüpft Patriot-Lieferung an Bedingung", "sets conditions for", "Rome
     # conditionne l'envoi de"
     rf"knupf\w* (?:{_WORD} ){{0,6}}an (?:eine |die |zwei |mehrere |klare )?bedingung\w*|"
     r"(?:sets?|setting|attach\w*|lays? down) (?:\w+ )?conditions (?:for|on)|conditionne\w*|"
     # A package still being put together is not announced yet: "a further package is
     # being prepared", "un nouveau paquet est en préparation", "wird derzeit vorbereitet".
     r"(?:is|are) (?:still |now |currently )?being (?:prepared|drawn up|finali[sz]ed|put together|worked out)|"
     r"(?:est|sont) (?:actuellement |encore )?en (?:cours de )?preparation|"
     r"(?:wird|werden) (?:derzeit |gerade |noch |bereits )?(?:vorbereitet|ausgearbeitet|geschnurt)|"
     # Expected is not yet given (labelling rules): "expects allies to announce".
     r"expect(?:s|ed|ing)?\b|expectations?|erwart\w*|s'attend\w*|"
     # An export approval alone ("erlaubt deutschen Herstellern die Lieferung", "approved
     # the re-export") lets someone else give: discussed.
     rf"(?:erlaub|genehmig)\w* (?:{_WORD} ){{0,4}}(?:herstell\w*|firmen|unternehmen|industrie|export\w*|ausfuhr\w*)|"
     rf"(?:approv|authori[sz]|clear)\w* (?:{_WORD} ){{0,3}}(?:re-?exports?|exports?|exporting)\b|"
     rf"(?:export\w*|ausfuhr\w*|wiederausfuhr\w*|weitergabe) (?:{_WORD} ){{0,10}}(?:genehmigt|erlaubt|bewilligt)|"
     r"export (?:approval|licen[cs]es?|permits?)|\w*exportgenehmigung\w*|(?:autoris|approuv|valid)\w* (?:l'exportation|la reexportation)|"
     # ... and so does a sale approved to Ukraine (a foreign military sale: Ukraine still
     # has to buy): "approved the possible sale of", "a approuvé la vente", "den Verkauf genehmigt"
     rf"(?:approv|approuv|authori[sz]|autoris|clear)\w* (?:{_WORD} ){{0,4}}(?:possible |potential |eventuelle )?(?:sales?|vente)\b|"
     rf"\w*verkauf\w* (?:{_WORD} ){{0,14}}(?:genehmigt|bewilligt|gebilligt)|(?:genehmig|billig|bewillig)\w* (?:{_WORD} ){{0,3}}\w*verkauf\w*|"
     r"open to|suggest\w*|propos\w*|hesita\w*|reluctan\w*|undecided|"
     # "se penche sur l'envoi de", "est ouverte à la livraison", "offen für die Lieferung";
     # a decision outstanding: "eine Entscheidung ... steht noch aus"
     r"pench\w* sur|ouvert(?:e|s|es)? a (?:la |l'|une |un |des |de nouv\w* |d'autres )|offen fur\b|"
     # looking at giving ("was looking at sending more air defence"); a decision still to
     # take ("n'a pas encore pris de décision", "will decide on", "décidera", "will ... entscheiden")
     r"look(?:s|ed|ing)? at (?:sending|supplying|providing|delivering|giving|donating|transferring)\b|"
     r"n'(?:a|ont|avait|avaient) pas (?:encore )?pris (?:de|aucune) decision|"
     r"(?:will|to|would|'ll) decide (?:on|about|whether|if|next|this|soon|later|by|in|within)\b|"
     r"decider(?:a|ont)\b|(?:doit|doivent|devrait|devraient|va|vont) (?:\w+ )?decider\b|"
     # a vote still to come is a decision still to take: "will vote next week on", "votera
     # sur", "doit voter", "soll ... abstimmen"
     r"(?:will|to|is due to|is set to|is expected to) vote (?:on|next|this|later|soon|in|before)\b|"
     r"voter(?:a|ont)\b|(?:doit|doivent|devrait|devraient|va|vont) (?:\w+ )?voter\b|"
     rf"(?:will|wollen|soll|sollen|wird|werden) (?:{_WORD} ){{0,10}}abstimmen\b|"
     rf"(?:will|wollen|soll|sollen|wird|werden) (?:{_WORD} ){{0,10}}(?:uber|daruber) (?:{_WORD} ){{0,8}}entscheiden\b|"
     r"(?:steht|stehen|stand|standen) (?:aber |jedoch |allerdings |bislang |bisher )?(?:noch|weiterhin|weiter) aus\b|"
     rf"discut\w*|discussions?|envisag\w*|etudi\w*|reflechi\w*|reflexion|"
     # (the question inverts its subject: "pourrait-il envoyer", "peut-elle livrer")
     rf"(?:pourrai(?:t|ent)|peu(?:t|vent))(?:-t)?(?:-(?:il|elle|on|ils|elles))? (?:{_WORD} ){{0,3}}(?:fournir|livrer|envoyer|donner|recevoir|etre)|"
     r"n'exclu\w* pas|ne pas exclure|en discussion|negoci\w*|sugger\w*|hesit\w*|reticen\w*|"
     rf"erwag\w*|pruf(?:t|en|ung|e\b)\w*|gepruft|diskut\w*|berat(?:en|t|ung)\w*|im gesprach|gesprache?n?\b|debatt\w*|"
     rf"konnte\w* (?:{_WORD} ){{0,4}}(?:liefern|schicken|bereitstellen|erhalten|bekommen)|"
     # (with an adverb after the negation: "schließt ... nicht kategorisch aus", "nicht
     # länger aus", "nicht mehr aus"; and the infinitive: "will ... nicht ausschließen")
     rf"{_SCHLIESST} (?:{_WORD} ){{0,12}}nicht (?:{_WORD} ){{0,2}}aus\b|nicht ausgeschlossen|nicht aus(?:zu)?schlie(?:ss|s)en|verhandl\w*|vorschlag\w*|zogert\w*|zogern|verhandelt"),
    # Buying for Ukraine: contracts, orders, procurement. The record keeps the item's
    # category ("a contract for 155 mm shells" is ammunition in production).
    ("production",
     rf"(?:contracts?|contrats?|\w*vertrag\w*|\w*auftrag\w*) (?:to|for|pour|de|d'|zur|uber|fur) (?:{_WORD} ){{0,1}}{_WORD}|contracts?|ordered|ordering|orders? for|"
     # the verb to come, as headlines tell it: "Pentagon to order interceptors" ("in
     # order to" holds neither)
     r"(?:to|will|would) order|"
     # helping Ukraine make things is paying its industry: "will help Ukraine produce
     # long-range drones", "aider l'Ukraine à fabriquer des drones"
     r"help(?:s|ed|ing)? (?:ukraine|kyiv|kiev) (?:to )?(?:produce|build|make|manufacture)|"
     r"aid\w* (?:l'ukraine|kiev) a (?:produire|fabriquer|construire)|"
     # (a maker's order told by whom it came from: "has received an order from the German
     # government for eight IRIS-T systems")
     r"(?:an |the )?orders? from (?:the )?(?:[\w-]+ ){0,2}(?:government|ministry|army|armed forces|pentagon)|"
     r"procurement|procure[sd]?|procuring|"
     # an order placed with a maker: "has placed a $522 million order with Raytheon for"
     r"plac(?:e|es|ed|ing) (?:an? |the )?(?:[\w$.,-]+ ){0,3}orders?\b|orders? with\b|"
     r"contrats?|command(?:e|es|ee|ees|er)\b|"
     r"vertrag\w*|vertrage\w*|"
     r"bestell\w*|auftrag\b|auftrage\w*|rahmenvertrag\w*|"
     r"awarded (?:a |an )?(?:[\w$.,-]+ ){0,3}contract|"
     # A maker paid or commissioned to make: "will pay Thales £1bn to make missiles",
     # "beauftragt Rheinmetall mit der Herstellung von", "a chargé KNDS de produire".
     rf"pa(?:y|ys|ying|id) (?:{_WORD} ){{1,6}}to (?:make|produce|build|manufacture)\b|"
     rf"commission(?:s|ed|ing)? (?:{_WORD} ){{1,4}}to (?:make|produce|build|manufacture|supply|deliver)\b|"
     rf"beauftrag\w* (?:{_WORD} ){{1,6}}mit der (?:herstellung|produktion|fertigung|lieferung)\b|"
     rf"mit der (?:herstellung|produktion|fertigung|lieferung) (?:{_WORD} ){{0,10}}beauftragt\b|"
     rf"charg(?:e|ee|es|ent)\b (?:{_WORD} ){{1,4}}de (?:produire|fabriquer|livrer)\b"),
    # Making: factories, lines, manufacturing, capacity. What is made is recorded as
    # category "production" (labelling rules: "production capacity" is its own record).
    ("manufacture",
     r"manufactur\w*|factory|factories|co-?produc\w*|joint ventures?|coentreprises?|gemeinschaftsunternehmen|"
     r"production lines?|production capacity|capacity to produce|"
     r"lignes? de production|capacite de production|capacite de produire|usines?|"
     r"\w*produktionslinie\w*|produktionskapazit\w*|produzier\w*|herstell(?:en|t|te|ten|ung\w*)\b|fertigung\w*|fabrik\w*|"
     r"hochfahren|hochgefahren|werke?\b|wieder aufgenommen"),
    # Output in general ("the rate of production"): production only when something
    # changes it (see _OUTPUT_CHANGE) or a contract, order or factory is named too.
    ("output",
     r"production|produc(?:e|es|ed|ing)\b|produire|fabrication|cadences?|\w*produktion\w*|output"),
    ("delivered",
     # (an adverb of time may stand between: "has so far supplied", "have previously sent")
     r"(?:has|have|had) (?:already |so far |thus far |previously |also |now )?(?:sent|provided|supplied|donated|transferred|shipped|handed|given)|"
     # "Poland was the first (country) to send tanks": a giving done, told by who led it
     r"(?:was|were) the first (?:\w+ ){0,2}to (?:send|deliver|supply|provide|donate|give|hand over|transfer)|"
     r"(?:a ete|fut|avait ete) (?:le|la) premier(?:e)? (?:\w+ ){0,2}a (?:livrer|envoyer|fournir|ceder|donner|transferer)|"
     r"already (?:sent|provided|supplied|donated)|(?:was|were|been) (?:sent|delivered|provided|supplied|donated|given|handed|"
     r"transferred|handed over|shipped|received)|arrived|handed over|"
     # (an adverb may stand between: "ont officiellement livré", "ont en revanche fourni")
     r"(?:a|ont|avait|avaient) (?:\w+ment |en revanche |pour leur part |pour sa part |aussi |egalement |deja |enfin |"
     r"elle-meme |lui-meme |eux aussi |elle aussi |lui aussi |jusqu'ici |jusqu'a present |a ce jour |au total |"
     rf"en tout |notamment |{_FRENCH_SENTENCE_ADVERB})?(?:deja )?"
     r"(?:livre|fourni|envoye|donne|cede|transfere|remis|forme)(?:e|s|es)?\b|livrees?|"
     r"livres (?:a|aux|par|en)|(?:ete|sont|deja) (?:livre|fourni|envoye|cede|transfere|arrive|remis|forme)(?:e|s|es)?\b|"
     # things received, told in the passive: "les obus promis ont bien été reçus"
     r"ete recu(?:e|s|es)?\b|"
     r"fourni[es]* (?:a|aux|par)|est arrive\w*|arrive[es]* en ukraine|"
     # other French participles with their agent or recipient: "cédés par la France",
     # "remis aux forces ukrainiennes", "transférés à Kiev"
     r"(?:cede|remis|transfere|envoye)(?:e|s|es)? (?:a|aux|par)\b|"
     r"(?:have|has) (?:now )?(?:begun|started|completed|finished)|began|completed|complete[sd] (?:the )?(?:handover|transfer|delivery)|"
     r"handover|(?:supplied|provided|sent|donated|delivered|given|trained) (?:by|in|to)|now in ukraine|trained|"
     # French handover as a noun ("la remise de six canons"), and a delivery that took
     # place ("la livraison ... a eu lieu en février", "delivery ... took place in July")
     r"(?:la |leur |sa )remise (?:de|des|d')|"
     rf"(?:deliver(?:y|ies)|handover|livraisons?|remise|lieferung\w*) (?:{_WORD} ){{0,8}}"
     r"(?:took place|a eu lieu|ont eu lieu|erfolgte|ist erfolgt|fand statt)|"
     r"(?:ont|a) commence|commencent|acheve\w*|termine[es]*|deja en ukraine|"
     # (money transferred is delivered: "hat der Ukraine 1,4 Milliarden Euro überwiesen")
     r"handed (?:ukraine|kyiv|kiev)\b|"
     r"\w*geliefert|\w*gezahlt|zahlte\w*|ubergeben|ubergab\w*|uberreichte\w*|lieferte\w*|eingetroffen|angekommen|ubersandt|geschickt|bereitgestellt|uberwiesen|"
     # a gift made, and jets landed where they were sent: "hat ... geschenkt", "have
     # landed in Ukraine", "ont atterri en Ukraine", "sind in der Ukraine gelandet"
     r"geschenkt|landed in (?:ukraine|kyiv|kiev)|atterri\w* en ukraine|in der ukraine gelandet|"
     # receipt confirmed by whoever received: "bestätigte den Eingang von 20 Marder",
     # "confirmed receipt of" (awaited, "attend la réception", is none: the French noun is
     # left to the other cues)
     rf"(?:bestatigt\w*|quittiert\w*) (?:{_WORD} ){{0,3}}(?:den )?(?:eingang|empfang) (?:von|der|des)|"
     r"confirm\w* (?:the )?receipt of|"
     # Deliveries resumed are under way again: "has resumed weapons deliveries", "ont repris
     # leurs livraisons", "hat die Waffenlieferungen ... wieder aufgenommen" (longer than the
     # output cue "wieder aufgenommen", which it wins over)
     r"resum(?:ed|es|ing) (?:(?:its|their|the|all|weapons?|arms|military|u\.?s\.?) )*"
     r"(?:deliver(?:y|ies)|shipments?|supplies|transfers?)|"
     r"(?:a|ont|avait|avaient) repris (?:(?:leurs|ses|les|des) )?(?:livraisons?|envois?|transferts?)|"
     rf"\w*lieferung\w* (?:{_WORD} ){{0,10}}wieder aufgenommen|"
     # ... and the German perfect in a subordinate clause, its auxiliary last: "das bereits
     # alle seine Haubitzen abgegeben hat"
     r"(?:abgegeben|uberlassen|ubergeben|gespendet|geschickt) (?:hat|haben|hatte|hatten)\b|"
     # (the German middle field is long: "hat seine letzten Kampfflugzeuge vom Typ MiG-29
     # an die Ukraine abgegeben")
     rf"(?:hat|haben|habe|hatte|hatten|wurden?) (?:{_WORD} ){{0,14}}(?:uberlassen|abgegeben|ausgebildet|ubergeben|uberreicht|beliefert)|begonnen|begann|"
     # giving as a way of life: "has been sending shells for months"
     # (and "has been quietly supplying")
     r"(?:has|have|had) been (?:\w+ly )?(?:sending|supplying|providing|delivering|shipping|giving|donating)|"
     # thanks for something given: "thanked Britain for the tanks", "dankte Deutschland
     # für die Lieferung", "a remercié la France pour les canons"
     rf"(?:thank(?:s|ed|ing)?|remerci\w*|dank(?:t|te|ten|en)|bedank\w*) (?:{_WORD} ){{0,4}}(?:for|pour|fur)\b|"
     # (German puts the verb last: "hat sich bei Norwegen für 20 Panzer bedankt")
     rf"(?:hat|haben|hatte|hatten) sich (?:{_WORD} ){{0,4}}fur (?:{_WORD} ){{0,12}}bedankt\b|"
     # A delivery welcomed has been made: "welcomed the first delivery of F-16s", "a
     # salué la livraison des premiers F-16", "hat die Lieferung der ersten F-16 ... begrüßt"
     # (a plan welcomed, "welcomed the planned delivery", is none of these).
     r"(?:welcom|hail|prais|salu|begrus|lob(?:t|te)\b)\w* (?:[\w-]+ ){0,2}?(?:the |la |l'|le |les |die |der )?"
     r"(?:first |premiere |latest |derniere |recent |erste |jungste |letzte )?"
     r"(?:deliver(?:y|ies)|arrival|handover|livraisons?|arrivee|remise|lieferung|ankunft|ubergabe)\b"
     # (where it arrived may stand before what: "the arrival in Ukraine of the first Gripen jets")
     r"(?: (?:in|to) (?:ukraine|kyiv|kiev) of| en ukraine (?:de|des|du|d')| a kiev (?:de|des|du|d'))?|"
     rf"(?:die |der )?(?:lieferung|ankunft|ubergabe) (?:{_WORD} ){{0,12}}begruss?t\b|"
     r"abgeschlossen|sent|delivered|donated|transferred|gave|geleistet|(?:a|ont|avait|avaient) (?:deja )?fait don|"
     # money paid out is delivered: "has disbursed", "has paid into the fund", "a versé"
     r"disbursed|(?:has|have|had) (?:already |now |also )?paid|(?:a|ont|avait|avaient) (?:deja |aussi |egalement )?(?:verse|decaisse)\b|"
     # the German simple past ("schickte", "spendete") and the French gift ("a offert
     # douze canons"; "a offert de livrer" is an offer, left to the other cues)
     r"schickte\w*|sandte\w*|spendete\w*|(?:a|ont|avait|avaient) (?:deja )?offert (?:a|aux|des|du|ses|son|sa|leurs|"
     r"un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|vingt|trente|cinquante|cent|\d+)\b|"
     # the passive of "zur Verfügung stellen": "wurden ... zur Verfügung gestellt"
     r"zur verfugung gestellt|(?:a|ont) (?:deja )?permis de (?:livrer|fournir|envoyer)|"
     # What reached Ukraine or the front was delivered ("the last batch reached Ukraine",
     # "reaches Ukraine"; "will reach Ukraine" is a promise, see _FUTURE_BEFORE),
     # "sont parvenus en Ukraine", "haben die Front erreicht").
     r"reach(?:ed|es)? (?:the )?(?:ukraine|kyiv|kiev|front(?:[- ]?line)?|ukrainian (?:forces|troops|army|soldiers))|"
     r"parvenu\w* (?:en ukraine|a kiev|au front)|(?:ont|a) atteint (?:l'ukraine|le front)|"
     r"(?:die ukraine|kiew|die front) erreicht|"
     # Training under way is training delivered: "is training Ukrainian pilots", "les
     # Pays-Bas forment des pilotes" (German "bildet ... aus" is split: no item word to read).
     r"(?:is|are|'re) (?:now |currently |already |also )?training|"
     # ... and the German present, split around its trainees: "bildet ukrainische Soldaten aus"
     rf"bilde(?:t|n) (?:{_WORD} ){{1,8}}aus\b|"
     # "trainieren derzeit ukrainische Piloten" (German "train" with whom it trains)
     r"trainier(?:t|en|te|ten) (?:(?:derzeit|bereits|schon|weiterhin|auch|nun|jetzt) )?(?:\w+ )?"
     r"(?:ukrainische\w*|soldat\w*|pilot\w*|rekrut\w*|besatzung\w*|\w*piloten)|"
     # (a count may stand before the trainees: "forment actuellement quelque 2 300 soldats",
     # "trains 300 Ukrainian soldiers")
     r"(?:forme|forment|entraine|entrainent) (?:(?:des|les|deja|actuellement|encore|aussi|egalement|quelque|environ|"
     r"plus de|pres de) ){0,3}(?:\d[\d .,]*\s)?"
     r"(?:pilotes|soldats|militaires|recrues|equipages|troupes|mecaniciens|ukrainiens)|"
     r"trains (?:(?:now|currently|about|some|around|more than|nearly) ){0,2}\d[\d,.]* (?:more |new )?(?:ukrainian )?"
     r"(?:soldiers|troops|pilots|recruits|crews|personnel)|"
     # French imperfect of giving ("le pays fournissait auparavant dix-huit Caesar") and
     # trainees trained ("les pilotes formés pendant plusieurs mois").
     r"(?:fournissai|livrai|envoyai|cedai)(?:t|ent)|form(?:e|es|ee|ees) (?:pendant|en|au|aux|par|dans)|"
     # Arrivals and use: what is in Ukraine or in service has been delivered ("F-16s
     # arrive", "l'arrivée des premiers", "sont désormais en Ukraine", "now in use",
     # "opérationnel", "im Einsatz"), and a delivery told as past ("after the delivery
     # of", "après la livraison de", "nach der Lieferung").
     r"arrives?|arriving|arrivals?|arrivee?s?|arrivent|ankunft|"
     r"(?:est|sont) (?:desormais |maintenant |deja )?(?:en ukraine|operationnel\w*|en service)|"
     r"(?:desormais|maintenant) operationnel\w*|now in (?:use|service)|in use|in service|entered service|"
     r"im einsatz|in dienst gestellt|"
     # ... and in combat: "sont engagés au combat", "used in combat", "an der Front eingesetzt"
     r"(?:engage|utilise|deploye)\w* (?:au|en|sur le|dans les?) (?:combats?|front)\b|"
     r"(?:used|deployed|flown|fighting) (?:in combat|at the front)|an der front (?:eingesetzt|im einsatz)|"
     # ... and flying or fighting for Ukraine now, as headlines tell it: "Mirage jets now fly
     # for Ukraine", "les Mirage volent désormais pour l'Ukraine", "fliegen jetzt für die Ukraine"
     r"(?:now|already) (?:fly|flies|flying|fight|fights|fighting|serve|serves|serving) (?:for|with|in) "
     r"(?:ukraine|the ukrainian|kyiv)|"
     r"(?:volent|combattent|servent) (?:desormais|maintenant|deja) (?:pour|dans|avec|au sein de) "
     r"(?:l'ukraine|l'armee ukrainienne|les forces ukrainiennes|l'armee de l'air ukrainienne)|"
     r"(?:fliegen|fliegt|kampfen|kampft|dienen|dient) (?:jetzt|nun|inzwischen|bereits) (?:fur|in|bei) "
     r"(?:die ukraine|der ukraine|den ukrainischen|der ukrainischen)|"
     r"(?:after|following|the day after) the deliver(?:y|ies) of|(?:apres|au lendemain de) (?:la|les) livraisons?|"
     r"(?:apres|au lendemain de) (?:l'envoi|les envois)|nach der lieferung|"
     # ... and as a participle: "after sending Storm Shadow missiles", "having supplied"
     r"(?:after|since|having) (?:already )?(?:delivered|delivering|sent|sending|supplied|supplying|shipped|shipping|"
     r"provided|providing|donated|donating|transferred|transferring|handed over|handing over)\b|"
     r"avoir (?:deja )?(?:livre|remis|fourni|envoye|cede|transfere)(?:e|s|es)?\b|"
     r"(?:have|has) (?:now |already )?(?:arrived|been delivered|been handed over)|shipped|secretly (?:sent|provided|shipped)"),
    ("pledged",
     r"pledge[sd]?|pledging|promise[sd]?|promising|commit(?:s|ted)? to|commitments?|"
     r"(?:has|have|had) (?:now |also |already )?committed\b|"
     rf"(?:will|'ll) (?:also )?(?:{_WORD} ){{0,1}}(?:send|provide|supply|deliver|give|donate|transfer|ship|fund|finance|train)|"
     # Handing over in the future or told in the present ("will hand over the first F-16s",
     # "Germany hands over IRIS-T"); "handed over" is a delivery.
     r"(?:will|'ll|would|to) (?:also |soon |now )?hand over|hands over|(?:is|are) (?:now )?handing over|"
     # ... and with Ukraine as the first object: "hands Ukraine its first jets"
     r"(?:(?:will|'ll|would|to) (?:also |soon |now )?hand|hands) (?:ukraine|kyiv|kiev)\b|"
     # ... and with Ukraine after the things: "ready to hand its remaining MiG-29s to Ukraine"
     r"(?:will|'ll|would|to) (?:also |soon |now )?hand (?:[\w'-]+ ){1,6}?to (?:ukraine|kyiv|kiev)|"
     # A scheduled arrival is the promise on its way: "are expected to arrive in
     # September", "devraient arriver cet été", "sollen bis zum Sommer eintreffen"
     # (expecting a decision stays discussed), and "en route to Ukraine".
     r"expected to (?:arrive|be (?:delivered|handed over|shipped|sent))|"
     r"(?:is|are) due (?:in|by|next|this|early|later|before|within|to arrive|to be delivered)\b|"
     r"(?:doit|doivent|devrai(?:t|ent)) (?:arriver|etre livre\w*)|"
     # ... and told as to come: "the first jets are to arrive in the autumn", "F-16s to
     # arrive next month" (a headline), "arriveront à l'automne"
     r"(?:is|are) (?:scheduled |slated |planned )?to arrive|to arrive (?:in|by|next|this|before|within|early|later|from|at)\b|"
     r"arriver(?:a|ont)\b|"
     r"(?:en route|on (?:its|their|the) way|en chemin) (?:to|vers|pour|a destination de) (?:l'|the )?(?:ukraine|kyiv|kiev|front)\b|"
     r"auf dem weg (?:in die ukraine|nach kiew|an die front)|unterwegs (?:in die ukraine|nach kiew)|"
     rf"would (?:{_WORD} ){{0,2}}(?:send|provide|supply|deliver|give|donate|transfer|ship|fund|finance|train)|"
     r"(?:spend|invest|allocate|increase|raise|boost|double|top up)(?:s|ed|ing)?\b|creat(?:e|es|ed)\b|set up|"
     r"launch(?:es|ed)? (?:a |an |the )?(?:new )?(?:fund|initiative|programme|program|mission)|secured|"

     r"(?:is|are) (?:set|going|due|poised|ready|prepared) to (?:send|provide|supply|deliver|give|donate|transfer)|"
     # A delivery expected at a date is scheduled, not in doubt: "with deliveries
     # expected in the coming weeks", "livraison attendue d'ici l'été", "die Lieferung
     # wird bis Jahresende erwartet" (the expectation of a decision stays discussed).
     r"deliver(?:y|ies) (?:is |are )?expected (?:in|by|within|next|this|before|early|later|soon|from)|"
     r"livraisons? (?:est |sont )?(?:attendue?s?|prevue?s?) (?:d'ici|en|pour|avant|dans|des|a partir|au|a la fin|fin)|"
     rf"lieferung\w* (?:{_WORD} ){{0,2}}(?:bis|im|in|ab|noch|fur|zum|zur|anfang|ende|mitte) (?:{_WORD} ){{0,4}}erwartet|"
     # Willingness stated as news: "ready to send", "prêt à livrer", "volonté de livrer".
     r"(?:pret|prete|prets|pretes|volonte|disposee?s?) (?:a|de) (?:livrer|fournir|envoyer|ceder|donner)|"
     rf"bereit\w*,? (?:{_WORD},? ){{0,6}}zu (?:liefern|schicken|ubergeben|uberlassen)|"
     # Financing and securing money: "financés par le fonds", "Finanzierung gesichert".
     r"financ(?:e|es|ee|ees|ed|ing|ent)\b|(?:is |are |was |were |fully |jointly )?funded\b|gesichert|sichergestellt|"
     rf"(?:wird|werden|will|wollen|soll|sollen) (?:{_WORD} ){{0,20}}unterstutzen|"
     r"to (?:send|provide|supply|deliver|give|donate|transfer)\b|"
     # (the day told between: "agreed on Monday to add 5 billion euros")
     rf"(?:agreed|decided)(?: (?:on|late on|early on|last|this) (?:{_WEEKDAYS}|week|month))? to|"
     # agreeing on a package: "agreed a 5 billion euro top-up", "sich auf ein Paket
     # geeinigt", "se sont mis d'accord sur une enveloppe"
     r"agreed (?:on )?(?:a|an|the|new|further|another)\b|top-ups?|"
     r"geeinigt|einig(?:t|ten|en) sich|einigung (?:auf|uber)|"
     r"mis d'accord (?:sur|pour)|accord (?:sur|pour) (?:une|un|la|le|l')|"
     r"unveil(?:s|ed|ing)?|approve[sd]?|approving|offer(?:s|ed|ing)?\b|earmark\w*|allocat\w*|set(?:s|ting)? aside|"
     # money named before, told what it is for: "the money will be used for air defence",
     # "das Geld soll für Flugabwehr verwendet werden"
     # (money only: "the tanks will be used in the east" promises nothing)
     rf"\b(?:money|funds?|sum|amount|package|tranche|rest|remainder) (?:will|would|is to|are to|shall) be (?:{_WORD} )?used\b|"
     # ... or what the rest of a total told before is for: "the rest is meant for air
     # defence", "le reste doit financer des munitions", "cet argent servira à financer"
     rf"\b(?:money|funds?|sum|amount|rest|remainder) (?:is|are|will be|would be) (?:{_WORD} )?"
     r"(?:meant|earmarked|intended|destined) for\b|"
     r"\b(?:le reste|l'argent|cet argent|la somme|cette somme|le montant|ces fonds|cette enveloppe) "
     rf"(?:doit|doivent|devra|devront|va|vont|servira|serviront) (?:{_WORD} ){{0,2}}?(?:financer|servir)\b|"
     # ... or serve the things straight: "cette somme servira en priorité à la défense
     # aérienne", "elle ira aux munitions" (the sum, feminine, told again)
     r"\b(?:le reste|l'argent|cet argent|la somme|cette somme|le montant|ces fonds|cette enveloppe|cette tranche|elle) "
     rf"(?:servira|serviront|ira|iront) (?:{_WORD} ){{0,2}}?(?:a|au|aux)\b|"
     # ... and the English sum paying for things, told after what else it does: "the money
     # will reimburse member states ... and pay for joint purchases of ammunition"
     rf"\b(?:money|funds?|sum|tranche) (?:will|would|is to|are to) (?:{_WORD} ){{0,12}}?(?:pay for|buy|finance|fund)\b|"
     rf"\b(?:geld|mittel|summe|betrag|paket|tranche) (?:soll|sollen|wird|werden) (?:{_WORD} ){{0,12}}"
     r"(?:verwendet|eingesetzt) werden|"
     # the German offer, split around what is offered: "bieten der Ukraine ... an", "angeboten"
     rf"biete(?:t|n)? (?:{_WORD} ){{1,10}}an\b|angeboten|"
     # Consent given is consent: "gave the green light to sending" (not "gave", a delivery).
     r"(?:gave|given|give[sn]?|giving) (?:the |its |their |a |final )?(?:green light|go-ahead)|"
     r"green-?light\w*|go-ahead|cleared the way|"
     # "a donné son feu vert à la livraison" (not "a donné", a delivery), "grünes Licht"
     r"(?:(?:a|ont|avait|avaient) donne )?(?:son|leur|le) feu vert|feu vert|grunes licht|"
     r"will be (?:sent|delivered|provided|supplied|shipped|transferred|handed over)|"
     r"(?:is|are|'re) (?:now |also )?(?:sending|supplying|providing|delivering|giving|donating|shipping|transferring)|"
     # ... and asked with the subject inverted ("Is Canada sending more tanks?"; a question
     # promises nothing, see sentence_cues.cues_as_the_sentence_reads)
     rf"\b(?:is|are) (?:{_WORD} ){{1,3}}(?:sending|supplying|providing|delivering|giving|donating|shipping)\b|"
     r"donat(?:e|es|ing)\b|livrent|liefern\b|schenk(?:t|en)\b|schick(?:t|en)\b|"
     # German "geben" gives only with Ukraine as who receives ("gibt Tschechien der Ukraine
     # 20 T-72"; "es gibt" is "there is")
     rf"\b(?:gibt|geben) (?:{_WORD} ){{0,3}}(?:der ukraine|an die ukraine|kiew|kyjiw)\b|"
     # lending is giving for a time: "will lend Ukraine 40 howitzers", "va prêter", "leihen"
     r"lend(?:s|ing)?\b|pret(?:er|era|eront)\b|leih(?:t|en)\b|verleih(?:t|en)\b|"
     # a parliament's approval: "billigte acht Milliarden Euro" (not "billigen", cheap)
     r"billigt(?:e|en)?\b|gebilligt|"
     # ... and its grant or its assent: "hat 3 Milliarden Euro bewilligt", "hat dem Paket zugestimmt"
     r"bewilligt(?:e|en)?\b|zugestimmt\b|"
     # Consent told as a noun, the mirror of "no to": "Berlin's yes to tanks", "oui aux chars", "Ja zu Panzern"
     r"(?:says? |'s )?yes to|oui (?:a|aux)|ja zu\w*|"
     r"livre (?:a|aux|des|du|ses|son|sa|leurs|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|"
     r"vingt|trente|quarante|cinquante|cent|de nouveaux|de nouvelles|d'autres|encore|enfin|\d+)|"
     # contributing money or to a fund ("will contribute $100 million", "contribute to the
     # PURL initiative"), not to an outcome ("tanks that contribute to the offensive")
     r"contribut\w* (?:an? |an additional |another |a further )?(?:[$?]|c\$|\d+|eur\b|usd\b)|"
     # ... and committing money ("committed SEK 5 billion to"), not oneself ("committed to")
     r"commit(?:s|ted) (?:an? |another |a further |an additional |up to )?(?:[$?]|[ca]\$|\d|sek\b|nok\b|dkk\b|eur\b|usd\b|gbp\b|chf\b|pln\b)|"
     r"contribut\w* to (?:the |a |an )?(?:[\w-]+ ){0,3}(?:initiative|fund|coalition|purl|package|mechanism|effort)|"
     r"contribu\w* (?:a hauteur de|au fonds|a l'initiative|a la coalition)|beisteuer\w*|"
     # a share taken with an amount: "beteiligt sich mit 50 Millionen Euro an der Initiative"
     rf"beteilig(?:t|en|te|ten) sich (?:{_WORD} ){{0,4}}mit (?:{_WORD} ){{0,2}}(?:euro|dollar|kronen|franken|pfund)\b|"
     # spending to come: "wird ... 0,25 Prozent seiner Wirtschaftsleistung für Militärhilfe ausgeben"
     rf"(?:wird|werden|will|wollen|soll|sollen) (?:{_WORD} ){{0,16}}ausgeben\b|"
     # French futures and "about to" ("fourniront", "livreront", "s'apprête à céder"),
     # and a request granted ("accepted the request", "a accepté la demande").
     # French future passive: "seront livrés", "sera cédé" (the conditional, "seraient
     # envoyés", is a hedge or a promise reported from before: left to other cues).
     r"(?:sera|seront) (?:\w+ )?(?:livre|envoye|fourni|cede|transfere|remis|donne)(?:e|s|es)?\b|"
     r"(?:fourni|livre|donne|finance|forme|cede|envoie|consacre|alloue|verse|debloque|accorde|octroie|decaisse)r(?:a|ont|ons|ez|ait|aient)\b|s'appret\w* a (?:fournir|livrer|ceder|envoyer|donner)|"
     r"accept\w* (?:la|the|sa|their|its) (?:demande|request)|accede\w* a la demande|granted (?:the|its|kyiv's|ukraine's) request|"
     # ... whoever's request it is: "has accepted Ukraine's request for", "granted a
     # Ukrainian request", "a accédé à la demande de l'Ukraine", "erfüllt die Bitte Kiews"
     # (finite only: "thanked Denmark for accepting Kyiv's request" thanks for a giving)
     rf"(?:accept(?:s|ed)|grant(?:s|ed)|honou?r(?:s|ed)|fulfill?(?:s|ed)|agree[sd]? to) (?:{_WORD} ){{0,3}}(?:requests?|demands?)\b|"
     rf"(?:accept\w*|accede\w* a) (?:{_WORD} ){{0,3}}demandes?\b|erfull\w* (?:{_WORD} ){{0,3}}(?:bitte|anfrage|forderung\w*|wunsch\w*)\b|"
     r"plans? to (?:send|provide|supply|deliver)|sends|supplies|provides|delivers|donates|ships|grants|disburses?\b|"
     r"(?:will|would|to) be (?:sent|delivered|provided|supplied|shipped|transferred|handed over)|"
     # (the recipient as subject: "Ukraine will be given eight more Archer howitzers by Sweden")
     r"(?:will|would|is to|are to) be given\b|"
     r"continu\w* (?:to|a) (?:send|provide|supply|fournir|livrer|envoyer)|"
     r"keep(?:s|ing)? (?:on )?(?:sending|supplying|providing|delivering|giving|funding)|"
     # more to come in French: "le quatrième doit suivre"
     r"(?:doit|doivent|devrait|devraient) suivre|"
     # still awaited is still promised: "lassen weiter auf sich warten"
     rf"(?:lasst|lassen|liess|liessen) (?:{_WORD} ){{0,3}}auf sich warten|"
     r"s'engage\w*|(?:s'|se )(?:etai\w* |est |sont |etre )?engage\w*|engage[es]* a (?:fournir|livrer|envoyer|donner)|"
     r"promi[st]e?s?|promettre|promet\w*|"
     # intending, planning, wanting to give: "prévoit de livrer", "compte livrer",
     # "souhaite fournir", "plant, ... zu liefern", "in Aussicht gestellt"
     # (an adverb of two words may stand between, as after "va": "prévoit en outre de
     # financer", "compte par ailleurs livrer")
     r"(?:prevoi(?:t|ent)|prevoyai\w*|compt(?:e|ent)|souhait(?:e|ent)|veu(?:t|lent)|entend(?:ent)?) "
     r"(?:(?:en outre|par ailleurs|aussi|egalement|encore|de son cote|de leur cote) )?(?:de |d')?"
     r"(?:livrer|fournir|envoyer|ceder|donner|financer|former|transferer|remettre|verser|decaisser|depenser|consacrer|"
     # ("d'en dépenser 9 milliards": the partitive "en" of money named before)
     r"en (?:verser|decaisser|depenser|consacrer))|"
     rf"plan(?:t|en|te|ten),? (?:{_WORD},? ){{0,10}}zu (?:liefern|schicken|ubergeben|uberlassen|finanzieren|kaufen|beschaffen)|"
     r"in aussicht (?:gestellt|stellen|stellt|stellte)|"
     # "fera don de ses canons": giving in the future ("a fait don" is a delivery)
     r"fer(?:a|ont|ait|aient) don|(?:va|vont) faire don|"
     r"(?:liefern|abgeben|schicken|uberlassen|geben) (?:will|wollen|werden|wird|soll|sollen|sollte|sollten|kann|konnte)\b|"
     r"cre(?:e|ee|es|er)\b|augment\w*|doubl\w*|porter a|portant a|"
     # (an adverb of two words may stand between: "va par ailleurs former", "va de son côté livrer")
     r"(?:vont|va|allons|allez)(?:-t)?(?:-(?:il|elle|on|ils|elles))? (?:\w+ ){0,2}(?:fournir|livrer|envoyer|donner|financer|former|ceder|consacrer|verser|allouer|debloquer|"
     r"accorder|octroyer|offrir|remettre|transferer)|fournira\w*|livrera\w*|"
     r"enverra\w*|donnera\w*|(?:a|ont) decide|decide de|accepte de|debloqu\w*|octroy\w*|octroi\w*|accord(?:e|ent|era|eront)\b|"
     r"offr(?:e|ent|ir)\b|approuv\w*|adopt\w*|envoie\w*|fournit|fournissent|enverr\w*|"
     rf"zugesagt|sag\w* (?:{_WORD} ){{0,6}}zu\b|zusage\w*|versproch\w*|versprich\w*|versprach\w*|versprechen|"
     rf"zugesichert|sicher(?:t|te|ten|n) (?:{_WORD} ){{0,6}}zu\b|"
     rf"(?:wird|werden|werde|will|wollen|soll|sollen) (?:{_WORD} ){{0,16}}(?:liefern|beliefern|schicken|bereitstellen|uberlassen|abgeben|finanzieren|ausbilden|leisten|gehen|eintreffen|ankommen|folgen|"
     r"fortsetzen|fortfuhren|"
     r"geben|zahlen|uberweisen|spenden|schenken)|"
     # more to come: "another 10 launchers will follow", "d'autres suivront"
     r"(?:will|are to|is to|set to) follow|suivr(?:a|ont)\b|"
     # Equipping a unit with something gives it: "soll ein Bataillon mit Abrams
     # bestücken", "will equip a brigade with", "va équiper deux bataillons de".
     rf"(?:wird|werden|will|wollen|soll|sollen) (?:{_WORD} ){{0,10}}(?:bestucken|ausrusten|ausstatten)|"
     r"will (?:also )?(?:help )?equip|(?:is|are) to equip|(?:vont|va) (?:\w+ (?:et )?)?equiper|equipera\w*|"
     r"liefern (?:will|wollen|werden|wird|soll|sollen)|bereitstellen|bereitzustellen|"
     rf"stell\w* (?:{_WORD} ){{0,14}}bereit\b|gib\w* (?:{_WORD} ){{0,8}}ab\b|stock\w* (?:{_WORD} ){{0,16}}auf\b|aufgestockt|"
     r"verdoppel\w*|erhoh\w*|finanzier\w*|eingeplant|veranschlagt|vorgesehen|"
     # a package's worth told in a sentence of its own, after its giving: "Das 19.
     # Hilfspaket hat einen Wert von 13,5 Milliarden Kronen", "The package is worth",
     # "Le paquet est d'une valeur de" (a contract's worth is its order's: not here)
     r"(?:das|dieses|the|this|le|ce) (?:\d+\. |\d+(?:st|nd|rd|th|e) |new |neue |nouveau )?"
     r"(?:\w*paket|package|paquet) (?:hat einen (?:gesamt)?wert von|(?:is|was) (?:worth|valued at)|"
     r"est d'une valeur de|(?:est )?evalue a)|"
     # money set to flow: "Insgesamt sollen bis Jahresende 3 Milliarden Euro fließen"
     rf"(?:soll|sollen|wird|werden) (?:{_WORD} ){{0,10}}flie(?:ss|s)en\b|"
     rf"stell\w* (?:{_WORD} ){{0,16}}zur verfugung|zur verfugung (?:zu )?stellen|"
     # "gibt der Ukraine": giving to Ukraine by name ("es gibt" is "there is"); "sagt der
     # Ukraine ... zu" is the promise "zusagen" split ("sagte zu Journalisten" is not),
     # however long the middle field when Ukraine is named in it as who gets ("sagte in
     # Berlin weitere Caesar-Haubitzen für die Ukraine zu")
     r"gib(?:t|en) (?:der )?(?:ukraine|kiew|kyjiw)\b|"
     rf"sag(?:t|en|te|ten) (?:{_WORD} ){{0,3}}(?:der ukraine|kiew|kyjiw|selenskyj)(?: {_WORD}){{1,12}} zu\b|"
     rf"sag(?:t|en|te|ten) (?:{_WORD} ){{0,10}}(?:fur|an) (?:die ukraine|kiew|kyjiw)(?: {_WORD}){{0,6}} zu\b|"
     # A decision to give is a promise: "hat (sich) entschieden, ... zu liefern", "beschloss, ...
     # zu liefern" (the decision still to take is discussed: "noch nicht entschieden, ob").
     rf"entschieden,? (?:{_WORD},? ){{0,12}}zu (?:liefern|schicken|senden|ubergeben|uberlassen|spenden|geben|"
     r"finanzieren|abzugeben|bereitzustellen)\b|"
     r"beschloss\b|beschlossen|beschlie(?:ss|s)t|genehmigt|freigegeben|liefert|beliefert|schickt|spendet|ubergibt|uberreicht|uberlasst|uberweist|"
     # paying, in the present: "Dänemark zahlt weitere 100 Millionen Euro in den Fonds
     # ein", "zahlt der Ukraine 50 Millionen" (paid, "eingezahlt", is a delivery)
     r"(?:ein|aus)?zahl(?:t|en)\b"),
    # Asking is not giving: an item nearest to a request gives no record.
    ("requested",
     rf"(?:call(?:s|ed|ing)? on|urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|press(?:es|ed|ing)?|appeal(?:s|ed|ing)? to) (?:{_WORD} ){{0,5}}to {_WORD}|"
     rf"(?:fordert\w*|forderte\w*|bitt\w*|bat|aufgefordert|appellier\w*) (?:{_WORD} ){{0,8}}zu {_WORD}|"
     rf"demand\w* (?:{_WORD} ){{0,5}}(?:de|d') {_WORD}|"
     r"call(?:s|ed|ing)? (?:on|for)|urge[sd]?|urging|ask(?:s|ed|ing)? for|requests?|requested|pleaded|appeal\w*|"
     # the one asked between ("asks Berlin for Taurus"), the German participle ("hat von den
     # USA weitere Patriot-Systeme gefordert", "erbeten")
     rf"(?:ask|press)(?:s|es|ed|ing)? (?:{_WORD} ){{1,3}}for\b|gefordert|erbeten|"
     rf"appel\w* (?:{_WORD} ){{0,4}}a (?:fournir|livrer|envoyer|donner)|exhort\w*|reclam\w*|demand(?:e|ent|ait)\b|"
     r"fordert\w*|forderte\w*|bitt\w*|bat\b|gebeten|anfrage|wunsch\w*|requete|"
     rf"appel\w* (?:{_WORD} ){{0,4}}a \w+|"
     # Warning against giving is not giving: "der Kreml warnte Berlin vor der Lieferung",
     # "Moscow warned against", "a menacé", "threatened".
     rf"warn(?:s|ed|ing|t|te|ten)? (?:{_WORD} ){{0,4}}(?:against|vor|contre|of)\b|mis(?:e|es)? en garde|menac\w*|"
     r"threaten\w*|droh(?:t|te|ten|en)\b"),
    # The recipient's side: "Ukraine received tanks from Germany" is a delivery by the
    # donor named after "from"; anyone else receiving is not aid to Ukraine.
    ("received",
     r"receive[sd]?|receiving|obtained|got|gets|getting|(?:a|ont|avait) (?:deja )?obtenu|obtient|obtiendr\w*|"
     r"s'est vu(?:e|s|es)? (?:remettre|livrer|offrir|ceder|fournir|confier)|(?:a|ont|avait) (?:deja |bien |enfin )?recu|recoi\w*|recevr\w*|recevoir|receptionne\w*|"
     # "has taken delivery of", "will get" (what Ukraine gets is told by its giver)
     r"t(?:ook|aken|akes|aking) delivery|(?:will|is to|are to|set to) get|"
     rf"erhalt\w*|erhielt\w*|(?:hat|haben) (?:{_WORD} ){{0,8}}erhalten|bekomm\w*|bekam\w*|"
     # "hat ... in Empfang genommen", "nimmt ... in Empfang" (German for taking delivery)
     rf"(?:hat|haben) (?:{_WORD} ){{0,8}}in empfang genommen|in empfang (?:genommen|nehmen|nimmt)"),
    # A package's contents: "the package includes", "comprenant", "darunter". Such a
    # cue has no status of its own: the items take the status of the package, told by
    # another cue of the sentence or by the sentence before (see sentence_cues.cues_with_package_status).
    ("include",
     r"includ(?:e|es|ed|ing)\b|consist\w* of|compris\w*|comprend\w*|compren\w*|dont|"
     r"umfass\w*|beinhalt\w*|enthalt\w*|darunter|unter anderem|u\.a\.|"
     # other verbs of contents: "contains", "comporte", "composé de", "besteht aus",
     # "Zum Paket gehören"
     r"contain(?:s|ed|ing)?\b|inclu(?:t|ent|ait|aient|ra|ront)\b|"
     r"among (?:the )?(?:items|weapons|systems|equipment|arms|deliveries)\b|"
     r"parmi (?:les |ces )?(?:armes|equipements|materiels|systemes|livraisons)\b|comport(?:e|ent|ait|aient)\b|compose(?:e|s|es)? (?:de|d')|"
     rf"besteh(?:t|en) (?:{_WORD} ){{0,2}}aus\b|bestand(?:en)? (?:{_WORD} ){{0,2}}aus\b|"
     rf"\bzu[mr]? (?:{_WORD} ){{0,3}}\w*(?:paket|hilfe)\w* (?:{_WORD} ){{0,4}}gehor(?:t|en)\b|dazu gehor(?:t|en)\b|"
     # ... and what a previous sentence's aid was: "Dabei handelte es sich um",
     # "Il s'agit de", "es geht um".
     rf"es sich (?:{_WORD} ){{0,2}}um|geht es (?:{_WORD} ){{0,2}}um|il s'agit d\w*|it consists of|"
     r"hinzu komm\w*|kommen hinzu|s'y ajout\w*|in addition to this"),
    # Buying for Ukraine: a pledge, but under the US Ukraine Security Assistance
    # Initiative (USAI) buying from industry is contracting, i.e. production (labelling
    # rules), so it is told apart here (see extract_pledges).
    # (paying for things is buying them: "will pay for two Patriot systems"; not the
    # participle, "tanks paid for by Germany have arrived", told by its finite verb)
    ("purchase",
     r"(?:to )?(?:buy|purchase|purchasing|buying|bought|purchased)\b|purchases|achat|achet\w*|\w*kauf\w*|beschaff\w*|"
     r"pa(?:y|ys|ying) for\b|(?:has|have|had) paid for\b|bezahl(?:t|en)\b|"
     # French "acquérir" is buying too: "aider l'Ukraine à acquérir des drones" (not the
     # noun "acquisition", also a radar's: "radar d'acquisition")
     r"acquerir|acquerr\w*|acquiert|acquierent"),
    # Permission to give: "Estonia was granted approval to send howitzers", "Berlin
    # allowed Warsaw to send its Leopards", "a autorisé la Pologne à livrer", "erlaubt
    # Polen, Panzer zu liefern". The one permitted promises (a pledge by the donor named
    # inside the cue, see donors_for); the one permitting gives nothing itself.
    ("permission",
     rf"(?:allow|authori[sz]|permit)(?:s|ed|ing|e|es|ted|ting)? (?:{_WORD} ){{0,4}}to "
     r"(?:send|provide|supply|deliver|give|transfer|re-?export|export|ship)\b|"
     r"(?:granted|given|received|got|gets|obtained|obtient|obtenu|erhielt|erhalten) (?:the |an? |l'|die |eine )?"
     r"(?:approval|permission|authori[sz]ation|green light|go-ahead|autorisation|feu vert|genehmigung|erlaubnis) "
     r"(?:to|de|d'|pour|zu|zur) \w+|"
     rf"autoris\w* (?:{_WORD} ){{0,7}}a (?:livrer|fournir|envoyer|ceder|reexporter|exporter|transferer|remettre)|"
     rf"(?:erlaub|genehmig)\w*,? (?:{_WORD},? ){{0,8}}zu (?:liefern|schicken|ubergeben|exportieren)"),
    # Something described as supplied ("U.S.-supplied ATACMS", "die von Deutschland
    # gelieferten Gepard"): delivered, when nothing else in the sentence says more.
    ("supplied", (
        r"[\w.]+-(?:supplied|provided|donated|delivered)|"
        r"(?:gelieferte|ubergebene|uberlassene|bereitgestellte|gespendete)[nmrs]?"
    )),
    # A delivery named as a noun ("mit der Lieferung von 14 Kampfpanzern", "la livraison
    # de chars"): a promise when nothing else in the sentence says more.
    ("delivery", r"deliver(?:y|ies)|shipments?|livraisons?|envois?|lieferung(?:en)?|\w+-lieferung(?:en)?"),
    # Reporting verbs that also announce: used only when nothing else speaks.
    ("announced",
     rf"announce[sd]?|announcing|annonc\w*|kundig\w* (?:{_WORD} ){{0,20}}an\b|angekundigt|"
     # (the infinitives stand after a modal or a future: "soll am Freitag ... bekanntgeben")
     rf"ankundigen|bekanntgeben|bekanntgegeben|bekanntgab\w*|gib\w* (?:{_WORD} ){{0,12}}bekannt\b|gab\w* (?:{_WORD} ){{0,12}}bekannt\b|"
     # unveiling in French and German ("a dévoilé un paquet", "stellte ... vor")
     r"devoil\w*|vorgestellt|(?:a|ont|avait|avaient) presente\w*|presentera\w*|"
     # ... and what is told as part of a package ("the weapons are part of a $1 billion
     # package", "font partie d'une enveloppe", "sind Teil eines Pakets"): promised,
     # unless the sentence says more.
     r"(?:is|are|was|were) part of (?:a|an|the|its|their)|(?:fait|font|faisait|faisaient) partie d[e']|"
     r"(?:ist|sind|war|waren) teil (?:eines|des|der|einer)"),
)
STATUSES = ("pledged", "delivered", "discussed", "refused", "production")

# A promise, a delivery or a production cue right after one of these is negated:
# (?:\bnot|n't|\bnever|\bno|\bne|\bn'|\bpas|\bjamais|\bnicht|\bkein\w*|\bnie)\s+(?:[\w'-]+\s+){0,2}$
# written to start with one character class (then it reads which letter it was), so
# `re` skips to the few places a negation can start. Only whether it is found counts.
_NEGATION = lazy(
    r"[npjk](?:(?<=\bn)(?:ot|ever|o|e|'|icht|ie)|(?<=n)'t|(?<=\bp)as|(?<=\bj)amais|(?<=\bk)ein\w*)"
    r"\s+(?:[\w'-]+\s+){0,2}$"
)
# A refusal verb governing the infinitive of giving: the giving verb is nearer the item,
# but the sentence refuses it ("refused to send Taurus", "a refusé de livrer",
# "weigert sich, Taurus zu liefern"). Read on the text before the cue plus the cue's
# first word, since a cue may begin with its "to"/"zu".
_REFUSING_TO = guarded(
    r"\b(?:refus\w*|declin\w*|reject\w*|rul\w* out|turn\w* down|ecart\w*)\s+(?:(?:to|de|d')\s*)?(?:[\w'-]+\s+){0,2}(?:to |de |d')?$|"
    # a cancellation governs the planned giving it names: "cancelled a planned shipment",
    # "a annulé l'envoi prévu"
    r"\b(?:cancel(?:s|led|ed|ling)?|annul(?:e|ee|es|ees|ent|er|era|ait))\s+(?:[\w-]+\s+){0,2}(?:l')?$|"
    r"\bweiger\w*\b[^.;:]{0,60}\bzu $",
    ("refus", "declin", "reject", " out", "down", "ecart", "cancel", "annul", "weiger"),
)
# ... unless the refusal is itself negated: "did not refuse to send", "has never declined
# to supply", "hat sich nicht geweigert, ... zu liefern".
_REFUSAL_NEGATED_BEFORE = lazy(
    r"\b(?:not|never|n't|nicht|nie)\s+(?:\w+\s+)?(?:refus\w*|declin\w*|reject\w*|(?:sich )?geweigert)\s+"
    r"(?:to\s+|[^.;:]{0,60}\bzu\s+)?(?:[\w'-]+\s+){0,2}$"
)
# Long German cues ("wird ... keine Waffen liefern") carry their negation inside.
_NEGATED_INSIDE = lazy(r"\b(?:nicht|kein\w*|nie|not|never|pas|jamais)\b")
# ... and right after one of these it is only a possibility.
_HYPOTHETICAL = lazy(
    r"(?:\bwhether|\bob|\bsi)\s+(?:[\w'-]+\s+){0,6}$|"
    r"(?:\bcould|\bmight|\bmay|\bif|\bpourrai\w*|\bsi|\bkonnte\w*|\bwenn|\bfalls|\beventuell\w*|"
    r"\bexpect\w*|\bhop(?:e|es|ed|ing)|\bespere\w*|\bhofft\w*|\berwartet\w*|"
    r"\beventually|\beventuel\w*|\bpotential\w*|\bpotentiel\w*|\bpossible|"
    # a likelihood is a forecast, not a decision: "is likely to announce", "probablement"
    r"\b(?:un)?likely|\bprobabl\w*|\bvraisemblablement|\bwahrscheinlich)\s+(?:[\w'-]+\s+){0,3}$|"
    # looking for a way to give is not giving: "is exploring ways to supply", "considering
    # options to send", "studying how to deliver"
    r"(?:\bexplor\w*|\bconsider\w*|\bweigh\w*|\bstudy\w*|\bexamin\w*|\bdiscuss\w*|\blook\w* (?:at|into)|\bassess\w*|\breview\w*)\s+"
    r"(?:(?:new|other|possible|further)\s+)?(?:ways?|options?|possibilities|means|how|the (?:possibility|option|idea) of)\s+$|"
    # hesitating to give is not giving: "Why Germany hesitates to send Taurus", "reluctant
    # to deliver", "hésite à livrer" (the hesitation governs the infinitive next to it)
    r"(?:\bhesita\w*|\breluctan\w*|\bhesit\w*)\s+(?:(?:still|encore|toujours|\w+ment)\s+)?(?:(?:to|a|de|d')\s*)?$"
)
# German "würde" (would) is a hedge too, but folded it reads as "wurde" (was), the
# passive past: "der Ukraine wurden weitere Panzer zugesagt" is a promise made. Which
# one it is can only be read on the text as written (see _would_before).
_WURDE_BEFORE = lazy(r"\bwurde\w*\s+(?:[\w'-]+\s+){0,3}$")


def _would_before(text: str, folded: str, low: int, position: int) -> bool:
    """Whether "würde" (not "wurde") stands within three words before `position`.
    Without the text as written, every "wurde" is taken for "würde", as before."""
    if folded.find("wurde", low, position) < 0:
        return False  # (most cues have none before them: no pattern to run)
    match = _WURDE_BEFORE.search(folded, low, position)
    if match is None:
        return False
    return not text or _umlaut_u(text, match.start())


# "würden ... geliefert" with no "werden" after it is the passive of reported speech
# ("Caesar-Haubitzen würden weiterhin geliefert", he said: they are being delivered), where
# "würden geliefert werden" and "würde liefern" are conditionals (folded text: a German
# participle of giving, ge- or a separable prefix before ge-).
_GERMAN_GIVING_PARTICIPLE = lazy(r"(?:aus|zu|bereit|ab)?ge(?:liefert|schickt|sendet|spendet|stellt)|ubergeben|uberlassen")
_WERDEN_AFTER = lazy(r"\s+(?:werden|worden|sein)\b")


def _reported_passive(folded: str, cue: Cue) -> bool:
    return bool(
        _GERMAN_GIVING_PARTICIPLE.fullmatch(folded, cue.start, cue.end) and not _WERDEN_AFTER.match(folded, cue.end)
    )


def _umlaut_u(text: str, start: int) -> bool:
    """Whether the word at `start` (folded "wurde...") is written "würde..."."""
    return text[start + 1 : start + 2] in ("ü", "Ü")


# One RE2 automaton per status (cues of different statuses may overlap; the longest
# wins in find_status_cues). What needs look-behind is checked after the match:
_STATUS_RE = {status: re2.compile((r"\b(?:" + pattern + r")\b").encode()) for status, pattern in STATUS_PATTERNS}


def _status_set() -> re2.Set | None:
    """All status patterns in one RE2 set, which says in one pass which of them occur
    in a text, so the others are not searched. RE2 answers "none" when it runs out
    of memory instead of failing, so the set is only used once it has recognised a
    cue of every status (_STATUS_SAMPLE); otherwise None, and every pattern is run."""
    options = re2.Options()
    options.max_mem = 64 << 20
    try:
        found = re2.Set.SearchSet(options)
        for status, pattern in STATUS_PATTERNS:
            found.Add((r"\b(?:" + pattern + r")\b").encode())
        found.Compile()
    except re2.error:  # pragma: no cover - depends on the RE2 build
        return None
    for index, (status, _) in enumerate(STATUS_PATTERNS):
        sample = as_ascii(_STATUS_SAMPLE[status])
        if index not in (found.Match(sample) or ()) or _STATUS_RE[status].search(sample) is None:
            return None  # pragma: no cover - a broken set: search each pattern instead
    return found


# One cue of each status, to check the set (and the patterns) at start-up.
_STATUS_SAMPLE = {
    "refused": "berlin ruled out sending jets",
    "discussed": "paris is considering sending jets",
    "production": "a contract for shells was signed",
    "manufacture": "a new factory for shells",
    "output": "production of shells",
    "delivered": "the tanks have arrived",
    "pledged": "germany will send tanks",
    "requested": "kyiv asked for tanks",
    "received": "ukraine received tanks",
    "announced": "berlin announced tanks",
    "include": "the package includes tanks",
    "purchase": "funds to buy shells",
    "permission": "estonia was granted approval to send howitzers",
    "delivery": "the delivery of tanks",
    "supplied": "the u.s.-supplied tanks",
}
# Verbs that are also plural nouns ("the urgent needs for more supplies").
_NOUN_CUE = lazy(r"supplies|ships|grants|offers|sends|pledges|promises|commitments?")
_NOUN_BEFORE = lazy(
    r"\b(?:more|of|the|for|military|new|continued|arms|weapons|ammunition|its|their|his|her|our|war|urgent|and|"
    r"further|additional|such|these|those|any|financial|long-term|first|previous|earlier)\s+$"
)
# "de fabrication française" names a maker, not production; "zu liefern" is an aim.
_CUE_NOT_AFTER = {
    "output": lazy(r"\bde $"),
    "pledged": lazy(r"\bzu $"),
    # ... and so is "zu übergeben" ("kündigten an, ... F-16 zu übergeben"): the verb
    # that governs it tells the status.
    "delivered": lazy(r"\bzu $"),
    # A request accepted is a promise ("ont accepté la demande de Kiev"), not a request.
    "requested": lazy(r"\b(?:accept\w*|granted|accede\w* a) (?:la |the |sa |leur |its |their )?$"),
}
# Receiving a promise is not receiving the things: "Zelensky a obtenu un engagement
# renouvelé de la France", "received assurances", "got a pledge" (the promise is told by
# its own cue, or not at all).
_COMMITMENT_AFTER = lazy(
    r"\s+(?:(?:a|an|the|new|fresh|further|renewed|un|une|des|de|d'|l'|le|la|les|nouvel\w*|nouveaux?)\s*){0,2}"
    r"(?:engagements?|promesses?|assurances?|garanties?|pledges?|promises?|commitments?|guarantees?|"
    r"accords?|agreements?|soutien|support|feu vert|green light)\b"
)
# The inverted question's cue ("Is Canada sending", "are the Dutch still supplying"), but
# not "is now sending": read only in a sentence that ends with a question mark.
_INVERTED = lazy(r"(?:is|are) (?!now |also )\S+ .*ing")
_QUESTION_END = lazy(r"\?[\s\"'»”“)]*$")
# "ausgesetzt" after a danger is "exposed to" ("der Ukraine, die täglich Drohnenangriffen
# ausgesetzt ist"), not "suspended" ("hat die Lieferungen ausgesetzt").
_EXPOSED_TO_BEFORE = lazy(
    r"(?:angriffen|attacken|beschuss|bombardements?|druck|gefahre?n?|kritik|risiken|bedrohunge?n?|feuer) $"
)
_LIVRE_FIGURATIVE = lazy(
    r"livre (?:des |du |d'|son |sa |ses |leurs |un |une )?(?:precisions|details|combats?|batailles?|confidences|secrets|"
    r"informations|chiffres|explications|analyses?|conseils|temoignages?|elements|vision|version|regard|point de vue|"
    r"avis|sentiment|bilan|verdict|reponse|message|discours)\b"
)
_FRENCH_AUXILIARY_BEFORE = lazy(
    r"\b(?:a|ont|avait|avaient|aura|auront|ete|est|sont|etait|etaient|sera|seront|deja|avoir|etre)\s+"
    # (a sentence adverb may stand between: "a pourtant livré", "ont bel et bien livré")
    rf"(?:{_FRENCH_SENTENCE_ADVERB})?$"
)
# A request named as the topic of an answer ("Concernant la demande ukrainienne
# d'avions, la question est prématurée", "As for Kyiv's request for jets, ...", "Zur
# Bitte um Kampfjets sagte er ...") is not what the sentence tells: the answer is.
_TOPIC_BEFORE = lazy(
    r"\b(?:concernant|quant a|s'agissant de|as for|regarding|as to|zur|zu der|bezuglich|hinsichtlich)\s+"
    r"(?:la|le|l'|the|der|die|des)?\s*(?:[\w'-]+\s+){0,2}$"
)
# A refusal after "ne"/"n'" is negated: "n'exclut rien" keeps the door open, as does
# "cannot rule out", "can't rule out", "won't rule out", "n'a pas exclu", "n'a jamais
# exclu"; and refusing to rule out is not ruling out ("refused to rule out sending",
# "declined to rule out").
_DOUBLE_NEGATION = lazy(
    r"(?:\bn'|\bne |\bnicht |\bnot |\bcannot |n't |\bnever |\bpas |\bjamais |\b(?:refus|declin)\w* to )$"
)
# Which cue wins when two overlap with the same length: the more cautious reading.
_STATUS_PRIORITY = {
    "received": 7, "requested": 6, "discussed": 5, "refused": 4, "production": 3, "manufacture": 3, "output": 3,
    "delivered": 2,
    "pledged": 1, "purchase": 1, "permission": 1, "announced": 0, "include": 0, "delivery": 0, "supplied": 0,
}
_ACTION_STATUSES = ("pledged", "delivered", "production", "manufacture")
# The discussed cues that permit giving (export approvals): withheld, they are vetoes.
_PERMITTING = lazy(r"(?:approv|authori|autoris|clear|erlaub|genehmig|export|ausfuhr|wiederausfuhr|weitergabe)")
_OUTPUT_CHANGE = lazy(
    r"\b(?:relanc\w*|augment\w*|accelere\w*|accelerat\w*|ramp\w*|increas\w*|boost\w*|expand\w*|doubl\w*|tripl\w*|"
    r"passer a|passera|restart\w*|resum\w*|step\w* up|steiger\w*|ausbau\w*|ausgebaut|erhoh\w*|verdoppel\w*|"
    r"hochfahr\w*|investi\w*|invest\w*|wieder aufgenommen|aufnehmen|demarr\w*|launch\w*|lanc\w*)"
)


def final_status(cues: list[Cue]) -> str | None:
    """The status of a sentence's last cue, what a list after it continues ("include"
    when the sentence only says what something includes)."""
    told = [c for c in cues if c.status != "include"]
    return told[-1].status if told else ("include" if cues else None)


_STATUS_SET = _status_set()


# Receiving told in the future or as a possibility: "Ukraine is to receive", "soll
# erhalten", "va recevoir" promise; "could receive", "pourrait recevoir" discuss.
_RECEIVE_FUTURE = lazy(r"\b(?:will|to|is to|soll\w*|wird|werden|va|vont|doit|devrait|devraient|set to|due to)\s+(?:[\w'-]+\s+){0,8}$")
# (Ukraine's hope or its own expectation is no promise: "expects to receive", "espère
# recevoir"; "is expected to receive" is scheduled, as "expected to arrive")
_RECEIVE_MAYBE = lazy(
    r"\b(?:could|might|may|pourrai\w*|konnte\w*|durfte\w*|expects?|hop(?:e|es|ed|ing)|espere\w*|hofft\w*|"
    r"souhait\w*)\s+(?:[\w'-]+\s+){0,8}$"
)


# German puts the receiving verb last, after a middle field of any length: "Die Ukraine
# soll nach Angaben aus Regierungskreisen ... zwei weitere Patriot-Systeme erhalten".
# The clause before it then holds the modal.
_GERMAN_RECEIVING_LAST = lazy(r"(?:erhalten|bekommen)$")
_GERMAN_MAYBE = lazy(r"\b(?:konnte\w*|durfte\w*)\b")


def receiving_status(folded: str, sentence_start: int, cue: Cue) -> str:
    before = folded[max(sentence_start, cue.start - 70) : cue.start]
    clause = ""
    if _GERMAN_RECEIVING_LAST.match(folded, cue.start, cue.end):
        clause = _clause_before(folded, sentence_start, cue.start)
    if _RECEIVE_MAYBE.search(before) or _GERMAN_MAYBE.search(clause):
        return "discussed"
    if _RECEIVING_BEGUN.search(before):
        return "delivered"  # "a commencé à recevoir", "has begun to receive": arriving now
    if (
        _RECEIVE_FUTURE.search(before) or _GERMAN_FUTURE.search(clause)
        # (the French infinitive is told of a receipt to come: "va recevoir", "doit
        # recevoir", a headline's bare "l'Ukraine recevoir")
        or folded.startswith(("recevr", "recevoir", "will ", "is to ", "are to ", "set to "), cue.start)
    ):
        return "pledged"
    # A German present with a time to come: "Kiew erhält bis März zwölf Haubitzen".
    if _GERMAN_PRESENT_RECEIVING.fullmatch(folded, cue.start, cue.end) and _FUTURE_TIME.search(
        folded, max(sentence_start, cue.start - 70), cue.end + 60
    ):
        return "pledged"
    return "delivered"


_RECEIVING_BEGUN = lazy(r"\b(?:began|begun|started|begins|starts|commence\w*|begonnen|beginnt)\s+(?:to |a |de )?$")
_GERMAN_PRESENT_RECEIVING = lazy(r"erhalt|bekommt|bekommen")


class StatusMatches:
    """The matches of each status pattern in one sentence, for every sentence of a
    text, at the cost of one search per pattern over the whole text.

    A match found in the whole text is the match the sentence alone would give when
    it lies inside the sentence: sentences are cut at white space, so the word
    boundaries (the only context the patterns look at) read the same, and the scan
    reaches the sentence start without a match running over it. When a match runs
    over a sentence boundary, that sentence is searched on its own, as before. A
    sentence no whole-text match touches has none of its own: a match inside it
    would overlap the whole-text match found at or before its start."""

    __slots__ = ("data", "present", "_found", "_starts")

    def __init__(self, data: bytes):
        self.data = data
        self._found: dict[str, list[tuple[int, int]]] = {}
        self._starts: dict[str, list[int]] = {}
        # The statuses that occur in the text, in the order of _STATUS_RE: the others
        # occur in no sentence either.
        self.present: tuple[str, ...] = tuple(_STATUS_RE)
        if _STATUS_SET is not None:
            found = set(_STATUS_SET.Match(data) or ())
            self.present = tuple(status for index, status in enumerate(_STATUS_RE) if index in found)
            for status in _STATUS_RE:
                if status not in self.present:
                    self._found[status], self._starts[status] = [], []

    def all(self, status: str) -> list[tuple[int, int]]:
        """(start, end) of the matches of `status` in the whole text, in order."""
        found = self._found.get(status)
        if found is None:
            found = self._found[status] = match_spans(_STATUS_RE[status], self.data)
            self._starts[status] = [s for s, _ in found]
        return found

    def within(self, status: str, start: int, end: int) -> list[tuple[int, int]]:
        """(start, end) of the matches of `status` in the sentence data[start:end]."""
        found = self.all(status)
        first = bisect.bisect_left(self._starts[status], start)
        if first > 0 and found[first - 1][1] > start:
            return self._alone(status, start, end)  # a match runs into the sentence
        last = bisect.bisect_left(self._starts[status], end, first)
        inside = found[first:last]
        if inside and inside[-1][1] > end:
            return self._alone(status, start, end)  # ... or out of it
        return inside

    def _alone(self, status: str, start: int, end: int) -> list[tuple[int, int]]:
        return [(start + s, start + e) for s, e in match_spans(_STATUS_RE[status], self.data[start:end])]


# Making told as where given things come from, no making of its own: "the shells will
# come from British and European production lines", "proviendront des usines de",
# "stammen aus der laufenden Produktion". (Folded text, read before the cue.)
MADE_AS_SOURCE_BEFORE = lazy(
    r"\b(?:comes?|coming|came|sourced|taken|drawn) from\s+(?:[\w'-]+\s+){0,4}$|"
    r"\b(?:proviendr\w*|provien\w*|viendr\w*|issu(?:e|s|es)?) (?:de |des |du |d')(?:[\w'-]+\s+){0,4}$|"
    r"\bstamm\w* (?:[\w-]+ ){0,2}aus\s+(?:[\w-]+\s+){0,4}$"
)


# A proposal named after the thing it drafted ("a package proposed by the government last
# month", "une enveloppe proposée par le gouvernement", "das von der Regierung
# vorgeschlagene Paket" has no "by" and is left alone) says who drafted what the sentence
# reports; told with its auxiliary ("was proposed by") it is the proposal itself.
_PROPOSED_BY_AFTER = lazy(r" (?:by|par)\b")
_BE_BEFORE = lazy(r"\b(?:is|are|was|were|be|been|being|est|sont|a ete|ont ete|sera|seront|etait|etaient)\s+$")


def find_status_cues(folded: str, start: int, end: int, statuses: StatusMatches, text: str = "") -> list[Cue]:
    """The status cues of the sentence folded[start:end]. `text` is the text as written
    (folded is aligned with it), to tell what folding merges ("würde"/"wurde")."""
    raw: list[Cue] = []
    behind: set[int] = set()  # where deliberations told as over start (_deliberation_behind)
    for status in statuses.present:
        not_after = _CUE_NOT_AFTER.get(status)
        for s, e in statuses.within(status, start, end):
            before = folded[max(start, s - 16) : s]
            if not_after is not None and not_after.search(before):
                continue
            if status == "delivered" and trained_as_adjective(folded, s):
                continue
            if status == "manufacture" and MADE_AS_SOURCE_BEFORE.search(folded, max(start, s - 50), s):
                continue  # "the shells will come from British production lines": where given things come from
            if status == "received" and _COMMITMENT_AFTER.match(folded, e):
                continue  # "a obtenu un engagement de la France": a promise received, told elsewhere
            if status == "pledged" and _INVERTED.fullmatch(folded, s, e) and not _QUESTION_END.search(folded, s, end):
                continue  # "is considering sending": only a question inverts its subject
            if status == "pledged" and _NOUN_CUE.fullmatch(folded, s, e) and _NOUN_BEFORE.search(folded, max(start, s - 12), s):
                continue  # "more supplies", "arms shipments": a noun, not a verb
            if status == "pledged" and folded.startswith("livre ", s) and (
                _FRENCH_AUXILIARY_BEFORE.search(before) or _LIVRE_FIGURATIVE.match(folded, s)
            ):
                continue  # "a livré des chars" (a participle), "livre son analyse" (tells)
            if status == "refused" and folded.startswith("halt", s) and text[s + 1 : s + 2] in ("ä", "Ä"):
                continue  # German "hält ... für möglich" (holds), not English "halts"
            if status == "refused" and folded.startswith("ausgesetzt", s) and _EXPOSED_TO_BEFORE.search(before):
                continue  # "täglich Angriffen ausgesetzt": exposed to a danger, nothing suspended
            if status == "refused" and folded.startswith(" than", e):
                continue  # "will send no more than ten tanks": a cap on a promise, not a refusal
            if status == "requested" and _TOPIC_BEFORE.search(folded, max(start, s - 40), s):
                continue  # "as for Kyiv's request for jets, ...": the topic, the answer follows
            if status == "discussed" and _PROPOSED_BY_AFTER.match(folded, e) and not _BE_BEFORE.search(before):
                continue  # "a package proposed by the government", approved now: who drafted it, no debate
            granted = status == "requested" and _REQUEST_GRANTED_BEFORE.search(folded, max(start, s - 40), s)
            if status == "discussed" and _deliberation_behind(folded, start, s, e):
                behind.add(s)
            double_negation = status == "refused" and _DOUBLE_NEGATION.search(before)
            cue_status = status
            if status == "delivered" and folded.startswith("wurde", s) and text and _umlaut_u(text, s):
                # "die Niederlande würden der Ukraine 18 F-16 überlassen": the future
                # of reported speech, not the passive past "wurden ... überlassen"
                cue_status = "pledged"
            if (status == "pledged" and folded.startswith(("ubergib", "uberreicht"), s) and _DONE_NOW.search(folded, start, end)
                    and not _FUTURE_TIME.search(folded, start, end)):
                # The German present tells both: "Dänemark übergibt der Ukraine seine
                # gesamte Artillerie" announces; with the day of the news or the last of a
                # series it tells a handover done ("Polen übergibt am Mittwoch die letzten
                # MiG-29"), and with a time to come it announces ("übergibt im Herbst").
                cue_status = "delivered"
            if status == "refused" and _NOT_ONLY_INSIDE.search(folded, s, e):
                cue_status = "pledged"  # "will not only send tanks but also ...": a giving, added to
            if status == "requested" and _REQUEST_TURNED_DOWN.search(folded, max(start, s - 40), s):
                cue_status = "refused"  # "a rejeté la demande ukrainienne d'avions"
            # A request (not a warning) may name whom it asks: see givers.asked_giver.
            # (nor a request already granted: "thanked Denmark for accepting Kyiv's request for
            # F-16s" asks nobody; it promises nothing either)
            kind = "ask" if cue_status == "requested" and not granted and not _WARNING.match(folded, s, e) else ""
            # (a refusal negated keeps the door open: kind "open", which its own negation
            # does not silence, see _modified)
            if double_negation:
                cue_status, kind = "discussed", "open"
            raw.append(Cue(s, e, cue_status, kind))
    # A request examined ("se penche sur une demande ukrainienne de munitions", "examine
    # une demande de") is still a question: the examining cue takes in the request cue it
    # runs into, which would otherwise outlast it (and say nothing).
    examined = [c for c in raw if c.status == "discussed" and _REQUEST_WORD_END.search(folded, c.start, c.end)]
    if examined:
        asked = [c for c in raw if c.status == "requested"]
        raw = [
            replace(c, end=max([c.end] + [a.end for a in asked if c.start <= a.start < c.end])) if c in examined else c
            for c in raw
        ]
    # Overlapping cues: the longest wins ("not ruled out" over "ruled out"); on a tie
    # the more cautious status wins (a hedged promise is still only discussed).
    raw.sort(key=lambda c: (-(c.end - c.start), -_STATUS_PRIORITY[c.status]))
    kept: list[Cue] = []
    for cue in raw:
        if any(k.start < cue.end and cue.start < k.end for k in kept):
            continue
        kept.append(cue)
    if behind and any(c.start not in behind for c in kept):
        # A deliberation that is over ("after weeks of debate", "which had long considered")
        # is background to what the sentence tells: its news speaks.
        kept = [c for c in kept if c.start not in behind]
    if any(c.status == "output" for c in kept):
        changed = any(c.status in ("production", "manufacture") for c in kept) or _OUTPUT_CHANGE.search(
            folded, start, end
        )
        kept = [replace(c, status="manufacture") if c.status == "output" else c for c in kept if changed or c.status != "output"]
    kept = [
        replace(c, status="production", kind="manufacture") if c.status == "manufacture"
        else replace(c, status="pledged", kind="purchase") if c.status == "purchase"
        else replace(c, status="pledged", kind="permission") if c.status == "permission"
        else c
        for c in kept
    ]
    kept = [c for c in kept if not (c.kind == "permission" and _permission_refused(folded, c, kept))]
    # Weak cues speak only when nothing else does: "announced" (how news reports
    # anything), an attributive participle ("the promised tanks have arrived", "les
    # chars promis par Berlin sont arrivés", "die versprochenen Geschütze") and a
    # package's "includes".
    strong = [
        c for c in kept
        if c.status not in _WEAK and not _attributive(folded, c) and not _promise_told_arriving(folded, c, kept, end)
    ] + [
        # a delivery confirmed is that giving's news, whatever else the
        # sentence refuses: "tout en confirmant l'envoi d'un nouveau système", "confirmed
        # the delivery of", "bestätigte die Lieferung"
        replace(c, status="pledged") for c in kept
        if c.status == "delivery" and (
            _CONFIRMED_BEFORE.search(folded, max(start, c.start - 24), c.start) or _CONFIRMED_AFTER.match(folded, c.end, end)
        )
    ]
    if strong:
        # A clause of its own announcing something ("..., as the Pentagon announced a
        # package", "tandis que les Pays-Bas ont annoncé la livraison de", "a annoncé
        # l'envoi de ... et se penche sur") tells that announcement, whatever the other
        # clause weighs or asks: its weak cue speaks there.
        own_clause = [
            replace(c, status="discussed" if _announcement_to_come(folded, start, c) else "pledged")
            for c in kept
            if c.status in ("announced", "delivery") and all(_other_clause(folded, c, s) for s in strong)
        ]
        kept = sorted(strong + own_clause, key=lambda c: c.start) + [c for c in kept if c.status == "include"]
    else:
        # A delivery whose contents are told in the past was made: "the latest delivery
        # included four tanks", "la dernière livraison comprenait", "die Lieferung umfasste".
        made = any(c.status == "include" and _PAST_CONTENTS.fullmatch(folded, c.start, c.end) for c in kept)
        # An announcement still to come previews what it will announce ("doit annoncer
        # l'envoi de", "soll die Lieferung ... bekanntgeben"): the delivery nouns too.
        preview = any(c.status == "announced" and _announcement_to_come(folded, start, c) for c in kept)
        kept = [
            replace(c, status="requested") if c.status == "announced" and _announcement_denied(folded, start, c)
            else replace(c, status="delivered") if c.status == "delivery" and made
            else replace(c, status="discussed") if c.status in ("announced", "delivery") and preview
            else replace(c, status="pledged") if c.status in ("announced", "delivery")
            else replace(c, status="delivered") if c.status == "supplied"
            else c
            for c in kept
        ]
    modified = sorted((_modified(folded, start, c, text, end) for c in kept), key=lambda c: c.start)
    return _denied(folded, modified) if any(c.status == "refused" for c in modified) else modified


# What stands between a refusal and the permission it refuses (folded text): "refused to
# allow", "declined to allow", "a refusé d'autoriser". (German puts the one permitted
# between them, "verweigert Deutschland die Erlaubnis, ... zu liefern": not read here; see
# tests/stories/test_story_busy_day.py.)
_REFUSED_PERMISSION_GAP = lazy(r"\s*(?:(?:to|d'|de)\s*)?")


def _permission_refused(folded: str, permission: Cue, cues: list[Cue]) -> bool:
    """A permission to give that a refusal right before it withholds: "Switzerland has
    again refused to allow Germany to re-export ammunition". The one permitted gives
    nothing, so no pledge of theirs; the refusal speaks for the thing (its giver is the one
    refusing)."""
    return any(
        c.status == "refused" and c.end <= permission.start
        and _REFUSED_PERMISSION_GAP.fullmatch(folded, c.end, permission.start)
        for c in cues
    )


# (folded text before a purchase cue, no clause break between: see _modified)
_WEIGHED_BEFORE = lazy(
    r"\b(?:discuss\w*|consider\w*|weigh\w*|examin\w*|stud(?:y|ies|ying)|debat\w*|mull\w*|explor\w*|assess\w*|"
    r"look\w* (?:at|into)|envisag\w*|etudi\w*|reflechi\w*|discut\w*|pench\w* sur|"
    r"pruf(?:t|en|te|ten)|erwag\w*|berat(?:en|t|ung)\w*|diskut\w*|debattier\w*)\b[^,;:.()]{0,50}$"
)
_REQUEST_WORD_END = lazy(r"(?:requests?|appeals?|pleas?|demands?|demandes?|requetes?|sollicitations?|\w*anfrage\w*|bitte|"
                         r"\w*forderung\w*|\w*wunsch\w*)$")
# What parts two clauses: a contrast or a time ("while", "as", "tandis que", "während"),
# a semicolon, or "and" opening a second verb of the same subject ("a annoncé l'envoi de
# ... et se penche sur"). (Folded text.)
# (a French gerund opens one too, "..., a rappelé le ministre, en annonçant un nouveau
# paquet": read up to the weak cue, the "en" right before it)
_CLAUSE_PARTS = lazy(r"[,;]\s*(?:as|while|whereas|but|tandis que|alors que|mais|wahrend|aber|jedoch)\b|;|,\s*en\s*$")
_SECOND_VERB_BEFORE = lazy(r"\b(?:and|et|und)\s+(?:se\s+|s'|is\s+|has\s+|il\s+|elle\s+)?$")


def _other_clause(folded: str, weak: Cue, strong: Cue) -> bool:
    """Whether a weak cue and a strong one stand in two clauses (see _CLAUSE_PARTS)."""
    if strong.start >= weak.end:
        return bool(
            _CLAUSE_PARTS.search(folded, weak.end, strong.start)
            or _SECOND_VERB_BEFORE.search(folded, max(weak.end, strong.start - 12), strong.start)
        )
    return strong.end <= weak.start and bool(_CLAUSE_PARTS.search(folded, strong.end, weak.start))


def _announcement_denied(folded: str, sentence_start: int, cue: Cue) -> bool:
    """Whether an announcement is told as not made: "no new fighter jets were announced",
    "Berlin did not announce tanks", "aucun nouvel avion n'a été annoncé", "keine neuen
    Panzer wurden angekündigt". No news is no refusal: nobody said no, so the things
    named give no record (as "requested", like talks that did not take place)."""
    return bool(
        _NEGATION.search(folded[max(sentence_start, cue.start - 30) : cue.start])
        or _NOTHING_ANNOUNCED.search(folded, max(sentence_start, cue.start - 80), cue.start)
    )


# "no/aucun/kein ... was/were/été/wurden" right before an announcement: what nobody
# announced (folded text; the passive's subject carries the negation).
_NOTHING_ANNOUNCED = lazy(
    r"\b(?:no|aucune?s?|keine?[nmrs]?)\s+(?:[\w'-]+\s+){0,5}?(?:n')?(?:was|were|been|ete|wurden?|worden)\s+$"
)


# An announcement still to come is a preview, not a promise: "is set to announce",
# "devraient annoncer", "doit annoncer", "annoncera", "soll ... bekanntgeben", "werden
# ... ankündigen" (the German infinitive stands only after a modal or a future).
_ANNOUNCE_TO_COME_BEFORE = lazy(
    r"\b(?:will|'ll|shall|to|could|may|might|va|vont|doi(?:t|vent)|devr(?:ai(?:t|ent)|a|ont)|pourr\w*)\s+"
    r"(?:[\w'-]+\s+){0,2}$"
)
_ANNOUNCE_TO_COME = lazy(r"annoncer(?:a|ont|ait|aient)\b|ankundigen|bekanntgeben")


def _announcement_to_come(folded: str, sentence_start: int, cue: Cue) -> bool:
    return bool(
        _ANNOUNCE_TO_COME.match(folded, cue.start, cue.end)
        or _ANNOUNCE_TO_COME_BEFORE.search(folded, max(sentence_start, cue.start - 30), cue.start)
    )


# A denial refuses the giving it denies: "denied reports that it would send jets",
# "dementiert Berichte, wonach es Kampfjets liefern werde", up to a "but" or a new clause
# of its own ("denied X; it will send Y", "denied ... and said"); it refuses nothing else.
_DENIAL = lazy(r"den(?:y|ies|ied|ying)|dement")
_DENIAL_ENDS = lazy(
    r"\b(?:but|however|mais|cependant|aber|jedoch|doch|said|says|added|confirmed|insisted|a (?:dit|ajoute|confirme|precise)|"
    r"sagte|erklarte|bestatigte|betonte)\b|[;:]"
)


def _denied(folded: str, cues: list[Cue]) -> list[Cue]:
    out: list[Cue] = []
    denial: Cue | None = None
    for cue in cues:
        if denial is not None and _DENIAL_ENDS.search(folded, denial.end, cue.start):
            denial = None
        if cue.status == "refused" and _DENIAL.match(folded, cue.start):
            # (the denial alone says nothing of the things near it: "denied that the
            # delivery was late" gives no record; see "requested")
            denial = cue
            cue = replace(cue, status="requested")
        elif denial is not None and cue.status == "delivered":
            # a delivery denied did not take place, and nothing is refused for the future:
            # "denied having sent more missiles", "a démenti avoir livré"
            cue = replace(cue, status="requested")
        elif denial is not None and cue.status in _ACTION_STATUSES:
            cue = replace(cue, status="refused")
        out.append(cue)
    return out


_PAST_CONTENTS = lazy(r"included|comprenai(?:t|ent)|incluai(?:t|ent)|umfasste\w*|enthielt\w*|beinhaltete\w*")
# Cues that speak only when no other does (see find_status_cues).
_WEAK = ("announced", "include", "delivery", "supplied")
# (folded text: a verb confirming, done, right before a delivery noun; "pourrait
# annoncer l'envoi" is still to come: see _announcement_to_come)
_CONFIRMED_BEFORE = lazy(
    r"\b(?<!could )(?<!would )(?<!might )(?<!will )(?:confirm(?:ed|s|ing|ant|e|ee|ait)|bestatigt\w*)\s+"
    r"(?:aber |jedoch |aussi |also )?(?:the |l'|la |le |les |die |den |der )?$"
)


# A participle used as an adjective is background, not the news of the sentence:
# German inflected participles ("versprochenen", "zugesagte"), French "promis" without
# its auxiliary ("les chars promis par Berlin"), English "promised" after a determiner
# or before "by" ("the promised jets", "tanks promised by Berlin").
_ATTRIBUTIVE_WORD = lazy(r"(?:versprochen|zugesagt|angekundigt|promis|pledged|promised)(?:e|en|er|es|em)?$")
_FINITE_BEFORE = lazy(
    r"\b(?:a|ont|avait|avaient|avons|ai|as|avez|aura|auront|avoir|ete|est|sont|etait|etaient|has|have|had|was|were|"
    r"been|is|are|hat|haben|hatte|hatten|wurde|wurden|ist|sind|he|she|they|it|we|who|which|that)\s+"
    # (a word between, or a French adverb of two or three: "qui a en revanche promis",
    # "a pour sa part promis", "a de son côté promis")
    r"(?:\w+\s+|en revanche\s+|pour (?:sa|leur) part\s+|de (?:son|leur) cote\s+|quant a (?:elle|lui|eux)\s+)?$"
)
# A German participle of paying with its adjective ending, after "die von <payer>".
_GERMAN_PAID_ATTRIBUTE = lazy(r"(?:finanziert|bezahlt|gekauft|beschafft)(?:e|en|er|es|em)")
_ARTICLE_VON_BEFORE = lazy(r"\b(?:die|der|den|das|dem|des|ein|eine|einem|einer|eines|einen) von (?:[\w'-]+,? ){1,6}$")
_AGENT_PARTICIPLE = lazy(
    r"(?:financ|command)(?:e|es|ee|ees)|(?:fully |jointly )?(?:funded|financed|ordered)|finanziert|bezahlt"
)
_DETERMINER_BEFORE = lazy(r"\b(?:the|its|their|his|her|our|already|previously|long|les|des|ces|die|der|den|das)[\s-]+$")
# "the first of four promised systems": the promise is the whole the first one belongs to.
# Only a number: "the President of France pledged" is the news.
_PART_OF_BEFORE = lazy(
    r"\b(?:of|out of)\s+(?:the\s+)?(?:\d[\d.,]*|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")\s+$"
)
# A relative clause describing a thing by its promise: "the jets it promised", "the
# tanks they had pledged", "les chars qu'il avait promis", with the recipient as a
# pronoun ("les vingt-quatre F-16 qu'ils lui avaient promis": a delivery report recalling
# the promise, not a new one). The thing is a noun phrase
# opened by a determiner and holding no verb, conjunction or time: "Denmark said it
# promised", "said on Tuesday it pledged", "because it pledged", "a déclaré qu'elle
# avait promis" tell the promise as the news.
_NOT_IN_THE_THING = (
    r"(?!(?:said|says|announced|confirmed|stated|added|told|insisted|noted|and|but|or|that|because|as|if|since|"
    r"when|while|after|before|once|is|are|was|were|has|have|had|will|would|day|week|month|year|time|"
    r"a|ont|avait|avaient|est|sont|etait|dit|annonce|declare|affirme|indique|precise|confirme|assure|ajoute|"
    r"estime|explique|souligne|rappele|et|mais|ou|jour|semaine|mois|annee|fois)\b)"
)
_PROMISED_RELATIVE_BEFORE = lazy(
    rf"(?:\b(?:the|its|their|all|these|those)\s+(?:{_NOT_IN_THE_THING}[\w-]+\s+){{1,5}}(?:which\s+)?"
    r"(?:it|they)\s+(?:had\s+|has\s+|have\s+)?"
    rf"|\b(?:les|des|ces|ses|leurs|la|le|l')\s*(?:{_NOT_IN_THE_THING}[\w-]+\s+){{1,5}}"
    r"qu'(?:il|elle|ils|elles)\s+(?:(?:lui|leur|nous|vous)\s+|l')?(?:a|avait|ont|avaient)\s+)$"
)


_TO_UKRAINE_AFTER = lazy(r" to (?:ukraine|kyiv|kiev)\b")


def _attributive(folded: str, cue: Cue) -> bool:
    if cue.status == "delivered":
        # "aux 18 Caesar déjà livrés par la France": a participle without its auxiliary
        text = folded[cue.start : cue.end]
        if text.startswith(("deja ", "livre", "fourni")) and not text.startswith(("deja en", "livrees")):
            return not _FINITE_BEFORE.search(folded, max(0, cue.start - 24), cue.start)
        return False
    if (
        cue.status in ("pledged", "production")
        and _AGENT_PARTICIPLE.fullmatch(folded, cue.start, cue.end)
        and folded.startswith((" par ", " by ", " von "), cue.end)
    ):
        # "les canons commandés par l'Ukraine et financés par le Danemark ont été livrés",
        # "the drones, funded by Denmark, were delivered": participles with their agent
        # describe the things; the delivery is the news.
        return not _FINITE_BEFORE.search(folded, max(0, cue.start - 24), cue.start)
    if cue.status != "pledged":
        return False
    word = folded[cue.start : cue.end]
    if _GERMAN_PAID_ATTRIBUTE.fullmatch(word) and _ARTICLE_VON_BEFORE.search(folded, max(0, cue.start - 60), cue.start):
        # "die von Schweden und Dänemark finanzierten Schützenpanzer sind eingetroffen":
        # the payer describes the things; what became of them is the news
        return True
    if not _ATTRIBUTIVE_WORD.match(word) or " " in word:
        return False
    before = folded[max(0, cue.start - 24) : cue.start]
    if word.endswith(("e", "en", "er", "es", "em")) and word.startswith(("versproch", "zugesagt", "angekund")):
        return True  # German participle with an adjective ending
    if _PROMISED_RELATIVE_BEFORE.search(folded, max(0, cue.start - 80), cue.start):
        return True
    if folded.startswith(" by", cue.end) or folded.startswith(" par", cue.end):
        return True
    if _FINITE_BEFORE.search(before):
        return False
    if word in ("promised", "pledged") and _TO_UKRAINE_AFTER.match(folded, cue.end):
        # "the first of six Mirage jets promised to Ukraine": a participle after the thing
        # names it by its promise ("Germany promised to Ukraine ..." is no English order)
        return True
    if word.startswith("promis") and not word.startswith("promise"):
        return True  # French "promis(es)" without an auxiliary
    return bool(_DETERMINER_BEFORE.search(before) or _PART_OF_BEFORE.search(before))


# The promise told as what has now arrived: "the 24 F-16s the Netherlands promised have
# been handed over", "the Caesar France agreed to send in January have arrived", "les
# canons que Paris avait promis sont arrivés", "die Panzer, die Berlin zugesagt hatte,
# sind eingetroffen". The promise describes the things (a relative clause, its pronoun
# often left out in English); the completed arrival or handover is the sentence's news.
_PROMISE_WORD = lazy(
    r"(?:promised|pledged|committed|agreed to|promis|promises?|promise|engage(?:e|s|es)?|zugesagt|versprochen)$"
)
# The arrival or handover as a finite verb, done: a perfect or a passive ("have arrived",
# "were handed over", "sont arrivés", "ont bien été livrés", "sind eingetroffen", "wurden
# übergeben"), its auxiliary within the span from the promise to the cue. (A receipt, "were
# received", is a "received" cue, whose giver is read otherwise: not taken here.)
_ARRIVED_DONE = lazy(
    # (the pluperfect too: "promised in January had all arrived", "étaient arrivés", "waren eingetroffen")
    r"\b(?:(?:have|has|had)\s+(?:(?:now|all|finally|already)\s+){0,2}(?:arrived|been\s+(?:handed\s+over|delivered|received|transferred))"
    r"|(?:were|was)\s+(?:\w+ly\s+)?(?:handed\s+over|delivered|received|transferred)"
    r"|(?:sont|est|etaient|etait|(?:ont|a|avaient|avait)\s+(?:bien\s+|deja\s+)?ete)\s+(?:\w+ment\s+|bien\s+|deja\s+|enfin\s+|tous\s+|toutes\s+)?"
    r"(?:arrive|livre|remis|recu|transfere)(?:e|s|es)?"
    r"|(?:sind|ist|wurden|wurde|waren|war)\s+(?:[\w'-]+\s+){0,6}(?:eingetroffen|angekommen|ubergeben|geliefert|uberstellt))\b"
)
# What keeps the arrival to come ("the jets promised in 2023 will arrive", "sollen ...
# eintreffen") or makes it a clause of its own ("pledged ten more, of which four have
# arrived", "promised tanks, saying the first have arrived", "after", "nachdem").
_ARRIVAL_NOT_THE_PROMISE = lazy(
    r"[;:]|\b(?:will|would|shall|should|could|may|might|sera|seront|serait|seraient|doit|doivent|devrai(?:t|ent)|"
    r"wird|werden|soll|sollen|sollte|sollten|konnte|konnten|of which|of them|which|who|dont|davon|von denen|wovon|"
    r"and|but|while|after|since|once|when|as|saying|said|says|adding|et|mais|alors que|apres|depuis|"
    r"und|aber|nachdem|seit|als|wahrend|sagte|erklarte)\b"
)


def _promise_told_arriving(folded: str, cue: Cue, cues: list[Cue], sentence_end: int) -> bool:
    """The promise describes things the sentence tells have arrived or been handed over:
    background to a delivery, not a new promise."""
    if cue.status != "pledged" or not _PROMISE_WORD.match(folded[cue.start : cue.end]):
        return False
    for other in cues:
        if other.status != "delivered" or other.start < cue.end:
            continue
        between = folded[cue.end : other.end]
        if _ARRIVED_DONE.search(between) and not _ARRIVAL_NOT_THE_PROMISE.search(folded, cue.end, other.start):
            return True
    return False


def _modified(folded: str, sentence_start: int, cue: Cue, text: str = "", sentence_end: int = -1) -> Cue:
    """The cue as its clause qualifies it. The checks run in this order and the first
    that applies decides, because a later one would misread what an earlier one found:
    1. a package that leaves something out, or talks that did not take place, give nothing;
    2. a negated or refused action is a refusal (a delivery "not yet" made stays a promise);
    3. a German verb-last clause negated anywhere before the verb, the same;
    4. readiness only signalled, a hypothesis, a question or a condition is discussed;
    5. a delivery told in the future is a promise.
    `text` is the sentence as written, for what folding blurs ("würde" / "wurde")."""
    if cue.status == "include" and (
        _NEGATION.search(folded[max(sentence_start, cue.start - 30) : cue.start])
        or _NOT_INCLUDED_AFTER.match(folded, cue.end)
    ):
        # "the package does not include ATACMS", "umfasst keine Marschflugkörper": what
        # is left out is not given (a request-like cue: its items give no record)
        return replace(cue, status="requested")
    if cue.status == "discussed" and _PERMITTING.match(folded, cue.start, cue.end) and (
        _NEGATION.search(folded[max(sentence_start, cue.start - 30) : cue.start])
        or _NEGATED_INSIDE.search(folded, cue.start, cue.end)
        or _REFUSING_TO.search(folded[max(sentence_start, cue.start - 60) : cue.start])
    ):
        # An export approval withheld or refused is a veto: "did not approve the export
        # of", "a refusé d'autoriser la réexportation", "hat die Ausfuhr nicht genehmigt".
        return replace(cue, status="refused")
    if (
        cue.status == "discussed" and cue.kind != "open"
        and _NEGATION.search(folded[max(sentence_start, cue.start - 30) : cue.start])
        and not _UNDECIDED.search(folded, cue.start, cue.end)
    ):
        return replace(cue, status="requested")  # "did not discuss jets": says nothing
    if cue.status not in _ACTION_STATUSES:
        return cue
    before = folded[max(sentence_start, cue.start - 60) : cue.start]
    if cue.kind == "purchase" and _WEIGHED_BEFORE.search(before):
        # a purchase weighed is not made: "is discussing with allies the purchase of",
        # "envisage d'acheter", "prüft den Kauf", "a débattu de l'initiative pour l'achat d'obus"
        return replace(cue, status="discussed")
    if cue.status == "delivered" and _YET_TO_BEFORE.search(before):
        # "have yet to arrive", "are still to be handed over": still outstanding, a promise
        return replace(cue, status="pledged")
    if _REFUSAL_NEGATED_BEFORE.search(before):
        # "did not refuse to send", "has never refused to supply": the door is open, as
        # when not ruling out (the negation before the refusal negates no giving)
        return replace(cue, status="discussed")
    refusing_to = _REFUSING_TO.search(before + folded[cue.start : cue.start + 3])
    if (
        (_NEGATION.search(before) and not _NOT_ONLY.search(before))
        or (_NEGATED_INSIDE.search(folded, cue.start, cue.end) and not _NOT_ONLY_INSIDE.search(folded, cue.start, cue.end))
        or refusing_to
    ):
        around = (max(sentence_start, cue.start - 40), min(len(folded), cue.end + 60))
        if _NOT_BEFORE_A_TIME.search(folded, *around) and not refusing_to:
            # "would not reach Ukraine before 2026", "ne sera pas livré avant l'été",
            # "nicht vor dem Frühjahr": a later date, a delay; the promise stands.
            return replace(cue, status="pledged")
        if cue.status == "delivered" and _NOT_YET.search(folded, max(sentence_start, cue.start - 40), cue.end):
            # "ne sont toujours pas arrivés", "have not yet been delivered", "sind noch
            # nicht eingetroffen": the promise is still outstanding, nobody refused.
            return replace(cue, status="pledged")
        return replace(cue, status="refused")
    # The clause is read only when something in it can matter (most cues: nothing).
    verb_last = _VERB_LAST.match(folded, cue.start, cue.end) is not None
    if verb_last or _CLAUSE_QUESTION.search(folded, max(sentence_start, cue.start - 200), cue.start):
        clause = _clause_before(folded, sentence_start, cue.start)
    else:
        clause = ""
    # German puts the verb last: its negation and its "ob" can stand anywhere earlier
    # in the clause ("will vorerst keine Marschflugkörper vom Typ Taurus liefern",
    # "ob Deutschland Kampfpanzer an die Ukraine liefern wird").
    if verb_last and _CLAUSE_NEGATION.search(clause):
        if cue.status == "delivered" and _NOT_YET.search(clause):
            return replace(cue, status="pledged")  # "sind noch nicht eingetroffen"
        return replace(cue, status="refused")
    if (_READINESS.match(folded, cue.start) or _READY_BEFORE.search(before)) and (
        _SIGNALLED.search(before) or _would_be(text, before, cue.start)
    ):
        return replace(cue, status="discussed")  # readiness signalled or conditional, not announced
    if (_READINESS.match(folded, cue.start) or _READY_BEFORE.search(before)) and _CONDITION.search(
        folded, cue.start, sentence_end if sentence_end > 0 else len(folded)
    ):
        # Readiness told with its condition is an offer still open: "is ready to hand its
        # jets to Ukraine if other allies also send jets", "est prête à livrer ... à
        # condition que l'UE en finance l'achat", "ist bereit, ... zu überlassen, sofern".
        return replace(cue, status="discussed")
    would = _would_before(text, folded, max(sentence_start, cue.start - 60), cue.start)
    if would and _reported_passive(folded, cue) and not _HYPOTHETICAL.search(before):
        return replace(cue, status="pledged")  # reported speech: "würden weiterhin geliefert"
    if (
        _HYPOTHETICAL.search(before) or would
        or _CLAUSE_QUESTION.search(clause)
    ) or (
        verb_last and _CLAUSE_CONDITION.search(clause)
    ) or _conditional_with_its_condition(folded, sentence_start, sentence_end, cue, before, text) or (
        cue.status == "pledged"
        and _UPON_APPROVAL.search(folded, cue.end, sentence_end if sentence_end > 0 else len(folded))
    ):
        return replace(cue, status="discussed")
    # A delivery told in the future is a promise: "will complete the handover",
    # "va achever la livraison", "wird ... übergeben" (a present passive, "wird das erste
    # der zugesagten Systeme übergeben", tells the handover: see _FIRST_OF_PROMISED).
    if cue.status == "delivered" and (
        _FUTURE_BEFORE.search(before)
        # German passive infinitive: "sollen im kommenden Jahr ausgeliefert werden"
        or _PASSIVE_INFINITIVE_AFTER.match(folded, cue.end)
        or (_GERMAN_INFINITIVE.search(folded, cue.start, cue.end) and _GERMAN_FUTURE.search(clause)
            and not _first_of_the_promised_handed_over(clause))
        or _german_present_passive(folded, sentence_start, cue)
        or _infinitive_with_a_deadline(folded, before, cue)
    ):
        return replace(cue, status="pledged")
    if cue.status == "delivered" and _HANDOVER_NOUN.fullmatch(folded, cue.start, cue.end) and _TO_COME_AFTER.match(
        folded, cue.end, sentence_end if sentence_end > 0 else len(folded)
    ):
        return replace(cue, status="pledged")
    return cue


# The German present passive tells giving to come: "Der Ukraine werden bis Jahresende 30
# Marder zur Verfügung gestellt", "werden ... geliefert" ("wurden", the past, is folded
# apart; "sind ... geliefert worden" has no "werden").
_PRESENT_PASSIVE_PARTICIPLE = lazy(
    r"(?:zur verfugung )?(?:aus|zu|bereit|ab)?ge(?:liefert|schickt|sendet|spendet|stellt)|bereitgestellt"
)
_WERDEN = lazy(r"\b(?:wird|werden)\b")


def _german_present_passive(folded: str, sentence_start: int, cue: Cue) -> bool:
    if not _PRESENT_PASSIVE_PARTICIPLE.fullmatch(folded, cue.start, cue.end) or _WERDEN_AFTER.match(folded, cue.end):
        return False
    return bool(_WERDEN.search(_clause_before(folded, sentence_start, cue.start)))


# A handover named as a noun is one done ("the handover of the tanks"), unless its verb
# puts it ahead or tells it delayed: "the handover of CV90s will slip into next year",
# "is expected in May", "la remise des chars est prévue en mai", "a été reportée".
_HANDOVER_NOUN = lazy(r"handover|(?:la |leur |sa )?remise (?:de|des|d')")
_TO_COME_AFTER = lazy(
    r"[^.;:]{0,100}?\b(?:will|is to|are to|(?:is|are) (?:expected|due|scheduled|planned|set)|"
    r"(?:has|have) been (?:delayed|postponed|pushed back)|(?:is|are|was|were) (?:delayed|postponed)|"
    r"(?:est|sont) (?:prevue?s?|attendue?s?|retardee?s?|reportee?s?|repoussee?s?)|aura lieu|"
    r"(?:a|ont) ete (?:retardee?s?|reportee?s?|repoussee?s?)|devrai(?:t|ent)|doi(?:t|vent)|(?:prend|a pris) du retard)\b"
)


# The conditional mood ("would send", "enverrait", "serait prêt à livrer", "würden ...
# liefern") tells a promise in reported speech, unless the sentence states the condition:
# "would send jets if the US agreed", "si ses alliés faisaient de même", "wenn die USA
# zustimmen" (a condition of need, "if necessary", leaves the promise standing).
# (the French conditional of "livrer", "fournir", "envoyer": "livrerait", "fournirait",
# "enverrait"; not the imperfect "livrait")
_CONDITIONAL_CUE = lazy(r"would\b|\w+[eir]rai(?:t|ent)\b")
# An offer is made to be taken up: told with its condition ("has offered to send Patriot
# launchers on condition that the United States replaces them", "propose de livrer ... à
# condition que", "bietet ... an, sofern") it is under discussion, as a conditional is.
_OFFER = lazy(r"offer(?:s|ed|ing)?\b|propos\w*|offr\w*|biete\w*|angeboten")
_OFFERED_TO_BEFORE = lazy(r"\b(?:offer(?:s|ed|ing)?|propos\w*|offert|offre)\s+(?:to |de |d')?$")
_CONDITIONAL_BEFORE = lazy(r"\b(?:would|'d|serai(?:t|ent)|wurden?)\s+(?:[\w'-]+\s+){0,12}$")
# A promise made on the condition of an approval still to come is not made yet: "will send
# howitzers if parliament approves the funding", "si le Parlement approuve", "falls das
# Parlament ... billigt" (folded text, read after the cue).
_UPON_APPROVAL = guarded(
    r"\b(?:if|si|s'il|wenn|falls|sofern|provided|once)\s+(?:[\w'-]+\s+){0,8}?"
    r"(?:approves?|approved|votes?|agrees?|backs|approuve\w*|vote\w*|valide\w*|billigt|billigen|zustimm\w*|genehmigt|"
    r"genehmigen|beschlie(?:ss|s)t)\b",
    # (the approving word: rarer than the condition's)
    ("approv", "approuv", "vote", "agree", "backs", "valide", "billig", "zustimm", "genehmig", "beschlie"),
)
# ("for as long as it takes", a quote that opens wire copy, is a pledge of time, no condition)
_CONDITION = lazy(
    r"\b(?<!even )(?<!meme )(?<!auch )(?<!selbst )(?:if|unless|provided that|as long as(?! it takes| needed| necessary)|"
    r"si|s'il|s'ils|a condition|"
    r"on (?:the )?condition|sous reserve|unter der (?:bedingung|voraussetzung)|vorausgesetzt|"
    r"wenn|falls|sofern)\b(?! (?:needed|necessary|required|need be|besoin|necessaire|notig|erforderlich)\b)"
)


def _conditional_with_its_condition(folded: str, start: int, end: int, cue: Cue, before: str, text: str) -> bool:
    if cue.status not in ("pledged", "delivered"):
        return False
    if _OFFER.match(folded, cue.start, cue.end) or _OFFERED_TO_BEFORE.search(before):
        pass  # an offer with its condition is a question still open: "has offered to send ... on condition that"
    elif not _CONDITIONAL_CUE.match(folded, cue.start, cue.end):
        if not any(word in before for word in ("would", "'d ", "serai", "wurde")):
            return False  # (most cues: no conditional before them, no pattern to run)
        match = _CONDITIONAL_BEFORE.search(before)
        if match is None:
            return False
        if match.group(0).lstrip().startswith("wurde"):
            # (German: "würden", not the passive past "wurden", read on the text as written)
            at = cue.start - len(before) + match.start() + (len(match.group(0)) - len(match.group(0).lstrip()))
            if not text or not _umlaut_u(text, at):
                return False
    if end < 0:
        end = len(folded)
    return bool(_CONDITION.search(folded, start, end))


# A time to come, in a German sentence told in the present: "im Herbst", "nächste Woche",
# "bis Jahresende", "ab Januar", "in den kommenden Monaten", "demnächst", "2027".
_TIMES_TO_COME = (
    r"im (?:fruhjahr|fruhling|sommer|herbst|winter|laufe des|lauf des)|"
    rf"(?:im|ab|bis|bis zum|bis ende|anfang|mitte|ende) (?:{alternation(GERMAN_MONTHS)})|ab (?:sofort|heute|morgen)\b|"
    r"nachste[nmrs]?|kommende[nmrs]?|kunftig\w*|demnachst|bald|spater|in kurze|morgen|ubermorgen|"
    r"bis (?:zum |ende |jahresende|sommer|herbst|winter|fruhjahr|mitte|anfang)|jahresende|jahresmitte|"
    r"in den (?:nachsten|kommenden)|noch (?:in )?(?:diese[nmrs]?|im)|20[3-9]\d|202[7-9]"
)
_FUTURE_TIME = lazy(rf"\b(?:{_TIMES_TO_COME}|wird|werden|soll|sollen|will|wollen)\b")
_TIME_TO_COME = lazy(rf"\b(?:{_TIMES_TO_COME})\b")
# The first of what was promised, handed over: "das erste von vier zugesagten Systemen",
# "the first of the promised jets", "le premier des canons promis". The promise is the
# background; "wird ... übergeben" then tells the handover in the narrative present.
_FIRST_OF_PROMISED = lazy(
    r"\b(?:erste[nrs]?|first|premi(?:er|ere)s?) (?:von|der|of|des|d'entre) (?:\w+ ){0,3}"
    r"(?:zugesagt\w*|versprochen\w*|promised|pledged|promis\w*)"
)


def _first_of_the_promised_handed_over(clause: str) -> bool:
    """"wird das erste von vier zugesagten Systemen übergeben": a handover told in the
    present, unless the clause names a time to come ("... wird im Herbst übergeben")."""
    return bool(_FIRST_OF_PROMISED.search(clause)) and not _TIME_TO_COME.search(clause)
# The time of the news, or the end of a series, in a German sentence told in the present:
# "am Mittwoch", "heute", "bereits", "die letzten" ("nun", "jetzt" are left out: "übergibt
# nun doch Taurus" tells a decision).
_DONE_NOW = lazy(
    r"\b(?:am (?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|wochenende)|heute|"
    r"bereits|inzwischen|mittlerweile|soeben|letzte[nmrs]?)\b"
)
# A deliberation told as over: after it ("after weeks of debate", "après des semaines de
# discussions", "nach monatelangen Beratungen", "nach langem Zögern"), or in the
# pluperfect ("which had long considered sending", "qui avait longtemps envisagé").
# (a time must be told: "nach Angaben des Ministeriums erwägt" is the news)
_AFTER_BEFORE = lazy(
    r"\b(?:after|following)\s+(?:(?:weeks|months|years|days|long|lengthy|intense|heated|[\w]+-long)\s+(?:of\s+)?)+$|"
    r"\b(?:apres|au terme d\w*|a l'issue d\w*)\s+(?:des |de |d')?(?:(?:semaines|mois|annees|jours|longues?|longs|intenses)\s+(?:de |d')?)+$|"
    r"\bnach\s+(?:\w+langen?|langem|langer|langen|wochen|monaten|jahren)\s+(?:\w+\s+)?$"
)
_PLUPERFECT_BEFORE = lazy(r"\b(?:had|avait|avaient)\s+(?:(?:long|longtemps|\w+ly|\w+ment|for months)\s+)?$")
_DELIBERATION = lazy(r"(?:consider|weigh|debat|discuss|discut|mull|envisag|etudi|examin|hesit|stud|explor|berat|zoger)")


def _deliberation_behind(folded: str, sentence_start: int, start: int, end: int) -> bool:
    if not _DELIBERATION.match(folded, start, end):
        return False
    before = folded[max(sentence_start, start - 40) : start]
    return bool(_AFTER_BEFORE.search(before) or _PLUPERFECT_BEFORE.search(before))


# The "requested" cues that warn rather than ask ("warned Berlin against", "a menacé",
# "drohte"): whom they name is not asked to give anything.
_WARNING = lazy(r"warn|mis(?:e|es)? en garde|menac|threaten|droh")
# A request named after its acceptance, whoever's it is ("for accepting Kyiv's request",
# "granting Ukraine's request"): the request is no longer open, and asks no one.
_REQUEST_GRANTED_BEFORE = lazy(
    r"\b(?:accept\w*|grant(?:ed|ing)|honou?r(?:ed|ing)|fulfill?(?:ed|ing)|agree(?:d|ing) to|accede\w* a|erfull\w*)\s+"
    r"(?:[\w'-]+\s+){0,2}$"
)
# A request named right after its refusal: "a rejeté la demande", "turned down the request".
_REQUEST_TURNED_DOWN = lazy(
    # (a time and an adverb may stand between: "a de nouveau rejeté mardi les appels de Kiev")
    r"\b(?:reject\w*|rejet\w*|refus\w*|declin\w*|turned down|abgelehnt|lehnt\w*)\s+(?:\S+\s+){0,3}$"
)
_NOT_INCLUDED_AFTER = lazy(r"\s+(?:nicht|keine?[nmrs]?|pas)\b")
# "not only ... but also" adds, it does not negate: "will not only send tanks but also".
_NOT_ONLY = lazy(r"\bnot (?:only|just|merely)\s+(?:[\w'-]+\s+){0,2}$")
_NOT_ONLY_INSIDE = lazy(r"\bnot (?:only|just|merely)\b")
# A time after a negated giving: "not ... before 2026", "pas avant l'été", "nicht vor
# Jahresende", "not until next year" (folded text, read around the cue: German puts the
# negation and the time inside its long verb-last cue).
_NOT_BEFORE_A_TIME = lazy(
    r"\b(?:not|nicht|pas)(?:\s+[\w'-]+){0,4}?\s+(?:before|until|till|avant|vor|bis)\s+"
    r"(?:(?:the|la|le|l'|dem|der|den|zum|zur|mid|early|late|"
    r"end of|fin|la fin de|debut|ende|anfang|mitte|next|nachsten|nachstes|l'an|l'annee)\s*)*"
    r"(?:\d{4}\b|(?:spring|summer|autumn|fall|winter|printemps|ete|automne|hiver|fruhjahr|fruhling|sommer|herbst|"
    rf"{alternation(ENGLISH_MONTHS, FRENCH_MONTHS, GERMAN_MONTHS)}|"
    r"jahresende|year|annee|prochaine?|jahr\w*|"
    r"month|mois|monat\w*|week|semaine|woche\w*)\b)"
)
# "pas toujours" also means "not always"; kept, because without it a negated delivery
# is read as a refusal, which is the worse error for either meaning.
_YET_TO_BEFORE = lazy(r"\b(?:yet|still) to (?:be )?$")
# (German puts the participle last: "hat aber die Lieferung von Munition bestätigt")
_CONFIRMED_AFTER = lazy(r"(?:\s+[\w-]+){0,4}\s+bestatigt\b")
_NOT_YET = lazy(r"\b(?:not yet|yet to|still not|toujours pas|pas encore|noch nicht|noch immer nicht|immer noch nicht|"
                r"noch keine?n?|pas toujours)\b")


# Readiness signalled quietly is not yet a promise: "let it be known privately that
# they were ready to send", "ont discrètement fait savoir qu'ils étaient prêts à
# livrer", "signalisierte Bereitschaft, ... zu liefern" (a readiness confirmed or
# announced stays a promise: "confirmed it was ready to deliver").
_READINESS = lazy(r"(?:is |are |was |were )?(?:ready|prepared|willing|pret|prete|prets|pretes|disposee?s?|bereit)\b")
# "is reportedly ready | to send"
# ("is ready to | pay for": a cue that does not hold its "to")
_READY_BEFORE = guarded(r"\b(?:ready|prepared|willing)\s+(?:to\s+)?$", ("ready", "prepared", "willing"))
# Readiness in the conditional is reported or hypothetical: "serait prête à livrer",
# "would be ready to send", "wäre bereit, ... zu liefern" (not "waren bereit", "were").
_WOULD_BE_BEFORE = lazy(r"\b(?:serai(?:t|ent)|would be|waren?)\s+(?:\w+ment\s+)?$")


def _would_be(text: str, before: str, position: int) -> bool:
    match = _WOULD_BE_BEFORE.search(before)
    if match is None:
        return False
    if not match.group(0).lstrip().startswith("war"):
        return True
    at = position - len(before) + match.start() + (len(match.group(0)) - len(match.group(0).lstrip()))
    return bool(text) and text[at + 1 : at + 2] in ("ä", "Ä")


_SIGNALLED = lazy(
    r"\b(?:signal\w*|indicated|hinted|let it be known|privately|quietly|discreetly|behind closed doors|reportedly|"
    r"angeblich|laut medienberichten|selon la presse|selon des medias|"
    r"fait savoir|laiss\w* entendre|discretement|en prive|signalisier\w*|angedeutet|deutet\w* an|hinter vorgehaltener hand|"
    r"signalis\w*)\b"
)
# "n'a pris aucune décision" is undecided, not "did not discuss".
_UNDECIDED = lazy(r"decision|entscheidung|undecided")
_CLAUSE_BREAK = lazy(r"[,;:()\[\]]|\s[-–—]\s")
_VERB_LAST = lazy(r"\w+(?:en|ern)(?: (?:wird|werden|will|wollen|soll|sollen|kann|konnen))?$")
_CLAUSE_NEGATION = lazy(r"\b(?:nicht|keine?[nmrs]?|nie|niemals)\b(?! nur\b)")
# "whether"/"ob" open a question, however far before the verb within the clause.
# (\b(?:whether|ob)\b, written to open with a character class so that `re` skips to the
# letters a match can begin with: it is looked for up to 200 characters before each cue)
_CLAUSE_QUESTION = lazy(r"[wo](?:(?<=\bw)hether|(?<=\bo)b)\b")
# ("sollte" opens a condition, "sollte Deutschland Taurus liefern", or tells what
# ought to be done: neither is a promise)
# ("dürfte" is a likelihood: "Die USA dürften bald ... liefern")
_CLAUSE_CONDITION = lazy(r"\b(?:wenn|falls|sofern|kann|kannst|konnen|konnt\w*|darf|durfen|durfte\w*|sollte|sollten)\b")
# "übergeben" is infinitive and participle: after "wird Deutschland ... übergeben" it is
# the future ("will hand over"), after "hat"/"wurde" a past handover.
_GERMAN_INFINITIVE = lazy(r"(?:ubergeben|uberlassen|abgeben)$")
_PASSIVE_INFINITIVE_AFTER = lazy(r"\s+(?:zu )?werden\b")
# A headline's infinitive with a deadline tells what is to come: "First of Germany's new
# IRIS-T systems to reach Ukraine by July". Without one it may tell an arrival ("the first
# jets to reach Ukraine landed on Monday").
_TO_BEFORE = lazy(r"\bto\s+$")
_DEADLINE_AFTER = lazy(r"\s*(?:by|before|within|until|no later than)\b")


def _infinitive_with_a_deadline(folded: str, before: str, cue: Cue) -> bool:
    return bool(_TO_BEFORE.search(before) and _DEADLINE_AFTER.match(folded, cue.end))
_GERMAN_FUTURE = lazy(r"\b(?:wird|werden|will|wollen|soll|sollen)\b")
# ("would" is the future of reported speech: "said ... the tanks would arrive in May")
_FUTURE_BEFORE = lazy(r"\b(?:will|would|shall|going to|plans? to|set to|due to|va|vont|allons)\s+(?:[\w'-]+\s+){0,2}$")


def _clause_before(folded: str, sentence_start: int, position: int) -> str:
    """The text of the clause that ends at `position`: back to the last comma,
    semicolon, colon, bracket or dash, or to the sentence start (at most 200 chars)."""
    low = max(sentence_start, position - 200)
    last = low
    for match in _CLAUSE_BREAK.finditer(folded, low, position):
        last = match.end()
    return folded[last:position]
