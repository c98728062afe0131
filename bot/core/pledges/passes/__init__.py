"""The article and sentence passes: the text made ready (an editor's marks read through), one sentence
read from its cues and things to its records, the records settled once every sentence is read (the
headline's beside the body's, restatements dropped), and what they all share: the working records,
the sentence and its parties, the scans done once per sentence or per text, the entity lists."""
