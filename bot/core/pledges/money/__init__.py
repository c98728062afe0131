"""Money in a sentence: which sums are records of their own and of what; a sum named by its payer, told
respectively, promised for a purpose, paid in part, paid into a joint scheme or given to others than
Ukraine; things paid for as a list; a running total told as background."""
