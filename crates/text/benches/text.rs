//! Throughput of the text crate's recognizers over a generated mixed
//! Ukrainian / Russian / English corpus of report-like sentences (a few hundred
//! KB, built here from templates; no file is read).
//!
//! Groups: each recognizer alone over pre-made tokens, and the whole pipeline
//! (tokenize + numbers + dates + ordinals + language) in bytes per second; plus
//! dates and numbers found per second (`Throughput::Elements`).
//!
//! Run: `cargo bench -p swapledger-text`.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use swapledger_text::dates::find_dates;
use swapledger_text::lang::detect;
use swapledger_text::numbers::find_numbers;
use swapledger_text::ordinals::find_ordinals;
use swapledger_text::{tokenize, Lang};

const UK: &[&str] = &[
    "Сьогодні, {d} {mu}, відбувся {o}-й обмін полоненими: додому повернулися {n} захисників.",
    "Серед звільнених — {k} офіцерів, {n} військових ЗСУ та {k} цивільних; наймолодшому {a} років.",
    "Обмін став можливим завдяки посередництву ОАЕ, повідомив Координаційний штаб у понеділок.",
    "З {d} по {d2} {mu} 2024 року вдалося повернути понад {n} тисячі людей, зокрема двісті сім поранених.",
    "Наприкінці {mu} Росія зірвала обмін {n} на {n}, заявив омбудсман Дмитро Лубінець.",
    "Вчора, {dd}.{mm}.2024, в Україну повернули тіла {n} загиблих захисників.",
    "У середу відбудеться наступний етап обміну, очікують близько {n} осіб.",
];
const RU: &[&str] = &[
    "{d} {mr} {y} года из плена возвращены {n} российских военнослужащих, сообщило Минобороны.",
    "В обмен переданы {n} военнопленных ВСУ; посредником выступили Объединенные Арабские Эмираты.",
    "Самому старшему {a} год, самому младшему — двадцать лет, среди них {k} офицеров.",
    "В конце {mr} состоялся {o}-й обмен, всего более {n} тысяч человек вернулись домой.",
    "Вчера в среду Москалькова заявила, что с {d} по {d2} {mr} планируется еще один обмен.",
    "По данным на {dd}.{mm}.{y}, около {n} человек остаются в плену.",
];
const EN: &[&str] = &[
    "On {me} {d}, {y}, Ukraine and Russia swapped {n} prisoners of war each in the {o}th exchange.",
    "The oldest of those freed is {a}, the youngest will turn 21 soon; {k} of them are women.",
    "Yesterday the Coordination Headquarters said more than {n} thousand people have been returned since {y}.",
    "At the end of {me}, the exchange of {n} for {n} was disrupted, the ombudsman wrote on Telegram.",
    "From {d} to {d2} {me} the bodies of {n} fallen soldiers were repatriated, mediated by the UAE.",
    "The next swap is expected on Wednesday, about two hundred and seven people in total.",
];

const MONTHS_UK: &[&str] = &[
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
const MONTHS_RU: &[&str] = &[
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
const MONTHS_EN: &[&str] = &[
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

/// A deterministic corpus of about `target` bytes, paragraphs of 3–6 sentences,
/// each paragraph in one language.
fn corpus(target: usize) -> String {
    let mut out = String::with_capacity(target + 1024);
    let mut seed: u64 = 0x5eed;
    let mut next = |m: u64| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed % m
    };
    while out.len() < target {
        let table = match next(3) {
            0 => UK,
            1 => RU,
            _ => EN,
        };
        for _ in 0..3 + next(4) {
            let t = table[next(table.len() as u64) as usize];
            let m = next(12) as usize;
            let d = 1 + next(18);
            let s = t
                .replace("{d2}", &(d + 1 + next(9)).to_string())
                .replace("{dd}", &format!("{:02}", d))
                .replace("{d}", &d.to_string())
                .replace("{mm}", &format!("{:02}", m + 1))
                .replace("{mu}", MONTHS_UK[m])
                .replace("{mr}", MONTHS_RU[m])
                .replace("{me}", MONTHS_EN[m])
                .replace("{y}", &(2022 + next(4)).to_string())
                .replace("{o}", &(40 + next(40)).to_string())
                .replace("{a}", &(19 + next(45)).to_string())
                .replace("{k}", &(1 + next(30)).to_string())
                .replace("{n}", &(10 + next(1200)).to_string());
            out.push_str(&s);
            out.push(' ');
        }
        out.push_str("\n\n");
    }
    out
}

fn bench(c: &mut Criterion) {
    let text = corpus(400 * 1024);
    let paragraphs: Vec<&str> = text.split("\n\n").filter(|p| !p.is_empty()).collect();
    let tokens = tokenize(&text);
    let bytes = text.len() as u64;

    let mut g = c.benchmark_group("text");
    g.sample_size(20);
    g.throughput(Throughput::Bytes(bytes));
    g.bench_function("tokenize", |b| b.iter(|| tokenize(black_box(&text))));
    g.bench_function("find_numbers", |b| {
        b.iter(|| find_numbers(black_box(&tokens), Lang::Uk))
    });
    g.bench_function("find_dates", |b| {
        b.iter(|| find_dates(black_box(&tokens), Lang::Uk))
    });
    g.bench_function("find_ordinals", |b| {
        b.iter(|| find_ordinals(black_box(&tokens), Lang::Uk))
    });
    g.bench_function("detect (per paragraph)", |b| {
        b.iter(|| {
            paragraphs
                .iter()
                .filter_map(|p| detect(black_box(p)))
                .count()
        })
    });
    g.bench_function("pipeline", |b| {
        b.iter(|| {
            let lang = detect(black_box(&text)).unwrap_or(Lang::Uk);
            let t = tokenize(&text);
            let n = find_numbers(&t, lang).len();
            let d = find_dates(&t, lang).len();
            let o = find_ordinals(&t, lang).len();
            n + d + o
        })
    });
    g.finish();

    let dates = find_dates(&tokens, Lang::Uk).len() as u64;
    let numbers = find_numbers(&tokens, Lang::Uk).len() as u64;
    let ordinals = find_ordinals(&tokens, Lang::Uk).len() as u64;
    eprintln!(
        "corpus: {} bytes, {} paragraphs, {} tokens; found {dates} dates, {numbers} numbers, {ordinals} ordinals",
        bytes,
        paragraphs.len(),
        tokens.len()
    );
    let mut g = c.benchmark_group("found");
    g.sample_size(20);
    g.throughput(Throughput::Elements(dates));
    g.bench_function("dates", |b| {
        b.iter(|| find_dates(black_box(&tokens), Lang::Uk))
    });
    g.throughput(Throughput::Elements(numbers));
    g.bench_function("numbers", |b| {
        b.iter(|| find_numbers(black_box(&tokens), Lang::Uk))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
