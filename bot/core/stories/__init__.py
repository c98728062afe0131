"""Stories: grouping the reports of one event. An article's words (wording) make its
fingerprint (fingerprints); fingerprints are compared and a report's story found
(matching), on the event evidence they carry (events); stories a report links are merged
(merges), and a newcomer adds to a sent alert (updates)."""
