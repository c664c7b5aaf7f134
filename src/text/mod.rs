//! Plain text: article layout of text dumps, Arabic normalization with offset maps, language.

pub mod article;
pub mod dateline;
pub mod lang;
pub mod normalize;
