//! Images: checking PNG and JPEG files within pixel limits before any pixel buffer is
//! allocated, and decoding PNGs into the samples a PDF image stores.

use std::io::Cursor;

use super::Limits;

/// Decoded PNG samples, 8 bits each: grey or RGB, and the alpha channel apart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pixels {
    pub width: u32,
    pub height: u32,
    /// 1 (grey) or 3 (RGB) samples per pixel.
    pub components: u8,
    pub samples: Vec<u8>,
    /// One alpha sample per pixel, when the image has transparency.
    pub alpha: Option<Vec<u8>>,
}

fn within(width: u32, height: u32, limits: &Limits) -> Result<(), String> {
    if width == 0 || height == 0 {
        return Err(format!("is an image of {width}×{height} pixels"));
    }
    if width > limits.max_side
        || height > limits.max_side
        || u64::from(width) * u64::from(height) > limits.max_pixels
    {
        return Err(format!(
            "is {width}×{height} pixels; evidence images may be at most {} pixels on a side and {} megapixels",
            limits.max_side,
            limits.max_pixels / 1_000_000
        ));
    }
    Ok(())
}

fn png_limits(limits: &Limits) -> png::Limits {
    // Room for one decoded frame at 8 bytes a pixel (16-bit RGBA) and the decoder's buffers.
    png::Limits {
        bytes: usize::try_from(limits.max_pixels.saturating_mul(8)).unwrap_or(usize::MAX),
    }
}

/// Width and height of a PNG that decodes completely within the limits.
pub(super) fn check_png(bytes: &[u8], limits: &Limits) -> Result<(u32, u32), String> {
    let damaged = |e: png::DecodingError| format!("is a damaged PNG image ({e})");
    let mut decoder = png::Decoder::new_with_limits(Cursor::new(bytes), png_limits(limits));
    let (width, height) = {
        let info = decoder.read_header_info().map_err(damaged)?;
        (info.width, info.height)
    };
    within(width, height, limits)?;
    decode(bytes, limits).map_err(damaged)?;
    Ok((width, height))
}

/// Width, height and colour components of a JPEG whose header reads, within the limits.
pub(super) fn check_jpeg(bytes: &[u8], limits: &Limits) -> Result<(u32, u32, u8), String> {
    let mut decoder = jpeg_decoder::Decoder::new(Cursor::new(bytes));
    decoder
        .read_info()
        .map_err(|e| format!("is a damaged JPEG image ({e})"))?;
    let info = decoder
        .info()
        .ok_or_else(|| "is a damaged JPEG image (no frame header)".to_string())?;
    let components = match info.pixel_format {
        jpeg_decoder::PixelFormat::L8 => 1,
        jpeg_decoder::PixelFormat::RGB24 => 3,
        jpeg_decoder::PixelFormat::CMYK32 => 4,
        jpeg_decoder::PixelFormat::L16 => {
            return Err("is a 16-bit JPEG image, which PDF cannot hold; save it as PNG".into())
        }
    };
    let (width, height) = (u32::from(info.width), u32::from(info.height));
    within(width, height, limits)?;
    if !bytes.windows(2).rev().take(64 * 1024).any(|w| w == [0xFF, 0xD9]) {
        return Err("is a JPEG image that is cut off (no end marker); copy the file again".into());
    }
    Ok((width, height, components))
}

/// The samples of a PNG, expanded to 8-bit grey or RGB with the alpha channel apart.
pub fn decode_png(bytes: &[u8]) -> Result<Pixels, String> {
    decode(bytes, &Limits::default()).map_err(|e| format!("damaged PNG image ({e})"))
}

fn decode(bytes: &[u8], limits: &Limits) -> Result<Pixels, png::DecodingError> {
    let mut decoder = png::Decoder::new_with_limits(Cursor::new(bytes), png_limits(limits));
    decoder.set_transformations(png::Transformations::normalize_to_color8());
    let mut reader = decoder.read_info()?;
    let size = reader
        .output_buffer_size()
        .ok_or(png::DecodingError::LimitsExceeded)?;
    let mut buf = vec![0; size];
    let frame = reader.next_frame(&mut buf)?;
    buf.truncate(frame.buffer_size());
    let (width, height) = (frame.width, frame.height);
    let pixels = width as usize * height as usize;
    let (components, has_alpha) = match frame.color_type {
        png::ColorType::Grayscale => (1, false),
        png::ColorType::GrayscaleAlpha => (1, true),
        png::ColorType::Rgb => (3, false),
        png::ColorType::Rgba => (3, true),
        // Expanded by the transformation; kept for completeness.
        png::ColorType::Indexed => (3, false),
    };
    if !has_alpha {
        return Ok(Pixels {
            width,
            height,
            components,
            samples: buf,
            alpha: None,
        });
    }
    let stride = usize::from(components) + 1;
    let mut samples = Vec::with_capacity(pixels * usize::from(components));
    let mut alpha = Vec::with_capacity(pixels);
    for px in buf.chunks_exact(stride) {
        samples.extend_from_slice(&px[..stride - 1]);
        alpha.push(px[stride - 1]);
    }
    // A fully opaque alpha channel is no transparency.
    let alpha = alpha.iter().any(|&a| a != 255).then_some(alpha);
    Ok(Pixels {
        width,
        height,
        components,
        samples,
        alpha,
    })
}
