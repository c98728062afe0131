"""The words a wire round's records are labelled with: a record's status and the categories
whose names are long, as the pledge extractor and the real-article set write them
(../shared/eval/README.md). Every round of tests/pledges writes its expected records with
these, so that a label reads as short as the sentence it is checked against."""

# A record's status.
P, D, X, R, M = "pledged", "delivered", "discussed", "refused", "production"

# The categories with long names; the short ones ("tanks", "drones", "aircraft", ...) are written out.
AIR, ARMOUR, AMMO, MONEY, ARMS = "air_defence", "armoured_vehicles", "ammunition", "funding", "small_arms"
