"""Pieces read apart from plain news: fact checks, audits of past giving, campaign promises, court
rulings, correction notes, transcripts, a belligerent's battle claims, commentators' calls, non-
binding motions and bare slogans, which give no record or records of their own kind."""
