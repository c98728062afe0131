"""What the topics of a rule set are for. Pure.

A topic is what a chat subscribes to; the weights of its rules say whether it raises an
article's score (aid news) or lowers it (look-alikes). Both the chat commands and the
command-line rule editor must know which topics lower scores, so it is answered here,
next to the rules, rather than by either of them."""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.models import Rule


def score_lowering_topics(rules: Sequence[Rule]) -> set[str]:
    """Topics whose every rule has a negative weight (`trap`, by convention): their rules
    pull look-alikes below the threshold. A rule added in chat weighs +1 (chat commands
    take no weight), so one under such a topic would raise the score of the very articles
    it names, and the topic would become one to subscribe to."""
    raising = {rule.topic for rule in rules if rule.weight > 0}
    return {rule.topic for rule in rules if rule.topic not in raising}
