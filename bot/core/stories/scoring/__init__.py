"""Whether two reports (or a report and a story) are one story: the score and its thresholds, their
likeness in wording, whether their evidence conflicts or agrees, when they were published, standing
meetings' sittings, one group's two decisions told apart, and a chained story held to its reports'
figures."""
