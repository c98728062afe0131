"""Who gives: the donor names a sentence holds and how they group, the giver of each item (one told
with the verb left out, a leader by surname or by title, a parliament chamber's or a bare
government's country), whom a request asks, leave to give or to re-export, a part payer, a receipt
told in a relative clause (its source gives), and the donor words that name no giver (places,
makers, speakers, schemes, datelines, cities and firms giving of their own, a coalition's leaders,
the seller of NATO's PURL scheme)."""
