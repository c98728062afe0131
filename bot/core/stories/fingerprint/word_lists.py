"""The word lists the story matcher's reader uses (bot.core.stories.fingerprint.wording), in English,
French and German, folded (lower case, no accents): stop words, the words that tell
German copy (whose capitals say little), the words nearly every aid story contains, the
endings of German nouns, and the magnitude and unit words after a number.

Apart from the reader so that tuning a list does not mean reading the scanner. They
stay ours rather than coming from a library (simplemma lemmatises the rules' words): the
weights and thresholds were tuned on these exact terms, and replacing them was not
measured as better on the real-article set.
"""

from __future__ import annotations

from bot.core.text.months import ENGLISH_MONTHS, FRENCH_MONTHS, GERMAN_MONTHS, MONTH_ABBREVIATIONS, month_names

_STOPWORDS_EN = """
a about above after again against all also although am an and any are around as at be
because been before being below between both but by can could did do does doing down
during each even ever every few for from further had has have having he her here hers
him his how however i if in into is it its itself just last least less many may me
might more most much must my near new next no nor not now of off on once one only or
other our ours out over own per same several she should since so some still such than
that the their theirs them then there these they this those though three through thus
to too two under until up upon us very was we well were what when where whether which
while who whom whose why will with within without would yet you your yours
said says say saying told tell according added including included latest today
yesterday week weeks year years month months day days time first second also already
""".split()
_STOPWORDS_FR = """
a afin ai ainsi alors apres au aucun aujourd aussi autre autres aux avait avant avec
avoir c ca car ce ceci cela celle celles celui ces cet cette ceux chaque chez comme
comment contre d dans de depuis des deux dont du elle elles en encore entre est et etaient
etait ete etre eu fait faire fois hier il ils j je jusqu l la le les leur leurs lors
lui m ma mais me meme mes moins mon n ne ni nos notre nous on ont ou par parce pas
pendant peu peut plus plusieurs pour pourrait pourquoi quand que quel quelle quelles
quels qui quoi s sa sans se selon sera seront serait ses si sinon son sont sous sur t ta
te tes toi ton tous tout toute toutes tres trois tu un une vers vos votre vous y
dit dire declare indique affirme assure ajoute explique estime souligne notamment aussi
deja toujours encore desormais semaine semaines an ans annee annees jour jours mois
premier premiere dernier derniere cours afin tandis lorsque puis donc alors
""".split()
_STOPWORDS_DE = """
aber als also am an auch auf aus bei beim bereits bis bisher da dabei damit dann das
dass dazu dem den denen der des dessen die dies diese diesem diesen dieser dieses doch
dort drei durch ein eine einem einen einer eines er erst es etwa fur gegen gibt hat hatte
hatten habe haben hier ihm ihn ihnen ihr ihre ihrem ihren ihrer im in ins ist jedoch
jetzt kann kein keine keinen konnen konnte man mehr mit muss mussen nach nicht noch nun
nur ob oder ohne rund schon sei sein seine seinem seinen seiner seit sich sie sind so
soll sollen sollte sowie uber um und uns unter vom von vor war waren wegen weil weiter
weitere weiteren wenn werde werden wie will wir wird wo wollen worden wurde wurden zu zum
zur zwei zwischen sagte sagt teilte erklarte laut heute gestern woche wochen jahr jahre
jahren monat monate tag tage tagen
""".split()
STOPWORDS = frozenset(_STOPWORDS_EN + _STOPWORDS_FR + _STOPWORDS_DE)

# Markers for guessing German, where every noun is capitalised and capitals say little.
DE_MARKERS = frozenset("der die das und ist nicht mit den dem des ein eine wird werden auf sich im".split())
FR_MARKERS = frozenset("le la les et des du une est dans pour que qui au aux".split())
EN_MARKERS = frozenset("the and of to is was in for that with on has have".split())

# Words nearly every aid story contains, in folded natural form (stemmed at import).
GENERIC_WORDS = """
war wars guerre krieg kriegs weapon weapons arms arme armes armement armements waffe waffen
military militaire militaires militar militarische aid aide aides hilfe hilfen support
soutien soutenir unterstutzung unterstutzen help assistance defence defense defenses
verteidigung security securite sicherheit minister ministre ministres ministerin
president presidente prasident government gouvernement regierung country countries pays
land lander ally allies allie verbundete partner partners partenaires western
occidental occidentaux westlich westlichen deliver delivers delivered delivery deliveries
livraison livraisons livrer livre livree livrees liefern lieferung lieferungen geliefert
supply supplies fournir fourniture fournitures send sending envoyer envoi senden schicken
provide provides providing pledge pledged pledges promise promised promesse promis
promises zusage zugesagt announce announced announcement annonce annonces annoncer
ankundigen angekundigt package packages paquet paket pakete equipment equipement
equipements ausrustung troops troupes truppen forces force army armee armees soldiers
soldats soldaten invasion conflict conflit konflikt offensive offensives attack attacks
attaque attaques angriff angriffe front billion billions milliard milliards milliarde
milliarden million millions millionen dollar dollars euro euros tank tanks char chars
panzer missile missiles rakete raketen system systems systeme systemes ammunition munition
munitions artillery artillerie air aerien aerienne new nouveau nouvelle nouveaux
nouvelles neue neuen officials responsables official kyiv kiev kiew battle combat kampf
approve approved approval prime premier chancellor chancelier secretary secretaire
spokesman spokeswoman spokesperson
monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi
vendredi samedi dimanche montag dienstag mittwoch donnerstag freitag samstag sonntag
""".split() + [short for forms in MONTH_ABBREVIATIONS for short in forms] + [
    # English "may" is left to the stop words: it is mostly the verb.
    month for month in month_names(ENGLISH_MONTHS, FRENCH_MONTHS, GERMAN_MONTHS) if month != "may"
]

# In German text a capitalised word is usually a noun; these endings mark the common
# ones (Lieferung, Regierung, Verteidigungsminister, Flugabwehrsystem) so they are
# read as words, not names. Very long capitalised words are compounds too.
GERMAN_NOUN_ENDINGS = tuple(
    """ung ungen heit heiten keit keiten schaft schaften tion tionen ismus tat taten nis
    nisse minister ministerium kanzler kanzlerin regierung panzer system systeme waffe
    waffen abwehr hilfe paket pakete milliarde milliarden million millionen soldat
    soldaten truppen krieg angriff angriffe fahrzeug fahrzeuge rakete raketen munition
    land lander staat staaten prasident sprecher sprecherin zeit ende teil seite front
    armee kilometer kilometern euro dollar typ hersteller industrie bestand bestanden
    einheit einheiten telefonat drohne drohnen korper gerat gerate bericht berichten
    woche wochen jahr jahre monat monate tag tage""".split()
)
GERMAN_NAME_MAX_LEN = 14

# Magnitude words after a number: "$2bn", "2 milliards", "1,5 Milliarden" all mean 2e9-ish.
MAGNITUDES = {
    "bn": 1e9, "billion": 1e9, "billions": 1e9, "milliard": 1e9, "milliards": 1e9,
    "milliarde": 1e9, "milliarden": 1e9, "mrd": 1e9, "md": 1e9, "mds": 1e9,
    "m": 1e6, "mn": 1e6, "mio": 1e6, "million": 1e6, "millions": 1e6, "millionen": 1e6,
}
# Units glued to their number so "35 mm" and "35mm" agree.
UNITS = {
    "mm": "mm", "km": "km", "kilometre": "km", "kilometres": "km", "kilometers": "km", "kilometern": "km",
}
