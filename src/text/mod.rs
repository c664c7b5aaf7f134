//! Plain text: article layout of text dumps, Arabic normalization with offset maps, language.

pub mod article;
pub mod dateline;
pub mod evidence;
pub mod lang;
pub mod markup;
pub mod normalize;
pub mod segment;
