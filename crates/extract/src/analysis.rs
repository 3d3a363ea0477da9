//! One annotation pass over a body: tokens, sentences, numbers, ordinals, dates
//! and lexicon hits, with lookups by token and by sentence.

use std::ops::Range;

use swapledger_text::dates::{find_dates, DateMatch};
use swapledger_text::numbers::{find_numbers, Number};
use swapledger_text::ordinals::{find_ordinals, Ordinal};
use swapledger_text::{tokenize, Lang, Span, Token, TokenKind};

use crate::lexicon::{find_hits, Concept, Cue, Hit};
use crate::sentences::{split, Sentence};

/// The annotated text of one document.
pub struct Analysis {
    /// Its tokens.
    pub tokens: Vec<Token>,
    /// Its sentences.
    pub sentences: Vec<Sentence>,
    /// Lexicon hits, ordered by first token.
    pub hits: Vec<Hit>,
    /// Numbers, in text order.
    pub numbers: Vec<Number>,
    /// Ordinals, in text order.
    pub ordinals: Vec<Ordinal>,
    /// Date expressions, in text order.
    pub dates: Vec<DateMatch>,
    /// For each sentence, a bit per [`Cue`] found in it.
    sentence_cues: Vec<u64>,
}

impl Analysis {
    /// Annotate `text` as written in `lang`.
    pub fn new(text: &str, lang: Lang) -> Analysis {
        let tokens = tokenize(text);
        let sentences = split(&tokens);
        let mut hits = find_hits(&tokens);
        hits.sort_by_key(|h| (h.first, h.end));
        let numbers = find_numbers(&tokens, lang);
        let ordinals = find_ordinals(&tokens, lang);
        let dates = find_dates(&tokens, lang);
        let sentences = split_at_dates(&tokens, sentences, &dates);
        let mut sentence_cues = vec![0u64; sentences.len()];
        let mut si = 0;
        for h in &hits {
            while si < sentences.len() && sentences[si].tokens.end <= h.first {
                si += 1;
            }
            if let (Some(bits), Concept::Cue(c)) = (sentence_cues.get_mut(si), h.concept) {
                *bits |= 1 << (c as u32);
            }
        }
        Analysis {
            tokens,
            sentences,
            hits,
            numbers,
            ordinals,
            dates,
            sentence_cues,
        }
    }

    /// Hits whose first token lies in `range`.
    pub fn hits_in(&self, range: Range<usize>) -> &[Hit] {
        let lo = self.hits.partition_point(|h| h.first < range.start);
        let hi = self.hits.partition_point(|h| h.first < range.end);
        &self.hits[lo..hi]
    }

    /// Numbers whose first token lies in `range` (numbers are in text order).
    pub fn numbers_in(&self, range: Range<usize>) -> &[Number] {
        let lo = self
            .numbers
            .partition_point(|n| n.tokens.start < range.start);
        let hi = self.numbers.partition_point(|n| n.tokens.start < range.end);
        &self.numbers[lo..hi]
    }

    /// Date expressions whose first token lies in `range`.
    pub fn dates_in(&self, range: Range<usize>) -> &[DateMatch] {
        let lo = self.dates.partition_point(|d| d.tokens.start < range.start);
        let hi = self.dates.partition_point(|d| d.tokens.start < range.end);
        &self.dates[lo..hi]
    }

    /// Ordinals whose first token lies in `range`.
    pub fn ordinals_in(&self, range: Range<usize>) -> &[Ordinal] {
        let lo = self
            .ordinals
            .partition_point(|o| o.tokens.start < range.start);
        let hi = self
            .ordinals
            .partition_point(|o| o.tokens.start < range.end);
        &self.ordinals[lo..hi]
    }

    /// True when sentence `si` holds a hit of `cue` (one bit test).
    pub fn sentence_has(&self, si: usize, cue: Cue) -> bool {
        self.sentence_cues
            .get(si)
            .is_some_and(|bits| bits & (1 << (cue as u32)) != 0)
    }

    /// True when sentence `si` counts a period: a number right before "days",
    /// "дні", "дней" ("за три дні", "in 2 days"); "того дня" is not one.
    pub fn counted_period(&self, si: usize) -> bool {
        if !self.sentence_has(si, Cue::Period) {
            return false;
        }
        let r = self.range(si);
        self.hits_in(r.clone()).iter().any(|h| {
            h.concept == Concept::Cue(Cue::Period)
                && self
                    .numbers_in(r.start..h.first)
                    .last()
                    .is_some_and(|n| n.tokens.end == h.first)
        })
    }

    /// True when a hit of `cue` starts in `range`.
    pub fn has_cue(&self, range: Range<usize>, cue: Cue) -> bool {
        self.hits_in(range)
            .iter()
            .any(|h| h.concept == Concept::Cue(cue))
    }

    /// The first hit of `cue` starting in `range`.
    pub fn find_cue(&self, range: Range<usize>, cue: Cue) -> Option<&Hit> {
        self.hits_in(range)
            .iter()
            .find(|h| h.concept == Concept::Cue(cue))
    }

    /// Token range of sentence `si`.
    pub fn range(&self, si: usize) -> Range<usize> {
        self.sentences[si].tokens.clone()
    }

    /// Character span of sentence `si`.
    pub fn sentence_span(&self, si: usize) -> Span {
        let r = self.range(si);
        Span::new(
            self.tokens[r.start].span.start,
            self.tokens[r.end - 1].span.end,
        )
    }

    /// Span from token `a` to token `b` inclusive.
    pub fn span(&self, a: usize, b: usize) -> Span {
        Span::new(self.tokens[a].span.start, self.tokens[b].span.end)
    }

    /// "Since 24 February 2022", "з 24 лютого 2022 року": a date that starts a
    /// whole-war total (a since-word opens it or stands right before it) dates no event.
    pub fn starts_a_since(&self, d: &DateMatch, sentence: &Range<usize>) -> bool {
        a_since(self, d.tokens.start, sentence)
    }

    /// Sentence `si` is a clause cut from the same sentence as `si - 1` (at a
    /// second date): same line, and the previous part does not end with a stop.
    pub fn continues_previous(&self, si: usize) -> bool {
        si > 0
            && self.sentences[si - 1].line == self.sentences[si].line
            && !matches!(
                self.tokens[self.range(si - 1).end - 1].norm.as_str(),
                "." | "!" | "?" | "…"
            )
    }

    /// True when token `i` is a word equal to one of `words`.
    pub fn word_in(&self, i: usize, words: &[&str]) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Word && words.contains(&t.norm.as_str()))
    }
}

/// Words that may stand between a clause break and the date that opens the next
/// clause ("..., у суботу – ще 307", "..., and on Saturday 307").
const CLAUSE_OPENERS: &[&str] = &[
    "у",
    "в",
    "во",
    "на",
    "а",
    "і",
    "й",
    "та",
    "и",
    "and",
    "but",
    "on",
    "while",
    "then",
    "тоді",
    "тогда",
];

/// Split a sentence where a second date opens a clause of its own: "У п'ятницю ми
/// повернули 390 людей, у суботу – ще 307" speaks of two days. A date that only
/// restates the first ("Сьогодні, 24 травня") stays in its sentence.
fn split_at_dates(
    tokens: &[Token],
    sentences: Vec<Sentence>,
    dates: &[DateMatch],
) -> Vec<Sentence> {
    let mut out = Vec::with_capacity(sentences.len());
    let mut di = 0;
    for s in sentences {
        while di < dates.len() && dates[di].tokens.start < s.tokens.start {
            di += 1;
        }
        let mut cuts = Vec::new();
        let mut prev_end: Option<usize> = None;
        let mut k = di;
        while k < dates.len() && dates[k].tokens.end <= s.tokens.end {
            let d = &dates[k];
            if let Some(pe) = prev_end {
                // Something other than punctuation between the two dates...
                let words_between =
                    (pe..d.tokens.start).any(|i| tokens[i].kind != TokenKind::Punct);
                // ...and a clause break right before this date (after optional opener words).
                let mut cut = d.tokens.start;
                while cut > pe
                    && tokens[cut - 1].kind == TokenKind::Word
                    && CLAUSE_OPENERS.contains(&tokens[cut - 1].norm.as_str())
                {
                    cut -= 1;
                }
                let break_before = cut > pe
                    && tokens[cut - 1].kind == TokenKind::Punct
                    && matches!(tokens[cut - 1].norm.as_str(), "," | ";" | "-" | ":");
                if words_between && break_before && cut > s.tokens.start {
                    cuts.push(cut);
                }
            }
            prev_end = Some(d.tokens.end);
            k += 1;
        }
        if cuts.is_empty() {
            out.push(s);
            continue;
        }
        let mut start = s.tokens.start;
        for (n, cut) in cuts
            .iter()
            .copied()
            .chain(std::iter::once(s.tokens.end))
            .enumerate()
        {
            out.push(Sentence {
                tokens: start..cut,
                heading: s.heading && cuts.is_empty(),
                line_start: s.line_start && n == 0,
                list_item: s.list_item && n == 0,
                ..s.clone()
            });
            start = cut;
        }
    }
    out
}

/// Words that open a "since" ("з 2022 року", "since February 2022", "с начала").
pub const SINCE_WORDS: &[&str] = &["з", "із", "від", "с", "since", "от"];

fn a_since(a: &Analysis, start: usize, sentence: &Range<usize>) -> bool {
    a.word_in(start, SINCE_WORDS) || (start > sentence.start && a.word_in(start - 1, SINCE_WORDS))
}
