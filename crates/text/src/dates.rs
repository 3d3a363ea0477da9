//! Dates and relative days, resolved against a reference date.
//!
//! PLACEHOLDER: the full grammar replaces this.

use std::ops::Range;

use chrono::{NaiveDate, Weekday};

use crate::{Lang, Span, Token};

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
}

/// A resolved date with its precision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ResolvedDate {
    /// The date (first day of the month for month precision).
    pub date: NaiveDate,
    /// Day or month.
    pub precision: Precision,
}

/// Every date expression in `tokens`, in text order.
pub fn find_dates(_tokens: &[Token], _lang: Lang) -> Vec<DateMatch> {
    Vec::new()
}

/// Resolve `expr` against `reference` (the publication date).
pub fn resolve(
    _expr: &DateExpr,
    _reference: NaiveDate,
    _direction: Direction,
) -> Option<ResolvedDate> {
    None
}
