//! The implementation matrix read back from Excel (`recommendations import-xlsx`).
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let _ = cityrights::formats::xlsx::read(data);
});
