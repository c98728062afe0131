"""A rule quoted whole, as a shell needs it, is warned about where no shell takes the quotes
away (stop 53, a new user's first hour): in `pledgewatch chat`, `/rule_add tanks "Leopard
NEAR/3 Ukraine"` (the README's one-shot example, typed into the session) was saved as the
one phrase "Leopard NEAR 3 Ukraine", which no article holds, with "Rule 124 added"."""

from __future__ import annotations

import pytest

from bot.config import load_entities
from bot.core.models import Rule
from bot.core.rules.language import validate_rule
from tests.support.command_harness import ADMIN, run

QUOTED = "the whole expression is one phrase in double quotes"


@pytest.mark.parametrize("expression", ['"Leopard NEAR/3 Ukraine"', '"Leopard BEFORE/8 Ukraine"',
                                        '"tank AND Ukraine"', '"Panzer OR Kampfpanzer"'])
def test_an_operator_inside_a_whole_quoted_expression_is_warned_about(expression):
    warnings = validate_rule(Rule("tanks", expression, 1.0), entities=load_entities())
    assert any(QUOTED in warning for warning in warnings), warnings


@pytest.mark.parametrize("expression", ['"think tank"', '"Leopard 2" NEAR/3 Ukraine', "Leopard NEAR/3 Ukraine",
                                        '"or else"'])
def test_a_phrase_or_an_expression_quoting_its_parts_is_not(expression):
    warnings = validate_rule(Rule("tanks", expression, 1.0), entities=load_entities())
    assert not any(QUOTED in warning for warning in warnings), warnings


def test_chat_refuses_it_unless_forced_and_says_why(table, admin):
    reply = run(table, ADMIN, '/rule_add tanks "Leopard NEAR/3 Ukraine"')
    assert reply.startswith("Rule not saved: ") and QUOTED in reply
    assert run(table, ADMIN, "/rule_add tanks Leopard NEAR/3 Ukraine").startswith("Rule ")
