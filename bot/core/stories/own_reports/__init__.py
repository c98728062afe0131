"""An outlet's own reports: its marked updates and corrections, a report filed again with its day
corrected, whether one report revises another, and when two reports of one feed may be one story."""
