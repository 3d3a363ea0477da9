//! Export of summaries as Markdown files: one per event and language.
//!
//! The library only returns file names and contents; writing them is the
//! caller's job. Each file opens with front matter (`language`, `published`,
//! `event`) that `swapledger extract` reads, so an exported summary is itself
//! a document the extractor can check.

use std::collections::HashSet;
use std::ops::RangeInclusive;

use chrono::NaiveDate;
use swapledger_text::Lang;

use crate::{summarize, Format, SummaryEvent};

/// One exported file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportFile {
    /// A file name without directories: `2024-01-31-<event id>.uk.md`.
    pub name: String,
    /// The Markdown text, with front matter.
    pub contents: String,
}

/// Summaries of the events dated within `dates`, in every language of `langs`,
/// as Markdown files sorted by date, then event id, then language order.
///
/// File names are built from the date and the event id reduced to ASCII
/// letters, digits, `-` and `_`; two ids that reduce to the same name get
/// `-2`, `-3`... so no file overwrites another.
pub fn export_markdown(
    events: &[SummaryEvent],
    dates: RangeInclusive<NaiveDate>,
    langs: &[Lang],
) -> Vec<ExportFile> {
    let mut chosen: Vec<&SummaryEvent> =
        events.iter().filter(|e| dates.contains(&e.date)).collect();
    chosen.sort_by(|a, b| (a.date, &a.id).cmp(&(b.date, &b.id)));
    let mut used: HashSet<String> = HashSet::new();
    let mut out = Vec::new();
    for ev in chosen {
        let base = format!("{}-{}", ev.date.format("%Y-%m-%d"), slug(&ev.id));
        let mut stem = base.clone();
        let mut n = 1;
        while langs
            .iter()
            .any(|l| used.contains(&format!("{stem}.{}.md", l.code())))
        {
            n += 1;
            stem = format!("{base}-{n}");
        }
        for &lang in langs {
            let name = format!("{stem}.{}.md", lang.code());
            used.insert(name.clone());
            let contents = format!(
                "---\nlanguage: {}\npublished: {}\nevent: {}\n---\n{}",
                lang.code(),
                ev.date.format("%Y-%m-%d"),
                one_line(&ev.id),
                summarize(ev, lang, Format::Markdown)
            );
            out.push(ExportFile { name, contents });
        }
    }
    out
}

/// An id reduced to a safe file-name part.
fn slug(id: &str) -> String {
    let mut out = String::new();
    for c in id.chars() {
        if c.is_ascii_alphanumeric() || c == '_' {
            out.push(c);
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out.trim_matches('-').to_string();
    if out.is_empty() {
        "event".to_string()
    } else {
        out.chars().take(80).collect()
    }
}

/// A front-matter value on one line.
fn one_line(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect::<String>()
        .trim()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_safe() {
        assert_eq!(slug("ev/../42"), "ev-42");
        assert_eq!(slug("обмін"), "event");
        assert_eq!(slug("a b\nc"), "a-b-c");
    }
}
