//! Fuzz what comes in from other programs: a fetched feed (RSS, Atom, JSON Feed), an OPML
//! file, each tool's export (Pocket, Wallabag, bookmarks, Zotero, Omnivore's ZIP) and a
//! saved MHTML page. None may panic, whatever the bytes; the first byte picks the parser,
//! so one corpus grows inputs for all of them.
#![no_main]

use clipline::carry::import::{self, ImportSource};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&which, bytes)) = data.split_first() else {
        return;
    };
    match which % 8 {
        0 => {
            // Half the time with a header charset, as a server's Content-Type gives it.
            let header =
                (bytes.len() % 2 == 0).then_some("application/rss+xml; charset=windows-1252");
            let _ = clipline::carry::feed::parse(bytes, header, "https://feeds.example/rss.xml");
        }
        1 => {
            let _ = clipline::carry::opml::parse(&String::from_utf8_lossy(bytes));
        }
        2 => {
            let _ = import::parse(ImportSource::Pocket, bytes);
        }
        3 => {
            let _ = import::parse(ImportSource::Wallabag, bytes);
        }
        4 => {
            let _ = import::parse(ImportSource::Bookmarks, bytes);
        }
        5 => {
            let _ = import::parse(ImportSource::Zotero, bytes);
        }
        6 => {
            let _ = import::parse(ImportSource::Omnivore, bytes);
        }
        _ => {
            let _ = import::mhtml::page(bytes);
        }
    }
});
