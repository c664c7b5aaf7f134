//! Arbitrary bytes through `khabar::parse` and `khabar::entities`: no panic, and the output
//! invariants hold (see `khabar_fuzz::parse_bytes`).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| khabar_fuzz::parse_bytes(data));
