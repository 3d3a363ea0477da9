//! Native-grammar tables: every noun phrase the summaries use, in every
//! language, at the numbers where plural forms change (1, 2, 3, 4, 5, 11, 12,
//! 14, 21, 22, 25, 101, 111, 1000); the cases governed by qualifiers
//! ("близько 21 захисника", "более 21 защитника"); verb agreement; dates with
//! month names in the genitive. The expected forms are written out by hand,
//! not computed: this is what a native speaker checks.

use swapledger_text::{Approx, Lang};

use crate::locale::{approx_key, locale, Arg};

/// The plural form a number takes in Ukrainian and Russian.
#[derive(Clone, Copy)]
enum F {
    /// 1, 21, 101: "захисник", "защитник".
    One,
    /// 2-4, 22: "захисники", "защитника".
    Few,
    /// 5-20, 25, 111, 1000: "захисників", "защитников".
    Many,
}

/// The numbers of the table and their form in Ukrainian and Russian (CLDR
/// categories, written out).
const NUMBERS: &[(u64, F)] = &[
    (1, F::One),
    (2, F::Few),
    (3, F::Few),
    (4, F::Few),
    (5, F::Many),
    (11, F::Many),
    (12, F::Many),
    (14, F::Many),
    (21, F::One),
    (22, F::Few),
    (25, F::Many),
    (101, F::One),
    (111, F::Many),
    (1000, F::Many),
];

fn np(lang: Lang, id: &str, n: u64, approx: Option<Approx>) -> String {
    let s = locale(lang).msg(
        id,
        &[
            ("count", Arg::Num(n)),
            ("approx", Arg::Str(approx_key(approx).into())),
        ],
    );
    s.split(' ')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Check `id` against (one, few, many) forms for uk/ru.
fn table(lang: Lang, id: &str, forms: [&str; 3]) {
    for &(n, f) in NUMBERS {
        let form = match f {
            F::One => forms[0],
            F::Few => forms[1],
            F::Many => forms[2],
        };
        assert_eq!(np(lang, id, n, None), format!("{n} {form}"), "{id} {n}");
    }
}

/// Check `id` against (one, other) forms for English.
fn table_en(id: &str, forms: [&str; 2]) {
    for &(n, _) in NUMBERS {
        let form = if n == 1 { forms[0] } else { forms[1] };
        let digits = if n == 1000 {
            "1,000".to_string()
        } else {
            n.to_string()
        };
        assert_eq!(
            np(Lang::En, id, n, None),
            format!("{digits} {form}"),
            "{id} {n}"
        );
    }
}

#[test]
fn ukrainian_nouns() {
    let uk = Lang::Uk;
    table(uk, "np-defenders", ["захисник", "захисники", "захисників"]);
    table(uk, "np-people", ["людина", "людини", "людей"]);
    table(
        uk,
        "np-servicemen-own",
        [
            "свого військовослужбовця",
            "своїх військовослужбовців",
            "своїх військовослужбовців",
        ],
    );
    table(
        uk,
        "np-military",
        [
            "військовослужбовець",
            "військовослужбовці",
            "військовослужбовців",
        ],
    );
    table(uk, "np-civilians", ["цивільний", "цивільні", "цивільних"]);
    table(uk, "np-officers", ["офіцер", "офіцери", "офіцерів"]);
    table(
        uk,
        "np-enlisted",
        [
            "особа рядового та сержантського складу",
            "особи рядового та сержантського складу",
            "осіб рядового та сержантського складу",
        ],
    );
    table(
        uk,
        "np-wounded",
        [
            "поранений чи тяжкохворий",
            "поранені чи тяжкохворі",
            "поранених чи тяжкохворих",
        ],
    );
    table(uk, "np-women", ["жінка", "жінки", "жінок"]);
    table(uk, "np-years", ["рік", "роки", "років"]);
    table(uk, "np-bodies", ["тіло", "тіла", "тіл"]);
    table(
        uk,
        "np-fallen",
        [
            "загиблого захисника",
            "загиблих захисників",
            "загиблих захисників",
        ],
    );
    table(uk, "np-exchanges", ["обмін", "обміни", "обмінів"]);
    table(uk, "np-ukrainians", ["українець", "українці", "українців"]);
}

#[test]
fn russian_nouns() {
    let ru = Lang::Ru;
    table(ru, "np-defenders", ["защитник", "защитника", "защитников"]);
    table(ru, "np-people", ["человек", "человека", "человек"]);
    table(
        ru,
        "np-servicemen-own",
        [
            "своего военнослужащего",
            "своих военнослужащих",
            "своих военнослужащих",
        ],
    );
    table(
        ru,
        "np-military",
        ["военнослужащий", "военнослужащих", "военнослужащих"],
    );
    table(
        ru,
        "np-civilians",
        ["гражданское лицо", "гражданских лица", "гражданских лиц"],
    );
    table(ru, "np-officers", ["офицер", "офицера", "офицеров"]);
    table(
        ru,
        "np-enlisted",
        [
            "военнослужащий рядового и сержантского состава",
            "военнослужащих рядового и сержантского состава",
            "военнослужащих рядового и сержантского состава",
        ],
    );
    table(
        ru,
        "np-wounded",
        [
            "раненый или тяжелобольной",
            "раненых или тяжелобольных",
            "раненых или тяжелобольных",
        ],
    );
    table(ru, "np-women", ["женщина", "женщины", "женщин"]);
    table(ru, "np-years", ["год", "года", "лет"]);
    table(ru, "np-bodies", ["тело", "тела", "тел"]);
    table(
        ru,
        "np-fallen",
        [
            "погибшего защитника",
            "погибших защитников",
            "погибших защитников",
        ],
    );
    table(ru, "np-exchanges", ["обмен", "обмена", "обменов"]);
    table(ru, "np-ukrainians", ["украинец", "украинца", "украинцев"]);
}

#[test]
fn english_nouns() {
    table_en("np-defenders", ["defender", "defenders"]);
    table_en("np-people", ["person", "people"]);
    table_en("np-military", ["serviceman", "servicemen"]);
    table_en("np-civilians", ["civilian", "civilians"]);
    table_en("np-officers", ["officer", "officers"]);
    table_en("np-women", ["woman", "women"]);
    table_en("np-bodies", ["body", "bodies"]);
    table_en("np-fallen", ["fallen defender", "fallen defenders"]);
    table_en("np-exchanges", ["exchange", "exchanges"]);
    table_en("np-ukrainians", ["Ukrainian", "Ukrainians"]);
    table_en(
        "np-servicemen-own",
        ["of its servicemen", "of its servicemen"],
    );
}

#[test]
fn qualifiers_govern_case() {
    use Approx::{About, Over, Under};
    let cases: &[(Lang, u64, Option<Approx>, &str)] = &[
        (Lang::Uk, 3000, Some(Over), "понад 3000 захисників"),
        (Lang::Uk, 21, Some(About), "близько 21 захисника"),
        (Lang::Uk, 2, Some(About), "близько 2 захисників"),
        (Lang::Uk, 300, Some(Under), "майже 300 захисників"),
        (Lang::Uk, 10_000, Some(Over), "понад 10\u{a0}000 захисників"),
        (Lang::Ru, 3000, Some(Over), "более 3000 защитников"),
        (Lang::Ru, 21, Some(Over), "более 21 защитника"),
        (Lang::Ru, 2, Some(About), "около 2 защитников"),
        (Lang::Ru, 2, Some(Under), "почти 2 защитника"),
        (Lang::En, 3000, Some(Over), "more than 3,000 defenders"),
        (Lang::En, 300, Some(About), "about 300 defenders"),
        (Lang::En, 300, Some(Under), "almost 300 defenders"),
    ];
    for &(lang, n, approx, want) in cases {
        assert_eq!(np(lang, "np-defenders", n, approx), want);
    }
}

#[test]
fn dates_use_genitive_month_names() {
    let months_uk = [
        "січня",
        "лютого",
        "березня",
        "квітня",
        "травня",
        "червня",
        "липня",
        "серпня",
        "вересня",
        "жовтня",
        "листопада",
        "грудня",
    ];
    let months_ru = [
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ];
    let months_en = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let date = |lang: Lang, m: u64| {
        locale(lang).msg(
            "date",
            &[
                ("day", Arg::Num(31)),
                ("month", Arg::Num(m)),
                ("year", Arg::Str("2024".into())),
            ],
        )
    };
    for m in 1..=12u64 {
        let i = (m - 1) as usize;
        assert_eq!(date(Lang::Uk, m), format!("31 {} 2024 року", months_uk[i]));
        assert_eq!(date(Lang::Ru, m), format!("31 {} 2024 года", months_ru[i]));
        assert_eq!(date(Lang::En, m), format!("31 {} 2024", months_en[i]));
    }
}

#[test]
fn verbs_agree_with_number_and_gender() {
    let verb = |lang: Lang, n: u64, noun: &str, approx: Option<Approx>| {
        locale(lang).msg(
            "lead-returned",
            &[
                ("people", Arg::Str("X".into())),
                ("count", Arg::Num(n)),
                ("noun", Arg::Str(noun.into())),
                ("approx", Arg::Str(approx_key(approx).into())),
            ],
        )
    };
    assert_eq!(
        verb(Lang::Uk, 21, "defenders", None),
        "Додому повернувся X."
    );
    assert_eq!(verb(Lang::Uk, 1, "people", None), "Додому повернулася X.");
    assert_eq!(
        verb(Lang::Uk, 2, "defenders", None),
        "Додому повернулися X."
    );
    assert_eq!(
        verb(Lang::Uk, 111, "defenders", None),
        "Додому повернулися X."
    );
    assert_eq!(
        verb(Lang::Uk, 21, "defenders", Some(Approx::Over)),
        "Додому повернулися X."
    );
    assert_eq!(verb(Lang::Ru, 101, "defenders", None), "Домой вернулся X.");
    assert_eq!(verb(Lang::Ru, 5, "people", None), "Домой вернулись X.");
}

#[test]
fn english_ordinals() {
    let ord = |n: u64| locale(Lang::En).msg("ordinal", &[("ordinal", Arg::Num(n))]);
    let want = [
        (1, "1st"),
        (2, "2nd"),
        (3, "3rd"),
        (4, "4th"),
        (11, "11th"),
        (12, "12th"),
        (13, "13th"),
        (21, "21st"),
        (22, "22nd"),
        (23, "23rd"),
        (50, "50th"),
        (101, "101st"),
        (111, "111th"),
    ];
    for (n, w) in want {
        assert_eq!(ord(n), w);
    }
}
