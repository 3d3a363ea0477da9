//! The timeline chart: people returned to Ukraine per event (bars, left axis)
//! and the running total (a step line, right axis), as an inline SVG drawn by
//! hand.
//!
//! Hand-built rather than plotters: the chart needs links from each bar to
//! its event, `<title>` tooltips, localized axis titles and a legend, and no
//! font files; about 200 lines of arithmetic do that. Only presentation
//! attributes are used (no `style`), so the page's Content-Security-Policy can
//! forbid inline styles. Every text placed in the SVG is escaped.

use std::fmt::Write;

use chrono::{Datelike, NaiveDate};
use swapledger_ledger::SeriesPoint;

/// The words of the chart, in the page's language.
#[derive(Debug, Clone)]
pub struct ChartText {
    /// Title (also the accessible name).
    pub title: String,
    /// One sentence on how to read it.
    pub desc: String,
    /// Legend of the bars.
    pub per_event: String,
    /// Legend of the line.
    pub cumulative: String,
    /// Title of the left axis.
    pub axis_left: String,
    /// Title of the right axis.
    pub axis_right: String,
}

const W: f64 = 960.0;
const H: f64 = 380.0;
const LEFT: f64 = 70.0;
const RIGHT: f64 = 80.0;
const TOP: f64 = 48.0;
const BOTTOM: f64 = 56.0;

/// Escape text for SVG/XML content and attribute values.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A "nice" step (1, 2 or 5 times a power of ten) for about `n` ticks up to `max`.
fn nice_step(max: u64, n: u64) -> u64 {
    let raw = (max.max(1) as f64 / n as f64).max(1.0);
    let pow = 10f64.powf(raw.log10().floor());
    let m = raw / pow;
    let nice = if m <= 1.0 {
        1.0
    } else if m <= 2.0 {
        2.0
    } else if m <= 5.0 {
        5.0
    } else {
        10.0
    };
    (nice * pow).round().max(1.0) as u64
}

fn days(d: NaiveDate) -> f64 {
    f64::from(d.num_days_from_ce())
}

fn first_of_month(y: i32, m: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, 1)
}

/// Month ticks between two days: the first days of months whose index is a
/// multiple of a step (1, 2, 3, 6, 12, 24 or 60 months) chosen for at most
/// about ten ticks; a step of a year or more falls on Januaries.
fn month_ticks(lo: NaiveDate, hi: NaiveDate) -> Vec<NaiveDate> {
    let index = |d: NaiveDate| d.year() * 12 + d.month0() as i32;
    let months = index(hi) - index(lo) + 1;
    let step = [1, 2, 3, 6, 12, 24, 60]
        .into_iter()
        .find(|s| months / s <= 10)
        .unwrap_or(120);
    (index(lo)..=index(hi))
        .filter(|i| i.rem_euclid(step) == 0)
        .filter_map(|i| first_of_month(i.div_euclid(12), i.rem_euclid(12) as u32 + 1))
        .filter(|d| *d >= lo && *d <= hi)
        .collect()
}

/// The SVG of the series (exchanges and releases, oldest first).
/// `href(event)` gives the link of a bar.
pub fn timeline_svg(
    points: &[SeriesPoint],
    text: &ChartText,
    href: impl Fn(&str) -> String,
) -> String {
    let mut s = String::new();
    let _ = write!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {W} {H}" role="img" aria-labelledby="chart-title chart-desc" font-family="system-ui, sans-serif" font-size="13">"#
    );
    let _ = write!(
        s,
        r#"<title id="chart-title">{}</title><desc id="chart-desc">{}</desc>"#,
        esc(&text.title),
        esc(&text.desc)
    );
    let Some(first) = points.first() else {
        s.push_str("</svg>");
        return s;
    };
    let last = points.last().unwrap_or(first);
    let (mut lo, mut hi) = (first.date, last.date);
    // Pad the time axis by a fortnight each side (a lone event gets a month).
    lo = lo.checked_sub_days(chrono::Days::new(15)).unwrap_or(lo);
    hi = hi.checked_add_days(chrono::Days::new(15)).unwrap_or(hi);
    let (d0, d1) = (days(lo), days(hi));
    let plot_w = W - LEFT - RIGHT;
    let plot_h = H - TOP - BOTTOM;
    let x = |d: NaiveDate| LEFT + (days(d) - d0) / (d1 - d0) * plot_w;

    let max_bar = points.iter().map(|p| p.to_ukraine).max().unwrap_or(0);
    let bar_step = nice_step(max_bar, 5);
    let bar_top = max_bar.div_ceil(bar_step).max(1) * bar_step;
    let max_cum = last.cumulative_to_ukraine;
    let cum_step = nice_step(max_cum, 5);
    let cum_top = max_cum.div_ceil(cum_step).max(1) * cum_step;
    let yl = |v: u64| TOP + plot_h - v as f64 / bar_top as f64 * plot_h;
    let yr = |v: u64| TOP + plot_h - v as f64 / cum_top as f64 * plot_h;

    // Legend.
    let _ = write!(
        s,
        r##"<g class="legend"><rect x="{LEFT}" y="14" width="14" height="14" fill="#2b6cb0"/><text x="{}" y="26">{}</text><line x1="{}" y1="21" x2="{}" y2="21" stroke="#c05621" stroke-width="3"/><text x="{}" y="26">{}</text></g>"##,
        LEFT + 20.0,
        esc(&text.per_event),
        LEFT + 220.0,
        LEFT + 250.0,
        LEFT + 256.0,
        esc(&text.cumulative)
    );
    // Grid and left ticks.
    let mut v = 0;
    while v <= bar_top {
        let y = yl(v);
        let _ = write!(
            s,
            r##"<line x1="{LEFT}" y1="{y:.1}" x2="{:.1}" y2="{y:.1}" stroke="#e2e8f0"/><text x="{:.1}" y="{:.1}" text-anchor="end" fill="#2b6cb0">{v}</text>"##,
            W - RIGHT,
            LEFT - 6.0,
            y + 4.0
        );
        v += bar_step;
    }
    // Right ticks.
    let mut v = 0;
    while v <= cum_top {
        let y = yr(v);
        let _ = write!(
            s,
            r##"<text x="{:.1}" y="{:.1}" fill="#c05621">{v}</text>"##,
            W - RIGHT + 6.0,
            y + 4.0
        );
        v += cum_step;
    }
    // Axes and titles.
    let _ = write!(
        s,
        r##"<line x1="{LEFT}" y1="{TOP}" x2="{LEFT}" y2="{b:.1}" stroke="#4a5568"/><line x1="{r:.1}" y1="{TOP}" x2="{r:.1}" y2="{b:.1}" stroke="#4a5568"/><line x1="{LEFT}" y1="{b:.1}" x2="{r:.1}" y2="{b:.1}" stroke="#4a5568"/>"##,
        b = TOP + plot_h,
        r = W - RIGHT
    );
    let mid = TOP + plot_h / 2.0;
    let _ = write!(
        s,
        r##"<text transform="translate(16 {mid:.1}) rotate(-90)" text-anchor="middle" fill="#2b6cb0">{}</text><text transform="translate({:.1} {mid:.1}) rotate(90)" text-anchor="middle" fill="#c05621">{}</text>"##,
        esc(&text.axis_left),
        W - 14.0,
        esc(&text.axis_right)
    );
    // Time ticks.
    let ticks = month_ticks(lo, hi);
    let yearly = ticks.iter().all(|d| d.month() == 1);
    for d in ticks {
        let tx = x(d);
        let label = if yearly {
            d.format("%Y").to_string()
        } else {
            d.format("%Y-%m").to_string()
        };
        let _ = write!(
            s,
            r##"<line x1="{tx:.1}" y1="{b:.1}" x2="{tx:.1}" y2="{:.1}" stroke="#4a5568"/><text x="{tx:.1}" y="{:.1}" text-anchor="middle">{}</text>"##,
            TOP + plot_h + 5.0,
            TOP + plot_h + 20.0,
            esc(&label),
            b = TOP + plot_h
        );
    }
    // Bars, each a link to its event.
    let bar_w = (plot_w / (points.len() as f64 * 1.6)).clamp(3.0, 18.0);
    // An event with no known number of people has no bar (it is not a zero).
    for p in points.iter().filter(|p| p.to_ukraine > 0) {
        let cx = x(p.date);
        let top = yl(p.to_ukraine);
        let label = format!(
            "{} · {}: {} · {}: {}",
            p.date, text.per_event, p.to_ukraine, text.cumulative, p.cumulative_to_ukraine
        );
        let _ = write!(
            s,
            r##"<a href="{}" class="bar"><title>{}</title><rect x="{:.1}" y="{top:.1}" width="{bar_w:.1}" height="{:.1}" fill="#2b6cb0"/></a>"##,
            esc(&href(&p.event)),
            esc(&label),
            cx - bar_w / 2.0,
            (TOP + plot_h - top).max(0.0)
        );
    }
    // Cumulative step line.
    let mut path = String::new();
    let mut prev_y = yr(0);
    let _ = write!(path, "M{:.1} {:.1}", LEFT, prev_y);
    for p in points {
        let cx = x(p.date);
        let y = yr(p.cumulative_to_ukraine);
        let _ = write!(path, " L{cx:.1} {prev_y:.1} L{cx:.1} {y:.1}");
        prev_y = y;
    }
    let _ = write!(path, " L{:.1} {prev_y:.1}", W - RIGHT);
    let _ = write!(
        s,
        r##"<path d="{path}" fill="none" stroke="#c05621" stroke-width="2.5"/>"##
    );
    s.push_str("</svg>");
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use swapledger_extract::Kind;

    fn point(id: &str, d: (i32, u32, u32), u: u64, cu: u64) -> SeriesPoint {
        SeriesPoint {
            event: id.into(),
            date: NaiveDate::from_ymd_opt(d.0, d.1, d.2).unwrap(),
            kind: Kind::Exchange,
            to_ukraine: u,
            to_russia: u,
            cumulative_to_ukraine: cu,
            cumulative_to_russia: cu,
        }
    }

    fn text() -> ChartText {
        ChartText {
            title: "People <returned>".into(),
            desc: "d".into(),
            per_event: "per event".into(),
            cumulative: "cumulative".into(),
            axis_left: "people".into(),
            axis_right: "total".into(),
        }
    }

    #[test]
    fn bars_link_to_events_and_text_is_escaped() {
        let pts = [
            point("2024-01-31-exchange", (2024, 1, 31), 207, 207),
            point("2024-03-01-exchange", (2024, 3, 1), 0, 207),
            point("2024-05-31-exchange", (2024, 5, 31), 75, 282),
        ];
        let svg = timeline_svg(&pts, &text(), |id| format!("/events/{id}?a=1&b=2"));
        assert!(svg.contains("People &lt;returned&gt;"));
        assert!(svg.contains(r#"href="/events/2024-01-31-exchange?a=1&amp;b=2""#));
        assert_eq!(svg.matches("<rect").count(), 3, "two bars and the legend");
        assert!(
            !svg.contains("2024-03-01-exchange"),
            "an unknown number draws no bar"
        );
        assert!(svg.contains("<path d=\"M"));
        assert!(!svg.contains("style="));
        assert!(
            svg.contains(">2024-02<") || svg.contains(">2024-03<"),
            "{svg}"
        );
    }

    #[test]
    fn empty_and_single_series_draw() {
        assert!(timeline_svg(&[], &text(), |_| String::new()).ends_with("</svg>"));
        let one = timeline_svg(&[point("e", (2022, 9, 21), 215, 215)], &text(), |_| {
            "/".into()
        });
        assert!(one.contains(">215<") || one.contains("215"));
    }

    #[test]
    fn nice_steps_and_year_ticks() {
        assert_eq!(nice_step(207, 5), 50);
        assert_eq!(nice_step(4000, 5), 1000);
        assert_eq!(nice_step(3, 5), 1);
        let lo = NaiveDate::from_ymd_opt(2022, 3, 1).unwrap();
        let hi = NaiveDate::from_ymd_opt(2025, 6, 1).unwrap();
        let t = month_ticks(lo, hi);
        assert!(t.len() <= 11 && !t.is_empty(), "{t:?}");
    }
}
