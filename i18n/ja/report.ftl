# Report labels and summaries.
