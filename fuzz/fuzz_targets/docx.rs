//! Word drafts (`submission import FILE.docx`): any bytes give a submission or a plain error.
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let _ = cityrights::import::docx::parse_bytes(data);
});
