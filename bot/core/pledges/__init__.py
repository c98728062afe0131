"""Pledges: reading who promised what from an article. extract.py reads the whole article (its
docstring gives the order the modules are read in); the modules it calls are grouped by job: the
article and sentence passes (passes/), what is given (things/), numbers (quantities/), money
(money/), status cues and tenses (status/), who gives (donors/), pieces read apart
(special_pieces/), and stored pledges as people filter, total and read them (listing/)."""
