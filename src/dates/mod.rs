//! Dates: Gregorian (three Arabic month-name sets, English), Hijri (Umm al-Qura), Eastern
//! Arabic digits, and the published date of a page or dump.

/// A date found in text, offsets in code points.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateSpan {
    /// Start (code points).
    pub start: usize,
    /// End, exclusive (code points).
    pub end: usize,
    /// ISO 8601 value: `2022-10`, `2024-04-05`, `2022`.
    pub value: String,
}

/// Finds dates in running text.
pub fn find(text: &str) -> Vec<DateSpan> {
    // STUB
    let _ = text;
    Vec::new()
}

/// Reads a publication stamp ("5th, April 2024 GMT", "الأحد 24 أغسطس 2020", an ISO string)
/// as ISO 8601: a date-time with offset when the time is known, else a date.
pub fn parse_published(s: &str) -> Option<String> {
    // STUB
    let _ = s;
    None
}
