"""Pledges, review 59: the nineteenth held-out probe of the pledge extractor, this time on ORDINARY full-length
wire copy written by someone who did not write the extractor. 24 articles (8 EN, 8 FR, 8 DE) of 1,500-3,000
characters in the forms news agencies publish every day: a headline, a dateline lede with the news, a quote
from a minister or a spokesperson, a paragraph of context recalling earlier aid with figures and dates ("has
so far delivered", "depuis le début de l'invasion", "seit Kriegsbeginn"), sometimes a reaction (Moscow, Kyiv,
an opposition party), an analyst, "according to", "sources said", and a closing background paragraph. Per
language one article of each kind: a new pledge, a delivery, a giving under discussion, a refusal, an order
placed with industry for Ukraine (production), a sum of military money, a meeting of donors, and a pledge
told with a reaction. Donors: Spain, Australia, Italy, Portugal, Czechia, the EU as an institution, Finland
and Portugal under NATO's PURL, Romania, Belgium, France, Japan, Switzerland, Canada, Türkiye, Germany,
Austria, Slovakia. Every text, name and figure is invented for this file; none is taken from the
real-article set. The articles span 2022-2026.

Each article was labelled by hand before its first run, following ../shared/eval/README.md and the lead's
rulings (docs/reading-pledges.md), as (donor, category, status, figure): the figure is the count of things
stated, else the sum of money, else None. Choices of mine where the conventions leave a case open:
- context paragraphs: an earlier giving told with its own verb and figure ("Spain has so far delivered 26
  armoured vehicles", "la France a livré 30 canons Caesar depuis 2022", "hat seit Kriegsbeginn sechs
  IRIS-T-Systeme geliefert") is a record of its own with its status (the rulings read a total told on its
  own "as before"); a running total tied to the news ("bringing its total to", "damit erhöht sich ... auf
  insgesamt") is background and no record (running_totals); sums told as aid of all kinds or humanitarian
  ("financial and humanitarian aid", "aide humanitaire", "humanitäre Hilfe") give nothing;
- reactions: Moscow's warnings, an opposition party's criticism and an analyst's view give nothing; Kyiv's
  thanks for the thing announced is no second record;
- a minister's quote restating the news ("These tanks will be in Ukraine before winter") is the same record;
- discussed: "is considering", "weighs", "sources said ... examining", "étudie", "prüft" with no decision;
- refused: "rules out ... for now", "refuse", "lehnt ... ab"; a request's count is the asker's, so the
  refusal has no figure;
- production: an order a government places with a maker for Ukraine, with its count, else its sum;
- the EU's money from its own instrument (the European Peace Facility, the proceeds of frozen Russian
  assets) is the EU's ("EU"); a NATO scheme (PURL) gives NATO nothing, its payers each their sum;
- a joint gift of two donors ("Italy and France jointly supplied") gives each a record with no figure;
- "one of its Patriot systems" is a count of 1; an article ("a SAMP/T system", "un système NASAMS", "ein
  weiteres Flugabwehrsystem", "another battery") is no count; "the first three" counts three;
- a NATO scheme's description ("allies pay for packages of U.S. equipment, mainly interceptors") gives
  nothing; a maker building a plant in Ukraine on its own account gives nothing (a maker is no donor).

First run (2026-12-07 08:34 UTC, this branch = main at e3d6c4fb, labels as committed in 261657a8 before any run):
4 of 24 articles fully right (EN 0 of 8, FR 2 of 8, DE 2 of 8); records as (donor, category, status) matched 59 /
predicted 87 / labelled 68 (P 0.68, R 0.87); with their figures too, 60 of the 70 labelled (89 predicted). The news
itself (the headline and the lede's giving, its figure and status) is read right in all 24 articles but one
(Australia's German package, whose worth becomes a funding record beside its 30 Bushmaster): what fails is the
rest of a full-length article. By cause: (1) background told beside the news, 12 articles: a donor's own fleet or
orders read as aid ("dispose d'une cinquantaine de F-16", "four Patriot systems on order", "F-16 fleet ... due to
be replaced"), an earlier giving's status lost or changed ("including 120 Bushmaster ..., which have all been
delivered" pledged, "Kampfpanzer ... überlassen" pledged, "finance la production de" pledged), an earlier giving
not read at all (a joint SAMP/T, "un système NASAMS acheté aux États-Unis", "mehr als eine Million Schuss",
"Ausbilder haben ... trainiert", "Insgesamt ... zugesagt"), and a category "production" from a contract's worth,
a repair plant or a maker's own plant; (2) reactions, quotes, analysts and closing paragraphs read as givings, 8
articles: "an accusation Prague rejected" refused, "we want Czech industry to supply more" pledged, "Hungary has
held up reimbursements", a scheme's description giving Canada pledges, "Membre de l'Otan, la Turquie" giving NATO
the drones, "résistants aux mines" ammunition, drones intruding into NATO airspace, Swiss makers' "clients
européens" giving the EU a record, "détecteurs de drones" drones. The 20 left are strict xfails (LEFT). My calls
a reader could make otherwise: a running total told with "Insgesamt" as a record (German Bushmaster), the refusal
"finanzieren auch keine [Munition]" as an ammunition refusal and no funding one (Austria), and a joint gift as a
record of each donor with no figure (Italy).
After the first run two people's names too close to real ones were replaced in the texts (the Italian article's
Ukrainian president is no longer named, the Spanish prime minister's surname changed); no label changed, and the
run after gives the same records.
Fix59a (2026-12-07) mended the background of nine articles (the LEFT entries of Italy, Romania, Belgium, the
Mirage, Ottawa, Czechia, Spain's training, Australia's German package and Rheinmetall), and changed one label:
"Rheinmetall baut zudem in der Ukraine selbst ein Werk für Munition auf" now gives ("DE", "production", M, None).
The note above ("a maker building a plant in Ukraine on its own account gives nothing") contradicts the
conventions: docs/reading-pledges.md reads a firm named bare as its country ("a firm named bare still counts as
its country", company_gifts.py reading no record only for a firm's own gift or a venture with a Ukrainian
partner), and review 42 labels the same sentence ("Rheinmetall baut derzeit auch in der Ukraine ein eigenes
Munitionswerk") as that production record; the two probes cannot both pass, so the older ruling stands.
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, AMMO, ARMOUR, MONEY, D, M, P, R, X
from tests.support.wire_reading import figures, formed_in_three_languages, left_as_xfails

# The kinds of ordinary wire story of the brief, one each per language.
PLEDGE, DELIVERY, DISCUSSED, REFUSED, PRODUCTION, FUNDING, MEETING, REACTION = (
    "pledge", "delivery", "discussed", "refused", "production", "funding", "meeting", "reaction")

# (form, headline, text, records), labelled by hand before the first run.
ENGLISH = [
    (PLEDGE, "Spain to send Ukraine 10 more Leopard tanks, defence minister says",
     "MADRID, Oct 17 (Wire) - Spain will send Ukraine 10 more Leopard 2A4 tanks before the end of the year, "
     "Defence Minister Lucía Robledo Vidal said on Tuesday, as Madrid seeks to shore up Kyiv's armoured "
     "brigades ahead of the winter.\n"
     "The tanks, taken from storage at a depot near Zaragoza, are being overhauled by a Spanish contractor and "
     "will be shipped in two batches, the ministry said in a statement.\n"
     "\"These tanks will be in Ukraine before winter. Spain's commitment to Ukraine does not waver,\" Robledo "
     "told reporters after a cabinet meeting.\n"
     "Spain has so far delivered 26 armoured personnel carriers and Aspide air defence launchers to Ukraine"
     ", according to the ministry. Spanish instructors at a base in Toledo have also trained about "
     "4,000 Ukrainian soldiers since November 2022.\n"
     "Russia's embassy in Madrid said in a post on social media that the shipments would \"only prolong the "
     "suffering\" and would not change the situation on the battlefield.\n"
     "Ukraine's ambassador to Spain, Oksana Hrytsenko, thanked the government and said the tanks would be "
     "used by units defending the east of the country.\n"
     "Spain, a NATO member that spends less on defence as a share of economic output than most of its allies, "
     "has faced criticism from partners for the pace of its aid. The government has pledged to raise "
     "military spending to 2% of gross domestic product by 2029.\n"
     "Fighting has intensified in recent weeks along the front in the Donetsk region, where Russian forces "
     "have made slow gains at a heavy cost, according to Ukrainian and Western officials. Kyiv has also "
     "struggled to mobilise enough soldiers to relieve units that have been on the front line for many "
     "months.",
     {("ES", "tanks", P, 10), ("ES", ARMOUR, D, 26), ("ES", AIR, D, None), ("ES", "training", D, 4000)}),
    (DELIVERY, "Australia says last of its Abrams tanks have arrived in Ukraine",
     "CANBERRA, March 4 (Wire) - The last of the 49 M1A1 Abrams tanks Australia promised Ukraine have arrived "
     "in the country, Defence Minister Callum Whitby said on Tuesday, completing a transfer announced in "
     "October 2024.\n"
     "The tanks, retired from the Australian Army after it bought newer models from the United States, were "
     "shipped in several consignments through a European port over the past four months, he said.\n"
     "\"Every one of these tanks is now with the Ukrainian armed forces,\" Whitby told a news conference at "
     "Parliament House. \"Australia said it would stand with Ukraine for as long as it takes, and we have.\"\n"
     "Australia has committed A$1.3 billion in military assistance to Ukraine since Russia's full-scale "
     "invasion in February 2022, including 120 Bushmaster protected vehicles, which have all been delivered, "
     "according to the Defence Department.\n"
     "The opposition defence spokesman, Gavin Reece, said the government had taken too long to send the tanks "
     "and called for a clearer long-term plan of support.\n"
     "Kyiv's embassy in Canberra said the tanks were already in service with a mechanised brigade, without "
     "saying where.\n"
     "Australia is the largest non-NATO contributor of military aid to Ukraine. Canberra has also imposed "
     "sanctions on hundreds of Russian individuals and companies since 2022.\n"
     "Australia's government has said it will keep supporting Ukraine as long as the war lasts, even as it "
     "raises its own defence spending in response to tensions in the Pacific. Polls published last month "
     "showed most Australians support helping Kyiv, though the share has fallen since the start of the "
     "war.",
     {("AU", "tanks", D, 49), ("AU", MONEY, P, 1300000000), ("AU", ARMOUR, D, 120)}),
    (DISCUSSED, "Italy weighs sending another SAMP/T battery to Ukraine, sources say",
     "ROME, May 21 (Wire) - Italy is considering sending Ukraine another SAMP/T air defence battery, two "
     "government sources said on Tuesday, as Kyiv appeals to its allies for more protection against Russian "
     "missile and drone strikes on its power plants.\n"
     "No decision has been taken, and any transfer would depend on how quickly Italy's own air defences could "
     "be replenished, the sources said, speaking on condition of anonymity because the talks are "
     "confidential.\n"
     "\"We are examining every option with our allies,\" Defence Minister Paolo Ferrante told reporters in "
     "Rome, declining to comment on specific systems.\n"
     "Italy and France jointly supplied a SAMP/T system to Ukraine in 2023, which has since been used to "
     "protect the capital. Rome keeps the contents of its aid decrees secret, a practice criticised by "
     "opposition lawmakers who say parliament should be told more.\n"
     "A senior member of the League party, a partner in the ruling coalition, said Italy should not weaken "
     "its own defences further.\n"
     "\"The SAMP/T is one of the few systems in Europe able to intercept ballistic missiles, and there are "
     "very few of them,\" said Marco Bellini, an analyst at a Rome think tank. \"Every battery sent to Ukraine "
     "leaves a gap somewhere else.\"\n"
     "Ukraine's president has said in recent weeks that his country needs at least seven more long-range air "
     "defence systems to protect its cities.\n"
     "Russia has stepped up its strikes on Ukraine's energy system since March, damaging several large "
     "power plants and forcing rolling blackouts in many regions. Ukrainian officials have warned that the "
     "coming winter could be the hardest since the invasion began unless the grid can be repaired and "
     "protected.",
     {("IT", AIR, X, None), ("IT", AIR, D, None), ("FR", AIR, D, None)}),
    (REFUSED, "Portugal rules out sending F-16 jets to Ukraine for now",
     "LISBON, Feb 12 (Wire) - Portugal will not send any of its F-16 fighter jets to Ukraine for now, Defence "
     "Minister Rui Carvalho said on Monday, saying the country's small fleet was needed to police NATO's "
     "airspace.\n"
     "\"At this moment it is not possible for Portugal to give up aircraft,\" Carvalho told reporters in "
     "Lisbon, adding that the decision could be reviewed once new jets ordered by the air force arrive.\n"
     "Ukraine has asked several allies for more F-16s to build up its fleet, and Kyiv's defence ministry said "
     "on Monday it regretted Lisbon's decision.\n"
     "Portugal delivered three Leopard 2A6 tanks to Ukraine in 2023 and has committed 126 million euros in "
     "military aid this year, according to the defence ministry. Portuguese instructors also help train "
     "Ukrainian pilots and mechanics at bases in other European countries.\n"
     "The main opposition Socialist Party said it backed the decision, while a small left-wing party called "
     "for an end to all military aid.\n"
     "Portugal's F-16 fleet, bought second-hand in the 1990s and 2000s, is due to be replaced over the "
     "next decade. The government has not yet chosen a successor aircraft.\n"
     "Portugal's defence budget is among the smallest in NATO relative to the size of its economy, though the "
     "government has promised to raise it.\n"
     "Ukraine's air force has said it needs a larger fleet to counter Russian glide bombs, which have "
     "devastated front-line towns. Western officials say the pace at which pilots can be trained, rather "
     "than the number of jets on offer, has been the main limit on how quickly Kyiv can build up its "
     "fleet.",
     {("PT", "aircraft", R, None), ("PT", "tanks", D, 3), ("PT", MONEY, P, 126000000), ("PT", "training", D, None)}),
    (PRODUCTION, "Czech government orders 100,000 artillery shells for Ukraine from domestic maker",
     "PRAGUE, Sept 9 (Wire) - The Czech government has signed a contract with a domestic manufacturer for "
     "100,000 rounds of 155 mm artillery ammunition for Ukraine, the defence ministry said on Tuesday, the "
     "first such order paid for entirely from the Czech budget.\n"
     "The shells will be produced at a plant in eastern Moravia and delivered from the first half of next "
     "year, ministry spokesman Tomáš Hora said. He declined to give the value of the contract.\n"
     "\"Ukraine needs ammunition every single day, and we want Czech industry to supply more of it,\" Defence "
     "Minister Jana Dvořáková said in a statement.\n"
     "The order comes on top of the Czech-led initiative that buys shells for Ukraine on world markets with "
     "money from about a dozen countries. The initiative delivered 1.5 million rounds to Ukraine in 2024, "
     "according to the government.\n"
     "Analysts say the initiative's future depends on the new government. \"The question is whether the "
     "money keeps coming,\" said Petr Malý, a security expert at a Prague university.\n"
     "Russia's foreign ministry said Czech arms deliveries made the country a party to the conflict, an "
     "accusation Prague rejected.\n"
     "Czechia's arms industry has expanded sharply since 2022, with exports reaching record levels last "
     "year, according to industry figures.\n"
     "Prague's government has faced protests from farmers and from parties opposed to the war in recent "
     "months, and a general election is due next autumn. Polls suggest the opposition, which has "
     "questioned the cost of supporting Ukraine, could win the largest share of the vote.",
     {("CZ", AMMO, M, 100000), ("CZ", AMMO, D, 1500000)}),
    (FUNDING, "EU agrees 5 billion euros for Ukraine military aid from peace facility",
     "BRUSSELS, March 18 (Wire) - European Union governments agreed on Monday to put 5 billion euros into a "
     "new fund for military aid to Ukraine under the European Peace Facility, ending months of wrangling "
     "over how the money should be spent.\n"
     "The Ukraine Assistance Fund will reimburse member states for weapons and ammunition they send to Kyiv "
     "and pay for joint purchases, EU diplomats said. A clause gives preference to equipment made in "
     "Europe.\n"
     "\"Today's agreement shows that the EU will keep supporting Ukraine for as long as it takes,\" the EU's "
     "foreign policy chief said in a statement.\n"
     "The EU has provided 6.1 billion euros in military support to Ukraine through the facility since 2022, "
     "according to the Council. Its military assistance mission has also trained about 50,000 Ukrainian "
     "soldiers in member states.\n"
     "Diplomats said France had pushed for the clause on European production, while Germany and the "
     "Netherlands had wanted more freedom to buy abroad.\n"
     "Moscow has repeatedly said Western arms deliveries will not change the outcome of the war.\n"
     "The European Peace Facility is an off-budget instrument funded by contributions from member states "
     "according to the size of their economies. Hungary has for months held up reimbursements from earlier "
     "tranches.\n"
     "Ukraine's government has warned that without steady Western support its forces will struggle to hold "
     "the front through next year. European leaders have said they will step up their own contribution as "
     "the debate over aid in the United States continues, though several governments face tight budgets at "
     "home.",
     {("EU", MONEY, P, 5000000000), ("EU", MONEY, D, 6100000000), ("EU", "training", D, 50000)}),
    (MEETING, "Finland and Portugal join NATO scheme to buy U.S. weapons for Ukraine",
     "BRUSSELS, Oct 15 (Wire) - Finland and Portugal said on Wednesday they would contribute to a NATO "
     "scheme that buys U.S.-made weapons for Ukraine, as alliance defence ministers met in Brussels to "
     "discuss support for Kyiv ahead of the winter.\n"
     "Finland will contribute 100 million euros to the Prioritised Ukraine Requirements List, or PURL, "
     "Defence Minister Antti Hiltunen told reporters at NATO headquarters, while Portugal will give 20 "
     "million euros, its defence ministry said.\n"
     "\"Air defence is what Ukraine needs most this winter, and this is the fastest way to get it there,\" "
     "Hiltunen said.\n"
     "Under the scheme, European allies and Canada pay for packages of U.S. equipment, mainly air defence "
     "interceptors and ammunition, chosen from a list drawn up by Ukraine and NATO commanders. More than 20 "
     "allies have taken part since the scheme was launched in the summer, according to NATO.\n"
     "Finland has provided Ukraine with military aid worth 3 billion euros since 2022, "
     "according to its defence ministry.\n"
     "The meeting, chaired by NATO's secretary general, also discussed the alliance's own air defences after "
     "a series of drone incursions into members' airspace.\n"
     "Ukraine's defence minister, who attended the meeting, thanked both countries.\n"
     "The meeting came as Ukraine faced some of the heaviest Russian attacks of the year on its cities, "
     "with dozens of civilians killed over the past week. NATO ministers also discussed how to raise the "
     "alliance's own spending and production, and how to respond to incidents on its eastern flank.",
     {("FI", MONEY, P, 100000000), ("PT", MONEY, P, 20000000), ("FI", MONEY, D, 3000000000)}),
    (REACTION, "Romania to send Ukraine a Patriot system; Moscow warns of consequences",
     "BUCHAREST, June 20 (Wire) - Romania will send one of its Patriot air defence systems to Ukraine, the "
     "country's Supreme Defence Council decided on Thursday, after weeks of pressure from allies for more "
     "air defence for Kyiv.\n"
     "\"This is a decision of solidarity with Ukraine, and it was not taken lightly,\" President Andrei "
     "Munteanu said in a televised statement after the council met. He said Romania would discuss with its "
     "allies how to replace the system.\n"
     "Russia's foreign ministry spokeswoman said on Friday that the decision made Romania \"a direct "
     "participant\" in the conflict and that any Patriot launchers in Ukraine would be legitimate targets.\n"
     "The nationalist opposition party AUR said the move left Romania exposed and called for a vote in "
     "parliament, which the government rejected.\n"
     "Romania, which shares a 650-km border with Ukraine, has kept most details of its military aid secret. "
     "Its Black Sea ports "
     "handle a large share of Ukraine's grain exports.\n"
     "Romania has four Patriot systems on order, the first of which arrived in 2020. Officials said the "
     "system being sent had been in service near the capital.\n"
     "Ukraine's foreign minister welcomed the decision and said it would help protect Ukrainian cities.\n"
     "The decision comes as Ukraine prepares for another winter of Russian attacks on its power grid. "
     "Romania's government, a coalition that took office last year, has said it will raise defence "
     "spending to 2.5% of economic output next year and modernise its army, which has relied on Soviet-era "
     "equipment for decades.",
     {("RO", AIR, P, 1)}),
]

FRENCH = [
    (PLEDGE, "La Belgique livrera 30 F-16 à l'Ukraine d'ici 2028",
     "BRUXELLES, 28 mai (Agence) - La Belgique livrera 30 avions de combat F-16 à l'Ukraine d'ici 2028, a "
     "annoncé mardi le Premier ministre Pieter Dewaele lors d'une conférence de presse avec le président "
     "ukrainien.\n"
     "Les appareils seront cédés au fur et à mesure de l'arrivée des F-35 commandés par l'armée de l'air "
     "belge, a-t-il précisé, la première livraison étant attendue avant la fin de l'année.\n"
     "« La Belgique tient ses engagements. Ces avions aideront l'Ukraine à protéger son ciel », a déclaré M. "
     "Dewaele.\n"
     "Le président ukrainien a remercié la Belgique pour « une décision courageuse » et appelé les autres "
     "alliés à suivre son exemple.\n"
     "Depuis le début de l'invasion russe, la Belgique a fourni à l'Ukraine une aide militaire de 1,7 "
     "milliard d'euros, selon le ministère de la Défense.\n"
     "À Moscou, le porte-parole du Kremlin a estimé que ces livraisons « ne changeront rien » sur le terrain "
     "et ne feront que prolonger le conflit.\n"
     "L'opposition flamande a salué l'annonce, tout en demandant des garanties sur le calendrier de "
     "livraison des F-35, plusieurs fois repoussé.\n"
     "La Belgique dispose d'une cinquantaine de F-16, dont une partie est immobilisée pour maintenance. "
     "Leur remplacement par le F-35 a pris plusieurs années de retard.\n"
     "Sur le front, les forces russes ont poursuivi ces dernières semaines leur pression dans l'est de "
     "l'Ukraine, où elles progressent lentement au prix de lourdes pertes, selon les autorités "
     "ukrainiennes. Kiev peine par ailleurs à mobiliser assez de soldats pour relever les unités épuisées "
     "par des mois de combats.",
     {("BE", "aircraft", P, 30), ("BE", MONEY, D, 1700000000)}),
    (DELIVERY, "Les trois premiers Mirage 2000 français sont arrivés en Ukraine",
     "PARIS, 6 février (Agence) - Les trois premiers avions de combat Mirage 2000-5 cédés par la France sont "
     "arrivés en Ukraine, a annoncé jeudi le ministre des Armées, Étienne Marchal, sur le réseau social X.\n"
     "« Ils sont déjà en service dans le ciel ukrainien », a-t-il écrit, sans préciser "
     "combien d'appareils suivraient.\n"
     "Paris avait promis en juin 2024 de céder des Mirage 2000-5 à Kiev, sans en communiquer le nombre. Les "
     "avions ont été modifiés pour emporter des armes air-sol et résister au brouillage, selon une source "
     "militaire.\n"
     "La France a par ailleurs livré 30 canons Caesar à l'Ukraine depuis le début de la guerre et finance "
     "la production de plusieurs dizaines d'autres, selon le ministère.\n"
     "« C'est un signal politique autant que militaire », estime Claire Vasseur, chercheuse dans un institut "
     "parisien. « Le Mirage ne remplacera pas le F-16, mais il complète la défense aérienne ukrainienne. »\n"
     "Le ministère russe de la Défense a affirmé que les avions seraient « détruits comme les autres ».\n"
     "Le ministre ukrainien de la Défense a remercié la France et indiqué que les appareils étaient déjà "
     "affectés à une brigade aérienne.\n"
     "La France a retiré ses Mirage 2000-5 du service au profit du Rafale, dont l'armée de l'air a commandé "
     "de nouveaux exemplaires.\n"
     "Les frappes russes contre les villes et les infrastructures énergétiques ukrainiennes se sont "
     "intensifiées ces derniers mois, privant régulièrement d'électricité des millions d'habitants. Kiev "
     "réclame depuis longtemps à ses alliés de quoi protéger son ciel, où l'aviation russe conserve un net "
     "avantage numérique.",
     {("FR", "aircraft", D, 3), ("FR", "aircraft", P, None), ("FR", "artillery", D, 30),
      ("FR", "artillery", M, None)}),
    (DISCUSSED, "Le Japon étudie l'envoi d'obus à l'Ukraine, selon des sources",
     "TOKYO, 14 novembre (Agence) - Le gouvernement japonais étudie la possibilité de fournir des obus "
     "d'artillerie à l'Ukraine, ont indiqué jeudi deux sources gouvernementales, ce qui constituerait une "
     "rupture avec la politique de Tokyo, qui s'est jusqu'ici interdit d'envoyer des armes létales.\n"
     "Aucune décision n'a été prise, et une telle livraison supposerait de modifier les règles encadrant "
     "les exportations d'équipements de défense, ont précisé ces sources sous couvert d'anonymat.\n"
     "« Nous examinons ce que le Japon peut faire de plus pour l'Ukraine », s'est borné à déclarer le "
     "porte-parole du gouvernement, Kenji Moriyama, lors de son point de presse quotidien.\n"
     "Depuis le début de l'invasion, le Japon a accordé à l'Ukraine plus de 12 milliards de dollars d'aide "
     "financière et humanitaire. Tokyo a également livré des gilets pare-balles, des casques et des "
     "détecteurs de drones.\n"
     "Le parti Komeito, partenaire de la coalition au pouvoir, s'est dit réservé, tandis que l'ambassade de "
     "Russie à Tokyo a mis en garde contre « une grave erreur ».\n"
     "Selon un analyste de l'université Keio, Hiroshi Tanabe, le Japon pourrait plutôt livrer les obus aux "
     "États-Unis pour compenser ceux que Washington envoie à Kiev.\n"
     "Le Japon fabrique des obus de 155 mm sous licence pour ses forces d'autodéfense.\n"
     "Le Premier ministre japonais doit se rendre en Europe le mois prochain pour un sommet consacré à la "
     "sécurité. Tokyo, confronté aux tensions en mer de Chine orientale et aux essais de missiles "
     "nord-coréens, a engagé un vaste programme de réarmement qui doit porter son budget de défense à 2 % "
     "du PIB d'ici 2027.",
     {("JP", AMMO, X, None), ("JP", "other", D, None)}),
    (REFUSED, "La Suisse refuse de livrer des blindés Piranha à l'Ukraine",
     "BERNE, 22 mars (Agence) - Le Conseil fédéral suisse a refusé mercredi de céder à l'Ukraine des "
     "véhicules blindés Piranha retirés du service, invoquant la neutralité du pays et la loi sur le "
     "matériel de guerre.\n"
     "Kiev avait demandé en janvier 40 de ces véhicules, stockés dans un dépôt de l'armée suisse. « La "
     "loi ne permet pas de livrer du matériel de guerre à un pays en guerre », a déclaré la porte-parole du "
     "gouvernement, Anne-Laure Rochat, devant la presse.\n"
     "La décision a été critiquée par plusieurs partis, dont les Verts libéraux, qui demandent un "
     "assouplissement des règles d'exportation. L'UDC, premier parti du pays, a au contraire salué le "
     "respect de la neutralité.\n"
     "Depuis le début de la guerre, la Suisse a consacré environ 5 milliards de francs à l'aide humanitaire "
     "et à la reconstruction de l'Ukraine, selon le Département fédéral des affaires étrangères.\n"
     "La loi sur le matériel de guerre interdit les exportations vers des pays impliqués dans un conflit armé "
     "international. Une révision de ce texte est débattue depuis deux ans au Parlement, sans résultat.\n"
     "« La Suisse paie sa neutralité en crédibilité auprès de ses partenaires », estime Lukas Brunner, "
     "politologue à l'université de Berne.\n"
     "L'ambassade d'Ukraine à Berne a regretté la décision, tout en remerciant la Suisse pour son aide "
     "humanitaire.\n"
     "La question de la neutralité divise la classe politique suisse depuis le début de la guerre. "
     "Plusieurs fabricants d'armes du pays affirment avoir perdu des clients européens, qui jugent la "
     "Suisse peu fiable en cas de crise, et certains envisagent de déplacer une partie de leur production "
     "à l'étranger.",
     {("CH", ARMOUR, R, None)}),
    (PRODUCTION, "Ottawa commande 50 véhicules blindés pour l'Ukraine à un constructeur ontarien",
     "OTTAWA, 11 juillet (Agence) - Le gouvernement canadien a passé commande de 50 véhicules blindés de "
     "transport de troupes destinés à l'Ukraine auprès d'un constructeur de London, en Ontario, a annoncé "
     "jeudi le ministre de la Défense, Marc-André Gagnon.\n"
     "Le contrat, d'une valeur de 240 millions de dollars canadiens, prévoit des livraisons à partir du "
     "printemps prochain, a-t-il précisé lors d'une visite de l'usine.\n"
     "« Ces véhicules sauveront des vies ukrainiennes, et ils sont fabriqués ici, par des travailleurs "
     "canadiens », a déclaré M. Gagnon.\n"
     "Depuis février 2022, le Canada a engagé plus de 4 milliards de dollars d'aide militaire en faveur de "
     "l'Ukraine, selon le ministère. Il a notamment livré 8 chars Leopard 2 et un système de défense "
     "antiaérienne NASAMS acheté aux États-Unis.\n"
     "Le porte-parole de l'opposition conservatrice en matière de défense a reproché au gouvernement la "
     "lenteur des livraisons précédentes.\n"
     "L'usine emploie environ 2 000 personnes et travaille aussi pour l'armée canadienne.\n"
     "Le Canada accueille l'une des plus importantes diasporas ukrainiennes au monde, forte de plus de 1,3 "
     "million de personnes.\n"
     "Le Canada s'est engagé à porter ses dépenses militaires à 2 % de son produit intérieur brut d'ici la "
     "fin de la décennie, sous la pression de ses alliés de l'Otan. Le gouvernement a par ailleurs annoncé "
     "un vaste programme de modernisation de ses propres forces, dont le renouvellement de sa flotte de "
     "sous-marins.",
     {("CA", ARMOUR, M, 50), ("CA", MONEY, P, 4000000000), ("CA", "tanks", D, 8), ("CA", AIR, D, None)}),
    (FUNDING, "L'UE verse 1,5 milliard d'euros issus des avoirs russes pour armer l'Ukraine",
     "BRUXELLES, 26 juillet (Agence) - L'Union européenne a versé vendredi une première tranche de 1,5 "
     "milliard d'euros, issue des revenus des avoirs russes gelés, pour financer l'achat d'armes et de "
     "munitions pour l'Ukraine, a annoncé la Commission européenne.\n"
     "L'essentiel de la somme servira à des achats groupés décidés avec Kiev et les États membres, a "
     "précisé un porte-parole.\n"
     "« C'est l'argent du Kremlin qui aidera l'Ukraine à se défendre », a déclaré la présidente de la "
     "Commission dans un communiqué.\n"
     "Les Vingt-Sept avaient décidé en mai d'affecter 90 % de ces revenus au soutien militaire de Kiev via "
     "la Facilité européenne pour la paix. L'UE a par ailleurs formé plus de 60 000 soldats ukrainiens "
     "depuis le lancement de sa mission d'assistance militaire en novembre 2022.\n"
     "Moscou a dénoncé un « vol » et promis des représailles contre les intérêts européens.\n"
     "La Hongrie, qui bloque depuis des mois d'autres décaissements de la Facilité, s'est abstenue, le "
     "texte ayant été rédigé de manière à ne pas requérir son accord.\n"
     "Les avoirs de la banque centrale russe immobilisés dans l'UE, pour l'essentiel en Belgique, "
     "représentent environ 210 milliards d'euros.\n"
     "L'Ukraine fait face depuis plusieurs mois à une pénurie de munitions sur le front, où l'armée russe "
     "tire plusieurs fois plus d'obus qu'elle, selon des responsables ukrainiens. Les Européens cherchent "
     "à accroître leurs capacités de production, mais les industriels réclament des commandes de long "
     "terme.",
     {("EU", MONEY, D, 1500000000), ("EU", "training", D, 60000)}),
    (MEETING, "Groupe de contact : l'Espagne promet un milliard d'euros, l'Autriche reste à l'écart",
     "RAMSTEIN, 9 septembre (Agence) - L'Espagne consacrera un milliard d'euros à l'aide militaire à "
     "l'Ukraine l'an prochain, a annoncé lundi sa ministre de la Défense, Lucía Robledo, lors d'une réunion "
     "du groupe de contact sur la défense de l'Ukraine, sur la base américaine de Ramstein.\n"
     "Madrid n'a pas précisé la répartition de cette somme, a-t-elle ajouté.\n"
     "« L'Espagne restera aux côtés de l'Ukraine aussi longtemps qu'il le faudra », a déclaré Mme Robledo "
     "à son arrivée.\n"
     "Une cinquantaine de pays participent à ce groupe, créé en avril 2022 pour coordonner les livraisons "
     "d'armes. La réunion était consacrée en priorité à la défense antiaérienne avant l'hiver.\n"
     "L'Autriche, présente en tant qu'observatrice, a répété qu'en raison de sa neutralité elle ne livrerait "
     "pas de munitions à l'Ukraine, mais financerait du matériel de déminage.\n"
     "Le ministre ukrainien de la Défense a appelé les alliés à livrer « plus vite » les systèmes promis, "
     "estimant que plusieurs livraisons avaient pris du retard.\n"
     "Le groupe de contact se réunit tous les deux mois environ, en présentiel ou par visioconférence. Sa "
     "prochaine réunion est prévue à Bruxelles en novembre, en marge d'une réunion des ministres de l'Otan.\n"
     "La réunion s'est tenue alors que l'armée russe multiplie les frappes sur les villes ukrainiennes, "
     "faisant des dizaines de morts parmi les civils ces derniers jours. Les ministres ont aussi évoqué la "
     "reconstruction du pays et le sort des négociations de paix, au point mort depuis plusieurs mois.",
     {("ES", MONEY, P, 1000000000), ("AT", AMMO, R, None), ("AT", "other", P, None)}),
    (REACTION, "La Turquie a livré des blindés Kirpi à l'Ukraine, Moscou proteste",
     "ANKARA, 3 avril (Agence) - La Turquie a livré 50 véhicules blindés Kirpi à l'Ukraine, a confirmé "
     "mercredi une source au ministère turc de la Défense, au lendemain de la publication de photos des "
     "engins sur le front.\n"
     "Les véhicules, résistants aux mines, ont été remis aux forces ukrainiennes au cours des derniers mois, "
     "selon cette source, qui n'a pas précisé s'ils avaient été financés par Ankara ou par un pays tiers.\n"
     "« La Turquie soutient l'intégrité territoriale de l'Ukraine et poursuit sa coopération de défense avec "
     "Kiev », a déclaré le porte-parole du ministère, Zeki Aktaş, lors de son point de presse hebdomadaire.\n"
     "L'ambassadeur de Russie à Ankara a protesté, jugeant ces livraisons « incompatibles » avec le rôle de "
     "médiateur que revendique la Turquie.\n"
     "Membre de l'Otan, la Turquie entretient des relations étroites avec Kiev comme avec Moscou. Elle a "
     "fourni à l'Ukraine des drones Bayraktar TB2 dès 2022 et formé des équipages ukrainiens "
     "à leur pilotage.\n"
     "« Ankara veut montrer qu'elle reste un partenaire de l'Ukraine sans rompre avec la Russie », "
     "analyse Selin Aydın, chercheuse dans un centre de réflexion d'Istanbul.\n"
     "La Turquie a refusé de se joindre aux sanctions occidentales contre la Russie.\n"
     "Ankara a accueilli en 2022 les négociations qui ont abouti à l'accord sur l'exportation des céréales "
     "ukrainiennes par la mer Noire, avant que Moscou ne s'en retire l'année suivante. Le président turc "
     "propose régulièrement d'accueillir de nouveaux pourparlers entre Kiev et Moscou.",
     {("TR", ARMOUR, D, 50), ("TR", "drones", D, None), ("TR", "training", D, None)}),
]

GERMAN = [
    (PLEDGE, "Deutschland sagt der Ukraine vier weitere IRIS-T-Systeme zu",
     "BERLIN (Agentur) - Deutschland wird der Ukraine vier weitere Flugabwehrsysteme vom Typ IRIS-T SLM "
     "liefern. Das kündigte Verteidigungsminister Jörg Albrecht am Mittwoch in Berlin an. Die Systeme sollen "
     "bis Ende nächsten Jahres übergeben werden, hieß es aus dem Ministerium.\n"
     "„Die Ukraine braucht jetzt vor allem Schutz ihrer Städte und ihrer Energieversorgung“, sagte Albrecht. "
     "„Mit IRIS-T liefern wir eines der besten Systeme, die es gibt.“\n"
     "Damit erhöht sich der Wert der deutschen Militärhilfe auf insgesamt rund 28 Milliarden Euro. Seit "
     "Kriegsbeginn hat Deutschland der Ukraine sechs IRIS-T-SLM-Systeme geliefert, außerdem drei Patriot-"
     "Systeme und 52 Flugabwehrkanonenpanzer Gepard.\n"
     "Der ukrainische Präsident bedankte sich in einer Videobotschaft bei Deutschland. Die Opposition im "
     "Bundestag begrüßte die Zusage grundsätzlich, forderte aber erneut die Lieferung von Taurus-"
     "Marschflugkörpern, die die Bundesregierung weiterhin ablehnt.\n"
     "Der Kreml kritisierte die Entscheidung. Deutschland beteilige sich damit immer tiefer an dem "
     "Konflikt, sagte ein Sprecher in Moskau.\n"
     "Das IRIS-T SLM wird von einem Unternehmen am Bodensee hergestellt, das seine Produktion seit 2022 "
     "deutlich ausgebaut hat. Auch die Bundeswehr hat mehrere Systeme bestellt.\n"
     "Russland hatte seine Angriffe auf die ukrainische Energieinfrastruktur in den vergangenen Wochen "
     "deutlich verstärkt. In mehreren Regionen fiel zeitweise der Strom aus, in Kiew mussten Menschen "
     "stundenlang ohne Heizung auskommen. Die Regierung in Kiew rechnet mit einem schwierigen Winter.",
     {("DE", AIR, P, 4), ("DE", AIR, D, 6), ("DE", AIR, D, 3), ("DE", AIR, D, 52), ("DE", "missiles", R, None)}),
    (DELIVERY, "Tschechien übergibt der Ukraine 40 Schützenpanzer",
     "PRAG (Agentur) - Tschechien hat der Ukraine 40 Schützenpanzer vom Typ BVP-1 übergeben. Das teilte das "
     "Verteidigungsministerium in Prag am Montag mit. Die Fahrzeuge seien in den vergangenen Wochen in "
     "einem tschechischen Werk instand gesetzt und anschließend an die ukrainischen Streitkräfte übergeben "
     "worden.\n"
     "„Jedes dieser Fahrzeuge wird an der Front gebraucht“, sagte Verteidigungsministerin Jana Dvořáková. "
     "Über weitere Lieferungen werde man mit den Partnern sprechen.\n"
     "Tschechien gehört gemessen an seiner Wirtschaftskraft zu den größten Unterstützern der Ukraine. Die "
     "von Prag geführte Munitionsinitiative hat nach Regierungsangaben im vergangenen Jahr rund 1,5 "
     "Millionen Schuss Artilleriemunition an die Ukraine geliefert. Finanziert wird sie von etwa einem "
     "Dutzend Staaten.\n"
     "Die oppositionelle ANO-Partei kritisierte die Initiative als intransparent und kündigte an, sie im "
     "Falle eines Wahlsiegs überprüfen zu wollen.\n"
     "Russland warf Tschechien vor, den Krieg zu verlängern. Das Außenministerium in Prag wies den Vorwurf "
     "zurück.\n"
     "Seit Kriegsbeginn hat Tschechien der Ukraine nach eigenen Angaben unter anderem Kampfpanzer "
     "und Raketenwerfer aus Beständen der Armee überlassen. Die genaue Zahl der Systeme "
     "hält das Ministerium geheim.\n"
     "Die tschechische Regierung steht innenpolitisch unter Druck. Im Herbst wird ein neues Parlament "
     "gewählt, und Umfragen sehen die Opposition vorn. Deren Vorsitzender hat wiederholt erklärt, "
     "Tschechien solle sich stärker um die eigenen Bürger kümmern als um die Unterstützung der Ukraine.",
     {("CZ", ARMOUR, D, 40), ("CZ", AMMO, D, 1500000), ("CZ", "tanks", D, None), ("CZ", "artillery", D, None)}),
    (DISCUSSED, "Bundesregierung prüft Lieferung weiterer Patriot-Systeme an Kiew",
     "BERLIN (Agentur) - Die Bundesregierung prüft die Lieferung weiterer Patriot-Flugabwehrsysteme an die "
     "Ukraine. Das sagte ein Regierungssprecher am Freitag in Berlin. Eine Entscheidung sei noch nicht "
     "gefallen, man stehe dazu in engem Austausch mit den Verbündeten.\n"
     "Nach Informationen aus Regierungskreisen geht es um Systeme aus Beständen der Luftwaffe. "
     "Die Bundeswehr warnt demnach, ihre eigenen Fähigkeiten würden dadurch weiter geschwächt.\n"
     "„Wir schauen uns sehr genau an, was wir abgeben können, ohne unsere eigene Verteidigung zu "
     "gefährden“, sagte der Sprecher.\n"
     "Deutschland hat der Ukraine bislang drei Patriot-Systeme übergeben, das erste im "
     "April 2023. Kiew bittet seit Monaten um mehr Schutz gegen russische Raketen und Drohnen, die vor allem "
     "die Energieversorgung treffen.\n"
     "Nach Einschätzung des Sicherheitsexperten Tobias Kranz von einer Berliner Stiftung ist die Luftabwehr "
     "derzeit der größte Engpass der Ukraine. „Jedes zusätzliche Patriot-System rettet Menschenleben“, sagte "
     "er.\n"
     "Moskau reagierte zunächst nicht. Russland hatte frühere Lieferungen als Eskalation bezeichnet.\n"
     "Das Patriot-System wird in den USA hergestellt. Die Bundeswehr hat als Ersatz für abgegebene Systeme "
     "neue Einheiten bestellt, die ab 2027 geliefert werden sollen.\n"
     "Russland hatte in den vergangenen Wochen seine Luftangriffe auf ukrainische Städte noch einmal "
     "verstärkt. Bei einem Angriff auf Charkiw kamen nach ukrainischen Angaben mehr als 20 Menschen ums "
     "Leben. Die Regierung in Kiew fordert seit Langem, die Luftverteidigung rasch auszubauen.",
     {("DE", AIR, X, None), ("DE", AIR, D, 3)}),
    (REFUSED, "Österreich lehnt Beteiligung an Munitionsinitiative für die Ukraine ab",
     "WIEN (Agentur) - Österreich wird sich nicht an der von Tschechien geführten Initiative zum Kauf von "
     "Artilleriemunition für die Ukraine beteiligen. Das sagte Verteidigungsministerin Elisabeth Haider am "
     "Dienstag nach einer Sitzung des Ministerrats in Wien.\n"
     "„Als neutrales Land liefern wir keine Munition und finanzieren auch keine“, sagte Haider. Österreich "
     "werde die Ukraine aber weiter humanitär unterstützen.\n"
     "Die Regierung in Prag hatte Wien im Frühjahr eingeladen, sich an der Finanzierung zu beteiligen. "
     "Mehrere andere neutrale oder bündnisfreie Staaten in Europa haben sich der Initiative dagegen "
     "angeschlossen.\n"
     "Österreich hat der Ukraine seit Kriegsbeginn nach Angaben des Außenministeriums humanitäre Hilfe im "
     "Umfang von rund 250 Millionen Euro geleistet."
     " Die Mittel flossen vor allem in Nahrungsmittel und Notunterkünfte.\n"
     "Die oppositionellen Neos kritisierten die Entscheidung als „Neutralität als Ausrede“. Die FPÖ begrüßte "
     "sie dagegen.\n"
     "„Die österreichische Neutralität verbietet keine Finanzierung, aber sie ist innenpolitisch ein "
     "Tabu“, sagte der Politologe Florian Egger von der Universität Innsbruck.\n"
     "Die Initiative hat nach tschechischen Angaben bislang mehr als eine Million Schuss geliefert.\n"
     "Die Debatte über die Neutralität begleitet Österreich seit dem russischen Angriff auf die Ukraine. "
     "Eine Mehrheit der Bevölkerung hält nach Umfragen an ihr fest, eine Nato-Mitgliedschaft lehnen die "
     "meisten Parteien ab. Das Land beteiligt sich aber an der europäischen Initiative für einen "
     "gemeinsamen Luftschutzschirm.",
     {("AT", AMMO, R, None), ("CZ", AMMO, D, 1000000)}),
    (PRODUCTION, "Bund bestellt bei Rheinmetall 100.000 Schuss für die Ukraine",
     "DÜSSELDORF (Agentur) - Die Bundesregierung hat beim Rüstungskonzern Rheinmetall 100.000 Schuss "
     "Artilleriemunition des Kalibers 155 Millimeter für die Ukraine bestellt. Der Auftrag hat einen Wert "
     "in dreistelliger Millionenhöhe, wie das Unternehmen am Donnerstag in Düsseldorf mitteilte.\n"
     "Die Geschosse sollen im kommenden Jahr im niedersächsischen Unterlüß gefertigt und direkt an die "
     "ukrainischen Streitkräfte geliefert werden. Finanziert wird der Auftrag aus dem Budget der "
     "Bundesregierung für die Ertüchtigung der Ukraine.\n"
     "„Munition bleibt das, was die Ukraine am dringendsten braucht“, sagte ein Sprecher des "
     "Verteidigungsministeriums.\n"
     "Deutschland hat der Ukraine seit Kriegsbeginn nach Angaben der Bundesregierung bereits rund 400.000 "
     "Schuss Artilleriemunition geliefert. Rheinmetall baut zudem in der Ukraine selbst ein Werk für "
     "Munition auf.\n"
     "Die Aktie des Konzerns legte nach der Mitteilung um zwei Prozent zu. Analysten verwiesen auf den "
     "hohen Auftragsbestand des Unternehmens.\n"
     "Russland hat angekündigt, jedes Munitionswerk in der Ukraine als Ziel zu betrachten.\n"
     "Rheinmetall will seine Kapazität bis 2027 auf jährlich rund 1,1 Millionen Schuss Artilleriemunition "
     "steigern, auch für die Bundeswehr und andere Kunden.\n"
     "Die Ukraine leidet seit Monaten unter Munitionsmangel an der Front. Nach Angaben ukrainischer "
     "Offiziere feuert die russische Armee an manchen Frontabschnitten ein Vielfaches an Granaten ab. "
     "Europäische Hersteller haben ihre Kapazitäten zwar ausgebaut, kommen mit der Nachfrage aber kaum "
     "hinterher.",
     {("DE", AMMO, M, 100000), ("DE", AMMO, D, 400000), ("DE", "production", M, None)}),
    (FUNDING, "Spanien stockt Militärhilfe für die Ukraine um eine Milliarde Euro auf",
     "MADRID (Agentur) - Spanien wird der Ukraine im kommenden Jahr Militärhilfe im Umfang von einer "
     "Milliarde Euro leisten. Das kündigte Ministerpräsident Álvaro Medina Ortega am Montag nach einem "
     "Treffen mit dem ukrainischen Präsidenten in Madrid an.\n"
     "Wofür das Geld genau verwendet wird, ließ die Regierung offen. Beide "
     "Regierungen unterzeichneten zudem ein Sicherheitsabkommen mit einer Laufzeit von zehn Jahren.\n"
     "„Spanien steht fest an der Seite der Ukraine“, sagte Medina Ortega bei einer gemeinsamen "
     "Pressekonferenz. Der ukrainische Präsident dankte Spanien für die „verlässliche Unterstützung“.\n"
     "Spanien hat der Ukraine seit 2022 unter anderem 19 Leopard-Kampfpanzer geliefert. Spanische "
     "Ausbilder haben in Toledo mehrere Tausend ukrainische Soldaten trainiert.\n"
     "Die rechtspopulistische Vox-Partei kritisierte die Zusage als zu teuer, die konservative Volkspartei "
     "unterstützte sie.\n"
     "Spanien steht in der Nato in der Kritik, weil es weniger als zwei Prozent seiner Wirtschaftsleistung "
     "für Verteidigung ausgibt. Die Regierung hat angekündigt, das Ziel bis 2029 zu erreichen.\n"
     "Moskau äußerte sich zunächst nicht zu der Zusage. Die spanische Minderheitsregierung ist im Parlament "
     "auf kleinere Parteien angewiesen, von denen einige die Hilfe skeptisch sehen.\n"
     "Der Besuch des ukrainischen Präsidenten in Madrid war Teil einer Reise durch mehrere europäische "
     "Hauptstädte. Kiew wirbt dabei um langfristige Zusagen, da die weitere Unterstützung aus den USA "
     "ungewiss ist. Zuvor hatte der Präsident bereits Lissabon und Rom besucht.",
     {("ES", MONEY, P, 1000000000), ("ES", "tanks", D, 19), ("ES", "training", D, None)}),
    (MEETING, "Nato-Treffen: Italien und die Slowakei sagen Kiew weitere Hilfe zu",
     "BRÜSSEL (Agentur) - Italien wird der Ukraine ein weiteres Flugabwehrsystem vom Typ SAMP/T liefern. "
     "Das kündigte Verteidigungsminister Paolo Ferrante am Donnerstag am Rande eines Treffens der "
     "Nato-Verteidigungsminister in Brüssel an. Einen Zeitplan nannte er nicht.\n"
     "Die Slowakei sagte der Ukraine bei dem Treffen 16 Radhaubitzen vom Typ Zuzana zu, die von einem "
     "slowakischen Hersteller gefertigt werden und von mehreren Partnern finanziert werden.\n"
     "„Die Flugabwehr ist für die Ukraine in diesem Winter überlebenswichtig“, sagte Ferrante. Der "
     "Nato-Generalsekretär sprach von „wichtigen Zusagen“.\n"
     "Im Mittelpunkt des Treffens standen die Unterstützung der Ukraine und die Verteidigungsfähigkeit der "
     "Allianz selbst. Mehrere Staaten kündigten an, ihre Verteidigungsausgaben weiter zu erhöhen.\n"
     "Italien hatte der Ukraine bereits 2023 gemeinsam mit Frankreich ein SAMP/T-System übergeben. Die "
     "Regierung in Rom hält die Inhalte ihrer Hilfspakete grundsätzlich geheim.\n"
     "Ein Sprecher des Kremls warnte vor einer weiteren Eskalation.\n"
     "Der ukrainische Verteidigungsminister dankte den Partnern und forderte zugleich schnellere "
     "Lieferungen von Munition und Abfangraketen. Das "
     "nächste Treffen der Nato-Verteidigungsminister ist für Februar geplant.\n"
     "Die Verteidigungsminister berieten zudem über die Lage an der Ostflanke des Bündnisses, nachdem in "
     "den vergangenen Wochen mehrfach Drohnen in den Luftraum von Mitgliedstaaten eingedrungen waren. "
     "Mehrere Staaten forderten, die gemeinsame Luftverteidigung rasch zu stärken.",
     {("IT", AIR, P, None), ("SK", "artillery", P, 16), ("IT", AIR, D, None), ("FR", AIR, D, None)}),
    (REACTION, "Australien schickt weitere Bushmaster in die Ukraine – Moskau droht",
     "CANBERRA (Agentur) - Australien wird der Ukraine 30 weitere gepanzerte Fahrzeuge vom Typ Bushmaster "
     "liefern. Das gab Verteidigungsminister Callum Whitby am Mittwoch in Canberra bekannt. Das Paket hat "
     "einen Wert von 100 Millionen australischen Dollar und umfasst auch Munition.\n"
     "„Die Bushmaster haben sich in der Ukraine bewährt, sie retten Leben“, sagte Whitby.\n"
     "Die russische Botschaft in Canberra erklärte, die Lieferungen machten Australien zur Konfliktpartei, "
     "und drohte mit „Konsequenzen“ für die bilateralen Beziehungen. Das Außenministerium in Canberra wies "
     "die Drohung zurück.\n"
     "Australien hat der Ukraine seit Kriegsbeginn bereits 120 Bushmaster geliefert. Insgesamt hat das Land "
     "nach Regierungsangaben Militärhilfe im Wert von mehr als 1,3 Milliarden australischen Dollar "
     "zugesagt.\n"
     "Die oppositionellen Liberalen unterstützten die Entscheidung, forderten aber eine schnellere "
     "Lieferung.\n"
     "Der ukrainische Botschafter in Australien bedankte sich und bat zugleich um Kampfpanzer aus "
     "australischen Beständen.\n"
     "Die Bushmaster werden im Bundesstaat Victoria gebaut. Australien ist kein Nato-Mitglied, zählt aber "
     "zu den größten Unterstützern der Ukraine außerhalb der Allianz.\n"
     "An der Front im Osten der Ukraine hält der russische Druck unvermindert an. Die ukrainische Armee "
     "meldet fast täglich schwere Angriffe im Gebiet Donezk, wo russische Truppen langsam vorrücken. Kiew "
     "bemüht sich derweil, neue Soldaten zu mobilisieren und auszubilden.",
     {("AU", ARMOUR, P, 30), ("AU", ARMOUR, D, 120), ("AU", MONEY, P, 1300000000), ("AU", AMMO, P, None)}),
]

# What the probe leaves, by headline: what is read instead (strict xfails), from the first run.
LEFT: dict[str, str] = {
    # Background told beside the news: the three left after fix59a/fix59b mended by pledges60
    # (tests/pledges/test_leftovers_60.py): the opposition's pace blamed ("had taken too long to send"), the
    # jets measured in general ("the number of jets on offer") and the own fleet ("F-16 fleet, bought
    # second-hand"), German "Schuss" as rounds, a rule's scope ("verbietet keine Finanzierung") and an
    # invitation to take part ("eingeladen, sich an der Finanzierung zu beteiligen").
    # Words of reactions, quotes, analysts and closing paragraphs read as givings: the 8 articles mended by
    # fix59b (tests/pledges/test_reactions_59.py).
}


@pytest.mark.parametrize(("lang", "title", "text", "expected"),
                         left_as_xfails(formed_in_three_languages(ENGLISH, FRENCH, GERMAN), LEFT))
def test_review_articles_give_their_labelled_records(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected


def test_the_probe_is_as_briefed() -> None:
    """8 full-length articles a language (1,500-3,000 characters with their headline), each language with one
    of each ordinary kind: a pledge, a delivery, a giving discussed, a refusal, an order placed for Ukraine, a
    sum of military money, a donors' meeting and a pledge told with a reaction."""
    for articles in (ENGLISH, FRENCH, GERMAN):
        forms = [form for form, _, _, _ in articles]
        assert sorted(forms) == sorted([PLEDGE, DELIVERY, DISCUSSED, REFUSED, PRODUCTION, FUNDING, MEETING, REACTION])
        for _, title, text, _ in articles:
            assert 1500 <= len(title) + 1 + len(text) <= 3000, title
    assert len({title for articles in (ENGLISH, FRENCH, GERMAN) for _, title, _, _ in articles}) == 24
