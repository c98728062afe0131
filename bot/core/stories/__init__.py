"""Stories: grouping the reports of one event (matching), the event evidence they are
compared on (events), and what a newcomer adds to a sent alert (updates)."""
