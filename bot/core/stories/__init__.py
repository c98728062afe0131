"""Stories: grouping the reports of one event. Beside this file, a report's story found (matching, over
the recent stories story_index keeps), stories a report links merged (merges), a batch taken back
out (resplits) and what a newcomer adds to a sent alert (updates); in the folders below, an
article's fingerprint (fingerprint/), the event evidence it carries (evidence/, with its figures in
figures/), whether two reports are one story (scoring/) and an outlet's own reports (own_reports/)."""
