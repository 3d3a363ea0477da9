//! Round trip: every number in 0..=1000 and a seeded sample of 20,000 numbers
//! up to 1,000,000 is rendered in words in every case, gender and collective
//! form (Ukrainian, Russian) and with and without "and"/"a" (English), and
//! `find_numbers` must read each phrase back as exactly one count covering the
//! whole phrase.

// `u64::is_multiple_of` is newer than the workspace's rust-version.
#![allow(clippy::manual_is_multiple_of)]

mod render;

use render::{Case, Gender, CASES, GENDERS};
use swapledger_text::numbers::{find_numbers, NumberClass, NumberForm};
use swapledger_text::{tokenize, Lang};

/// xorshift64*: a small seeded generator, so the sample is the same on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
}

/// Every word form of `n`: (language, phrase, collective).
fn forms(n: u64, variant: bool) -> Vec<(Lang, String, bool)> {
    let mut out: Vec<(Lang, String, bool)> = Vec::new();
    let mut push = |lang, s: String, coll| {
        if !out.iter().any(|(_, t, _)| *t == s) {
            out.push((lang, s, coll));
        }
    };
    for case in CASES {
        for g in GENDERS {
            push(Lang::Uk, render::uk(n, case, g, variant), false);
            push(Lang::Ru, render::ru(n, case, g, variant), false);
        }
        if let Some(s) = render::uk_collective(n, case) {
            push(Lang::Uk, s, case == Case::Nom);
        }
        if let Some(s) = render::ru_collective(n, case) {
            push(Lang::Ru, s, true);
        }
    }
    for (and, article) in [(true, false), (false, false), (true, true), (false, true)] {
        let s = render::en(n, and, article);
        // Sentence-initial capital: "Thirty-six".
        let s = if n % 3 == 0 {
            let mut c = s.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect())
                .unwrap_or_default()
        } else {
            s
        };
        push(Lang::En, s, false);
    }
    out
}

/// Checks a batch of phrases in one text, one phrase per line.
fn check(batch: &[(u64, Lang, String, bool)], failures: &mut Vec<String>) {
    let mut text = String::new();
    let mut spans = Vec::with_capacity(batch.len());
    let mut chars = 0;
    for (_, _, s, _) in batch {
        let len = s.chars().count();
        spans.push((chars, chars + len));
        text.push_str(s);
        text.push_str(" ;\n");
        chars += len + 3;
    }
    let tokens = tokenize(&text);
    let found = find_numbers(&tokens, Lang::Uk);
    let mut k = 0;
    for (idx, (n, lang, s, coll)) in batch.iter().enumerate() {
        let (start, end) = spans[idx];
        let mine: Vec<_> = found[k..]
            .iter()
            .take_while(|f| f.span.start < end)
            .collect();
        k += mine.len();
        let ok = mine.len() == 1
            && mine[0].value == *n
            && mine[0].class == NumberClass::Count
            && mine[0].form == NumberForm::Words
            && mine[0].approx.is_none()
            && (mine[0].value_span.start, mine[0].value_span.end) == (start, end)
            && (!coll || mine[0].collective);
        if !ok && failures.len() < 40 {
            let got: Vec<String> = mine
                .iter()
                .map(|f| {
                    let c: String = text
                        .chars()
                        .skip(f.value_span.start)
                        .take(f.value_span.len())
                        .collect();
                    format!("{} {:?} {:?} coll={}", f.value, f.class, c, f.collective)
                })
                .collect();
            failures.push(format!("{lang:?} {n}: {s:?} -> {got:?}"));
        }
    }
}

fn run(numbers: impl Iterator<Item = u64>) -> usize {
    let mut failures = Vec::new();
    let mut batch = Vec::new();
    let mut count = 0;
    for (i, n) in numbers.enumerate() {
        for variant in [false, true] {
            if variant && i % 2 == 1 {
                continue;
            }
            for (lang, s, coll) in forms(n, variant) {
                batch.push((n, lang, s, coll));
            }
        }
        if batch.len() > 4000 {
            count += batch.len();
            check(&batch, &mut failures);
            batch.clear();
        }
    }
    count += batch.len();
    check(&batch, &mut failures);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    count
}

#[test]
fn every_number_to_a_thousand_in_every_form() {
    let count = run(0..=1000);
    assert!(count > 25_000, "{count}");
}

/// The seeded sample: 20,000 numbers up to 1,000,000 plus round and edge values.
fn sample() -> Vec<u64> {
    let mut rng = Rng(0x5eed_1e55_0fc0_de01);
    let mut sample: Vec<u64> = (0..20_000).map(|_| rng.next() % 1_000_001).collect();
    sample.extend([
        1000, 1001, 2000, 10_000, 11_000, 21_000, 100_000, 101_000, 999_999, 1_000_000,
    ]);
    sample
}

// The sample is checked in two halves so that the test harness runs them in parallel.
#[test]
fn sample_to_a_million_in_every_form_first_half() {
    let s = sample();
    let count = run(s[..s.len() / 2].iter().copied());
    assert!(count > 150_000, "{count}");
}

#[test]
fn sample_to_a_million_in_every_form_second_half() {
    let s = sample();
    let count = run(s[s.len() / 2..].iter().copied());
    assert!(count > 150_000, "{count}");
}

#[test]
fn uk_collectives_read_as_collective() {
    for (s, v) in [
        ("сто вісімдесят троє", 183),
        ("п'ятеро", 5),
        ("двадцять двоє", 22),
    ] {
        let tokens = tokenize(s);
        let found = find_numbers(&tokens, Lang::Uk);
        assert_eq!(found.len(), 1, "{s}");
        assert_eq!(found[0].value, v);
        assert!(found[0].collective, "{s}");
        let _ = Gender::M;
    }
}
