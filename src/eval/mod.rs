//! The evaluation command over `../shared/corpus`.
