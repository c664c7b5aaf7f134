//! The language and direction of a text, from the scripts of its letters.

use crate::model::Direction;

/// BCP 47 primary tag and direction of `text`, from the share of each script among letters.
pub fn detect(text: &str) -> (&'static str, Direction) {
    let (mut arabic, mut hebrew, mut cyrillic, mut hangul, mut kana, mut han, mut latin) =
        (0usize, 0usize, 0usize, 0usize, 0usize, 0usize, 0usize);
    for c in text.chars().take(20_000) {
        match c as u32 {
            0x0600..=0x06FF
            | 0x0750..=0x077F
            | 0x08A0..=0x08FF
            | 0xFB50..=0xFDFF
            | 0xFE70..=0xFEFF => arabic += 1,
            0x0590..=0x05FF => hebrew += 1,
            0x0400..=0x04FF => cyrillic += 1,
            0xAC00..=0xD7AF | 0x1100..=0x11FF => hangul += 1,
            0x3040..=0x30FF => kana += 1,
            0x4E00..=0x9FFF => han += 1,
            _ if c.is_ascii_alphabetic() || ('\u{C0}'..='\u{24F}').contains(&c) => latin += 1,
            _ => {}
        }
    }
    let candidates = [
        (arabic, "ar", Direction::Rtl),
        (hebrew, "he", Direction::Rtl),
        (cyrillic, "ru", Direction::Ltr),
        (hangul, "ko", Direction::Ltr),
        // Japanese mixes kana and kanji; Chinese has han alone.
        (kana + if kana > 0 { han } else { 0 }, "ja", Direction::Ltr),
        (if kana == 0 { han } else { 0 }, "zh", Direction::Ltr),
        (latin, "en", Direction::Ltr),
    ];
    let best = candidates
        .iter()
        .max_by_key(|(n, _, _)| *n)
        .filter(|(n, _, _)| *n > 0);
    match best {
        Some((_, tag, dir)) => (tag, *dir),
        None => ("und", Direction::Ltr),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_is_rtl() {
        assert_eq!(detect("ذكرت وزارة الدفاع الروسية"), ("ar", Direction::Rtl));
    }

    #[test]
    fn english_with_some_arabic_is_english() {
        assert_eq!(
            detect("The minister said in Moscow (موسكو) that talks went well"),
            ("en", Direction::Ltr)
        );
    }

    #[test]
    fn no_letters_is_undetermined() {
        assert_eq!(detect("123 456 !!"), ("und", Direction::Ltr));
    }
}
