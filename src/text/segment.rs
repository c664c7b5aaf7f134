//! Runs of words that lost their separators when a page was flattened to text: a keyword list
//! (`وزير الدفاع الفرنسي روسيا أوكرانيا فرنسا ...`) and a block of related headlines
//! (`حلفاء الناتو يحثون ... مساعدة كييف فنلندا تمدد إغلاق حدودها ...`).
//!
//! Keywords are segmented with the article's own text as evidence: a phrase the outlet wrote
//! in the title or body is one keyword; prepositions (`الحرب في أوكرانيا`), a conjunction
//! glued to a known word (`روسيا وأوكرانيا`) and a number (`فيفا 15`) bind their neighbours; a
//! definite noun and a definite nisba adjective (`الأزمة الأوكرانية`) stay together.
//!
//! Headlines are cut where a new sentence visibly starts: Arabic headlines are nominal
//! sentences, a subject (a word, or a noun with its definite complement) followed by an
//! imperfect verb (`فنلندا تمدد`, `حلفاء الناتو يحثون`).

use crate::text::evidence::Evidence;
use crate::text::normalize::{display, search_key};

/// Prepositions and linking words that cannot start or end a keyword.
const LINKS: &[&str] = &[
    "في", "من", "علي", "عن", "الي", "مع", "بشان", "ضد", "حول", "بين", "لدي", "عبر", "عند", "نحو",
    "خلال", "تجاه", "of", "in", "for", "on", "at", "to", "with", "and", "the", "de", "du", "la",
];

/// Longest keyword, in units.
const MAX_UNITS: usize = 6;

/// Splits a keyword list into phrases. Lists with separators are split on them; a
/// space-joined list is segmented with `ev` (the article's text) as evidence.
pub fn keywords(list: &str, ev: &Evidence) -> Vec<String> {
    let list = display(list);
    let list = list.trim().trim_end_matches(['.', '،', ',', ';', '؛']);
    let parts: Vec<String> = if list.contains(['،', ',', ';', '؛', '|', '\n', '#', '•']) {
        list.split(['،', ',', ';', '؛', '|', '\n', '#', '•'])
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .collect()
    } else {
        segment_run(list, ev)
    };
    let mut seen = std::collections::HashSet::new();
    parts
        .into_iter()
        .filter(|p| seen.insert(search_key(p)))
        .collect()
}

fn is_link(w: &str) -> bool {
    LINKS.contains(&search_key(w).to_lowercase().as_str())
}

fn is_number(w: &str) -> bool {
    w.chars()
        .all(|c| crate::text::normalize::digit_value(c).is_some())
}

/// `الأوكرانية`, `الروسي`: a definite nisba adjective.
fn is_definite_nisba(w: &str) -> bool {
    let k = search_key(w);
    k.starts_with("ال") && k.chars().count() > 4 && (k.ends_with("يه") || k.ends_with('ي'))
}

/// `سد النهضة`: a common noun in construct state before a definite word. The article itself
/// tells a common noun from a name: it writes the noun with the article (`السد`) and never bare,
/// while a name (`روسيا`) stands bare.
fn is_construct(a: &[String], b: &[String], ev: &Evidence) -> bool {
    let [word] = a else {
        return false;
    };
    let key = search_key(word);
    !key.starts_with("ال")
        && b.first().is_some_and(|w| search_key(w).starts_with("ال"))
        && ev.has_word(&format!("ال{key}"))
        && !ev.has_word(&key)
}

fn segment_run(list: &str, ev: &Evidence) -> Vec<String> {
    // Units: words glued by prepositions, conjunctions on known words, and numbers.
    let mut units: Vec<Vec<String>> = Vec::new();
    let mut bind_next = false;
    for w in list.split_whitespace() {
        let key = search_key(w);
        let conj = key.starts_with('و')
            && key.chars().count() > 3
            && key
                .get('و'.len_utf8()..)
                .is_some_and(|stem| ev.has_word(stem));
        let glue = bind_next || is_link(w) || conj || is_number(w);
        match units.last_mut() {
            Some(u) if glue => u.push(w.to_string()),
            _ => units.push(vec![w.to_string()]),
        }
        bind_next = is_link(w);
    }
    let n = units.len();
    let joined = |a: usize, b: usize| -> String {
        units[a..b]
            .iter()
            .map(|u| u.join(" "))
            .collect::<Vec<_>>()
            .join(" ")
    };
    // best[i]: (score, -segments) of the best segmentation of units[..i], and its last cut.
    let mut best: Vec<(f64, i64, usize)> = vec![(f64::NEG_INFINITY, 0, 0); n + 1];
    best[0] = (0.0, 0, 0);
    for i in 1..=n {
        for j in i.saturating_sub(MAX_UNITS)..i {
            let (prev, segs, _) = best[j];
            if prev == f64::NEG_INFINITY {
                continue;
            }
            let len = (i - j) as f64;
            let score = if i - j == 1 {
                1.0
            } else if ev.has_phrase(&joined(j, i)) {
                2.0 * len
            } else if (j + 1..i).all(|k| {
                let nisba = units[k].len() == 1
                    && is_definite_nisba(&units[k][0])
                    && units[k - 1]
                        .last()
                        .is_some_and(|w| search_key(w).starts_with("ال"));
                nisba || is_construct(&units[k - 1], &units[k], ev)
            }) {
                len + 0.5
            } else {
                continue;
            };
            let cand = (prev + score, segs - 1, j);
            if cand.0 > best[i].0 || (cand.0 == best[i].0 && cand.1 > best[i].1) {
                best[i] = cand;
            }
        }
    }
    let mut cuts = Vec::new();
    let mut i = n;
    while i > 0 {
        let j = best[i].2;
        cuts.push((j, i));
        i = j;
    }
    cuts.reverse();
    // Words the article never uses are mostly transliterated names, written as pairs
    // ("اكس بوكس بلاي ستيشن"): a run of exactly two or four of them pairs up.
    let unknown = |&(a, b): &(usize, usize)| {
        b - a == 1
            && units[a].len() == 1
            && !ev.has_phrase(&units[a][0])
            && !is_number(&units[a][0])
    };
    let mut out: Vec<String> = Vec::new();
    let mut k = 0;
    while k < cuts.len() {
        let run = cuts[k..].iter().take_while(|c| unknown(c)).count();
        if run == 2 || run == 4 {
            for pair in cuts[k..k + run].chunks(2) {
                out.push(joined(pair[0].0, pair[pair.len() - 1].1));
            }
            k += run;
        } else if run > 0 {
            out.extend(cuts[k..k + run].iter().map(|&(a, b)| joined(a, b)));
            k += run;
        } else {
            out.push(joined(cuts[k].0, cuts[k].1));
            k += 1;
        }
    }
    out
}

/// Splits a run of headlines without punctuation. `keywords` are the article's tags (a topic
/// label at the end of a "full coverage" block is one of them); `topic_label` says the run
/// ends with such a label (it is returned apart, not as a headline).
pub fn headlines(
    run: &str,
    keywords: &[String],
    topic_label: bool,
) -> (Vec<String>, Option<String>) {
    let run = display(run);
    let mut words: Vec<&str> = run.split_whitespace().collect();
    let mut label = None;
    if topic_label && words.len() > 1 {
        let keys: Vec<String> = keywords.iter().map(|k| search_key(k)).collect();
        let by_keyword = (1..=4.min(words.len() - 1))
            .rev()
            .find(|&n| keys.contains(&search_key(&words[words.len() - n..].join(" "))));
        let n = by_keyword.unwrap_or_else(|| {
            words
                .iter()
                .rev()
                .take(3)
                .take_while(|w| search_key(w).starts_with("ال"))
                .count()
        });
        if n > 0 && words.len() - n >= 3 {
            label = Some(words[words.len() - n..].join(" "));
            words.truncate(words.len() - n);
        }
    }
    let mut starts = vec![0usize];
    for v in 2..words.len() {
        if !is_imperfect_verb(words[v]) || is_link(words[v - 1]) {
            continue;
        }
        let s = if v >= 2
            && search_key(words[v - 1]).starts_with("ال")
            && !is_link(words[v - 2])
            && !is_imperfect_verb(words[v - 2])
        {
            v - 2
        } else {
            v - 1
        };
        if is_link(words[s]) {
            continue;
        }
        let last = starts.last().copied().unwrap_or(0);
        if s >= last + 3 && words.len() - s >= 3 {
            starts.push(s);
        }
    }
    let mut out = Vec::new();
    for (k, &s) in starts.iter().enumerate() {
        let e = starts.get(k + 1).copied().unwrap_or(words.len());
        if e > s {
            out.push(words[s..e].join(" "));
        }
    }
    (out, label)
}

/// An imperfect verb in the third person (`يحثون`, `تمدد`, `تستضيف`), told from nouns that
/// share its first letter: verbal nouns (`تمديد`, `توخي`), feminine and plural nouns, months.
fn is_imperfect_verb(w: &str) -> bool {
    let k = search_key(w);
    let chars: Vec<char> = k.chars().collect();
    if chars.len() < 3 || !matches!(chars[0], 'ي' | 'ت') {
        return false;
    }
    if k.ends_with('ه')
        || k.ends_with("ات")
        || k.starts_with("يوم")
        || k.starts_with("يون")
        || k.starts_with("يول")
        || k.starts_with("ينا")
    {
        return false;
    }
    // تفعيل (تمديد، تعزيز) and تفعّل/تفاعل verbal nouns ending in ي (توخي، تحدي).
    if chars[0] == 'ت' && (4..=5).contains(&chars.len()) && chars[3] == 'ي' {
        return false;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keywords_follow_the_article_text() {
        let ev = Evidence::new([
            "الرئيس البرازيلي يزور الصين",
            "قال الرئيس البرازيلي لولا دا سيلفا إن وزارة الخارجية الصينية رحبت بالزيارة.",
            "وتناولت المحادثات التجارة بين البرازيل والصين.",
        ]);
        let k = keywords(
            "الرئيس البرازيلي الصين البرازيل والصين التجارة في آسيا لولا دا سيلفا وزارة الخارجية الصينية وزارة الخارجية",
            &ev,
        );
        assert_eq!(
            k,
            [
                "الرئيس البرازيلي",
                "الصين",
                "البرازيل والصين",
                "التجارة في آسيا",
                "لولا دا سيلفا",
                "وزارة الخارجية الصينية",
                "وزارة الخارجية",
            ]
        );
    }

    #[test]
    fn nisba_adjectives_bind_and_separators_split() {
        let ev = Evidence::new(["نص لا علاقة له"]);
        assert_eq!(
            keywords("الانتخابات الأمريكية كندا", &ev),
            ["الانتخابات الأمريكية", "كندا"]
        );
        assert_eq!(
            keywords("ألعاب، فيفا 15، نصائح", &ev),
            ["ألعاب", "فيفا 15", "نصائح"]
        );
        assert_eq!(keywords("فيفا 15 نصائح", &ev), ["فيفا 15", "نصائح"]);
    }

    #[test]
    fn persian_letters_leave_keywords() {
        let ev = Evidence::new(["زار الوفد أوكرانيا"]);
        assert_eq!(keywords("أوکرانیا", &ev), ["أوكرانيا"]);
    }

    #[test]
    fn headlines_split_at_subject_and_verb() {
        let (h, label) = headlines(
            "وزراء الخارجية يبحثون سبل تعزيز التعاون مع الجوار مصر تستضيف قمة اقتصادية في الشتاء الحرب التجارية",
            &["الحرب التجارية".to_string()],
            true,
        );
        assert_eq!(
            h,
            [
                "وزراء الخارجية يبحثون سبل تعزيز التعاون مع الجوار",
                "مصر تستضيف قمة اقتصادية في الشتاء"
            ]
        );
        assert_eq!(label.as_deref(), Some("الحرب التجارية"));
    }

    #[test]
    fn one_headline_stays_whole() {
        let (h, label) = headlines("ارتفاع أسعار النفط بعد قرار أوبك", &[], false);
        assert_eq!(h, ["ارتفاع أسعار النفط بعد قرار أوبك"]);
        assert_eq!(label, None);
    }

    #[test]
    fn verbal_nouns_are_not_verbs() {
        for w in ["تمديد", "توخي", "تعزيز", "تحركات", "تجربة", "يوليو"]
        {
            assert!(!is_imperfect_verb(w), "{w}");
        }
        for w in ["تمدد", "يحثون", "تستضيف", "يبحث"] {
            assert!(is_imperfect_verb(w), "{w}");
        }
    }
}
