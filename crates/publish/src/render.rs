//! Writing a composed summary as plain text, Markdown or HTML.
//!
//! Plain text and Markdown put a blank line between blocks and one list item
//! per line. HTML escapes every character that markup could read (`& < > " '`);
//! Markdown escapes the characters it could read in text taken from documents
//! (outlet names), which [`compose`](crate::compose) marks for this.

use crate::compose::{Block, Summary, DOC_CLOSE, DOC_OPEN};
use crate::Format;

/// Write `s` in `format`; `lang` is the HTML `lang` attribute.
pub(crate) fn render(s: &Summary, format: Format, lang: &str) -> String {
    match format {
        Format::Text => text(s),
        Format::Markdown => markdown(s),
        Format::Html => html(s, lang),
    }
}

fn text(s: &Summary) -> String {
    let mut out = strip(&s.headline);
    for b in &s.blocks {
        out.push_str("\n\n");
        match b {
            Block::Paragraph(sentences) => out.push_str(&strip(&sentences.join(" "))),
            Block::List { title, items } => {
                out.push_str(&strip(title));
                for i in items {
                    out.push_str("\n- ");
                    out.push_str(&strip(i));
                }
            }
        }
    }
    out.push('\n');
    out
}

fn markdown(s: &Summary) -> String {
    let mut out = format!("# {}", md(&s.headline));
    for b in &s.blocks {
        out.push_str("\n\n");
        match b {
            Block::Paragraph(sentences) => out.push_str(&md(&sentences.join(" "))),
            Block::List { title, items } => {
                out.push_str(&md(title));
                out.push('\n');
                for i in items {
                    out.push_str("\n- ");
                    out.push_str(&md(i));
                }
            }
        }
    }
    out.push('\n');
    out
}

fn html(s: &Summary, lang: &str) -> String {
    let mut out = format!(
        "<article lang=\"{}\">\n<h1>{}</h1>\n",
        escape_html(lang),
        escape_html(&strip(&s.headline))
    );
    for b in &s.blocks {
        match b {
            Block::Paragraph(sentences) => {
                out.push_str("<p>");
                out.push_str(&escape_html(&strip(&sentences.join(" "))));
                out.push_str("</p>\n");
            }
            Block::List { title, items } => {
                out.push_str("<p>");
                out.push_str(&escape_html(&strip(title)));
                out.push_str("</p>\n<ul>\n");
                for i in items {
                    out.push_str("<li>");
                    out.push_str(&escape_html(&strip(i)));
                    out.push_str("</li>\n");
                }
                out.push_str("</ul>\n");
            }
        }
    }
    out.push_str("</article>\n");
    out
}

/// Remove the marks around document text.
fn strip(s: &str) -> String {
    s.chars()
        .filter(|c| *c != DOC_OPEN && *c != DOC_CLOSE)
        .collect()
}

/// Markdown: escape what Markdown could read inside marked document text.
fn md(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut inside = false;
    for c in s.chars() {
        match c {
            DOC_OPEN => inside = true,
            DOC_CLOSE => inside = false,
            '\\' | '`' | '*' | '_' | '{' | '}' | '[' | ']' | '<' | '>' | '(' | ')' | '#' | '+'
            | '-' | '.' | '!' | '|' | '~' | '&'
                if inside =>
            {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

/// HTML text and attribute escaping.
pub(crate) fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_escapes_only_document_text() {
        let s = format!("Звіти: {DOC_OPEN}*Канал* [24]{DOC_CLOSE} — 5.");
        assert_eq!(md(&s), "Звіти: \\*Канал\\* \\[24\\] — 5.");
    }

    #[test]
    fn html_escapes_markup() {
        assert_eq!(
            escape_html("<b>\"A&B\"</b> '"),
            "&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt; &#39;"
        );
    }
}
