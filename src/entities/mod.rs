//! Named entities in Arabic and English: gazetteers, clitics, rules, ids.
//!
//! # How it works
//! 1. [`tokens::Doc`] cuts the text into words with code-point offsets and writes every word's
//!    search key into one string, with a map back to the original.
//! 2. [`gazetteer`] matches places, nationalities and well-known organizations on those keys
//!    with one Aho-Corasick automaton, at word starts after any proclitic (و ف ب ل ك، لل).
//! 3. The `arabic` and `english` rules find persons (titles, roles, verbs of saying, given names)
//!    and organizations (heads and their modifiers, capitalized names).
//! 4. Overlaps are resolved (longest first), surnames of the persons found are looked for
//!    again in the whole text, and dates come from [`crate::dates`].
//!
//! A mention never includes a proclitic, and `text == chars[start..end]` always.
//!
//! Conventions: a descriptor before a proper name stays outside the mention (صحيفة «لوموند»
//! gives لوموند; وزارة الدفاع الروسية is a name and stays whole); ل + the article (للعراق)
//! gives the mention لعراق with the search key العراق; a person's title or role goes to
//! `role`. Measure with `cargo run --release --example ner_eval -- ../shared/corpus/ner 20`
//! (or `khabar eval`), speed with `cargo bench --bench entities`.

mod arabic;
mod english;
pub mod gazetteer;
mod lexicon;
pub mod tokens;

use std::collections::{HashMap, HashSet};

use crate::model::{Entity, EntityType};
use tokens::{splits, stem, Doc, Kind};

/// What is known about the article around the text.
#[derive(Debug, Clone, Default)]
pub struct Context {
    /// The article's published_at, for resolving relative dates.
    pub published_at: Option<String>,
}

/// Which rule proposed a candidate; earlier variants win ties between equally long spans.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Source {
    /// A well-known name from the gazetteer.
    Known,
    /// A person after a title, role or verb of saying.
    Cued,
    /// A place from the gazetteer.
    Place,
    /// A person starting with a known given name.
    Given,
    /// An organization by its head.
    Head,
    /// An English capitalized span.
    Caps,
    /// A surname seen earlier in a full name.
    Propagated,
    /// A short name in brackets right after a name: its acronym or alias (… (فتح)).
    Alias,
    /// Two places or persons joined by a hyphen in one word (Baghdad-Damascus): split into
    /// two mentions at output.
    Pair,
}

impl Source {
    fn name(self) -> &'static str {
        match self {
            Source::Known => "known",
            Source::Cued => "cued",
            Source::Place => "place",
            Source::Given => "given",
            Source::Head => "head",
            Source::Caps => "caps",
            Source::Propagated => "propagated",
            Source::Alias => "alias",
            Source::Pair => "pair",
        }
    }
}

/// A proposed mention over tokens `first..=last`.
#[derive(Debug, Clone)]
pub(crate) struct Cand {
    first: usize,
    last: usize,
    /// Proclitic key bytes skipped in the first token.
    skip: usize,
    kind: EntityType,
    source: Source,
    id: Option<&'static str>,
    /// The role's code-point range, for persons.
    role: Option<(usize, usize)>,
    /// The search key when it differs from the mention's own (ل + ال: للعراق → العراق).
    norm: Option<String>,
    /// Code points to drop at the end (English possessive 's).
    trim_end: usize,
}

impl Cand {
    fn new(first: usize, last: usize, skip: usize, kind: EntityType, source: Source) -> Cand {
        Cand {
            first,
            last,
            skip,
            kind,
            source,
            id: None,
            role: None,
            norm: None,
            trim_end: 0,
        }
    }

    fn with_role(mut self, start: usize, end: usize) -> Cand {
        if end > start {
            self.role = Some((start, end));
        }
        self
    }

    fn span(&self, doc: &Doc) -> (usize, usize) {
        let start = doc.start_after(self.first, self.skip);
        let end = doc
            .tokens
            .get(self.last)
            .map(|t| t.end)
            .unwrap_or(start)
            .saturating_sub(self.trim_end)
            .max(start);
        (start, end)
    }
}

/// Per-token facts computed once: the gazetteer hit starting at the token and the class
/// bits of its readings (bare and after each proclitic).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Info {
    /// Classes of the bare word.
    bare: u16,
    /// Classes of any reading.
    any: u16,
    /// For each class bit: the proclitic bytes of the first reading in that class (0xFF: none).
    skip: [u8; 10],
}

/// A tokenized text with its per-token facts; derefs to the [`Doc`].
pub(crate) struct Ana {
    doc: Doc,
    info: Vec<Info>,
    gaz: Vec<Option<gazetteer::Hit>>,
}

impl std::ops::Deref for Ana {
    type Target = Doc;
    fn deref(&self) -> &Doc {
        &self.doc
    }
}

impl Ana {
    fn new(doc: Doc) -> Ana {
        let n = doc.tokens.len();
        let mut info = vec![Info::default(); n];
        let mut gaz = Vec::with_capacity(n);
        for (t, tok) in doc.tokens.iter().enumerate() {
            if tok.kind != Kind::Arabic {
                gaz.push(gazetteer::longest_at(&doc, t));
                continue;
            }
            let w = doc.tkey(t);
            let next = doc.tkey(t + 1);
            let inf = &mut info[t];
            inf.skip = [0xFF; 10];
            // Whether the automaton can match some reading: a match ends where a token ends,
            // so it is the reading itself (a one-word entry) or runs over the next token whole.
            // A reading after ل + the article may also match its ل-variant: always tried.
            let mut may_match = false;
            for (skip, lam) in splits(w) {
                let st = stem(w, skip, lam);
                let c = lexicon::classes(&st);
                if skip == 0 {
                    inf.bare = c;
                }
                inf.any |= c;
                for (bit, slot) in inf.skip.iter_mut().enumerate() {
                    if c & (1 << bit) != 0 && *slot == 0xFF {
                        *slot = skip as u8;
                    }
                }
                may_match = may_match
                    || lam
                    || c & lexicon::class::GAZ_WORD != 0
                    || c & lexicon::class::GAZ_FIRST != 0 && gazetteer::may_continue(&st, next);
                // ل + a name that starts with ل (للبنان، لليبيا): the automaton reads that too.
                if lam {
                    let plain = w.get(skip..).map_or(0, lexicon::classes);
                    inf.any |= plain & lexicon::class::GAZ_FIRST;
                }
            }
            // Arabic entries start with a whole word: run the automaton only where some
            // reading of the token is the first word of one and may match.
            let hit = if inf.any & lexicon::class::GAZ_FIRST != 0 && may_match {
                gazetteer::longest_at(&doc, t)
            } else {
                None
            };
            gaz.push(hit);
        }
        Ana { doc, info, gaz }
    }

    /// The gazetteer hit starting at token `t`. Known persons are left out: to the name
    /// rules they are words of a name, not places or bodies that end one.
    pub(crate) fn gaz(&self, t: usize) -> Option<&gazetteer::Hit> {
        let h = self.gaz.get(t).and_then(Option::as_ref);
        h.filter(|h| h.entry.kind != gazetteer::GKind::Per)
    }

    /// The proclitic bytes of the first reading of `t` in class `bit`.
    pub(crate) fn skip_for(&self, t: usize, bit: u16) -> Option<usize> {
        let i = bit.trailing_zeros() as usize;
        let s = *self.info.get(t)?.skip.get(i)?;
        (s != 0xFF).then_some(s as usize)
    }

    /// Classes of the bare word `t` (no proclitic read off).
    pub(crate) fn bare_classes(&self, t: usize) -> u16 {
        self.info.get(t).map(|i| i.bare).unwrap_or(0)
    }

    /// Classes of any reading of `t`.
    pub(crate) fn any(&self, t: usize) -> u16 {
        self.info.get(t).map(|i| i.any).unwrap_or(0)
    }
}

/// Finds the entities in `text` (language tag `lang`), sorted by start, offsets in code points.
pub fn extract(text: &str, lang: &str, ctx: &Context) -> Vec<Entity> {
    extract_explained(text, lang, ctx)
        .into_iter()
        .map(|(e, _)| e)
        .collect()
}

/// [`extract`], with the name of the rule that found each entity (for the evaluation's
/// error listings).
pub fn extract_explained(text: &str, lang: &str, ctx: &Context) -> Vec<(Entity, &'static str)> {
    extract_inner(text, lang, ctx, true)
}

/// Persons, places and organizations only: [`extract`] without the date scan, for callers
/// that do not want dates (and to time the name rules alone).
pub fn extract_names(text: &str, lang: &str) -> Vec<Entity> {
    extract_inner(text, lang, &Context::default(), false)
        .into_iter()
        .map(|(e, _)| e)
        .collect()
}

fn extract_inner(
    text: &str,
    lang: &str,
    ctx: &Context,
    with_dates: bool,
) -> Vec<(Entity, &'static str)> {
    let _ = lang;
    let doc = Ana::new(Doc::new(text));
    let mut cands: Vec<Cand> = Vec::new();
    gazetteer_pass(&doc, &mut cands);
    arabic::rules(&doc, &mut cands);
    let lowercase = english::lowercase_words(&doc);
    english::rules(&doc, &lowercase, &mut cands);
    gazetteer::lend_roles(&doc, &mut cands);
    let mut chosen = resolve(&doc, cands);
    given_before_known(&doc, &mut chosen);
    foreign_given_before(&doc, &mut chosen);
    aliases(&doc, &mut chosen);
    propagate(&doc, &lowercase, &mut chosen);
    chosen.retain(|c| !(c.kind == EntityType::Person && named_after(&doc, c.first)));
    let mut chosen = resolve(&doc, chosen);
    sports_teams(&doc, &mut chosen);
    quoted_places_after_heads(&doc, &mut chosen);
    club_names(&doc, &mut chosen);
    english::sports(&doc, &mut chosen);
    joins(&doc, &mut chosen);

    let chars: Vec<char> = text.chars().collect();
    let mut out: Vec<(Entity, &'static str)> = Vec::with_capacity(chosen.len() + 4);
    for c in &chosen {
        let (start, end) = c.span(&doc);
        let Some(slice) = chars.get(start..end) else {
            continue;
        };
        if slice.is_empty() {
            continue;
        }
        let mention: String = slice.iter().collect();
        if c.source == Source::Pair {
            if let Some(h) = slice.iter().position(|&ch| ch == '-') {
                for (s, e) in [(start, start + h), (start + h + 1, end)] {
                    let part: String = chars.get(s..e).unwrap_or_default().iter().collect();
                    let normalized = tokens::key(&part);
                    let id = gazetteer::lookup(&normalized).and_then(|en| en.id);
                    out.push((
                        Entity {
                            text: part,
                            kind: c.kind,
                            start: s,
                            end: e,
                            normalized,
                            value: None,
                            id: id.map(str::to_string),
                            role: None,
                        },
                        c.source.name(),
                    ));
                }
                continue;
            }
        }
        let normalized = c.norm.clone().unwrap_or_else(|| tokens::key(&mention));
        let role = c
            .role
            .and_then(|(s, e)| chars.get(s..e))
            .map(|r| r.iter().collect::<String>());
        // Vowel marks written in the text decide between homographs (عمّان is Amman).
        let id =
            c.id.map(|id| gazetteer::reading_for_marks(&mention, id).unwrap_or(id));
        out.push((
            Entity {
                text: mention,
                kind: c.kind,
                start,
                end,
                normalized,
                value: None,
                id: id.map(str::to_string),
                role,
            },
            c.source.name(),
        ));
    }
    // Relative dates (أمس، يوم الجمعة) resolve against the article's published date.
    let dates = if with_dates {
        crate::dates::find_with_reference(text, ctx.published_at.as_deref())
    } else {
        Vec::new()
    };
    // Name spans sorted by start; they do not overlap, so their ends are sorted too and one
    // binary search tells whether a date overlaps any of them.
    let mut names: Vec<(usize, usize)> = out.iter().map(|(e, _)| (e.start, e.end)).collect();
    names.sort_unstable();
    for d in dates {
        let Some(slice) = chars.get(d.start..d.end) else {
            continue;
        };
        let i = names.partition_point(|&(_, end)| end <= d.start);
        let overlaps = names
            .get(i..)
            .unwrap_or_default()
            .iter()
            .take_while(|&&(start, _)| start < d.end)
            .any(|&(_, end)| d.start < end);
        if overlaps {
            continue;
        }
        let mention: String = slice.iter().collect();
        out.push((
            Entity {
                normalized: tokens::key(&mention),
                text: mention,
                kind: EntityType::Date,
                start: d.start,
                end: d.end,
                value: Some(d.value),
                id: None,
                role: None,
            },
            "date",
        ));
    }
    out.sort_by_key(|(e, _)| (e.start, e.end));
    out
}

/// Places and well-known organizations from the gazetteer, longest first at each word.
fn gazetteer_pass(doc: &Ana, cands: &mut Vec<Cand>) {
    let mut t = 0;
    while t < doc.tokens.len() {
        if let Some(h) = doc.gaz.get(t).and_then(Option::as_ref) {
            let kind = match h.entry.kind {
                gazetteer::GKind::Loc => Some((EntityType::Location, Source::Place)),
                gazetteer::GKind::Org => Some((EntityType::Organization, Source::Known)),
                gazetteer::GKind::Per => Some((EntityType::Person, Source::Known)),
                gazetteer::GKind::Dem => None,
            };
            // A one-word place spelled like a function word (كيف) is the function word; one
            // shaped like a feminine nisba (السعودية) after a definite feminine noun is its
            // adjective (الأميرة السعودية، العاصمة السعودية).
            let function_word = h.first == h.last
                && (lexicon::STOP.has(h.entry.key.as_str()) || nisba_adjective(doc, h));
            if let Some((kind, source)) = kind.filter(|_| !function_word) {
                // محافظة الأنبار: the place is named after its generic word.
                let generic = kind == EntityType::Location
                    && h.last > h.first
                    && doc
                        .tkey(h.first)
                        .get(h.skip..)
                        .is_some_and(|w| lexicon::SUBDIVISION_WORDS.has(w));
                let mut c = if generic {
                    Cand::new(h.first + 1, h.last, 0, kind, source)
                } else {
                    Cand::new(h.first, h.last, h.skip, kind, source)
                };
                c.id = h.entry.id;
                let own = doc
                    .key
                    .get(doc.tokens[h.first].kstart + h.skip..doc.tokens[h.last].kend)
                    .unwrap_or("");
                if own != h.entry.key && !generic {
                    c.norm = Some(h.entry.key.clone());
                }
                // A body named by common words takes its country's adjective into the name
                // (الهلال الأحمر الإماراتي، الحرس الثوري الإيراني); a proper name does not
                // (ريال مدريد الإسباني is the club, described).
                if kind == EntityType::Organization && generic_words_org(doc, h) {
                    c.last = h.last + 1;
                    c.norm = None;
                }
                cands.push(c);
            }
            t = h.last + 1;
        } else {
            t += 1;
        }
    }
}

/// A well-known Arabic body named by two or more words with the article, common words
/// (الهلال الأحمر) rather than a proper name, with a definite nationality adjective right
/// after it.
fn generic_words_org(doc: &Ana, h: &gazetteer::Hit) -> bool {
    let next = h.last + 1;
    h.last > h.first
        && doc
            .tokens
            .get(next)
            .is_some_and(|x| x.kind == Kind::Arabic && !x.line_before)
        && doc.tkey(next).starts_with("ال")
        && doc
            .gaz(next)
            .is_some_and(|d| d.entry.kind == gazetteer::GKind::Dem && d.skip == 0)
        && (h.first..=h.last).all(|i| {
            let w = doc
                .tkey(i)
                .get(if i == h.first { h.skip } else { 0 }..)
                .unwrap_or("");
            doc.tokens[i].kind == Kind::Arabic
                && w.starts_with("ال")
                && doc
                    .gaz(i)
                    .is_none_or(|g| g.entry.kind == gazetteer::GKind::Org)
        })
}

/// A one-word place named like a feminine nisba (السعودية) right after a definite feminine
/// common noun (الأميرة، للكرة), which it then qualifies.
fn nisba_adjective(doc: &Ana, h: &gazetteer::Hit) -> bool {
    let key = h.entry.key.as_str();
    if h.skip != 0 || !key.starts_with("ال") || !key.ends_with("يه") || h.first == 0 {
        return false;
    }
    let prev = h.first - 1;
    let w = doc.tkey(prev);
    doc.tokens[prev].kind == Kind::Arabic
        && !doc.tokens[h.first].line_before
        && w.ends_with('ه')
        && doc.gaz(prev).is_none()
        && splits(w).any(|(skip, lam)| {
            let st = stem(w, skip, lam);
            st.starts_with("ال") && st.chars().count() >= 5
        })
}

/// Keeps non-overlapping candidates: longer spans first, then by rule strength.
fn resolve(doc: &Doc, mut cands: Vec<Cand>) -> Vec<Cand> {
    cands.sort_by_key(|c| (std::cmp::Reverse(c.last - c.first), c.source, c.first));
    let mut taken = vec![false; doc.tokens.len()];
    let mut out = Vec::with_capacity(cands.len());
    for c in cands {
        if c.last >= taken.len() || c.first > c.last {
            continue;
        }
        if taken[c.first..=c.last].iter().any(|&x| x) {
            continue;
        }
        for x in &mut taken[c.first..=c.last] {
            *x = true;
        }
        out.push(c);
    }
    out.sort_by_key(|c| c.first);
    out
}

/// Verbs and verbal nouns of a match result; a place right after them and على/مع/أمام is
/// the team that played (فاز على اليابان، تعادل مع بلغراد، خسارته أمام فرنسا).
pub(crate) const MATCH_WORDS: &[&str] = &[
    "فاز",
    "فازت",
    "الفوز",
    "فوز",
    "فوزه",
    "فوزها",
    "تغلب",
    "تغلبت",
    "التغلب",
    "تعادل",
    "تعادلت",
    "التعادل",
    "خسر",
    "خسرت",
    "خسارته",
    "خسارتها",
    "هزيمته",
    "هزيمتها",
    "انتصر",
    "انتصرت",
    "انتصاره",
    "انتصارها",
    "هزم",
    "هزمت",
    "حسم",
    // Nouns of a match: مباراة العنابي مع اليابان.
    "مباراه",
    "مباراتي",
    "مواجهه",
];

/// A match noun right before a team (مباراة اليابان، مواجهة كندا).
const MATCH_NOUNS: &[&str] = &["مباراه", "مباراتي", "مواجهه", "لمباراه", "لمواجهه"];

/// Words for the other side of a match, right before a team's name (ضيفه بلغراد).
const OPPONENT_WORDS: &[&str] = &[
    "ضيفه",
    "ضيفها",
    "مضيفه",
    "مضيفها",
    "جاره",
    "جارها",
    "غريمه",
    "غريمها",
    "منافسه",
    "منافسها",
];

/// A member, the goal or the coach of a team, right before its name (لاعب بيلباو، مرمى
/// فالنسيا، مدرب البرازيل): the place named there is the team, and so is a foreign word in
/// no list (سائق ماكلارين, in the Arabic rules).
pub(crate) const MEMBER_WORDS: &[&str] = &[
    "سائق",
    "لاعب",
    "لاعبو",
    "لاعبي",
    "مهاجم",
    "مدافع",
    "حارس",
    "مدرب",
    "مرمي",
    "شباك",
    "مشجعي",
];

/// Words that start the name of a sports club before a city (ريال، أتلتيكو، ديبورتيفو).
pub(crate) const CLUB_WORDS: &[&str] = &[
    "ريال",
    "اتلتيكو",
    "اتليتكو",
    "اتلتيك",
    "ديبورتيفو",
    "سبورتينغ",
    "سبورتنغ",
    "ريسينغ",
    "راسينغ",
    "اولمبيك",
    "اولمبياكوس",
    "دينامو",
    "سبارتاك",
    "لوكوموتيف",
    "بوروسيا",
];

/// The key of token `t` without a leading و/ف (وحسم، فتعادل).
fn bare_key(doc: &Doc, t: usize, set: &[&str]) -> bool {
    let k = doc.tkey(t);
    set.contains(&k)
        || k.strip_prefix(['و', 'ف'])
            .is_some_and(|r| r.chars().count() >= 3 && set.contains(&r))
}

/// A place named as a side of a match is the team (metonymy): الفوز على اليابان، ضيفه بورتو،
/// فازت الهند على كندا; a club word before a city makes a club (سبورتينغ لشبونة).
/// Places coordinated right after such a team are teams too (على فرنسا وإسبانيا وكندا), and
/// so is a place right after فريق/منتخب/نادي.
fn sports_teams(doc: &Doc, chosen: &mut [Cand]) {
    let n = doc.tokens.len();
    let mut prev_team_end: Option<usize> = None;
    for c in chosen.iter_mut() {
        if c.kind != EntityType::Location || c.source != Source::Place {
            continue;
        }
        let f = c.first;
        let prev = |d: usize| (f >= d).then(|| f - d);
        let after_match = c.skip == 0
            && prev(1).is_some_and(|p| {
                matches!(doc.tkey(p), "علي" | "على" | "مع" | "امام")
                    && (2..=5).any(|d| {
                        prev(d).is_some_and(|q| {
                            bare_key(doc, q, MATCH_WORDS)
                                && (q + 1..f).all(|x| {
                                    doc.tokens[x].kind == tokens::Kind::Arabic
                                        && !doc.tokens[x].line_before
                                })
                        })
                    })
            });
        let opponent = c.skip == 0 && prev(1).is_some_and(|p| bare_key(doc, p, OPPONENT_WORDS));
        let subject = c.skip == 0
            && prev(1).is_some_and(|p| bare_key(doc, p, MATCH_WORDS))
            && c.last + 1 < n
            && matches!(doc.tkey(c.last + 1), "علي" | "على" | "مع" | "امام");
        let coordinated = c.skip == 2
            && doc.tkey(f).starts_with('و')
            && prev_team_end.is_some_and(|e| e + 1 == f)
            || c.skip == 0
                && prev(1).is_some_and(|p| doc.tkey(p) == "و")
                && prev_team_end.is_some_and(|e| e + 2 == f);
        let match_noun = c.skip == 0
            && prev(1)
                .is_some_and(|p| bare_key(doc, p, MATCH_NOUNS) || bare_key(doc, p, MEMBER_WORDS));
        let club = c.skip == 0
            && prev(1)
                .is_some_and(|p| CLUB_WORDS.contains(&doc.tkey(p)) && !doc.tokens[p].line_before);
        if club {
            c.first -= 1;
        }
        // فريق قطر، منتخب مصر، نادي موناكو (not شركة مصر للطيران: the head takes that).
        let team = c.skip == 0
            && prev(1).is_some_and(|p| {
                let w = doc.tkey(p);
                splits(w).any(|(skip, lam)| {
                    !lam && matches!(stem(w, skip, lam).as_ref(), "فريق" | "منتخب" | "نادي")
                })
            });
        if after_match || opponent || subject || coordinated || club || team || match_noun {
            c.kind = EntityType::Organization;
            c.id = None;
            prev_team_end = Some(c.last);
        }
    }
}

/// A place in quotes right after a head that takes a name is the body's name (وكالة "إسنا"،
/// قناة "الجزيرة"، شركة "قطر"): the quotes say the word is a name, the head whose.
fn quoted_places_after_heads(doc: &Ana, chosen: &mut [Cand]) {
    for c in chosen.iter_mut() {
        if c.kind != EntityType::Location || c.skip != 0 || c.first < 2 {
            continue;
        }
        let q = c.first - 1;
        let quoted = doc.tokens[q].kind == Kind::Punct
            && matches!(doc.tkey(q), "\"" | "“" | "«" | "”")
            && doc
                .tokens
                .get(c.last + 1)
                .is_some_and(|x| x.kind == Kind::Punct);
        let w = doc.tkey(q - 1);
        let head =
            splits(w).any(|(skip, lam)| !lam && lexicon::ORG_NAMED_HEADS.has(&stem(w, skip, lam)));
        if quoted && head {
            c.kind = EntityType::Organization;
            c.id = None;
        }
    }
}

/// Words of a sports report: with two of them, a text is one (keys).
const SPORT_WORDS: &[&str] = &[
    "مباراه",
    "المباراه",
    "الدوري",
    "هدف",
    "هدفين",
    "اهداف",
    "الشوط",
    "الملعب",
    "ملعب",
    "المدرب",
    "مدرب",
    "لاعب",
    "اللاعب",
    "بطوله",
    "البطوله",
    "الجوله",
    "شباك",
    "نقاط",
    "نقطه",
    "التعادل",
    "الفوز",
    "المنتخب",
    "الكاس",
];

/// Words with the article that name a side of a match without naming a club (فاز الفريق على
/// ضيفه، تعادل المنتخب مع الضيوف).
const NO_CLUB_WORDS: &[&str] = &[
    "العربي",
    "العربيه",
    "العاصمه",
    "الفريق",
    "المنتخب",
    "النادي",
    "الضيوف",
    "الضيف",
    "المضيف",
    "الخصم",
    "المنافس",
    "الاول",
    "الثاني",
    "الاخير",
    "اللقب",
    "المباراه",
    "الدوري",
];

/// Clubs named by one word with the article (الهلال، الخليج، الفتح) in a sports report: a word
/// that a team cue makes a club (فريق الهلال السعودي; فاز الفتح على أبها) names the club
/// wherever else the report writes it alone, within an article's reach of the cue.
fn club_names(doc: &Ana, chosen: &mut Vec<Cand>) {
    let frequent = lexicon::class::COMMON | lexicon::class::VOCAB;
    let bare_classes = |k: &str| lexicon::classes(k.get("ال".len()..).unwrap_or(""));
    let club_word = |t: usize| {
        let k = doc.tkey(t);
        doc.tokens.get(t).is_some_and(|x| x.kind == Kind::Arabic)
            && k.starts_with("ال")
            && k.chars().count() >= 4
            && !NO_CLUB_WORDS.contains(&k)
            && !ordinal(k)
            && lexicon::classes(k)
                & (lexicon::class::STOP | lexicon::class::TITLE | lexicon::class::DEM)
                == 0
            && doc
                .gaz(t)
                .is_none_or(|h| !h.entry.id.is_some_and(|i| i.starts_with("iso3166:")))
    };
    // Where each club word was made one by a cue (token index).
    let mut clubs: Vec<(&str, usize)> = Vec::new();
    // Built only once a result is met: most texts are no sports report.
    let mut taken: Option<Vec<bool>> = None;
    // After a team head with the club's nationality (فريق الهلال السعودي), or a word of no
    // frequency table (نادي الزمالك): فريق الدفاع is a defence.
    for c in chosen.iter() {
        if c.kind != EntityType::Organization || c.skip != 0 || c.first == 0 {
            continue;
        }
        let with_dem =
            c.last == c.first + 1 && lexicon::classes(doc.tkey(c.last)) & lexicon::class::DEM != 0;
        let rare = c.last == c.first && bare_classes(doc.tkey(c.first)) & frequent == 0;
        let w = doc.tkey(c.first - 1);
        let after_team_head = splits(w)
            .any(|(skip, lam)| !lam && matches!(stem(w, skip, lam).as_ref(), "فريق" | "نادي"));
        if after_team_head && (with_dem || rare) && club_word(c.first) {
            clubs.push((doc.tkey(c.first), c.first));
        }
    }
    // A feminine word with a masculine nationality after it names a club, whose word
    // (النادي) the adjective agrees with: الحكمة اللبناني، المنامة البحريني، الوحدة الإماراتي.
    for t in 0..doc.tokens.len().saturating_sub(1) {
        // The nationality first: it is rare.
        let d = doc.tkey(t + 1);
        if !d.ends_with('ي') || !d.starts_with("ال") || !doc.tkey(t).ends_with('ه') {
            continue;
        }
        let w = doc.tkey(t);
        // With the conjunction too (والحكمة اللبناني).
        let k = w
            .strip_prefix('و')
            .filter(|b| b.starts_with("ال"))
            .unwrap_or(w);
        // As a side of a result or an item of a list: after a noun in construct the
        // adjective is that noun's (وزير الخارجية الروسي).
        let prev = if t > 0 { doc.tkey(t - 1) } else { "" };
        let side = matches!(prev, "علي" | "على" | "مع" | "امام")
            || t > 0 && bare_key(doc, t - 1, MATCH_WORDS)
            || k.len() < w.len() && matches!(prev, "،" | ",");
        if !side
            || !k.starts_with("ال")
            || doc.tokens[t + 1].line_before
            || doc.tokens[t].kind != Kind::Arabic
            || k.chars().count() < 5
            || NO_CLUB_WORDS.contains(&k)
            || SPORT_WORDS.contains(&k)
            || lexicon::classes(k) & (lexicon::class::STOP | lexicon::class::TITLE) != 0
            // The nationality of the person named next (على البطولة القطري عبد الله).
            || lexicon::GIVEN.has(doc.tkey(t + 2))
            || doc.gaz(t).is_some_and(|h| h.entry.id.is_some_and(|i| i.starts_with("iso3166:")))
        {
            continue;
        }
        if doc.gaz(t + 1).is_some_and(|h| {
            h.entry.kind == gazetteer::GKind::Dem && h.skip == 0 && h.last == t + 1
        }) {
            clubs.push((k, t));
        }
    }
    // The two sides of a result where the other side is a club already or a place (فاز
    // الفتح على أبها، تعادل الهلال مع النصر).
    let is_club = |t: usize, clubs: &[(&str, usize)]| {
        clubs.iter().any(|&(k, _)| k == doc.tkey(t))
            || chosen
                .iter()
                .any(|c| c.first == t && c.last == t && c.kind == EntityType::Organization)
    };
    for t in 1..doc.tokens.len().saturating_sub(2) {
        // The preposition first: it is rare, the word list is long.
        if !matches!(doc.tkey(t + 1), "علي" | "على" | "مع" | "امام")
            || doc.tokens[t + 2].line_before
            || !bare_key(doc, t - 1, MATCH_WORDS)
        {
            continue;
        }
        let tk = taken.get_or_insert_with(|| covered(doc, chosen));
        for (side, other) in [(t, t + 2), (t + 2, t)] {
            if !tk[side] && club_word(side) && (is_club(other, &clubs) || club_word(other)) {
                let rare_other = bare_classes(doc.tkey(other)) & frequent == 0;
                if is_club(other, &clubs) || rare_other {
                    clubs.push((doc.tkey(side), side));
                }
            }
        }
    }
    // Only in a sports report (two of its words): فريق الدفاع of a court report is no club.
    let sport = || {
        doc.tokens
            .iter()
            .enumerate()
            .filter(|&(t, x)| x.kind == Kind::Arabic && bare_key(doc, t, SPORT_WORDS))
            .take(2)
            .count()
            >= 2
    };
    if clubs.is_empty() || !sport() {
        return;
    }
    let near = |k: &str, t: usize| {
        clubs
            .iter()
            .any(|&(c, at)| c == k && at.abs_diff(t) <= SURNAME_WINDOW)
    };
    let mut extra = Vec::new();
    let mut taken = taken.unwrap_or_else(|| covered(doc, chosen));
    for (t, tok) in doc.tokens.iter().enumerate() {
        if tok.kind != Kind::Arabic {
            continue;
        }
        let w = doc.tkey(t);
        let Some((skip, _)) =
            splits(w).find(|&(skip, lam)| !lam && near(stem(w, skip, lam).as_ref(), t))
        else {
            continue;
        };
        // A place the gazetteer read alone is the club here (الخليج): it turns.
        if let Some(c) = chosen
            .iter_mut()
            .find(|c| c.first == t && c.last == t && c.kind == EntityType::Location)
        {
            c.kind = EntityType::Organization;
            c.id = None;
            continue;
        }
        if taken[t] {
            continue;
        }
        taken[t] = true;
        extra.push(Cand::new(
            t,
            t,
            skip,
            EntityType::Organization,
            Source::Propagated,
        ));
    }
    if !extra.is_empty() {
        chosen.extend(extra);
        chosen.sort_by_key(|c| (c.first, c.last));
    }
}

/// An ordinal with the article (الأول، الثانية، العاشر), which ranks, never names a club.
fn ordinal(k: &str) -> bool {
    const STEMS: &[&str] = &[
        "اول", "ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع", "عاشر", "اخير",
    ];
    k.strip_prefix("ال").is_some_and(|st| {
        STEMS.iter().any(|o| {
            st == *o
                || st
                    .strip_prefix(o)
                    .is_some_and(|r| matches!(r, "ه" | "ي" | "ين" | "ان"))
        })
    })
}

/// A name of one to three words in brackets right after an organization is its acronym or
/// short name (حركة التحرير الوطني الفلسطيني (فتح)، منظمة التجارة العالمية (WTO)); after a
/// person, a kunya is the person's (محمود عباس (أبو مازن)). `chosen` is sorted by start.
fn aliases(doc: &Ana, chosen: &mut Vec<Cand>) {
    let n = doc.tokens.len();
    let is = |t: usize, p: &str| t < n && doc.tokens[t].kind == Kind::Punct && doc.tkey(t) == p;
    let mut extra = Vec::new();
    for (i, c) in chosen.iter().enumerate() {
        if !matches!(c.kind, EntityType::Organization | EntityType::Person) || !is(c.last + 1, "(")
        {
            continue;
        }
        let open = c.last + 1;
        let Some(close) = (open + 2..=open + 4).find(|&x| is(x, ")")) else {
            continue;
        };
        let inner = open + 1..close;
        // Words only, in no other mention, none a function word or a place (… (الفرنسية)
        // credits an agency; (أرشيف) is no name).
        let words_ok = inner.clone().all(|x| {
            let tok = &doc.tokens[x];
            let k = doc.tkey(x);
            matches!(tok.kind, Kind::Arabic | Kind::Latin)
                && !tok.line_before
                && !lexicon::STOP.has(k)
                && !lexicon::EN_STOP_SET.has(k)
                && doc
                    .gaz(x)
                    .is_none_or(|h| h.entry.kind == gazetteer::GKind::Org)
                && lexicon::classes(k) & (lexicon::class::DEM | lexicon::class::COMMON) == 0
        });
        let next_free = chosen.get(i + 1).is_none_or(|d| d.first >= close);
        if !words_ok || !next_free {
            continue;
        }
        let ok = match c.kind {
            EntityType::Organization => true,
            _ => matches!(doc.tkey(open + 1), "ابو" | "ام") && close > open + 2,
        };
        if ok {
            extra.push(Cand::new(open + 1, close - 1, 0, c.kind, Source::Alias));
        }
    }
    if !extra.is_empty() {
        chosen.extend(extra);
        chosen.sort_by_key(|c| c.first);
    }
}

/// Mentions that make one name with the next (`chosen` sorted by start):
/// - a region and its country (كردستان العراق);
/// - a body and, after ل + the article, the body it belongs to (الجمعية العامة للاتحاد
///   الدولي لكرة القدم);
/// - a body and its short name in quotes right after it (وكالة الأنباء الفلسطينية "وفا").
fn joins(doc: &Ana, chosen: &mut Vec<Cand>) {
    let mut out: Vec<Cand> = Vec::with_capacity(chosen.len());
    let mut i = 0;
    while i < chosen.len() {
        let mut a = chosen[i].clone();
        i += 1;
        // The quoted name: its words must be in no mention, or in one mention that ends
        // inside the quotes (لاتينا read as a place).
        if a.kind == EntityType::Organization && a.last > a.first && a.role.is_none() {
            if let Some((f, l)) = arabic::tight_quoted_name(doc, a.last + 1) {
                let inside = chosen
                    .get(i)
                    .is_none_or(|b| b.first > l + 1 || b.first >= f && b.last <= l);
                let after = chosen.get(i + 1).is_none_or(|b| b.first > l + 1);
                if inside
                    && after
                    && (f..=l).all(|t| {
                        doc.tokens[t].kind == Kind::Arabic || doc.tokens[t].kind == Kind::Latin
                    })
                {
                    if chosen.get(i).is_some_and(|b| b.first <= l) {
                        i += 1;
                    }
                    a.last = l + 1;
                    a.norm = None;
                    out.push(a);
                    continue;
                }
            }
        }
        while let Some(b) = chosen.get(i).filter(|b| b.first == a.last + 1) {
            let region = a.kind == EntityType::Location
                && b.kind == EntityType::Location
                && b.skip == 0
                && a.id.zip(b.id).is_some_and(|(ia, ib)| {
                    ia.strip_prefix("iso3166-2:")
                        .zip(ib.strip_prefix("iso3166:"))
                        .is_some_and(|(sub, country)| sub.starts_with(&format!("{country}-")))
                });
            let of_body = a.kind == EntityType::Organization
                && b.kind == EntityType::Organization
                && a.source == Source::Head
                && doc.tkey(b.first).starts_with("لل")
                && doc.tokens[b.first].kind == Kind::Arabic;
            if !(region || of_body) {
                break;
            }
            a.last = b.last;
            a.trim_end = b.trim_end;
            a.norm = None;
            i += 1;
        }
        out.push(a);
    }
    *chosen = out;
}

/// For every token, whether one of `chosen` covers it.
fn covered(doc: &Ana, chosen: &[Cand]) -> Vec<bool> {
    let mut taken = vec![false; doc.tokens.len()];
    for c in chosen {
        for x in taken.iter_mut().take(c.last + 1).skip(c.first) {
            *x = true;
        }
    }
    taken
}

/// A given name right before a well-known person's full name is part of it (أحمد جواد ظريف
/// where the table lists جواد ظريف): the table's entry won the overlap, the name is longer.
fn given_before_known(doc: &Ana, chosen: &mut [Cand]) {
    let mut taken = covered(doc, chosen);
    for c in chosen.iter_mut() {
        if c.kind != EntityType::Person
            || c.source != Source::Known
            || c.last == c.first
            || c.skip != 0
            || c.first == 0
        {
            continue;
        }
        let p = c.first - 1;
        let tok = &doc.tokens[p];
        if taken[p] || tok.kind != Kind::Arabic || doc.tokens[c.first].line_before {
            continue;
        }
        let w = doc.tkey(p);
        let reading = splits(w).find(|&(skip, lam)| {
            let st = stem(w, skip, lam);
            !lam && lexicon::GIVEN.has(st.as_ref())
                && !lexicon::STOP.has(st.as_ref())
                && !arabic::very_ambiguous(st.as_ref())
                && st.as_ref() != "علي"
        });
        if let Some((skip, _)) = reading {
            c.first = p;
            c.skip = skip;
            c.norm = None;
            taken[p] = true;
        }
    }
}

/// A transliterated first name of no list before a one-word person's name (ألفونسو ماتيو،
/// ألكساندر ميتروفيتش): a word right before the name, on its line, that no word list, no
/// gazetteer and no frequency table knows and that has no article, conjunction, plural or
/// verb shape, is the name's first word (the rules found the name by its known last word).
fn foreign_given_before(doc: &Ana, chosen: &mut [Cand]) {
    // Most texts have no one-word person to extend: the coverage map is built only then.
    if !chosen
        .iter()
        .any(|c| c.kind == EntityType::Person && c.first == c.last && c.first > 0)
    {
        return;
    }
    let mut taken = covered(doc, chosen);
    for c in chosen.iter_mut() {
        if c.kind != EntityType::Person
            || c.role.is_some()
            || c.skip != 0
            || c.first == 0
            || c.last != c.first
        {
            continue;
        }
        let p = c.first - 1;
        if taken[p]
            || doc.tokens[c.first].line_before
            || doc.tkey(p).chars().count() < 3
            || !arabic::unknown_first_name(doc, p)
        {
            continue;
        }
        c.first = p;
        c.norm = None;
        taken[p] = true;
    }
}

/// Awards, trophies, streets and buildings named after a person: the name after them, with
/// its title (جائزة نوبل، كأس خوان غامبر، شارع جورج الخامس، طريق الملك فهد), names the
/// thing, not the person.
const NAMED_AFTER_WORDS: &[&str] = &[
    "جائزه",
    "جوائز",
    "كاس",
    "ميداليه",
    "وسام",
    "قلاده",
    "درع",
    "شارع",
    "طريق",
    "ميدان",
    "ساحه",
    "جسر",
    "مطار",
    "مسجد",
    "جامع",
    "ملعب",
    "استاد",
    "مدرسه",
    "ضاحيه",
];

/// True when the word before token `t`, past up to two titles (الملك، الأمير), is one of
/// [`NAMED_AFTER_WORDS`], with or without proclitics (بجائزة، لشارع، وكأس), except عن طريق
/// ("by way of"), which names the person who did it.
fn named_after(doc: &Ana, t: usize) -> bool {
    let mut prev = t;
    for _ in 0..3 {
        let Some(p) = prev.checked_sub(1) else {
            return false;
        };
        let w = doc.tkey(p);
        let by_way_of = w == "طريق" && p > 0 && doc.tkey(p - 1) == "عن";
        if !by_way_of
            && splits(w).any(|(skip, lam)| NAMED_AFTER_WORDS.contains(&stem(w, skip, lam).as_ref()))
        {
            return true;
        }
        if !lexicon::TITLES.has(w) {
            return false;
        }
        prev = p;
    }
    false
}

/// How far (in words) from a full name its surname alone is still taken for it: a long
/// news article.
const SURNAME_WINDOW: usize = 1500;

/// Ordinals close royal names (عبدالله الثاني) but are no surnames.
const ORDINALS: &[&str] = &[
    "الاول",
    "الثاني",
    "الثالث",
    "الرابع",
    "الخامس",
    "السادس",
    "السابع",
    "الثامن",
    "التاسع",
    "العاشر",
    "الابن",
    "الاب",
    "الكبير",
    "الصغير",
    "الدين",
    "الاسلام",
    "الله",
    "الرحمن",
    "الرحيم",
    "العزيز",
    "الحق",
    "العابدين",
];

/// The shape of a family name already seen closing a full name: a name shape, or one that
/// fails only the noun templates (دالي، هايل) without a derivational prefix or an
/// accusative or plural ending (إطلاق، مساعدا، جماعات are nouns).
fn surname_shape(k: &str) -> bool {
    let c = lexicon::classes(k);
    // Not a common word of the language (generated table): foreign family names break the
    // Arabic templates the tests below look for (إيتو، كرزاي).
    let uncommon = c & lexicon::class::COMMON == 0 || c & lexicon::class::FAMILY != 0;
    arabic::plausible_unknown(k, true)
        || arabic::basic_shape(k, true)
            && !k.ends_with("ات")
            && (uncommon
                || !k.starts_with(['ا', 'ت', 'م', 'ل', 'ب', 'ن', 'ي', 'س']) && !k.ends_with('ا'))
}

/// Whether the last word of a full name is worth looking for alone elsewhere.
fn surname_ok(doc: &Doc, t: usize) -> bool {
    let k = doc.tkey(t);
    let n = k.chars().count();
    if n < 3
        || lexicon::STOP.has(k)
        || lexicon::GIVEN.has(k) && arabic::very_ambiguous(k)
        || lexicon::EN_STOP_SET.has(k)
        // A title as a family name (حنين السيد) is a title elsewhere (السيد طارق متري).
        || lexicon::TITLES.has(k)
    {
        return false;
    }
    // A nisba of a country (أبو أيوب المصري) is no family name to look for alone.
    if lexicon::classes(k) & lexicon::class::DEM != 0 {
        return false;
    }
    match doc.tokens.get(t).map(|x| x.kind) {
        Some(Kind::Arabic) => {
            // The second part of a Persian compound family name (فخري زاده، أحمدي نجاد)
            // is what the press calls the person later, whatever its shape.
            if matches!(k, "زاده" | "نجاد") {
                return true;
            }
            if let Some(rest) = k.strip_prefix("ال") {
                n >= 5 && !ORDINALS.contains(&k) && surname_shape(rest)
            } else {
                // Three letters only with a long vowel inside, the shape of short foreign
                // names (بوش، كول); Arabic three-letter nouns (حرب، نجم) have none.
                let short_ok = n == 3
                    && (matches!(k.chars().nth(1), Some('و' | 'ي' | 'ا'))
                        || lexicon::classes(k)
                            & (lexicon::class::DATA_GIVEN | lexicon::class::FAMILY)
                            != 0);
                (n >= 4 || short_ok) && surname_shape(k)
            }
        }
        Some(Kind::Latin) => n >= 3,
        _ => false,
    }
}

/// Later surname-only mentions of a person named in full elsewhere in the text (with its
/// particle when the full name had one: بن لادن).
fn propagate(doc: &Ana, lowercase: &english::Lower, chosen: &mut Vec<Cand>) {
    // One-word names found after a descriptor (حركة فتح، شركة سوني) are names elsewhere too.
    let mut org_names: HashSet<&str, lexicon::Fx> = HashSet::default();
    for c in chosen.iter() {
        if c.kind == EntityType::Organization
            && matches!(c.source, Source::Head | Source::Alias)
            && c.first == c.last
            && c.skip == 0
            && doc.tkey(c.first).chars().count() >= 3
            // A medium or team named by a word with the article (صحيفة الحياة، فريق الدفاع)
            // is named so only after its head: alone the word is the word.
            && !doc.tkey(c.first).starts_with("ال")
        {
            org_names.insert(doc.tkey(c.first));
        }
    }
    // The last word of a team or local body named by its place (Los Angeles Lakers) names
    // it alone too (the Lakers).
    let mut team_names: HashSet<&str, lexicon::Fx> = HashSet::default();
    for c in chosen.iter() {
        let latin = |t: usize| doc.tokens.get(t).is_some_and(|x| x.kind == Kind::Latin);
        if c.kind == EntityType::Organization
            && c.last > c.first
            && latin(c.first)
            && latin(c.last)
            && doc.gaz(c.first).is_some_and(|h| {
                h.entry.kind == gazetteer::GKind::Loc && h.last < c.last && c.last <= h.last + 2
            })
            && doc.tkey(c.last).len() >= 3
            && !lowercase.contains(doc.tkey(c.last))
        {
            team_names.insert(doc.tkey(c.last));
        }
    }
    // The given names of persons named in full in Latin script (LeBron James … LeBron):
    // English copy calls people by them too, in sport and features.
    let mut first_names: HashSet<&str, lexicon::Fx> = HashSet::default();
    for c in chosen.iter() {
        let latin_cap = doc
            .tokens
            .get(c.first)
            .is_some_and(|x| x.kind == Kind::Latin && x.cap && !x.upper);
        if c.kind == EntityType::Person
            && c.last > c.first
            && latin_cap
            && matches!(c.source, Source::Given | Source::Known | Source::Cued)
            && lexicon::EN_GIVEN_SET.has(doc.tkey(c.first))
            && !lowercase.contains(doc.tkey(c.first))
        {
            first_names.insert(doc.tkey(c.first));
        }
    }
    let mut surnames: HashSet<&str, lexicon::Fx> = HashSet::default();
    let mut dem_surnames: HashSet<&str, lexicon::Fx> = HashSet::default();
    let mut pairs: HashSet<(&str, &str), lexicon::Fx> = HashSet::default();
    // Surnames of names found by a given name, a title or the table, not by capitals alone
    // (VOA Pentagon is no person's name).
    let mut firm_surnames: HashSet<&str, lexicon::Fx> = HashSet::default();
    // Surnames that closed a name of three words or more, listed or after a title (الرئيس
    // اليمني عبد ربه منصور هادي): the article's subject, named alone later however often its
    // word is also a given name.
    let mut long_named: HashSet<&str, lexicon::Fx> = HashSet::default();
    // Where each surname closed a full name (token index of its last word).
    let mut named_at: HashMap<&str, Vec<usize>, lexicon::Fx> = HashMap::default();
    for c in chosen.iter() {
        let strong = matches!(
            c.source,
            Source::Cued | Source::Given | Source::Caps | Source::Known
        );
        // A one-word name counts after a title (الرئيس بوش), not after a verb alone.
        let full = c.last > c.first;
        if c.kind != EntityType::Person || !full || !strong {
            continue;
        }
        let k = doc.tkey(c.last);
        let before = if c.last > c.first {
            doc.tkey(c.last - 1)
        } else {
            ""
        };
        // The last two words of a longer name are that person too (محسن فخري زاده …
        // فخري زاده; محمد حسني مبارك … حسني مبارك).
        if c.last >= c.first + 2
            && doc
                .tokens
                .get(c.last - 1)
                .is_some_and(|x| x.kind == Kind::Arabic)
            && !lexicon::STOP.has(before)
            && !lexicon::PARTICLES.has(before)
            // Not a compound's second half (عبد العاطي X, محيي الدين), nor an ordinal
            // (بنديكتوس السادس عشر).
            && !lexicon::PARTICLES.has(doc.tkey(c.last - 2))
            && !ORDINALS.contains(&before)
            && !ORDINALS.contains(&k)
            && k != "عشر"
        {
            pairs.insert((before, k));
        }
        // A Chinese name puts the family name first (Liu Xiaoming … Liu said; شي جين بينغ …
        // شي); لي alone is also "to me".
        let east_asian = c.kind == EntityType::Person
            && c.last > c.first
            && c.skip == 0
            && arabic::EAST_ASIAN_SURNAMES.contains(&doc.tkey(c.first))
            && doc.tkey(c.first) != "لي";
        if east_asian || english::name_first(doc, c.first) && c.source != Source::Caps {
            let family = doc.tkey(c.first);
            surnames.insert(family);
            firm_surnames.insert(family);
            named_at.entry(family).or_default().push(c.first);
        }
        // A family name that is a nisba of a country (محمد شياع السوداني) is looked for
        // alone only where it qualifies no noun (see below).
        // Not a kunya's nisba of origin (أبو حمزة المصري).
        if c.last >= c.first + 2
            && !lexicon::PARTICLES.has(doc.tkey(c.first))
            && k.starts_with("ال")
            && lexicon::classes(k) & lexicon::class::DEM != 0
            && doc
                .tokens
                .get(c.last)
                .is_some_and(|x| x.kind == Kind::Arabic)
        {
            dem_surnames.insert(k);
            named_at.entry(k).or_default().push(c.last);
        }
        if !surname_ok(doc, c.last) {
            continue;
        }
        if lexicon::PARTICLES.has(before) {
            pairs.insert((before, k));
        } else {
            surnames.insert(k);
            if c.source != Source::Caps {
                firm_surnames.insert(k);
            }
            if (c.source == Source::Known || c.source == Source::Cued && c.role.is_some())
                && c.last >= c.first + 2
            {
                long_named.insert(k);
            }
            named_at.entry(k).or_default().push(c.last);
            // Bashar al-Assad is Assad later on.
            if let Some((_, bare)) = k
                .split_once('-')
                .filter(|(p, rest)| matches!(*p, "al" | "el") && rest.len() >= 3)
            {
                surnames.insert(bare);
                named_at.entry(bare).or_default().push(c.last);
            }
        }
    }
    if surnames.is_empty()
        && first_names.is_empty()
        && pairs.is_empty()
        && org_names.is_empty()
        && team_names.is_empty()
        && dem_surnames.is_empty()
    {
        return;
    }
    // A word met far more often alone than in the names found is a common word that one
    // name happened to end with (موقف، مقتل): it is not looked for alone.
    let mut in_names: HashMap<&str, usize, lexicon::Fx> = HashMap::default();
    for c in chosen.iter().filter(|c| c.kind == EntityType::Person) {
        *in_names.entry(doc.tkey(c.last)).or_insert(0) += 1;
    }
    // Occurrences of each surname in the text, with or without a proclitic (وقف and لوقف).
    let mut alone: HashMap<&str, usize, lexicon::Fx> = HashMap::default();
    // The proclitic bytes of each token's first surname reading: the filter below only drops
    // surnames, so the search for lone surnames at the end starts from there.
    let mut first_surname: Vec<Option<usize>> = vec![None; doc.tokens.len()];
    for (t, first) in first_surname.iter_mut().enumerate() {
        let w = doc.tkey(t);
        if let Some((skip, &k)) = splits(w)
            .filter(|&(_, lam)| !lam)
            .find_map(|(skip, _)| Some((skip, surnames.get(w.get(skip..)?)?)))
        {
            *first = Some(skip);
            *alone.entry(k).or_insert(0) += 1;
        }
    }
    let mut org_named: HashMap<&str, usize, lexicon::Fx> = HashMap::default();
    let mut org_alone: HashMap<&str, usize, lexicon::Fx> = HashMap::default();
    for c in chosen
        .iter()
        .filter(|c| c.kind == EntityType::Organization && c.first == c.last)
    {
        *org_named.entry(doc.tkey(c.first)).or_insert(0) += 1;
    }
    for t in 0..doc.tokens.len() {
        let k = doc.tkey(t);
        if org_names.contains(k) {
            *org_alone.entry(k).or_insert(0) += 1;
        }
    }
    // A word of the language must be met about as often named as alone (فتح is also "opening");
    // a word in no word list (انرون) is the body wherever it stands.
    org_names.retain(|k| {
        let named = org_named.get(k).copied().unwrap_or(0);
        let wordy = lexicon::classes(k)
            & (lexicon::class::LISTS | lexicon::class::COMMON | lexicon::class::VOCAB)
            != 0;
        !wordy || org_alone.get(k).copied().unwrap_or(0) <= 2 * named + 2
    });
    // A lone word that the text names as a body elsewhere is that body, not a person
    // (وقالت فيرتكس after شركة فيرتكس).
    chosen.retain(|c| {
        !(c.kind == EntityType::Person
            && c.first == c.last
            && (org_names.contains(doc.tkey(c.first)) || team_names.contains(doc.tkey(c.first))))
    });
    // A common word of the language (generated table) must occur about as often in names
    // as alone: كول after هيلموت كول is the name, أراضي after one name that ended on it is not.
    // In Latin script the capital tells the name: an English surname stays a name however
    // often the article repeats it alone (Soltan, fifteen times), unless the text also
    // writes it as a lowercase word.
    surnames.retain(|k| {
        if k.starts_with(|c: char| c.is_ascii_alphabetic()) {
            return !lowercase.contains(k);
        }
        let named = in_names.get(k).copied().unwrap_or(0);
        let alone = alone.get(k).copied().unwrap_or(0);
        let wordy = arabic::common_word(k)
            || arabic::clitic_on_word(k)
            || lexicon::GIVEN.has(k) && !arabic::plain_given(k) && !long_named.contains(k);
        // Other names are looked for however often the article repeats them alone (البشير,
        // ten times after one عمر البشير), near the full name: see SURNAME_WINDOW.
        !wordy || lexicon::classes(k) & lexicon::class::FAMILY != 0 || alone <= 2 * named
    });
    // A town or province whose name is the surname of a person named in full here is that
    // person (… جاك شيراك … وقال شيراك); countries stay places. So is a listed body named
    // like that surname (Michael Bloomberg … Bloomberg said).
    for c in chosen.iter_mut() {
        let local_place = c.id.is_some_and(gazetteer::is_local_place);
        let listed_body = c.kind == EntityType::Organization
            && c.source == Source::Known
            && firm_surnames.contains(doc.tkey(c.first));
        if (c.kind == EntityType::Location && local_place || listed_body) && c.first == c.last {
            let w = doc.tkey(c.first);
            if w.get(c.skip..).is_some_and(|k| surnames.contains(k)) {
                c.kind = EntityType::Person;
                c.source = Source::Propagated;
                c.id = None;
                c.norm = None;
            }
        }
    }
    // The second words of the pairs, to test a token's successor before its readings.
    let pair_seconds: HashSet<&str, lexicon::Fx> = pairs.iter().map(|&(_, b)| b).collect();
    let taken = covered(doc, chosen);
    let mut extra = Vec::new();
    for (t, tok) in doc.tokens.iter().enumerate() {
        if taken[t] {
            continue;
        }
        let w = doc.tkey(t);
        if tok.kind == Kind::Arabic && !org_names.is_empty() {
            if let Some((skip, _)) = splits(w)
                .find(|&(skip, lam)| !lam && org_names.contains(stem(w, skip, lam).as_ref()))
            {
                extra.push(Cand::new(
                    t,
                    t,
                    skip,
                    EntityType::Organization,
                    Source::Propagated,
                ));
                continue;
            }
        }
        match tok.kind {
            Kind::Arabic => {
                // A two-word name seen closing a full name (بن لادن، حسني مبارك).
                let next = doc.tkey(t + 1);
                // No pair starts with a function word, a title, a head or a verb of saying.
                let closed = lexicon::class::STOP
                    | lexicon::class::TITLE
                    | lexicon::class::ORG_HEAD
                    | lexicon::class::SAYING;
                if !pair_seconds.is_empty()
                    && doc.any(t) & closed == 0
                    && t + 1 < doc.tokens.len()
                    && !taken[t + 1]
                    && pair_seconds.contains(next)
                {
                    if let Some((skip, _)) = splits(w).find(|&(skip, lam)| {
                        !lam && pairs.contains(&(stem(w, skip, lam).as_ref(), next))
                    }) {
                        extra.push(Cand::new(
                            t,
                            t + 1,
                            skip,
                            EntityType::Person,
                            Source::Propagated,
                        ));
                        continue;
                    }
                }
                // A nisba family name where no noun comes before it for it to qualify
                // (وقال السوداني، حكومة السوداني; not الرئيس السوداني).
                if !dem_surnames.is_empty() {
                    if let Some((skip, _)) = splits(w).find(|&(skip, lam)| {
                        !lam && dem_surnames.contains(stem(w, skip, lam).as_ref())
                    }) {
                        let prev_free = t.checked_sub(1).is_none_or(|p| {
                            let pk = doc.tkey(p);
                            doc.tokens[p].kind != Kind::Arabic
                                || !pk.starts_with("ال")
                                    && lexicon::classes(pk) & lexicon::class::DEM == 0
                        });
                        if prev_free {
                            extra.push(Cand::new(
                                t,
                                t,
                                skip,
                                EntityType::Person,
                                Source::Propagated,
                            ));
                        }
                        continue;
                    }
                }
                let kept = |skip: usize| w.get(skip..).is_some_and(|k| surnames.contains(k));
                let surname = match first_surname.get(t).copied().flatten() {
                    Some(skip) if kept(skip) => Some(skip),
                    // The first surname reading was dropped above; a later one may be kept.
                    Some(_) => splits(w)
                        .find(|&(skip, lam)| !lam && kept(skip))
                        .map(|(skip, _)| skip),
                    None => None,
                };
                if let Some(skip) = surname {
                    extra.push(Cand::new(
                        t,
                        t,
                        skip,
                        EntityType::Person,
                        Source::Propagated,
                    ));
                }
            }
            Kind::Latin if tok.cap && team_names.contains(w) => {
                extra.push(Cand::new(
                    t,
                    t,
                    0,
                    EntityType::Organization,
                    Source::Propagated,
                ));
            }
            Kind::Latin
                if tok.cap
                    && first_names.contains(w)
                    && !doc
                        .tokens
                        .get(t + 1)
                        .is_some_and(|x| x.kind == Kind::Latin && (x.cap || x.upper)) =>
            {
                extra.push(Cand::new(t, t, 0, EntityType::Person, Source::Propagated));
            }
            Kind::Latin if tok.cap && surnames.contains(w) => {
                extra.push(Cand::new(t, t, 0, EntityType::Person, Source::Propagated));
            }
            _ => {}
        }
    }
    // A lone surname is that person within an article's reach of the full name; in a text
    // that runs many articles together, a namesake far away is somebody else or a word.
    extra.retain(|c| {
        if c.kind != EntityType::Person || c.first != c.last {
            return true;
        }
        let k = doc.tkey(c.first).get(c.skip..).unwrap_or("");
        named_at
            .get(k)
            .is_none_or(|at| at.iter().any(|&p| p.abs_diff(c.first) <= SURNAME_WINDOW))
    });
    chosen.extend(extra);
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The mention texts of one type that [`extract`] finds, in order.
    fn texts_of(text: &str, lang: &str, kind: EntityType) -> Vec<String> {
        extract(text, lang, &Context::default())
            .into_iter()
            .filter(|e| e.kind == kind)
            .map(|e| e.text)
            .collect()
    }

    #[test]
    fn clubs_named_by_one_word_in_a_sports_report() {
        let text = "تغلب الهلال على ضيفه في المباراة، وسجل اللاعب هدفا لصالح فريق الهلال السعودي. \
                    وبهذه النتيجة يتصدر الهلال الدوري، فيما فاز الفتح على أبها.";
        let os = texts_of(text, "ar", EntityType::Organization);
        assert_eq!(os, ["الهلال", "الهلال السعودي", "الهلال", "الفتح", "أبها"]);
        // Outside a sports report the same word is no club.
        let ls = texts_of(
            "ووصل الوفد إلى الخليج، ثم قال إن فريق الخليج السعودي للإنقاذ وصل.",
            "ar",
            EntityType::Location,
        );
        assert_eq!(ls, ["الخليج"]);
    }

    #[test]
    fn an_unknown_first_name_joins_the_name_after_it() {
        let ps = texts_of(
            "والتقى ألفونسو ماتيو رئيس البلدية. وسجل ألكساندر ميتروفيتش هدفين بعد اغتيال فخري \
             زاده.",
            "ar",
            EntityType::Person,
        );
        assert!(ps.contains(&"ألفونسو ماتيو".to_string()), "{ps:?}");
        assert!(ps.contains(&"ألكساندر ميتروفيتش".to_string()), "{ps:?}");
        assert!(!ps.iter().any(|p| p.contains("اغتيال")), "{ps:?}");
    }

    #[test]
    fn short_country_names_and_names_in_lam_take_proclitics() {
        let ls = texts_of(
            "وزار سوريا ومصر، وقال إن لمصر دورا، ودعا للبنان بالسلام وسافر للندن. وأعلن فشل المحادثات.",
            "ar",
            EntityType::Location,
        );
        assert_eq!(ls, ["سوريا", "مصر", "مصر", "لبنان", "لندن"]);
        let ls = texts_of(
            "وتواصل القتال في دارفور، وعبرت السفينة قناة السويس نحو أميركا اللاتينية.",
            "ar",
            EntityType::Location,
        );
        assert_eq!(ls, ["دارفور", "قناة السويس", "أميركا اللاتينية"]);
    }

    #[test]
    fn regions_with_their_country_bodies_of_bodies_and_quoted_short_names_join() {
        let text = "ووصل الوفد إلى كردستان العراق أمس، واجتمعت الجمعية العامة للاتحاد الدولي لكرة القدم، وقالت وكالة الأنباء الفلسطينية \"وفا\" إن العراق وافق.";
        let got: Vec<(String, EntityType)> = extract(text, "ar", &Context::default())
            .into_iter()
            .map(|e| (e.text, e.kind))
            .collect();
        let want = [
            ("كردستان العراق", EntityType::Location),
            (
                "الجمعية العامة للاتحاد الدولي لكرة القدم",
                EntityType::Organization,
            ),
            ("وكالة الأنباء الفلسطينية \"وفا\"", EntityType::Organization),
            ("العراق", EntityType::Location),
        ];
        let want: Vec<(String, EntityType)> =
            want.iter().map(|(t, k)| (t.to_string(), *k)).collect();
        assert_eq!(got, want);
    }

    #[test]
    fn a_nisba_family_name_alone_is_the_person_where_it_qualifies_no_noun() {
        let text = "وكلف الرئيس محمد شياع السوداني بتشكيل الحكومة. وقال السوداني إن الحكومة ستعمل، وأكد الرئيس السوداني دعمه لحكومة السوداني.";
        let ps = texts_of(text, "ar", EntityType::Person);
        assert_eq!(ps, ["محمد شياع السوداني", "السوداني", "السوداني"]);
    }

    #[test]
    fn short_towns_after_wa_in_a_list_of_places() {
        let text =
            "وسيطرت القوات على محافظات تعز، وشبوة، والضالع، ومأرب، وصعدة. وشبوة ليست مدينة صغيرة.";
        let ls = texts_of(text, "ar", EntityType::Location);
        assert_eq!(ls, ["تعز", "شبوة", "الضالع", "مأرب", "صعدة"]);
    }

    #[test]
    fn the_last_two_words_of_a_long_name_are_that_person() {
        let text = "وقال العالم مهدي قاسمي زادة إن البرنامج مستمر. وبعد مقتل زادة قال مسؤول إن قاسمي زادة كان يعمل وحده.";
        let ps = texts_of(text, "ar", EntityType::Person);
        assert_eq!(ps, ["مهدي قاسمي زادة", "زادة", "قاسمي زادة"]);
    }

    #[test]
    fn a_body_named_once_after_its_head_is_named_alone_everywhere() {
        let text = "وأعلنت شركة زيفرون إفلاسها. وقال موظفو زيفرون إن زيفرون لم تدفع. وطالب مسؤولو زيفرون بالتعويض، وزيفرون ترفض.";
        let os = texts_of(text, "ar", EntityType::Organization);
        assert_eq!(os, ["زيفرون"; 5]);
        // A word of the language is not, when it is met alone far more often.
        let text = "وقالت حركة الأمل إنها مستعدة. وعبر عن الأمل في الحل، والأمل كبير، ولا يزال الأمل قائما، والأمل موجود.";
        let os = texts_of(text, "ar", EntityType::Organization);
        assert_eq!(os, ["حركة الأمل"]);
    }

    #[test]
    fn a_short_name_in_brackets_after_a_body_is_its_alias() {
        let os = texts_of(
            "وأعلنت منظمة التجارة العالمية ( WTO ) أمس أن الاتفاق جاهز، وقالت وزارة الخارجية ( باريس ) إن.",
            "ar",
            EntityType::Organization,
        );
        assert_eq!(os, ["منظمة التجارة العالمية", "WTO", "وزارة الخارجية"]);
        let ps = texts_of(
            "وقال الرئيس محمود عباس (أبو مازن) إن الحوار مستمر.",
            "ar",
            EntityType::Person,
        );
        assert_eq!(ps, ["محمود عباس", "أبو مازن"]);
    }

    #[test]
    fn a_city_after_a_player_or_goal_word_is_its_team() {
        let os = texts_of(
            "وسجل لاعب إشبيلية هدفا في مرمى بورتو.",
            "ar",
            EntityType::Organization,
        );
        assert_eq!(os, ["إشبيلية", "بورتو"]);
        let ls = texts_of("وعاد اللاعب إلى إشبيلية.", "ar", EntityType::Location);
        assert_eq!(ls, ["إشبيلية"]);
        // A foreign word in no list after a driver or player word is the team too.
        let os = texts_of(
            "وحل روبرتو كاستيلي سائق فيراتوني ثالثا.",
            "ar",
            EntityType::Organization,
        );
        assert_eq!(os, ["فيراتوني"]);
    }

    #[test]
    fn places_without_proclitics_with_ids() {
        let text = "وصل الوفد إلى موسكو ثم توجه وروسيا تنفي، وللعراق موقف.";
        let es = extract(text, "ar", &Context::default());
        let locs: Vec<(&str, Option<&str>)> = es
            .iter()
            .filter(|e| e.kind == EntityType::Location)
            .map(|e| (e.text.as_str(), e.id.as_deref()))
            .collect();
        assert_eq!(locs[1], ("روسيا", Some("iso3166:RU")));
        assert_eq!(locs[2].1, Some("iso3166:IQ"));
        assert_eq!(locs.len(), 3);
        let iraq = es
            .iter()
            .find(|e| e.id.as_deref() == Some("iso3166:IQ"))
            .unwrap();
        assert_eq!(iraq.normalized, "العراق");
    }

    #[test]
    fn surname_resolves_to_person() {
        let text = "قال الرئيس الروسي فلاديمير بوتين إن بلاده مستعدة. وأضاف بوتين أن الحوار ممكن.";
        let ps = texts_of(text, "ar", EntityType::Person);
        assert_eq!(ps, ["فلاديمير بوتين", "بوتين"]);
    }

    #[test]
    fn short_foreign_surnames_propagate_but_nisbas_do_not() {
        let text = "استقبل الرئيس هيلموت كول وفدا، وأكد أبو حمزة المصري رفضه. وقال كول إن المصري لم يحضر، وإن حرب الأسعار بدأت.";
        let ps = texts_of(text, "ar", EntityType::Person);
        assert_eq!(ps, ["هيلموت كول", "أبو حمزة المصري", "كول"]);
    }

    #[test]
    fn a_surname_repeats_near_its_full_name_only() {
        let mut text = String::from("وقال الرئيس كمال الدباغي إن الحكومة باقية.");
        for _ in 0..12 {
            text.push_str(" ورد الدباغي على المعارضة.");
        }
        let filler = " وتحدث التقرير عن الأسواق والأسعار في المنطقة خلال الشهر الماضي.";
        for _ in 0..200 {
            text.push_str(filler);
        }
        text.push_str(" ووصل الوفد إلى مكتب الدباغي مساء.");
        let per = texts_of(&text, "ar", EntityType::Person);
        // Twelve mentions near the full name, however many; none an article's length away.
        assert_eq!(
            per.iter().filter(|t| *t == "الدباغي").count(),
            12,
            "{per:?}"
        );
    }

    #[test]
    fn a_name_after_an_award_or_street_word_is_the_award_or_street() {
        let text = "وقال الكاتب سامر نوبلي إنه سعيد، ونال نوبلي جائزة، ثم فاز بجائزة نوبلي للرواية. وأغلقت الشرطة شارع جورج الخامس وطريق الملك فهد، وسجل الهدف عن طريق مروان الشماخ.";
        let per = texts_of(text, "ar", EntityType::Person);
        assert_eq!(per, ["سامر نوبلي", "نوبلي", "مروان الشماخ"], "{per:?}");
    }

    #[test]
    fn a_feminine_word_with_a_masculine_nationality_is_a_club_in_a_sports_report() {
        let text = "وصعد كاظمة إلى نصف النهائي، والحكمة اللبناني بعد الفوز في المباراة، ويلتقي العربي مع الحكمة غدا. وقال وزير الخارجية الروسي إن البطولة ناجحة.";
        let org = texts_of(text, "ar", EntityType::Organization);
        assert_eq!(org, ["الحكمة", "الحكمة"], "{org:?}");
    }

    #[test]
    fn persian_compound_surnames_and_the_secretary_of_a_council() {
        let text = "وقال العالم مهدي قاسمي زاده إن البرنامج مستمر، وقال أمين المجلس الأعلى للأمن في إيران حسن رستمي إن الرد قادم. وزار أمين معلوف المعرض.";
        let per = texts_of(text, "ar", EntityType::Person);
        assert_eq!(
            per,
            ["مهدي قاسمي زاده", "حسن رستمي", "أمين معلوف"],
            "{per:?}"
        );
    }

    #[test]
    fn kunyas_and_foreign_given_names_open_names() {
        let text = "وقال أبو عمار الحلبي إن الفريق مستعد، وسجل كيليان دوبارت هدفا، ثم رد ديميتريس كالوغيروس.";
        let per = texts_of(text, "ar", EntityType::Person);
        assert_eq!(
            per,
            ["أبو عمار الحلبي", "كيليان دوبارت", "ديميتريس كالوغيروس"],
            "{per:?}"
        );
    }

    #[test]
    fn a_role_before_a_name_written_with_hamza_goes_with_it() {
        let es = extract(
            "وقال المدرب الفرنسي ألبير دوشان إن الفريق جاهز.",
            "ar",
            &Context::default(),
        );
        let p = es.iter().find(|e| e.kind == EntityType::Person);
        assert_eq!(
            p.map(|e| (e.text.as_str(), e.role.as_deref())),
            Some(("ألبير دوشان", Some("المدرب الفرنسي")))
        );
    }

    #[test]
    fn frequent_and_inflected_words_after_cues_are_no_names() {
        let per = texts_of(
            "وسجلت الوزارة حالتي وفاة جديدتين، وتساءل الكاتب هل الغضب الشعبي الليبي مجرد سحابة عابرة.",
            "ar",
            EntityType::Person,
        );
        assert!(per.is_empty(), "{per:?}");
    }

    #[test]
    fn a_four_part_name_after_a_verb_of_saying() {
        let per = texts_of(
            "وقال سالم حمد ناصر الكعبي صاحب المزرعة إن المحصول جيد.",
            "ar",
            EntityType::Person,
        );
        assert_eq!(per, ["سالم حمد ناصر الكعبي"], "{per:?}");
    }

    #[test]
    fn a_given_name_before_a_known_full_name_joins_it() {
        let per = texts_of(
            "وقال أحمد جواد ظريف إن الاتفاق صامد.",
            "ar",
            EntityType::Person,
        );
        assert_eq!(per, ["أحمد جواد ظريف"], "{per:?}");
    }

    #[test]
    fn a_role_after_a_name_is_not_part_of_it() {
        let text = "وقال نيكولاس باباديميتريو سفير اليونان في القاهرة إن الزيارة مهمة.";
        let per = texts_of(text, "ar", EntityType::Person);
        assert_eq!(per, ["نيكولاس باباديميتريو"], "{per:?}");
    }

    #[test]
    fn a_given_name_closing_a_long_cued_name_is_the_person_alone() {
        // هادي is also "calm": after a two-word name it is not looked for alone, after a
        // name of three words with a title it is.
        let text = "وقال الرئيس اليمني عبد ربه منصور هادي إنه عاد. ويعد قدوم هادي إلى عدن علامة،                     وذكر مصدر أن هادي سيبقى.";
        let ps = texts_of(text, "ar", EntityType::Person);
        assert_eq!(ps, ["عبد ربه منصور هادي", "هادي", "هادي"]);
        let ps = texts_of(
            "وقال الوزير سامر هادي إنه عاد. وكان الجو هادي والبحر هادي والليل هادي والنهار هادي.",
            "ar",
            EntityType::Person,
        );
        assert_eq!(ps, ["سامر هادي"]);
    }

    #[test]
    fn surnames_failing_noun_templates_still_propagate() {
        let text = "قال المدرب خالد عواد إن الفريق جاهز. وأضاف عواد أن الإصابات قليلة.";
        let ps = texts_of(text, "ar", EntityType::Person);
        assert_eq!(ps, ["خالد عواد", "عواد"]);
        assert!(!surname_shape("اطلاق") && !surname_shape("جماعات") && surname_shape("عواد"));
    }

    #[test]
    fn english_title_org_and_place() {
        let text = "President Emmanuel Macron met officials of the Ministry of Defence in Paris on Monday.";
        let es = extract(text, "en", &Context::default());
        let got: Vec<(&str, EntityType)> = es.iter().map(|e| (e.text.as_str(), e.kind)).collect();
        assert!(
            got.contains(&("Emmanuel Macron", EntityType::Person)),
            "{got:?}"
        );
        assert!(
            got.contains(&("Ministry of Defence", EntityType::Organization)),
            "{got:?}"
        );
        assert!(got.contains(&("Paris", EntityType::Location)), "{got:?}");
    }

    #[test]
    fn organization_named_once_after_its_descriptor_is_found_again() {
        let text = "وأعلنت شركة فيرتكس نتائجها، وقالت فيرتكس إن المبيعات ارتفعت.";
        let orgs = texts_of(text, "ar", EntityType::Organization);
        assert_eq!(orgs, ["فيرتكس", "فيرتكس"]);
    }

    #[test]
    fn places_that_play_a_match_are_teams() {
        let text = "وفاز منتخب البلاد على البرازيل وألمانيا، وتعادل سبورتينغ لشبونة مع ضيفه بلغراد. وزار الوزير البرازيل.";
        let es = extract(text, "ar", &Context::default());
        let got: Vec<(&str, EntityType)> = es.iter().map(|e| (e.text.as_str(), e.kind)).collect();
        let org = EntityType::Organization;
        assert!(got.contains(&("البرازيل", org)), "{got:?}");
        assert!(got.contains(&("ألمانيا", org)), "{got:?}");
        assert!(got.contains(&("سبورتينغ لشبونة", org)), "{got:?}");
        assert!(got.contains(&("بلغراد", org)), "{got:?}");
        assert_eq!(got.last(), Some(&("البرازيل", EntityType::Location)));
    }

    #[test]
    fn function_words_spelled_like_places_are_not_places() {
        let es = extract("كيف يمكن إنهاء الأزمة في كييف؟", "ar", &Context::default());
        let locs: Vec<&str> = es
            .iter()
            .filter(|e| e.kind == EntityType::Location)
            .map(|e| e.text.as_str())
            .collect();
        assert!(!locs.contains(&"كيف"), "{locs:?}");
    }

    #[test]
    fn match_nouns_and_spaced_coordination_make_teams() {
        let text = "واستعد الفريق لمباراة اليابان بعد أن تعادل مع كندا و الهند.";
        let orgs = texts_of(text, "ar", EntityType::Organization);
        assert_eq!(orgs, ["اليابان", "كندا", "الهند"]);
    }

    #[test]
    fn dates_come_with_iso_values() {
        let text = "وقالت الوزارة إن آخر اتصال بين الوزيرين جرى في أكتوبر 2022 في العاصمة.";
        let es = extract(text, "ar", &Context::default());
        let d = es.iter().find(|e| e.kind == EntityType::Date).unwrap();
        assert_eq!(d.text, "أكتوبر 2022");
        assert_eq!(d.value.as_deref(), Some("2022-10"));
    }

    #[test]
    fn names_only_skips_dates() {
        let text = "زار الرئيس الفرنسي إيمانويل ماكرون برلين في مارس 2024.";
        let es = extract_names(text, "ar");
        assert!(es.iter().all(|e| e.kind != EntityType::Date));
        assert!(es.iter().any(|e| e.kind == EntityType::Person));
    }

    #[test]
    fn latin_brand_inside_arabic_text_is_an_organization() {
        let es = extract(
            "أعلنت شركة Lenovo الصينية أرباحها.",
            "ar",
            &Context::default(),
        );
        assert!(es
            .iter()
            .any(|e| e.kind == EntityType::Organization && e.text == "Lenovo"));
    }

    #[test]
    fn english_names_split_at_possessives_and_and() {
        let text = "The talks followed a call with Canada’s Mark Holloway, and later Holloway and Dunmore met officials from Norway and Denmark.";
        let es = extract(text, "en", &Context::default());
        let got: Vec<(&str, EntityType)> = es.iter().map(|e| (e.text.as_str(), e.kind)).collect();
        assert!(
            got.contains(&("Mark Holloway", EntityType::Person)),
            "{got:?}"
        );
        assert!(got.contains(&("Norway", EntityType::Location)), "{got:?}");
        assert!(got.contains(&("Denmark", EntityType::Location)), "{got:?}");
        assert!(
            !got.iter()
                .any(|(t, _)| t.contains(" and ") || t.contains('’')),
            "{got:?}"
        );
    }

    #[test]
    fn a_place_named_like_a_nisba_is_an_adjective_after_a_definite_feminine_noun() {
        let loc = texts_of(
            "قالت الأميرة السعودية إن الرحلة إلى السعودية تأجلت، وتوجه الوفد إلى السعودية.",
            "ar",
            EntityType::Location,
        );
        assert_eq!(loc, ["السعودية", "السعودية"], "{loc:?}");
    }

    #[test]
    fn a_subdivision_is_named_after_its_generic_word() {
        let loc = texts_of(
            "وصلت التعزيزات إلى محافظة الأنبار ثم إلى ولاية بلخ.",
            "ar",
            EntityType::Location,
        );
        assert!(loc.contains(&"الأنبار".to_string()), "{loc:?}");
        assert!(!loc.iter().any(|t| t.starts_with("محافظة")), "{loc:?}");
    }

    #[test]
    fn english_possessives_particles_and_of() {
        let text = "Turkey’s envoy and Egypt's minister met. Troops loyal to President Karim al-Hadidi held the town. Judge Ann Perrow of Ohio ruled, citing his post of Prime Minister of Jordan.";
        let es = extract(text, "en", &Context::default());
        let got: Vec<(&str, EntityType)> = es.iter().map(|e| (e.text.as_str(), e.kind)).collect();
        for (name, kind) in [
            ("Turkey", EntityType::Location),
            ("Egypt", EntityType::Location),
            ("Karim al-Hadidi", EntityType::Person),
            ("Ann Perrow", EntityType::Person),
            ("Ohio", EntityType::Location),
            ("Jordan", EntityType::Location),
        ] {
            assert!(got.contains(&(name, kind)), "{name}: {got:?}");
        }
        assert!(
            !got.iter()
                .any(|(t, _)| t.contains(" of ") || t.contains('’')),
            "{got:?}"
        );
    }

    #[test]
    fn english_lines_titles_after_bodies_events_and_provinces() {
        let text = "The winners are:\n\nOrbital Works, Kent, Washington\n\nHarbor Dynamics, Austin, Texas\n\n\"We are proud,\" NASA Administrator Jim Bridenstine said, recalling the Vietnam War. Officials in Inner Mongolia agreed.";
        let es = extract(text, "en", &Context::default());
        let got: Vec<(&str, EntityType)> = es.iter().map(|e| (e.text.as_str(), e.kind)).collect();
        assert!(
            got.contains(&("Jim Bridenstine", EntityType::Person)),
            "{got:?}"
        );
        assert!(
            got.contains(&("Inner Mongolia", EntityType::Location)),
            "{got:?}"
        );
        assert!(
            got.contains(&("Washington", EntityType::Location)),
            "{got:?}"
        );
        assert!(!got.iter().any(|(t, _)| t.contains('\n')), "{got:?}");
        assert!(!got.iter().any(|(t, _)| t.contains("War")), "{got:?}");
    }

    #[test]
    fn english_bodies_by_the_and_camel_case_places_by_the_noun_after() {
        let text = "The Harbor Ledger reported that BrightWave and SkyNest won, and Senator Dana McCain agreed. Aid reached the Qurnat camp after the Egyptians asked. The People’s Daily said so. It is based in Fairhollow, California.";
        let es = extract(text, "en", &Context::default());
        let got: Vec<(&str, EntityType)> = es.iter().map(|e| (e.text.as_str(), e.kind)).collect();
        for (name, kind) in [
            ("Harbor Ledger", EntityType::Organization),
            ("BrightWave", EntityType::Organization),
            ("SkyNest", EntityType::Organization),
            ("Dana McCain", EntityType::Person),
            ("Qurnat", EntityType::Location),
            ("People’s Daily", EntityType::Organization),
            ("Fairhollow", EntityType::Location),
        ] {
            assert!(got.contains(&(name, kind)), "{name}: {got:?}");
        }
        assert!(!got.iter().any(|(t, _)| *t == "Egyptians"), "{got:?}");
        let text = "Separately, California approved the plan to return to the Moon, the Force said, and leaders of Islam met.";
        let es = extract(text, "en", &Context::default());
        let got: Vec<&str> = es.iter().map(|e| e.text.as_str()).collect();
        assert_eq!(got, ["California"], "{got:?}");
    }

    #[test]
    fn english_teams_roles_at_the_end_chinese_names_and_capital_acronyms() {
        let text = "The Denver Comets beat the Portland Herons 101-99, and the Comets lead. White House Press Secretary Jane Olund spoke to Lt Col Martin Vance. Ambassador Zhang Wenbo said the US would act; Zhang added that the Big Bang theory was wrong. They live in Cedar Hollow. Tell us more.";
        let es = extract(text, "en", &Context::default());
        let got: Vec<(&str, EntityType)> = es.iter().map(|e| (e.text.as_str(), e.kind)).collect();
        assert_eq!(
            got,
            [
                ("Denver Comets", EntityType::Organization),
                ("Portland Herons", EntityType::Organization),
                ("Comets", EntityType::Organization),
                ("White House", EntityType::Organization),
                ("Jane Olund", EntityType::Person),
                ("Martin Vance", EntityType::Person),
                ("Zhang Wenbo", EntityType::Person),
                ("US", EntityType::Location),
                ("Zhang", EntityType::Person),
                ("Cedar Hollow", EntityType::Location),
            ],
            "{got:?}"
        );
    }

    #[test]
    fn english_hyphen_compounds_national_armies_and_ap_states() {
        let text = "A Texas-based firm said the Democratic Party-controlled House met. The Syrian army and the US navy left Fresno, Calif., on Monday.";
        let es = extract(text, "en", &Context::default());
        let got: Vec<(&str, EntityType)> = es.iter().map(|e| (e.text.as_str(), e.kind)).collect();
        assert_eq!(
            got,
            [
                ("Texas", EntityType::Location),
                ("Democratic Party", EntityType::Organization),
                ("Syrian army", EntityType::Organization),
                ("US navy", EntityType::Organization),
                ("Fresno", EntityType::Location),
                ("Calif.", EntityType::Location),
            ],
            "{got:?}"
        );
    }

    #[test]
    fn english_appositions_and_acting_acronyms_name_bodies() {
        let text = "Orbitex, a Denver-based satellite company, won. The PWD said on Monday that the CLPS program will grow, and the WWX confirmed it at 9 a.m. ET on Monday.";
        let es = extract(text, "en", &Context::default());
        let got: Vec<(&str, EntityType)> = es.iter().map(|e| (e.text.as_str(), e.kind)).collect();
        assert_eq!(
            got,
            [
                ("Orbitex", EntityType::Organization),
                ("Denver", EntityType::Location),
                ("PWD", EntityType::Organization),
                ("WWX", EntityType::Organization),
            ],
            "{got:?}"
        );
    }

    #[test]
    fn english_given_names_of_full_names_name_the_person_alone() {
        let text = "Jose Morelli agreed a deal with FC Tarvo on Tuesday. The club said Jose would start soon, and Jose Ferreira Street was closed.";
        let es = extract(text, "en", &Context::default());
        let got: Vec<(&str, EntityType)> = es.iter().map(|e| (e.text.as_str(), e.kind)).collect();
        assert_eq!(
            got,
            [
                ("Jose Morelli", EntityType::Person),
                ("FC Tarvo", EntityType::Organization),
                ("Jose", EntityType::Person),
                ("Jose Ferreira Street", EntityType::Location),
            ],
            "{got:?}"
        );
    }

    #[test]
    fn english_capitalized_common_words_are_no_person() {
        let text = "Analysts at Kotak Institutional Equities expect growth, said Magic Johnson.";
        let ps = texts_of(text, "en", EntityType::Person);
        assert_eq!(ps, ["Magic Johnson"]);
    }

    #[test]
    fn english_and_between_two_bodies_venues_datelines_and_handles() {
        let text = "HAYWARD, Calif. (AP) — The United Nations and European Union met SBI and \
                    ICICI Bank at Staples Center, said the National Institute on Drug Abuse \
                    on Monday. #TodayInSenate";
        let os = texts_of(text, "en", EntityType::Organization);
        assert_eq!(
            os,
            [
                "AP",
                "United Nations",
                "European Union",
                "SBI",
                "ICICI Bank",
                "National Institute on Drug Abuse"
            ]
        );
        let ls = texts_of(text, "en", EntityType::Location);
        assert_eq!(ls, ["HAYWARD", "Calif.", "Staples Center"]);
        let os = texts_of(
            "The Department of Health and Human Services said.",
            "en",
            EntityType::Organization,
        );
        assert_eq!(os, ["Department of Health and Human Services"]);
    }

    #[test]
    fn english_groups_products_competitions_districts_and_appositions() {
        let text = "Wales finished in Group D behind UEFA Nations League winners, while the \
                    Republic of Ireland lost. The MacBook Pro sold well in Yobe North. \
                    Pankaj Pandey, Head of Research at the firm, said sales rose in Hayward.";
        let es = extract(text, "en", &Context::default());
        let got: Vec<(&str, EntityType)> = es.iter().map(|e| (e.text.as_str(), e.kind)).collect();
        assert_eq!(
            got,
            [
                ("Wales", EntityType::Location),
                ("UEFA", EntityType::Organization),
                ("Republic of Ireland", EntityType::Location),
                ("Yobe North", EntityType::Location),
                ("Pankaj Pandey", EntityType::Person),
                ("Hayward", EntityType::Location),
            ]
        );
    }

    #[test]
    fn west_after_a_town_is_a_family_name() {
        // Kanye is a town in GeoNames; with West it is a person, as Yobe North is a district.
        let ps = texts_of(
            "The singer said Kanye West released the video, while voters in Yobe North queued.",
            "en",
            EntityType::Person,
        );
        assert_eq!(ps, ["Kanye West"]);
    }

    #[test]
    fn english_known_company_before_its_product_and_regions_by_direction() {
        let text = "Apple AirPods and Apple Pay sold well as Southern California waited.";
        let es = extract(text, "en", &Context::default());
        let got: Vec<(&str, EntityType)> = es.iter().map(|e| (e.text.as_str(), e.kind)).collect();
        assert_eq!(
            got,
            [
                ("Apple", EntityType::Organization),
                ("Apple", EntityType::Organization),
                ("Southern California", EntityType::Location),
            ]
        );
    }

    #[test]
    fn english_two_unknown_words_opening_a_sentence_before_an_action() {
        let text = "The game went on.\n\nTuukka Rask made 25 saves. Corso Monforte runs north.";
        let ps = texts_of(text, "en", EntityType::Person);
        assert_eq!(ps, ["Tuukka Rask"]);
    }

    #[test]
    fn english_hyphen_pairs_of_places_and_persons() {
        let text = "Trucks use the Baghdad-Damascus highway as US-China talks and the \
                    Putin-Erdogan summit go on in Guinea-Bissau.";
        let es = extract(text, "en", &Context::default());
        let got: Vec<(&str, EntityType)> = es.iter().map(|e| (e.text.as_str(), e.kind)).collect();
        assert_eq!(
            got,
            [
                ("Baghdad", EntityType::Location),
                ("Damascus", EntityType::Location),
                ("US", EntityType::Location),
                ("China", EntityType::Location),
                ("Putin", EntityType::Person),
                ("Erdogan", EntityType::Person),
                ("Guinea-Bissau", EntityType::Location),
            ]
        );
        let chars: Vec<char> = text.chars().collect();
        for e in &es {
            let s: String = chars[e.start..e.end].iter().collect();
            assert_eq!(s, e.text);
        }
    }

    #[test]
    fn english_places_ending_like_surnames() {
        let text = "Police in Forest Hill said Fiona Hill spoke at Spring Creek.";
        let es = extract(text, "en", &Context::default());
        let got: Vec<(&str, EntityType)> = es.iter().map(|e| (e.text.as_str(), e.kind)).collect();
        assert_eq!(
            got,
            [
                ("Forest Hill", EntityType::Location),
                ("Fiona Hill", EntityType::Person),
                ("Spring Creek", EntityType::Location),
            ]
        );
    }

    #[test]
    fn english_teams_of_a_sports_report() {
        let text = "The New York Islanders beat the Penguins in overtime. Minnesota beat Boston \
                    and the Wild improved; the coach praised the goal. Wales beat Hungary in the \
                    match, and the season goes on.";
        let os = texts_of(text, "en", EntityType::Organization);
        assert_eq!(
            os,
            [
                "New York Islanders",
                "Penguins",
                "Minnesota",
                "Boston",
                "Wild"
            ]
        );
        let ls = texts_of(text, "en", EntityType::Location);
        assert_eq!(ls, ["Wales", "Hungary"]);
        // Outside a sports report the words are what they are.
        let os = texts_of(
            "The Senators debated in Minnesota.",
            "en",
            EntityType::Organization,
        );
        assert!(os.is_empty(), "{os:?}");
    }

    #[test]
    fn english_regions_as_news_names_them() {
        let text = "Migrants crossed North Africa and the Sahel toward Scandinavia.";
        let ls = texts_of(text, "en", EntityType::Location);
        assert_eq!(ls, ["North Africa", "Sahel", "Scandinavia"]);
    }

    #[test]
    fn english_body_title_name_and_a_body_named_like_a_surname() {
        let es = extract(
            "The case went to Supreme Court Justice Mary Olund. Michael Reuters spent heavily, and Reuters said so.",
            "en",
            &Context::default(),
        );
        let got: Vec<(&str, EntityType, Option<&str>)> = es
            .iter()
            .map(|e| (e.text.as_str(), e.kind, e.role.as_deref()))
            .collect();
        assert!(
            got.contains(&("Supreme Court", EntityType::Organization, None)),
            "{got:?}"
        );
        assert!(
            got.contains(&(
                "Mary Olund",
                EntityType::Person,
                Some("Supreme Court Justice")
            )),
            "{got:?}"
        );
        assert!(
            got.contains(&("Reuters", EntityType::Person, None)),
            "{got:?}"
        );
    }

    #[test]
    fn english_company_by_its_shares_and_no_plural_speaker_at_a_sentence_start() {
        let es = extract(
            "Analysts said Ascenta’s shares fell. Witnesses told police that Kowalczyk said nothing.",
            "en",
            &Context::default(),
        );
        let got: Vec<(&str, EntityType)> = es.iter().map(|e| (e.text.as_str(), e.kind)).collect();
        assert_eq!(
            got,
            [
                ("Ascenta", EntityType::Organization),
                ("Kowalczyk", EntityType::Person)
            ]
        );
    }

    #[test]
    fn generated_english_given_names_open_names_at_a_sentence_start() {
        let per = texts_of("Callum Fairbairn won the race.", "en", EntityType::Person);
        assert_eq!(per, ["Callum Fairbairn"], "{per:?}");
    }

    #[test]
    fn english_surnames_repeat_and_lowercase_words_are_no_names() {
        let mut text = String::from("The suit was brought by Dana Quillan, 41.");
        for _ in 0..8 {
            text.push_str(" Lawyers for Quillan met again.");
        }
        text.push_str(" The agency chose Silver Machines, whose machines fly.");
        let per = texts_of(&text, "en", EntityType::Person);
        assert_eq!(per.iter().filter(|t| *t == "Quillan").count(), 8, "{per:?}");
        assert!(!per.iter().any(|t| t.contains("Machines")), "{per:?}");
    }

    #[test]
    fn english_places_by_kind_and_surnames() {
        let text = "Prime Minister Keir Starmer spoke in Downing Street. Later Starmer left.";
        let es = extract(text, "en", &Context::default());
        let got: Vec<(&str, EntityType)> = es.iter().map(|e| (e.text.as_str(), e.kind)).collect();
        assert!(
            got.contains(&("Downing Street", EntityType::Location)),
            "{got:?}"
        );
        assert!(got.contains(&("Starmer", EntityType::Person)), "{got:?}");
        let p = es.iter().find(|e| e.text == "Keir Starmer").unwrap();
        assert_eq!(p.role.as_deref(), Some("Prime Minister"));
    }

    #[test]
    fn gazetteer_prefilter_skips_only_tokens_without_a_match() {
        // Multi-word places, places after proclitics and ل + article, and given names that
        // start well-known persons, next to words that continue no entry.
        let text = "وصل الوفد إلى الولايات المتحدة وللعراق ثم أبو ظبي، وقال محمد بن سلمان \
                    وعبد الله الثاني إن كوريا الجنوبية وكوريا تدعمان المملكة العربية السعودية \
                    ومحمد وصل، ثم قال جورج بوش وجورج كلوني.";
        let ana = Ana::new(Doc::new(text));
        let key = |h: Option<&gazetteer::Hit>| h.map(|h| (h.first, h.last, h.skip, &h.entry.key));
        let mut hits = 0;
        for t in 0..ana.tokens.len() {
            let slow = if ana.tokens[t].kind != Kind::Arabic
                || ana.any(t) & lexicon::class::GAZ_FIRST != 0
            {
                gazetteer::longest_at(&ana, t)
            } else {
                None
            };
            assert_eq!(
                key(ana.gaz.get(t).and_then(Option::as_ref)),
                key(slow.as_ref()),
                "token {t}"
            );
            hits += usize::from(slow.is_some());
        }
        assert!(hits >= 5, "{hits}");
    }

    proptest! {
        #[test]
        fn mentions_index_the_text(s in "[ a-zA-Z.,وفبلكالأحمدروسيامصرقالرئيسوزارةالدفاع\u{064E}\u{0640}\n]{0,80}") {
            let chars: Vec<char> = s.chars().collect();
            for e in extract(&s, "ar", &Context::default()) {
                prop_assert!(e.start < e.end && e.end <= chars.len());
                let slice: String = chars[e.start..e.end].iter().collect();
                prop_assert_eq!(slice, e.text);
            }
        }

        #[test]
        fn arbitrary_text_never_panics(s in "\\PC{0,60}") {
            let chars: Vec<char> = s.chars().collect();
            for e in extract(&s, "ar", &Context::default()) {
                let slice: String = chars[e.start..e.end].iter().collect();
                prop_assert_eq!(slice, e.text);
            }
        }
    }

    #[test]
    fn generated_name_table_makes_people_of_known_name_pairs_only() {
        // A given and a family name of the generated table, neither in the hand lists.
        assert_eq!(
            texts_of(
                "وحضر الاجتماع فرحان العنزي وعدد من المسؤولين.",
                "ar",
                EntityType::Person
            ),
            ["فرحان العنزي"]
        );
        // The same given name read as an adjective ("glad"), with no name after it.
        assert!(texts_of("كان الجمهور فرحان بالفوز.", "ar", EntityType::Person).is_empty());
    }

    #[test]
    fn common_words_end_names_and_foreign_surnames_follow_known_first_names() {
        // A verbal noun of everyday Arabic is no third name.
        assert_eq!(
            texts_of(
                "وقال سمير حداد لقاء الأمس كان مثمرا.",
                "ar",
                EntityType::Person
            ),
            ["سمير حداد"]
        );
        // A family name that reads as ك + an Arabic template still follows a known first name.
        assert_eq!(
            texts_of("التقى الرئيس حسن كرماني الوفد.", "ar", EntityType::Person),
            ["حسن كرماني"]
        );
    }

    #[test]
    fn a_nationality_adjective_introduces_two_foreign_words_as_a_person() {
        assert_eq!(
            texts_of(
                "وفاز الياباني تاكيشي موراتا بالسباق.",
                "ar",
                EntityType::Person
            ),
            ["تاكيشي موراتا"]
        );
        // The adjective of a noun before it introduces nobody.
        assert!(texts_of(
            "وتراجع الاقتصاد الأمريكي ناتاليا كورتا.",
            "ar",
            EntityType::Person
        )
        .iter()
        .all(|p| p != "ناتاليا كورتا"));
    }

    #[test]
    fn a_role_in_apposition_names_the_two_words_before_it() {
        let es = extract(
            "وأوضح ماركوس بيلادو، مدير العمليات في الشركة، أن الإنتاج توقف.",
            "ar",
            &Context::default(),
        );
        let p = es.iter().find(|e| e.kind == EntityType::Person).unwrap();
        assert_eq!(p.text, "ماركوس بيلادو");
        assert_eq!(p.role.as_deref(), Some("مدير العمليات"));
    }

    #[test]
    fn an_article_noun_ends_a_name_and_a_given_surname_carries_over() {
        assert_eq!(
            texts_of(
                "التقى الوزير صالح عباس الوفد. وقال عباس إن الوفد غادر.",
                "ar",
                EntityType::Person
            ),
            ["صالح عباس", "عباس"]
        );
    }

    #[test]
    fn a_city_named_like_the_surname_of_a_person_named_in_full_is_that_person() {
        assert_eq!(
            texts_of(
                "قال الكاتب جورج طرابلس إن الرواية اكتملت. وأضاف طرابلس أنها تصدر قريبا.",
                "ar",
                EntityType::Person
            ),
            ["جورج طرابلس", "طرابلس"]
        );
        // Without the full name the city is a place.
        assert_eq!(
            texts_of("وصل الوفد إلى طرابلس أمس.", "ar", EntityType::Location),
            ["طرابلس"]
        );
    }

    #[test]
    fn a_role_then_a_comma_then_the_name_and_role_links_in_stop_lists() {
        let es = extract(
            "ووقعت نائب الأمين العام للمجلس، غابرييلا دراغوني، اتفاقية مع الوفد.",
            "ar",
            &Context::default(),
        );
        let p = es.iter().find(|e| e.kind == EntityType::Person).unwrap();
        assert_eq!(p.text, "غابرييلا دراغوني");
        assert_eq!(p.role.as_deref(), Some("نائب الأمين العام للمجلس"));
        // العام is a function word elsewhere but continues the role here.
        assert_eq!(
            texts_of("التقى الأمين العام دراغوني أمس.", "ar", EntityType::Person),
            ["دراغوني"]
        );
    }

    #[test]
    fn a_participle_with_its_object_ends_an_organization_name() {
        assert_eq!(
            texts_of(
                "وقال مدير معهد الموسيقى العربية التابع لدار الأوبرا إن الحفل تأجل.",
                "ar",
                EntityType::Organization
            ),
            ["معهد الموسيقى العربية"]
        );
    }
}
