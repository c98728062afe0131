"""Reports of aid events written for the story tests in the style of wire copy (and the
two seed articles), as (title, text). Each event has two or three versions that differ
in wording, outlet and sometimes language; the distinct events deliberately share the
vocabulary every aid story uses (tanks, package, air defence, Ukraine, Pistorius, "14",
...). tests/support/story_events.py groups them by event.
"""

from __future__ import annotations

from pathlib import Path

from bot.core.text import sentence_spans

SEEDS = Path(__file__).parents[1] / "data" / "seeds"


def seed_article(name: str) -> tuple[str, str]:
    """A seed as (title, text): its first sentence is the title, the rest the text."""
    raw = (SEEDS / name).read_text(encoding="utf-8")
    raw = raw.strip().removeprefix("date 2023-02").strip()  # 004's stray prefix
    start, end = sentence_spans(raw)[0]
    return raw[start:end], raw[end:]


NATO_AFP = seed_article("000_eadfd1691317ba6e.txt")
NATO_DW = seed_article("004_2233b9385a34dce2.txt")

LEOPARD_EN_1 = (
    "Germany will send Leopard 2 tanks to Ukraine, Scholz says",
    "Chancellor Olaf Scholz said on Wednesday that Germany will deliver 14 Leopard 2A6 battle "
    "tanks to Ukraine from Bundeswehr stocks and will allow other European countries to "
    "re-export their own Leopards. The decision follows weeks of pressure from Poland and the "
    "Baltic states. Ukrainian crews are expected to begin training in Germany within days, "
    "defence minister Boris Pistorius said. The goal is to assemble two tank battalions "
    "quickly, the government said in a statement.",
)
LEOPARD_EN_2 = (
    "Berlin ends weeks of hesitation and approves Leopard deliveries",
    "The German government has agreed to supply Kyiv with a company of Leopard 2 tanks and "
    "cleared partner countries such as Poland to send theirs, a spokesman for Olaf Scholz "
    "announced. Fourteen tanks will come from the Bundeswehr's inventory. Pistorius told "
    "lawmakers that training of Ukrainian soldiers would start shortly on German soil. Kyiv "
    "had long asked for Western main battle tanks ahead of an expected Russian spring offensive.",
)
LEOPARD_FR = (
    "L'Allemagne va livrer des chars Leopard 2 à l'Ukraine",
    "Le chancelier Olaf Scholz a annoncé mercredi que l'Allemagne fournirait quatorze chars "
    "Leopard 2A6 prélevés sur les stocks de la Bundeswehr et autoriserait la Pologne et "
    "d'autres pays européens à réexporter les leurs. La formation des équipages ukrainiens "
    "commencera rapidement en Allemagne, a précisé le ministre de la Défense Boris Pistorius.",
)
PATRIOT_EN_1 = (
    "US announces $2bn aid package for Ukraine including Patriot air defence",
    "The United States will provide Ukraine with a Patriot missile battery as part of a new "
    "$1.85bn security assistance package, the Pentagon said on Wednesday. The package also "
    "includes JDAM guidance kits that turn unguided bombs into precision weapons. Defense "
    "Secretary Lloyd Austin said the Patriot system would help Ukraine defend its cities "
    "against Russian missile and drone attacks. Ukrainian troops will be trained to operate "
    "the system at Fort Sill, Oklahoma.",
)
PATRIOT_EN_2 = (
    "Washington to give Kyiv Patriot missiles in $1.85 billion package",
    "A Patriot surface-to-air missile battery is the centrepiece of a $1.85 billion military "
    "package unveiled by the Biden administration, officials said. It is the first time the "
    "United States has sent the long-range air defence system to Ukraine. The aid, announced "
    "as President Volodymyr Zelensky travelled to Washington, also contains precision-guided "
    "bomb kits (JDAM). Training for Ukrainian crews is due to take place at Fort Sill in "
    "Oklahoma, according to the Pentagon.",
)
HIMARS_EN = (
    "Pentagon unveils $400 million weapons package with HIMARS rockets",
    "The Pentagon announced a new $400 million military aid package for Ukraine on Friday, "
    "including additional rockets for HIMARS launchers, artillery rounds and Bradley fighting "
    "vehicles. The weapons will be drawn from existing US stocks under presidential drawdown "
    "authority, allowing faster delivery. Pentagon spokesman Patrick Ryder said Washington "
    "remained committed to supporting Ukraine for as long as it takes.",
)
CHALLENGER_EN = (
    "Britain to send Challenger 2 tanks to Ukraine, Sunak says",
    "Prime Minister Rishi Sunak told Volodymyr Zelensky on Saturday that the United Kingdom "
    "will provide 14 Challenger 2 main battle tanks and additional artillery systems. Downing "
    "Street said the tanks would help Ukraine push Russian troops back. Defence Secretary Ben "
    "Wallace is expected to give details to Parliament on Monday. London hopes the move will "
    "encourage Germany to approve Leopard deliveries.",
)
AMX_FR_1 = (
    "La France va livrer des chars légers AMX-10 RC à l'Ukraine",
    "Emmanuel Macron a promis mercredi à Volodymyr Zelensky la livraison de chars de combat "
    "légers AMX-10 RC, une première pour des blindés de conception occidentale, a annoncé "
    "l'Elysée. Le nombre de véhicules et le calendrier n'ont pas été précisés. Le président "
    "français a également évoqué l'envoi de véhicules de l'avant blindés. Paris répond ainsi "
    "aux demandes répétées de Kiev, qui réclame des chars lourds pour reprendre l'initiative.",
)
AMX_FR_2 = (
    "Kiev obtient ses premiers blindés de reconnaissance français",
    "L'Elysée a confirmé que des AMX-10 RC, des engins blindés à roues équipés d'un canon de "
    "105 mm, seront cédés à l'armée ukrainienne. L'annonce est intervenue à l'issue d'un "
    "entretien téléphonique entre Emmanuel Macron et son homologue ukrainien. Il s'agit du "
    "premier envoi de chars de fabrication occidentale à l'Ukraine depuis le début de "
    "l'invasion russe. Paris n'a pas précisé combien de véhicules seraient livrés.",
)
AMX_EN = (
    "France to send AMX-10 RC armoured vehicles to Ukraine",
    "President Emmanuel Macron has told Volodymyr Zelensky that France will deliver AMX-10 RC "
    "light tanks, the Elysee palace said, making Paris the first Western country to promise "
    "tanks of Western design. The wheeled reconnaissance vehicles carry a 105 mm gun. No figure "
    "was given for the number of vehicles or the timing of the delivery.",
)
CAESAR_FR = (
    "Paris va fournir douze canons Caesar supplémentaires à Kiev",
    "Le ministre des Armées Sébastien Lecornu a annoncé mardi que la France financerait la "
    "production de douze canons Caesar supplémentaires destinés à l'Ukraine. Les obusiers, "
    "fabriqués par Nexter (KNDS France), seront payés grâce au fonds spécial de soutien doté de "
    "200 millions d'euros. Les artilleurs ukrainiens apprécient la mobilité de ce système monté "
    "sur camion, a souligné le ministre.",
)
GEPARD_FR = (
    "L'Allemagne relance la production d'obus pour les blindés antiaériens Gepard",
    "Berlin a signé un contrat avec le groupe Rheinmetall pour relancer la fabrication de "
    "munitions de 35 mm destinées aux chars antiaériens Gepard livrés à l'Ukraine, a annoncé "
    "mardi le ministre allemand de la Défense Boris Pistorius. Les forces ukrainiennes "
    "utilisent ces canons automoteurs pour abattre les drones de fabrication iranienne, mais "
    "leurs stocks s'épuisent depuis que la Suisse a refusé la réexportation d'obus produits "
    "sur son sol. Les premières livraisons depuis la nouvelle ligne de production d'Unterlüss "
    "sont attendues cet été.",
)
IRIST_DE_1 = (
    "Deutschland liefert weiteres IRIS-T-System an die Ukraine",
    "Die Bundesregierung hat der Ukraine ein zweites Flugabwehrsystem vom Typ IRIS-T SLM "
    "übergeben, teilte das Verteidigungsministerium in Berlin am Montag mit. Das System des "
    "Herstellers Diehl Defence kann Marschflugkörper und Drohnen in bis zu 40 Kilometern "
    "Entfernung bekämpfen. Verteidigungsminister Boris Pistorius sagte, Deutschland werde die "
    "ukrainische Luftverteidigung weiter stärken. Zwei weitere Systeme sollen im Laufe des "
    "Jahres folgen.",
)
IRIST_DE_2 = (
    "Zweites IRIS-T SLM in der Ukraine eingetroffen",
    "Ein weiteres Luftverteidigungssystem IRIS-T SLM aus Deutschland ist in der Ukraine "
    "angekommen. Das bestätigte Pistorius in Berlin. Diehl Defence produziert die Raketen am "
    "Bodensee; die Reichweite liegt bei rund 40 Kilometern. Die ukrainische Armee setzt das "
    "erste System bereits seit Oktober gegen russische Drohnen und Marschflugkörper ein. Bis "
    "Jahresende sollen zwei weitere Einheiten geliefert werden.",
)
MARDER_DE = (
    "Bundesregierung sagt Kiew Marder-Schützenpanzer zu",
    "Deutschland wird der Ukraine 40 Schützenpanzer vom Typ Marder liefern, kündigte "
    "Bundeskanzler Olaf Scholz nach einem Telefonat mit US-Präsident Joe Biden an. Die "
    "Fahrzeuge stammen aus Beständen der Industrie und des Herstellers Rheinmetall. Zusätzlich "
    "soll ein Patriot-Flugabwehrsystem bereitgestellt werden. Die Ausbildung ukrainischer "
    "Soldaten an den Marder soll in Deutschland stattfinden.",
)

F16_EN_1 = (
    "Netherlands and Denmark to supply F-16 jets to Ukraine",
    "The Dutch and Danish governments said on Sunday they would transfer F-16 fighter jets to "
    "Ukraine once its pilots are trained, Prime Minister Mark Rutte said during a visit by "
    "Volodymyr Zelensky to Eindhoven.",
)
F16_EN_2 = (
    "Rutte: first F-16s could reach Kyiv around New Year",
    "Dutch Prime Minister Mark Rutte, standing next to Zelensky at Eindhoven air base, said the "
    "Netherlands would hand over F-16 fighters to Ukraine after Ukrainian pilots finish their "
    "training. Denmark's government announced a similar commitment of 19 aircraft. The number "
    "of Dutch jets was not disclosed, and Rutte said the first deliveries were unlikely before "
    "the end of the year.",
)
F16_NORWAY = (
    "Norway says it will donate F-16 fighter jets to Ukraine",
    "Norway will give Ukraine a number of F-16 fighter aircraft, Prime Minister Jonas Gahr Store "
    "said on Thursday, joining a coalition of countries supplying the US-made jets. Oslo did not "
    "say how many planes would be sent, but local media reported it could be up to six. Norwegian "
    "instructors are already helping to train Ukrainian pilots in Denmark.",
)
CV90_FR_1 = (
    "La Suède va fournir des blindés CV90 et des canons Archer à l'Ukraine",
    "Stockholm a annoncé jeudi l'envoi d'une cinquantaine de véhicules de combat d'infanterie "
    "CV90 et de canons automoteurs Archer à l'Ukraine, dans le cadre de son plus important "
    "paquet d'aide militaire. Le Premier ministre Ulf Kristersson a précisé que des missiles "
    "antichars NLAW seraient également livrés.",
)
CV90_FR_2 = (
    "Kiev recevra une cinquantaine de CV90 suédois",
    "Le gouvernement suédois d'Ulf Kristersson a dévoilé un paquet d'aide comprenant environ "
    "50 véhicules blindés CV90, des obusiers Archer et des lance-roquettes antichars NLAW. "
    "Il s'agit de la plus importante contribution militaire de la Suède depuis le début de "
    "l'invasion russe, a souligné le ministre de la Défense Pal Jonson.",
)
CAESAR_DK = (
    "Denmark to give Ukraine all 19 of its Caesar howitzers",
    "Denmark will donate its entire stock of 19 French-made Caesar self-propelled howitzers to "
    "Ukraine, acting defence minister Troels Lund Poulsen said on Thursday. The guns had been "
    "ordered for the Danish army but never delivered. Poulsen said Copenhagen would negotiate "
    "with manufacturer Nexter to replace them later.",
)
SKYNEX_DE_1 = (
    "Rheinmetall liefert Flugabwehrsystem Skynex an die Ukraine",
    "Der Rüstungskonzern Rheinmetall hat einen Auftrag über die Lieferung des "
    "Flugabwehrsystems Skynex an die Ukraine erhalten, teilte das Unternehmen aus Düsseldorf "
    "am Donnerstag mit. Auftraggeber ist ein europäischer Kunde, der Auftragswert liegt im "
    "hohen zweistelligen Millionenbereich. Skynex soll vor allem Drohnen abwehren.",
)
SKYNEX_DE_2 = (
    "Skynex-Auftrag für Rheinmetall: Drohnenabwehr für Kiew",
    "Rheinmetall wird die Ukraine mit seinem Skynex-System zur Abwehr von Drohnen ausstatten. "
    "Wie der Konzern in Düsseldorf mitteilte, bezahlt ein Kunde aus Europa die Lieferung; der "
    "Wert liege im hohen zweistelligen Millionen-Euro-Bereich. Das System kombiniert Radar und "
    "35-Millimeter-Kanonen.",
)
SKYNEX_EN = (
    "Rheinmetall to supply Skynex air defence system to Ukraine",
    "Rheinmetall has won an order to deliver its Skynex air defence system to Ukraine, the "
    "Duesseldorf-based group said on Thursday. A European customer is paying for the system, "
    "which is mainly meant to counter drones, in a deal worth a high double-digit million euro "
    "amount.",
)
NASAMS_CA_1 = (
    "Canada buys NASAMS air defence system for Ukraine",
    "Canada will buy a National Advanced Surface-to-Air Missile System (NASAMS) from the United "
    "States and donate it to Ukraine, Prime Minister Justin Trudeau said on Tuesday during a "
    "visit to Washington. The purchase is worth about C$406 million.",
)
NASAMS_CA_2 = (
    "Trudeau announces C$406 million NASAMS purchase for Kyiv",
    "Ottawa is to spend C$406 million on a US-made NASAMS surface-to-air missile system that "
    "will be sent to Ukraine, Justin Trudeau announced after meeting Joe Biden. Defence "
    "minister Anita Anand said Canadian officials were working with Washington to deliver it "
    "as quickly as possible.",
)
LEOPARD_CA = (
    "Canada to send four Leopard 2 tanks to Ukraine, Anand says",
    "Canada will send four Leopard 2 battle tanks to Ukraine in the coming weeks, Defence "
    "Minister Anita Anand said in Ottawa on Thursday. Canadian soldiers will also help train "
    "Ukrainian crews to operate the German-made vehicles, she added.",
)
EU_AMMO = (
    "EU agrees 1 billion euros to reimburse ammunition sent to Ukraine",
    "European Union foreign ministers agreed on Monday to spend 1 billion euros reimbursing "
    "member states for artillery shells they send to Ukraine from their stocks, as part of a "
    "plan to deliver one million rounds within a year. Josep Borrell said a second billion would "
    "fund joint orders of 155 mm ammunition.",
)
MIG_PL_EN = (
    "Poland to hand over four MiG-29 fighter jets to Ukraine within days",
    "Polish President Andrzej Duda said on Thursday that Warsaw would transfer four MiG-29 "
    "fighter jets to Ukraine in the coming days, making Poland the first NATO member to "
    "supply combat aircraft. The remaining jets would be serviced before being sent.",
)
MIG_PL_FR = (
    "La Pologne va livrer des MiG-29 à Kiev, annonce Andrzej Duda",
    "Le président polonais Andrzej Duda a annoncé jeudi que Varsovie transférerait dans les "
    "prochains jours quatre avions de chasse MiG-29 à l'Ukraine. La Pologne devient ainsi le "
    "premier pays de l'Alliance à fournir des avions de combat à Kiev.",
)
MIG_SK = (
    "Slovakia approves sending 13 MiG-29 jets to Ukraine",
    "Slovakia's government approved on Friday the transfer of its 13 retired MiG-29 fighter "
    "jets to Ukraine, Prime Minister Eduard Heger said. Bratislava will receive compensation "
    "from the European Union and military equipment from the United States.",
)
STORM_UK_1 = (
    "UK Confirms It Is Sending Storm Shadow Cruise Missiles To Ukraine",
    "Defence Secretary Ben Wallace told the House of Commons on Thursday that Britain had "
    "begun supplying Storm Shadow long-range cruise missiles to Ukraine, giving Kyiv the "
    "ability to strike targets more than 250 km away.",
)
STORM_UK_2 = (
    "Britain delivers long-range Storm Shadow missiles to Kyiv, Wallace says",
    "Ben Wallace said the Storm Shadow missiles, with a range of over 250 kilometres, were "
    "already in Ukraine or on their way. The British defence secretary called the decision a "
    "calibrated and proportionate response to Russia's attacks on civilian infrastructure.",
)
SCALP_FR = (
    "La France va livrer des missiles de croisière SCALP à l'Ukraine",
    "Emmanuel Macron a annoncé mardi, en marge du sommet de l'Otan à Vilnius, que la France "
    "fournirait des missiles de croisière SCALP d'une portée de 250 km à l'Ukraine, équivalents "
    "aux Storm Shadow britanniques déjà livrés par Londres.",
)
