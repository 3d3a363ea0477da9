//! Claims: what each number, name and cue in a sentence says about an event.
//!
//! A claim is a field, a value and its evidence span, read from one sentence.
//! The rules here look at typed annotations around each number (the noun it
//! counts, a branch named after it or before it with a dash, qualifiers, side
//! markers), never at raw characters; the event a claim belongs to is decided
//! later, in assembly.

use swapledger_text::numbers::{Number, NumberClass};
use swapledger_text::{Span, TokenKind};

use crate::analysis::Analysis;
use crate::lexicon::{Concept, Cue, Hit};
use crate::report::Count;

/// The field a claim fills.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    /// A Count field of the spec, by name.
    Count(&'static str),
    /// A branch's number.
    Branch(&'static str),
    /// A branch named among those received by Ukraine.
    BranchMentioned(&'static str),
    /// The exchange's ordinal.
    Ordinal,
    /// Age of the oldest.
    Oldest,
    /// Age of the youngest.
    Youngest,
    /// A cited source.
    Source(&'static str),
    /// A mediating state.
    Mediator(&'static str),
    /// "All of them are civilians": the field named takes the event's `to_ukraine`.
    AllOf(&'static str),
    /// "The rest are rank and file": the field is the total minus the stated part.
    Rest(&'static str),
    /// The formula of a deal carried out in stages ("1000 на 1000"): each side's number.
    Agreement,
    /// Which stage of that deal the event is ("другий етап").
    Stage,
}

/// One claim read from a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claim {
    /// What it fills.
    pub field: Field,
    /// Its value (1 for list fields).
    pub value: Count,
    /// Evidence.
    pub span: Span,
    /// Sentence index.
    pub sentence: usize,
    /// Strength: a stated total for the day beats a figure in passing.
    pub priority: i32,
    /// Order of appearance.
    pub seq: usize,
}

/// Which side receives the people a number counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// Ukraine receives them.
    Ukraine,
    /// Russia receives them.
    Russia,
}

/// Sentence-wide facts the assembler needs beside the claims.
#[derive(Debug, Clone, Default)]
pub struct SentenceClaims {
    /// The claims.
    pub claims: Vec<Claim>,
    /// Counts that may be totals for the whole war, decided in assembly.
    pub maybe_cumulative: Vec<Claim>,
}

const PEOPLE_CUES: &[Cue] = &[
    Cue::People,
    Cue::Military,
    Cue::Soldier,
    Cue::Civilian,
    Cue::Women,
    Cue::Children,
    Cue::Officer,
    Cue::Nco,
    Cue::Bodies,
];

/// What a number counts, as read from the words after it.
#[derive(Debug, Clone, Copy, Default)]
struct Head {
    noun: Option<Cue>,
    noun_end: Option<usize>,
    branch: Option<(&'static str, usize)>,
    side: Option<Side>,
    our: bool,
    years: bool,
    exchanges: bool,
    wounded: bool,
    nco_before: bool,
    own: bool,
}

fn is_stop(a: &Analysis, i: usize) -> bool {
    let t = &a.tokens[i];
    t.kind == TokenKind::Punct
        && matches!(
            t.norm.as_str(),
            "," | ";" | "(" | ")" | "." | "!" | "?" | ":" | "•"
        )
}

/// Read what the number at `n` counts: the tokens after it up to a clause stop.
fn head_of(a: &Analysis, n: &Number, sentence_end: usize, next_number: usize) -> Head {
    let mut h = Head::default();
    let start = n.tokens.end;
    let limit = sentence_end.min(next_number).min(start + 9);
    let mut end = start;
    while end < limit && !is_stop(a, end) {
        end += 1;
    }
    // "один із найбільших обмінів", "one of the largest": not a count.
    if n.value == 1
        && n.form == swapledger_text::numbers::NumberForm::Words
        && a.word_in(start, &["із", "з", "of", "из", "от"])
    {
        h.years = true;
        return h;
    }
    // "percent", "%", "km" and the like: not people.
    if let Some(t) = a.tokens.get(start) {
        if t.norm == "%"
            || [
                "відсотк",
                "процент",
                "percent",
                "км",
                "km",
                "грн",
                "доллар",
                "dollar",
                "рубл",
            ]
            .iter()
            .any(|p| t.norm.starts_with(p))
        {
            h.years = true;
            return h;
        }
        // "22-річний", "22-летний": an age adjective.
        if t.norm == "-" {
            if let Some(w) = a.tokens.get(start + 1) {
                if ["річн", "літн", "летн", "year"]
                    .iter()
                    .any(|p| w.norm.starts_with(p))
                {
                    h.years = true;
                }
            }
        }
    }
    for hit in a.hits_in(start..end) {
        if is_captivity_adjective(a, hit) {
            continue;
        }
        match hit.concept {
            Concept::Branch(b) if h.branch.is_none() => h.branch = Some((b, hit.end)),
            Concept::Cue(Cue::Russian) if h.side.is_none() && h.noun.is_none() => {
                h.side = Some(Side::Russia)
            }
            Concept::Cue(Cue::Ukrainian) if h.side.is_none() && h.noun.is_none() => {
                h.side = Some(Side::Ukraine)
            }
            Concept::Cue(Cue::RussiaName)
                if h.noun.is_some() && h.side.is_none() && Some(hit.first) == h.noun_end =>
            {
                h.side = Some(Side::Russia)
            }
            Concept::Cue(Cue::Russian)
                if h.noun.is_some()
                    && h.side.is_none()
                    && hit.first <= h.noun_end.unwrap_or(0) + 1 =>
            {
                h.side = Some(Side::Russia)
            }
            Concept::Cue(Cue::Our) if h.noun.is_none() => h.our = true,
            Concept::Cue(Cue::YearsOld) if hit.first <= start + 1 => h.years = true,
            Concept::Cue(Cue::Exchanges) if h.noun.is_none() => h.exchanges = true,
            // "21 обмін", "22 обмена": after a number the singular counts exchanges.
            Concept::Cue(Cue::Exchange) if h.noun.is_none() && hit.first == start => {
                h.exchanges = true
            }
            Concept::Cue(Cue::Wounded) => h.wounded = true,
            Concept::Cue(Cue::Nco) if h.noun.is_none() => h.nco_before = true,
            Concept::Cue(Cue::Own)
                if h.noun.is_none() || hit.first <= h.noun_end.unwrap_or(0) + 1 =>
            {
                h.own = true
            }
            Concept::Cue(c) if PEOPLE_CUES.contains(&c) => {
                // Keep the most specific head: officers over people, women over military.
                let better = match h.noun {
                    None => true,
                    Some(prev) => rank(c) > rank(prev) && hit.first <= h.noun_end.unwrap_or(0) + 1,
                };
                if better {
                    h.noun = Some(c);
                    h.noun_end = Some(hit.end);
                }
            }
            _ => {}
        }
    }
    if let Some((_, bend)) = h.branch {
        let dash_first = (start..bend).any(|i| {
            let t = &a.tokens[i];
            t.kind == TokenKind::Punct && matches!(t.norm.as_str(), "-" | ":")
        });
        let mut branches: Vec<&str> = a
            .hits_in(start..sentence_end.min(next_number))
            .iter()
            .filter_map(|x| match x.concept {
                Concept::Branch(b) => Some(b),
                _ => None,
            })
            .collect();
        branches.dedup();
        if dash_first && branches.len() >= 2 {
            h.branch = None;
        }
    }
    if h.branch.is_some() && h.side.is_none() && !h.own {
        h.side = Some(Side::Ukraine);
    }
    h
}

fn rank(c: Cue) -> u8 {
    match c {
        Cue::Officer | Cue::Nco => 5,
        Cue::Women | Cue::Civilian | Cue::Children => 4,
        Cue::Bodies => 3,
        Cue::Military | Cue::Soldier => 2,
        _ => 1,
    }
}

/// Everything one sentence claims.
pub fn sentence_claims(a: &Analysis, si: usize, seq: &mut usize, author: Side) -> SentenceClaims {
    let range = a.range(si);
    let mut out = SentenceClaims::default();
    let numbers: Vec<&Number> = a
        .numbers_in(range.clone())
        .iter()
        .filter(|n| n.tokens.end <= range.end)
        .filter(|n| !in_date(a, n) && !in_ordinal(a, n))
        .collect();
    let hits = a.hits_in(range.clone());
    let cue = |c: Cue| a.sentence_has(si, c);
    let has_officers = cue(Cue::Officer)
        && numbers.iter().enumerate().any(|(k, n)| {
            let next = numbers.get(k + 1).map_or(range.end, |m| m.tokens.start);
            head_of(a, n, range.end, next).noun == Some(Cue::Officer)
        });
    let dated = a
        .dates_in(range.clone())
        .iter()
        .any(|d| d.tokens.end <= range.end);
    let total = cue(Cue::Total);
    let since = cue(Cue::SinceStart)
        || since_year(a, &range)
        || a.dates_in(range.clone())
            .iter()
            .any(|d| a.starts_a_since(d, &range));
    let mut prev_side: Option<Side> = None;
    let mut first_people_in_cumulative = true;
    let mut push =
        |out: &mut SentenceClaims, field: Field, value: Count, span: Span, priority: i32| {
            *seq += 1;
            out.claims.push(Claim {
                field,
                value,
                span,
                sentence: si,
                priority,
                seq: *seq,
            });
        };
    if let Some(all) = hits
        .iter()
        .find(|h| h.concept == Concept::Cue(Cue::AllOfThem))
    {
        for (c, field) in [(Cue::Civilian, "civilians"), (Cue::RankAndFile, "enlisted")] {
            if let Some(h) = hits.iter().find(|h| h.concept == Concept::Cue(c)) {
                push(
                    &mut out,
                    Field::AllOf(field),
                    Count::exact(0),
                    all.span.cover(h.span),
                    0,
                );
            }
        }
    }
    if let Some(rest) = hits.iter().find(|h| h.concept == Concept::Cue(Cue::Rest)) {
        if let Some(h) = hits
            .iter()
            .find(|h| h.concept == Concept::Cue(Cue::RankAndFile) && h.first >= rest.first)
        {
            push(
                &mut out,
                Field::Rest("enlisted"),
                Count::exact(0),
                rest.span.cover(h.span),
                0,
            );
        }
    }
    // Sentence-wide facts, computed once (per-number scans would be quadratic in a
    // long sentence).
    // ("Since February 2022" starts a whole-war total: it dates nothing.)
    let first_date_end = a
        .dates_in(range.clone())
        .iter()
        .filter(|d| !a.starts_a_since(d, &range))
        .map(|d| d.tokens.end)
        .find(|&e| e <= range.end);
    let first_exchange = hits
        .iter()
        .find(|h| h.concept == Concept::Cue(Cue::Exchange))
        .map(|h| h.first);
    // "the largest exchange since the invasion began" is a superlative.
    let superlative = hits.iter().any(|h| {
        h.concept == Concept::Cue(Cue::Exchange)
            && a.has_cue(h.end..(h.end + 3).min(range.end), Cue::SinceStart)
    });
    // Totals through one channel ("via Qatar", "при посредничестве Катара") or of
    // children are not the whole war's returns.
    let channel = hits.iter().any(|h| matches!(h.concept, Concept::State(_)));
    // Without a word of return, exchange or captivity in the sentence a count may
    // be anyone; with a word of death or a crash ("на борту находились 65
    // военнопленных"), nobody received them.
    let returning = [
        Cue::Return,
        Cue::Exchange,
        Cue::Bodies,
        Cue::Captivity,
        Cue::Receive,
    ]
    .iter()
    .any(|&c| cue(c));
    let not_received =
        cue(Cue::Death) && !cue(Cue::Return) && !cue(Cue::Bodies) && !cue(Cue::Receive);
    // Totals over a period ("за три дні", "over three days") are nobody's figure.
    let period_total = (total && a.counted_period(si)) || year_period(a, &range);
    for (k, n) in numbers.iter().enumerate() {
        let count = Count {
            value: n.value,
            approx: n.approx,
        };
        if let NumberClass::Range { high } = n.class {
            // "aged from 2 to 17": ages of the youngest and the oldest.
            let before = n.tokens.start.saturating_sub(3)..n.tokens.start;
            if a.has_cue(before, Cue::YearsOld)
                || a.has_cue(
                    n.tokens.end..(n.tokens.end + 2).min(range.end),
                    Cue::YearsOld,
                )
            {
                push(&mut out, Field::Youngest, Count::exact(n.value), n.span, 1);
                push(&mut out, Field::Oldest, Count::exact(high), n.span, 1);
            }
            continue;
        }
        if !n.is_count() && !year_like_count(a, n, &range) {
            continue;
        }
        let next = numbers.get(k + 1).map_or(range.end, |m| m.tokens.start);
        let mut head = head_of(a, n, range.end, next);
        if head.noun.is_none() && elliptic_people(a, si, n) {
            head.noun = Some(Cue::People);
        }
        // Ages after "the oldest"/"the youngest".
        if let Some((field, value)) = age_claim(a, n, &range) {
            let span = a.span(range.start, n.tokens.end - 1).cover(n.span);
            push(&mut out, field, Count::exact(value), span, 1);
            continue;
        }
        if head.years || is_both_and(a, n, &range) || not_received {
            continue;
        }
        let evidence = match head.noun_end.max(head.branch.map(|b| b.1)) {
            Some(e) if e > n.tokens.end => n.span.cover(a.span(e - 1, e - 1)),
            _ => n.span,
        };
        // A category written before its number: "офіцерів – 27", "поранених: 5".
        if let Some(field) = category_before(a, n, &range) {
            let ev = a.span(
                n.tokens.start.saturating_sub(6).max(range.start),
                n.tokens.end - 1,
            );
            push(&mut out, Field::Count(field), count, ev, 1);
            continue;
        }
        // A branch written before its number: "ТрО – 14", "ЗСУ: 95".
        let branch_before = branch_before(a, n, &range);
        // "з них 60", "серед звільнених – троє військових", "among those freed are 23":
        // a part of those returned, not their number.
        let partitive = a.has_cue(
            n.tokens.start.saturating_sub(3)..n.tokens.start,
            Cue::Partitive,
        ) || a
            .hits_in(n.tokens.start.saturating_sub(8).max(range.start)..n.tokens.start)
            .iter()
            // "серед 106 звільнених", "among the 106 freed" count the whole group.
            .any(|h| h.concept == Concept::Cue(Cue::Among) && h.end + 2 <= n.tokens.start);
        let mut side = head.side;
        let receive = a.has_cue(
            n.tokens.start.saturating_sub(4).max(range.start)..n.tokens.start,
            Cue::Receive,
        );
        // "of its", "своїх" name the subject's side; a verb of receiving does when
        // the counted noun has no side of its own ("31 российского солдата").
        if head.own || (receive && side.is_none()) {
            side = subject_side(a, n, &range).or(side);
        }
        if head.our && side.is_none() {
            side = Some(author);
        }
        if side.is_none() && partitive {
            side = prev_side;
        }
        if side.is_none() {
            side = side_before(a, n, &range);
        }
        let side = side.unwrap_or(author);
        prev_side = Some(side);
        if let Some((b, end)) = head.branch.or(branch_before) {
            if side == Side::Ukraine {
                let ev = if branch_before.is_some() && head.branch.is_none() {
                    n.span
                        .cover(a.span(branch_start(a, n, &range), n.tokens.end - 1))
                } else {
                    n.span.cover(a.span(end - 1, end - 1))
                };
                push(&mut out, Field::Branch(b), count, ev, 1);
                push(&mut out, Field::BranchMentioned(b), Count::exact(1), ev, 1);
                if branch_before.is_none() && !partitive && head.noun != Some(Cue::Women) {
                    // The whole of a one-branch return ("22 бійців ЗСУ"): a weak total.
                    push(&mut out, Field::Count("to_ukraine"), count, ev, -2);
                }
                if head.noun == Some(Cue::Women) {
                    push(&mut out, Field::Count("women"), count, ev, 1);
                    push(&mut out, Field::Count("to_ukraine"), count, ev, 0);
                }
                continue;
            }
        }
        let rank_and_file = a.has_cue(
            n.tokens.end..(n.tokens.end + 12).min(range.end).min(next),
            Cue::RankAndFile,
        );
        let wounded_after = head.wounded
            || a.has_cue(
                n.tokens.end..(n.tokens.end + 10).min(range.end).min(next),
                Cue::Wounded,
            );
        if head.exchanges {
            if total || since {
                push(
                    &mut out,
                    Field::Count("cumulative_exchanges"),
                    count,
                    evidence,
                    1,
                );
            }
            continue;
        }

        if head.noun == Some(Cue::Officer) {
            if side == Side::Ukraine {
                push(&mut out, Field::Count("officers"), count, evidence, 1);
            }
            continue;
        }
        if !rank_and_file && (head.nco_before || head.noun == Some(Cue::Nco)) {
            // Sergeants alone, or NCOs alone, are not `enlisted`.
            continue;
        }
        if rank_and_file || (head.noun == Some(Cue::Soldier) && has_officers) {
            if side == Side::Ukraine {
                let ev = match a.find_cue(n.tokens.end..range.end, Cue::RankAndFile) {
                    Some(h) => n.span.cover(h.span),
                    None => evidence,
                };
                push(&mut out, Field::Count("enlisted"), count, ev, 1);
                if !partitive && rank_and_file && k == 0 {
                    push(&mut out, Field::Count("to_ukraine"), count, ev, -1);
                }
            }
            continue;
        }
        let plain_noun = matches!(
            head.noun,
            None | Some(Cue::People | Cue::Military | Cue::Soldier)
        );
        if head.wounded
            || (wounded_after && plain_noun && (k > 0 || partitive || head.noun.is_none()))
        {
            if side == Side::Ukraine {
                let ev = match a.find_cue(n.tokens.end..range.end, Cue::Wounded) {
                    Some(h) => n.span.cover(h.span),
                    None => evidence,
                };
                push(&mut out, Field::Count("wounded"), count, ev, 1);
            }
            continue;
        }
        match head.noun {
            Some(Cue::Civilian) => {
                if side == Side::Ukraine {
                    push(&mut out, Field::Count("civilians"), count, evidence, 1);
                    // "Вернулись десять гражданских украинцев": when the text counts no
                    // one else, the civilians are everyone returned.
                    if !partitive && cue(Cue::Return) {
                        push(&mut out, Field::Count("to_ukraine"), count, evidence, -1);
                    }
                    // "146 захисників і вісім цивільних", "33 soldiers and 51 civilians":
                    // the servicemen set against the civilians are `military`.
                    if let Some(m) = k
                        .checked_sub(1)
                        .and_then(|j| numbers.get(j))
                        .filter(|m| serviceman_count(a, m, n))
                    {
                        let mc = Count {
                            value: m.value,
                            approx: m.approx,
                        };
                        push(&mut out, Field::Count("military"), mc, m.span, 0);
                    }
                }
            }
            Some(Cue::Women) => {
                if side == Side::Ukraine {
                    push(&mut out, Field::Count("women"), count, evidence, 1);
                    if !partitive {
                        push(&mut out, Field::Count("to_ukraine"), count, evidence, -1);
                    }
                }
            }
            Some(Cue::People | Cue::Military | Cue::Soldier | Cue::Children | Cue::Bodies)
                if period_total => {}
            Some(
                c @ (Cue::People | Cue::Military | Cue::Soldier | Cue::Children | Cue::Bodies),
            ) => {
                let field = if side == Side::Ukraine {
                    "to_ukraine"
                } else {
                    "to_russia"
                };
                let dated_before = first_date_end.is_some_and(|e| e <= n.tokens.start);
                let exchange_before = first_exchange.is_some_and(|e| e < n.tokens.start);
                let since = since && !dated_before && !superlative && !exchange_before;
                let running = since || (total && !dated && !cue(Cue::This) && !cue(Cue::Then));
                if running && (channel || c == Cue::Children) {
                    continue;
                }
                if running
                    && side == Side::Ukraine
                    && c != Cue::Bodies
                    && first_people_in_cumulative
                {
                    first_people_in_cumulative = false;
                    push(
                        &mut out,
                        Field::Count("cumulative_to_ukraine"),
                        count,
                        evidence,
                        if since { 2 } else { 1 },
                    );
                    if let Some(claim) = out.claims.pop() {
                        out.maybe_cumulative.push(claim);
                    }
                    continue;
                }
                if partitive && side == Side::Ukraine {
                    // "з них 60 військовослужбовців": a part, not the total.
                    if c == Cue::Military {
                        push(&mut out, Field::Count("military"), count, evidence, 0);
                    }
                    continue;
                }
                // Under an agreement ("в рамках договоренностей ... более 6000 тел") a
                // figure is the deal's, not this event's, unless nothing else is stated.
                let priority = match (total, returning, cue(Cue::Deal)) {
                    (_, _, true) => 0,
                    (true, _, _) => 3,
                    (false, true, _) => 1,
                    (false, false, _) => 0,
                };
                push(&mut out, Field::Count(field), count, evidence, priority);
                if c == Cue::Military && side == Side::Ukraine {
                    push(&mut out, Field::Count("military"), count, evidence, 0);
                }
            }
            _ => {
                // A bare number right after a return verb: "повернуто 31".
                let before = n.tokens.start.saturating_sub(2)..n.tokens.start;
                if a.has_cue(before, Cue::Return) && head.noun.is_none() && side == Side::Ukraine {
                    push(&mut out, Field::Count("to_ukraine"), count, evidence, -1);
                }
            }
        }
    }
    out
}

/// "у суботу – ще 307", "and another 307 on Saturday": a bare number after "ще",
/// "another" or a dash counts the people the previous clause counted.
fn elliptic_people(a: &Analysis, si: usize, n: &Number) -> bool {
    let i = n.tokens.start;
    let r = a.range(si);
    let cue_before = (i.saturating_sub(2).max(r.start)..i)
        .any(|j| a.word_in(j, &["ще", "еще", "another"]) || a.tokens[j].norm == "-");
    // Only a clause cut from the same sentence.
    if !cue_before || !a.continues_previous(si) {
        return false;
    }
    a.hits_in(a.range(si - 1)).iter().any(|h| {
        matches!(
            h.concept,
            Concept::Cue(Cue::People | Cue::Military | Cue::Soldier | Cue::Bodies)
        )
    })
}

/// "2022 українці", "2050 человек": a four-digit number that looks like a year but
/// is followed by a people noun (and not preceded by "in", "у", "з") is a count.
fn year_like_count(a: &Analysis, n: &Number, range: &std::ops::Range<usize>) -> bool {
    n.class == NumberClass::Year
        && !(n.tokens.start > range.start
            && a.word_in(
                n.tokens.start - 1,
                &[
                    "in", "у", "в", "з", "із", "с", "since", "від", "от", "of", "за", "до",
                ],
            ))
        && a.hits_in(n.tokens.end..(n.tokens.end + 2).min(range.end))
            .iter()
            .any(|h| {
                matches!(
                    h.concept,
                    Concept::Cue(
                        Cue::People | Cue::Military | Cue::Soldier | Cue::Bodies | Cue::Civilian
                    )
                )
            })
}

/// "In 2024 alone, 1,358 people came home", "за 2024 рік": a total for a year, which
/// is neither the day's figure nor the whole war's.
fn year_period(a: &Analysis, range: &std::ops::Range<usize>) -> bool {
    a.numbers_in(range.clone()).iter().any(|n| {
        n.class == NumberClass::Year
            && n.tokens.start > range.start
            && a.word_in(n.tokens.start - 1, &["in", "у", "в", "за", "during"])
    }) && a.dates_in(range.clone()).is_empty()
}

/// "з 2022 року", "since 2022", "с 2022 года": a total since a year is for the whole war.
fn since_year(a: &Analysis, range: &std::ops::Range<usize>) -> bool {
    a.numbers_in(range.clone()).iter().any(|n| {
        n.class == NumberClass::Year
            && n.tokens.start > range.start
            && a.word_in(n.tokens.start - 1, crate::analysis::SINCE_WORDS)
    })
}

/// The number `m` counts servicemen ("захисників", "soldiers", "бойцов") and is
/// joined to the civilians' number `n` by "and" or a comma.
fn serviceman_count(a: &Analysis, m: &Number, n: &Number) -> bool {
    const SERVICEMEN: &[&str] = &[
        "захисник",
        "оборонц",
        "бійц",
        "воїн",
        "військов",
        "солдат",
        "defender",
        "fighter",
        "soldier",
        "warrior",
        "servicem",
        "military",
        "troops",
        "защитник",
        "бойц",
        "воин",
        "военн",
        "военнослужащ",
    ];
    let noun = (m.tokens.end..(m.tokens.end + 3).min(n.tokens.start))
        .any(|i| SERVICEMEN.iter().any(|s| a.tokens[i].norm.starts_with(s)));
    let joined = (m.tokens.end..n.tokens.start).all(|i| {
        let t = &a.tokens[i];
        t.kind == TokenKind::Word || matches!(t.norm.as_str(), "," | "-")
    }) && n.tokens.start - m.tokens.end <= 6;
    noun && joined
}

/// "Both military and civilians": "both" of a "both ... and" pair is not a count.
fn is_both_and(a: &Analysis, n: &Number, range: &std::ops::Range<usize>) -> bool {
    // Only the words for "both" ("двоє жінок і 12 офіцерів" counts two women).
    let both = ["both", "обидва", "обидві", "обоє", "оба", "обе"];
    n.value == 2
        && a.word_in(n.tokens.start, &both)
        && (n.tokens.end..(n.tokens.end + 4).min(range.end))
            .any(|i| a.word_in(i, &["and", "і", "й", "та", "и"]))
}

/// Numbers that are part of a date ("3 января") are not counts.
fn in_date(a: &Analysis, n: &Number) -> bool {
    a.dates_in(n.tokens.start.saturating_sub(12)..n.tokens.end)
        .iter()
        .any(|d| d.tokens.start < n.tokens.end && n.tokens.start < d.tokens.end)
}

fn in_ordinal(a: &Analysis, n: &Number) -> bool {
    a.ordinals_in(n.tokens.start.saturating_sub(4)..n.tokens.end)
        .iter()
        .any(|o| o.tokens.start < n.tokens.end && n.tokens.start < o.tokens.end)
}

/// "ТрО – 14", "ЗСУ: 95", "AFU – 95": a branch, a dash or colon, then the number.
fn branch_before(
    a: &Analysis,
    n: &Number,
    range: &std::ops::Range<usize>,
) -> Option<(&'static str, usize)> {
    let i = n.tokens.start;
    if i < range.start + 2 {
        return None;
    }
    let sep = &a.tokens[i - 1];
    if !(sep.kind == TokenKind::Punct && matches!(sep.norm.as_str(), "-" | ":")) {
        return None;
    }
    // The name may end with words after the stems ("Сили", "війська", "Service").
    let words_only = |from: usize| (from..i - 1).all(|j| a.tokens[j].kind == TokenKind::Word);
    a.hits_in((i - 1).saturating_sub(8).max(range.start)..i - 1)
        .iter()
        .rev()
        .find_map(|h: &Hit| match h.concept {
            Concept::Branch(b) if h.end + 2 >= i - 1 && words_only(h.end) => Some((b, h.end)),
            _ => None,
        })
}

/// "офіцерів – 27", "рядовий і сержантський склад – 180", "wounded: 5": the field
/// a category names when it stands before a dash or colon and the number.
fn category_before(
    a: &Analysis,
    n: &Number,
    range: &std::ops::Range<usize>,
) -> Option<&'static str> {
    let i = n.tokens.start;
    if i < range.start + 2 {
        return None;
    }
    let sep = &a.tokens[i - 1];
    if !(sep.kind == TokenKind::Punct && matches!(sep.norm.as_str(), "-" | ":")) {
        return None;
    }
    let from = (i - 1).saturating_sub(5).max(range.start);
    // The category must be the words right before the dash, not earlier ones.
    let last = a
        .hits_in(from..i - 1)
        .iter()
        .rev()
        .find(|h| h.end == i - 1)?;
    let near = a.hits_in(from..i - 1);
    let rank_and_file = near
        .iter()
        .any(|h| h.concept == Concept::Cue(Cue::RankAndFile));
    match last.concept {
        _ if rank_and_file => Some("enlisted"),
        Concept::Cue(Cue::Officer) => Some("officers"),
        Concept::Cue(Cue::Wounded) => Some("wounded"),
        Concept::Cue(Cue::Women) => Some("women"),
        Concept::Cue(Cue::Civilian) => Some("civilians"),
        _ => None,
    }
}

fn branch_start(a: &Analysis, n: &Number, range: &std::ops::Range<usize>) -> usize {
    let i = n.tokens.start;
    a.hits_in(i.saturating_sub(8).max(range.start)..i)
        .iter()
        .rev()
        .find(|h| matches!(h.concept, Concept::Branch(_)) && h.end + 3 >= i)
        .map_or(i, |h| h.first)
}

/// "з полону росіян", "from Russian captivity", "из российского плена": the
/// captors, not the side that receives.
fn is_captivity_adjective(a: &Analysis, hit: &Hit) -> bool {
    if !matches!(
        hit.concept,
        Concept::Cue(Cue::Russian) | Concept::Cue(Cue::RussiaName)
    ) {
        return false;
    }
    let near = hit.first.saturating_sub(2)..(hit.end + 1).min(a.tokens.len());
    a.has_cue(near, Cue::Captivity)
}

/// Side markers before the number in its clause: "передала Украине 1000 тел",
/// "получила взамен останки 31".
fn side_before(a: &Analysis, n: &Number, range: &std::ops::Range<usize>) -> Option<Side> {
    let from = n.tokens.start.saturating_sub(3).max(range.start);
    for h in a.hits_in(from..n.tokens.start).iter().rev() {
        if is_captivity_adjective(a, h) {
            continue;
        }
        // "Россия — 248 военнослужащих", "Russia: 248": a country named right before
        // the number, with only a dash or colon between.
        let adjacent = (h.end..n.tokens.start).all(|i| {
            a.tokens[i].kind == TokenKind::Punct && matches!(a.tokens[i].norm.as_str(), "-" | ":")
        });
        match h.concept {
            Concept::Cue(Cue::Russian) => return Some(Side::Russia),
            Concept::Cue(Cue::Ukrainian) => return Some(Side::Ukraine),
            Concept::Cue(Cue::RussiaName) if adjacent => return Some(Side::Russia),
            Concept::Cue(Cue::UkraineName) if adjacent => return Some(Side::Ukraine),
            _ => {}
        }
    }
    None
}

/// The side of the sentence's subject before the number: the nearest country,
/// nationality or official of one side ("Russia got back 82 of its soldiers",
/// "росія отримала 195 своїх військових").
fn subject_side(a: &Analysis, n: &Number, range: &std::ops::Range<usize>) -> Option<Side> {
    // The nearest one that is not the object of "from" ("Украина получила от России").
    let from = n.tokens.start.saturating_sub(40).max(range.start);
    for h in a.hits_in(from..n.tokens.start).iter().rev() {
        if is_captivity_adjective(a, h)
            || (h.first > range.start
                && a.word_in(h.first - 1, &["від", "з", "із", "от", "из", "from", "by"]))
        {
            continue;
        }
        match h.concept {
            Concept::Cue(Cue::RussiaName | Cue::Russian)
            | Concept::Source("mod_ru" | "ombudsman_ru") => return Some(Side::Russia),
            Concept::Cue(Cue::UkraineName | Cue::Ukrainian) => return Some(Side::Ukraine),
            Concept::Source(_) => return Some(Side::Ukraine),
            _ => {}
        }
    }
    None
}

/// The age a number gives after an "oldest" or "youngest" cue in the same sentence.
fn age_claim(a: &Analysis, n: &Number, range: &std::ops::Range<usize>) -> Option<(Field, u64)> {
    let mut cue = None;
    // The cue must stand within a few words of the number.
    let from = n.tokens.start.saturating_sub(14).max(range.start);
    for h in a.hits_in(from..n.tokens.start) {
        match h.concept {
            Concept::Cue(Cue::Oldest) => cue = Some((Field::Oldest, h.end)),
            Concept::Cue(Cue::Youngest) => cue = Some((Field::Youngest, h.end)),
            _ => {}
        }
    }
    let (field, cue_end) = cue?;
    // No other number between the cue and this one.
    if a.numbers_in(cue_end..n.tokens.start)
        .iter()
        .any(|m| m.tokens.end <= n.tokens.start)
    {
        return None;
    }
    if n.tokens.start > cue_end + 10 {
        return None;
    }
    let turn = a.has_cue(cue_end..n.tokens.start, Cue::WillTurn);
    let soon = a.has_cue(cue_end..(n.tokens.end + 3).min(range.end), Cue::Soon);
    let value = if turn && soon {
        n.value.checked_sub(1)?
    } else {
        n.value
    };
    Some((field, value))
}

/// Formula "N for N" / "N на N": equal numbers give each side that number.
/// Returns the formulas ("95 на 95") and the each-side counts ("по 84") apart: a
/// formula may name a deal carried out in stages, an each-side count never does.
pub fn formula_claims(a: &Analysis, si: usize, seq: &mut usize) -> (Vec<Claim>, Vec<Claim>) {
    let range = a.range(si);
    let mut out = Vec::new();
    let nums: Vec<&Number> = a
        .numbers_in(range.clone())
        .iter()
        .filter(|n| n.tokens.end <= range.end && n.is_count())
        .collect();
    for w in nums.windows(2) {
        let (x, y) = (w[0], w[1]);
        if x.value != y.value || y.tokens.start <= x.tokens.end {
            continue;
        }
        // "95 на 95", "95 for 95", "95-for-95": only the word and hyphens between.
        let between = x.tokens.end..y.tokens.start;
        let words: Vec<usize> = between
            .clone()
            .filter(|&i| a.tokens[i].kind != TokenKind::Punct)
            .collect();
        let only_hyphens = between
            .clone()
            .all(|i| a.tokens[i].kind != TokenKind::Punct || a.tokens[i].norm == "-");
        if words.len() != 1 || !only_hyphens || !a.has_cue(words[0]..words[0] + 1, Cue::For) {
            continue;
        }
        let span = x.span.cover(y.span);
        for field in ["to_ukraine", "to_russia"] {
            *seq += 1;
            out.push(Claim {
                field: Field::Count(field),
                value: Count {
                    value: x.value,
                    approx: None,
                },
                span,
                sentence: si,
                priority: 2,
                seq: *seq,
            });
        }
    }
    // "по 84", "an exchange of 40", "each side freed 95", "50 prisoners each": each side.
    let mut each = Vec::new();
    // "за три дня каждая из сторон получила по 1 000": a period's total, no event's.
    let period = a.counted_period(si);
    for (k, n) in nums.iter().enumerate().filter(|_| !period) {
        let next = nums.get(k + 1).map_or(range.end, |m| m.tokens.start);
        let before = n.tokens.start.saturating_sub(3)..n.tokens.start;
        let around =
            n.tokens.start.saturating_sub(4).max(range.start)..(n.tokens.end + 4).min(range.end);
        let exchange_or_return =
            a.sentence_has(si, Cue::Exchange) || a.sentence_has(si, Cue::Return);
        let counts_people = matches!(
            head_of(a, n, range.end, next).noun,
            Some(Cue::People | Cue::Military | Cue::Soldier | Cue::Bodies)
        );
        if (a.has_cue(before, Cue::Each) || (counts_people && a.has_cue(around, Cue::EachSide)))
            && exchange_or_return
        {
            for field in ["to_ukraine", "to_russia"] {
                *seq += 1;
                each.push(Claim {
                    field: Field::Count(field),
                    value: Count {
                        value: n.value,
                        approx: n.approx,
                    },
                    span: n.span,
                    sentence: si,
                    priority: 2,
                    seq: *seq,
                });
            }
        }
    }
    (out, each)
}
