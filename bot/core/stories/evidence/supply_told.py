"""Things sent told in a lead in words the pledge extraction may not read as a pledge ("and send Kyiv
three more of the systems", "as Berlin adds three more of the systems", "liefert ... drei weitere
Systeme"). Pure.

A report leading with the training of crews on a system is kept apart from a report of the same
donor's pledge of that system (same_event._training_beside_supply: two acts of one morning). A report
telling both acts is one of the pledge's reports, but when the extractor reads only its training the
two split: this says the lead also tells a supply, so the pair is spared.
"""

from __future__ import annotations

from bot.core.text.literal_gate import gated

SUPPLY_TOLD = "supply told"

# A verb of giving (folded text: accents and umlauts gone), then, within the clause, more of a kind of
# weapon: "send Kyiv three more of the systems", "adds three more systems", "livrer trois systemes
# supplementaires", "liefert der Ukraine drei weitere IRIS-T-Flugabwehrsysteme". Training copy names a
# system after "operate", "use", "maniement", "an dem": no verb of giving stands before it. The word for
# the things ends a compound in German ("...systeme"), so it is matched without a word start.
_GIVING = (r"send|sends|sending|sent|add|adds|adding|added|deliver|delivers|delivering|delivered|supply|supplies"
           r"|supplying|announc(?:e|es|ed|ing)|pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)"
           r"|envoyer|envoie|envoient|envoyera|livrer|livre|livrera|livreront|fournir|fournira"
           r"|liefern|liefert|lieferte|liefere|zusagen|sagt|sagte|zugesagt")
_MORE = r"more|further|additional|another|weitere[nr]?|zusatzliche[nr]?|supplementaires?|nouveaux|nouvelles|autres"
_THINGS = (r"systems?|launchers?|batteries|units|vehicles|tanks|jets|aircraft|guns|howitzers"
           r"|systeme[n]?|batterien|fahrzeuge|panzer|lanceurs|canons|chars|avions|vehicules")
# Within the clause, no word of training between the verb and the things: "pledged to train more crews
# for the systems" promises training, not systems.
_TRAINING = (r"train|trains|training|trained|crews?|soldiers|troops|personnel|instructors|former|formation|soldats"
             r"|ausbilden|ausbildung|bildet|soldaten|besatzungen")
_CLAUSE = rf"(?:(?!\b(?:{_TRAINING})\b)[^.;:!?])"
_SUPPLY = gated(
    rf"\b(?:{_GIVING})\b{_CLAUSE}{{0,60}}?\b(?:{_MORE})\b{_CLAUSE}{{0,40}}?(?:{_THINGS})\b"
    rf"|\b(?:{_GIVING})\b{_CLAUSE}{{0,60}}?(?:{_THINGS})\b{_CLAUSE}{{0,20}}?\b(?:supplementaires|de plus)\b"
)


def supply_told(folded_lead: str) -> frozenset[str]:
    """SUPPLY_TOLD when the lead tells more things of a kind given (a verb of giving, then more of a
    kind of weapon, in one clause); else nothing."""
    return frozenset({SUPPLY_TOLD}) if _SUPPLY.search(folded_lead) else frozenset()
