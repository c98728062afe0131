"""The web tracker's query parameters against invisible characters, stop 39's round, on a
real `WebServer` on loopback over a real SQLite file (the `three_donors` database of
tests/web/conftest.py). An audit round, not a reading round: no article text is added.

Found and fixed here (the test failed before its fix): a zero-width space, a right-to-left
mark or a byte order mark in a parameter, as a link pasted from a chat or a document
carries them, made the page a 400 quoting a value the visitor saw written right
(`?lang=fr` + U+200B: "lang: 'fr\u200b' not accepted"), where chat reads the same marks
around a command's arguments as nothing (stop 38). The query's names and values are now
cleaned as chat's arguments are (bot.core.text.safe_text.clean_text, then stripped).
A value that is still wrong is refused as before, quoted without the marks.
"""

from __future__ import annotations

from tests.support.web_tracker import ask_tracker

ZWSP, RLM, BOM = "%E2%80%8B", "%E2%80%8F", "%EF%BB%BF"


def test_an_invisible_mark_in_a_parameter_is_read_as_nothing(three_donors, clock):
    french = [f"/pledges?lang=fr{ZWSP}", f"/pledges?lang={BOM}fr", f"/pledges?lang{ZWSP}=fr"]
    germany = [f"/pledges?q=DE{BOM}", f"/pledges?q={RLM}germany{RLM}", f"/pledges?q=DE&page={RLM}1"]
    answers = ask_tracker(three_donors, clock, *french, *germany, f"/pledges?sort=donor{ZWSP}")
    for path in french:
        status, body = answers[path]
        assert status == 200 and '<html lang="fr"' in body, (path, status, body[:300])
    for path in germany:
        status, body = answers[path]
        assert status == 200 and "IRIS-T" in body and "NASAMS" not in body, (path, status, body[:300])
    assert answers[f"/pledges?sort=donor{ZWSP}"][0] == 200


def test_a_value_still_wrong_without_its_marks_is_refused_quoted_without_them(three_donors, clock):
    path = f"/pledges?lang=es{ZWSP}"
    status, body = ask_tracker(three_donors, clock, path)[path]
    assert status == 400 and "lang: &#x27;es&#x27; not accepted" in body
