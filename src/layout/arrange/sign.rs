//! Execution blocks: one party, or two side by side, with their signature, name, title and
//! date lines and a dashed seal box.

use super::{pick, Arranger, Kind, Lang, GAP};
use crate::document::{Bi, Signature, Text};
use crate::layout::flow::{Cell, Row};
use crate::layout::frame::{Glyph, GlyphRun, Item};
use crate::layout::text::{Align, TextStyle};
use crate::layout::LayoutError;

const SEAL: f32 = 112.0;

impl Arranger<'_> {
    /// Execution blocks for one party, or two side by side: party, signature, name, title
    /// and date lines, and a seal box beside (one party) or below them (two); kept on one
    /// page.
    pub(super) fn signatures(&self, sigs: &[&Signature], langs: &[Lang]) -> Result<Row, LayoutError> {
        let both = langs.len() == 2;
        let zh_only = langs == [Lang::Zh];
        let label = |en: &str, zh: &str| -> Text {
            if both {
                Text::bold(format!("{en} / {zh}："))
            } else if zh_only {
                Text::bold(format!("{zh}："))
            } else {
                Text::bold(format!("{en}: "))
            }
        };
        let value = |bi: &Bi| -> String {
            let parts: Vec<String> = langs.iter().map(|&l| pick(bi, l).to_plain()).collect();
            if both && parts[0] != parts[1] {
                parts.join(" / ")
            } else {
                parts[0].clone()
            }
        };
        let line = |mut label: Text, value: &str| {
            label.push(value, false);
            label
        };
        let date = if langs == [Lang::En] {
            "____ / ____ / ______ (DD/MM/YYYY)"
        } else {
            "____年____月____日"
        };
        let beside = sigs.len() == 1;
        let column = (self.width - GAP * (sigs.len() - 1) as f32) / sigs.len() as f32;
        // A Chinese letter's closing (落款) stands at the right, its lines set flush right,
        // the seal box to their left.
        let closing = beside && sigs[0].closing && langs.contains(&Lang::Zh);
        let text_width = match (closing, beside) {
            (true, _) => (self.width * 0.5).round(),
            (false, true) => column - SEAL - GAP,
            (false, false) => column,
        };
        let align = |mut style: TextStyle| {
            if closing {
                style.align = Align::Right;
            }
            style
        };
        let mut cells = Vec::new();
        for (n, sig) in sigs.iter().enumerate() {
            let role = line(
                label(
                    &pick(&sig.role, Lang::En).to_plain(),
                    &pick(&sig.role, Lang::Zh).to_plain(),
                ),
                &value(&sig.party),
            );
            let mut lines = self.set(&role, &align(self.style(Kind::Label, Lang::Zh)), text_width)?;
            let style = align(self.style(Kind::Signature, Lang::Zh));
            for t in [
                line(label("Signature", "签字"), "____________________"),
                line(label("Name", "姓名"), &value(&sig.signatory)),
                line(label("Title", "职务"), &value(&sig.title)),
                line(label("Date", "日期"), date),
            ] {
                let mut set = self.set(&t, &style, text_width)?;
                // A bilingual value that does not fit puts its Chinese on a line of its own
                // rather than leaving a stray word or two.
                if set.len() > 1 {
                    if let Some(cut) = t.to_plain().rfind(" / ") {
                        set = self.set(&split_at(&t, cut), &style, text_width)?;
                    }
                }
                lines.extend(set);
            }
            let x = match closing {
                true => self.x0 + self.width - text_width,
                false => self.x0 + n as f32 * (column + GAP),
            };
            cells.push(Cell::new(x, text_width, lines, 0.0));
        }
        let mut row = Row::new(cells);
        let text_height = row.height();
        let mut decorations = Vec::new();
        for (n, _) in sigs.iter().enumerate().filter(|(_, s)| s.seal) {
            let x = self.x0 + n as f32 * (column + GAP);
            if closing {
                let x = self.x0 + self.width - text_width - GAP - SEAL;
                decorations.extend(self.seal_box(x, 0.0, langs)?);
                row.min_height = SEAL;
            } else if beside {
                decorations.extend(self.seal_box(x + column - SEAL, 0.0, langs)?);
                row.min_height = SEAL;
            } else {
                decorations.extend(self.seal_box(x, text_height + 6.0, langs)?);
                row.min_height = text_height + 6.0 + SEAL;
            }
        }
        row.decorations = decorations;
        row.space_after = 18.0;
        Ok(row)
    }

    /// A dashed square with the seal caption, y relative to the row top.
    fn seal_box(&self, x: f32, y: f32, langs: &[Lang]) -> Result<Vec<Item>, LayoutError> {
        let dash = Some(3.0);
        let rule = |x1, y1, x2, y2| Item::Rule {
            x1,
            y1,
            x2,
            y2,
            width: 0.6,
            dash,
        };
        let mut items = vec![
            rule(x, y, x + SEAL, y),
            rule(x + SEAL, y, x + SEAL, y + SEAL),
            rule(x + SEAL, y + SEAL, x, y + SEAL),
            rule(x, y + SEAL, x, y),
        ];
        let mut captions = Vec::new();
        if langs.contains(&Lang::Zh) {
            captions.push("公章");
        }
        if langs.contains(&Lang::En) {
            captions.push("Official seal");
        }
        let style = TextStyle {
            size: 9.0,
            leading: 13.0,
            bold: false,
            hei: false,
            align: Align::Center,
        };
        let mut top = y + SEAL - 8.0 - 13.0 * captions.len() as f32;
        for caption in captions {
            for line in self.set(&Text::plain(caption), &style, SEAL)? {
                for run in line.runs {
                    items.push(Item::Text(GlyphRun {
                        y: top + line.baseline,
                        glyphs: run
                            .glyphs
                            .iter()
                            .map(|g| Glyph {
                                x: g.x + x,
                                ..g.clone()
                            })
                            .collect(),
                        ..run
                    }));
                }
                top += line.height;
            }
        }
        Ok(items)
    }
}

/// `text` with the " / " at byte `at` of its plain text replaced by a line break.
fn split_at(text: &Text, at: usize) -> Text {
    let mut out = Text::default();
    let mut pos = 0;
    for span in &text.spans {
        let end = pos + span.text.len();
        if (pos..end).contains(&at) {
            let local = at - pos;
            out.push_fact(&span.text[..local], span.bold, span.fact);
            out.push("\n", span.bold);
            out.push_fact(&span.text[local + " / ".len()..], span.bold, span.fact);
        } else {
            out.push_fact(&span.text, span.bold, span.fact);
        }
        pos = end;
    }
    out
}
