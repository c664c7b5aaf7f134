//! The article's own text as evidence for segmenting runs of words that lost their
//! separators: keyword lists ("وزير الدفاع الفرنسي روسيا أوكرانيا ...") and related-headline
//! blocks. A phrase that occurs in the title or body is a unit the outlet itself wrote.

use std::collections::HashSet;

use crate::text::normalize::search_key;

/// Longest phrase (in words) remembered.
const MAX_GRAM: usize = 6;

/// The word n-grams (search keys) of a set of texts, with a proclitic-less variant of each.
#[derive(Debug, Default)]
pub struct Evidence {
    grams: HashSet<String>,
    /// Words as written, and the same without proclitics.
    words: HashSet<String>,
    stems: HashSet<String>,
}

impl Evidence {
    /// Indexes `texts`; phrases never cross a sentence or line boundary.
    pub fn new<'a>(texts: impl IntoIterator<Item = &'a str>) -> Self {
        let mut ev = Evidence::default();
        for t in texts {
            let key = search_key(t);
            for clause in key.split(|c: char| {
                matches!(
                    c,
                    '.' | '\n' | '،' | ',' | '؛' | ';' | ':' | '!' | '?' | '؟' | '(' | ')'
                ) || matches!(c, '"' | '«' | '»' | '“' | '”')
            }) {
                let words = words_of(clause);
                for w in &words {
                    ev.words.insert(w.clone());
                    ev.stems.extend(stems(w));
                }
                for i in 0..words.len() {
                    for n in 2..=MAX_GRAM.min(words.len() - i) {
                        let gram = words[i..i + n].join(" ");
                        for stem in stems(&words[i]) {
                            let mut v = stem;
                            for w in &words[i + 1..i + n] {
                                v.push(' ');
                                v.push_str(w);
                            }
                            ev.grams.insert(v);
                        }
                        ev.grams.insert(gram);
                    }
                }
            }
        }
        ev
    }

    /// True when the phrase (any form; compared by search key, a proclitic allowed on its
    /// first word in the text) occurs in the evidence.
    pub fn has_phrase(&self, phrase: &str) -> bool {
        let words = words_of(&search_key(phrase));
        match words.len() {
            0 => false,
            1 => self.words.contains(&words[0]) || self.stems.contains(&words[0]),
            _ => self.grams.contains(&words.join(" ")),
        }
    }

    /// True when the word occurs as written (by search key), not only inside a longer word.
    pub fn has_word(&self, word: &str) -> bool {
        self.words.contains(&search_key(word))
    }
}

/// Words of a search key: runs of letters and digits.
pub fn words_of(key: &str) -> Vec<String> {
    key.split(|c: char| !(c.is_alphanumeric() || crate::text::normalize::is_arabic_mark(c)))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// The word without its proclitics: one of و ف, then one of ب ل ك (or لل → ال); and without
/// the article (`العبايات` → `عبايات`), since tag lists often drop it.
fn stems(w: &str) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(rest) = w.strip_prefix("ال") {
        if rest.chars().count() >= 3 {
            out.push(rest.to_string());
        }
    }
    if let Some(a) = strip_proclitic(w) {
        if let Some(b) = strip_proclitic(&a) {
            if w.starts_with(['و', 'ف']) && !a.starts_with(['و', 'ف']) {
                out.push(b);
            }
        }
        out.push(a);
    }
    out
}

/// The word without one proclitic (و ف ب ل ك), or ال for لل (ل + ال), when enough remains.
pub fn strip_proclitic(w: &str) -> Option<String> {
    if let Some(rest) = w.strip_prefix("لل") {
        if rest.chars().count() >= 2 {
            return Some(format!("ال{rest}"));
        }
    }
    let mut chars = w.chars();
    let first = chars.next()?;
    let rest = chars.as_str();
    (matches!(first, 'و' | 'ف' | 'ب' | 'ل' | 'ك') && rest.chars().count() >= 3)
        .then(|| rest.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_are_found_by_search_key_and_proclitic() {
        let ev = Evidence::new(["قال وزيرُ الدفاع الفرنسي إن المحادثات، وبوزارة الخارجية."]);
        assert!(ev.has_phrase("وزير الدفاع الفرنسي"));
        assert!(ev.has_phrase("وزارة الخارجية"));
        assert!(!ev.has_phrase("الفرنسي إن المحادثات وبوزارة"));
        assert!(!ev.has_phrase("المحادثات وزارة"));
        assert!(ev.has_word("المحادثات"));
    }
}
