//! Evidence over the annotated fixtures of `tests/data/{uk,ru,en}`: every filled
//! field of every event points at text that is inside the body and that states
//! the fact (a count's evidence contains its number, a branch's evidence names the
//! branch, a mediator's evidence names the state).
//!
//! Exceptions, exactly as the extractor documents and builds them:
//! - `date` of the main event may have no span when it falls back to `published`
//!   (the spec's "when it dates neither, the main event takes the published date");
//! - a source key read from the front matter's `source` (the author of a
//!   first-person post) has no span in the body; all other sources have one;
//! - `kind` of the main event is `[{0,0}]` when no lead sentence names the kind
//!   (see `known_gap_default_kind_has_empty_span` in `behaviour.rs`).

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde_json::Value;
use swapledger_extract::{extract, Event, Input, Report};
use swapledger_text::numbers::find_numbers;
use swapledger_text::ordinals::find_ordinals;
use swapledger_text::{tokenize, Lang, Span};

/// One fixture: its body and the metadata of its front matter.
struct Fixture {
    name: String,
    path: PathBuf,
    body: String,
    language: Option<Lang>,
    published: Option<NaiveDate>,
    source: Option<String>,
    url: Option<String>,
}

impl Fixture {
    fn input(&self) -> Input<'_> {
        Input {
            body: &self.body,
            language: self.language,
            published: self.published,
            source: self.source.as_deref(),
            url: self.url.as_deref(),
            path: None,
        }
    }

    fn lang(&self) -> Lang {
        self.language.unwrap_or(Lang::Uk)
    }
}

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data")
}

/// Split front matter the simple way: a first line `---`, then `key: value`
/// lines up to the next line that is exactly `---`; the body is what follows.
fn parse(name: String, path: PathBuf, text: &str) -> Fixture {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut fx = Fixture {
        name,
        path,
        body: text.to_string(),
        language: None,
        published: None,
        source: None,
        url: None,
    };
    let mut lines = text.split_inclusive('\n');
    let Some(first) = lines.next() else { return fx };
    if first.trim_end_matches(['\r', '\n']) != "---" {
        return fx;
    }
    let mut offset = first.len();
    for line in lines {
        offset += line.len();
        let bare = line.trim_end_matches(['\r', '\n']);
        if bare == "---" {
            fx.body = text[offset..].to_string();
            return fx;
        }
        let Some((key, value)) = bare.split_once(':') else {
            continue;
        };
        let value = value.trim().to_string();
        match key.trim() {
            "language" => fx.language = Lang::from_code(&value),
            "published" => fx.published = NaiveDate::parse_from_str(&value, "%Y-%m-%d").ok(),
            "source" => fx.source = Some(value),
            "url" => fx.url = Some(value),
            _ => {}
        }
    }
    // No closing line: the whole text is the body.
    fx.body = text.to_string();
    fx
}

fn fixtures() -> Vec<Fixture> {
    let mut out = Vec::new();
    for lang in ["uk", "ru", "en"] {
        let dir = data_dir().join(lang);
        let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
            .map(|e| e.expect("directory entry").path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        paths.sort();
        for p in paths {
            let text = std::fs::read_to_string(&p)
                .unwrap_or_else(|e| panic!("reading {}: {e}", p.display()));
            let name = p
                .file_stem()
                .expect("file name")
                .to_string_lossy()
                .to_string();
            out.push(parse(name, p, &text));
        }
    }
    out
}

fn chars(body: &str) -> usize {
    body.chars().count()
}

fn slice(body: &str, s: Span) -> String {
    body.chars().skip(s.start).take(s.len()).collect()
}

/// Lowercase, `ё` as `е`, typographic apostrophes as `'`.
fn fold(text: &str) -> String {
    text.to_lowercase()
        .replace('ё', "е")
        .replace(['’', 'ʼ', '`'], "'")
}

/// True when some word of `text` starts with one of `stems` (already folded).
fn names_any(text: &str, stems: &[&str]) -> bool {
    let t = fold(text);
    stems.iter().any(|stem| {
        t.match_indices(stem).any(|(i, _)| {
            t[..i]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric())
        })
    })
}

fn branch_stems(branch: &str) -> &'static [&'static str] {
    match branch {
        "armed_forces" => &[
            "зсу",
            "всу",
            "збройн",
            "вооружен",
            "armed forces",
            "afu",
            "zsu",
        ],
        "navy" => &["вмс", "військово-морськ", "военно-морск", "navy", "naval"],
        "marines" => &["морськ", "морпіх", "морск", "морпех", "marine"],
        "land_forces" => &["сухопутн", "land forces"],
        "air_force" => &["повітрян", "воздушн", "air force"],
        "air_assault" => &["дшв", "десантн", "десант", "air assault", "air-assault"],
        "territorial_defense" => &[
            "тро",
            "тероборон",
            "територіальн",
            "территориальн",
            "territorial",
        ],
        "unmanned_systems" => &["безпілот", "беспилот", "сбс", "unmanned"],
        "national_guard" => &["нгу", "нацгвард", "гвард", "national guard", "guardsm"],
        "border_guard" => &[
            "дпсу",
            "прикордон",
            "держприкордон",
            "погранич",
            "госпогран",
            "border",
        ],
        "national_police" => &["нацполіц", "нацполиц", "поліц", "полиц", "police", "нпу"],
        "special_transport" => &[
            "дсст",
            "спецтранспорт",
            "спецтранс",
            "госспецтранс",
            "держспецтранс",
            "special transport",
        ],
        "sbu" => &["сбу", "security service"],
        "special_operations" => &[
            "ссо",
            "спеціальних операцій",
            "специальных операций",
            "special operations",
        ],
        "emergency_service" => &["дснс", "рятувальн", "мчс", "спасател", "emergency"],
        other => panic!("unknown branch key {other}"),
    }
}

fn mediator_stems(state: &str) -> &'static [&'static str] {
    match state {
        "AE" => &["емірат", "эмират", "emirat", "оае", "оаэ", "uae"],
        "TR" => &[
            "туреччин",
            "турецьк",
            "турци",
            "турецк",
            "turkey",
            "türkiye",
            "turkish",
        ],
        "SA" => &["саудівськ", "саудовск", "saudi"],
        "QA" => &["катар", "qatar"],
        "VA" => &[
            "ватикан",
            "vatican",
            "holy see",
            "святий престол",
            "святого престол",
            "святой престол",
        ],
        "US" => &["сша", "united states", "usa", "сполучен", "соединенн"],
        _ => &[],
    }
}

fn source_stems(key: &str) -> &'static [&'static str] {
    match key {
        "zelensky" => &["зеленськ", "зеленск", "zelensk"],
        "yermak" => &["єрмак", "ермак", "yermak"],
        "budanov" => &["буданов", "budanov"],
        "lubinets" => &["лубінц", "лубінець", "лубинц", "лубинец", "lubinets"],
        "umerov" => &["умєров", "умеров", "umerov"],
        "coordination_hq" => &["коордштаб", "координаційн", "координационн", "coordination"],
        "hur" => &["гур", "розвідк", "разведк", "intelligence", "hur", "gur"],
        "ombudsman_ru" => &["москальков", "moskalkova"],
        "mod_ru" => &[
            "минобороны",
            "міноборони",
            "министерств",
            "міністерств",
            "ministry of defen",
            "defen",
        ],
        _ => &[],
    }
}

/// Digit runs of `text` as numbers, each run alone and grouped runs joined
/// ("1 000", "3,672", "1.000", "3 135" give 1000, 3672, 1000, 3135).
fn digit_values(text: &str) -> Vec<u64> {
    let cs: Vec<char> = text.chars().collect();
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < cs.len() {
        if cs[i].is_ascii_digit() {
            let s = i;
            while i < cs.len() && cs[i].is_ascii_digit() {
                i += 1;
            }
            runs.push((s, i));
        } else {
            i += 1;
        }
    }
    let is_sep = |c: char| {
        matches!(
            c,
            ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' | ',' | '.' | '\'' | '’'
        )
    };
    let digits = |(s, e): (usize, usize)| cs[s..e].iter().collect::<String>();
    let mut out = Vec::new();
    for k in 0..runs.len() {
        let mut joined = digits(runs[k]);
        if let Ok(v) = joined.parse() {
            out.push(v);
        }
        for j in k + 1..runs.len() {
            let (prev_end, (s, e)) = (runs[j - 1].1, runs[j]);
            if s != prev_end + 1 || !is_sep(cs[prev_end]) || e - s != 3 {
                break;
            }
            joined.push_str(&digits(runs[j]));
            if let Ok(v) = joined.parse() {
                out.push(v);
            }
        }
    }
    out
}

/// True when `text` states `value` in digits or in words (with `approx` when given).
fn states_number(text: &str, lang: Lang, value: u64, approx: Option<&str>) -> bool {
    let found = find_numbers(&tokenize(text), lang);
    match approx {
        Some(a) => found
            .iter()
            .any(|n| n.value == value && n.approx.map(|x| x.as_str()) == Some(a)),
        None => digit_values(text).contains(&value) || found.iter().any(|n| n.value == value),
    }
}

/// All numbers of the body (digits and words), for derived counts.
fn body_numbers(body: &str, lang: Lang) -> Vec<u64> {
    let mut v: Vec<u64> = find_numbers(&tokenize(body), lang)
        .iter()
        .map(|n| n.value)
        .collect();
    v.extend(digit_values(body));
    v.sort_unstable();
    v.dedup();
    v
}

const REST_OR_ALL: &[&str] = &[
    "решт",
    "остальн",
    "the rest",
    "remaining",
    "all of them",
    "усі вони",
    "всі вони",
    "все они",
];

fn spans_of(v: &Value) -> Option<Vec<Span>> {
    v.as_array()?
        .iter()
        .map(|s| {
            let start = s.get("start")?.as_u64()? as usize;
            let end = s.get("end")?.as_u64()? as usize;
            Some(Span::new(start, end))
        })
        .collect()
}

fn count_of(v: &Value) -> Option<(u64, Option<String>)> {
    match v {
        Value::Number(n) => Some((n.as_u64()?, None)),
        Value::Object(o) => Some((
            o.get("value")?.as_u64()?,
            Some(o.get("approx")?.as_str()?.to_string()),
        )),
        _ => None,
    }
}

const COUNT_FIELDS: &[&str] = &[
    "to_ukraine",
    "to_russia",
    "military",
    "civilians",
    "officers",
    "enlisted",
    "women",
    "wounded",
    "cumulative_exchanges",
    "cumulative_to_ukraine",
];

/// Fields that are facts (everything but `role`, `evidence` and the unscored `checks`).
fn fact_keys(event: &Value) -> Vec<String> {
    event
        .as_object()
        .expect("event object")
        .keys()
        .filter(|k| !matches!(k.as_str(), "role" | "evidence" | "checks"))
        .cloned()
        .collect()
}

fn run(fx: &Fixture) -> (Report, Value) {
    let report = extract(&fx.input());
    let json = report.to_json();
    (report, json)
}

/// Runs `check` over every fixture and fails with every problem found.
fn for_each_fixture(check: impl Fn(&Fixture, &Report, &Value, &mut Vec<String>)) {
    let all = fixtures();
    let mut problems = Vec::new();
    for fx in &all {
        let (report, json) = run(fx);
        let mut p = Vec::new();
        check(fx, &report, &json, &mut p);
        problems.extend(p.into_iter().map(|m| format!("{}: {m}", fx.name)));
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

fn events(json: &Value) -> &Vec<Value> {
    json.get("events")
        .and_then(Value::as_array)
        .expect("events array")
}

#[test]
fn fixtures_exist_and_their_bodies_are_what_the_gold_ids_hash() {
    use sha2::{Digest, Sha256};
    let all = fixtures();
    for lang in ["uk", "ru", "en"] {
        let n = all.iter().filter(|f| f.name.starts_with(lang)).count();
        assert!(
            n >= 6,
            "only {n} {lang} fixtures under {}",
            data_dir().display()
        );
    }
    for fx in &all {
        assert!(
            fx.published.is_some(),
            "{}: no published date in the front matter",
            fx.name
        );
        assert!(
            fx.language.is_some(),
            "{}: no language in the front matter",
            fx.name
        );
        assert!(
            !fx.body.starts_with("---"),
            "{}: front matter left in the body",
            fx.name
        );
        let id: String = Sha256::digest(fx.body.as_bytes())
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        let report = extract(&fx.input());
        assert_eq!(
            report.document.id, id,
            "{}: document.id is not the sha256 of the body",
            fx.name
        );
        let gold = fx.path.with_file_name(format!("{}.gold.json", fx.name));
        if let Ok(text) = std::fs::read_to_string(&gold) {
            let gold: Value = serde_json::from_str(&text).expect("gold JSON");
            assert_eq!(
                gold.pointer("/document/id").and_then(Value::as_str),
                Some(id.as_str()),
                "{}: the gold's document.id is not the sha256 of the body parsed here",
                fx.name
            );
        }
    }
}

#[test]
fn every_fixture_has_a_main_event_first() {
    for_each_fixture(|_, report, json, p| {
        let ev = events(json);
        if ev.is_empty() {
            p.push("no events".into());
            return;
        }
        if ev[0]["role"] != "main" {
            p.push(format!("first event is {}", ev[0]["role"]));
        }
        if ev.len() != report.events.len() {
            p.push("JSON and Report disagree on the number of events".into());
        }
    });
}

#[test]
fn every_filled_field_has_evidence_inside_the_body() {
    for_each_fixture(|fx, report, json, p| {
        let n = chars(&fx.body);
        for (i, event) in events(json).iter().enumerate() {
            let Some(evidence) = event.get("evidence").and_then(Value::as_object) else {
                p.push(format!("event {i}: no evidence object"));
                continue;
            };
            let keys = fact_keys(event);
            for key in evidence.keys() {
                if !keys.contains(key) {
                    p.push(format!(
                        "event {i}: evidence for {key}, which is not filled"
                    ));
                }
            }
            for key in &keys {
                let Some(spans) = evidence.get(key).and_then(spans_of) else {
                    p.push(format!("event {i}: {key} has no evidence list"));
                    continue;
                };
                for s in &spans {
                    if s.start > s.end || s.end > n {
                        p.push(format!(
                            "event {i}: {key} span {s:?} outside the body of {n} chars"
                        ));
                    }
                }
                let real: Vec<&Span> = spans.iter().filter(|s| !s.is_empty()).collect();
                match key.as_str() {
                    // The main event's date falls back to `published` with no span.
                    "date" if spans.is_empty() => {
                        let published = fx.published.map(|d| d.format("%Y-%m-%d").to_string());
                        if i != 0 || event["date"].as_str() != published.as_deref() {
                            p.push(format!(
                                "event {i}: date {} without evidence is not the main event's published date",
                                event["date"]
                            ));
                        }
                    }
                    // Checked per key below: front-matter sources have no span.
                    "sources" => {}
                    // The main event's default kind: exactly one empty span at 0.
                    "kind" if real.is_empty() => {
                        if !(i == 0 && event["kind"] == "exchange" && spans == [Span::new(0, 0)]) {
                            p.push(format!(
                                "event {i}: kind {} has no evidence: {spans:?}",
                                event["kind"]
                            ));
                        }
                    }
                    _ => {
                        if spans.is_empty() || real.len() != spans.len() {
                            p.push(format!("event {i}: {key} has empty evidence {spans:?}"));
                        }
                    }
                }
            }
            // Sources: a span for every key, except keys of the front matter's `source`.
            let ev: &Event = &report.events[i];
            for (key, fact) in &ev.sources {
                if fact.evidence.iter().any(|s| s.is_empty()) {
                    p.push(format!(
                        "event {i}: source {key} has an empty span {:?}",
                        fact.evidence
                    ));
                }
                if fact.evidence.is_empty() {
                    let from_front = i == 0
                        && fx
                            .source
                            .as_deref()
                            .is_some_and(|s| names_any(s, source_stems(key)));
                    if !from_front {
                        p.push(format!(
                            "event {i}: source {key} has no span and is not named by the front matter's source {:?}",
                            fx.source
                        ));
                    }
                }
            }
            let json_sources = event
                .get("sources")
                .and_then(Value::as_array)
                .map_or(0, Vec::len);
            if json_sources != ev.sources.len() {
                p.push(format!("event {i}: JSON and Report disagree on sources"));
            }
        }
    });
}

#[test]
fn count_evidence_states_the_number() {
    for_each_fixture(|fx, _, json, p| {
        let lang = fx.lang();
        let numbers = body_numbers(&fx.body, lang);
        for (i, event) in events(json).iter().enumerate() {
            for field in COUNT_FIELDS {
                let Some(v) = event.get(*field) else { continue };
                let Some((value, approx)) = count_of(v) else {
                    p.push(format!("event {i}: {field} is not a Count: {v}"));
                    continue;
                };
                if let Some(a) = &approx {
                    if !matches!(a.as_str(), "over" | "about" | "under") {
                        p.push(format!("event {i}: {field} has approx {a:?}"));
                    }
                }
                let spans = spans_of(&event["evidence"][*field]).unwrap_or_default();
                if spans.is_empty() {
                    p.push(format!("event {i}: {field} {value} has no evidence"));
                }
                // Spec arithmetic: "the rest" is total minus part, "all of them" the total.
                let is_derived = |text: &str| {
                    names_any(text, REST_OR_ALL)
                        && (numbers.contains(&value)
                            || numbers
                                .iter()
                                .any(|&a| numbers.iter().any(|&b| a > b && a - b == value)))
                };
                let derived_value = spans.iter().any(|&s| is_derived(&slice(&fx.body, s)));
                for s in spans {
                    let text = slice(&fx.body, s);
                    if states_number(&text, lang, value, approx.as_deref()) {
                        continue;
                    }
                    // A derived value also cites the figures it was computed from: each of
                    // those spans must state a number of its own.
                    let operand = derived_value && !find_numbers(&tokenize(&text), lang).is_empty();
                    if !is_derived(&text) && !operand {
                        p.push(format!(
                            "event {i}: {field} {value}{} not stated by its evidence {s:?} {text:?}",
                            approx.as_deref().map(|a| format!(" ({a})")).unwrap_or_default()
                        ));
                    }
                }
            }
        }
    });
}

#[test]
fn age_and_ordinal_evidence_states_the_number() {
    const WILL_TURN: &[&str] = &[
        "виповн",
        "исполн",
        "will turn",
        "turns",
        "turning",
        "незабаром",
        "скоро",
        "вскоре",
        "soon",
    ];
    for_each_fixture(|fx, report, _, p| {
        let lang = fx.lang();
        for (i, ev) in report.events.iter().enumerate() {
            for (name, fact) in [("oldest", &ev.oldest), ("youngest", &ev.youngest)] {
                let Some(fact) = fact else { continue };
                if fact.evidence.is_empty() {
                    p.push(format!("event {i}: {name} has no evidence"));
                }
                for &s in &fact.evidence {
                    let text = slice(&fx.body, s);
                    let ok = states_number(&text, lang, fact.value, None)
                        || (name == "youngest"
                            && states_number(&text, lang, fact.value + 1, None)
                            && names_any(&text, WILL_TURN));
                    if !ok {
                        p.push(format!(
                            "event {i}: {name} {} not stated by {s:?} {text:?}",
                            fact.value
                        ));
                    }
                }
            }
            if let Some(o) = &ev.ordinal {
                if o.evidence.is_empty() {
                    p.push(format!("event {i}: ordinal has no evidence"));
                }
                for &s in &o.evidence {
                    let text = slice(&fx.body, s);
                    let ok = digit_values(&text).contains(&o.value)
                        || find_ordinals(&tokenize(&text), lang)
                            .iter()
                            .any(|x| x.value == o.value);
                    if !ok {
                        p.push(format!(
                            "event {i}: ordinal {} not stated by {s:?} {text:?}",
                            o.value
                        ));
                    }
                }
            }
        }
    });
}

#[test]
fn branch_evidence_names_the_branch() {
    for_each_fixture(|fx, report, json, p| {
        let lang = fx.lang();
        for (i, ev) in report.events.iter().enumerate() {
            let event = &json["events"][i];
            // The JSON's `branches` evidence is the union of every branch's spans.
            let mut union: Vec<Span> = ev
                .branches
                .values()
                .flat_map(|f| f.evidence.iter().copied())
                .collect();
            union.sort();
            union.dedup();
            if !ev.branches.is_empty() && spans_of(&event["evidence"]["branches"]) != Some(union) {
                p.push(format!(
                    "event {i}: JSON branches evidence is not the union of the branches' spans"
                ));
            }
            for (branch, fact) in &ev.branches {
                if event["branches"][*branch].is_null() {
                    p.push(format!("event {i}: branch {branch} missing from the JSON"));
                }
                if fact.evidence.is_empty() {
                    p.push(format!("event {i}: branches.{branch} has no evidence"));
                }
                let approx = fact.value.approx.map(|a| a.as_str());
                for &s in &fact.evidence {
                    let text = slice(&fx.body, s);
                    if !names_any(&text, branch_stems(branch)) {
                        p.push(format!(
                            "event {i}: branches.{branch} evidence {s:?} {text:?} does not name it"
                        ));
                    }
                    if !states_number(&text, lang, fact.value.value, approx) {
                        p.push(format!(
                            "event {i}: branches.{branch} = {} not stated by {s:?} {text:?}",
                            fact.value.value
                        ));
                    }
                }
            }
            for (branch, fact) in &ev.branches_mentioned {
                if fact.evidence.is_empty() {
                    p.push(format!(
                        "event {i}: branches_mentioned {branch} has no evidence"
                    ));
                }
                for &s in &fact.evidence {
                    let text = slice(&fx.body, s);
                    if !names_any(&text, branch_stems(branch)) {
                        p.push(format!("event {i}: branches_mentioned {branch}: {s:?} {text:?} does not name it"));
                    }
                }
            }
            // A branch with a number is a branch mentioned.
            for branch in ev.branches.keys() {
                if !ev.branches_mentioned.contains_key(branch) {
                    p.push(format!(
                        "event {i}: branches.{branch} is not in branches_mentioned"
                    ));
                }
            }
        }
    });
}

#[test]
fn mediator_evidence_names_the_state() {
    for_each_fixture(|fx, report, _, p| {
        for (i, ev) in report.events.iter().enumerate() {
            for (state, fact) in &ev.mediators {
                let stems = mediator_stems(state);
                if stems.is_empty() {
                    p.push(format!(
                        "event {i}: mediator {state} is not a state this test knows"
                    ));
                    continue;
                }
                if fact.evidence.is_empty() {
                    p.push(format!("event {i}: mediator {state} has no evidence"));
                }
                if !fact
                    .evidence
                    .iter()
                    .any(|&s| names_any(&slice(&fx.body, s), stems))
                {
                    let texts: Vec<String> =
                        fact.evidence.iter().map(|&s| slice(&fx.body, s)).collect();
                    p.push(format!(
                        "event {i}: no evidence of mediator {state} names it: {texts:?}"
                    ));
                }
            }
        }
    });
}

#[test]
fn date_evidence_is_a_date_in_the_text() {
    for_each_fixture(|fx, report, _, p| {
        for (i, ev) in report.events.iter().enumerate() {
            let Some(d) = &ev.date else { continue };
            for &s in &d.evidence {
                let text = slice(&fx.body, s);
                let found = swapledger_text::dates::find_dates(&tokenize(&text), fx.lang());
                if found.is_empty() {
                    p.push(format!(
                        "event {i}: date {} evidence {s:?} {text:?} holds no date",
                        d.value
                    ));
                }
            }
        }
    });
}

// The helpers above must be able to fail: they are tests' tests.
#[test]
fn helpers_reject_what_they_should() {
    assert!(states_number(
        "повернулися 3 135 українців",
        Lang::Uk,
        3135,
        None
    ));
    assert!(states_number("3,672 people", Lang::En, 3672, None));
    assert!(states_number("двісті сім захисників", Lang::Uk, 207, None));
    assert!(states_number(
        "понад 3 тис. людей",
        Lang::Uk,
        3000,
        Some("over")
    ));
    assert!(!states_number(
        "понад 3 тис. людей",
        Lang::Uk,
        3000,
        Some("about")
    ));
    assert!(!states_number("95 на 95", Lang::Ru, 9595, None));
    assert!(!states_number("1950 року", Lang::Uk, 95, None));
    assert!(!states_number(
        "повернулися 207 українців",
        Lang::Uk,
        20,
        None
    ));
    assert!(names_any("бійців ЗСУ", branch_stems("armed_forces")));
    assert!(names_any(
        "Національної гвардії",
        branch_stems("national_guard")
    ));
    assert!(!names_any(
        "строковики",
        branch_stems("territorial_defense")
    ));
    assert!(!names_any("прикордонники", branch_stems("armed_forces")));
    assert!(names_any(
        "Минобороны России (Telegram)",
        source_stems("mod_ru")
    ));
    assert!(!names_any("Ukrinform", source_stems("zelensky")));
    let f = parse(
        "x".into(),
        PathBuf::new(),
        "\u{feff}---\r\nlanguage: ru\r\npublished: 2024-10-18\r\n---\r\nТекст\r\n",
    );
    assert_eq!(f.body, "Текст\r\n");
    assert_eq!(f.language, Some(Lang::Ru));
    assert_eq!(f.published, NaiveDate::from_ymd_opt(2024, 10, 18));
    let g = parse("y".into(), PathBuf::new(), "Без front matter\n---\n");
    assert_eq!(g.body, "Без front matter\n---\n");
}
