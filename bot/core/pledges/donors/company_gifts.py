"""A company's own gift or venture: "A Swedish truck maker said it would donate 50 trucks to Ukraine's
army", "Ein Münchner Rüstungsunternehmen kündigte an, der Ukraine auf eigene Kosten 30 Systeme zu
schenken", "un constructeur suédois a offert 50 camions"; "Rheinmetall and a Ukrainian arms maker
opened a joint venture that will produce shells", "a créé avec un industriel ukrainien une
coentreprise", "baut mit einem ukrainischen Partner ein Werk". No state pays, so the sentence gives no
record: neither the firm's nationality nor the last sentence's giver (the lead's ruling on non-state
donors). A firm named bare still counts as its country for what it delivers or makes for Ukraine
(config/entities.toml `firms`): only a gift of its own, or a venture with a Ukrainian partner that no
government is told paying for, is read here."""

from __future__ import annotations

from bot.core.pledges.donors.makers import nationality_of_a_firm
from bot.core.text.lazy_pattern import guarded, lazy

# (folded text) a firm told by its noun, a few words before it ("a Swedish truck maker", "ein
# Münchner Rüstungsunternehmen", "un constructeur suédois de camions", "the company"), then,
# within its clause, a gift of its own: a verb of donating or a cost it bears itself. Guarded by the
# gift's words (its second group): most sentences hold none, and the pattern, opening with a list
# of articles after a word boundary, is otherwise tried at every word of the sentence.
_FIRM_GIVES_ITS_OWN = guarded(
    r"\b(?:an?|the|ein|eine|einer|der|die|das|un|une|le|la|l')\s*(?:[\w-]+\s+){0,3}?"
    r"((?:makers?|manufacturers?|compan(?:y|ies)|firms?|producers?|\w*unternehmen|\w*konzern|\w*hersteller|\w*firma|"
    r"constructeur|fabricant|entreprise|groupe|industriel|societe)\b)"
    r"[^.;:!?\n]{0,120}?\b((?:donat(?:e|es|ed|ing)|gift(?:s|ed)?|(?:zu )?schenken|schenkt|schenkte|spendet|spendete|"
    r"gespendet|(?:a|ont|va|vont) offert|offr(?:e|ira|ent|iront)|"
    r"at (?:its|their) own (?:expense|cost)|auf eigene kosten|a ses (?:propres )?frais|free of charge)\b)",
    ("donat", "gift", "schenk", "spende", "offert", "offr", "own expense", "own cost", "eigene kosten", "frais",
     "free of charge"),
)


_FIRM_WORDS_AFTER = 24


def company_gives_its_own(folded: str, start: int, end: int, donors: list[tuple[str, int, int]]) -> bool:
    """Whether the sentence folded[start:end] tells a firm's gift of its own (see above): no donor
    the sentence names stands outside the firm's own words ("Sweden will donate trucks a Swedish
    company makes", "a Dutch firm will donate, the Netherlands said" keep their state)."""
    for found in _FIRM_GIVES_ITS_OWN.finditer(folded, start, end):
        # (the firm's words: its noun and the few after it, French putting the nationality there,
        # "un constructeur suédois de camions")
        firm_end = min(found.end(1) + _FIRM_WORDS_AFTER, found.start(2))
        if all(found.start() <= s and e <= firm_end for _, s, e in donors if start <= s < end):
            return True
    return False


# (folded text) a joint venture or plant set up with a Ukrainian partner: "opened a joint venture",
# "a créé avec un industriel ukrainien une coentreprise", "baut mit einem ukrainischen Partner ein Werk"
_VENTURE = lazy(
    r"\b(?:joint[- ]ventures?|coentreprises?|co-entreprises?|gemeinschaftsunternehmen|joint-venture\w*)\b|"
    r"\b(?:with|avec|mit) (?:an?|un|une|einem|einer|the|le|la|l'|dem|der) (?:[\w-]+ ){0,2}?"
    r"(?:ukrainian|ukrainien\w*|ukrainisch\w*) (?:[\w-]+ ){0,2}?"
    r"(?:partners?|partenaires?|partner|makers?|manufacturers?|firms?|compan(?:y|ies)|industriels?|fabricants?|"
    r"\w*unternehmen|\w*hersteller|\w*konzern)\b[^.;:!?\n]{0,40}?\b(?:plants?|factor(?:y|ies)|usines?|\w*werke?s?|\w*fabrik\w*)\b"
)
# (folded text) a government told paying: "paid for by Germany", "financé par la France", "vom Bund bezahlt"
_PAID_BY_A_STATE = lazy(r"\b(?:financ|finanzier|fund(?:s|ed|ing)?\b|paid for|pays for|bezahlt|subsidi|subventio|gefordert)")


def company_venture(folded: str, start: int, end: int, donors: list[tuple[str, int, int]], is_firm) -> bool:
    """Whether the sentence folded[start:end] tells a firm's venture with a Ukrainian partner (see
    above) with no government named or told paying: every donor word of the sentence is a firm's."""
    if not _VENTURE.search(folded, start, end) or _PAID_BY_A_STATE.search(folded, start, end):
        return False
    # (a partner named by its nationality is a firm too: "A Czech ammunition maker and a Ukrainian
    # state-owned company have set up a joint venture", "Un industriel français et un fabricant ukrainien")
    # (... and a ministry that reports it gives nothing by saying so: ", the Czech defence ministry said")
    return all(
        is_firm(folded[s:e]) or nationality_of_a_firm(folded, s, e) or _reports_it(folded, s, e)
        for _, s, e in donors
        if start <= s < end
    )


# (folded text) the reporter told after the news, between a comma and a verb of saying: ", the Czech
# defence ministry said", ", a indiqué le ministère tchèque", ", teilte das tschechische Ministerium mit"
_COMMA_BEFORE = lazy(r",\s*(?:(?:the|le|la|l'|das|der|die|a (?:indique|precise|annonce)|teilte|sagte|erklarte)\s+)*(?:[\w-]+\s+)?$")
_SAYING_AFTER = lazy(r"(?:\s+[\w-]+){0,3}?\s+(?:said|says|told|announced|a (?:indique|precise|annonce|declare)|mit\b)")


def _reports_it(folded: str, start: int, end: int) -> bool:
    return bool(_COMMA_BEFORE.search(folded, max(0, start - 40), start) and _SAYING_AFTER.match(folded, end))


# (folded text, right after a thing) made at the plant an earlier sentence set up: "the first 100,000 rounds made
# at the new plant", "les obus fabriqués dans la nouvelle usine", "die im neuen Werk gefertigten Granaten" is
# German's attributive, not read here
_MADE_AT_THE_PLANT_AFTER = lazy(
    r"(?:\s+[\w-]+){0,2}?\s+(?:made|produced|built|manufactured|fabrique\w*|produit\w*|gefertigt\w*|hergestellt\w*|"
    r"produziert\w*|gebaut\w*)\s+(?:at|in|by|dans|par|im|in dem|von dem|vom)\s+(?:the\s+|la\s+|l'|le\s+|dem\s+|der\s+)?"
    r"(?:new\s+|nouvelle\s+|neuen\s+|joint\s+)?(?:plant|factory|venture|usine|coentreprise|werk|fabrik|"
    r"gemeinschaftsunternehmen)\b"
)


def made_by_a_venture(folded: str, sentence_start: int, thing_end: int) -> bool:
    """Whether the thing ending at `thing_end` is told made at a plant or venture that an earlier sentence
    set up with a Ukrainian partner: a state paying for it buys from Ukraine's industry (the Danish model's
    production; the companies are no givers)."""
    return bool(_MADE_AT_THE_PLANT_AFTER.match(folded, thing_end) and _VENTURE.search(folded, 0, sentence_start))
