//! Bar charts as rules, fills and set text: a y axis of round ticks with dashed grid lines,
//! a bar per category (its series stacked, or side by side), the category labels below and
//! a legend of grey swatches. Greys, not colours: a report is printed and copied.

use super::{Arranger, Lang};
use crate::document::{Bi, Chart, Text};
use crate::layout::flow::Row;
use crate::layout::frame::{Glyph, GlyphRun, Item};
use crate::layout::text::{Align, TextStyle};
use crate::layout::LayoutError;

/// The grey of each series, in turn: far enough apart to tell side by side.
pub const GREYS: [f32; 6] = [0.15, 0.5, 0.75, 0.35, 0.62, 0.85];
/// The side of a legend swatch; no bar is drawn this wide.
pub const SWATCH: f32 = 7.0;
const PLOT_HEIGHT: f32 = 140.0;
const AXIS_WIDTH: f32 = 36.0;

fn style(size: f32, align: Align) -> TextStyle {
    TextStyle {
        size,
        leading: size * 1.35,
        bold: false,
        hei: false,
        align,
    }
}

/// The y axis' step and top: 1, 2 or 5 times a power of ten, about five ticks.
pub fn ticks(max: f64) -> (f64, f64) {
    if max <= 0.0 || !max.is_finite() {
        return (1.0, 1.0);
    }
    let raw = max / 5.0;
    let mag = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|k| k * mag)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * mag);
    let step = if max >= 1.0 { step.max(1.0) } else { step };
    (step, (max / step).ceil() * step)
}

fn number(v: f64) -> String {
    if (v - v.round()).abs() < 1e-9 {
        format!("{}", v.round() as i64)
    } else {
        format!("{v:.1}")
    }
}

impl Arranger<'_> {
    /// The label of `bi` in the languages printed: one line each where they differ.
    fn chart_label(&self, bi: &Bi, langs: &[Lang], joined: bool) -> Text {
        let mut parts: Vec<String> = Vec::new();
        for lang in langs {
            let t = super::pick(bi, *lang).to_plain();
            if !t.is_empty() && !parts.contains(&t) {
                parts.push(t);
            }
        }
        Text::plain(parts.join(if joined { " " } else { "\n" }))
    }

    /// Text set at (`x`, `top`) in `width`, as items; returns its height too.
    fn chart_text(
        &self,
        text: &Text,
        style: &TextStyle,
        x: f32,
        top: f32,
        width: f32,
    ) -> Result<(Vec<Item>, f32), LayoutError> {
        let mut items = Vec::new();
        let mut y = top;
        for piece in text.to_plain().split('\n') {
            for line in self.set(&Text::plain(piece), style, width)? {
                for run in line.runs {
                    items.push(Item::Text(GlyphRun {
                        y: y + line.baseline,
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
                y += line.height;
            }
        }
        Ok((items, y - top))
    }

    /// The chart as one row that is never split.
    pub(super) fn chart(&self, chart: &Chart, langs: &[Lang]) -> Result<Row, LayoutError> {
        let mut items = Vec::new();
        let n = chart.categories.len().max(1);
        let (x0, plot_w) = (self.x0 + AXIS_WIDTH, self.width - AXIS_WIDTH);
        // The unit above the axis.
        let unit = self.chart_label(&chart.unit, langs, true);
        let (text, h) = self.chart_text(&unit, &style(7.5, Align::Left), self.x0, 0.0, self.width)?;
        items.extend(text);
        let top = h + 4.0;
        let bottom = top + PLOT_HEIGHT;
        let max = if chart.stacked {
            (0..n)
                .map(|i| {
                    chart
                        .series
                        .iter()
                        .map(|s| s.values.get(i).copied().unwrap_or(0.0).max(0.0))
                        .sum::<f64>()
                })
                .fold(0.0, f64::max)
        } else {
            chart
                .series
                .iter()
                .flat_map(|s| s.values.iter().copied())
                .fold(0.0, f64::max)
        };
        let (step, axis_top) = ticks(max);
        let scale = PLOT_HEIGHT as f64 / axis_top;
        let rule = |x1, y1, x2, y2, width, dash| Item::Rule {
            x1,
            y1,
            x2,
            y2,
            width,
            dash,
        };
        let mut tick = 0.0;
        while tick <= axis_top + step / 2.0 {
            let y = bottom - (tick * scale) as f32;
            if tick > 0.0 {
                items.push(rule(x0, y, x0 + plot_w, y, 0.3, Some(2.0)));
            }
            let (text, _) = self.chart_text(
                &Text::plain(number(tick)),
                &style(7.0, Align::Right),
                self.x0,
                y - 5.0,
                AXIS_WIDTH - 4.0,
            )?;
            items.extend(text);
            tick += step;
        }
        items.push(rule(x0, top, x0, bottom, 0.6, None));
        items.push(rule(x0, bottom, x0 + plot_w, bottom, 0.6, None));

        let slot = plot_w / n as f32;
        let k = chart.series.len().max(1);
        let mut label_h = 0.0f32;
        for i in 0..n {
            let left = x0 + slot * i as f32;
            if chart.stacked {
                let w = (slot * 0.6).min(48.0);
                let x = left + (slot - w) / 2.0;
                let mut base = bottom;
                for (j, s) in chart.series.iter().enumerate() {
                    let v = s.values.get(i).copied().unwrap_or(0.0).max(0.0);
                    let h = (v * scale) as f32;
                    if h > 0.0 {
                        items.push(Item::Fill {
                            x,
                            y: base - h,
                            w,
                            h,
                            grey: GREYS[j % GREYS.len()],
                        });
                        base -= h;
                    }
                }
            } else {
                let group = (slot * 0.75).min(24.0 * k as f32);
                let w = group / k as f32;
                for (j, s) in chart.series.iter().enumerate() {
                    let v = s.values.get(i).copied().unwrap_or(0.0).max(0.0);
                    let h = (v * scale) as f32;
                    if h > 0.0 {
                        let x = left + (slot - group) / 2.0 + w * j as f32;
                        items.push(Item::Fill {
                            x,
                            y: bottom - h,
                            w: w - 1.0,
                            h,
                            grey: GREYS[j % GREYS.len()],
                        });
                    }
                }
            }
            if let Some(c) = chart.categories.get(i) {
                let label = self.chart_label(c, langs, false);
                let (text, h) =
                    self.chart_text(&label, &style(6.5, Align::Center), left, bottom + 3.0, slot)?;
                items.extend(text);
                label_h = label_h.max(h);
            }
        }
        // The legend: a swatch and a label per series, left to right.
        let mut y = bottom + 3.0 + label_h + 6.0;
        let mut x = x0;
        let mut row_h = 0.0f32;
        for (j, s) in chart.series.iter().enumerate() {
            let label = self.chart_label(&s.label, langs, true);
            let st = style(7.5, Align::Left);
            let (w, _) = crate::layout::text::measure(&label, &st, self.fonts)
                .map_err(|m| LayoutError::missing(m.ch, &label, "chart"))?;
            if x > x0 && x + SWATCH + 3.0 + w > x0 + plot_w {
                x = x0;
                y += row_h + 3.0;
            }
            items.push(Item::Fill {
                x,
                y: y + 1.5,
                w: SWATCH,
                h: SWATCH,
                grey: GREYS[j % GREYS.len()],
            });
            let (text, h) = self.chart_text(&label, &st, x + SWATCH + 3.0, y, w + 1.0)?;
            items.extend(text);
            row_h = row_h.max(h);
            x += SWATCH + 3.0 + w + 12.0;
        }
        Ok(Row {
            decorations: items,
            min_height: y + row_h + 4.0,
            space_after: 4.0,
            ..Row::default()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_are_round() {
        assert_eq!(ticks(0.0), (1.0, 1.0));
        assert_eq!(ticks(3.0), (1.0, 3.0));
        assert_eq!(ticks(7.0), (2.0, 8.0));
        assert_eq!(ticks(23.0), (5.0, 25.0));
        assert_eq!(ticks(480.0), (100.0, 500.0));
        assert_eq!(ticks(0.3), (0.1, 0.30000000000000004));
    }
}
