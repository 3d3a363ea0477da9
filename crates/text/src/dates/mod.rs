//! Dates and relative days in Ukrainian, Russian and English, resolved against a
//! reference date (the publication date).
//!
//! [`find_dates`] makes one left-to-right pass over the tokens from
//! [`crate::tokenize`] and recognizes:
//!
//! - a day and a month, with or without a year: "31 січня", "31 січня 2024 року",
//!   "31 января 2024 г.", "January 31, 2024", "31 January 2024", "the 31st of January";
//! - numeric dates, always day first: "31.01.2024", "31.01", "31/01/2024", "31/01",
//!   "31.01.24", and ISO "2024-01-31";
//! - a day of the month alone: "31-го", "31-го числа", "on the 31st";
//! - relative days: "сьогодні", "вчера", "the day before yesterday", "завтрашній";
//! - weekdays in every case, with or without a preposition or qualifier:
//!   "у понеділок", "понеділка", "в прошлую среду", "on Wednesday", "next Monday";
//!   a weekday or relative day followed by a full date ("у понеділок, 24 травня")
//!   gives one match whose expression is the full date;
//! - months without a day: "у травні", "in May 2022", "наприкінці грудня",
//!   "в конце декабря", "at the end of December" ([`DateMatch::part`] says which part);
//! - ranges: "з 19 по 21 червня", "с 19 по 21 июня", "from 19 to 21 June",
//!   "19–21 червня", "June 19–21", "з 30 грудня по 2 січня": [`DateMatch::expr`] is
//!   the start (month and year filled in from the end), [`DateMatch::until`] the end;
//! - "того ж дня", "в тот же день", "the same day": [`DateExpr::SameDay`], which the
//!   consumer ties to the date of the event before it ([`resolve`] gives `None`).
//!
//! Word forms live in one table per language (`uk.rs`, `ru.rs`, `en.rs`); the
//! grammar here is shared and all three tables are always active, since reports
//! quote each other's languages. An invalid day (31 February) is never returned.
//!
//! [`resolve`] applies the spec's calendar rules; [`is_future_cue`] and
//! [`direction_hint`] tell which way an expression should resolve.

mod en;
mod ru;
mod uk;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::ops::Range;
use std::sync::OnceLock;

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

use crate::{Lang, Span, Token, TokenKind};

/// A date as the text writes it, before it is resolved against a reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateExpr {
    /// A day of a month, with a year when the text gives one ("31 січня 2024").
    Day {
        /// Day of month, 1..=31.
        day: u32,
        /// Month, 1..=12.
        month: u32,
        /// Year, when written.
        year: Option<i32>,
    },
    /// A day of the month without the month ("31-го").
    DayOfMonth {
        /// Day of month, 1..=31.
        day: u32,
    },
    /// A month without a day ("наприкінці грудня", "in May 2022").
    Month {
        /// Month, 1..=12.
        month: u32,
        /// Year, when written.
        year: Option<i32>,
    },
    /// A day relative to the reference: 0 today, -1 yesterday, 1 tomorrow.
    Relative {
        /// Offset in days.
        days: i32,
    },
    /// A weekday name ("у середу", "on Wednesday").
    Weekday {
        /// The weekday.
        weekday: Weekday,
    },
    /// "The same day" ("того ж дня", "в тот же день"): the day of the event
    /// mentioned before. It cannot be resolved alone: [`resolve`] gives `None`.
    SameDay,
}

/// How precise a resolved date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Precision {
    /// A single day.
    Day,
    /// A month: the date is its first day.
    Month,
}

/// Which way an expression without a year or with a weekday resolves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Direction {
    /// The most recent such day not after the reference (what happened).
    Past,
    /// The nearest such day after the reference (what is coming).
    Future,
}

/// Which part of a month a month expression names ("наприкінці грудня").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MonthPart {
    /// "на початку", "в начале", "at the beginning of", "early".
    Start,
    /// "в середині", "в середине", "in mid".
    Middle,
    /// "наприкінці", "в конце", "at the end of", "late".
    End,
}

/// A date expression found in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMatch {
    /// What the text says.
    pub expr: DateExpr,
    /// The end of a range ("з 19 по 21 червня"), when the text gives one.
    pub until: Option<DateExpr>,
    /// Span of the whole expression.
    pub span: Span,
    /// Token indices of the expression.
    pub tokens: Range<usize>,
    /// The direction the expression itself implies: `Past` for "вчора",
    /// "минулого понеділка", "last Monday"; `Future` for "завтра",
    /// "наступного понеділка", "next Monday". `None` when it implies neither.
    pub hint: Option<Direction>,
    /// The part of the month for a month expression ("наприкінці грудня": `End`).
    pub part: Option<MonthPart>,
}

impl DateMatch {
    /// Resolve [`DateMatch::expr`]; `self.hint` overrides `direction` when set.
    pub fn resolve(&self, reference: NaiveDate, direction: Direction) -> Option<ResolvedDate> {
        resolve(&self.expr, reference, self.hint.unwrap_or(direction))
    }

    /// Resolve the end of a range, when there is one.
    pub fn resolve_until(
        &self,
        reference: NaiveDate,
        direction: Direction,
    ) -> Option<ResolvedDate> {
        self.until
            .as_ref()
            .and_then(|u| resolve(u, reference, self.hint.unwrap_or(direction)))
    }
}

/// A resolved date with its precision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ResolvedDate {
    /// The date (first day of the month for month precision).
    pub date: NaiveDate,
    /// Day or month.
    pub precision: Precision,
}

/// The role of a lexicon phrase in the date grammar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Lex {
    /// A relative day: "сьогодні" 0, "вчера" -1, "tomorrow" 1.
    Relative(i32),
    /// "того ж дня".
    SameDay,
    /// "наприкінці", "в начале", "in mid".
    Part(MonthPart),
    /// Opens a range or means "since": "з", "с", "від", "from", "between".
    From,
    /// Closes a range: "по", "до", "to", "until", "and".
    To,
    /// A preposition before a month or weekday: "у", "в", "in", "on".
    Prep,
    /// A weekday qualifier: "минулого", "следующий", "this".
    Qual(Qual),
    /// "року", "года", "г", "р" after a year.
    YearWord,
    /// "числа" after a day of the month.
    DayWord,
    /// English "of" ("the 31st of January").
    Of,
    /// English "the" ("on the 31st").
    The,
}

/// A weekday qualifier.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Qual {
    Last,
    Next,
    This,
}

/// All three languages' tables, merged once.
struct Lexicon {
    months: HashMap<&'static str, (u32, Lang)>,
    cap_only: HashSet<&'static str>,
    weekdays: HashMap<&'static str, Weekday>,
    /// Phrases by first word; each entry is the remaining words and the role,
    /// longest first.
    phrases: HashMap<&'static str, Vec<(Vec<&'static str>, Lex)>>,
    relative_stems: Vec<(&'static str, i32)>,
    /// Every word a date expression can start with (phrases, months, weekdays).
    starters: HashSet<&'static str>,
    future_words: HashSet<&'static str>,
    future_stems: Vec<&'static str>,
}

fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let mut months = HashMap::default();
        for (lang, table) in [
            (Lang::Uk, uk::MONTHS),
            (Lang::Ru, ru::MONTHS),
            (Lang::En, en::MONTHS),
        ] {
            for &(w, m) in table {
                months.insert(w, (m, lang));
            }
        }
        let mut weekdays = HashMap::default();
        for table in [uk::WEEKDAYS, ru::WEEKDAYS, en::WEEKDAYS] {
            weekdays.extend(table.iter().copied());
        }
        let mut phrases: HashMap<&'static str, Vec<(Vec<&'static str>, Lex)>> = HashMap::default();
        for table in [uk::PHRASES, ru::PHRASES, en::PHRASES] {
            for &(p, lex) in table {
                let mut words = p.split(' ');
                let first = words.next().unwrap_or_default();
                phrases
                    .entry(first)
                    .or_default()
                    .push((words.collect(), lex));
            }
        }
        for list in phrases.values_mut() {
            list.sort_by_key(|e| std::cmp::Reverse(e.0.len()));
        }
        let mut relative_stems: Vec<(&str, i32)> =
            [uk::RELATIVE_STEMS, ru::RELATIVE_STEMS, en::RELATIVE_STEMS].concat();
        // Longest stem first, so a longer stem wins over a shorter one it contains.
        relative_stems.sort_by_key(|e| std::cmp::Reverse(e.0.len()));
        let starters = phrases
            .keys()
            .chain(months.keys())
            .chain(weekdays.keys())
            .copied()
            .collect();
        Lexicon {
            starters,
            months,
            cap_only: en::MONTHS_CAPITALIZED_ONLY.iter().copied().collect(),
            weekdays,
            phrases,
            relative_stems,
            future_words: [uk::FUTURE_WORDS, ru::FUTURE_WORDS, en::FUTURE_WORDS]
                .concat()
                .into_iter()
                .collect(),
            future_stems: [uk::FUTURE_STEMS, ru::FUTURE_STEMS, en::FUTURE_STEMS].concat(),
        }
    })
}

/// True when the normalized word `norm` announces something still to come:
/// "завтра", "відбудеться", "запланований", "очікують", "состоится",
/// "ожидается", "will", "planned", "scheduled", ...
///
/// A hint, not proof: "will" in reported speech about the past is still a cue.
/// Use [`direction_hint`] to weigh the cues of a whole clause.
pub fn is_future_cue(norm: &str) -> bool {
    let lx = lexicon();
    lx.future_words.contains(norm) || lx.future_stems.iter().any(|s| norm.starts_with(s))
}

/// The direction to resolve `m` with: the match's own [`DateMatch::hint`] when
/// it has one, else `Future` when the sentence around it (bounded by `.`, `!`,
/// `?`, `;` or a line break) holds a word for which [`is_future_cue`] is true,
/// else `Past`.
pub fn direction_hint(tokens: &[Token], m: &DateMatch) -> Direction {
    if let Some(h) = m.hint {
        return h;
    }
    let is_boundary = |t: &Token| {
        (t.kind == TokenKind::Punct && matches!(t.norm.as_str(), "." | "!" | "?" | ";"))
            || t.gap >= crate::Gap::Newline
    };
    let start = m.tokens.start.min(tokens.len());
    let end = m.tokens.end.min(tokens.len());
    // Backwards from the match to the start of its sentence.
    let opens_line = tokens
        .get(start)
        .is_some_and(|t| t.gap >= crate::Gap::Newline);
    if !opens_line {
        for t in tokens[..start].iter().rev() {
            if t.kind == TokenKind::Punct && matches!(t.norm.as_str(), "." | "!" | "?" | ";") {
                break;
            }
            if t.kind == TokenKind::Word && is_future_cue(&t.norm) {
                return Direction::Future;
            }
            if t.gap >= crate::Gap::Newline {
                break;
            }
        }
    }
    for t in &tokens[end..] {
        if is_boundary(t) {
            break;
        }
        if t.kind == TokenKind::Word && is_future_cue(&t.norm) {
            return Direction::Future;
        }
    }
    Direction::Past
}

/// Every date expression in `tokens`, in text order, non-overlapping.
///
/// `lang` is the document's language; all three languages' words are
/// recognized whatever it is, since reports quote one another.
pub fn find_dates(tokens: &[Token], _lang: Lang) -> Vec<DateMatch> {
    let p = Parser {
        t: tokens,
        lx: lexicon(),
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        match p.parse_at(i) {
            Some(m) if m.tokens.end > i => {
                i = m.tokens.end;
                out.push(m);
            }
            _ => i += 1,
        }
    }
    out
}

/// Resolve `expr` against `reference` (the publication date).
///
/// - `Day` with a year: that day. Without a year: `Past` takes the reference's
///   year, or the year before when that day would fall after the reference;
///   `Future` takes the nearest such day **on or after** the reference ("tomorrow,
///   25 May" written on 24 May is 25 May of the same year; "сьогодні, 24 травня,
///   відбудеться" written on 24 May is that day). 29 February goes to the nearest
///   leap year in that direction.
/// - `Weekday`: `Past` is the most recent such day not after the reference (the
///   same day counts); `Future` the next such day strictly after it.
/// - `Relative`: the reference plus the offset.
/// - `Month`: its first day, with [`Precision::Month`]; without a year `Past`
///   takes the latest such month not after the reference's, `Future` the
///   earliest not before it.
/// - `DayOfMonth`: in the reference's month; `Past` goes back a month (or more,
///   for a 31st) when the day is after the reference, `Future` forward when it
///   is before.
/// - `SameDay`: `None` (it needs the previous event's date).
///
/// Never panics; `None` when the date does not exist or is out of range.
pub fn resolve(
    expr: &DateExpr,
    reference: NaiveDate,
    direction: Direction,
) -> Option<ResolvedDate> {
    let day = |date| {
        Some(ResolvedDate {
            date,
            precision: Precision::Day,
        })
    };
    match *expr {
        DateExpr::Day {
            day: d,
            month,
            year: Some(y),
        } => day(NaiveDate::from_ymd_opt(y, month, d)?),
        DateExpr::Day {
            day: d,
            month,
            year: None,
        } => {
            let base = reference.year();
            for k in 0..9 {
                let y = match direction {
                    Direction::Past => base.checked_sub(k)?,
                    Direction::Future => base.checked_add(k)?,
                };
                if let Some(date) = NaiveDate::from_ymd_opt(y, month, d) {
                    let ok = match direction {
                        Direction::Past => date <= reference,
                        Direction::Future => date >= reference,
                    };
                    if ok {
                        return day(date);
                    }
                }
            }
            None
        }
        DateExpr::DayOfMonth { day: d } => {
            let first = reference.with_day(1)?;
            for k in 0..13u32 {
                let month_start = match direction {
                    Direction::Past => first.checked_sub_months(Months::new(k))?,
                    Direction::Future => first.checked_add_months(Months::new(k))?,
                };
                if let Some(date) = month_start.with_day(d) {
                    let ok = match direction {
                        Direction::Past => date <= reference,
                        Direction::Future => date >= reference,
                    };
                    if ok {
                        return day(date);
                    }
                }
            }
            None
        }
        DateExpr::Month { month, year } => {
            let y = match year {
                Some(y) => y,
                None => {
                    let r = reference.year();
                    match direction {
                        Direction::Past if month > reference.month() => r.checked_sub(1)?,
                        Direction::Future if month < reference.month() => r.checked_add(1)?,
                        _ => r,
                    }
                }
            };
            Some(ResolvedDate {
                date: NaiveDate::from_ymd_opt(y, month, 1)?,
                precision: Precision::Month,
            })
        }
        DateExpr::Relative { days } => {
            let date = if days >= 0 {
                reference.checked_add_days(Days::new(u64::from(days.unsigned_abs())))?
            } else {
                reference.checked_sub_days(Days::new(u64::from(days.unsigned_abs())))?
            };
            day(date)
        }
        DateExpr::Weekday { weekday } => {
            let have = reference.weekday().num_days_from_monday();
            let want = weekday.num_days_from_monday();
            let date = match direction {
                Direction::Past => {
                    let back = (have + 7 - want) % 7;
                    reference.checked_sub_days(Days::new(u64::from(back)))?
                }
                Direction::Future => {
                    let mut fwd = (want + 7 - have) % 7;
                    if fwd == 0 {
                        fwd = 7;
                    }
                    reference.checked_add_days(Days::new(u64::from(fwd)))?
                }
            };
            day(date)
        }
        DateExpr::SameDay => None,
    }
}

/// A day and month (and maybe year) being parsed.
#[derive(Debug, Clone, Copy)]
struct Dm {
    day: u32,
    month: Option<u32>,
    year: Option<i32>,
    /// The month came before the day ("June 19").
    month_first: bool,
}

impl Dm {
    fn expr(self) -> Option<DateExpr> {
        let month = self.month?;
        valid_day(self.day, month, self.year).then_some(DateExpr::Day {
            day: self.day,
            month,
            year: self.year,
        })
    }
}

/// True when the day exists (in a leap year when no year is given).
fn valid_day(day: u32, month: u32, year: Option<i32>) -> bool {
    NaiveDate::from_ymd_opt(year.unwrap_or(2000), month, day).is_some()
}

struct Parser<'a> {
    t: &'a [Token],
    lx: &'static Lexicon,
}

const ORD_SUFFIXES: &[&str] = &[
    "го", "е", "ое", "ого", "му", "ому", "м", "ым", "st", "nd", "rd", "th",
];
const AMBIGUOUS_WEEKDAYS: &[&str] = &["среда", "среды", "средой"];

impl Parser<'_> {
    fn tok(&self, i: usize) -> Option<&Token> {
        self.t.get(i)
    }

    fn is_punct(&self, i: usize, p: &str) -> bool {
        self.tok(i).is_some_and(|t| t.is_punct(p))
    }

    /// Token `i` exists and is not separated from the previous one by a paragraph break.
    fn joined(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| t.gap < crate::Gap::Paragraph)
    }

    /// Token `i` touches the previous one.
    fn touching(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| t.gap == crate::Gap::None)
    }

    /// The longest phrase at `i` whose role satisfies `pred`: (role, end).
    fn phrase(&self, i: usize, pred: impl Fn(Lex) -> bool) -> Option<(Lex, usize)> {
        let first = self.tok(i).filter(|t| t.kind == TokenKind::Word)?;
        let list = self.lx.phrases.get(first.norm.as_str())?;
        'outer: for (rest, lex) in list {
            if !pred(*lex) {
                continue;
            }
            for (k, w) in rest.iter().enumerate() {
                let j = i + 1 + k;
                match self.tok(j) {
                    Some(t) if t.kind == TokenKind::Word && t.norm == *w && self.joined(j) => {}
                    _ => continue 'outer,
                }
            }
            return Some((*lex, i + 1 + rest.len()));
        }
        None
    }

    fn digits(&self, i: usize) -> Option<(&str, usize)> {
        let t = self.tok(i).filter(|t| t.kind == TokenKind::Digits)?;
        Some((t.norm.as_str(), t.norm.chars().count()))
    }

    /// True when token `i` continues a number on its left ("3,5", "14:30", "1 031").
    fn glued_left(&self, i: usize) -> bool {
        if i == 0 {
            return false;
        }
        let t = &self.t[i];
        let prev = &self.t[i - 1];
        if prev.kind == TokenKind::Digits && t.gap <= crate::Gap::Narrow {
            return true;
        }
        t.gap == crate::Gap::None
            && prev.kind == TokenKind::Punct
            && matches!(prev.norm.as_str(), "." | "," | ":" | "/" | "+" | "№")
            && i >= 2
            && (self.t[i - 2].kind == TokenKind::Digits || prev.norm == "№")
            && prev.gap == crate::Gap::None
    }

    /// A day number 1..=31 with an optional ordinal suffix: (day, end, suffixed).
    fn day(&self, i: usize) -> Option<(u32, usize, bool)> {
        let (s, n) = self.digits(i)?;
        if n > 2 || self.glued_left(i) {
            return None;
        }
        let d: u32 = s.parse().ok()?;
        if !(1..=31).contains(&d) {
            return None;
        }
        let suffix = |j: usize| {
            self.tok(j).is_some_and(|t| {
                t.kind == TokenKind::Word
                    && self.touching(j)
                    && ORD_SUFFIXES.contains(&t.norm.as_str())
            })
        };
        if self.is_punct(i + 1, "-") && self.touching(i + 1) && suffix(i + 2) {
            return Some((d, i + 3, true));
        }
        if suffix(i + 1) {
            return Some((d, i + 2, true));
        }
        if self.touching(i + 1) && self.tok(i + 1).is_some_and(|t| t.kind == TokenKind::Word) {
            return None; // "31abc"
        }
        Some((d, i + 1, false))
    }

    /// A month word: (month, language, end).
    fn month(&self, i: usize) -> Option<(u32, Lang, usize)> {
        let t = self.tok(i).filter(|t| t.kind == TokenKind::Word)?;
        let &(m, lang) = self.lx.months.get(t.norm.as_str())?;
        if self.lx.cap_only.contains(t.norm.as_str()) && !t.capitalized {
            return None;
        }
        let mut end = i + 1;
        if t.norm.chars().count() <= 4 && self.is_punct(end, ".") && self.touching(end) {
            end += 1;
        }
        Some((m, lang, end))
    }

    /// A year 1900..=2100 with an optional suffix and year word: (year, end).
    fn year(&self, i: usize) -> Option<(i32, usize)> {
        let (s, n) = self.digits(i)?;
        if n != 4 || !self.joined(i) {
            return None;
        }
        let y: i32 = s.parse().ok()?;
        if !(1900..=2100).contains(&y) {
            return None;
        }
        if self.touching(i + 1) && self.tok(i + 1).is_some_and(|t| t.kind == TokenKind::Digits) {
            return None;
        }
        let mut end = i + 1;
        // "2024-го", "2024-й"
        if self.is_punct(end, "-")
            && self.touching(end)
            && self.tok(end + 1).is_some_and(|t| {
                self.touching(end + 1)
                    && matches!(t.norm.as_str(), "го" | "й" | "м" | "му" | "году" | "року")
            })
        {
            end += 2;
        }
        if let Some((Lex::YearWord, e)) = self.phrase(end, |l| l == Lex::YearWord) {
            end = e;
            if self.is_punct(end, ".") && self.touching(end) {
                end += 1;
            }
        }
        Some((y, end))
    }

    /// A day and a month in words, day first or (English) month first.
    fn dm(&self, i: usize) -> Option<(Dm, usize)> {
        if let Some((day, j, _)) = self.day(i) {
            let mut k = j;
            if let Some((Lex::Of, e)) = self.phrase(k, |l| l == Lex::Of) {
                k = e;
            }
            if self.joined(k) {
                if let Some((month, _, e)) = self.month(k) {
                    let (year, end) = match self.year(e) {
                        Some((y, end)) => (Some(y), end),
                        None => (None, e),
                    };
                    let dm = Dm {
                        day,
                        month: Some(month),
                        year,
                        month_first: false,
                    };
                    return Some((dm, end));
                }
            }
            return None;
        }
        let (month, lang, j) = self.month(i)?;
        if lang != Lang::En || !self.joined(j) || self.tok(j)?.gap == crate::Gap::None {
            return None;
        }
        let (day, k, _) = self.day(j)?;
        let (year, end) = if self.is_punct(k, ",") {
            match self.year(k + 1) {
                Some((y, e)) => (Some(y), e),
                None => (None, k),
            }
        } else {
            match self.year(k) {
                Some((y, e)) => (Some(y), e),
                None => (None, k),
            }
        };
        let dm = Dm {
            day,
            month: Some(month),
            year,
            month_first: true,
        };
        Some((dm, end))
    }

    /// A numeric date: "31.01.2024", "31/01", "31.01.24", "2024-01-31".
    fn numeric(&self, i: usize) -> Option<(Dm, usize)> {
        let (s0, n0) = self.digits(i)?;
        if self.glued_left(i) {
            return None;
        }
        let sep_at = |j: usize, sep: &str| self.is_punct(j, sep) && self.touching(j);
        let num_at = |j: usize| self.digits(j).filter(|_| self.touching(j));
        let trailing_ok = |end: usize| {
            // Not followed by more of a number ("31.01.2024.5", "12.05,3", "31.01%").
            !(self.touching(end)
                && self.tok(end).is_some_and(|t| {
                    t.kind == TokenKind::Digits
                        || t.kind == TokenKind::Word
                        || (matches!(t.norm.as_str(), "." | "," | "/" | "-" | ":" | "%")
                            && self.touching(end + 1)
                            && self
                                .tok(end + 1)
                                .is_some_and(|u| u.kind == TokenKind::Digits))
                        || t.norm == "%"
                }))
        };
        if n0 == 4 && sep_at(i + 1, "-") {
            let (sm, nm) = num_at(i + 2)?;
            let (sd, nd) = num_at(i + 4).filter(|_| sep_at(i + 3, "-"))?;
            if nm > 2 || nd > 2 || !trailing_ok(i + 5) {
                return None;
            }
            let year: i32 = s0.parse().ok()?;
            let dm = Dm {
                day: sd.parse().ok()?,
                month: Some(sm.parse().ok()?),
                year: Some(year),
                month_first: false,
            };
            return Some((dm, i + 5));
        }
        if n0 > 2 {
            return None;
        }
        let sep = [".", "/"].into_iter().find(|s| sep_at(i + 1, s))?;
        let (sm, nm) = num_at(i + 2)?;
        if nm > 2 {
            return None;
        }
        let day: u32 = s0.parse().ok()?;
        let month: u32 = sm.parse().ok()?;
        let (year, end) = match num_at(i + 4).filter(|_| sep_at(i + 3, sep)) {
            Some((sy, 4)) => (Some(sy.parse::<i32>().ok()?), i + 5),
            Some((sy, 2)) => (Some(2000 + sy.parse::<i32>().ok()?), i + 5),
            Some(_) => return None,
            None => {
                if nm != 2 {
                    return None;
                }
                (None, i + 3)
            }
        };
        if !trailing_ok(end) {
            return None;
        }
        // "2024 р." after a numeric date.
        let mut end = end;
        if year.is_some() {
            if let Some((Lex::YearWord, e)) = self.phrase(end, |l| l == Lex::YearWord) {
                end = e;
                if self.is_punct(end, ".") && self.touching(end) {
                    end += 1;
                }
            }
        }
        Some((
            Dm {
                day,
                month: Some(month),
                year,
                month_first: false,
            },
            end,
        ))
    }

    fn full_day(&self, i: usize) -> Option<(Dm, usize)> {
        self.numeric(i)
            .or_else(|| self.dm(i))
            .filter(|(dm, _)| dm.expr().is_some())
    }

    fn make(&self, expr: DateExpr, range: Range<usize>) -> DateMatch {
        let span = self.t[range.start].span.cover(self.t[range.end - 1].span);
        DateMatch {
            expr,
            until: None,
            span,
            tokens: range,
            hint: None,
            part: None,
        }
    }

    /// A day, or a range of days, starting at `i` (after an optional "з"/"from").
    fn days(&self, i: usize) -> Option<DateMatch> {
        let from = self.phrase(i, |l| l == Lex::From);
        let s = from.map_or(i, |(_, e)| e);
        let between = from.is_some() && self.tok(i).is_some_and(|t| t.norm == "between");
        let a_full = self.full_day(s);
        let (a, j) = match a_full {
            Some(x) => x,
            None => {
                let (day, j, _) = self.day(s)?;
                (
                    Dm {
                        day,
                        month: None,
                        year: None,
                        month_first: false,
                    },
                    j,
                )
            }
        };
        // A connector and the range's end.
        let connector = if self.is_punct(j, "-") && self.joined(j) {
            Some(j + 1)
        } else {
            match self.phrase(j, |l| l == Lex::To) {
                Some((_, e)) if self.tok(j).is_some_and(|t| t.norm != "and") || between => Some(e),
                _ => None,
            }
        };
        if let Some(k) = connector.filter(|&k| self.joined(k)) {
            let b = self.full_day(k).or_else(|| {
                // "June 19–21": the end borrows the month.
                if a.month_first {
                    let (day, e, _) = self.day(k)?;
                    if self.month(e).is_some() {
                        return None;
                    }
                    Some((Dm { day, ..a }, e))
                } else {
                    None
                }
            });
            if let Some((b, end)) = b {
                let mut a = a;
                let b_month = b.month.unwrap_or(1);
                if a.month.is_none() {
                    a.month = b.month;
                }
                if a.year.is_none() {
                    if let Some(by) = b.year {
                        let am = a.month.unwrap_or(1);
                        a.year = Some(if am > b_month { by - 1 } else { by });
                    }
                }
                let ordered = match (a.year, b.year) {
                    (Some(ay), Some(by)) => (ay, a.month, a.day) < (by, b.month, b.day),
                    _ => (a.month, a.day) < (b.month, b.day) || a.month > b.month,
                };
                if let (Some(ea), Some(eb), true) = (a.expr(), b.expr(), ordered) {
                    let start = if from.is_some() { i } else { s };
                    let mut m = self.make(ea, start..end);
                    m.until = Some(eb);
                    return Some(m);
                }
            }
        }
        let (a, end) = a_full?;
        Some(self.make(a.expr()?, s..end))
    }

    /// A weekday with its preposition and qualifier, or a relative day, maybe
    /// followed by a full date that then gives the expression.
    fn named_day(&self, i: usize) -> Option<DateMatch> {
        let mut j = i;
        let mut hint = None;
        let mut prepped = false;
        if let Some((_, e)) = self.phrase(j, |l| matches!(l, Lex::Prep | Lex::From | Lex::To)) {
            j = e;
            prepped = true;
        }
        if let Some((Lex::Qual(q), e)) = self.phrase(j, |l| matches!(l, Lex::Qual(_))) {
            if self
                .tok(e)
                .is_some_and(|t| self.lx.weekdays.contains_key(t.norm.as_str()))
            {
                hint = match q {
                    Qual::Last => Some(Direction::Past),
                    Qual::Next => Some(Direction::Future),
                    Qual::This => None,
                };
                j = e;
                prepped = true;
            }
        }
        let t = self.tok(j).filter(|t| t.kind == TokenKind::Word)?;
        let (expr, end) = if let Some(&weekday) = self.lx.weekdays.get(t.norm.as_str()) {
            if AMBIGUOUS_WEEKDAYS.contains(&t.norm.as_str()) && !prepped && !t.capitalized {
                return None;
            }
            (DateExpr::Weekday { weekday }, j + 1)
        } else if j == i {
            if let Some((lex, e)) = self.phrase(i, |l| matches!(l, Lex::Relative(_) | Lex::SameDay))
            {
                let expr = match lex {
                    Lex::Relative(days) => DateExpr::Relative { days },
                    _ => DateExpr::SameDay,
                };
                (expr, e)
            } else {
                let days = self
                    .lx
                    .relative_stems
                    .iter()
                    .find(|(s, _)| t.norm.starts_with(s))?
                    .1;
                (DateExpr::Relative { days }, i + 1)
            }
        } else {
            return None;
        };
        if let DateExpr::Relative { days } = expr {
            hint = match days.signum() {
                1 => Some(Direction::Future),
                -1 => Some(Direction::Past),
                _ => None,
            };
        }
        let mut m = self.make(expr, i..end);
        m.hint = hint;
        // "у понеділок, 24 травня", "сьогодні, 31 січня", "Monday, May 24".
        if !matches!(expr, DateExpr::SameDay) {
            let k = if self.is_punct(end, ",") {
                end + 1
            } else {
                end
            };
            if self.joined(k) {
                if let Some((dm, e)) = self.full_day(k) {
                    if let Some(day) = dm.expr() {
                        let span = m.span.cover(self.t[e - 1].span);
                        m.expr = day;
                        m.span = span;
                        m.tokens = i..e;
                    }
                }
            }
        }
        Some(m)
    }

    /// A month without a day: "у травні", "наприкінці грудня", "May 2022".
    fn month_only(&self, i: usize) -> Option<DateMatch> {
        let (part, j) = match self.phrase(i, |l| {
            matches!(l, Lex::Part(_) | Lex::Prep | Lex::From | Lex::To)
        }) {
            Some((Lex::Part(p), e)) => (Some(p), e),
            Some((_, e)) => (None, e),
            None => (None, i),
        };
        if j > i && self.dm(j).is_some() {
            return None; // "in May 5": the day-month rule takes it at j
        }
        let (month, _, e) = self.month(j)?;
        let (year, end) = match self.year(e) {
            Some((y, end)) => (Some(y), end),
            None if j > i => (None, e),
            None => return None,
        };
        let mut m = self.make(DateExpr::Month { month, year }, i..end);
        m.part = part;
        Some(m)
    }

    /// "31-го", "31-го числа", "31 числа", "on the 31st".
    fn day_of_month(&self, i: usize) -> Option<DateMatch> {
        let the = self.phrase(i, |l| l == Lex::The).map(|(_, e)| e);
        let s = the.unwrap_or(i);
        let (day, j, suffixed) = self.day(s)?;
        if let Some((Lex::DayWord, e)) = self.phrase(j, |l| l == Lex::DayWord) {
            return Some(self.make(DateExpr::DayOfMonth { day }, s..e));
        }
        if !suffixed {
            return None;
        }
        let english = self.tok(j - 1).is_some_and(|t| t.norm.is_ascii());
        if english && the.is_none() {
            return None;
        }
        let free = match self.tok(j) {
            None => true,
            Some(t) if t.gap >= crate::Gap::Newline => true,
            Some(t) => t.kind == TokenKind::Punct && !matches!(t.norm.as_str(), "-" | "/"),
        };
        free.then(|| self.make(DateExpr::DayOfMonth { day }, s..j))
    }

    /// True when a date expression can start with this word: one hash lookup
    /// that lets the common word skip every rule.
    fn relevant(&self, norm: &str) -> bool {
        self.lx.starters.contains(norm)
            || self
                .lx
                .relative_stems
                .iter()
                .any(|(stem, _)| norm.starts_with(stem))
    }

    fn parse_at(&self, i: usize) -> Option<DateMatch> {
        let t = self.tok(i)?;
        match t.kind {
            TokenKind::Digits => self.days(i).or_else(|| self.day_of_month(i)),
            TokenKind::Word if !self.relevant(&t.norm) => None,
            TokenKind::Word => self
                .days(i)
                .or_else(|| self.named_day(i))
                .or_else(|| self.month_only(i))
                .or_else(|| self.day_of_month(i)),
            TokenKind::Punct => None,
        }
    }
}
