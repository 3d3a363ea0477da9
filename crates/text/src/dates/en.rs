//! English date words: months (full and abbreviated), weekdays, relative days, cues.
//!
//! Each entry is one normalized (lowercase) word form or phrase of words
//! separated by spaces. Adding a form is adding a line.

use chrono::Weekday::{self, *};

use super::{Lex, MonthPart, Qual};

/// Month names and abbreviations ("Jan", "Jan.", "Sept.").
pub(super) const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sep", 9),
    ("sept", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

/// Month words that are also ordinary words ("may", "march"): accepted only
/// when written with a capital letter.
pub(super) const MONTHS_CAPITALIZED_ONLY: &[&str] = &["may", "march", "mar", "jan", "aug"];

/// Weekday names.
pub(super) const WEEKDAYS: &[(&str, Weekday)] = &[
    ("monday", Mon),
    ("tuesday", Tue),
    ("wednesday", Wed),
    ("thursday", Thu),
    ("friday", Fri),
    ("saturday", Sat),
    ("sunday", Sun),
];

/// Phrases: relative days, "the same day", month-part modifiers, range words,
/// prepositions and weekday qualifiers.
pub(super) const PHRASES: &[(&str, Lex)] = &[
    ("today", Lex::Relative(0)),
    ("today's", Lex::Relative(0)),
    ("earlier today", Lex::Relative(0)),
    ("this morning", Lex::Relative(0)),
    ("yesterday", Lex::Relative(-1)),
    ("yesterday's", Lex::Relative(-1)),
    ("the day before yesterday", Lex::Relative(-2)),
    ("tomorrow", Lex::Relative(1)),
    ("tomorrow's", Lex::Relative(1)),
    ("the day after tomorrow", Lex::Relative(2)),
    ("the same day", Lex::SameDay),
    ("on the same day", Lex::SameDay),
    ("that same day", Lex::SameDay),
    ("later that day", Lex::SameDay),
    ("at the end of", Lex::Part(MonthPart::End)),
    ("by the end of", Lex::Part(MonthPart::End)),
    ("in late", Lex::Part(MonthPart::End)),
    ("late", Lex::Part(MonthPart::End)),
    ("at the beginning of", Lex::Part(MonthPart::Start)),
    ("at the start of", Lex::Part(MonthPart::Start)),
    ("in early", Lex::Part(MonthPart::Start)),
    ("early", Lex::Part(MonthPart::Start)),
    ("in the middle of", Lex::Part(MonthPart::Middle)),
    ("in mid", Lex::Part(MonthPart::Middle)),
    ("mid", Lex::Part(MonthPart::Middle)),
    ("from", Lex::From),
    ("between", Lex::From),
    ("since", Lex::From),
    ("to", Lex::To),
    ("until", Lex::To),
    ("till", Lex::To),
    ("through", Lex::To),
    ("and", Lex::To),
    ("in", Lex::Prep),
    ("on", Lex::Prep),
    ("during", Lex::Prep),
    ("by", Lex::Prep),
    ("last", Lex::Qual(Qual::Last)),
    ("past", Lex::Qual(Qual::Last)),
    ("next", Lex::Qual(Qual::Next)),
    ("coming", Lex::Qual(Qual::Next)),
    ("this", Lex::Qual(Qual::This)),
    ("of", Lex::Of),
    ("the", Lex::The),
];

/// Stems of adjectives for relative days (none in English: "today's" is a phrase).
pub(super) const RELATIVE_STEMS: &[(&str, i32)] = &[];

/// Words that announce something still to come (exact normalized forms).
pub(super) const FUTURE_WORDS: &[&str] = &[
    "tomorrow",
    "will",
    "shall",
    "planned",
    "scheduled",
    "expected",
    "upcoming",
    "forthcoming",
    "soon",
    "next",
    "due",
    "plans",
    "plan",
    "expects",
    "expect",
];

/// Stems of words that announce something still to come.
pub(super) const FUTURE_STEMS: &[&str] = &[];
