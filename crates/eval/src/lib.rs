//! Scoring of predicted reports against gold reports (report-v1, "Scoring").
//!
//! A fact is one (field, value) of an event: `kind` and `role` are facts, each
//! scalar field is one, each key of `branches` is one, each element of a list
//! is one. Predicted events are paired with gold events of the same kind, the
//! pair agreeing on most facts first (ties: the earlier gold event, then the
//! earlier predicted one); a pair needs one agreeing fact besides `kind`.
//! Unpaired events count all their facts as wrong. This follows the reference
//! scorer exactly, so the figures agree to the last digit.
//!
//! ```
//! use serde_json::json;
//! use swapledger_eval::{score_document, Totals};
//!
//! let gold = json!([{"kind": "exchange", "role": "main", "to_ukraine": 207}]);
//! let pred = json!([{"kind": "exchange", "role": "main", "to_ukraine": 206}]);
//! let doc = score_document(gold.as_array().unwrap(), pred.as_array().unwrap()).unwrap();
//! assert_eq!((doc.right, doc.predicted, doc.gold), (2, 3, 3));
//! ```
#![deny(missing_docs)]

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

const COUNT_FIELDS: &[&str] = &[
    "to_ukraine",
    "to_russia",
    "military",
    "civilians",
    "officers",
    "enlisted",
    "women",
    "wounded",
    "cumulative_exchanges",
    "cumulative_to_ukraine",
];
const SCALAR_FIELDS: &[&str] = &["role", "date", "ordinal", "oldest", "youngest"];
const LIST_FIELDS: &[&str] = &["branches_mentioned", "mediators", "sources"];

/// One fact: the field name (`branches.<key>` for a branch) and its value rendered canonically.
pub type FactKey = (String, String);

/// Why a predicted report could not be scored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScoreError(pub String);

impl std::fmt::Display for ScoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ScoreError {}

fn count(v: &Value) -> Result<Option<String>, ScoreError> {
    match v {
        Value::Null => Ok(None),
        Value::Number(n) if n.is_i64() || n.is_u64() => Ok(Some(format!("({n}, exact)"))),
        Value::Number(n) => match n.as_f64() {
            Some(f) if f.fract() == 0.0 => Ok(Some(format!("({}, exact)", f as i64))),
            _ => Err(ScoreError(format!("not a count: {v}"))),
        },
        Value::Object(m) if m.contains_key("value") => {
            let value = match &m["value"] {
                Value::Number(n) => n
                    .as_i64()
                    .or_else(|| n.as_f64().map(|f| f.trunc() as i64))
                    .ok_or_else(|| ScoreError(format!("not a count: {v}")))?,
                Value::String(s) => s
                    .trim()
                    .parse::<i64>()
                    .map_err(|_| ScoreError(format!("not a count: {v}")))?,
                _ => return Err(ScoreError(format!("not a count: {v}"))),
            };
            let approx = match m.get("approx") {
                None | Some(Value::Null) => "exact".to_string(),
                Some(Value::String(s)) if s.is_empty() => "exact".to_string(),
                Some(Value::String(s)) => s.clone(),
                Some(other) => other.to_string(),
            };
            Ok(Some(format!("({value}, {approx})")))
        }
        _ => Err(ScoreError(format!("not a count: {v}"))),
    }
}

fn scalar(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// The set of facts of one event.
pub fn facts(event: &Value) -> Result<BTreeSet<FactKey>, ScoreError> {
    let mut out = BTreeSet::new();
    out.insert((
        "kind".to_string(),
        scalar(event.get("kind").unwrap_or(&Value::Null)),
    ));
    for f in SCALAR_FIELDS {
        match event.get(*f) {
            None | Some(Value::Null) => {}
            Some(v) => {
                out.insert((f.to_string(), scalar(v)));
            }
        }
    }
    for f in COUNT_FIELDS {
        if let Some(v) = event.get(*f) {
            if let Some(c) = count(v)? {
                out.insert((f.to_string(), c));
            }
        }
    }
    if let Some(Value::Object(b)) = event.get("branches") {
        for (k, v) in b {
            if let Some(c) = count(v)? {
                out.insert((format!("branches.{k}"), c));
            }
        }
    }
    for f in LIST_FIELDS {
        if let Some(Value::Array(items)) = event.get(*f) {
            for x in items {
                out.insert((f.to_string(), scalar(x)));
            }
        }
    }
    Ok(out)
}

/// The field a fact counts under in per-field figures (`branches` for every branch).
pub fn field_of(fact: &FactKey) -> &str {
    if fact.0.starts_with("branches.") {
        "branches"
    } else {
        &fact.0
    }
}

/// The score of one document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DocumentScore {
    /// Right predicted facts.
    pub right: usize,
    /// Predicted facts.
    pub predicted: usize,
    /// Gold facts.
    pub gold: usize,
    /// Per field: (right, predicted, gold).
    pub fields: BTreeMap<String, [usize; 3]>,
    /// Every gold main event paired with an identical prediction.
    pub main_ok: bool,
    /// Missed facts, wrong facts, missed and extra events, for `--verbose`.
    pub notes: Vec<String>,
}

/// Score one document's predicted events against its gold events.
pub fn score_document(gold: &[Value], pred: &[Value]) -> Result<DocumentScore, ScoreError> {
    let gf = gold.iter().map(facts).collect::<Result<Vec<_>, _>>()?;
    let pf = pred.iter().map(facts).collect::<Result<Vec<_>, _>>()?;
    let mut cands = Vec::new();
    for (i, g) in gold.iter().enumerate() {
        for (j, p) in pred.iter().enumerate() {
            if g.get("kind") != p.get("kind") {
                continue;
            }
            let kind = (
                "kind".to_string(),
                scalar(g.get("kind").unwrap_or(&Value::Null)),
            );
            let agree = gf[i].intersection(&pf[j]).filter(|f| **f != kind).count();
            if agree >= 1 {
                cands.push((agree, i, j));
            }
        }
    }
    // Most agreeing first; ties: earlier gold, then earlier prediction.
    cands.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut used_g = vec![false; gold.len()];
    let mut used_p = vec![false; pred.len()];
    let mut pairs = Vec::new();
    for (_, i, j) in cands {
        if used_g[i] || used_p[j] {
            continue;
        }
        used_g[i] = true;
        used_p[j] = true;
        pairs.push((i, j));
    }
    let mut s = DocumentScore::default();
    let bump = |s: &mut DocumentScore, f: &FactKey, slot: usize| {
        s.fields.entry(field_of(f).to_string()).or_insert([0; 3])[slot] += 1;
    };
    for &(i, j) in &pairs {
        let right: Vec<&FactKey> = gf[i].intersection(&pf[j]).collect();
        s.right += right.len();
        s.predicted += pf[j].len();
        s.gold += gf[i].len();
        for f in &right {
            bump(&mut s, f, 0);
        }
        for f in &pf[j] {
            bump(&mut s, f, 1);
        }
        for f in &gf[i] {
            bump(&mut s, f, 2);
        }
        for f in gf[i].difference(&pf[j]) {
            s.notes.push(format!("missed ('{}', {})", f.0, f.1));
        }
        for f in pf[j].difference(&gf[i]) {
            s.notes.push(format!("wrong  ('{}', {})", f.0, f.1));
        }
    }
    for (i, g) in gold.iter().enumerate().filter(|(i, _)| !used_g[*i]) {
        s.gold += gf[i].len();
        for f in &gf[i] {
            bump(&mut s, f, 2);
        }
        s.notes.push(format!(
            "missed event {} {}",
            scalar(g.get("kind").unwrap_or(&Value::Null)),
            scalar(g.get("date").unwrap_or(&Value::Null))
        ));
    }
    for (j, p) in pred.iter().enumerate().filter(|(j, _)| !used_p[*j]) {
        s.predicted += pf[j].len();
        for f in &pf[j] {
            bump(&mut s, f, 1);
        }
        s.notes.push(format!(
            "extra event {} {}",
            scalar(p.get("kind").unwrap_or(&Value::Null)),
            scalar(p.get("date").unwrap_or(&Value::Null))
        ));
    }
    let mains: Vec<usize> = gold
        .iter()
        .enumerate()
        .filter(|(_, e)| e.get("role").and_then(Value::as_str) == Some("main"))
        .map(|(i, _)| i)
        .collect();
    s.main_ok = !mains.is_empty()
        && mains
            .iter()
            .all(|&i| pairs.iter().any(|&(pi, pj)| pi == i && gf[i] == pf[pj]));
    Ok(s)
}

/// Running totals over documents: (right, predicted, gold) and main-event counts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Totals {
    /// Right predicted facts.
    pub right: usize,
    /// Predicted facts.
    pub predicted: usize,
    /// Gold facts.
    pub gold: usize,
    /// Documents whose main event is entirely right.
    pub main_ok: usize,
    /// Documents.
    pub documents: usize,
}

impl Totals {
    /// Add one document's score.
    pub fn add(&mut self, s: &DocumentScore) {
        self.right += s.right;
        self.predicted += s.predicted;
        self.gold += s.gold;
        self.main_ok += usize::from(s.main_ok);
        self.documents += 1;
    }

    /// Precision, recall and F1.
    pub fn prf(&self) -> (f64, f64, f64) {
        let p = if self.predicted > 0 {
            self.right as f64 / self.predicted as f64
        } else {
            0.0
        };
        let r = if self.gold > 0 {
            self.right as f64 / self.gold as f64
        } else {
            0.0
        };
        let f = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        (p, r, f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn approx_must_match() {
        let g = json!([{"kind": "exchange", "role": "main", "to_ukraine": {"value": 3000, "approx": "over"}}]);
        let p = json!([{"kind": "exchange", "role": "main", "to_ukraine": 3000}]);
        let s = score_document(g.as_array().unwrap(), p.as_array().unwrap()).unwrap();
        assert_eq!((s.right, s.predicted, s.gold), (2, 3, 3));
        assert!(!s.main_ok);
    }

    #[test]
    fn kinds_pair_only_with_kinds_and_need_an_agreeing_fact() {
        let g = json!([{"kind": "exchange", "role": "main", "date": "2024-01-31"},
                       {"kind": "disrupted", "role": "background", "date": "2024-01-24"}]);
        let p = json!([{"kind": "exchange", "role": "background", "date": "2024-01-24"}]);
        let s = score_document(g.as_array().unwrap(), p.as_array().unwrap()).unwrap();
        assert_eq!(s.right, 0);
        assert_eq!(s.predicted, 3);
        assert_eq!(s.gold, 6);
    }

    #[test]
    fn branches_and_lists_are_one_fact_each() {
        let e = json!({"kind": "exchange", "role": "main", "branches": {"navy": 4, "sbu": 1},
                       "sources": ["zelensky", "yermak"]});
        assert_eq!(facts(&e).unwrap().len(), 6);
    }

    #[test]
    fn greedy_pairing_prefers_most_agreement() {
        let g = json!([{"kind": "exchange", "role": "background", "to_ukraine": 5},
                       {"kind": "exchange", "role": "background", "to_ukraine": 30, "date": "2022-04-14"}]);
        let p = json!([{"kind": "exchange", "role": "background", "to_ukraine": 30, "date": "2022-04-14"}]);
        let s = score_document(g.as_array().unwrap(), p.as_array().unwrap()).unwrap();
        assert_eq!(s.right, 4);
    }
}
