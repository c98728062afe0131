"""Stories: grouping the reports of one event. An article's words (wording, with its word
lists in word_lists and the keys words become in word_keys) make its fingerprint
(fingerprints); fingerprints are compared and a report's story found (matching, with
what a shared key is worth from word_keys), on the event evidence they carry (read in
events, named_days and pledge_news, compared in same_event); stories a report links are merged
(merges), and a newcomer adds to a sent alert (updates)."""
