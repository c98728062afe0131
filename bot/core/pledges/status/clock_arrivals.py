"""An arrival told by a bare pronoun at a clock time: "It arrives at 4:20 am: six shells leave",
"Il arrive à 4 h 20 : six obus partent", "Er kommt um 4.20 Uhr".

A front-line report tells the moment an order, a shot or a convoy comes, and the things after it
are what the crew fires: the verb of arriving is no delivery of them. Things that arrive are named
before the verb ("The first tanks arrived at 9 am"); a pronoun alone before it, with a clock time
after it, is a scene's moment (status_cues.find_status_cues asks here).
"""

from __future__ import annotations

from bot.core.text.lazy_pattern import lazy

# (folded text, from the sentence's start to the cue) A pronoun alone as the subject.
_PRONOUN_ALONE = lazy(r"\s*(?:it|il|elle|er|sie|es|this|cela|ca)\s+$")
# (folded text, after the cue) A clock time: "at 4:20 am", "à 4 h 20", "um 4.20 Uhr", "peu après minuit".
_CLOCK_TIME_AFTER = lazy(
    r"\s+(?:(?:at|a|um|vers|gegen|around|shortly after|just after|peu apres|kurz nach)\s+)?"
    r"(?:\d{1,2}(?:[:.]\d{2}|\s?h(?:\s?\d{2})?\b)(?:\s?(?:am|pm|a\.m\.|p\.m\.|uhr))?|midnight|minuit|mitternacht)"
)


def arrives_at_a_clock_time(folded: str, sentence_start: int, cue_start: int, cue_end: int) -> bool:
    """Whether the arriving cue folded[cue_start:cue_end] has a pronoun alone before it in its sentence
    and a clock time after it: a moment of the scene, no delivery."""
    return (
        _PRONOUN_ALONE.fullmatch(folded, sentence_start, cue_start) is not None
        and _CLOCK_TIME_AFTER.match(folded, cue_end) is not None
    )
