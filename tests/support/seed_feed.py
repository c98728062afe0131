"""The two seed articles (tests/data/seeds) as feed items, on the day they were published."""

from __future__ import annotations

from datetime import datetime, timezone

from tests.conftest import seed_texts

SEED_TITLES = [
    "L'Otan veut accélérer ses livraisons d'armes et de munitions à l'Ukraine",
    "Réunion de l'OTAN à Bruxelles : les alliés veulent livrer plus vite",
]
FEB_13 = datetime(2023, 2, 13, 18, 40, tzinfo=timezone.utc)


def seed_item(n: int, when: datetime) -> dict:
    return {"title": SEED_TITLES[n], "link": f"https://example.org/seed-{n}", "guid": f"seed-{n}",
            "description": seed_texts()[n], "pubDate": when}
