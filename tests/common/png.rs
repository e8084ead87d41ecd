//! A one-pixel PNG carrying a text chunk: how draw.io's `.drawio.png`
//! holds its diagram. Shared by the integration tests
//! (`#[path = "common/png.rs"] mod png_file;`).

#![allow(dead_code)] // each test crate uses part of it

/// A 1×1 PNG with a `zTXt` chunk (`keyword`, `text`), or none.
pub fn png_with(chunk: Option<(&str, &str)>) -> Vec<u8> {
    let mut out = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut out, 1, 1);
        encoder.set_color(png::ColorType::Grayscale);
        encoder.set_depth(png::BitDepth::Eight);
        if let Some((keyword, text)) = chunk {
            encoder
                .add_ztxt_chunk(keyword.to_string(), text.to_string())
                .unwrap();
        }
        let mut writer = encoder.write_header().unwrap();
        writer.write_image_data(&[0]).unwrap();
    }
    out
}
