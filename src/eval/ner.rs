//! Entity P/R/F1 per type on the BIO gold in `corpus/ner` (exact span and type).
