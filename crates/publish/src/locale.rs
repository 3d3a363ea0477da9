//! The Fluent resources of each language, embedded in the binary, and the one
//! way the rest of the crate formats a message.
//!
//! All wording lives in `locales/{uk,en,ru}/summary.ftl`: plural forms, case
//! and agreement, month names in the genitive, how a figure is qualified
//! ("понад", "more than", "более"). Rust passes numbers as Fluent numbers, so
//! plural categories are chosen by the language's CLDR rules, and keys
//! (`over`, `armed_forces`, `AE`) as strings for the resources to select on.
//! Bidi isolation marks are off: the output is plain text.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use swapledger_text::Lang;
use unic_langid::{langid, LanguageIdentifier};

/// The Fluent source of a language's summaries.
pub(crate) fn source(lang: Lang) -> &'static str {
    match lang {
        Lang::Uk => include_str!("../locales/uk/summary.ftl"),
        Lang::En => include_str!("../locales/en/summary.ftl"),
        Lang::Ru => include_str!("../locales/ru/summary.ftl"),
    }
}

/// One argument of a message.
#[derive(Debug, Clone)]
pub(crate) enum Arg {
    /// A number: formatted with the language's digit grouping, and selectable
    /// by plural category.
    Num(u64),
    /// A string: a key to select on, or text already worded.
    Str(String),
}

impl From<u64> for Arg {
    fn from(n: u64) -> Arg {
        Arg::Num(n)
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Str(s.to_string())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Str(s)
    }
}

/// A language's bundle.
pub(crate) struct Locale {
    bundle: FluentBundle<FluentResource>,
}

impl Locale {
    fn new(lang: Lang) -> Locale {
        let id: LanguageIdentifier = match lang {
            Lang::Uk => langid!("uk"),
            Lang::En => langid!("en"),
            Lang::Ru => langid!("ru"),
        };
        // The resources are part of the crate and parsed by its tests: a syntax
        // error cannot ship, but would still leave the other entries usable.
        let resource = match FluentResource::try_new(source(lang).to_string()) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        bundle.set_use_isolating(false);
        bundle.set_formatter(Some(match lang {
            Lang::En => format_en,
            Lang::Uk | Lang::Ru => format_uk_ru,
        }));
        // Errors here are duplicate ids, which the tests rule out.
        let _ = bundle.add_builtins();
        let _ = bundle.add_resource(resource);
        Locale { bundle }
    }

    /// Format message `id` with `args`. A missing message gives its id, so a
    /// gap in a translation shows instead of silently dropping a fact.
    pub(crate) fn msg(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.try_msg(id, args).unwrap_or_else(|(text, _)| text)
    }

    /// Format message `id`, with the errors Fluent reported, if any.
    pub(crate) fn try_msg(
        &self,
        id: &str,
        args: &[(&str, Arg)],
    ) -> Result<String, (String, Vec<String>)> {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return Err((id.to_string(), vec![format!("no message {id}")]));
        };
        let mut fargs = FluentArgs::new();
        for (name, arg) in args {
            match arg {
                Arg::Num(n) => fargs.set(*name, FluentValue::from(*n)),
                Arg::Str(s) => fargs.set(*name, FluentValue::from(s.clone())),
            }
        }
        let mut errors = Vec::new();
        let text = self
            .bundle
            .format_pattern(pattern, Some(&fargs), &mut errors)
            .into_owned();
        if errors.is_empty() {
            Ok(text)
        } else {
            Err((text, errors.iter().map(|e| e.to_string()).collect()))
        }
    }
}

#[cfg(test)]
thread_local! {
    /// Fluent errors met while formatting, for the tests to check.
    pub(crate) static ERRORS: std::cell::RefCell<Vec<String>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// The bundle of `lang`, built once.
pub(crate) fn locale(lang: Lang) -> &'static Locale {
    static UK: OnceLock<Locale> = OnceLock::new();
    static EN: OnceLock<Locale> = OnceLock::new();
    static RU: OnceLock<Locale> = OnceLock::new();
    let cell = match lang {
        Lang::Uk => &UK,
        Lang::En => &EN,
        Lang::Ru => &RU,
    };
    cell.get_or_init(|| Locale::new(lang))
}

/// Whole numbers with digit groups, as each language writes them.
fn group(n: u64, sep: &str, min_digits: usize) -> String {
    let digits = n.to_string();
    if digits.len() < min_digits {
        return digits;
    }
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(sep);
        }
        out.push(c);
    }
    out
}

fn whole(v: &FluentValue) -> Option<u64> {
    match v {
        FluentValue::Number(n) if n.value >= 0.0 && n.value.fract() == 0.0 && n.value < 1e15 => {
            Some(n.value as u64)
        }
        _ => None,
    }
}

/// English: "3,000", "207".
fn format_en<M>(v: &FluentValue, _: &M) -> Option<String> {
    whole(v).map(|n| group(n, ",", 4))
}

/// Ukrainian and Russian: "3000", "10 000" (a no-break space from five digits).
fn format_uk_ru<M>(v: &FluentValue, _: &M) -> Option<String> {
    whole(v).map(|n| group(n, "\u{a0}", 5))
}

/// The qualifier key of an approximate figure, as the resources select on it.
pub(crate) fn approx_key(a: Option<swapledger_text::Approx>) -> &'static str {
    a.map_or("exact", |a| a.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The message ids of a resource; the resource must parse without errors.
    fn ids(lang: Lang) -> std::collections::BTreeSet<String> {
        let r = FluentResource::try_new(source(lang).to_string())
            .unwrap_or_else(|(_, e)| panic!("{lang:?}: {e:?}"));
        r.entries()
            .filter_map(|e| match e {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                _ => None,
            })
            .collect()
    }

    /// The messages the Rust code formats: the contract with translators.
    /// Other messages (month names, verbs, nouns) are each language's helpers.
    const CALLED: &[&str] = &[
        "ages-both",
        "ages-oldest",
        "ages-youngest",
        "branch-genitive",
        "branch-item",
        "branch-name",
        "branches-mentioned",
        "branches-title",
        "civilians-all",
        "civilians-part",
        "civilians-split",
        "claim-breakdown",
        "claim-cited",
        "claim-outlet",
        "conflict",
        "conflict-range",
        "corrected",
        "corrected-plain",
        "date",
        "headline-disrupted",
        "headline-disrupted-plain",
        "headline-exchange",
        "headline-exchange-plain",
        "headline-release",
        "headline-release-plain",
        "headline-repatriation",
        "headline-repatriation-plain",
        "lead-bodies-russia",
        "lead-bodies-ukraine",
        "lead-disrupted",
        "lead-disrupted-formula",
        "lead-disrupted-russia",
        "lead-disrupted-ukraine",
        "lead-exchange",
        "lead-exchange-ordinal",
        "lead-release",
        "lead-repatriation",
        "lead-returned",
        "lead-russia",
        "list-item-end",
        "list-item-separator",
        "list-last-separator",
        "list-separator",
        "mediators",
        "np-bodies",
        "np-civilians",
        "np-defenders",
        "np-enlisted",
        "np-exchanges",
        "np-fallen",
        "np-military",
        "np-number",
        "np-officers",
        "np-people",
        "np-servicemen-own",
        "np-ukrainians",
        "np-women",
        "np-wounded",
        "np-years",
        "outlet",
        "outlets",
        "previous",
        "previous-plain",
        "ranks-both",
        "ranks-enlisted",
        "ranks-officers",
        "reported-by",
        "running-total-both",
        "running-total-exchanges",
        "running-total-people",
        "source-gender",
        "source-genitive",
        "source-name",
        "state-genitive",
        "women",
        "wounded",
    ];

    #[test]
    fn every_resource_parses_and_defines_the_messages_the_code_calls() {
        for lang in [Lang::Uk, Lang::En, Lang::Ru] {
            let ids = ids(lang);
            let missing: Vec<_> = CALLED.iter().filter(|m| !ids.contains(**m)).collect();
            assert!(missing.is_empty(), "{lang:?} lacks {missing:?}");
        }
    }

    #[test]
    fn digit_groups() {
        assert_eq!(group(207, ",", 4), "207");
        assert_eq!(group(3000, ",", 4), "3,000");
        assert_eq!(group(1_234_567, ",", 4), "1,234,567");
        assert_eq!(group(3000, "\u{a0}", 5), "3000");
        assert_eq!(group(10_000, "\u{a0}", 5), "10\u{a0}000");
    }
}
