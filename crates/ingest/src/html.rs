//! HTML pages to article text plus metadata.
//!
//! # Why `scraper` (html5ever) and not `dom_smoothie`
//!
//! `scraper` gives the html5ever tree (the same parse a browser makes, robust
//! on broken and hostile markup) and leaves the extraction rules to us.
//! Prisoner-exchange reports are often short (three paragraphs and a list), and
//! Readability ports such as `dom_smoothie` are tuned for long articles (a
//! 500-character threshold, candidate scoring that can pick a teaser list on
//! short pages) and return HTML that would need a second pass to become text
//! with our line rules. Here the rules are few, visible and tested:
//!
//! 1. **Content root**: every `<p>` with at least 25 characters outside
//!    boilerplate gives its length to its parent and half to its grandparent; the
//!    best-scored element wins, widened to its nearest `<article>` or
//!    `[itemprop=articleBody]` ancestor. Without paragraphs: `articleBody`,
//!    `article`, `main`, then `body`.
//! 2. **Dropped subtrees**: `script`, `style`, `noscript`, `template`, `nav`,
//!    `footer`, `aside`, `form`, `button`, `iframe`, `svg`, media and `figure`,
//!    a `header` without a heading, elements that are `hidden`,
//!    `aria-hidden=true`, `display:none`, have a landmark role other than main
//!    (navigation, banner, contentinfo, complementary, dialog, search, menu), or
//!    whose class/id tokens name boilerplate (nav, menu, breadcrumb, share,
//!    social, comment(s), cookie, consent, banner, ad(s), promo, related,
//!    read-also, subscribe, newsletter, footer, sidebar, widget, tags, popup,
//!    byline, author...).
//! 3. **Text rules**: a short block (< 400 characters) opening with "Читайте
//!    також", "Читайте также", "Read also", "See also", "Дивіться також"... is
//!    dropped together with the link list or link paragraph right after it; a
//!    short block mentioning cookies is dropped; a list/div/section/table of two
//!    or more links whose text is at least 80 % link text is dropped.
//! 4. **Text**: headings, list items and table rows are one line each;
//!    paragraphs and other blocks are separated by a blank line; `<br>` is a line
//!    break; runs of ASCII white space collapse to one space (a no-break space is
//!    kept: it separates thousands); soft hyphens and zero-width spaces are
//!    removed. Character references are decoded by the parser, so markup written
//!    as text (`&lt;script&gt;`) comes out as inert text, and attributes
//!    (`onerror=...`) never reach the body.
//!
//! Metadata: `<html lang>` (primary subtag; `ua` is read as `uk`), else
//! `og:locale`; `article:published_time`, else JSON-LD `datePublished`, else
//! `itemprop=datePublished`, as a Kyiv date; `og:url`, else `link rel=canonical`;
//! `og:site_name`, else the JSON-LD publisher name. The JSON-LD `NewsArticle`
//! (or `Article`, `ReportageNewsArticle`, `BlogPosting`) `headline`, else an
//! `<h1>` outside the content root, becomes the first line of the body when the
//! body does not already contain it.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::LazyLock;

use scraper::{ElementRef, Html, Node, Selector};
use serde_json::Value;

use crate::charset::{charset_param, decode_html};
use crate::{parse_published, Document, IngestError, Metadata};

fn sel(s: &str) -> Selector {
    Selector::parse(s).expect("constant selector")
}

static P: LazyLock<Selector> = LazyLock::new(|| sel("p"));
static A: LazyLock<Selector> = LazyLock::new(|| sel("a"));
static H1: LazyLock<Selector> = LazyLock::new(|| sel("h1"));
static H12: LazyLock<Selector> = LazyLock::new(|| sel("h1, h2"));
static META: LazyLock<Selector> = LazyLock::new(|| sel("meta"));
static HTML_EL: LazyLock<Selector> = LazyLock::new(|| sel("html"));
static CANONICAL: LazyLock<Selector> = LazyLock::new(|| sel("link[rel=canonical]"));
static LD_JSON: LazyLock<Selector> = LazyLock::new(|| sel("script[type]"));
static ARTICLE_BODY: LazyLock<Selector> = LazyLock::new(|| sel("[itemprop=articleBody]"));
static ARTICLE: LazyLock<Selector> = LazyLock::new(|| sel("article"));
static MAIN: LazyLock<Selector> = LazyLock::new(|| sel("main, [role=main]"));
static BODY: LazyLock<Selector> = LazyLock::new(|| sel("body"));

const DROP_TAGS: &[&str] = &[
    "script", "style", "noscript", "template", "nav", "footer", "aside", "form", "button",
    "iframe", "frame", "frameset", "svg", "math", "object", "embed", "select", "textarea", "input",
    "label", "figure", "canvas", "video", "audio", "picture", "img", "menu", "dialog", "head",
    "title", "link", "meta", "base", "map",
];

const BOILER_TOKENS: &[&str] = &[
    "nav",
    "navbar",
    "navigation",
    "menu",
    "breadcrumb",
    "breadcrumbs",
    "share",
    "sharing",
    "social",
    "socials",
    "comment",
    "comments",
    "cookie",
    "cookies",
    "consent",
    "gdpr",
    "banner",
    "ad",
    "ads",
    "adv",
    "advert",
    "adverts",
    "advertisement",
    "promo",
    "related",
    "subscribe",
    "subscription",
    "newsletter",
    "footer",
    "sidebar",
    "widget",
    "widgets",
    "tags",
    "popup",
    "modal",
    "outbrain",
    "taboola",
    "disqus",
    "recommended",
    "recommendations",
    "login",
    "toolbar",
    "pagination",
    "pager",
    "likes",
    "rating",
    "byline",
    "author",
    "authors",
    "dateline",
];

const BOILER_JOINED: &[&str] = &[
    "readalso",
    "seealso",
    "alsoread",
    "readmore",
    "morenews",
    "chytaitetakozh",
    "chitaytetakzhe",
];

const BOILER_ROLES: &[&str] = &[
    "navigation",
    "banner",
    "contentinfo",
    "complementary",
    "dialog",
    "alertdialog",
    "search",
    "menu",
    "menubar",
    "toolbar",
];

const READ_ALSO: &[&str] = &[
    "читайте також",
    "також читайте",
    "читайте більше",
    "дивіться також",
    "читайте также",
    "также читайте",
    "читайте тоже",
    "смотрите также",
    "см. также",
    "read also",
    "read more",
    "see also",
    "related:",
    "related articles",
    "більше новин",
    "больше новостей",
    "підписуйтесь",
    "підписуйтеся",
    "подписывайтесь",
    "поділитися",
    "поделиться",
    "share this",
    "subscribe to",
];

const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "tr",
    "table",
    "tbody",
    "thead",
    "tfoot",
    "address",
    "center",
    "figcaption",
    "details",
    "summary",
    "hr",
    "body",
    "html",
    "caption",
];

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Para,
    Heading,
    Item,
    Row,
}

/// Deeper than this, [`walk`] (which recurses) stops applying the rules and
/// takes the text of the rest of the subtree as it is, without recursing (see
/// [`flat_text`]). Real pages nest a few dozen levels; 100,000 nested `<i>`
/// (700 KB) overflowed the stack and aborted the process, and since every
/// element's rules look at its whole subtree, deep nesting was quadratic
/// (50,000 nested `<b>` took 24 s). Found by fuzzing.
const MAX_DEPTH: usize = 200;

/// Text of a block being built, and the finished blocks.
struct Out {
    blocks: Vec<(Kind, String)>,
    cur: String,
    space: bool,
    stack: Vec<Kind>,
    pre: usize,
    depth: usize,
}

impl Out {
    fn new() -> Self {
        Out {
            blocks: Vec::new(),
            cur: String::new(),
            space: false,
            stack: Vec::new(),
            pre: 0,
            depth: 0,
        }
    }

    fn text(&mut self, s: &str) {
        for c in s.chars() {
            match c {
                '\u{AD}' | '\u{200B}' | '\u{FEFF}' => {}
                '\n' if self.pre > 0 => self.line_break(),
                ' ' | '\t' | '\n' | '\r' | '\x0C' if self.pre == 0 => self.space = true,
                _ => {
                    if self.space && !self.cur.is_empty() && !self.cur.ends_with('\n') {
                        self.cur.push(' ');
                    }
                    self.space = false;
                    self.cur.push(c);
                }
            }
        }
    }

    fn line_break(&mut self) {
        let trimmed = self.cur.trim_end_matches([' ', '\t']).len();
        self.cur.truncate(trimmed);
        if !self.cur.is_empty() && !self.cur.ends_with('\n') {
            self.cur.push('\n');
        }
        self.space = false;
    }

    fn open(&mut self, kind: Kind) {
        self.flush();
        self.stack.push(kind);
    }

    fn close(&mut self) {
        self.flush();
        self.stack.pop();
    }

    fn flush(&mut self) {
        let lines: Vec<&str> = self
            .cur
            .lines()
            .map(|l| l.trim_matches([' ', '\t']))
            .filter(|l| !l.is_empty())
            .collect();
        if !lines.is_empty() {
            let kind = self
                .stack
                .iter()
                .rev()
                .copied()
                .find(|k| *k != Kind::Para)
                .unwrap_or(Kind::Para);
            self.blocks.push((kind, lines.join("\n")));
        }
        self.cur.clear();
        self.space = false;
    }

    fn finish(mut self) -> String {
        self.flush();
        let mut out = String::new();
        let mut prev: Option<Kind> = None;
        for (kind, text) in &self.blocks {
            if let Some(p) = prev {
                let tight = p == *kind && matches!(kind, Kind::Item | Kind::Row);
                out.push_str(if tight { "\n" } else { "\n\n" });
            }
            out.push_str(text);
            prev = Some(*kind);
        }
        if !out.is_empty() {
            out.push('\n');
        }
        out
    }
}

fn kind_of(tag: &str) -> Kind {
    match tag {
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => Kind::Heading,
        "li" | "dt" | "dd" => Kind::Item,
        "tr" => Kind::Row,
        _ => Kind::Para,
    }
}

/// Whitespace-collapsed text of an element, at most `cap` characters.
fn capped_text(el: ElementRef<'_>, cap: usize) -> String {
    let mut s = String::new();
    let mut n = 0;
    let mut space = false;
    'outer: for t in el.text() {
        for c in t.chars() {
            if c.is_whitespace() {
                space = !s.is_empty();
                continue;
            }
            if space {
                s.push(' ');
                space = false;
            }
            s.push(c);
            n += 1;
            if n >= cap {
                break 'outer;
            }
        }
    }
    s
}

fn class_id_tokens(el: ElementRef<'_>) -> Vec<String> {
    let e = el.value();
    let mut tokens = Vec::new();
    for v in e.classes().chain(e.id()) {
        let parts: Vec<String> = v
            .split(|c: char| !c.is_alphanumeric())
            .filter(|p| !p.is_empty())
            .map(str::to_lowercase)
            .collect();
        tokens.push(parts.concat());
        tokens.extend(parts);
    }
    tokens
}

/// Boilerplate by tag, attributes, role and class/id (no text rules).
fn is_boilerplate_element(el: ElementRef<'_>) -> bool {
    let e = el.value();
    let name = e.name();
    if DROP_TAGS.contains(&name) {
        return true;
    }
    if name == "header" && el.select(&H12).next().is_none() {
        return true;
    }
    if e.attr("hidden").is_some()
        || e.attr("aria-hidden")
            .is_some_and(|v| v.eq_ignore_ascii_case("true"))
    {
        return true;
    }
    if let Some(style) = e.attr("style") {
        let s: String = style
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        if s.contains("display:none") || s.contains("visibility:hidden") {
            return true;
        }
    }
    if let Some(role) = e.attr("role") {
        if BOILER_ROLES.contains(&role.trim().to_ascii_lowercase().as_str()) {
            return true;
        }
    }
    class_id_tokens(el)
        .iter()
        .any(|t| BOILER_TOKENS.contains(&t.as_str()) || BOILER_JOINED.iter().any(|j| t.contains(j)))
}

enum Verdict {
    Keep,
    Drop,
    /// Dropped, and so is the link list or link paragraph right after it.
    DropWithNext,
}

fn judge(el: ElementRef<'_>) -> Verdict {
    if is_boilerplate_element(el) {
        return Verdict::Drop;
    }
    let name = el.value().name();
    if !BLOCK_TAGS.contains(&name) && !matches!(name, "strong" | "b" | "em" | "span") {
        return Verdict::Keep;
    }
    let text = capped_text(el, 600);
    let len = text.chars().count();
    let lower = text.to_lowercase();
    if len < 400 && READ_ALSO.iter().any(|p| lower.starts_with(p)) {
        return Verdict::DropWithNext;
    }
    if len < 600 && (lower.contains("cookie") || lower.contains("куки")) {
        return Verdict::Drop;
    }
    if matches!(name, "ul" | "ol" | "div" | "section" | "table" | "dl") && is_link_list(el) {
        return Verdict::Drop;
    }
    Verdict::Keep
}

/// Two or more links making at least 80 % of the text (small elements only).
fn is_link_list(el: ElementRef<'_>) -> bool {
    let total = capped_text(el, 5000)
        .chars()
        .filter(|c| !c.is_whitespace())
        .count();
    if total == 0 || total >= 5000 {
        return false;
    }
    let mut links = 0;
    let mut link_len = 0;
    for a in el.select(&A) {
        links += 1;
        link_len += a
            .text()
            .flat_map(str::chars)
            .filter(|c| !c.is_whitespace())
            .count();
    }
    links >= 2 && link_len * 10 >= total * 8
}

fn is_link_only(el: ElementRef<'_>) -> bool {
    let total = capped_text(el, 1000)
        .chars()
        .filter(|c| !c.is_whitespace())
        .count();
    let link_len: usize = el
        .select(&A)
        .map(|a| {
            a.text()
                .flat_map(str::chars)
                .filter(|c| !c.is_whitespace())
                .count()
        })
        .sum();
    total > 0 && link_len * 10 >= total * 8
}

fn walk(el: ElementRef<'_>, out: &mut Out) {
    if out.depth >= MAX_DEPTH {
        flat_text(el, out);
        return;
    }
    out.depth += 1;
    walk_children(el, out);
    out.depth -= 1;
}

/// The text under `el` without the rules or block structure, walked without
/// recursion (for elements nested deeper than [`MAX_DEPTH`]); dropped tags
/// (scripts, styles, navigation...) are still left out, `<br>` still breaks.
fn flat_text(el: ElementRef<'_>, out: &mut Out) {
    let mut next = el.first_child();
    while let Some(node) = next {
        let descend = match node.value() {
            Node::Text(t) => {
                out.text(t);
                false
            }
            Node::Element(e) if e.name() == "br" => {
                out.line_break();
                false
            }
            Node::Element(e) => !DROP_TAGS.contains(&e.name()),
            _ => false,
        };
        next = if descend { node.first_child() } else { None };
        let mut up = node;
        while next.is_none() && up.id() != el.id() {
            next = up.next_sibling();
            match up.parent() {
                Some(p) => up = p,
                None => break,
            }
        }
    }
}

fn walk_children(el: ElementRef<'_>, out: &mut Out) {
    let mut drop_next = false;
    for child in el.children() {
        match child.value() {
            Node::Text(t) => {
                if !t.trim().is_empty() {
                    drop_next = false;
                }
                out.text(t);
            }
            Node::Element(e) => {
                let Some(c) = ElementRef::wrap(child) else {
                    continue;
                };
                let name = e.name();
                if drop_next {
                    drop_next = false;
                    if matches!(name, "ul" | "ol" | "p" | "div" | "a") && is_link_only(c) {
                        continue;
                    }
                }
                match judge(c) {
                    Verdict::Drop => continue,
                    Verdict::DropWithNext => {
                        drop_next = true;
                        continue;
                    }
                    Verdict::Keep => {}
                }
                match name {
                    "br" => out.line_break(),
                    "td" | "th" => {
                        out.space = true;
                        walk(c, out);
                        out.space = true;
                    }
                    "pre" => {
                        out.open(Kind::Para);
                        out.pre += 1;
                        walk(c, out);
                        out.pre -= 1;
                        out.close();
                    }
                    _ if BLOCK_TAGS.contains(&name) => {
                        out.open(kind_of(name));
                        walk(c, out);
                        out.close();
                    }
                    _ => walk(c, out),
                }
            }
            _ => {}
        }
    }
}

/// The element or one of its ancestors below `<body>` is boilerplate.
/// Verdicts are kept in `known` for the elements on the way up, so asking for
/// every paragraph costs one look at each element, however deep the nesting.
/// `key` is `|e| e.id()`: ego-tree's `NodeId`, which this crate does not name.
fn in_boilerplate<K: Eq + Hash>(
    el: ElementRef<'_>,
    known: &mut HashMap<K, bool>,
    key: impl Fn(ElementRef<'_>) -> K,
) -> bool {
    let mut climbed = Vec::new();
    let mut verdict = false;
    let mut cur = Some(el);
    while let Some(a) = cur {
        if matches!(a.value().name(), "body" | "html") {
            break;
        }
        if let Some(&v) = known.get(&key(a)) {
            verdict = v;
            break;
        }
        climbed.push(key(a));
        if is_boilerplate_element(a) {
            verdict = true;
            break;
        }
        cur = a.parent().and_then(ElementRef::wrap);
    }
    for id in climbed {
        known.insert(id, verdict);
    }
    verdict
}

fn is_article_like(el: ElementRef<'_>) -> bool {
    el.value().name() == "article" || el.value().attr("itemprop") == Some("articleBody")
}

/// The element holding the article text.
fn content_root(doc: &Html) -> ElementRef<'_> {
    let mut scores: HashMap<_, usize> = HashMap::new();
    let mut known = HashMap::new();
    for p in doc.select(&P) {
        let len = capped_text(p, 10_000).chars().count();
        if len < 25 || in_boilerplate(p, &mut known, |e| e.id()) {
            continue;
        }
        let mut ancestors = p.ancestors();
        if let Some(parent) = ancestors.next() {
            *scores.entry(parent.id()).or_default() += len * 2;
        }
        if let Some(grand) = ancestors.next() {
            *scores.entry(grand.id()).or_default() += len;
        }
    }
    let best = scores
        .iter()
        .max_by_key(|(id, s)| (**s, std::cmp::Reverse(**id)))
        .and_then(|(id, _)| doc.tree.get(*id))
        .and_then(ElementRef::wrap);
    if let Some(best) = best {
        let widened = std::iter::once(best)
            .chain(best.ancestors().filter_map(ElementRef::wrap))
            .find(|a| is_article_like(*a));
        return widened.unwrap_or(best);
    }
    doc.select(&ARTICLE_BODY)
        .next()
        .or_else(|| doc.select(&ARTICLE).next())
        .or_else(|| doc.select(&MAIN).next())
        .or_else(|| doc.select(&BODY).next())
        .unwrap_or_else(|| doc.root_element())
}

/// Render an HTML fragment (a feed item's `description`, say) as text with the
/// same rules as a page body, without looking for a content root.
pub fn html_to_text(html: &str) -> String {
    let frag = Html::parse_fragment(html);
    let mut out = Out::new();
    walk(frag.root_element(), &mut out);
    out.finish()
}

fn norm_lang(s: &str) -> Option<String> {
    let primary = s
        .trim()
        .split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    match primary.as_str() {
        "" => None,
        "ua" => Some("uk".into()),
        _ => Some(primary),
    }
}

#[derive(Default)]
struct LdArticle {
    published: Option<String>,
    headline: Option<String>,
    publisher: Option<String>,
    rank: u8,
}

fn ld_types(v: &Value) -> Vec<&str> {
    match v.get("@type") {
        Some(Value::String(s)) => vec![s.as_str()],
        Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    }
}

fn find_ld_article(v: &Value, best: &mut LdArticle) {
    match v {
        Value::Array(items) => items.iter().for_each(|i| find_ld_article(i, best)),
        Value::Object(map) => {
            let rank = ld_types(v)
                .iter()
                .map(|t| match *t {
                    "NewsArticle" | "ReportageNewsArticle" | "AnalysisNewsArticle" => 3,
                    "Article" | "BlogPosting" | "Report" => 2,
                    _ => 0,
                })
                .max()
                .unwrap_or(0);
            if rank > best.rank {
                let s = |k: &str| map.get(k).and_then(Value::as_str).map(str::to_string);
                *best = LdArticle {
                    published: s("datePublished"),
                    headline: s("headline"),
                    publisher: map
                        .get("publisher")
                        .and_then(|p| p.get("name"))
                        .and_then(Value::as_str)
                        .map(str::to_string),
                    rank,
                };
            }
            if let Some(g) = map.get("@graph") {
                find_ld_article(g, best);
            }
        }
        _ => {}
    }
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Read an HTML page (raw bytes) as a document; `content_type` is the HTTP
/// `Content-Type` when known (its charset wins over `<meta charset>`).
pub fn parse_html(
    bytes: &[u8],
    path: &str,
    content_type: Option<&str>,
) -> Result<Document, IngestError> {
    parse_html_page(bytes, path, content_type).map(|(d, _)| d)
}

/// As [`parse_html`], also returning warnings (bad JSON-LD, guessed charset).
pub(crate) fn parse_html_page(
    bytes: &[u8],
    path: &str,
    content_type: Option<&str>,
) -> Result<(Document, Vec<String>), IngestError> {
    let mut warnings = Vec::new();
    let http_charset = content_type.and_then(charset_param);
    let decoded = decode_html(bytes, http_charset.as_deref())?;
    if decoded.how == crate::charset::How::Guessed {
        warnings.push(format!(
            "no charset declared; read as {} (clearly Cyrillic in it)",
            decoded.encoding.name()
        ));
    }
    let doc = Html::parse_document(&decoded.text);
    let mut meta = Metadata::default();
    let mut locale = None;
    let mut published_meta = None;
    let mut itemprop_date = None;
    for m in doc.select(&META) {
        let e = m.value();
        let key = e
            .attr("property")
            .or_else(|| e.attr("name"))
            .or_else(|| e.attr("itemprop"))
            .map(str::to_ascii_lowercase);
        let (Some(key), Some(content)) = (key, e.attr("content")) else {
            continue;
        };
        let content = content.trim();
        if content.is_empty() {
            continue;
        }
        match key.as_str() {
            "article:published_time" if published_meta.is_none() => {
                published_meta = Some(content.to_string())
            }
            "datepublished" if itemprop_date.is_none() => itemprop_date = Some(content.to_string()),
            "og:url" if meta.url.is_none() => meta.url = Some(content.to_string()),
            "og:site_name" if meta.source.is_none() => meta.source = Some(content.to_string()),
            "og:locale" if locale.is_none() => locale = norm_lang(content),
            _ => {}
        }
    }
    meta.language = doc
        .select(&HTML_EL)
        .next()
        .and_then(|h| h.value().attr("lang"))
        .and_then(norm_lang)
        .or(locale);
    if meta.url.is_none() {
        meta.url = doc
            .select(&CANONICAL)
            .next()
            .and_then(|l| l.value().attr("href"))
            .map(|h| h.trim().to_string())
            .filter(|h| !h.is_empty());
    }
    let mut ld = LdArticle::default();
    for s in doc.select(&LD_JSON) {
        if !s
            .value()
            .attr("type")
            .unwrap_or("")
            .to_ascii_lowercase()
            .contains("ld+json")
        {
            continue;
        }
        let raw: String = s.text().collect();
        match serde_json::from_str::<Value>(raw.trim()) {
            Ok(v) => find_ld_article(&v, &mut ld),
            Err(e) => warnings.push(format!("JSON-LD block ignored: {e}")),
        }
    }
    let published_raw = published_meta.or(ld.published.clone()).or(itemprop_date);
    if let Some(raw) = &published_raw {
        meta.published = parse_published(raw);
        if meta.published.is_none() {
            warnings.push(format!("publication time {raw:?} not understood"));
        }
    }
    if meta.source.is_none() {
        meta.source = ld.publisher.clone();
    }
    if let Some(note) = decoded.note() {
        meta.extra.push(("charset".into(), note));
    }

    let root = content_root(&doc);
    let mut out = Out::new();
    // The root itself may be judged boilerplate only by its ancestors; render it.
    walk(root, &mut out);
    let mut body = out.finish();

    let outside_h1 = || {
        let mut known = HashMap::new();
        doc.select(&H1)
            .find(|h| {
                !h.ancestors().any(|a| a.id() == root.id())
                    && !in_boilerplate(*h, &mut known, |e| e.id())
            })
            .map(|h| collapse(&h.text().collect::<String>()))
            .filter(|t| !t.is_empty())
    };
    let has_h1_inside = root.select(&H1).next().is_some();
    let headline = ld
        .headline
        .as_deref()
        .map(collapse)
        .filter(|h| !h.is_empty())
        .or_else(|| if has_h1_inside { None } else { outside_h1() });
    if let Some(h) = headline {
        if !collapse(&body).contains(&h) {
            body = if body.is_empty() {
                format!("{h}\n")
            } else {
                format!("{h}\n\n{body}")
            };
        }
        meta.extra.push(("headline".into(), h));
    }
    if body.trim().is_empty() {
        return Err(IngestError::NoText(
            "no article text in the HTML page".into(),
        ));
    }
    Ok((
        Document {
            path: path.to_string(),
            body,
            meta,
        },
        warnings,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_become_lines_and_paragraphs() {
        let t = html_to_text(
            "<h2>Заголовок</h2><p>Перший  абзац\n тексту.</p><ul><li>один</li><li>два</li></ul><p>a<br>b</p>",
        );
        assert_eq!(
            t,
            "Заголовок\n\nПерший абзац тексту.\n\nодин\nдва\n\na\nb\n"
        );
    }

    #[test]
    fn read_also_block_and_its_links_are_dropped() {
        let t = html_to_text(
            "<p>Суть.</p><p><strong>Читайте також:</strong></p><ul><li><a href=/x>Інша новина</a></li><li><a href=/y>Ще одна</a></li></ul><p>Кінець.</p>",
        );
        assert_eq!(t, "Суть.\n\nКінець.\n");
    }

    #[test]
    fn entities_stay_text_and_scripts_go() {
        let t = html_to_text(
            "<p>a &lt;script&gt;alert(1)&lt;/script&gt; b<img src=x onerror=alert(2)></p><script>alert(3)</script>",
        );
        assert_eq!(t, "a <script>alert(1)</script> b\n");
    }

    #[test]
    fn no_break_space_is_kept_soft_hyphen_dropped() {
        assert_eq!(
            html_to_text("<p>1\u{a0}000 обмі\u{ad}ну</p>"),
            "1\u{a0}000 обміну\n"
        );
    }
}
