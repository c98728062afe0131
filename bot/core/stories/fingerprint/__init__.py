"""An article's fingerprint: its words as the matcher reads them, the word lists behind them, the keys
they become and what sharing each is worth, and the keys older releases stored."""
