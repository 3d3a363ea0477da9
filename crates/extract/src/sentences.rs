//! Sentences and lines: the units that facts are read from and events are assigned to.
//!
//! A line break always ends a sentence (headings, list items and Telegram lines
//! are units of their own); inside a line, `.`, `!`, `?` and `…` end one when the
//! next token opens a new sentence and the dot does not close an abbreviation.

use std::ops::Range;

use swapledger_text::{Gap, Token, TokenKind};

/// One sentence of the body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Token indices.
    pub tokens: Range<usize>,
    /// Paragraph number (blank lines separate paragraphs).
    pub paragraph: usize,
    /// Line number (counted in line breaks).
    pub line: usize,
    /// The sentence is a whole line with no closing punctuation (a heading or title).
    pub heading: bool,
    /// The line opens with a bullet, a dash or an emoji marker.
    pub list_item: bool,
    /// The sentence starts its line.
    pub line_start: bool,
}

const ABBREVIATIONS: &[&str] = &[
    "тис", "тыс", "млн", "р", "рр", "г", "гг", "м", "ст", "ім", "им", "св", "вул", "ул", "пл",
    "mr", "mrs", "ms", "dr", "st", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "т", "д", "с", "e", "g", "i", "vs",
];

fn ends_sentence(tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    if t.kind != TokenKind::Punct || !matches!(t.norm.as_str(), "." | "!" | "?" | "…") {
        return false;
    }
    let Some(next) = tokens.get(i + 1) else {
        return true;
    };
    if next.gap == Gap::None {
        return false;
    }
    if t.norm == "." && i > 0 {
        let prev = &tokens[i - 1];
        if t.gap != Gap::None {
            // a lone dot
        } else if prev.kind == TokenKind::Word
            && (ABBREVIATIONS.contains(&prev.norm.as_str())
                || (prev.norm.chars().count() == 1 && prev.capitalized))
        {
            return false;
        }
    }
    next.capitalized
        || next.kind == TokenKind::Digits
        || (next.kind == TokenKind::Punct && next.norm != "," && next.norm != ".")
}

fn is_bullet(t: &Token) -> bool {
    t.kind == TokenKind::Punct && !matches!(t.norm.as_str(), "\"" | "(" | "'" | "«" | "[")
}

/// Cut the tokens into sentences.
pub fn split(tokens: &[Token]) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut paragraph = 0;
    let mut line = 0;
    let mut start = 0;
    let mut line_start = true;
    let close = |out: &mut Vec<Sentence>,
                 range: Range<usize>,
                 paragraph,
                 line,
                 line_start: bool,
                 at_eol: bool| {
        if range.is_empty() {
            return;
        }
        let first = &tokens[range.start];
        let last = &tokens[range.end - 1];
        let heading = line_start
            && at_eol
            && !(last.kind == TokenKind::Punct
                && matches!(last.norm.as_str(), "." | "!" | "?" | "…" | ":" | ";" | ","));
        out.push(Sentence {
            list_item: line_start && is_bullet(first),
            heading,
            tokens: range,
            paragraph,
            line,
            line_start,
        });
    };
    for i in 0..tokens.len() {
        let t = &tokens[i];
        if i > start && matches!(t.gap, Gap::Newline | Gap::Paragraph) {
            close(&mut out, start..i, paragraph, line, line_start, true);
            start = i;
            line_start = true;
        }
        if matches!(t.gap, Gap::Newline | Gap::Paragraph) && i > 0 {
            line += 1;
            if t.gap == Gap::Paragraph {
                paragraph += 1;
            }
        }
        if ends_sentence(tokens, i) {
            let at_eol = tokens
                .get(i + 1)
                .is_none_or(|n| matches!(n.gap, Gap::Newline | Gap::Paragraph));
            close(&mut out, start..i + 1, paragraph, line, line_start, at_eol);
            start = i + 1;
            line_start = at_eol;
        }
    }
    close(
        &mut out,
        start..tokens.len(),
        paragraph,
        line,
        line_start,
        true,
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use swapledger_text::tokenize;

    fn texts(text: &str) -> Vec<String> {
        let t = tokenize(text);
        split(&t)
            .iter()
            .map(|s| text[t[s.tokens.start].bytes.start..t[s.tokens.end - 1].bytes.end].to_string())
            .collect()
    }

    #[test]
    fn lines_and_sentences() {
        let s = texts("Заголовок\n\nПерше речення. Друге, понад 3 тис. людей! Третє\n• 95 ЗСУ;");
        assert_eq!(
            s,
            vec![
                "Заголовок",
                "Перше речення.",
                "Друге, понад 3 тис. людей!",
                "Третє",
                "• 95 ЗСУ;"
            ]
        );
    }

    #[test]
    fn initials_do_not_end_sentences() {
        let s = texts("Сказав Д. Лубінець. Далі");
        assert_eq!(s, vec!["Сказав Д. Лубінець.", "Далі"]);
    }
}
