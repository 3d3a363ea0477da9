//! The labelled language-identification set (`lang_set.tsv`) against
//! [`detect`], with an accuracy floor, plus property tests that detection never
//! panics. The same set drives the comparison with whatlang and lingua in
//! `tools/langid-compare`.

use proptest::prelude::*;
use swapledger_text::lang::{detect, detect_sentence, Lang};

/// Parse the set: (label, text) pairs; `None` label means "none of the three".
fn cases() -> Vec<(Option<Lang>, String)> {
    include_str!("lang_set.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let (label, text) = l.split_once('\t').expect("label TAB text");
            let lang = if label == "none" {
                None
            } else {
                Some(Lang::from_code(label).expect("label"))
            };
            (lang, text.replace("\\n", "\n"))
        })
        .collect()
}

#[test]
fn accuracy_floor_on_labelled_set() {
    let cases = cases();
    assert!(cases.len() >= 150);
    let mut misses = Vec::new();
    for (want, text) in &cases {
        let got = detect(text);
        if got != *want {
            misses.push(format!("want {want:?} got {got:?}: {text}"));
        }
    }
    let accuracy = 1.0 - misses.len() as f64 / cases.len() as f64;
    eprintln!(
        "accuracy {:.3} ({} of {})\n{}",
        accuracy,
        cases.len() - misses.len(),
        cases.len(),
        misses.join("\n")
    );
    assert!(
        accuracy >= 0.95,
        "accuracy {accuracy:.3}:\n{}",
        misses.join("\n")
    );
}

#[test]
fn sentence_and_document_agree_on_single_sentences() {
    for (_, text) in cases() {
        if !text.contains(['.', '!', '?', '\n', ';', '…']) {
            assert_eq!(detect(&text), detect_sentence(&text), "{text}");
        }
    }
}

proptest! {
    #[test]
    fn never_panics(s in "\\PC*") {
        let _ = detect(&s);
        let _ = detect_sentence(&s);
    }

    #[test]
    fn never_panics_on_mixed_scripts(s in "[а-яіїєґыэёъa-zA-Z«»\"'’ .!?\n0-9]{0,200}") {
        let _ = detect(&s);
    }
}
