//! The one document reader: paths (files, directories, `-`) to a stream of
//! documents and errors, with a summary and progress callbacks.
//!
//! * A **file** is opened and sniffed ([`crate::sniff`]); a **directory** is
//!   walked recursively, entries sorted by name (byte order) at each level, so
//!   the order is deterministic; `-` is standard input. Directory walks skip
//!   (and count) hidden entries, symbolic links to directories, and media or
//!   web-asset files by extension (images, audio, video, stickers, fonts, CSS,
//!   JavaScript: what a Telegram export folder holds besides `result.json`).
//!   Anything named explicitly on the command line is always read.
//! * gzip input is decompressed on the fly and sniffed again (`.warc.gz`,
//!   `page.html.gz`, `result.json.gz`).
//! * **Limits** ([`ReaderConfig`]): a text or HTML document, and one WARC
//!   record, at most `max_bytes` (default 64 MiB); a Telegram export or a feed,
//!   read whole, at most `max_export_bytes` (default 1 GiB). Decompressed bytes
//!   count, so a gzip bomb stops at the limit ([`IngestError::DecompressedTooLarge`]).
//!   WARC archives are streamed: memory is bounded by one record, whatever
//!   the archive size.
//! * Nothing is dropped silently: every failure is an `Err(InputError)` in the
//!   stream and a [`Failure`] in the [`ReadSummary`]; every skipped item is
//!   counted by [`SkipReason`]; repairs and guesses are [`Warning`]s.
//! * **Progress**: [`Reader::with_progress`] takes a [`ProgressSink`] (any
//!   `FnMut(&Progress)`), called at the start of each input and after each
//!   document, error or skipped item, with bytes read so far and the total
//!   when known (sum of file sizes; unknown when standard input is read). The
//!   library has no progress-bar dependency: the binary draws the bar.

use std::collections::{BTreeMap, VecDeque};
use std::fmt;
use std::fs;
use std::io::{self, BufRead, BufReader, Cursor, Read};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use crate::charset::{decode_text, How};
use crate::sniff::{sniff, Format, SNIFF_LEN};
use crate::warc::WarcSource;
use crate::{feed, html, parse_text_document, telegram, Document, IngestError};

/// Limits of the reader.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReaderConfig {
    /// Largest text or HTML document, and largest WARC record (after decompression), in bytes.
    pub max_bytes: u64,
    /// Largest Telegram export or feed (read whole), in bytes (after decompression).
    pub max_export_bytes: u64,
}

impl Default for ReaderConfig {
    fn default() -> Self {
        ReaderConfig {
            max_bytes: 64 << 20,
            max_export_bytes: 1 << 30,
        }
    }
}

/// An input, record or message that could not be read. Displays as `PATH: reason`.
#[derive(Debug, thiserror::Error)]
#[error("{path}: {reason}")]
pub struct InputError {
    /// The path as given; `PATH#N` for record or message N; `-` for standard input.
    pub path: String,
    /// Why it failed.
    #[source]
    pub reason: IngestError,
}

/// Why an item was skipped (counted in [`ReadSummary::skipped`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SkipReason {
    /// A Telegram service message (`type: "service"`: joins, pins, calls...).
    TelegramService,
    /// A Telegram message without text (a photo or sticker alone).
    TelegramEmpty,
    /// A WARC record that is not a response (`warcinfo`, `request`, `metadata`, `revisit`...).
    WarcNotResponse,
    /// A WARC response whose payload is not HTML.
    WarcNotHtml,
    /// A WARC response with a non-2xx HTTP status (redirects, errors).
    WarcHttpStatus,
    /// A feed item with neither title nor text.
    FeedItemEmpty,
    /// A hidden file or directory met in a directory walk.
    HiddenFile,
    /// A media or web-asset file (by extension) met in a directory walk.
    MediaOrAssetFile,
    /// A symbolic link to a directory met in a directory walk (not followed).
    SymlinkedDirectory,
    /// Something that is neither a file nor a directory (socket, device...).
    NotAFile,
    /// An annotation file (`NAME.gold.json`, the expected report of `NAME.txt`)
    /// met in a directory walk: it describes a document, it is not one.
    GoldAnnotation,
}

impl fmt::Display for SkipReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            SkipReason::TelegramService => "Telegram service message",
            SkipReason::TelegramEmpty => "Telegram message without text",
            SkipReason::WarcNotResponse => "WARC record that is not a response",
            SkipReason::WarcNotHtml => "WARC response that is not HTML",
            SkipReason::WarcHttpStatus => "WARC response with a non-2xx status",
            SkipReason::FeedItemEmpty => "feed item without text",
            SkipReason::HiddenFile => "hidden file in a directory",
            SkipReason::MediaOrAssetFile => "media or asset file in a directory",
            SkipReason::SymlinkedDirectory => "symbolic link to a directory",
            SkipReason::NotAFile => "not a regular file",
            SkipReason::GoldAnnotation => "gold annotation (NAME.gold.json)",
        })
    }
}

/// Something read with a repair or a guess that a person should know about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// Path (with `#N` when it concerns one record or message).
    pub path: String,
    /// What happened.
    pub message: String,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// A failed input, record or message, as kept in the summary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    /// Path (with `#N` for a record or message).
    pub path: String,
    /// The error message.
    pub reason: String,
}

/// What a [`Reader`] has done so far.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReadSummary {
    /// Inputs opened (files and standard input).
    pub inputs: u64,
    /// Documents delivered.
    pub documents: u64,
    /// Raw bytes read (compressed bytes for gzip input).
    pub bytes_read: u64,
    /// Every failed input, record or message, in order.
    pub failures: Vec<Failure>,
    /// Skipped items by reason.
    pub skipped: BTreeMap<SkipReason, u64>,
    /// Files skipped in directory walks, with the reason.
    pub skipped_files: Vec<(String, SkipReason)>,
    /// Repairs and guesses.
    pub warnings: Vec<Warning>,
}

impl fmt::Display for ReadSummary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "read {} document(s) from {} input(s), {} bytes; {} failed, {} skipped, {} warning(s)",
            self.documents,
            self.inputs,
            self.bytes_read,
            self.failures.len(),
            self.skipped.values().sum::<u64>(),
            self.warnings.len()
        )?;
        for fail in &self.failures {
            writeln!(f, "  failed: {}: {}", fail.path, fail.reason)?;
        }
        for (reason, n) in &self.skipped {
            writeln!(f, "  skipped: {n} × {reason}")?;
        }
        for w in &self.warnings {
            writeln!(f, "  warning: {w}")?;
        }
        Ok(())
    }
}

/// What a progress bar needs, passed to a [`ProgressSink`].
#[derive(Debug, Clone, Copy)]
pub struct Progress<'a> {
    /// The input being read.
    pub path: &'a str,
    /// 1-based number of that input.
    pub input: usize,
    /// Number of inputs (files found plus standard input).
    pub inputs: usize,
    /// Raw bytes read so far over all inputs.
    pub bytes_read: u64,
    /// Total raw bytes when known (sum of file sizes; `None` when standard input is read).
    pub bytes_total: Option<u64>,
    /// Documents delivered so far.
    pub documents: u64,
    /// Failures so far.
    pub failures: usize,
}

/// Receives progress updates; implemented for every `FnMut(&Progress)`.
pub trait ProgressSink {
    /// Called at the start of each input and after each document, error or skipped item.
    fn update(&mut self, progress: &Progress<'_>);
}

impl<F: FnMut(&Progress<'_>)> ProgressSink for F {
    fn update(&mut self, progress: &Progress<'_>) {
        self(progress)
    }
}

/// What a format reader produces.
pub(crate) enum Event {
    Doc(Document),
    Error(InputError),
    Skip(SkipReason),
    Warn(Warning),
}

enum Input {
    File {
        path: String,
        fs: PathBuf,
    },
    Stdin,
    Stream {
        label: String,
        r: Box<dyn Read + Send>,
    },
    Failed(InputError),
    Skipped(String, SkipReason),
}

/// Marks an I/O error that came from the gzip decoder.
#[derive(Debug)]
struct GzipFailure(String);

impl fmt::Display for GzipFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for GzipFailure {}

/// Turn an I/O error into an [`IngestError`], recognising gzip failures.
pub(crate) fn from_io(e: io::Error) -> IngestError {
    if let Some(g) = e.get_ref().and_then(|i| i.downcast_ref::<GzipFailure>()) {
        return IngestError::Gzip(g.0.clone());
    }
    IngestError::Io(e)
}

struct GzReader<R: BufRead>(flate2::bufread::MultiGzDecoder<R>);

impl<R: BufRead> Read for GzReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.0.read(buf).map_err(|e| {
            let what = if e.kind() == io::ErrorKind::UnexpectedEof {
                "unexpected end of data (truncated)".to_string()
            } else {
                e.to_string()
            };
            io::Error::other(GzipFailure(what))
        })
    }
}

struct Counting<R> {
    inner: R,
    counter: Arc<AtomicU64>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.counter.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

const ASSET_EXTENSIONS: &[&str] = &[
    "jpg", "jpeg", "png", "gif", "webp", "bmp", "tif", "tiff", "ico", "svg", "heic", "mp4", "mov",
    "avi", "mkv", "webm", "mp3", "ogg", "oga", "opus", "m4a", "wav", "flac", "tgs", "css", "js",
    "map", "woff", "woff2", "ttf", "otf", "eot",
];

fn list_dir(dir: &Path, out: &mut VecDeque<Input>) {
    let shown = dir.display().to_string();
    let entries = match fs::read_dir(dir) {
        Ok(rd) => rd.collect::<Result<Vec<_>, _>>(),
        Err(e) => Err(e),
    };
    let mut entries = match entries {
        Ok(v) => v,
        Err(e) => {
            out.push_back(Input::Failed(InputError {
                path: shown,
                reason: IngestError::Io(e),
            }));
            return;
        }
    };
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let p = entry.path();
        let shown = p.display().to_string();
        let name = entry.file_name();
        if name.to_string_lossy().starts_with('.') {
            out.push_back(Input::Skipped(shown, SkipReason::HiddenFile));
            continue;
        }
        let is_link = entry.file_type().map(|t| t.is_symlink()).unwrap_or(false);
        match fs::metadata(&p) {
            Err(e) => out.push_back(Input::Failed(InputError {
                path: shown,
                reason: IngestError::Io(e),
            })),
            Ok(m) if m.is_dir() && is_link => {
                out.push_back(Input::Skipped(shown, SkipReason::SymlinkedDirectory))
            }
            Ok(m) if m.is_dir() => list_dir(&p, out),
            Ok(m) if m.is_file() => {
                let ext = p
                    .extension()
                    .map(|e| e.to_string_lossy().to_ascii_lowercase())
                    .unwrap_or_default();
                if ASSET_EXTENSIONS.contains(&ext.as_str()) {
                    out.push_back(Input::Skipped(shown, SkipReason::MediaOrAssetFile));
                } else if name.to_string_lossy().ends_with(".gold.json") {
                    out.push_back(Input::Skipped(shown, SkipReason::GoldAnnotation));
                } else {
                    out.push_back(Input::File { path: shown, fs: p });
                }
            }
            Ok(_) => out.push_back(Input::Skipped(shown, SkipReason::NotAFile)),
        }
    }
}

/// A streaming reader of documents; see [`read_inputs`].
///
/// Iterate with `reader.by_ref()` to keep the reader for [`Reader::summary`]
/// afterwards.
pub struct Reader {
    cfg: ReaderConfig,
    inputs: VecDeque<Input>,
    inputs_total: usize,
    input_index: usize,
    current: Option<Box<dyn Iterator<Item = Event> + Send>>,
    current_path: String,
    counter: Arc<AtomicU64>,
    bytes_total: Option<u64>,
    summary: ReadSummary,
    progress: Option<Box<dyn ProgressSink + Send>>,
}

/// Read every document from `paths` (files, directories, `-` for standard input).
///
/// Nothing is read until the iterator is advanced, except the directory
/// listing (names and sizes, for the progress total).
pub fn read_inputs(paths: &[String], cfg: &ReaderConfig) -> Reader {
    let mut inputs = VecDeque::new();
    for given in paths {
        if given == "-" {
            inputs.push_back(Input::Stdin);
            continue;
        }
        let p = PathBuf::from(given);
        match fs::metadata(&p) {
            Err(e) => inputs.push_back(Input::Failed(InputError {
                path: given.clone(),
                reason: IngestError::Io(e),
            })),
            Ok(m) if m.is_dir() => list_dir(&p, &mut inputs),
            Ok(m) if m.is_file() => inputs.push_back(Input::File {
                path: given.clone(),
                fs: p,
            }),
            Ok(_) => inputs.push_back(Input::Failed(InputError {
                path: given.clone(),
                reason: IngestError::Unsupported("not a regular file or directory".into()),
            })),
        }
    }
    Reader::new(inputs, cfg)
}

/// Read documents from any byte stream, named `label` in paths (`-` for stdin).
pub fn read_stream<R: Read + Send + 'static>(label: &str, reader: R, cfg: &ReaderConfig) -> Reader {
    let mut inputs = VecDeque::new();
    inputs.push_back(Input::Stream {
        label: label.to_string(),
        r: Box::new(reader),
    });
    Reader::new(inputs, cfg)
}

impl Reader {
    fn new(inputs: VecDeque<Input>, cfg: &ReaderConfig) -> Self {
        let mut total = Some(0u64);
        for i in &inputs {
            match i {
                Input::File { fs, .. } => {
                    let size = fs::metadata(fs).map(|m| m.len()).unwrap_or(0);
                    total = total.map(|t| t + size);
                }
                Input::Stdin | Input::Stream { .. } => total = None,
                _ => {}
            }
        }
        let inputs_total = inputs
            .iter()
            .filter(|i| matches!(i, Input::File { .. } | Input::Stdin | Input::Stream { .. }))
            .count();
        Reader {
            cfg: cfg.clone(),
            inputs,
            inputs_total,
            input_index: 0,
            current: None,
            current_path: String::new(),
            counter: Arc::new(AtomicU64::new(0)),
            bytes_total: total,
            summary: ReadSummary::default(),
            progress: None,
        }
    }

    /// Report progress to `sink` (a closure `|p: &Progress| ...` works).
    pub fn with_progress<P: ProgressSink + Send + 'static>(mut self, sink: P) -> Self {
        self.progress = Some(Box::new(sink));
        self
    }

    /// What has been read so far (complete once the iterator returned `None`).
    pub fn summary(&self) -> &ReadSummary {
        &self.summary
    }

    /// Sum of the sizes of the listed files, `None` when standard input is among the inputs.
    pub fn bytes_total(&self) -> Option<u64> {
        self.bytes_total
    }

    /// Number of inputs to read (files found plus standard input).
    pub fn inputs_total(&self) -> usize {
        self.inputs_total
    }

    fn report(&mut self) {
        self.summary.bytes_read = self.counter.load(Ordering::Relaxed);
        if let Some(sink) = self.progress.as_mut() {
            sink.update(&Progress {
                path: &self.current_path,
                input: self.input_index,
                inputs: self.inputs_total,
                bytes_read: self.summary.bytes_read,
                bytes_total: self.bytes_total,
                documents: self.summary.documents,
                failures: self.summary.failures.len(),
            });
        }
    }

    fn fail(&mut self, e: InputError) -> Option<Result<Document, InputError>> {
        self.summary.failures.push(Failure {
            path: e.path.clone(),
            reason: e.reason.to_string(),
        });
        self.report();
        Some(Err(e))
    }

    fn open(&mut self, label: String, raw: Box<dyn Read + Send>, size: Option<u64>) {
        self.summary.inputs += 1;
        self.input_index += 1;
        self.current_path = label.clone();
        self.report();
        let counted = Counting {
            inner: raw,
            counter: Arc::clone(&self.counter),
        };
        let r: Box<dyn BufRead + Send> = Box::new(BufReader::with_capacity(64 * 1024, counted));
        self.current = Some(match dispatch(label.clone(), r, size, &self.cfg, false) {
            Ok(it) => it,
            Err(reason) => Box::new(std::iter::once(Event::Error(InputError {
                path: label,
                reason,
            }))),
        });
    }
}

impl Iterator for Reader {
    type Item = Result<Document, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(src) = self.current.as_mut() {
                match src.next() {
                    Some(Event::Doc(d)) => {
                        self.summary.documents += 1;
                        self.report();
                        return Some(Ok(d));
                    }
                    Some(Event::Error(e)) => return self.fail(e),
                    Some(Event::Skip(r)) => {
                        *self.summary.skipped.entry(r).or_default() += 1;
                        self.report();
                        continue;
                    }
                    Some(Event::Warn(w)) => {
                        self.summary.warnings.push(w);
                        continue;
                    }
                    None => {
                        self.current = None;
                        self.report();
                        continue;
                    }
                }
            }
            match self.inputs.pop_front()? {
                Input::Failed(e) => return self.fail(e),
                Input::Skipped(path, reason) => {
                    *self.summary.skipped.entry(reason).or_default() += 1;
                    self.summary.skipped_files.push((path, reason));
                }
                Input::Stdin => self.open("-".into(), Box::new(io::stdin()), None),
                Input::Stream { label, r } => self.open(label, r, None),
                Input::File { path, fs } => match fs::File::open(&fs) {
                    Ok(f) => {
                        let size = f.metadata().ok().map(|m| m.len());
                        self.open(path, Box::new(f), size)
                    }
                    Err(e) => {
                        self.summary.inputs += 1;
                        self.input_index += 1;
                        return self.fail(InputError {
                            path,
                            reason: IngestError::Io(e),
                        });
                    }
                },
            }
        }
    }
}

type Source = Box<dyn Iterator<Item = Event> + Send>;

fn read_limited(
    r: &mut dyn BufRead,
    size: Option<u64>,
    limit: u64,
    compressed: bool,
) -> Result<Vec<u8>, IngestError> {
    if !compressed && size.is_some_and(|s| s > limit) {
        return Err(IngestError::TooLarge { limit });
    }
    let mut buf = Vec::new();
    r.take(limit + 1).read_to_end(&mut buf).map_err(from_io)?;
    if buf.len() as u64 > limit {
        return Err(if compressed {
            IngestError::DecompressedTooLarge { limit }
        } else {
            IngestError::TooLarge { limit }
        });
    }
    Ok(buf)
}

fn events(v: Vec<Event>) -> Result<Source, IngestError> {
    Ok(Box::new(v.into_iter()))
}

/// Sniff the stream and hand it to the reader of its format.
fn dispatch(
    path: String,
    mut r: Box<dyn BufRead + Send>,
    size: Option<u64>,
    cfg: &ReaderConfig,
    compressed: bool,
) -> Result<Source, IngestError> {
    let mut head = Vec::with_capacity(SNIFF_LEN);
    (&mut r)
        .take(SNIFF_LEN as u64)
        .read_to_end(&mut head)
        .map_err(from_io)?;
    let format = sniff(&head);
    let short = head.len() < SNIFF_LEN;
    let mut r: Box<dyn BufRead + Send> = Box::new(Cursor::new(head).chain(r));
    match format {
        Format::Empty if short => Err(IngestError::Empty),
        Format::Gzip if compressed => Err(IngestError::Unsupported("gzip inside gzip".into())),
        Format::Gzip => {
            let gz = GzReader(flate2::bufread::MultiGzDecoder::new(r));
            dispatch(
                path,
                Box::new(BufReader::with_capacity(64 * 1024, gz)),
                None,
                cfg,
                true,
            )
        }
        Format::Warc => Ok(Box::new(WarcSource::new(path, r, cfg.max_bytes))),
        Format::Json => {
            let bytes = read_limited(&mut r, size, cfg.max_export_bytes, compressed)?;
            events(telegram::parse_export(&bytes, &path))
        }
        Format::Feed => {
            let bytes = read_limited(&mut r, size, cfg.max_export_bytes, compressed)?;
            events(feed::parse_feed(&bytes, &path))
        }
        Format::Html => {
            let bytes = read_limited(&mut r, size, cfg.max_bytes, compressed)?;
            let (doc, warnings) = html::parse_html_page(&bytes, &path, None)?;
            let mut v: Vec<Event> = warnings
                .into_iter()
                .map(|message| {
                    Event::Warn(Warning {
                        path: path.clone(),
                        message,
                    })
                })
                .collect();
            v.push(Event::Doc(doc));
            events(v)
        }
        Format::Utf16 => {
            let bytes = read_limited(&mut r, size, cfg.max_bytes, compressed)?;
            let text = decode_text(&bytes)?.text;
            dispatch(
                path,
                Box::new(Cursor::new(text.into_bytes())),
                None,
                cfg,
                compressed,
            )
        }
        Format::Text | Format::Empty => {
            let bytes = read_limited(&mut r, size, cfg.max_bytes, compressed)?;
            events(text_events(&bytes, &path)?)
        }
        Format::Binary(what) => Err(IngestError::Binary(what)),
    }
}

fn text_events(bytes: &[u8], path: &str) -> Result<Vec<Event>, IngestError> {
    let decoded = decode_text(bytes)?;
    let mut doc = parse_text_document(decoded.text.as_bytes(), path)?;
    let mut v = Vec::new();
    if decoded.how == How::Guessed {
        v.push(Event::Warn(Warning {
            path: path.to_string(),
            message: format!(
                "not UTF-8; read as {} (clearly Cyrillic in it)",
                decoded.encoding.name()
            ),
        }));
    }
    if let Some(note) = decoded.note() {
        doc.meta.extra.push(("charset".into(), note));
    }
    if doc.body.trim().is_empty() {
        return Err(IngestError::NoText("front matter without a body".into()));
    }
    v.push(Event::Doc(doc));
    Ok(v)
}
