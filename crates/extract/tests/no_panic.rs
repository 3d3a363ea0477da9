//! `extract` never panics and every span it reports lies inside the body, whatever
//! the input: arbitrary Unicode, long digit runs, mixed Cyrillic and Latin with
//! punctuation and line breaks, and reports assembled from a vocabulary of the
//! words and numbers that the rules react to.

use chrono::NaiveDate;
use proptest::prelude::*;
use serde_json::Value;
use swapledger_extract::{extract, Input};
use swapledger_text::Lang;

/// Every `{start, end}` of the report (events' evidence and diagnostics).
fn check_report(body: &str, input: &Input) -> Result<(), TestCaseError> {
    let report = extract(input);
    let json = report.to_json();
    let n = body.chars().count();
    prop_assert_eq!(json["schema"].as_str(), Some("swapledger.report/1"));
    prop_assert_eq!(json["document"]["id"].as_str().map(str::len), Some(64));
    let events = json["events"].as_array().expect("events array");
    prop_assert_eq!(events.len(), report.events.len());
    for (i, ev) in events.iter().enumerate() {
        prop_assert!(
            ev["kind"].is_string() && ev["role"].is_string(),
            "event {}: {}",
            i,
            ev
        );
        let evidence = ev["evidence"].as_object().expect("evidence object");
        for (key, spans) in evidence {
            prop_assert!(
                ev.get(key).is_some(),
                "event {}: evidence for unfilled {}",
                i,
                key
            );
            for s in spans.as_array().expect("span list") {
                let start = s["start"].as_u64().expect("start") as usize;
                let end = s["end"].as_u64().expect("end") as usize;
                prop_assert!(
                    start <= end && end <= n,
                    "event {}: {} span {}..{} in {} chars",
                    i,
                    key,
                    start,
                    end,
                    n
                );
            }
        }
        if i > 0 {
            prop_assert_eq!(ev["role"].as_str(), Some("background"), "event {}", i);
        }
    }
    if let Some(first) = events.first() {
        prop_assert_eq!(first["role"].as_str(), Some("main"));
    }
    for d in json
        .get("diagnostics")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        if let (Some(s), Some(e)) = (d["start"].as_u64(), d["end"].as_u64()) {
            prop_assert!(s <= e && e as usize <= n, "diagnostic {}", d);
        }
    }
    Ok(())
}

fn run(
    body: &str,
    language: Option<Lang>,
    published: Option<NaiveDate>,
    source: Option<&str>,
) -> Result<(), TestCaseError> {
    let input = Input {
        body,
        language,
        published,
        source,
        url: None,
        path: Some("prop"),
    };
    check_report(body, &input)
}

const VOCAB: &[&str] = &[
    // uk
    "обмін",
    "обміну",
    "полоненими",
    "з полону",
    "повернулися",
    "додому",
    "захисників",
    "військових",
    "цивільних",
    "тіла",
    "загиблих",
    "репатріація",
    "зірвано",
    "перенесли",
    "Сьогодні",
    "Вчора",
    "Нагадаємо",
    "Читайте також",
    "понад",
    "майже",
    "близько",
    "тис.",
    "тисячі",
    "двісті",
    "сім",
    "сотню",
    "наймолодшому",
    "найстаршому",
    "незабаром",
    "виповниться",
    "років",
    "офіцерів",
    "рядовий і сержантський склад",
    "ЗСУ",
    "ТрО",
    "НГУ",
    "ДПСУ",
    "Коордштаб",
    "Зеленський",
    "Лубінець",
    "дякую",
    "ОАЕ",
    "Катару",
    "п'ятдесятий",
    "51-го",
    "14 квітня",
    "24 серпня 2024",
    "усі вони",
    "решта",
    "з них",
    "жінки",
    "поранених",
    "загалом",
    "від початку",
    // ru
    "обмен",
    "пленными",
    "возвращены",
    "российских военнослужащих",
    "переданы",
    "военнопленных ВСУ",
    "Минобороны России",
    "свыше",
    "около",
    "почти",
    "тыс.",
    "двести",
    "семь",
    "Сегодня",
    "Ранее",
    "3 января",
    "остальные",
    "все они",
    "офицеров",
    "рядовые и сержанты",
    "ОАЭ",
    "Ватикан",
    "тела",
    "погибших",
    "сорван",
    "71-й",
    "десантно-штурмовой бригады",
    // en
    "exchange",
    "prisoners",
    "of war",
    "returned",
    "home",
    "soldiers",
    "civilians",
    "bodies",
    "repatriation",
    "was disrupted",
    "postponed",
    "today",
    "yesterday",
    "on Monday",
    "earlier",
    "Read also",
    "more than",
    "about",
    "almost",
    "a dozen",
    "a hundred",
    "two hundred and seven",
    "the youngest",
    "the oldest",
    "will turn",
    "soon",
    "years old",
    "officers",
    "rank and file",
    "National Guard",
    "Armed Forces",
    "border guards",
    "UAE",
    "Qatar",
    "thank",
    "the 50th exchange",
    "the rest",
    "all of them",
    "women",
    "wounded",
    "in total",
    "since the start",
    // numbers and formulas
    "0",
    "1",
    "2",
    "7",
    "12",
    "20",
    "21",
    "95",
    "95 на 95",
    "1000 for 1000",
    "по 84",
    "1 000",
    "3,672",
    "3 135",
    "2.5",
    "18–25",
    "2024",
    "2022",
    "100%",
    "999999999999999999999999",
    "1200 на 1200",
    "-",
    "–",
    ":",
    "•",
    "(",
    ")",
    "«",
    "»",
    "\"",
    "'",
    "?",
    "!",
    "…",
];

const SEPARATORS: &[&str] = &[
    " ", " ", " ", ", ", ". ", "\n", "\n\n", " – ", ": ", "\r\n", "\u{a0}",
];

fn vocab_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        (
            prop::sample::select(VOCAB),
            prop::sample::select(SEPARATORS),
        ),
        0..120,
    )
    .prop_map(|parts| parts.into_iter().flat_map(|(w, s)| [w, s]).collect())
}

fn language() -> impl Strategy<Value = Option<Lang>> {
    prop::option::of(prop::sample::select(vec![Lang::Uk, Lang::Ru, Lang::En]))
}

fn published() -> impl Strategy<Value = Option<NaiveDate>> {
    // Edges of the calendar too: 1 January and 31 December, far years, leap days.
    prop::option::of(
        (1i32..=9999, 1u32..=12, 1u32..=31)
            .prop_filter_map("a real date", |(y, m, d)| NaiveDate::from_ymd_opt(y, m, d)),
    )
}

fn source() -> impl Strategy<Value = Option<String>> {
    prop::option::of(prop::sample::select(vec![
        "Минобороны России (Telegram)".to_string(),
        "Telegram-канал Володимира Зеленського".to_string(),
        "Ukrinform".to_string(),
        "".to_string(),
        "москальков міноборони рф zelensky".to_string(),
    ]))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_unicode(body in any::<String>(), lang in language(), date in published()) {
        run(&body, lang, date, None)?;
    }

    #[test]
    fn long_digit_runs(body in "[0-9 ,.\u{a0}'’–-]{0,400}", lang in language(), date in published()) {
        run(&body, lang, date, None)?;
    }

    #[test]
    fn mixed_cyrillic_latin_punctuation(
        body in "[а-яА-ЯіїєґІЇЄҐёЁa-zA-Z0-9 .,:;!?()«»\"'’–—\\-•\n\r]{0,500}",
        lang in language(),
        date in published(),
    ) {
        run(&body, lang, date, None)?;
    }

    #[test]
    fn reports_from_a_vocabulary(body in vocab_text(), lang in language(), date in published(), src in source()) {
        run(&body, lang, date, src.as_deref())?;
    }

    #[test]
    fn vocabulary_with_arbitrary_insertions(
        body in vocab_text(),
        noise in any::<String>(),
        at in any::<prop::sample::Index>(),
        date in published(),
    ) {
        // Noise spliced at a char boundary of a realistic text.
        let cut = body.char_indices().map(|(i, _)| i).chain([body.len()]).collect::<Vec<_>>();
        let i = cut[at.index(cut.len())];
        let text = format!("{}{}{}", &body[..i], noise, &body[i..]);
        run(&text, None, date, None)?;
    }
}

#[test]
fn edge_cases() {
    let date = NaiveDate::from_ymd_opt(2024, 2, 29);
    for body in [
        "",
        " ",
        "\n",
        "\r\n\r\n",
        "---",
        "\u{feff}",
        "0",
        "99999999999999999999999999999999999999 на 99999999999999999999999999999999999999",
        "1 000 000 000 000 000 000 000 000",
        "понад",
        "обмін",
        ".",
        "…",
        "Сьогодні",
        "Нагадаємо, 31 лютого відбувся обмін 95 на 95.",
        "🇺🇦🇺🇦🇺🇦 обмін 👇\n• 95 ЗСУ;\n•\n•",
        "Read also: 100 bodies\n",
        "наймолодшому незабаром виповниться 0",
        "the youngest will turn 0 soon",
    ] {
        for lang in [None, Some(Lang::Uk), Some(Lang::Ru), Some(Lang::En)] {
            for published in [
                None,
                date,
                NaiveDate::from_ymd_opt(1, 1, 1),
                NaiveDate::from_ymd_opt(9999, 12, 31),
            ] {
                if let Err(e) = run(body, lang, published, Some("Минобороны России"))
                {
                    panic!("{body:?} {lang:?} {published:?}: {e}");
                }
            }
        }
    }
}
