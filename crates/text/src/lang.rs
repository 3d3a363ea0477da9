//! Language of a document or a sentence: Ukrainian, Russian, English or other.
//!
//! Cheap evidence only, gathered in one pass over the characters:
//!
//! 1. Letters: і ї є ґ and an apostrophe inside a Cyrillic word are Ukrainian;
//!    ы э ё ъ are Russian; Latin letters against Cyrillic letters decide English.
//!    Letters of other alphabets' variants (ў, ђ, ј, ä, ł, ...) point to "other".
//! 2. Frequent words, where the letters are silent: uk "та", "що", "це", "як",
//!    "його", "вони"; ru "и", "что", "это", "как", "его", "год", "который"; en
//!    "the", "of", "and", "were". Each counts twice as much as a letter.
//! 3. Absence: a long Cyrillic sentence with no і ї є at all is Russian-leaning,
//!    one with no ы э at all Ukrainian-leaning.
//!
//! [`detect_sentence`] decides one sentence. [`detect`] lets every sentence of a
//! document vote, weighted by the square root of its letters, and counts a
//! sentence that is mostly inside quotation marks at a quarter: a Ukrainian post
//! quoting a Russian statement stays Ukrainian. When the evidence is tied in
//! Cyrillic text, the answer is Ukrainian (most of the ledger's sources are).
//!
//! The comparison with `whatlang` and `lingua` on a labelled set lives in
//! `tools/langid-compare` (outside the workspace build); the set itself is
//! `crates/text/tests/lang_set.tsv`.

use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

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
    /// Letters only Ukrainian uses (і ї є ґ, inner apostrophe) plus twice the
    /// Ukrainian function words.
    pub uk: u32,
    /// Letters only Russian uses (ы э ё ъ) plus twice the Russian function words.
    pub ru: u32,
    /// Latin letters, in words.
    pub latin: u32,
    /// Cyrillic letters.
    pub cyrillic: u32,
    /// English function words.
    pub en_words: u32,
    /// Words seen (of any script).
    pub words: u32,
    /// Letters of other languages' alphabets (ў ђ ј ä ł ...).
    pub foreign: u32,
}

impl Evidence {
    /// The language this evidence points to, or `None` when it points to no letters
    /// or to another language.
    pub fn decide(&self) -> Option<Lang> {
        if self.latin == 0 && self.cyrillic == 0 {
            return None;
        }
        if self.latin > self.cyrillic {
            let letters = self.latin;
            if self.foreign * 20 > letters && self.en_words == 0 {
                return None;
            }
            if self.en_words == 0 && self.words >= 6 && letters >= 30 {
                return None;
            }
            return Some(Lang::En);
        }
        // Belarusian writes both і and ы, and ў; Serbian, Kazakh etc. have their own letters.
        if self.foreign > 0
            && (self.foreign * 4 >= self.uk + self.ru || (self.uk > 0 && self.ru > 0))
        {
            return None;
        }
        let (mut uk, mut ru) = (self.uk, self.ru);
        // Absence of the other language's letters in a long sentence.
        if uk == 0 {
            ru += self.cyrillic / 40;
        }
        if ru == 0 {
            uk += self.cyrillic / 80;
        }
        if ru > uk {
            Some(Lang::Ru)
        } else {
            Some(Lang::Uk)
        }
    }
}

/// Word lists, merged once.
struct Words {
    /// Normalized word → (uk points, ru points, en points).
    map: HashMap<&'static str, (u8, u8, u8)>,
}

/// Ukrainian words whose spelling has no і ї є but that Russian does not use.
const UK_WORDS: &[&str] = &[
    "та",
    "що",
    "це",
    "як",
    "його",
    "вона",
    "вони",
    "ми",
    "але",
    "або",
    "щоб",
    "ще",
    "вже",
    "було",
    "були",
    "була",
    "був",
    "буде",
    "будуть",
    "також",
    "тому",
    "коли",
    "зараз",
    "дуже",
    "цього",
    "цей",
    "ця",
    "яка",
    "який",
    "яке",
    "яких",
    "чи",
    "бо",
    "адже",
    "проте",
    "понад",
    "близько",
    "року",
    "рік",
    "з",
    "із",
    "від",
    "які",
    "і",
    "й",
    "ж",
    "де",
    "полонених",
    "людей",
    "осіб",
    "повернули",
    "повернулися",
    "повернулись",
    "додому",
    "обмін",
    "обміну",
    "наших",
    "можна",
    "потрібно",
    "свого",
    "своїх",
    "всього",
    "усього",
    "повідомив",
    "повідомила",
    "заявив",
    "заявила",
    "зокрема",
    "серед",
    "разом",
    "тобто",
    "нашої",
    "наша",
    "наші",
    "наступного",
    "державних",
    "наприкінці",
    "україна",
    "україни",
    "росія",
    "росії",
];

/// Russian words whose spelling has no ы э ё ъ but that Ukrainian does not use.
const RU_WORDS: &[&str] = &[
    "и",
    "что",
    "это",
    "как",
    "его",
    "ее",
    "их",
    "он",
    "они",
    "от",
    "из",
    "с",
    "к",
    "со",
    "во",
    "но",
    "или",
    "был",
    "была",
    "было",
    "будет",
    "будут",
    "также",
    "только",
    "после",
    "когда",
    "год",
    "года",
    "году",
    "человек",
    "который",
    "которые",
    "которых",
    "которая",
    "которое",
    "сегодня",
    "вчера",
    "домой",
    "чтобы",
    "же",
    "ли",
    "нет",
    "где",
    "этого",
    "этом",
    "этой",
    "сообщил",
    "сообщила",
    "сообщили",
    "заявил",
    "заявила",
    "обмен",
    "обмена",
    "около",
    "более",
    "вернулись",
    "вернули",
    "возвращены",
    "освобождены",
    "своих",
    "свои",
    "сейчас",
    "очень",
    "можно",
    "нужно",
    "всех",
    "всего",
    "еще",
    "между",
    "через",
    "среди",
    "россии",
    "украина",
    "украины",
    "самому",
    "старшему",
    "младшему",
    "состоялся",
    "пленные",
    "военнопленные",
    "стороны",
    "министерство",
    "данным",
];

/// English function words.
const EN_WORDS: &[&str] = &[
    "the",
    "of",
    "and",
    "to",
    "in",
    "a",
    "an",
    "is",
    "was",
    "were",
    "are",
    "have",
    "has",
    "had",
    "been",
    "be",
    "from",
    "for",
    "with",
    "on",
    "by",
    "that",
    "this",
    "it",
    "as",
    "at",
    "their",
    "they",
    "he",
    "she",
    "his",
    "her",
    "who",
    "which",
    "will",
    "said",
    "after",
    "all",
    "home",
    "returned",
    "prisoners",
    "exchange",
    "people",
    "were",
    "today",
    "yesterday",
    "years",
    "old",
];

fn words() -> &'static Words {
    static WORDS: OnceLock<Words> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut map: HashMap<&'static str, (u8, u8, u8)> = HashMap::default();
        for w in UK_WORDS {
            map.entry(w).or_default().0 = 2;
        }
        for w in RU_WORDS {
            map.entry(w).or_default().1 = 2;
        }
        for w in EN_WORDS {
            map.entry(w).or_default().2 = 1;
        }
        // A word in both Cyrillic lists says nothing.
        for v in map.values_mut() {
            if v.0 > 0 && v.1 > 0 {
                v.0 = 0;
                v.1 = 0;
            }
        }
        Words { map }
    })
}

/// Gather letter and word evidence from `text`.
pub fn evidence(text: &str) -> Evidence {
    let mut scan = Scanner::default();
    for c in text.chars() {
        scan.push(c);
    }
    scan.end_word();
    scan.ev
}

/// The language of one sentence (or any short text), or `None` when it is
/// none of the three or has no letters.
pub fn detect_sentence(text: &str) -> Option<Lang> {
    evidence(text).decide()
}

/// The language of `text`, or `None` when it is none of the three (or has no letters).
///
/// Each sentence votes for its language with a weight of the square root of its
/// letters; a sentence mostly inside quotation marks votes at a quarter.
pub fn detect(text: &str) -> Option<Lang> {
    let mut scan = Scanner::default();
    let mut votes = [0f32; 4];
    let mut depth = 0u32;
    let mut ascii_quote = false;
    let mut quoted_letters = 0u32;
    let mut vote = |scan: &mut Scanner, quoted_letters: &mut u32| {
        scan.end_word();
        let ev = std::mem::take(&mut scan.ev);
        let letters = ev.latin + ev.cyrillic;
        if letters > 0 {
            let mut w = (letters as f32).sqrt();
            if *quoted_letters * 2 > letters {
                w *= 0.25;
            }
            let slot = match ev.decide() {
                Some(Lang::Uk) => 0,
                Some(Lang::Ru) => 1,
                Some(Lang::En) => 2,
                None => 3,
            };
            votes[slot] += w;
        }
        *quoted_letters = 0;
    };
    for c in text.chars() {
        match c {
            '«' | '“' | '„' => depth += 1,
            '»' | '”' => depth = depth.saturating_sub(1),
            '"' => ascii_quote = !ascii_quote,
            _ => {}
        }
        scan.push(c);
        if (depth > 0 || ascii_quote) && crate::token::is_letter(c) {
            quoted_letters += 1;
        }
        if matches!(c, '.' | '!' | '?' | '\n' | ';' | '…') {
            vote(&mut scan, &mut quoted_letters);
            if c == '\n' {
                ascii_quote = false;
            }
        }
    }
    vote(&mut scan, &mut quoted_letters);
    let best = (0..4).max_by(|&a, &b| votes[a].total_cmp(&votes[b]).then(b.cmp(&a)))?;
    if votes[best] == 0.0 {
        return None;
    }
    match best {
        0 => Some(Lang::Uk),
        1 => Some(Lang::Ru),
        2 => Some(Lang::En),
        _ => None,
    }
}

/// One pass over characters: letters are scored as they come, words when they end.
#[derive(Default)]
struct Scanner {
    ev: Evidence,
    word: String,
    /// The current word has Cyrillic letters.
    word_cyrillic: bool,
    /// An apostrophe was seen right after a letter of the current word.
    pending_apostrophe: bool,
}

impl Scanner {
    fn push(&mut self, c: char) {
        let ev = &mut self.ev;
        match c {
            'і' | 'ї' | 'є' | 'ґ' | 'І' | 'Ї' | 'Є' | 'Ґ' => {
                ev.uk += 1;
                ev.cyrillic += 1;
            }
            'ы' | 'э' | 'ё' | 'ъ' | 'Ы' | 'Э' | 'Ё' | 'Ъ' => {
                ev.ru += 1;
                ev.cyrillic += 1;
            }
            'ў' | 'Ў' | 'ђ' | 'Ђ' | 'ј' | 'Ј' | 'љ' | 'Љ' | 'њ' | 'Њ' | 'ћ' | 'Ћ' | 'џ' | 'Џ'
            | 'ѓ' | 'Ѓ' | 'ќ' | 'Ќ' | 'ѕ' | 'Ѕ' | 'ә' | 'Ә' | 'ғ' | 'Ғ' | 'қ' | 'Қ' | 'ң' | 'Ң'
            | 'ө' | 'Ө' | 'ұ' | 'Ұ' | 'ү' | 'Ү' | 'һ' | 'Һ' => {
                ev.foreign += 1;
                ev.cyrillic += 1;
            }
            'a'..='z' | 'A'..='Z' => ev.latin += 1,
            '\u{00C0}'..='\u{024F}' if crate::token::is_letter(c) => {
                ev.latin += 1;
                ev.foreign += 1;
            }
            '\u{0400}'..='\u{04FF}' => ev.cyrillic += 1,
            _ => {}
        }
        if crate::token::is_letter(c) {
            if self.pending_apostrophe {
                if self.word_cyrillic {
                    self.ev.uk += 2; // п'ять, об'єкт, м'ясо
                }
                self.word.push('\'');
                self.pending_apostrophe = false;
            }
            if ('\u{0400}'..='\u{04FF}').contains(&c) {
                self.word_cyrillic = true;
            }
            match c {
                'ё' | 'Ё' => self.word.push('е'),
                c if c.is_ascii() => self.word.push(c.to_ascii_lowercase()),
                c => crate::token::push_lower(&mut self.word, c),
            }
        } else if !self.word.is_empty()
            && !self.pending_apostrophe
            && matches!(c, '\'' | '’' | 'ʼ' | '`')
        {
            self.pending_apostrophe = true;
        } else {
            self.end_word();
        }
    }

    fn end_word(&mut self) {
        self.pending_apostrophe = false;
        if self.word.is_empty() {
            return;
        }
        self.ev.words += 1;
        let w = self.word.as_str();
        if let Some(&(uk, ru, en)) = words().map.get(w) {
            self.ev.uk += u32::from(uk);
            self.ev.ru += u32::from(ru);
            self.ev.en_words += u32::from(en);
        } else if self.word_cyrillic {
            // Spelling cues: "-ський"/"-цьк-" are Ukrainian; "-ский", "-нск", "-цк",
            // and the endings "-ие", "-ое", "-ая", "-его" Russian.
            if w.contains("ськ") || w.contains("цьк") {
                self.ev.uk += 1;
            } else if w.ends_with("ский")
                || w.ends_with("ская")
                || w.ends_with("ское")
                || w.ends_with("ских")
                || w.ends_with("нск")
                || w.ends_with("цк")
            {
                self.ev.ru += 1;
            }
            if w.chars().count() > 3
                && (w.ends_with("ие")
                    || w.ends_with("ое")
                    || w.ends_with("ая")
                    || w.ends_with("его"))
            {
                self.ev.ru += 1;
            }
        }
        self.word.clear();
        self.word_cyrillic = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hard_short_lines() {
        assert_eq!(detect("Самому старшему 61 год"), Some(Lang::Ru));
        assert_eq!(detect("Додому повернулися 95 захисників"), Some(Lang::Uk));
        assert_eq!(detect("95 defenders are home"), Some(Lang::En));
        assert_eq!(detect("12345 — 67"), None);
    }

    #[test]
    fn ukrainian_post_quoting_russian() {
        let text = "Омбудсман заявив, що обмін відбувся. Російська сторона повідомила: \
                    «Из плена возвращены 95 российских военнослужащих, которые \
                    находились в опасности и были доставлены самолетом». Усі вони вдома.";
        assert_eq!(detect(text), Some(Lang::Uk));
    }
}
