"""Who asked, in a request turned down: "Switzerland rejected a request from Spain to pass on 24 guns to
Ukraine", "la Suisse a rejeté une demande de l'Espagne de céder ...", "die Schweiz hat ein Gesuch Spaniens
abgelehnt, ... weiterzugeben". The one who turns the request down refuses (the subject, named before); the one
who asked gives nothing: its wish to give was refused, no giving of its own. Without this the asker, named
nearest before the giving verb, took the refusal. (Leave ASKED for and not yet answered is leave.py's: there the
asker's wish reads.) Pure."""

from __future__ import annotations

from bot.core.text.lazy_pattern import lazy

# (folded text) A request's noun right before its owner: "a request from", "a request by", "une demande de
# l'", "une requête du", "ein Gesuch", "einen Antrag", "eine Anfrage aus", "die Bitte von" (German puts the owner
# in the genitive right after the noun: "ein Gesuch Spaniens").
_REQUEST_BEFORE_OWNER = lazy(
    r"\b(?:requests?\s+(?:from|by|of)|(?:demande|requete|sollicitation)s?\s+(?:de|du|des|d')|"
    r"(?:gesuch|antrag|anfrage|ersuchen|bitte)(?:e|es|s)?(?:\s+(?:aus|von|vom))?)"
    r"\s+(?:the |la |le |les |l'|den |dem |der |des )?$"
)
# (folded text) ... or after it: "Spain's request", "the Spanish request".
_REQUEST_AFTER_OWNER = lazy(r"(?:'s|s')?\s+(?:requests?|bid|demande|gesuch|antrag|anfrage)\b")
# (folded text) The request turned down, anywhere in the sentence: "rejected", "turned down", "refused",
# "declined", "denied", "a rejeté", "a refusé", "abgelehnt", "lehnt ... ab", "zurückgewiesen", "verweigert".
_TURNED_DOWN = lazy(
    r"\b(?:reject\w*|turn(?:s|ed|ing)? down|refus\w*|declin\w*|den(?:y|ies|ied)|rejet\w*|ecart\w*|"
    r"abgelehnt|lehnt\w*|abzulehnen|zuruckgewiesen|wies\b|weist\b|verweiger\w*)"
)


# (folded text) what opens another clause of the sentence: a semicolon, or a comma and a conjunction of contrast or
# of time ("..., while Switzerland rejected calls to allow re-exports", "mais", "während"). A bare comma does not:
# German sets the request's infinitive off by commas before the turning down ("hat ein Gesuch Spaniens, ...
# weiterzugeben, abgelehnt").
_OTHER_CLAUSE = lazy(
    r";|,\s*(?:but|while|whereas|although|though|yet|mais|alors que|tandis que|bien que|cependant|aber|wahrend|"
    r"doch|jedoch|obwohl|wohingegen)\b"
)


def asker_of_a_refused_request(folded: str, sentence_start: int, sentence_end: int, start: int, end: int) -> bool:
    """Whether the donor at start..end owns a request its sentence tells turned down (it asked; another refused).
    The turning down is looked for anywhere in the clause that carries the request, before or after it, and not in
    another clause ("Germany approved a request from Spain ..., while Switzerland rejected calls to ...")."""
    owns = _REQUEST_BEFORE_OWNER.search(folded, max(sentence_start, start - 40), start) is not None or (
        _REQUEST_AFTER_OWNER.match(folded, end) is not None
    )
    if not owns:
        return False
    clause_start = sentence_start
    for opened in _OTHER_CLAUSE.finditer(folded, sentence_start, start):
        clause_start = opened.end()
    after = _OTHER_CLAUSE.search(folded, end, sentence_end)
    clause_end = after.start() if after is not None else sentence_end
    return _TURNED_DOWN.search(folded, clause_start, clause_end) is not None
