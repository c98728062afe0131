"""What is given: the words of things by category and the items they make with their counts, the things
a sentence gives, a word standing for a thing named before, a headline's broad kind beside the
body's system and its aid in general beside the body's records, and whether a thing goes to Ukraine at all (another recipient, the donor's own forces
and holdings, Ukraine's own things repaired, what replaces a donor's jets, the weapons a thing is
for)."""
