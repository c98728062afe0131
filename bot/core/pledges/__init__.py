"""Pledges: reading who promised what from an article (extract), with the entity lists,
numbers in three languages, totals and the words that display them."""
