//! Line breaking on a generated corpus of Chinese clauses: the Chinese rules hold at every
//! width, Latin words are never split, nothing is lost, and Chinese lines are justified.

use takedown::document::Text;
use takedown::fonts::FontSet;
use takedown::layout::text::{
    is_cjk, set_text, Align, Line, TextStyle, MAX_CJK_SPREAD, MAX_SPREAD, NO_LINE_END, NO_LINE_START,
};

fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// A small deterministic generator (xorshift), so the corpus is the same on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 as usize
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.next() % items.len()]
    }
}

const WORDS: &[&str] = &[
    "委托人",
    "受托人",
    "知识产权",
    "侵权链接",
    "电子商务平台",
    "商标注册证",
    "有效期",
    "投诉",
    "反通知",
    "权利人",
    "授权委托书",
    "淘宝",
    "天猫",
    "京东",
    "拼多多",
    "抖音电商",
    "营业执照",
    "外观设计专利",
    "发明专利",
    "实用新型",
    "著作权",
    "登记",
    "证据",
    "公证",
    "律师事务所",
    "法定代表人",
    "签字",
    "盖章",
];
const LATIN: &[&str] = &[
    "NORTHWIND",
    "Taobao",
    "AliExpress",
    "ZL201710601862.3",
    "12345678",
    "IPP",
    "JD.com",
    "Lumen",
];
const CLOSING: &[&str] = &[
    "，", "。", "、", "；", "：", "？", "！", "）", "》", "」", "』", "】",
];
const PAIRS: &[(&str, &str)] = &[
    ("（", "）"),
    ("《", "》"),
    ("「", "」"),
    ("『", "』"),
    ("【", "】"),
    ("“", "”"),
];

fn clause(rng: &mut Rng) -> String {
    let mut s = String::new();
    for _ in 0..(8 + rng.next() % 30) {
        match rng.next() % 10 {
            0 => {
                s.push(' ');
                s.push_str(rng.pick(LATIN));
                s.push(' ');
            }
            1 => {
                let (open, close) = PAIRS[rng.next() % PAIRS.len()];
                s.push_str(open);
                s.push_str(rng.pick(WORDS));
                s.push_str(close);
            }
            2 | 3 => {
                s.push_str(rng.pick(WORDS));
                s.push_str(rng.pick(CLOSING));
            }
            _ => s.push_str(rng.pick(WORDS)),
        }
    }
    s.push('。');
    s.trim().to_string()
}

fn line_text(line: &Line) -> String {
    line.runs.iter().map(|r| r.text()).collect()
}

/// The text of each line.
fn texts_of(lines: &[Line]) -> Vec<String> {
    texts(lines)
}

fn texts(lines: &[Line]) -> Vec<String> {
    lines.iter().map(line_text).collect()
}

/// A regular style: not bold, the serif face.
fn style(size: f32, leading: f32, align: Align) -> TextStyle {
    TextStyle {
        size,
        leading,
        bold: false,
        hei: false,
        align,
    }
}

#[test]
fn chinese_rules_hold_on_two_thousand_clauses_at_several_widths() {
    let fonts = FontSet::builtin();
    let style = style(10.5, 18.0, Align::Justify);
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let clauses: Vec<String> = (0..2000).map(|_| clause(&mut rng)).collect();
    let mut lines_checked = 0;
    for width in [120.0, 157.5, 200.0, 233.3, 310.0] {
        for text in &clauses {
            let lines =
                set_text(&Text::plain(text.as_str()), &style, width, fonts).expect("corpus is covered");
            let texts = texts(&lines);
            let original: Vec<char> = text.chars().collect();
            let mut pos = 0;
            for (i, t) in texts.iter().enumerate() {
                let first = t.chars().next().expect("no empty line inside a clause");
                let last = t.chars().last().expect("no empty line inside a clause");
                // Nothing lost or reordered: each line is the next stretch of the clause.
                let len = t.chars().count();
                assert_eq!(
                    original[pos..pos + len].iter().collect::<String>(),
                    *t,
                    "at width {width}"
                );
                pos += len;
                if i > 0 {
                    assert!(
                        !NO_LINE_START.contains(first),
                        "line starts with {first:?} at width {width}: {texts:?}"
                    );
                }
                if i + 1 < texts.len() {
                    assert!(
                        !NO_LINE_END.contains(last),
                        "line ends with {last:?} at width {width}: {texts:?}"
                    );
                    assert!(
                        !(original[pos - 1].is_ascii_alphanumeric() && original[pos].is_ascii_alphanumeric()),
                        "Latin word split between {t:?} and {:?} at width {width}",
                        texts[i + 1]
                    );
                    // Every line but the last fills the measure exactly, unless it has no
                    // gap to spread (a lone Latin word) or its ideographs are spread to the
                    // limit, 0.115 em (then what is left stays at the end).
                    let chars: Vec<char> = t.trim_end().chars().collect();
                    let gaps = chars
                        .windows(2)
                        .filter(|p| p[0] == ' ' || is_cjk(p[0]) || is_cjk(p[1]))
                        .count();
                    let xs: Vec<(char, f32)> = lines[i]
                        .runs
                        .iter()
                        .flat_map(|r| r.glyphs.iter().map(|g| (g.ch, g.x)))
                        .collect();
                    let spread: Vec<f32> = xs
                        .windows(2)
                        .filter(|p| is_han(p[0].0) && is_han(p[1].0))
                        .map(|p| p[1].1 - p[0].1)
                        .collect();
                    // A line is left short only when its ideographs are spread to the limit
                    // (gaps beside punctuation and Latin took their share first).
                    let short = spread
                        .iter()
                        .all(|&a| (a - style.size * (1.0 + MAX_CJK_SPREAD)).abs() < 0.001);
                    let latin_ragged = !chars.iter().any(|&c| is_cjk(c))
                        && (width - lines[i].width) / gaps.max(1) as f32 > MAX_SPREAD * style.size;
                    assert!(
                        gaps == 0 || short || latin_ragged || (lines[i].width - width).abs() < 0.05,
                        "line not justified: {t:?} is {} of {width}",
                        lines[i].width
                    );
                    for a in &spread {
                        assert!(*a <= style.size * 1.12, "ideographs {a} apart: {t:?}");
                    }
                    // Spaces at the break belong to neither line.
                    while original[pos] == ' ' {
                        pos += 1;
                    }
                }
                assert!(lines[i].width <= width + 0.05, "line overflows: {t:?}");
                lines_checked += 1;
            }
            assert_eq!(pos, original.len(), "the lines give back the whole clause");
        }
    }
    assert!(lines_checked > 20_000, "only {lines_checked} lines checked");
}

#[test]
fn closing_punctuation_pulls_the_previous_character_down() {
    let fonts = FontSet::builtin();
    let style = style(10.0, 16.0, Align::Justify);
    // Twenty hanzi fill exactly 200 pt; the comma after them may not start the next line.
    let lines = set_text(
        &Text::plain("一二三四五六七八九十壹贰叁肆伍陆柒捌玖拾，甲乙。"),
        &style,
        200.0,
        fonts,
    )
    .unwrap();
    let texts = texts(&lines);
    assert_eq!(texts, ["一二三四五六七八九十壹贰叁肆伍陆柒捌玖", "拾，甲乙。"]);
    // The first line is spread to the full measure, 10/18 pt between ideographs.
    assert!((lines[0].width - 200.0).abs() < 0.01);
    let g = &lines[0].runs[0].glyphs;
    assert!((g[1].x - g[0].x - (10.0 + 10.0 / 18.0)).abs() < 0.001);
    // Ten hanzi in 100 pt: spreading nine by a whole em would set them 0.125 em apart, more
    // than MAX_CJK_SPREAD: they spread by that and the rest of the em stays at the end.
    let lines = set_text(&Text::plain("一二三四五六七八九十，甲乙。"), &style, 100.0, fonts).unwrap();
    assert_eq!(texts_of(&lines)[0], "一二三四五六七八九");
    let g = &lines[0].runs[0].glyphs;
    assert!((g[1].x - g[0].x - 11.15).abs() < 0.001, "{}", g[1].x);
    assert!(
        (lines[0].width - (90.0 + 8.0 * 1.15)).abs() < 0.01,
        "{}",
        lines[0].width
    );
}

#[test]
fn opening_punctuation_never_ends_a_line() {
    let fonts = FontSet::builtin();
    let style = style(10.0, 16.0, Align::Left);
    let lines = set_text(&Text::plain("一二三四五六七八九《十》"), &style, 100.0, fonts).unwrap();
    let texts = texts(&lines);
    assert_eq!(texts, ["一二三四五六七八九", "《十》"]);
}

#[test]
fn english_breaks_at_spaces_and_is_left_aligned() {
    let fonts = FontSet::builtin();
    let style = style(10.0, 14.0, Align::Left);
    let text = "The Agent may file, supplement and withdraw complaints against infringing listings.";
    let lines = set_text(&Text::plain(text), &style, 150.0, fonts).unwrap();
    let texts = texts(&lines);
    assert_eq!(texts.join(" "), text);
    assert!(texts.len() >= 3);
    for (line, t) in lines.iter().zip(&texts) {
        assert!(!t.starts_with(' ') && !t.ends_with(' '));
        assert_eq!(line.runs[0].glyphs[0].x, 0.0, "left aligned");
    }
}

#[test]
fn a_link_wider_than_the_measure_is_cut_not_overflowed() {
    let fonts = FontSet::builtin();
    let style = style(9.0, 12.0, Align::Left);
    let url = "https://detail.tmall.com/item.htm?id=6543210987654321012345";
    let lines = set_text(&Text::plain(url), &style, 80.0, fonts).unwrap();
    let texts = texts(&lines);
    assert_eq!(texts.concat(), url);
    assert!(lines.iter().all(|l| l.width <= 80.05), "{texts:?}");
}

#[test]
fn line_end_punctuation_ink_meets_the_margin() {
    let fonts = FontSet::builtin();
    let style = style(10.0, 16.0, Align::Justify);
    // Eighteen hanzi and a comma fill 190 pt; the comma's blank right half hangs past it.
    let lines = set_text(
        &Text::plain("一二三四五六七八九十壹贰叁肆伍陆柒捌，九十甲乙丙丁"),
        &style,
        190.0,
        fonts,
    )
    .unwrap();
    let first = &lines[0].runs[0];
    assert_eq!(first.text(), "一二三四五六七八九十壹贰叁肆伍陆柒捌，");
    let comma = first.glyphs.last().unwrap();
    assert!(
        (comma.x + 5.0 - 190.0).abs() < 0.01,
        "comma ink ends at {}",
        comma.x + 5.0
    );
    assert!((lines[0].width - 190.0).abs() < 0.01);
}

#[test]
fn a_paragraph_does_not_end_on_one_ideograph() {
    let fonts = FontSet::builtin();
    let style = style(10.0, 16.0, Align::Justify);
    // Twenty hanzi fill 200 pt: 甲 alone would end the paragraph; 拾 comes down to it.
    let lines = set_text(
        &Text::plain("一二三四五六七八九十壹贰叁肆伍陆柒捌玖拾甲。"),
        &style,
        200.0,
        fonts,
    )
    .unwrap();
    assert_eq!(
        texts(&lines),
        ["一二三四五六七八九十壹贰叁肆伍陆柒捌玖", "拾甲。"]
    );
    assert!((lines[0].width - 200.0).abs() < 0.01, "{}", lines[0].width);
    // Two ideographs on the last line stay as they are.
    let lines = set_text(&Text::plain("一二三四五六七八九十甲乙。"), &style, 100.0, fonts).unwrap();
    assert_eq!(texts(&lines), ["一二三四五六七八九十", "甲乙。"]);
    // A cell two ideographs wide keeps what fits: nothing is pulled into a full line.
    let lines = set_text(&Text::plain("序号"), &style, 20.0, fonts).unwrap();
    assert_eq!(texts(&lines), ["序号"]);
    let lines = set_text(&Text::plain("登记号"), &style, 20.0, fonts).unwrap();
    assert_eq!(texts(&lines), ["登记", "号"], "the last line would not fit two");
}

#[test]
fn a_date_breaks_after_its_year_or_month_never_inside_a_number() {
    let fonts = FontSet::builtin();
    let style = style(10.0, 16.0, Align::Justify);
    let text = "委托人应于2026年12月21日前寄回签署后的授权委托书原件。";
    let mut inside = 0;
    for width in (60..=200).map(|w| w as f32) {
        let lines = set_text(&Text::plain(text), &style, width, fonts).unwrap();
        let texts = texts(&lines);
        assert_eq!(texts.concat(), text, "at width {width}");
        let mut pos = 0;
        for t in &texts[..texts.len() - 1] {
            pos += t.chars().count();
            let chars: Vec<char> = text.chars().collect();
            let (before, after) = (chars[pos - 1], chars[pos]);
            assert!(
                !(before.is_ascii_digit() && after.is_ascii_digit()),
                "a number broken at width {width}: {texts:?}"
            );
            // Inside the date (after 于, before 前), only after 年 or 月.
            if (6..16).contains(&pos) {
                assert!(
                    matches!(before, '年' | '月'),
                    "the date broken after {before:?} at width {width}: {texts:?}"
                );
                inside += 1;
            }
        }
    }
    assert!(inside > 0, "no width breaks the date");
}
