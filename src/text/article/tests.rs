//! Dumps written for these tests in the layouts seen in real scraped archives (different
//! words, same mechanics).

use super::*;

fn kw(a: &Article) -> Vec<&str> {
    a.keywords.iter().map(String::as_str).collect()
}

const PORTAL_DUMP: &str = "القاهرة: وزير الري يبحث مع نظيره السوداني ملف مياه النيل
تاريخ النشر: 12th, March 2023 GMT
الخرطوم (وكالات)
أخبار ذات صلة السودان يستأنف مفاوضات السد الأسبوع المقبل إثيوبيا تعلن اكتمال الملء الرابع مياه النيل تابع التغطية كاملةبحث وزير الري المصري مع نظيره السوداني ملف مياه النيل. وقال الوزير إن اللقاء كان مثمراً.
وأضاف وزير الري المصري أن التنسيق مستمر مع الجانب السوداني منذ يناير 2021.
وقال مصدر بوزارة الري إن الجانبين اتفقا على لقاء جديد.
المصدر: صحيفة الخليج
الكلمات الدالة: وزير الري المصري السودان مصر والسودان مياه النيل سد النهضة في إثيوبيا وزارة الري وزاره الری
اقرأ أيضا:
ارتفاع منسوب النيل في الخرطوم
سجل منسوب النيل في الخرطوم ارتفاعاً ملحوظاً.
وحذرت السلطات السكان القريبين من الضفاف.
";

#[test]
fn portal_dump_reads_like_an_editor() {
    let a = extract(PORTAL_DUMP);
    assert_eq!(
        a.title.as_deref(),
        Some("القاهرة: وزير الري يبحث مع نظيره السوداني ملف مياه النيل")
    );
    assert_eq!(a.published_at.as_deref(), Some("2023-03-12"));
    assert_eq!(
        a.dateline,
        Some(Dateline {
            place: Some("الخرطوم".into()),
            agency: Some("وكالات".into())
        })
    );
    assert_eq!(a.source.as_deref(), Some("صحيفة الخليج"));
    assert_eq!(a.body.paragraphs.len(), 3);
    assert!(a.body.paragraphs[0].starts_with("بحث وزير الري المصري"));
    assert!(a.body.paragraphs[2].ends_with("على لقاء جديد."));
    for junk in [
        "أخبار ذات صلة",
        "تابع التغطية",
        "المصدر",
        "الكلمات",
        "اقرأ",
        "منسوب",
    ] {
        assert!(!a.body.text.contains(junk), "{junk}");
    }
    let related: Vec<&str> = a.related.iter().map(|r| r.title.as_str()).collect();
    assert_eq!(
        related,
        [
            "السودان يستأنف مفاوضات السد الأسبوع المقبل",
            "إثيوبيا تعلن اكتمال الملء الرابع"
        ]
    );
    let k = kw(&a);
    for want in [
        "وزير الري المصري",
        "مصر والسودان",
        "مياه النيل",
        "سد النهضة في إثيوبيا",
        "وزارة الري",
    ] {
        assert!(k.contains(&want), "{want} not in {k:?}");
    }
    assert!(k.iter().all(|k| !k.contains(['ی', 'ک'])), "{k:?}");
    assert_eq!(a.appended.len(), 1);
    assert_eq!(
        a.appended[0].title.as_deref(),
        Some("ارتفاع منسوب النيل في الخرطوم")
    );
    assert_eq!(a.appended[0].body.paragraphs.len(), 2);
}

const AGENCY_DUMP: &str = "رياضي / المنتخب السعودي يختتم استعداداته لمواجهة الكويت
 الدمام 3 رجب 1440 هـ الموافق 10 مارس 2019 م واس
 اختتم المنتخب السعودي لكرة القدم تدريباته استعداداً للمباراة .
 وأكد المدرب أن اللاعبين في حالة جيدة .
 // انتهى //
 18:20 ت م
";

#[test]
fn agency_dump_with_hijri_date_and_trailer() {
    let a = extract(AGENCY_DUMP);
    assert_eq!(
        a.title.as_deref(),
        Some("المنتخب السعودي يختتم استعداداته لمواجهة الكويت")
    );
    assert_eq!(a.published_at.as_deref(), Some("2019-03-10T18:20:00+03:00"));
    assert_eq!(
        a.dateline,
        Some(Dateline {
            place: Some("الدمام".into()),
            agency: Some("واس".into())
        })
    );
    assert_eq!(a.body.paragraphs.len(), 2);
    assert!(!a.body.text.contains("انتهى"));
    assert!(!a.body.text.contains("18:20"));
}

#[test]
fn dashed_credit_flattened_paragraphs_and_entities() {
    let dump = "الهيئة تطلق منصة &quot;رقمية&quot; جديدة\n سالم العتيبي- سبق- تبوك: أطلقت الهيئة منصة جديدة لخدمة المراجعين. \u{A0}  وقال المتحدث إن المنصة تعمل عبر \u{A0}+نفاذ\u{A0}; منذ أمس. ";
    let a = extract(dump);
    assert_eq!(a.title.as_deref(), Some("الهيئة تطلق منصة \"رقمية\" جديدة"));
    assert_eq!(a.authors, ["سالم العتيبي"]);
    assert_eq!(
        a.dateline,
        Some(Dateline {
            place: Some("تبوك".into()),
            agency: Some("سبق".into())
        })
    );
    assert_eq!(
        a.body.paragraphs,
        [
            "أطلقت الهيئة منصة جديدة لخدمة المراجعين.",
            "وقال المتحدث إن المنصة تعمل عبر «نفاذ» منذ أمس."
        ]
    );
}

#[test]
fn byline_with_place_and_glued_tags() {
    let dump = "افتتاح سوق جديد للخضار في الطائف\n فهد المالكي – الطائف\n افتتحت أمانة الطائف سوقاً جديداً للخضار والفواكه.\n وقال مدير الأمانة المهندس خالد الزهراني إن السوق يضم مئة محل. سمات الطائف خضار خالد الزهراني أسواق ";
    let a = extract(dump);
    assert_eq!(a.authors, ["فهد المالكي"]);
    assert_eq!(
        a.dateline.as_ref().and_then(|d| d.place.as_deref()),
        Some("الطائف")
    );
    assert_eq!(a.body.paragraphs.len(), 2);
    assert!(a.body.paragraphs[1].ends_with("مئة محل."));
    assert_eq!(kw(&a), ["الطائف", "خضار", "خالد الزهراني", "أسواق"]);
}

#[test]
fn desk_credit_with_place_names_the_outlet() {
    let a = extract("عنوان الخبر هنا الآن\n الشرق نيوز – الدمام\n نص الخبر الأول.\n");
    assert!(a.authors.is_empty());
    assert_eq!(
        a.dateline,
        Some(Dateline {
            place: Some("الدمام".into()),
            agency: Some("الشرق نيوز".into())
        })
    );
    assert_eq!(a.source.as_deref(), Some("الشرق نيوز"));
}

#[test]
fn inline_read_also_is_a_related_link_and_the_body_goes_on() {
    let dump = "عنوان الخبر الرئيسي هنا\nالفقرة الأولى من الخبر.\nاقرأ أيضا: عنوان خبر آخر لا علاقة له\nالفقرة الثانية من الخبر.\nالمصدر : وكالة الأنباء الأردنية\n";
    let a = extract(dump);
    assert_eq!(
        a.body.paragraphs,
        ["الفقرة الأولى من الخبر.", "الفقرة الثانية من الخبر."]
    );
    assert_eq!(a.related.len(), 1);
    assert_eq!(a.related[0].title, "عنوان خبر آخر لا علاقة له");
    assert_eq!(a.source.as_deref(), Some("وكالة الأنباء الأردنية"));
}

#[test]
fn trec_record_fields() {
    let doc = "<DOC>\n<DOCNO>X-1</DOCNO>\n<URL>https://www.example-news.com/a/1</URL>\n<TITLE>عنوان &quot;الخبر&quot;</TITLE>\n<TIME>Tue, 05 Mar 2019 08:10:00 +0300</TIME>\n<AUTHOR>الرباط - رويترز</AUTHOR>\n<ABSTRACT>\nملخص مقطوع\n</ABSTRACT>\n<TEXT>\nالرباط (رويترز) - قال مسؤول إن الحكومة أقرت الميزانية.\nوأضاف أن التصويت جرى أمس.\n</TEXT>\n</DOC>\n";
    let a = extract(doc);
    assert_eq!(a.title.as_deref(), Some("عنوان \"الخبر\""));
    assert_eq!(a.published_at.as_deref(), Some("2019-03-05T08:10:00+03:00"));
    assert_eq!(
        a.dateline,
        Some(Dateline {
            place: Some("الرباط".into()),
            agency: Some("رويترز".into())
        })
    );
    assert_eq!(a.source.as_deref(), Some("example-news.com"));
    assert_eq!(
        a.body.paragraphs,
        [
            "قال مسؤول إن الحكومة أقرت الميزانية.",
            "وأضاف أن التصويت جرى أمس."
        ]
    );
}

#[test]
fn closing_wire_credit_is_the_agency() {
    let a = extract(
        "عنوان الخبر\nقال مسؤول إن الحكومة أقرت الميزانية.\nوأضاف أن التصويت جرى أمس.\n--(وفا)\n",
    );
    assert_eq!(
        a.body.paragraphs,
        [
            "قال مسؤول إن الحكومة أقرت الميزانية.",
            "وأضاف أن التصويت جرى أمس."
        ]
    );
    assert_eq!(a.dateline.and_then(|d| d.agency).as_deref(), Some("وفا"));
}

#[test]
fn trec_record_outlet_by_name() {
    let rec = |src: &str, author: &str, text: &str| {
        format!("<DOC>\n<URL>https://www.tvexample.com/a/1</URL>\n<SRC>{src}</SRC>\n<TITLE>عنوان الخبر</TITLE>\n<AUTHOR>{author}</AUTHOR>\n<TEXT>\n{text}\n</TEXT>\n</DOC>\n")
    };
    let body = "قال مسؤول إن الحكومة أقرت الميزانية.";
    // The outlet given as the author.
    let a = extract(&rec("tvexample", "قناة 7", body));
    assert_eq!(a.source.as_deref(), Some("قناة 7"));
    assert!(a.authors.is_empty());
    // An outlet credited in the dateline, not a wire service.
    let a = extract(&rec("tvexample", "عمان - تلفزيون المثال", body));
    assert_eq!(a.source.as_deref(), Some("تلفزيون المثال"));
    // A wire service in the dateline is not the outlet: a written SRC is.
    let a = extract(&rec("TVX", "عمان - رويترز", body));
    assert_eq!(a.source.as_deref(), Some("TVX"));
    // A wire-style credit that is the site itself.
    let a = extract(&rec("tvexample", "", &format!("عمان (TVExample) - {body}")));
    assert_eq!(a.source.as_deref(), Some("TVExample"));
    let a = extract(&rec("tvexample", "", body));
    assert_eq!(a.source.as_deref(), Some("tvexample.com"));
}

#[test]
fn headline_lists_and_furniture_leave_the_body() {
    let dump = "عنوان الخبر الرئيسي هنا\nشارك\nالفقرة الأولى من الخبر.\nالفقرة الثانية من الخبر.\nالأكثر قراءة\nمنتخب الشباب يفوز على نظيره العماني\nارتفاع أسعار الذهب في السوق المحلية\nتعليقات\n";
    let a = extract(dump);
    assert_eq!(
        a.body.paragraphs,
        ["الفقرة الأولى من الخبر.", "الفقرة الثانية من الخبر."]
    );
    let related: Vec<&str> = a.related.iter().map(|r| r.title.as_str()).collect();
    assert_eq!(
        related,
        [
            "منتخب الشباب يفوز على نظيره العماني",
            "ارتفاع أسعار الذهب في السوق المحلية"
        ]
    );
}

#[test]
fn a_sentence_starting_like_a_label_stays() {
    let a = extract("Lab results\nRelated experiments showed the same effect.\nMore text here.\n");
    assert_eq!(a.body.paragraphs.len(), 2);
    assert!(a.related.is_empty());
}

#[test]
fn corpus_records_are_recognized() {
    assert!(is_corpus_record("<DOC>\n<TEXT>\nنص\n</TEXT>\n</DOC>"));
    assert!(!is_corpus_record("<html><body><p>نص</p></body></html>"));
    assert!(!is_corpus_record("عنوان\nنص"));
}

#[test]
fn several_writers_in_one_byline() {
    let a = extract("Title of the story\nBy Jane Doe and John Roe\nText.\n");
    assert_eq!(a.authors, ["Jane Doe", "John Roe"]);
    let a = extract("عنوان الخبر هنا\nكتب: سامي يوسف و ليلى حسن\nنص.\n");
    assert_eq!(a.authors, ["سامي يوسف", "ليلى حسن"]);
    let a = extract("عنوان الخبر هنا\nبقلم: أحمد محمد وليد\nنص.\n");
    assert_eq!(a.authors, ["أحمد محمد وليد"]);
}

#[test]
fn site_name_leaves_the_headline() {
    let a = extract("افتتاح متحف جديد في الأقصر - بوابة الأهرام\nنص الخبر.\n");
    assert_eq!(a.title.as_deref(), Some("افتتاح متحف جديد في الأقصر"));
    assert_eq!(a.source.as_deref(), Some("بوابة الأهرام"));
    // A dash inside a headline stays.
    let a = extract("مصر - السودان: اتفاق جديد على المياه\nنص الخبر.\n");
    assert_eq!(
        a.title.as_deref(),
        Some("مصر - السودان: اتفاق جديد على المياه")
    );
}

#[test]
fn english_dump() {
    let dump = "Talks resume in Geneva\nBy Jane Doe\nGENEVA (Reuters) - Negotiators met on Monday.\nThey will meet again next week.\nTags: Geneva, talks\n";
    let a = extract(dump);
    assert_eq!(a.title.as_deref(), Some("Talks resume in Geneva"));
    assert_eq!(a.authors, ["Jane Doe"]);
    assert_eq!(
        a.dateline,
        Some(Dateline {
            place: Some("GENEVA".into()),
            agency: Some("Reuters".into())
        })
    );
    assert_eq!(a.body.paragraphs[0], "Negotiators met on Monday.");
    assert_eq!(kw(&a), ["Geneva", "talks"]);
}

#[test]
fn update_stamp_is_a_fallback_and_credits_leave_the_body() {
    let dump = "Markets rally on rate hopes\nMarkets rally on rate hopes\nUpdated: March 18, 2020 09:00 GMT\nStocks rose on Wednesday.\nBonds fell.\n(Reporting by Jane Doe; Editing by John Roe)\n";
    let a = extract(dump);
    assert_eq!(a.published_at.as_deref(), Some("2020-03-18T09:00:00Z"));
    assert_eq!(
        a.body.paragraphs,
        ["Stocks rose on Wednesday.", "Bonds fell."]
    );
    let dump = "عنوان\nتاريخ النشر: 3 نيسان 2021\nآخر تحديث: 4 نيسان 2021\nنص الخبر.\n(إعداد: سامي يوسف)\n";
    let a = extract(dump);
    assert_eq!(a.published_at.as_deref(), Some("2021-04-03"));
    assert_eq!(a.body.paragraphs, ["نص الخبر."]);
}

#[test]
fn metadata_before_the_body_does_not_end_it() {
    let a = extract("عنوان الخبر هنا\nالمصدر: وكالة الأنباء\nالفقرة الأولى.\nسمات الشخصية القيادية كثيرة، ومنها الصبر.\nالفقرة الأخيرة.\n");
    assert_eq!(a.source.as_deref(), Some("وكالة الأنباء"));
    assert_eq!(a.body.paragraphs.len(), 3);
    assert!(a.keywords.is_empty());
}

#[test]
fn one_line_dumps_are_body_text() {
    let a = extract("خبر قصير من سطر واحد.");
    assert_eq!(a.title, None);
    assert_eq!(a.body.paragraphs, ["خبر قصير من سطر واحد."]);
    let long = "كلمة ".repeat(40);
    let a = extract(&format!("{long}\nسطر ثان."));
    assert_eq!(a.title, None);
    assert_eq!(a.body.paragraphs.len(), 2);
}

#[test]
fn empty_and_odd_inputs_do_not_panic() {
    for s in [
        "",
        "\n\n",
        "<DOC>",
        "<DOC><TEXT></TEXT>",
        "المصدر:",
        "أخبار ذات صلة",
        "&#99999999;",
    ] {
        let _ = extract(s);
    }
}

mod props {
    use super::*;
    use proptest::prelude::*;

    fn dumpish() -> impl Strategy<Value = String> {
        let pieces = prop::sample::select(vec![
            "عنوان الخبر",
            "\n",
            "تاريخ النشر: ",
            "5th, April 2024 GMT",
            "موسكو (وكالات)",
            "أخبار ذات صلة ",
            "تابع التغطية كاملة",
            "ذكرت الوزارة أن ",
            "المصدر: ",
            "صحيفة",
            "كلمات دلالية: ",
            "وزير الدفاع ",
            "إقرأ أيضاً:",
            "// انتهى //",
            "20:45 ت م",
            "سمات ",
            ". ",
            "\u{A0}",
            "+",
            ";",
            "&quot;",
            "<DOC>",
            "<TEXT>",
            "</TEXT>",
            "<p>",
            "-",
            "–",
            "(",
            ")",
            ":",
            "٢٠٢٤",
            "ی",
            "ک",
        ]);
        prop::collection::vec(pieces, 0..60).prop_map(|v| v.concat())
    }

    proptest! {
        #[test]
        fn extract_never_panics_and_keeps_body_consistent(s in dumpish()) {
            let a = extract(&s);
            prop_assert_eq!(a.body.text.clone(), a.body.paragraphs.join("\n\n"));
            prop_assert!(a.body.paragraphs.iter().all(|p| !p.trim().is_empty()));
            prop_assert!(a.keywords.iter().all(|k| !k.contains(['ی', 'ک'])));
        }

        #[test]
        fn extract_survives_any_string(s in any::<String>()) {
            let _ = extract(&s);
        }

        #[test]
        fn dateline_consumes_within_the_paragraph(s in dumpish()) {
            if let Some((_, n)) = crate::text::dateline::parse(&s) {
                prop_assert!(n <= s.chars().count());
            }
        }
    }
}
