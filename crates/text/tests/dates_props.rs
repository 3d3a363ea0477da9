//! Property tests: `find_dates` and `resolve` never panic and every match
//! points inside the text.

use chrono::NaiveDate;
use proptest::prelude::*;
use swapledger_text::dates::{direction_hint, find_dates, Direction};
use swapledger_text::{tokenize, Lang};

fn check(text: &str) {
    let tokens = tokenize(text);
    let chars = text.chars().count();
    let reference = NaiveDate::from_ymd_opt(2024, 2, 29).unwrap();
    let mut last_end = 0;
    for m in find_dates(&tokens, Lang::Uk) {
        assert!(m.tokens.start < m.tokens.end && m.tokens.end <= tokens.len());
        assert!(m.span.start < m.span.end && m.span.end <= chars);
        assert!(m.tokens.start >= last_end, "overlap");
        last_end = m.tokens.end;
        for d in [Direction::Past, Direction::Future] {
            let _ = m.resolve(reference, d);
            let _ = m.resolve_until(reference, d);
        }
        let _ = direction_hint(&tokens, &m);
    }
}

proptest! {
    #[test]
    fn arbitrary_strings(s in "\\PC*") {
        check(&s);
    }

    #[test]
    fn date_like_strings(s in "([0-9]{1,4}|[.,/:-]|січня|лютого|грудня|мая|May|June|з|по|с|to|from|between|and|у|понеділок|среду|в|року|г|р|-го|числа|the|31st|наприкінці| |\n){0,24}") {
        check(&s);
    }
}
