"""Event assembly: spans -> event mentions (who did what to whom, where, when, figures by source) -> events."""
