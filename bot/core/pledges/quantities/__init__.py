"""Numbers as newspapers write them in English, French and German, a range read at its lower bound, and
counted lots of one kind kept apart."""
