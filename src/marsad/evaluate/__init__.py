"""``marsad eval``: score extracted events against hand-annotated gold reports (see docs/annotation.md)."""
