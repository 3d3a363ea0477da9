//! Assembly: decide which event each sentence speaks of, then build events from
//! the claims of their sentences.
//!
//! The main event is what the document is about; a sentence opens a background
//! event when it dates an exchange to another day, when it opens with "нагадаємо",
//! "ранее", "earlier" and counts people, or when it speaks of a disrupted one.
//! Sentences that follow a background sentence in the same paragraph stay with
//! it; a heading is read with the paragraph it introduces.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use swapledger_text::dates::{resolve, DateExpr, Direction, Precision};
use swapledger_text::Span;

use crate::analysis::Analysis;
use crate::claims::{formula_claims, sentence_claims, Claim, Field, Side};
use crate::lexicon::{Concept, Cue};
use crate::report::{Check, Count, Event, Fact, Kind, Role};

/// What one sentence says about events, before it is assigned to one.
#[derive(Debug, Clone, Default)]
struct SentenceInfo {
    skip: bool,
    day: Option<(NaiveDate, Span)>,
    month: Option<(NaiveDate, Span)>,
    exchange: bool,
    bodies: bool,
    release: bool,
    children: bool,
    disrupted: bool,
    ret: bool,
    background: bool,
    then: bool,
    this: bool,
    ordinal_exchange: bool,
    /// An exchange or captivity word comes before the first bodies word.
    exchange_or_captivity_first: bool,
}

impl SentenceInfo {
    fn event_cue(&self) -> bool {
        self.exchange || self.bodies || self.ret || self.disrupted || self.ordinal_exchange
    }

    fn kind(&self) -> Kind {
        if self.disrupted && (self.exchange || self.bodies || self.ordinal_exchange) {
            Kind::Disrupted
        } else if self.bodies {
            Kind::Repatriation
        } else if self.release || (self.children && !self.exchange) {
            Kind::Release
        } else {
            Kind::Exchange
        }
    }
}

/// An event being built.
#[derive(Debug, Clone)]
struct Draft {
    kind: Kind,
    kind_span: Span,
    role: Role,
    date: Option<(NaiveDate, Span)>,
    claims: Vec<Claim>,
    cumulative: Vec<Claim>,
    last_paragraph: usize,
}

fn sentence_info(a: &Analysis, si: usize, published: Option<NaiveDate>) -> SentenceInfo {
    let r = a.range(si);
    let s = &a.sentences[si];
    let mut info = SentenceInfo::default();
    let head = r.start..(r.start + 3).min(r.end);
    if s.line_start
        && (a.has_cue(head.clone(), Cue::ReadAlso) || a.has_cue(head.clone(), Cue::Photo))
    {
        info.skip = true;
        return info;
    }
    info.exchange = a.sentence_has(si, Cue::Exchange);
    info.bodies = a.sentence_has(si, Cue::Bodies);
    info.release = a.sentence_has(si, Cue::Release);
    info.children = a.sentence_has(si, Cue::Children);
    info.disrupted = a.sentence_has(si, Cue::Disrupted);
    info.ret = a.sentence_has(si, Cue::Return);
    // "обмін тілами", "exchange of bodies" is about bodies.
    info.exchange_or_captivity_first = a
        .hits_in(r.clone())
        .iter()
        .find_map(|h| match h.concept {
            Concept::Cue(Cue::Exchange) => {
                let phrase_end = (h.end..(h.end + 3).min(r.end))
                    .find(|&i| a.tokens[i].kind == swapledger_text::TokenKind::Punct)
                    .unwrap_or((h.end + 3).min(r.end));
                Some(!a.has_cue(h.end..phrase_end, Cue::Bodies))
            }
            Concept::Cue(Cue::Captivity) => Some(true),
            Concept::Cue(Cue::Bodies) => Some(false),
            _ => None,
        })
        .unwrap_or(false);
    info.background = a.has_cue(head.clone(), Cue::Background)
        || a.has_cue(r.start..(r.start + 6).min(r.end), Cue::Background);
    info.then = a.has_cue(head.clone(), Cue::Then);
    info.this = a.sentence_has(si, Cue::This);
    info.ordinal_exchange = a
        .ordinals_in(r.clone())
        .iter()
        .any(|o| o.tokens.end <= r.end && counts_exchanges(a, o, &r));
    let future = a.sentence_has(si, Cue::Future);
    if let Some(reference) = published {
        let dir = if future {
            Direction::Future
        } else {
            Direction::Past
        };
        for d in a
            .dates_in(r.clone())
            .iter()
            .filter(|d| d.tokens.end <= r.end && !a.starts_a_since(d, &r))
        {
            let Some(res) = resolve(&d.expr, reference, dir) else {
                continue;
            };
            match res.precision {
                Precision::Day if info.day.is_none() => info.day = Some((res.date, d.span)),
                Precision::Month if info.month.is_none() => info.month = Some((res.date, d.span)),
                _ => {}
            }
        }
    } else {
        for d in a
            .dates_in(r.clone())
            .iter()
            .filter(|d| d.tokens.end <= r.end && !a.starts_a_since(d, &r))
        {
            if let DateExpr::Day {
                day,
                month,
                year: Some(y),
            } = d.expr
            {
                if let Some(date) = NaiveDate::from_ymd_opt(y, month, day) {
                    info.day.get_or_insert((date, d.span));
                }
            }
        }
    }
    info
}

/// Build the events of an analysed document.
pub fn assemble(
    a: &Analysis,
    published: Option<NaiveDate>,
    front_source: &[&'static str],
    author: Side,
) -> Vec<Event> {
    let n = a.sentences.len();
    let infos: Vec<SentenceInfo> = (0..n).map(|si| sentence_info(a, si, published)).collect();

    // The main event's kind: cues of the title and the first sentences.
    let lead: Vec<usize> = (0..n).filter(|&si| !infos[si].skip).take(4).collect();
    let mut main_kind = Kind::Exchange;
    let mut kind_span = None;
    if let Some(&si) = lead.iter().find(|&&si| {
        let i = &infos[si];
        i.exchange || i.bodies || i.disrupted && i.ordinal_exchange || i.release || i.children
    }) {
        main_kind = infos[si].kind();
        // A lead that names both people from captivity and bodies is about what it names first.
        if main_kind == Kind::Repatriation && infos[si].exchange_or_captivity_first {
            main_kind = Kind::Exchange;
        }
        kind_span = Some(si);
    } else {
        let any = |f: fn(&SentenceInfo) -> bool| lead.iter().copied().find(|&si| f(&infos[si]));
        if let Some(si) = any(|i| i.bodies) {
            main_kind = Kind::Repatriation;
            kind_span = Some(si);
        } else if let Some(si) =
            any(|i| i.disrupted && (i.exchange || i.ordinal_exchange) && !i.background)
        {
            main_kind = Kind::Disrupted;
            kind_span = Some(si);
        } else if lead.iter().all(|&si| !infos[si].exchange)
            && lead
                .iter()
                .any(|&si| infos[si].release || infos[si].children)
        {
            main_kind = Kind::Release;
            kind_span = any(|i| i.release || i.children);
        } else {
            kind_span = any(|i| i.exchange).or(kind_span);
        }
    }
    // "На сьогодні був запланований обмін. Він не відбувся.": a planned exchange that
    // the same or the next sentence says did not happen makes a disrupted main event.
    if main_kind == Kind::Exchange {
        let planned_then_failed = (0..n).find(|&si| {
            let i = &infos[si];
            !i.skip
                && !i.background
                && (i.exchange || i.ordinal_exchange)
                && a.sentence_has(si, Cue::Planned)
                && i.day.is_none_or(|d| published.is_none_or(|p| p == d.0))
                && !i.disrupted
                && ((si + 1 < n
                    && infos[si + 1].disrupted
                    && !(infos[si + 1].exchange || infos[si + 1].bodies)
                    && a.sentences[si + 1].paragraph == a.sentences[si].paragraph)
                    // "В этот день планировался обмен" in a report of a crash that
                    // killed the prisoners being brought for it.
                    || (0..n).any(|sj| a.sentence_has(sj, Cue::Death))
                        && !(0..n).any(|sj| infos[sj].ret && a.sentence_has(sj, Cue::Captivity)))
        });
        if let Some(si) = planned_then_failed {
            main_kind = Kind::Disrupted;
            kind_span = Some(si);
        }
    }
    // A lead that says the exchange or handover did not happen is about a disrupted one.
    if let Some(&si) = lead.iter().take(3).find(|&&si| {
        let i = &infos[si];
        i.disrupted && (i.exchange || i.bodies || i.ordinal_exchange) && !i.background
    }) {
        main_kind = Kind::Disrupted;
        kind_span = Some(si);
    }
    // "Це не був обмін", "это не обмен": a one-sided release, whatever the lead says.
    if main_kind != Kind::Repatriation {
        if let Some(si) = (0..n).find(|&si| {
            !infos[si].skip && !infos[si].background && a.sentence_has(si, Cue::NotExchange)
        }) {
            main_kind = Kind::Release;
            kind_span = Some(si);
        }
    }
    // No lead sentence names the kind: the return it reports is the evidence ("З
    // полону повернулися 100 українців"), else the first return, else the lead.
    let kind_span = kind_span
        .or_else(|| {
            lead.iter().copied().find(|&si| {
                infos[si].ret
                    && a.sentence_has(si, Cue::Captivity)
                    && !a.numbers_in(a.range(si)).is_empty()
            })
        })
        .or_else(|| lead.iter().copied().find(|&si| infos[si].ret))
        .or_else(|| lead.first().copied())
        .map_or(Span::new(0, 0), |si| a.sentence_span(si));

    // The main event's date: the first dated sentence about an event that is not background.
    let mut main_date: Option<(NaiveDate, Span)> = None;
    // A dateline ("МОСКВА, 5 февраля. /ТАСС/.") dates the report when no event
    // sentence before the background part does.
    let dateline = (0..n.min(6))
        .filter(|&si| !infos[si].skip && a.sentences[si].paragraph <= 2)
        .find_map(|si| infos[si].day.filter(|_| a.range(si).len() <= 6));
    let mut background_paragraph = None;
    for (si, info) in infos.iter().enumerate() {
        let para = a.sentences[si].paragraph;
        if info.background {
            background_paragraph = Some(para);
            continue;
        }
        if info.skip || a.sentence_has(si, Cue::Future) || background_paragraph == Some(para) {
            continue;
        }
        if info.kind() == Kind::Disrupted && main_kind != Kind::Disrupted {
            continue;
        }
        if let Some(d) = info.day {
            // "Учора ... провела один із найбільших обмінів від початку вторгнення": a
            // day date that is not the start of a "since" names the event's day.
            let since_date = a
                .dates_in(a.range(si))
                .iter()
                .any(|m| a.starts_a_since(m, &a.range(si)));
            let plural_exchanges = a.sentence_has(si, Cue::Exchanges) && !since_date;
            if info.event_cue() || info.this || plural_exchanges {
                main_date = Some(d);
                break;
            }
        }
    }

    if main_date.is_none() {
        main_date = dateline;
    }
    let mut drafts: Vec<Draft> = vec![Draft {
        kind: main_kind,
        kind_span,
        role: Role::Main,
        date: main_date,
        claims: Vec::new(),
        cumulative: Vec::new(),
        last_paragraph: 0,
    }];
    let mut target_of: Vec<Option<usize>> = vec![None; n];
    let mut current = 0usize;
    let mut seq = 0usize;
    let mut claims_of: Vec<Vec<Claim>> = Vec::with_capacity(n);
    let mut cumulative_of: Vec<Vec<Claim>> = Vec::with_capacity(n);
    let mut formulas_of: Vec<Vec<Claim>> = Vec::with_capacity(n);
    // Formula values of staged deals ("1000 на 1000" with "етап"): names of deals, not counts.
    let mut staged: Vec<u64> = Vec::new();
    let staged_deal = (0..n).any(|si| a.sentence_has(si, Cue::Stage));
    for si in 0..n {
        let mut sc = sentence_claims(a, si, &mut seq, author);
        let (formula, each) = formula_claims(a, si, &mut seq);
        // A deal carried out in stages names its formula; the formula is nobody's count.
        if a.sentence_has(si, Cue::Stage) || (a.sentence_has(si, Cue::Deal) && staged_deal) {
            staged.extend(formula.iter().map(|c| c.value.value));
        }
        sc.claims.extend(each);
        // A deal's formula ("договорённость об обмене 6000 на 6000") is this event's
        // figure only when the text states no other.
        let deal = a.sentence_has(si, Cue::Deal);
        formulas_of.push(
            formula
                .into_iter()
                .map(|mut c| {
                    if deal {
                        c.priority = 0;
                    }
                    c
                })
                .collect(),
        );
        claims_of.push(sc.claims);
        cumulative_of.push(sc.maybe_cumulative);
    }
    for si in 0..n {
        let info = &infos[si];
        if info.skip {
            continue;
        }
        let claims = &claims_of[si];
        let has_counts = claims.iter().any(|c| matches!(c.field, Field::Count(_)));
        let para = a.sentences[si].paragraph;
        let since = a.sentence_has(si, Cue::SinceStart) && !info.exchange && !info.bodies;
        let eventful = (info.event_cue() || has_counts) && !since;
        let same_day = info
            .day
            .is_none_or(|(d, _)| main_date.is_some_and(|m| m.0 == d))
            || info.then;
        let target = if main_kind == Kind::Exchange
            && info.bodies
            && !info.exchange
            && has_counts
            && same_day
            && !info.background
        {
            // A secondary happening on the same day: bodies handed over beside the swap.
            match drafts.iter().position(|x| {
                x.kind == Kind::Repatriation && x.date.map(|d| d.0) == main_date.map(|m| m.0)
            }) {
                Some(i) => i,
                None => {
                    drafts.push(Draft {
                        kind: Kind::Repatriation,
                        kind_span: a.sentence_span(si),
                        role: Role::Background,
                        date: info.day.or(main_date),
                        claims: Vec::new(),
                        cumulative: Vec::new(),
                        last_paragraph: para,
                    });
                    drafts.len() - 1
                }
            }
        } else if let Some((d, span)) = info.day.filter(|_| eventful) {
            if main_date.is_some_and(|m| m.0 == d) || (main_date.is_none() && Some(d) == published)
            {
                0
            } else if current != 0
                && drafts[current].date.is_some_and(|x| x.0 == d)
                && !(info.exchange && info.ordinal_exchange)
            {
                current
            } else if let Some(i) = (!(info.exchange || info.bodies || info.ordinal_exchange))
                .then(|| {
                    drafts.iter().rposition(|x| {
                        x.role == Role::Background && x.date.is_some_and(|x| x.0 == d)
                    })
                })
                .flatten()
            {
                i
            } else if (!info.event_cue() && !continues_event_clause(a, &infos, si))
                || !(has_counts
                    || info.exchange
                    || info.bodies
                    || info.disrupted
                    || info.ordinal_exchange)
            {
                // A verb of return with a date and no count or exchange word ("the
                // soldiers it got back had been captured ... on Aug. 6") opens no event.
                // A dated count with no word of exchange or return ("the plane that came
                // down on Jan. 24 killed all 74 on board") opens no event.
                current
            } else {
                drafts.push(Draft {
                    kind: info.kind(),
                    kind_span: a.sentence_span(si),
                    role: Role::Background,
                    date: Some((d, span)),
                    claims: Vec::new(),
                    cumulative: Vec::new(),
                    last_paragraph: para,
                });
                drafts.len() - 1
            }
        } else if (info.month.is_some_and(|m| {
            main_date.is_none_or(|d| d.0.month() != m.0.month() || d.0.year() != m.0.year())
        }) && info.event_cue()
            && has_counts
            && !since)
            || (info.background && has_counts && info.event_cue() && !since)
        {
            new_undated(&mut drafts, info, a, si, para)
        } else if info.then && current != 0 {
            current
        } else if info.disrupted && (info.exchange || info.ordinal_exchange) {
            match drafts.iter().position(|d| d.kind == Kind::Disrupted) {
                Some(i) => i,
                None if main_kind == Kind::Disrupted => 0,
                None => {
                    drafts.push(Draft {
                        kind: Kind::Disrupted,
                        kind_span: a.sentence_span(si),
                        role: Role::Background,
                        date: None,
                        claims: Vec::new(),
                        cumulative: Vec::new(),
                        last_paragraph: para,
                    });
                    drafts.len() - 1
                }
            }
        } else if info.this {
            0
        } else if current != 0 && drafts[current].last_paragraph == para {
            current
        } else {
            0
        };
        target_of[si] = Some(target);
        drafts[target].last_paragraph = para;
        current = target;
    }
    // A heading introduces the paragraph after it: it goes with that paragraph's event.
    for si in 1..n {
        if !a.sentences[si].heading || target_of[si] != Some(0) || claims_of[si].is_empty() {
            continue;
        }
        if let Some(next) = (si + 1..n).find(|&j| target_of[j].is_some()) {
            let t = target_of[next].unwrap_or(0);
            if t != 0
                && a.sentences[next].paragraph != a.sentences[si].paragraph
                && infos[si].day.is_none()
            {
                target_of[si] = Some(t);
            }
        }
    }
    for si in 0..n {
        let Some(t) = target_of[si] else { continue };
        drafts[t].claims.extend(std::mem::take(&mut claims_of[si]));
        // A formula that names a staged deal ("1000 на 1000") is nobody's count.
        drafts[t].claims.extend(
            std::mem::take(&mut formulas_of[si])
                .into_iter()
                .filter(|c| !staged.contains(&c.value.value)),
        );
        drafts[t]
            .cumulative
            .extend(std::mem::take(&mut cumulative_of[si]));
        // Names: sources, mediators, mentioned branches, ordinals.
        let named = name_claims(a, si, &mut seq);
        drafts[t].claims.extend(named);
        drafts[t]
            .claims
            .extend(stage_claims(a, si, &staged, &mut seq));
    }
    // The author named by the front matter is the source of the main event, and
    // of a background event the post tells in the first person ("У п'ятницю ми
    // повернули 390 людей").
    for (i, draft) in drafts.iter_mut().enumerate() {
        // The evidence of a background one is the sentence the author tells it in.
        let told_in = draft
            .claims
            .iter()
            .map(|c| c.sentence)
            .find(|&si| first_person(a, si));
        let span = match (i, told_in) {
            (0, _) => Span::new(0, 0),
            (_, Some(si)) => a.sentence_span(si),
            (_, None) => continue,
        };
        for key in front_source {
            seq += 1;
            draft.claims.push(Claim {
                field: Field::Source(key),
                value: Count::exact(1),
                span,
                sentence: 0,
                priority: 0,
                seq,
            });
        }
    }
    // Background drafts with the same day and kind as another, and no clash, are one event.
    let mut merged: Vec<Draft> = Vec::new();
    for d in drafts {
        if d.role == Role::Background {
            if let Some(m) = merged.iter_mut().find(|m| {
                m.kind == d.kind
                    && m.date.is_some()
                    && m.date.map(|x| x.0) == d.date.map(|x| x.0)
                    && !clash(m, &d)
            }) {
                m.claims.extend(d.claims);
                m.cumulative.extend(d.cumulative);
                continue;
            }
        }
        merged.push(d);
    }
    let mut events = Vec::new();
    for (i, d) in merged.into_iter().enumerate() {
        let mut ev = build(d, i == 0);
        if i == 0 && ev.date.is_none() {
            if let Some(p) = published {
                ev.date = Some(Fact {
                    value: p,
                    evidence: Vec::new(),
                });
            }
        }
        if i > 0 && ev.date.is_none() && ev.counts.is_empty() && ev.branches.is_empty() {
            continue;
        }
        events.push(ev);
    }
    events
}

/// Sentence `si` speaks in the first person, or is a clause cut from a sentence
/// that does ("ми повернули 390 людей, | у суботу – ще 307").
fn first_person(a: &Analysis, si: usize) -> bool {
    a.sentence_has(si, Cue::FirstPerson)
        || (a.continues_previous(si) && a.sentence_has(si - 1, Cue::FirstPerson))
}

/// A clause cut from a sentence whose previous clause speaks of an event
/// ("У п'ятницю ми повернули 390 людей, | у суботу – ще 307").
fn continues_event_clause(a: &Analysis, infos: &[SentenceInfo], si: usize) -> bool {
    a.continues_previous(si) && infos[si - 1].event_cue()
}

fn new_undated(
    drafts: &mut Vec<Draft>,
    info: &SentenceInfo,
    a: &Analysis,
    si: usize,
    para: usize,
) -> usize {
    drafts.push(Draft {
        kind: info.kind(),
        kind_span: a.sentence_span(si),
        role: Role::Background,
        date: None,
        claims: Vec::new(),
        cumulative: Vec::new(),
        last_paragraph: para,
    });
    drafts.len() - 1
}

fn clash(x: &Draft, y: &Draft) -> bool {
    let first = |d: &Draft, f: &'static str| {
        d.claims
            .iter()
            .filter(|c| c.field == Field::Count(f))
            .max_by_key(|c| (c.priority, std::cmp::Reverse(c.seq)))
            .map(|c| c.value.value)
    };
    let ord = |d: &Draft| {
        d.claims
            .iter()
            .find(|c| c.field == Field::Ordinal)
            .map(|c| c.value.value)
    };
    (first(x, "to_ukraine").is_some()
        && first(y, "to_ukraine").is_some()
        && first(x, "to_ukraine") != first(y, "to_ukraine"))
        || (ord(x).is_some() && ord(y).is_some() && ord(x) != ord(y))
        || (ord(y).is_some() && first(x, "to_ukraine").is_some())
}

/// Sources, mediators, branch mentions and ordinals named in a sentence.
fn name_claims(a: &Analysis, si: usize, seq: &mut usize) -> Vec<Claim> {
    let r = a.range(si);
    let hits = a.hits_in(r.clone());
    let mut out = Vec::new();
    let mut push = |out: &mut Vec<Claim>, field, span| {
        *seq += 1;
        out.push(Claim {
            field,
            value: Count::exact(1),
            span,
            sentence: si,
            priority: 0,
            seq: *seq,
        });
    };
    let cue = |c: Cue| hits.iter().any(|h| h.concept == Concept::Cue(c));
    let reported = cue(Cue::Reported);
    let thanks = cue(Cue::Thanks);
    let help = cue(Cue::Help);
    let mediation = cue(Cue::Mediation);
    let minister = cue(Cue::Minister);
    let among = cue(Cue::Among) || cue(Cue::Partitive);
    let returnees = cue(Cue::Return)
        || cue(Cue::People)
        || cue(Cue::Military)
        || cue(Cue::Soldier)
        || a.sentences[si].list_item;
    for h in hits {
        match h.concept {
            Concept::Source(k) if reported => push(&mut out, Field::Source(k), h.span),
            Concept::State(c) => {
                if mediation || thanks || help {
                    push(&mut out, Field::Mediator(c), h.span);
                }
                // "Qatar's minister of state said", "МЗС ОАЕ повідомило": the state's own
                // ministry or minister, named next to it, is a mediator source.
                let own_minister = a
                    .hits_in(h.first.saturating_sub(2)..(h.end + 3).min(r.end))
                    .iter()
                    .any(|m| m.concept == Concept::Cue(Cue::Minister));
                if minister && own_minister && reported {
                    push(&mut out, Field::Source("mediator"), h.span);
                }
            }
            Concept::Branch(b) if (among || returnees) && !help && !thanks => {
                push(&mut out, Field::BranchMentioned(b), h.span)
            }
            _ => {}
        }
    }
    for o in a
        .ordinals_in(r.clone())
        .iter()
        .filter(|o| o.tokens.end <= r.end)
    {
        let after = o.tokens.end..(o.tokens.end + 3).min(r.end);
        if o.value > 1
            && counts_exchanges(a, o, &r)
            && !a.has_cue(after, Cue::Stage)
            && !a.sentence_has(si, Cue::ThisYear)
            && !a.counted_period(si)
        {
            let ex = a
                .find_cue(o.tokens.end..r.end, Cue::Exchange)
                .map_or(o.span, |h| o.span.cover(h.span));
            *seq += 1;
            out.push(Claim {
                field: Field::Ordinal,
                value: Count::exact(o.value),
                span: ex,
                sentence: si,
                priority: 1,
                seq: *seq,
            });
        }
    }
    out
}

/// "У межах другого етапу обміну у форматі «1000 на 1000»": the deal's formula and
/// the stage number, so the ledger can link the stages of one agreement.
fn stage_claims(a: &Analysis, si: usize, staged: &[u64], seq: &mut usize) -> Vec<Claim> {
    let mut out = Vec::new();
    if !a.sentence_has(si, Cue::Stage) {
        return out;
    }
    let r = a.range(si);
    let Some(stage_hit) = a.find_cue(r.clone(), Cue::Stage) else {
        return out;
    };
    let formula = a
        .numbers_in(r.clone())
        .windows(2)
        .find(|w| w[0].value == w[1].value && w[1].tokens.start == w[0].tokens.end + 1)
        .map(|w| (w[0].value, w[0].span.cover(w[1].span)));
    let mut distinct: Vec<u64> = staged.to_vec();
    distinct.sort_unstable();
    distinct.dedup();
    let only = match distinct.as_slice() {
        [only] => Some((*only, stage_hit.span)),
        _ => None,
    };
    let formula = formula.or(only);
    let Some((value, span)) = formula else {
        return out;
    };
    let mut push = |field, value, span| {
        *seq += 1;
        out.push(Claim {
            field,
            value: Count::exact(value),
            span,
            sentence: si,
            priority: 1,
            seq: *seq,
        });
    };
    push(Field::Agreement, value, span);
    // The ordinal right before the stage word: "другого етапу", "the third stage".
    if let Some(o) = a
        .ordinals_in(stage_hit.first.saturating_sub(3)..stage_hit.first)
        .iter()
        .rev()
        .find(|o| o.tokens.end == stage_hit.first)
    {
        push(Field::Stage, o.value, o.span.cover(stage_hit.span));
    }
    out
}

/// "п'ятий обмін", "the 50th prisoner exchange": an ordinal that numbers exchanges,
/// not a day, stage or time of one ("другий день обміну", "the second stage").
fn counts_exchanges(
    a: &Analysis,
    o: &swapledger_text::ordinals::Ordinal,
    r: &std::ops::Range<usize>,
) -> bool {
    let after = o.tokens.end..(o.tokens.end + 3).min(r.end);
    // "a UAE-brokered exchange, the 53rd since the invasion": the exchange word may
    // stand just before, in apposition.
    let before = o.tokens.start.saturating_sub(3).max(r.start)..o.tokens.start;
    let apposition =
        a.has_cue(before.clone(), Cue::Exchange) && before.clone().any(|i| a.tokens[i].norm == ",");
    (a.has_cue(after.clone(), Cue::Exchange) || apposition)
        && !a.has_cue(after, Cue::Period)
        && !a.word_in(
            o.tokens.end,
            &[
                "день", "дня", "day", "етап", "этап", "stage", "phase", "раз", "time",
            ],
        )
}

/// Choose each field's value from the claims and write the event.
fn build(d: Draft, is_main: bool) -> Event {
    let mut ev = Event::new(Fact::new(d.kind, d.kind_span), d.role);
    if let Some((date, span)) = d.date {
        ev.date = Some(Fact::new(date, span));
    }
    let mut by_field: BTreeMap<Field, Vec<&Claim>> = BTreeMap::new();
    for c in &d.claims {
        by_field.entry(c.field).or_default().push(c);
    }
    let pick = |cands: &[&Claim]| -> Option<Fact<Count>> {
        let best = cands.iter().max_by_key(|c| {
            (
                c.priority,
                c.value.approx.is_none(),
                std::cmp::Reverse(c.seq),
            )
        })?;
        let mut f = Fact::new(best.value, best.span);
        for c in cands.iter().filter(|c| c.value == best.value) {
            f.add_evidence(c.span);
        }
        Some(f)
    };
    // One branch number counted as the total only when it is the only branch number.
    let branch_numbers = by_field
        .keys()
        .filter(|f| matches!(f, Field::Branch(_)))
        .count();
    for (field, cands) in &by_field {
        match field {
            Field::Count(name) => {
                let cands: Vec<&Claim> = if *name == "to_ukraine" {
                    let strong: Vec<&Claim> =
                        cands.iter().copied().filter(|c| c.priority >= 0).collect();
                    // A stated figure that is exactly military + civilians is the total
                    // ("205 of its citizens: 185 servicemen and 20 civilians").
                    let parts = |f: &'static str| {
                        by_field
                            .get(&Field::Count(f))
                            .and_then(|v| v.first())
                            .map(|c| c.value.value)
                    };
                    let whole = match (parts("military"), parts("civilians")) {
                        (Some(m), Some(c)) => {
                            strong.iter().copied().find(|x| x.value.value == m + c)
                        }
                        _ => None,
                    };
                    if let Some(w) = whole {
                        vec![w]
                    } else if !strong.is_empty() {
                        strong
                    } else if branch_numbers <= 1 {
                        cands.clone()
                    } else {
                        Vec::new()
                    }
                } else {
                    cands.clone()
                };
                if let Some(f) = pick(&cands) {
                    ev.counts.insert(name, f);
                }
            }
            Field::Branch(b) => {
                if let Some(f) = pick(cands) {
                    ev.branches.insert(b, f);
                }
            }
            Field::BranchMentioned(b) => {
                let mut f = Fact::new((), cands[0].span);
                for c in cands {
                    f.add_evidence(c.span);
                }
                ev.branches_mentioned.insert(b, f);
            }
            Field::Source(k) => {
                let spans: Vec<Span> = cands
                    .iter()
                    .map(|c| c.span)
                    .filter(|s| !s.is_empty())
                    .collect();
                ev.sources.insert(
                    k,
                    Fact {
                        value: (),
                        evidence: spans,
                    },
                );
            }
            Field::Mediator(k) => {
                let mut f = Fact::new((), cands[0].span);
                for c in cands {
                    f.add_evidence(c.span);
                }
                ev.mediators.insert(k, f);
            }
            Field::AllOf(_) | Field::Rest(_) => {}
            Field::Ordinal | Field::Agreement | Field::Stage | Field::Oldest | Field::Youngest => {
                let slot = match field {
                    Field::Ordinal => &mut ev.ordinal,
                    Field::Agreement => &mut ev.agreement,
                    Field::Stage => &mut ev.stage,
                    Field::Oldest => &mut ev.oldest,
                    _ => &mut ev.youngest,
                };
                *slot = pick(cands).map(|f| Fact {
                    value: f.value.value,
                    evidence: f.evidence,
                });
            }
        }
    }
    // "Усі вони цивільні", "all of them are rank and file": the field takes the total.
    if let Some(total) = ev.counts.get("to_ukraine").cloned() {
        for c in d.claims.iter() {
            if let Field::AllOf(name) = c.field {
                if !ev.counts.contains_key(name) {
                    let mut f = total.clone();
                    f.add_evidence(c.span);
                    ev.counts.insert(name, f);
                }
            }
        }
    }
    // Military only where the text separates it from civilians.
    if !ev.counts.contains_key("civilians") {
        ev.counts.remove("military");
    }
    // "Семеро офицеров, остальные — рядовые и сержанты": the stated total (the
    // military when the text separates them from civilians) minus the officers.
    if let Some(rest) = d.claims.iter().find(|c| c.field == Field::Rest("enlisted")) {
        let exact = |f: &str| {
            ev.counts
                .get(f)
                .filter(|c| c.value.approx.is_none())
                .cloned()
        };
        let base = exact("military").or_else(|| exact("to_ukraine"));
        if let (Some(base), Some(officers), false) =
            (base, exact("officers"), ev.counts.contains_key("enlisted"))
        {
            if let Some(value) = base.value.value.checked_sub(officers.value.value) {
                let mut f = Fact::new(Count::exact(value), rest.span);
                for s in base.evidence.iter().chain(&officers.evidence) {
                    f.add_evidence(*s);
                }
                ev.counts.insert("enlisted", f);
            }
        }
    }
    // Totals for the whole war: the exact one, else the first stated.
    let day_total = ev.count("to_ukraine").map(|c| c.value);
    let cum: Vec<&Claim> = d
        .cumulative
        .iter()
        .filter(|c| c.priority >= 2 || day_total.is_none_or(|t| c.value.value > t))
        .collect();
    if !cum.is_empty() && is_main {
        let best = cum
            .iter()
            .find(|c| c.value.approx.is_none())
            .or(cum.first())
            .copied();
        if let Some(b) = best {
            let mut f = Fact::new(b.value, b.span);
            for c in cum.iter().filter(|c| c.value == b.value) {
                f.add_evidence(c.span);
            }
            ev.counts.insert("cumulative_to_ukraine", f);
        }
    } else if day_total.is_none() {
        // A "total" with nothing else is the day's figure after all.
        if let Some(c) = d.cumulative.iter().find(|c| c.priority < 2) {
            ev.counts.insert("to_ukraine", Fact::new(c.value, c.span));
        }
    }
    if !is_main {
        ev.counts.remove("cumulative_exchanges");
    }
    add_checks(&mut ev);
    ev
}

/// Breakdown checks: branches, ranks and military + civilians against the total.
fn add_checks(ev: &mut Event) {
    let total = ev.count("to_ukraine");
    let exact = |c: Option<Count>| c.filter(|c| c.approx.is_none()).map(|c| c.value);
    if let Some(t) = exact(total) {
        if !ev.branches.is_empty() {
            let sum: u64 = ev.branches.values().map(|f| f.value.value).sum();
            ev.checks.push(Check {
                check: "branches_sum",
                ok: sum <= t,
                detail: format!("branches add up to {sum}; to_ukraine is {t}"),
            });
        }
        if let (Some(o), Some(e)) = (exact(ev.count("officers")), exact(ev.count("enlisted"))) {
            ev.checks.push(Check {
                check: "ranks_sum",
                ok: o + e <= t,
                detail: format!("officers {o} + enlisted {e} = {}; to_ukraine is {t}", o + e),
            });
        }
        if let (Some(m), Some(c)) = (exact(ev.count("military")), exact(ev.count("civilians"))) {
            ev.checks.push(Check {
                check: "military_civilians_sum",
                ok: m + c == t,
                detail: format!(
                    "military {m} + civilians {c} = {}; to_ukraine is {t}",
                    m + c
                ),
            });
        }
    }
}
