"""Election campaigns: an opposition's or a candidate's promise is no government pledge.

The lead's ruling (stop 58, docs/reading-pledges.md): "The leader of the opposition promised that a government
led by her would send Ukraine 500 drones", "le candidat de l'opposition a promis que, s'il était élu, la
France enverrait 20 Mirage", "Der Kanzlerkandidat der Opposition hat im Falle eines Wahlsiegs die Lieferung
von 100 Marschflugkörpern versprochen": an opposition is no government, and a candidate gives nothing until
elected. Such a sentence gives no record, not even a discussion (the rulings' "would send ... if" is a
government's condition). The government's answer told in the next sentence, alone ("Die Bundesregierung lehnt
das weiterhin ab", "The government rejected the idea"), is its status for the things promised: refused (or
discussed, no decision taken), with no figure (the figure is the candidate's), as a call answered is
(answered_calls.py). What the government itself gives, told beside, is read as usual.

A campaign's opinion poll ("A poll showed 61% of voters support continued military aid", "Selon un sondage,
54 % des Français approuvent l'aide militaire", "Laut einer Umfrage unterstützen 48 Prozent die Lieferung von
Marschflugkörpern") tells what voters think: nobody's giving, no record, wherever it stands.
"""

from __future__ import annotations

from bot.core.pledges.status.answered_calls import sentence_answer
from bot.core.text.lazy_pattern import lazy

# (folded text) Who campaigns: an opposition leader or party, a candidate for office (not a candidate country). Not
# an English "challenger", which is also a tank ("A dozen Challenger 2 tanks promised in the spring").
_SPEAKER = (
    r"\b(?:opposition (?:leader|candidate|party|chief|leader's)|leader of the (?:\w+ )?opposition|"
    r"(?:presidential |chancellor |opposition |party's )?candidate(?! countr)|"
    r"candidat(?:e)? (?:de l'opposition|a la presidentielle|a l'election|du parti|de la droite|de la gauche)|"
    r"chef(?:fe)? de (?:l'opposition|file de l'opposition)|"
    r"oppositionsfuhrer\w*|oppositionschef\w*|kanzlerkandidat\w*|spitzenkandidat\w*|kandidat\w* der opposition|"
    r"herausforder(?:er|in))"
)
# (folded text) A promise's verb after its speaker in the sentence.
_PROMISE = r"\b(?:promis\w*|promet\w*|vow\w*|pledg\w*|verspr\w*|versprich\w*|kundigt\w* \w+ an)"
_CAMPAIGN_PROMISE = lazy(_SPEAKER + r"[^.;]*?" + _PROMISE)
# (folded text) The promise's election condition, which alone tells a campaign's promise.
_IF_ELECTED = lazy(
    r"\b(?:if (?:she|he|they|it) (?:is |are |were |was )?(?:elected|wins?|won)|if elected|once elected|"
    r"a government led by (?:her|him|them)|s'(?:il|ils) (?:etait|etaient|est|sont) elus?|si elles? (?:etai(?:t|ent)|est) "
    r"elues?|une fois elue?|en cas de victoire|im falle (?:eines|ihres|seines) wahlsiegs|nach einem wahlsieg|"
    r"(?:falls|wenn) (?:er|sie) gewahlt)"
)

# (folded text) An opinion poll and its share of those asked.
_POLL = lazy(r"\b(?:poll|polls|survey|sondage|sondages|umfrage|umfragen|meinungsumfrage\w*)\b")
_SHARE = lazy(r"\d+(?:[.,]\d+)? ?(?:%|percent\b|per cent\b|pour ?cent\b|prozent\b)")


def poll_sentences(folded: str, spans: list[tuple[int, int]]) -> set[int]:
    """The sentences that tell an opinion poll's share of those asked."""
    if _POLL.absent_from_article(folded):
        return set()  # (no poll's word in the whole article: no sentence to search, see lazy_pattern)
    return {
        index for index, (start, end) in enumerate(spans)
        if _POLL.search(folded, start, end) is not None and _SHARE.search(folded, start, end) is not None
    }


def campaign_sentences(folded: str, spans: list[tuple[int, int]]) -> set[int]:
    """The sentences that tell a campaign's promise: its election condition, or its speaker promising."""
    if _IF_ELECTED.absent_from_article(folded) and _CAMPAIGN_PROMISE.absent_from_article(folded):
        return set()  # (neither's words in the whole article: no sentence to search, see lazy_pattern)
    return {
        index for index, (start, end) in enumerate(spans)
        if _IF_ELECTED.search(folded, start, end) is not None or _CAMPAIGN_PROMISE.search(folded, start, end) is not None
    }


def answered_campaigns(folded: str, spans: list[tuple[int, int]], campaigns: set[int]) -> dict[int, str]:
    """The campaign sentences whose next sentence is the government's answer alone, with its status."""
    answered = {}
    for index in campaigns:
        if index + 1 < len(spans) and index + 1 not in campaigns:
            if (status := sentence_answer(folded, *spans[index + 1])) is not None:
                answered[index] = status
    return answered
