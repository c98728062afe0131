"""The cue kinds: the words that say an item is pledged, delivered, discussed, refused or
in production, in English, French and German, one pattern per kind (STATUS_PATTERNS).

Besides the five statuses of a record, some kinds give no record of their own and are
read by what they stand beside: a request, receiving, a purchase, a permission, an
announcement, a package's "includes", a delivery named as a noun, an attributive
participle. Patterns are written on folded text (lower case, no accents). What changes
a cue's meaning in its sentence (a negation, a hedge, a future) is read in
status_cues.py; status_matches.py searches the patterns over a whole text at once.
"""

from __future__ import annotations

from bot.core.pledges.status.parliament_votes import LEGISLATURE

# One word: hyphenated compounds, "SAMP/T", "10.000", "$1.5bn" included, and the amount
# abbreviations with their full stop ("stellt 1,5 Mrd. Euro bereit", "500 Mio. Euro").
# (a word may open or close brackets: "85 Milliarden Kronen (rund 7,2 Milliarden Euro) an
# Militärhilfe zur Verfügung")
# (and a German ordinal with its dot, before a package numbered as wire copy numbers them:
# "stellt ein 25. Militärhilfepaket im Wert von ... bereit"; years have four digits)
# (a range told with an en dash is one word, "sagten der Ukraine 20–30 Panzer zu": the dash is "?" in
# the ASCII bytes the cues are searched in, see records.as_ascii)
# (a sum's sign opens its word: "$1.5bn", and "€1,5 Mrd." / "£2bn", whose sign is "?" in those bytes: "sagt
# der Ukraine weitere €1,5 Mrd. zu")
_WORD = r"(?:mrd\.|mio\.|fr\.|\d{1,3}\.|\?\d[\d.,]*|\(?\$?[\w'/-]+(?:[.,]\d+|[?–]\d+)*\)?)"
# A donor's nationality as an adjective, in the three languages (folded): "Norwegian", "norwegischem",
# "norvégien", "danois", "dänischem" (money named by its payer: the production cues below).
_NATION_ADJECTIVE = (
    r"(?:norw|norv|dan|swed|schwed|suedo|finn|fin|german|deutsch|allemand|dutch|niederland|neerland|british|"
    r"britisch|britann|canad|kanad|americ|amerik|french|franzos|francais|belg|polish|polnisch|polonais|lithuan|"
    r"litau|lituan|latvian|lettisch|letton|eston|estland|estnisch|ital|spanish|spanisch|espagnol|japan|japon|"
    r"swiss|schweiz|suisse|austrian|osterreich|autrichien|czech|tschech|tcheque|slovak|slowak|portug|irish|irisch|"
    r"irlandais|luxemb)\w*"
)
# A count of things made, in figures or words (see the making for Ukraine, "production")
_MADE_COUNT = (
    r"(?:\d[\d,. ]*\d|\d|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens? of|hundreds of|"
    r"thousands of|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|vingt|trente|cent|des centaines de|"
    r"des milliers de)"
)
# German counts as words, for the making paid for told with its verb last (folded: "zwolf").
_GERMAN_COUNT = r"(?:zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn|elf|zwolf|zwanzig|dreissig|hundert|dutzende)"
# Small numbers as words, before "billion"/"milliards"/"Milliarden" in a sum (folded).
_SUM_NUMBER_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|un|une|deux|trois|quatre|cinq|sept|huit|neuf|dix|"
    r"eine?|zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn"
)
# A word that is not "to" (the patterns have no look-around: RE2 runs them too).
_NOT_TO = r"(?:[^t\s][\w'/-]*|t|t[^o\s][\w'/-]*|to[\w'/-]+)"
_WEEKDAYS = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
# French sentence adverbs that stand between an auxiliary and its participle ("a
# pourtant livré", "ont toutefois fourni", "a bel et bien livré"). (Folded text.)
FRENCH_SENTENCE_ADVERB = (
    r"(?:pourtant|toutefois|cependant|neanmoins|bien|donc|ainsi|alors|meme|surtout|encore|bel et bien|"
    r"d'ores et deja|quand meme|par ailleurs|en outre|de son cote|de leur cote) "
)
# A package's worth told in a sentence of its own, after its giving: "Das 19. Hilfspaket
# hat einen Wert von 13,5 Milliarden Kronen", "The package is worth", "Le paquet est d'une
# valeur de", "Der Wert des Pakets liegt bei" (a contract's worth is its order's: not here). A promise cue here, and
# extract.py reads the sum as the worth of what the sentence before gave: one pattern, so
# the two readings cannot drift apart.
PACKAGE_WORTH = (
    r"(?:das|dieses|the|this|le|ce) (?:\d+\. |\d+(?:st|nd|rd|th|e) |new |neue |nouveau )?"
    r"(?:\w*paket|package|paquet) (?:hat einen (?:gesamt)?wert von|(?:is|was) (?:worth|valued at)|"
    r"est d'une valeur de|(?:est )?evalue a)|"
    # ... or told by the worth as the subject: "Der Wert des Pakets liegt bei", "Le montant du
    # paquet s'eleve a", "The value of the package is", "The package's value stands at"
    r"(?:der (?:gesamt)?wert (?:des|dieses) (?:\d+\. |neuen )?\w*pakets?|"
    r"(?:le montant|la valeur) (?:du|de ce) (?:\d+e |nouveau )?paquet|"
    r"the (?:total )?value of (?:the|this) (?:\d+(?:st|nd|rd|th) |new )?package|"
    r"the (?:\d+(?:st|nd|rd|th) |new )?package's (?:total )?value) "
    r"(?:liegt bei|betragt|belauft sich auf|s'eleve a|est de|atteint|(?:is|was|stands at|totals|amounts to))"
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
     # (the request alone gives nothing: see "requested"; and status_cues._REQUEST_TURNED_DOWN).
     rf"reject\w* (?:{_WORD} ){{0,3}}(?:request|appeal|plea|demand|call)s?\b|"
     rf"(?:wies|weist|wiesen|weisen) (?:{_WORD} ){{0,8}}zuruck\b|zuruckgewiesen|"
     # Forbidding a transfer ("hat den Export untersagt", "bans the re-export").
     r"untersag\w*|verbiet\w*|verbot\b|verboten|prohibit\w*|interdi\w*|bann(?:ed|ing)\b|forb(?:id|ids|ade|idden)\b|"
     # ("barred Germany from re-exporting", not the bar of a court)
     r"barr(?:ed|ing)\b|"
     r"rule[sd]? out|ruling out|refuse[sd]?|refusing|reject\w*|turn(?:s|ed|ing)? down|"
     r"ecart\w* (?:\w+ment )?(?:l'idee|la possibilite|l'hypothese|toute|tout|l'envoi|la livraison|les livraisons|la fourniture)|"
     # "Premature" is "not now" (labelling rules): "la question est prématurée".
     r"prematur\w*|verfruht\w*|"
     rf"declin(?:e|ed|es|ing) to|(?:will|would|could) not (?:{_WORD} ){{0,2}}(?:send|provide|supply|deliver|give)|"
     rf"won't (?:{_WORD} ){{0,2}}(?:send|provide|supply|deliver|give)|(?:does|do|did) not (?:plan|intend|want) to|"
     # unable to give is "not now": "cannot send more air defence systems this year"
     rf"(?:cannot|can't|can not|(?:is|are) unable to) (?:{_WORD} ){{0,2}}(?:send|provide|supply|deliver|give|spare)\b|"
     # (the words may be quoted, the quote closing before "to": 'said it had "no plans" to send';
     # a quotation mark other than ASCII is "?" to the automaton, status_matches.py)
     r"no plans?(?:[\"'?])? to|not (?:send|provide|supply|deliver)|"
     # the present progressive negated: "is not sending F-16s at this time"
     r"(?:is|are|'re|was|were) not (?:currently |now )?(?:sending|supplying|providing|delivering|giving|shipping)|"
     r"(?:isn't|aren't|wasn't|weren't) (?:currently |now )?(?:sending|supplying|providing|delivering|giving|shipping)|"
     # "will send no more weapons", "sends Kyiv no new tanks", "will no longer supply",
     # "stopped sending" (the giving verb before its negated object, as German puts it).
     r"(?:send|sends|provide|provides|supply|supplies|deliver|delivers|give|gives) (?:ukraine |kyiv |kiev )?"
     r"no (?:more|further|new|additional|other)\b|"
     # ... or arms in general negated: "will send no weapons", "supplies no arms" (not "no
     # later than", a deadline: only the words of arms)
     r"(?:send|sends|provide|provides|supply|supplies|deliver|delivers|give|gives) (?:ukraine |kyiv |kiev )?"
     r"no (?:weapons?|arms|military|lethal|heavy|offensive)\b|"
     # ... or a pair negated with "not only no ... but also no": "will send Ukraine not only no jets but
     # also no tanks" (each "no" a refusal: without these the giving verb read both as promised)
     r"(?:send|sends|provide|provides|supply|supplies|deliver|delivers|give|gives) (?:ukraine |kyiv |kiev )?"
     r"not only no\b|but also no\b|"
     # ... or before a negated pair: "will send neither tanks nor jets"
     r"(?:send|sends|provide|provides|supply|supplies|deliver|delivers|give|gives) (?:ukraine |kyiv |kiev )?neither\b|"
     # ... or any named thing negated by "no" after the giving verb: "will send Ukraine no fighter
     # jets" (a time or a cap, "no later than", "no fewer than", is none: status_cues drops it). The
     # word after "no" is taken, so that the refusal outlasts the promise "will send" it overlaps;
     # after the arms words above, which win where both begin.
     r"(?:send|provide|supply|deliver|give) (?:ukraine |kyiv |kiev )?no [\w-]+|"
     r"no longer (?:send|provide|supply|deliver|give)|stop(?:s|ped|ping)? (?:sending|supplying|delivering|providing)|"
     # No intention, no occasion: "had no intention of sending", "n'a pas l'intention de
     # livrer", "sieht keinen Anlass, ... zu liefern".
     r"(?:no|any) intention (?:of|to)|(?:pas l'|aucune )intention (?:de|d')|keine absicht|nicht die absicht|"
     r"keine?n? (?:anlass|veranlassung)\b|sees? no (?:reason|need) to|"
     # "there will be no Taurus for Ukraine", "il n'y aura pas de", "es wird keine ... geben"
     r"there (?:will|would) be no|n'y (?:aura|aurait) (?:pas|plus|aucun\w*)|(?:es wird|wird es) keine|"
     # no plan, the words quoted or not: "n'a « aucun projet » d'envoyer", "aucun plan pour livrer"
     r"aucun (?:projet|plan)(?: ?[\"'?])? (?:d'|de |pour )(?:envoyer|livrer|fournir|ceder|donner|transferer)\b|"
     r"blocked|blocking|blocks|veto\w*|oppos(?:e|es|ed|ing|ee|ees)\b|"
     # A halt is a refusal for now: "has paused deliveries of", "met en pause", "ausgesetzt".
     r"halt(?:s|ed)?\b|suspend\w*|freez\w*|frozen|withh[oe]ld\w*|"
     r"paus(?:es|ed|ing) (?:(?:all|some|the|its|their|further|new|weapons?|arms|military|u\.?s\.?) )*"
     # ... a package by its number too: "pauses its 10th military aid package" (stories round 64)
     r"(?:\d+(?:st|nd|rd|th) )?(?:(?:military|aid|weapons?|arms) )*"
     r"(?:deliver\w*|shipments?|transfers?|aid|assistance|supplies|packages?)|"
     # ... or put on hold, laid on ice: "has put its 10th package on hold", "legt das Paket auf Eis"
     r"(?:put|puts|putting|placed|places|placing) (?:[^\s.;:]+ ){0,8}on hold\b|"
     r"(?:legt|legte|legen|legten) (?:[^\s.;:]+ ){0,8}auf eis\b|auf eis (?:gelegt|liegt|liegen)\b|"
     r"(?:mis|mise|mises|met|mettent|mettre) en pause|ausgesetzt|pausier\w*|"
     r"refus\w*|rejet\w*|exclu(?:t|ent|e|re)?\b|"
     rf"ne (?:{_WORD} ){{0,2}}(?:pas|plus) (?:{_WORD} ){{0,2}}(?:livrer|fournir|envoyer|ceder|donner)\b|ne (?:livrera|fournira|livreront|fourniront|enverra) pas|"
     r"pas question|s'oppos\w*|bloqu\w*|suspendu\w*|gel(?:er|e|es|ee|ees|ent)\b|"
     # a giving off the agenda is given up: "la livraison ... n'est plus à l'ordre du jour",
     # "n'est plus d'actualité"
     r"n'(?:est|etait|sont|etaient) plus (?:a l'ordre du jour|d'actualite)|"
     # ... or not on it at all, told as a quoted verdict or a plain denial: "a jugé « pas à l'ordre
     # du jour » la cession de", "la livraison ... n'est pas à l'ordre du jour", "is not on the
     # agenda", "steht nicht auf der Tagesordnung" (a "not now": refused, as "premature" is)
     r"(?:n'(?:est|etait|sont|etaient) )?pas (?:a|encore a) l'ordre du jour|"
     r"(?:is|are|was|were) not on the agenda|(?:is|are)n't on the agenda|"
     r"(?:steht|stehen|stand|standen) (?:derzeit |aktuell |momentan )?nicht auf der tagesordnung|"
     # No delivery planned is a refusal of what it names: "aucune livraison de chars n'est prévue",
     # "aucune nouvelle livraison d'avions n'était envisagée" (the cue spans the things)
     rf"aucune? (?:nouvelle |autre )?(?:livraison|envoi|transfert)s? (?:{_WORD} ){{0,8}}"
     r"n'(?:est|etait|sera|serait|a ete) (?:(?:pas |encore |actuellement |pour l'instant )?)(?:prevue?s?|envisagee?s?|programmee?s?)\b|"
     # ... and things told not planned, as the minister answers a question: "Weitere Kampfjets [sind]
     # nicht geplant", "further jets are not planned", "d'autres avions ne sont pas prévus" (not "noch
     # nicht geplant", not yet, nor "not planned for May", a date)
     r"(?:ist|sind|war|waren|seien|sei) (?:derzeit |aktuell |vorerst |momentan |bislang |bisher |auch )?nicht (?:mehr )?"
     # (German puts a delay's time inside: "sind nicht vor dem Frühjahr geplant", which
     # cue_qualifiers reads as a delay, not as a refusal)
     r"(?:(?:vor|bis) (?:[\w-]+ ){1,3})?(?:geplant|vorgesehen)\b|"
     r"(?:is|are|was|were) (?:currently |also )?not (?:being )?planned\b|"
     r"(?:n'est|ne sont|n'etait|n'etaient) (?:pas|plus) (?:non plus )?prevue?s?\b|"
     # ("ni ... ni" negates the verb as "pas" does: "n'enverra ni chars ni missiles")
     # (... and "aucun(e)" as "pas de": "n'enverra aucune arme", "ne livrera aucun char")
     # (the giver set against others: "ne livre elle-même aucune arme")
     r"n'(?:enverr|envoi|livrer|fournir|autoriser)\w* (?:(?:lui|elle|eux|elles)-memes? )?(?:pas|plus|jamais|ni|aucune?s?)\b|"
     r"ne (?:livrer|fournir|enverr)\w* (?:(?:lui|elle|eux|elles)-memes? )?(?:pas|plus|jamais|ni|aucune?s?)\b|"
     # (... and the present told as a stance: "ne livre pas à l'Ukraine les munitions souhaitées", "ne
     # fournit plus d'obus"; "pas seulement", "pas que" give more, no refusal)
     r"ne (?:livre|livrent|fournit|fournissent|envoie|envoient) (?:(?:lui|elle|eux|elles)-memes? )?"
     r"(?:(?:pas|plus|jamais) (?:a|au|aux|les?|la|l'|de|d'|des|du)\b|aucune?s?\b|ni\b)|"
     rf"lehn\w* (?:{_WORD} ){{0,14}}ab\b|abgelehnt|ablehn\w*|absage\w*|verweiger\w*|"
     # A vote lost: "fand im Ausschuss keine Mehrheit", "scheiterte", "failed to win a majority", "n'a pas
     # obtenu la majorité" (of a motion urging a giving, discussed: motions.py; a bill's, refused)
     rf"(?:fand|findet|fanden|erhielt|bekam) (?:{_WORD} ){{0,3}}keine mehrheit|"
     r"scheiterte (?:\w+ ){0,2}(?:im|in der|bei der) (?:bundestag|parlament|plenum|abstimmung|\w*ausschuss)\b|"
     r"failed to (?:win|get|secure|gain|find) (?:a |the )?(?:majority|support)|"
     r"n'a pas (?:obtenu|recueilli|trouve) (?:la|de|une) majorite|"
     # Refusing by name and giving up: "weigert sich, ... zu liefern", "verzichtet auf
     # die Lieferung", "a renoncé à livrer".
     r"weiger(?:t|n|te|ten)\b|weigerung|verzicht\w*|renon(?:c|ç)\w* (?:a|au|aux)\b|"
     # The German main clause puts the verb before its negated object: "Polen liefert
     # keine weiteren Kampfjets", "Berlin schickt der Ukraine vorerst keine Taurus".
     r"(?:liefer|schick|uberlass|ubergeb|ubergib|geb|gib|stell|zahl)(?:t|n|en|te|ten) (?:der ukraine |kiew |kyjiw )?"
     # (a reason or a source may stand between: "liefert wegen seiner Neutralität keine
     # Waffen", "aus Neutralitätsgründen", "nach eigenen Angaben")
     rf"(?:(?:wegen|aus|nach|trotz|angesichts|mangels|seit) (?:{_WORD} ){{1,3}})?"
     r"(?:(?:vorerst|vorlaufig|derzeit|zunachst|weiterhin|auch|kunftig|mehr|bis auf weiteres|"
     # (the giver set against others: "Budapest liefert selbst keine Waffen", "seinerseits", "dagegen")
     r"selbst|seinerseits|ihrerseits|dagegen|jedoch|allerdings) ){0,3}(?:nicht nur )?(?:keine[nmrs]?|keinerlei|weder)\b|"
     # ... or "nicht" before its definite object: "liefert der Ukraine nicht die gewünschte Munition" (what is
     # not given is refused, "nicht nur die" gives it and more)
     r"(?:liefer|schick|uberlass|ubergeb|ubergib|geb|gib|stell)(?:t|n|en|te|ten) (?:der ukraine |kiew |kyjiw )?"
     r"(?:(?:vorerst|vorlaufig|derzeit|zunachst|weiterhin|auch|kunftig|mehr|bis auf weiteres|"
     r"selbst|seinerseits|ihrerseits|dagegen|jedoch|allerdings) ){0,3}"
     r"nicht (?:die|den|das|diese[nmrs]?|jene[nmrs]?)\b|"
     # ... or the object first and "nicht" closing the clause: "Waffen liefert die Schweiz weiterhin nicht",
     # "Kampfjets schickt Berlin vorerst nicht." (review 64; "nicht nur" is left out in status_cues)
     r"(?:liefer|schick|uberlass|ubergeb|ubergib)(?:t|n|en|te|ten) (?:die |der |das )?[\w-]+ (?:der ukraine |kiew |kyjiw )?"
     r"(?:(?:vorerst|vorlaufig|derzeit|zunachst|weiterhin|auch|kunftig|bis auf weiteres|selbst|jedoch|allerdings|"
     r"noch immer|immer noch|weiter|bislang|bisher) ){0,2}nicht(?: mehr)?|"
     # ("nicht nur keine Kampfjets, sondern auch keine Panzer": the second "keine" refuses too)
     r"sondern auch keine[nmrs]?\b|"
     rf"nicht (?:{_WORD} ){{0,2}}liefern|keine (?:{_WORD} ){{0,3}}(?:liefern|abgeben|uberlassen|schicken)\b|"
     # (the zu-infinitive after a verb of saying, its recipient between: "erklärte, keine
     # weiteren Waffen mehr an Kiew abzugeben")
     rf"keine (?:{_WORD} ){{0,6}}(?:zu (?:liefern|schicken|uberlassen)|abzugeben|zu ubergeben)\b|"
     r"blockier\w*|gestoppt|stoppt|"
     # Declining to join a scheme refuses what it gives: "wird sich nicht an der Initiative
     # zum Kauf von Munition beteiligen", "will not join the initiative", "ne participera pas"
     rf"nicht (?:mehr |langer )?an (?:der|dem|den) (?:{_WORD} ){{0,12}}beteilig\w*|"
     r"(?:will|would|does|did|do) not (?:join|take part in|participate in)\b|won't (?:join|take part in)\b|"
     # (the present told as a stance: "is not taking part in", "beteiligt sich nicht an", "nimmt nicht teil")
     r"(?:is|are) not (?:taking part|participating) in\b|"
     r"beteilig(?:t|en) sich (?:auch |weiterhin |vorerst )?nicht (?:mehr |langer )?an\b|"
     r"(?:ne|n'y) (?:participer\w*|contribuer\w*|prendr\w* part|rejoindr\w*) pas\b|"
     # ... and the separable "abgeben", negated after its subject, recipient and adverbs:
     # "gibt Polen der Ukraine derzeit nicht mehr ab", "geben wir aber nicht ab"
     rf"(?:gibt|geben|gab|gaben) (?:{_WORD} ){{0,8}}(?:nicht|keine[nmrs]?) (?:(?:mehr|langer|weiter) )?ab\b|"
     # (the German middle field is long: "schließt eine Lieferung von ... an die Ukraine
     # weiterhin kategorisch aus")
     rf"ausgeschlossen|{_SCHLIESST} (?:{_WORD} ){{0,12}}aus\b|"
     # No plan to give: "n'envisage pas de livrer", "hat nicht vor, ... zu liefern", "hat
     # keine Pläne, ... zu liefern" (German "vor" is also "before": only with its "zu").
     r"n'envisag\w* (?:pas|plus|aucun\w*)|ne (?:l'|les |la |le )?envisag\w* (?:pas|plus)|"
     rf"nicht vor,? (?:{_WORD},? ){{0,12}}zu {_WORD}|keine plane(?:[\"'?])?,? (?:{_WORD},? ){{0,12}}zu {_WORD}|"
     # (... the particle joined to its infinitive: "keine Pläne, ... an Kiew abzugeben",
     # "hat nicht vor, ... bereitzustellen")
     rf"(?:nicht vor|keine plane(?:[\"'?])?),? (?:{_WORD},? ){{0,12}}(?:ab|bereit|weiter|frei|heraus|aus)zu(?:geben|stellen|liefern|bilden)\b|"
     # A denial refuses what it denies: "denied reports that it would send", "a démenti",
     # "dementiert Berichte, wonach" (the giving verb after it is refused: denials._DENIAL).
     r"den(?:y|ies|ied|ying)\b|dementi\w*|dement(?:s|ent|ait|aient)\b|"
     # ... and a report dismissed is denied: "dismissed a newspaper report that it was preparing
     # to send", "UK dismisses report it will send" (the report named: "dismissed the idea" is a
     # refusal of its own, and "dismissed" alone may be a sacking)
     rf"dismiss(?:es|ed|ing)? (?:{_WORD} ){{0,3}}?(?:reports?|claims?|suggestions?|speculation)\b|"
     # A cancellation withdraws what was planned: "cancelled a planned shipment of", "a
     # annulé l'envoi prévu", "hat die Lieferung ... abgesagt" (German: the verb last,
     # the middle field taken in, so the cue holds the item it governs).
     r"cancel(?:s|led|ed|ling)?\b|annul(?:e|ee|es|ees|ent|er|era|ait)\b|"
     # A plan given up refuses what it planned, the giving verb taken in (it would promise
     # on its own): "has dropped a plan to send", "shelved plans to deliver", "a abandonné
     # son projet de livrer", "hat die Pläne zur Lieferung von ... aufgegeben" (German: the
     # verb last, the things in the middle field; the plan named, as "eine Bestellung
     # aufgegeben" places an order).
     r"(?:drop(?:s|ped|ping)?|abandon(?:s|ed|ing)?|shelv(?:e|es|ed|ing)|scrap(?:s|ped|ping)?|cancel(?:s|led|ed|ling)?) "
     r"(?:(?:a|an|the|its|their|his|her|earlier|previous|initial|original|long-standing) ){0,2}"
     # (the giving verb itself: a plan dropped "to buy jets" is the donor's own purchase)
     r"(?:plans?|proposals?|projects?|idea|intention|offer) (?:to|of) "
     r"(?:send|sending|supply|supplying|deliver|delivering|give|giving|provide|providing|transfer|transferring|"
     r"donate|donating|lend|lending|ship|shipping|hand|handing|fund|funding|finance|financing)\b|"
     r"(?:abandonn\w*|renonce\w*|annul\w*) (?:a )?(?:son|sa|ses|leur|leurs|le|la|les|l'|un|une) ?"
     r"(?:projets?|plans?|idee|intention|offre|proposition)s? (?:de |d')"
     r"(?:livrer|envoyer|fournir|donner|ceder|transferer|preter|financer|livraison|envoi|fourniture|don|transfert)\b|"
     # (the noun, alone or ending a compound, "Pläne" folded to "plane": not the verb "plant"
     # nor "planmäßig"; an order in between is placed, see status_cues.find_status_cues)
     r"(?:plane|plan|plans|vorhaben|vorhabens|absicht|absichten) "
     rf"(?:{_WORD} ){{0,14}}(?:aufgegeben|fallen ?gelassen|verworfen|auf ?eis gelegt)\b|"
     # ... and the headline's words for it, with what is called off: "scraps transfer of
     # shells", "called off a planned transfer of 15 tanks", "drops tank delivery"
     r"scrap(?:s|ped|ping)?\b|call(?:s|ed|ing)? off\b|"
     r"drop(?:s|ped|ping)? (?:(?:its|the|a|plans? for|planned) )*(?:[\w-]+ )?(?:transfer|delivery|shipment|handover)s?\b|"
     rf"(?:hat|haben|hatte|hatten|wurde|wurden) (?:{_WORD} ){{0,14}}(?:abgesagt|storniert|gestrichen)\b|storniert\w*|"
     # A promise withdrawn is one taken back: "withdrew its pledge of ten jets", "a retiré
     # son offre de", "hat seine Zusage über zehn Kampfjets zurückgezogen" (the German
     # verb last, the middle field with the things taken in).
     # (any determiner or none: "withdrew an offer of", "withdraws offer of" as headlines put it)
     r"(?:withdr(?:ew|awn|aws|awing|aw)|retract(?:s|ed|ing)?|revok(?:e|es|ed|ing)) (?:(?:its|their|the|his|her|a|an|this|that) )?"
     r"(?:(?:earlier|previous|initial|original) )?(?:[\w-]+ ){0,2}?(?:pledge|offer|promise|commitment)s?\b|"
     r"(?:retir\w*|revenu\w* sur|revient sur|reviennent sur) (?:sa|son|ses|leur|leurs|l'|la|le) ?"
     r"(?:promesse|offre|engagement|proposition)s?\b|"
     rf"(?:zusage|angebot|versprechen)\w* (?:{_WORD} ){{0,12}}(?:zuruckgezogen|zuruck)\b"),
    ("discussed",
     # A request examined is a question still open (first: at one position the first
     # alternative that matches wins, and "studying" alone is a cue too): "is studying a Ukrainian request for",
     # "examinent une demande ukrainienne de", "prüft die Anfrage aus Kiew" (the request
     # word alone gives nothing: see "requested").
     # A refusal to say whether it will give leaves the giving open, not refused: "a refusé de dire
     # si Berlin livrerait", "declined to say whether it would send", "refused to confirm if" (the
     # giving verb taken in, so neither the refusal nor the conditional reads on its own)
     rf"(?:refus|declin)\w* (?:de |d'|to )(?:dire|preciser|confirmer|indiquer|say|confirm|specify|disclose|reveal) "
     rf"(?:si |s'|whether |if )(?:{_WORD} ){{0,6}}?(?:livr|fourn|envo|enverr|cede|transf|send|deliver|supply|provid|giv|"
     r"hand|transfer)\w*|"
     rf"(?:consider|stud(?:y|ies|ied|ying)|examin|review|weigh|assess|evaluat|look\w* (?:at|into)|discuss)\w* "
     rf"(?:{_WORD} ){{0,3}}(?:requests?|appeals?|pleas?|demands?)\b|"
     rf"(?:examin|etudi|discut|analys|consider|pench\w* sur)\w* (?:{_WORD} ){{0,3}}(?:demandes?|requetes?|sollicitations?)\b|"
     rf"(?:pruf|berat|diskut|erwag)\w* (?:{_WORD} ){{0,3}}(?:\w*anfrage\w*|bitte|\w*forderung\w*|\w*wunsch\w*)\b|"
     # Talks about a giving told as a noun take it in, so the giving word does not promise
     # on its own: "in talks with Germany about the joint financing of", "in Gesprächen mit
     # Deutschland über die gemeinsame Finanzierung von", "en pourparlers pour la livraison de".
     rf"{_TALKS_ABOUT_A_GIVING}|"
     # Money or things a veto still holds up are undecided, not refused (the lead's ruling):
     # "remain blocked by Hungary's veto", "restent bloqués par le veto de la Hongrie",
     # "bleiben durch das Veto Ungarns blockiert" (longer than "blocked" and "veto", which it wins over)
     r"(?:remains?|remained|stays?|stayed|(?:is|are|was|were) still|still) blocked(?: by (?:[\w'-]+ ){0,3}vetos?)?|"
     r"(?:reste|restent|restait|restaient|(?:est|sont) toujours|toujours) bloque(?:e|s|es)?(?: par (?:le |un |son |leur )?veto)?|"
     rf"(?:bleiben|bleibt|blieben|blieb|(?:ist|sind) (?:weiter(?:hin)?|noch immer|immer noch)) (?:{_WORD} ){{0,5}}?blockiert|"
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
     # talks with the giver named before their things: "talks with Greece on older Mirage jets are continuing",
     # "des discussions avec la Grèce sur", "Gespräche mit Griechenland über" (talks_partners.py reads the giver)
     rf"talks with (?:{_WORD} ){{1,4}}?(?:on|about|over)\b|"
     rf"(?:discussions|negociations|pourparlers) (?:sont en cours |se poursuivent )?avec (?:{_WORD} ){{1,4}}?"
     r"(?:sur|au sujet d)|"
     rf"(?:gesprache|verhandlungen) mit (?:{_WORD} ){{1,4}}?uber\b|"
     # (shipping and lending too: "could ship 800,000 more next year if funding holds")
     rf"negotiat\w*|(?:could|might|can) (?:{_WORD} ){{0,2}}(?:send|provide|supply|deliver|give|donate|transfer|receive|get|ship|hand over|lend)\b|"
     # ("may" is no modal before "to": "agreed in May to send" names the month)
     rf"may (?:{_NOT_TO} (?:{_WORD} )?)?(?:send|provide|supply|deliver|give|donate|transfer|receive|get|ship|hand over|lend)\b|"
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
     r"(?:sets?|setting|attach\w*|lays? down) (?:\w+ )?conditions (?:for|on)|"
     # the verb's forms only: "conditionnement" (packaging) and "conditionnel" are no condition
     r"conditionn(?:e|es|ent|ee|ees|er|era|erait|eraient)\b|"
     # ... and a giving held possible only on a condition, the giving its subject: "Sending jets
     # would only go ahead if parliament changes the law", "l'envoi de missiles ne serait
     # envisagé que si", "eine Lieferung käme nur in Frage, wenn" (the stated condition)
     r"would (?:only |just )?(?:go ahead|be (?:considered|possible|an option))\b|"
     r"(?:ne )?serai(?:t|ent) (?:envisagee?s?|possibles?|examinee?s?)\b|"
     r"kam(?:e|en) (?:nur |allenfalls |erst |hochstens )?(?:dann )?in (?:frage|betracht)\b|"
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
     # ... the passing on of what another bought, its new holder named between ("genehmigte die
     # Bundesregierung den Niederlanden die Weitergabe von 18 Panzerhaubitzen an Kiew")
     rf"(?:erlaub|genehmig|billig)\w* (?:{_WORD} ){{0,6}}(?:weitergabe|wiederausfuhr\w*|reexport\w*)\b|"
     rf"(?:export\w*|ausfuhr\w*|wiederausfuhr\w*|weitergabe) (?:{_WORD} ){{0,10}}(?:genehmigt|erlaubt|bewilligt)|"
     r"export (?:approval|licen[cs]es?|permits?)|\w*exportgenehmigung\w*|(?:autoris|approuv|valid)\w* (?:l'exportation|la reexportation)|"
     # ... and the licence named by what it allows: "granted Excalibur Army a licence to export 40
     # howitzers", "une licence pour exporter", "eine Lizenz zur Ausfuhr von" (to a firm: the state
     # lets it sell)
     r"licen[cs]es? to (?:export|re-?export|sell|supply|ship)|licences? (?:d'exportation|d'export|pour exporter)|"
     r"\w*lizenz\w* (?:zur|fur die) ausfuhr|\w*(?:ausfuhr|export)lizenz\w*|"
     # ... and so does a sale approved to Ukraine (a foreign military sale: Ukraine still
     # has to buy): "approved the possible sale of", "a approuvé la vente", "den Verkauf genehmigt"
     rf"(?:approv|approuv|authori[sz]|autoris|clear)\w* (?:{_WORD} ){{0,4}}(?:possible |potential |eventuelle )?(?:sales?|vente)\b|"
     rf"\w*verkauf\w* (?:{_WORD} ){{0,14}}(?:genehmigt|bewilligt|gebilligt)|(?:genehmig|billig|bewillig)\w* (?:{_WORD} ){{0,3}}\w*verkauf\w*|"
     # A purchase proposed, the buying verb inside the proposal (an offer under discussion, no purchase): "has
     # proposed buying shells", "a proposé d'acheter des obus", "hat vorgeschlagen, Granaten ... zu kaufen" (told
     # before the proposal's own word, which would end the match first)
     r"propos\w* (?:to buy|buying|to purchase|purchasing|d'acheter|l'achat)\b|"
     rf"(?:vorgeschlagen|schlug|schlagt|schlagen),? (?:{_WORD},? ){{0,10}}(?:zu (?:kaufen|beschaffen|erwerben)|vor,? "
     rf"(?:{_WORD} ){{0,10}}zu (?:kaufen|beschaffen|erwerben))\b|"
     r"open to|suggest\w*|propos\w*|hesita\w*|reluctan\w*|undecided|"
     # "se penche sur l'envoi de", "est ouverte à la livraison", "offen für die Lieferung";
     # a decision outstanding: "eine Entscheidung ... steht noch aus"
     r"pench\w* sur|ouvert(?:e|s|es)? a (?:la |l'|une |un |des |de nouv\w* |d'autres )|offen fur\b|"
     # looking at giving ("was looking at sending more air defence"); a decision still to
     # take ("n'a pas encore pris de décision", "will decide on", "décidera", "will ... entscheiden")
     # (... or at whether things can go: "looking at whether some of our howitzers can be spared")
     r"look(?:s|ed|ing)? at(?:[\"'?])? (?:sending|supplying|providing|delivering|giving|donating|transferring|whether)\b|"
     r"n'(?:a|ont|avait|avaient) pas (?:encore )?pris (?:de|aucune) decision|"
     r"(?:will|to|would|'ll) decide (?:on|about|whether|if|next|this|soon|later|by|in|within)\b|"
     r"decider(?:a|ont)\b|(?:doit|doivent|devrait|devraient|va|vont) (?:\w+ )?decider\b|"
     # a motion to give, whatever its fate, asks the government to (special_pieces/motions.py): "failed with a
     # motion to send cruise missiles", "une motion visant à livrer des missiles", "scheiterte mit einem Antrag,
     # zusätzlich Marschflugkörper zu liefern" (review 64)
     r"motions? (?:to|visant a|demandant de) (?:send|supply|deliver|give|provide|livrer|envoyer|fournir|ceder)\b|"
     rf"antrag\w*,? (?:{_WORD} ){{0,4}}zu (?:liefern|schicken|ubergeben|uberlassen|entsenden)\b|"
     # a vote still to come is a decision still to take: "will vote next week on", "votera
     # sur", "doit voter", "soll ... abstimmen"
     r"(?:will|to|is due to|is set to|is expected to) vote (?:on|next|this|later|soon|in|before)\b|"
     r"voter(?:a|ont)\b|(?:doit|doivent|devrait|devraient|va|vont) (?:\w+ )?voter\b|"
     rf"(?:will|wollen|soll|sollen|wird|werden) (?:{_WORD} ){{0,10}}abstimmen\b|"
     rf"(?:will|wollen|soll|sollen|wird|werden) (?:{_WORD} ){{0,10}}(?:uber|daruber) (?:{_WORD} ){{0,8}}entscheiden\b|"
     r"(?:steht|stehen|stand|standen) (?:aber |jedoch |allerdings |bislang |bisher )?(?:noch|weiterhin|weiter) aus\b|"
     # a decision left open, or still to fall: "hat eine Entscheidung über die Lieferung
     # ... weiter offengelassen", "eine Entscheidung soll in den kommenden Wochen fallen",
     # "left the decision open", "la décision reste ouverte"
     rf"entscheidung (?:{_WORD} ){{0,12}}(?:offen|offengelassen|offengehalten)\b|"
     # ... and so is a giving itself left open, with no word for the decision: "hat eine
     # Lieferung von ... weiter offen gelassen", "lässt die Entsendung ... offen", "left open
     # whether it would send", "laisse ouverte la question de", "n'a pas tranché"
     r"offen ?gelassen|offen ?gehalten|"
     rf"(?:lasst|liess|lassen|liessen) (?:{_WORD} ){{0,12}}(?:weiter |weiterhin |vorerst |noch )?offen\b|"
     r"(?:left|leaves|leaving|leave|keeps?|kept|keeping) (?:it |the question |the door )?open (?:whether|if|to)\b|"
     rf"laiss\w* (?:ouverte|en suspens) la question|laiss\w* la question (?:{_WORD} ){{0,8}}(?:ouverte|en suspens)|"
     r"n'(?:a|ont|avait|avaient) pas (?:encore )?tranche|"
     rf"entscheidung (?:{_WORD} ){{0,3}}(?:soll|sollte|wird|durfte|konnte) (?:{_WORD} ){{0,8}}fallen\b|"
     r"(?:left|leaves|leaving|keeps?|kept|keeping) (?:the |a |its )?decision (?:\w+ )?open|decision (?:is |was |remains? |stays? )?open\b|"
     r"decision (?:reste|restait|demeure) (?:encore )?ouverte|laiss\w* (?:la )?decision ouverte|"
     rf"discut\w*|discussions?|envisag\w*|etudi\w*|reflechi\w*|reflexion|"
     # a resolve to keep aid going is a stance, not an announcement: "s'est dit déterminé à
     # maintenir le ravitaillement en munitions", "is determined to keep supplying", "ist
     # entschlossen, ... fortzusetzen" (the labelling rules call it discussed)
     # (a quote may close on the word: "« déterminé » à maintenir")
     r"(?:determine|determinee|determines|determinees|resolu|resolue|resolus)\W{0,3} a (?:maintenir|poursuivre|continuer)|"
     rf"determined\W{{0,3}} to (?:keep|maintain|continue|sustain)|entschlossen,? (?:{_WORD},? ){{0,8}}(?:fortzusetzen|aufrechtzuerhalten|fortzufuhren)|"
     # (the question inverts its subject: "pourrait-il envoyer", "peut-elle livrer")
     rf"(?:pourrai(?:t|ent)|peu(?:t|vent))(?:-t)?(?:-(?:il|elle|on|ils|elles))? (?:{_WORD} ){{0,3}}(?:fournir|livrer|envoyer|donner|ceder|transferer|recevoir|etre)|"
     r"n'exclu\w* pas|ne pas exclure|en discussion|negoci\w*|sugger\w*|hesit\w*|reticen\w*|"
     # ... with a financing or buying noun as its object, which alone reads as a promise:
     # "erwägt (dagegen), sich an der Finanzierung ... zu beteiligen", "prüft die Finanzierung von",
     # "erwägt eine Beteiligung an der Mitfinanzierung" (finite forms only: "nach Prüfung
     # die Finanzierung beschlossen" decided it). The longer cue wins the overlap;
     # written before the bare verbs, which would match first.
     rf"(?:erwag|pruf|diskutier)(?:t|en|te|ten)(?: {_WORD}){{0,2}},? (?:{_WORD} ){{0,4}}(?:(?:mit)?finanzierung\w*|beschaffung|ankauf|kauf)\b|"
     rf"erwag\w*|pruf(?:t|en|ung|e\b)\w*|gepruft|diskut\w*|berat(?:en|t|ung)\w*|"
     # ("berät" folds to "berat", its past is "beriet": "berät noch über die Abgabe")
     r"berat\b|beriet(?:en)?\b|im gesprach|gesprache?n?\b|debatt\w*|"
     # talking about a giving ("um über die Lieferung von Taurus zu sprechen") weighs it, as
     # "zu beraten" does
     rf"uber (?:{_WORD} ){{0,8}}(?:zu )?(?:sprechen|reden|sprach|sprachen|redete|redeten)\b|"
     rf"konnte\w* (?:{_WORD} ){{0,6}}(?:liefern|schicken|bereitstellen|erhalten|bekommen|uberlassen|abgeben|abtreten)|"
     # a decision not taken yet: "eine Entscheidung über Kampfpanzer sei noch nicht gefallen"
     # (told by the verb phrase alone, with its adverbs: the discussed automaton stays small)
     r"\b(?:ist|sei|war|ware) (?:(?:noch|bisher|bislang|dagegen|ebenfalls|auch|aber|jedoch) )*nicht gefallen\b|"
     # (with an adverb after the negation: "schließt ... nicht kategorisch aus", "nicht
     # länger aus", "nicht mehr aus"; and the infinitive: "will ... nicht ausschließen")
     rf"{_SCHLIESST} (?:{_WORD} ){{0,12}}nicht (?:{_WORD} ){{0,2}}aus\b|nicht ausgeschlossen|nicht aus(?:zu)?schlie(?:ss|s)en|verhandl\w*|vorschlag\w*|zogert\w*|zogern|verhandelt"),
    # Buying for Ukraine: contracts, orders, procurement. The record keeps the item's
    # category ("a contract for 155 mm shells" is ammunition in production).
    ("production",
     # things made with a donor's money, its payer named by the money ("Mit norwegischem Geld werden
     # in der Ukraine 24 Haubitzen gebaut", "with Norwegian money", "avec de l'argent norvégien",
     # "grâce à des fonds danois", "mit Geld aus Norwegen"): bought from their makers, as the Danish
     # model buys (round 55; the money told as named before, "with the money", is sentence_reading's)
     rf"(?:mit|with|avec|grace a) (?:de l'|des |du )?{_NATION_ADJECTIVE} (?:geld|geldern|mitteln|money|funds|funding|fonds|financement)\b|"
     rf"(?:mit|with|avec|grace a) (?:de l'|des |du )?(?:argent|fonds|financements?) {_NATION_ADJECTIVE}|"
     r"(?:mit|with|avec) (?:geld|money|funds|argent|fonds) (?:aus|from|de|du|venant de) [\w'-]+|"
     rf"(?:contracts?|contrats?|\w*vertrag\w*|\w*auftrag\w*) (?:to|for|pour|de|d'|zur|uber|fur) (?:{_WORD} ){{0,1}}{_WORD}|contracts?|ordered|ordering|orders? for|"
     # the verb to come, as headlines tell it: "Pentagon to order interceptors" ("in
     # order to" holds neither)
     r"(?:to|will|would) order|"
     # ... and in the present, with what is ordered for Ukraine: "Dutch order 600 drone
     # interceptors for Kyiv", "Britain orders drones for Ukraine"
     rf"orders? (?:{_WORD} ){{1,5}}for (?:ukraine|kyiv|kiev)\b|"
     # helping Ukraine make things is paying its industry: "will help Ukraine produce
     # long-range drones", "aider l'Ukraine à fabriquer des drones"
     r"help(?:s|ed|ing)? (?:ukraine|kyiv|kiev) (?:to )?(?:produce|build|make|manufacture)|"
     r"aid\w* (?:l'ukraine|kiev) a (?:produire|fabriquer|construire)|"
     # (a maker's order told by whom it came from: "has received an order from the German
     # government for eight IRIS-T systems")
     r"(?:an |the )?orders? from (?:the )?(?:[\w-]+ ){0,2}(?:government|ministry|army|armed forces|pentagon)|"
     r"procurement|procure[sd]?|procuring|"
     # A sale to Ukraine is a contract, not a gift: "has sold 40 howitzers to Ukraine", "a
     # vendu à l'Ukraine 16 obusiers", "hat 20 Schützenpanzer an die Ukraine verkauft" (the
     # French verb's own forms: "vendredi" is Friday)
     rf"(?:sold|sells|selling|to sell|will sell) (?:(?:{_WORD} ){{0,6}}to (?:ukraine|kyiv|kiev)|ukraine|kyiv|kiev)\b|"
     r"(?:vend|vendu|vendus|vendue|vendues|vendra|vendront|vendait|vendent|vendre) "
     rf"(?:(?:{_WORD} ){{0,6}})?(?:a l'ukraine|a kiev)\b|"
     rf"verkauf(?:t|te|ten|en) (?:{_WORD} ){{0,8}}(?:an die ukraine|an kiew|der ukraine)\b|"
     rf"(?:an die ukraine|an kiew|der ukraine) (?:{_WORD} ){{0,8}}verkauf(?:t|te|ten)\b|"
     # an order placed with a maker: "has placed a $522 million order with Raytheon for"
     r"plac(?:e|es|ed|ing) (?:an? |the )?(?:[\w$.,-]+ ){0,3}orders?\b|orders? with\b|"
     r"contrats?|command(?:e|es|ee|ees|er)\b|"
     r"vertrag\w*|vertrage\w*|"
     r"bestell\w*|auftrag\b|auftrage\w*|rahmenvertrag\w*|"
     r"awarded (?:a |an )?(?:[\w$.,-]+ ){0,3}contract|"
     # A maker paid or commissioned to make: "will pay Thales £1bn to make missiles",
     # "beauftragt Rheinmetall mit der Herstellung von", "a chargé KNDS de produire".
     rf"pa(?:y|ys|ying|id) (?:{_WORD} ){{1,6}}to (?:make|produce|build|manufacture)\b|"
     # ... or lent to make more, a loan's giver being the lender: "the EIB will lend €600 million to
     # Ukrainian defence manufacturers to expand production", "prêtera ... aux industriels
     # ukrainiens pour accroître leur production" (the makers paid are paid to make, as above)
     r"(?:lend|lends|lending|lent|loan|loans|loaned) (?:[^ .;]+ ){1,8}to (?:produce|manufacture|"
     r"(?:expand|increase|boost|ramp up|scale up|step up) (?:their |its |arms |weapons |defen[cs]e )?(?:production|output))\b|"
     # (German, the purpose after its comma: "leiht ukrainischen Rüstungsfirmen 400 Millionen Euro, um
     # ihre Produktion auszuweiten")
     r"(?:leih(?:t|en|e)|verleih(?:t|en)|lieh(?:en)?) (?:[^ .;]+ ){1,8}um (?:ihre |deren |die )?(?:produktion|fertigung|"
     r"herstellung) (?:auszuweiten|auszubauen|zu steigern|zu erhohen|hochzufahren)\b|"
     r"(?:pret(?:e|ent|era|eront|erait|eraient)|(?:a|ont) prete) (?:[^ .;]+ ){1,10}pour (?:produire|fabriquer|"
     r"(?:accroitre|augmenter|developper|renforcer) (?:leur |sa )?(?:production|capacite de production))\b|"
     rf"commission(?:s|ed|ing)? (?:{_WORD} ){{1,4}}to (?:make|produce|build|manufacture|supply|deliver)\b|"
     # ... in French and German too: "paiera des fabricants ukrainiens pour produire 300 drones",
     # "stellt ukrainischen Drohnenherstellern 2 Milliarden Kronen zur Fertigung von Abfangdrohnen
     # bereit" (makers given money to make)
     rf"(?:pai(?:e|ent|era|eront|erait|eraient)|pay(?:er|era|eront|e|ent)|(?:a|ont) paye|financ\w*) (?:{_WORD} ){{1,8}}"
     r"pour (?:produire|fabriquer|construire)\b|"
     # (the German verb's bracket, "stellt ... bereit", as wide as the promise it would lose to)
     rf"stell(?:t|en|te|ten) (?:{_WORD} ){{0,3}}\w*(?:hersteller|produzent|bauer|firmen|unternehmen)n? (?:{_WORD} ){{0,6}}"
     rf"(?:zur|fur die) (?:fertigung|herstellung|produktion) (?:{_WORD} ){{0,6}}(?:bereit|zur verfugung)\b|"
     rf"\w*(?:hersteller|produzent|bauer|firmen|unternehmen)n? (?:{_WORD} ){{0,6}}(?:zur|fur die) (?:fertigung|herstellung|produktion)\b|"
     rf"beauftrag\w* (?:{_WORD} ){{1,6}}mit der (?:herstellung|produktion|fertigung|lieferung)\b|"
     rf"mit der (?:herstellung|produktion|fertigung|lieferung) (?:{_WORD} ){{0,10}}beauftragt\b|"
     rf"charg(?:e|ee|es|ent)\b (?:{_WORD} ){{1,4}}de (?:produire|fabriquer|livrer)\b|"
     # Making counted things for Ukraine, as a maker tells its order: "Rheinmetall will
     # produce 150,000 shells for Ukraine", "KNDS France fabriquera 12 canons Caesar pour
     # l'Ukraine", "... für die Ukraine zu fertigen" (the things keep their category; the
     # maker stands for its country, config/entities.toml `firms`)
     # (the things counted right after the verb: not "build a coalition for")
     # ("make" is left out: "will make 500 million euros available for Ukraine")
     rf"(?:produc(?:e|es|ing)|build|builds|building|manufactur(?:e|es|ing))\b "
     rf"(?:up to |more than |about |some )?{_MADE_COUNT} (?:{_WORD} ){{0,5}}for (?:ukraine|kyiv|kiev)\b|"
     rf"(?:produir\w*|fabriqu(?:er|era|eront|e|ent)|construir\w*) (?:jusqu'a |plus de |environ )?{_MADE_COUNT} "
     rf"(?:{_WORD} ){{0,5}}pour (?:l'ukraine|kiev)\b|"
     # (German: the order's infinitive, "... für die Ukraine zu fertigen"; "für die Ukraine
     # wieder Granaten produzieren" is output in general)
     # (and the maker's own verb, bare: "soll Artilleriemunition für Kiew fertigen", and
     # before its things, as a headline tells the order: "fertigt 180.000 Granaten für die Ukraine")
     rf"fur (?:die )?(?:ukraine|kiew|kyjiw) (?:{_WORD} ){{0,3}}(?:zu fertigen|herzustellen|fertigen)\b|"
     rf"fertig(?:t|en|te|ten) (?:{_WORD} ){{1,6}}fur (?:die )?(?:ukraine|kiew|kyjiw)\b|"
     # A donor paying for counted things to be made: "va consacrer 900 millions de livres à la
     # fabrication à Glasgow de 3 000 missiles", "will spend £900 million on the manufacture of
     # 3,000 missiles", "gibt 900 Millionen Pfund für die Herstellung von 3.000 Raketen aus"
     # (the place may stand between; the count right after "de", "of", "von")
     # (the sum's source may stand between: "1,5 milliard de livres, tirées de sa part du prêt du G7 ...,")
     rf"(?:consacr|financ|pa[iy]|depens)\w* (?:{_WORD},? ){{0,20}}?a la (?:fabrication|production|construction) "
     rf"(?:(?:a|en|au|aux|dans) (?:{_WORD} ){{1,2}})?(?:de |d')(?:jusqu'a |plus de |environ )?{_MADE_COUNT}\b|"
     rf"(?:spen[dt]|spends|spending|pa(?:y|ys|id|ying)) (?:{_WORD} ){{1,8}}?(?:on|for) (?:the )?"
     rf"(?:making|manufacture|manufacturing|production|building) (?:(?:in|at) (?:{_WORD} ){{1,2}})?of "
     rf"(?:up to |more than |about |some )?{_MADE_COUNT}\b|"
     rf"fur die (?:herstellung|fertigung|produktion) (?:(?:in|im) (?:{_WORD} ){{1,2}})?von "
     rf"(?:bis zu |mehr als |rund |etwa )?{_MADE_COUNT}\b|"
     # ... and paying for the making itself, its things its direct object told by a count or as more
     # of the kind named before: "finance la production de plusieurs dizaines d'autres", "funds the
     # production of 12 more", "finanziert die Herstellung weiterer Haubitzen" (made for Ukraine, not
     # yet given; the making of a kind, "finances the production of weapons in Ukraine", is
     # sentence_reading's making paid for)
     rf"(?:financ|pa[iy])(?:e|ent|era|eront|ait|aient) (?:la |l')(?:fabrication|production|construction) (?:de |d')"
     rf"(?:{_MADE_COUNT}|plusieurs|quelques|dizaines|centaines|autres)\b|"
     rf"(?:funds?|funded|finances?|financed|pa(?:ys|id|ying) for) the (?:production|manufacture|making|construction) of "
     rf"(?:{_MADE_COUNT}|more|further|additional|several|dozens)\b|"
     rf"finanzier(?:t|en|te|ten) (?:die|den) (?:herstellung|produktion|fertigung|bau) (?:von )?"
     rf"(?:{_MADE_COUNT}|weiterer|mehrerer|zusatzlicher|dutzender)\b|"
     # (the German perfect and passive put the verb last, the making and its count first: "hat die
     # Herstellung von 12 Haubitzen finanziert", "Die Fertigung von zwölf Haubitzen wird von Dänemark bezahlt")
     rf"(?:die|der|den) (?:herstellung|produktion|fertigung|bau) (?:von )?(?:{_MADE_COUNT}|{_GERMAN_COUNT}|weiterer|"
     rf"mehrerer|zusatzlicher|dutzender)\b (?:{_WORD} ){{0,6}}(?:finanziert|bezahlt)\b"),
    # Making: factories, lines, manufacturing, capacity. What is made is recorded as
    # category "production" (labelling rules: "production capacity" is its own record).
    ("manufacture",
     r"manufactur\w*|factory|factories|co-?produc\w*|joint ventures?|coentreprises?|gemeinschaftsunternehmen|"
     r"production lines?|production capacity|capacity to produce|"
     r"lignes? de production|capacite de production|capacite de produire|usines?|"
     r"\w*produktionslinie\w*|produktionskapazit\w*|produzier\w*|herstell(?:en|t|te|ten|ung\w*)\b|fertigung\w*|fabrik\w*|"
     r"hochfahren|hochgefahren|werke?\b|wieder aufgenommen|"
     # An arms plant, in English "plant" as often as "factory": named by what it makes ("an
     # ammunition plant"), built or opened ("will build a plant"), or placed in Ukraine or
     # told by its making ("a plant in western Ukraine", "a plant to make barrels") - not
     # the verb, and not a power plant (status_cues._POWER_PLANT_BEFORE).
     r"(?:ammunition|munitions|arms|weapons?|shell|drone|missile|rocket|explosives?|powder|gunpowder|artillery|"
     r"armou?r|tank|production|manufacturing|assembly|defen[cs]e) plants?|"
     r"(?:build|builds|built|building|open|opens|opened|opening|set up|sets up|setting up|construct\w*|launch\w*) "
     r"(?:(?:a|an|the|its|their|two|three|several|new|joint|second|first|own) ){0,2}plants?|"
     r"plants? (?:in|near) (?:[\w-]+ ){0,2}(?:ukraine|ukrainian)|"
     r"plants? (?:to|that (?:will |would )?|which (?:will |would )?)(?:make|makes|produce|produces|build|builds|manufacture)\b|"
     # German "fertigen" in any clause: "will ... 1.000 Drohnen in der Ukraine fertigen"
     r"fertig(?:en|t|te|ten)\b|gefertigt|"
     # (a plant named by what it makes: "ein eigenes Munitionswerk"; not "Feuerwerk")
     r"(?:munitions|rustungs|panzer|granaten|drohnen|raketen|pulver)werke?\b"),
    # Output in general ("the rate of production"): production only when something
    # changes it (see status_cues._OUTPUT_CHANGE) or a contract, order or factory is named too.
    ("output",
     # A maker's making begun is output, no delivery (the "begun" of deliveries is another cue; this one is
     # longer, and output gives no record unless it changes, status_cues): "hat mit der Serienfertigung von
     # Granaten begonnen", "has begun serial production of shells", "a commencé la production en série d'obus"
     rf"mit der (?:serien|massen)?(?:fertigung|produktion|herstellung) (?:{_WORD} ){{0,8}}(?:begonnen|begann|beginnt)\b|"
     r"(?:has |have |had )?(?:begun|began|begins|started|starts) (?:the )?(?:serial |series |mass |full-rate )?"
     r"(?:production|manufacturing|manufacture) of\b|"
     r"(?:a|ont|avait) (?:commence|lance|demarre) la (?:production|fabrication)(?: en serie)? (?:de |d')|"
     r"production|produc(?:e|es|ed|ing)\b|produire|fabrication|cadences?|\w*produktion\w*|output"),
    ("delivered",
     # a past funding told with the auxiliary of a delivered participle before it, "a formé 1 500 soldats et
     # financé pour 200 millions", is paid (the lead's ruling of stop 59, below; first, so that at the auxiliary
     # it wins over the first participle's own cue, which tells the same status)
     r"(?:has|have|had) (?:already |also |so far )?(?:trained|delivered|sent|supplied|provided|donated|given|"
     rf"transferred|paid|disbursed) (?:{_WORD} ){{0,10}}?and (?:also )?funded\b|"
     r"(?:a|ont|avait|avaient) (?:deja |aussi |egalement )?(?:forme|livre|envoye|fourni|cede|donne|transfere|verse)"
     rf"(?:e|s|es)? (?:{_WORD} ){{0,10}}?et (?:aussi |egalement |deja )?finance(?:e|s|es)?\b|"
     # a training taken on in the past is a training given, as one taken on to come is promised (below): "took on
     # the training of 200 marines", "a assuré la formation de 40 pilotes", "übernahm die Ausbildung von 150
     # Soldaten", "hat die Ausbildung von 150 Soldaten übernommen"
     r"(?:took|(?:has|have|had) (?:already )?taken) (?:on|over) (?:the )?training\b|"
     r"(?:a|ont|avait|avaient) (?:deja )?assure (?:la |l')(?:formation|entrainement)\b|"
     r"ubernahm(?:en)? (?:\w+ ){0,2}(?:die |der )?ausbildung\b|"
     rf"(?:hat|haben|hatte|hatten) (?:{_WORD} ){{0,3}}?(?:die )?ausbildung (?:{_WORD} ){{0,6}}?ubernommen\b|"
     # a service done: "has repaired 200 howitzers", "a remis en état 80 chars" (round 52r)
     r"(?:has|have|had) (?:already |so far |now )?(?:repaired|serviced|overhauled|mended)|"
     r"(?:a|ont|avait|avaient) (?:deja )?(?:repare|remis en etat|revise)(?:e|s|es)?\b|"
     # (an adverb of time may stand between: "has so far supplied", "have previously sent")
     r"(?:has|have|had) (?:already |so far |thus far |previously |also |now )?(?:sent|provided|supplied|donated|transferred|shipped|handed|given)|"
     # "Poland was the first (country) to send tanks": a giving done, told by who led it
     r"(?:was|were) the first (?:\w+ ){0,2}to (?:send|deliver|supply|provide|donate|give|hand over|transfer)|"
     r"(?:a ete|fut|avait ete) (?:le|la) premier(?:e)? (?:\w+ ){0,2}a (?:livrer|envoyer|fournir|ceder|donner|transferer)|"
     r"already (?:sent|provided|supplied|donated)|(?:was|were|been) (?:sent|delivered|provided|supplied|donated|given|handed|"
     r"transferred|handed over|shipped|received)|arrived|handed over|"
     # (the pronoun splits the phrasal verb: "we handed them over in October")
     r"handed (?:it|them) over|"
     # (an adverb may stand between: "ont officiellement livré", "ont en revanche fourni";
     # the first person too, a minister answering: "nous avons livré six Mirage")
     r"(?:a|ont|avait|avaient|avons|avions) (?:\w+ment |en revanche |pour leur part |pour sa part |aussi |egalement |deja |enfin |"
     r"elle-meme |lui-meme |eux aussi |elle aussi |lui aussi |jusqu'ici |jusqu'a present |a ce jour |au total |"
     rf"en tout |notamment |{FRENCH_SENTENCE_ADVERB})?(?:deja )?"
     r"(?:livre|fourni|envoye|donne|cede|transfere|remis|forme)(?:e|s|es)?\b|livrees?|"
     # ("not only" given in the past: "n'a pas livré seulement des chars, mais aussi des obus"; the refusal
     # that the negation would read is left out: cue_qualifiers._ONLY_AFTER_THE_VERB)
     r"(?:a|ont|avait|avaient) pas (?:livre|fourni|envoye|donne|cede|transfere)(?:e|s|es)? (?:seulement\b|uniquement\b|que\b|qu')|"
     # (the masculine singular only with its agent, as "livre" is also a book: "un obusier livré par les
     # États-Unis en 2022")
     r"livres (?:a|aux|par|en|avec)|livre par (?:la |le |les |l')|(?:ete|sont|deja) (?:livre|fourni|envoye|cede|transfere|arrive|remis|forme)(?:e|s|es)?\b|"
     # things received, told in the passive: "les obus promis ont bien été reçus"
     r"ete recu(?:e|s|es)?\b|"
     r"fourni[es]* (?:a|aux|par|avec)|est arrive\w*|arrive[es]* en ukraine|"
     # other French participles with their agent or recipient: "cédés par la France",
     # "remis aux forces ukrainiennes", "transférés à Kiev"
     # (or with a partner: "fournis avec la Lettonie", see item_givers._JOINTLY_BEFORE)
     r"(?:cede|remis|transfere|envoye)(?:e|s|es)? (?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier) )?(?:a|aux|par|avec)\b|"
     # ... and the English participle with its day: "handed on Friday to a Ukrainian brigade"
     rf"handed (?:on {_WEEKDAYS} |last week |this week )?to\b|"
     # ... or closing a factbox line after the things, with no verb before ("- Avril 2023 :
     # 6 obusiers Caesar livrés."): kept only at the line's or clause's end (see
     # status_cues._BARE_FRENCH_PARTICIPLE), as "livre(s)" is also a book or pounds
     r"(?:livre|fourni|envoye|cede|transfere|remis)(?:e|s|es)?|"
     r"(?:have|has) (?:now )?(?:begun|started|completed|finished)|began|completed|complete[sd] (?:the )?(?:handover|transfer|delivery)|"
     r"handover|(?:supplied|provided|sent|donated|delivered|given|trained) (?:by|in|to)|now in ukraine|trained|"
     # French handover as a noun ("la remise de six canons"), and a delivery that took
     # place ("la livraison ... a eu lieu en février", "delivery ... took place in July")
     r"(?:la |leur |sa )remise (?:de|des|d')|"
     # a delivery told done by "effectuer" or "erfolgen": "la livraison, déjà effectuée, de 20 blindés",
     # "a effectué la livraison de", "die bereits erfolgte Lieferung von 20 Panzern"
     r"(?:livraisons?|envois?|cessions?|transferts?),? (?:deja |bien )?effectuee?s?\b|"
     r"(?:a|ont|avait|avaient) (?:deja |bien )?effectue (?:la |les |l'|leur |sa |ses )?"
     r"(?:livraisons?|envois?|transferts?|cessions?)\b|"
     r"(?:bereits|schon) erfolgte[nr]? (?:lieferung|ubergabe)\w*|"
     rf"(?:deliver(?:y|ies)|handover|livraisons?|remise|lieferung\w*) (?:{_WORD} ){{0,8}}"
     r"(?:took place|a eu lieu|ont eu lieu|erfolgte|ist erfolgt|fand statt|"
     r"(?:a|ont|avait|avaient) (?:deja )?ete effectuee?s?|"
     # ... or was complete: "the delivery of two surveillance aircraft was complete"
     r"(?:was|were|is|are|has been|have been|had been) (?:now )?(?:complete|completed|finished)\b)|"
     # A delivery or training someone oversaw, organised or led in the past (a profile's
     # biography, round 56): "the officer who oversaw the delivery of 300 Bradleys",
     # "organised the training of 4,000 soldiers", "a supervisé la livraison de", "cinq années
     # marquées par la livraison des premiers F-16", "der die Lieferung von 18 Panzern
     # organisierte", "hatte die Ausbildung von 10.000 Soldaten verantwortet" (the German
     # present "organisiert" is also the passive's participle, "wird ... organisiert": only
     # after "hat"/"hatte")
     r"(?:oversaw|organi[sz]ed|supervised|coordinated|managed|handled|(?:was|were) (?:in charge of|responsible for)) "
     r"(?:the )?(?:first |early )?(?:deliver(?:y|ies)|handovers?|transfers?|shipments?|training)\b|"
     r"(?:a|avait|ont|avaient) (?:\w+ment )?(?:supervise|organise|coordonne|pilote|dirige|gere)e?s? (?:la |les |l')"
     r"(?:livraisons?|remise|transferts?|formation|envois?)\b|"
     r"marquee?s? (?:notamment )?par (?:la |les |l')(?:livraisons?|remise|arrivee|envois?)\b|"
     rf"(?:lieferung|ubergabe|ausbildung)\w* (?:{_WORD} ){{0,14}}(?:organisierte|koordinierte|verantwortete|leitete|uberwachte|betreute)n?\b|"
     rf"(?:hat|hatte|haben|hatten) (?:{_WORD} ){{0,3}}(?:die |der )(?:lieferung|ubergabe|ausbildung)\w* (?:{_WORD} ){{0,14}}"
     r"(?:organisiert|verantwortet|koordiniert|geleitet|uberwacht|betreut)\b|"
     r"(?:ont|a|avait|avaient) (?:deja |bien )?commence|commencent|acheve\w*|termine[es]*|deja en ukraine|"
     # training told as going on is under way: "die Ausbildung ... läuft weiter", "training
     # ... continues", "la formation ... se poursuit"
     rf"(?:ausbildung|training)\w* (?:{_WORD} ){{0,8}}(?:(?:lauf(?:t|e|en)|geh(?:t|e)|gingen?) "
     rf"(?:{_WORD} ){{0,2}}weiter|(?:wird|werden) (?:{_WORD} ){{0,2}}fortgesetzt)\b|"
     # ... and continued: "setzt die Ausbildung ukrainischer Soldaten fort"
     rf"setz(?:t|en|te|ten) (?:{_WORD} ){{0,3}}(?:ausbildung|training)\w* (?:{_WORD} ){{0,4}}fort\b|"
     # ... and finished, in the separable present: "schließen ihre Ausbildung an F-16 ab",
     # "schließt die Lieferung von vier Booten ab" (as "abgeschlossen" is)
     rf"{_SCHLIESST} (?:{_WORD} ){{0,4}}(?:ausbildung|lieferung|ubergabe)\w* (?:{_WORD} ){{0,10}}ab\b|"
     rf"training (?:{_WORD} ){{0,8}}(?:continues|is continuing|goes on|is going on)\b|"
     rf"formation (?:{_WORD} ){{0,8}}(?:se poursui(?:t|vra)|continue)\b|"
     # ... and told actively, of Ukrainian trainees: "poursuit la formation de pilotes
     # ukrainiens", "continue de former des soldats ukrainiens", "continues to train Ukrainian
     # recruits" (not a country training its own troops, nor Kyiv training its brigades:
     # "Ukraine continues to train new brigades"; "continues to train them" is missed)
     r"poursui(?:t|vent) (?:(?:en revanche|egalement|aussi|par ailleurs|toutefois|cependant|pourtant) )?"
     r"(?:la |sa |leur |l')(?:formation|entrainement) (?:[\w'-]+ ){0,4}ukrainien\w*|"
     r"continu(?:e|ent) (?:a|de) former (?:[\w'-]+ ){0,4}ukrainien\w*|"
     r"continu(?:es|e|ing) (?:to train|training) (?:[\w,-]+ ){0,3}ukrain\w*|"
     # ... and hosted: a country that hosts Ukrainian soldiers for training trains them ("Greece also
     # hosts Ukrainian sailors for training courses", "accueille des soldats ukrainiens pour des stages
     # de formation", "nimmt ukrainische Soldaten zur Ausbildung auf"; fix 60b)
     r"(?:hosts|is hosting|has hosted|hosted) (?:[\w-]+ ){0,2}ukrainian (?:[\w-]+ ){0,2}(?:soldiers|troops|pilots|marines|"
     r"sailors|recruits|servicemen|personnel|crews|cadets) (?:for|on) (?:[\w-]+ ){0,3}(?:training|exercises|courses)\b|"
     r"accueill(?:e|ent|ait|aient) (?:aussi |egalement |deja |par ailleurs |en outre )?(?:des |les |de )?(?:[\w-]+ )?"
     r"(?:soldats|militaires|pilotes|marins|recrues|cadets) ukrainiens (?:pour|en) (?:des |une |un |leur )?"
     r"(?:(?:stages?|sessions?|cours|exercices) (?:de |d')?)?(?:formation|entrainement)\b|"
     rf"(?:nimmt|nehmen|empfangt|empfangen) (?:{_WORD} ){{0,2}}ukrainische (?:{_WORD} ){{0,1}}(?:soldaten|piloten|"
     r"marinesoldaten|matrosen|rekruten|kadetten) (?:zur|zu|fur) (?:ausbildung|\w*lehrgang|\w*lehrgangen|\w*ubung\w*|\w*training)\w*|"
     # (money transferred is delivered: "hat der Ukraine 1,4 Milliarden Euro überwiesen")
     r"handed (?:ukraine|kyiv|kiev)\b|"
     # ... and the present of handing over, as a headline or a ceremony tells the handover done: "Czech initiative
     # hands Ukraine its 500,000th shell", "Germany hands over 15 Gepard" (a handover has no time to come of its
     # own: "will hand over" and "to hand over" are promises; a date to come makes it one, future_dates.py)
     r"hands (?:over )?(?:ukraine|kyiv|kiev)\b|hands over\b|"
     # ... as does the bare French present with its recipient or its things after it: "La France remet 15 canons
     # Caesar à l'Ukraine", "remet à l'Ukraine ses premiers F-16" (not "remet en état", a repair, nor with its things
     # between, "remet ses chars en état", status_cues._PUT_BACK_FR; not "remet en cause",
     # "remet à plus tard", a delay; a time to come makes it a promise, handovers_to_come.py)
     r"(?:remet|remettent) (?:a (?:l'ukraine|kiev|kyiv|l'armee ukrainienne)|aux (?:forces|troupes|soldats|militaires|"
     r"ukrainiens)|les|des|ses|leurs|nos|\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|trente|"
     r"cent)\b|"
     # ... and money as the subject of its going to Kyiv: "5 billion euros from Germany went to
     # Kyiv", "800 millions d'euros sont allés à Kiev", "flossen 2 Milliarden Euro an Kiew"
     # (a sum's word before the verb: a minister who went to Kyiv paid nothing)
     r"(?:euros?|dollars?|pounds|crowns|kronor|kroner|francs|million|billion|milliards?|millions?)(?: [\w'-]+){0,4}? "
     r"(?:went|flowed|have gone|has gone|were paid|was paid|were transferred|was transferred) to (?:ukraine|kyiv|kiev)\b|"
     r"(?:euros?|dollars?|milliards?|millions?)(?: [\w'-]+){0,4}? (?:sont alles|est alle|ont ete verses|a ete verse) "
     r"a (?:l'ukraine|kiev|kyiv)\b|"
     r"\bfloss(?:en)? (?:[\w.,'-]+ ){0,10}?(?:an|nach|in die) (?:kiew|kyjiw|ukraine)\b|"
     # the German separable simple past of arriving: "trafen im Juni ein", "kamen in Kiew an" (its
     # particle must close the clause: status_cues reads "trafen ein Abkommen" as no arrival; the middle field
     # may hold a partitive with its giver and a place: "trafen die ersten sechs der von Spanien zugesagten
     # Haubitzen in der Ukraine ein", twelve words)
     rf"(?:traf|trafen) (?:{_WORD} ){{1,14}}?ein|(?:kam|kamen) (?:{_WORD} ){{1,14}}?an|"
     r"\w*geliefert|\w*gezahlt|zahlte\w*|ubergeben|ubergab\w*|uberreichte\w*|lieferte\w*|eingetroffen|angekommen|ubersandt|geschickt|bereitgestellt|uberwiesen|"
     # (the simple past with Ukraine as who is paid: "überwies der Ukraine 300 Millionen Euro"; "die Ukraine
     # überwies ... an einen Hersteller" buys)
     rf"uberwies\w* (?:{_WORD} ){{0,8}}?(?:der ukraine|an die ukraine|kiew|nach kiew)\b|"
     # a gift made, and jets landed where they were sent: "hat ... geschenkt", "have
     # landed in Ukraine", "ont atterri en Ukraine", "sind in der Ukraine gelandet"
     r"geschenkt|landed in (?:ukraine|kyiv|kiev)|atterri\w* en ukraine|in der ukraine gelandet|"
     # things told as in Ukraine already: "half of them are already in Ukraine", "sont déjà en
     # Ukraine", "sei bereits in der Ukraine" (the adverb needed: "are in Ukraine" is also where a
     # donor's own forces stand)
     r"(?:is|are) (?:already|now already) in ukraine|(?:est|sont) deja en ukraine|"
     r"(?:ist|sind|sei|seien) (?:bereits|schon) in der ukraine|"
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
     # an die Ukraine abgegeben"; a list of things with its commas in it, closed by "und" and
     # words of three letters or more, no "zu" of an infinitive: "hat der Ukraine Hubschrauber,
     # Haubitzen und Munition überlassen", not "hat sich entschieden, ... zu überlassen")
     rf"(?:hat|haben|habe|hatte|hatten) (?:{_WORD} ){{0,10}}(?:{_WORD}, ){{1,6}}(?:{_WORD} ){{0,6}}(?:und|sowie)"
     r"(?: [\w-]{3,}){1,4} (?:uberlassen|abgegeben|ubergeben|uberreicht|geliefert)\b|"
     rf"(?:hat|haben|habe|hatte|hatten|wurden?) (?:{_WORD} ){{0,18}}(?:uberlassen|abgegeben|ausgebildet|trainiert|geschult|ubergeben|uberreicht|beliefert)|begonnen|begann|"
     # giving as a way of life: "has been sending shells for months"
     # (and "has been quietly supplying")
     r"(?:has|have|had) been (?:\w+ly )?(?:sending|supplying|providing|delivering|shipping|giving|donating)|"
     # thanks for something given: "thanked Britain for the tanks", "dankte Deutschland
     # für die Lieferung", "a remercié la France pour les canons"
     rf"(?:thank(?:s|ed|ing)?|remerci\w*|dank(?:e|t|te|ten|en)|bedank\w*) (?:{_WORD} ){{0,4}}(?:[?\"] ?)?(?:for|pour|fur)\b|"
     # (a second one thanked added by "ainsi que", "as well as", "sowie": "a remercié la Suède ainsi que
     # la Norvège pour les obusiers"; givers.py gives the things to the one added)
     rf"(?:thank(?:s|ed|ing)?|remerci\w*|dank(?:e|t|te|ten|en)|bedank\w*) (?:{_WORD} ){{1,3}}"
     rf"(?:ainsi que|as well as|sowie|de meme que) (?:{_WORD} ){{1,3}}(?:[?\"] ?)?(?:for|pour|fur)\b|"
     # ... and the thanks said, not told: "Thank you, Lithuania, for", "Merci à la Suède pour",
     # "Danke an Finnland für" (the one thanked named between)
     rf"(?:thank you,? |merci (?:a |au |aux )|danke an )(?:{_WORD},? ){{1,4}}(?:for|pour|fur)\b|"
     # (German puts the verb last: "hat sich bei Norwegen für 20 Panzer bedankt", "hat den Niederlanden für
     # die gelieferten F-16 gedankt")
     rf"(?:hat|haben|hatte|hatten) sich (?:{_WORD} ){{0,4}}fur (?:{_WORD} ){{0,12}}bedankt\b|"
     rf"(?:hat|haben|hatte|hatten) (?:{_WORD} ){{0,4}}fur (?:{_WORD} ){{0,12}}gedankt\b|"
     # A delivery welcomed has been made: "welcomed the first delivery of F-16s", "a
     # salué la livraison des premiers F-16", "hat die Lieferung der ersten F-16 ... begrüßt"
     # (a plan welcomed, "welcomed the planned delivery", is none of these).
     r"(?:welcom|hail|prais|salu|begrus|lob(?:t|te)\b)\w* (?:[\w-]+ ){0,2}?(?:the |la |l'|le |les |die |der )?"
     r"(?:first |premiere |latest |derniere |recent |erste |jungste |letzte )?"
     r"(?:deliver(?:y|ies)|arrival|handover|livraisons?|arrivee|remise|lieferung|ankunft|ubergabe)\b"
     # (where it arrived may stand before what: "the arrival in Ukraine of the first Gripen jets")
     r"(?: (?:in|to) (?:ukraine|kyiv|kiev) of| en ukraine (?:de|des|du|d')| a kiev (?:de|des|du|d'))?|"
     rf"(?:die |der )?(?:lieferung|ankunft|ubergabe) (?:{_WORD} ){{0,12}}begruss?t\b|"
     # A sending told as recent has been made, whoever confirms it: "confirmed the recent delivery of 155 mm
     # shells", "confirme en revanche l'envoi récent de munitions", "bestätigte die jüngste Lieferung von
     # Munition" (a fact check's finding beside the claim it denies; a sending "planned" or "next" is none)
     r"(?:the |its |their )?recent (?:deliver(?:y|ies)|shipments?|transfers?|handovers?) of\b|"
     r"(?:l'|les |son |leur |ses |leurs )(?:envois?|livraisons?|transferts?) (?:tout )?recents? (?:de|des|du|d')|"
     r"(?:la |les |sa |leur |ses |leurs )(?:livraisons?|remise) (?:tout )?recentes? (?:de|des|du|d')|"
     r"(?:die |der |ihre |seine )(?:jungste|kurzliche|kurzlich erfolgte|vor kurzem erfolgte) (?:lieferung|ubergabe)\w*\b|"
     # (and "supplied", the simple past of background paragraphs: "Italy and France jointly supplied a
     # SAMP/T system to Ukraine in 2023"; a future, "will be supplied", is a longer cue of its own)
     # training told in the present is under way: "Portugal also trains Ukrainian pilots", "Portuguese
     # instructors also help train Ukrainian pilots", "la France forme des pilotes ukrainiens" (the
     # singular "trains" and the instructors as subject: "will train" is a promise of its own)
     rf"trains (?:{_WORD} ){{0,3}}?(?:ukrainian|ukraine's)\b|"
     r"(?:instructors|trainers) (?:also |still |currently |now )?(?:help |helps )?(?:to )?train\b|"
     rf"(?:forme|forment|entraine|entrainent) (?:aussi |egalement |actuellement |deja )?(?:des|les) (?:{_WORD} ){{0,2}}?ukrainien(?:ne)?s\b|"
     r"abgeschlossen|sent|delivered|donated|transferred|gave|supplied|geleistet|(?:a|ont|avait|avaient) (?:deja )?fait don|"
     # money paid out is delivered: "has disbursed", "has paid into the fund", "a versé"
     # (and "paid out" told in the past or as headline news: "EU pays out first tranche"; not
     # where money will come from, "to be paid out of next year's budget", see status_cues;
     # the bare past "paid" with its sum right after it, "Sweden paid 40 million euros into
     # the fund", where "paid for" and "to be paid" name no payment made)
     r"disbursed|(?:has|have|had) (?:already |now |also )?paid|paid out|pays out|"
     # a past funding is money paid, delivered (the lead's ruling of stop 59, as the real set labels
     # its one case): "has funded", "a financé", "hat ... finanziert" ("will fund" promises)
     # (the buying it paid for taken in, which alone would promise: "has funded the purchase of")
     r"(?:has|have|had) (?:already |now |also |jointly |fully |partly ){0,2}funded"
     r"(?: the (?:purchase|acquisition|procurement|production|manufacture|delivery) of)?\b|"
     r"(?:a|ont|avait|avaient) (?:deja |aussi |egalement |entierement |integralement |conjointement ){0,2}"
     r"finance(?:e|s|es)?(?: (?:l'achat|l'acquisition|la production|la fabrication|la livraison) (?:de|d'|des|du))?\b|"
     rf"(?:hat|haben|hatte|hatten) (?:{_WORD} ){{0,12}}?finanziert\b|"
     # (the recipient may come first: "paid Ukraine the first 10 billion euros", "paid Kyiv
     # another $500 million")
     r"paid (?:ukraine|kyiv|kiev) (?:the |its |a |an )?(?:first |second |third |next |final |last |another |further |additional )?"
     # (the currency as agencies write it, a sign or an ISO code: "paid Ukraine EUR 1.5 billion";
     # only where Ukraine is who is paid: "Ukraine paid USD 300 million for drones" buys them)
     r"(?:tranche of )?(?:about |around |nearly |almost |over |some )?(?:(?:[$€£]|eur|usd|gbp|us\$|c\$|a\$) ?)?\d[\d.,]*|"
     r"paid (?:about |around |nearly |almost |over |some |another |a further |an additional )?(?:[$€£] ?)?\d[\d.,]*|"
     # (a sentence adverb may stand between: "a par ailleurs versé", "ont toutefois décaissé")
     rf"(?:a|ont|avait|avaient) (?:deja |aussi |egalement |{FRENCH_SENTENCE_ADVERB})?(?:deja )?(?:verse|decaisse)\b|"
     # ... and the participle after the money's noun, paid out before: "un don de 500 millions de
     # dollars pour des drones, déjà versé en octobre", "a grant ..., already paid out", "bereits ausgezahlt"
     r"deja (?:verse|decaisse)e?s?\b|already (?:paid out|disbursed)|bereits ausgezahlt\b|"
    # ... and its passive: "la moitié des 500 millions a été versée", "ont été décaissés"
    r"(?:a|ont|avait|avaient) (?:deja )?ete (?:deja )?(?:verse|decaisse)e?s?\b|"
     # ... and the German separable "zahlt ... aus", "zahlte ... aus" (disburses: money
     # handed over; its "aus" must close the clause, and a time to come makes it a promise,
     # see status_cues.find_status_cues)
     rf"zahl(?:t|en|te|ten) (?:{_WORD} ){{1,12}}aus|"
     # the German simple past ("schickte", "spendete") and the French gift ("a offert
     # douze canons"; "a offert de livrer" is an offer, left to the other cues)
     r"schickte\w*|sandte\w*|spendete\w*|(?:a|ont|avait|avaient) (?:deja )?offert (?:a|aux|des|du|ses|son|sa|leurs|"
     r"un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|vingt|trente|cinquante|cent|\d+)\b|"
     # the passive of "zur Verfügung stellen": "wurden ... zur Verfügung gestellt"
     r"zur verfugung gestellt|(?:a|ont) (?:deja )?permis de (?:livrer|fournir|envoyer|remettre)|"
     # a handing over a donation (or money) made possible, told in the past, happened: "made it
     # possible to hand over 250 drones", "a permis de remettre" (above), "hat es ermöglicht, 250
     # Drohnen zu übergeben" ("would make it possible to" is a promise: no past, no match)
     r"(?:made|has made|have made|had made) it possible to (?:hand over|deliver|supply|transfer)|"
     rf"(?:(?:hat|haben|hatte|hatten) es (?:{_WORD} ){{0,2}}ermoglicht|ermoglichten? es),? (?:{_WORD} ){{0,10}}"
     r"zu (?:ubergeben|liefern)\b|"
     # What reached Ukraine or the front was delivered ("the last batch reached Ukraine",
     # "reaches Ukraine"; "will reach Ukraine" is a promise, see _FUTURE_BEFORE),
     # "sont parvenus en Ukraine", "haben die Front erreicht").
     r"reach(?:ed|es)? (?:the )?(?:ukraine|kyiv|kiev|front(?:[- ]?line)?|ukrainian (?:forces|troops|army|soldiers|units|brigades))|"
     r"parvenu\w* (?:en ukraine|a kiev|au front)|(?:ont|a) atteint (?:l'ukraine|le front)|"
     r"(?:die ukraine|kiew|die front) erreicht|"
     # Training under way is training delivered: "is training Ukrainian pilots", "les
     # Pays-Bas forment des pilotes" (German "bildet ... aus" is split: no item word to read).
     r"(?:is|are|'re) (?:now |currently |already |also )?training|"
     # ... and the German present, split around its trainees: "bildet ukrainische Soldaten aus"
     rf"bilde(?:t|n) (?:{_WORD} ){{1,8}}aus\b|"
     # ... and its present passive: "1200 ukrainische Soldaten werden in Deutschland ausgebildet" (the
     # future, "sollen ... ausgebildet werden", is the longer promise and wins); the middle field may hold a
     # time and the system trained on, twelve words ("werden seit Anfang der Woche ukrainische Soldaten am
     # Flugabwehrsystem Patriot ausgebildet": nine words, beyond the eight read before stop 63)
     rf"(?:wird|werden) (?:{_WORD} ){{0,12}}ausgebildet|"
     # "trainieren derzeit ukrainische Piloten" (German "train" with whom it trains)
     # (or "schulen", and the place and the count between: "schulen derzeit in Västerås 50
     # ukrainische Piloten", round 52r)
     r"(?:trainier|schul)(?:t|en|te|ten) (?:(?:derzeit|bereits|schon|weiterhin|auch|nun|jetzt) )?(?:in [\w-]+ )?"
     r"(?:\d[\d.]* )?(?:\w+ )?"
     r"(?:ukrainische\w*|soldat\w*|pilot\w*|rekrut\w*|besatzung\w*|\w*piloten)|"
     # (a count may stand before the trainees: "forment actuellement quelque 2 300 soldats",
     # "trains 300 Ukrainian soldiers")
     r"(?:forme|forment|entraine|entrainent) (?:(?:des|les|deja|actuellement|encore|aussi|egalement|quelque|environ|"
     r"plus de|pres de) ){0,3}(?:\d[\d .,]*\s)?"
     r"(?:pilotes|soldats|militaires|recrues|equipages|troupes|mecaniciens|techniciens|infirmiers|ukrainiens)|"
     # training helped with, as factbox lines tell it: "instructors have helped train Ukrainian recruits",
     # "des instructeurs ont aidé à former", "Ausbilder haben geholfen, ukrainische Rekruten auszubilden"
     r"(?:has|have|had) (?:also )?helped (?:to )?train\b|(?:a|ont) (?:aussi )?aide a (?:former|entrainer)\b|"
     rf"(?:hat|haben) (?:{_WORD} ){{0,3}}geholfen, (?:{_WORD} ){{0,4}}auszubilden\b|"
     r"trains (?:(?:now|currently|about|some|around|more than|nearly) ){0,2}\d[\d,.]* (?:more |new )?(?:ukrainian )?"
     r"(?:soldiers|troops|pilots|recruits|crews|personnel)|"
     # French imperfect of giving ("le pays fournissait auparavant dix-huit Caesar") and
     # trainees trained ("les pilotes formés pendant plusieurs mois").
     r"(?:fournissai|livrai|envoyai|cedai)(?:t|ent)|form(?:e|es|ee|ees) (?:pendant|en|au|aux|par|dans)|"
     # Deliveries that recur are under way: "delivers about 3,000 tonnes of fuel every month",
     # "liefert monatlich rund 3.000 Tonnen Treibstoff", "livre chaque mois" (a present with
     # a frequency tells what is being handed over, no promise)
     # (in the verb's own clause: no comma but a number's, "liefert der Ukraine, die täglich
     # angegriffen wird, ..." is no daily delivery; and not "daily", the attacks' word)
     r"(?:delivers|supplies|sends|ships) (?:[\w.'-]+(?:,\d+)* ){0,8}?(?:every|each) (?:month|week)\b|"
     r"(?:delivers|supplies|sends|ships) (?:monthly|weekly|regularly)\b|"
     r"(?:liefert|liefern|schickt|schicken) (?:[\w.-]+(?:,\d+)? ){0,6}?(?:monatlich|wochentlich|regelmassig|"
     r"jeden monat|jede woche)\b|"
     r"(?:livre|livrent|fournit|fournissent|envoie|envoient) (?:[\w'.-]+(?:,\d+)? ){0,4}?(?:chaque (?:mois|semaine)|"
     r"tous les mois|toutes les semaines|mensuellement|regulierement)\b|"
     # Arrivals and use: what is in Ukraine or in service has been delivered ("F-16s
     # arrive", "l'arrivée des premiers", "sont désormais en Ukraine", "now in use",
     # "opérationnel", "im Einsatz"), and a delivery told as past ("after the delivery
     # of", "après la livraison de", "nach der Lieferung").
     r"arrives?|arriving|arrivals?|arrivee?s?|arrivent|ankunft|"
     r"(?:est|sont) (?:desormais |maintenant |deja )?(?:en ukraine|operationnel\w*|en service)|"
     r"(?:desormais|maintenant) operationnel\w*|now in (?:use|service)|in use|in service|entered service|"
     r"im einsatz|in dienst gestellt|"
     # ... and things that reached Ukraine: "sind ... mehr als eine Million Granaten in die Ukraine gelangt"
     r"(?:in die ukraine|nach kiew|an die front) gelangt\b|"
     # ... and jets flying over Ukraine already: "volent déjà au-dessus de l'Ukraine", "are already
     # flying over Ukraine", "fliegen bereits über der Ukraine" (the adverb needed: a plan to fly is none)
     r"vol(?:e|ent) deja|(?:already|now) (?:fly|flies|flying)|(?:are|is) (?:already|now) flying|"
     r"fliegen (?:bereits|schon)|"
     # ... and shown at work by those who have them: "its German Leopard tanks in action", "ses
     # canons Caesar français en action" (round 52r); the things of another's footage ("Russian
     # footage showed the German Leopard tanks in action shortly before they were destroyed") may
     # be shown at their loss, no delivery
     r"(?:its|their|our|ses|leurs|nos) (?:[\w'-]+ ){0,5}?(?:in|en) action|"
     # ... and in combat: "sont engagés au combat", "used in combat", "an der Front eingesetzt"
     r"(?:engage|utilise|deploye)\w* (?:au|en|sur le|dans les?) (?:combats?|front)\b|"
     r"(?:used|deployed|flown|fighting) (?:in combat|at the front)|an der front (?:eingesetzt|im einsatz)|"
     # ... and combat use told as what the things did: "flew their first combat missions",
     # "carried out operational sorties", "played a key role in the counteroffensive", "ont joué
     # un rôle clé dans la contre-offensive", "sont utilisés par l'armée ukrainienne", "used by Ukraine's army", "werden
     # von der ukrainischen Armee eingesetzt" (the things are in Ukraine: delivered)
     r"(?:flew|flown|fly|flies|flying|carried out|conducted|completed) (?:(?:their|its) )?"
     r"(?:(?:first|initial) (?:combat |operational )?|(?:combat|operational) )(?:missions?|sorties)|"
     r"played an? (?:[\w-]+ )?role in (?:the )?(?:counter-?offensive|offensive|defen[cs]e of|battle)|"
     r"(?:ont|a|avaient|avait) joue un (?:[\w-]+ )?role (?:[\w-]+ )?(?:dans|lors de) (?:la |l'|les )?"
     r"(?:contre-offensive|offensive|defense|combats?|bataille)|"
     r"used by (?:ukraine's|the ukrainian|ukrainian) (?:army|armed forces|forces|troops|military|soldiers)|"
     r"utilise(?:e|s|es)? (?:[\w-]+ )?par (?:l'armee ukrainienne|les forces ukrainiennes|les troupes ukrainiennes|les ukrainiens)|"
     r"(?:est|sont|ont ete|a ete) (?:deja )?utilise(?:e|s|es)? (?:en ukraine|sur le front|au front)|"
     r"(?:von der ukrainischen armee|von den ukrainischen streitkraften|von ukrainischen (?:truppen|soldaten)|"
     r"in der ukraine) (?:[\w-]+ ){0,3}eingesetzt|"
     # ... and Ukraine as the subject that uses them: "Ukraine still uses Bayraktar TB2 drones from Turkey",
     # "l'Ukraine utilise toujours des drones", "Kampfdrohnen ... setzt die Ukraine weiterhin ein"
     r"(?:ukraine|kyiv|ukraine's (?:army|armed forces|forces|military|troops)|ukrainian (?:forces|troops|soldiers|units|crews)) "
     r"(?:(?:also|still|now|continues to|continue to|has|have|long) ){0,2}(?:uses|use|used|is using|are using|employs|deploys|deployed|operates)\b|"
     r"(?:l'ukraine|kiev|l'armee ukrainienne|les forces ukrainiennes|les troupes ukrainiennes) "
     r"(?:(?:utilise|utilisent|emploie|emploient|deploie|deploient)|(?:a|ont) (?:deja |aussi )?(?:utilise|deploye|engage))\b|"
     r"setz(?:t|en|te|ten) (?:die ukraine|kiew|die ukrainische armee|die ukrainischen streitkrafte|ukrainische truppen) "
     r"(?:[\w.-]+ ){0,8}ein\b|"
     r"(?:die ukraine|kiew|die ukrainische armee|die ukrainischen streitkrafte) (?:setzt|setzen|setzte|setzten) (?:[\w.-]+ ){0,9}ein\b|"
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
     # A drawdown to come, its sum and the stocks named: "will draw $250 million in weapons from its own stocks
     # for Ukraine", "is to draw down $400 million" (the Presidential Drawdown Authority's verb; drawn is sent)
     rf"(?:will|would|'ll|to|shall) draw(?: down)? (?:about |some |up to |another |a further )?(?:{_WORD} ){{0,1}}"
     r"(?:million|billion|bn|mln|m)?\b(?: [\w-]+){0,4}? from\b|"
     # A sum told as set aside for the purpose ("stehen im kommenden Jahr 7,1 Milliarden Euro
     # bereit", "7.1 billion euros will be available", "7,1 milliards d'euros seront disponibles"):
     # a budget's promise, its currency right before the word (review 61's budget committee)
     r"steh(?:t|en) (?:[\w,.-]+ ){0,6}(?:euro|dollar|pfund|franken|kronen) (?:bereit|zur verfugung)\b|"
     r"(?:euros?|dollars?|pounds?|crowns?) (?:will be|would be|are|is) (?:made )?available\b|"
     r"(?:euros|dollars|livres|couronnes) (?:sont|seront|serait|seraient) (?:disponibles|mis a disposition)\b|"
     # ... and a fund told with its endowment: "le Fonds d'assistance à l'Ukraine, doté de 5 milliards d'euros",
     # "a Ukraine Assistance Fund endowed with 5 billion euros", "ein Fonds, ausgestattet mit 5 Milliarden Euro" (the
     # sum set aside, its owner's promise; a large sum follows at once: "doté de deux canons" is equipment)
     r"dote(?:e|s|es)? (?:de |d')(?:plus de |environ |pres de )?\d[\d,. ]*(?:milliards?|millions?|mrd|mio)\b|"
     r"endowed with (?:more than |about |some )?(?:[$?]|eur |usd )?\d[\d,.]* ?(?:billion|million|bn|m)\b|"
     r"(?:ausgestattet|dotiert) mit (?:mehr als |rund |etwa )?\d[\d,.]* ?(?:milliarden?|millionen?|mrd|mio)\b|"
     # (German puts the participle last: "wurde ein Ukraine-Fonds mit 4 Milliarden Euro ausgestattet")
     r"mit (?:mehr als |rund |etwa )?\d[\d,.]* ?(?:milliarden?|millionen?|mrd\.?|mio\.?) (?:euro|dollar|kronen|franken|pfund) "
     r"(?:ausgestattet|dotiert)\b|"
     # Things stuck on their way are given but not yet there, whatever participle names them
     # ("shells donated by Lithuania are stuck at the border"): a promise, as "not yet arrived"
     # is; held up by a border, a port or protesters, no giver refuses them (the French cue
     # is longer than the refusal's "bloqués", which it wins over).
     r"(?:are|is|remains?|have been|has been) (?:still |now )?(?:stuck|stranded)\b|"
     r"(?:are|is|remains?) (?:still |now )?held up\b|"
     # (... or held where they wait: "have been held at a Polish port for weeks", "werden an der
     # Grenze festgehalten")
     r"(?:are|is|remains?|have been|has been) (?:still |now )?held (?:at|in) (?:an? |the )?(?:[\w-]+ )?"
     r"(?:border|port|harbou?r|terminal|crossing|customs|depot)\b|festgehalten\b|"
     # (a headline drops the auxiliary: "Des obus pour l'Ukraine bloqués à la frontière"; without
     # it only an agreeing participle, "a bloqué à la frontière" being a refusal)
     # ("sont retenus", held, as "are held at": only where they wait, "retenus" alone being chosen)
     r"(?:(?:(?:sont|est|restent|reste|demeurent) (?:toujours |encore |actuellement )?)(?:bloque|coince|immobilise|retenu)(?:e|s|es)?|"
     r"(?:bloque|coince|immobilise|retenu)(?:e|s|es))"
     r"(?: (?:depuis|pendant) [\w-]+(?: [\w-]+)?)? (?:a la frontiere|aux frontieres|au port|aux ports|dans (?:le|un) port|"
     r"a la gare|au terminal|au poste[- ]frontiere|a la douane|par des (?:agriculteurs|manifestants|grevistes|routiers|"
     r"dockers|camionneurs))|"
     rf"(?:hang|steck|sitz)(?:t|en|te|ten) (?:{_WORD} ){{0,14}}fest\b|festsitz\w*|festhang\w*|feststeck\w*|"
     # Aid cut to a sum is the sum still promised: "will cut its military aid to $4 billion",
     # "réduira son aide militaire à 4 milliards", "will die Militärhilfe auf 4 Milliarden
     # Euro halbieren" (the sum named; the cut alone promises nothing).
     # (the sum may follow a comma and be a number word: "réduire de moitié son aide
     # militaire à l'Ukraine l'an prochain, à 1,5 milliard", "auf vier Milliarden Euro
     # fast halbieren"; in German the verb may come first: "halbiert ... ihre
     # Militärhilfe ... auf 3,5 Milliarden Euro")
     rf"(?:cut|cuts|halve[sd]?|halving|reduce[sd]?|reducing|scale[sd]? back|trim(?:s|med)?) (?:{_WORD} ){{0,4}}"
     rf"(?:aid|assistance|support|funding|spending)\b (?:{_WORD},? ){{0,4}}to "
     rf"(?:about |around |some |roughly )?(?:\$|€|£|eur |usd )?(?:\d+|{_SUM_NUMBER_WORDS})\b|"
     rf"(?:redui\w*|ramen\w*|abaiss\w*) (?:{_WORD} ){{0,3}}(?:aide|soutien|enveloppe|budget)\b (?:{_WORD},? ){{0,6}}a "
     rf"(?:environ |quelque )?(?:\d+|{_SUM_NUMBER_WORDS})\b|"
     rf"(?:\w*hilfe|unterstutzung|etat|budget)\w* (?:{_WORD} ){{0,6}}auf (?:rund |etwa |knapp )?"
     rf"(?:\d[\d.,]*|{_SUM_NUMBER_WORDS}) (?:{_WORD} ){{0,3}}"
     r"(?:halbier|kurz|reduzier|senk|verringer|zusammenstreich)\w*|"
     # (the verb first: "halbiert im kommenden Jahr ihre Militärhilfe ... auf 3,5 Milliarden
     # Euro"; the aid noun and number words left out, for the automaton's size: the
     # sentence's items say what is cut)
     r"(?:halbier\w*|(?:kurz|senk|reduzier|verringer)(?:t|te|ten)\b) (?:[a-z'-]+ ){1,8}auf (?:rund |etwa |knapp )?\d|"
     # A giving put off is still promised, and says so itself (a refusal elsewhere in the
     # sentence does not reach it): "postponed until January the shipment of 40 vehicles",
     # "a reporté au printemps la livraison des chars" (the cue ends on the noun: "ses derniers"
     # after it is no last batch delivered, sentence_cues)
     rf"(?:postpon|delay|defer)\w* (?:{_WORD} ){{0,4}}(?:the |its |their )?(?:shipment|delivery|deliveries|transfer|handover)\b|"
     rf"(?:a|ont|avait|avaient) (?:encore |de nouveau )?(?:reporte|repousse|differe) (?:{_WORD} ){{0,4}}(?:la |les |l')?(?:livraisons?|envois?|transfert|remise)\b|"
     # ... and a promised number cut, the new figure the promise: "has cut the number of drones
     # it will send from 800 to 500", "a ramené le nombre de canons promis de 20 à 12", "Die Zahl
     # der zugesagten Panzer wurde von zwölf auf acht reduziert" (items.py reads the new figure)
     # (a promise word before "from": "the number of tanks it keeps in reserve" is a stock, no promise)
     r"(?:cut|cuts|reduced?|reduces|reducing|lowered|lowers|trimmed|trims|scaled back) (?:its |their |the )?"
     rf"(?:number|total) of (?:{_WORD} ){{0,6}}(?:promised|pledged|(?:it|they) (?:will|would) "
     r"(?:send|give|supply|deliver)|to (?:send|give|supply|deliver)|for ukraine|for kyiv|"
     r"(?:aid|support|assistance) (?:to|for) ukraine)\b|"
     rf"(?:reduit|ramene|abaisse|diminue)\w* (?:{_WORD} ){{0,4}}(?:le nombre|le total)\b|"
     rf"(?:die |der )?(?:an|gesamt)?zahl (?:{_WORD} ){{1,12}}(?:reduziert|verringert|gesenkt|gekurzt)\b|"

     r"(?:has|have|had) (?:now |also |already )?committed\b|"
     # ("will in addition give", "will additionally send": the adverb of a second giving, round 54p)
     rf"(?:will|'ll) (?:also |in addition |additionally )?(?:{_WORD} ){{0,1}}(?:send|provide|supply|deliver|give|donate|transfer|ship|fund|finance|train)|"
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
     # ... "will come" at a time to come ("its last F-16s will come next spring"; a decision
     # that will come promises nothing: sentence_cues.cues_as_the_sentence_reads)
     r"will come (?:next|this|in|by|before|early|later|within|soon)\b|"
     r"(?:en route|on (?:its|their|the) way|en chemin) (?:to|vers|pour|a destination de) (?:l'|the )?(?:ukraine|kyiv|kiev|front)\b|"
     r"auf dem weg (?:in die ukraine|nach kiew|an die front)|unterwegs (?:in die ukraine|nach kiew)|"
     # ... and told as leaving soon: "the first Gripen jets will leave for Ukraine in the coming
     # days", "les canons partiront pour l'Ukraine", "sollen ... in die Ukraine aufbrechen" (the
     # things as the subject, a plural noun or "they": people travelling are no cue, status_cues)
     r"\b(?:they|[\w-]+s|from [\w-]+) (?:will|are to|are due to|are set to|are expected to) (?:soon )?(?:leave|depart|set off|ship out) "
     r"(?:for|to) (?:ukraine|kyiv|kiev|the front)\b|"
     r"(?:will|are to|are due to|are set to|are expected to) (?:soon )?(?:leave|depart|ship out) (?:in the coming (?:days|weeks)|"
     r"within (?:days|weeks|a week|two weeks)|next (?:week|month))\b|"
     r"partir(?:a|ont) (?:\w+ ){0,3}?(?:pour|vers|a destination de) (?:l'ukraine|kiev|kyiv|le front)\b|"
     r"(?:in die ukraine|nach kiew|an die front) (?:aufbrechen|abfahren|verlegt werden|verschifft werden)\b|"
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
     # (the payer as the agent of a passive: "The shipment was paid for by Sweden and Norway")
     r"(?:(?:is|are|was|were|has been|have been) (?:fully |jointly |partly )?)?paid for by|"
     rf"(?:wird|werden|will|wollen|soll|sollen) (?:{_WORD} ){{0,20}}unterstutzen|"
     # (paying is giving: "Canada to fund ammunition for ...", "agreed to finance")
     r"to (?:send|provide|supply|deliver|give|donate|transfer|fund)\b|"
     # things added to a donor's aid: "would add 30 M113 carriers to its aid", "will add ... to the package"
     rf"(?:will|would|'ll|to) add (?:{_WORD} ){{0,8}}to (?:its|their|his|her|the|this|that) (?:aid|package|support|assistance|contribution|gift)\b|"
     # a handing over a donation will or would make possible (the past forms are deliveries):
     # "würde es ermöglichen, 250 Drohnen ... zu liefern", "wird es ermöglichen, ... zu
     # übergeben", "permettra de livrer", "permettrait de remettre"
     rf"(?:wurde|wurden|wird|werden|soll|sollen|konnte|konnten) es (?:{_WORD} ){{0,2}}ermoglichen,? (?:{_WORD} ){{0,10}}"
     r"zu (?:ubergeben|liefern|schicken)\b|"
     r"permettr(?:a|ont|ait|aient) (?:\w+ )?de (?:livrer|fournir|envoyer|remettre|transferer)\b|"
     # (the day told between: "agreed on Monday to add 5 billion euros")
     rf"(?:agreed|decided)(?: (?:on|late on|early on|last|this) (?:{_WEEKDAYS}|week|month))? to|"
     # agreeing on a package: "agreed a 5 billion euro top-up", "sich auf ein Paket
     # geeinigt", "se sont mis d'accord sur une enveloppe"
     r"agreed (?:on )?(?:a|an|the|new|further|another)\b|top-ups?|"
     r"geeinigt|einig(?:t|ten|en) sich|einigung (?:auf|uber)|"
     r"mis d'accord (?:sur|pour)|accord (?:sur|pour) (?:une|un|la|le|l')|"
     r"unveil(?:s|ed|ing)?|approve[sd]?|approving|offer(?:s|ed|ing)?\b|earmark\w*|allocat\w*|set(?:s|ting)? aside|"
     # a budget holding a sum, a government planning one (round 56): "this year's budget holds 9
     # billion euros", "the government plans 9.5 billion euros a year" (with the sum right after:
     # "plans a visit" is none)
     r"budgets? (?:holds|includes|contains|provides|foresees) (?:some |about |around )?[^\s\d]?\d|"
     r"plans? (?:to (?:spend|allocate|set aside|provide) )?(?:some |about |around |another |a further )?\$?\d[\d.,]* (?:billion|million|bn)\b|"
     # money moved to a purpose, told with the money: "werden 800 Millionen Kronen für Munition
     # umgeschichtet", "umgewidmet", "ont réaffecté 200 millions d'euros à", "ces fonds ont été réalloués"
     # (staff or units moved are no money: "hat Personal umgeschichtet"; the English "redirected"
     # also turns flights and attacks, read only with its sum, items.py)
     rf"(?:euro|dollar|kronen|pfund|franken|mittel|geld|millionen|milliarden|mrd\.|mio\.)\w* (?:{_WORD} ){{0,8}}?"
     r"(?:umgeschichtet|umgewidmet)\b|"
     rf"(?:euros?|dollars?|millions?|milliards?|fonds|credits) (?:{_WORD} ){{0,8}}?(?:reaffecte|realloue)e?s?\b|"
     rf"(?:reaffect|realloue|realloc)\w* (?:{_WORD} ){{0,4}}?(?:euros?|dollars?|millions?|milliards?|fonds|credits)\b|"
     # money written into a budget or its reserve for a purpose: "a inscrit 4 millions d'euros dans sa
     # réserve budgétaire pour des munitions", "a réservé", "a provisionné" (a budget line is a promise)
     # (the French sum right after: "a reserve of 50 million" is English, an article and a noun)
     rf"(?:a|ont|avait|avaient) (?:inscrit|reserve|provisionne|budgete)e?s? (?:{_WORD} ){{0,3}}?"
     r"(?:(?:millions?|milliards?) d(?:e |')|euros?\b|dollars?\b)|"
     # a minister's approval told as signing ("I signed off (today) on our next package"; "signed"
     # alone is left to the contracts it names)
     rf"sign(?:s|ed|ing)? off (?:(?:today|tonight|this morning|on {_WEEKDAYS}) )?on\b|"
     # a chamber passing a bill approves what it includes: "passed a $61 billion bill that
     # includes", "hat einen Nachtragshaushalt verabschiedet" (the bill named: "passed on",
     # "passed through Poland" give nothing); and so does one passing an aid package ("passed a
     # $48 billion military aid package", review 64)
     rf"pass(?:es|ed|ing)? (?:{_WORD} ){{0,6}}?(?:bills?|budgets?|laws?|legislation|measures?|supplementals?|"
     r"resolutions?|appropriations?|aid packages?)\b|verabschiedet(?:e|en)?\b|"
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
     # ... and so is leasing ("will lease Ukraine four transport aircraft", "vermietet der
     # Ukraine"); French "louer" is also "to praise", so the lease needs Ukraine as the
     # one it goes to ("va louer quatre avions à l'Ukraine"), and only in the forms that announce
     # a lease: the present "loue(nt)" folds with the participle of praise, "a loué les 40 canons
     # livrés à Kiev" (these patterns run on RE2: no look-around to tell them apart)
     r"leas(?:e|es|ing)\b|vermiet(?:et|en)\b|"
     rf"lou(?:er|era|eront) (?:{_WORD} ){{0,7}}a (?:l'ukraine|kiev|kyiv)\b|"
     # a package added to what was given is a promise of its own: "Am Montag kam ein
     # weiteres Paket über 500 Millionen Euro hinzu" (a package named: "hinzu kommen" also
     # lists what a delivery held; a sanctions package added is none, see status_cues)
     rf"(?:kam|kommt|kamen|kommen) (?:{_WORD} ){{0,4}}(?:\w*paket\w*|\w*zusage\w*|\w*tranche\w*) "
     rf"(?:{_WORD} ){{0,8}}hinzu\b|"
     # a government asking its parliament to grant what it announces, the vote the normal path
     # of its pledge (the lead's ruling, parliament_votes.py): "will ask lawmakers to approve 1
     # billion euros", "demandera aux députés de voter un crédit de", "wird den Bundestag bitten,
     # ... zu bewilligen", "will seek parliamentary approval for"
     # (what is voted taken in: the cue is then longer than the request "demandera aux députés de")
     rf"ask\w* (?:{_WORD} ){{0,2}}?(?:the )?{LEGISLATURE} (?:{_WORD} ){{0,2}}to (?:approve|vote (?:for|on)|pass|back|authori[sz]e)"
     rf"(?: (?:{_WORD} ){{0,3}}?(?:euros?|dollars?|pounds?|crowns?|kroner|kronor|credit|budget|package|funds?|funding|"
     r"bill|aid))?\b|"
     rf"seek\w* (?:{_WORD} ){{0,2}}(?:parliamentary|parliament's|congressional|congress's) (?:approval|backing)|"
     rf"demand\w* (?:{_WORD} )?(?:a|aux|au|a la) (?:{_WORD} ){{0,2}}?{LEGISLATURE} (?:{_WORD} ){{0,2}}"
     rf"(?:de voter|d'approuver|d'adopter)(?: (?:un|une|le|la|les|des) (?:{_WORD} )?(?:credit|budget|enveloppe|fonds|"
     rf"paquet|rallonge|aide)s?)?\b|"
     rf"(?:(?:bitt|ersuch)\w* (?:{_WORD} ){{0,3}}{LEGISLATURE}|{LEGISLATURE} (?:{_WORD} ){{0,3}}(?:bitten|ersuchen)),? "
     rf"(?:{_WORD} ){{0,10}}(?:zu bewilligen|zu billigen|zuzustimmen)\b|"
     # a parliament's approval: "billigte acht Milliarden Euro" (not "billigen", cheap)
     r"billigt(?:e|en)?\b|gebilligt|"
     # ... and its grant or its assent: "hat 3 Milliarden Euro bewilligt", "hat dem Paket zugestimmt"
     r"bewilligt(?:e|en)?\b|zugestimmt\b|"
     # Consent told as a noun, the mirror of "no to": "Berlin's yes to tanks", "oui aux chars", "Ja zu Panzern"
     r"(?:says? |'s )?yes to|oui (?:a|aux)|ja zu\w*|"
     # ("not only" in the present gives too: "ne livre pas seulement des chars, mais aussi des obus")
     r"(?:livre|livrent|fournit|fournissent|envoie|envoient) pas (?:seulement\b|uniquement\b|que\b|qu')|"
     r"livre (?:a|aux|des|du|ses|son|sa|leurs|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|"
     r"vingt|trente|quarante|cinquante|cent|de nouveaux|de nouvelles|d'autres|encore|enfin|\d+)|"
     # contributing money or to a fund ("will contribute $100 million", "contribute to the
     # PURL initiative"), not to an outcome ("tanks that contribute to the offensive")
     r"contribut\w* (?:an? |an additional |another |a further )?(?:[$?]|c\$|\d+|eur\b|usd\b)|"
     # ... and committing money ("committed SEK 5 billion to", "committing 20 billion crowns a
     # year"), not oneself ("committed to"); the count whole, so the closing word boundary
     # holds after "300" as after "5"
     r"commit(?:s|ted|ting) (?:an? |another |a further |an additional |up to )?(?:[$?]|[ca]\$|\d+|sek\b|nok\b|dkk\b|eur\b|usd\b|gbp\b|chf\b|pln\b)|"
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
     r"s'entrainer(?:a|ont)\b|(?:sera|seront) (?:\w+ )?(?:livre|envoye|fourni|cede|transfere|remis|donne|forme|entraine)(?:e|s|es)?\b|"
     r"(?:fourni|livre|donne|finance|forme|cede|envoie|consacre|alloue|verse|debloque|accorde|octroie|decaisse)r(?:a|ont|ons|ez|ait|aient)\b|s'appret\w* a (?:fournir|livrer|ceder|envoyer|donner)|"
     # money allotted is money promised, as "a débloqué" ("la France a alloué 4,6 milliards",
     # "ont déjà alloué"; allotted is not yet paid)
     r"(?:a|ont|avait|avaient) (?:deja |aussi |egalement |au total |jusqu'ici )?alloue(?:e|s|es)?\b|"
     # the French gerund of giving takes the tense of the verb it follows: "compensera en
     # versant 40 millions d'euros", "aidera l'Ukraine en livrant des obus" (a promise)
     # (the letter before the "r" is one a future stem ends on, as in sera, aura, fera, ira,
     # devra, viendra, pourra, livrera: "au front en livrant" tells a support, no future)
     r"\w*[aeiouydvr]r(?:a|ont) (?:(?:l'ukraine|kiev|aussi|egalement|notamment) )?en (?:versant|livrant|fournissant|envoyant|financant|"
     r"cedant|donnant|consacrant|debloquant|allouant)\b|"
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
     r"s'engage\w*|(?:s'|se )(?:etai\w* |est |sont |etre )?engage\w*|"
     # (an aside between the auxiliary and the participle: "s'est pour sa part engagée à former",
     # "se sont de leur côté engagés", "s'est elle aussi engagée")
     r"(?:s'|se )(?:etai\w*|est|sont) (?:pour (?:sa|leur) part|de (?:son|leur) cote|(?:elle|lui|eux|elles) aussi|"
     r"aussi|egalement|par ailleurs|en outre|de nouveau|deja|quant a (?:elle|lui)) engage\w*|"
     # ... and the German "verpflichtete sich (seinerseits), ... auszubilden", "hat sich verpflichtet, ... zu liefern"
     r"verpflichte(?:t|te|ten|n) sich\b|(?:hat|haben|hatte|hatten) sich (?:(?:seinerseits|ihrerseits|zudem|auch|ebenfalls|bereits) )?verpflichtet\b|"
     # (the first and second persons: "nous nous engageons à consacrer", "je m'engage à livrer")
     r"(?:nous nous|vous vous|je m'|m') ?engage\w*|engage[es]* a (?:fournir|livrer|envoyer|donner)|"
     r"promi[st]e?s?|promettre|promet\w*|"
     # the noun with what is promised, as a headline names it ("pas de décision sur les
     # avions, promesses de défense aérienne", as "pledges of air defence" reads)
     r"promesses? (?:de |d')|"
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
     # announcing a giving with its infinitive, "kündigte an, ... zu liefern", "hat angekündigt,
     # ... bereitzustellen": the announced giving is the clause's promise, whose own subject
     # gives (the bare "kündigte ... an" only announces, read when nothing else speaks)
     rf"(?:kundig(?:t|en|te|ten) (?:{_WORD} ){{0,4}}an|angekundigt),? (?:{_WORD},? ){{0,12}}"
     r"(?:zu (?:liefern|schicken|senden|ubergeben|uberlassen|spenden|finanzieren|kaufen|beschaffen|leisten)|"
     r"(?:ab|bereit|zur verfugung )zu(?:geben|stellen| stellen))\b|"
     r"in aussicht (?:gestellt|stellen|stellt|stellte)|"
     # "fera don de ses canons": giving in the future ("a fait don" is a delivery)
     r"fer(?:a|ont|ait|aient) don|(?:va|vont) faire don|"
     # Money passed through a mechanism to pay for things (review 55): "fera transiter 300 millions
     # d'euros par la Facilité européenne pour la paix", "will route / funnel EUR 300 million through
     # the EPF", "leitet 300 Millionen Euro über die Friedensfazilität weiter": the payer's promise,
     # the mechanism only the way (givers.py: a scheme "through" which money goes gives nothing)
     r"(?:(?:fer(?:a|ont|ait|aient)|(?:va|vont) faire|fai(?:t|sons)|font) transiter|transiter(?:a|ont)) "
     r"(?:environ |jusqu'a |encore )?[\d.,]+ (?:millions?|milliards?)\b|"
     r"(?:rout|funnel)(?:e|es|ed|s|ing|ling|led)? (?:about |some |up to |another |a further )?"
     r"(?:[a-z]{0,2}\$|€|£|eur |usd )?[\d.,]+ ?(?:million|billion|bn|mln|m)\b(?: [a-z]+){0,3}? (?:through|via)\b|"
     r"leite(?:t|n|te|ten) (?:rund |etwa |bis zu |weitere )?[\d.,]+ (?:millionen|milliarden|mio\.|mrd\.)(?: euro| dollar| kronen)? "
     rf"(?:{_WORD} ){{1,10}}weiter\b|(?:wird|werden|will|wollen|soll|sollen) (?:rund |etwa |bis zu |weitere )?[\d.,]+ "
     rf"(?:millionen|milliarden|mio\.|mrd\.)(?: euro| dollar| kronen)? (?:{_WORD} ){{1,10}}weiterleiten\b|"
     # (reported speech's Konjunktiv too: "wonach Warschau ... überlassen werde", "liefern wolle")
     r"(?:liefern|abgeben|schicken|uberlassen|geben) (?:will|wollen|werden|wird|werde|wolle|soll|sollen|solle|sollte|sollten|kann|konnte|konne)\b|"
     r"cre(?:e|ee|es|er)\b|augment\w*|doubl\w*|porter a|portant a|"
     # ... and told as done: "a porté à 1,2 milliard son enveloppe" (raised to: the new sum is
     # the promise), "a engagé 2 milliards" (committed; a sum right after it, as "engagés au
     # combat" is use), "doit encore livrer 12 avions" (still to deliver)
     r"(?:a|ont|avait|avaient) (?:\w+ ){0,2}porte (?:a\b|(?:son|sa|ses|leur|leurs) (?:aide|enveloppe|soutien|contribution|engagement)s?\b)|"
     r"(?:a|ont|avait|avaient) (?:deja |aussi |egalement |au total |jusqu'ici )?engage "
     r"(?:plus de |pres de |pres d'|environ |quelque )?\d|"
     r"(?:doit|doivent|devra|devront) (?:encore|toujours|aussi|egalement) (?:livrer|fournir|envoyer|remettre|ceder|transferer)\b|"
     # (an adverb of two words may stand between: "va par ailleurs former", "va de son côté livrer")
     r"(?:vont|va|allons|allez)(?:-t)?(?:-(?:il|elle|on|ils|elles))? (?:\w+ ){0,2}(?:fournir|livrer|envoyer|donner|financer|former|ceder|consacrer|verser|allouer|debloquer|"
     r"accorder|octroyer|offrir|remettre|transferer)|fournira\w*|livrera\w*|"
     # a training taken on is a training promised: "va assurer la formation de 40 pilotes", "will take on the
     # training of 200 Ukrainian marines", "übernimmt die Ausbildung von 150 Soldaten"
     r"(?:(?:vont|va) (?:\w+ ){0,2}assurer|assurer(?:a|ont)) (?:la |l')(?:formation|entrainement)\b|"
     r"(?:will|would|is to|are to|to) (?:\w+ )?take (?:on|over) (?:the )?training\b|"
     r"(?:ubernimmt|ubernehmen|ubernehme) (?:\w+ ){0,2}(?:die |der )?ausbildung\b|"
     # the future of handing over, its recipient or its things after it ("remettra à l'Ukraine",
     # "nous remettrons les 10 derniers appareils"; "remettra en état" repairs, "en question" doubts)
     r"remettr(?:a|ont|ons|ai|ez) (?:a|aux|au|les|des|ses|leurs|nos|\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|"
     r"douze|quinze|vingt|trente|cent)\b|"
     # ... and the present of handing over with a time to come: "remet le mois prochain 15 Gepard", "livre la
     # semaine prochaine", "remettent à l'Ukraine dans les prochaines semaines" (the present alone tells no status)
     rf"(?:remet|remettent|livre|livrent) (?:{_WORD} ){{0,8}}?(?:(?:le mois|la semaine|l'an|l'annee|le printemps|l'ete|"
     r"l'automne|l'hiver) prochaine?|dans les (?:prochains|prochaines) (?:jours|semaines|mois)|"
     r"d'ici (?:la fin (?:de l'annee|du mois|de la semaine)|l'ete|l'automne|l'hiver|le printemps))\b|"
     r"enverra\w*|donnera\w*|(?:a|ont) decide|decide de|accepte (?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) )?de|debloqu\w*|octroy\w*|octroi\w*|accord(?:e|ent|era|eront)\b|"
     r"offr(?:e|ent|ir)\b|approuv\w*|adopt\w*|envoie\w*|fournit|fournissent|enverr\w*|"
     # a vote passed approves as "adopté" does: "les députés ont voté mardi une aide de" (the
     # thing voted named right after, so that "ont voté contre" is none; these patterns run on RE2:
     # no look-ahead)
     r"(?:a|ont) vote (?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier) )?(?:une?|des|l')|"
     rf"zugesagt(?:e[nrsm]?)?|sag\w* (?:{_WORD} ){{0,6}}zu\b|"
     # ... and verb-last in a clause a conjunction opens: "wo er der Ukraine zehn Panzer zusagte",
     # "dass Berlin weitere Systeme zusagt" ("zusage" as a noun is below; not after a relative
     # pronoun, "die 18 Panzer, die Deutschland zusagte, sind eingetroffen", whose news is the arrival)
     rf"\b(?:wo|dass|als|nachdem|weil|wobei|womit|indem) (?:{_WORD} ){{0,12}}zusagt(?:e|en|et)?\b|"
     # (a middle field of seven or eight words when "zu" closes the clause, not a
     # preposition then: "Zudem sagte Berlin 40 weitere Lenkflugkörper für das System zu,
     # teilte ... mit"; the pattern has no look-ahead, so it takes the next word too)
     rf"sag\w* (?:{_WORD} ){{7,8}}zu[,.;:] \w+|"
     # (a round-up's middle field, its givers and things listed with commas, when "zu" ends the
     # sentence: "Beim Treffen sagten Italien zwei Systeme, Spanien vier Hawk-Starter und Portugal
     # Munition zu."; the list closed by "und" or "sowie" right before "zu": the outer "\b" leaves no
     # room to see the sentence end after it)
     rf"(?:sag|sicher)(?:t|en|te|ten) (?:{_WORD},? ){{2,16}}{_WORD}, (?:{_WORD} ){{1,6}}(?:und|sowie) (?:{_WORD} ){{1,6}}zu|"
     # (a sum in the middle field takes three words: "sagte zudem weitere 300 Millionen Euro
     # für Drohnen zu")
     rf"sag\w* (?:{_WORD} ){{0,4}}[\d.,]+ (?:millionen|milliarden|mio\.|mrd\.) (?:euro|dollar|pfund|kronen|franken|zloty) "
     rf"(?:{_WORD} ){{0,4}}zu\b|zusage\w*|versproch\w*|versprich\w*|versprach\w*|versprechen|"
     rf"zugesichert|sicher(?:t|te|ten|n) (?:{_WORD} ){{0,6}}zu\b|"
     rf"(?:wird|werden|werde|will|wollen|soll|sollen) (?:{_WORD} ){{0,16}}(?:liefern|beliefern|schicken|bereitstellen|uberlassen|abgeben|finanzieren|ausbilden|leisten|gehen|eintreffen|ankommen|folgen|"
     r"fortsetzen|fortfuhren|"
     r"geben|zahlen|uberweisen|spenden|schenken)|"
     # training to go on, told in the future or its passive: "La formation de soldats ukrainiens
     # sera poursuivie en 2027", "the training ... will be continued next year", "poursuivra la
     # formation de pilotes ukrainiens" (as "will continue training Ukrainian soldiers" is)
     rf"(?:formation|entrainement|training)s? (?:{_WORD} ){{0,8}}(?:sera|seront|will be) (?:{_WORD} ){{0,2}}"
     r"(?:poursuivi|prolonge|continue|extended|continued)e?s?\b|"
     r"poursuivr(?:a|ont) (?:(?:egalement|aussi|par ailleurs) )?(?:la |sa |leur |l')(?:formation|entrainement) "
     r"(?:[\w'-]+ ){0,4}ukrainien\w*|"
     # more to come: "another 10 launchers will follow", "d'autres suivront"
     r"(?:will|would|are to|is to|set to) follow|suivr(?:a|ont|ait|aient)\b|"
     # ... also in a plain present or another verb of going, after the words of a batch
     # more, told beside a delivery ("and two more follow in May", "vier weitere folgen",
     # "et trois autres partiront"): the rest of the order is still to come
     r"(?:more|further|weitere|autres|supplementaires) (?:follows?|folg(?:en|t)|suivent|partiront|arriveront|"
     r"seront livr\w*|kommen hinzu)\b|"
     # ... and told without a verb of its own, after "with" or a comma: "four delivered, with
     # eight more to follow", "dont huit autres à venir" (the batch more is to come)
     r"(?:more|further|others|additional|remaining|autres|supplementaires) (?:are |is |sont |restent )?(?:still |yet |encore )?"
     r"(?:to (?:follow|come)|a (?:suivre|venir))\b|"
     # ... with the thing named between, a headline's second half: "has given all its howitzers,
     # more drones to come", "d'autres drones à venir", "weitere Drohnen sollen folgen"
     r"(?:more|further|additional|d'autres|weitere) (?:[\w-]+ ){1,2}(?:are |is |still |yet )?(?:to (?:follow|come)|a (?:suivre|venir)|"
     r"(?:sollen|werden) folgen|folgen)\b|"
     # deliveries said to go on promise more of what they carry: "Die Munitionslieferungen ...
     # sollen dagegen weitergehen" (the compound holds the thing; "Lieferungen von ..." reads
     # by its own noun)
     rf"\w+lieferungen (?:{_WORD} ){{0,6}}(?:sollen|werden|sollten|durften) (?:{_WORD} ){{0,4}}weitergehen\b|"
     # adding to aid is promising it: "will add A$95 million in military aid", "will add
     # ... to its aid package"; not any adding ("a plant will add 200,000 shells a year",
     # "will add Ukraine to the list")
     r"will (?:also )?add (?:(?:another|a further|an extra|an additional) )?"
     r"(?:[a-z]{0,3}[$\x{20ac}\x{a3}] ?\d+|\d[\d.,]* ?(?:million|billion|mln|bn|euros?|dollars?|pounds?)\b)|"
     r"will (?:also )?add (?:[^ .;]+ ){1,8}to (?:its|their|the) (?:[\w-]+ ){0,2}(?:aid|support|package|assistance)\b|"
     # German release of arms or money, the split verb "gibt/gab ... frei" ("freigegeben" below); its
     # middle field may hold the sum, its source and its purpose ("gaben die Mitgliedstaaten 5 Milliarden
     # Euro aus der Friedensfazilität für Militärhilfe an die Ukraine frei": 14 words)
     rf"(?:gib(?:t|en)|gab(?:en)?) (?:{_WORD} ){{0,16}}frei\b|"
     # Equipping a unit with something gives it: "soll ein Bataillon mit Abrams
     # bestücken", "will equip a brigade with", "va équiper deux bataillons de".
     rf"(?:wird|werden|will|wollen|soll|sollen) (?:{_WORD} ){{0,10}}(?:bestucken|ausrusten|ausstatten)|"
     r"will (?:also )?(?:help )?equip|(?:is|are) to equip|(?:vont|va) (?:\w+ (?:et )?)?equiper|equipera\w*|"
     r"liefern (?:will|wollen|werden|wird|soll|sollen)|bereitstellen|bereitzustellen|"
     rf"stell\w* (?:{_WORD} ){{0,18}}bereit\b|(?:gib\w*|geben) (?:{_WORD} ){{0,8}}ab\b|stock\w* (?:{_WORD} ){{0,16}}auf\b|aufgestockt|"
     # ... and further with Ukraine right before the particle, as a ring exchange's
     # Ukrainian leg tells it: "Prag gibt dafür 20 Panzer vom Typ T-72 an die Ukraine ab"
     rf"(?:gibt|geben|gab|gaben) (?:{_WORD} ){{0,12}}an (?:die ukraine|kiew|kyjiw) ab\b|"
     r"verdoppel\w*|erhoh\w*|finanzier\w*|eingeplant|veranschlagt|vorgesehen|"
     # a package's worth told in a sentence of its own, after its giving (PACKAGE_WORTH)
     + PACKAGE_WORTH + r"|"
     # money set to flow: "Insgesamt sollen bis Jahresende 3 Milliarden Euro fließen"
     rf"(?:soll|sollen|wird|werden) (?:{_WORD} ){{0,10}}flie(?:ss|s)en\b|"
     # training to come told in the passive: "Zudem sollen 200 ukrainische Soldaten (an den
     # Panzern) ausgebildet werden" (the giver often that of the sentence before)
     rf"(?:soll|sollen|wird|werden) (?:{_WORD} ){{0,14}}ausgebildet werden\b|"
     rf"stell\w* (?:{_WORD} ){{0,16}}zur verfugung|zur verfugung (?:zu )?stellen|"
     # "gibt der Ukraine": giving to Ukraine by name ("es gibt" is "there is"); "sagt der
     # Ukraine ... zu" is the promise "zusagen" split ("sagte zu Journalisten" is not),
     # however long the middle field when Ukraine is named in it as who gets ("sagte in
     # Berlin weitere Caesar-Haubitzen für die Ukraine zu")
     r"gib(?:t|en) (?:der )?(?:ukraine|kiew|kyjiw)\b|"
     # ... and reported in the present subjunctive, the giver named and a figure after it:
     # "Zudem gebe Warschau 100 Millionen Euro für Drohnen, sagte der Minister" (not "gebe es",
     # "there is": its subject is no giver)
     r"\bgebe(?: (?:[^e\s\d][\w'-]*|e[^s\s][\w'-]*|es[\w'-]+))?(?: (?:der|die|das|den|dem|ukraine|kiew|nun|"
     r"auch|zudem|weitere|weiteren|nochmals|erneut|zusatzlich|bereits)){0,3} \d+|"
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
     # (the call told in the perfect, its infinitive clause after a comma: "hat die Europäer
     # aufgerufen, die Lieferung von Granaten zu beschleunigen")
     rf"(?:aufgerufen|aufgefordert), (?:{_WORD} ){{0,8}}zu {_WORD}|"
     rf"demand\w* (?:{_WORD} ){{0,5}}(?:de|d') {_WORD}|"
     r"call(?:s|ed|ing)? (?:on|for)|urge[sd]?|urging|ask(?:s|ed|ing)? for|requests?|requested|pleaded|appeal\w*|"
     # the one asked between ("asks Berlin for Taurus"), the German participle ("hat von den
     # USA weitere Patriot-Systeme gefordert", "erbeten")
     rf"(?:ask|press)(?:s|es|ed|ing)? (?:{_WORD} ){{1,3}}for\b|gefordert|erbeten|"
     rf"appel\w* (?:{_WORD} ){{0,4}}a (?:fournir|livrer|envoyer|donner)|exhort\w*|reclam\w*|demand(?:e|ent|ait)\b|"
     # (French "solliciter" asks too: "a sollicité l'accord de Berlin pour livrer")
     r"(?:a|ont|avait|avaient) sollicite|sollicite(?:nt)? (?:l'|le |la |son |leur |un |une )|"
     r"fordert\w*|forderte\w*|bitt\w*|bat\b|gebeten|anfrage|wunsch\w*|requete|"
     # urging in German and French: "Selenskyj drängt Scholz zu Taurus-Lieferungen", "presse Berlin de livrer"
     r"drang(?:t|te|ten|en)\b|gedrangt|(?:presse|pressent|pressait|a presse) (?:\w+ ){0,2}de\b|"
     # ... and canvassing: "wirbt bei Partnern dafür, Waffen ... zu finanzieren", "plaide auprès de ses partenaires
     # pour qu'ils financent", "lobbies partners to" (a request to no one in particular gives nothing)
     rf"(?:wirbt|warb|werben|geworben) (?:{_WORD} ){{0,6}}(?:bei|um|dafur)\b|"
     rf"plaid(?:e|ent|ait|aient|er) (?:{_WORD} ){{0,8}}pour qu'(?:ils|elles|ceux-ci) {_WORD}|"
     rf"plaid(?:e|ent|ait|aient|er) (?:{_WORD} ){{0,6}}(?:aupres|pour)\b|"
     rf"lobb(?:y|ies|ied|ying) (?:{_WORD} ){{0,4}}(?:to|for)\b|"
     rf"appel\w* (?:{_WORD} ){{0,4}}a \w+|"
     # Warning against giving is not giving: "der Kreml warnte Berlin vor der Lieferung",
     # "Moscow warned against", "a menacé", "threatened".
     rf"warn(?:s|ed|ing|t|te|ten)? (?:{_WORD} ){{0,4}}(?:against|vor|contre|of)\b|mis(?:e|es)? en garde|menac\w*|"
     r"threaten\w*|droh(?:t|te|ten|en)\b"),
    # The recipient's side: "Ukraine received tanks from Germany" is a delivery by the
    # donor named after "from"; anyone else receiving is not aid to Ukraine.
    ("received",
     r"receive[sd]?|receiving|obtained|got|gets|getting|(?:a|ont|avait) (?:deja )?obtenu|obtient|obtiendr\w*|"
     r"s'est vu(?:e|s|es)? (?:remettre|livrer|offrir|ceder|fournir|confier)|(?:a|ont|avait|avons|avions) (?:deja |bien |enfin )?recu|recoi(?:t|vent|vait|vaient)|recevr\w*|recevoir|receptionne\w*|"
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
     # "Il s'agit de", "es geht um" (and in reported speech: "Insgesamt gehe es um").
     # (a later entry of a live blog clarifying the count, in the future or indirect speech too:
     # "Madrid précise qu'il s'agira de six lanceurs", "Zagreb präzisierte, es handle sich um acht")
     rf"es sich (?:{_WORD} ){{0,2}}um|(?:geht|gehe|ging) es (?:{_WORD} ){{0,2}}um|il s'agi(?:t|ra|ssait|rait) d\w*|it consists of|"
     rf"\bhand(?:le|ele|elt|elte|eln) sich (?:{_WORD} ){{0,2}}um\b|"
     # ... or what the package holds besides: "the package also holds 2,000 rounds" (not "holds
     # talks"; a package word first)
     r"(?:package|paquet|paket|shipment|batch|consignment) (?:(?:now|also|further|as well) ){0,2}(?:holds|will hold|held)\b|"
     # ... or covers, told of the package, decree or bill or a pronoun for it: "the defence minister
     # told lawmakers it also covers 20 armoured vehicles", "le décret couvre aussi" (not "covers
     # the cost of": a thing must follow for it to give; the subject first)
     r"(?:it|which|package|decree|bill|plan|tranche|paquet|decret|il|qui) (?:(?:now|also|further|aussi|egalement) ){0,2}"
     r"(?:covers|covered|will cover|couvre|couvrira|couvrait)\b|"
     r"hinzu komm\w*|kommen hinzu|s'y ajout\w*|in addition to this|"
     # ... or a new package told with its contents, as a reaction names it: "said a new $300 million U.S.
     # package of air defence missiles would prolong the war", "le nouveau paquet américain de 300 millions de
     # dollars de missiles", "das neue US-Paket über 300 Millionen Dollar mit Stinger-Raketen"
     r"(?:new|latest|fresh) (?:[^\s.;]+\.?[^\s.;]*\.? ){0,4}?package of\b|"
     rf"(?:nouveau|nouvel|dernier) paquet (?:{_WORD} ){{0,6}}?(?:de|d')|"
     rf"\b(?:neue|neues|neuen|jungste|jungstes|jungsten) (?:{_WORD} ){{0,2}}?[\w-]*paket (?:{_WORD} ){{0,5}}?mit\b|"
     # a batch's count told after it: "Ce lot comptait 16 véhicules", "The batch numbered 16
     # vehicles", "Die Lieferung zählte 16 Fahrzeuge" (not "compte livrer": the batch first)
     r"(?:lot|livraison|envoi|paquet|tranche|batch|shipment|consignment|lieferung|charge) "
     r"(?:comptait|comptaient|compte|comptera|numbered|zahlte|zahlt)\b"),
    # Buying for Ukraine: a pledge, but under the US Ukraine Security Assistance
    # Initiative (USAI) buying from industry is contracting, i.e. production (labelling
    # rules), so it is told apart here (see extract_pledges).
    # (paying for things is buying them: "will pay for two Patriot systems"; not the
    # participle, "tanks paid for by Germany have arrived", told by its finite verb)
    ("purchase",
     r"(?:to )?(?:buy|purchase|purchasing|buying|bought|purchased)\b|purchases|achat|achet\w*|\w*kauf\w*|beschaff\w*|"
     r"pa(?:y|ys|ying) for\b|(?:has|have|had) paid for\b|bezahl(?:t|en)\b|"
     # (French paying, for things or makers: "paieront des armes américaines", "paiera des
     # fabricants ukrainiens pour produire")
     r"pai(?:e|ent|era|eront|erait|eraient)|pay(?:er|era|eront|erait)|(?:a|ont|avait|avaient) paye\b|"
     # ... and bearing the cost: "will cover the cost of repairing", "prendra en charge le
     # coût de", "übernimmt die Kosten für"
     r"cover(?:s|ed|ing)? (?:the |all )?(?:full )?costs? of|bear(?:s|ing)? (?:the |all )?costs? of|"
     # ... and a service's fee: "will cover their subscriptions", "covers the Starlink subscriptions"
     r"cover(?:s|ed|ing)? (?:the |their |its )?(?:[\w-]+ )?subscriptions?\b|"
     r"pren(?:d|dra|dront|nent|nent|ait) en charge (?:le cout|les couts|les frais)|"
     rf"ubern(?:immt|ehmen|ahm|ahmen|ommen) (?:{_WORD} ){{0,2}}(?:die )?kosten\b|"
     # ... or the sum itself: "Deutschland übernimmt 500 Millionen Dollar, Portugal 30 Millionen"
     # (and told in French and English: "prend en charge 200 millions d'euros", "will cover $200 million")
     r"ubern(?:immt|ehmen|ahm|ahmen) (?:rund |etwa |bis zu |weitere )?[\d.,]+ (?:millionen|milliarden|mio\.|mrd\.)|"
     r"pren(?:d|dra|dront|nent|ait) en charge (?:environ |jusqu'a )?[\d., ]+ (?:millions|milliards)|"
     r"cover(?:s|ed|ing)? (?:about |around |up to )?(?:\$|€|£|eur |usd )?[\d.,]+ (?:million|billion|bn|m)\b|"
     # ... and a sum paid for something: "will pay $80 million for the maintenance of" (not
     # "will pay a third of the cost")
     # (a currency's letters before its sign too: "will pay C$300 million", "A$100 million")
     r"pa(?:y|ys|ying) (?:about |some |around |up to )?(?:[a-z]{0,2}\$|€|£|eur |usd )?[\d.,]+ (?:million|billion|bn|m)\b|"
     # ... and a sum put into a scheme or fund ("would put C$300 million into the Czech-led
     # initiative", "injecte 300 millions d'euros dans l'initiative", "steckt 300 Millionen Euro
     # in die Munitionsinitiative"): paying in, which given_items.paid_into_a_fund reads as the
     # payer's funding (the verb and its sum first, "into" after it)
     r"(?:put(?:s|ting)?|inject(?:s|ed|ing)?|channel(?:s|ed|led|ing|ling)?) (?:about |some |around |up to |another |a further |an additional )?"
     r"(?:[a-z]{0,2}\$|€|£|eur |usd )?[\d.,]+ ?(?:million|billion|bn|mln|m)\b(?: [a-z]+){0,3}? (?:into|towards?|in)\b|"
     r"(?:inject\w*|met(?:tre|tra|tront|tent)|(?:a|ont|avait|avaient) mis) (?:environ |jusqu'a |encore )?[\d.,]+ (?:millions?|milliards?)"
     r"(?: d'euros| de dollars| de couronnes)? (?:dans|a|au)\b|"
     r"(?:steck(?:t|en|te|ten)|gesteckt) (?:rund |etwa |bis zu |weitere )?[\d.,]+ (?:millionen|milliarden|mio\.|mrd\.)(?: euro| dollar| kronen)? in\b|"
     r"[\d.,]+ (?:millionen|milliarden|mio\.|mrd\.)(?: euro| dollar| kronen)? in (?:die|den|das) (?:[\w-]+ ){1,6}(?:stecken|gesteckt)\b|"
     # French "acquérir" is buying too: "aider l'Ukraine à acquérir des drones" (not the
     # noun "acquisition", also a radar's: "radar d'acquisition")
     r"acquerir|acquerr\w*|acquiert|acquierent"),
    # Permission to give: "Estonia was granted approval to send howitzers", "Berlin
    # allowed Warsaw to send its Leopards", "a autorisé la Pologne à livrer", "erlaubt
    # Polen, Panzer zu liefern". The one permitted promises (a pledge by the donor named
    # inside the cue, see donors_for); the one permitting gives nothing itself.
    ("permission",
     # (leave to carry things for Ukraine across a country is leave to the one sending them:
     # "allowed Germany to move 18 Leopard tanks bound for Ukraine across its territory")
     rf"(?:allow|authori[sz]|permit|clear)(?:s|ed|ing|e|es|ted|ting)? (?:{_WORD} ){{0,4}}to "
     r"(?:send|provide|supply|deliver|give|transfer|re-?export|export|ship|move|transport|carry)\b|"
     r"(?:granted|given|received|got|gets|obtained|obtient|obtenu|erhielt|erhalten) (?:the |an? |l'|die |eine )?"
     r"(?:approval|permission|authori[sz]ation|green light|go-ahead|autorisation|feu vert|genehmigung|erlaubnis) "
     r"(?:to|de|d'|pour|zu|zur) \w+|"
     rf"autoris\w* (?:{_WORD} ){{0,7}}a (?:livrer|fournir|envoyer|ceder|reexporter|exporter|transferer|remettre|"
     r"transporter|acheminer|faire transiter)|"
     rf"(?:erlaub|genehmig)\w*,? (?:{_WORD},? ){{0,8}}zu (?:liefern|schicken|ubergeben|exportieren)|"
     # (a transport names its route before the verb: "..., zwölf Haubitzen für die Ukraine
     # per Bahn durch sein Gebiet zu transportieren")
     rf"(?:erlaub|genehmig)\w*,? (?:{_WORD},? ){{0,14}}zu transportieren"),
    # Something described as supplied ("U.S.-supplied ATACMS", "die von Deutschland
    # gelieferten Gepard", "der an die Ukraine abgegebenen Waffen", "die geschenkten Granaten"):
    # delivered, when nothing else in the sentence says more.
    ("supplied", (
        r"[\w.]+-(?:supplied|provided|donated|delivered)|"
        r"(?:gelieferte|ubergebene|uberlassene|bereitgestellte|gespendete|abgegebene|geschenkte)[nmrs]?|"
        # A running total of things delivered ("portant à 48 le nombre de blindés livrés",
        # "bringing the number of Krabs delivered to 86") tells deliveries, weakly: the
        # sentence's own verb speaks first ("livrera ... une quarantaine de VAB, portant à
        # plus de 300 le nombre de blindés cédés" is a promise); "portant à" alone raises one
        rf"portant a (?:{_WORD} ){{1,3}}le (?:nombre|total) (?:de |d')(?:{_WORD} ){{1,4}}(?:livre|fourni|envoye|remis|cede)\w*|"
        rf"bringing (?:the )?(?:number|total) of (?:{_WORD} ){{1,4}}(?:delivered|supplied|sent|handed over)\b"
    )),
    # A delivery named as a noun ("mit der Lieferung von 14 Kampfpanzern", "la livraison
    # de chars"): a promise when nothing else in the sentence says more.
    # (a giving being prepared is told like the delivery it prepares, as French "prépare
    # l'envoi de" is: "which is preparing to ship two Hawk batteries"; in the present only:
    # "denied a report that it was preparing to send" tells a denial)
    ("delivery", r"deliver(?:y|ies)|shipments?|livraisons?|envois?|lieferung(?:en)?|\w+-lieferung(?:en)?|"
     r"(?:is|are) (?:now |also )?preparing to (?:send|ship|deliver|supply|provide|transfer|donate|hand over)"),
    # Reporting verbs that also announce: used only when nothing else speaks.
    ("announced",
     # what is to begin is announced, when nothing else speaks ("will start training 200
     # crews", "Training of 40 pilots will begin in the autumn", "la formation commencera en
     # mars"; told here, not among the promises, whose automaton is at RE2's memory limit)
     r"(?:will|shall|(?:is|are) (?:due |set )?to) (?:begin|start|commence)|(?:commencera|debutera)(?:nt)?|"
     # ... and aid kept as it was announced: "maintient son aide de 1 milliard", "l'enveloppe ...
     # est maintenue"
     r"maintien(?:t|nent|dra|dront)|(?:est|sont|reste|restent) maintenue?s?|"
     rf"announce[sd]?|announcing|annonc\w*|kundig\w* (?:{_WORD} ){{0,20}}an\b|angekundigt|"
     # (the infinitives stand after a modal or a future: "soll am Freitag ... bekanntgeben")
     rf"ankundigen|bekanntgeben|bekanntgegeben|bekanntgab\w*|gib\w* (?:{_WORD} ){{0,12}}bekannt\b|gab\w* (?:{_WORD} ){{0,12}}bekannt\b|"
     # ... and a new package told through a reaction to it, whoever reacts: "Moscow condemned a new U.S. package of
     # 40 missiles", "Moscou a condamné le nouveau paquet américain", "Moskau hat das neue US-Paket ... verurteilt"
     # (the giving is the news the reaction reports; told before, it is the same record, restatements.py)
     rf"(?:condemn|critici[sz]|denounc|verurteil|kritisier|condamn|denonc|critiqu)\w* (?:{_WORD} ){{0,3}}?"
     r"(?:new|latest|fresh|nouvel\w*|nouveau|neue\w*|jungste\w*)\b|"
     rf"\b(?:das|die|den) (?:neue|jungste)\w* (?:{_WORD} ){{1,12}}(?:verurteilt|kritisiert)\b|"
     # unveiling in French and German ("a dévoilé un paquet", "stellte ... vor")
     # (the infinitive "présenter" after a modal or a future: "devrait présenter un paquet",
     # read as still to come by denials.announcement_to_come)
     r"devoil\w*|vorgestellt|(?:a|ont|avait|avaient) presente\w*|presentera\w*|presenter\b|"
     # ... and what is told as part of a package ("the weapons are part of a $1 billion
     # package", "font partie d'une enveloppe", "sind Teil eines Pakets"): promised,
     # unless the sentence says more.
     r"(?:is|are|was|were) part of (?:a|an|the|its|their)|(?:fait|font|faisait|faisaient) partie d[e']|"
     r"(?:ist|sind|war|waren|sei|seien) teil (?:eines|des|der|einer)|"
     # A tracker's ranking tells each donor's total committed: "remained the largest donor
     # with 4.1 billion euros, followed by Britain with 2.7 billion", "reste le premier
     # donateur avec 17 milliards, suivie de la Norvège avec 6 milliards", "größter Geber
     # mit 16 Milliarden Euro, gefolgt von Großbritannien mit 12 Milliarden" (the sum right
     # after: a ranking by share of the economy names none)
     r"(?:largest|biggest|\w+-largest|\w+-biggest|top|leading) (?:\w+ )?(?:donor|contributor|backer|supporter) "
     r"(?:of (?:military )?(?:aid|assistance) )?with|followed by (?:\w+ ){1,3}with|"
     r"(?:premier|deuxieme|second|troisieme|plus gros|principal) (?:donateur|contributeur|bailleur) (?:\w+ )?avec|"
     r"suivie?s? (?:de la |du |des |de l'|de |d')(?:\w+ ){0,2}avec|"
     r"(?:grosste|zweitgrosste|drittgrosste)\w* (?:\w+ )?(?:geber|unterstutzer|geldgeber)\w* mit|gefolgt von (?:\w+ ){1,3}mit"),
)
