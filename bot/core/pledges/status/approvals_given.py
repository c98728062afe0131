"""An approval given is no thing given: "The Senate gave final approval to a $91 billion aid bill",
"gave the go-ahead", "gave its green light". The verb of giving takes the approval as its object;
the bill it approves is a promise (a law passed, no money paid out: review 61's bill), told by the
approval's own cue. find_status_cues drops the delivery such a "gave" would tell (French "a donné
son feu vert" and German "gab grünes Licht" read so already: their verbs are no delivery cue).
"""

from __future__ import annotations

from bot.core.text.lazy_pattern import lazy

# (folded text, right after the giving verb) the approval as its object
APPROVAL_GIVEN_AFTER = lazy(
    r"\s+(?:(?:its|their|his|her|the|a|an)\s+)?(?:final\s+|formal\s+|initial\s+|preliminary\s+|unanimous\s+|"
    r"overwhelming\s+|bipartisan\s+)?(?:approval|green light|go-ahead|go ahead|assent|backing|nod|endorsement|"
    r"consent|blessing)\b"
)
