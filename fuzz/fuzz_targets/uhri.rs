//! The UHRI bulk export (`recommendations import-uhri`), read as a stream for one State.
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Ok(country) = cityrights::country::countries().by_code("SVN") else {
        return;
    };
    let _ = cityrights::import::uhri::read(
        data,
        data.len() as u64,
        country,
        &mut cityrights::import::Watch::none(),
    );
});
