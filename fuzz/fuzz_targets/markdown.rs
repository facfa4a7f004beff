//! Markdown drafts (`submission import FILE.md`): any bytes give a submission or a plain error.
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let _ = cityrights::import::markdown::parse_bytes(data);
});
