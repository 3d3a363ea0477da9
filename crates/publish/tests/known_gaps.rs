//! Summary sentences the extractor once misread, and the ones it still does.
//!
//! Each `known_gap_*` test names the exact sentence, asserts what the
//! extractor reads today, and says the right answer in a `FIXME:`. The
//! extractor is fixed in `swapledger-extract`; when it is, the test fails and
//! is flipped to assert the right answer (the tests without the prefix are
//! such fixed gaps, kept as regression tests). The wording of the summaries is not
//! bent around these gaps where no natural alternative exists; where one
//! exists (an abbreviation, another natural construction), the summaries use
//! it and the test shows the form they avoid.

mod common;

use common::{day, main_event};
use swapledger_extract::Kind;
use swapledger_publish::{
    figure_key, summarize, Format, Lang, Quantity, RunningTotal, SummaryEvent, SummaryFigure,
};

fn exchange(to_ukraine: u64) -> SummaryEvent {
    SummaryEvent::new("gap", Kind::Exchange, day(2024, 1, 31))
        .with("to_ukraine", SummaryFigure::exact(to_ukraine))
}

/// The summary in text, after checking it holds `sentence` word for word.
fn summary_with(ev: &SummaryEvent, lang: Lang, sentence: &str) -> String {
    let text = summarize(ev, lang, Format::Text);
    assert!(text.contains(sentence), "{sentence:?} not in:\n{text}");
    text
}

#[test]
fn uk_one_body_to_russia() {
    let ev = SummaryEvent::new("gap", Kind::Repatriation, day(2024, 1, 31))
        .with("to_ukraine", SummaryFigure::exact(757))
        .with("to_russia", SummaryFigure::exact(21));
    let text = summary_with(&ev, Lang::Uk, "Російській стороні передали 21 тіло.");
    let (m, _) = main_event(&text, Lang::Uk, ev.date);
    assert_eq!(m.count("to_russia").map(|c| c.value), Some(21));
}

#[test]
fn ru_one_body_to_russia() {
    let ev = SummaryEvent::new("gap", Kind::Repatriation, day(2024, 1, 31))
        .with("to_ukraine", SummaryFigure::exact(757))
        .with("to_russia", SummaryFigure::exact(21));
    let text = summary_with(&ev, Lang::Ru, "Российской стороне передали 21 тело.");
    let (m, _) = main_event(&text, Lang::Ru, ev.date);
    assert_eq!(m.count("to_russia").map(|c| c.value), Some(21));
}

#[test]
fn uk_one_woman() {
    let ev = exchange(207).with("women", SummaryFigure::exact(21));
    let text = summary_with(&ev, Lang::Uk, "Серед повернутих — 21 жінка.");
    let (m, _) = main_event(&text, Lang::Uk, ev.date);
    assert_eq!(m.count("women").map(|c| c.value), Some(21));
}

#[test]
fn uk_running_total_of_21_exchanges() {
    let mut ev = exchange(207);
    ev.running_total = Some(RunningTotal {
        exchanges: Some(Quantity::exact(21)),
        to_ukraine: None,
    });
    let text = summary_with(
        &ev,
        Lang::Uk,
        "Загалом від початку повномасштабної війни відбувся 21 обмін.",
    );
    let (m, _) = main_event(&text, Lang::Uk, ev.date);
    // "21 обмін": after a number the singular counts exchanges.
    assert_eq!(m.count("cumulative_exchanges").map(|c| c.value), Some(21));
}

#[test]
fn ru_running_total_of_22_exchanges() {
    let mut ev = exchange(207);
    ev.running_total = Some(RunningTotal {
        exchanges: Some(Quantity::exact(22)),
        to_ukraine: None,
    });
    let text = summary_with(
        &ev,
        Lang::Ru,
        "Всего с начала полномасштабной войны состоялось 22 обмена.",
    );
    let (m, _) = main_event(&text, Lang::Ru, ev.date);
    assert_eq!(m.count("cumulative_exchanges").map(|c| c.value), Some(22));
}

#[test]
fn uk_ru_running_total_of_5021_ukrainians() {
    let mut ev = exchange(207);
    ev.running_total = Some(RunningTotal {
        exchanges: None,
        to_ukraine: Some(Quantity::exact(5021)),
    });
    let uk = summary_with(
        &ev,
        Lang::Uk,
        "Загалом від початку повномасштабної війни з полону повернувся 5021 українець.",
    );
    let ru = summary_with(
        &ev,
        Lang::Ru,
        "Всего с начала полномасштабной войны из плена вернулся 5021 украинец.",
    );
    for (text, lang) in [(uk, Lang::Uk), (ru, Lang::Ru)] {
        let (m, _) = main_event(&text, lang, ev.date);
        assert_eq!(
            m.count("cumulative_to_ukraine").map(|c| c.value),
            Some(5021),
            "{lang:?}"
        );
    }
}

#[test]
fn one_civilian_returned_alone() {
    let ev = exchange(1).with("civilians", SummaryFigure::exact(1));
    for (lang, sentence) in [
        (Lang::Uk, "Це цивільна особа."),
        (Lang::En, "The person is a civilian."),
        (Lang::Ru, "Это гражданское лицо."),
    ] {
        let text = summary_with(&ev, lang, sentence);
        let (m, _) = main_event(&text, lang, ev.date);
        assert_eq!(m.count("to_ukraine").map(|c| c.value), Some(1), "{lang:?}");
        // "All of them are civilians" gives the total to civilians, and so does
        // the singular for one person.
        assert_eq!(m.count("civilians").map(|c| c.value), Some(1), "{lang:?}");
    }
}

#[test]
fn uk_ru_counts_from_2000_to_2100_before_a_people_noun_are_counts() {
    let ev = exchange(2022);
    for (lang, sentence) in [
        (Lang::Uk, "Додому повернулися 2022 захисники."),
        (Lang::Ru, "Домой вернулись 2022 защитника."),
    ] {
        let text = summary_with(&ev, lang, sentence);
        let (m, _) = main_event(&text, lang, ev.date);
        assert_eq!(
            m.count("to_ukraine").map(|c| c.value),
            Some(2022),
            "{lang:?}"
        );
    }
}

#[test]
fn ru_special_transport_service() {
    let ev = exchange(207)
        .with(&figure_key("special_transport"), SummaryFigure::exact(27))
        .with(&figure_key("national_guard"), SummaryFigure::exact(50));
    let text = summary_with(&ev, Lang::Ru, "- Госспецтрансслужба — 27.");
    let (m, _) = main_event(&text, Lang::Ru, ev.date);
    assert_eq!(
        m.branches.get("special_transport").map(|f| f.value.value),
        Some(27)
    );
    assert!(m.branches.contains_key("national_guard"));
}

/// A Ukrainian list of branches with full names that end after the lexicon's stems.
const UK_FULL_NAMES: &str =
    "31 січня 2024 року відбувся обмін полоненими. Додому повернулися 207 захисників.

Серед повернутих за родами військ:
- Військово-Морські Сили — 7;
- Десантно-штурмові війська — 27;
- Національна гвардія — 50.
";

#[test]
fn uk_full_branch_names_before_a_dash() {
    let (m, _) = main_event(UK_FULL_NAMES, Lang::Uk, day(2024, 1, 31));
    assert_eq!(
        m.branches.get("national_guard").map(|f| f.value.value),
        Some(50)
    );
    // A name may end with words after the stems ("Сили", "війська").
    assert_eq!(m.branches.get("navy").map(|f| f.value.value), Some(7));
    assert_eq!(
        m.branches.get("air_assault").map(|f| f.value.value),
        Some(27)
    );
}

const RU_FULL_NAMES: &str =
    "31 января 2024 года состоялся обмен пленными. Домой вернулись 207 защитников.

Среди вернувшихся по родам войск:
- Военно-морские силы — 7;
- Десантно-штурмовые войска — 27;
- Национальная гвардия — 50.
";

#[test]
fn ru_full_branch_names_before_a_dash() {
    let (m, _) = main_event(RU_FULL_NAMES, Lang::Ru, day(2024, 1, 31));
    assert_eq!(
        m.branches.get("national_guard").map(|f| f.value.value),
        Some(50)
    );
    assert_eq!(m.branches.get("navy").map(|f| f.value.value), Some(7));
    assert_eq!(
        m.branches.get("air_assault").map(|f| f.value.value),
        Some(27)
    );
}

const EN_NAME_FIRST: &str =
    "On 31 January 2024, the 50th prisoner exchange took place. Ukraine brought home 207 defenders.

Those returned, by branch of service:
- Armed Forces of Ukraine: 120
- State Border Guard Service: 30
- Air Assault Forces: 27
- Territorial Defense Forces: 14
- Unmanned Systems Forces: 9
- State Special Transport Service: 7
";

#[test]
fn en_branch_name_then_colon() {
    let (m, _) = main_event(EN_NAME_FIRST, Lang::En, day(2024, 1, 31));
    assert_eq!(
        m.branches.get("armed_forces").map(|f| f.value.value),
        Some(120)
    );
    for (b, n) in [
        ("border_guard", 30),
        ("air_assault", 27),
        ("territorial_defense", 14),
        ("unmanned_systems", 9),
        ("special_transport", 7),
    ] {
        assert_eq!(m.branches.get(b).map(|f| f.value.value), Some(n), "{b}");
    }
}

#[test]
fn servicemen_of_the_marines_are_not_the_navy() {
    for (lang, body) in [
        (
            Lang::Uk,
            "31 січня 2024 року відбувся обмін полоненими. Додому повернулися 207 захисників.\n\nСеред повернутих — військовослужбовці морської піхоти.",
        ),
        (
            Lang::Ru,
            "31 января 2024 года состоялся обмен пленными. Домой вернулись 207 защитников.\n\nСреди вернувшихся — военнослужащие морской пехоты.",
        ),
    ] {
        let (m, _) = main_event(body, lang, day(2024, 1, 31));
        let named: Vec<&str> = m.branches_mentioned.keys().copied().collect();
        assert_eq!(named, ["marines"], "{lang:?}");
    }
}

#[test]
fn known_gap_en_thousandth_exchange() {
    let mut ev = exchange(207);
    ev.ordinal = Some(1000);
    let text = summary_with(
        &ev,
        Lang::En,
        "On 31 January 2024, the 1,000th prisoner exchange took place.",
    );
    let (m, _) = main_event(&text, Lang::En, ev.date);
    // FIXME: ordinal should be 1000: "1,000th" (a grouped ordinal) is not read.
    assert_eq!(m.ordinal, None);
}
