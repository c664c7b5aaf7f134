use super::*;
use proptest::prelude::*;

fn values(text: &str) -> Vec<(String, String)> {
    find(text)
        .into_iter()
        .map(|d| {
            let s: String = text.chars().skip(d.start).take(d.end - d.start).collect();
            (s, d.value)
        })
        .collect()
}

fn one(text: &str) -> (String, String) {
    let v = values(text);
    assert_eq!(v.len(), 1, "{text}: {v:?}");
    v.into_iter().next().unwrap()
}

#[test]
fn egyptian_gulf_months() {
    assert_eq!(
        one("وصل الوفد في 24 أغسطس 2020 إلى القاهرة"),
        ("24 أغسطس 2020".into(), "2020-08-24".into())
    );
    assert_eq!(
        one("في 3 اغسطس 2019"),
        ("3 اغسطس 2019".into(), "2019-08-03".into())
    );
    assert_eq!(
        one("يوم 9 يونيه 2014"),
        ("9 يونيه 2014".into(), "2014-06-09".into())
    );
    assert_eq!(
        one("منذ أكتوبر 2022."),
        ("أكتوبر 2022".into(), "2022-10".into())
    );
    assert_eq!(
        one("منذ اكتوبر 2022."),
        ("اكتوبر 2022".into(), "2022-10".into())
    );
}

#[test]
fn weekday_prefix_joins_the_span() {
    assert_eq!(
        one("الأحد 24 أغسطس 2020"),
        ("الأحد 24 أغسطس 2020".into(), "2020-08-24".into())
    );
    assert_eq!(
        one("نشر يوم الخميس، 2 مايو 2019 خبر"),
        ("يوم الخميس، 2 مايو 2019".into(), "2019-05-02".into())
    );
}

#[test]
fn levantine_and_maghreb_months() {
    assert_eq!(
        one("في 5 كانون الثاني 2021"),
        ("5 كانون الثاني 2021".into(), "2021-01-05".into())
    );
    assert_eq!(
        one("في 12 تشرين الأول 2019"),
        ("12 تشرين الأول 2019".into(), "2019-10-12".into())
    );
    assert_eq!(
        one("منذ نيسان 2018"),
        ("نيسان 2018".into(), "2018-04".into())
    );
    assert_eq!(
        one("يوم 14 جويلية 2019"),
        ("14 جويلية 2019".into(), "2019-07-14".into())
    );
    assert_eq!(
        one("في 3 فيفري 2020"),
        ("3 فيفري 2020".into(), "2020-02-03".into())
    );
    assert_eq!(
        one("في 7 أوت 2016"),
        ("7 أوت 2016".into(), "2016-08-07".into())
    );
    assert_eq!(
        one("في 2 دجنبر 2017"),
        ("2 دجنبر 2017".into(), "2017-12-02".into())
    );
}

#[test]
fn twin_month_names() {
    assert_eq!(
        one("ومطلع ايار/مايو 2015 تحطمت"),
        ("ايار/مايو 2015".into(), "2015-05".into())
    );
    assert_eq!(
        one("في 15 يوليو/تموز 2016 وهو"),
        ("15 يوليو/تموز 2016".into(), "2016-07-15".into())
    );
    assert_eq!(
        one("في كانون الاول/ ديسمبر 2014"),
        ("كانون الاول/ ديسمبر 2014".into(), "2014-12".into())
    );
}

#[test]
fn twins_side_by_side() {
    assert_eq!(
        one("يوم 30 ابريل نيسان 1998 في"),
        ("30 ابريل نيسان 1998".into(), "1998-04-30".into())
    );
    assert_eq!(
        one("( 1849 - 1905 ) تلك"),
        ("1849 - 1905".into(), "1849/1905".into())
    );
}

#[test]
fn month_names_alone_are_not_dates() {
    assert!(values("مارس الرياضة كل يوم وزار أبها في آب").is_empty());
}

#[test]
fn english_dates() {
    assert_eq!(
        one("Published 5th, April 2024 GMT"),
        ("5th, April 2024".into(), "2024-04-05".into())
    );
    assert_eq!(
        one("on March 17, 2020 at noon"),
        ("March 17, 2020".into(), "2020-03-17".into())
    );
    assert_eq!(
        one("Sat, 23 Jun 2018 15:36"),
        ("Sat, 23 Jun 2018".into(), "2018-06-23".into())
    );
    assert_eq!(
        one("since October 2022 the"),
        ("October 2022".into(), "2022-10".into())
    );
}

#[test]
fn numeric_dates() {
    assert_eq!(
        one("بتاريخ 12/01/2020 صدر"),
        ("12/01/2020".into(), "2020-01-12".into())
    );
    assert_eq!(
        one("بتاريخ ١٢ / ٠١ / ٢٠٢٠ صدر"),
        ("١٢ / ٠١ / ٢٠٢٠".into(), "2020-01-12".into())
    );
    assert_eq!(
        one("updated 2020-06-03T10:00"),
        ("2020-06-03".into(), "2020-06-03".into())
    );
    assert_eq!(
        one("on 03/25/2021 they"),
        ("03/25/2021".into(), "2021-03-25".into())
    );
    // Scores, versions and impossible dates are not dates.
    assert!(values("فاز 38-0 و4-1 ثم 1.2.3.2020 و 31/02/2020").is_empty());
}

#[test]
fn hijri_dates_become_gregorian() {
    assert_eq!(
        one("في 1 رمضان 1445 هـ بدأ"),
        ("1 رمضان 1445 هـ".into(), "2024-03-11".into())
    );
    let v = values("المدينة 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس");
    assert_eq!(v.len(), 2, "{v:?}");
    assert_eq!(v[0], ("25 شوال 1436 هـ".into(), "2015-08-10".into()));
    assert_eq!(v[1], ("10 اغسطس 2015 م".into(), "2015-08-10".into()));
    // The printed Gregorian date wins over the conversion.
    let v = values("5 ذي الحجة 1440 هـ الموافق 7 أغسطس 2019");
    assert_eq!(v[0].1, "2019-08-07");
    // A Hijri month name without a year is no date (رمضان is also a given name).
    assert!(values("قال رمضان 5 مرات").is_empty());
}

#[test]
fn eastern_digits() {
    assert_eq!(
        one("في ٢٤ أغسطس ٢٠٢٠"),
        ("٢٤ أغسطس ٢٠٢٠".into(), "2020-08-24".into())
    );
}

#[test]
fn ranges() {
    assert_eq!(
        one("من 5 إلى 7 مايو 2020"),
        ("5 إلى 7 مايو 2020".into(), "2020-05-05/2020-05-07".into())
    );
    assert_eq!(
        one("بين 5 و7 مايو 2020"),
        ("5 و7 مايو 2020".into(), "2020-05-05/2020-05-07".into())
    );
    assert_eq!(
        one("موسم 2014-2015 كان"),
        ("2014-2015".into(), "2014/2015".into())
    );
}

#[test]
fn days_without_a_year() {
    assert_eq!(
        one("الثلاثاء المقبل 11 أغسطس بعد"),
        ("11 أغسطس".into(), "--08-11".into())
    );
    let v = find_with_reference("المقرر 11 أغسطس بعد", Some("2015-08-07"));
    assert_eq!(v[0].value, "2015-08-11");
}

#[test]
fn bare_years_need_a_date_context() {
    assert_eq!(
        one("قد تكون محادثات 2022 بين الجانبين"),
        ("2022".into(), "2022".into())
    );
    assert_eq!(one("فيكتوري عام 2013. وهي"), ("2013".into(), "2013".into()));
    assert_eq!(one("وتاريخ 2015م."), ("2015م".into(), "2015".into()));
    assert!(values("قتل 2022 شخصا و بلغ 8820.65 نقطة و1999 دولارا").is_empty());
    assert!(values("a total score of 2072 and").is_empty());
    assert_eq!(
        one("by the end of 2025 they"),
        ("2025".into(), "2025".into())
    );
}

#[test]
fn relative_dates_need_a_reference() {
    let text = "قال أمس إن اجتماع يوم الجمعة الماضي سبق اجتماع الأحد المقبل";
    assert!(find(text).is_empty());
    // 2024-04-05 was a Friday.
    let v: Vec<String> = find_with_reference(text, Some("2024-04-05T10:00:00Z"))
        .into_iter()
        .map(|d| d.value)
        .collect();
    assert_eq!(v, ["2024-04-04", "2024-03-29", "2024-04-07"]);
    let v = find_with_reference("اعلنت مصادر اليوم الجمعة مقتل", Some("2015-08-07"));
    assert_eq!(v.len(), 1);
    assert_eq!(v[0].value, "2015-08-07");
    let v = find_with_reference("He said yesterday that on Monday", Some("2020-03-18"));
    let vals: Vec<&str> = v.iter().map(|d| d.value.as_str()).collect();
    assert_eq!(vals, ["2020-03-17", "2020-03-16"]);
}

#[test]
fn year_after_a_year_word_and_weekday_after_tomorrow() {
    assert_eq!(
        one("في يوم 15 يوليو/تموز عام 2016 وهو"),
        ("15 يوليو/تموز عام 2016".into(), "2016-07-15".into())
    );
    let text = "انتخابات في تركيا غداً الأحد وقتلى أمس (الجمعة) هناك";
    let v = find_with_reference(text, Some("2018-06-23"));
    let got: Vec<(String, String)> = v
        .iter()
        .map(|d| {
            (
                text.chars().skip(d.start).take(d.end - d.start).collect(),
                d.value.clone(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("غداً الأحد".to_string(), "2018-06-24".to_string()),
            ("أمس (الجمعة)".to_string(), "2018-06-22".to_string())
        ]
    );
}

#[test]
fn today_alone_but_not_a_day_or_a_name() {
    let text = "وقع الانفجار اليوم في المدينة وفي اليوم الأول نقلت عين اليوم الخبر";
    let v = find_with_reference(text, Some("2015-08-10"));
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].value, "2015-08-10");
    let before = text.split("اليوم").next().unwrap_or("");
    assert_eq!(v[0].start, before.chars().count());
}

#[test]
fn ordinal_days_and_month_of_year() {
    assert_eq!(
        one("هجمات الحادي عشر من سبتمبر / أيلول 2001 ، قال"),
        (
            "الحادي عشر من سبتمبر / أيلول 2001".into(),
            "2001-09-11".into()
        )
    );
    assert_eq!(
        one("منذ الأول من مايو 2019 بدأ"),
        ("الأول من مايو 2019".into(), "2019-05-01".into())
    );
    assert_eq!(
        one("كان أغسطس من عام 2002 لحظة"),
        ("أغسطس من عام 2002".into(), "2002-08".into())
    );
    // "الأول" alone is an ordinal, not a date.
    assert!(values("الفصل الأول من الكتاب").is_empty());
}

#[test]
fn clitics_stay_outside_the_span() {
    let text = "ووقع في العام الماضي وأمس";
    let v = find_with_reference(text, Some("2020-01-02"));
    assert_eq!(v.len(), 1);
    let s: String = text
        .chars()
        .skip(v[0].start)
        .take(v[0].end - v[0].start)
        .collect();
    assert_eq!(s, "أمس");
}

#[test]
fn published_iso() {
    assert_eq!(
        parse_published("2020-06-03T10:00:00+04:00").as_deref(),
        Some("2020-06-03T10:00:00+04:00")
    );
    assert_eq!(
        parse_published("2020-06-03T10:00:00Z").as_deref(),
        Some("2020-06-03T10:00:00Z")
    );
    assert_eq!(
        parse_published("2020-06-03T10:00:00.000+0400").as_deref(),
        Some("2020-06-03T10:00:00+04:00")
    );
    assert_eq!(parse_published("2020-06-03").as_deref(), Some("2020-06-03"));
    assert_eq!(
        parse_published("2020-06-03T10:00:00").as_deref(),
        Some("2020-06-03")
    );
    assert_eq!(parse_published("2020-02-30"), None);
}

#[test]
fn published_stamps() {
    assert_eq!(
        parse_published("5th, April 2024 GMT").as_deref(),
        Some("2024-04-05")
    );
    assert_eq!(
        parse_published("الأحد 24 أغسطس 2020").as_deref(),
        Some("2020-08-24")
    );
    assert_eq!(
        parse_published("١٢ / ٠١ / ٢٠٢٠").as_deref(),
        Some("2020-01-12")
    );
    assert_eq!(
        parse_published("25 شوال 1436 هـ الموافق 10 اغسطس 2015 م").as_deref(),
        Some("2015-08-10")
    );
    assert_eq!(
        parse_published("الخميس 3 نيسان 2014").as_deref(),
        Some("2014-04-03")
    );
    assert_eq!(
        parse_published("12 فيفري 2019").as_deref(),
        Some("2019-02-12")
    );
    assert_eq!(
        parse_published("March 17, 2020 10:22 am ET").as_deref(),
        Some("2020-03-17T10:22:00-04:00")
    );
    assert_eq!(
        parse_published("Sat, 23 Jun 2018 15:36:36 +0400").as_deref(),
        Some("2018-06-23T15:36:36+04:00")
    );
    assert_eq!(
        parse_published("Fri, 18 May 2018 19:29:41 GMT").as_deref(),
        Some("2018-05-18T19:29:41Z")
    );
    assert_eq!(
        parse_published("10 اغسطس 2015 م 20:45 ت م").as_deref(),
        Some("2015-08-10T20:45:00+03:00")
    );
    assert_eq!(
        parse_published("الثلاثاء 17 مارس 2020 - 02:05 مساءً بتوقيت مكة").as_deref(),
        Some("2020-03-17T14:05:00+03:00")
    );
    // A time without a zone cannot be placed: the date alone.
    assert_eq!(
        parse_published("17 مارس 2020 14:05").as_deref(),
        Some("2020-03-17")
    );
    assert_eq!(parse_published("no date here"), None);
    // A month is not a publication date, and a sentence that mentions a day is not a stamp.
    assert_eq!(parse_published("مارس 2022"), None);
    assert_eq!(
        parse_published(
            "وقال الوزير إن العمل في الجسر الجديد بدأ في الخامس من مارس 2022 وسط المدينة."
        ),
        None
    );
    assert_eq!(
        parse_published("The bridge work began on March 5, 2022, under the previous council plan."),
        None
    );
    assert_eq!(
        parse_published("Last updated on Monday, March 2, 2020 5:04 pm EST").as_deref(),
        Some("2020-03-02T17:04:00-05:00")
    );
}

#[test]
fn published_label_beats_updated_and_plain_stamps() {
    let header = "آخر تحديث: الأحد 25 أغسطس 2020\nنشر في: السبت 24 أغسطس 2020 - 10:30 ص";
    assert_eq!(find_published(header).as_deref(), Some("2020-08-24"));
    let header = "Updated: March 18, 2020 | March 17, 2020 10:22 am ET";
    assert_eq!(
        find_published(header).as_deref(),
        Some("2020-03-17T10:22:00-04:00")
    );
    assert_eq!(
        find_published("آخر تحديث: 3 نيسان 2021").as_deref(),
        Some("2021-04-03")
    );
    assert_eq!(find_published("لا تاريخ هنا"), None);
}

#[test]
fn us_daylight_saving() {
    assert!(us_dst(2020, 3, 17));
    assert!(!us_dst(2020, 3, 1));
    assert!(!us_dst(2020, 12, 1));
}

/// Words that start, continue or surround dates, with proclitics, numbers and punctuation,
/// for sentences that put them in every order.
const DATE_WORDS: &[&str] = &[
    "5",
    "17",
    "٢٤",
    "2020",
    "١٤٣٦",
    "1999",
    "03",
    "/",
    "-",
    ".",
    ",",
    "،",
    "(",
    ")",
    "«",
    "مارس",
    "وفي",
    "ومارس",
    "بمايو",
    "أيار",
    "كانون",
    "الثاني",
    "تشرين",
    "الأول",
    "جويلية",
    "أغسطس",
    "شوال",
    "ربيع",
    "الآخر",
    "ذي",
    "الحجة",
    "هـ",
    "م",
    "الموافق",
    "الحادي",
    "عشر",
    "من",
    "إلى",
    "و",
    "عام",
    "العام",
    "سنة",
    "منذ",
    "بين",
    "الأحد",
    "والجمعة",
    "بالأحد",
    "يوم",
    "اليوم",
    "أمس",
    "وأمس",
    "أول",
    "غداً",
    "بعد",
    "غد",
    "الماضي",
    "المقبل",
    "عين",
    "نفسه",
    "قال",
    "الوزير",
    "شخصا",
    "March",
    "may",
    "Mar",
    "5th",
    "of",
    "on",
    "last",
    "next",
    "this",
    "Friday",
    "sun",
    "yesterday",
    "today",
    "tomorrow",
    "end",
    "in",
];

/// The scan tries the matchers only where [`Stored::may_start`] holds: no matcher may find a
/// date anywhere else, or the shortcut would lose it.
fn no_match_where_no_date_may_start(text: &str) {
    let toks = tokenize(text);
    for (i, t) in toks.list.iter().enumerate() {
        if !t.may_start() {
            assert!(
                match_at(&toks, i, Some((2024, 3, 15))).is_none(),
                "a date starts at «{}» in «{text}»",
                toks.get(i).unwrap().key
            );
        }
    }
}

#[test]
fn char_classes_in_any_test_order() {
    use crate::text::normalize::{is_arabic_letter, is_arabic_mark};
    // The classes as first written, one test after the other.
    let plain = |c: char| {
        if digit_value(c).is_some() {
            Class::Token(Kind::Num)
        } else if c.is_alphabetic() || is_arabic_letter(c) || is_arabic_mark(c) || c == '\u{0640}' {
            Class::Token(Kind::Word)
        } else if c.is_whitespace() || matches!(c, '\u{200B}'..='\u{200F}') {
            Class::Space
        } else {
            Class::Token(Kind::Punct)
        }
    };
    for c in (0..=0x10FFFF).filter_map(char::from_u32) {
        assert!(class(c) == plain(c), "U+{:04X}", u32::from(c));
    }
}

#[test]
fn the_lexicon_finds_every_key() {
    let lexicon = lexicon();
    for (key, id) in &lexicon.words {
        assert_eq!(lexicon.get(key), Some(*id), "{key}");
    }
    assert_eq!(lexicon.get("وزير"), None);
}

#[test]
fn stored_tokens_stay_small() {
    assert!(std::mem::size_of::<Stored>() <= 28);
}

#[test]
fn dates_start_only_where_the_scan_looks() {
    for text in [
        "وفي 5 مارس 2020 قال الوزير إن اليوم الأحد يوم عمل، وغداً بعد غد",
        "الحادي عشر من سبتمبر، 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م",
        "on Friday, last Monday, March 17, 2020 and 5th of May 2019, yesterday",
        "١٢ / ٠١ / ٢٠٢٠ و2020-06-03 ومنذ عام 2013 وأمس الأول وأول أمس",
    ] {
        no_match_where_no_date_may_start(text);
    }
}

proptest! {
    #[test]
    fn the_scan_skips_no_token_a_date_starts_at(
        words in prop::collection::vec(prop::sample::select(DATE_WORDS), 0..24),
    ) {
        no_match_where_no_date_may_start(&words.join(" "));
        no_match_where_no_date_may_start(&words.concat());
    }

    #[test]
    fn spans_are_char_offsets_in_range(s in "[0-9٠-٩ /\\-.,،a-zA-Z\\u0621-\\u064A]{0,60}") {
        let n = s.chars().count();
        let mut last_end = 0;
        for d in find_with_reference(&s, Some("2020-05-05")) {
            prop_assert!(d.start < d.end && d.end <= n);
            prop_assert!(d.start >= last_end);
            last_end = d.end;
            prop_assert!(!d.value.is_empty());
        }
    }

    #[test]
    fn dates_in_generated_sentences_are_found(y in 1950i32..2090, m in 1u8..=12, d in 1u8..=28) {
        let names = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس",
            "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];
        let text = format!("وقال في {d} {} {y} إن", names[usize::from(m - 1)]);
        let v = find(&text);
        prop_assert_eq!(v.len(), 1);
        prop_assert_eq!(&v[0].value, &iso_date(y, m, d));
    }

    #[test]
    fn parse_published_never_panics(s in any::<String>()) {
        let _ = parse_published(&s);
        let _ = find_with_reference(&s, Some("2020-01-01"));
    }
}
