//! The evidence files of the sample workbook, drawn here so that `takedown init` and
//! `fixtures/` hold the same bytes: listing screenshots and purchase photos (PNG), a
//! notarial record and registration certificates (PDF). Each says it is a specimen.
//!
//! Entry point: [`sample_files`] (relative path → bytes).

use lopdf::content::{Content, Operation};
use lopdf::{dictionary, Object, Stream};

/// Every file the sample workbook names, as (path relative to the workbook, bytes).
pub fn sample_files() -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    let shots: &[(&str, [u8; 3])] = &[
        ("evidence/C001/taobao-684512379021.png", [255, 80, 0]),
        ("evidence/C001/taobao-702318846735.png", [255, 80, 0]),
        ("evidence/C001/tmall-712098345617.png", [220, 0, 40]),
        ("evidence/C001/1688-712345678901.png", [255, 110, 0]),
        ("evidence/C001/aliexpress-1005006123456789.png", [230, 40, 30]),
        ("evidence/C001/jd-100045678912.png", [225, 37, 27]),
        ("evidence/C002/taobao-693475120384.png", [255, 80, 0]),
        ("evidence/C002/tmall-731245609871.png", [220, 0, 40]),
        ("evidence/C002/aliexpress-1005005987654321.png", [230, 40, 30]),
        ("evidence/C002/jd-100067894521.png", [225, 37, 27]),
        ("evidence/C003/taobao-709871234560.png", [255, 80, 0]),
        ("evidence/C003/tmall-705563218890.png", [220, 0, 40]),
        ("evidence/C001/purchase-684512379021.png", [90, 90, 90]),
        ("evidence/C001/tmall-698812440256.png", [220, 0, 40]),
        ("evidence/C001/aliexpress-1005007234567890.png", [230, 40, 30]),
        ("evidence/C001/pinduoduo-587123498765.png", [224, 46, 36]),
        ("evidence/C001/pinduoduo-601234987123.png", [224, 46, 36]),
        ("evidence/C002/taobao-721560983342.png", [255, 80, 0]),
        ("evidence/C002/tmall-726601934458.png", [220, 0, 40]),
        ("evidence/C002/1688-698754321098.png", [255, 110, 0]),
        ("evidence/C002/1688-704512983376.png", [255, 110, 0]),
        ("evidence/C002/aliexpress-1005006876543210.png", [230, 40, 30]),
        ("evidence/C002/jd-10089234567812.png", [225, 37, 27]),
        ("evidence/C002/pinduoduo-593847261045.png", [224, 46, 36]),
        ("evidence/C002/pinduoduo-612098765432.png", [224, 46, 36]),
        ("evidence/C002/tools-direct-example.png", [90, 110, 140]),
        ("evidence/C003/taobao-717345098123.png", [255, 80, 0]),
        ("evidence/C003/taobao-722984561307.png", [255, 80, 0]),
        ("evidence/C003/1688-719283746501.png", [255, 110, 0]),
        ("evidence/C003/1688-723456019287.png", [255, 110, 0]),
        ("evidence/C003/jd-100078123456.png", [225, 37, 27]),
        ("evidence/C003/jd-100081234765.png", [225, 37, 27]),
        ("evidence/C003/pinduoduo-605432198760.png", [224, 46, 36]),
        ("evidence/C003/pinduoduo-620981234576.png", [224, 46, 36]),
        ("evidence/C003/aliexpress-1005007345612098.png", [230, 40, 30]),
    ];
    for (i, (path, colour)) in shots.iter().enumerate() {
        out.push(((*path).to_owned(), screenshot(*colour, i as u32)));
    }
    out.push((
        "evidence/C002/purchase-693475120384.png".to_owned(),
        screenshot([60, 120, 60], 99),
    ));
    out.push((
        "evidence/C001/shoes-outlet-12345.pdf".to_owned(),
        pdf(
            &[
                "Notarial record of an online page (specimen)",
                "https://www.shoes-outlet.example/products/northwind-trail-pack",
                "Captured 2026-10-20",
            ],
            2,
        ),
    ));
    // Our evidence against the two sample counter-notices.
    out.push((
        "evidence/C001/no-licence-statement.pdf".to_owned(),
        pdf(
            &[
                "Statement of Northwind Outdoor Gear, Inc. (specimen)",
                "No licence has been granted to the store on Taobao item 702318846735",
                "Signed 2026-11-21",
            ],
            1,
        ),
    ));
    out.push((
        "evidence/C001/comparison-100045678912.png".to_owned(),
        screenshot([40, 90, 160], 42),
    ));
    out.push((
        "licences/C003-business-licence.png".to_owned(),
        screenshot([200, 30, 30], 3),
    ));
    out.push((
        "licences/C001-certificate-of-incorporation.pdf".to_owned(),
        pdf(
            &[
                "Certificate of incorporation (specimen)",
                "Northwind Outdoor Gear, Inc.",
                "Delaware 7312458",
            ],
            1,
        ),
    ));
    out.push((
        "comparison/C002-ZL201910584273.8-claim-chart.pdf".to_owned(),
        pdf(
            &[
                "Claim chart (specimen)",
                "ZL201910584273.8, claim 1",
                "Feature / accused product / same or equivalent",
            ],
            2,
        ),
    ));
    out.push((
        "comparison/C002-1688-698754321098-claim-chart.pdf".to_owned(),
        pdf(
            &[
                "Claim chart (specimen)",
                "ZL201910584273.8, claim 1, against 1688 offer 698754321098",
                "Feature / product bought / same or equivalent",
            ],
            1,
        ),
    ));
    for (path, number) in [
        ("certificates/C001-TM-28374615.pdf", "28374615"),
        ("certificates/C002-EUTM-018123457.pdf", "018123457"),
        (
            "certificates/C002-patent-ZL201910584273.8.pdf",
            "ZL201910584273.8",
        ),
    ] {
        out.push((
            path.to_owned(),
            pdf(&["Certificate of registration (specimen)", number], 1),
        ));
    }
    out
}

/// A phone screenshot of a listing page: a coloured bar, a product picture, text lines, a
/// price, and the listing's number in little blocks.
fn screenshot(colour: [u8; 3], seed: u32) -> Vec<u8> {
    const W: u32 = 360;
    const H: u32 = 780;
    let mut rgb = vec![255u8; (W * H * 3) as usize];
    let mut rect = |x0: u32, y0: u32, w: u32, h: u32, c: [u8; 3]| {
        for y in y0..(y0 + h).min(H) {
            for x in x0..(x0 + w).min(W) {
                let at = ((y * W + x) * 3) as usize;
                rgb[at..at + 3].copy_from_slice(&c);
            }
        }
    };
    rect(0, 0, W, 64, colour);
    rect(16, 80, W - 32, 320, [228, 228, 228]);
    rect(120, 160, 120, 160, [170, 170, 180]);
    for line in 0..4 {
        rect(16, 420 + line * 28, W - 32 - line * 40, 14, [120, 120, 120]);
    }
    rect(16, 540, 110, 26, [230, 30, 30]);
    for bit in 0..8 {
        let c = if (seed >> bit) & 1 == 1 {
            [30, 30, 30]
        } else {
            [210, 210, 210]
        };
        rect(16 + bit * 20, 600, 14, 14, c);
    }
    rect(0, H - 64, W, 64, [245, 245, 245]);
    rect(W - 150, H - 52, 134, 40, colour);
    let mut png = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut png, W, H);
        encoder.set_color(png::ColorType::Rgb);
        encoder.set_depth(png::BitDepth::Eight);
        encoder.set_compression(png::Compression::High);
        // Writing to a Vec cannot fail.
        if let Ok(mut writer) = encoder.write_header() {
            let _ = writer.write_image_data(&rgb);
        }
    }
    png
}

/// A small A4 PDF of `pages` pages with `lines` in Helvetica (its text is extractable, as a
/// notarised capture's is).
pub fn pdf(lines: &[&str], pages: usize) -> Vec<u8> {
    let mut doc = lopdf::Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let font = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
    });
    let resources = doc.add_object(dictionary! { "Font" => dictionary! { "F1" => font } });
    let mut kids = Vec::new();
    for page in 0..pages {
        let mut ops = vec![
            Operation::new("BT", vec![]),
            Operation::new("Tf", vec!["F1".into(), 14.into()]),
        ];
        ops.push(Operation::new("Td", vec![72.into(), 760.into()]));
        for (i, line) in lines.iter().enumerate() {
            if i > 0 {
                ops.push(Operation::new("Td", vec![0.into(), (-22).into()]));
            }
            ops.push(Operation::new("Tj", vec![Object::string_literal(*line)]));
        }
        ops.push(Operation::new("Td", vec![0.into(), (-22).into()]));
        ops.push(Operation::new(
            "Tj",
            vec![Object::string_literal(format!("Page {} of {pages}", page + 1))],
        ));
        ops.push(Operation::new("ET", vec![]));
        let content = Content { operations: ops };
        let bytes = content.encode().unwrap_or_default();
        let content_id = doc.add_object(Stream::new(dictionary! {}, bytes));
        kids.push(Object::Reference(doc.add_object(dictionary! {
            "Type" => "Page", "Parent" => pages_id, "Contents" => content_id,
            "Resources" => resources, "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
        })));
    }
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! { "Type" => "Pages", "Kids" => kids, "Count" => pages as i64 }),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog);
    let mut out = Vec::new();
    let _ = doc.save_to(&mut out);
    out
}
