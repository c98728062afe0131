"""Pledge extraction: who promised Ukraine what, sentence by sentence.

For each sentence we look for four things, all with patterns compiled once:
- items: weapon systems (from the entity lists) and category words ("chars",
  "air defence", "Munition", "aid package", "training", "radars"...), grouped into
  noun phrases so "munitions pour les chars Gepard" is one item (ammunition, system
  Gepard) while "de l'artillerie, des véhicules blindés et chars" is three. The
  enemy's weapons ("Russian missiles") and what comes after "against" are not given;
- status cues: pledged / delivered / discussed / refused / production, in EN/FR/DE,
  plus some that give no record of their own: a request ("Kyiv asks for..."),
  receiving (only Ukraine receiving counts, as a delivery - or a promise, in the
  future - by whoever it came from), a package's "includes" (its items take the
  package's status) and weak cues ("announced", a delivery named as a noun, an
  attributive participle such as "die versprochenen Haubitzen") that speak only when
  nothing else does. Each item takes the status of its nearest cue; a negation before
  a promise makes it refused (in German anywhere in the clause before a verb-last
  infinitive), a hedge ("could", "expects", "ob ... liefern wird") makes it discussed,
  a future delivery is a promise. Contracts and procurement are production in the
  item's category; making (factories, capacity) is production in category
  "production"; buying is production only under the US USAI (contracting);
- donors: countries, capitals, leaders, organisations, "les Alliés". Donors joined by
  "and"/"et"/","/"-" form one group ("les États-Unis, la France et la Norvège" ->
  three records). An item takes a passive agent right after it ("signés par ..."), a
  nationality right after it ("les canons Caesar français"), else the group nearest
  before its cue (the subject), else the only group the sentence names (German puts
  the subject after the verb), else a group after it that reports ("..., Berlin
  said"). Places visited or met in, comparisons ("wie die USA"), makers ("conçus par
  Thales"), "one of the ..." and an organisation describing its member ("the first
  NATO ally") are not givers; who forbids a transfer is the clause's first donor;
- quantities and money (bot.core.pledges.numbers): a count right before an item, every
  amount as a funding record (but not a contract's value; an amount that values
  equipment is category "other").

Sentences with no item, production or money cue are skipped before any other work,
and so are sentences that can have no giver (no donor named, none to borrow).
Coreference, lightly: a sentence whose item has a status but no giver takes the donor
of the latest sentence about aid (or the donor that opened a sentence), at most two
sentences back, unless it names a non-donor (Russia, Iran...); a list after ":" or
between ";" items keeps its head's donor and status however long it runs. Ukraine is
the recipient, never a donor.

Article level (_one_reading): a headline's records are kept beside the body's unless
both give the same count of the same thing; umbrella words ("weapons") give way to
the same donor's precise items at the same stage; NATO and "the allies" doing the
same thing are one record. The phenomena and their tests: tests/test_pledges_wire.py.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass, replace
from operator import attrgetter, itemgetter

import re2

from bot.core.models import Pledge
from bot.core.pledges.entities import GROUP_DONORS, Entities
from bot.core.pledges.numbers import CROWNS, NUMBER_WORDS, Count, Money, find_counts, find_money, fold_aligned
from bot.core.pledges.references import with_references
from bot.core.text import sentence_spans
from bot.core.text.lazy_pattern import lazy

# ----------------------------------------------------------------- item words
# Patterns run on folded text (lower case, no accents, ß -> s). At one position the
# first alternative wins, so specific compounds come before the generic word they
# contain (Schützenpanzer before Panzer, artillery shells before artillery).

_W = r"[\w'-]+(?:[.,]\d+)*"  # one word: hyphenated compounds and "10.000" included

CATEGORY_PATTERNS: tuple[tuple[str, str], ...] = (
    # Packages first, so "aid package" and "Militärhilfepaket" are packages, not "aid".
    ("other", r"(?:(?:military |security |financial )?aid|(?:military |security )?assistance|military|security|"
     r"weapons?|arms) packages?|paquets? d'aide(?: militaire)?|\w*paket\w*|"
     # "Weapons and ammunition" together is the stock phrase for arms in general, an
     # umbrella like "weapons" ("pledged continued supplies of weapons and ammunition").
     r"(?:weapons|arms) and (?:ammunition|munitions)|armes et (?:des |de )?munitions|waffen und munition"),
    ("drones", r"loitering munitions?|munitions? rodeuses?|kamikaze[- ]?drones?|\w*drohnen?|drones?|uavs?|"
     r"unmanned (?:aerial |surface |underwater )?(?:vehicles?|systems?)"),
    ("ammunition", r"(?:artillery|mortar|howitzer|tank|mm|calibre|caliber) (?:shells|rounds|ammunition|bombs)|tank (?:shells|ammunition)|"
     r"obus de mortier|rounds of (?:\w+ )?(?:ammunition|munitions)|"
     r"(?:obus|munitions?) d'artillerie|artillerie(?:munition|granaten?)\w*|\w*munition\w*|ammunitions?|ammo|"
     r"shells|obus|\w*granaten|projectiles?|rounds of ammunition|cartouches|patronen|geschosse?|"
     # Mines are ammunition ("anti-tank mines", "mines antichars", "Panzerabwehrminen").
     r"(?:anti-?tank |land|anti-?personnel )?mines|mines anti-?chars?|(?:\w*(?:abwehr|richt|spreng|streu|land|panzer))?minen\b"),
    ("air_defence", r"(?:ground-based )?air[- ]defen[cs]e\w*|anti-?aircraft|surface-to-air|manpads|\w*fliegerabwehr\w*|\w*fliegerfa(?:u|e)ste?\w*|"
     r"defense (?:anti-?)?aerien\w*|anti-?aerien\w*|antiaerien\w*|defense sol-air|sol-air|dca|"
     r"\w*luftabwehr\w*|\w*flugabwehr\w*|flak|flakpanzer\w*|boden-luft\w*|interceptors?|intercepteurs?|"
     r"\w*abfangraketen|missile defen[cs]e|defense antimissile|\w*raketenabwehr\w*|\w*luftverteidigung\w*"),
    ("small_arms", r"small arms|(?:assault )?rifles?|fusils?(?: d'assaut)?|\w*gewehre?|machine ?guns?|"
     r"mitrailleuses?|armes legeres|\w*handfeuerwaffen|grenade launchers?|lance-grenades|\w*granatwerfer|"
     r"pistols?|anti-?tank weapons?|armes anti-?chars?|\w*panzerabwehr\w*|panzerfaust\w*"),
    ("artillery", r"\w*panzerhaubitze\w*|artiller\w*|howitzers?|obusiers?|\w*haubitze\w*|"
     r"(?:multiple )?(?:launch )?rocket (?:launchers?|systems?)|lance-roquettes?|\w*raketenwerfer\w*|"
     r"canons?|cannons?|\w*geschutze?n?|mortiers?|mortars?|\w*morser\w*"),
    # Heavy armour is tanks ("véhicules blindés lourds", "heavy armoured vehicles"): it
    # must come before "véhicules blindés", which it contains.
    ("tanks", r"(?:vehicules )?blindes lourds|heavy armou?red (?:vehicles?|fighting vehicles?)"),
    # Light tanks are armoured vehicles (labelling rules: AMX-10 RC): "chars légers",
    # "light tanks", "leichte Panzer", before the tank words they contain.
    ("armoured_vehicles", r"chars? legers?|light tanks?|leichte[nr]? (?:kampf|radschutzen)?panzer\w*|"
     r"armou?red (?:personnel carriers?|vehicles?|cars?|fighting vehicles?)|"
     r"infantry fighting vehicles?|ifvs?|apcs?|(?:combat|military|armou?red) vehicles?|"
     r"vehicules? (?:de combat d'infanterie|de combat|blindes?|de transport de troupes|militaires)|blindes|"
     r"transports? de troupes|gepanzerte\w* (?:fahrzeuge\w*|mannschaftstransport\w*)|"
     r"\w*(?:schutzen|transport|spah|berge|pionier|radschutzen|minenraum)panzer\w*|"
     r"\w*mannschaftstransport\w*|\w*truppentransport\w*|\w*militarfahrzeug\w*|\w*gefechtsfahrzeug\w*|"
     r"\w*panzerfahrzeug\w*"),
    # "Blindés lourds", "heavy armour", "schwere Kampfpanzer" are tanks.
    ("tanks", r"(?:main )?battle tanks?|tanks?|chars? (?:d'assaut|lourds?|de combat)|(?:vehicules )?blindes lourds|heavy armou?r|"
     r"chars?|\w*kampfpanzer\w*|panzern?|panzer-\w*"),
    ("aircraft", r"fighter (?:jets?|planes?|aircraft)|combat (?:aircraft|jets?|planes?)|warplanes?|"
     r"(?:military )?aircraft|(?:fighter )?jets?|avions? (?:de combats?|de chasse|militaires?)|"
     r"\w*kampfjets?|\w*kampfflugzeug\w*|helicopters?|helicopteres?|\w*hubschrauber\w*"),
    ("missiles", r"long-range (?:missiles?|weapons|rockets?)|cruise missiles?|ballistic missiles?|"
     r"missiles? (?:de croisiere|a longue portee|longue portee)|\w*marschflugkorper\w*|"
     r"langstreckenwaffen|\w*raketen|missiles?|rockets?|roquettes?"),
    ("funding", r"(?:military |security |financial )?aid|(?:military |security )assistance|"
     r"enveloppes?|aide (?:militaire|financiere)|militarhilfe\w*|finanzhilfe\w*|"
     r"funding|financement|financing|\w*finanzierung\w*|funds?|fonds|\w*hilfsfonds|\w*ukraine-hilfe|\w*ukrainehilfe|% (?:of|du|des) (?:gdp|pib)|"
     r"percent of (?:its )?(?:gross domestic product|gdp)"),
    ("training", r"training|train(?:s|ed)? (?:[\w,-]+ ){0,5}(?:soldiers|troops|pilots|recruits|personnel|servicemen|crews|mechanics)|"
     r"instructors?|instructeurs?|mission de formation|\w*ausbildung\w*|ausbilden|ausgebildet|\w*ausbilder|"
     r"trainier\w*"),
    # "Formation"/"former" are training only next to trainees (see _TRAINEES).
    ("training_weak", r"formation|form(?:er|era|eront|e|es|ee|ees|ent|ons)|entrainement|entraine[es]*|trained|train"),
    # Named equipment that has no category of its own (radars, helmets, night vision,
    # trucks): recorded as "other", but as precise as any item.
    ("equipment", r"(?:counter-(?:artillery|battery) |air surveillance )?radars?|\w*radargerate?\w*|"
     r"(?:combat )?helmets?|casques?|\w*helme\b|night[- ]vision(?: goggles| devices)?|vision nocturne|\w*nachtsicht\w*|"
     r"body armou?r|gilets? pare-balles|\w*schutzwesten|\w*kraftfahrzeuge|\w*lastwagen|trucks|camions|"
     r"generators? for the army|demining equipment|\w*minenraum\w*"),
    # Weapons in general: recorded as "other" when nothing more precise is named.
    ("other", r"weapons|arms|armes|armements?|waffen|waffenlieferung\w*|rustungsguter|military equipment|"
     r"materiel militaire|militarische ausrustung|packages?|paquets?|tranches?"),
)
_TRAINEES = lazy(r"\b(?:pilot|soldat|soldier|militaire|recrue|recruit|mecanicien|troupe|troop|equipage|crew|"
                       r"instructeur|personnel|bataillon|battalion|brigade)\w*")

# ----------------------------------------------------------------- status cues

STATUS_PATTERNS: tuple[tuple[str, str], ...] = (
    ("refused",
     # A refusal told as a noun: "Scholz's no to Taurus", "son non à", "sein Nein zur Lieferung",
     # "his opposition to", "son opposition à la fourniture".
     r"(?:'s )?no to|non a(?:ux?)?|nein zu\w*|opposition (?:to|a|au|aux)|widerstand gegen|"
     # Forbidding a transfer ("hat den Export untersagt", "bans the re-export").
     r"untersag\w*|verbiet\w*|verbot\b|verboten|prohibit\w*|interdi\w*|bann(?:ed|ing)\b|forb(?:id|ids|ade|idden)\b|"
     r"rule[sd]? out|ruling out|refuse[sd]?|refusing|reject\w*|"
     # "Premature" is "not now" (labelling rules): "la question est prématurée".
     r"prematur\w*|verfruht\w*|"
     rf"declin(?:e|ed|es|ing) to|(?:will|would|could) not (?:{_W} ){{0,2}}(?:send|provide|supply|deliver|give)|"
     rf"won't (?:{_W} ){{0,2}}(?:send|provide|supply|deliver|give)|(?:does|do|did) not (?:plan|intend|want) to|"
     r"no plans? to|not (?:send|provide|supply|deliver)|blocked|blocking|blocks|veto\w*|oppos(?:e|es|ed|ing)\b|"
     # A halt is a refusal for now: "has paused deliveries of", "met en pause", "ausgesetzt".
     r"halt(?:s|ed)?\b|suspend\w*|freez\w*|frozen|withh[oe]ld\w*|"
     r"paus(?:es|ed|ing) (?:(?:all|some|the|its|their|further|new|weapons?|arms|military|u\.?s\.?) )*"
     r"(?:deliver\w*|shipments?|transfers?|aid|assistance|supplies)|"
     r"(?:mis|mise|mises|met|mettent|mettre) en pause|ausgesetzt|pausier\w*|"
     r"refus\w*|rejet\w*|exclu(?:t|ent|e|re)?\b|"
     rf"ne (?:{_W} ){{0,2}}pas (?:{_W} ){{0,2}}(?:livrer|fournir|envoyer)|ne (?:livrera|fournira|livreront|fourniront|enverra) pas|"
     r"pas question|s'oppos\w*|bloqu\w*|suspendu\w*|gel(?:er|e|es|ee|ees|ent)\b|"
     r"n'(?:enverr|envoi|livrer|fournir|autoriser)\w* (?:pas|plus|jamais)|ne (?:livrer|fournir|enverr)\w* (?:pas|plus|jamais)|"
     rf"lehn\w* (?:{_W} ){{0,8}}ab\b|abgelehnt|ablehn\w*|absage\w*|verweiger\w*|"
     rf"nicht (?:{_W} ){{0,2}}liefern|keine (?:{_W} ){{0,3}}liefern|blockier\w*|gestoppt|stoppt|"
     rf"ausgeschlossen|schlie(?:ss|s)t\w* (?:{_W} ){{0,4}}aus\b"),
    ("discussed",
     # Undecided is not refused (labelling rules): "no decision yet", "aucune décision",
     # "keine Entscheidung", "eine Entscheidung blieb aus".
     r"no decision(?: (?:is |was )?expected)?|(?:still |yet )?(?:to be )?undecided|aucune decision|pas (?:encore )?de decision|"
     rf"toujours pas (?:{_W} ){{0,2}}decision|still no decision|(?:noch )?keine entscheidung|entscheidung (?:{_W} ){{0,4}}blieb\w* (?:{_W} ){{0,3}}aus|"
     r"discuss\w*|consider(?:s|ed|ing)?\b|weigh(?:s|ed|ing)?\b|mull\w*|debat\w*|in talks|talks (?:on|about|over)|"
     rf"negotiat\w*|(?:could|might|may) (?:{_W} ){{0,2}}(?:send|provide|supply|deliver|give|donate|transfer|receive|get)|"
     r"look(?:ing)? into|explor(?:e|es|ed|ing)\b|stud(?:y|ying|ies)\b|examin\w*|not ruled? out|not rule out|"
     # Expected is not yet given (labelling rules): "expects allies to announce".
     r"expect(?:s|ed|ing)?\b|expectations?|erwart\w*|s'attend\w*|"
     # An export approval alone ("erlaubt deutschen Herstellern die Lieferung", "approved
     # the re-export") lets someone else give: discussed.
     rf"(?:erlaub|genehmig)\w* (?:{_W} ){{0,4}}(?:herstell\w*|firmen|unternehmen|industrie|export\w*|ausfuhr\w*)|"
     r"export (?:approval|licen[cs]es?|permits?)|\w*exportgenehmigung\w*|autoris\w* (?:l'exportation|la reexportation)|"
     r"open to|suggest\w*|propos\w*|hesita\w*|reluctan\w*|undecided|"
     rf"discut\w*|discussions?|envisag\w*|etudi\w*|reflechi\w*|reflexion|pourrai(?:t|ent) (?:{_W} ){{0,3}}(?:fournir|livrer|envoyer|donner|recevoir|etre)|"
     r"n'exclu\w* pas|ne pas exclure|en discussion|negoci\w*|sugger\w*|hesit\w*|reticen\w*|"
     rf"erwag\w*|pruf(?:t|en|ung)\w*|diskut\w*|berat(?:en|t|ung)\w*|im gesprach|gesprache?\b|debatt\w*|"
     rf"konnte\w* (?:{_W} ){{0,4}}(?:liefern|schicken|bereitstellen|erhalten|bekommen)|"
     rf"schlie(?:ss|s)t\w* (?:{_W} ){{0,4}}nicht aus|nicht ausgeschlossen|verhandl\w*|vorschlag\w*|zogert\w*|zogern"),
    # Buying for Ukraine: contracts, orders, procurement. The record keeps the item's
    # category ("a contract for 155 mm shells" is ammunition in production).
    ("production",
     rf"(?:contracts?|contrats?|\w*vertrag\w*|\w*auftrag\w*) (?:to|for|pour|de|d'|zur|uber|fur) (?:{_W} ){{0,1}}{_W}|contracts?|ordered|ordering|orders? for|"
     r"procurement|procure[sd]?|procuring|"
     r"contrats?|command(?:e|es|ee|ees|er)\b|"
     r"vertrag\w*|vertrage\w*|"
     r"bestell\w*|auftrag\b|auftrage\w*|rahmenvertrag\w*|"
     r"awarded (?:a |an )?(?:[\w$.,-]+ ){0,3}contract"),
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
     r"(?:has|have|had) (?:already )?(?:sent|provided|supplied|donated|transferred|shipped|handed)|"
     r"already (?:sent|provided|supplied|donated)|(?:was|were|been) (?:sent|delivered|provided|supplied|donated|"
     r"transferred|handed over|shipped)|arrived|handed over|"
     r"(?:a|ont|avait|avaient) (?:deja )?(?:livre|fourni|envoye|donne|cede|transfere|remis|forme)(?:e|s|es)?\b|livrees?|"
     r"livres (?:a|aux|par|en)|(?:ete|sont|deja) (?:livre|fourni|envoye|cede|transfere|arrive|remis|forme)(?:e|s|es)?\b|"
     r"fourni[es]* (?:a|aux|par)|est arrive\w*|arrive[es]* en ukraine|"
     # other French participles with their agent or recipient: "cédés par la France",
     # "remis aux forces ukrainiennes", "transférés à Kiev"
     r"(?:cede|remis|transfere|envoye)(?:e|s|es)? (?:a|aux|par)\b|"
     r"(?:have|has) (?:now )?(?:begun|started|completed|finished)|began|completed|complete[sd] (?:the )?(?:handover|transfer|delivery)|"
     r"handover|(?:supplied|provided|sent|donated|delivered|given|trained) (?:by|in|to)|now in ukraine|trained|"
     r"(?:ont|a) commence|commencent|acheve\w*|termine[es]*|deja en ukraine|"
     r"\w*geliefert|ubergeben|ubergab\w*|lieferte\w*|eingetroffen|angekommen|ubersandt|geschickt|bereitgestellt|"
     rf"(?:hat|haben|wurden?) (?:{_W} ){{0,8}}(?:uberlassen|abgegeben|ausgebildet|ubergeben)|begonnen|begann|"
     r"abgeschlossen|sent|delivered|donated|"
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
     r"(?:after|following) the deliver(?:y|ies) of|apres (?:la|les) livraisons?|nach der lieferung|"
     r"avoir (?:deja )?(?:livre|remis|fourni|envoye|cede|transfere)(?:e|s|es)?\b|"
     r"(?:have|has) (?:now |already )?(?:arrived|been delivered|been handed over)|shipped|secretly (?:sent|provided|shipped)"),
    ("pledged",
     r"pledge[sd]?|pledging|promise[sd]?|promising|commit(?:s|ted)? to|commitments?|"
     rf"will (?:also )?(?:{_W} ){{0,1}}(?:send|provide|supply|deliver|give|donate|transfer|ship|fund|finance|train)|"
     rf"would (?:{_W} ){{0,2}}(?:send|provide|supply|deliver|give|donate|transfer|ship|fund|finance|train)|"
     r"(?:spend|invest|allocate|increase|raise|boost|double|top up)(?:s|ed|ing)?\b|creat(?:e|es|ed)\b|set up|"
     r"launch(?:es|ed)? (?:a |an |the )?(?:new )?(?:fund|initiative|programme|program|mission)|secured|"

     r"(?:is|are) (?:set|going|due|poised|ready|prepared) to (?:send|provide|supply|deliver|give|donate|transfer)|"
     # A delivery expected at a date is scheduled, not in doubt: "with deliveries
     # expected in the coming weeks", "livraison attendue d'ici l'été", "die Lieferung
     # wird bis Jahresende erwartet" (the expectation of a decision stays discussed).
     r"deliver(?:y|ies) (?:is |are )?expected (?:in|by|within|next|this|before|early|later|soon|from)|"
     r"livraisons? (?:est |sont )?(?:attendue?s?|prevue?s?) (?:d'ici|en|pour|avant|dans|des|a partir|au|a la fin|fin)|"
     rf"lieferung\w* (?:{_W} ){{0,2}}(?:bis|im|in|ab|noch|fur|zum|zur|anfang|ende|mitte) (?:{_W} ){{0,4}}erwartet|"
     # Willingness stated as news: "ready to send", "prêt à livrer", "volonté de livrer".
     r"(?:pret|prete|prets|pretes|volonte|disposee?s?) (?:a|de) (?:livrer|fournir|envoyer|ceder|donner)|"
     rf"bereit\w*,? (?:{_W},? ){{0,6}}zu (?:liefern|schicken|ubergeben|uberlassen)|"
     # Financing and securing money: "financés par le fonds", "Finanzierung gesichert".
     r"financ(?:e|es|ee|ees|ed|ing)\b|(?:is |are |was |were |fully |jointly )?funded\b|gesichert|sichergestellt|"
     rf"(?:wird|werden|will|wollen|soll|sollen) (?:{_W} ){{0,20}}unterstutzen|"
     r"to (?:send|provide|supply|deliver|give|donate|transfer)\b|agreed to|decided to|"
     r"unveil(?:s|ed|ing)?|approve[sd]?|approving|offer(?:s|ed|ing)?\b|earmark\w*|allocat\w*|"
     r"green-?light\w*|go-ahead|cleared the way|will be (?:sent|delivered|provided|supplied|shipped|transferred|handed over)|"
     r"(?:is|are) (?:now |also )?(?:sending|supplying|providing|delivering|giving|donating|shipping|transferring)|"
     r"donat(?:e|es|ing)\b|livrent|liefern\b|"
     # French futures and "about to" ("fourniront", "livreront", "s'apprête à céder"),
     # and a request granted ("accepted the request", "a accepté la demande").
     # French future passive: "seront livrés", "sera cédé" (the conditional, "seraient
     # envoyés", is a hedge or a promise reported from before: left to other cues).
     r"(?:sera|seront) (?:\w+ )?(?:livre|envoye|fourni|cede|transfere|remis|donne)(?:e|s|es)?\b|"
     r"(?:fourni|livre|donne|finance|forme|cede|envoie)r(?:a|ont)\b|s'appret\w* a (?:fournir|livrer|ceder|envoyer|donner)|"
     r"accept\w* (?:la|the|sa|their|its) (?:demande|request)|accede\w* a la demande|granted (?:the|its|kyiv's|ukraine's) request|"
     r"plans? to (?:send|provide|supply|deliver)|sends|supplies|provides|delivers|donates|ships|grants|"
     r"(?:will|would|to) be (?:sent|delivered|provided|supplied|shipped|transferred|handed over)|"
     r"continu\w* (?:to|a) (?:send|provide|supply|fournir|livrer|envoyer)|"
     r"s'engage\w*|(?:s'|se )(?:etai\w* |est |sont |etre )?engage\w*|engage[es]* a (?:fournir|livrer|envoyer|donner)|"
     r"promi[st]e?s?|promettre|promet\w*|"
     r"(?:liefern|abgeben|schicken|uberlassen|geben) (?:will|wollen|werden|wird|soll|sollen|sollte|sollten|kann|konnte)\b|"
     r"cre(?:e|ee|es|er)\b|augment\w*|doubl\w*|porter a|portant a|"
     r"(?:vont|va) (?:\w+ ){0,1}(?:fournir|livrer|envoyer|donner|financer|former|ceder)|fournira\w*|livrera\w*|"
     r"enverra\w*|donnera\w*|(?:a|ont) decide|decide de|accepte de|debloqu\w*|octroy\w*|octroi\w*|"
     r"offr(?:e|ent|ir)\b|approuv\w*|adopt\w*|envoie\w*|fournit|fournissent|enverr\w*|"
     rf"zugesagt|sag\w* (?:{_W} ){{0,6}}zu\b|zusage\w*|versproch\w*|versprich\w*|versprechen|"
     rf"(?:wird|werden|will|wollen|soll|sollen) (?:{_W} ){{0,10}}(?:liefern|schicken|bereitstellen|uberlassen|abgeben|finanzieren|ausbilden|gehen)|"
     # Equipping a unit with something gives it: "soll ein Bataillon mit Abrams
     # bestücken", "will equip a brigade with", "va équiper deux bataillons de".
     rf"(?:wird|werden|will|wollen|soll|sollen) (?:{_W} ){{0,10}}(?:bestucken|ausrusten|ausstatten)|"
     r"will (?:also )?(?:help )?equip|(?:is|are) to equip|(?:vont|va) (?:\w+ (?:et )?)?equiper|equipera\w*|"
     r"liefern (?:will|wollen|werden|wird|soll|sollen)|bereitstellen|bereitzustellen|"
     rf"stell\w* (?:{_W} ){{0,14}}bereit\b|gib\w* (?:{_W} ){{0,8}}ab\b|stock\w* (?:{_W} ){{0,8}}auf\b|aufgestockt|"
     r"verdoppel\w*|erhoh\w*|finanzier\w*|"
     rf"stell\w* (?:{_W} ){{0,12}}zur verfugung|zur verfugung (?:zu )?stellen|"
     # "gibt der Ukraine": giving to Ukraine by name ("es gibt" is "there is"); "sagt der
     # Ukraine ... zu" is the promise "zusagen" split ("sagte zu Journalisten" is not)
     r"gib(?:t|en) (?:der )?(?:ukraine|kiew|kyjiw)\b|"
     rf"sag(?:t|en|te|ten) (?:{_W} ){{0,3}}(?:der ukraine|kiew|kyjiw|selenskyj)(?: {_W}){{1,12}} zu\b|"
     r"beschlossen|beschlie(?:ss|s)t|genehmigt|freigegeben|liefert|schickt|spendet|ubergibt|uberlasst"),
    # Asking is not giving: an item nearest to a request gives no record.
    ("requested",
     rf"(?:call(?:s|ed|ing)? on|urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|press(?:es|ed|ing)?|appeal(?:s|ed|ing)? to) (?:{_W} ){{0,5}}to {_W}|"
     rf"(?:fordert\w*|forderte\w*|bitt\w*|bat|aufgefordert|appellier\w*) (?:{_W} ){{0,8}}zu {_W}|"
     rf"demand\w* (?:{_W} ){{0,5}}(?:de|d') {_W}|"
     r"call(?:s|ed|ing)? (?:on|for)|urge[sd]?|urging|ask(?:s|ed|ing)? for|requests?|requested|pleaded|appeal\w*|"
     rf"appel\w* (?:{_W} ){{0,4}}a (?:fournir|livrer|envoyer|donner)|exhort\w*|reclam\w*|demand(?:e|ent|ait)\b|"
     r"fordert\w*|forderte\w*|bitt\w*|bat\b|gebeten|anfrage|wunsch\w*|requete|"
     rf"appel\w* (?:{_W} ){{0,4}}a \w+"),
    # The recipient's side: "Ukraine received tanks from Germany" is a delivery by the
    # donor named after "from"; anyone else receiving is not aid to Ukraine.
    ("received",
     r"receive[sd]?|receiving|obtained|got|(?:a|ont|avait) (?:deja )?recu|recoi\w*|recevr\w*|receptionne\w*|"
     rf"erhalt\w*|erhielt\w*|(?:hat|haben) (?:{_W} ){{0,8}}erhalten|bekomm\w*|bekam\w*"),
    # A package's contents: "the package includes", "comprenant", "darunter". Such a
    # cue has no status of its own: the items take the status of the package, told by
    # another cue of the sentence or by the sentence before (see _sentence_pledges).
    ("include",
     r"includ(?:e|es|ed|ing)\b|consist\w* of|compris\w*|comprend\w*|compren\w*|dont|"
     r"umfass\w*|beinhalt\w*|enthalt\w*|darunter|unter anderem|u\.a\.|"
     # ... and what a previous sentence's aid was: "Dabei handelte es sich um",
     # "Il s'agit de", "es geht um".
     rf"es sich (?:{_W} ){{0,2}}um|geht es (?:{_W} ){{0,2}}um|il s'agit d\w*|it consists of|"
     r"hinzu komm\w*|kommen hinzu|s'y ajout\w*|in addition to this"),
    # Buying for Ukraine: a pledge, but under the US Ukraine Security Assistance
    # Initiative (USAI) buying from industry is contracting, i.e. production (labelling
    # rules), so it is told apart here (see extract_pledges).
    ("purchase", r"(?:to )?(?:buy|purchase|purchasing|buying)\b|purchases|achat|acheter|\w*kauf\w*|beschaff\w*"),
    # Permission to give: "Estonia was granted approval to send howitzers", "Berlin
    # allowed Warsaw to send its Leopards", "a autorisé la Pologne à livrer", "erlaubt
    # Polen, Panzer zu liefern". The one permitted promises (a pledge by the donor named
    # inside the cue, see _donors_for); the one permitting gives nothing itself.
    ("permission",
     rf"(?:allow|authori[sz]|permit)(?:s|ed|ing|e|es|ted|ting)? (?:{_W} ){{0,4}}to "
     r"(?:send|provide|supply|deliver|give|transfer|re-?export|export|ship)\b|"
     r"(?:granted|given|received|got|gets|obtained|obtient|obtenu|erhielt|erhalten) (?:the |an? |l'|die |eine )?"
     r"(?:approval|permission|authori[sz]ation|green light|go-ahead|autorisation|feu vert|genehmigung|erlaubnis) "
     r"(?:to|de|d'|pour|zu|zur) \w+|"
     rf"autoris\w* (?:{_W} ){{0,4}}a (?:livrer|fournir|envoyer|ceder|reexporter|exporter)|"
     rf"(?:erlaub|genehmig)\w*,? (?:{_W},? ){{0,8}}zu (?:liefern|schicken|ubergeben|exportieren)"),
    # A delivery named as a noun ("mit der Lieferung von 14 Kampfpanzern", "la livraison
    # de chars"): a promise when nothing else in the sentence says more.
    ("delivery", r"deliver(?:y|ies)|livraisons?|lieferung(?:en)?|\w+-lieferung(?:en)?"),
    # Reporting verbs that also announce: used only when nothing else speaks.
    ("announced",
     rf"announce[sd]?|announcing|annonc\w*|kundig\w* (?:{_W} ){{0,20}}an\b|angekundigt|"
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
_REFUSING_TO = lazy(
    r"\b(?:refus\w*|declin\w*|reject\w*|rul\w* out)\s+(?:(?:to|de|d')\s*)?(?:[\w'-]+\s+)?(?:to |de |d')?$|"
    r"\bweiger\w*\b[^.;:]{0,60}\bzu $"
)
# Long German cues ("wird ... keine Waffen liefern") carry their negation inside.
_NEGATED_INSIDE = lazy(r"\b(?:nicht|kein\w*|nie|not|never|pas|jamais)\b")
# ... and right after one of these it is only a possibility.
_HYPOTHETICAL = lazy(
    r"(?:\bwhether|\bob|\bsi)\s+(?:[\w'-]+\s+){0,6}$|"
    r"(?:\bcould|\bmight|\bmay|\bif|\bpourrai\w*|\bsi|\bkonnte\w*|\bwurde\w*|\bwenn|\bfalls|\beventuell\w*|"
    r"\bexpect\w*|\bhop(?:e|es|ed|ing)|\bespere\w*|\bhofft\w*|\berwartet\w*|"
    r"\beventually|\beventuel\w*|\bpotential\w*|\bpotentiel\w*|\bpossible)\s+(?:[\w'-]+\s+){0,3}$"
)

# An item after these is a purpose or a condition, not what is given ("against drones",
# "once pilots are trained", "bis Piloten ausgebildet sind"). German "bis" before a time
# is a deadline, not a condition: "bis Jahresende 24 Kampfjets liefern".
_BIS_A_DEADLINE = (
    # "bis zu 24 Kampfjets" is "up to 24"; "bis zu dem Tag, an dem" is a condition again
    r"bis(?!\s+zu\s+(?!dem\s|der\s))(?!\s+(?:zum\s+|zur\s+|spatestens\s+)?(?:jahresende|jahresmitte|ende|anfang|mitte|fruhjahr|sommer|herbst|"
    r"winter|januar|februar|marz|april|mai|juni|juli|august|september|oktober|november|dezember|kommend\w*|"
    r"nachst\w*|\d))"
)
_NOT_GIVEN_BEFORE = lazy(
    r"(?:\b(?:against|contre|gegen|counter|sobald|once|une fois|as soon as|des que|" + _BIS_A_DEADLINE
    + r"|until|jusqu'a ce que|lorsque)"
    r"(?:[\s,]+[\w'-]+){0,6}[\s,]+|\banti-|"
    # A prerequisite is not given either: "il fallait d'abord former des pilotes",
    # "pilots must first be trained", "zuerst müssten Piloten ausgebildet werden".
    r"\b(?:il (?:faut|faudrait|fallait|faudra)|must first|would first|need(?:s|ed)? first|first need|zuerst|zunachst mussten)"
    r"(?:[\s,]+[\w'-]+){0,4}[\s,]+|"
    # The enemy's weapons are not given: "Russian missiles", "russische Drohnen".
    r"\b(?:russian|russe|russes|russisch\w*|iranian|iranien\w*|iranisch\w*|north korean|nord-coreen\w*|nordkoreanisch\w*|"
    r"shahed|enemy|ennemi\w*|feindlich\w*)(?:\s+[\w'-]+){0,1}\s+)$"
)
_NOT_GIVEN_AFTER = lazy(
    r"\s+(?:russes?|russian|iraniens?|nord-coreens?|"
    # Ukraine's own ("la défense aérienne de l'Ukraine", "Ukraine's air defences"
    # is what is strengthened, not what is given).
    r"(?:de l'|of |der )ukraine\b(?!-)|ukrainien(?:ne)?s?\b|ukrainische[nmrs]?\b)"
)
_UKRAINES_OWN_BEFORE = lazy(r"\b(?:ukraine's|kyiv's|kiev's|ukraines|ukrainian)\s+(?:own\s+)?$")
# A donor named after the item is its giver only as an agent ("supplied by Britain")
# or as the one reporting it ("..., the Dutch defence ministry said").
_AGENT_BEFORE = lazy(
    r"(?:\b(?:by|par|von|from|aus|de la part d\w*|seitens)\s+(?:[\w'-]+\s+){0,3}(?:l'|d')?"
    r"|\b(?:said|says|confirmed|confirms|announced|told|according to|selon|a (?:\w+ )?(?:indique|annonce|confirme|assure|precise|declare|dit)|"
    r"ont (?:indique|annonce|confirme|assure|precise|dit)|indique|annonce|confirme|sagte|teilte|bestatigte|erklarte|meldete|"
    r"kundigte|hiess es|thank\w*|remerci\w*|dank\w*|bedank\w*)\b(?:\s+[\w'-]+){0,6}\s+(?:l'|d')?)$"
)
_PASSIVE_AGENT = lazy(r"\b(?:by|par|von|seitens)\s+(?:the|la|le|les|l'|die|der|den|dem)?\s*$")
_REPORTING_AFTER = lazy(
    r"^(?:\s+[\w'-]+){0,4}\s+(?:said|says|confirmed|confirms|announced|told|added|a (?:indique|annonce|confirme|assure)|"
    r"sagte|teilte|bestatigte|erklarte)\b"
)
# Donors joined by these form one group ("Germany, France and Norway").
_COORDINATION = lazy(
    r"^\s*(?:,|;|-)?\s*(?:and|et|und|&|as well as|ainsi que|sowie|or|ou|oder)?\s*"
    # the preposition repeated in each member: "du Danemark et de la Belgique", "by
    # Norway and by Denmark", "von Polen und von Tschechien"
    r"(?:(?:de|d'|of|von|vom|a|au|aux|by|par|from)\s*)?"
    r"(?:the|la|le|les|l'|die|der|den|des|du|d')?\s*$"
)
# A donor word in these places is not the giver: a place visited, a partner, a maker.
# Read on the original text in lower case, where French "à" is not English "a".
_LOCATIVE_BEFORE = lazy(
    r"(?:\b(?:in|at|à|au|aux|en|dans|nach|im|bei|visit\w*|with|avec|mit|against|contre|gegen)\s+(?:l'|l’|the|la|le|les)?\s*)$"
)
# ... a meeting place ("la base américaine de Ramstein", "Ramstein air base") or a
# comparison ("like the US", "wie zum Beispiel den USA", "comme la France"): not the giver.
_PLACE_BEFORE = lazy(
    r"(?:\bbase\s+(?:[\w'-]+\s+){0,3}(?:de|of|d')\s*|\b(?:like|unlike|wie|comme)\s+(?:zum beispiel\s+|z\. ?b\.\s+|[\w]+\s+){0,2}"
    r"(?:the|la|le|les|l'|die|der|den|dem)?\s*)$"
)
_PLACE_AFTER = lazy(r"^\s*(?:air ?base|base|luftwaffenstutzpunkt|stutzpunkt)\b")
# An organisation as a modifier of its member ("the first NATO ally", "un allié de
# l'Otan", "EU member"): the member is the subject, not the organisation.
_MEMBER_AFTER = lazy(r"^\s*(?:-\s*)?(?:ally|allies|member|members|partner|partners|country|countries|state|states|"
                           r"membre|membres|partenaire|partenaires|mitglied\w*|partner\w*|staat\w*|land|lander)\b")
_MAKER_AFTER = lazy(r"^-?(?:made|built|designed|produced|manufactured)\b")
_MAKER_BEFORE = lazy(
    r"(?:made in|fabrication|fabrique\w* en|de conception|aus|hergestellt in|"
    # the maker as an agent: "conçus par MBDA et Thales", "built by", "entwickelt von"
    r"(?:concu|fabrique|produit|developpe|made|built|designed|produced|manufactured|developed|hergestellt|entwickelt|"
    r"gebaut|produziert)\w* (?:par|by|von) (?:la |le |les |l'|the |der |die |dem |den |des )?|"
    # one of several: "l'un des quatre pays européens", "one of the allies" (the
    # subject is whoever "one" refers to)
    r"(?:l'un|l'une|one|un|une|eine[rs]?) (?:des|of the|of|der|de ces) (?:[\w-]+ ){0,2})\s*$"
)
# Between two words of one noun phrase: up to four short words, no comma or "and".
_PHRASE_GAP = lazy(
    r"^(?:\s*(?:-|'|’)?\s*(?!(?:and|et|und|or|ou|oder|sowie|as|plus|but|mais|aber)\b)[\w'’-]{0,16}){0,4}\s*$"
)
# What _PHRASE_GAP can consume at all. Each of its four rounds takes at most a mark
# and a word of 16 characters, and no word spans white space: a gap with other
# characters, more than four words or more than 4 x 17 characters besides white
# space is no phrase gap, found without the pattern's slow backtracking.
_PHRASE_GAP_CHARS = lazy(r"[\s\w'’-]*")
_WORD_CHAR = lazy(r"\w")
_PHRASE_GAP_MAX_CHARS = 4 * 17


def _in_one_phrase(gap: str) -> bool:
    """Whether the text between two item words keeps them in one noun phrase."""
    if _PHRASE_GAP_CHARS.fullmatch(gap) is None:
        return False
    pieces = gap.split()
    if len(pieces) > 4 and sum(1 for piece in pieces if _WORD_CHAR.search(piece)) > 4:
        return False
    if len(gap) > _PHRASE_GAP_MAX_CHARS and len("".join(pieces)) > _PHRASE_GAP_MAX_CHARS:
        return False
    return _PHRASE_GAP.match(gap) is not None

# One RE2 automaton for all item words, run on the folded text as ASCII bytes: linear
# time however long the article, several times faster than `re` on this many
# alternatives. Without capture groups RE2 is cheap per match, so which category
# matched is found afterwards, on the matched words alone (and remembered).
# RE2 has no look-around: what `re` would say with it is checked after a match.
_ITEM_RE = re2.compile((r"\b(?:" + "|".join(pat for _, pat in CATEGORY_PATTERNS) + r")\b").encode())
_CATEGORY_RES = tuple((category, lazy(pat)) for category, pat in CATEGORY_PATTERNS)
_CATEGORY_OF: dict[bytes, str] = {}
# Words that make the next item word something else: "think tank", "fuel tank",
# "canon à neige" after; "-tank" inside a compound ("anti-tank" has its own words).
# A hyphenated compound keeps its head ("Gepard-Munition", "Kamikaze-Drohnen"), except
# after prefixes that make it something else ("anti-tank", "think-tank").
_NOT_AN_ITEM_BEFORE = lazy(
    r"(?:\b(?:think|fuel|water|septic|fish|oil|gas|storage)[\s-]+|\b(?:anti|counter|non|semi|pro|contre)-)$"
)
_NOT_AN_ITEM_AFTER = lazy(r"^\s+(?:a (?:eau|neige)|de (?:carnaval|neige)|a voile|fleuri|top)\b")
# One RE2 automaton per status (cues of different statuses may overlap; the longest
# wins in _status_cues). What needs look-behind is checked after the match:
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
        sample = _ascii(_STATUS_SAMPLE[status])
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
    # A request accepted is a promise ("ont accepté la demande de Kiev"), not a request.
    "requested": lazy(r"\b(?:accept\w*|granted|accede\w* a) (?:la |the |sa |leur |its |their )?$"),
}
# "ausgesetzt" after a danger is "exposed to" ("der Ukraine, die täglich Drohnenangriffen
# ausgesetzt ist"), not "suspended" ("hat die Lieferungen ausgesetzt").
_EXPOSED_TO_BEFORE = lazy(
    r"(?:angriffen|attacken|beschuss|bombardements?|druck|gefahre?n?|kritik|risiken|bedrohunge?n?|feuer) $"
)
# A request named as the topic of an answer ("Concernant la demande ukrainienne
# d'avions, la question est prématurée", "As for Kyiv's request for jets, ...", "Zur
# Bitte um Kampfjets sagte er ...") is not what the sentence tells: the answer is.
_TOPIC_BEFORE = lazy(
    r"\b(?:concernant|quant a|s'agissant de|as for|regarding|as to|zur|zu der|bezuglich|hinsichtlich)\s+"
    r"(?:la|le|l'|the|der|die|des)?\s*(?:[\w'-]+\s+){0,2}$"
)
# A refusal after "ne"/"n'" is negated: "n'exclut rien" keeps the door open.
_DOUBLE_NEGATION = lazy(r"(?:\bn'|\bne |\bnicht |\bnot )$")
# Which cue wins when two overlap with the same length: the more cautious reading.
_STATUS_PRIORITY = {
    "received": 7, "requested": 6, "discussed": 5, "refused": 4, "production": 3, "manufacture": 3, "output": 3,
    "delivered": 2,
    "pledged": 1, "purchase": 1, "permission": 1, "announced": 0, "include": 0, "delivery": 0,
}
_ACTION_STATUSES = ("pledged", "delivered", "production", "manufacture")
_OUTPUT_CHANGE = lazy(
    r"\b(?:relanc\w*|augment\w*|accelere\w*|accelerat\w*|ramp\w*|increas\w*|boost\w*|expand\w*|doubl\w*|tripl\w*|"
    r"passer a|passera|restart\w*|resum\w*|step\w* up|steiger\w*|ausbau\w*|ausgebaut|erhoh\w*|verdoppel\w*|"
    r"hochfahr\w*|investi\w*|invest\w*|wieder aufgenommen|aufnehmen|demarr\w*|launch\w*|lanc\w*)"
)
# Items that only count when nothing more precise is named in the sentence.
_VAGUE = ("funding", "other")
_VALUES_EQUIPMENT = lazy(
    r"\s*(?:worth\s+)?(?:of|d'|de|an)\s*(?:[\w-]+\s+){0,2}(?:equipements?|equipment|materiels?|materiel|weapons|armes|"
    r"armements?|waffen|rustungsgut\w*|ausrustung)\b"
)
# Currencies whose name alone does not say which ("Kronen", "couronnes"): the donor does.
_CROWNS = {"SE": "SEK", "DK": "DKK", "NO": "NOK", "CZ": "CZK", "IS": "ISK"}


# The extractor's own records (_Mention, _Item, _Cue) are made some thirty times per
# relevant article and never changed (`replace` makes a copy). They are not frozen:
# a frozen dataclass sets each field through object.__setattr__, which made creating
# one three times slower (~1.2 µs more) for a guarantee no code here needs.
@dataclass(slots=True)
class _Mention:
    """An item word or system name: where it is and what it says."""

    start: int
    end: int
    category: str
    system: str | None = None


@dataclass(slots=True)
class _Item:
    start: int
    end: int
    category: str
    system: str | None
    quantity: int | None = None
    value: float | None = None
    currency: str | None = None


@dataclass(slots=True)
class _Cue:
    start: int
    end: int
    status: str
    # "manufacture" when the cue is making rather than buying: the record's category
    # is then "production" (see STATUS_PATTERNS).
    kind: str = ""


def extract_pledges(
    text: str, *, title: str = "", lang: str | None = None, entities: Entities
) -> list[Pledge]:
    """Pledges reported in `title` and `text` (the article body), deduplicated.

    Headlines compress ("Germany delivers tanks" may mean "will deliver"; "shell
    output" is ammunition production), so a pledge read in the title is kept only
    when the body reports nothing from the same donor."""
    title = title.strip()
    full = f"{title}\n\n{text}" if title and text else (title or text)
    if not full.strip():
        return []
    folded = fold_aligned(full)
    data = _ascii(folded)
    spans = sentence_spans(full)

    items_by_sentence = _bucket(spans, _item_mentions(full, folded, data, entities))
    # Every status is searched once in the whole text (see _StatusMatches); production
    # and output cues also decide which sentences are worth reading.
    statuses = _StatusMatches(data)
    production = [
        _Mention(s, e, "production")
        for status in ("production", "manufacture", "output")
        for s, e in statuses.all(status)
        if not (status == "output" and folded[max(0, s - 3) : s] == "de ")
    ]
    # Paying ("finanzieren", "will fund") is worth reading even with nothing named.
    production += [_Mention(s, e, "funding") for s, e in statuses.all("pledged") if _FINANCING.search(folded, s, e)]
    production.sort(key=lambda m: m.start)
    has_production = _bucket(spans, production)
    money_by_sentence = _bucket(spans, money := find_money(full, lang, folded))
    wanted = {i for i in range(len(spans)) if items_by_sentence[i] or has_production[i] or money_by_sentence[i]}
    if not wanted:
        return []

    donors = _bucket(spans, entities.find_donors(full), key=_SECOND)
    others = _bucket(spans, entities.find_others(full), key=_SECOND)
    ukraine = _bucket(spans, entities.find_ukraine(full), key=_SECOND)
    counts: list[list[Count]] | None = None  # found when a sentence first needs them

    usai = _names_usai(folded)
    continues = "include" in statuses.present or any(_opens_list(folded, span) for span in spans)
    title_pledges: list[Pledge] = []
    body_pledges: list[Pledge] = []
    last_donors: tuple[str, ...] = ()
    last_donor_sentence = -10
    carried: str | None = None  # the status the previous sentence ended with
    content = 0  # sentences with words so far: "[…]" between two sentences is no distance
    for index, (start, end) in enumerate(spans):
        if _CONTENT.search(full, start, end):
            content += 1
        previous = last_donors if content - last_donor_sentence <= 2 else ()
        # Cues are read for sentences that may give records or that open a list.
        # Each sentence's cues are read once: for its records and for what it hands on.
        # (Sentences without records matter only for what a later list or "includes"
        # continues: read them only when the article has such a continuation.)
        if index in wanted or (continues and statuses.present):
            sentence_cues = _status_cues(folded, start, end, statuses)
        else:
            sentence_cues = []
        own = _final_status(sentence_cues)
        # A list continues the sentence before it: after "are:" or between ";" items
        # ("Included in this package are: two NASAMS; 150,000 rounds; four radars."),
        # and a sentence that only says what a package includes.
        inherited = None
        if carried is not None and index > 0 and (_opens_list(folded, spans[index - 1]) or own == "include"):
            inherited = carried
            previous = last_donors  # a list keeps its head's donor however long it runs
        # A sentence naming no giver may be told by the next one: "Ukraine has received
        # the first launchers. This was announced by the German defence minister."
        if (
            index in wanted and not donors[index] and not previous and index + 1 < len(spans)
            and donors[index + 1] and _TOLD_BY_NEXT.match(folded, spans[index + 1][0])
        ):
            previous = _group_spans(folded, donors[index + 1])[0][2]
        # Every record needs a giver: a donor named in the sentence, or one borrowed
        # from a previous sentence (see _sentence_pledges). Without either, skip.
        found_donors: tuple[str, ...] = ()
        if index in wanted and (
            donors[index] or (previous and not others[index])
            or (not others[index] and _WESTERN_ITEM.search(folded, start, end))
        ):
            if counts is None:
                counts = _bucket(spans, find_counts(full, lang, money, folded))
            found = _sentence_pledges(
                full, folded, start, end, items_by_sentence[index], money_by_sentence[index],
                counts[index], donors[index], others[index], ukraine[index], previous, sentence_cues, inherited, usai,
                carried,
            )
            (title_pledges if title and start < len(title) else body_pledges).extend(found)
            # The donor a later sentence borrows is who gave here, not the last name read.
            found_donors = tuple(dict.fromkeys(p.donor for p in found))
        if own == "pledged" and usai and _USAI.search(folded, start, end):
            own = "production"  # "Under USAI, the DoD will provide ...": contracting
        # The status of the article's last told step carries over sentences that tell
        # none ("Capabilities in this package include: ..." after the announcement).
        carried = own if own not in (None, "include") else (inherited or carried)
        # Only a sentence about aid sets the donor later sentences borrow: "Man passe
        # sich der Praxis der Verbündeten an" names allies who give nothing here.
        # (A sentence without aid still names who acts when the donor opens it:
        # "Poland's defence ministry made the announcement.")
        if found_donors:
            # (a borrowed donor that gave again stays current: a chain of sentences)
            last_donors, last_donor_sentence = found_donors, content
        elif donors[index]:
            givers = [
                d for d in donors[index]
                if (index in wanted or d[1] - start <= _SUBJECT_REACH) and not _not_a_giver(full, folded, d)
            ]
            if givers:
                # the first group: where a sentence's subject stands
                last_donors = _group_spans(folded, givers)[0][2]
                last_donor_sentence = content
    # A headline is kept with the body: it usually tells the latest step ("US secretly
    # shipped missiles") while the body adds the history ("agreed in February to
    # send"), so both stages are records; the same record twice is one (dedupe).
    # A headline and a body giving the same count of the same thing at two stages
    # tell one event ("Germany delivers 15 Gepard" / "has delivered 15 more"): the
    # body's wording is the exact one.
    counted = {(p.donor, p.category, p.quantity) for p in body_pledges if p.quantity is not None}
    title_pledges = [p for p in title_pledges if (p.donor, p.category, p.quantity) not in counted]
    if title and not title_pledges and spans and spans[0][0] < len(title):
        start, end = spans[0]
        if _FOR_UKRAINE.search(folded, start, end):  # cheap first: most headlines are not verbless
            title_counts = counts[0] if counts is not None else [
                c for c in find_counts(full, lang, money, folded) if c.start < end
            ]
            title_pledges = _verbless_headline(
                full, folded, start, end, items_by_sentence[0], statuses, body_pledges, title_counts
            )
    return _one_reading(dedupe(body_pledges + title_pledges), title)


# A headline without a verb names what goes to Ukraine and leaves the giver to the body:
# "Des Mirage 2000 pour l'Ukraine", "More Patriots for Ukraine?", "Leopard-Panzer für die
# Ukraine". (Folded text.)
_FOR_UKRAINE = lazy(r"\b(?:pour l'ukraine|for ukraine|fur die ukraine)\b")


def _verbless_headline(
    full: str, folded: str, start: int, end: int, mentions: list[_Mention], statuses: _StatusMatches,
    body_pledges: list[Pledge], counts: list[Count],
) -> list[Pledge]:
    """The records of a headline that has no verb ("Des Mirage 2000 pour l'Ukraine"):
    its items, promised (under discussion when it asks), by the one government the body
    names as giving - a headline that leaves the giver out relies on the body naming one.
    Several givers in the body, or none, and the headline gives nothing."""
    marker = _FOR_UKRAINE.search(folded, start, end)
    if marker is None or not mentions or _status_cues(folded, start, end, statuses):
        return []
    # Organisations and "the allies" name no government whose headline this is.
    givers = {p.donor for p in body_pledges if p.donor not in GROUP_DONORS and p.status != "production"}
    if len(givers) != 1:
        return []
    cue = _Cue(marker.start(), marker.end(), "pledged")  # a question becomes discussed there
    return _sentence_pledges(full, folded, start, end, mentions, [], counts, [], [], [], tuple(givers), [cue])


def _one_reading(pledges: list[Pledge], title: str = "") -> list[Pledge]:
    """Article-level clean-up of records that restate others.

    - Umbrella words: "weapons", "Waffen", "a package" from a donor whose precise
      items the article names are the same aid told vaguely ("Germany will send more
      heavy weapons. Seven PzH 2000 will ..."), or background ("the heavy weapons
      Berlin long refused"): dropped.
    - NATO and "the allies" doing the same thing are one actor seen twice (the
      secretary general speaking for the members): the allies' record is kept.
    - Named equipment (radars, helmets) is recorded under the category "other".
    - One intention, one record: a donor's promise and, elsewhere in the article, the
      same donor's same kind of aid told as possible ("Denmark confirms it will send
      F-16s" / "a possible delivery of F-16s by Denmark") are one plan told with and
      without caution: the promise is kept. (A delivery and more under discussion
      are two steps: both kept.)
    - An order and the delivery schedule of its units, told by a word standing for
      the ordered system ("hat 18 RCH 155 bestellt; die ersten sechs sollen 2026
      ausgeliefert werden"), are one record: the order (production).
    - A question the article answers: a lead that asks "Soll Deutschland Kampfpanzer
      liefern?" under a headline (or before a sentence) telling the decision is the
      story's set-up, not a second, undecided record of the same donor and category."""
    precise = {p.donor for p in pledges if p.category not in _VAGUE}
    allies = {(p.category, p.status) for p in pledges if p.donor == "ALLIES"}
    answered = {(p.donor, p.category) for p in pledges if p.status in ("pledged", "delivered", "refused")}
    promised = {(p.donor, p.category) for p in pledges if p.status == "pledged"}
    ordered = {(p.donor, p.category, p.system) for p in pledges if p.status == "production" and p.system}
    # German "Panzer" alone is any armoured vehicle: "die Lieferung von Panzern ... es
    # geht um Flugabwehr-Panzer vom Typ Gepard" names one thing twice.
    kinds_of_panzer = {
        p.donor for p in pledges
        if p.category in ("air_defence", "armoured_vehicles", "artillery") and "anzer" in p.evidence and any(
            not word.startswith(("kampf", "panzer")) for word in _PANZER_COMPOUND.findall(p.evidence.lower())
        )
    }
    kept = []
    for pledge in pledges:
        if kinds_of_panzer and pledge.donor in kinds_of_panzer and _BARE_PANZER.fullmatch(pledge.item.lower()):
            continue
        if pledge.status == "discussed" and (pledge.donor, pledge.category) in promised:
            continue  # one intention told twice, once with caution
        if (
            pledge.status == "pledged" and (pledge.donor, pledge.category, pledge.system) in ordered
            and pledge.system.lower() not in pledge.item.lower()
        ):
            continue  # "the first six" of an order, due next year: the order itself
        if pledge.status == "discussed" and (pledge.donor, pledge.category) in answered and _QUESTION_END.search(
            pledge.evidence or ""
        ):
            continue
        if (
            pledge.category == "other" and pledge.system is None and pledge.donor in precise
            # (a headline refusing arms in general is the news itself: "Germany will
            # not deliver weapons directly", whatever the body lists)
            and not (pledge.status == "refused" and title and pledge.evidence == title)
        ):
            continue
        if pledge.donor == "NATO" and (pledge.category, pledge.status) in allies:
            continue
        kept.append(replace(pledge, category="other") if pledge.category == "equipment" else pledge)
    return kept


_BARE_PANZER = lazy(r"panzern?")
_PANZER_COMPOUND = lazy(r"[a-zäöüß-]*panzer")
_QUESTION_END = lazy(r"\?[\s\"'»”“)]*$")
_TOLD_BY_NEXT = lazy(
    r"(?:this|that|dies|das|cela|ceci|ce que) (?:was|has been|had been|wurde|ist|hat|a ete|est|avait ete) "
    r"(?:[\w'-]+ ){0,3}?(?:announced|confirmed|said|stated|told|reported|by|von|vom|angekundigt|bestatigt|erklart|"
    r"mitgeteilt|annonce|confirme|declare|indique|par)\b"
)
_CONTENT = lazy(r"\w{3}")
_SUBJECT_REACH = 30  # characters from a sentence's start where its subject stands
# A sentence that hands on to the next as a list: ends with ":" or ";", or with "and"
# at a line break ("...; and\nsix radars.").
_LIST_TAIL = lazy(r"(?:[:;]|\b(?:and|et|und|sowie|or|ou|oder))\s*$")


def _opens_list(folded: str, span: tuple[int, int]) -> bool:
    start, end = span
    return bool(_LIST_TAIL.search(folded, max(start, end - 8), end))
# USAI named, or told by its wording: a US package that "includes funding for" items
# pays industry to make them (drawdowns "include" the items themselves).
_USAI = lazy(r"\busai\b|ukraine security assistance initiative|(?:includes|including|provides) funding for")
# Literals each alternative of _USAI holds: a substring search for them (in C, most
# articles have none) spares `re` trying every alternative at every position.
_USAI_LITERALS = ("usai", "assistance initiative", "funding for")


def _names_usai(folded: str) -> bool:
    return any(literal in folded for literal in _USAI_LITERALS) and _USAI.search(folded) is not None


def _final_status(cues: list[_Cue]) -> str | None:
    """The status of a sentence's last cue, what a list after it continues ("include"
    when the sentence only says what something includes)."""
    told = [c for c in cues if c.status != "include"]
    return told[-1].status if told else ("include" if cues else None)


_START = attrgetter("start")
_SECOND = itemgetter(1)


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


def _category_of(words: bytes) -> str:
    """The category whose pattern produced this match: RE2 takes the first alternative
    that matches, so it is the first category matching the whole of `words`."""
    found = _CATEGORY_OF.get(words)
    if found is None:
        text = words.decode("ascii")
        found = next((c for c, pattern in _CATEGORY_RES if pattern.fullmatch(text)), "other")
        if len(_CATEGORY_OF) > 50_000:
            _CATEGORY_OF.clear()
        _CATEGORY_OF[words] = found
    return found


def _ascii(folded: str) -> bytes:
    """Folded text as bytes, one byte per character (anything not ASCII becomes "?",
    which no pattern needs), so byte offsets are character offsets."""
    return folded.encode("ascii", "replace")


_STATUS_SET = _status_set()


def _item_mentions(full: str, folded: str, data: bytes, entities: Entities) -> list[_Mention]:
    """System names and category words; where they overlap the system name wins."""
    systems = [
        _Mention(s, e, entities.category_of(name) or "", name) for name, s, e in entities.find_systems(full)
    ]
    mentions = list(systems)
    system_starts = [m.start for m in systems]
    for match in _ITEM_RE.finditer(data):
        s, e = match.span()
        if _NOT_AN_ITEM_BEFORE.search(folded, max(0, s - 10), s) or _NOT_AN_ITEM_AFTER.match(folded[e : e + 16]):
            continue
        if _trained_as_adjective(folded, s):
            continue
        # Systems are sorted and never overlap each other: only the one starting
        # last before `e` can overlap this word.
        i = bisect.bisect_left(system_starts, e) - 1
        if i >= 0 and systems[i].end > s:
            continue
        mentions.append(_Mention(s, e, _category_of(data[s:e])))
    mentions.sort(key=lambda m: m.start)
    return with_references(folded, mentions, bool(systems))


def _sentence_pledges(
    full: str,
    folded: str,
    start: int,
    end: int,
    mentions: list[_Mention],
    money: list[Money],
    counts: list[Count],
    donors: list[tuple[str, int, int]],
    others: list[tuple[str, int, int]],
    ukraine: list[tuple[str, int, int]],
    previous_donors: tuple[str, ...],
    cues: list[_Cue],
    inherited: str | None = None,
    usai: bool = False,
    context: str | None = None,
) -> list[Pledge]:
    # A package's contents ("includes", or a list after "are:" / items separated by
    # ";") take the status of the package, told in the sentence before.
    # "including" inside a sentence takes the status of the cue before it ("pledged
    # €500 million for needs including Patriot parts"); with none, the package's.
    if inherited is not None and not cues:
        cues = [_Cue(start, start, inherited)]
    resolved: list[_Cue] = []
    for cue in cues:
        if cue.status == "include":
            before = [c for c in resolved if c.status != "include"]
            package = before[-1].status if before else inherited or context
            if package is None:
                continue  # contents of something whose status is not told
            cue = replace(cue, status=package)
        resolved.append(cue)
    cues = resolved
    # "France delivers its first Mirage jets", "liefert die ersten": handing over the
    # first ones is news of a delivery, not a promise.
    cues = [
        replace(c, status="delivered") if c.status == "pledged" and _FIRST_AFTER.match(folded, c.end) else c
        for c in cues
    ]
    # A question promises nothing: "Soll Deutschland Kampfpanzer liefern?"
    if full[start:end].rstrip(" \"'»”“)").endswith("?"):
        cues = [replace(c, status="discussed") if c.status in ("pledged", "delivered") else c for c in cues]
    if not cues:
        return []
    mentions = _without_framework_names(folded, _sentence_mentions(folded, start, end, mentions))
    items = [
        i for i in _items(folded, mentions, counts)
        if not _NOT_GIVEN_BEFORE.search(folded[max(start, i.start - 60) : i.start])
        and (i.category == "training" or not (
            _NOT_GIVEN_AFTER.match(folded, i.end, min(end, i.end + 18))
            or _UKRAINES_OWN_BEFORE.search(folded, max(start, i.start - 14), i.start)
        ))
    ]
    # "send 12 Challenger 2 tanks ..., the first units of the armoured vehicles should
    # ...": a generic word after "the"/"these" repeats an item named before it.
    items = [i for i in items if not _repeats_named_item(folded, i, items)]
    items = [i for i in items if not _accessory_ammunition(folded, start, i, items)]
    precise = [i for i in items if i.category not in _VAGUE]
    if precise or money:
        items = precise + [i for i in items if i.category == "funding" and i.value is not None]
    else:
        other = [i for i in items if i.category == "other"]
        items = other[:1] or items[:1]  # one vague record: "arms", or "aid" if that is all
    # An amount that values equipment ("55 milliards de dollars d'équipements", "$1bn
    # worth of weapons") is that equipment, not money given: category "other".
    money_items = [
        _Item(m.start, m.end, "other" if _VALUES_EQUIPMENT.match(folded, m.end) else "funding", None,
              value=m.value, currency=m.currency)
        for m in money
    ]
    # Money earmarked for named items ("€20 million for the purchase of FPV drones",
    # "400 Millionen € für den Kauf von Drohnen") is what the items cost: the items are
    # the records, the amount is not a separate gift.
    money_items = [i for i in money_items if not _pays_for_items(folded, i, items)]
    items += [i for i in money_items if (c := _nearest_cue(i, cues)) is None or c.status != "production"]
    if not items or all(i.category == "other" for i in items):
        # "wird ... genehmigen und finanzieren": paying is itself the record.
        paying = [c for c in cues if c.status == "pledged" and _FINANCING.search(folded, c.start, c.end)]
        if paying:
            items = [_Item(paying[0].start, paying[0].end, "funding", None)]
    if not items:
        production = [c for c in cues if c.status == "production"]
        if not production:
            return []
        items = [_Item(production[0].start, production[0].end, "production", None)]

    # Without a giver, a maker may be the only name of the giver ("de fabrication
    # franco-italienne"), but a place visited or met in never is.
    # (For training the place is the trainer: "soldiers trained in Britain".)
    trained = any(i.category == "training" for i in items)
    givers = [d for d in donors if not _not_a_giver(full, folded, d)] or [
        d for d in donors if (trained or not _a_place(full, folded, d)) and not _welcomes_after(folded, d[2])
    ]
    donor_groups = _group_spans(folded, givers)
    # The donor of an earlier sentence is borrowed when this one names none, or names
    # donors only where they cannot be the subject ("the Prime Minister offered
    # tanks as a sign of the UK's ambition": the giver is the earlier sentence's).
    borrowed = bool(previous_donors) and not others
    evidence = full[start:end].strip()
    sentence_usai = usai and bool(_USAI.search(folded, start, end))
    contracted = any(c.status == "production" and c.kind != "manufacture" for c in cues)
    pledges: list[Pledge] = []
    for item in items:
        cue = _nearest_cue(item, cues)
        if cue is None or cue.status == "requested":
            continue
        status = cue.status
        category = item.category
        if cue.kind == "manufacture" and item.value is None and not contracted:
            # making, not buying: "Munition produzieren" (but "a contract to expand
            # production of shells" is the shells, bought)
            category = "production"
        if item.category == "production":
            # The item is a production cue itself: what else the sentence says decides.
            other = _nearest_cue(item, [c for c in cues if c.status not in ("production", "pledged", "delivered")])
            if other is not None and other.status == "requested":
                continue
            status = other.status if other is not None else "production"
        if status == "refused" and _recipient_subject(folded, start, cue, ukraine, donors):
            continue  # "l'Ukraine aurait refusé un lot de chars": not a donor's refusal
        if status == "received":
            # Only Ukraine receiving counts, and the giver is whoever it came from.
            if not ukraine or ukraine[0][1] > cue.start:
                continue
            status = _receiving_status(folded, start, cue)
            # The giver is the agent after the cue ("received from Germany"), else
            # whoever the sentence names as the source ("under the Czech-led initiative").
            giver = next((codes for s, e, codes in donor_groups if s >= cue.start and _is_agent(folded, start, s)), ())
            giver = giver or next((codes for s, e, codes in donor_groups), ()) or (previous_donors if borrowed else ())
        elif status == "refused" and _FORBID.match(folded, cue.start):
            # "Die Schweiz hat Deutschland die Weitergabe untersagt": who forbids is the
            # subject, named first; the one forbidden to give is an object.
            # A nationality right before what is forbidden is whose transfer it is, not
            # who forbids ("als Bern deutsche Waffenlieferungen verbot").
            giver = next((
                codes for s, e, codes in donor_groups
                if s < cue.start and not any(0 <= m.start - e <= 1 for m in mentions)
            ), ()) or (previous_donors if borrowed else ())
        else:
            giver = _donors_for(folded, start, cue, item, donor_groups) or (previous_donors if borrowed else ())
            if not giver and (
                _WESTERN_BEFORE.search(folded, max(start, item.start - 20), item.start)
                or _WESTERN_AFTER.match(folded, item.end)
            ):
                giver = ("ALLIES",)  # "Western F-16 jets have arrived": the West, no one named
        if status == "pledged" and _MADE_IN_UKRAINE.match(folded, item.end):
            status = "production"  # bought from Ukraine's own industry: a contract
        if usai and status == "pledged" and item.value is None and (cue.kind == "purchase" or sentence_usai):
            status = "production"  # bought from industry under USAI: a contract, not stock
        # The first of several delivered: that many arrived, and all of them were promised.
        first_of = _first_of_total(folded, start, item, counts) if status == "delivered" else None
        quantity = first_of[0] if first_of else item.quantity
        for code in giver:
            currency = item.currency
            if currency == CROWNS:
                currency = _CROWNS.get(code)
            record = Pledge(
                donor=code,
                category=category,
                status=status,
                item=full[item.start : item.end].strip(),
                system=item.system,
                # A joint figure ("together 100 Leopard 1") is nobody's own share.
                quantity=quantity if len(giver) == 1 else None,
                value=item.value,
                currency=currency,
                evidence=evidence,
            )
            pledges.append(record)
            if first_of:
                pledges.append(replace(record, status="pledged", quantity=first_of[1] if len(giver) == 1 else None))
    return pledges


# Items made by Ukraine's industry and paid for by a donor ("drones produced by
# Ukraine's defense industry", "von ukrainischen Firmen hergestellt") are production.
# "Western" before what is given names the givers as a whole when no one else is named
# ("a new batch of Western fighter jets has arrived", "des chars occidentaux", "westliche
# Kampfpanzer"): the allies. ("Western-made" names a maker, not a giver.)
_WESTERN_BEFORE = lazy(r"\b(?:western|westliche[nmrs]?)\s+(?:[\w-]+\s+)?$")
_WESTERN_AFTER = lazy(r"\s+occidenta(?:l|le|ux|les)\b")
_WESTERN_ITEM = lazy(r"\b(?:western|westliche[nmrs]?|occidenta(?:l|le|ux|les))\b(?!-)")
_MADE_IN_UKRAINE = lazy(
    r"\s*,?\s*(?:produced|made|manufactured|built|produits?|fabriques?|hergestellt|produziert)\s+(?:by|in|par|en|von|in der)\s+"
    r"(?:the\s+)?(?:ukraine|ukrainian|ukrainien\w*|ukrainisch\w*)"
)
_FORBID = lazy(r"untersag|verbiet|verbot|prohibit|interdi|bann|forb|block|bloqu|blockier")
# Ukraine as the subject of a refusal (not "der Ukraine", "à l'Ukraine", "to Ukraine").
_DATIVE_BEFORE = lazy(
    r"(?:\bder|\ba|\bto|\ban|\bau|\baux|\bfor|\bpour|\bfur|\bwith|\bavec|\bmit|\bnach|\bin|\ben|\bde|\bof)\s+"
    r"(?:l'|die|den|the|la)?\s*$"
)


def _recipient_subject(
    folded: str, sentence_start: int, cue: _Cue, ukraine: list[tuple[str, int, int]], donors: list[tuple[str, int, int]]
) -> bool:
    """Whether Ukraine is who refuses: named within a few words before the cue, not
    as an indirect object, with no donor between."""
    for _, s, e in ukraine:
        if e <= cue.start and cue.start - e <= 24 and not _DATIVE_BEFORE.search(folded[max(sentence_start, s - 8) : s]):
            if not any(e <= ds < cue.start for _, ds, _ in donors):
                return True
    return False


# Receiving told in the future or as a possibility: "Ukraine is to receive", "soll
# erhalten", "va recevoir" promise; "could receive", "pourrait recevoir" discuss.
_RECEIVE_FUTURE = lazy(r"\b(?:will|to|is to|soll\w*|wird|werden|va|vont|doit|devrait|devraient|set to|due to)\s+(?:[\w'-]+\s+){0,8}$")
_RECEIVE_MAYBE = lazy(r"\b(?:could|might|may|pourrai\w*|konnte\w*|durfte\w*)\s+(?:[\w'-]+\s+){0,8}$")


def _receiving_status(folded: str, sentence_start: int, cue: _Cue) -> str:
    before = folded[max(sentence_start, cue.start - 70) : cue.start]
    if _RECEIVE_MAYBE.search(before):
        return "discussed"
    if _RECEIVE_FUTURE.search(before) or folded.startswith(("recevr", "recevra"), cue.start):
        return "pledged"
    return "delivered"


def _sentence_mentions(folded: str, start: int, end: int, mentions: list[_Mention]) -> list[_Mention]:
    """Resolve the sentence-dependent words: "formation" is training only when
    trainees are named."""
    if not any(m.category == "training_weak" for m in mentions):
        return mentions
    trainees = bool(_TRAINEES.search(folded, start, end))
    return [
        replace(m, category="training") if m.category == "training_weak" else m
        for m in mentions
        if m.category != "training_weak" or trainees
    ]


class _StatusMatches:
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
            found = self._found[status] = [m.span() for m in _STATUS_RE[status].finditer(self.data)]
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
        matches = _STATUS_RE[status].finditer(self.data[start:end])
        return [(start + m.start(), start + m.end()) for m in matches]


# "Trained" as an adjective describes people, it reports no training: "the number of
# jets and trained pilots is not enough", "more trained crews". After a determiner or
# a conjunction and right before the trainees it is neither an item nor a cue ("has
# trained pilots", "Britain trained crews" stay a training delivered).
_TRAINED_ADJECTIVE_BEFORE = lazy(
    r"\b(?:and|or|the|of|more|enough|with|newly|fully|well|many|few|no|its|their|our|these|those|of)\s+$"
)
_TRAINED_TRAINEES = lazy(r"trained\s+(?:pilot|crew|soldier|troop|personnel|mechanic|recruit|operator|technician)")


def _trained_as_adjective(folded: str, s: int) -> bool:
    return folded.startswith("trained", s) and bool(
        _TRAINED_TRAINEES.match(folded, s) and _TRAINED_ADJECTIVE_BEFORE.search(folded, max(0, s - 12), s)
    )


def _status_cues(folded: str, start: int, end: int, statuses: _StatusMatches) -> list[_Cue]:
    raw: list[_Cue] = []
    for status in statuses.present:
        not_after = _CUE_NOT_AFTER.get(status)
        for s, e in statuses.within(status, start, end):
            before = folded[max(start, s - 16) : s]
            if not_after is not None and not_after.search(before):
                continue
            if status == "delivered" and _trained_as_adjective(folded, s):
                continue
            if status == "pledged" and _NOUN_CUE.fullmatch(folded, s, e) and _NOUN_BEFORE.search(folded, max(start, s - 12), s):
                continue  # "more supplies", "arms shipments": a noun, not a verb
            if status == "refused" and folded.startswith("ausgesetzt", s) and _EXPOSED_TO_BEFORE.search(before):
                continue  # "täglich Angriffen ausgesetzt": exposed to a danger, nothing suspended
            if status == "requested" and _TOPIC_BEFORE.search(folded, max(start, s - 40), s):
                continue  # "as for Kyiv's request for jets, ...": the topic, the answer follows
            double_negation = status == "refused" and _DOUBLE_NEGATION.search(before)
            raw.append(_Cue(s, e, "discussed" if double_negation else status))
    # Overlapping cues: the longest wins ("not ruled out" over "ruled out"); on a tie
    # the more cautious status wins (a hedged promise is still only discussed).
    raw.sort(key=lambda c: (-(c.end - c.start), -_STATUS_PRIORITY[c.status]))
    kept: list[_Cue] = []
    for cue in raw:
        if any(k.start < cue.end and cue.start < k.end for k in kept):
            continue
        kept.append(cue)
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
    # Weak cues speak only when nothing else does: "announced" (how news reports
    # anything), an attributive participle ("the promised tanks have arrived", "les
    # chars promis par Berlin sont arrivés", "die versprochenen Geschütze") and a
    # package's "includes".
    strong = [c for c in kept if c.status not in _WEAK and not _attributive(folded, c)]
    if strong:
        kept = strong + [c for c in kept if c.status == "include"]
    else:
        kept = [replace(c, status="pledged") if c.status in ("announced", "delivery") else c for c in kept]
    return sorted((_modified(folded, start, c) for c in kept), key=lambda c: c.start)


# Cues that speak only when no other does (see _status_cues).
_WEAK = ("announced", "include", "delivery")


# A participle used as an adjective is background, not the news of the sentence:
# German inflected participles ("versprochenen", "zugesagte"), French "promis" without
# its auxiliary ("les chars promis par Berlin"), English "promised" after a determiner
# or before "by" ("the promised jets", "tanks promised by Berlin").
_ATTRIBUTIVE_WORD = lazy(r"(?:versprochen|zugesagt|angekundigt|promis|pledged|promised)(?:e|en|er|es|em)?$")
_FINITE_BEFORE = lazy(
    r"\b(?:a|ont|avait|avaient|avons|ai|as|avez|aura|auront|avoir|ete|est|sont|etait|etaient|has|have|had|was|were|"
    r"been|is|are|hat|haben|hatte|hatten|wurde|wurden|ist|sind|he|she|they|it|we|who|which|that)\s+(?:\w+\s+)?$"
)
_AGENT_PARTICIPLE = lazy(r"(?:financ|command)(?:e|es|ee|ees)|(?:fully |jointly )?(?:funded|financed|ordered)")
_DETERMINER_BEFORE = lazy(r"\b(?:the|its|their|his|her|our|already|previously|long|les|des|ces|die|der|den|das)[\s-]+$")
# "the first of four promised systems": the promise is the whole the first one belongs to.
# Only a number: "the President of France pledged" is the news.
_PART_OF_BEFORE = lazy(
    r"\b(?:of|out of)\s+(?:the\s+)?(?:\d[\d.,]*|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")\s+$"
)
# A relative clause describing a thing by its promise: "the jets it promised", "the
# tanks they had pledged", "les chars qu'il avait promis". The thing is a noun phrase
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
    r"qu'(?:il|elle|ils|elles)\s+(?:a|avait|ont|avaient)\s+)$"
)


def _attributive(folded: str, cue: _Cue) -> bool:
    if cue.status == "delivered":
        # "aux 18 Caesar déjà livrés par la France": a participle without its auxiliary
        text = folded[cue.start : cue.end]
        if text.startswith(("deja ", "livre", "fourni")) and not text.startswith(("deja en", "livrees")):
            return not _FINITE_BEFORE.search(folded, max(0, cue.start - 24), cue.start)
        return False
    if (
        cue.status in ("pledged", "production")
        and _AGENT_PARTICIPLE.fullmatch(folded, cue.start, cue.end)
        and folded.startswith((" par ", " by "), cue.end)
    ):
        # "les canons commandés par l'Ukraine et financés par le Danemark ont été livrés",
        # "the drones, funded by Denmark, were delivered": participles with their agent
        # describe the things; the delivery is the news.
        return not _FINITE_BEFORE.search(folded, max(0, cue.start - 24), cue.start)
    if cue.status != "pledged":
        return False
    word = folded[cue.start : cue.end]
    if not _ATTRIBUTIVE_WORD.match(word) or " " in word:
        return False
    before = folded[max(0, cue.start - 24) : cue.start]
    if word.endswith(("e", "en", "er", "es", "em")) and word.startswith(("versproch", "zugesagt", "angekund")):
        return True  # German participle with an adjective ending
    if _PROMISED_RELATIVE_BEFORE.search(folded, max(0, cue.start - 60), cue.start):
        return True
    if folded.startswith(" by", cue.end) or folded.startswith(" par", cue.end):
        return True
    if _FINITE_BEFORE.search(before):
        return False
    if word.startswith("promis") and not word.startswith("promise"):
        return True  # French "promis(es)" without an auxiliary
    return bool(_DETERMINER_BEFORE.search(before) or _PART_OF_BEFORE.search(before))


def _modified(folded: str, sentence_start: int, cue: _Cue) -> _Cue:
    if (
        cue.status == "discussed"
        and _NEGATION.search(folded[max(sentence_start, cue.start - 30) : cue.start])
        and not _UNDECIDED.search(folded, cue.start, cue.end)
    ):
        return replace(cue, status="requested")  # "did not discuss jets": says nothing
    if cue.status not in _ACTION_STATUSES:
        return cue
    before = folded[max(sentence_start, cue.start - 60) : cue.start]
    if (_NEGATION.search(before) or _NEGATED_INSIDE.search(folded, cue.start, cue.end)
            or _REFUSING_TO.search(before + folded[cue.start : cue.start + 3])):
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
        return replace(cue, status="refused")
    if _READINESS.match(folded, cue.start) and _SIGNALLED.search(before):
        return replace(cue, status="discussed")  # readiness signalled, not announced
    if _HYPOTHETICAL.search(before) or _CLAUSE_QUESTION.search(clause) or (
        verb_last and _CLAUSE_CONDITION.search(clause)
    ):
        return replace(cue, status="discussed")
    # A delivery told in the future is a promise: "will complete the handover",
    # "va achever la livraison", "wird ... übergeben" is left as it is (also passive).
    if cue.status == "delivered" and (
        _FUTURE_BEFORE.search(before)
        # German passive infinitive: "sollen im kommenden Jahr ausgeliefert werden"
        or _PASSIVE_INFINITIVE_AFTER.match(folded, cue.end)
        or (_GERMAN_INFINITIVE.search(folded, cue.start, cue.end) and _GERMAN_FUTURE.search(clause))
    ):
        return replace(cue, status="pledged")
    return cue


# Readiness signalled quietly is not yet a promise: "let it be known privately that
# they were ready to send", "ont discrètement fait savoir qu'ils étaient prêts à
# livrer", "signalisierte Bereitschaft, ... zu liefern" (a readiness confirmed or
# announced stays a promise: "confirmed it was ready to deliver").
_READINESS = lazy(r"(?:is |are |was |were )?(?:ready|prepared|willing|pret|prete|prets|pretes|disposee?s?|bereit)\b")
_SIGNALLED = lazy(
    r"\b(?:signal\w*|indicated|hinted|let it be known|privately|quietly|discreetly|behind closed doors|"
    r"fait savoir|laiss\w* entendre|discretement|en prive|signalisier\w*|angedeutet|deutet\w* an|hinter vorgehaltener hand|"
    r"signalis\w*)\b"
)
# "n'a pris aucune décision" is undecided, not "did not discuss".
_UNDECIDED = lazy(r"decision|entscheidung|undecided")
_CLAUSE_BREAK = lazy(r"[,;:()\[\]]|\s[-–—]\s")
_VERB_LAST = lazy(r"\w+(?:en|ern)(?: (?:wird|werden|will|wollen|soll|sollen|kann|konnen))?$")
_CLAUSE_NEGATION = lazy(r"\b(?:nicht|keine?[nmrs]?|nie|niemals)\b(?! nur\b)")
# "whether"/"ob" open a question, however far before the verb within the clause.
_CLAUSE_QUESTION = lazy(r"\b(?:whether|ob)\b")
_CLAUSE_CONDITION = lazy(r"\b(?:wenn|falls|sofern|kann|kannst|konnen|konnt\w*|darf|durfen)\b")
# "übergeben" is infinitive and participle: after "wird Deutschland ... übergeben" it is
# the future ("will hand over"), after "hat"/"wurde" a past handover.
_GERMAN_INFINITIVE = lazy(r"(?:ubergeben|uberlassen|abgeben)$")
_PASSIVE_INFINITIVE_AFTER = lazy(r"\s+(?:zu )?werden\b")
_GERMAN_FUTURE = lazy(r"\b(?:wird|werden|will|wollen|soll|sollen)\b")
_FUTURE_BEFORE = lazy(r"\b(?:will|shall|going to|plans? to|set to|due to|va|vont|allons)\s+(?:[\w'-]+\s+){0,2}$")


def _clause_before(folded: str, sentence_start: int, position: int) -> str:
    """The text of the clause that ends at `position`: back to the last comma,
    semicolon, colon, bracket or dash, or to the sentence start (at most 200 chars)."""
    low = max(sentence_start, position - 200)
    last = low
    for match in _CLAUSE_BREAK.finditer(folded, low, position):
        last = match.end()
    return folded[last:position]


# A name spelled out then abbreviated in brackets is one item: "... Rocket Systems (HIMARS)".
_ACRONYM_GAP = lazy(r"\s*\(\s*")


_FINANCING = lazy(r"(?:financ|finanzier|fund(?:s|ed|ing)?\b)")
_FOR_PURPOSE = lazy(
    r"\s*(?:will be used |sollen |seront consacres )?(?:for|pour|fur|to buy|to purchase|to procure|zum kauf|zur beschaffung|"
    r"pour l'achat|pour acheter|pour financer|to fund)\b"
)


def _pays_for_items(folded: str, money: _Item, items: list[_Item]) -> bool:
    """Whether an amount is followed by what it buys: a purpose word, then a precise
    item within a few words and no other amount between."""
    purpose = _FOR_PURPOSE.match(folded, money.end)
    if purpose is None:
        return False
    return any(
        i.category not in _VAGUE and i.value is None and purpose.end() <= i.start <= purpose.end() + 60
        for i in items
    )


# The name of an initiative, coalition or meeting is not an item: "im Rahmen der
# Initiative zur Luftverteidigung ... Drohnen", "under the air defence coalition,
# Norway will fund drones", "la coalition blindés". A category word inside such a name
# gives way when the sentence names another kind of thing, which is what is given.
_FRAMEWORK_BEFORE = lazy(
    r"\b(?:initiative|coalition|koalition|programme|program|programm|mechanism|mecanisme|format|"
    r"contact group|kontaktgruppe|groupe de contact|capability coalition|allianz|alliance)"
    r"\s+(?:(?:for|on|of|zur|zum|fur|der|des|de|du|pour|sur|de la|d')\s+)?(?:[\w-]+\s+)?$"
)
_FRAMEWORK_WORD = lazy(r"initiative|coalition|koalition|program|mechanism|mecanisme|format|group|gruppe|allian")
_BRACKETED_AFTER = lazy(r"\s*\([^()]*")
_FRAMEWORK_AFTER = lazy(
    r"\s*(?:-\s*)?(?:initiative|coalition|koalition|capability coalition|programme|program|mechanism|format)\b"
)


def _without_framework_names(folded: str, items: list[_Mention]) -> list[_Mention]:
    if not items or not _FRAMEWORK_WORD.search(folded, max(0, items[0].start - 40), items[-1].end + 40):
        return items  # (most sentences name no initiative: one search says so)
    named = [
        i for i in items
        if i.category not in _VAGUE and (
            _FRAMEWORK_BEFORE.search(folded, max(0, i.start - 40), i.start)
            or _FRAMEWORK_AFTER.match(folded, i.end)
            or folded.endswith(("initiative", "koalition"), i.start, i.end)
        )
    ]
    if not named:
        return items
    # ... and so is its translation or acronym in brackets after it: "Initiative zur
    # Luftverteidigung (Enduring Action on Air Defence)".
    named += [
        i for i in items
        if i not in named and any(n.end <= i.start and _BRACKETED_AFTER.fullmatch(folded, n.end, i.start) for n in named)
    ]
    given = {i.category for i in items if i.category not in _VAGUE and i not in named}
    if not given - {i.category for i in named}:
        return items
    return [i for i in items if i not in named or i.category in given]


# A system's own ammunition told with it belongs to that record: "18 HIMARS and their
# ammunition", "des canons Caesar et leurs munitions", "Haubitzen samt Munition".
# (Ammunition named on its own, "ammunition for HIMARS", is a record of its own.)
_ACCESSORY_BEFORE = lazy(
    r"\b(?:and|with|plus|et|avec|samt|mit|und|inklusive|einschlie(?:ss|s)lich)\s+"
    r"(?:their|its|the associated|leurs|ses|leur|sa|les|ihrer|ihre[mn]?|seiner|seine[mn]?|der dazugehorigen|"
    r"dazugehorige[rn]?)?\s*$"
)


def _accessory_ammunition(folded: str, sentence_start: int, item: _Item, items: list[_Item]) -> bool:
    if item.category != "ammunition" or item.system is not None or item.quantity is not None:
        return False
    if not _ACCESSORY_BEFORE.search(folded, max(sentence_start, item.start - 30), item.start):
        return False
    before = [i for i in items if i.end <= item.start]
    return bool(before) and before[-1].system is not None and item.start - before[-1].end <= 40


_DEFINITE_BEFORE = lazy(r"\b(?:the|these|those|ces|diese[nmrs]?)\s+(?:[\w-]+\s+)?$")


def _repeats_named_item(folded: str, item: _Item, items: list[_Item]) -> bool:
    return (
        item.system is None
        and item.category not in _VAGUE
        and item.category != "training"
        and any(other.system and other.end <= item.start for other in items)
        and _DEFINITE_BEFORE.search(folded, max(0, item.start - 24), item.start) is not None
    )


def _items(folded: str, mentions: list[_Mention], counts: list[Count]) -> list[_Item]:
    """Group adjacent mentions into noun phrases and give each phrase its category.
    Vague words ("package", "arms") step aside when precise ones are present, so
    "a package including 59 Bradleys" is about the Bradleys."""
    if any(m.category not in _VAGUE for m in mentions):
        mentions = [m for m in mentions if m.category not in _VAGUE]
    groups: list[list[_Mention]] = []
    for mention in mentions:
        gap = folded[groups[-1][-1].end : mention.start] if groups else ""
        # (a partitive "en" is a thing of its own: "18 chars, le Portugal en a envoyé 3")
        if (
            groups and (_in_one_phrase(gap) or _ACRONYM_GAP.fullmatch(gap)) and folded[mention.start : mention.end] != "en"
            and not (mention.category == "ammunition" and _ACCESSORY_BEFORE.search(gap))
        ):
            groups[-1].append(mention)
        else:
            groups.append([mention])
    items: list[_Item] = []
    for group in groups:
        start, end = group[0].start, group[-1].end
        category, system = _group_category(group, folded)
        # "Patriot launchers and missiles": bare missiles listed with an air-defence
        # system are its interceptors.
        if (
            category == "missiles" and system is None and items and items[-1].category == "air_defence"
            and _LISTED_WITH.fullmatch(folded, items[-1].end, start)
        ):
            category = "air_defence"
        items.append(_Item(start, end, category, system, quantity=_quantity_before(folded, start, counts)))
    return items


_FIRST_AFTER = lazy(
    r"\s+(?:(?:to|an)\s+(?:ukraine|kyiv|kiev)\s+)?(?:its|their|the|ses|leurs|les|seine|ihre|die)\s+(?:first|premier\w*|erste\w*)\b"
)
_LISTED_WITH = lazy(r"\s*(?:[\w-]+\s+){0,2}(?:,|and|et|und|sowie|as well as)\s*(?:[\w-]+\s+){0,2}")


# Air-defence systems that fire shells, not missiles: their ammunition stays ammunition.
_GUN_AIR_DEFENCE = ("Gepard", "Skynex", "Skyguard")
# Words for the rounds of a gun, as opposed to "munitions"/"Munition" in general.
_MISSILE_AIR_DEFENCE = lazy(r"surface-to-air|sol-air|boden-luft|missile defen|interceptor|intercepteur|abfangraketen|raketenabwehr")
_GUN_ROUNDS = lazy(r".*(?:shells|rounds|obus|granaten|patronen|cartouches|geschosse?|mm|calibre|caliber)")


def _group_category(group: list[_Mention], folded: str = "") -> tuple[str, str | None]:
    """What a noun phrase is about. Ammunition "for" something stays ammunition;
    rockets for a launcher are ammunition; training on a system stays training;
    otherwise a named system decides, then the first precise word."""
    precise = [m for m in group if m.category not in _VAGUE] or group
    system = next((m for m in precise if m.system), None)
    head = precise[0]
    if any(m.system is None and m.category == "ammunition" for m in precise):
        # The munitions of a missile air-defence system are its interceptors, which
        # the labelling rules count as air defence: "munitions for NASAMS", "Munition
        # für IRIS-T" (but "35 mm rounds for the Gepard" are ammunition).
        first_ammunition = next(m for m in precise if m.category == "ammunition")
        launcher = next((m for m in precise if m.start > first_ammunition.start and (
            (m.system and m.category == "air_defence" and m.system not in _GUN_AIR_DEFENCE)
            or (not m.system and _MISSILE_AIR_DEFENCE.match(folded, m.start, m.end))
        )), None)
        if launcher is not None and not _GUN_ROUNDS.match(folded, first_ammunition.start, first_ammunition.end):
            return "air_defence", system.system if system else None
        return "ammunition", system.system if system else None
    if head.system is None and head.category == "training":
        return "training", system.system if system else None
    if head.system is None and head.category == "missiles" and system and system.category == "artillery":
        return "ammunition", system.system
    if system is not None:
        return system.category, system.system
    return head.category, None


# Up to three words between a count and its item ("14 modern Leopard 2").
_COUNT_GAP = lazy(r"(?:\s*[^\W\d][\w'-]*){0,3}\s*")


# "The first of four promised IRIS-T systems was handed over", "die ersten 14 von 18
# zugesagten Leopard sind angekommen", "le premier des quatre systèmes promis a été livré":
# what arrived is the first one (or the first 14); the total is the promise they are part
# of. Read as one record, the sentence would deliver all of them.
_FIRST_OF_BEFORE = lazy(
    r"\b(?:first|erste[nrs]?|premi(?:er|ere)s?)\s+(?:(?P<part>[\w-]+)\s+)?"
    r"(?:of|out of|von|aus|des|d'entre)\s+(?:the\s+|den\s+|les\s+|its\s+|ses\s+|seinen\s+|ihren\s+)?$"
)


def _first_of_total(folded: str, sentence_start: int, item: _Item, counts: list[Count]) -> tuple[int, int] | None:
    """(how many arrived, how many in all) when the item is told as "the first [k] of N"."""
    total = next((c for c in reversed(counts) if c.end <= item.start), None)
    if total is None or not _COUNT_GAP.fullmatch(folded, total.end, item.start):
        return None
    reach = max(sentence_start, total.start - 40)
    match = _FIRST_OF_BEFORE.search(folded, reach, total.start)
    if match is None:
        return None
    part = 1
    if match.group("part"):
        # "the first two of", "die ersten 14 von"; any other word ("the first batch of")
        # says nothing of how many.
        counted = next((c for c in counts if match.start("part") <= c.start and c.end <= match.end("part")), None)
        if counted is None:
            return None
        part = counted.value
    return (part, total.value) if part < total.value else None


def _quantity_before(folded: str, start: int, counts: list[Count]) -> int | None:
    """A count that ends at most three words before the item ("14 modern Leopard 2")."""
    for count in reversed(counts):
        if count.end <= start:
            if _COUNT_GAP.fullmatch(folded, count.end, start):
                return count.value
            return None
    return None


def _nearest_cue(item: _Item, cues: list[_Cue]) -> _Cue | None:
    """The cue closest to the item; cues after it count a little farther, since
    news puts the verb before what it governs."""
    best: tuple[float, _Cue] | None = None
    for cue in cues:
        if cue.start < item.end and item.start < cue.end:
            distance = 0.0
        elif cue.end <= item.start:
            distance = float(item.start - cue.end)
        else:
            distance = (cue.start - item.end) * 1.3
        if best is None or distance < best[0]:
            best = (distance, cue)
    return best[1] if best else None


def _group_spans(folded: str, donors: list[tuple[str, int, int]]) -> list[tuple[int, int, tuple[str, ...]]]:
    """Donor mentions joined by commas or "and": (start, end, codes) per group."""
    spans: list[list] = []
    for code, s, e in donors:
        if spans and _COORDINATION.match(folded[spans[-1][1] : s]):
            spans[-1][1] = e
            spans[-1][2].append(code)
        else:
            spans.append([s, e, [code]])
    return [(s, e, tuple(dict.fromkeys(codes))) for s, e, codes in spans]


def _not_a_giver(full: str, folded: str, donor: tuple[str, int, int]) -> bool:
    """A donor word that names a place visited or a maker, not the giver."""
    code, s, e = donor
    return bool(
        _LOCATIVE_BEFORE.search(full[max(0, s - 16) : s].lower())
        or _MAKER_AFTER.match(folded[e : e + 14])
        or _MAKER_BEFORE.search(folded[max(0, s - 20) : s])
        or _PLACE_BEFORE.search(folded[max(0, s - 40) : s])
        or _PLACE_AFTER.match(folded[e : e + 24])
        or (code in ("NATO", "EU", "G7") and _MEMBER_AFTER.match(folded[e : e + 16]))
        or _welcomes_after(folded, e)
    )


# Who welcomes or praises aid is a speaker, not its giver: "NATO's secretary general
# welcomed the first delivery", "le président français a salué la livraison", "Die
# EU-Kommission begrüßte die Lieferung" (the thanked party may well be the giver).
_WELCOME_VERB = lazy(r"welcom|prais|hail|applaud|salu|begrus|lobt")


def _welcomes_after(folded: str, end: int) -> bool:
    # (the verbs are rare: look for one before running the whole pattern)
    return bool(_WELCOME_VERB.search(folded, end, end + 70) and _WELCOMES_AFTER.match(folded, end, end + 70))


_WELCOMES_AFTER = lazy(
    r"(?:'s)?(?:\s+[\w.'-]+){0,5}?\s+(?:welcomed|welcomes|praised|praises|hailed|hails|applauded|applauds|"
    r"(?:a |ont )?salue|saluent|begrus\w*|lobte|lobt)\b"
)


def _a_place(full: str, folded: str, donor: tuple[str, int, int]) -> bool:
    _, s, e = donor
    return bool(
        _LOCATIVE_BEFORE.search(full[max(0, s - 16) : s].lower())
        or _PLACE_BEFORE.search(folded[max(0, s - 40) : s])
        or _PLACE_AFTER.match(folded[e : e + 24])
    )


def _donors_for(
    folded: str, sentence_start: int, cue: _Cue, item: _Item, groups: list[tuple[int, int, tuple[str, ...]]]
) -> tuple[str, ...]:
    """The donor group nearest before the cue or the item, whichever comes first (the
    subject: "Germany will send tanks"); else the first one after it that is an agent
    ("contracts signed by the US, France and Norway") or a source ("..., Berlin said")."""
    # A long cue can hold the item ("hat Deutschland 52 Gepard übergeben"): then
    # what precedes the item inside the cue counts as before.
    anchor = item.start if cue.start < item.start < cue.end else min(cue.start, item.start)
    if cue.kind == "permission":
        # "allowed Poland to send": the one permitted, named inside the cue, gives.
        inside = [codes for s, e, codes in groups if cue.start < s < cue.end]
        if inside:
            return inside[0]
    # A passive agent right after the item or its cue names the giver even when a
    # speaker came first ("Stoltenberg praised contracts signed by the US and France").
    near = max(cue.end, item.end)
    for s, e, codes in groups:
        if near <= s <= near + 40 and _PASSIVE_AGENT.search(folded[max(sentence_start, s - 30) : s]):
            return codes
    # A nationality right after the item is its giver: "les canons Caesar français",
    # "chars allemands" (a maker, "de fabrication française", was filtered out before).
    for s, e, codes in groups:
        if item.end <= s <= item.end + 2 and _ADJECTIVE_GAP.fullmatch(folded, item.end, s):
            return codes
    before = [codes for s, e, codes in groups if e <= anchor]
    if before:
        return before[-1]
    # The only giver the sentence names is its subject, wherever it stands: German
    # puts it after the verb when something else opens the sentence ("Mit der
    # Lieferung von 14 Kampfpanzern weitet Deutschland seine Hilfe aus").
    if len(groups) == 1 and not _LOCATIVE_GAP.search(folded, sentence_start, groups[0][0]):
        return groups[0][2]
    for s, e, codes in groups:
        if s >= anchor and (_is_agent(folded, sentence_start, s) or _REPORTING_AFTER.match(folded[e : e + 60])):
            return codes
    if item.category == "training":
        # "soldiers trained in Britain": for training, the place is the trainer.
        return next((codes for s, e, codes in groups if s >= anchor), ())
    return ()


_ADJECTIVE_GAP = lazy(r"\s?")
# Words after which a lone donor name is where something happens or goes, not who acts.
_LOCATIVE_GAP = lazy(r"\b(?:via|through|par l'intermediaire de|uber|to|vers|nach|towards|from|aus|de la part)\s+(?:the |la |le |les |l'|die |der |den )?$")


def _is_agent(folded: str, sentence_start: int, donor_start: int) -> bool:
    return bool(_AGENT_BEFORE.search(folded[max(sentence_start, donor_start - 70) : donor_start]))


def dedupe(pledges: Iterable[Pledge]) -> list[Pledge]:
    """One record per (donor, category, status, system), keeping the most specific;
    a record without a system is dropped when the same donor, category and status has
    one with a system (the article named what it meant)."""
    best: dict[tuple, Pledge] = {}
    for pledge in pledges:
        key = (pledge.donor, pledge.category, pledge.status, pledge.system)
        current = best.get(key)
        if current is None or _specificity(pledge) > _specificity(current):
            best[key] = pledge
    with_system = {(p.donor, p.category, p.status) for p in best.values() if p.system}
    return [p for p in best.values() if p.system or (p.donor, p.category, p.status) not in with_system]


def _specificity(pledge: Pledge) -> tuple[bool, bool, int]:
    return (pledge.quantity is not None, pledge.value is not None, -abs(len(pledge.item) - 25))


def pledge_key(pledge: Pledge) -> tuple[str, str, str, str]:
    """What makes two reports the same pledge across outlets: who, what kind, which
    system, how far along. Quantities and wording vary between outlets."""
    return (pledge.donor, pledge.category, pledge.system or "", pledge.status)
