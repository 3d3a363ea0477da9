//! The interface language (uk, en, ru) and its strings.
//!
//! Every word of the pages is in `locales/{uk,en,ru}/ui.ftl` (Fluent),
//! embedded with `include_str!`. A page's language comes from `?lang=` (which
//! also sets a `lang` cookie), else the cookie, else `Accept-Language`, else
//! English. The summaries come from `swapledger-publish` in the same language.

use std::sync::OnceLock;

use axum::extract::FromRequestParts;
use axum::http::header;
use axum::http::request::Parts;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use swapledger_extract::Kind;
use unic_langid::{langid, LanguageIdentifier};

/// An interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum UiLang {
    /// Ukrainian.
    Uk,
    /// English.
    En,
    /// Russian.
    Ru,
}

impl UiLang {
    /// Every language, in the order of the switcher.
    pub const ALL: [UiLang; 3] = [UiLang::Uk, UiLang::En, UiLang::Ru];

    /// `uk`, `en` or `ru`.
    pub fn code(self) -> &'static str {
        match self {
            UiLang::Uk => "uk",
            UiLang::En => "en",
            UiLang::Ru => "ru",
        }
    }

    /// Parse a code (`uk`, `en`, `ru`; a region such as `uk-UA` is allowed).
    pub fn parse(s: &str) -> Option<UiLang> {
        let s = s.trim().to_ascii_lowercase();
        let primary = s.split(['-', '_']).next().unwrap_or("");
        match primary {
            "uk" => Some(UiLang::Uk),
            "en" => Some(UiLang::En),
            "ru" => Some(UiLang::Ru),
            _ => None,
        }
    }

    /// The language's name in itself (for the switcher).
    pub fn native_name(self) -> &'static str {
        match self {
            UiLang::Uk => "Українська",
            UiLang::En => "English",
            UiLang::Ru => "Русский",
        }
    }

    /// The same language for the summaries.
    pub fn publish(self) -> swapledger_publish::Lang {
        match self {
            UiLang::Uk => swapledger_publish::Lang::Uk,
            UiLang::En => swapledger_publish::Lang::En,
            UiLang::Ru => swapledger_publish::Lang::Ru,
        }
    }

    /// The first supported language of an `Accept-Language` header.
    pub fn from_accept_language(h: &str) -> Option<UiLang> {
        let mut best: Option<(f32, UiLang)> = None;
        for part in h.split(',') {
            let mut it = part.split(';');
            let tag = it.next().unwrap_or("");
            let q = it
                .find_map(|p| p.trim().strip_prefix("q="))
                .and_then(|q| q.parse::<f32>().ok())
                .unwrap_or(1.0);
            if let Some(l) = UiLang::parse(tag) {
                if best.is_none_or(|(bq, _)| q > bq) {
                    best = Some((q, l));
                }
            }
        }
        best.map(|(_, l)| l)
    }

    fn source(self) -> &'static str {
        match self {
            UiLang::Uk => include_str!("../locales/uk/ui.ftl"),
            UiLang::En => include_str!("../locales/en/ui.ftl"),
            UiLang::Ru => include_str!("../locales/ru/ui.ftl"),
        }
    }
}

/// The Fluent source of a language's interface (for tests and tools).
pub fn ui_source(lang: UiLang) -> &'static str {
    lang.source()
}

type Bundle = FluentBundle<FluentResource>;

fn bundle(lang: UiLang) -> &'static Bundle {
    static BUNDLES: [OnceLock<Bundle>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let i = match lang {
        UiLang::Uk => 0,
        UiLang::En => 1,
        UiLang::Ru => 2,
    };
    BUNDLES[i].get_or_init(|| {
        let id: LanguageIdentifier = match lang {
            UiLang::Uk => langid!("uk"),
            UiLang::En => langid!("en"),
            UiLang::Ru => langid!("ru"),
        };
        // The resources are checked by the tests (they parse, and every
        // language defines the same messages); a broken entry would still leave
        // the others usable.
        let res = match FluentResource::try_new(lang.source().to_string()) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        let mut b = FluentBundle::new_concurrent(vec![id]);
        b.set_use_isolating(false);
        let _ = b.add_resource(res);
        b
    })
}

/// The strings of one language, as templates use them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tr {
    /// The language.
    pub lang: UiLang,
}

impl Tr {
    /// The strings of `lang`.
    pub fn new(lang: UiLang) -> Tr {
        Tr { lang }
    }

    fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
        let b = bundle(self.lang);
        let msg = b.get_message(id)?;
        let pattern = msg.value()?;
        let mut errors = Vec::new();
        Some(b.format_pattern(pattern, args, &mut errors).into_owned())
    }

    /// The message `id` (its id when the language lacks it).
    pub fn t(&self, id: &str) -> String {
        self.format(id, None).unwrap_or_else(|| id.to_string())
    }

    /// The message `id` with one number argument `name`.
    pub fn tn(&self, id: &str, name: &str, n: u64) -> String {
        let mut args = FluentArgs::new();
        args.set(name.to_string(), FluentValue::from(n));
        self.format(id, Some(&args))
            .unwrap_or_else(|| id.to_string())
    }

    /// The message `id` with one string argument `name`.
    pub fn ts(&self, id: &str, name: &str, s: &str) -> String {
        let mut args = FluentArgs::new();
        args.set(name.to_string(), FluentValue::from(s.to_string()));
        self.format(id, Some(&args))
            .unwrap_or_else(|| id.to_string())
    }

    /// The message `id` with string arguments.
    pub fn tss(&self, id: &str, pairs: &[(&str, &str)]) -> String {
        let mut args = FluentArgs::new();
        for (k, v) in pairs {
            args.set(k.to_string(), FluentValue::from(v.to_string()));
        }
        self.format(id, Some(&args))
            .unwrap_or_else(|| id.to_string())
    }

    /// The message `id` with a string argument and a number argument.
    pub fn tsn(&self, id: &str, (sname, s): (&str, &str), (nname, n): (&str, u64)) -> String {
        let mut args = FluentArgs::new();
        args.set(sname.to_string(), FluentValue::from(s.to_string()));
        args.set(nname.to_string(), FluentValue::from(n));
        self.format(id, Some(&args))
            .unwrap_or_else(|| id.to_string())
    }

    /// The name of an event kind.
    pub fn kind(&self, kind: Kind) -> String {
        self.t(&format!("kind-{}", kind.as_str()))
    }

    /// The label of a figure (`to_ukraine`, `branches.sbu`, `oldest`...); the
    /// key itself when unknown.
    pub fn field(&self, field: &str) -> String {
        let id = match field.strip_prefix("branches.") {
            Some(b) => format!("branch-{b}"),
            None => format!("field-{field}"),
        };
        self.format(&id, None).unwrap_or_else(|| field.to_string())
    }

    /// The name of a cited source key, mediator code or branch key in a list;
    /// the key itself when unknown.
    pub fn list_value(&self, list: &str, value: &str) -> String {
        let id = match list {
            "mediators" => format!("state-{value}"),
            "sources" => format!("source-{value}"),
            "branches_mentioned" => format!("branch-{value}"),
            _ => return value.to_string(),
        };
        self.format(&id, None).unwrap_or_else(|| value.to_string())
    }

    /// The name of a document language code (`uk`, `ru`, `en`), or "unknown".
    pub fn doc_lang(&self, code: Option<&str>) -> String {
        match code {
            Some(c @ ("uk" | "ru" | "en")) => self.t(&format!("doc-lang-{c}")),
            Some(other) => other.to_string(),
            None => self.t("unknown"),
        }
    }
}

/// The language a page is shown in, and whether it was chosen by `?lang=`
/// (then the answer sets the cookie).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageLang {
    /// The language.
    pub lang: UiLang,
    /// Chosen by the query string just now.
    pub from_query: bool,
}

impl PageLang {
    /// The strings of this language.
    pub fn tr(self) -> Tr {
        Tr::new(self.lang)
    }
}

/// The value of one cookie in a `Cookie` header.
fn cookie<'a>(header: &'a str, name: &str) -> Option<&'a str> {
    header.split(';').find_map(|kv| {
        let (k, v) = kv.split_once('=')?;
        (k.trim() == name).then(|| v.trim())
    })
}

/// The `lang` query parameter of a query string.
pub fn query_lang(query: Option<&str>) -> Option<UiLang> {
    query?.split('&').find_map(|kv| {
        let (k, v) = kv.split_once('=')?;
        (k == "lang").then(|| UiLang::parse(v)).flatten()
    })
}

impl<S: Send + Sync> FromRequestParts<S> for PageLang {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        if let Some(l) = query_lang(parts.uri.query()) {
            return Ok(PageLang {
                lang: l,
                from_query: true,
            });
        }
        let header_str = |h| parts.headers.get(h).and_then(|v| v.to_str().ok());
        let lang = header_str(header::COOKIE)
            .and_then(|c| cookie(c, "lang"))
            .and_then(UiLang::parse)
            .or_else(|| header_str(header::ACCEPT_LANGUAGE).and_then(UiLang::from_accept_language))
            .unwrap_or(UiLang::En);
        Ok(PageLang {
            lang,
            from_query: false,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_parse_and_negotiate() {
        assert_eq!(UiLang::parse("uk-UA"), Some(UiLang::Uk));
        assert_eq!(UiLang::parse("de"), None);
        assert_eq!(
            UiLang::from_accept_language("de-DE,ru;q=0.8,en;q=0.5"),
            Some(UiLang::Ru)
        );
        assert_eq!(cookie("a=1; lang=uk", "lang"), Some("uk"));
        assert_eq!(
            query_lang(Some("from=2024-01-01&lang=ru")),
            Some(UiLang::Ru)
        );
    }

    #[test]
    fn every_language_defines_the_same_messages_and_parses() {
        use std::collections::BTreeSet;
        let ids = |l: UiLang| -> BTreeSet<String> {
            let res = FluentResource::try_new(l.source().to_string())
                .unwrap_or_else(|(_, e)| panic!("{} does not parse: {e:?}", l.code()));
            res.entries()
                .filter_map(|e| match e {
                    fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                    _ => None,
                })
                .collect()
        };
        let en = ids(UiLang::En);
        assert!(en.len() > 50);
        for l in [UiLang::Uk, UiLang::Ru] {
            let other = ids(l);
            let missing: Vec<_> = en.difference(&other).collect();
            let extra: Vec<_> = other.difference(&en).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{}: missing {missing:?}, extra {extra:?}",
                l.code()
            );
        }
    }

    #[test]
    fn plurals_follow_the_language() {
        let uk = Tr::new(UiLang::Uk);
        assert_eq!(uk.tn("events-count", "count", 1), "1 подія");
        assert_eq!(uk.tn("events-count", "count", 3), "3 події");
        assert_eq!(uk.tn("events-count", "count", 5), "5 подій");
        assert_eq!(uk.tn("events-count", "count", 21), "21 подія");
        let en = Tr::new(UiLang::En);
        assert_eq!(en.tn("events-count", "count", 1), "1 event");
        assert_eq!(en.tn("events-count", "count", 2), "2 events");
    }
}
