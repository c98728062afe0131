"""Interview transcripts: questions and the answers that stand for them.

An interview printed as a transcript ("Q: ... / A: ...", "Frage: ... / Antwort: ...",
"Frage: ... / Pistorius: ...", or French dialogue lines opened by a dash) tells things in
two turns: the question names the thing ("Will Sweden send Gripen fighters to Ukraine?"),
the answer only says yes or no ("No.", "Non.", "Nein.", "Not this year."). Read alone,
the question is a discussion and the answer names nothing; read together, the answer's
refusal or promise is the question thing's status, and so is the status of an answer
that tells of the thing by a pronoun ("Q: And the next package? A: The government approved
it this morning."). And the person answering speaks for
the same government in every answer, however many lines the questions take, so the
country read for the interview stays the giver of its first-person answers ("Nous venons
de commander 8 000 obus") where ordinary prose lets a borrowed giver lapse after two
sentences, and a country or alliance named in passing ("NATO's eastern flank needs every
tank we have") does not take its place (extract.py reads both).

Only the transcript form is read this way: a question in running prose ("Will Berlin
send Taurus? No one expects it soon.") keeps its own reading. The form needs two
question turns at least, each followed by an answer turn.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from bot.core.text.lazy_pattern import lazy


@dataclass(frozen=True)
class Transcript:
    """What the transcript form changes in an article's reading, by sentence index."""

    in_turns: frozenset[int] = frozenset()  # sentences inside a question or an answer turn
    # a question's last sentence -> the status its bare answer gives the question's things
    answered: dict[int, str] = field(default_factory=dict)
    # a question's last sentence -> its answer's first sentence (every question answered)
    asked: dict[int, int] = field(default_factory=dict)


NO_TRANSCRIPT = Transcript()


def transcript_of(full: str, folded: str, spans: list[tuple[int, int]]) -> Transcript:
    """The turns of the article `full` (folded: its folded text, sentence `spans`) when it is
    printed as an interview transcript; NO_TRANSCRIPT otherwise."""
    if "?" not in full:
        return NO_TRANSCRIPT
    turns = _turns(full, folded)
    pairs = [(question, answer) for question, answer in zip(turns, turns[1:]) if question[2] and not answer[2]]
    if len(pairs) < 2:
        return NO_TRANSCRIPT
    starts = [s for s, _ in spans]
    in_turns = frozenset(
        index for index, (start, _) in enumerate(spans) if start >= turns[0][0]
    )
    answered: dict[int, str] = {}
    asked: dict[int, int] = {}
    for (_, question_end, _, _), (answer_start, _, _, answer_text_at) in pairs:
        # (the question's last sentence holds its "?": the one ending where the turn does)
        question = bisect.bisect_right(starts, question_end - 1) - 1
        asked[question] = bisect.bisect_right(starts, answer_start) - 1
        reply = _bare_reply(folded, answer_text_at)
        if reply is not None:
            answered[question] = reply
    return Transcript(in_turns=in_turns, answered=answered, asked=asked)


def answered_by_a_pronoun(folded: str, start: int, end: int) -> bool:
    """Whether an answer's first sentence (folded text) tells of the question's thing by a
    pronoun only: "The government approved it this morning.", "Nous les avons livrés en
    mars.", "Wir haben sie im Mai geliefert." (its status is then the question's things')."""
    return _PRONOUN_OBJECT.search(folded, start, end) is not None


def _turns(full: str, folded: str) -> list[tuple[int, int, bool, int]]:
    """The article's turns in order, as (start, end, is_question, where its words begin):
    a labelled line and the unlabelled lines after it."""
    turns: list[list] = []
    position = 0
    for line in full.split("\n"):
        start, end = position, position + len(line)
        position = end + 1
        label = _label_end(full, folded, start, end)
        if label is not None:
            question_label = _QUESTION_LABEL.match(folded, start, end) is not None
            turns.append([start, end, question_label, label])
        elif turns and line.strip():
            turns[-1][1] = end  # a turn's later paragraph
        elif line.strip():
            turns.clear()  # prose between turns: the transcript starts again after it
    found = []
    for start, end, question_label, words_at in turns:
        asks = full[start:end].rstrip(" \t\"'»”“)").endswith("?")
        # "Q:" and "Frage:" are questions whatever they end with; a dash or a name line is a
        # question when it asks, and an answer otherwise.
        found.append((start, end, question_label or (asks and not _ANSWER_LABEL.match(folded, start, end)), words_at))
    return found


def _label_end(full: str, folded: str, start: int, end: int) -> int | None:
    """Where a turn's words begin when the line opens with a speaker's label: "Q:", "A:",
    "Frage:", "Antwort:", "Question :", "Réponse :", a dialogue dash, or a name and a colon
    ("Pistorius:", "Jana Novakova:")."""
    label = _LABEL.match(folded, start, end)
    if label is not None:
        return label.end()
    named = _NAME_LABEL.match(folded, start, end)
    if named is not None and full[named.start(1)].isupper():
        return named.end()
    return None


_QUESTION_LABEL = lazy(r"[ \t]*(?:q|frage|question|f)[ \t]*:")
_ANSWER_LABEL = lazy(r"[ \t]*(?:a|antwort|reponse|r)[ \t]*:")
_LABEL = lazy(r"[ \t]*(?:(?:q|a|frage|antwort|question|reponse|f|r)[ \t]*:|[\u2014\u2013][ \t]*|-[ \t]+)(?=\S)")
# One to three words before a colon, then the turn's words: "Pistorius: Nein." (folded
# text; the first letter is checked for a capital in the text as written).
_NAME_LABEL = lazy(r"[ \t]*(\w[\w'.-]*(?: \w[\w'.-]*){0,2})[ \t]*:[ \t]+(?=\S)")

# An answer that opens with a bare yes or no, naming nothing (folded text, from the turn's
# words): "No.", "Non, ...", "Nein.", "Not this year.", "Pas cette année.". "Not yet" / "pas
# encore" / "noch nicht" leave the question open: no answer read.
_BARE_NO = lazy(
    r"(?:no|non|nein|not (?:this year|now|for now|at (?:the moment|this stage))|"
    r"pas (?:cette annee|pour l'instant|pour le moment|maintenant)|nicht (?:in diesem jahr|jetzt|vorerst))"
    r"[ \t]*[.!,;]"
)
# An object pronoun standing for the question's thing (folded text): English "it"/"them",
# German "es"/"sie"/"ihn" after an auxiliary or a verb, French "l'"/"les" before the verb.
_PRONOUN_OBJECT = lazy(
    r"\b(?:it|them)\b|\b(?:hat|haben|habe|wird|werden|liefern|liefert|schicken|schickt)\s+(?:es|sie|ihn)\b|"
    r"\b(?:l'|les\s+)(?:avons|avez|ont|a|ai|avait|avaient|livr\w*|envoi\w*|enverr\w*|fourni\w*)\b"
)
_BARE_YES = lazy(r"(?:yes|oui|ja)[ \t]*[.!,;]")


def _bare_reply(folded: str, at: int) -> str | None:
    if _BARE_NO.match(folded, at):
        return "refused"
    if _BARE_YES.match(folded, at):
        return "pledged"
    return None
