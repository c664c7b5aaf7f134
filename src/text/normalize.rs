//! Arabic normalization, one module used everywhere: display text and search keys, with a
//! map from normalized offsets back to the original.

/// Display text: NFC, Persian look-alikes as Arabic letters, no tatweel or bidi marks,
/// whitespace folded (newlines kept as paragraph breaks).
pub fn display(s: &str) -> String {
    // STUB
    s.to_string()
}

/// The search key: no diacritics, one alef, ى→ي, ة→ه, ASCII digits, lowercase.
pub fn search_key(s: &str) -> String {
    // STUB
    s.to_lowercase()
}
