//! Month and weekday names.
//!
//! The month names are CLDR's format-wide names (Unicode CLDR, Unicode License v3, see
//! `LICENSES/`): `ar` (Egypt and the Gulf), `ar-SY`/`ar-LB`/`ar-JO`/`ar-IQ`/`ar-PS` (the Syriac
//! names of the Levant and Iraq), `ar-DZ`/`ar-TN` (French-derived names of Algeria and
//! Tunisia), `ar-MA` (Morocco), and `en`; plus the Umm al-Qura Hijri month names of CLDR's
//! `islamic` calendar in `ar`. They are written here by hand rather than generated because
//! newsrooms use spellings CLDR does not list (يونيه, يوليه, كانون ثاني, جمادى الأول, ذي
//! الحجة, English abbreviations) and the list is small and stable. Matching goes through the
//! search key, so hamza and diacritic variants (اغسطس/أغسطس, ابريل/إبريل/أبريل) need no entry.

/// Gregorian month names: (spelling, month number). Multi-word names are space-separated.
pub const GREGORIAN: &[(&str, u8)] = &[
    // CLDR ar
    ("يناير", 1),
    ("فبراير", 2),
    ("مارس", 3),
    ("أبريل", 4),
    ("مايو", 5),
    ("يونيو", 6),
    ("يوليو", 7),
    ("أغسطس", 8),
    ("سبتمبر", 9),
    ("أكتوبر", 10),
    ("نوفمبر", 11),
    ("ديسمبر", 12),
    // Egyptian spellings
    ("يونيه", 6),
    ("يوليه", 7),
    ("أغسطوس", 8),
    // CLDR ar-SY, ar-LB, ar-JO, ar-IQ, ar-PS (and common spellings without the article)
    ("كانون الثاني", 1),
    ("كانون ثاني", 1),
    ("شباط", 2),
    ("آذار", 3),
    ("نيسان", 4),
    ("أيار", 5),
    ("حزيران", 6),
    ("تموز", 7),
    ("آب", 8),
    ("أيلول", 9),
    ("تشرين الأول", 10),
    ("تشرين أول", 10),
    ("تشرين الثاني", 11),
    ("تشرين ثاني", 11),
    ("كانون الأول", 12),
    ("كانون أول", 12),
    // CLDR ar-DZ, ar-TN
    ("جانفي", 1),
    ("فيفري", 2),
    ("أفريل", 4),
    ("ماي", 5),
    ("جوان", 6),
    ("جويلية", 7),
    ("جويلة", 7),
    ("أوت", 8),
    // CLDR ar-MA
    ("يوليوز", 7),
    ("غشت", 8),
    ("شتنبر", 9),
    ("نونبر", 11),
    ("دجنبر", 12),
    // CLDR en, wide and abbreviated
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

/// Hijri (Umm al-Qura) month names: CLDR `islamic` calendar in `ar`, with the spellings
/// newsrooms use for months 3 to 6 and the genitive ذي of months 11 and 12.
pub const HIJRI: &[(&str, u8)] = &[
    ("محرم", 1),
    ("صفر", 2),
    ("ربيع الأول", 3),
    ("ربيع أول", 3),
    ("ربيع الآخر", 4),
    ("ربيع الثاني", 4),
    ("ربيع ثاني", 4),
    ("جمادى الأولى", 5),
    ("جمادى الأول", 5),
    ("جمادى أولى", 5),
    ("جمادى الآخرة", 6),
    ("جمادى الآخر", 6),
    ("جمادى الثانية", 6),
    ("جمادى الثاني", 6),
    ("رجب", 7),
    ("شعبان", 8),
    ("رمضان", 9),
    ("شوال", 10),
    ("ذو القعدة", 11),
    ("ذي القعدة", 11),
    ("ذو الحجة", 12),
    ("ذي الحجة", 12),
];

/// Weekday names (0 = Sunday), Arabic with and without the article, and English.
pub const WEEKDAYS: &[(&str, u8)] = &[
    ("الأحد", 0),
    ("الاثنين", 1),
    ("الإثنين", 1),
    ("الثلاثاء", 2),
    ("الأربعاء", 3),
    ("الخميس", 4),
    ("الجمعة", 5),
    ("السبت", 6),
    ("sunday", 0),
    ("monday", 1),
    ("tuesday", 2),
    ("wednesday", 3),
    ("thursday", 4),
    ("friday", 5),
    ("saturday", 6),
    ("sun", 0),
    ("mon", 1),
    ("tue", 2),
    ("tues", 2),
    ("wed", 3),
    ("thu", 4),
    ("thur", 4),
    ("thurs", 4),
    ("fri", 5),
    ("sat", 6),
];
