"""Status cues and tenses: the cue kinds (pledged, delivered, discussed, refused, production) in three
languages, searched once per text; a sentence's cues and the one that tells of each item; what a
clause does to a cue (denied, hedged, still to come, a participle used as an adjective, a condition,
a call answered, a figure denied, another deed told); and givings told in other ways (a gerund, a timeline's step, a
date in the future, a handover moved, things held on their way, an order won to supply Ukraine)."""
