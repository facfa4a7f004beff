//! A workspace file (`workspace import`): the zip, the manifest, every entry's size and hash.
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let _ = cityrights::workspace::check_bytes(data);
});
