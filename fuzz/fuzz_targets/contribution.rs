//! A contribution package (`contribution open` / `contribution import`): the zip, the
//! manifest, each entry's size and hash, the request's or return's JSON and limits.
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let _ = cityrights::formats::contribution::read_request(data);
    let _ = cityrights::formats::contribution::read_return(data);
});
