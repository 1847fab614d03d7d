//! Chinese words, for keeping a page break out of the middle of one.
//!
//! A line of Chinese may end between any two ideographs, and the lines of a paragraph break
//! so. A page break is different: a reader turning the page in the middle of 电子邮|箱 loses
//! the word (review D.2). The segmenter is jieba's (`jieba-rs`), with a dictionary of the
//! words of the built-in templates and messages (`words/zh.txt`, rebuilt by
//! `words/make.py`): values from cells never break (they are set as unbreakable runs), so
//! the prose is the templates' own, and a word a firm adds to them is usually still found
//! by jieba's model of unknown words (rebuild the list to be sure).

use std::sync::OnceLock;

use jieba_rs::Jieba;

/// The ideographs on each side of a break that are segmented to judge it.
const CONTEXT: usize = 8;

fn jieba() -> &'static Jieba {
    static JIEBA: OnceLock<Jieba> = OnceLock::new();
    JIEBA.get_or_init(|| {
        let mut words = include_str!("words/zh.txt").as_bytes();
        // The file is built in and checked by a test: it always loads.
        Jieba::with_dict(&mut words).unwrap_or_else(|_| Jieba::empty())
    })
}

/// A CJK ideograph (the characters jieba segments).
fn is_han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}')
}

/// Whether a break between `before` and `after` (the text on each side) falls inside a
/// Chinese word.
pub fn splits_word(before: &str, after: &str) -> bool {
    let head: Vec<char> = before
        .chars()
        .rev()
        .take_while(|&c| is_han(c))
        .take(CONTEXT)
        .collect();
    let tail: Vec<char> = after.chars().take_while(|&c| is_han(c)).take(CONTEXT).collect();
    if head.is_empty() || tail.is_empty() {
        return false;
    }
    let at = head.len();
    let text: String = head.iter().rev().chain(&tail).collect();
    jieba()
        .cut(&text, true)
        .iter()
        .any(|token| token.start < at && at < token.end)
}

/// For each char of `text`, whether a line may break before it without splitting a Chinese
/// word of the dictionary: false only inside one (序|号, 登|记号). The text is segmented
/// once, as a whole, without jieba's model of unknown words: in a cell's value (a shop's
/// name) it guesses words that are none (恒达箱|包厂), and a line may break between any
/// two ideographs it does not know.
pub fn word_starts(text: &str) -> Vec<bool> {
    let n = text.chars().count();
    let mut starts = vec![true; n];
    for token in jieba().cut(text, false) {
        for s in starts.iter_mut().take(token.end.min(n)).skip(token.start + 1) {
            *s = false;
        }
    }
    starts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_of_table_headers_are_found_whole() {
        let text = "注册号／专利号／登记号";
        let starts = word_starts(text);
        let at: Vec<usize> = (1..starts.len()).filter(|&p| starts[p]).collect();
        assert_eq!(at, [3, 4, 7, 8]);
        assert_eq!(word_starts("序号"), [true, false]);
    }

    #[test]
    fn the_dictionary_loads_with_every_word() {
        let lines = include_str!("words/zh.txt").lines().count();
        assert!(lines > 500, "{lines}");
        let mut words = include_str!("words/zh.txt").as_bytes();
        assert!(Jieba::with_dict(&mut words).is_ok());
    }

    #[test]
    fn a_break_inside_a_word_is_told_from_one_between_words() {
        // The review's case: 电子邮|箱.
        assert!(splits_word("请发送至陈伟（电子邮", "箱：ipp@lumen-ip.example"));
        assert!(!splits_word("请发送至陈伟（电子邮箱", "：ipp@lumen-ip.example"));
        assert!(splits_word("广州明律知识产", "权律师事务所"));
        assert!(!splits_word("广州明律知识产权", "律师事务所"));
        assert!(splits_word("本授权委托书自委托人签", "署之日起生效"));
        assert!(!splits_word("本授权委托书自委托人签署", "之日起生效"));
        // Not in the dictionary (a word a firm's template adds): jieba's model of unknown
        // words usually finds it.
        assert!(splits_word("支持蓝", "牙耳机连接"));
        // Not between two ideographs: never.
        assert!(!splits_word("ZL202130287615.8", "号专利"));
        assert!(!splits_word("专利号", "ZL202130287615.8"));
        assert!(!splits_word("", "知识产权"));
        assert!(!splits_word("of the", "Principal"));
    }
}
