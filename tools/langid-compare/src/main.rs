//! Compares swapledger's language detector with whatlang and lingua on the
//! labelled set `crates/text/tests/lang_set.tsv` (the set the detector was
//! tuned on) and on `heldout.tsv` (written after the detector was frozen).
//!
//! Run: `cargo run --release` in this directory (its own target dir).

use std::time::Instant;

use lingua::{Language, LanguageDetector, LanguageDetectorBuilder};
use swapledger_text::lang::{detect, Lang};

type Case = (Option<Lang>, String);

fn parse(tsv: &str) -> Vec<Case> {
    tsv.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let (label, text) = l.split_once('\t')?;
            Some((Lang::from_code(label), text.replace("\\n", "\n")))
        })
        .collect()
}

fn from_whatlang(l: Option<whatlang::Lang>) -> Option<Lang> {
    match l? {
        whatlang::Lang::Ukr => Some(Lang::Uk),
        whatlang::Lang::Rus => Some(Lang::Ru),
        whatlang::Lang::Eng => Some(Lang::En),
        _ => None,
    }
}

fn from_lingua(l: Option<Language>) -> Option<Lang> {
    match l? {
        Language::Ukrainian => Some(Lang::Uk),
        Language::Russian => Some(Lang::Ru),
        Language::English => Some(Lang::En),
    }
}

struct Score {
    all: usize,
    three: usize,
    n_three: usize,
    misses: Vec<String>,
}

fn score(cases: &[Case], f: &dyn Fn(&str) -> Option<Lang>) -> Score {
    let mut s = Score {
        all: 0,
        three: 0,
        n_three: 0,
        misses: Vec::new(),
    };
    for (want, text) in cases {
        let got = f(text);
        if want.is_some() {
            s.n_three += 1;
        }
        if got == *want {
            s.all += 1;
            if want.is_some() {
                s.three += 1;
            }
        } else {
            s.misses.push(format!(
                "    want {:<4} got {:<4} {}",
                want.map_or("none", Lang::code),
                got.map_or("none", Lang::code),
                text.replace('\n', " / ").chars().take(90).collect::<String>()
            ));
        }
    }
    s
}

fn speed(cases: &[Case], f: &dyn Fn(&str) -> Option<Lang>) -> (f64, f64) {
    let bytes: usize = cases.iter().map(|c| c.1.len()).sum();
    let mut rounds = 0usize;
    let start = Instant::now();
    let mut sink = 0usize;
    while start.elapsed().as_secs_f64() < 2.0 {
        for (_, t) in cases {
            sink += f(t).map_or(0, |l| l as usize);
        }
        rounds += 1;
    }
    std::hint::black_box(sink);
    let secs = start.elapsed().as_secs_f64();
    let n = (rounds * cases.len()) as f64;
    (n / secs, (rounds * bytes) as f64 / secs / 1e6)
}

fn main() {
    let verbose = std::env::args().any(|a| a == "-v" || a == "--verbose");
    let dev = parse(include_str!("../../../crates/text/tests/lang_set.tsv"));
    let held = parse(include_str!("../heldout.tsv"));

    let t = Instant::now();
    let lingua: LanguageDetector =
        LanguageDetectorBuilder::from_languages(&[Language::English, Language::Russian, Language::Ukrainian])
            .with_preloaded_language_models()
            .build();
    let lingua_load = t.elapsed();
    let whatlang3 = whatlang::Detector::with_allowlist(vec![
        whatlang::Lang::Eng,
        whatlang::Lang::Rus,
        whatlang::Lang::Ukr,
    ]);

    let ours = |s: &str| detect(s);
    let wl_all = |s: &str| from_whatlang(whatlang::detect_lang(s));
    let wl_3 = |s: &str| from_whatlang(whatlang3.detect_lang(s));
    let li = |s: &str| from_lingua(lingua.detect_language_of(s));
    let detectors: [(&str, &dyn Fn(&str) -> Option<Lang>); 4] = [
        ("swapledger", &ours),
        ("whatlang (all langs)", &wl_all),
        ("whatlang (uk/ru/en)", &wl_3),
        ("lingua (uk/ru/en)", &li),
    ];
    println!("lingua model load: {:.0} ms", lingua_load.as_secs_f64() * 1e3);
    for (name, set) in [("dev set (tuned on)", &dev), ("held-out set", &held)] {
        let n3 = set.iter().filter(|c| c.0.is_some()).count();
        println!(
            "\n== {name}: {} items ({} uk/ru/en, {} other) ==",
            set.len(),
            n3,
            set.len() - n3
        );
        println!(
            "{:<22} {:>9} {:>14} {:>14} {:>9}",
            "detector", "accuracy", "acc uk/ru/en", "sentences/s", "MB/s"
        );
        for (dname, f) in detectors {
            let s = score(set, f);
            let (sps, mbs) = speed(set, f);
            println!(
                "{:<22} {:>8.1}% {:>13.1}% {:>14.0} {:>9.2}",
                dname,
                100.0 * s.all as f64 / set.len() as f64,
                100.0 * s.three as f64 / s.n_three.max(1) as f64,
                sps,
                mbs
            );
            if verbose {
                for m in &s.misses {
                    println!("{m}");
                }
            }
        }
    }
}
