//! Dumps the entities found in a BIO gold file's text, one per line with the rule that found it
//! (debugging aid): `cargo run --example ner_dump -- FILE [raw|spans]` (`spans`: offsets only).
fn main() {
    let path = std::env::args().nth(1).unwrap_or_default();
    let raw = std::fs::read_to_string(&path).unwrap_or_default();
    let mut text = String::new();
    let plain = std::env::args().nth(2).is_some_and(|a| a == "raw");
    if plain {
        text = raw.clone();
    }
    for line in raw.lines().filter(|_| !plain) {
        let line: String = line
            .chars()
            .filter(|c| !matches!(c, '\u{feff}' | '\u{200e}' | '\r'))
            .collect();
        let line = line.trim();
        if line.is_empty() {
            text.push('\n');
            continue;
        }
        let tok = line
            .rsplit_once(['\t', ' '])
            .map(|(a, _)| a)
            .unwrap_or(line);
        text.push_str(tok);
        text.push(' ');
    }
    let chars: Vec<char> = text.chars().collect();
    let spans = std::env::args().nth(2).is_some_and(|a| a == "spans");
    for (e, rule) in khabar::entities::extract_explained(&text, "ar", &Default::default()) {
        let a = e.start.saturating_sub(30);
        let b = (e.end + 30).min(chars.len());
        if spans {
            println!("{}\t{}\t{:?}\t{}", e.start, e.end, e.kind, rule);
            continue;
        }
        let ctx: String = chars[a..b].iter().collect::<String>().replace('\n', " ");
        println!(
            "{:?}\t{}\t{}\t{}\t{}",
            e.kind,
            rule,
            e.text,
            e.role.unwrap_or_default(),
            ctx
        );
    }
}
