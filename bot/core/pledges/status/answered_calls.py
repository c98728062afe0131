"""A call for a giving and the government's answer in the same sentence: the answer is the status.

Analysis copy tells a demand and the answer to it in one breath: "In einem Kommentar fordert die
Zeitung, Kanada solle auch Kampfjets schicken – die Regierung lehnt das ab", "Some lawmakers argue
it should now supply K9 howitzers; no such decision has been made", "des élus appellent Paris à
livrer des Mirage, mais l'Élysée a rejeté cette idée". Read alone, the call is no promise (or, "want
Seoul to supply", misread as one); answered, its things are refused (the answer rejects it, its
object a pronoun or "the idea") or discussed (no decision taken), as the denial of a report is
(stop 54) and review 55 labels them. Only a call answered in a clause of its own that names no
thing after the answer: "Ottawa rejected that and will send tanks instead" is read as written.
"""

from __future__ import annotations

from bot.core.text.lazy_pattern import lazy

# (folded text) A call: a modal of obligation after its subject, or a verb of urging or demanding.
_CALL = lazy(
    r"\b(?:should|ought to|must|solle|sollte|sollten|musse|mussten|devrait|devraient|"
    r"urg(?:e|es|ed|ing)|call(?:s|ed|ing)? (?:on|for)|press(?:es|ed|ing)? (?:for|\w+ to)|want(?:s|ed)? \w+ to|"
    r"demand(?:s|ed|ing)?|ford(?:ert|ern|erte|erten)|verlang(?:t|en|te|ten)|"
    r"appel(?:le|lent|ait|aient) (?:[\w'-]+ ){1,3}?a|reclam(?:e|ent|ait|aient)|exig(?:e|ent|eait|eaient))\b"
)
# (folded text) Where the answer's clause opens: a semicolon, a dash between spaces, or "but".
_ANSWER_OPENS = lazy(r"\s*(?:;|\s[\u2013\u2014-]\s|,?\s+(?:but|mais|doch|aber|jedoch)\b)\s*")
# (folded text, from the answer's clause) Its subject (a few words) and the answer: a rejection
# whose object is the call itself, or no decision taken.
_REJECTED = lazy(
    r"(?:[\w'-]+ ){0,4}?(?:"
    r"(?:has |have |had )?(?:rejected|rejects|dismissed|dismisses|turned down|ruled out|rules out) "
    r"(?:that|this|it|the (?:idea|call|calls|demand|proposal|suggestion)|such (?:calls|demands|ideas))|"
    r"(?:lehnt|lehnen|lehnte|lehnten) (?:das|dies|es|diese \w+|den vorschlag|die forderung|das ansinnen) (?:\w+ )?ab|"
    r"(?:a |ont )?(?:rejete|ecarte|refuse) (?:cette|ces|l') ?(?:idee|demande|proposition|appel|option)s?|"
    r"(?:l'|les )?(?:rejette|rejettent|ecarte|ecartent|refuse|refusent)\b)"
)
_UNDECIDED = lazy(
    r"(?:[\w'-]+ ){0,4}?(?:"
    r"no (?:such )?decision (?:has|had) (?:yet )?been (?:made|taken)|no (?:such )?decision (?:was|is) (?:made|taken)|"
    r"(?:has|have) (?:not|yet to) (?:decided|decide)|"
    r"n'(?:a|ont) rien decide|aucune decision n'(?:a|avait) ete prise|n'(?:a|ont) pas (?:encore )?(?:decide|tranche)|"
    r"(?:hat|haben) (?:noch )?(?:nichts|nicht) (?:\w+ )?entschieden|(?:es gibt )?(?:noch )?keine entscheidung)"
)
# What may end the answer's clause: its sentence's end, a reporting tag ("the ministry said").
_ANSWER_ENDS = lazy(
    r"\s*(?:,[^,;:]{0,40}?\b(?:said|says|added|told \w+|sagte|sagt|erklarte|hie(?:ss|s) es|\w+ mit|"
    r"a (?:dit|indique|precise|ajoute)|selon [\w' -]+))?\s*$"
)


def answer_to_a_call(folded: str, start: int, end: int, after: tuple[int, int] | None = None) -> str | None:
    """The status a call in folded[start:end] takes from the answer told after it in a clause of its
    own ("refused", "discussed"), or None when the sentence tells no call so answered. `after`: the
    span after it, which holds the answer when a semicolon ended this one."""
    call = _CALL.search(folded, start, end)
    if call is None:
        return None
    text = folded[:end].rstrip(" .!\"'»”“")
    opened = _ANSWER_OPENS.search(text, call.end())
    while opened is not None:
        if opened.end() < len(text) and (status := _answer(text, opened.end())) is not None:
            return status
        opened = _ANSWER_OPENS.search(text, opened.end())
    if after is not None and folded[start:end].rstrip().endswith(";"):
        text = folded[: after[1]].rstrip(" .!\"'»”“")
        return _answer(text, after[0] + len(folded[after[0]:after[1]]) - len(folded[after[0]:after[1]].lstrip()))
    return None


def _answer(text: str, at: int) -> str | None:
    """The answer's status when text[at:] is an answer and nothing more (a reporting tag at most)."""
    for pattern, status in ((_REJECTED, "refused"), (_UNDECIDED, "discussed")):
        answer = pattern.match(text, at)
        if answer is not None and _ANSWER_ENDS.fullmatch(text, answer.end()):
            return status
    return None


def sentence_answer(folded: str, start: int, end: int) -> str | None:
    """The status a sentence of its own tells when it is an answer and nothing more ("Die Bundesregierung lehnt
    das weiterhin ab.", "The government rejected the idea."): for a promise the sentence before told that no
    government made (campaign_promises.py)."""
    text = folded[:end].rstrip(" .!\"'»”“")
    at = start + len(folded[start:end]) - len(folded[start:end].lstrip())
    return _answer(text, at) if at < len(text) else None
