//! OHCHR's thematic list of recommendations, a .docx (`recommendations import-thematic-list`).
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let _ = cityrights::import::thematic_list::parse_bytes(data, None);
});
