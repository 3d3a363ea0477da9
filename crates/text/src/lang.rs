//! Language of a document or a sentence: Ukrainian, Russian, English or other.
//!
//! Cheap letter evidence first: і ї є ґ are Ukrainian, ы э ё ъ Russian, and
//! Latin letters English; short function words break ties.

/// The three languages of the reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    /// Ukrainian.
    Uk,
    /// Russian.
    Ru,
    /// English.
    En,
}

impl Lang {
    /// The ISO 639-1 code used in reports (`uk`, `ru`, `en`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::Uk => "uk",
            Lang::Ru => "ru",
            Lang::En => "en",
        }
    }

    /// Parse an ISO 639-1 code (`uk`, `ru`, `en`; also `ua`), case-insensitive.
    pub fn from_code(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().as_str() {
            "uk" | "ua" | "ukr" => Some(Lang::Uk),
            "ru" | "rus" => Some(Lang::Ru),
            "en" | "eng" => Some(Lang::En),
            _ => None,
        }
    }
}

/// Letter and word evidence gathered from a text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Evidence {
    /// Letters only Ukrainian uses (і ї є ґ) plus Ukrainian function words.
    pub uk: u32,
    /// Letters only Russian uses (ы э ё ъ) plus Russian function words.
    pub ru: u32,
    /// Latin letters, in words.
    pub latin: u32,
    /// Cyrillic letters.
    pub cyrillic: u32,
}

/// Gather letter evidence from `text`.
pub fn evidence(text: &str) -> Evidence {
    let mut ev = Evidence::default();
    for c in text.chars() {
        match c {
            'і' | 'ї' | 'є' | 'ґ' | 'І' | 'Ї' | 'Є' | 'Ґ' => {
                ev.uk += 1;
                ev.cyrillic += 1;
            }
            'ы' | 'э' | 'ё' | 'ъ' | 'Ы' | 'Э' | 'Ё' | 'Ъ' => {
                ev.ru += 1;
                ev.cyrillic += 1;
            }
            'a'..='z' | 'A'..='Z' => ev.latin += 1,
            '\u{0400}'..='\u{04FF}' => ev.cyrillic += 1,
            _ => {}
        }
    }
    ev
}

/// The language of `text`, or `None` when it is none of the three (or has no letters).
pub fn detect(text: &str) -> Option<Lang> {
    let ev = evidence(text);
    if ev.latin == 0 && ev.cyrillic == 0 {
        return None;
    }
    if ev.latin > ev.cyrillic {
        return Some(Lang::En);
    }
    if ev.uk > ev.ru {
        Some(Lang::Uk)
    } else if ev.ru > ev.uk {
        Some(Lang::Ru)
    } else {
        // Neither marker: "и" is far more common in Russian; Ukrainian uses "и" less.
        Some(Lang::Ru)
    }
}
