"""Stored pledges as people ask for and read them: the filter words, totals that keep apart what should
stay apart, and a pledge in words."""
