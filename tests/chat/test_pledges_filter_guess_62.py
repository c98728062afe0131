"""/pledges with a mistyped filter word, stop 62: "/pledges tnaks" was answered with the list of
every accepted form, the reader left to find the two letters swapped; a misspelt command or
setting was already told the one it is near. Now a word near in spelling to a filter word is
answered first with the word meant and the whole command to send, in the chat's language, and
`pledgewatch pledges` names the command to run. Real store, the real command table and the real
command line; the words are written for these tests."""

from __future__ import annotations

import pytest

from bot.cli import main
from bot.core.models import Pledge
from bot.core.pledges.listing.filter_guess import guessed_filter_word, words_put_right
from bot.core.pledges.listing.filters import parse_pledge_filters
from tests.support.command_harness import USER, add_story_with_pledges, run


@pytest.mark.parametrize(("typed", "meant"), [
    ("tnaks", "tanks"), ("germnay", "germany"), ("deliverd", "delivered"), ("artilery", "artillery"),
    ("allemagen", "allemagne"), ("flugabwer", "flugabwehr"), ("summery", "summary"), ("leopadr", "leopard"),
])
def test_a_near_spelling_names_the_filter_word_meant(admin, typed, meant):
    assert guessed_filter_word(typed, admin.entities) == meant


@pytest.mark.parametrize("typed", ["blah", "xyzzy", "ab", "2025", "30x"])
def test_a_word_near_no_filter_word_gets_no_guess(admin, typed):
    assert guessed_filter_word(typed, admin.entities) is None


def test_the_words_put_right_read_back_as_meant(admin):
    fixed = words_put_right("germany airdefence 30d", "airdefence", "air defence")
    assert fixed == 'germany "air defence" 30d'
    flt = parse_pledge_filters(fixed, admin.entities)
    assert (flt.donor, flt.category, flt.days) == ("DE", "air_defence", 30)


def test_chat_names_the_command_meant_above_the_accepted_forms(table, store, clock):
    add_story_with_pledges(store, clock, [(1, Pledge("DE", "tanks", "pledged", "tanks", "Leopard 2", 10))])
    reply = run(table, USER, "/pledges germany tnaks 30d")
    first, _, rest = reply.partition("\n\n")
    assert first == "'tnaks': did you mean tanks? Send /pledges germany tanks 30d", reply
    assert rest.startswith("Filter 'tnaks' not understood. Accepted, in any order")
    assert "Leopard" in run(table, USER, "/pledges germany tanks 30d")  # the command given works
    # A word near nothing: the accepted forms alone, as before.
    assert run(table, USER, "/pledges blah").startswith("Filter 'blah' not understood.")
    run(table, USER, "/lang fr")
    assert run(table, USER, "/pledges allemagen chars").startswith(
        "'allemagen' : vouliez-vous dire allemagne ? Envoyez /pledges allemagne chars")
    run(table, USER, "/lang de")
    assert run(table, USER, "/pledges deutschland geliefret").startswith(
        "'geliefret': Meinten Sie geliefert? Senden Sie /pledges deutschland geliefert")


def test_the_command_line_names_the_command_to_run(store, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("PLEDGEWATCH_DB", str(tmp_path / "test.db"))  # the store's file
    monkeypatch.chdir(tmp_path)
    assert main(["pledges", "germany", "tnaks"]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("pledgewatch: error: filter 'tnaks' not understood. Accepted")
    assert err[0].endswith("or export as the first word.") and "did you mean" not in err[0]
    assert err[1] == "did you mean tanks? Run: pledgewatch pledges germany tanks"
    assert main(["pledges", "export", "germnay"]) == 2
    assert capsys.readouterr().err.splitlines()[-1] == "did you mean germany? Run: pledgewatch pledges export germany"
