//! Behaviour of the reader on real-looking inputs in the three languages.

use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use swapledger_ingest::{
    read_inputs, read_stream, Deduplicator, Document, IngestError, InputError, ReaderConfig, Seen,
    SkipReason,
};

fn data(rel: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(rel)
        .display()
        .to_string()
}

fn read_all(
    paths: &[String],
) -> (
    Vec<Document>,
    Vec<InputError>,
    swapledger_ingest::ReadSummary,
) {
    read_with(paths, &ReaderConfig::default())
}

fn read_with(
    paths: &[String],
    cfg: &ReaderConfig,
) -> (
    Vec<Document>,
    Vec<InputError>,
    swapledger_ingest::ReadSummary,
) {
    let mut r = read_inputs(paths, cfg);
    let (mut docs, mut errs) = (Vec::new(), Vec::new());
    for item in r.by_ref() {
        match item {
            Ok(d) => docs.push(d),
            Err(e) => errs.push(e),
        }
    }
    (docs, errs, r.summary().clone())
}

fn one(rel: &str) -> Document {
    let (docs, errs, _) = read_all(&[data(rel)]);
    assert!(errs.is_empty(), "{errs:?}");
    assert_eq!(docs.len(), 1);
    docs.into_iter().next().unwrap()
}

fn extra<'a>(d: &'a Document, key: &str) -> Option<&'a str> {
    d.meta
        .extra
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.as_str())
}

fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

/// Characters of `out` on lines that are not lines of `gold`: boilerplate left over.
fn residue(out: &str, gold: &str) -> usize {
    let gold_lines: Vec<&str> = gold.lines().collect();
    out.lines()
        .filter(|l| !gold_lines.contains(l))
        .map(|l| l.chars().count())
        .sum()
}

#[test]
fn ukrainian_article_loses_all_boilerplate_and_keeps_structure() {
    let d = one("html/uk_article.html");
    let gold = std::fs::read_to_string(data("html/uk_article.expected.txt")).unwrap();
    assert_eq!(d.body, gold);
    assert_eq!(residue(&d.body, &gold), 0);
    for junk in [
        "Політика",
        "Головна",
        "Поділитися",
        "Читайте також",
        "Зеленський подякував",
        "cookie",
        "Слава Україні",
        "Погода",
        "©",
        "обмін полоненими\n",
        "dataLayer",
    ] {
        assert!(!d.body.contains(junk), "{junk:?} left in body");
    }
    assert_eq!(d.meta.language.as_deref(), Some("uk"));
    // 21:30 UTC on 2 Oct (summer time) is 00:30 on 3 Oct in Kyiv.
    assert_eq!(d.meta.published, date(2025, 10, 3));
    assert_eq!(d.meta.source.as_deref(), Some("Укрінформ"));
    assert_eq!(
        d.meta.url.as_deref(),
        Some("https://www.ukrinform.ua/rubric-society/4001234-ukraina-povernula-185.html")
    );
    assert_eq!(
        extra(&d, "headline"),
        Some("Україна повернула додому 185 захисників і 20 цивільних")
    );
}

#[test]
fn english_article_root_is_the_article_not_the_comments() {
    let d = one("html/en_article.html");
    let gold = std::fs::read_to_string(data("html/en_article.expected.txt")).unwrap();
    assert_eq!(d.body, gold);
    assert_eq!(residue(&d.body, &gold), 0);
    assert_eq!(d.meta.language.as_deref(), Some("en"));
    assert_eq!(d.meta.published, date(2024, 12, 30));
    assert_eq!(d.meta.source.as_deref(), Some("Kyiv Independent"));
}

#[test]
fn windows_1251_page_declared_and_undeclared() {
    let declared = one("html/ru_windows1251.html");
    let gold = std::fs::read_to_string(data("html/ru_windows1251.expected.txt")).unwrap();
    assert_eq!(declared.body, gold);
    assert_eq!(residue(&declared.body, &gold), 0);
    assert!(declared
        .body
        .starts_with("Состоялся обмен пленными: домой вернулись 90 человек\n\n"));
    assert!(declared.body.contains("Объединённые Арабские Эмираты."));
    assert!(!declared.body.contains("Смотрите также"));
    assert!(!declared.body.contains("Главная"));
    assert!(!declared.body.contains("права защищены"));
    assert_eq!(extra(&declared, "charset"), Some("windows-1251"));
    assert_eq!(declared.meta.language.as_deref(), Some("ru"));

    let (docs, _, summary) = read_all(&[data("html/ru_undeclared_1251.html")]);
    assert_eq!(docs[0].body, declared.body);
    assert_eq!(extra(&docs[0], "charset"), Some("windows-1251 (guessed)"));
    assert_eq!(summary.warnings.len(), 1, "a guess is never silent");
}

#[test]
fn hostile_html_comes_out_as_inert_text() {
    let d = one("html/hostile.html");
    // Markup written as text stays text.
    assert!(d
        .body
        .contains("Текст <script>alert(1)</script> показан как текст"));
    for gone in [
        "head-script",
        "body-onload",
        "img-onerror",
        "js-link",
        "steal",
        "inline-script",
        "svg-onload",
        "svg text",
        "iframe",
        "css",
        "noscript-content",
        "onmouseover",
        "javascript:",
    ] {
        assert!(
            !d.body.contains(gone),
            "{gone:?} leaked into the body:\n{}",
            d.body
        );
    }
    assert!(d.body.contains("Картинка и ссылка нажми."));
    assert!(d.body.contains("Конец сообщения."));
}

#[test]
fn telegram_single_chat_export() {
    let path = data("telegram/single/result.json");
    let (docs, errs, summary) = read_all(std::slice::from_ref(&path));
    assert!(errs.is_empty());
    let paths: Vec<&str> = docs.iter().map(|d| d.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            format!("{path}#1501"),
            format!("{path}#1503"),
            format!("{path}#1504")
        ]
    );
    // Entity arrays flatten to plain text; link targets are not text.
    assert_eq!(
        docs[0].body,
        "🇺🇦 Додому повертаються 189 захисників! Це вже 60-й обмін. Деталі: сайт штабу\n#обмін"
    );
    // date_unixtime 1735683600 = 2024-12-31 22:20 UTC = 2025-01-01 in Kyiv,
    // while the naive local `date` of the exporting machine says 2024-12-31.
    assert_eq!(docs[0].meta.published, date(2025, 1, 1));
    assert_eq!(docs[0].meta.source.as_deref(), Some("Координаційний штаб"));
    assert_eq!(
        docs[1].body,
        "Из украинского плена возвращены 84 российских военнослужащих."
    );
    assert_eq!(docs[1].meta.published, date(2025, 6, 14));
    assert_eq!(
        extra(&docs[1], "forwarded_from"),
        Some("Министерство обороны РФ")
    );
    assert_eq!(extra(&docs[2], "forwarded_from"), None);
    assert!(docs[2].body.starts_with("Ukraine returned 84 defenders"));
    assert_eq!(summary.skipped.get(&SkipReason::TelegramService), Some(&1));
    assert_eq!(summary.skipped.get(&SkipReason::TelegramEmpty), Some(&1));
}

#[test]
fn telegram_full_export_names_chat_and_message() {
    let path = data("telegram/full/result.json");
    let (docs, errs, summary) = read_all(std::slice::from_ref(&path));
    assert!(errs.is_empty());
    assert_eq!(docs.len(), 2);
    // Message ids repeat across chats: the chat id keeps paths distinct.
    assert_eq!(docs[0].path, format!("{path}#1234567/10"));
    assert_eq!(docs[1].path, format!("{path}#7654321/10"));
    assert_eq!(docs[0].body, "Сьогодні повернули 75 наших людей.");
    assert_eq!(docs[0].meta.source.as_deref(), Some("Омбудсман України"));
    assert_eq!(docs[1].meta.source.as_deref(), Some("Военная хроника"));
    assert_eq!(extra(&docs[1], "forwarded_from"), Some("Минобороны России"));
    assert_eq!(summary.skipped.get(&SkipReason::TelegramService), Some(&1));
}

#[test]
fn telegram_defects_are_repaired_and_reported() {
    let path = data("telegram/defects.json");
    let (docs, errs, summary) = read_all(std::slice::from_ref(&path));
    assert!(errs.is_empty(), "{errs:?}");
    assert_eq!(docs.len(), 2);
    assert_eq!(
        docs[0].body,
        "Обмін 50 на 50: повернули 'азовців' і прикордонників."
    );
    assert_eq!(
        docs[1].meta.published, None,
        "the naive local date is not a publication date"
    );
    assert_eq!(
        extra(&docs[1], "telegram_local_date"),
        Some("2023-01-09T10:00:00")
    );
    let warnings: Vec<String> = summary.warnings.iter().map(|w| w.to_string()).collect();
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("repaired 2 invalid escape")),
        "{warnings:?}"
    );
    assert!(warnings
        .iter()
        .any(|w| w.contains(&format!("{path}#7")) && w.contains("duplicated key")));
    assert!(warnings
        .iter()
        .any(|w| w.contains(&format!("{path}#8")) && w.contains("date_unixtime")));
}

#[test]
fn truncated_telegram_export_keeps_what_was_read() {
    let path = data("telegram/truncated.json");
    let (docs, errs, summary) = read_all(std::slice::from_ref(&path));
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0].path, format!("{path}#1501"));
    assert_eq!(errs.len(), 1);
    let msg = errs[0].to_string();
    assert!(
        msg.starts_with(&format!("{path}: invalid JSON at line ")),
        "{msg}"
    );
    assert!(msg.contains("truncated"), "{msg}");
    assert_eq!(summary.failures.len(), 1);
}

#[test]
fn rss_items_become_documents() {
    let path = data("feeds/rss.xml");
    let (docs, errs, summary) = read_all(std::slice::from_ref(&path));
    assert!(errs.is_empty());
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0].path, format!("{path}#1"));
    assert_eq!(
        docs[0].body,
        "Україна повернула з полону 103 захисників\n\nДодому повернулися 103 захисники.\n\nЗСУ — 60\nНГУ — 43\n"
    );
    // 22:15 UTC on 6 Feb (winter) is 00:15 on 7 Feb in Kyiv.
    assert_eq!(docs[0].meta.published, date(2025, 2, 7));
    assert_eq!(
        docs[0].meta.url.as_deref(),
        Some("https://www.ukrinform.ua/rubric-society/1.html")
    );
    assert_eq!(
        docs[0].meta.source.as_deref(),
        Some("Укрінформ: Суспільство")
    );
    assert_eq!(docs[0].meta.language.as_deref(), Some("uk"));
    assert_eq!(docs[1].path, format!("{path}#2"));
    assert_eq!(
        docs[1].body,
        "Обмін тілами загиблих\n\nУкраїні передали тіла 757 загиблих.\n"
    );
    assert_eq!(summary.skipped.get(&SkipReason::FeedItemEmpty), Some(&1));
}

#[test]
fn atom_entries_become_documents() {
    let path = data("feeds/atom.xml");
    let (docs, errs, _) = read_all(std::slice::from_ref(&path));
    assert!(errs.is_empty());
    assert_eq!(docs.len(), 2);
    assert_eq!(
        docs[0].body,
        "Обмен 115 на 115\n\nРоссия и Украина обменялись пленными по формуле 115 на 115.\n"
    );
    // `published` wins over `updated`; 21:30 UTC in August is 00:30 next day in Kyiv.
    assert_eq!(docs[0].meta.published, date(2024, 8, 25));
    assert_eq!(
        docs[0].meta.url.as_deref(),
        Some("https://example.org/ru/115")
    );
    assert_eq!(docs[1].meta.published, date(2024, 8, 24));
    assert_eq!(
        docs[1].body,
        "Prisoner swap: 115 for 115\n\nRussia and Ukraine swapped 115 prisoners each.\n"
    );
}

#[test]
fn text_files_front_matter_bom_and_clear_windows_1251() {
    let ru = one("text/ru_front_matter.txt");
    assert_eq!(ru.meta.language.as_deref(), Some("ru"));
    assert_eq!(ru.meta.published, date(2024, 6, 25));
    assert!(ru.body.starts_with("Россия и Украина"));
    let en = one("text/en_bom.txt");
    assert_eq!(
        en.body,
        "Ukraine brought home 103 soldiers on Feb. 5, Zelensky said.\r\n"
    );
    let uk = one("text/uk_cp1251.txt");
    assert!(uk
        .body
        .starts_with("Україна повернула з полону 95 захисників."));
    assert_eq!(uk.meta.source.as_deref(), Some("Старе джерело"));
    assert_eq!(extra(&uk, "charset"), Some("windows-1251 (guessed)"));
}

#[test]
fn bad_inputs_each_get_a_clear_error_and_the_rest_go_on() {
    let dir = data("bad");
    let (docs, errs, summary) = read_all(&[dir.clone(), data("text/en_bom.txt")]);
    assert_eq!(docs.len(), 1, "the good file after the bad ones is read");
    let msgs: Vec<String> = errs.iter().map(|e| e.to_string()).collect();
    let sep = std::path::MAIN_SEPARATOR;
    assert_eq!(
        msgs,
        [
            format!("{dir}{sep}empty.txt: empty input"),
            format!("{dir}{sep}image.txt: binary data (PNG image), not a document"),
            format!("{dir}{sep}invalid_utf8.txt: not valid UTF-8 at byte 43"),
            format!("{dir}{sep}not_telegram.json: unsupported JSON: not a Telegram Desktop export (no \"messages\" and no \"chats\": {{\"list\"}})"),
            format!("{dir}{sep}nul.dat: binary data (NUL byte at offset 3), not a document"),
        ]
    );
    assert!(matches!(
        errs[2].reason,
        IngestError::InvalidUtf8 { offset: 43 }
    ));
    assert_eq!(summary.failures.len(), 5);
    assert_eq!(summary.inputs, 6);
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(bytes).unwrap();
    e.finish().unwrap()
}

#[test]
fn gzip_truncated_bomb_and_size_limits() {
    let tmp = tempfile::tempdir().unwrap();
    let p = |n: &str| tmp.path().join(n);
    std::fs::write(
        p("a_page.html.gz"),
        gzip(&std::fs::read(data("html/uk_article.html")).unwrap()),
    )
    .unwrap();
    let mut truncated = gzip(&std::fs::read(data("html/en_article.html")).unwrap());
    truncated.truncate(truncated.len() / 2);
    std::fs::write(p("b_truncated.gz"), truncated).unwrap();
    std::fs::write(p("c_bomb.gz"), gzip(&vec![b'a'; 8 << 20])).unwrap();
    std::fs::write(p("d_big.txt"), "обмін ".repeat(200_000)).unwrap();
    let cfg = ReaderConfig {
        max_bytes: 1 << 20,
        max_export_bytes: 1 << 20,
    };
    let (docs, errs, _) = read_with(&[tmp.path().display().to_string()], &cfg);
    assert_eq!(docs.len(), 1);
    assert!(docs[0]
        .body
        .starts_with("Україна повернула додому 185 захисників"));
    assert!(
        matches!(errs[0].reason, IngestError::Gzip(_)),
        "{}",
        errs[0]
    );
    assert!(errs[0]
        .to_string()
        .contains("b_truncated.gz: corrupt or truncated gzip data"));
    assert!(
        matches!(errs[1].reason, IngestError::DecompressedTooLarge { limit } if limit == 1 << 20),
        "{}",
        errs[1]
    );
    assert!(
        matches!(errs[2].reason, IngestError::TooLarge { limit } if limit == 1 << 20),
        "{}",
        errs[2]
    );
    assert_eq!(errs.len(), 3);
}

#[test]
fn directories_are_walked_sorted_with_skips_counted() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    std::fs::create_dir_all(root.join("b/photos")).unwrap();
    std::fs::write(root.join("b/z.txt"), "Третій.\n").unwrap();
    std::fs::write(root.join("b/a.txt"), "Другий.\n").unwrap();
    std::fs::write(root.join("a.txt"), "Перший.\n").unwrap();
    std::fs::write(root.join("b/photos/p.jpg"), b"\xFF\xD8\xFF").unwrap();
    std::fs::write(root.join(".hidden.txt"), "x").unwrap();
    let given = root.display().to_string();
    let (docs, errs, summary) = read_all(std::slice::from_ref(&given));
    assert!(errs.is_empty());
    let bodies: Vec<&str> = docs.iter().map(|d| d.body.as_str()).collect();
    assert_eq!(bodies, ["Перший.\n", "Другий.\n", "Третій.\n"]);
    assert_eq!(
        docs[1].path,
        Path::new(&given)
            .join("b")
            .join("a.txt")
            .display()
            .to_string()
    );
    assert_eq!(summary.skipped.get(&SkipReason::HiddenFile), Some(&1));
    assert_eq!(summary.skipped.get(&SkipReason::MediaOrAssetFile), Some(&1));
    assert_eq!(summary.skipped_files.len(), 2);
}

#[test]
fn missing_path_is_an_error_not_a_panic() {
    let (docs, errs, _) = read_all(&["/nonexistent/swapledger/x.txt".to_string()]);
    assert!(docs.is_empty());
    assert!(errs[0]
        .to_string()
        .starts_with("/nonexistent/swapledger/x.txt: "));
}

#[test]
fn standard_input_is_sniffed_too() {
    let html = std::fs::read(data("html/en_article.html")).unwrap();
    let mut r = read_stream("-", std::io::Cursor::new(html), &ReaderConfig::default());
    let d = r.next().unwrap().unwrap();
    assert_eq!(d.path, "-");
    assert_eq!(d.meta.published, date(2024, 12, 30));
    assert!(r.next().is_none());
}

#[test]
fn same_body_twice_is_extracted_once_with_every_sighting() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(
        tmp.path().join("copy.txt"),
        "---\nsource: Дзеркало\nurl: https://mirror.example/1\n---\nСьогодні повернули 75 наших людей.",
    )
    .unwrap();
    let paths = [
        data("telegram/full/result.json"),
        tmp.path().join("copy.txt").display().to_string(),
    ];
    let (docs, _, _) = read_all(&paths);
    let mut dedup = Deduplicator::new();
    let seen: Vec<Seen> = docs.iter().map(|d| dedup.observe(d)).collect();
    assert_eq!(seen[0], Seen::First);
    assert_eq!(seen[1], Seen::First);
    assert_eq!(
        seen[2],
        Seen::Again {
            first_path: docs[0].path.clone(),
            times: 2
        }
    );
    let dups: Vec<_> = dedup.duplicates().collect();
    assert_eq!(dups.len(), 1);
    assert_eq!(dups[0].0, docs[0].id());
    let sightings = dups[0].1;
    assert_eq!(sightings[0].source.as_deref(), Some("Омбудсман України"));
    assert_eq!(
        sightings[1].url.as_deref(),
        Some("https://mirror.example/1")
    );
    assert_eq!(dedup.len(), 2);
}

#[test]
fn progress_reports_bytes_up_to_the_total() {
    use std::sync::{Arc, Mutex};
    let paths = [data("html"), data("feeds")];
    let seen = Arc::new(Mutex::new(Vec::new()));
    let sink = Arc::clone(&seen);
    let mut r = read_inputs(&paths, &ReaderConfig::default()).with_progress(
        move |p: &swapledger_ingest::Progress<'_>| {
            sink.lock()
                .unwrap()
                .push((p.bytes_read, p.bytes_total, p.input, p.inputs));
        },
    );
    let total = r.bytes_total().unwrap();
    let n = r.by_ref().count();
    assert!(n >= 8);
    let seen = seen.lock().unwrap();
    let last = *seen.last().unwrap();
    assert_eq!(last, (total, Some(total), last.3, last.3));
    assert!(
        seen.windows(2).all(|w| w[0].0 <= w[1].0),
        "bytes never go back"
    );
    assert_eq!(r.summary().bytes_read, total);
}

#[test]
fn other_json_and_xml_are_named_not_guessed() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("a.json"), "[1, 2, 3]").unwrap();
    std::fs::write(
        tmp.path().join("b.xml"),
        "<?xml version=\"1.0\"?><urlset><url>x</url></urlset>",
    )
    .unwrap();
    let (docs, errs, _) = read_all(&[tmp.path().display().to_string()]);
    assert!(docs.is_empty());
    assert!(
        matches!(errs[0].reason, IngestError::UnsupportedJson(_)),
        "{}",
        errs[0]
    );
    assert!(
        matches!(errs[1].reason, IngestError::Feed(_)),
        "{}",
        errs[1]
    );
}

#[test]
fn reader_can_move_to_another_thread() {
    fn assert_send<T: Send>(_: &T) {}
    let r = read_inputs(&[data("text")], &ReaderConfig::default());
    assert_send(&r);
    let n = std::thread::spawn(move || r.count()).join().unwrap();
    assert_eq!(n, 3);
}

#[test]
fn gold_annotations_beside_documents_are_skipped_not_failed() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("uk-1.txt"),
        "---\nlanguage: uk\n---\nСьогодні обмін.\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("uk-1.gold.json"), "{\"events\": []}").unwrap();
    let paths = vec![dir.path().display().to_string()];
    let mut reader =
        swapledger_ingest::read_inputs(&paths, &swapledger_ingest::ReaderConfig::default());
    let docs: Vec<_> = reader.by_ref().collect();
    assert_eq!(docs.len(), 1);
    assert!(docs[0].is_ok());
    let summary = reader.summary();
    assert!(summary.failures.is_empty(), "{summary}");
    assert_eq!(
        summary
            .skipped
            .get(&swapledger_ingest::SkipReason::GoldAnnotation),
        Some(&1)
    );
}
