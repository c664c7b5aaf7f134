//! Words with code-point offsets and search keys, and the Arabic proclitics a word may carry.
//!
//! The whole text is keyed once: every word's search key is written into one `String`
//! (tokens separated by one space), with a map from key bytes back to code points, so the
//! gazetteer automaton runs over keys while mentions keep exact offsets into the original.

/// The search-key form of one character, or `None` when the key drops it: the one
/// normalization of [`crate::text::normalize`], char by char so offsets map back exactly.
pub fn key_char(c: char) -> Option<char> {
    crate::text::normalize::search_key_char(c)
}

/// The search key of a whole string, by [`key_char`].
pub fn key(s: &str) -> String {
    s.chars().filter_map(key_char).collect()
}

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Arabic-script letters.
    Arabic,
    /// Latin letters (maybe with digits, `.`, `'`, `-` inside).
    Latin,
    /// Digits.
    Number,
    /// Anything else: punctuation, symbols.
    Punct,
}

/// One token.
#[derive(Debug, Clone, Copy)]
pub struct Token {
    /// Start, code points into the text.
    pub start: usize,
    /// End (exclusive), code points.
    pub end: usize,
    /// Start of this token's key in [`Doc::key`], bytes.
    pub kstart: usize,
    /// End of this token's key in [`Doc::key`], bytes.
    pub kend: usize,
    /// What it is made of.
    pub kind: Kind,
    /// Latin word starting with an uppercase letter.
    pub cap: bool,
    /// Latin word written all in capitals (2+ letters): an acronym.
    pub upper: bool,
    /// A line break (or more) comes right before this token.
    pub line_before: bool,
    /// The word ends in alef maqsura (ى), which the key folds into ي: على is the
    /// preposition, علي the name.
    pub maqsura: bool,
    /// The word ends in ta marbuta (ة), which the key folds into ه: a feminine noun or a
    /// family name (عياضة), never an attached pronoun.
    pub ta_marbuta: bool,
    /// The word carries tanween (ً ٌ ٍ), which news writes on indefinite nouns and adverbs
    /// (شرحاً، أيضاً), never on a name.
    pub tanween: bool,
    /// The word starts with an alef carrying hamza (أ إ آ), which the key folds into ا: أل
    /// is then a word's letters (ألبير، ألمانيا), never the article.
    pub hamza: bool,
    /// A Latin word in camel case (SpaceX, WeWork, YouTube), which names brands and
    /// companies; not the Mc, Mac, De, Le, La, Di, Du, Da of family names (McCain, DeSantis).
    pub camel: bool,
}

/// A text cut into tokens, with the search key of every token.
#[derive(Debug)]
pub struct Doc {
    /// The keys of all tokens, separated by one space.
    pub key: String,
    /// For every byte of `key`: the code point of the original it came from (spaces map to
    /// the end of the token before them).
    pub kmap: Vec<u32>,
    /// The tokens in order.
    pub tokens: Vec<Token>,
}

fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{064A}' | '\u{066E}'..='\u{06D3}' | '\u{06FA}'..='\u{06FF}')
        || matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}')
}

fn kind_of(c: char) -> Kind {
    if c.is_ascii() {
        return if c.is_ascii_alphabetic() {
            Kind::Latin
        } else if c.is_ascii_digit() {
            Kind::Number
        } else {
            Kind::Punct
        };
    }
    if is_arabic_letter(c) {
        Kind::Arabic
    } else if c.is_ascii_digit() || matches!(c, '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}') {
        Kind::Number
    } else if c.is_alphabetic() {
        Kind::Latin
    } else {
        Kind::Punct
    }
}

fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

impl Doc {
    /// Tokenizes `text`: runs of one script, digits, or single punctuation marks.
    pub fn new(text: &str) -> Doc {
        let chars: Vec<char> = text.chars().collect();
        let mut key = String::with_capacity(text.len() + 16);
        let mut kmap: Vec<u32> = Vec::with_capacity(text.len() + 16);
        let mut tokens = Vec::with_capacity(text.len() / 5 + 1);
        let mut i = 0;
        let mut line_before = false;
        while i < chars.len() {
            let c = chars[i];
            if c.is_whitespace() || is_invisible(c) {
                if c == '\n' {
                    line_before = true;
                }
                i += 1;
                continue;
            }
            let kind = kind_of(c);
            let start = i;
            i += 1;
            match kind {
                Kind::Arabic | Kind::Number => {
                    while i < chars.len() && (kind_of(chars[i]) == kind || is_invisible(chars[i])) {
                        i += 1;
                    }
                    // Digit groups: 1,500 and 3.5 stay one number.
                    if kind == Kind::Number {
                        while i + 1 < chars.len()
                            && matches!(chars[i], '.' | ',' | '٫' | '٬')
                            && kind_of(chars[i + 1]) == Kind::Number
                        {
                            i += 1;
                            while i < chars.len() && kind_of(chars[i]) == Kind::Number {
                                i += 1;
                            }
                        }
                    }
                }
                Kind::Latin => {
                    while i < chars.len() {
                        let d = chars[i];
                        let k = kind_of(d);
                        if k == Kind::Latin || k == Kind::Number {
                            i += 1;
                        } else if matches!(d, '\'' | '’')
                            && chars.get(i + 1).is_some_and(|c| matches!(c, 's' | 'S'))
                            && chars
                                .get(i + 2)
                                .is_none_or(|&c| !matches!(kind_of(c), Kind::Latin | Kind::Number))
                        {
                            // A possessive ends the word: "Egypt's" is Egypt, then 's, so
                            // the name matches the gazetteer and the span stops there.
                            break;
                        } else if d == '-'
                            && chars[start].is_uppercase()
                            && (compound_suffix(&chars[i + 1..])
                                || i - start == 1
                                    && matches!(chars[start], 'R' | 'D' | 'I')
                                    && state_after(&chars[i + 1..]))
                        {
                            // "D-N.J.": a lawmaker's party, then the state.
                            // "Texas-based", "Party-controlled", "NBA-leading": the name
                            // ends at the hyphen, the participle is a word of its own.
                            break;
                        } else if matches!(d, '\'' | '’' | '-' | '.' | '&')
                            && i + 1 < chars.len()
                            && kind_of(chars[i + 1]) == Kind::Latin
                            // "U.S." keeps its dots; "end.Next" is two words.
                            && (d != '.' || (i - start == 1 && chars[i + 1].is_uppercase()))
                        {
                            i += 2;
                        } else {
                            break;
                        }
                    }
                    // Abbreviations keep their final dot: "Mr." "U.S."
                    if i < chars.len() && chars[i] == '.' {
                        let word: String = chars[start..i].iter().collect();
                        if is_abbreviation(&word) {
                            i += 1;
                        }
                    }
                }
                Kind::Punct => {}
            }
            let kstart = key.len();
            for (off, &ch) in chars[start..i].iter().enumerate() {
                if let Some(k) = key_char(ch) {
                    let before = key.len();
                    key.push(k);
                    kmap.extend(std::iter::repeat_n(
                        (start + off) as u32,
                        key.len() - before,
                    ));
                }
            }
            let kend = key.len();
            if kend == kstart {
                // Nothing but marks: not a token.
                continue;
            }
            let first = chars[start];
            let cap = kind == Kind::Latin && first.is_uppercase();
            let upper = kind == Kind::Latin
                && chars[start..i].iter().filter(|c| c.is_alphabetic()).count() >= 2
                && chars[start..i].iter().all(|c| !c.is_lowercase());
            let last_letter = chars[start..i]
                .iter()
                .rev()
                .find(|c| !matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}'));
            let maqsura = kind == Kind::Arabic && last_letter == Some(&'ى');
            let ta_marbuta = kind == Kind::Arabic && last_letter == Some(&'ة');
            let tanween = kind == Kind::Arabic
                && chars[start..i]
                    .iter()
                    .any(|c| matches!(c, '\u{064B}'..='\u{064D}'));
            let hamza = matches!(first, 'أ' | 'إ' | 'آ');
            let camel = cap && !upper && camel_case(&chars[start..i]);
            tokens.push(Token {
                start,
                end: i,
                kstart,
                kend,
                kind,
                cap,
                upper,
                line_before,
                maqsura,
                ta_marbuta,
                tanween,
                hamza,
                camel,
            });
            line_before = false;
            key.push(' ');
            kmap.push(i as u32);
        }
        Doc { key, kmap, tokens }
    }

    /// The key of token `t`.
    pub fn tkey(&self, t: usize) -> &str {
        self.tokens
            .get(t)
            .and_then(|tok| self.key.get(tok.kstart..tok.kend))
            .unwrap_or("")
    }

    /// The key of token `t` without the first `skip` bytes (a proclitic).
    pub fn tkey_from(&self, t: usize, skip: usize) -> &str {
        self.tokens
            .get(t)
            .and_then(|tok| self.key.get(tok.kstart + skip..tok.kend))
            .unwrap_or("")
    }

    /// The code point where key byte `kpos` came from.
    pub fn char_at_key(&self, kpos: usize) -> usize {
        self.kmap.get(kpos).map(|&c| c as usize).unwrap_or(0)
    }

    /// Code-point start of token `t` after skipping `skip` key bytes of proclitics.
    pub fn start_after(&self, t: usize, skip: usize) -> usize {
        match self.tokens.get(t) {
            Some(tok) if skip > 0 => self.char_at_key(tok.kstart + skip),
            Some(tok) => tok.start,
            None => 0,
        }
    }
}

/// `word` (starting with a capital) has a capital after a lowercase letter, is letters and
/// digits only, and does not open with a family-name prefix.
/// Lowercase words that follow a name and a hyphen to make an adjective of it (keys).
const COMPOUND_SUFFIXES: &[&str] = &[
    "based",
    "led",
    "backed",
    "owned",
    "run",
    "controlled",
    "made",
    "born",
    "bound",
    "funded",
    "linked",
    "affiliated",
    "allied",
    "aligned",
    "style",
    "era",
    "leading",
    "wide",
    "related",
    "sponsored",
    "friendly",
    "focused",
    "registered",
    "flagged",
    "listed",
    "headquartered",
    "bred",
    "educated",
    "trained",
    "area",
    "origin",
    "centric",
    "inspired",
    "dominated",
    "administered",
    "held",
    "occupied",
    "majority",
];

/// Whether `rest` starts with an AP state abbreviation and its dot (N.J., Fla.).
fn state_after(rest: &[char]) -> bool {
    AP_STATES.iter().any(|s| {
        let n = s.chars().count();
        rest.len() > n && rest.get(n) == Some(&'.') && rest.iter().take(n).copied().eq(s.chars())
    })
}

/// Whether `rest` (what follows a hyphen) starts with one of [`COMPOUND_SUFFIXES`], as a
/// whole word.
fn compound_suffix(rest: &[char]) -> bool {
    let n = rest
        .iter()
        .position(|c| !c.is_ascii_lowercase())
        .unwrap_or(rest.len());
    let word = &rest[..n];
    n > 0
        && rest.get(n).is_none_or(|c| !c.is_alphanumeric())
        && COMPOUND_SUFFIXES
            .iter()
            .any(|s| s.chars().eq(word.iter().copied()))
}

fn camel_case(word: &[char]) -> bool {
    let Some(inner) = word
        .windows(2)
        .position(|w| w[0].is_lowercase() && w[1].is_uppercase())
    else {
        return false;
    };
    let prefix: String = word.iter().take(inner + 1).collect();
    !matches!(
        prefix.as_str(),
        "Mc" | "Mac" | "De" | "Le" | "La" | "Di" | "Du" | "Da"
    ) && word.iter().all(|c| c.is_alphanumeric())
}

/// Latin abbreviations that end with a dot and do not end a sentence.
/// The Associated Press abbreviations of US states, without their final dot (Calif., W.Va.).
pub(crate) const AP_STATES: &[&str] = &[
    "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky",
    "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "N.H", "N.J", "N.M",
    "N.Y", "N.C", "N.D", "Okla", "Ore", "Pa", "R.I", "S.C", "S.D", "Tenn", "Vt", "Va", "Wash",
    "W.Va", "Wis", "Wyo",
];

fn is_abbreviation(w: &str) -> bool {
    matches!(
        w,
        "Mr" | "Mrs"
            | "Ms"
            | "Dr"
            | "Prof"
            | "Gen"
            | "Col"
            | "Lt"
            | "Sgt"
            | "Capt"
            | "Gov"
            | "Sen"
            | "Rep"
            | "St"
            | "Jr"
            | "Sr"
            | "Inc"
            | "Corp"
            | "Ltd"
            | "Co"
            | "Mt"
            | "Maj"
            | "Adm"
            | "Cmdr"
            | "Rev"
            | "Hon"
    ) || AP_STATES.contains(&w)
        || (w.len() <= 3 && w.split('.').all(|p| p.chars().count() == 1) && w.contains('.'))
}

/// The ways to read `w` (a word's key) as proclitics + stem, the bare word first, as
/// `(prefix_bytes, lam_article)`. Proclitics are an optional conjunction (و ف) then an optional
/// preposition (ب ل ك). `lam_article` means ل came before the article ال, whose alef is not
/// written (للعراق = ل + العراق): the stem's key is then `ا` + the rest of the word.
#[inline]
pub fn splits(w: &str) -> Splits {
    let mut out = Splits {
        items: [(0, false); 3],
        next: 0,
        len: 1,
    };
    // This runs several times for every word, so the proclitics are read off the UTF-8
    // bytes: each is a two-byte Arabic letter, and a letter is only looked at right after
    // proclitics, where a char starts.
    let b = w.as_bytes();
    let letter = |i: usize| match b.get(2 * i..2 * i + 2) {
        Some([0xD9, 0x88]) => Some('و'),
        Some([0xD9, 0x81]) => Some('ف'),
        Some([0xD8, 0xA8]) => Some('ب'),
        Some([0xD9, 0x84]) => Some('ل'),
        Some([0xD9, 0x83]) => Some('ك'),
        _ => None,
    };
    // Proclitics are two-byte letters; the stem needs two more letters (≥ 2 bytes each).
    let total = w.len() / 2;
    let is_conj = |c: Option<char>| matches!(c, Some('و' | 'ف'));
    let is_prep = |c: Option<char>| matches!(c, Some('ب' | 'ل' | 'ك'));
    // (chars of prefix, the preposition, the char after it)
    let mut push = |chars: u8, prep: Option<char>, next: Option<char>| {
        // The stem keeps at least two letters.
        if total >= usize::from(chars) + 2 {
            if let Some(slot) = out.items.get_mut(usize::from(out.len)) {
                *slot = (chars * 2, prep == Some('ل') && next == Some('ل'));
                out.len += 1;
            }
        }
    };
    let c0 = letter(0);
    if is_conj(c0) {
        let c1 = letter(1);
        push(1, None, c1);
        if is_prep(c1) {
            push(2, c1, letter(2));
        }
    }
    // A conjunction is no preposition, so a word has three readings at most.
    if is_prep(c0) {
        push(1, c0, letter(1));
    }
    out
}

/// The proclitic readings of one word, from [`splits`]: a small copyable iterator (no
/// allocation, no large array to move), since the rules ask for them many times per word.
#[derive(Debug, Clone, Copy)]
pub struct Splits {
    /// `(prefix_bytes, lam_article)` of each reading.
    items: [(u8, bool); 3],
    /// The next reading to yield.
    next: u8,
    /// How many readings there are.
    len: u8,
}

impl Iterator for Splits {
    type Item = (usize, bool);

    fn next(&mut self) -> Option<(usize, bool)> {
        if self.next >= self.len {
            return None;
        }
        let &(skip, lam) = self.items.get(usize::from(self.next))?;
        self.next += 1;
        Some((usize::from(skip), lam))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = usize::from(self.len.saturating_sub(self.next));
        (n, Some(n))
    }
}

/// The stem of `w` after `prefix` bytes, restoring the alef of ال after ل when `lam_article`.
pub fn stem(w: &str, prefix: usize, lam_article: bool) -> std::borrow::Cow<'_, str> {
    let rest = w.get(prefix..).unwrap_or("");
    if lam_article {
        std::borrow::Cow::Owned(format!("ا{rest}"))
    } else {
        std::borrow::Cow::Borrowed(rest)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_fold_alef_yeh_teh_marbuta_digits_and_marks() {
        assert_eq!(key("أَحْمَد إلى مدرسةٌ ١٢"), "احمد الي مدرسه 12");
        assert_eq!(key("أوکرانیا"), "اوكرانيا");
        assert_eq!(key("Paris"), "paris");
    }

    #[test]
    fn tokens_keep_code_point_offsets() {
        let text = "قال أحمدُ، في «باريس» 2022.";
        let doc = Doc::new(text);
        let chars: Vec<char> = text.chars().collect();
        let words: Vec<String> = doc
            .tokens
            .iter()
            .map(|t| chars[t.start..t.end].iter().collect())
            .collect();
        assert_eq!(
            words,
            ["قال", "أحمدُ", "،", "في", "«", "باريس", "»", "2022", "."]
        );
        assert_eq!(doc.tkey(1), "احمد");
    }

    #[test]
    fn latin_abbreviations_keep_their_dot() {
        let doc = Doc::new("Mr. Smith met U.S. officials.");
        let chars: Vec<char> = "Mr. Smith met U.S. officials.".chars().collect();
        let words: Vec<String> = doc
            .tokens
            .iter()
            .map(|t| chars[t.start..t.end].iter().collect())
            .collect();
        assert_eq!(words, ["Mr.", "Smith", "met", "U.S.", "officials", "."]);
    }

    #[test]
    fn byte_level_splits_match_a_reading_by_chars() {
        // The definition, char by char: conjunction, then preposition, two letters left.
        fn by_chars(w: &str) -> Vec<(usize, bool)> {
            let c: Vec<char> = w.chars().collect();
            let n = w.len() / 2;
            let prep = |i: usize| matches!(c.get(i), Some('ب' | 'ل' | 'ك'));
            let lam = |i: usize| c.get(i) == Some(&'ل') && c.get(i + 1) == Some(&'ل');
            let mut out = vec![(0, false)];
            if matches!(c.first(), Some('و' | 'ف')) {
                if n >= 3 {
                    out.push((2, false));
                }
                if prep(1) && n >= 4 {
                    out.push((4, lam(1)));
                }
            }
            if prep(0) && n >= 3 {
                out.push((2, lam(0)));
            }
            out
        }
        for w in [
            "وللعراق",
            "فبالمدينة",
            "كالعادة",
            "للسلام",
            "ولبنان",
            "بلل",
            "ول",
            "وبه",
            "ككل",
            "و",
            "فل",
            "Berlin",
            "وé",
            "éو",
            "ل1",
            "وكالة",
            "فلسطين",
        ] {
            let k = key(w);
            assert_eq!(splits(&k).collect::<Vec<_>>(), by_chars(&k), "{w}");
        }
    }

    #[test]
    fn proclitic_splits() {
        let s: Vec<(usize, bool)> = splits("وللعراق").collect();
        assert!(s.contains(&(0, false)));
        assert!(s.contains(&("ول".len(), true)));
        let s: Vec<(usize, bool)> = splits("وروسيا").collect();
        assert!(s.contains(&("و".len(), false)));
        let s: Vec<(usize, bool)> = splits("بالعراق").collect();
        assert!(s.contains(&("ب".len(), false)));
        assert_eq!(stem("للعراق", "ل".len(), true), "العراق");
        assert_eq!(splits("و").count(), 1);
    }
}
