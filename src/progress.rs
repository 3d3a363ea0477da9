//! Progress bars on standard error, drawn only when it is a terminal.
//!
//! A [`Bar`] is a cheap clone of an indicatif bar, or nothing at all when
//! standard error is not a terminal (pipes, CI, tests), so commands call it
//! unconditionally. [`Bar::reader_sink`] adapts it to the ingest reader's
//! progress callback (bytes read of the total).

use std::io::IsTerminal;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// A progress bar, or nothing when standard error is not a terminal.
#[derive(Clone)]
pub struct Bar(Option<ProgressBar>);

impl Bar {
    fn new(total: Option<u64>, template: &str) -> Bar {
        if !std::io::stderr().is_terminal() {
            return Bar(None);
        }
        let bar = match total {
            Some(t) => ProgressBar::with_draw_target(Some(t), ProgressDrawTarget::stderr()),
            None => ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr()),
        };
        if let Ok(style) = ProgressStyle::with_template(template) {
            bar.set_style(style.progress_chars("=> "));
        }
        bar.enable_steady_tick(Duration::from_millis(200));
        Bar(Some(bar))
    }

    /// A bar over bytes (the reader's progress), with a message slot.
    pub fn bytes(total: Option<u64>) -> Bar {
        Bar::new(
            total,
            "{spinner} [{elapsed_precise}] [{bar:30}] {bytes}/{total_bytes} {msg}",
        )
    }

    /// A bar over items.
    pub fn items(total: u64) -> Bar {
        Bar::new(
            Some(total),
            "{spinner} [{elapsed_precise}] [{bar:30}] {pos}/{len} {msg}",
        )
    }

    /// Set the position.
    pub fn set_position(&self, pos: u64) {
        if let Some(b) = &self.0 {
            b.set_position(pos);
        }
    }

    /// Set the length.
    pub fn set_length(&self, len: u64) {
        if let Some(b) = &self.0 {
            b.set_length(len);
        }
    }

    /// Advance by `n`.
    pub fn inc(&self, n: u64) {
        if let Some(b) = &self.0 {
            b.inc(n);
        }
    }

    /// Set the message after the bar.
    pub fn set_message(&self, msg: impl Into<String>) {
        if let Some(b) = &self.0 {
            b.set_message(msg.into());
        }
    }

    /// Print a line above the bar (or to standard error when there is no bar).
    pub fn println(&self, line: impl AsRef<str>) {
        match &self.0 {
            Some(b) => b.suspend(|| eprintln!("{}", line.as_ref())),
            None => eprintln!("{}", line.as_ref()),
        }
    }

    /// Remove the bar.
    pub fn finish(&self) {
        if let Some(b) = &self.0 {
            b.finish_and_clear();
        }
    }

    /// The reader's progress callback for this bar.
    pub fn reader_sink(&self) -> impl FnMut(&swapledger_ingest::Progress<'_>) + Send + 'static {
        let bar = self.clone();
        move |p: &swapledger_ingest::Progress<'_>| {
            if let Some(t) = p.bytes_total {
                bar.set_length(t);
            }
            bar.set_position(p.bytes_read);
            bar.set_message(format!("{} documents", p.documents));
        }
    }
}
