//! Fuzz harnesses for `swapledger-text` and `swapledger-extract` on arbitrary
//! UTF-8. Both crates promise never to panic on input and to return spans
//! inside the text; these harnesses check exactly that.

use chrono::NaiveDate;
use swapledger_extract::{extract as run_extract, Input};
use swapledger_text::dates::{direction_hint, find_dates, resolve, Direction};
use swapledger_text::numbers::find_numbers;
use swapledger_text::ordinals::find_ordinals;
use swapledger_text::{lang, tokenize, Lang, Span};

fn check_span(what: &str, s: Span, chars: usize) {
    assert!(
        s.start <= s.end && s.end <= chars,
        "{what} span {}..{} in {chars} chars",
        s.start,
        s.end
    );
}

/// `tokenize`, `find_numbers`, `find_dates` (+ `resolve`), `find_ordinals`,
/// `lang::detect` and `lang::detect_sentence`.
pub fn nlp(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let chars = text.chars().count();
    let tokens = tokenize(text);
    for t in &tokens {
        check_span("token", t.span, chars);
        assert!(
            text.get(t.bytes.clone()).is_some(),
            "token bytes {:?}",
            t.bytes
        );
    }
    let lang = lang::detect(text).unwrap_or(Lang::Uk);
    let _ = lang::detect_sentence(text);
    for n in find_numbers(&tokens, lang) {
        check_span("number", n.span, chars);
        check_span("number value", n.value_span, chars);
        assert!(n.tokens.end <= tokens.len());
        assert!(text.get(n.byte_range(&tokens)).is_some());
    }
    let reference = NaiveDate::from_ymd_opt(2024, 2, 29).expect("valid date");
    for d in find_dates(&tokens, lang) {
        check_span("date", d.span, chars);
        assert!(d.tokens.end <= tokens.len());
        let _ = direction_hint(&tokens, &d);
        for dir in [Direction::Past, Direction::Future] {
            let _ = resolve(&d.expr, reference, dir);
            if let Some(until) = &d.until {
                let _ = resolve(until, reference, dir);
            }
        }
    }
    for o in find_ordinals(&tokens, lang) {
        check_span("ordinal", o.span, chars);
        assert!(o.tokens.end <= tokens.len());
    }
}

/// `extract` on arbitrary UTF-8; the language (none, uk, ru, en) and the
/// publication date (none or 2024-06-01) follow from the length, so every
/// combination is reached. Every span in the JSON report must lie in the body.
pub fn extract(data: &[u8]) {
    let Ok(body) = std::str::from_utf8(data) else {
        return;
    };
    let language = [None, Some(Lang::Uk), Some(Lang::Ru), Some(Lang::En)][data.len() % 4];
    let published =
        (!data.len().is_multiple_of(3)).then(|| NaiveDate::from_ymd_opt(2024, 6, 1).unwrap());
    let report = run_extract(&Input {
        body,
        language,
        published,
        source: None,
        url: None,
        path: Some("fuzz"),
    });
    let json = report.to_json();
    let chars = body.chars().count();
    let mut stack = vec![&json];
    while let Some(v) = stack.pop() {
        match v {
            serde_json::Value::Object(map) => {
                if let (Some(s), Some(e)) = (
                    map.get("start").and_then(|v| v.as_u64()),
                    map.get("end").and_then(|v| v.as_u64()),
                ) {
                    check_span("report", Span::new(s as usize, e as usize), chars);
                }
                stack.extend(map.values());
            }
            serde_json::Value::Array(a) => stack.extend(a.iter()),
            _ => {}
        }
    }
}
