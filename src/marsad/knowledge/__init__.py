"""Knowledge files (actors, sources, triggers, lexicon, gazetteer): schemas, loading and compiled matchers."""

from marsad.knowledge.loader import KnowledgeBase, get_knowledge

__all__ = ["KnowledgeBase", "get_knowledge"]
