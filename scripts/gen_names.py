#!/usr/bin/env python3
"""Generates data/names_ar.tsv, the Arabic given-name and family-name table of src/entities.

Sources (registry packages, nothing is fetched from the network at build or run time):
- names-dataset (MIT): first and last names with their popularity rank per country.
- wordfreq (Apache-2.0 code, CC BY-SA 4.0 data): how often a word occurs in general Arabic text.

A word is kept as a name when people in Arab countries carry it often *relative to* how often
it occurs in running text: many popular names are also common words (كريم، أمل، وزير is even
used as a first name), and the ratio of name popularity to text frequency tells them apart.
A name ranked r in some Arab country, whose word has Zipf frequency z in text, is kept when

    z <= ZIPF_CAP  and  r <= min(RANK_CAP, 10 ** (RATIO - z))

so a word used once in a million words (z = 3) needs rank 10,000 or better, and one used once
in ten thousand words (z = 5) is never kept: the hand-written lists in lexicon.rs carry the
frequent names with the care their ambiguity needs.

It also lists common words (kind W): words of running text that no name table claims, seen at
least once in 100,000 words (Zipf >= 3), that mostly occur with the article or an attached
suffix (الـ, ـه، ـها، ـات، ـون...). Names almost never take those (بوتين has no البوتين), while
nouns, adjectives and verbs do: the share of the bare form tells a word of the language from a
name, and lets the rules stop a name before a common word (… شيراك آنذاك، … عمرو لقاء).

It also lists the rest of the frequent vocabulary (kind V): words seen at least once in 30,000
words (Zipf >= 3.5), without the article, that no name table claims and that no popular name
(rank <= 2,000 in an Arab country) spells. The rules use them where a word must be foreign to
the language to be a name part: after a foreign first name (خافيير كاساس, but not … يسجل), and
to read a preposition or conjunction on a word of the language (بضرورة، لوقف، بمقر) as a phrase
that ends a name.

Usage: apt-get install wamerican && pip install names-dataset wordfreq && python3 scripts/gen_names.py
Output lines: KIND<TAB>KEY, KIND G (given name), F (family name), W (common word) or V (other frequent word); KEY is the name with
alef forms, ta marbuta and alef maqsura folded (the Rust side folds the text the same way).
"""

import gzip
import math
import os
import pickle
import re
import sys
from collections import defaultdict
from pathlib import Path

import names_dataset
import wordfreq

OUT = Path(__file__).resolve().parent.parent / "data" / "names_ar.tsv"

# Countries whose people mostly write their names in Arabic script with Arabic letters.
ARAB = {
    "AE", "BH", "DJ", "DZ", "EG", "IQ", "JO", "KM", "KW", "LB", "LY", "MA", "MR", "OM", "PS",
    "QA", "SA", "SD", "SO", "SY", "TN", "YE",
}
ARABIC_WORD = re.compile(r"^[\u0621-\u063A\u0641-\u064A]{3,}$")
ZIPF_CAP = 4.5
RATIO = 7.0
# Family names with the article are often nicknames or plain adjectives (الجن، الفراق،
# الدفاعي) on the social network the name table comes from: they need a better ratio.
RATIO_ARTICLE = 6.0
RANK_CAP = {"G": 3000, "F": 5000}
COMMON_ZIPF = 3.0
COMMON_BARE_SHARE = 0.85
VOCAB_ZIPF = 3.5
POPULAR_NAME_RANK = 2000


def fold(s):
    """The search key of the Rust side, for the letters a name can have."""
    s = re.sub("[أإآٱ]", "ا", s)
    return s.replace("ة", "ه").replace("ى", "ي")


def best_ranks(table):
    """Search key → best (lowest) rank of any of its spellings in an Arab country."""
    out = {}
    for name, info in table.items():
        if not ARABIC_WORD.match(name):
            continue
        ranks = [r for c, r in info.get("rank", {}).items() if c in ARAB]
        if ranks:
            k = fold(name)
            out[k] = min(out.get(k, math.inf), min(ranks))
    return out


def main():
    base = Path(os.path.dirname(names_dataset.__file__)) / "v3"
    with gzip.open(base / "first_names.pkl.gz") as f:
        first = pickle.load(f)
    with gzip.open(base / "last_names.pkl.gz") as f:
        last = pickle.load(f)
    # Text frequency per search key: the spellings of one key add up.
    freq = defaultdict(float)
    for w, p in wordfreq.get_frequency_dict("ar").items():
        freq[fold(w)] += p

    def zipf(k):
        p = freq.get(k, 0.0)
        return math.log10(p) + 9 if p > 0 else 0.0

    rows = []
    for kind, table in (("G", first), ("F", last)):
        for k, rank in sorted(best_ranks(table).items(), key=lambda x: (x[1], x[0])):
            z = zipf(k)
            ratio = RATIO_ARTICLE if k.startswith("ال") else RATIO
            if z <= ZIPF_CAP and rank <= min(RANK_CAP[kind], 10 ** (ratio - z)):
                rows.append((kind, k))

    names = {k for _, k in rows}
    suffixes = ["ه", "ها", "هم", "هما", "كم", "ي", "نا", "ات", "ين", "ون", "وا", "يه", "ان", "تها", "ته"]
    common = []
    for k, p in freq.items():
        if not ARABIC_WORD.match(k) or k.startswith("ال") or k in names or zipf(k) < COMMON_ZIPF:
            continue
        other = freq.get("ال" + k, 0.0) + sum(freq.get(k + s, 0.0) for s in suffixes)
        if p / (p + other) < COMMON_BARE_SHARE:
            common.append(k)
    rows += [("W", k) for k in sorted(common)]

    popular = {
        k
        for table in (first, last)
        for k, rank in best_ranks(table).items()
        if rank <= POPULAR_NAME_RANK
    }
    taken = names | set(common) | popular
    vocab = [
        k
        for k in freq
        if ARABIC_WORD.match(k)
        and not k.startswith("ال")
        and k not in taken
        and zipf(k) >= VOCAB_ZIPF
    ]
    rows += [("V", k) for k in sorted(vocab)]

    with OUT.open("w", encoding="utf-8") as f:
        f.write("# generated by scripts/gen_names.py — do not edit\n")
        f.write(
            f"# sources: names-dataset {names_dataset.__version__ if hasattr(names_dataset, '__version__') else '3.3.1'} (MIT), "
            f"wordfreq {wordfreq.__version__ if hasattr(wordfreq, '__version__') else '3.1.1'} (CC BY-SA 4.0 data; this file: CC BY-SA 4.0)\n"
        )
        f.write("# KIND\tKEY\n")
        for kind, k in rows:
            f.write(f"{kind}\t{k}\n")
    print(f"wrote {len(rows)} rows to {OUT}", file=sys.stderr)


# English given names: ranked this well in the US or Britain, and no everyday English word.
EN_RANK_CAP = 1000
# Countries whose people English news names in Latin letters, and the rank a first name needs
# there (names-dataset ranks names per country).
ABROAD_RANK_CAP = 200
LATIN_NEWS_COUNTRIES = {
    "CA", "AU", "IE", "NZ", "ZA", "FR", "DE", "IT", "ES", "PT", "NL", "BE", "CH", "AT", "SE",
    "NO", "DK", "FI", "IS", "PL", "CZ", "SK", "HU", "RO", "HR", "SI", "RS", "BA", "AL", "GR",
    "TR", "BR", "AR", "MX", "CO", "CL", "PE", "VE", "UY", "EC", "NG", "GH", "KE", "PH", "ID",
    "MY", "EE", "LV", "LT", "IN", "PK", "BD", "LK", "JP",
}
OUT_EN = OUT.parent / "names_en.txt"
EN_WORD_NAMES = {"Will", "May", "June", "April", "August", "Hope", "Grace", "Joy", "Faith",
                 "Summer", "Dawn", "Bill", "Sue", "Rich", "Chase", "Page", "Case", "Gay"}


def english_given_names():
    """First names ranked EN_RANK_CAP or better in the US or Britain, or ABROAD_RANK_CAP in a
    country English news often reports on (names-dataset), that are
    no lowercase word of the system English dictionary (Debian's wamerican: not Will, Mark,
    Hope, June), written to data/names_en.txt for the English rules."""
    words_path = Path("/usr/share/dict/american-english")
    if not words_path.exists():
        sys.exit("install the English word list: apt-get install wamerican")
    words = {w for w in words_path.read_text(encoding="utf-8").split() if w.islower()}
    base = Path(os.path.dirname(names_dataset.__file__)) / "v3"
    with gzip.open(base / "first_names.pkl.gz") as f:
        first = pickle.load(f)
    out = set()
    for name, info in first.items():
        ranks = [r for c, r in info.get("rank", {}).items() if c in ("US", "GB") and r]
        # English news names people of every country in Latin letters (Tuukka Rask, Patrik
        # Laine, Joonas Korpisalo): a name as popular in one of them counts too.
        abroad = [r for c, r in info.get("rank", {}).items() if c in LATIN_NEWS_COUNTRIES and r]
        if (not ranks or min(ranks) > EN_RANK_CAP) and (
            not abroad or min(abroad) > ABROAD_RANK_CAP
        ):
            continue
        if not re.match(r"^[A-Z][a-zà-ÿ]{2,}(-[A-Z][a-zà-ÿ]+)?$", name):
            continue
        # A name that is also a dictionary word is kept only among the hundred most given
        # (John, Tom, Mark), and never when the word is a month, a virtue or a verb of the
        # kind that opens sentences (May, June, Hope, Will).
        if name.lower() in words and (not ranks or min(ranks) > 100 or name in EN_WORD_NAMES):
            continue
        out.add(name)
    with OUT_EN.open("w", encoding="utf-8") as f:
        f.write("# generated by scripts/gen_names.py — do not edit\n")
        f.write("# sources: names-dataset (MIT); Debian wamerican word list (SCOWL, permissive)\n")
        for name in sorted(out):
            f.write(name + "\n")
    print(f"wrote {len(out)} names to {OUT_EN}", file=sys.stderr)


# English common words: frequent enough to matter, never a proper noun in the dictionary, and
# no name that people in English-speaking countries commonly carry.
EN_WORD_ZIPF = 2.5
OUT_EN_WORDS = OUT.parent / "words_en.txt"
EN_NAME_COUNTRIES = {"US", "GB", "CA", "AU", "IE", "NZ", "ZA", "IN", "NG"}
EN_NAME_RANK = {"first": 3000, "last": 8000}


def english_common_words():
    """Lowercase English words (wordfreq Zipf >= EN_WORD_ZIPF) that the system dictionary
    lists only in lowercase (institutional, auditorium, research: not Hall, Rose, Brown) and
    that no popular first or last name spells, written to data/words_en.txt. A capitalized
    run made of such a word is a heading, a body or a product (Kotak Institutional Equities,
    Public Auditorium, MacBook Air), not a person's name."""
    words_path = Path("/usr/share/dict/american-english")
    if not words_path.exists():
        sys.exit("install the English word list: apt-get install wamerican")
    dictionary = set(words_path.read_text(encoding="utf-8").split())
    base = Path(os.path.dirname(names_dataset.__file__)) / "v3"
    names = set()
    for table_name in ("first", "last"):
        with gzip.open(base / f"{table_name}_names.pkl.gz") as f:
            table = pickle.load(f)
        for name, info in table.items():
            ranks = [r for c, r in info.get("rank", {}).items() if c in EN_NAME_COUNTRIES and r]
            if ranks and min(ranks) <= EN_NAME_RANK[table_name]:
                names.add(name.lower())
    out = []
    for w, p in wordfreq.get_frequency_dict("en").items():
        if math.log10(p) + 9 < EN_WORD_ZIPF or len(w) < 3 or not (w.isalpha() and w.islower()):
            continue
        if w not in dictionary or w.capitalize() in dictionary or w in names:
            continue
        out.append(w)
    with OUT_EN_WORDS.open("w", encoding="utf-8") as f:
        f.write("# generated by scripts/gen_names.py — do not edit\n")
        f.write(
            "# sources: wordfreq (CC BY-SA 4.0 data; this file: CC BY-SA 4.0); "
            "Debian wamerican word list (SCOWL, permissive); names-dataset (MIT)\n"
        )
        for w in sorted(out):
            f.write(w + "\n")
    print(f"wrote {len(out)} words to {OUT_EN_WORDS}", file=sys.stderr)


if __name__ == "__main__":
    main()
    english_given_names()
    english_common_words()
