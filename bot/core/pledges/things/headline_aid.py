"""A headline's aid in general over a body that tells the giver's records.

Wire headlines name the news by its broadest word ("New military aid for Ukraine", "Nouvelle aide
militaire pour l'Ukraine", "Norwegen kündigt neue Militärhilfe an") and leave what the aid holds to the
body ("Norway will send 20 armoured vehicles"). A headline record of aid in general (category funding,
no figure, no system named) whose giver the body gives records at the same stage - or a promise
or delivery beside a promise or delivery - is those records told broadly: it gives nothing of its own.
A headline whose giver the body gives nothing, or only another stage (a refusal over a body's earlier
deliveries), stays the news. (A headline's "weapons" or "package", category other, is restatements.one_reading's:
dropped beside the body's precise things or its sum at the same stage, and answering the body's talks.)
"""

from __future__ import annotations

from bot.core.models import Pledge

# Stages a headline's aid in general and the body's things tell alike: the news of a giving.
_GIVINGS = ("pledged", "delivered")


def _aid_in_general(pledge: Pledge) -> bool:
    return (
        pledge.category == "funding"
        and pledge.quantity is None and pledge.value is None and pledge.system is None
    )


def _same_news(headline: Pledge, body: Pledge) -> bool:
    return body.donor == headline.donor and (
        body.status == headline.status or (body.status in _GIVINGS and headline.status in _GIVINGS)
    )


def without_aid_the_body_details(title_pledges: list[Pledge], body_pledges: list[Pledge]) -> list[Pledge]:
    """The headline's records, less its aid in general the body tells the giver's records of (above)."""
    if not title_pledges or not body_pledges:
        return title_pledges
    return [
        told for told in title_pledges
        if not (_aid_in_general(told) and any(_same_news(told, p) for p in body_pledges))
    ]
