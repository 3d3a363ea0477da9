//! From an event to the parts of its summary: a headline and blocks of
//! sentences, each worded by the language's Fluent resource.
//!
//! This module decides *what* to say (which sections, which figure, whether a
//! figure is approximate, disputed or corrected) and never *how*: every word
//! comes from `locales/<lang>/summary.ftl`. Text taken from documents (outlet
//! names) is wrapped in [`DOC_OPEN`]/[`DOC_CLOSE`] marks so that each output
//! format can escape it; the renderers remove the marks.

use chrono::Datelike;
use swapledger_extract::Kind;
use swapledger_text::Lang;

use crate::event::{Origin, Quantity, SummaryEvent, SummaryFigure};
use crate::locale::{approx_key, locale, Arg, Locale};

/// Opens text taken from a document (a private-use character).
pub(crate) const DOC_OPEN: char = '\u{E000}';
/// Closes text taken from a document.
pub(crate) const DOC_CLOSE: char = '\u{E001}';

/// A summary before it is written in a format.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Summary {
    /// The headline.
    pub headline: String,
    /// Paragraphs and lists, in order.
    pub blocks: Vec<Block>,
}

/// One block of a summary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Block {
    /// A paragraph: its sentences.
    Paragraph(Vec<String>),
    /// A list with a title line; items carry their closing punctuation.
    List {
        /// The line that introduces the list.
        title: String,
        /// The items.
        items: Vec<String>,
    },
}

/// Figures that can be disputed or corrected, in the order notes name them.
const NOTE_FIGURES: &[&str] = &[
    "to_ukraine",
    "to_russia",
    "military",
    "civilians",
    "officers",
    "enlisted",
    "women",
    "wounded",
    "oldest",
    "youngest",
];

struct Writer<'a> {
    l: &'static Locale,
    ev: &'a SummaryEvent,
    kind: &'static str,
}

impl Writer<'_> {
    fn msg(&self, id: &str, args: &[(&str, Arg)]) -> String {
        tidy(&self.l.msg(id, args))
    }

    /// A noun phrase with its number: "207 захисників", "more than 3,000 defenders".
    fn np(&self, id: &str, q: Quantity) -> String {
        self.msg(
            id,
            &[
                ("count", q.value.into()),
                ("approx", approx_key(q.approx).into()),
            ],
        )
    }

    fn date(&self, d: chrono::NaiveDate) -> String {
        self.msg(
            "date",
            &[
                ("day", u64::from(d.day()).into()),
                ("month", u64::from(d.month()).into()),
                // A string, so that no digit grouping applies to the year.
                ("year", d.year().to_string().into()),
            ],
        )
    }

    fn fig(&self, key: &str) -> Option<&SummaryFigure> {
        self.ev.figure(key)
    }

    fn q(&self, key: &str) -> Option<Quantity> {
        self.fig(key).map(SummaryFigure::quantity)
    }

    /// "A, B та C", with the separators of the resource.
    fn join(&self, items: &[String], with_and: bool) -> String {
        let sep = self.l.msg("list-separator", &[]);
        let last = self.l.msg("list-last-separator", &[]);
        let mut out = String::new();
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                if with_and && i + 1 == items.len() {
                    out.push_str(&last);
                } else {
                    out.push_str(&sep);
                }
            }
            out.push_str(item);
        }
        out
    }

    /// The noun for those received by Ukraine: civilians among them make them "people".
    fn people_np(&self) -> &'static str {
        if self.fig("civilians").is_some_and(|c| c.best > 0) {
            "np-people"
        } else {
            "np-defenders"
        }
    }

    /// Arguments of a sentence about people received by Ukraine: the noun
    /// phrase (`people`) and what its verb agrees with (`count`, `approx`,
    /// and the noun's key, `noun`, for its gender).
    fn people_args(&self, np: &'static str, q: Quantity) -> Vec<(&'static str, Arg)> {
        vec![
            ("people", self.np(np, q).into()),
            ("count", q.value.into()),
            ("approx", approx_key(q.approx).into()),
            ("noun", np.trim_start_matches("np-").into()),
        ]
    }

    fn headline(&self) -> String {
        let to_ua = self.q("to_ukraine");
        let to_ru = self.q("to_russia");
        match (self.ev.kind, to_ua) {
            (Kind::Exchange, Some(q)) => {
                self.msg("headline-exchange", &self.people_args(self.people_np(), q))
            }
            (Kind::Exchange, None) => self.msg("headline-exchange-plain", &[]),
            (Kind::Release, Some(q)) => {
                self.msg("headline-release", &self.people_args(self.people_np(), q))
            }
            (Kind::Release, None) => self.msg("headline-release-plain", &[]),
            (Kind::Repatriation, Some(q)) => self.msg(
                "headline-repatriation",
                &[("fallen", self.np("np-fallen", q).into())],
            ),
            (Kind::Repatriation, None) => self.msg("headline-repatriation-plain", &[]),
            (Kind::Disrupted, Some(u)) if to_ru.is_some() => self.msg(
                "headline-disrupted",
                &[
                    ("to_ukraine", u.value.into()),
                    ("to_russia", to_ru.map_or(0, |r| r.value).into()),
                ],
            ),
            (Kind::Disrupted, _) => self.msg("headline-disrupted-plain", &[]),
        }
    }

    fn lead(&self) -> Vec<String> {
        let mut out = Vec::new();
        let date = self.date(self.ev.date);
        let to_ua = self.q("to_ukraine");
        let to_ru = self.q("to_russia");
        let returned =
            |q: Quantity| self.msg("lead-returned", &self.people_args(self.people_np(), q));
        let russia = |id: &str, q: Quantity| {
            self.msg(
                id,
                &[
                    ("servicemen", self.np("np-servicemen-own", q).into()),
                    ("count", q.value.into()),
                ],
            )
        };
        match self.ev.kind {
            Kind::Exchange => {
                out.push(match self.ev.ordinal {
                    Some(o) => self.msg(
                        "lead-exchange-ordinal",
                        &[("date", date.into()), ("ordinal", o.into())],
                    ),
                    None => self.msg("lead-exchange", &[("date", date.into())]),
                });
                out.extend(to_ua.map(returned));
                out.extend(to_ru.map(|q| russia("lead-russia", q)));
            }
            Kind::Release => {
                out.push(self.msg("lead-release", &[("date", date.into())]));
                out.extend(to_ua.map(returned));
            }
            Kind::Repatriation => {
                out.push(self.msg("lead-repatriation", &[("date", date.into())]));
                if let Some(q) = to_ua {
                    out.push(self.msg(
                        "lead-bodies-ukraine",
                        &[("fallen", self.np("np-fallen", q).into())],
                    ));
                }
                if let Some(q) = to_ru {
                    out.push(self.msg(
                        "lead-bodies-russia",
                        &[
                            ("bodies", self.np("np-bodies", q).into()),
                            ("count", q.value.into()),
                        ],
                    ));
                }
            }
            Kind::Disrupted => {
                out.push(self.msg("lead-disrupted", &[("date", date.into())]));
                match (to_ua, to_ru) {
                    (Some(u), Some(r)) if u == r && u.approx.is_none() => {
                        out.push(self.msg("lead-disrupted-formula", &[("count", u.value.into())]))
                    }
                    _ => {
                        out.extend(to_ua.map(|q| {
                            self.msg(
                                "lead-disrupted-ukraine",
                                &self.people_args(self.people_np(), q),
                            )
                        }));
                        out.extend(to_ru.map(|q| russia("lead-disrupted-russia", q)));
                    }
                }
            }
        }
        if !self.ev.mediators.is_empty() {
            let states: Vec<String> = self
                .ev
                .mediators
                .iter()
                .map(|c| self.msg("state-genitive", &[("code", c.as_str().into())]))
                .collect();
            out.push(self.msg(
                "mediators",
                &[
                    ("kind", self.kind.into()),
                    ("states", self.join(&states, true).into()),
                ],
            ));
        }
        out
    }

    fn branches(&self) -> Vec<Block> {
        let mut out = Vec::new();
        let numbers = self.ev.branch_figures();
        if !numbers.is_empty() {
            let sep = self.l.msg("list-item-separator", &[]);
            let end = self.l.msg("list-item-end", &[]);
            let n = numbers.len();
            let items = numbers
                .iter()
                .enumerate()
                .map(|(i, (b, f))| {
                    let item = self.msg(
                        "branch-item",
                        &[
                            (
                                "branch",
                                self.msg("branch-name", &[("key", (*b).into())]).into(),
                            ),
                            ("count", f.best.into()),
                            ("approx", approx_key(f.approx).into()),
                        ],
                    );
                    format!("{item}{}", if i + 1 == n { &end } else { &sep })
                })
                .collect();
            out.push(Block::List {
                title: self.msg("branches-title", &[("kind", self.kind.into())]),
                items,
            });
        }
        let named: Vec<String> = self
            .ev
            .branches_mentioned
            .iter()
            .filter(|b| !numbers.iter().any(|(k, _)| k == b))
            .map(|b| self.msg("branch-genitive", &[("key", b.as_str().into())]))
            .collect();
        if !named.is_empty() {
            out.push(Block::Paragraph(vec![self.msg(
                "branches-mentioned",
                &[
                    ("kind", self.kind.into()),
                    ("branches", self.join(&named, true).into()),
                ],
            )]));
        }
        out
    }

    fn details(&self) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(c) = self.q("civilians") {
            let all = self
                .q("to_ukraine")
                .is_some_and(|t| t == c && c.approx.is_none());
            if all {
                out.push(self.msg("civilians-all", &[("count", c.value.into())]));
            } else if let Some(m) = self.q("military") {
                out.push(self.msg(
                    "civilians-split",
                    &[
                        ("military", self.np("np-military", m).into()),
                        ("civilians", self.np("np-civilians", c).into()),
                    ],
                ));
            } else {
                out.push(self.msg(
                    "civilians-part",
                    &[("civilians", self.np("np-civilians", c).into())],
                ));
            }
        }
        let officers = self.q("officers").map(|q| self.np("np-officers", q));
        let enlisted = self.q("enlisted").map(|q| self.np("np-enlisted", q));
        match (officers, enlisted) {
            (Some(o), Some(e)) => out.push(self.msg(
                "ranks-both",
                &[("officers", o.into()), ("enlisted", e.into())],
            )),
            (Some(o), None) => out.push(self.msg("ranks-officers", &[("officers", o.into())])),
            (None, Some(e)) => out.push(self.msg("ranks-enlisted", &[("enlisted", e.into())])),
            (None, None) => {}
        }
        let age = |key: &str| {
            self.fig(key)
                .map(|f| self.msg("np-years", &[("count", f.best.into())]))
        };
        match (age("youngest"), age("oldest")) {
            (Some(y), Some(o)) => {
                out.push(self.msg("ages-both", &[("youngest", y.into()), ("oldest", o.into())]))
            }
            (Some(y), None) => out.push(self.msg("ages-youngest", &[("youngest", y.into())])),
            (None, Some(o)) => out.push(self.msg("ages-oldest", &[("oldest", o.into())])),
            (None, None) => {}
        }
        if let Some(q) = self.q("wounded") {
            out.push(self.msg(
                "wounded",
                &[
                    ("wounded", self.np("np-wounded", q).into()),
                    ("count", q.value.into()),
                ],
            ));
        }
        if let Some(q) = self.q("women") {
            out.push(self.msg("women", &[("women", self.np("np-women", q).into())]));
        }
        out
    }

    fn source_name(&self, id: &str, key: &str) -> String {
        let state = self
            .ev
            .mediators
            .first()
            .map(|c| self.msg("state-genitive", &[("code", c.as_str().into())]))
            .unwrap_or_default();
        self.msg(id, &[("key", key.into()), ("state", state.into())])
    }

    fn claim(
        &self,
        value: u64,
        approx: Option<swapledger_text::Approx>,
        origin: &Origin,
    ) -> String {
        let count: Arg = value.into();
        let approx: Arg = approx_key(approx).into();
        match origin {
            Origin::Reported { cited, .. } if !cited.is_empty() => self.msg(
                "claim-cited",
                &[
                    ("count", count),
                    ("approx", approx),
                    (
                        "source",
                        self.source_name("source-genitive", &cited[0]).into(),
                    ),
                ],
            ),
            Origin::Reported { outlet, .. } if outlet.trim().is_empty() => {
                self.msg("np-number", &[("count", count), ("approx", approx)])
            }
            Origin::Reported { outlet, .. } => self.msg(
                "claim-outlet",
                &[
                    ("count", count),
                    ("approx", approx),
                    ("outlet", doc_text(outlet).into()),
                ],
            ),
            Origin::BreakdownSum => {
                self.msg("claim-breakdown", &[("count", count), ("approx", approx)])
            }
        }
    }

    fn notes(&self) -> Vec<String> {
        let mut out = Vec::new();
        let branch_keys: Vec<String> = self
            .ev
            .branch_figures()
            .iter()
            .map(|(b, _)| crate::event::figure_key(b))
            .collect();
        let keys = NOTE_FIGURES
            .iter()
            .map(|k| k.to_string())
            .chain(branch_keys);
        for key in keys {
            let Some(f) = self.fig(&key) else { continue };
            let label_key: Arg = key.as_str().into();
            if f.corrected {
                let was = f
                    .claims
                    .iter()
                    .find(|c| c.value != f.best)
                    .map(|c| Quantity {
                        value: c.value,
                        approx: c.approx,
                    })
                    .or_else(|| {
                        [f.low, f.high]
                            .into_iter()
                            .flatten()
                            .find(|v| *v != f.best)
                            .map(Quantity::exact)
                    });
                match was {
                    Some(w) => out.push(self.msg(
                        "corrected",
                        &[("key", label_key), ("was", self.np("np-number", w).into())],
                    )),
                    None => out.push(self.msg("corrected-plain", &[("key", label_key)])),
                }
            } else if f.conflict {
                let mut claims: Vec<String> = Vec::new();
                for c in &f.claims {
                    let text = self.claim(c.value, c.approx, &c.origin);
                    if !claims.contains(&text) {
                        claims.push(text);
                    }
                }
                if claims.len() >= 2 {
                    out.push(self.msg(
                        "conflict",
                        &[
                            ("key", label_key),
                            ("claims", self.join(&claims, false).into()),
                        ],
                    ));
                } else if let (Some(lo), Some(hi)) = (f.low, f.high) {
                    out.push(self.msg(
                        "conflict-range",
                        &[("key", label_key), ("low", lo.into()), ("high", hi.into())],
                    ));
                }
            }
        }
        out
    }

    fn reported(&self) -> Vec<String> {
        let mut out = Vec::new();
        if !self.ev.sources.is_empty() {
            let names: Vec<String> = self
                .ev
                .sources
                .iter()
                .map(|k| self.source_name("source-name", k))
                .collect();
            let gender = self.msg(
                "source-gender",
                &[("key", self.ev.sources[0].as_str().into())],
            );
            out.push(self.msg(
                "reported-by",
                &[
                    ("kind", self.kind.into()),
                    ("count", (names.len() as u64).into()),
                    ("gender", gender.into()),
                    ("sources", self.join(&names, true).into()),
                ],
            ));
        }
        let outlets: Vec<String> = self
            .ev
            .outlets
            .iter()
            .filter(|o| !o.trim().is_empty())
            .map(|o| self.msg("outlet", &[("name", doc_text(o).into())]))
            .collect();
        if !outlets.is_empty() {
            out.push(self.msg(
                "outlets",
                &[
                    ("outlets", self.join(&outlets, true).into()),
                    ("count", (outlets.len() as u64).into()),
                ],
            ));
        }
        out
    }

    fn context(&self) -> Vec<Block> {
        let mut out = Vec::new();
        if let Some(t) = self.ev.running_total {
            let ex = t.exchanges.map(|q| self.np("np-exchanges", q));
            let people = t.to_ukraine.map(|q| self.np("np-ukrainians", q));
            let ex_count: Arg = t.exchanges.map_or(0, |q| q.value).into();
            let people_count: Arg = t.to_ukraine.map_or(0, |q| q.value).into();
            let s = match (ex, people) {
                (Some(e), Some(p)) => Some(self.msg(
                    "running-total-both",
                    &[
                        ("exchanges", e.into()),
                        ("exchanges_count", ex_count),
                        ("people", p.into()),
                        ("people_count", people_count),
                    ],
                )),
                (Some(e), None) => Some(self.msg(
                    "running-total-exchanges",
                    &[("exchanges", e.into()), ("exchanges_count", ex_count)],
                )),
                (None, Some(p)) => Some(self.msg(
                    "running-total-people",
                    &[("people", p.into()), ("people_count", people_count)],
                )),
                (None, None) => None,
            };
            out.extend(s.map(|s| Block::Paragraph(vec![s])));
        }
        if let Some(p) = self.ev.previous {
            let date = self.date(p.date);
            let s = match p.to_ukraine {
                Some(q) => {
                    let mut args = self.people_args("np-defenders", q);
                    args.push(("date", date.into()));
                    self.msg("previous", &args)
                }
                None => self.msg("previous-plain", &[("date", date.into())]),
            };
            out.push(Block::Paragraph(vec![s]));
        }
        out
    }
}

/// Compose the summary of `ev` in `lang`.
pub(crate) fn compose(ev: &SummaryEvent, lang: Lang) -> Summary {
    let w = Writer {
        l: locale(lang),
        ev,
        kind: ev.kind.as_str(),
    };
    let mut blocks = vec![Block::Paragraph(w.lead())];
    blocks.extend(w.branches());
    for part in [w.details(), w.notes(), w.reported()] {
        if !part.is_empty() {
            blocks.push(Block::Paragraph(part));
        }
    }
    blocks.extend(w.context());
    // A sentence opens with a capital ("more than 300 defenders..." → "More than").
    for b in &mut blocks {
        match b {
            Block::Paragraph(sentences) => sentences.iter_mut().for_each(capitalize),
            Block::List { title, items } => {
                capitalize(title);
                items.iter_mut().for_each(capitalize);
            }
        }
    }
    let mut headline = w.headline();
    capitalize(&mut headline);
    Summary { headline, blocks }
}

/// Text from a document, marked for escaping; marks, controls and line
/// breaks inside it are dropped so that it stays one inline run.
fn doc_text(s: &str) -> String {
    let clean: String = s
        .chars()
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .filter(|c| !c.is_control() && *c != DOC_OPEN && *c != DOC_CLOSE)
        .collect();
    format!("{DOC_OPEN}{}{DOC_CLOSE}", tidy(&clean))
}

/// Upper-case the first character when it is a lower-case letter.
fn capitalize(s: &mut String) {
    let mut chars = s.chars();
    if let Some(c) = chars.next().filter(|c| c.is_lowercase()) {
        *s = c.to_uppercase().chain(chars).collect();
    }
}

/// Collapse runs of ASCII spaces (an exact figure leaves its qualifier empty)
/// and trim; no-break spaces inside numbers stay.
fn tidy(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c == ' ' {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::event::{figure_key, FigureClaim, PreviousExchange, RunningTotal};
    use crate::locale::ERRORS;
    use chrono::NaiveDate;
    use swapledger_text::Approx;

    /// Events that use every message: each kind, every section, every
    /// qualifier, disputes with each origin, corrections with and without the
    /// earlier figure, every source, state and branch.
    fn every_section() -> Vec<SummaryEvent> {
        let date = NaiveDate::from_ymd_opt(2024, 1, 31).unwrap_or_default();
        let mut disputed = SummaryFigure::exact(207);
        disputed.conflict = true;
        disputed.claims = vec![
            FigureClaim {
                value: 207,
                approx: None,
                origin: Origin::Reported {
                    outlet: "A".into(),
                    cited: vec!["coordination_hq".into()],
                },
            },
            FigureClaim {
                value: 206,
                approx: Some(Approx::About),
                origin: Origin::Reported {
                    outlet: "B".into(),
                    cited: vec![],
                },
            },
            FigureClaim {
                value: 205,
                approx: None,
                origin: Origin::BreakdownSum,
            },
        ];
        let mut ranged = SummaryFigure::exact(20);
        ranged.conflict = true;
        ranged.low = Some(19);
        ranged.high = Some(20);
        let mut corrected = SummaryFigure::exact(12);
        corrected.corrected = true;
        corrected.low = Some(11);
        let mut corrected_plain = SummaryFigure::exact(61);
        corrected_plain.corrected = true;
        let mut out = Vec::new();
        for kind in [
            Kind::Exchange,
            Kind::Release,
            Kind::Repatriation,
            Kind::Disrupted,
        ] {
            for (i, approx) in [
                None,
                Some(Approx::Over),
                Some(Approx::About),
                Some(Approx::Under),
            ]
            .into_iter()
            .enumerate()
            {
                let q = |v: u64| SummaryFigure {
                    approx,
                    ..SummaryFigure::exact(v)
                };
                let mut e = SummaryEvent::new("e", kind, date)
                    .with("to_ukraine", if i == 0 { disputed.clone() } else { q(300) })
                    .with("to_russia", q(if i == 1 { 300 } else { 21 }))
                    .with("officers", if i == 0 { ranged.clone() } else { q(3) })
                    .with("enlisted", q(187))
                    .with("youngest", q(19))
                    .with(
                        "oldest",
                        if i == 0 {
                            corrected_plain.clone()
                        } else {
                            q(61)
                        },
                    )
                    .with("wounded", if i == 0 { corrected.clone() } else { q(12) })
                    .with("women", q(2));
                if i % 2 == 0 {
                    e = e.with("civilians", q(7)).with("military", q(200));
                }
                if i == 3 {
                    e.figures.remove("officers");
                    e.figures.remove("youngest");
                    e = e.with("civilians", q(300));
                }
                if i == 2 {
                    e.figures.remove("enlisted");
                    e.figures.remove("oldest");
                    e.figures.remove("to_ukraine");
                }
                for b in swapledger_extract::report::BRANCHES {
                    e = e.with(&figure_key(b), q(5));
                    e.branches_mentioned.push(b.to_string());
                }
                e.branches_mentioned.push("unknown_branch".into());
                e.ordinal = Some(50 + i as u64);
                e.mediators = ["AE", "TR", "SA", "QA", "VA", "US", "XX"]
                    .iter()
                    .map(|s| s.to_string())
                    .collect();
                e.sources = if i == 0 {
                    swapledger_extract::report::SOURCES
                        .iter()
                        .map(|s| s.to_string())
                        .collect()
                } else {
                    vec![["ombudsman_ru", "hur", "zelensky", "unknown"][i].to_string()]
                };
                e.outlets = vec!["Укрінформ".into()];
                e.previous = Some(PreviousExchange {
                    date,
                    to_ukraine: (i != 1).then_some(Quantity::exact(21)),
                });
                e.running_total = Some(RunningTotal {
                    exchanges: (i != 2).then_some(Quantity::exact(21)),
                    to_ukraine: (i != 3).then_some(Quantity::exact(3035)),
                });
                out.push(e);
            }
        }
        out
    }

    #[test]
    fn every_message_formats_without_fluent_errors() {
        for ev in every_section() {
            for lang in [Lang::Uk, Lang::En, Lang::Ru] {
                ERRORS.with(|e| e.borrow_mut().clear());
                let s = compose(&ev, lang);
                let errors = ERRORS.with(|e| e.borrow().clone());
                assert!(
                    errors.is_empty(),
                    "{lang:?} {:?}: {errors:?}\n{s:#?}",
                    ev.kind
                );
                assert!(!s.headline.is_empty());
            }
        }
    }
}
