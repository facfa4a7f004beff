//! A CSV file of recommendations (`recommendations import-csv`): the preview the import screen
//! shows, then the rows read with the suggested mapping.
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Ok(preview) = cityrights::import::csv::preview(data) {
        let _ = cityrights::import::csv::parse(data, &preview.suggested);
    }
});
