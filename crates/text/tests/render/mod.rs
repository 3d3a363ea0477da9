//! Numbers rendered as words, for tests only: Ukrainian and Russian in every
//! case and gender (and collective forms), English with and without "and".
//!
//! Written from grammar tables independently of the crate's lexicon, so that a
//! round trip through `find_numbers` checks the lexicon against the grammar.

// `u64::is_multiple_of` is newer than the workspace's rust-version.
#![allow(dead_code, clippy::manual_is_multiple_of)]

/// Grammatical case. The accusative is the inanimate one (= nominative except
/// for feminine "одну"); the animate accusative equals the genitive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Case {
    Nom,
    Gen,
    Dat,
    Acc,
    Ins,
    Loc,
}

/// All cases (the vocative of a cardinal is its nominative).
pub const CASES: [Case; 6] = [
    Case::Nom,
    Case::Gen,
    Case::Dat,
    Case::Acc,
    Case::Ins,
    Case::Loc,
];

/// Grammatical gender of the counted noun.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    M,
    F,
    N,
}

/// All genders.
pub const GENDERS: [Gender; 3] = [Gender::M, Gender::F, Gender::N];

fn ci(c: Case) -> usize {
    match c {
        Case::Nom => 0,
        Case::Gen => 1,
        Case::Dat => 2,
        Case::Acc => 3,
        Case::Ins => 4,
        Case::Loc => 5,
    }
}

// ---------------------------------------------------------------- Ukrainian

const UK_ONE: [[&str; 6]; 3] = [
    ["один", "одного", "одному", "один", "одним", "одному"],
    ["одна", "однієї", "одній", "одну", "однією", "одній"],
    ["одне", "одного", "одному", "одне", "одним", "одному"],
];
const UK_TWO: [[&str; 6]; 2] = [
    ["два", "двох", "двом", "два", "двома", "двох"],
    ["дві", "двох", "двом", "дві", "двома", "двох"],
];
const UK_SMALL: [[&str; 6]; 2] = [
    ["три", "трьох", "трьом", "три", "трьома", "трьох"],
    [
        "чотири",
        "чотирьох",
        "чотирьом",
        "чотири",
        "чотирма",
        "чотирьох",
    ],
];
/// 5..=20, 30, 50..=80: nominative, genitive stem (+и), instrumental (+ьма).
fn uk_regular(n: u64) -> Option<(&'static str, &'static str, &'static str)> {
    Some(match n {
        5 => ("п'ять", "п'яти", "п'ятьма"),
        6 => ("шість", "шести", "шістьма"),
        7 => ("сім", "семи", "сьома"),
        8 => ("вісім", "восьми", "вісьмома"),
        9 => ("дев'ять", "дев'яти", "дев'ятьма"),
        10 => ("десять", "десяти", "десятьма"),
        11 => ("одинадцять", "одинадцяти", "одинадцятьма"),
        12 => ("дванадцять", "дванадцяти", "дванадцятьма"),
        13 => ("тринадцять", "тринадцяти", "тринадцятьма"),
        14 => ("чотирнадцять", "чотирнадцяти", "чотирнадцятьма"),
        15 => ("п'ятнадцять", "п'ятнадцяти", "п'ятнадцятьма"),
        16 => ("шістнадцять", "шістнадцяти", "шістнадцятьма"),
        17 => ("сімнадцять", "сімнадцяти", "сімнадцятьма"),
        18 => ("вісімнадцять", "вісімнадцяти", "вісімнадцятьма"),
        19 => ("дев'ятнадцять", "дев'ятнадцяти", "дев'ятнадцятьма"),
        20 => ("двадцять", "двадцяти", "двадцятьма"),
        30 => ("тридцять", "тридцяти", "тридцятьма"),
        50 => ("п'ятдесят", "п'ятдесяти", "п'ятдесятьма"),
        60 => ("шістдесят", "шістдесяти", "шістдесятьма"),
        70 => ("сімдесят", "сімдесяти", "сімдесятьма"),
        80 => ("вісімдесят", "вісімдесяти", "вісімдесятьма"),
        _ => return None,
    })
}
/// The "-ьох/-ьом/-ьома" variants of regular numerals (п'ятьох, п'ятьом, п'ятьома).
fn uk_regular_variant(n: u64, case: Case) -> Option<String> {
    let (nom, _, _) = uk_regular(n)?;
    let stem = match n {
        6 => "шіст".to_string(),
        7 => return Some(["сім", "сімох", "сімом", "сім", "сімома", "сімох"][ci(case)].into()),
        8 => {
            return Some(
                [
                    "вісім",
                    "вісьмох",
                    "вісьмом",
                    "вісім",
                    "вісьмома",
                    "вісьмох",
                ][ci(case)]
                .into(),
            )
        }
        _ => nom.trim_end_matches('ь').to_string(),
    };
    Some(match case {
        Case::Nom | Case::Acc => nom.to_string(),
        Case::Gen | Case::Loc => format!("{stem}ьох"),
        Case::Dat => format!("{stem}ьом"),
        Case::Ins => format!("{stem}ьома"),
    })
}
const UK_HUNDREDS: [[&str; 6]; 9] = [
    ["сто", "ста", "ста", "сто", "ста", "ста"],
    [
        "двісті",
        "двохсот",
        "двомстам",
        "двісті",
        "двомастами",
        "двохстах",
    ],
    [
        "триста",
        "трьохсот",
        "трьомстам",
        "триста",
        "трьомастами",
        "трьохстах",
    ],
    [
        "чотириста",
        "чотирьохсот",
        "чотирьомстам",
        "чотириста",
        "чотирмастами",
        "чотирьохстах",
    ],
    [
        "п'ятсот",
        "п'ятисот",
        "п'ятистам",
        "п'ятсот",
        "п'ятьмастами",
        "п'ятистах",
    ],
    [
        "шістсот",
        "шестисот",
        "шестистам",
        "шістсот",
        "шістьмастами",
        "шестистах",
    ],
    [
        "сімсот",
        "семисот",
        "семистам",
        "сімсот",
        "сьомастами",
        "семистах",
    ],
    [
        "вісімсот",
        "восьмисот",
        "восьмистам",
        "вісімсот",
        "вісьмомастами",
        "восьмистах",
    ],
    [
        "дев'ятсот",
        "дев'ятисот",
        "дев'ятистам",
        "дев'ятсот",
        "дев'ятьмастами",
        "дев'ятистах",
    ],
];
const UK_COLLECTIVE: [[&str; 4]; 9] = [
    ["двоє", "двох", "двом", "двома"],
    ["троє", "трьох", "трьом", "трьома"],
    ["четверо", "чотирьох", "чотирьом", "чотирма"],
    ["п'ятеро", "п'ятьох", "п'ятьом", "п'ятьома"],
    ["шестеро", "шістьох", "шістьом", "шістьома"],
    ["семеро", "сімох", "сімом", "сімома"],
    ["восьмеро", "вісьмох", "вісьмом", "вісьмома"],
    ["дев'ятеро", "дев'ятьох", "дев'ятьом", "дев'ятьома"],
    ["десятеро", "десятьох", "десятьом", "десятьома"],
];

fn uk_below_100(n: u64, case: Case, g: Gender, variant: bool, out: &mut Vec<String>) {
    let c = ci(case);
    if n == 0 {
        return;
    }
    if (20..100).contains(&n) && n % 10 != 0 {
        uk_below_100(n - n % 10, case, g, variant, out);
        uk_below_100(n % 10, case, g, variant, out);
        return;
    }
    let w: String = match n {
        1 => UK_ONE[match g {
            Gender::M => 0,
            Gender::F => 1,
            Gender::N => 2,
        }][c]
            .into(),
        2 => UK_TWO[usize::from(g == Gender::F)][c].into(),
        3 | 4 => UK_SMALL[(n - 3) as usize][c].into(),
        40 => (if c == 0 || c == 3 {
            "сорок"
        } else {
            "сорока"
        })
        .into(),
        90 => (if c == 0 || c == 3 {
            "дев'яносто"
        } else {
            "дев'яноста"
        })
        .into(),
        _ => {
            if variant {
                if let Some(v) = uk_regular_variant(n, case) {
                    out.push(v);
                    return;
                }
            }
            let (nom, gen, ins) = uk_regular(n).expect("regular numeral");
            match case {
                Case::Nom | Case::Acc => nom.into(),
                Case::Ins => ins.into(),
                _ => gen.into(),
            }
        }
    };
    out.push(w);
}

fn uk_below_1000(n: u64, case: Case, g: Gender, variant: bool, out: &mut Vec<String>) {
    if n >= 100 {
        out.push(UK_HUNDREDS[(n / 100 - 1) as usize][ci(case)].into());
    }
    uk_below_100(n % 100, case, g, variant, out);
}

fn plural_kind(k: u64) -> u8 {
    // 1: singular, 2: paucal (2-4), 5: many
    if (11..=19).contains(&(k % 100)) {
        5
    } else {
        match k % 10 {
            1 => 1,
            2..=4 => 2,
            _ => 5,
        }
    }
}

/// Ukrainian words for `n` (0..=1_000_000) in `case` agreeing with `gender`.
/// `variant` picks the "-ьох/-ьом/-ьома" forms of 5..=80 and "одна тисяча".
pub fn uk(n: u64, case: Case, g: Gender, variant: bool) -> String {
    let c = ci(case);
    if n == 0 {
        return ["нуль", "нуля", "нулю", "нуль", "нулем", "нулі"][c].into();
    }
    if n == 1_000_000 {
        return [
            "мільйон",
            "мільйона",
            "мільйону",
            "мільйон",
            "мільйоном",
            "мільйоні",
        ][c]
            .into();
    }
    let mut out = Vec::new();
    let k = n / 1000;
    if k > 0 {
        let kind = plural_kind(k);
        let word = match kind {
            1 => ["тисяча", "тисячі", "тисячі", "тисячу", "тисячею", "тисячі"][c],
            2 => [
                "тисячі",
                "тисяч",
                "тисячам",
                "тисячі",
                "тисячами",
                "тисячах",
            ][c],
            _ => ["тисяч", "тисяч", "тисячам", "тисяч", "тисячами", "тисячах"][c],
        };
        // "тисячі" alone is ambiguous (a plural): keep "однієї/одній".
        if k == 1 && !variant && word != "тисячі" {
            out.push(word.into());
        } else {
            uk_below_1000(k, case, Gender::F, variant, &mut out);
            out.push(word.into());
        }
    }
    uk_below_1000(n % 1000, case, g, variant, &mut out);
    out.join(" ")
}

/// Ukrainian collective form of `n` (its last part 2..=10) in nom, gen, dat or ins.
pub fn uk_collective(n: u64, case: Case) -> Option<String> {
    let last = if n % 100 == 10 { 10 } else { n % 10 };
    if !(2..=10).contains(&last) || (11..=19).contains(&(n % 100)) || n >= 1000 {
        return None;
    }
    let c = match case {
        Case::Nom => 0,
        Case::Gen => 1,
        Case::Dat => 2,
        Case::Ins => 3,
        _ => return None,
    };
    let mut out = Vec::new();
    uk_below_1000(n - last, case, Gender::M, false, &mut out);
    out.push(UK_COLLECTIVE[(last - 2) as usize][c].into());
    Some(out.join(" "))
}

// ---------------------------------------------------------------- Russian

const RU_ONE: [[&str; 6]; 3] = [
    ["один", "одного", "одному", "один", "одним", "одном"],
    ["одна", "одной", "одной", "одну", "одной", "одной"],
    ["одно", "одного", "одному", "одно", "одним", "одном"],
];
const RU_TWO: [[&str; 6]; 2] = [
    ["два", "двух", "двум", "два", "двумя", "двух"],
    ["две", "двух", "двум", "две", "двумя", "двух"],
];
const RU_SMALL: [[&str; 6]; 2] = [
    ["три", "трех", "трем", "три", "тремя", "трех"],
    [
        "четыре",
        "четырех",
        "четырем",
        "четыре",
        "четырьмя",
        "четырех",
    ],
];
fn ru_regular(n: u64) -> Option<(&'static str, &'static str, &'static str)> {
    Some(match n {
        5 => ("пять", "пяти", "пятью"),
        6 => ("шесть", "шести", "шестью"),
        7 => ("семь", "семи", "семью"),
        8 => ("восемь", "восьми", "восемью"),
        9 => ("девять", "девяти", "девятью"),
        10 => ("десять", "десяти", "десятью"),
        11 => ("одиннадцать", "одиннадцати", "одиннадцатью"),
        12 => ("двенадцать", "двенадцати", "двенадцатью"),
        13 => ("тринадцать", "тринадцати", "тринадцатью"),
        14 => ("четырнадцать", "четырнадцати", "четырнадцатью"),
        15 => ("пятнадцать", "пятнадцати", "пятнадцатью"),
        16 => ("шестнадцать", "шестнадцати", "шестнадцатью"),
        17 => ("семнадцать", "семнадцати", "семнадцатью"),
        18 => ("восемнадцать", "восемнадцати", "восемнадцатью"),
        19 => ("девятнадцать", "девятнадцати", "девятнадцатью"),
        20 => ("двадцать", "двадцати", "двадцатью"),
        30 => ("тридцать", "тридцати", "тридцатью"),
        50 => ("пятьдесят", "пятидесяти", "пятьюдесятью"),
        60 => ("шестьдесят", "шестидесяти", "шестьюдесятью"),
        70 => ("семьдесят", "семидесяти", "семьюдесятью"),
        80 => ("восемьдесят", "восьмидесяти", "восемьюдесятью"),
        _ => return None,
    })
}
const RU_HUNDREDS: [[&str; 6]; 9] = [
    ["сто", "ста", "ста", "сто", "ста", "ста"],
    [
        "двести",
        "двухсот",
        "двумстам",
        "двести",
        "двумястами",
        "двухстах",
    ],
    [
        "триста",
        "трехсот",
        "тремстам",
        "триста",
        "тремястами",
        "трехстах",
    ],
    [
        "четыреста",
        "четырехсот",
        "четыремстам",
        "четыреста",
        "четырьмястами",
        "четырехстах",
    ],
    [
        "пятьсот",
        "пятисот",
        "пятистам",
        "пятьсот",
        "пятьюстами",
        "пятистах",
    ],
    [
        "шестьсот",
        "шестисот",
        "шестистам",
        "шестьсот",
        "шестьюстами",
        "шестистах",
    ],
    [
        "семьсот",
        "семисот",
        "семистам",
        "семьсот",
        "семьюстами",
        "семистах",
    ],
    [
        "восемьсот",
        "восьмисот",
        "восьмистам",
        "восемьсот",
        "восемьюстами",
        "восьмистах",
    ],
    [
        "девятьсот",
        "девятисот",
        "девятистам",
        "девятьсот",
        "девятьюстами",
        "девятистах",
    ],
];
const RU_COLLECTIVE: [&str; 9] = [
    "дво",
    "тро",
    "четвер",
    "пятер",
    "шестер",
    "семер",
    "восьмер",
    "девятер",
    "десятер",
];

fn ru_below_100(n: u64, case: Case, g: Gender, out: &mut Vec<String>) {
    let c = ci(case);
    if n == 0 {
        return;
    }
    if (20..100).contains(&n) && n % 10 != 0 {
        ru_below_100(n - n % 10, case, g, out);
        ru_below_100(n % 10, case, g, out);
        return;
    }
    let w: &str = match n {
        1 => {
            RU_ONE[match g {
                Gender::M => 0,
                Gender::F => 1,
                Gender::N => 2,
            }][c]
        }
        2 => RU_TWO[usize::from(g == Gender::F)][c],
        3 | 4 => RU_SMALL[(n - 3) as usize][c],
        40 => {
            if c == 0 || c == 3 {
                "сорок"
            } else {
                "сорока"
            }
        }
        90 => {
            if c == 0 || c == 3 {
                "девяносто"
            } else {
                "девяноста"
            }
        }
        _ => {
            let (nom, gen, ins) = ru_regular(n).expect("regular numeral");
            match case {
                Case::Nom | Case::Acc => nom,
                Case::Ins => ins,
                _ => gen,
            }
        }
    };
    out.push(w.into());
}

fn ru_below_1000(n: u64, case: Case, g: Gender, out: &mut Vec<String>) {
    if n >= 100 {
        out.push(RU_HUNDREDS[(n / 100 - 1) as usize][ci(case)].into());
    }
    ru_below_100(n % 100, case, g, out);
}

/// Russian words for `n` (0..=1_000_000) in `case` agreeing with `gender`.
pub fn ru(n: u64, case: Case, g: Gender, variant: bool) -> String {
    let c = ci(case);
    if n == 0 {
        return ["ноль", "ноля", "нолю", "ноль", "нолем", "ноле"][c].into();
    }
    if n == 1_000_000 {
        return [
            "миллион",
            "миллиона",
            "миллиону",
            "миллион",
            "миллионом",
            "миллионе",
        ][c]
            .into();
    }
    let mut out = Vec::new();
    let k = n / 1000;
    if k > 0 {
        let word = match plural_kind(k) {
            1 => ["тысяча", "тысячи", "тысяче", "тысячу", "тысячей", "тысяче"][c],
            2 => [
                "тысячи",
                "тысяч",
                "тысячам",
                "тысячи",
                "тысячами",
                "тысячах",
            ][c],
            _ => ["тысяч", "тысяч", "тысячам", "тысяч", "тысячами", "тысячах"][c],
        };
        if k == 1 && !variant && word != "тысячи" {
            out.push(word.into());
        } else {
            ru_below_1000(k, case, Gender::F, &mut out);
            out.push(word.into());
        }
    }
    ru_below_1000(n % 1000, case, g, &mut out);
    out.join(" ")
}

/// Russian collective form of `n` (its last part 2..=10) in any case.
pub fn ru_collective(n: u64, case: Case) -> Option<String> {
    let last = if n % 100 == 10 { 10 } else { n % 10 };
    if !(2..=10).contains(&last) || (11..=19).contains(&(n % 100)) || n >= 1000 {
        return None;
    }
    let stem = RU_COLLECTIVE[(last - 2) as usize];
    let soft = last <= 3;
    let w = match (case, soft) {
        (Case::Nom | Case::Acc, true) => format!("{stem}е"),
        (Case::Nom | Case::Acc, false) => format!("{stem}о"),
        (Case::Gen | Case::Loc, true) => format!("{stem}их"),
        (Case::Gen | Case::Loc, false) => format!("{stem}ых"),
        (Case::Dat, true) => format!("{stem}им"),
        (Case::Dat, false) => format!("{stem}ым"),
        (Case::Ins, true) => format!("{stem}ими"),
        (Case::Ins, false) => format!("{stem}ыми"),
    };
    let mut out = Vec::new();
    ru_below_1000(n - last, case, Gender::M, &mut out);
    out.push(w);
    Some(out.join(" "))
}

// ---------------------------------------------------------------- English

const EN_SMALL: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const EN_TENS: [&str; 10] = [
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

fn en_below_1000(n: u64, and: bool, article: bool, out: &mut Vec<String>) {
    let h = n / 100;
    let r = n % 100;
    if h > 0 {
        if h == 1 && article {
            out.push("a".into());
        } else {
            out.push(EN_SMALL[h as usize].into());
        }
        out.push("hundred".into());
        if r > 0 && and {
            out.push("and".into());
        }
    }
    if r > 0 {
        if r < 20 {
            out.push(EN_SMALL[r as usize].into());
        } else if r % 10 == 0 {
            out.push(EN_TENS[(r / 10) as usize].into());
        } else {
            out.push(format!(
                "{}-{}",
                EN_TENS[(r / 10) as usize],
                EN_SMALL[(r % 10) as usize]
            ));
        }
    }
}

/// English words for `n` (0..=1_000_000); `and` puts "and" after hundreds,
/// `article` says "a hundred"/"a thousand" for one.
pub fn en(n: u64, and: bool, article: bool) -> String {
    if n == 0 {
        return "zero".into();
    }
    if n == 1_000_000 {
        return if article { "a million" } else { "one million" }.into();
    }
    let mut out = Vec::new();
    let k = n / 1000;
    if k > 0 {
        en_below_1000(k, and, article && k < 200, &mut out);
        if k == 1 && article {
            out.pop();
            out.push("a".into());
        }
        out.push("thousand".into());
        if n % 1000 > 0 && n % 1000 < 100 && and {
            out.push("and".into());
        }
    }
    en_below_1000(n % 1000, and, article && k == 0, &mut out);
    out.join(" ")
}
