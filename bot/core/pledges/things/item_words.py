"""Item words: the categories of what is given ("tanks", "Munition", "défense
aérienne", "aid package"...) as patterns on folded text, and where they and the entity
lists' system names occur in an article (item_mentions)."""

from __future__ import annotations

import bisect
from dataclasses import replace

import re2

from bot.core.pledges.passes.byte_scans import match_spans
from bot.core.pledges.passes.entities import Entities
from bot.core.pledges.passes.records import Mention
from bot.core.pledges.things.references import with_references
from bot.core.pledges.things.air_defence_radars import AIR_DEFENCE_RADAR_WORDS
from bot.core.text.lazy_pattern import guarded, lazy

# Patterns run on folded text (lower case, no accents, ß -> s). At one position the
# first alternative wins, so specific compounds come before the generic word they
# contain (Schützenpanzer before Panzer, artillery shells before artillery).

# Money paid back ("reimbursement", "remboursement", "Rückerstattung", "Kostenerstattung",
# "Erstattung"), as a word of its own: "Berichterstattung" (news coverage) is none. One
# alternation for the funding words here and the pledge reader's refund guards (extract.py).
REFUND_WORDS = r"reimbursements?|remboursements?|\b(?:\w*ruck|kosten)?erstattung\w*"
# The sum a refund pays, told right after its word: "the reimbursement of 6.6 billion
# euros", "le remboursement de 6,6 milliards", "die Erstattung von 6,6 Milliarden Euro"
# (folded text, up to the sum): the money at stake, not things given before.
REFUND_SUM_BEFORE = (
    rf"(?:{REFUND_WORDS})\s+(?:of|de|d'|von|uber|in hohe von)\s*"
    r"(?:(?:up to|jusqu'a|bis zu|rund|about|environ)\s+)?$"
)

# Services given as things (folded; equipment, see CATEGORY_PATTERNS): what they are for, in the same
# noun phrase ("spare parts for Ukraine's M777 howitzers", "un centre de maintenance pour les
# canons Caesar", "ein Instandsetzungszentrum für Marder") is serviced, not given: the phrase
# is the service (items._group_category, given_items._SERVICED_BEFORE).
SERVICE_WORDS = (
    r"(?:repair|maintenance|servicing|overhaul) (?:centres?|centers?|hubs?|workshops?|facilit(?:y|ies)|bases?|plants?|sites?)|"
    r"(?:centres?|ateliers?|sites?|bases?|plateformes?) de (?:maintenance|reparation|remise en etat)|"
    r"\w*(?:instandsetzungs|wartungs|reparatur)(?:zentr|werk|stutzpunkt|basis|hub)\w*|"
    r"spare (?:parts|barrels)|replacement (?:parts|barrels)|pieces (?:detachees|de rechange)|\w*ersatzteil\w*|"
    r"\w*ersatzrohr\w*"
)

# Fuel, a service given as things are (category "other", below).
FUEL_WORDS = (
    r"(?:diesel|jet|aviation) fuel|(?:tonnes|tons|litres|liters|barrels) of (?:diesel|fuel)|"
    r"(?:tonnes|litres|m3) de diesel|(?:tonnen|liter|litern) diesel|"
    r"fuel (?:supplies|deliveries|shipments)|carburants?|gazole|gasoil|kerosene|\w*treibstoff\w*|\w*kraftstoff\w*"
)  # (not bare "diesel": "diesel generators" for the power grid are no fuel)

CATEGORY_PATTERNS: tuple[tuple[str, str], ...] = (
    # Packages first, so "aid package" and "Militärhilfepaket" are packages, not "aid".
    # (Italy's aid comes by decree: "13th military aid decree", "13e décret d'aide
    # militaire", which German copy calls "13. Hilfspaket": a package, not money.)
    ("other", r"(?:(?:military |security |financial )?aid|(?:military |security )?assistance|military|security|"
     r"weapons?|arms) (?:packages?|decrees?)|(?:paquets?|decrets?) d'aide(?: militaire)?|\w*paket\w*|"
     # "Weapons and ammunition" together is the stock phrase for arms in general, an
     # umbrella like "weapons" ("pledged continued supplies of weapons and ammunition").
     r"(?:weapons|arms) and (?:ammunition|munitions)|armes et (?:des |de )?munitions|waffen und munition"),
    # An aircraft that carries a radar is an aircraft, before the radar words it holds:
    # "radar surveillance aircraft", "airborne early-warning planes", "avions de surveillance
    # radar", "avions radar", "Radarflugzeuge", "Aufklärungsflugzeuge" (a radar alone stays
    # equipment, below).
    ("aircraft", r"radar (?:surveillance |reconnaissance |early[- ]warning )?(?:aircraft|planes?|jets?)|"
     r"(?:airborne )?early[- ]warning (?:and control )?(?:aircraft|planes?|jets?)|awacs|"
     r"(?:surveillance|reconnaissance) (?:aircraft|planes?)|"
     r"avions?(?: radars?| de (?:surveillance|reconnaissance|detection|guet)(?: aerienne| aeroportee)?(?: radars?)?|"
     r" d'alerte avancee(?: radars?)?)|"
     r"\w*radarflugzeug\w*|\w*(?:aufklarungs|uberwachungs|fruhwarn)flugzeug\w*"),
    # A radar of an air-defence system is air defence, before the radar words of equipment below:
    # "six TRML-4D-Radargeräte", "fire-control radars" (air_defence_radars.py, stop 63).
    ("air_defence", AIR_DEFENCE_RADAR_WORDS),
    # Any other radar is equipment whatever it serves, before the air defence words it may follow or
    # contain: "four air defence radars", "Luftverteidigungsradare" (as "radars de défense
    # aérienne", "Radargeräte zur Luftverteidigung" and the real set's counter-artillery
    # radars are; the README names systems, not their radars, as air defence).
    ("equipment", r"air[- ]defen[cs]e radars?|\w*(?:luftverteidigungs|flugabwehr|luftabwehr)radar\w*|"
     # (a radar that finds guns is equipment, before the artillery it names: "Artillerieradare",
     # "artillery radars", "radars d'artillerie"; the bare German plural "Radare" is below)
     r"\w*artillerieradar\w*|artillery[- ](?:hunting |locating )?radars?|radars? (?:d'artillerie|de contre-batterie)|"
     # ... and so are the radars that find drones ("counter-drone radars", "radars anti-drones",
     # "Drohnenabwehrradare"), before the counter-drone words below
     r"(?:anti|counter)-?(?:drones?|uavs?) radars?|radars? anti-?drones?|\w*drohnenabwehrradar\w*|"
     # Mine hunters are ships and mine detectors tools (equipment), before the mines they
     # name (ammunition): "minehunters", "chasseurs de mines", "Minenjagdboote", "détecteurs
     # de mines", "Minendetektoren"
     r"mine ?hunters?|minesweepers?|chasseurs? de mines|dragueurs? de mines|\w*minen(?:jagd|such)boot\w*|"
     r"mine detectors?|detecteurs? de mines|\w*minendetektor\w*|"
     # ... as are the detectors that find drones, before the drones they name: "drone
     # detectors", "détecteurs de drones", "Drohnendetektoren" (what they find is the threat)
     r"(?:drone|uav) (?:detectors?|detection (?:systems?|devices?|equipment|kits?))|"
     r"(?:detecteurs?|systemes? de detection|dispositifs? de detection) (?:de |d')(?:drones?|uavs?)|"
     r"\w*drohnen(?:detektor|detektions|erkennungs)\w*|"
     # ... and so is kit told by a clause of what it finds: "systems to detect drones", "Systeme zur
     # Erkennung von Drohnen", "dispositifs pour repérer les drones" (review 62; the drones are the threat)
     r"(?:systems?|devices?|equipment|kits?|sensors?) (?:to|for|that|which) (?:detect|spot|track|locate)(?:s|ing)? "
     r"(?:(?:enemy|russian|incoming|the|hostile) )?(?:drones?|uavs?)|"
     r"(?:systemes?|dispositifs?|equipements?|moyens|capteurs?) (?:de (?:detection|reperage)|pour (?:detecter|reperer)) "
     r"(?:des |de |d'|les )?(?:drones?|uavs?)|"
     r"(?:systeme?n?|gerate?n?|ausrustung|sensoren) zu[rm] (?:erkennung|ortung|aufspurung|detektion|aufspuren) "
     r"(?:von )?(?:(?:feindlichen|russischen|anfliegenden) )?drohnen|"
     # Flak jackets are body armour, before the anti-aircraft "flak" they hold: "12,000 flak
     # jackets", "flak vests" (as "gilets pare-éclats")
     r"flak (?:jackets?|vests?)|gilets? pare-eclats|"
     # Military radios are kit (no category of their own): "tactical radios", "radios
     # tactiques", "postes radio", "Funkgeräte"; named with what makes them an army's, as a
     # bare "radio" is a broadcaster ("Radio Free Europe", "les radios locales")
     r"(?:tactical|military|field|encrypted|secure|handheld|hand-held|two-way|portable|digital) radios?(?: sets?)?|"
     r"radio sets|walkie-talkies?|radios? (?:tactiques?|militaires?|chiffrees?|portatives?|de campagne)|"
     r"postes? (?:de )?radio(?: (?:tactiques?|militaires?|chiffres?|portatifs?))?|talkies?-walkies?|"
     r"\w*funkgerate?n?"),
    # Jammers and electronic warfare kit are equipment (no category of their own in the
    # README), told before the drone and air-defence words they may carry: "drone jammers",
    # "anti-drone jammers", "EW systems", "brouilleurs anti-drones", "systèmes de guerre
    # électronique", "Störsender", "Drohnen-Störsender", "Systeme zur elektronischen Kampfführung".
    # The bare concept ("electronic warfare remains a challenge") is no kit: its noun is needed.
    ("equipment", r"(?:(?:anti-?|counter-?)?drone[- ])?jammers?|jamming (?:systems?|devices?|equipment|stations?)|"
     r"electronic[- ]warfare (?:systems?|equipment|kits?|stations?|devices?|assets?)|ew (?:systems?|equipment|kits?)|"
     r"brouilleurs?(?: anti-?drones?)?|(?:systemes?|dispositifs?|stations?) de brouillage(?: anti-?drones?)?|"
     r"(?:systemes?|equipements?|moyens|dispositifs?) de guerre electronique|drohnen-storsender|\w*storsender|\w*storsystem\w*|"
     r"\w*storgerate?n?|(?:systeme?n?|ausrustung|gerate?n?) zur elektronischen kampffuhrung|eloka-?\w*"),
    # What shoots drones down is air defence, before the drone words it contains:
    # "drone-defence systems", "counter-drone", "anti-drone guns", "Drohnenabwehr",
    # "systèmes (de lutte) anti-drones".
    ("air_defence", r"drone[- ]defen[cs]e(?: systems?| guns?)?|(?:anti|counter)-?(?:drones?|uavs?)(?: (?:systems?|guns?|weapons?))?|"
     r"\w*drohnenabwehr\w*|(?:(?:systemes?|canons?|dispositifs?) )?(?:de (?:lutte|defense) )?anti-?drones?|"
     # ("Geräte zur Abwehr von Drohnen" is "Drohnenabwehr" told as a clause)
     r"(?:systeme?n?|gerate?n?) zur abwehr von (?:(?:feindlichen|russischen|anfliegenden) )?drohnen"),
    # Interceptor drones are drones that hunt drones (the README's categories: drones), told
    # before the air-defence word "interceptors" they contain: "interceptor drones", "drone
    # interceptors", "drones intercepteurs", "Interceptor-Drohnen" ("Patriot interceptors"
    # stay air defence).
    ("drones", r"interceptor[- ]?drones?|drone[- ]interceptors?|drones? (?:intercepteurs?|d'interception)|"
     r"interceptor-?drohnen?|"
     r"loitering munitions?|munitions? rodeuses?|kamikaze[- ]?drones?|\w*drohnen?|drones?|uavs?|"
     r"unmanned (?:aerial |surface |underwater )?(?:vehicles?|systems?)"),
    # (the singular too, as a compound's first part: "mortar round deliveries", "artillery shell shipments")
    ("ammunition", r"(?:artillery|mortar|howitzer|tank|mm|calibre|caliber) (?:shells?|rounds?|ammunition|bombs)|tank (?:shells|ammunition)|"
     r"obus de mortier|rounds of (?:\w+ )?(?:ammunition|munitions)|"
     r"(?:obus|munitions?) d'artillerie|artillerie(?:munition|granaten?|geschoss)\w*|\w*munition\w*|ammunitions?|ammo|"
     r"shells|obus|\w*granaten(?:lieferung\w*)?|projectiles?|rounds of ammunition|cartouches|patronen|"
     # explosives, to clear mines or to make munitions, are ammunition: "300 Tonnen Sprengstoff",
     # "tonnes of explosives", "des explosifs" (the adjective, "engins explosifs", is read
     # after a match: _EXPLOSIVE_ADJECTIVE_BEFORE)
     r"explosives|explosifs|\w*sprengstoff(?:e|en)?|"
     # (German counts rounds as "Schuss", singular after any count: "eine Million Schuss", "500.000 Schuss";
     # a whole word, not "Beschuss", shelling)
     r"geschosse?|rounds|\bschuss\b|"
     # the singular with what is done with shells, as headlines say it ("signs shell
     # contract", "shell deal"; "Shell" alone is the oil company, and "Shell supplies
    # Ukraine with diesel" is the company's verb, so no "shell supplies")
     r"shell (?:contracts?|deals?|orders?|purchases?|deliver(?:y|ies)|shipments?)|"
     # Mines are ammunition ("anti-tank mines", "mines antichars", "Panzerabwehrminen").
     r"(?:anti-?tank |land|anti-?personnel )?mines|mines anti-?chars?|(?:\w*(?:abwehr|richt|spreng|streu|land|panzer|personen|schutzen))?minen\b"),
    # (a French gun told by its target comes before the artillery's "canons": "canons antiaériens", "canons de DCA",
    # as Gepard is air defence in the README; "anti-aircraft guns" and "Flugabwehrkanonen" lead with the target)
    ("air_defence", r"canons? (?:anti-?aeriens?|antiaeriens?|de (?:la )?dca|de defense (?:anti-?)?aerienne)|"
     r"(?:ground-based )?air[- ]defen[cs]e\w*|anti-?aircraft|surface-to-air|manpads|\w*fliegerabwehr\w*|\w*fliegerfa(?:u|e)ste?\w*|"
     r"defense (?:anti-?)?aerien\w*|anti-?aerien\w*|antiaerien\w*|defense sol-air|sol-air|dca|"
     r"\w*luftabwehr\w*|\w*flugabwehr\w*|flak|flakpanzer\w*|boden-luft\w*|interceptors?|intercepteurs?|"
     # (interceptor missiles in French, before the missiles they are: "missiles d'interception")
     r"missiles? d'interception|interceptor missiles?|"
     r"\w*abfangraketen|missile defen[cs]e|defense antimissile|\w*raketenabwehr\w*|\w*luftverteidigung\w*"),
    ("small_arms", r"small arms|(?:assault )?rifles?|fusils?(?: d'assaut)?|\w*gewehre?|machine ?guns?|"
     r"mitrailleuses?|armes legeres|\w*handfeuerwaffen|grenade launchers?|lance-grenades|\w*granatwerfer|"
     r"pistols?|anti-?tank weapons?|armes anti-?chars?|\w*panzerabwehr\w*|panzerfaust\w*|"
     # anti-tank missiles are fired from portable launchers: small arms like the rest
     # ("Panzerabwehrraketen" is already one above)
     # (and the launchers themselves: "anti-tank launchers", "anti-tank rocket launchers")
     r"anti-?tank (?:guided )?(?:missiles?|rockets?|(?:rocket |grenade |missile )?launchers?)|atgms?|missiles? anti-?chars?|missiles antichars?|"
     # ... and so are the French portable launchers ("lance-roquettes antichars"), before
     # the artillery's "lance-roquettes" they contain
     r"(?:lance-)?roquettes? anti-?chars?"),
    ("artillery", r"\w*panzerhaubitze\w*|artiller\w*|howitzers?|obusiers?|\w*haubitze\w*|"
     r"(?:multiple )?(?:launch )?rocket (?:launchers?|systems?)|lance-roquettes?|\w*raketenwerfer\w*|"
     r"canons?|cannons?|\w*geschutze?n?|mortiers?|mortars?|\w*morser\w*|"
     # ("machine guns" are small arms, matched first; "anti-aircraft guns" air defence)
     r"(?:self-propelled |artillery |field |towed )?guns"),
    # Heavy armour is tanks ("véhicules blindés lourds", "heavy armoured vehicles"): it
    # must come before "véhicules blindés", which it contains.
    ("tanks", r"(?:vehicules )?blindes lourds|heavy armou?red (?:vehicles?|fighting vehicles?)"),
    # Light tanks are armoured vehicles (labelling rules: AMX-10 RC): "chars légers",
    # "light tanks", "leichte Panzer", before the tank words they contain.
    ("armoured_vehicles", r"chars? legers?|light tanks?|leichte[nr]? (?:kampf|radschutzen)?panzer\w*|"
     r"armou?red (?:personnel carriers?|vehicles?|cars?|fighting vehicles?)|"
     # ... and the other armoured kinds: "armoured recovery vehicle", "armored combat support vehicles"
     r"armou?red (?:[a-z-]+ ){1,2}vehicles?|"
     # ... an armoured hull whatever it carries ("armoured ambulances", "ambulances blindées",
     # "gepanzerte Sanitätsfahrzeuge"), and the hull protected against mines and fire told so
     # ("geschützte Fahrzeuge", "mine-protected vehicles", "protected mobility vehicles")
     r"armou?red (?:field )?ambulances?|ambulances? blindees?|gepanzerte\w* (?:krankenwagen|sanitatsfahrzeug\w*|"
     r"rettungswagen|ambulanzfahrzeug\w*)|geschutzte\w* (?:fahrzeug\w*|transportfahrzeug\w*)|"
     r"(?:mine-|mine )?protected (?:mobility |patrol )?vehicles?|"
     r"infantry fighting vehicles?|ifvs?|apcs?|(?:combat|military|armou?red) vehicles?|"
     # engineering kinds ("demining vehicles", "véhicules de déminage", as Pionierpanzer)
     r"(?:demining|mine-clearing|mine clearing|engineering) vehicles?|vehicules? (?:de deminage|du genie)|"
     r"\w*(?:minenraum|entminungs)fahrzeug\w*|"
     r"vehicules? (?:de combat d'infanterie|de combat|blindes?|de transport de troupes|militaires)|blindes|"
     r"transports? de troupes|gepanzerte\w* (?:fahrzeuge\w*|mannschaftstransport\w*)|"
     # ("Radpanzer": a wheeled armoured vehicle, as the Boxer)
     r"\w*(?:schutzen|transport|spah|berge|pionier|radschutzen|minenraum|rad|jagd)panzer\w*|"
     # bridge layers, an engineering kind on a tank's hull, are armoured vehicles, not tanks (the
     # labelling rules): "bridge-laying tanks", "armoured bridgelayers", "chars poseurs de pont",
     # "Brückenlegepanzer", "Brückenleger"
     r"(?:armou?red )?bridge[- ]?lay(?:ing|er)s?(?: tanks?| vehicles?)?|"
     r"(?:(?:chars?|blindes|vehicules?|engins?) )?poseurs? de ponts?|\w*bruckenlege(?:r|rn|panzer\w*)\b|"
     r"\w*mannschaftstransport\w*|\w*truppentransport\w*|\w*militarfahrzeug\w*|\w*gefechtsfahrzeug\w*|"
     r"\w*panzerfahrzeug\w*"),
    # "Blindés lourds", "heavy armour", "schwere Kampfpanzer" are tanks.
    ("tanks", r"(?:main )?battle tanks?|tanks?|chars? (?:d'assaut|lourds?|de combat)|(?:vehicules )?blindes lourds|heavy armou?r|"
     r"chars?|\w*kampfpanzer\w*|panzern?|panzer-\w*"),
    ("aircraft", r"fighter (?:jets?|planes?|aircraft)|combat (?:aircraft|jets?|planes?)|warplanes?|"
     r"(?:military )?aircraft|(?:fighter )?jets?|avions? (?:de combats?|de chasse|militaires?)|"
     # transport planes and planes told bare in French ("avions de transport", "deux avions";
     # the singular is mostly a flight taken), "Transportflugzeuge"
     r"avions? de transport|cargo planes?|transport planes?|avions|\w*transportflugzeug\w*|"
     r"\w*kampfjets?|\w*kampfflugzeug\w*|helicopters?|helicopteres?|\w*hubschrauber\w*"),
    ("missiles", r"long-range (?:missiles?|weapons|rockets?)|cruise missiles?|ballistic missiles?|"
     r"missiles? (?:de croisiere|a longue portee|longue portee)|\w*marschflugkorper\w*|\w*lenkflugkorper\w*|flugkorpern?\b|"
     r"langstreckenwaffen|\w*raketen|missiles?|rockets?|roquettes?|"
     # guided bombs, as JDAM and AASM Hammer are (config/entities.toml): "glide bombs",
     # "air-to-ground bombs", "bombes guidées", "Gleitbomben"
     r"(?:guided|glide|gliding|precision|smart|air-to-(?:ground|surface)) bombs?|bombes? (?:guidees?|planantes?|air-sol)|"
     r"(?:gleit|lenk|prazisions)bomben"),
    ("funding", r"(?:military |security |financial )?aid|(?:military |security )assistance|"
     r"enveloppes?|aide (?:militaire|financiere)|militarhilfe\w*|finanzhilfe\w*|"
     # money paid back to those who gave (the EU's European Peace Facility repays members)
     rf"{REFUND_WORDS}|"
     # German "Gelder" (funds): "Gelder aus der Europäischen Friedensfazilität"
     r"gelder|hilfsgelder|\w*hilfegelder|"
     # A tranche paid out is money ("the payment of a tranche from the European Peace Facility", "le
     # versement d'une tranche", "die Auszahlung einer Tranche"); a tranche alone is a package ("other")
     r"(?:payment|disbursement|release) of (?:a|an|the) (?:new |further |fresh )?tranche|"
     r"(?:versement|deblocage) d'une (?:nouvelle )?tranche|auszahlung (?:einer|der) (?:neuen |weiteren )?tranche|"
     # A pledge or commitment of money is funding: "a long-term financial pledge", "un
     # engagement financier pluriannuel", "eine finanzielle Zusage".
     r"financial (?:pledges?|commitments?)|engagements? financiers?|finanzielle[nr]? (?:zusage|verpflichtung)\w*|"
     r"funding|financement|financing|\w*finanzierung\w*|funds?|fonds|\w*hilfsfonds|\w*ukraine-hilfe|\w*ukrainehilfe|% (?:of|du|des) (?:gdp|pib)|"
     r"percent of (?:its )?(?:gross domestic product|gdp)|"
     # An amount told without a number is money all the same: "hundreds of millions of
     # Czech crowns", "des centaines de millions d'euros", "Hunderte Millionen Euro".
     r"(?:hundreds|tens) of millions(?: of (?:[a-z]+ )?(?:euros|dollars|pounds|crowns|kroner|kronor))?|"
     # (... and with a vague count before it: "several hundred million dollars", "plusieurs centaines de millions de
     # dollars", "mehrere hundert Millionen Dollar")
     r"billions of (?:euros|dollars|pounds)|(?:des|plusieurs|quelques) (?:centaines|dizaines) de millions(?: d'euros| de dollars)?|"
     r"(?:des|plusieurs|quelques) milliards (?:d'euros|de dollars)|"
     r"(?:hunderte|dutzende|(?:mehrere|einige) (?:hundert|zehn)) (?:von )?millionen(?: euro| dollar)?|"
     r"milliarden (?:euro|dollar)|"
     # A fund named before by French "y", the pronoun of the place money goes to, before a verb of paying into it:
     # "L'Allemagne et les Pays-Bas y ont déjà versé ...", "Paris ... n'y contribuerait pas" (the money is paid
     # into the fund or refused to it, as "paid into the fund" and "ne contribuera pas au fonds" are; "il y a" is no
     # paying)
     r"\b(?:n')?y (?:(?:a|ont|avait|avaient) (?:deja |aussi |egalement )?)?(?:contribu\w*|verse[es]?|versera\w*|versent)\b"),
    # (operators of drones or air defence are trainees too: "will train Ukrainian operators")
    ("training", r"training|train(?:s|ed)? (?:[\w,-]+ ){0,5}(?:soldiers|troops|pilots|recruits|personnel|servicemen|crews|mechanics|operators|technicians|engineers|sappers|gunners|"
     # (medics and nurses are trainees too: "will train 80 Ukrainian army medics")
     r"medics|paramedics|nurses)|"
     r"instructors?|instructeurs?|mission de formation|\w*ausbildung\w*|ausbilden|auszubilden|ausgebildet|\w*ausbilder|"
     # the German present split around its object: "bildet ukrainische Soldaten aus" (the
     # verb, when its "aus" follows: see _SPLIT_AUS_AFTER)
     r"bilde(?:t|n|te|ten)|"
     r"trainier\w*|"
     # ("schulen" with its trainees after it, not the schools: "schulen derzeit 50 ukrainische Piloten")
     r"schul(?:t|en|te|ten) (?:(?:derzeit|bereits|schon|weiterhin|auch|nun|jetzt) )?(?:in [\w-]+ )?(?:\d[\d.]* )?"
     r"(?:ukrainische\w*|soldat\w*|pilot\w*|rekrut\w*|besatzung\w*)"),
    # "Formation"/"former" are training only next to trainees (see _TRAINEES).
    ("training_weak", r"formation|form(?:er|era|eront|erait|eraient|e|es|ee|ees|ent|ons)|entrainement|entraine[es]*|s'entrainer(?:a|ont)|trained|train"),
    # Named equipment that has no category of its own (radars, helmets, night vision,
    # trucks): recorded as "other", but as precise as any item.
    ("equipment", r"(?:counter-(?:artillery|battery) |air surveillance )?radars?|radaren?|\w*radargerate?\w*|"
     r"(?:combat )?helmets?|casques?|\w*helme\b|night[- ]vision(?: goggles| devices)?|vision nocturne|\w*nachtsicht\w*|"
     r"body armou?r|gilets? pare-balles|\w*schutzwesten|\w*kraftfahrzeuge|\w*lastwagen|trucks|camions|"
     # (machines that clear mines, not armoured: "20 engins de déminage", "demining machines", round 52r)
     r"(?:demining|mine-clearing) machines?|(?:engins?|machines?|materiels?|equipements?) de deminage|"
     r"(?:demining|mine-clearing) (?:kits?|gear)|"
     # (not the skill itself, "im Minenräumen ausgebildet", trained in demining: RE2 has no
     # look-ahead, so every ending but "-en")
     r"generators? for the army|demining equipment|\w*minenraum(?:[a-df-z]\w*|e(?:[a-mo-z]\w*)?)?|"
     # Boats and military ships are equipment too: "patrol boats", "assault boats", "vedettes
     # rapides", "navires de déminage", "embarcations d'assaut", "Schnellboote" (merchant
     # ships, "navires" alone, are none)
     r"(?:patrol|assault|fast|river|riverine|landing|rigid[- ]hull|inflatable|military|naval) (?:boats?|craft)|"
     r"(?:patrol|naval|coastal) vessels?|warships?|boats|"
     r"bateaux?(?: de patrouille)?|navires? (?:de patrouille|de deminage|de guerre|militaires?)|"
     r"vedettes?|embarcations?|\w*(?:patrouillen|schnell|sturm|kriegs|minenabwehr)boot\w*|\w*patrouillenschiff\w*|"
     r"\w*radaranlage\w*|"
    # Services are things given too (the lead's ruling of stop 48): a repair or maintenance
    # centre ("a repair hub for Leopard tanks", "un centre de maintenance", "ein
    # Instandsetzungszentrum"), spare parts ("pièces détachées", "Ersatzteile", "Ersatzrohre"),
    # fuel ("tonnes of diesel", "gazole", "Treibstoff") and satellite terminals and their
    # subscriptions ("Starlink terminals", "terminaux satellitaires", "Satellitenterminals").
    # (what they serve, told after them, is no thing given: given_items._SERVICED_BEFORE)
    rf"{SERVICE_WORDS}|"
    rf"{FUEL_WORDS}|"
    # (the terminals named by what they do: "satellite communication terminals", "terminaux de
    # communication par satellite", "Satellitenkommunikationsterminals")
    r"(?:satellite|starlink) (?:communications? )?(?:terminals?|dishes|subscriptions?|internet)|"
    r"terminaux (?:satellitaires|starlink|de communications? (?:par satellites?|satellitaires?))|"
    r"abonnements? (?:starlink|satellitaires?)|\w*satelliten(?:kommunikations)?(?:terminal|telefon|schussel)\w*|starlink-\w*|"
    # Cyber defence is a service given too, as the IT coalition gives it: "cyber defence",
    # "cyberdéfense", "Cyberabwehr" (round 55)
    r"cyber[- ]?defen[cs]e|\w*cyberabwehr\w*|"
    # ... and their subscriptions told bare once the terminals were named ("cover their
    # subscriptions", "leurs abonnements", "die Abonnements": _TERMINALS_BEFORE)
    r"subscriptions?|abonnements?"),
    # Weapons in general: recorded as "other" when nothing more precise is named.
    # (the singular "arme" mostly after a negation: "n'enverra aucune arme")
    ("other", r"weapons|arms|armes?|armements?|waffen|waffenlieferung\w*|rustungsguter|military equipment|"
     r"materiel militaire|militarische ausrustung|packages?|paquets?|tranches?|"
     # equipment in general, an umbrella like "weapons" ("Waffen und Ausrüstung")
     r"ausrustung|equipment|equipements? militaires?"),
)
# (technicians, medics and nurses too: "la formation de 25 techniciens", "former 40 infirmiers")
_TRAINEES = lazy(r"\b(?:(?:pilot|soldat|soldier|militaire|recrue|recruit|mecanicien|troupe|troop|equipage|crew|operateur|"
                       r"instructeur|personnel|bataillon|battalion|brigade|sapeur|sapper|technici|infirmi|demineur|deminer|"
                       # (gunners are soldiers trained too: "Ukrainian gunners will train", "artilleurs")
                       r"gunner|artilleur|artillerist|artillerymen|artilleryman|kanonier)\w*|"
                       # (... and a unit told by its strength: "a 1,200-strong unit")
                       r"strong (?:[\w-]+ )?(?:unit|contingent|detachment|force)s?\b|"
                       r"medics?\b|paramedics?\b)")

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
    r"(?:\b(?:think|fuel|water|septic|fish|oil|gas|storage)[\s-]+|\b(?:anti|counter|non|semi|pro|contre)-|"
    # civil aid named like equipment: "winter equipment", "medical equipment", "humanitäre Ausrüstung"
    r"\b(?:winter|medical|medizinische\w*|humanitarian|humanitare\w*|protective|rescue|hospital|firefighting)\s+)$"
)
# What a thing is given to counter is no thing given: "Störsender zur Abwehr von Drohnen",
# "jammers to help troops defend against Russian drones", "brouilleurs pour contrer les
# drones" (the drones are the threat, the jammers the aid).
# (guarded by the words every match holds, too many for the article gate: asked before each item word; stop 57)
_COUNTERED_BEFORE = guarded(
    r"\b(?:(?:zur )?abwehr(?: von)?|(?:defend|defending|protect|protecting|protection|shield|shielding|guard)"
    r"(?:s|ed)? (?:\S+ ){0,3}?against|to counter|pour contrer|contre les attaques de|"
    # ... and so is what it intercepts or shoots down: "capable d'intercepter des missiles à
    # 120 km", "able to intercept cruise missiles", "zum Abfangen von Marschflugkörpern"
    r"intercept(?:s|ed|ing)?|shoot(?:s|ing)? down|intercepter|interceptent|intercepte|interceptant|"
    r"abattre|(?:zum )?abfangen von|(?:zum )?abschies?sen(?: von)?|"
    # ... and what a vehicle is built to withstand: "résistants aux mines", "resistant to
    # mines", "Schutz vor Minen" (the mines are the threat, the vehicles the aid)
    r"resistant(?:e|s|es)? (?:to|aux|a)|resistance (?:to|aux|a)|(?:schutz|geschutzt\w*) (?:vor|gegen))\s+"
    r"(?:(?:russian|russischer?|russes|enemy|feindlicher?|incoming|the|les|des|de|der|die|den)\s+)?"
    # (the threat told by who designed or made it: "shoot down the Iranian-designed drones",
    # "zum Abschießen der von Iran entworfenen Drohnen", "abattre les drones de conception iranienne")
    r"(?:[\w'-]+-(?:designed|made|built|supplied|produced)\s+|von (?:[\w'-]+\s+){1,2}(?:entworfen|gebaut|gelieferte?)\w*\s+)?$",
    ('abattre', 'abfangen von', 'abschie', 'abwehr', 'against', 'contre les attaques de', 'intercept',
     'pour contrer', 'shoot', 'to counter', 'resist', 'schutz'),
)
# ... and so is a threat told before the German verb that counters it, verb last: "Skynex soll vor allem Drohnen
# abwehren", "um Drohnen abzuwehren", "Marschflugkörper abfangen" (the threat, as "zur Abwehr von Drohnen" is; a
# report saying it one way and another saying it the other are one story: tests/stories/test_story_merges.py)
_COUNTERED_AFTER = lazy(r"\s+(?:abwehren|abzuwehren|abfangen|abzufangen|abschies?sen|abzuschies?sen)\b")
# "Explosives" and "explosifs" are also adjectives and noun adjuncts: "engins explosifs
# improvisés", "colis explosifs", "explosives experts", "explosives detection" name no
# explosives given.
_EXPLOSIVE_ADJECTIVE_BEFORE = lazy(
    r"\b(?:engins?|colis|ceintures?|charges?|dispositifs?|objets?|restes|vestes?|gilets?|drones?|bateaux|vehicules?|"
    r"voitures?|produits?|substances?|matieres?|matiere|improvised)\s+$"
)
_EXPLOSIVES_ADJUNCT_AFTER = lazy(r"\s+(?:experts?|detection|detectors?|dogs?|sniffer|trace|residue|disposal|charges?)\b")
_SPLIT_AUS_AFTER = lazy(r"(?:\s+[\w-]+){1,8}\s+aus\b")
_NOT_AN_ITEM_AFTER = lazy(
    r"^\s+(?:a (?:eau|neige)|de (?:carnaval|neige)|a voile|fleuri|top|"
    # a package of sanctions is no aid: "a new package of sanctions", "paquet de sanctions"
    r"(?:of|de|d'|des) (?:new |further |nouvelles |tough |sweeping )?(?:sanctions|mesures restrictives|restrictive measures))\b"
)
# ... nor a "sanctions package", "Sanktionspaket" (the words before it, or inside).
_SANCTIONS_BEFORE = lazy(r"\bsanctions?\s+$")


# Bare "rounds" are ammunition only counted ("100,000 rounds", "its first million rounds"),
# and not rounds of something else ("three rounds of talks", "two rounds of sanctions").
_ROUNDS_COUNTED_BEFORE = lazy(
    r"(?:\d|\b(?:hundreds?|thousands?|millions?|billions?))\s+(?:(?:more|further|additional|new|of)\s+)?$"
)
_ROUNDS_OF_SOMETHING_ELSE = lazy(r"\s+of\s+(?!ammunition|munitions|artillery|shells|\d)")


# A radar a system comes "with its own" is part of that system, no equipment given beside
# it: "two IRIS-T systems, each with its own radar", "chacun avec son propre radar",
# "jeweils mit eigenem Radar".
_OWN_PART_BEFORE = lazy(r"\b(?:its|their) own\s+$|\b(?:son|sa|leur|ses|leurs) propres?\s+$|\beigen(?:e[mnrs]?)?\s+$")
# Air defence named as the topic of an accord between partners is a field of policy, no
# thing given: "un accord sur la défense aérienne du flanc est", "an agreement on air
# defence", "ein Abkommen über die Luftverteidigung" (aid for Ukraine's air defence names
# Ukraine right after it, and stays an item).
_ACCORD_TOPIC_BEFORE = lazy(
    r"\b(?:accords?|agreements?|pacts?|pactes?|abkommen|vereinbarung\w*)\s+(?:sur|on|uber|zur)\s+(?:la |le |l'|les |die |den |der )?$"
)
# ... and as an accord's attribute: "sign air defence pact", "Luftverteidigungsabkommen"
_ACCORD_AFTER = lazy(r"[\s-]*(?:pacts?|accords?|agreements?|abkommen|pakt|vereinbarung)\b")
_UKRAINE_NAMED_AFTER = lazy(r"^(?:\s+[\w'-]+){0,2}\s+(?:de l'|of |for |pour l'|der |fur die )?(?:ukraine|kyiv|kiev|kiew)\b")


# A system's name used as the kind's word, its type named after it, is no claim to that system:
# "Panzerhaubitzen vom Typ K9" (German's word for any self-propelled howitzer, also the name
# the PzH 2000 goes by), "Panzerhaubitzen vom Typ Krab" (folded text after the name; a letter
# opens the type: "Leopard vom Typ 2A6" names a Leopard's variant).
_TYPE_NAMED_AFTER = lazy(r"\s+(?:vom typ|des typs|vom modell|of the type|du type|de type)\s+[a-z]")


# Bare "subscriptions" are a service given only where satellite terminals were named before
# them in the article: elsewhere they are a newspaper's or a streaming service's.
_TERMINALS_BEFORE = lazy(r"\b(?:starlink|satellite|satellitaires?|satelliten\w*|terminals?|terminaux)\b")
_BARE_SUBSCRIPTION = lazy(r"subscriptions?|abonnements?")


def _not_given(folded: str, s: int, e: int, category: str) -> bool:
    """A radar that is a system's own, air defence as the topic of an accord, subscriptions
    with no satellite terminals named before them, drones that intrude into an airspace."""
    if category == "equipment":
        if _BARE_SUBSCRIPTION.fullmatch(folded, s, e):
            return not (_TERMINALS_BEFORE.search(folded, 0, s) or _TERMINALS_BEFORE.search(folded, e, min(len(folded), e + 40)))
        return bool(_OWN_PART_BEFORE.search(folded, max(0, s - 20), s))
    if category == "air_defence":
        accord = _ACCORD_TOPIC_BEFORE.search(folded, max(0, s - 40), s) or _ACCORD_AFTER.match(folded, e)
        return bool(accord) and not _UKRAINE_NAMED_AFTER.match(folded[e : e + 40])
    if category == "artillery":
        return bool(_FIGURATIVE_GUNS_BEFORE.search(folded, max(0, s - 40), s))
    if category == "drones":
        return bool(_INTRUDING_AFTER.match(folded, e) or _INTRUSION_OF_BEFORE.search(folded, max(0, s - 30), s))
    return False


# Drones that intrude into someone's airspace are the threat a meeting weighs, no drones given:
# "drone incursions into members' airspace", "Drohnen in den Luftraum von Mitgliedstaaten
# eingedrungen", "des drones ont pénétré dans l'espace aérien", "incursions de drones" (folded text)
_INTRUDING_AFTER = lazy(
    r"\s+(?:incursions?|intrusions?|overflights?|sightings?)\b|"
    r"(?:\s+[\w'-]+){0,6}?\s+(?:(?:intrud\w*|strayed|flew|entered|crossed) (?:[\w'-]+\s+){0,3}airspace|intrud\w*|"
    r"violat\w* (?:[\w'-]+\s+){0,3}airspace|(?:penetr\w*|viol\w*|entr\w*|survol\w*)\s+(?:dans\s+)?l'espace aerien|"
    r"eingedrungen|eindring\w*|eingeflogen|verletzt\w* (?:[\w-]+\s+){0,3}luftraum)"
)
_INTRUSION_OF_BEFORE = lazy(r"\b(?:incursions?|intrusions?|survols?|violations?) (?:de |d'|by |of |von )(?:[\w'-]+\s+){0,2}$")


# Heavy guns as a figure of speech: "Bayern fährt schweres Geschütz auf" (the singular without
# an article is the idiom: "ein schweres Geschütz", "schwere Geschütze" are guns), "sort
# l'artillerie lourde", "dégaine l'artillerie lourde" (folded text, up to the gun word).
_FIGURATIVE_GUNS_BEFORE = lazy(
    r"(?:^|[^\w-])(?<!ein )(?<!einem )schweres\s+$|"
    r"\b(?:sort\w*|degain\w*|employ\w*|fait donner|sortir|a sorti|ont sorti) (?:l'|toute l')$"
)


# Bare French "avions" (aircraft, item patterns) is also the planes people fly in: boarded
# ("à bord d'avions"), named civil ("avions de ligne", "avions civils") or in airlines' news
# ("les compagnies aériennes ont annulé des vols, et les avions restent au sol")
_BOARDED_BEFORE = lazy(r"\ba bord (?:d'|des |de |du )\s*$")
_CIVIL_AFTER = lazy(r"\s+(?:de ligne|civils|commerciaux|de passagers|de tourisme|de la compagnie|d'affaires|de location)\b")
_AIRLINES_BEFORE = lazy(r"\b(?:compagnies? aeriennes?|vols? (?:commerciaux|annules?)|passagers|aeroports?)\b[^.]*$")


# It is also the verb "avoir" of "nous": "Nous avions promis, nous livrons", "nous n'avions pas
# le choix", "nous les avions annoncés", "avions-nous tort ?" (an auxiliary, no planes).
_WE_HAD_BEFORE = lazy(r"(?:\bnous(?:\s+(?:ne|n'|l'|les|leur|lui|y|en|vous|me|te|se))*\s+|\bn')$")
_WE_HAD_AFTER = lazy(r"-nous\b")


def _civil_planes(folded: str, s: int, e: int) -> bool:
    return bool(
        _BOARDED_BEFORE.search(folded, max(0, s - 12), s)
        or _CIVIL_AFTER.match(folded, e)
        or _AIRLINES_BEFORE.search(folded, max(0, s - 90), s)
    )


# Cargo and transport planes a sentence flies things on are the means, no thing given: "flying
# equipment given by other allies to Poland on chartered cargo planes", "à bord d'avions cargo
# affrétés", "mit gecharterten Frachtflugzeugen" (review 60).
_CARRIED_ON_BEFORE = lazy(
    r"\b(?:on|aboard|by|via|a bord d'|a bord des|par|en|mit|per|an bord von)\s*"
    r"(?:(?:chartered|civilian|its own|their own|leased|affretes|loues|gecharterten|angemieteten|eigenen)\s+)*$"
    # (... or the giver's own air force and the planes' type between: "flown to Europe on Royal Australian Air
    # Force C-17 transport aircraft", "à bord d'avions de transport C-17", "mit C-17-Transportflugzeugen")
    # (no verb, count or time among those words: "agreed on Monday to send two C-130 transport aircraft" gives them)
    r"|\b(?:on|aboard|a bord d'|a bord des|mit|an bord von)\s+(?:the\s+|der\s+|den\s+)?"
    r"(?:(?!(?:to|and|will|would|send|sent|give|deliver|supply|provide|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|one|two|three|four|five|six|eight|ten|\d+)\b)[\w'-]+\s+){0,4}?"
    r"(?:air force|luftwaffe|[a-z]{1,2}-?\d{2,3}[a-z]?)[\s-]+$"
)
_CARGO_PLANES = lazy(r"(?:cargo|transport) (?:planes?|aircraft|jets?)|avions? (?:cargos?|de transport)|\w*(?:fracht|transport)flugzeug\w*")


_CARGO_BEFORE = lazy(r"\b(?:cargo|transport)\s+$")


def _planes_carrying(folded: str, s: int, e: int) -> bool:
    if _CARGO_BEFORE.search(folded, max(0, s - 12), s):  # ("cargo aircraft" read from its "aircraft")
        s = folded.rfind(" ", 0, s - 1) + 1
    return _CARGO_PLANES.match(folded, s, e) is not None and _CARRIED_ON_BEFORE.search(folded, max(0, s - 40), s) is not None


def _we_had(folded: str, s: int, e: int) -> bool:
    return bool(_WE_HAD_BEFORE.search(folded, max(0, s - 30), s) or _WE_HAD_AFTER.match(folded, e))


# A thing counted right after a number: money, aid in general and packages are no things
# here ("2024 aid package" is a year's package, "2000 drones" are drones).
_NOT_COUNTED_THINGS = re2.compile(rb"paket|package|paquet|decre|aid\b|assistance|hilfe")


def counted_thing_at(folded: str, start: int) -> int | None:
    """The end of an item word of equipment (no package, aid or money) beginning at `start`: what
    tells a number right before it as a count of things ("2000 Drohnen") rather than a year; None
    where none begins there."""
    window = folded[start : start + 48].encode("ascii", "replace")
    found = _ITEM_RE.match(window)
    if found is None:
        return None
    words = window[: found.end()]
    category = _category_of(words)
    if category == "funding" or _NOT_COUNTED_THINGS.search(words) or _not_given(
        folded, start, start + found.end(), category
    ):
        return None
    return start + found.end()


def counted_rounds(folded: str, s: int, e: int) -> bool:
    return bool(_ROUNDS_COUNTED_BEFORE.search(folded, max(0, s - 24), s)) and not _ROUNDS_OF_SOMETHING_ELSE.match(folded, e)


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


def item_mentions(full: str, folded: str, data: bytes, entities: Entities) -> list[Mention]:
    """System names and category words; where they overlap the system name wins."""
    systems = [
        Mention(s, e, entities.category_of(name) or "", name) for name, s, e in entities.find_systems(full)
        if not _TYPE_NAMED_AFTER.match(folded, e)
    ]
    mentions = list(systems)
    system_starts = [m.start for m in systems]
    for s, e in match_spans(_ITEM_RE, data):
        if _NOT_AN_ITEM_BEFORE.search(folded, max(0, s - 10), s) or _NOT_AN_ITEM_AFTER.match(folded[e : e + 34]):
            continue
        if b"sanktion" in data[s:e] or _SANCTIONS_BEFORE.search(folded, max(0, s - 12), s):
            continue
        if _COUNTERED_BEFORE.search(folded, max(0, s - 60), s) or _COUNTERED_AFTER.match(folded, e):
            continue
        if data.startswith(b"explosi", s) and (
            _EXPLOSIVE_ADJECTIVE_BEFORE.search(folded, max(0, s - 14), s) or _EXPLOSIVES_ADJUNCT_AFTER.match(folded, e)
        ):
            continue  # "engins explosifs", "explosives experts": no explosives given
        if trained_as_adjective(folded, s):
            continue
        if data.startswith(b"rounds", s) and e - s == 6 and not counted_rounds(folded, s, e) and not any(
            m.end + 1 == s for m in systems  # "Gepard rounds": a system's rounds are ammunition
        ):
            continue  # "rounds of talks": only counted rounds are ammunition
        if data[s:e] == b"avions" and (_civil_planes(folded, s, e) or _we_had(folded, s, e)):
            continue  # "à bord d'avions du gouvernement", "les avions restent au sol", "nous avions promis"
        if _planes_carrying(folded, s, e):
            continue  # "flown to Poland on chartered cargo planes": the planes carry, no gift
        if data.startswith(b"bilde", s) and not _SPLIT_AUS_AFTER.match(folded, e):
            continue  # "bildet eine Koalition": forming, not training
        # Systems are sorted and never overlap each other: only the one starting
        # last before `e` can overlap this word.
        i = bisect.bisect_left(system_starts, e) - 1
        if i >= 0 and systems[i].end > s:
            last_word = data.rfind(b" ", s, e) + 1
            if data.startswith(b"rounds of ", s) and s < systems[i].start and systems[i].end < last_word:
                # "rounds of Gepard ammunition": its words stay beside the system they are
                # for, and the phrase reads them as ammunition for it (items._group_category)
                mentions += [Mention(s, s + 6, "ammunition"), Mention(last_word, e, "ammunition")]
            continue
        category = _category_of(data[s:e])
        if _not_given(folded, s, e, category):
            continue
        mentions.append(Mention(s, e, category))
    mentions.sort(key=lambda m: m.start)
    return with_references(folded, mentions, data)


def sentence_mentions(folded: str, start: int, end: int, mentions: list[Mention]) -> list[Mention]:
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


# "Trained" as an adjective describes people, it reports no training: "the number of
# jets and trained pilots is not enough", "more trained crews". After a determiner or
# a conjunction and right before the trainees it is neither an item nor a cue ("has
# trained pilots", "Britain trained crews" stay a training delivered).
_TRAINED_ADJECTIVE_BEFORE = lazy(
    r"\b(?:and|or|the|of|more|enough|with|newly|fully|well|many|few|no|its|their|our|these|those|of)\s+$"
)
_TRAINED_TRAINEES = lazy(r"trained\s+(?:pilot|crew|soldier|troop|personnel|mechanic|recruit|operator|technician)")


def trained_as_adjective(folded: str, s: int) -> bool:
    return folded.startswith("trained", s) and bool(
        _TRAINED_TRAINEES.match(folded, s) and _TRAINED_ADJECTIVE_BEFORE.search(folded, max(0, s - 12), s)
    )


# Money sent so that Ukraine buys things: "transferred $300 million to help Ukraine buy air
# defence", "pour aider l'Ukraine à acheter des drones", "um der Ukraine den Kauf von Munition zu
# ermöglichen" (folded text). What it buys is the payer's funding or, one kind, that thing's
# record (given_items.py); the buying is Ukraine's, no step of the payer's (nearest_cue.py).
HELPED_TO_BUY = (
    r"(?:\bto (?:help|enable|allow) (?:ukraine|kyiv|kiev|the ukrainians|ukrainian forces)\s+(?:to\s+)?"
    r"(?:buy|purchase|procure|acquire|pay for)|"
    r"\bpour (?:aider|permettre a) (?:l'ukraine|kiev|kyiv|les ukrainiens) (?:a |d')\s*(?:acheter|acquerir|se procurer|financer)|"
    r"\bum (?:der ukraine|kiew|kyjiw) (?:den kauf|die beschaffung|den erwerb|die anschaffung) (?:von|der|des))"
)



# A fund paid into by its own name, a name that tells no kind of thing (the European Peace
# Facility, PURL), with the way in before it: "to the European Peace Facility", "into NATO's
# PURL scheme", "à la Facilité européenne pour la paix", "in die Europäische Friedensfazilität",
# "an der Nato-Initiative PURL" (folded text). A purpose told after such a name is the sum's own
# (the lead's ruling of stop 63: "€20m to the European Peace Facility for non-lethal equipment"
# is that kit's worth), while a fund named by a common noun keeps what follows as its description
# ("au fonds pour les munitions", "an der Initiative zum Kauf von Artilleriegranaten": the payer's
# funding, given_items._named_as_a_funds_purpose).
NAMED_FUND_PAID_INTO = (
    r"(?:to|into|in|a|au|an|aux)\s+(?:the |la |die |der |l'|nato's |natos |(?:de )?l'otan |)"
    r"(?:european peace facility|peace facility|facilite europeenne pour la paix|"
    r"europaischen? friedensfazilitat|friedensfazilitat|epf|fep|"
    r"(?:nato-initiative |initiative |mechanism |mecanisme )?purl(?: scheme| initiative| mechanism| programme| program|"
    r"-initiative|-programm)?)"
    r"(?:\s*\((?:epf|fep|eff|purl)\))?(?: de l'otan| der nato| of nato)?"
)
