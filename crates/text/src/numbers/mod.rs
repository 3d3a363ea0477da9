//! Cardinal numbers in digits and in words, with their qualifiers.
//!
//! [`find_numbers`] makes one linear pass over the tokens. At each token it
//! tries, in order:
//!
//! * **digits**: "207", group separators ("1 000" with a space or a no-break
//!   space, "1,000", "1.000": a 1–3 digit lead followed by exact 3-digit groups;
//!   a comma or point separator must touch both groups, so the list "3, 5" and
//!   "2022 144" stay apart), a decimal part ("3,5"), a multiplier ("3,5 тис.",
//!   "1.2 thousand", "2 млн", "3k") and a case ending ("200-ти", "5-ти", "2-х"),
//!   which makes the form [`NumberForm::Mixed`]. Digits with an ordinal ending
//!   ("50-й", "71-м", "50th") are ordinals and are left to
//!   [`crate::ordinals::find_ordinals`].
//! * **words**: Ukrainian, Russian and English cardinals in every case and
//!   gender, collective numerals ("двоє", "п'ятьох", "обоих"), "півтори тисячі",
//!   "a dozen", "сотню". The word tables live in [`uk`], [`ru`] and [`en`]; the
//!   three are merged (reports quote each other across languages) into one hash
//!   lookup per word token, and one shared grammar assembles compounds (hundreds,
//!   tens, units, then multipliers in decreasing order).
//! * **ranges**: "18–25", "від 18 до 25", "from 2 to 17", "aged 2 to 17",
//!   "двох-трьох" give one number of class [`NumberClass::Range`].
//!
//! What is not a count gets another class: years ("2022", "2000 року", "in
//! 2000"), days of a date ("24 лютого", "February 24", "24.02.2022" →
//! [`NumberClass::Day`]), clock times ("14:30"), codes (phone numbers, numbers
//! with a leading zero, eight or more digits, "№ 5", "Су-27"), and decimals that
//! are not whole ("1,5"). Plurals without a numeral ("десятки", "сотні",
//! "hundreds", "тисяч") are not numbers at all.
//!
//! **"тисячі", "сотні", "тысячи", "сотни" alone** are the genitive singular of
//! a singular round number and also the indefinite plural. The rule: alone
//! they are a count (1000, 100) only right after a word that takes the
//! genitive: a preposition (з, із, від, до, из, от, для, без, серед, среди), a
//! comparative or qualifier (більше, менше, понад, близько, более, меньше,
//! свыше, около, порядка, ніж, чем) or "партію"/"партии". Otherwise they are an
//! indefinite plural and give nothing. With a numeral they are a multiplier as
//! usual ("дві тисячі", "півтори тисячі").
//!
//! A qualifier right before a count (per the report spec's approximation table:
//! "понад", "більш як", "не менее", "about", "up to", "майже", "до", ...) fills
//! [`Number::approx`]. "до" is a qualifier only before a count: never before a
//! day ("до 24 лютого"), a year or a time, and never as the second half of a
//! range ("від 18 до 25"). English "over" after "handed"/"turned" is a particle.
//!
//! Values never overflow: anything that does not fit in `u64` is dropped.

mod en;
mod ru;
pub(crate) mod table;
mod uk;

use std::ops::Range;

use crate::{Approx, Gap, Lang, Span, Token, TokenKind};
use table::{lexicon, Lexicon, Slot, COLL, SG};

/// How a number was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NumberForm {
    /// Only digits ("207", "1 000", "3,672").
    Digits,
    /// Only words ("двісті сім", "thirty-six").
    Words,
    /// Digits with a word multiplier or suffix ("3 тис.", "1,2 тис.", "200-ти").
    Mixed,
}

/// What a number found in the text is, as far as the text alone can tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NumberClass {
    /// A count of something: the only class that can fill a Count field.
    Count,
    /// A range "18–25": `value` is the low end, `high` the high end.
    Range {
        /// The high end of the range.
        high: u64,
    },
    /// A year ("2022", "2024 року").
    Year,
    /// A clock time ("14:30"): `value` is hours × 100 + minutes (1430).
    Time,
    /// A phone number or other long digit code.
    Code,
    /// A decimal that is not a whole count ("1,5"): `value` is the whole part.
    Decimal,
    /// The day of a date ("24 лютого", "February 24", "24.02.2022"): `value` is
    /// the day of the month.
    Day,
}

/// A number found in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Number {
    /// The value (the low end for a range).
    pub value: u64,
    /// The qualifier attached to it, if any ("понад", "about", "почти").
    pub approx: Option<Approx>,
    /// Span of the number with its qualifier.
    pub span: Span,
    /// Span of the number alone.
    pub value_span: Span,
    /// Token indices of the number alone (qualifier excluded).
    pub tokens: Range<usize>,
    /// Token indices of the qualifier, when there is one.
    pub qualifier: Option<Range<usize>>,
    /// Digits, words or mixed.
    pub form: NumberForm,
    /// Count, range, year, time, ...
    pub class: NumberClass,
    /// A collective numeral ("двоє", "п'ятеро", "обоих").
    pub collective: bool,
}

impl Number {
    /// The byte range of the number with its qualifier in the original text.
    pub fn byte_range(&self, tokens: &[Token]) -> Range<usize> {
        let first = self
            .qualifier
            .as_ref()
            .map_or(self.tokens.start, |q| q.start.min(self.tokens.start));
        tokens[first].bytes.start..tokens[self.tokens.end - 1].bytes.end
    }

    /// True when this number can fill a Count field.
    pub fn is_count(&self) -> bool {
        self.class == NumberClass::Count
    }
}

/// Case endings after a hyphen that keep a digit number a cardinal ("200-ти", "2-х").
const CARD_SUFFIXES: &[&str] = &[
    "ти", "ми", "х", "ух", "ех", "ох", "ьох", "ью", "мя", "ма", "ьма", "ома", "ьома", "и", "ем",
    "ум", "ох",
];

/// Endings that make digits an ordinal ("50-й", "71-м", "50-го", "50th").
pub(crate) const ORD_SUFFIXES: &[&str] = &[
    "й", "ий", "ій", "ый", "ой", "го", "ого", "его", "ього", "му", "ому", "ему", "ьому", "м", "им",
    "ім", "ым", "ом", "я", "а", "ая", "яя", "е", "ое", "ее", "є", "ю", "ую", "ою", "ей", "і", "ї",
    "ої", "ые", "ие", "их", "ых", "st", "nd", "rd", "th",
];

/// Abbreviated multipliers that take a following point into the number ("тис.").
const ABBREVIATIONS: &[&str] = &["тис", "тыс", "млн", "млрд"];

/// Words after which English "over" is a particle ("handed over 909 bodies").
const OVER_PARTICLE: &[&str] = &[
    "hand", "hands", "handed", "handing", "turn", "turned", "turns", "turning", "pass", "passed",
    "passing", "take", "took", "taken", "taking", "sent", "brought",
];

/// Words after which a four-digit number is a year even when it is round.
const YEAR_PREPOSITIONS: &[&str] = &["in", "since", "by", "of"];

/// A cardinal in words, as parsed by [`parse_words`].
#[derive(Debug, Clone, Copy)]
pub(crate) struct WordsParse {
    /// The value.
    pub value: u64,
    /// One past the last token.
    pub end: usize,
    /// Some part was a collective numeral.
    pub collective: bool,
    /// Only "півтори"/"полторы" without a multiplier: 1.5, not whole.
    pub half_only: bool,
    /// Number of number words (connectors "and", "-", "a" excluded).
    pub words: usize,
}

fn gap_inline(g: Gap) -> bool {
    matches!(g, Gap::None | Gap::Narrow | Gap::Space)
}

fn has_slot(lex: &Lexicon, t: Option<&Token>, slots: &[Slot]) -> bool {
    t.is_some_and(|t| {
        t.kind == TokenKind::Word
            && lex
                .card
                .get(t.norm.as_str())
                .is_some_and(|ws| ws.iter().any(|w| slots.contains(&w.slot)))
    })
}

/// Parse a cardinal in words starting at token `i`.
pub(crate) fn parse_words(tokens: &[Token], i: usize, lex: &Lexicon) -> Option<WordsParse> {
    let n = tokens.len();
    let mut total: u64 = 0;
    let mut group: u64 = 0;
    let (mut has_h, mut has_t, mut has_u) = (false, false, false);
    let mut last_mult = u64::MAX;
    let mut half = false;
    let mut article = false;
    let mut need_unit = false;
    let mut collective = false;
    let mut end = i;
    let mut words = 0usize;
    let mut j = i;
    while j < n {
        let t = &tokens[j];
        if j > i && !gap_inline(t.gap) {
            break;
        }
        if t.kind == TokenKind::Punct {
            // "twenty-one": a hyphen between tens and a unit.
            if t.norm == "-"
                && t.gap == Gap::None
                && has_t
                && !has_u
                && !need_unit
                && end == j
                && tokens.get(j + 1).is_some_and(|u| u.gap == Gap::None)
                && has_slot(lex, tokens.get(j + 1), &[Slot::Unit])
            {
                need_unit = true;
                j += 1;
                continue;
            }
            break;
        }
        if t.kind != TokenKind::Word {
            break;
        }
        let Some(ws) = lex.card.get(t.norm.as_str()) else {
            break;
        };
        let mut accepted = false;
        let mut connector = false;
        for w in ws {
            if need_unit && w.slot != Slot::Unit {
                continue;
            }
            let v = w.value;
            match w.slot {
                Slot::Zero => {
                    if j == i {
                        return Some(WordsParse {
                            value: 0,
                            end: j + 1,
                            collective: false,
                            half_only: false,
                            words: 1,
                        });
                    }
                }
                Slot::And => {
                    if j > i
                        && end == j
                        && (has_h || (group == 0 && total > 0))
                        && !has_t
                        && !has_u
                        && tokens.get(j + 1).is_some_and(|u| gap_inline(u.gap))
                        && has_slot(
                            lex,
                            tokens.get(j + 1),
                            &[Slot::Unit, Slot::Teen, Slot::Tens],
                        )
                    {
                        connector = true;
                    }
                }
                Slot::Article => {
                    if j == i
                        && tokens.get(j + 1).is_some_and(|u| gap_inline(u.gap))
                        && has_slot(lex, tokens.get(j + 1), &[Slot::EnHundred, Slot::Mult])
                    {
                        group = 1;
                        has_u = true;
                        article = true;
                        connector = true;
                    }
                }
                Slot::Unit => {
                    if !has_u && !half && (!has_t || v < 10) {
                        group += v;
                        has_u = true;
                        collective |= w.flags & COLL != 0;
                        accepted = true;
                    }
                }
                Slot::Teen => {
                    if !has_u && !has_t && !half {
                        group += v;
                        has_u = true;
                        has_t = true;
                        collective |= w.flags & COLL != 0;
                        accepted = true;
                    }
                }
                Slot::Tens => {
                    if !has_u && !has_t && !half {
                        group += v;
                        has_t = true;
                        accepted = true;
                    }
                }
                Slot::Hundreds => {
                    if group == 0 && !has_h && !has_t && !has_u && !half {
                        group = v;
                        has_h = true;
                        accepted = true;
                    }
                }
                Slot::EnHundred => {
                    if (has_u || has_t) && !has_h && group < 100 {
                        group *= 100;
                        has_h = true;
                        has_t = false;
                        has_u = false;
                        accepted = true;
                    }
                }
                Slot::Mult => {
                    if half && group == 0 {
                        total = v.checked_add(v / 2).and_then(|x| total.checked_add(x))?;
                        half = false;
                        last_mult = v;
                        accepted = true;
                    } else if group > 0 && v < last_mult {
                        total = group.checked_mul(v).and_then(|x| total.checked_add(x))?;
                        group = 0;
                        (has_h, has_t, has_u) = (false, false, false);
                        last_mult = v;
                        accepted = true;
                    } else if words == 0
                        && !article
                        && !half
                        && w.flags & SG != 0
                        && (!w.ambiguous || gen_trigger_before(tokens, i, lex))
                    {
                        total = v;
                        last_mult = v;
                        accepted = true;
                    }
                }
                Slot::Half => {
                    if words == 0 && !article && !half {
                        half = true;
                        accepted = true;
                    }
                }
            }
            if accepted || connector {
                break;
            }
        }
        if connector {
            j += 1;
            continue;
        }
        if !accepted {
            break;
        }
        need_unit = false;
        words += 1;
        j += 1;
        end = j;
    }
    if words == 0 {
        return None;
    }
    if half {
        if words == 1 {
            return Some(WordsParse {
                value: 1,
                end,
                collective: false,
                half_only: true,
                words,
            });
        }
        return None;
    }
    let value = total.checked_add(group)?;
    Some(WordsParse {
        value,
        end,
        collective,
        half_only: false,
        words,
    })
}

fn gen_trigger_before(tokens: &[Token], i: usize, lex: &Lexicon) -> bool {
    i > 0 && gap_inline(tokens[i].gap) && lex.gen_triggers.contains(tokens[i - 1].norm.as_str())
}

/// Whether ordinal `ord` can end a compound whose cardinal part is `prefix`
/// ("сто сорок" + "четвертий", "twenty" + "first").
pub(crate) fn ordinal_joins(prefix: u64, ord: u64) -> bool {
    if prefix == 0 || ord == 0 {
        return false;
    }
    let mut m: u64 = 1;
    let mut o = ord;
    while o > 0 {
        m = m.saturating_mul(10);
        o /= 10;
    }
    prefix.checked_rem(m) == Some(0)
}

/// An ordinal word that completes the cardinal words ending before `end`:
/// returns one past the ordinal token and the ordinal's value.
pub(crate) fn ordinal_after(
    tokens: &[Token],
    end: usize,
    prefix: u64,
    lex: &Lexicon,
) -> Option<(usize, u64)> {
    let mut k = end;
    let t = tokens.get(k)?;
    if (t.norm == "-" && t.gap == Gap::None) || (t.is_word("and") && gap_inline(t.gap)) {
        k += 1;
    }
    let o = tokens.get(k)?;
    if o.kind != TokenKind::Word || !gap_inline(o.gap) {
        return None;
    }
    let v = *lex.ord.get(o.norm.as_str())?;
    ordinal_joins(prefix, v).then(|| (k + 1, prefix + v))
}

/// The value part of a digit number.
struct Digits {
    int: u64,
    /// Decimal part: digits as a number and their count.
    frac: Option<(u64, u32)>,
    end: usize,
    grouped: bool,
}

/// What a scan at one token found.
enum Scan {
    /// A number over `start..end`.
    Found(Raw),
    /// Tokens up to here are not numbers (ordinals, overflow): skip them.
    Skip(usize),
    /// Nothing here.
    Nothing,
}

struct Raw {
    start: usize,
    end: usize,
    value: u64,
    form: NumberForm,
    class: NumberClass,
    collective: bool,
}

fn is_digits(t: Option<&Token>) -> bool {
    t.is_some_and(|t| t.kind == TokenKind::Digits)
}

fn punct_at(tokens: &[Token], k: usize, p: &[&str], gap: Gap) -> bool {
    tokens
        .get(k)
        .is_some_and(|t| t.kind == TokenKind::Punct && t.gap == gap && p.contains(&t.norm.as_str()))
}

/// The integer with group separators and the decimal part, from digit token `i`.
fn parse_digits(tokens: &[Token], i: usize) -> Result<Digits, usize> {
    let lead = &tokens[i];
    let mut overflow = false;
    let mut int: u64 = lead.norm.parse().unwrap_or_else(|_| {
        overflow = true;
        0
    });
    let mut j = i + 1;
    let mut grouped = false;
    let mut sep: Option<&str> = None;
    if lead.norm.len() <= 3 && !(lead.norm.starts_with('0')) {
        loop {
            let t = tokens.get(j);
            // "1 000", "1\u{a0}000"
            if sep.is_none_or(|s| s == " ")
                && t.is_some_and(|t| {
                    t.kind == TokenKind::Digits
                        && t.norm.len() == 3
                        && matches!(t.gap, Gap::Narrow | Gap::Space)
                })
            {
                let g: u64 = tokens[j].norm.parse().unwrap_or(0);
                int = int
                    .checked_mul(1000)
                    .and_then(|x| x.checked_add(g))
                    .unwrap_or_else(|| {
                        overflow = true;
                        0
                    });
                sep = Some(" ");
                grouped = true;
                j += 1;
                continue;
            }
            // "1,000", "1.000"
            if let Some(p) = t.filter(|t| {
                t.kind == TokenKind::Punct
                    && t.gap == Gap::None
                    && (t.norm == "," || t.norm == ".")
                    && sep.is_none_or(|s| s == t.norm)
            }) {
                let p = p.norm.as_str();
                if tokens.get(j + 1).is_some_and(|d| {
                    d.kind == TokenKind::Digits && d.gap == Gap::None && d.norm.len() == 3
                }) && !tokens
                    .get(j + 2)
                    .is_some_and(|d| d.kind == TokenKind::Digits && d.gap == Gap::None)
                    && !(sep.is_none()
                        && punct_at(tokens, j + 2, &[p], Gap::None)
                        && tokens.get(j + 3).is_some_and(|d| {
                            d.kind == TokenKind::Digits && d.gap == Gap::None && d.norm.len() != 3
                        }))
                {
                    let g: u64 = tokens[j + 1].norm.parse().unwrap_or(0);
                    int = int
                        .checked_mul(1000)
                        .and_then(|x| x.checked_add(g))
                        .unwrap_or_else(|| {
                            overflow = true;
                            0
                        });
                    sep = Some(if p == "," { "," } else { "." });
                    grouped = true;
                    j += 2;
                    continue;
                }
            }
            break;
        }
    }
    // Decimal part: "3,5", "1.2", "1,000.5".
    let mut frac = None;
    if let Some(p) = tokens.get(j).filter(|t| {
        t.kind == TokenKind::Punct
            && t.gap == Gap::None
            && (t.norm == "," || t.norm == ".")
            && sep != Some(t.norm.as_str())
    }) {
        let p = p.norm.clone();
        if let Some(d) = tokens
            .get(j + 1)
            .filter(|d| d.kind == TokenKind::Digits && d.gap == Gap::None)
        {
            // Not a third part of "1.2.3" (a version or a date).
            let third = punct_at(tokens, j + 2, &[p.as_str()], Gap::None)
                && is_digits(tokens.get(j + 3))
                && tokens[j + 3].gap == Gap::None;
            if !third {
                match d.norm.parse::<u64>() {
                    Ok(f) => frac = Some((f, d.norm.len() as u32)),
                    Err(_) => overflow = true,
                }
                j += 2;
            }
        }
    }
    if overflow {
        return Err(j);
    }
    Ok(Digits {
        int,
        frac,
        end: j,
        grouped,
    })
}

/// A multiplier word right after digits: its value and one past it (with "тис.").
fn multiplier_at(tokens: &[Token], j: usize, lex: &Lexicon) -> Option<(u64, usize)> {
    let t = tokens.get(j)?;
    if t.kind != TokenKind::Word || !gap_inline(t.gap) {
        return None;
    }
    let m = lex
        .card
        .get(t.norm.as_str())?
        .iter()
        .find(|w| w.slot == Slot::Mult)?
        .value;
    let mut end = j + 1;
    if ABBREVIATIONS.contains(&t.norm.as_str()) && punct_at(tokens, end, &["."], Gap::None) {
        end += 1;
    }
    Some((m, end))
}

/// A case or ordinal ending right after digits ("-ти", "-й", "th").
/// Returns (is ordinal, one past the ending).
fn suffix_at(tokens: &[Token], j: usize) -> Option<(bool, usize)> {
    let (k, t) = if punct_at(tokens, j, &["-"], Gap::None) {
        (j + 1, tokens.get(j + 1)?)
    } else {
        (j, tokens.get(j)?)
    };
    if t.kind != TokenKind::Word || t.gap != Gap::None {
        return None;
    }
    let s = t.norm.as_str();
    if ORD_SUFFIXES.contains(&s) {
        Some((true, k + 1))
    } else if CARD_SUFFIXES.contains(&s) {
        Some((false, k + 1))
    } else {
        None
    }
}

fn word_in(t: Option<&Token>, set: &table::Set) -> bool {
    t.is_some_and(|t| t.kind == TokenKind::Word && set.contains(t.norm.as_str()))
}

/// A digit number with everything attached to it, at digit token `i`.
fn scan_digits(tokens: &[Token], i: usize, lex: &Lexicon) -> Scan {
    let lead = &tokens[i];
    let prev = i.checked_sub(1).map(|p| &tokens[p]);
    // A digit run too long for u64: skip it and what is glued to it.
    let d = match parse_digits(tokens, i) {
        Ok(d) => d,
        Err(end) => return Scan::Skip(skip_glued(tokens, end)),
    };
    let raw = |end, value, form, class| {
        Scan::Found(Raw {
            start: i,
            end,
            value,
            form,
            class,
            collective: false,
        })
    };
    // Clock time "14:30".
    if lead.norm.len() <= 2
        && punct_at(tokens, i + 1, &[":"], Gap::None)
        && tokens
            .get(i + 2)
            .is_some_and(|m| m.kind == TokenKind::Digits && m.gap == Gap::None && m.norm.len() == 2)
    {
        let h: u64 = lead.norm.parse().unwrap_or(99);
        let m: u64 = tokens[i + 2].norm.parse().unwrap_or(99);
        if h <= 24 && m < 60 {
            return raw(i + 3, h * 100 + m, NumberForm::Digits, NumberClass::Time);
        }
    }
    // A date "24.02.2022" or "24.02.22".
    if lead.norm.len() <= 2
        && punct_at(tokens, i + 1, &[".", "/"], Gap::None)
        && tokens
            .get(i + 2)
            .is_some_and(|m| m.kind == TokenKind::Digits && m.gap == Gap::None && m.norm.len() <= 2)
        && punct_at(tokens, i + 3, &[tokens[i + 1].norm.as_str()], Gap::None)
        && tokens.get(i + 4).is_some_and(|y| {
            y.kind == TokenKind::Digits && y.gap == Gap::None && matches!(y.norm.len(), 2 | 4)
        })
    {
        return raw(i + 5, d.int, NumberForm::Digits, NumberClass::Day);
    }
    // Codes: "+380 ...", "№ 5", "Су-27", "A320", leading zero, long runs, "044-123-45-67".
    let after_word = prev.is_some_and(|p| p.kind == TokenKind::Word && lead.gap == Gap::None)
        || (prev.is_some_and(|p| p.norm == "-" && lead.gap == Gap::None && p.gap == Gap::None)
            && i >= 2
            && tokens[i - 2].kind == TokenKind::Word
            && tokens[i - 2].capitalized
            && tokens[i - 2].norm.chars().count() <= 3);
    let numero = prev.is_some_and(|p| {
        p.kind == TokenKind::Punct && matches!(p.norm.as_str(), "№" | "#") && gap_inline(lead.gap)
    });
    let phone = prev.is_some_and(|p| p.norm == "+" && lead.gap == Gap::None);
    let hyphen_chain = punct_at(tokens, i + 1, &["-"], Gap::None)
        && is_digits(tokens.get(i + 2))
        && tokens[i + 2].gap == Gap::None
        && punct_at(tokens, i + 3, &["-"], Gap::None)
        && is_digits(tokens.get(i + 4))
        && tokens[i + 4].gap == Gap::None;
    let long = !d.grouped && d.frac.is_none() && lead.norm.len() >= 8;
    let zero_lead =
        !d.grouped && lead.norm.len() > 1 && lead.norm.starts_with('0') && d.frac.is_none();
    if phone || hyphen_chain || long || zero_lead || after_word || numero {
        let end = if phone || hyphen_chain || zero_lead {
            code_chain(tokens, i)
        } else {
            d.end
        };
        let value = if phone || hyphen_chain || zero_lead {
            lead.norm.parse().unwrap_or(d.int)
        } else {
            d.int
        };
        return raw(end, value, NumberForm::Digits, NumberClass::Code);
    }
    let mut end = d.end;
    let mut form = NumberForm::Digits;
    // Case or ordinal ending: "200-ти", "50-й".
    let mut suffixed = false;
    if d.frac.is_none() {
        if let Some((ordinal, e)) = suffix_at(tokens, end) {
            if ordinal {
                return Scan::Skip(e);
            }
            end = e;
            form = NumberForm::Mixed;
            suffixed = true;
        }
    }
    // Multiplier: "3 тис.", "1,2 тис.", "2 млн", "3k".
    let mut value = d.int;
    let mut class = NumberClass::Count;
    if let Some((m, e)) = multiplier_at(tokens, end, lex) {
        end = e;
        form = NumberForm::Mixed;
        let whole = u128::from(d.int) * u128::from(m);
        let (num, scale) = match d.frac {
            Some((f, len)) => (u128::from(f) * u128::from(m), 10u128.checked_pow(len)),
            None => (0, Some(1)),
        };
        let Some(scale) = scale else {
            return Scan::Skip(end);
        };
        let v = whole + num / scale;
        let Ok(v) = u64::try_from(v) else {
            return Scan::Skip(end);
        };
        value = v;
        if num % scale != 0 {
            class = NumberClass::Decimal;
        }
    } else if let Some((f, _)) = d.frac {
        if f != 0 {
            class = NumberClass::Decimal;
        }
    }
    let next = tokens.get(end);
    let plain = !d.grouped && d.frac.is_none() && form == NumberForm::Digits;
    if plain && class == NumberClass::Count {
        // Year.
        if lead.norm.len() == 4
            && (1900..=2099).contains(&value)
            && (value % 100 != 0
                || (word_in(next, &lex.year_words)
                    && gap_inline(next.map_or(Gap::None, |t| t.gap)))
                || word_in(prev, &lex.months)
                || prev.is_some_and(|p| YEAR_PREPOSITIONS.contains(&p.norm.as_str())))
        {
            // "2022-2024" is still a range of years.
            if !(punct_at(tokens, end, &["-"], Gap::None) && is_digits(tokens.get(end + 1))) {
                return raw(end, value, form, NumberClass::Year);
            }
        }
        // Day of a date: "24 лютого", "February 24".
        if (1..=31).contains(&value)
            && ((word_in(next, &lex.months) && next.is_some_and(|t| gap_inline(t.gap)))
                || (word_in(prev, &lex.months) && gap_inline(lead.gap)))
        {
            return raw(end, value, form, NumberClass::Day);
        }
    }
    // Range "18–25", "2–3 тис.".
    if class == NumberClass::Count && !suffixed {
        if let Some(t) = tokens.get(end) {
            if t.kind == TokenKind::Punct
                && t.norm == "-"
                && gap_inline(t.gap)
                && tokens
                    .get(end + 1)
                    .is_some_and(|u| u.kind == TokenKind::Digits && gap_inline(u.gap))
                && (t.gap == Gap::None) == (tokens[end + 1].gap == Gap::None)
            {
                if let Scan::Found(hi) = scan_digits(tokens, end + 1, lex) {
                    if hi.class == NumberClass::Count {
                        let mut low = value;
                        if form == NumberForm::Digits && hi.form == NumberForm::Mixed {
                            if let Some((m, _)) = multiplier_at(tokens, hi.start + 1, lex)
                                .or_else(|| hi_multiplier(tokens, &hi, lex))
                            {
                                low = low.saturating_mul(m);
                            }
                        }
                        if low < hi.value {
                            return Scan::Found(Raw {
                                start: i,
                                end: hi.end,
                                value: low,
                                form: hi.form,
                                class: NumberClass::Range { high: hi.value },
                                collective: false,
                            });
                        }
                    }
                }
            }
        }
    }
    raw(end, value, form, class)
}

/// The multiplier of a mixed number, found anywhere in its tokens.
fn hi_multiplier(tokens: &[Token], hi: &Raw, lex: &Lexicon) -> Option<(u64, usize)> {
    (hi.start + 1..hi.end).find_map(|k| multiplier_at(tokens, k, lex))
}

/// One past the digits, spaces, hyphens and brackets of a phone number or code.
fn code_chain(tokens: &[Token], i: usize) -> usize {
    let mut end = i + 1;
    let mut k = i + 1;
    while let Some(t) = tokens.get(k) {
        match t.kind {
            TokenKind::Digits if gap_inline(t.gap) => {
                k += 1;
                end = k;
            }
            TokenKind::Punct if matches!(t.norm.as_str(), "-" | "(" | ")") && gap_inline(t.gap) => {
                k += 1;
            }
            _ => break,
        }
    }
    end
}

/// One past the tokens glued (no gap) to an unparsable digit run.
fn skip_glued(tokens: &[Token], mut k: usize) -> usize {
    while tokens
        .get(k)
        .is_some_and(|t| t.gap == Gap::None && t.kind != TokenKind::Word)
    {
        k += 1;
    }
    k
}

/// A cardinal in words at word token `i`, with what can follow it.
fn scan_words(tokens: &[Token], i: usize, lex: &Lexicon) -> Scan {
    let Some(wp) = parse_words(tokens, i, lex) else {
        return Scan::Nothing;
    };
    let end = wp.end;
    // The cardinal part of a compound ordinal ("сто сорок четвертий").
    if let Some((e, _)) = ordinal_after(tokens, end, wp.value, lex) {
        return Scan::Skip(e);
    }
    // "двох-трьох": a range in words; "three-year-old", "one-sided": not a count.
    if punct_at(tokens, end, &["-"], Gap::None)
        && tokens
            .get(end + 1)
            .is_some_and(|t| t.kind == TokenKind::Word && t.gap == Gap::None)
    {
        if let Some(hi) = parse_words(tokens, end + 1, lex) {
            if hi.value > wp.value && !hi.half_only {
                return Scan::Found(Raw {
                    start: i,
                    end: hi.end,
                    value: wp.value,
                    form: NumberForm::Words,
                    class: NumberClass::Range { high: hi.value },
                    collective: wp.collective || hi.collective,
                });
            }
        }
        return Scan::Skip(end + 2);
    }
    Scan::Found(Raw {
        start: i,
        end,
        value: wp.value,
        form: NumberForm::Words,
        class: if wp.half_only {
            NumberClass::Decimal
        } else {
            NumberClass::Count
        },
        collective: wp.collective,
    })
}

/// A number at token `i`, digits or words.
fn scan_at(tokens: &[Token], i: usize, lex: &Lexicon) -> Scan {
    match tokens[i].kind {
        TokenKind::Digits => scan_digits(tokens, i, lex),
        TokenKind::Word => scan_words(tokens, i, lex),
        TokenKind::Punct => Scan::Nothing,
    }
}

/// "від 18 до 25", "from 2 to 17", "between 2 and 17", "aged 2 to 17": the range
/// whose low end starts at `i + 1`, when token `i` opens a range.
fn scan_range(tokens: &[Token], i: usize, lex: &Lexicon) -> Option<Raw> {
    let from = tokens[i].norm.as_str();
    let lo_tok = tokens.get(i + 1)?;
    if !gap_inline(lo_tok.gap) {
        return None;
    }
    let Scan::Found(lo) = scan_at(tokens, i + 1, lex) else {
        return None;
    };
    if lo.class != NumberClass::Count {
        return None;
    }
    let to = tokens.get(lo.end)?;
    let to_ok = gap_inline(to.gap)
        && to.kind == TokenKind::Word
        && lex.range_to.contains(to.norm.as_str())
        && ((to.norm == "and") == (from == "between"));
    if !to_ok || !tokens.get(lo.end + 1).is_some_and(|t| gap_inline(t.gap)) {
        return None;
    }
    let Scan::Found(hi) = scan_at(tokens, lo.end + 1, lex) else {
        return None;
    };
    if hi.class != NumberClass::Count || lo.value >= hi.value {
        return None;
    }
    let form = if lo.form == hi.form {
        lo.form
    } else {
        NumberForm::Mixed
    };
    Some(Raw {
        start: lo.start,
        end: hi.end,
        value: lo.value,
        form,
        class: NumberClass::Range { high: hi.value },
        collective: lo.collective || hi.collective,
    })
}

/// The qualifier phrase ending right before token `start`, not reaching below `floor`.
fn qualifier_before(
    tokens: &[Token],
    start: usize,
    floor: usize,
    lex: &Lexicon,
) -> Option<(Range<usize>, Approx)> {
    if start == 0 || !gap_inline(tokens[start].gap) {
        return None;
    }
    let last = &tokens[start - 1];
    for (phrase, approx) in &lex.qualifiers {
        let l = phrase.len();
        if start < floor + l || phrase[l - 1] != last.norm {
            continue;
        }
        let s = start - l;
        let matches = (0..l).all(|k| {
            let t = &tokens[s + k];
            t.norm == phrase[k] && (k == 0 || gap_inline(t.gap))
        });
        if !matches {
            continue;
        }
        if l == 1
            && phrase[0] == "over"
            && s > 0
            && OVER_PARTICLE.contains(&tokens[s - 1].norm.as_str())
        {
            continue;
        }
        return Some((s..start, *approx));
    }
    None
}

/// Every number in `tokens`, in text order, non-overlapping.
///
/// `lang` is the document's language; the word tables of all three languages
/// are used whatever it is, since reports quote each other.
pub fn find_numbers(tokens: &[Token], _lang: Lang) -> Vec<Number> {
    let lex = lexicon();
    let mut out = Vec::new();
    let mut floor = 0;
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        let mut found = None;
        if t.kind == TokenKind::Word && lex.range_from.contains(t.norm.as_str()) {
            found = scan_range(tokens, i, lex);
        }
        if found.is_none() {
            match scan_at(tokens, i, lex) {
                Scan::Found(raw) => found = Some(raw),
                Scan::Skip(e) => {
                    i = e.max(i + 1);
                    floor = i;
                    continue;
                }
                Scan::Nothing => {}
            }
        }
        let Some(raw) = found else {
            i += 1;
            continue;
        };
        let qualifier = if raw.class == NumberClass::Count {
            qualifier_before(tokens, raw.start, floor, lex)
        } else {
            None
        };
        let value_span = tokens[raw.start].span.cover(tokens[raw.end - 1].span);
        let span = qualifier
            .as_ref()
            .map_or(value_span, |(q, _)| tokens[q.start].span.cover(value_span));
        out.push(Number {
            value: raw.value,
            approx: qualifier.as_ref().map(|q| q.1),
            span,
            value_span,
            tokens: raw.start..raw.end,
            qualifier: qualifier.map(|q| q.0),
            form: raw.form,
            class: raw.class,
            collective: raw.collective,
        });
        i = raw.end.max(i + 1);
        floor = i;
    }
    out
}
