"""A first conversation with the bot, as a new user has it in chat, in English and in
French (stop 37, chat round). Walked through by hand over the real command table and a
real SQLite store (tests/support/command_harness.py): /start, /help, /subscribe with and
without topics, /topics, /pledges on an empty store and with the filters a person types,
/search, /latest, /mode digest with the times people write, the admins' rule commands
with mistakes. Each test here failed before its fix: a reply that said nothing useful,
said it in English to a French chat, or refused what a person plainly meant.
No article text is used; the only texts are command lines written for these tests.

Figures: of the 65 tests of this round (this file, test_first_conversation_telegram_37.py
and test_first_conversation_discord_37.py), 60 failed on the code before this round; the
5 others guard what the fixes must keep (08:00 and 8:00, a topic code in capitals, a word
like no topic, a long message). After the fixes all 65 pass, with the 400 of tests/chat.
"""

from __future__ import annotations

import pytest

from bot.core.models import Pledge
from tests.support.command_harness import ADMIN, USER, add_story_with_pledges, run


def french(table):
    run(table, ADMIN, "/lang fr")
    return table


# -- "/rules add ...": the admin commands as people guess them ---------------------------


def test_rules_add_is_read_as_rule_add(table):
    # "/rules add tanks Leopard" listed the rules and added nothing: a silent no.
    assert run(table, ADMIN, "/rules add tanks Leopard") == "Rule 5 added."
    assert "#5 tanks (1): Leopard" in run(table, ADMIN, "/rules")


def test_rules_del_of_a_rule_that_does_not_exist_says_so(table):
    assert run(table, ADMIN, "/rules del 999") == "No rule with id 999 (see /rules)."
    assert run(french(table), ADMIN, "/rules delete 999") == "Aucune règle numéro 999 (voir /rules)."


def test_rules_add_by_a_non_admin_is_refused_as_rule_add(table):
    assert run(table, USER, "/rules add tanks Leopard") == (
        "Only the bot's administrators may use /rule_add. Nothing was changed.")
    assert "#5" not in run(table, USER, "/rules")


# -- /mode digest: the times people write -------------------------------------------------


@pytest.mark.parametrize(("typed", "time"), [
    ("8h", "08:00"), ("08:00", "08:00"), ("8:00", "08:00"), ("20h30", "20:30"), ("20h", "20:00"),
    ("8 pm", "20:00"), ("8pm", "20:00"), ("8 PM", "20:00"), ("8:30 am", "08:30"), ("12 am", "00:00"),
    ("12pm", "12:00"), ("8.30", "08:30"),
])
def test_a_digest_time_as_people_write_it_is_read(table, typed, time):
    run(table, ADMIN, "/subscribe")
    assert run(table, ADMIN, f"/mode digest {typed}") == f"Alerts will be gathered into a daily digest at {time} UTC (/mode instant: each alert as it comes)."


@pytest.mark.parametrize("typed", ["25h", "8:75", "13 pm", "0 am", "8:5", "soon"])
def test_a_time_that_is_not_one_is_refused_with_the_forms_accepted(table, typed):
    run(table, ADMIN, "/subscribe")
    assert run(table, ADMIN, f"/mode digest {typed}") == (
        f"'{typed}' is not a time of day in UTC (00:00 to 23:59).\n"  # named since stop 42
        "Choose /mode instant or /mode digest [time] (UTC, e.g. 08:00, 8h or 8 pm).")
    assert run(french(table), ADMIN, f"/mode digest {typed}") == (
        f"'{typed}' n'est pas une heure UTC de la journée (de 00:00 à 23:59).\n"
        "Choisissez /mode instant ou /mode digest [heure] (UTC, par exemple 08:00, 8h ou 8 pm).")


# -- ids as /rules and /feeds show them ------------------------------------------------------


def test_a_rule_id_copied_from_rules_with_its_hash_is_read(table):
    # /rules shows "#1 tanks ..."; "/rule_del #1" was answered "'#1' is not a rule id".
    assert run(table, ADMIN, "/rule_del #3") == "Rule 3 removed."
    assert run(table, ADMIN, "/rule_edit #1 tank* AND @ukraine") == "Rule 1 changed."
    assert run(table, ADMIN, "/rule_del #") == "'#' is not a rule id: give the number shown by /rules."


def test_a_feed_id_copied_from_feeds_with_its_hash_is_read(table):
    assert run(table, ADMIN, "/feed_del #7") == "No feed with id 7 (see /feeds)."


# -- /pledges before anything was found, and with filters -------------------------------------


def test_pledges_before_any_was_found_says_none_yet(table):
    # "No pledges match." told a newcomer their (absent) filter was wrong.
    assert run(table, ADMIN, "/pledges") == "No pledges found yet: they appear as the feeds are read."
    assert run(french(table), ADMIN, "/pledges") == (
        "Aucune promesse trouvée pour l'instant : elles apparaissent à mesure que les flux sont lus.")


@pytest.mark.parametrize(("typed", "understood"), [
    ("Allemagne", "Germany"), ("Deutschland", "Germany"), ("Leopard", "Leopard"),
    ("France chars", "France · tanks"), ("livré", "delivered"), ("allemagne 6m", "Germany · last 6 months"),
])
def test_pledges_none_match_says_what_the_filters_were_read_as(table, store, clock, typed, understood):
    # Nothing said whether "Deutschland" was read as Germany or ignored.
    _one_pledge_stored(store, clock)
    assert run(table, ADMIN, f"/pledges {typed}") == f"No pledges match: {understood}."


def test_pledges_none_match_in_french_names_the_filters_in_french(table, store, clock):
    _one_pledge_stored(store, clock)
    assert run(french(table), ADMIN, "/pledges Deutschland chars 30d livré") == (
        "Aucune promesse ne correspond : Allemagne · chars · livré · 30 derniers jours.")


def test_pledges_filtered_on_a_store_without_any_says_none_was_found_yet(table):
    # The Quick start's first command on a new database, "/pledges germany 30d", was told
    # "No pledges match: Germany · last 30d.", as if the filters kept out what there was.
    assert run(table, ADMIN, "/pledges germany 30d") == (
        "No pledges found yet: they appear as the feeds are read (filters read as: Germany · last 30 days).")
    assert run(french(table), ADMIN, "/pledges Deutschland chars") == (
        "Aucune promesse trouvée pour l'instant : elles apparaissent à mesure que les flux sont lus "
        "(filtres lus : Allemagne · chars).")


def _one_pledge_stored(store, clock):
    """A pledge none of the filters above keeps: the store is not new."""
    add_story_with_pledges(store, clock, [(400, Pledge("NO", "artillery", "pledged", item="howitzers", quantity=8))])


# -- /subscribe with topics as people name them --------------------------------------------


@pytest.mark.parametrize(("typed", "topics"), [
    ("air-defence", "air defence"), ("Air Defence", "air defence"), ("AIR_DEFENCE", "air defence"),
    ("défense aérienne", "air defence"), ("defense aerienne", "air defence"), ("Flugabwehr", "air defence"),
    ("chars", "tanks"), ("Panzer", "tanks"), ("tank", "tanks"), ("nato meeting", "NATO meeting"),
    ("chars, défense aérienne", "air defence, tanks"),
])
def test_a_topic_named_in_words_or_in_french_is_read(table, typed, topics):
    # Only the code, in any case, was read: "air-defence" and "chars" were unknown topics.
    assert run(table, ADMIN, f"/subscribe {typed}") == (
        f"Subscribed to: {topics}. Alerts arrive as soon as a story is found.")


def test_a_misspelt_topic_is_answered_with_the_closest(table):
    assert run(table, ADMIN, "/subscribe tnaks") == (
        "Unknown topic(s): tnaks. Valid topics: air defence, NATO meeting, tanks. Did you mean: tanks?")
    assert run(french(table), ADMIN, "/subscribe air_defenc") == (
        "Thème(s) inconnu(s) : air_defenc. Thèmes valables : chars, défense aérienne, réunion de l'Otan. "
        "Vouliez-vous dire : défense aérienne ?")


def test_a_word_like_no_topic_gets_no_guess(table):
    assert run(table, ADMIN, "/subscribe weather") == (
        "Unknown topic(s): weather. Valid topics: air defence, NATO meeting, tanks.")


def test_a_long_list_of_unknown_words_is_answered_in_one_pass(table):
    # Topics are read as runs of up to MAX_TOPIC_WORDS words: a long message is read once, not
    # as every run of its words (guards the reading above; it was one word at a time before).
    reply = run(table, ADMIN, "/subscribe " + " ".join(f"w{n}" for n in range(700)))
    assert reply.startswith("Unknown topic(s): w0, w1, w2"), reply[:80]


# -- /rule_add as a French admin writes it ---------------------------------------------------


def test_a_french_operator_in_a_rule_is_answered_with_its_english_name(table):
    # ET/OU were "two terms without an operator": true, but not what to type.
    reply = run(table, ADMIN, '/rule_add tanks "char Leclerc" ET Ukraine')
    assert reply.startswith("Invalid rule at position 15 (near 'ET Ukraine')"), reply
    # (Since stop 62 a last line says what to send next: tests/chat/test_newuser_next_step_62.py.)
    assert reply.splitlines()[1] == "Operators are written in English: AND for ET.", reply
    reply = run(french(table), ADMIN, "/rule_add tanks Leopard OU Abrams")
    assert reply.splitlines()[1] == "Les opérateurs s'écrivent en anglais : OR pour OU.", reply


def test_an_expression_that_stops_short_is_said_to_stop_in_the_chats_language(table):
    # "près de 'end'": the English word for the end of the expression, quoted as if typed.
    assert "(near the end)" in run(table, ADMIN, "/rule_add tanks (Leopard AND")
    assert "(près de la fin)" in run(french(table), ADMIN, "/rule_add tanks (Leopard AND")


def test_a_rule_that_would_match_everything_is_refused_in_the_chats_language(table):
    # The refusal was the rule engine's English sentence, lower case, in a French chat too.
    reply = run(table, ADMIN, "/rule_add tanks NOT Leopard")
    assert reply.startswith("Rule not saved: matches texts that contain none of its words"), reply
    assert reply.endswith("Repeat with --force to save it anyway."), reply
    reply = run(french(table), ADMIN, "/rule_add tanks NOT Leopard")
    assert reply.startswith("Règle non enregistrée : matches texts that contain none of its words"), reply
    assert reply.endswith("Répétez avec --force pour l'enregistrer quand même."), reply
    assert "#5" not in run(table, ADMIN, "/rules")


# -- /lang with the language named in words ----------------------------------------------------


@pytest.mark.parametrize(("typed", "reply"), [
    ("français", "Langue réglée sur le français."), ("Francais", "Langue réglée sur le français."),
    ("french", "Langue réglée sur le français."), ("english", "Language set to English."),
    ("anglais", "Language set to English."), ("fr-FR", "Langue réglée sur le français."),
])
def test_a_language_named_in_words_is_read(table, typed, reply):
    # "/lang français" was "Unknown language 'français'. Choose en or fr."
    assert run(table, ADMIN, f"/lang {typed}") == reply


# -- /mode alone -----------------------------------------------------------------------------------


def test_mode_alone_says_the_current_mode_before_the_choices(table):
    # "/mode" alone was answered as a mistake, without saying how alerts come now.
    assert run(table, ADMIN, "/mode") == (
        "This chat is not subscribed. Send /subscribe first.\n"
        "Choose /mode instant or /mode digest [time] (UTC, e.g. 08:00, 8h or 8 pm).")
    run(table, ADMIN, "/subscribe")
    run(table, ADMIN, "/mode digest 7h")
    assert run(french(table), ADMIN, "/mode") == (
        "Les alertes arrivent dans un résumé quotidien à 07:00 UTC.\n"
        "Choisissez /mode instant ou /mode digest [heure] (UTC, par exemple 08:00, 8h ou 8 pm).")


# -- /rule_undo on a new bot -----------------------------------------------------------------------


def test_rule_undo_on_a_new_bot_says_there_is_nothing_of_chat_to_undo(table):
    # The answer was the CLI's "the last change was a bulk import; undo it by importing the
    # previous export", in English: the "import" was the rules of the first start.
    assert run(table, ADMIN, "/rule_undo") == (
        "Nothing to undo: the last rule change imported a whole rules file (the rules of the first "
        "start, or `pledgewatch rules import`), which /rule_undo does not reverse.")
    run(table, ADMIN, "/rule_add tanks Leopard")
    assert run(french(table), ADMIN, "/rule_undo").startswith("Annulé : ")
    assert run(table, ADMIN, "/rule_undo") == (
        "Rien à annuler : la dernière modification des règles a importé un fichier de règles entier (les "
        "règles du premier démarrage, ou `pledgewatch rules import`), ce que /rule_undo n'annule pas.")


@pytest.mark.parametrize(("typed", "reply"), [
    ("résumé 8h", "Les alertes seront regroupées dans un résumé quotidien à 08:00 UTC (/mode instant : chaque alerte dès qu'elle arrive)."),
    ("resume", "Les alertes seront regroupées dans un résumé quotidien à 08:00 UTC (/mode instant : chaque alerte dès qu'elle arrive)."),
    ("instantané", "Les alertes seront envoyées dès qu'un article est trouvé."),
    ("immédiat", "Les alertes seront envoyées dès qu'un article est trouvé."),
])
def test_a_mode_named_in_french_is_read(table, typed, reply):
    # The help says "résumé quotidien"; "/mode résumé" was answered as a mistake.
    run(table, ADMIN, "/subscribe")
    assert run(french(table), ADMIN, f"/mode {typed}") == reply
