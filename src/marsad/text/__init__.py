"""Arabic text layer: offset-keeping normalisation, tokens, segmentation, numbers and dates."""
