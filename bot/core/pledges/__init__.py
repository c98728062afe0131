"""Pledges: reading who promised what from an article (extract, then sentence_reading and
the modules it imports; from item_words, items, status_cues, non_givers and givers), with the entity
lists, numbers in three languages, totals and the words that display them."""
