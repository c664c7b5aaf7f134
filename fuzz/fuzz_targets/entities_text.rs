//! Arbitrary text through `khabar::entities::extract`: no panic, and every offset indexes the
//! text in code points (see `khabar_fuzz::entities_text`).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| khabar_fuzz::entities_text(data));
