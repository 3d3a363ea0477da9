//! The shape of a language's number tables and the merged lexicon built from them.
//!
//! Each language module ([`super::uk`], [`super::ru`], [`super::en`]) fills one
//! [`LangTable`] with plain data. [`lexicon`] expands the regular paradigms
//! (stem + endings, hundreds from unit stems, ordinal stem + adjective endings)
//! once and merges the three languages into hash maps keyed by the normalized
//! token, so recognition is one lookup per word token. The languages are merged
//! because reports quote each other: a Ukrainian article cites a Russian
//! statement, and the number words of the two do not clash in value.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use crate::Approx;

/// The grammatical slot a number word fills in a compound number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Slot {
    /// Zero: only on its own.
    Zero,
    /// 1..=9 (and collective 2..=9).
    Unit,
    /// 10..=19.
    Teen,
    /// 20, 30, ..., 90.
    Tens,
    /// 100, 200, ..., 900 as one word ("двісті", "ста").
    Hundreds,
    /// English "hundred": multiplies the units or teens before it.
    EnHundred,
    /// A multiplier or round noun: thousand, million, сотня, десяток, dozen.
    Mult,
    /// One and a half ("півтори", "полторы"): only whole with a multiplier.
    Half,
    /// English "a"/"an" before hundred, thousand, dozen.
    Article,
    /// English "and" inside a number.
    And,
}

/// A collective numeral ("двоє", "обоих").
pub(crate) const COLL: u8 = 1;
/// A singular multiplier form that is a count on its own ("тисяча", "сотню").
pub(crate) const SG: u8 = 2;

/// A word form with its value, as listed in a table.
pub(crate) type WordRow = (u64, Slot, u8, &'static [&'static str]);
/// Hundreds: value, nominatives, genitive stems (+сот, +стах), dative stems (+стам),
/// instrumental stems (+стами).
pub(crate) type HundredRow = (
    u64,
    &'static [&'static str],
    &'static [&'static str],
    &'static [&'static str],
    &'static [&'static str],
);

/// One language's number data.
pub(crate) struct LangTable {
    /// Irregular cardinal forms, listed in full.
    pub words: &'static [WordRow],
    /// Forms that are a count alone only after a word taking the genitive
    /// ("з тисячі", "около сотни"): genitive singular = nominative plural.
    pub ambiguous: &'static [&'static str],
    /// Cardinals with a regular paradigm: value, slot, nominative.
    pub regular: &'static [(u64, Slot, &'static str)],
    /// Stripped from a regular nominative before adding `regular_endings`.
    pub regular_strip: &'static str,
    /// Endings of the oblique cases of a regular cardinal.
    pub regular_endings: &'static [&'static str],
    /// Hundreds built from unit stems.
    pub hundreds: &'static [HundredRow],
    /// Ordinal stems taking `ordinal_endings`.
    pub ordinal_stems: &'static [(u64, &'static str)],
    /// Adjective endings of ordinals.
    pub ordinal_endings: &'static [&'static str],
    /// Irregular ordinals listed in full.
    pub ordinal_words: &'static [(u64, &'static [&'static str])],
    /// Qualifier phrases (tokens separated by spaces) and their approximation.
    pub qualifiers: &'static [(&'static str, Approx)],
    /// Month names in the form that follows a day ("24 лютого", "5 May").
    pub months: &'static [&'static str],
    /// Words that make a preceding four-digit number a year.
    pub year_words: &'static [&'static str],
    /// Words after which "тисячі"/"сотни" is a genitive singular (a count).
    pub gen_triggers: &'static [&'static str],
    /// Words that open a range ("від 18 до 25", "from 2 to 17", "aged 2 to 17").
    pub range_from: &'static [&'static str],
    /// Words that join the two ends of a range.
    pub range_to: &'static [&'static str],
}

/// FNV-1a: fast for short keys, and these keys are our own.
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type FnvBuild = BuildHasherDefault<Fnv>;
pub(crate) type Map<V> = HashMap<String, V, FnvBuild>;
pub(crate) type Set = HashSet<String, FnvBuild>;

/// One meaning of a cardinal word form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Word {
    pub slot: Slot,
    pub value: u64,
    pub flags: u8,
    /// Genitive singular = nominative plural: a count alone only after a trigger.
    pub ambiguous: bool,
}

/// The merged lexicon of all languages.
pub(crate) struct Lexicon {
    pub card: Map<Vec<Word>>,
    pub ord: Map<u64>,
    pub qualifiers: Vec<(Vec<String>, Approx)>,
    pub months: Set,
    pub year_words: Set,
    pub gen_triggers: Set,
    pub range_from: Set,
    pub range_to: Set,
}

fn add_card(map: &mut Map<Vec<Word>>, form: &str, w: Word) {
    let v = map.entry(form.to_string()).or_default();
    if !v.contains(&w) {
        v.push(w);
    }
}

fn build() -> Lexicon {
    let tables: [&LangTable; 3] = [&super::uk::TABLE, &super::ru::TABLE, &super::en::TABLE];
    let mut lex = Lexicon {
        card: Map::default(),
        ord: Map::default(),
        qualifiers: Vec::new(),
        months: Set::default(),
        year_words: Set::default(),
        gen_triggers: Set::default(),
        range_from: Set::default(),
        range_to: Set::default(),
    };
    for t in tables {
        let ambiguous: Set = t.ambiguous.iter().map(|s| s.to_string()).collect();
        let word = |slot, value, flags, form: &str| Word {
            slot,
            value,
            flags,
            ambiguous: ambiguous.contains(form),
        };
        for &(value, slot, flags, forms) in t.words {
            for f in forms {
                add_card(&mut lex.card, f, word(slot, value, flags, f));
            }
        }
        for &(value, slot, nom) in t.regular {
            add_card(&mut lex.card, nom, word(slot, value, 0, nom));
            let stem = nom.strip_suffix(t.regular_strip).unwrap_or(nom);
            for e in t.regular_endings {
                let f = format!("{stem}{e}");
                add_card(&mut lex.card, &f, word(slot, value, 0, &f));
            }
        }
        for &(value, noms, gens, dats, inss) in t.hundreds {
            let mut forms: Vec<String> = noms.iter().map(|s| s.to_string()).collect();
            forms.extend(gens.iter().map(|s| format!("{s}сот")));
            forms.extend(gens.iter().map(|s| format!("{s}стах")));
            forms.extend(dats.iter().map(|s| format!("{s}стам")));
            forms.extend(inss.iter().map(|s| format!("{s}стами")));
            for f in forms {
                add_card(&mut lex.card, &f, word(Slot::Hundreds, value, 0, &f));
            }
        }
        for &(value, stem) in t.ordinal_stems {
            for e in t.ordinal_endings {
                lex.ord.insert(format!("{stem}{e}"), value);
            }
        }
        for &(value, forms) in t.ordinal_words {
            for f in forms {
                lex.ord.insert(f.to_string(), value);
            }
        }
        for &(phrase, approx) in t.qualifiers {
            lex.qualifiers
                .push((phrase.split(' ').map(str::to_string).collect(), approx));
        }
        let set = |s: &mut Set, l: &[&str]| s.extend(l.iter().map(|w| w.to_string()));
        set(&mut lex.months, t.months);
        set(&mut lex.year_words, t.year_words);
        set(&mut lex.gen_triggers, t.gen_triggers);
        set(&mut lex.range_from, t.range_from);
        set(&mut lex.range_to, t.range_to);
    }
    // Longest phrase first, so "не менше" wins over "менше".
    lex.qualifiers.sort_by_key(|q| std::cmp::Reverse(q.0.len()));
    lex
}

/// The merged lexicon, built on first use.
pub(crate) fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(build)
}
