//! Telegram Desktop JSON exports (`result.json`).
//!
//! Two shapes: a single-chat export `{name, type, id, messages: [...]}` and a
//! full export whose chats are under `chats.list` (and `left_chats.list`). Each
//! message becomes one [`Document`]: path `PATH#<message id>` for a single-chat
//! export and `PATH#<chat id>/<message id>` for a full export (message ids repeat
//! across chats, so the chat id is needed to tell them apart).
//!
//! * `text` is a string or an array of strings and entity objects
//!   `{type, text, ...}`; it is flattened to plain text (link targets dropped).
//! * `date_unixtime` (a string of seconds) is the publication time, turned into
//!   a Kyiv date. The naive local `date` is never used for `published`; when
//!   `date_unixtime` is missing, `date` is kept as `telegram_local_date` in
//!   `meta.extra` and a warning is recorded.
//! * The chat name is `source`; `forwarded_from` and the author (`from`) are kept
//!   in `meta.extra` (`forwarded_from`, `author`), with `telegram_chat_id` and
//!   `telegram_message_id`.
//! * Service messages (`type: "service"`) and messages without text (a photo
//!   alone) are skipped and counted.
//!
//! Known defects: a duplicated key inside a message keeps its first value and is
//! reported as a warning; invalid escapes and raw control characters inside
//! strings are repaired and reported as a warning: `\'` (a JavaScript habit)
//! becomes `'`, any other invalid escape keeps its backslash as a literal
//! character, a raw control character becomes its `\u00XX` escape. A truncated
//! or otherwise broken export yields every message parsed before the damage,
//! then an error with line and column. The parse is driven by serde visitors,
//! so only the needed fields are kept.

use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::Value;

use crate::reader::{Event, InputError, SkipReason, Warning};
use crate::{kyiv_date, Document, IngestError, Metadata};

#[derive(Default)]
struct ChatInfo {
    name: Option<String>,
    id: Option<String>,
    kind: Option<String>,
    duplicates: Vec<String>,
}

#[derive(Default)]
struct Message {
    id: Option<Value>,
    kind: Option<String>,
    date: Option<String>,
    date_unixtime: Option<Value>,
    from: Option<String>,
    forwarded_from: Option<String>,
    text: Option<Value>,
    duplicates: Vec<String>,
}

#[derive(Default)]
struct Collector {
    chats: Vec<ChatInfo>,
    messages: Vec<(usize, Message)>,
    full: bool,
    saw_messages: bool,
}

fn value_to_string(v: Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

impl<'de> de::Deserialize<'de> for Message {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Message;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a Telegram message object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Message, A::Error> {
                let mut m = Message::default();
                while let Some(key) = map.next_key::<String>()? {
                    let slot: Option<&mut Option<Value>> = match key.as_str() {
                        "id" => Some(&mut m.id),
                        "date_unixtime" => Some(&mut m.date_unixtime),
                        "text" => Some(&mut m.text),
                        _ => None,
                    };
                    if let Some(slot) = slot {
                        let v: Value = map.next_value()?;
                        if slot.is_some() {
                            m.duplicates.push(key);
                        } else {
                            *slot = Some(v);
                        }
                        continue;
                    }
                    let slot: Option<&mut Option<String>> = match key.as_str() {
                        "type" => Some(&mut m.kind),
                        "date" => Some(&mut m.date),
                        "from" => Some(&mut m.from),
                        "forwarded_from" => Some(&mut m.forwarded_from),
                        _ => None,
                    };
                    match slot {
                        Some(slot) => {
                            let v: Value = map.next_value()?;
                            if slot.is_some() {
                                m.duplicates.push(key);
                            } else {
                                *slot = value_to_string(v);
                            }
                        }
                        None => {
                            map.next_value::<IgnoredAny>()?;
                        }
                    }
                }
                Ok(m)
            }
        }
        d.deserialize_map(V)
    }
}

struct MessagesSeed<'c> {
    c: &'c mut Collector,
    chat: usize,
}

impl<'de> DeserializeSeed<'de> for MessagesSeed<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for MessagesSeed<'_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an array of messages")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        self.c.saw_messages = true;
        while let Some(m) = seq.next_element::<Message>()? {
            self.c.messages.push((self.chat, m));
        }
        Ok(())
    }
}

/// A chat object: `{name, type, id, messages}` (also the top level of a single-chat export).
struct ChatSeed<'c> {
    c: &'c mut Collector,
    top: bool,
}

impl<'de> DeserializeSeed<'de> for ChatSeed<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for ChatSeed<'_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a Telegram export or chat object")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let idx = self.c.chats.len();
        self.c.chats.push(ChatInfo::default());
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "name" | "id" | "type" => {
                    let v = value_to_string(map.next_value::<Value>()?);
                    let info = &mut self.c.chats[idx];
                    let slot = match key.as_str() {
                        "name" => &mut info.name,
                        "id" => &mut info.id,
                        _ => &mut info.kind,
                    };
                    if slot.is_some() {
                        info.duplicates.push(key);
                    } else {
                        *slot = v;
                    }
                }
                "messages" => map.next_value_seed(MessagesSeed {
                    c: &mut *self.c,
                    chat: idx,
                })?,
                "chats" | "left_chats" if self.top => {
                    self.c.full = true;
                    map.next_value_seed(ChatListSeed { c: &mut *self.c })?
                }
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(())
    }
}

/// `{"about": ..., "list": [chat, ...]}`.
struct ChatListSeed<'c> {
    c: &'c mut Collector,
}

impl<'de> DeserializeSeed<'de> for ChatListSeed<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for ChatListSeed<'_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a chat list object")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<String>()? {
            if key == "list" {
                map.next_value_seed(ChatSeqSeed { c: &mut *self.c })?;
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(())
    }
}

struct ChatSeqSeed<'c> {
    c: &'c mut Collector,
}

impl<'de> DeserializeSeed<'de> for ChatSeqSeed<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for ChatSeqSeed<'_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an array of chats")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while seq
            .next_element_seed(ChatSeed {
                c: &mut *self.c,
                top: false,
            })?
            .is_some()
        {}
        Ok(())
    }
}

/// Flatten a Telegram `text` value to plain text.
pub(crate) fn flatten_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Array(parts) => parts
            .iter()
            .map(|p| match p {
                Value::String(s) => s.as_str(),
                Value::Object(o) => o.get("text").and_then(Value::as_str).unwrap_or(""),
                _ => "",
            })
            .collect(),
        _ => String::new(),
    }
}

/// Repair invalid escapes and raw control characters inside JSON strings.
/// Returns the repaired bytes and how many repairs were made.
fn repair_json(bytes: &[u8]) -> (Vec<u8>, usize) {
    let mut out = Vec::with_capacity(bytes.len() + 64);
    let mut in_str = false;
    let mut fixes = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if !in_str {
            if b == b'"' {
                in_str = true;
            }
            out.push(b);
            i += 1;
            continue;
        }
        match b {
            b'"' => {
                in_str = false;
                out.push(b);
            }
            b'\\' => {
                let next = bytes.get(i + 1).copied();
                let valid = match next {
                    Some(b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't') => true,
                    Some(b'u') => {
                        bytes.len() >= i + 6
                            && bytes[i + 2..i + 6].iter().all(u8::is_ascii_hexdigit)
                    }
                    _ => false,
                };
                if valid {
                    out.extend_from_slice(&bytes[i..i + 2]);
                    i += 2;
                    continue;
                }
                fixes += 1;
                if next == Some(b'\'') {
                    // A JavaScript habit: `\'` means a quote; drop the backslash.
                    out.push(b'\'');
                    i += 2;
                    continue;
                }
                out.extend_from_slice(b"\\\\");
            }
            0x00..=0x1F => {
                fixes += 1;
                out.extend_from_slice(format!("\\u{b:04x}").as_bytes());
            }
            _ => out.push(b),
        }
        i += 1;
    }
    (out, fixes)
}

fn collect(bytes: &[u8]) -> (Collector, Option<serde_json::Error>) {
    let mut c = Collector::default();
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let res = ChatSeed {
        c: &mut c,
        top: true,
    }
    .deserialize(&mut de)
    .and_then(|()| de.end());
    (c, res.err())
}

/// Parse a Telegram export into events (documents, skips, warnings, errors).
pub(crate) fn parse_export(bytes: &[u8], path: &str) -> Vec<Event> {
    let mut events = Vec::new();
    let (mut c, mut err) = collect(bytes);
    if let Some(e) = &err {
        let repairable = e.is_syntax()
            && (e.to_string().contains("escape") || e.to_string().contains("control character"));
        if repairable {
            let (fixed, n) = repair_json(bytes);
            let (c2, err2) = collect(&fixed);
            events.push(Event::Warn(Warning {
                path: path.to_string(),
                message: format!(
                    "repaired {n} invalid escape(s) or control character(s) in JSON strings (first: {e}); a stray \\' read as a quote, other stray backslashes kept as text"
                ),
            }));
            c = c2;
            err = err2;
        }
    }
    if err.is_none() && !c.saw_messages && !c.full {
        events.push(Event::Error(InputError {
            path: path.to_string(),
            reason: IngestError::UnsupportedJson(
                "not a Telegram Desktop export (no \"messages\" and no \"chats\": {\"list\"})"
                    .into(),
            ),
        }));
        return events;
    }
    for info in &c.chats {
        if !info.duplicates.is_empty() {
            events.push(Event::Warn(Warning {
                path: path.to_string(),
                message: format!(
                    "chat {:?}: duplicated key(s) {:?}; first value kept",
                    info.name.as_deref().unwrap_or("?"),
                    info.duplicates
                ),
            }));
        }
    }
    for (chat_idx, m) in std::mem::take(&mut c.messages) {
        let chat = &c.chats[chat_idx];
        let id =
            m.id.clone()
                .and_then(value_to_string)
                .unwrap_or_else(|| "?".into());
        let msg_path = if c.full {
            format!("{path}#{}/{id}", chat.id.as_deref().unwrap_or("?"))
        } else {
            format!("{path}#{id}")
        };
        events.extend(message_events(m, chat, &id, msg_path));
    }
    if let Some(e) = err.take_if(|e| e.is_data() && c.messages.is_empty()) {
        events.push(Event::Error(InputError {
            path: path.to_string(),
            reason: IngestError::UnsupportedJson(format!("not a Telegram Desktop export: {e}")),
        }));
        return events;
    }
    if let Some(e) = err {
        let message = if e.is_eof() {
            "export ends early (truncated file)".to_string()
        } else {
            e.to_string()
                .split(" at line ")
                .next()
                .unwrap_or_default()
                .to_string()
        };
        events.push(Event::Error(InputError {
            path: path.to_string(),
            reason: IngestError::Json {
                line: e.line(),
                column: e.column(),
                message: format!(
                    "{message}; the {} message(s) before it were read",
                    events.iter().filter(|e| matches!(e, Event::Doc(_))).count()
                ),
            },
        }));
    }
    events
}

fn message_events(m: Message, chat: &ChatInfo, id: &str, msg_path: String) -> Vec<Event> {
    let mut events = Vec::new();
    if !m.duplicates.is_empty() {
        events.push(Event::Warn(Warning {
            path: msg_path.clone(),
            message: format!("duplicated key(s) {:?}; first value kept", m.duplicates),
        }));
    }
    if m.kind.as_deref() == Some("service") {
        events.push(Event::Skip(SkipReason::TelegramService));
        return events;
    }
    let body = m.text.as_ref().map(flatten_text).unwrap_or_default();
    if body.trim().is_empty() {
        events.push(Event::Skip(SkipReason::TelegramEmpty));
        return events;
    }
    let mut meta = Metadata {
        source: chat.name.clone(),
        ..Metadata::default()
    };
    let unix = m.date_unixtime.and_then(value_to_string);
    match unix.as_deref().map(|s| s.trim().parse::<i64>()) {
        Some(Ok(secs)) => match chrono::DateTime::from_timestamp(secs, 0) {
            Some(dt) => meta.published = Some(kyiv_date(dt.naive_utc())),
            None => events.push(Event::Warn(Warning {
                path: msg_path.clone(),
                message: format!("date_unixtime {secs} out of range; no publication date"),
            })),
        },
        Some(Err(_)) | None => {
            events.push(Event::Warn(Warning {
                path: msg_path.clone(),
                message: format!(
                    "no usable date_unixtime ({:?}); the naive local date is not used as the publication date",
                    unix
                ),
            }));
            if let Some(d) = &m.date {
                meta.extra.push(("telegram_local_date".into(), d.clone()));
            }
        }
    }
    if let Some(cid) = &chat.id {
        meta.extra.push(("telegram_chat_id".into(), cid.clone()));
    }
    meta.extra
        .push(("telegram_message_id".into(), id.to_string()));
    if let Some(f) = m.forwarded_from {
        meta.extra.push(("forwarded_from".into(), f));
    }
    if let Some(a) = m.from {
        meta.extra.push(("author".into(), a));
    }
    events.push(Event::Doc(Document {
        path: msg_path,
        body,
        meta,
    }));
    events
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repair_keeps_valid_escapes() {
        let (out, n) = repair_json(br#"{"a": "x\'y \n \u0041 \q", "b": "tab	here"}"#);
        assert_eq!(n, 3);
        let v: Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(v["a"], "x'y \n A \\q");
        assert_eq!(v["b"], "tab\there");
    }

    #[test]
    fn entity_arrays_flatten() {
        let v: Value = serde_json::from_str(
            r##"["Повернули ", {"type": "bold", "text": "205"}, " захисників ", {"type": "hashtag", "text": "#обмін"}]"##,
        )
        .unwrap();
        assert_eq!(flatten_text(&v), "Повернули 205 захисників #обмін");
    }
}
