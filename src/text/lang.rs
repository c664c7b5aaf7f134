//! The language and direction of a text: the script of its letters first, then, within a
//! script that several languages share (Latin, Arabic, Cyrillic…), the language by its
//! trigrams (whatlang), so that an Italian or Persian page is not reported as English or Arabic.

use crate::model::Direction;
use whatlang::Lang;

/// Letters read for the script count and the trigram model: a page's first few thousand
/// characters tell its language as well as the whole of it does, at a bounded cost.
const SAMPLE_CHARS: usize = 6_000;

/// Fewer letters than this of the main script and the script's usual language is reported
/// (trigram statistics of a line or two are not reliable).
const MIN_LETTERS_FOR_TRIGRAMS: usize = 60;

/// BCP 47 primary tag and direction of `text`.
pub fn detect(text: &str) -> (&'static str, Direction) {
    let (mut arabic, mut hebrew, mut cyrillic, mut hangul, mut kana, mut han, mut latin) =
        (0usize, 0usize, 0usize, 0usize, 0usize, 0usize, 0usize);
    let mut sample_end = text.len();
    for (n, (i, c)) in text.char_indices().enumerate() {
        if n == SAMPLE_CHARS {
            sample_end = i;
            break;
        }
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
    let Some(&(count, tag, dir)) = candidates
        .iter()
        .max_by_key(|(n, _, _)| *n)
        .filter(|(n, _, _)| *n > 0)
    else {
        return ("und", Direction::Ltr);
    };
    // Scripts of one language in practice (Hangul, kana, Hebrew here) need no trigrams.
    if !matches!(tag, "ar" | "ru" | "en") || count < MIN_LETTERS_FOR_TRIGRAMS {
        return (tag, dir);
    }
    let sample = text.get(..sample_end).unwrap_or(text);
    match whatlang::detect(sample) {
        // Only a confident answer in the same script overrides the script's usual language:
        // an English report quoting a French name stays English.
        Some(info) if info.is_reliable() => match bcp47(info.lang()) {
            Some((found, found_dir)) if found_dir == dir && same_script(tag, found) => {
                (found, found_dir)
            }
            _ => (tag, dir),
        },
        _ => (tag, dir),
    }
}

/// Whether `found` is written in the script `script_tag` stands for.
fn same_script(script_tag: &str, found: &str) -> bool {
    match script_tag {
        "ar" => matches!(found, "ar" | "fa" | "ur"),
        "ru" => matches!(found, "ru" | "uk" | "bg" | "be" | "sr" | "mk"),
        _ => !matches!(
            found,
            "ar" | "fa" | "ur" | "ru" | "uk" | "bg" | "be" | "mk" | "he" | "yi"
        ),
    }
}

/// The shortest ISO 639 code (what BCP 47 asks for) and direction of a whatlang language.
/// whatlang names languages by ISO 639-3 only; this table gives the two-letter code.
fn bcp47(lang: Lang) -> Option<(&'static str, Direction)> {
    use Direction::{Ltr, Rtl};
    Some(match lang {
        Lang::Ara => ("ar", Rtl),
        Lang::Pes => ("fa", Rtl),
        Lang::Urd => ("ur", Rtl),
        Lang::Heb => ("he", Rtl),
        Lang::Yid => ("yi", Rtl),
        Lang::Eng => ("en", Ltr),
        Lang::Fra => ("fr", Ltr),
        Lang::Spa => ("es", Ltr),
        Lang::Por => ("pt", Ltr),
        Lang::Ita => ("it", Ltr),
        Lang::Deu => ("de", Ltr),
        Lang::Nld => ("nl", Ltr),
        Lang::Tur => ("tr", Ltr),
        Lang::Ind => ("id", Ltr),
        Lang::Pol => ("pl", Ltr),
        Lang::Ron => ("ro", Ltr),
        Lang::Ces => ("cs", Ltr),
        Lang::Slk => ("sk", Ltr),
        Lang::Slv => ("sl", Ltr),
        Lang::Hrv => ("hr", Ltr),
        Lang::Hun => ("hu", Ltr),
        Lang::Swe => ("sv", Ltr),
        Lang::Dan => ("da", Ltr),
        Lang::Nob => ("nb", Ltr),
        Lang::Fin => ("fi", Ltr),
        Lang::Est => ("et", Ltr),
        Lang::Lav => ("lv", Ltr),
        Lang::Lit => ("lt", Ltr),
        Lang::Cat => ("ca", Ltr),
        Lang::Lat => ("la", Ltr),
        Lang::Epo => ("eo", Ltr),
        Lang::Afr => ("af", Ltr),
        Lang::Cym => ("cy", Ltr),
        Lang::Tgl => ("tl", Ltr),
        Lang::Jav => ("jv", Ltr),
        Lang::Vie => ("vi", Ltr),
        Lang::Aze => ("az", Ltr),
        Lang::Uzb => ("uz", Ltr),
        Lang::Tuk => ("tk", Ltr),
        Lang::Zul => ("zu", Ltr),
        Lang::Sna => ("sn", Ltr),
        Lang::Aka => ("ak", Ltr),
        Lang::Rus => ("ru", Ltr),
        Lang::Ukr => ("uk", Ltr),
        Lang::Bul => ("bg", Ltr),
        Lang::Bel => ("be", Ltr),
        Lang::Srp => ("sr", Ltr),
        Lang::Mkd => ("mk", Ltr),
        _ => return None,
    })
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
    fn latin_languages_are_told_apart() {
        let it = "Il governo italiano ha annunciato oggi una nuova legge sulle pensioni, \
                  che entrerà in vigore il prossimo anno secondo il ministro dell'economia.";
        assert_eq!(detect(it).0, "it");
        let fr = "Le gouvernement a annoncé mardi une réforme des retraites qui entrera en \
                  vigueur l'année prochaine, selon le ministre de l'économie et des finances.";
        assert_eq!(detect(fr).0, "fr");
        let en = "The government announced on Tuesday a pension reform that will take effect \
                  next year, according to the minister of the economy and finance.";
        assert_eq!(detect(en).0, "en");
    }

    #[test]
    fn persian_is_not_arabic() {
        let fa = "وزیر امور خارجه ایران روز سه‌شنبه گفت که مذاکرات با کشورهای اروپایی ادامه \
                  خواهد داشت و دولت برای رسیدن به توافق تلاش می‌کند.";
        assert_eq!(detect(fa), ("fa", Direction::Rtl));
        let ar = "قال وزير الخارجية يوم الثلاثاء إن المفاوضات مع الدول الأوروبية ستستمر وإن \
                  الحكومة تسعى إلى التوصل إلى اتفاق قبل نهاية العام الجاري.";
        assert_eq!(detect(ar), ("ar", Direction::Rtl));
    }

    #[test]
    fn a_short_latin_line_keeps_the_script_default() {
        assert_eq!(detect("Hello world").0, "en");
    }

    #[test]
    fn no_letters_is_undetermined() {
        assert_eq!(detect("123 456 !!"), ("und", Direction::Ltr));
    }
}
