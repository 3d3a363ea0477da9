//! The closed vocabulary of exchange reports, matched over tokens in one pass.
//!
//! Entries are written per language (`uk.rs`, `ru.rs`, `en.rs`) as a pattern
//! and the [`Concept`] it names. A pattern is a space-separated sequence of
//! word stems: each stem matches a token whose normalized form starts with it
//! (so one stem covers every case ending: `нацгвард` matches Нацгвардії,
//! нацгвардійців, Нацгвардии), or equals it when the stem ends with `=`
//! (`тро=` is ТрО, not "трохи"). Hyphens between words are skipped, so
//! `військово морськ` matches "Військово-Морських". Adding a word form is a
//! one-line change in the language's table.

mod en;
mod ru;
mod uk;

use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

use swapledger_text::{Span, Token, TokenKind};

/// Cue words: what a word tells about the event or the number near it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Cue {
    /// обмін, обмен, exchange, swap.
    Exchange,
    /// Bodies: тіла, тел, bodies, репатріація, remains.
    Bodies,
    /// A one-sided return: children, "not a swap".
    Release,
    /// The exchange failed: зірвано, сорван, disrupted, postponed, cancelled.
    Disrupted,
    /// A return verb or phrase: повернулися, вернулись, returned, freed, home.
    Return,
    /// A noun for people: людей, українців, defenders, человек.
    People,
    /// A noun for servicemen: військовослужбовців, военных, military, servicemen.
    Military,
    /// A noun for soldiers in the rank-and-file sense: солдат, soldiers.
    Soldier,
    /// Civilians: цивільних, гражданских, civilians.
    Civilian,
    /// Women: жінок, женщин, women.
    Women,
    /// Children: дітей, детей, children.
    Children,
    /// Officers: офіцерів, офицеров, officers.
    Officer,
    /// Non-commissioned: non-commissioned, унтер, сержант (alone).
    Nco,
    /// Rank and file: рядового, рядовые, rank and file.
    RankAndFile,
    /// Wounded, injured, seriously ill.
    Wounded,
    /// The oldest.
    Oldest,
    /// The youngest.
    Youngest,
    /// Years of age: років, лет, years old.
    YearsOld,
    /// "will turn", "виповниться", "исполнится".
    WillTurn,
    /// "soon", "незабаром", "скоро".
    Soon,
    /// A background opener: нагадаємо, напомним, earlier, previously.
    Background,
    /// "In total", "загалом", "всего", "altogether".
    Total,
    /// "Since the beginning", "від початку", "с начала", "so far".
    SinceStart,
    /// A reporting verb or phrase: said, wrote, reported, according to.
    Reported,
    /// Mediation: mediation, посередництва, при содействии.
    Mediation,
    /// Help or cooperation of agencies (not returnees): with the help of, завдяки.
    Help,
    /// Thanks: дякую, благодарю, thank.
    Thanks,
    /// "Among", "серед", "среди".
    Among,
    /// "Of them", "з них", "из них", "including".
    Partitive,
    /// Ukrainian side: українських, украинских, Ukrainian, наших (uk).
    Ukrainian,
    /// Russian side: російських, российских, Russian.
    Russian,
    /// First person plural: наших, our, мы.
    Our,
    /// "Read also" and related-article markers.
    ReadAlso,
    /// A future or planned event: завтра, відбудеться, will, planned.
    Future,
    /// A possessive of the subject: its, своих, своїх.
    Own,
    /// A verb of receiving: received, got back, получила, отримала.
    Receive,
    /// The text says it was not a swap: "це не був обмін", "это не обмен", "not an exchange".
    NotExchange,
    /// A deal or agreement: домовленість, договоренность, deal.
    Deal,
    /// Death or a crash, with no return: загинули, погибли, killed, on board.
    Death,
    /// First person of the author: ми, мы, we.
    FirstPerson,
    /// The President's Office: hides the President inside its name.
    Office,
    /// A period: days, this week ("the second exchange in 2 days").
    Period,
    /// Planned, possibly in the past: supposed to, мав відбутися, должен был.
    Planned,
    /// A stage of a deal: етап, этап, stage, phase.
    Stage,
    /// "Each side", "both sides", "по".
    EachSide,
    /// "The rest", "решта", "остальные".
    Rest,
    /// "All of them", "усі вони", "все они".
    AllOfThem,
    /// "Then", "тоді", "тогда", "the same day": continues the previous event.
    Then,
    /// "This", "this time", "цього разу", "сегодняшний": refers to the main event.
    This,
    /// Exchanges as a counted noun: обмінів, обменов, exchanges.
    Exchanges,
    /// Captivity: полону, плена, captivity.
    Captivity,
    /// The country Ukraine (as recipient): Україна, Украине, Ukraine.
    UkraineName,
    /// The country Russia: Росія, России, Russia.
    RussiaName,
    /// Photo caption marker: фото, photo.
    Photo,
    /// Part of the total: "this year", "цього року", "в этом году".
    ThisYear,
    /// A minister or ministry: міністр, МИД, minister.
    Minister,
    /// "For" in a formula "95 for 95", "95 на 95".
    For,
    /// "Each" before a number: "по 84", "an exchange of 40".
    /// Keep this the last variant: sentences store their cues as bits of a `u64`.
    Each,
}

// Every cue must fit one bit of a u64 (see `Analysis::sentence_has`).
const _: () = assert!((Cue::Each as u32) < 64);

/// What a lexicon entry names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Concept {
    /// A branch key of the spec.
    Branch(&'static str),
    /// A source key of the spec.
    Source(&'static str),
    /// A state that can mediate (ISO 3166-1 alpha-2).
    State(&'static str),
    /// A cue word.
    Cue(Cue),
}

/// One lexicon hit in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// What was found.
    pub concept: Concept,
    /// First token index.
    pub first: usize,
    /// One past the last token index.
    pub end: usize,
    /// Character span.
    pub span: Span,
}

struct Stem {
    text: String,
    exact: bool,
}

struct Entry {
    stems: Vec<Stem>,
    concept: Concept,
}

struct Lexicon {
    entries: Vec<Entry>,
    /// Entries by the first two characters of their first stem.
    by_prefix: HashMap<[char; 2], Vec<usize>>,
}

fn key_of(s: &str) -> [char; 2] {
    let mut it = s.chars();
    [it.next().unwrap_or(' '), it.next().unwrap_or(' ')]
}

fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let mut entries = Vec::new();
        for table in [uk::ENTRIES, ru::ENTRIES, en::ENTRIES] {
            for (pattern, concept) in table {
                let stems: Vec<Stem> = pattern
                    .split_whitespace()
                    .map(|s| {
                        let exact = s.ends_with('=');
                        Stem {
                            text: swapledger_text::normalize_word(s.trim_end_matches('=')),
                            exact,
                        }
                    })
                    .collect();
                if !stems.is_empty() {
                    entries.push(Entry {
                        stems,
                        concept: *concept,
                    });
                }
            }
        }
        let mut by_prefix: HashMap<[char; 2], Vec<usize>> = HashMap::default();
        for (i, e) in entries.iter().enumerate() {
            by_prefix
                .entry(key_of(&e.stems[0].text))
                .or_default()
                .push(i);
        }
        // Longer patterns first so that the longest match wins.
        for list in by_prefix.values_mut() {
            list.sort_by_key(|&i| std::cmp::Reverse(entries[i].stems.len()));
        }
        Lexicon { entries, by_prefix }
    })
}

fn stem_matches(stem: &Stem, token: &Token) -> bool {
    if token.kind != TokenKind::Word {
        return false;
    }
    if stem.exact {
        token.norm == stem.text
    } else {
        token.norm.starts_with(&stem.text)
    }
}

/// Every lexicon hit in `tokens`. Several concepts may share tokens: a word can
/// be both a branch and a people noun ("прикордонники").
pub fn find_hits(tokens: &[Token]) -> Vec<Hit> {
    let lex = lexicon();
    let mut hits = Vec::new();
    for i in 0..tokens.len() {
        if tokens[i].kind != TokenKind::Word {
            continue;
        }
        let Some(cands) = lex.by_prefix.get(&key_of(&tokens[i].norm)) else {
            continue;
        };
        // Entries are longest first: a concept found here by a longer entry is not
        // added again by a shorter one; other concepts may share the tokens.
        for &ci in cands {
            let e = &lex.entries[ci];
            if let Some(end) = match_at(tokens, i, &e.stems) {
                if hits
                    .iter()
                    .rev()
                    .take_while(|h: &&Hit| h.first == i)
                    .any(|h| h.concept == e.concept)
                {
                    continue;
                }
                hits.push(Hit {
                    concept: e.concept,
                    first: i,
                    end,
                    span: Span::new(tokens[i].span.start, tokens[end - 1].span.end),
                });
            }
        }
    }
    // A name inside an office's name ("керівник Офісу президента України") is not the person.
    let offices: Vec<(usize, usize)> = hits
        .iter()
        .filter(|h| h.concept == Concept::Cue(Cue::Office))
        .map(|h| (h.first, h.end))
        .collect();
    if !offices.is_empty() {
        hits.retain(|h| {
            !matches!(h.concept, Concept::Source(_))
                || !offices.iter().any(|&(a, b)| a <= h.first && h.end <= b)
        });
    }
    hits
}

fn match_at(tokens: &[Token], start: usize, stems: &[Stem]) -> Option<usize> {
    let mut i = start;
    for (n, stem) in stems.iter().enumerate() {
        if n > 0 {
            // Skip hyphens and apostrophes between the words of one name.
            while i < tokens.len() && tokens[i].kind == TokenKind::Punct && tokens[i].norm == "-" {
                i += 1;
            }
        }
        if i >= tokens.len() || !stem_matches(stem, &tokens[i]) {
            return None;
        }
        i += 1;
    }
    Some(i)
}

#[cfg(test)]
mod tests {
    use super::*;
    use swapledger_text::tokenize;

    fn concepts(text: &str) -> Vec<Concept> {
        find_hits(&tokenize(text))
            .into_iter()
            .map(|h| h.concept)
            .collect()
    }

    #[test]
    fn inflected_branch_names_match() {
        for t in [
            "Нацгвардії",
            "нацгвардійців",
            "Нацгвардии",
            "National Guard",
        ] {
            assert!(
                concepts(t).contains(&Concept::Branch("national_guard")),
                "{t}"
            );
        }
        assert!(concepts("Військово-Морських Сил").contains(&Concept::Branch("navy")));
        assert!(concepts("ТрО – 14").contains(&Concept::Branch("territorial_defense")));
        assert!(!concepts("трохи").contains(&Concept::Branch("territorial_defense")));
    }

    #[test]
    fn sources_in_every_case() {
        for t in [
            "Зеленський",
            "Зеленського",
            "Зеленским",
            "Zelensky",
            "Zelenskyy",
        ] {
            assert!(concepts(t).contains(&Concept::Source("zelensky")), "{t}");
        }
    }
}
