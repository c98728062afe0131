"""Pledges, review 60: the twentieth held-out probe of the pledge extractor, on ORDINARY full-length wire copy of
kinds review 59 did not write, by someone who did not write (or read) the extractor. 24 articles (8 EN, 8 FR,
8 DE) of 1,800-3,200 characters with their headline, each language with one article of each kind: a summit or
ministers' meeting where several donors announce something (with a communiqué line and a press-conference
quote), a parliament's vote on money or arms (the government's request, the opposition's amendment), a
delivery told from the receiving side ("the first four of the eight", "the remaining ... by the spring"), a
joint venture or licence production paid for by a government, an updated or corrected story ("UPDATE 2",
"(Mise à jour)", "(Neufassung)", "Berichtigung") whose corrected figure is the one to read, an aid tracker's
ranking whose totals are background beside one new pledge (or none), a delay or shortfall ("only 20 of the 50",
"n'a livré que", "verzögert sich") with the promised and delivered numbers, and an interview with a minister or
an army chief telling past and future steps in quotes. Donors: Denmark, the Netherlands, Norway, Sweden,
Iceland, Czechia (background), Britain, Estonia, Lithuania, Luxembourg, Slovenia, Croatia, Hungary (a veto),
Bulgaria, Poland, Greece, the EU, the allies in a summit's communiqué, Germany, Latvia, the U.S., Ireland
(non-lethal) and South Korea (a refusal). Every text, name and figure is invented for this file; none is taken
from the real-article set. The articles span 2022-2026 (their datelines give no year; the facts place them).

Each article was labelled by hand before its first run, following ../shared/eval/README.md, the lead's rulings
(docs/reading-pledges.md) and review 59's choices, as (donor, category, status, figure): the figure is the count
of things stated, else the sum of money, else None. Choices of mine where the conventions leave a case open:
- a delivery of part of a promise ("the first four of the eight ... Sweden promised", "Von den 35 zugesagten ...
  erst zwölf", "n'a livré que 410 000 des 1 million promis") gives the part delivered with its count and the
  promise pledged with its whole count, since the rest is still to come (review 57's shares); "the remaining
  four", "die übrigen 20" are that promise, no record of their own;
- a corrected story is read as it stands after the correction: the correction note's wrong figure gives
  nothing, the body's corrected figure is the record; the note's "adds details" gives nothing;
- a tracker's ranking, totals per country and shares of GDP give nothing (the lead's ruling of stop 54); the
  day's new pledge told beside them is a record; a tracker story with no new pledge gives none;
- a government's request and the committee's approval of the same sum are one record (pledged); an
  opposition amendment voted down that would have limited or removed the aid gives nothing; an opposition
  motion voted down that urged a giving (Taurus) leaves that giving discussed (motions.py's ruling);
- money paid into a fund or an initiative that buys things is the payer's funding (the lead's convention),
  the things it buys no record; a contract's worth told beside the things' count is their price, no record;
- a joint venture or licence plant a government pays for gives that government production of the things it
  pays for, with their count (else its sum); the firms, the venture's shares and the licence give nothing;
- a donor's own replacements ("replaced by new ones ordered", "durch neue ... ersetzen"), a ring exchange's
  tanks for the giver (Germany's Leopards for Croatia) and a maker's sales to third countries give nothing;
- "helicopters" are aircraft; body armour, helmets and demining equipment are "other"; Javelin is small_arms.

First run (2026-12-07 11:37 UTC, this branch = main at b72a337b, labels as committed in 1fe4ba9e before any run):
2 of 24 articles fully right (EN 1 of 8: Britain's joint venture; FR 0 of 8; DE 1 of 8: the NATO summit); records
as (donor, category, status) matched 79 / predicted 125 / labelled 98 (P 0.63, R 0.81); with their figures too, 76
of the 100 labelled (128 predicted). After the run four labels were corrected to conventions the lead's rulings
state and I had missed (no reading of the code): a request addressed to a donor is discussed for the donor asked
("Kiew bat Warschau ... um weitere Flugabwehrsysteme" PL air defence, "Kiew hatte Seoul ... um Flugabwehrsysteme
und Granaten gebeten" KR air defence and ammunition), and a sum for aid the things exemplify is that kind's worth
("20 Millionen Euro für nicht-tödliche militärische Ausrüstung wie Minenräumgeräte" IE other, not funding); with
them: matched 82 / predicted 125 / labelled 101 (P 0.66, R 0.81), figures 79 of 103 (128 predicted), still 2 of 24.
The news of the day (the headline and lede's giving, its figure and status) is read in most articles; what fails
is the rest of a full-length article. By cause (LEFT, 22 strict xfails): (1) reactions, an analyst, a law, a
request to no one or a closing paragraph read as givings (Moscow's "Western weapons deliveries", "Nous avions
promis" read as aircraft, "Das südkoreanische Recht verbietet", the K9's users, Korean sales to Poland, "Westliche
Kampfpanzer ... im Einsatz"); (2) a tracker's totals and ranking read as pledges, a country's figure given to the
one named before it (Britain's 12 billion pounds on the U.S.); (3) a figure lost or swapped in a part of a promise
("n'a livré que 410 000 des 1 million" delivered 1,000,000; "Von den 35 zugesagten ... erst zwölf" the promise
without 35; "had reached 50,000 soldiers", "ont déjà livré 24 avions" without their counts); (4) a correction note
read as a giving ("corrects number of howitzers ... to 18" pledged); (5) a donor's own replacements or plants, or
Ukraine's own output, read as aid; (6) givings not read at all or given to the wrong giver (Croatia's 300 trainees,
Hungary's veto, "Le pays avait déjà envoyé" ALLIES, Greece's naval training, Poland's ammunition, the opposition's
Taurus motion voted down read pledged). Labels I am unsure of: Iceland's "2.4 billion crowns to buy artillery
shells ... through a Czech-led initiative" as funding (an initiative's payer) rather than the shells' worth; "La
Norvège a déjà livré avec les États-Unis des NASAMS ..., ainsi que des obus" giving the shells to Norway alone; the
German budget's "bereits acht Milliarden Euro ... eingeplant; mit der Freigabe steigt die Summe auf elf" as a
record of 8 billion (the running total's base); "the first four of the eight ... The remaining four are expected"
as delivered 4 and pledged 8 (review 57's shares); the Polish venture's plant as no record of its own.

Fix 60b (causes 2, 3 and 6): the German budget's 8 billion is taken out of the labels by the rulings on running
totals (round 52: a running total tied to the news, "mit der Freigabe steigt die Summe auf elf Milliarden", is no
record, and the sum "bereits ... eingeplant" before it is the same total before the news, background as well).
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, AMMO, ARMOUR, ARMS, MONEY, D, M, P, R, X
from tests.support.wire_reading import figures, formed_in_three_languages, left_as_xfails

# The kinds of ordinary wire story of the brief, one each per language.
SUMMIT, PARLIAMENT, DELIVERY, VENTURE, UPDATED, TRACKER, DELAY, INTERVIEW = (
    "summit", "parliament", "delivery", "venture", "updated", "tracker", "delay", "interview")

# (form, headline, text, records), labelled by hand before the first run.
ENGLISH = [
    (SUMMIT, "Denmark, Netherlands pledge armour and jets at Ramstein as allies vow winter support",
     "RAMSTEIN AIR BASE, Germany, Sept 19 (Reuters) - Denmark will send Ukraine 15 more CV90 infantry fighting "
     "vehicles and the Netherlands six additional F-16 fighter jets, the two countries said on Tuesday at a "
     "meeting of the Ukraine Defense Contact Group at the U.S. base in western Germany.\n"
     "Norway said it would put 1.5 billion Norwegian crowns into a fund that buys air defence for Kyiv, while "
     "Sweden announced eight Archer self-propelled howitzers, to be taken from its own army's stocks.\n"
     "In a joint statement after the meeting, the group's co-chairs said members \"remain united in their "
     "resolve to provide Ukraine with the capabilities it needs to defend itself through the winter and "
     "beyond\".\n"
     "\"Today we heard concrete commitments, not just words,\" U.S. Defense Secretary Marcus Hale told a news "
     "conference after the talks. \"Air defence remains our first priority, and we will keep pushing our "
     "industries to produce more.\"\n"
     "Ukrainian Defence Minister Taras Melnyk, who attended in person, thanked the donors and said Kyiv still "
     "needed more interceptors and long-range weapons. He gave no figures.\n"
     "About 50 countries take part in the group, which was set up in April 2022 to coordinate arms "
     "deliveries. It has met more than a dozen times, alternating between Ramstein, Brussels and video "
     "conferences.\n"
     "Denmark has been one of Kyiv's most generous backers relative to the size of its economy. The Netherlands "
     "and Denmark have also trained Ukrainian pilots on F-16s at a centre in Romania.\n"
     "Moscow has repeatedly said that Western weapons deliveries make NATO countries party to the conflict. "
     "The Kremlin did not immediately comment on Tuesday's meeting.\n"
     "(Reporting by Jan Brenner in Ramstein and Sofie Lund in Copenhagen; Editing by Peter Graves)",
     {("DK", ARMOUR, P, 15), ("NL", "aircraft", P, 6), ("NO", MONEY, P, 1500000000), ("SE", "artillery", P, 8),
      ("NL", "training", D, None), ("DK", "training", D, None)}),
    (PARLIAMENT, "Iceland's parliament approves funds for artillery shells for Ukraine",
     "REYKJAVIK, Feb 28 (Reuters) - Iceland's parliament on Wednesday approved 2.4 billion Icelandic crowns to "
     "buy artillery shells for Ukraine through a Czech-led initiative, the first time the country without an "
     "army has paid for lethal equipment for Kyiv.\n"
     "The Althing voted 44 to 12 for the bill, which the government had submitted in January. Foreign "
     "Minister Helga Sveinsdóttir had asked for the money to be released quickly so that the shells could "
     "reach the front before the spring.\n"
     "An amendment by the Left-Green Movement that would have limited Iceland's support to non-lethal "
     "equipment such as winter clothing and medical supplies was rejected earlier in the day by 40 votes to "
     "16.\n"
     "\"Iceland has no soldiers to send, but we can pay for what Ukraine needs most,\" Sveinsdóttir told "
     "lawmakers before the vote. \"Shells are what Ukraine needs most.\"\n"
     "The money will be transferred to the Czech defence ministry, which buys ammunition on markets outside "
     "Europe on behalf of a group of donors, the foreign ministry said in a statement.\n"
     "Iceland, a NATO founding member with a population of under 400,000, has until now focused on "
     "humanitarian aid and on flying equipment given by other allies to Poland on chartered cargo "
     "planes.\n"
     "Opposition lawmaker Birgir Hallsson said the vote broke with a long tradition and that Iceland should "
     "use its voice for peace talks instead.\n"
     "The Czech initiative has so far delivered hundreds of thousands of large-calibre rounds to Ukraine, "
     "according to the government in Prague.\n"
     "Read more:\n"
     "Czech-led ammunition drive gains new backers\n"
     "Iceland's defence spending is the smallest in the alliance, limited to the coast guard, an air "
     "defence radar network and hosting allied air policing missions at Keflavik.\n"
     "(Reporting by Anna Thorsdottir; Editing by Mark Hollis)",
     {("IS", MONEY, P, 2400000000), ("CZ", AMMO, D, None)}),
    (DELIVERY, "Ukraine says first Swedish Archer howitzers in action with its artillery brigade",
     "KYIV, Jan 12 (AFP) - The first four of the eight Archer self-propelled howitzers Sweden promised Ukraine "
     "have arrived and are already firing at Russian positions, Ukraine's defence ministry said on Friday, "
     "publishing photographs of the wheeled guns in a snow-covered field.\n"
     "\"The Archers are here,\" the ministry wrote on Telegram. \"Thank you, Sweden!\" The remaining four are "
     "expected by the spring, it said.\n"
     "The ministry did not say which unit had received the guns, but a video posted by the 45th Artillery "
     "Brigade showed crews training on the system, which can fire a volley of shells and leave its position "
     "within a minute.\n"
     "A brigade officer, who gave only his call sign, Falcon, told AFP by telephone that the howitzers were "
     "\"accurate and fast\" but that crews needed more ammunition for them.\n"
     "Sweden has also delivered 50 CV90 infantry fighting vehicles to Ukraine, as well as anti-tank weapons "
     "and several air surveillance aircraft, according to the Swedish armed forces.\n"
     "Stockholm announced the howitzers last year after months of debate over whether its own army could spare "
     "them. Swedish Defence Minister Erik Sandell said at the time the guns would be replaced by new ones "
     "ordered from the manufacturer.\n"
     "Ukraine has received self-propelled howitzers from several Western countries, including Germany's PzH "
     "2000 and France's Caesar, but says it still has far fewer guns and shells than Russia along the "
     "front.\n"
     "Russian forces have kept up attacks around Kupiansk and Pokrovsk through the winter, and Ukrainian "
     "commanders say counter-battery fire decides many of the engagements along the line.\n"
     "Photo caption: Ukrainian servicemen stand beside an Archer howitzer at an undisclosed location, in a "
     "picture released by Ukraine's defence ministry on January 12.\n"
     "© AFP",
     {("SE", "artillery", D, 4), ("SE", "artillery", P, 8), ("SE", ARMOUR, D, 50), ("SE", ARMS, D, None),
      ("SE", "aircraft", D, None), ("DE", "artillery", D, None), ("FR", "artillery", D, None)}),
    (VENTURE, "Britain to pay for light guns built in Ukraine under joint venture",
     "LONDON, June 3 (Reuters) - Britain will pay 250 million pounds for the first 60 light artillery guns to "
     "be built in Ukraine by a joint venture between British gun maker Northgate Arms and a Ukrainian state "
     "defence company, the defence ministry said on Monday.\n"
     "The venture will assemble the towed 105 mm guns at a plant in western Ukraine from parts made in both "
     "countries, with the first guns due to leave the line early next year, the ministry said.\n"
     "\"This is British engineering and Ukrainian grit working side by side,\" Defence Secretary Laura "
     "Pemberton said in a statement. \"Building in Ukraine means guns reach the front in weeks, not "
     "months.\"\n"
     "Northgate Arms, based in the north of England, said the licence agreement would let the Ukrainian "
     "partner make most of the gun's parts within three years. Financial terms of the venture itself were "
     "not disclosed.\n"
     "The company's shares rose 4.2% in London trading after the announcement.\n"
     "Britain has supplied more than 100 artillery pieces to Ukraine since the full-scale invasion in 2022, "
     "along with hundreds of thousands of shells, according to the defence ministry.\n"
     "The deal is the latest in a series of agreements under which Western governments pay for weapons made "
     "by Ukraine's own industry, which Kyiv says can produce far more than it can afford to buy.\n"
     "Ukrainian Strategic Industries Minister Olena Kravets said on X that the venture would create 400 jobs "
     "and that she hoped other partners would follow Britain's example.\n"
     "Russia's embassy in London did not respond to a request for comment.\n"
     "Defence analysts say joint ventures can also help Ukraine's industry win export orders once the war "
     "is over, though investors remain wary of building factories within reach of Russian missiles and "
     "drones.\n"
     "(Reporting by Tom Aldridge; Editing by Kate Morrow)",
     {("GB", "artillery", M, 60), ("GB", "artillery", D, 100), ("GB", AMMO, D, None)}),
    (UPDATED, "UPDATE 2-Denmark to pay for 18 Ukrainian-made howitzers",
     "(Adds defence minister's comments in paragraphs 3-4, details on F-16s in paragraph 6; corrects number "
     "of howitzers in paragraph 2 to 18, not 16)\n"
     "COPENHAGEN, April 8 (Reuters) - Denmark will fund the production of howitzers by Ukraine's own industry "
     "for 1.7 billion Danish crowns, the defence ministry said on Monday, expanding a model under which "
     "Copenhagen pays Ukrainian factories directly.\n"
     "The money will pay for 18 Bohdana self-propelled howitzers, which will be built in Ukraine and "
     "handed to Ukrainian units as they leave the factory, the ministry said in a statement.\n"
     "\"It is faster and cheaper to buy what Ukraine can build itself,\" Defence Minister Mads Kjeldsen told "
     "reporters. \"Every crown spent in Ukraine goes straight to the front.\"\n"
     "Kjeldsen said Denmark would ask other countries to add money to the scheme and that talks with other "
     "Nordic governments had begun.\n"
     "Denmark has pledged more than 50 billion crowns in military aid to Ukraine since 2022.\n"
     "Denmark delivered its first F-16 fighter jets to Ukraine last summer and will hand over the rest of its "
     "fleet as the Danish air force receives F-35s, the ministry said.\n"
     "Ukrainian Defence Minister Taras Melnyk thanked Denmark on X and called the Danish model \"an example "
     "for all our partners\".\n"
     "The Bohdana, a wheeled 155 mm howitzer designed in Ukraine, has been produced in growing numbers since "
     "2023, though Kyiv does not publish output figures.\n"
     "Danish officials say the model has also helped Ukrainian factories keep skilled workers who might "
     "otherwise have been mobilised or left for jobs abroad, and that audits of the spending have found no "
     "irregularities so far. The ministry did not say when the first howitzers would reach the front.\n"
     "(Reporting by Sofie Lund; Additional reporting by Jan Brenner in Berlin; Editing by Peter Graves and "
     "Kate Morrow)",
     {("DK", "artillery", M, 18), ("DK", MONEY, P, 50000000000), ("DK", "aircraft", D, None),
      ("DK", "aircraft", P, None)}),
    (TRACKER, "Estonia tops ranking of Ukraine's backers by share of GDP, institute says",
     "TALLINN, Feb 17 (AFP) - Estonia has given more military aid to Ukraine relative to the size of its "
     "economy than any other country, a ranking published on Monday by the Nordic Centre for Security Studies "
     "showed, with Denmark second and Lithuania third.\n"
     "Estonia's commitments amount to 1.6% of its gross domestic product since 2022, the centre said. Denmark "
     "follows with 1.4% and Lithuania with 1.1%.\n"
     "In absolute terms, the United States remains the largest donor, with 68 billion dollars in military "
     "aid allocated since the start of the war, ahead of Germany with 17 billion euros and Britain with 12 "
     "billion pounds, according to the centre's tracker.\n"
     "\"The small countries on Russia's border have given the most, because they understand the threat best,\" "
     "said Kaja Pärn, who leads the centre's research team. \"The large economies could do much more.\"\n"
     "On the day the ranking was published, Lithuania said it would send Ukraine two more NASAMS air defence "
     "launchers from its own stocks, to be delivered within weeks. Defence Minister Laurynas Kairys said his "
     "country would \"not wait for the big ones to move\".\n"
     "The centre counts only aid that governments have publicly committed, and says actual deliveries often "
     "lag months behind announcements. Its database covers 41 countries and the European Union's "
     "institutions.\n"
     "Hungary and Slovakia are at the bottom of the ranking among EU members, having sent no weapons "
     "from their own stocks since 2023, it said.\n"
     "Ukraine's foreign ministry welcomed the report and called on partners to commit at least 0.25% of GDP "
     "a year to military aid.\n"
     "Moscow has accused the Baltic states of prolonging the war by arming Kyiv. The three countries, once "
     "ruled from Moscow, say a Russian victory in Ukraine would put them next in line.\n"
     "© AFP",
     {("LT", AIR, P, 2)}),
    (DELAY, "Only 20 of 50 Stormer air defence vehicles promised to Ukraine delivered, UK audit finds",
     "LONDON, Oct 22 (Reuters) - Only 20 of the 50 Stormer air defence vehicles Britain promised Ukraine in "
     "early 2025 have been delivered, the National Audit Office said on Wednesday, blaming shortages of spare "
     "parts and a slow refurbishment contract.\n"
     "The remaining 30 vehicles, which carry short-range missiles, are now not expected in Ukraine before the "
     "middle of next year, the audit office said in a report on the government's military aid programme.\n"
     "\"The delays mean Ukrainian units have gone without protection that ministers said was on its way,\" "
     "the report said. It found that the contractor had started work on the vehicles four months late.\n"
     "The Ministry of Defence said it accepted the findings and had \"taken steps to speed up deliveries\", "
     "including moving some of the work to a second site. A spokesperson said Britain remained one of Kyiv's "
     "largest backers.\n"
     "Opposition defence spokesman Richard Fane said the delays were \"an embarrassment\" and called on the "
     "government to publish a timetable for the rest of the vehicles.\n"
     "The report also found that Britain had delivered all 14 of the Challenger 2 tanks it pledged in 2023 "
     "and that training of Ukrainian recruits under its programme in England had reached 50,000 soldiers.\n"
     "Britain has committed 3 billion pounds a year in military aid to Ukraine for as long as it is needed, a "
     "pledge repeated by successive governments.\n"
     "Ukraine has repeatedly asked its allies for more short-range air defence to counter Russian drones, "
     "which have hit power stations and cities across the country.\n"
     "The audit office said it had not examined deliveries of classified equipment, which the government "
     "does not disclose.\n"
     "Ministers are due to answer questions on the report before a parliamentary committee next month.\n"
     "(Reporting by Tom Aldridge; Editing by William Crane)",
     {("GB", AIR, D, 20), ("GB", AIR, P, 50), ("GB", "tanks", D, 14), ("GB", "training", D, 50000),
      ("GB", MONEY, P, 3000000000)}),
    (INTERVIEW, "INTERVIEW-Estonia has given all its howitzers, more drones to come, army chief says",
     "TALLINN, Nov 5 (Reuters) - Estonia has given Ukraine all 24 of its towed FH70 howitzers and will send "
     "2,000 more attack drones next year, the head of the Estonian Defence Forces said, adding that his "
     "country was looking at whether it could also spare some of its Javelin anti-tank missiles.\n"
     "\"We gave everything we had in that class. The last guns went in the spring,\" General Rein Valk told "
     "Reuters in an interview at his headquarters in Tallinn. \"Next year it will be drones: 2,000 of them, "
     "made here in Estonia.\"\n"
     "On the Javelins, he said: \"We are looking at it. It depends on our own needs and on when our new "
     "launchers arrive. There is no decision yet.\"\n"
     "But Valk said Estonia would not give away its Mistral short-range air defence systems. \"Those we "
     "need ourselves. We are a border country. That is not on the table.\"\n"
     "Estonia, with a population of 1.4 million, has trained about 2,500 Ukrainian soldiers since 2022, "
     "mostly in Britain and Germany, according to the defence ministry.\n"
     "Valk, 51, took command of the armed forces last year after serving as Estonia's military "
     "representative to NATO. He said the war had changed how small armies think: \"Five years ago we "
     "talked about tanks. Now everything is about drones and shells.\"\n"
     "He declined to say how many Javelin launchers Estonia has, saying the figure was classified. Estonia "
     "plans to spend more than 5% of its gross domestic product on defence next year.\n"
     "Asked about peace talks, Valk said Estonia would keep supporting Ukraine \"whatever happens at the "
     "table\".\n"
     "Estonia's parliament is due to vote next month on a law making it easier to build ammunition plants "
     "near the capital, a project the government has backed.\n"
     "(Interview by Liis Tamm; Writing by Jan Brenner; Editing by Peter Graves)",
     {("EE", "artillery", D, 24), ("EE", "drones", P, 2000), ("EE", ARMS, X, None), ("EE", AIR, R, None),
      ("EE", "training", D, 2500)}),
]

FRENCH = [
    (SUMMIT, "UE : le Luxembourg, la Slovénie et la Croatie promettent de l'aide à Kiev, la Hongrie bloque",
     "BRUXELLES, 22 avril (AFP) - Le Luxembourg va verser 12 millions d'euros à l'initiative tchèque d'achat "
     "d'obus pour l'Ukraine et la Slovénie lui livrera 20 véhicules blindés de transport de troupes, ont "
     "annoncé lundi leurs ministres lors d'une réunion des chefs de la diplomatie de l'Union européenne à "
     "Bruxelles.\n"
     "La Croatie s'est pour sa part engagée à former 300 soldats ukrainiens supplémentaires dans ses centres "
     "d'entraînement d'ici la fin de l'année, a précisé son ministre des Affaires étrangères, Davor Kovačić.\n"
     "La Hongrie a en revanche de nouveau refusé de lever son veto sur le versement d'une tranche de la "
     "Facilité européenne pour la paix, l'instrument qui rembourse aux États membres une partie des armes "
     "livrées à Kiev. « Nous ne financerons pas la guerre », a déclaré son ministre, Gábor Szalai.\n"
     "« L'Union européenne continuera à fournir à l'Ukraine tout le soutien politique, financier et militaire "
     "nécessaire, aussi longtemps qu'il le faudra », indiquent les conclusions adoptées par les Vingt-Six.\n"
     "« Un pays ne peut pas prendre en otage l'aide de vingt-six autres », a regretté le chef de la "
     "diplomatie européenne, Henrik Aalto, lors d'une conférence de presse à l'issue de la réunion. « Nous "
     "chercherons d'autres voies si nécessaire. »\n"
     "Le ministre ukrainien des Affaires étrangères, qui participait à la réunion par visioconférence, a "
     "remercié les partenaires et réclamé en priorité des systèmes de défense antiaérienne.\n"
     "Depuis le début de l'invasion russe en février 2022, la question de l'aide militaire divise "
     "régulièrement les Vingt-Sept. Les ministres doivent se retrouver en juin à "
     "Luxembourg.\n"
     "Bruxelles et Budapest s'opposent depuis des mois sur l'aide à l'Ukraine, la Hongrie "
     "entretenant des liens étroits avec Moscou.\n"
     "adc/ml",
     {("LU", MONEY, P, 12000000), ("SI", ARMOUR, P, 20), ("HR", "training", P, 300), ("HU", MONEY, R, None)}),
    (PARLIAMENT, "Bulgarie : le Parlement approuve l'envoi d'obus et de blindés à l'Ukraine",
     "SOFIA, 9 novembre (AFP) - Le Parlement bulgare a approuvé jeudi l'envoi à l'Ukraine de plus de 20 000 "
     "obus d'artillerie de 122 mm et de 40 véhicules blindés de transport de troupes BTR-60 retirés du "
     "service, malgré l'opposition des partis prorusses.\n"
     "Le texte, présenté par le gouvernement de centre droit à la demande du ministère de la Défense, a été "
     "adopté par 148 voix contre 52. Les obus proviennent des stocks de l'armée et ne sont plus adaptés à ses "
     "besoins, selon le ministère.\n"
     "Un amendement du parti nationaliste Vazrajdane visant à retirer les obus de la liste a été rejeté avant "
     "le vote final. Ses députés ont quitté l'hémicycle en scandant « Paix ! ».\n"
     "« Ces matériels sont vieux pour nous, mais ils sauveront des vies ukrainiennes », a déclaré le ministre "
     "de la Défense, Stefan Dimov, devant les députés. « Ce que nous donnons, nous le remplacerons par du "
     "matériel moderne de l'Otan. »\n"
     "Le coût des équipements est estimé à 30 millions de leva, a précisé le ministre, ajoutant que la "
     "Bulgarie demanderait un remboursement partiel à la Facilité européenne pour la paix.\n"
     "La Bulgarie, membre de l'Union européenne et de l'Otan, a longtemps été divisée sur l'aide militaire à "
     "Kiev. Le président, hostile aux livraisons d'armes, a dénoncé un « vote irresponsable ».\n"
     "Le pays avait déjà envoyé en 2023 des missiles sol-air, selon des sources parlementaires, et ses usines "
     "d'armement tournent à plein régime pour des clients occidentaux.\n"
     "L'ambassade de Russie à Sofia a estimé que ce vote « entraîne la Bulgarie dans un conflit qui n'est pas "
     "le sien ».\n"
     "Le gouvernement doit encore adopter un décret fixant le calendrier des livraisons, qui pourraient "
     "commencer avant la fin de l'année.\n"
     "La Bulgarie est l'un des principaux producteurs européens de munitions de calibre soviétique, une "
     "industrie qui a fortement augmenté ses exportations depuis 2022.\n"
     "ds/ml/pz",
     {("BG", AMMO, P, 20000), ("BG", ARMOUR, P, 40), ("BG", AIR, D, None)}),
    (DELIVERY, "Kiev confirme l'arrivée des premiers obusiers K9 norvégiens",
     "KIEV, 14 mars (AFP) - Les six premiers des 22 obusiers automoteurs K9 promis par la Norvège sont "
     "arrivés en Ukraine, a annoncé jeudi le ministère ukrainien de la Défense, photos à l'appui.\n"
     "« Les K9 sont déjà avec nos artilleurs », a écrit le ministère sur Telegram, publiant des images des "
     "véhicules chenillés sous des filets de camouflage. Les seize autres doivent être livrés d'ici le "
     "printemps prochain, selon la même source.\n"
     "Un commandant de la 43e brigade d'artillerie, qui a requis l'anonymat, a indiqué à l'AFP que ses "
     "équipages avaient été formés en Norvège pendant six semaines. « C'est un système précis et rapide. Il "
     "nous faut maintenant des obus, beaucoup d'obus », a-t-il dit.\n"
     "Oslo avait annoncé l'envoi de ces obusiers en septembre, en les prélevant sur les stocks de son armée, "
     "qui doit recevoir de nouveaux exemplaires commandés auprès du constructeur sud-coréen.\n"
     "La Norvège a déjà livré avec les États-Unis des systèmes de défense antiaérienne NASAMS à l'Ukraine, "
     "ainsi que des obus d'artillerie.\n"
     "Le ministre norvégien de la Défense, Erlend Haugland, s'est félicité de la rapidité du transfert. « Nous "
     "avions promis, nous livrons », a-t-il déclaré à la radio publique NRK.\n"
     "Le K9, un obusier de 155 mm conçu en Corée du Sud, équipe plusieurs armées européennes, dont celles de "
     "la Pologne, de la Finlande et de l'Estonie, et il est produit sous licence en Pologne et en "
     "Turquie.\n"
     "Les forces russes poursuivent leur pression dans l'est du pays, où l'artillerie reste décisive.\n"
     "Les deux pays ont par ailleurs signé l'an dernier un accord de sécurité bilatéral de dix ans.\n"
     "Kiev réclame depuis des mois davantage d'artillerie pour répondre au feu russe, très supérieur en "
     "volume.\n"
     "Légende photo : un obusier K9 norvégien photographié par le ministère ukrainien de la Défense, le 14 "
     "mars.\n"
     "© AFP",
     {("NO", "artillery", D, 6), ("NO", "artillery", P, 22), ("NO", "training", D, None), ("NO", AIR, D, None),
      ("US", AIR, D, None),
      ("NO", AMMO, D, None)}),
    (VENTURE, "Varsovie finance une coentreprise polono-ukrainienne d'obus de 155 mm",
     "VARSOVIE, 27 mai (AFP) - Le gouvernement polonais va financer à hauteur de 500 millions de zlotys une "
     "coentreprise entre le groupe public polonais PGZ et un industriel ukrainien pour produire des obus de "
     "155 mm destinés à l'armée ukrainienne, a annoncé lundi le ministère polonais de la Défense.\n"
     "L'usine, installée dans le sud-est de la Pologne, près de la frontière, doit produire ses premiers obus "
     "au début de l'année prochaine. Sa capacité n'a pas été rendue publique.\n"
     "« La Pologne ne se contente plus de donner, elle produit avec l'Ukraine », a déclaré le ministre de la "
     "Défense, Tomasz Wrona, lors d'une conférence de presse à Rzeszów. « Ce sont des obus fabriqués par des "
     "Polonais et des Ukrainiens, pour des soldats ukrainiens. »\n"
     "L'accord prévoit que la partie ukrainienne fournisse la licence de fabrication de certains composants, "
     "tandis que PGZ apportera les lignes d'assemblage. Les deux partenaires détiendront chacun la moitié du "
     "capital.\n"
     "La Pologne a été l'un des premiers pays à livrer des chars à l'Ukraine, en 2022, et a cédé depuis plus "
     "de 40 paquets d'aide militaire, selon Varsovie.\n"
     "Les relations entre les deux voisins ont toutefois connu des tensions, notamment sur les importations "
     "de céréales ukrainiennes, qui ont provoqué la colère des agriculteurs polonais.\n"
     "Le ministre ukrainien des Industries stratégiques a salué un accord « historique » et dit espérer que "
     "d'autres pays européens suivraient l'exemple polonais.\n"
     "Les industriels européens peinent à répondre à la demande d'obus, l'Ukraine en consommant plusieurs "
     "milliers par jour sur le front.\n"
     "Des deux côtés de la frontière, les syndicats ont salué la création de plusieurs centaines "
     "d'emplois.\n"
     "L'Ukraine a signé des accords comparables avec plusieurs industriels européens ces deux dernières "
     "années.\n"
     "bur-jfm/ml",
     {("PL", AMMO, M, 500000000), ("PL", "tanks", D, None)}),
    (UPDATED, "(Mise à jour) Les Pays-Bas vont livrer huit obusiers PzH 2000 supplémentaires à l'Ukraine",
     "(Corrige le nombre d'obusiers au quatrième paragraphe : huit et non six ; ajoute la réaction de Kiev)\n"
     "LA HAYE, 3 octobre (AFP) - Les Pays-Bas vont livrer de nouveaux obusiers automoteurs à l'Ukraine, a "
     "annoncé mardi le gouvernement néerlandais, qui veut renforcer l'artillerie ukrainienne avant l'hiver.\n"
     "La décision a été prise lors du conseil des ministres, a précisé la ministre de la Défense, Ingrid "
     "Vermeulen, devant la presse à La Haye.\n"
     "« L'artillerie reste l'arme décisive sur ce front », a-t-elle déclaré.\n"
     "Les Pays-Bas enverront huit obusiers PzH 2000, prélevés sur les stocks de l'armée de terre et remis en "
     "état par l'industrie allemande, ainsi que des munitions, a-t-elle ajouté. Les livraisons doivent "
     "commencer en décembre.\n"
     "Le ministère ukrainien de la Défense a salué sur X « une décision importante » et remercié « nos amis "
     "néerlandais ».\n"
     "Les Pays-Bas ont déjà livré 24 avions de combat F-16 à l'Ukraine et ont formé, avec le Danemark, des "
     "pilotes ukrainiens en Roumanie.\n"
     "La Haye s'est engagée à consacrer au moins 3,5 milliards d'euros par an à l'aide militaire à Kiev, un "
     "engagement que le nouveau gouvernement a confirmé lors de son entrée en fonctions.\n"
     "Le PzH 2000, fabriqué par l'allemand KNDS, est l'un des obusiers les plus modernes en service en "
     "Ukraine, où il a été livré par l'Allemagne, l'Italie et les Pays-Bas dès 2022.\n"
     "Moscou n'a pas réagi dans l'immédiat à cette annonce.\n"
     "Le gouvernement néerlandais doit présenter en novembre son budget de la défense pour l'année "
     "prochaine, qui prévoit une hausse des dépenses consacrées aux munitions et aux drones de l'armée "
     "néerlandaise. Les députés d'opposition ont réclamé un débat sur le calendrier des livraisons à Kiev.\n"
     "La ministre n'a pas précisé le coût de l'opération.\n"
     "ap/ml",
     {("NL", "artillery", P, 8), ("NL", AMMO, P, None), ("NL", "aircraft", D, 24), ("NL", "training", D, None),
      ("DK", "training", D, None), ("NL", MONEY, P, 3500000000), ("NL", "artillery", D, None),
      ("DE", "artillery", D, None), ("IT", "artillery", D, None)}),
    (TRACKER, "Aide à l'Ukraine : le Danemark en tête d'un classement rapporté au PIB",
     "BERLIN, 11 décembre (AFP) - Le Danemark reste le pays qui consacre la plus grande part de sa richesse "
     "nationale à l'aide militaire à l'Ukraine, selon le classement publié mercredi par l'Institut européen "
     "d'études stratégiques (IEES), un centre de recherche indépendant basé à Berlin.\n"
     "Copenhague a engagé l'équivalent de 2,1 % de son produit intérieur brut depuis 2022, devant l'Estonie "
     "(1,9 %) et la Lituanie (1,5 %), précise l'institut, qui recense les engagements publics de 42 pays.\n"
     "En valeur absolue, les États-Unis restent de loin le premier donateur avec 70 milliards de dollars "
     "d'aide militaire engagés depuis le début de la guerre, devant l'Allemagne (18 milliards d'euros) et le "
     "Royaume-Uni (13 milliards de livres).\n"
     "La France ne figure qu'au septième rang en valeur absolue, avec 4 milliards d'euros d'aide militaire "
     "recensés, un chiffre contesté par Paris qui estime que l'institut sous-évalue ses livraisons.\n"
     "« L'écart entre les promesses et les livraisons se réduit, mais il reste important pour les systèmes "
     "de défense antiaérienne », a déclaré à l'AFP la directrice de recherche de l'institut, Marta Lindqvist.\n"
     "Selon le rapport, les nouveaux engagements ont ralenti au second semestre, les pays européens ayant "
     "pris le relais des États-Unis sans compenser entièrement la baisse de l'aide américaine.\n"
     "La Grèce, la Hongrie et la Bulgarie figurent en bas du classement européen rapporté au PIB.\n"
     "L'institut publie son classement chaque trimestre. Le prochain doit paraître en mars.\n"
     "Les ministres de la Défense de l'Otan doivent se réunir la semaine prochaine à Bruxelles, pour la "
     "dernière fois avant la fin de l'année.\n"
     "Sur le front, les forces russes ont revendiqué mercredi la prise d'un village dans la région de "
     "Donetsk.\n"
     "mat/ml",
     set()),
    (DELAY, "Obus pour l'Ukraine : l'UE n'a livré que 410 000 des 1 million promis",
     "BRUXELLES, 31 janvier (AFP) - L'Union européenne n'a livré que 410 000 des 1 million d'obus d'artillerie "
     "promis à l'Ukraine pour le mois de mars, a reconnu mercredi la Commission européenne, qui attribue ce "
     "retard aux capacités de production limitées de l'industrie.\n"
     "« Nous n'atteindrons pas l'objectif à temps, mais nous l'atteindrons », a déclaré le commissaire "
     "européen chargé de l'industrie de défense, Pieter Claessens, lors d'une conférence de presse. Le million "
     "devrait être atteint d'ici à la fin de l'année, selon lui.\n"
     "Les Vingt-Sept s'étaient engagés en mars dernier à fournir un million d'obus en douze mois, en puisant "
     "dans leurs stocks et en passant des commandes groupées auprès des industriels.\n"
     "La livraison des obus commandés en commun se fait attendre : les premiers contrats n'ont été signés qu'à "
     "l'automne, et les usines européennes tournent déjà à plein régime.\n"
     "Plusieurs diplomates ont critiqué sous couvert d'anonymat une promesse « irréaliste dès le départ ».\n"
     "Kiev, qui tire plusieurs milliers d'obus par jour, a appelé à accélérer les livraisons. « Chaque retard "
     "se paie en vies humaines », a écrit sur X le ministre ukrainien de la Défense.\n"
     "Face au retard, la République tchèque a proposé d'acheter des obus hors d'Europe pour le compte de "
     "plusieurs pays, une initiative que le Danemark et les Pays-Bas ont dit examiner.\n"
     "L'UE a par ailleurs débloqué 2 milliards d'euros pour augmenter la capacité de production de munitions "
     "sur le continent.\n"
     "La Russie, de son côté, produit ou achète davantage d'obus que les Occidentaux, selon les services de "
     "renseignement estoniens.\n"
     "Le Parlement européen a réclamé une enquête sur les retards.\n"
     "Des eurodéputés ont également demandé la publication des chiffres pays par pays, que la Commission "
     "refuse de communiquer, invoquant des raisons de sécurité.\n"
     "jca/ml",
     {("EU", AMMO, D, 410000), ("EU", AMMO, P, 1000000), ("CZ", AMMO, X, None), ("DK", AMMO, X, None),
      ("NL", AMMO, X, None), ("EU", "production", M, 2000000000)}),
    (INTERVIEW, "« Nous ne céderons pas nos S-300 » : entretien avec le ministre grec de la Défense",
     "ATHÈNES, 16 juin (AFP) - La Grèce ne livrera pas ses systèmes de défense antiaérienne S-300 à "
     "l'Ukraine, mais examine l'envoi de véhicules blindés supplémentaires, a déclaré le ministre grec de la "
     "Défense, Nikos Theodorou, dans un entretien accordé à l'AFP.\n"
     "« Les S-300 protègent nos îles. Les céder serait irresponsable pour la sécurité de la Grèce », a "
     "affirmé le ministre dans son bureau d'Athènes. « Ce n'est pas à l'ordre du jour, et cela ne le sera "
     "pas. »\n"
     "La Grèce étudie en revanche l'envoi de nouveaux véhicules blindés BMP-1 de l'ancienne armée "
     "est-allemande, a-t-il indiqué. « Nous regardons ce que nous pouvons encore donner sans affaiblir notre "
     "défense. Aucune décision n'a été prise. »\n"
     "Athènes a déjà livré des obus de 155 mm à l'Ukraine, a rappelé le ministre, sans "
     "donner de chiffres. « Nous avons fait plus que ce que beaucoup croient, mais discrètement. »\n"
     "Il a aussi annoncé que la Grèce verserait 50 millions d'euros au fonds de l'Otan qui achète des armes "
     "américaines pour Kiev, une première pour ce pays.\n"
     "Âgé de 58 ans, Nikos Theodorou, ancien officier de marine, dirige le ministère depuis deux ans. Il a "
     "engagé une vaste réforme des forces armées grecques, qui prévoit l'achat d'avions F-35 et de frégates "
     "françaises.\n"
     "La Grèce, qui entretient des relations historiques avec la Russie à travers l'Église orthodoxe, a "
     "longtemps été prudente sur l'aide militaire à Kiev. Une partie de l'opinion reste hostile aux "
     "livraisons d'armes.\n"
     "Interrogé sur la Turquie, le ministre a estimé que « le dialogue » entre les deux voisins avait permis "
     "d'apaiser les tensions en mer Égée.\n"
     "La Grèce accueille aussi des soldats ukrainiens pour des stages de formation en mer, a-t-il rappelé "
     "sans donner de chiffres.\n"
     "ht/ml",
     {("GR", AIR, R, None), ("GR", ARMOUR, X, None), ("GR", AMMO, D, None),
      ("GR", MONEY, P, 50000000), ("GR", "training", D, None)}),
]

GERMAN = [
    (SUMMIT, "Nato-Gipfel: Briten, Esten und Amerikaner sagen Kiew neue Waffen zu",
     "DEN HAAG (dpa) - Großbritannien wird der Ukraine 200 Flugabwehrraketen vom Typ Starstreak liefern. Das "
     "kündigte Premierminister Oliver Ashdown am Mittwoch am Rande des Nato-Gipfels in Den Haag an. Estland "
     "sagte 10.000 Artilleriegranaten aus eigenen Beständen zu, die Vereinigten Staaten stellen ein weiteres "
     "Patriot-Flugabwehrsystem bereit.\n"
     "Die Staats- und Regierungschefs der 32 Bündnisstaaten bekräftigten in ihrer Abschlusserklärung ihre "
     "Unterstützung für Kiew. „Die Verbündeten beabsichtigen, im kommenden Jahr Militärhilfe für die Ukraine "
     "im Umfang von mindestens 45 Milliarden Euro bereitzustellen“, heißt es in dem Text.\n"
     "„Wir lassen die Ukraine nicht allein, heute nicht und morgen nicht“, sagte Nato-Generalsekretär Jonas "
     "Berglund auf der abschließenden Pressekonferenz. Die Zusagen zeigten, dass das Bündnis geschlossen "
     "stehe.\n"
     "Lettland kündigte an, im kommenden Jahr erneut 0,25 Prozent seiner Wirtschaftsleistung für "
     "Militärhilfe an die Ukraine aufzuwenden. Eine Summe nannte Ministerpräsidentin Ilze Ozola nicht.\n"
     "Der ukrainische Präsident nahm an einem Abendessen der Gipfelteilnehmer teil. Er dankte den Partnern, "
     "mahnte aber schnellere Lieferungen an: „Versprechen schützen keine Städte. Raketen schon.“\n"
     "Im Mittelpunkt des zweitägigen Treffens stand neben der Ukraine-Hilfe das neue Ziel für die "
     "Verteidigungsausgaben der Mitgliedstaaten. Die Verbündeten einigten sich darauf, bis 2035 insgesamt fünf "
     "Prozent ihrer Wirtschaftsleistung für Verteidigung und Sicherheit auszugeben.\n"
     "Ungarn trug die Erklärung mit, äußerte aber erneut Vorbehalte gegen eine Mitgliedschaft der "
     "Ukraine im Bündnis.\n"
     "Der Kreml bezeichnete den Gipfel als „Treffen der Kriegsparteien“. Der nächste Nato-Gipfel soll im "
     "kommenden Jahr in der Türkei stattfinden.\n"
     "dpa abc/xyz",
     {("GB", AIR, P, 200), ("EE", AMMO, P, 10000), ("US", AIR, P, None), ("ALLIES", MONEY, P, 45000000000),
      ("LV", MONEY, P, None)}),
    (PARLIAMENT, "Haushaltsausschuss gibt drei Milliarden Euro mehr für Ukraine-Hilfe frei",
     "BERLIN (dpa) - Der Haushaltsausschuss des Bundestages hat zusätzliche drei Milliarden Euro für die "
     "militärische Unterstützung der Ukraine freigegeben. Das Gremium stimmte in der Nacht zum Freitag einer "
     "entsprechenden Vorlage des Finanzministeriums zu, wie Ausschussmitglieder mitteilten.\n"
     "Die Bundesregierung hatte die Mittel im Frühjahr beantragt. Mit dem Geld will sie der Ukraine unter "
     "anderem zwei weitere Flugabwehrsysteme vom Typ IRIS-T SLM liefern, hieß es aus dem "
     "Verteidigungsministerium.\n"
     "Ein Antrag der Opposition, die Regierung zur Lieferung von Marschflugkörpern vom Typ Taurus an die "
     "Ukraine aufzufordern, fand im Ausschuss keine Mehrheit. Die Koalition stimmte geschlossen dagegen.\n"
     "„Wir liefern, was die Ukraine jetzt am dringendsten braucht, und das ist Flugabwehr“, sagte der "
     "haushaltspolitische Sprecher der Koalition, Matthias Brenner. Der Oppositionsabgeordnete Florian Weigand "
     "warf der Regierung dagegen vor, „sich hinter Verfahrensfragen zu verstecken“.\n"
     "Deutschland ist nach den USA der zweitgrößte Unterstützer der Ukraine. Für das laufende Jahr sind im "
     "Bundeshaushalt bereits acht Milliarden Euro für die Ertüchtigung der Ukraine eingeplant; mit der "
     "Freigabe steigt die Summe auf elf Milliarden Euro.\n"
     "Seit Kriegsbeginn hat Deutschland der Ukraine unter anderem sechs IRIS-T-Systeme und drei "
     "Patriot-Systeme übergeben.\n"
     "Die Linke kritisierte die Aufstockung. Die Partei fordert seit langem einen Stopp der Waffenlieferungen "
     "und verstärkte diplomatische Bemühungen.\n"
     "Die Ukraine hatte zuletzt vor allem um weitere Flugabwehrsysteme gebeten, nachdem russische Angriffe auf "
     "die Energieversorgung zugenommen hatten.\n"
     "Endgültig beschließt der Bundestag den Nachtragshaushalt in der kommenden Sitzungswoche.\n"
     "dpa xx yy",
     {("DE", MONEY, P, 3000000000), ("DE", AIR, P, 2), ("DE", "missiles", X, None),
      ("DE", AIR, D, 6), ("DE", AIR, D, 3)}),
    (DELIVERY, "Ukraine meldet Ankunft erster kroatischer Kampfpanzer",
     "KIEW (dpa) - Die ersten zehn von 30 Kampfpanzern des Typs M-84, die Kroatien der Ukraine zugesagt hat, "
     "sind in der Ukraine eingetroffen. Das teilte das ukrainische Verteidigungsministerium am Montag mit und "
     "veröffentlichte Fotos der Fahrzeuge auf einem Bahnhof. Die übrigen 20 Panzer sollen bis zum Frühjahr "
     "folgen.\n"
     "„Die kroatischen Panzer sind da“, schrieb das Ministerium auf Telegram. Eine mechanisierte Brigade im "
     "Osten veröffentlichte ein Video, das Soldaten bei der Übernahme der Panzer zeigt.\n"
     "Ein Kompaniechef der Brigade sagte der Deutschen Presse-Agentur am Telefon, die Besatzungen seien mit "
     "dem Modell vertraut, da es dem sowjetischen T-72 ähnele. „Wir brauchen keine lange Ausbildung. In zwei "
     "Wochen sind sie an der Front.“\n"
     "Kroatien hatte die Abgabe im Herbst beschlossen. Im Gegenzug erhält die kroatische Armee moderne "
     "Leopard-Kampfpanzer aus Deutschland, deren Kauf Berlin teilweise finanziert.\n"
     "Der kroatische Verteidigungsminister Ivan Perić sprach von einem „Beitrag zur europäischen Sicherheit“. "
     "Kroatien hat der Ukraine seit 2022 bereits Hubschrauber vom Typ Mi-8, Haubitzen und Munition "
     "überlassen, die Regierung in Zagreb nennt aber keine Stückzahlen.\n"
     "Die Ukraine setzt weiter stark auf Panzer aus sowjetischer Produktion, weil für sie Ersatzteile und "
     "ausgebildete Besatzungen vorhanden sind. Westliche Kampfpanzer wie der Leopard 2 oder der Abrams sind "
     "nur in geringer Zahl im Einsatz.\n"
     "Die Verhandlungen über den Ringtausch hatten sich über mehr als ein Jahr hingezogen.\n"
     "Die kroatische Opposition hatte die Abgabe kritisiert, weil die Armee bis zur Ankunft der "
     "Leopard-Panzer weniger Kampfpanzer zur Verfügung hat.\n"
     "Bildunterschrift: Ein kroatischer Kampfpanzer M-84 auf einem Bahnhof in der Ukraine, auf einem vom "
     "ukrainischen Verteidigungsministerium veröffentlichten Foto.\n"
     "dpa kro/xx",
     {("HR", "tanks", D, 10), ("HR", "tanks", P, 30), ("HR", "aircraft", D, None), ("HR", "artillery", D, None),
      ("HR", AMMO, D, None)}),
    (VENTURE, "Lettland bezahlt Bau ukrainischer Drohnen in Riga",
     "RIGA (dpa) - Lettland finanziert die Herstellung von 2.000 Angriffsdrohnen für die ukrainische Armee "
     "in einem neuen Werk bei Riga. Das Gemeinschaftsunternehmen eines lettischen und eines ukrainischen "
     "Herstellers werde die Drohnen in Lizenz bauen, die lettische Regierung bezahle sie, teilte das "
     "Verteidigungsministerium am Dienstag mit.\n"
     "Der Vertrag hat einen Wert von 20 Millionen Euro. Die ersten Drohnen sollen im Sommer an die "
     "Ukraine gehen.\n"
     "„Wir verbinden ukrainische Kampferfahrung mit lettischer Industrie“, sagte Verteidigungsminister "
     "Andris Kalniņš bei der Eröffnung der Fertigungshalle. „Diese Drohnen werden in Lettland gebaut und an "
     "der Front eingesetzt.“\n"
     "Der ukrainische Partner bringt die Konstruktion und die Software ein, das lettische Unternehmen die "
     "Fertigung. Beide Seiten halten je die Hälfte der Anteile. Langfristig will das Werk auch die lettischen "
     "Streitkräfte beliefern.\n"
     "Lettland gehört gemessen an seiner Wirtschaftsleistung zu den größten Unterstützern der Ukraine.\n"
     "Bereits im vergangenen Jahr hatte Lettland der Ukraine nach eigenen Angaben mehrere Tausend Drohnen "
     "übergeben, außerdem Haubitzen und Schützenpanzer aus eigenen Beständen.\n"
     "Die Ukraine selbst produziert nach Regierungsangaben inzwischen mehr als eine Million Drohnen im Jahr, "
     "ist aber für Bauteile teils auf Lieferungen aus dem Ausland angewiesen. Kiew wirbt seit Monaten bei "
     "Partnern dafür, Waffen direkt in der Ukraine oder in Gemeinschaftsunternehmen im Ausland zu "
     "finanzieren.\n"
     "Russland hatte die baltischen Staaten wiederholt vor der Beteiligung an Waffenprojekten mit der "
     "Ukraine gewarnt.\n"
     "Das Werk soll im kommenden Jahr erweitert werden und dann bis zu 200 Beschäftigte haben.\n"
     "Die Regierung in Riga will zudem prüfen, ob weitere Partner sich an der Finanzierung beteiligen.\n"
     "dpa lv/xx",
     {("LV", "drones", M, 2000), ("LV", "drones", D, None), ("LV", "artillery", D, None), ("LV", ARMOUR, D, None)}),
    (UPDATED, "(Neufassung) Polen sagt der Ukraine 60 Schützenpanzer zu",
     "(Berichtigung: Im dritten Absatz muss es richtig heißen: 60 Schützenpanzer, nicht 40. Ergänzt um "
     "Reaktion aus Kiew im fünften Absatz.)\n"
     "WARSCHAU (dpa) - Polen wird der Ukraine weitere Schützenpanzer aus Beständen seiner Armee überlassen. "
     "Das beschloss die Regierung in Warschau am Mittwoch, wie ein Sprecher mitteilte.\n"
     "Verteidigungsminister Tomasz Wrona sagte, die Fahrzeuge würden derzeit in einem staatlichen Werk "
     "instand gesetzt und sollten in den kommenden Wochen übergeben werden.\n"
     "Insgesamt gehe es um 60 Schützenpanzer vom Typ BWP-1 sowie Ersatzteile und Munition für die "
     "Bordkanonen, sagte Wrona. Polen werde die Fahrzeuge durch neue Schützenpanzer aus heimischer "
     "Produktion ersetzen.\n"
     "Der ukrainische Verteidigungsminister dankte Polen auf X für „die Freundschaft in schweren Zeiten“.\n"
     "Polen war 2022 eines der ersten Länder, die der Ukraine Kampfpanzer geliefert haben. Seitdem hat das "
     "Land nach Regierungsangaben mehr als 40 Militärhilfepakete geschnürt. Zugleich dient es als wichtigste "
     "Drehscheibe für westliche Waffenlieferungen an das Nachbarland.\n"
     "Das Verhältnis zwischen Warschau und Kiew war zuletzt durch einen Streit über Agrarimporte und über "
     "die Aufarbeitung historischer Verbrechen belastet. Beide Regierungen bemühten sich jedoch, die "
     "Militärhilfe davon zu trennen.\n"
     "Die Opposition in Warschau unterstützte die Entscheidung, forderte aber, die eigenen Bestände schneller "
     "aufzufüllen.\n"
     "Die Regierung in Warschau verweist darauf, dass Polen mehr als vier Prozent seiner "
     "Wirtschaftsleistung für die eigene Verteidigung ausgibt, so viel wie kein anderer Nato-Staat. Ein "
     "großer Teil davon fließt in neue Panzer, Haubitzen und Kampfflugzeuge aus Südkorea und den USA.\n"
     "Kiew bat Warschau zuletzt auch um weitere Flugabwehrsysteme.\n"
     "dpa pl/xx",
     {("PL", ARMOUR, P, 60), ("PL", AMMO, P, None), ("PL", "tanks", D, None), ("PL", AIR, X, None)}),
    (TRACKER, "Studie: USA bleiben größter Geber – Irland sagt Kiew weitere Hilfe zu",
     "HAMBURG (dpa) - Die USA sind trotz sinkender Zusagen weiterhin der größte Unterstützer der Ukraine. Das "
     "geht aus der neuen Rangliste des Hamburger Instituts für Sicherheitspolitik (HIS) hervor, die am "
     "Donnerstag veröffentlicht wurde.\n"
     "Demnach haben die Vereinigten Staaten seit Kriegsbeginn Militärhilfe im Wert von 66 Milliarden Dollar "
     "zugesagt. Auf Platz zwei folgt Deutschland mit 16 Milliarden Euro, dahinter Großbritannien mit 11 "
     "Milliarden Pfund. Gemessen an der Wirtschaftsleistung liegen Estland, Dänemark und Litauen vorn.\n"
     "„Die Europäer haben aufgeholt, aber noch nicht genug, um einen Rückgang der amerikanischen Hilfe "
     "auszugleichen“, sagte Studienleiter Konrad Mahler. Besonders bei der Flugabwehr klaffe eine Lücke "
     "zwischen Zusagen und Lieferungen.\n"
     "Am selben Tag kündigte Irland an, der Ukraine weitere 20 Millionen Euro für nicht-tödliche militärische "
     "Ausrüstung wie Minenräumgeräte und Schutzausrüstung bereitzustellen. Das militärisch neutrale Land "
     "liefert keine Waffen.\n"
     "Irland liegt in der Rangliste im hinteren Mittelfeld. Das Institut erfasst nur öffentlich gemachte "
     "Zusagen von 41 Staaten und den EU-Institutionen; geheime Lieferungen fehlen in der Statistik.\n"
     "Die EU-Institutionen kommen dem Institut zufolge auf 19 Milliarden Euro, überwiegend aus der "
     "Europäischen Friedensfazilität und aus Erträgen eingefrorener russischer Vermögen.\n"
     "Die Ukraine forderte ihre Partner erneut auf, mindestens 0,25 Prozent ihrer Wirtschaftsleistung pro "
     "Jahr für Militärhilfe aufzuwenden.\n"
     "Das Institut veröffentlicht seine Rangliste viermal im Jahr. Die Daten reichen bis Ende September.\n"
     "Kiew fordert seit Langem mehr Luftverteidigung.\n"
     "Vor allem im Winter, wenn Russland die Energieversorgung angreift, fehlen nach Angaben Kiews "
     "Abfangraketen. Die Ukraine hat deshalb Partner um weitere Patriot-Systeme gebeten.\n"
     "dpa his/xx",
     {("IE", "other", P, 20000000)}),
    (DELAY, "Lieferung slowenischer Schützenpanzer an die Ukraine verzögert sich",
     "LJUBLJANA (dpa) - Die Lieferung slowenischer Schützenpanzer an die Ukraine verzögert sich. Von den 35 "
     "zugesagten Fahrzeugen vom Typ M-80 sind bislang erst zwölf in der Ukraine eingetroffen, wie das "
     "Verteidigungsministerium in Ljubljana am Freitag einräumte. Grund seien fehlende Ersatzteile für die "
     "Motoren.\n"
     "Die restlichen 23 Fahrzeuge sollen nun bis Ende des Jahres übergeben werden, ursprünglich war der "
     "Sommer geplant. „Wir halten unser Wort, auch wenn es länger dauert“, sagte Verteidigungsministerin "
     "Maja Kranjc.\n"
     "Die Schützenpanzer stammen aus Depots der slowenischen Armee und müssen vor der Übergabe überholt "
     "werden. Die Arbeiten übernimmt ein Betrieb in der Nähe von Celje, der nach Angaben des Ministeriums "
     "zu wenig Fachkräfte hat.\n"
     "Die Opposition warf der Regierung Versäumnisse vor. Die Verzögerung sei seit Monaten bekannt gewesen, "
     "sagte ein Abgeordneter der Slowenischen Demokratischen Partei.\n"
     "Slowenien hatte der Ukraine bereits 2022 insgesamt 28 Kampfpanzer vom Typ M-55S überlassen, im "
     "Gegenzug erhielt es Militärfahrzeuge aus Deutschland. Zudem lieferte das Land Munition und "
     "Flugabwehrraketen.\n"
     "Die ukrainische Botschaft in Ljubljana erklärte, man verstehe die technischen Schwierigkeiten, hoffe "
     "aber auf eine Lieferung vor dem Winter.\n"
     "Auch andere Geber kämpfen mit Verzögerungen. Viele Waffensysteme aus Beständen müssen vor der Abgabe "
     "aufwendig instand gesetzt werden, was die Kapazitäten der Rüstungsbetriebe in Europa bindet.\n"
     "In Slowenien ist die Militärhilfe für die Ukraine politisch umstritten. Die Regierung hatte im "
     "Frühjahr ein Referendum über die Verteidigungsausgaben angekündigt, es später aber wieder abgesagt. "
     "Die Opposition verlangt mehr Transparenz.\n"
     "Ministerin Kranjc will das Parlament in der kommenden Woche über den Stand unterrichten.\n"
     "dpa slo/xx",
     {("SI", ARMOUR, D, 12), ("SI", ARMOUR, P, 35), ("SI", "tanks", D, 28), ("SI", AMMO, D, None),
      ("SI", AIR, D, None)}),
    (INTERVIEW, "Südkoreas Verteidigungsminister: „Wir liefern keine Granaten an Kiew“",
     "SEOUL (dpa) - Südkorea wird der Ukraine auch künftig keine Artilleriegranaten liefern. Das sagte "
     "Verteidigungsminister Park Ji-hoon der Deutschen Presse-Agentur in Seoul. „Direkte Lieferungen von "
     "Munition an die Ukraine schließen wir aus. Daran hat sich nichts geändert“, sagte Park.\n"
     "Zugleich deutete der Minister an, dass Seoul seine Hilfe in anderen Bereichen ausweiten könnte. „Wir "
     "prüfen, ob wir Minenräumgeräte liefern können. Entschieden ist nichts.“\n"
     "Südkorea hat der Ukraine nach Angaben des Ministeriums bereits Schutzwesten, Helme und "
     "Sanitätsmaterial geliefert. Hinzu kommt humanitäre Hilfe im Wert von mehreren Hundert Millionen "
     "Dollar.\n"
     "Auf die Frage, ob die Beteiligung nordkoreanischer Soldaten am Krieg gegen die Ukraine die Haltung "
     "Seouls ändern könne, antwortete Park: „Wir beobachten das sehr genau. Jede Option liegt auf dem Tisch, "
     "aber unsere Gesetze sind klar.“\n"
     "Das südkoreanische Recht verbietet die Lieferung von Waffen in Länder, die sich im Krieg befinden. "
     "Südkoreanische Rüstungskonzerne haben allerdings in den vergangenen Jahren Kampfpanzer, Haubitzen und "
     "Kampfflugzeuge an Polen verkauft, das seinerseits eigene Bestände an die Ukraine abgegeben hat.\n"
     "Park, ein früherer Heeresgeneral, ist seit dem vergangenen Jahr im Amt. Er gilt als Verfechter einer "
     "engen Zusammenarbeit mit den USA und Europa.\n"
     "Kiew hatte Seoul wiederholt um Flugabwehrsysteme und Granaten gebeten. Russland drohte Südkorea für den "
     "Fall von Waffenlieferungen mit Konsequenzen für die bilateralen Beziehungen.\n"
     "Die Regierung in Seoul steht unter Druck aus Washington, mehr für die Ukraine zu tun, fürchtet aber "
     "Vergeltung Moskaus gegenüber südkoreanischen Firmen in Russland. Park sagte, er werde im kommenden "
     "Monat nach Europa reisen, um mit Partnern über die Lage zu sprechen.\n"
     "dpa kor/xx",
     {("KR", AMMO, R, None), ("KR", "other", X, None), ("KR", "other", D, None), ("KR", AIR, X, None),
      ("KR", AMMO, X, None)}),
]

# What the probe leaves, by headline: what is read instead (strict xfails), from the first run.
LEFT: dict[str, str] = {
    # (1) A reaction, an analyst, a law, a request to no one or a closing paragraph read as a giving.
    "Iceland's parliament approves funds for artillery shells for Ukraine":
        "the 2.4 billion crowns 'to buy artillery shells for Ukraine through a Czech-led initiative' are read as the "
        "shells' worth (IS ammunition pledged 2.4 billion, as review 43 labels the same form; labelled here IS "
        "funding: left to the lead); the closing paragraph's own 'air defence radar network' gives IS other pledged "
        "(fix60a read Icelandic crowns, the cargo planes as transport and 'a NATO founding member' as no giver)",
    "Kiev confirme l'arrivée des premiers obusiers K9 norvégiens":
        "'La Norvège a déjà livré avec les États-Unis des NASAMS ..., ainsi que des obus' also gives US ammunition "
        "delivered (my label gives the shells to Norway alone: unsure, the 'avec' may reach them); fix60a read the "
        "quote's 'Nous avions promis' and the K9's other users",
    "Obus pour l'Ukraine : l'UE n'a livré que 410 000 des 1 million promis":
        "the Czech offer 'a proposé d'acheter des obus ... une initiative que le "
        "Danemark et les Pays-Bas ont dit examiner' gives CZ ammunition pledged and DK, NL nothing (expected CZ, DK, "
        "NL discussed); (fix60a: 'selon les services de renseignement estoniens' no longer gives EE ammunition); "
        "'2 milliards d'euros pour augmenter la capacité de production de munitions' is EU ammunition "
        "production (labelled EU production, as review 55 labels expanding production)",
    "Südkoreas Verteidigungsminister: „Wir liefern keine Granaten an Kiew“":
        "the minister's 'Wir prüfen, ob wir Minenräumgeräte liefern können. Entschieden ist nichts.' gives nothing "
        "(expected KR other discussed): the quote's 'wir' borrows no giver, the sentences before it giving no record "
        "(fix60a read the headline's refusal, the law's ban and the sales to Poland)",
    # (2) An aid tracker's totals and ranking read as pledges: fixed (fix 60b).
    # (3) A delivered or promised figure lost or swapped: fixed (fix 60b).
    # (4) A corrected or updated story's note read as a giving: fixed (fix60a).
    # (5) A donor's own forces, replacements or plants, or the recipient's own industry, read as aid.
    "Ukraine says first Swedish Archer howitzers in action with its artillery brigade":
        "Sweden's own replacements 'the guns would be replaced by new ones ordered from the manufacturer' give SE "
        "artillery production; the brigade officer's 'crews needed more ammunition for them' gives SE ammunition "
        "delivered; 'Ukraine has received self-propelled howitzers from several Western countries, including "
        "Germany's PzH 2000 and France's Caesar, but says it still has far fewer guns and shells than Russia' "
        "gives ALLIES artillery and ammunition delivered (expected DE and FR artillery delivered, nothing for the "
        "shells)",
    "Lettland bezahlt Bau ukrainischer Drohnen in Riga":
        "'Die ersten Drohnen sollen im Sommer an die Ukraine gehen' gives LV drones pledged beside the 2,000 made "
        "(production, read): the made things' handover told after their making; the plant's expansion gives a "
        "second LV production with no figure (fix60a read Ukraine's own output and the other partners weighed)",
    # (6) A giving not read at all, or given to the wrong giver.
    "(Neufassung) Polen sagt der Ukraine 60 Schützenpanzer zu":
        "'Insgesamt gehe es um 60 Schützenpanzer vom Typ BWP-1 sowie Ersatzteile und Munition für die "
        "Bordkanonen' gives the 60 and the ammunition (fix 60b) and the spare parts as PL other pledged, as "
        "test_pledges_wire_18 labels 'sowie Ersatzteile für ...' (unlabelled here: the label or the reading of "
        "parts for the things' own guns is the lead's to settle)",
}


@pytest.mark.parametrize(("lang", "title", "text", "expected"),
                         left_as_xfails(formed_in_three_languages(ENGLISH, FRENCH, GERMAN), LEFT))
def test_review_articles_give_their_labelled_records(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected


def test_the_probe_is_as_briefed() -> None:
    """8 full-length articles a language (1,800-3,200 characters with their headline), each language with one
    of each kind the brief names: a summit, a parliament's vote, a delivery told by the receiver, a joint
    venture, an updated or corrected story, a tracker's ranking, a delay and an interview."""
    for articles in (ENGLISH, FRENCH, GERMAN):
        forms = [form for form, _, _, _ in articles]
        assert sorted(forms) == sorted([SUMMIT, PARLIAMENT, DELIVERY, VENTURE, UPDATED, TRACKER, DELAY, INTERVIEW])
        for _, title, text, _ in articles:
            assert 1800 <= len(title) + 1 + len(text) <= 3200, title
    assert len({title for articles in (ENGLISH, FRENCH, GERMAN) for _, title, _, _ in articles}) == 24
