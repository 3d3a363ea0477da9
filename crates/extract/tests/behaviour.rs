//! Behaviours that `report-v1` names, on small hand-written reports in Ukrainian,
//! Russian and English (written for these tests, not copied from anywhere).
//!
//! Assertions are on what the spec says, field by field, not on whole reports,
//! so that other fields may change without touching these tests.
//!
//! Where today's extractor gets a case wrong, the case is in a `known_gap_*`
//! test that asserts today's output under a `FIXME:` saying what the right
//! answer is. When a fix lands such a test fails: move the case to the tests
//! above it with the right answer.

use chrono::NaiveDate;
use serde_json::Value;
use swapledger_extract::{extract, Input};
use swapledger_text::Lang;

fn report(lang: Lang, published: &str, source: &str, body: &str) -> Value {
    let published = NaiveDate::parse_from_str(published, "%Y-%m-%d").expect("date");
    extract(&Input {
        body,
        language: Some(lang),
        published: Some(published),
        source: Some(source),
        url: None,
        path: None,
    })
    .to_json()
}

fn events(r: &Value) -> &Vec<Value> {
    r["events"].as_array().expect("events")
}

/// The main event: the first one, with role `main`.
fn main_event(r: &Value) -> &Value {
    let ev = &events(r)[0];
    assert_eq!(ev["role"], "main", "first event is not main: {r:#}");
    ev
}

/// The only background event of `kind`.
fn background(r: &Value, kind: &str) -> Value {
    let found: Vec<&Value> = events(r)
        .iter()
        .filter(|e| e["role"] == "background" && e["kind"] == kind)
        .collect();
    assert_eq!(
        found.len(),
        1,
        "expected one background {kind} event: {r:#}"
    );
    found[0].clone()
}

fn exact(ev: &Value, field: &str, value: u64) {
    assert_eq!(
        ev.get(field),
        Some(&Value::from(value)),
        "{field} should be {value}: {ev:#}"
    );
}

fn approx(ev: &Value, field: &str, value: u64, approx: &str) {
    let want = serde_json::json!({"value": value, "approx": approx});
    assert_eq!(
        ev.get(field),
        Some(&want),
        "{field} should be {want}: {ev:#}"
    );
}

fn absent(ev: &Value, field: &str) {
    assert!(
        ev.get(field).is_none_or(Value::is_null),
        "{field} should be absent: {ev:#}"
    );
}

fn list(ev: &Value, field: &str) -> Vec<String> {
    ev.get(field)
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

/// The text of the first evidence span of `field`.
fn evidence_text(body: &str, ev: &Value, field: &str) -> String {
    let s = &ev["evidence"][field][0];
    let (start, end) = (
        s["start"].as_u64().expect("start") as usize,
        s["end"].as_u64().expect("end") as usize,
    );
    body.chars().skip(start).take(end - start).collect()
}

/// No event of the report carries `value` in any count field.
fn nowhere(r: &Value, value: u64) {
    for ev in events(r) {
        for (k, v) in ev.as_object().expect("event") {
            let n = v
                .as_u64()
                .or_else(|| v.get("value").and_then(Value::as_u64));
            assert!(
                n != Some(value) || k == "ordinal",
                "{value} should not be a count ({k}): {r:#}"
            );
        }
    }
}

// ---------------------------------------------------------------- Ukrainian

const UK_TODAY: &str = "Україна повернула з полону 207 захисників

Сьогодні відбувся 50-й обмін полоненими. Додому повернулися 207 українців. Наймолодшому незабаром виповниться 21, найстаршому – 61 рік.

Дякую Об'єднаним Арабським Еміратам за допомогу в поверненні наших людей.

Загалом від початку повномасштабного вторгнення з полону вдалося повернути понад 3 тис. українців.
";

#[test]
fn uk_today_resolves_to_published() {
    let r = report(Lang::Uk, "2024-01-31", "Укрінформ", UK_TODAY);
    let m = main_event(&r);
    assert_eq!(m["kind"], "exchange");
    assert_eq!(m["date"], "2024-01-31");
    assert!(
        evidence_text(UK_TODAY, m, "date").contains("Сьогодні"),
        "{m:#}"
    );
    exact(m, "to_ukraine", 207);
    exact(m, "ordinal", 50);
}

#[test]
fn uk_will_turn_21_soon_is_20() {
    let r = report(Lang::Uk, "2024-01-31", "Укрінформ", UK_TODAY);
    let m = main_event(&r);
    exact(m, "youngest", 20);
    exact(m, "oldest", 61);
}

#[test]
fn uk_ponad_3_tys_is_over_3000_cumulative() {
    let r = report(Lang::Uk, "2024-01-31", "Укрінформ", UK_TODAY);
    let m = main_event(&r);
    approx(m, "cumulative_to_ukraine", 3000, "over");
    assert!(
        evidence_text(UK_TODAY, m, "cumulative_to_ukraine").contains("понад 3 тис"),
        "{m:#}"
    );
    // The running total is not a figure of the day.
    exact(m, "to_ukraine", 207);
}

#[test]
fn uk_thanks_to_a_state_makes_a_mediator_not_a_source() {
    let r = report(Lang::Uk, "2024-01-31", "Укрінформ", UK_TODAY);
    let m = main_event(&r);
    assert_eq!(list(m, "mediators"), ["AE"]);
    assert!(
        !list(m, "sources").contains(&"mediator".to_string()),
        "{m:#}"
    );
}

#[test]
fn uk_nahadaiemo_opens_a_dated_background_event() {
    let body = "З полону повернулися 75 захисників

Сьогодні, 31 травня, відбувся обмін полоненими. Додому повернулися 75 наших людей, повідомив Президент України Володимир Зеленський.

Нагадаємо, 14 квітня з російського полону повернули 100 українських військових.
";
    let r = report(Lang::Uk, "2024-05-31", "Суспільне", body);
    let m = main_event(&r);
    assert_eq!(m["date"], "2024-05-31");
    exact(m, "to_ukraine", 75);
    assert_eq!(list(m, "sources"), ["zelensky"]);
    let b = background(&r, "exchange");
    assert_eq!(b["date"], "2024-04-14");
    exact(&b, "to_ukraine", 100);
    assert_eq!(events(&r).len(), 2, "{r:#}");
}

#[test]
fn uk_read_also_numbers_are_ignored() {
    let body = "Україна повернула з полону 90 захисників

Сьогодні відбувся обмін полоненими: додому повернулися 90 українців.

Читайте також: Росія зірвала обмін 192 на 192 — деталі

Серед звільнених є захисники Маріуполя.
";
    let r = report(Lang::Uk, "2024-06-25", "РБК-Україна", body);
    let m = main_event(&r);
    exact(m, "to_ukraine", 90);
    absent(m, "to_russia");
    nowhere(&r, 192);
    assert_eq!(events(&r).len(), 1, "{r:#}");
    assert!(events(&r).iter().all(|e| e["kind"] != "disrupted"), "{r:#}");
}

#[test]
fn uk_disrupted_exchange_is_a_background_event_with_its_figures() {
    let body = "Відбувся 51-й обмін полоненими

Сьогодні з російського полону повернулися 100 українських захисників.

Нагадаємо, 24 січня Росія зірвала обмін полоненими 192 на 192.
";
    let r = report(Lang::Uk, "2024-02-08", "Укрінформ", body);
    let m = main_event(&r);
    assert_eq!(m["kind"], "exchange");
    exact(m, "to_ukraine", 100);
    exact(m, "ordinal", 51);
    let d = background(&r, "disrupted");
    assert_eq!(d["date"], "2024-01-24");
    exact(&d, "to_ukraine", 192);
    exact(&d, "to_russia", 192);
}

#[test]
fn uk_repatriation_of_bodies_is_the_main_event() {
    let body = "Україні повернули тіла 757 загиблих

Сьогодні в Україну повернули тіла 757 загиблих військовослужбовців, повідомив Координаційний штаб з питань поводження з військовополоненими.
";
    let r = report(Lang::Uk, "2025-02-28", "Укрінформ", body);
    let m = main_event(&r);
    assert_eq!(m["kind"], "repatriation");
    assert_eq!(m["date"], "2025-02-28");
    exact(m, "to_ukraine", 757);
    assert_eq!(list(m, "sources"), ["coordination_hq"]);
    assert!(events(&r).iter().all(|e| e["kind"] != "exchange"), "{r:#}");
}

#[test]
fn uk_officers_enlisted_military_civilians_and_cumulative_exchanges() {
    let body = "Україна повернула з полону 189 захисників

Сьогодні відбувся 60-й обмін полоненими. Додому повернулися 150 військових та 39 цивільних.

Серед звільнених – 12 офіцерів та 138 осіб рядового і сержантського складу. Серед них бійці ЗСУ, Національної гвардії та прикордонники.

Загалом від початку повномасштабного вторгнення відбулося 60 обмінів.
";
    let r = report(Lang::Uk, "2024-12-30", "Укрінформ", body);
    let m = main_event(&r);
    exact(m, "military", 150);
    exact(m, "civilians", 39);
    exact(m, "officers", 12);
    exact(m, "enlisted", 138);
    exact(m, "ordinal", 60);
    exact(m, "cumulative_exchanges", 60);
    let mut b = list(m, "branches_mentioned");
    b.sort();
    assert_eq!(b, ["armed_forces", "border_guard", "national_guard"]);
    // Named without numbers: no branch counts.
    absent(m, "branches");
}

#[test]
fn uk_words_sotniu_and_dvisti_sim_are_counts() {
    let body = "Вчора в межах 51-го обміну з російського полону вдалося повернути сотню українських військових. Обмін відбувся у форматі 100 на 100.";
    let r = report(Lang::Uk, "2024-02-09", "Укрінформ", body);
    let m = main_event(&r);
    assert_eq!(m["date"], "2024-02-08", "вчора is the day before published");
    exact(m, "to_ukraine", 100);
    exact(m, "to_russia", 100);
    exact(m, "ordinal", 51);

    let body = "Повертаємо наших. Сьогодні додому повернулися двісті сім українців. Дякую всім, хто працював на результат.";
    let r = report(
        Lang::Uk,
        "2024-01-31",
        "Telegram-канал Володимира Зеленського",
        body,
    );
    let m = main_event(&r);
    exact(m, "to_ukraine", 207);
    // The author of a first-person post, named by the front matter, is the source.
    assert_eq!(list(m, "sources"), ["zelensky"]);
}

#[test]
fn uk_po_84_gives_each_side_and_splits_military_from_civilians() {
    let body = "Україна та Росія провели обмін полоненими у форматі 84 на 84

Сьогодні сторони обміняли по 84 полонених. Серед звільнених – 33 військових та 51 цивільний.
";
    let r = report(Lang::Uk, "2025-08-14", "Суспільне", body);
    let m = main_event(&r);
    exact(m, "to_ukraine", 84);
    exact(m, "to_russia", 84);
    exact(m, "military", 33);
    exact(m, "civilians", 51);
}

#[test]
fn uk_stage_of_a_formula_deal_is_not_its_count() {
    let body = "Третій етап обміну 1000 на 1000: додому повернулися 303 захисники

Сьогодні відбувся третій етап обміну 1000 на 1000. Додому повернулися 303 українські захисники.
";
    let r = report(Lang::Uk, "2025-05-25", "Укрінформ", body);
    let m = main_event(&r);
    exact(m, "to_ukraine", 303);
    absent(m, "ordinal");
    nowhere(&r, 1000);
}

#[test]
fn uk_a_month_without_a_day_is_not_a_date() {
    let body = "Наприкінці квітня з полону повернулися 246 українців. Сьогодні Україна повернула ще 205 захисників.";
    let r = report(Lang::Uk, "2025-05-06", "Укрінформ", body);
    let m = main_event(&r);
    assert_eq!(m["date"], "2025-05-06");
    exact(m, "to_ukraine", 205);
    let b = background(&r, "exchange");
    exact(&b, "to_ukraine", 246);
    absent(&b, "date");
}

// ---------------------------------------------------------------- Russian

const RU_MOD: &str = "18 октября в результате переговорного процесса из плена возвращены 95 российских военнослужащих. В обмен украинской стороне переданы 95 военнопленных ВСУ.

Гуманитарное посредничество в возвращении российских военных оказали Объединённые Арабские Эмираты.
";

#[test]
fn ru_mod_report_reads_both_sides_from_the_receivers_perspective() {
    let r = report(
        Lang::Ru,
        "2024-10-18",
        "Минобороны России (Telegram)",
        RU_MOD,
    );
    let m = main_event(&r);
    assert_eq!(m["kind"], "exchange");
    assert_eq!(m["date"], "2024-10-18");
    exact(m, "to_russia", 95);
    exact(m, "to_ukraine", 95);
    assert_eq!(m["branches"], serde_json::json!({"armed_forces": 95}));
    assert!(list(m, "branches_mentioned").contains(&"armed_forces".to_string()));
    assert_eq!(list(m, "mediators"), ["AE"]);
    assert_eq!(list(m, "sources"), ["mod_ru"]);
    assert!(
        evidence_text(RU_MOD, m, "to_russia").contains("95 российских"),
        "{m:#}"
    );
    assert!(
        evidence_text(RU_MOD, m, "to_ukraine").contains("95"),
        "{m:#}"
    );
}

#[test]
fn ru_repatriation_of_bodies() {
    let body = "Россия передала Украине тела 1212 погибших

Сегодня состоялась репатриация тел погибших. Украине передали 1212 тел погибших военнослужащих, сообщил Координационный штаб.
";
    let r = report(Lang::Ru, "2025-06-11", "Коммерсантъ", body);
    let m = main_event(&r);
    assert_eq!(m["kind"], "repatriation");
    assert_eq!(m["date"], "2025-06-11");
    exact(m, "to_ukraine", 1212);
    absent(m, "to_russia");
    assert_eq!(list(m, "sources"), ["coordination_hq"]);
}

const RU_TODAY: &str = "Украина вернула из плена 95 защитников

Сегодня состоялся обмен пленными. Домой вернулись 95 украинцев. Среди освобожденных 13 офицеров и 82 рядовых и сержанта. Самому младшему скоро исполнится 21 год.

Благодарим Катар за помощь в возвращении наших людей.
";

#[test]
fn ru_segodnya_youngest_officers_and_thanks() {
    let r = report(Lang::Ru, "2024-03-07", "Новое время", RU_TODAY);
    let m = main_event(&r);
    assert_eq!(m["date"], "2024-03-07");
    assert!(
        evidence_text(RU_TODAY, m, "date").contains("Сегодня"),
        "{m:#}"
    );
    exact(m, "to_ukraine", 95);
    exact(m, "officers", 13);
    exact(m, "youngest", 20);
    assert_eq!(list(m, "mediators"), ["QA"]);
    absent(m, "sources");
}

#[test]
fn ru_napomnim_background_and_read_also() {
    let body = "Украина вернула из плена 50 человек

Сегодня состоялся обмен пленными: домой вернулись 50 украинцев.

Напомним, 3 января из плена вернулись 230 украинцев, это был крупнейший обмен.

Читайте также: Почти 6 тыс. пленных остаются в России
";
    let r = report(Lang::Ru, "2024-01-25", "Украинская правда", body);
    let m = main_event(&r);
    assert_eq!(m["date"], "2024-01-25");
    exact(m, "to_ukraine", 50);
    let b = background(&r, "exchange");
    assert_eq!(b["date"], "2024-01-03");
    exact(&b, "to_ukraine", 230);
    nowhere(&r, 6000);
    assert_eq!(events(&r).len(), 2, "{r:#}");
}

#[test]
fn ru_disrupted_exchange_as_the_main_event() {
    let body = "Обмен пленными 192 на 192 сорван

Запланированный на сегодня обмен пленными 192 на 192 был сорван, сообщили в ГУР. По данным разведки, Россия отказалась от обмена.
";
    let r = report(Lang::Ru, "2024-01-24", "Газета.Ru", body);
    let m = main_event(&r);
    assert_eq!(m["kind"], "disrupted");
    assert_eq!(m["date"], "2024-01-24");
    exact(m, "to_ukraine", 192);
    exact(m, "to_russia", 192);
    assert_eq!(list(m, "sources"), ["hur"]);
}

#[test]
fn ru_military_civilians_and_approximate_cumulative() {
    let body = "Украина вернула из плена 205 человек

Сегодня из российского плена вернулись 185 военных и 20 гражданских.

Всего с начала полномасштабного вторжения из плена удалось вернуть свыше 5 тыс. украинцев.
";
    let r = report(Lang::Ru, "2025-10-02", "РБК-Украина", body);
    let m = main_event(&r);
    exact(m, "to_ukraine", 205);
    exact(m, "military", 185);
    exact(m, "civilians", 20);
    approx(m, "cumulative_to_ukraine", 5000, "over");
}

#[test]
fn ru_exact_cumulative_and_yesterday_in_words() {
    let body = "Украина вернула из плена 189 человек

Сегодня состоялся 60-й обмен пленными, домой вернулись 189 украинцев.

Всего с начала полномасштабного вторжения из плена вернули 3956 украинцев, сообщил Зеленский.
";
    let r = report(Lang::Ru, "2024-12-30", "Украинская правда", body);
    let m = main_event(&r);
    exact(m, "to_ukraine", 189);
    exact(m, "ordinal", 60);
    exact(m, "cumulative_to_ukraine", 3956);
    assert_eq!(list(m, "sources"), ["zelensky"]);

    let body = "Вчера состоялся 51-й обмен пленными: домой вернулись сто украинских военных.";
    let r = report(Lang::Ru, "2024-02-09", "Зеркало недели", body);
    let m = main_event(&r);
    assert_eq!(m["date"], "2024-02-08");
    exact(m, "to_ukraine", 100);
    exact(m, "ordinal", 51);
}

// ---------------------------------------------------------------- English

const EN_TODAY: &str = "Ukraine brings home 95 POWs in 58th exchange

Today, 95 Ukrainian prisoners of war returned home from Russian captivity, Ukraine's Coordination Headquarters reported. Among them are 12 officers.

The youngest will turn 21 soon, and the oldest is 59 years old.

Zelensky thanked the United Arab Emirates for mediation.

In total, more than 3,700 Ukrainians have been returned from Russian captivity since the start of the full-scale invasion.
";

#[test]
fn en_today_youngest_officers_and_over_cumulative() {
    let r = report(Lang::En, "2024-10-18", "Kyiv Independent", EN_TODAY);
    let m = main_event(&r);
    assert_eq!(m["kind"], "exchange");
    assert_eq!(m["date"], "2024-10-18");
    assert!(
        evidence_text(EN_TODAY, m, "date").contains("Today"),
        "{m:#}"
    );
    exact(m, "to_ukraine", 95);
    exact(m, "ordinal", 58);
    exact(m, "officers", 12);
    exact(m, "youngest", 20);
    exact(m, "oldest", 59);
    approx(m, "cumulative_to_ukraine", 3700, "over");
    assert_eq!(list(m, "mediators"), ["AE"]);
    assert!(
        list(m, "sources").contains(&"coordination_hq".to_string()),
        "{m:#}"
    );
}

#[test]
fn en_repatriation_of_bodies() {
    let body = "Ukraine receives bodies of 757 fallen soldiers

Ukraine received the bodies of 757 fallen soldiers from Russia today, the Coordination Headquarters said.
";
    let r = report(Lang::En, "2025-02-28", "Reuters", body);
    let m = main_event(&r);
    assert_eq!(m["kind"], "repatriation");
    assert_eq!(m["date"], "2025-02-28");
    exact(m, "to_ukraine", 757);
    assert_eq!(list(m, "sources"), ["coordination_hq"]);
}

#[test]
fn en_earlier_disrupted_exchange_is_background() {
    let body = "Ukraine and Russia exchange prisoners

Today 100 Ukrainian soldiers returned home from captivity in the 51st prisoner exchange.

Earlier, on January 24, Russia disrupted a planned exchange of 192 for 192 prisoners.
";
    let r = report(Lang::En, "2024-02-08", "Ukrinform", body);
    let m = main_event(&r);
    assert_eq!(m["kind"], "exchange");
    assert_eq!(m["date"], "2024-02-08");
    exact(m, "to_ukraine", 100);
    exact(m, "ordinal", 51);
    let d = background(&r, "disrupted");
    assert_eq!(d["date"], "2024-01-24");
    exact(&d, "to_ukraine", 192);
    exact(&d, "to_russia", 192);
}

#[test]
fn en_read_also_and_photo_captions_are_not_facts() {
    let body = "Ukraine returns 90 prisoners of war

Ukraine returned 90 prisoners of war in an exchange with Russia today.

Read also: Russia returns 250 bodies of fallen soldiers

Photo: the exchange of 75 prisoners in May 2024
";
    let r = report(Lang::En, "2024-06-25", "Ukrainska Pravda", body);
    let m = main_event(&r);
    assert_eq!(m["kind"], "exchange");
    exact(m, "to_ukraine", 90);
    nowhere(&r, 250);
    nowhere(&r, 75);
    assert_eq!(events(&r).len(), 1, "{r:#}");
}

#[test]
fn en_thanks_to_states_are_mediators_and_words_are_counts() {
    let body = "We are bringing our people home. Today two hundred and five Ukrainians returned from Russian captivity. I thank the United Arab Emirates and the United States for their help.";
    let r = report(
        Lang::En,
        "2025-05-06",
        "Volodymyr Zelensky (Telegram)",
        body,
    );
    let m = main_event(&r);
    exact(m, "to_ukraine", 205);
    assert_eq!(list(m, "mediators"), ["AE", "US"]);
    // Thanks do not make a source; the author of the post does.
    assert_eq!(list(m, "sources"), ["zelensky"]);
}

#[test]
fn en_children_brought_back_through_a_mediator_is_a_release() {
    let body = "Seven Ukrainian children return home with the help of Qatar

Seven Ukrainian children were returned home from Russia on Wednesday with the mediation of Qatar, Ukrainian officials said. It was not an exchange.
";
    let r = report(Lang::En, "2024-05-22", "The Peninsula", body);
    let m = main_event(&r);
    assert_eq!(m["kind"], "release");
    assert_eq!(
        m["date"], "2024-05-22",
        "on Wednesday is the published Wednesday"
    );
    exact(m, "to_ukraine", 7);
    assert_eq!(list(m, "mediators"), ["QA"]);
    absent(m, "sources");
}

#[test]
fn en_formula_gives_each_side_and_weekday_resolves_back() {
    let body = "Russia and Ukraine swap prisoners\n\nRussia and Ukraine carried out a 1200 for 1200 exchange on Thursday.";
    let r = report(Lang::En, "2025-06-21", "Reuters", body);
    let m = main_event(&r);
    assert_eq!(m["kind"], "exchange");
    // 2025-06-21 is a Saturday: the Thursday before it.
    assert_eq!(m["date"], "2025-06-19");
    exact(m, "to_ukraine", 1200);
    exact(m, "to_russia", 1200);
}

#[test]
fn en_a_dozen_is_twelve() {
    let body = "A dozen Ukrainian children were returned from Russia on Wednesday with the help of the Holy See.";
    let r = report(Lang::En, "2024-11-07", "Kyiv Post", body);
    let m = main_event(&r);
    exact(m, "to_ukraine", 12);
    assert_eq!(m["date"], "2024-11-06");
    assert_eq!(list(m, "mediators"), ["VA"]);
}

const EN_EACH: &str = "Ukraine and Russia swap 84 prisoners each

Ukraine and Russia exchanged 84 prisoners each on Thursday. Among those returned to Ukraine were 33 soldiers and 51 civilians.

Ukrainian President Volodymyr Zelensky wrote on Telegram that the prisoners included national guardsmen and border guards.
";

#[test]
fn en_each_gives_both_sides_and_names_branches_among_the_returned() {
    let r = report(Lang::En, "2025-08-14", "Associated Press", EN_EACH);
    let m = main_event(&r);
    // 2025-08-14 is the Thursday of publication.
    assert_eq!(m["date"], "2025-08-14");
    exact(m, "to_ukraine", 84);
    exact(m, "to_russia", 84);
    exact(m, "civilians", 51);
    let mut b = list(m, "branches_mentioned");
    b.sort();
    assert_eq!(b, ["border_guard", "national_guard"]);
    assert_eq!(list(m, "sources"), ["zelensky"]);
}

// ---------------------------------------------------------------- known gaps

#[test]
fn enlisted_rank_and_file_and_sergeants_ru() {
    let r = report(Lang::Ru, "2024-03-07", "Новое время", RU_TODAY);
    let m = main_event(&r);
    // "82 рядовых и сержанта": rank and file with sergeants are `enlisted`.
    exact(m, "enlisted", 82);
}

#[test]
fn enlisted_rank_and_file_and_sergeants_en() {
    let body = "Today 95 Ukrainian prisoners of war returned home. Among them are 12 officers and 83 rank-and-file soldiers and sergeants.";
    let r = report(Lang::En, "2024-10-18", "Ukrinform", body);
    let m = main_event(&r);
    exact(m, "officers", 12);
    // "rank and file and sergeants" are `enlisted`.
    exact(m, "enlisted", 83);
}

#[test]
fn soldiers_against_civilians_are_military() {
    let r = report(Lang::En, "2025-08-14", "Associated Press", EN_EACH);
    let m = main_event(&r);
    // "33 soldiers and 51 civilians" separates servicemen from civilians.
    exact(m, "military", 33);
}

#[test]
fn civilians_only_fill_to_ukraine() {
    let body = "Сегодня при посредничестве Ватикана из российского плена вернулись десять гражданских украинцев.";
    let r = report(Lang::Ru, "2024-06-28", "РБК-Украина", body);
    let m = main_event(&r);
    exact(m, "civilians", 10);
    assert_eq!(list(m, "mediators"), ["VA"]);
    // Ten people came back to Ukraine, all civilians.
    exact(m, "to_ukraine", 10);
}

#[test]
fn help_of_a_state_in_a_reported_sentence_makes_a_mediator() {
    let body = "A dozen Ukrainian children were returned from Russia on Wednesday with the help of the Holy See, Ombudsman Dmytro Lubinets said.";
    let r = report(Lang::En, "2024-11-07", "Kyiv Post", body);
    let m = main_event(&r);
    exact(m, "to_ukraine", 12);
    assert_eq!(list(m, "sources"), ["lubinets"]);
    // A cited source in the sentence does not cancel the state credited with the help.
    assert_eq!(list(m, "mediators"), ["VA"]);
}

#[test]
fn month_and_today_in_one_sentence_are_two_events() {
    let body = "Наприкінці квітня з полону повернулися 246 українців, а сьогодні Україна повернула ще 205 захисників.";
    let r = report(Lang::Uk, "2025-05-06", "Укрінформ", body);
    let m = main_event(&r);
    assert_eq!(m["date"], "2025-05-06");
    // "сьогодні ... ще 205" is the main event; "наприкінці квітня" (a month without
    // a day) is an undated background exchange of 246.
    exact(m, "to_ukraine", 205);
    let all = events(&r);
    assert_eq!(all.len(), 2, "{r:#}");
    assert_eq!(all[1]["role"], "background");
    assert!(all[1].get("date").is_none(), "{r:#}");
    exact(&all[1], "to_ukraine", 246);
}

#[test]
fn default_kind_has_the_return_as_evidence() {
    let body = "Наші люди вдома. Сьогодні з російського полону повернулися 100 українців.";
    let r = report(Lang::Uk, "2024-02-08", "Укрінформ", body);
    let m = main_event(&r);
    assert_eq!(m["kind"], "exchange");
    exact(m, "to_ukraine", 100);
    // No sentence names an exchange: the kind's evidence is the sentence that
    // reports the return from captivity.
    assert_eq!(
        m["evidence"]["kind"],
        serde_json::json!([{"start": 17, "end": 73}])
    );
}

#[test]
fn the_rest_is_the_total_minus_the_stated_part() {
    let uk = "Сьогодні додому повернулися 95 захисників. Серед них 14 офіцерів, решта – рядовий і сержантський склад.";
    let m = report(Lang::Uk, "2024-10-18", "Укрінформ", uk);
    exact(main_event(&m), "officers", 14);
    exact(main_event(&m), "enlisted", 81);
    let ru = "Сегодня домой вернулись 25 наших защитников: семеро офицеров, остальные — рядовые и сержанты.";
    let m = report(Lang::Ru, "2025-01-05", "РБК-Украина", ru);
    exact(main_event(&m), "officers", 7);
    exact(main_event(&m), "enlisted", 18);
    let en = "Today 95 Ukrainians came home. Fourteen of them are officers, the rest are rank-and-file soldiers.";
    let m = report(Lang::En, "2024-10-18", "Ukrinform", en);
    exact(main_event(&m), "officers", 14);
    exact(main_event(&m), "enlisted", 81);
}

#[test]
fn a_planned_exchange_that_the_next_sentence_says_did_not_happen_is_disrupted() {
    let uk = "Заява щодо падіння літака.\n\nПідтверджуємо: на сьогодні, 24 січня, був запланований обмін полоненими. Він не відбувся.";
    let m = report(Lang::Uk, "2024-01-24", "Коордштаб", uk);
    let main = main_event(&m);
    assert_eq!(main["kind"], "disrupted");
    assert_eq!(main["date"], "2024-01-24");
    let en = "Plane crashes near Belgorod\n\nA Russian plane crashed on Wednesday. Ukraine's military intelligence confirmed that an exchange had been planned for the day and said it had not taken place.";
    let m = report(Lang::En, "2024-01-24", "Wire", en);
    assert_eq!(main_event(&m)["kind"], "disrupted");
}

#[test]
fn stages_of_a_deal_carry_the_agreement_and_the_stage() {
    let uk = "Сьогодні, 24 травня, у межах другого етапу обміну полоненими у форматі «1000 на 1000» з полону повернули 307 захисників. Нагадаємо, що 23 травня, під час першого етапу обміну, звільнили 390 українців.";
    let m = report(Lang::Uk, "2025-05-24", "Укрінформ", uk);
    let all = events(&m);
    assert_eq!(
        all[0]["agreement"],
        serde_json::json!({"formula": "1000-for-1000", "stage": 2})
    );
    // The formula names the deal: it is not this stage's count.
    exact(&all[0], "to_ukraine", 307);
    assert!(all[0].get("to_russia").is_none(), "{m:#}");
    assert_eq!(all[1]["agreement"]["stage"], 1);
}

#[test]
fn the_day_before_and_an_ordinal_in_apposition() {
    let ru = "Накануне состоялся обмен пленными 90 на 90.";
    let m = report(Lang::Ru, "2024-06-26", "РБК-Украина", ru);
    assert_eq!(main_event(&m)["date"], "2024-06-25");
    let en = "On Tuesday, Ukraine and Russia swapped 90 prisoners each in a UAE-brokered exchange, the 53rd since the start of the invasion.";
    let m = report(Lang::En, "2024-06-26", "Wire", en);
    exact(main_event(&m), "ordinal", 53);
    exact(main_event(&m), "to_russia", 90);
}

#[test]
fn a_date_that_starts_a_since_dates_no_event() {
    let en = "Since 24 February 2022, Ukraine has brought home 3,956 people. Today 95 defenders came home.";
    let m = report(Lang::En, "2024-07-17", "Wire", en);
    let main = main_event(&m);
    assert_eq!(main["date"], "2024-07-17");
    exact(main, "to_ukraine", 95);
    exact(main, "cumulative_to_ukraine", 3956);
    let uk = "Сьогодні додому повернулися 95 захисників. З лютого 2022 року з полону вдалося звільнити близько 3 400 українців.";
    let m = report(Lang::Uk, "2024-07-17", "Укрінформ", uk);
    assert_eq!(
        main_event(&m)["cumulative_to_ukraine"],
        serde_json::json!({"value": 3400, "approx": "about"})
    );
}

#[test]
fn two_women_and_twelve_officers_is_not_both_and() {
    let ru = "Сегодня из плена освобождены 100 украинцев, среди них двое женщин и 12 офицеров.";
    let m = report(Lang::Ru, "2024-02-08", "РБК-Украина", ru);
    exact(main_event(&m), "women", 2);
    exact(main_event(&m), "officers", 12);
    let en = "Today 207 Ukrainians came home. We remember everyone in captivity, both military and civilians.";
    let m = report(Lang::En, "2024-01-31", "Wire", en);
    absent(main_event(&m), "civilians");
}

#[test]
fn a_country_before_a_dash_names_the_side() {
    let ru = "3 января Россия и Украина провели крупнейший обмен пленными: Украина вернула 230 человек, Россия — 248 военнослужащих.";
    let m = report(Lang::Ru, "2024-01-03", "Медуза", ru);
    exact(main_event(&m), "to_ukraine", 230);
    exact(main_event(&m), "to_russia", 248);
}

#[test]
fn people_on_board_a_crashed_plane_were_received_by_nobody() {
    let ru = "Сегодня в Белгородской области разбился самолёт Ил-76. По данным ведомства, на борту находились 65 военнопленных, которых доставляли для обмена.";
    let m = report(Lang::Ru, "2024-01-24", "Минобороны России", ru);
    absent(main_event(&m), "to_ukraine");
    let en = "Moscow said the plane that came down killed all 74 people on board. Today 95 defenders came home.";
    let m = report(Lang::En, "2024-01-31", "Wire", en);
    exact(main_event(&m), "to_ukraine", 95);
}

#[test]
fn a_planned_exchange_in_a_crash_report_is_disrupted() {
    let ru = "Сегодня в Белгородской области разбился самолёт Ил-76, на борту находились военнопленные. В ведомстве заявили, что в этот день планировался обмен военнопленными.";
    let m = report(Lang::Ru, "2024-01-24", "Минобороны России", ru);
    assert_eq!(main_event(&m)["kind"], "disrupted");
}

#[test]
fn the_author_is_the_source_of_background_events_told_in_the_first_person() {
    let uk = "Завершили третій етап обміну. Сьогодні додому повертаються 303 українських захисники. У п'ятницю ми повернули 390 людей, у суботу – ще 307. Нагадаємо, 14 лютого відбувся обмін: тоді повернулися 150 оборонців.";
    let m = report(Lang::Uk, "2025-05-25", "Telegram-канал Андрія Єрмака", uk);
    let all = events(&m);
    assert_eq!(list(&all[0], "sources"), ["yermak"]);
    let by_date = |d: &str| all.iter().find(|e| e["date"] == d).expect(d);
    assert_eq!(list(by_date("2025-05-23"), "sources"), ["yermak"]);
    assert_eq!(list(by_date("2025-05-24"), "sources"), ["yermak"]);
    // Told by the outlet, not by the author in the first person.
    assert!(by_date("2025-02-14").get("sources").is_none(), "{m:#}");
}
