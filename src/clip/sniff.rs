//! What a local file or a paste really is, before anything decodes or parses it.
//!
//! A saved page can be anything a disk holds: an image renamed `.html`, a gzip cut short by
//! a failed download, a log of hundreds of megabytes. `prepare_input` bounds the size,
//! unpacks gzip (bounded too) and refuses binary formats with a sentence that names them,
//! so the extractor only ever sees a bounded amount of would-be text.

use std::borrow::Cow;
use std::io::Read;

use super::ClipError;

/// The largest input clipped from a file or paste: the same cap as a fetched page.
pub const MAX_INPUT_BYTES: u64 = 20 * 1024 * 1024;

/// Binary formats recognised by their first bytes, with the name a reader knows them by.
const MAGIC: &[(&[u8], &str)] = &[
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x7fELF", "a program"),
    (b"BZh", "a bzip2 archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"\x28\xb5\x2f\xfd", "a zstd archive"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 file"),
    (b"\x00\x00\x01\x00", "an icon"),
];

const GZIP: &[u8] = b"\x1f\x8b";

/// Check `bytes` (a file's or stdin's content) before decoding: at most
/// [`MAX_INPUT_BYTES`] ([`ClipError::TooLarge`]), gzip unpacked (a truncated or damaged
/// stream is [`ClipError::Damaged`]), and no known binary format or NUL-laden data
/// ([`ClipError::Binary`]). Returns the bytes to decode. Never panics.
pub fn prepare_input(bytes: &[u8]) -> Result<Cow<'_, [u8]>, ClipError> {
    if bytes.len() as u64 > MAX_INPUT_BYTES {
        return Err(ClipError::TooLarge {
            limit: MAX_INPUT_BYTES,
        });
    }
    let bytes = if bytes.starts_with(GZIP) {
        Cow::Owned(gunzip(bytes)?)
    } else {
        Cow::Borrowed(bytes)
    };
    if let Some((_, kind)) = MAGIC.iter().find(|(magic, _)| bytes.starts_with(magic)) {
        return Err(ClipError::Binary {
            kind: (*kind).into(),
        });
    }
    if looks_binary(&bytes) {
        return Err(ClipError::Binary {
            kind: "binary data".into(),
        });
    }
    Ok(bytes)
}

/// Unpack a gzip stream, refusing one that unpacks past the cap or ends early.
fn gunzip(bytes: &[u8]) -> Result<Vec<u8>, ClipError> {
    let mut out = Vec::new();
    flate2::read::MultiGzDecoder::new(bytes)
        .take(MAX_INPUT_BYTES + 1)
        .read_to_end(&mut out)
        .map_err(|_| ClipError::Damaged)?;
    if out.len() as u64 > MAX_INPUT_BYTES {
        return Err(ClipError::TooLarge {
            limit: MAX_INPUT_BYTES,
        });
    }
    Ok(out)
}

/// NUL bytes, or many control bytes, in the first 8 KB of something that is not UTF-16
/// (with a BOM, or shaped like it: see `decode::utf16_without_bom`): text never holds
/// them, binary formats nearly always do. The
/// controls counted leave out tab, line breaks, form feed and the escape ISO-2022-JP
/// switches with; random bytes hold about 11% of the rest, text none.
fn looks_binary(bytes: &[u8]) -> bool {
    if bytes.starts_with(b"\xff\xfe")
        || bytes.starts_with(b"\xfe\xff")
        || super::decode::utf16_without_bom(bytes).is_some()
    {
        return false;
    }
    let head = &bytes[..bytes.len().min(8192)];
    let nuls = head.iter().filter(|b| **b == 0).count();
    let controls = head
        .iter()
        .filter(|b| matches!(b, 0x01..=0x08 | 0x0B | 0x0E..=0x1A | 0x1C..=0x1F | 0x7F))
        .count();
    nuls > head.len() / 100 + 1 || controls > head.len() / 20 + 1
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use super::*;

    #[test]
    fn text_passes_and_binary_is_named() {
        assert!(prepare_input(b"<p>Hello</p>").is_ok());
        let png = prepare_input(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").expect_err("png");
        assert_eq!(
            png.to_string(),
            "This file is a PNG image, not a web page or text."
        );
        let nul = prepare_input(&[0u8; 64]).expect_err("zeros");
        assert!(matches!(nul, ClipError::Binary { .. }), "{nul:?}");
        let mut utf16 = vec![0xff, 0xfe];
        utf16.extend("<p>hi</p>".encode_utf16().flat_map(u16::to_le_bytes));
        assert!(prepare_input(&utf16).is_ok(), "UTF-16 with a BOM is text");
        let utf16_be: Vec<u8> = "<html><head><title>No BOM</title></head></html>"
            .encode_utf16()
            .flat_map(u16::to_be_bytes)
            .collect();
        assert!(prepare_input(&utf16_be).is_ok(), "UTF-16 without a BOM too");
        // Bytes of no format: few NULs, but a tenth of them control codes.
        let mut state = 0x2545_f491_u32;
        let noise: Vec<u8> = (0..50_000)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 17;
                state ^= state << 5;
                state.to_le_bytes()[0]
            })
            .collect();
        assert!(matches!(
            prepare_input(&noise),
            Err(ClipError::Binary { .. })
        ));
        let iso_2022_jp = b"\x1b$B$3$s$K$A$O\x1b(B <p>Japanese mail text</p>\n".repeat(40);
        assert!(prepare_input(&iso_2022_jp).is_ok(), "escapes are text");
        let mut one_nul = b"<p>a stray \0 byte</p>".to_vec();
        one_nul.extend(b"<p>in a long enough paragraph of text</p>".repeat(10));
        assert!(
            prepare_input(&one_nul).is_ok(),
            "a few stray NULs do not make text binary"
        );
    }

    #[test]
    fn gzip_is_unpacked_and_a_cut_one_is_refused() {
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all(b"<p>Packed page</p>".repeat(100).as_slice())
            .expect("gzip");
        let gz = gz.finish().expect("gzip");
        let out = prepare_input(&gz).expect("whole gzip");
        assert!(out.starts_with(b"<p>Packed page</p>"));
        let err = prepare_input(&gz[..gz.len() / 2]).expect_err("cut gzip");
        assert!(matches!(err, ClipError::Damaged), "{err:?}");
    }

    #[test]
    fn a_gzip_bomb_stops_at_the_cap() {
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        let zeros = vec![b' '; 1024 * 1024];
        for _ in 0..=MAX_INPUT_BYTES / zeros.len() as u64 {
            gz.write_all(&zeros).expect("gzip");
        }
        let gz = gz.finish().expect("gzip");
        assert!(
            gz.len() < 1024 * 1024,
            "a small file that unpacks past the cap"
        );
        let err = prepare_input(&gz).expect_err("bomb");
        assert!(matches!(err, ClipError::TooLarge { .. }), "{err:?}");
    }
}
