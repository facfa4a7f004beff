//! A Working Group report's text (`recommendations import-report`).
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let _ = cityrights::import::report::parse_bytes(data, "A/HRC/59/15");
});
