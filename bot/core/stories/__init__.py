"""Stories: grouping the reports of one event. An article's words (wording, with its word
lists in word_lists and the keys words become in word_keys) make its fingerprint
(fingerprints); a report's story is found (matching, over the stories story_index keeps)
by whether two reports are one story (story_score: their likeness in wording, likeness, and
the event evidence they carry, read in events and the modules it puts together, named_days
and pledge_news, compared in same_event); stories a report links are merged (merges), and a
newcomer adds to a sent alert (updates)."""
