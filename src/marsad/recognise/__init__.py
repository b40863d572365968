"""Recognisers: each adds typed spans (with offsets) to a document's normalised view.

Every recogniser is a plain function ``recognise_<kind>(ctx) -> list[Span]`` over a :class:`Context`
(document + normalised text + knowledge base); :func:`marsad.pipeline.run` calls them in order.
"""

from marsad.recognise.context import Context

__all__ = ["Context"]
