"""An article's event evidence: who gives what, in which phase, on which day, put together in events.py
from what its headline and opening tell (givers, gatherings, named days, refusals, thanks,
approvals, cuts, recalled acts, the kinds of thing named, the pledges that are its news)."""
