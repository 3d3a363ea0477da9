//! Properties of `find_numbers` and `find_ordinals` on arbitrary input: no
//! panics, spans and token ranges index the input, results are ordered and do
//! not overlap, and huge digit strings never overflow.

use proptest::prelude::*;
use swapledger_text::numbers::find_numbers;
use swapledger_text::ordinals::find_ordinals;
use swapledger_text::{tokenize, Lang};

fn check(text: &str) {
    let tokens = tokenize(text);
    let chars = text.chars().count();
    for lang in [Lang::Uk, Lang::Ru, Lang::En] {
        let found = find_numbers(&tokens, lang);
        let mut last_end = 0;
        for n in &found {
            assert!(n.tokens.start < n.tokens.end && n.tokens.end <= tokens.len());
            assert!(n.tokens.start >= last_end, "overlap in {text:?}");
            last_end = n.tokens.end;
            if let Some(q) = &n.qualifier {
                assert!(q.start < q.end && q.end <= n.tokens.start);
            }
            assert!(n.span.start <= n.value_span.start && n.value_span.end <= n.span.end);
            assert!(n.span.end <= chars);
            let r = n.byte_range(&tokens);
            assert!(text.get(r).is_some());
        }
        for o in find_ordinals(&tokens, lang) {
            assert!(o.tokens.start < o.tokens.end && o.tokens.end <= tokens.len());
            assert!(o.span.end <= chars);
        }
    }
}

/// Pieces that number grammar reacts to, glued at random.
fn pieces() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        "[0-9]{1,25}",
        Just(" ".to_string()),
        Just("\u{a0}".to_string()),
        Just(",".to_string()),
        Just(".".to_string()),
        Just("-".to_string()),
        Just("–".to_string()),
        Just(":".to_string()),
        Just("+".to_string()),
        Just("\n".to_string()),
        Just("тис.".to_string()),
        Just("тисячі".to_string()),
        Just("мільйонів".to_string()),
        Just("двісті".to_string()),
        Just("сім".to_string()),
        Just("півтори".to_string()),
        Just("a".to_string()),
        Just("hundred".to_string()),
        Just("and".to_string()),
        Just("twenty".to_string()),
        Just("first".to_string()),
        Just("понад".to_string()),
        Just("до".to_string()),
        Just("від".to_string()),
        Just("лютого".to_string()),
        Just("року".to_string()),
        Just("й".to_string()),
        Just("ти".to_string()),
        Just("th".to_string()),
        Just("k".to_string()),
        Just("мільярд".to_string()),
        Just("billion".to_string()),
    ];
    prop::collection::vec(piece, 0..30).prop_map(|v| v.concat())
}

proptest! {
    #[test]
    fn arbitrary_strings_never_panic(s in "\\PC{0,200}") {
        check(&s);
    }

    #[test]
    fn number_soup_never_panics(s in pieces()) {
        check(&s);
    }
}

#[test]
fn huge_values_are_dropped_not_wrapped() {
    for text in [
        "99999999999999999999999999 осіб",
        "18446744073709551616",
        "999 999 999 999 999 999 999",
        "18446744073709551615 тис.",
        "9999999999999999999,5 млн",
        "мільярд мільярдів",
        "999 мільярдів тисяч",
        "1,99999999999999999999999 тис",
    ] {
        let tokens = tokenize(text);
        for n in find_numbers(&tokens, Lang::Uk) {
            // A count that overflowed would show up as a wrapped or saturated value.
            assert!(
                !n.is_count() || n.value < 1_000_000_000_000,
                "{text}: {}",
                n.value
            );
        }
        let _ = find_ordinals(&tokens, Lang::Uk);
    }
}
