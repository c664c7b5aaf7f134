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
