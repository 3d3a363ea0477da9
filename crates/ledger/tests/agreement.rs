//! Stages of a deal carried out in stages ("1000 на 1000" over three days) are
//! separate events linked by the deal's formula.

use chrono::NaiveDate;
use swapledger_ingest::{Document, Metadata};
use swapledger_ledger::{EventFilter, IngestItem, Ledger};

fn doc(path: &str, published: &str, language: &str, body: &str) -> IngestItem {
    IngestItem {
        document: Document {
            path: path.into(),
            body: body.into(),
            meta: Metadata {
                language: Some(language.into()),
                published: NaiveDate::parse_from_str(published, "%Y-%m-%d").ok(),
                source: Some("Укрінформ".into()),
                ..Metadata::default()
            },
        },
        report: None,
    }
}

/// Event id, agreement, stage, people returned to Ukraine.
type Row<'a> = (&'a str, Option<&'a str>, Option<u64>, Option<u64>);

#[test]
fn stages_of_one_deal_share_its_agreement() {
    let mut l = Ledger::open_in_memory().unwrap();
    l.ingest_batch(&[
        doc("a.txt", "2025-05-23", "uk", "Сьогодні, 23 травня, у межах першого етапу обміну полоненими у форматі «1000 на 1000» з полону повернули 390 українців."),
        doc("b.txt", "2025-05-24", "uk", "Сьогодні, 24 травня, у межах другого етапу обміну полоненими у форматі «1000 на 1000» додому повернулися 307 захисників."),
        doc("c.txt", "2025-05-25", "ru", "Сегодня, 25 мая, завершился третий этап обмена пленными в формате «1000 на 1000»: домой вернулись 303 защитника."),
        doc("d.txt", "2025-06-10", "uk", "Сьогодні відбувся обмін полоненими: додому повернулися 75 захисників."),
    ])
    .unwrap();
    l.reconcile().unwrap();
    let events = l.events(&EventFilter::default(), None).unwrap().value;
    let staged: Vec<Row> = events
        .iter()
        .map(|e| {
            (
                e.id.as_str(),
                e.agreement.as_deref(),
                e.best("stage"),
                e.best("to_ukraine"),
            )
        })
        .collect();
    assert_eq!(
        staged,
        vec![
            (
                "2025-05-23-exchange",
                Some("1000-for-1000"),
                Some(1),
                Some(390)
            ),
            (
                "2025-05-24-exchange",
                Some("1000-for-1000"),
                Some(2),
                Some(307)
            ),
            (
                "2025-05-25-exchange",
                Some("1000-for-1000"),
                Some(3),
                Some(303)
            ),
            ("2025-06-10-exchange", None, None, Some(75)),
        ]
    );
    // The formula names the deal: it is no stage's count.
    assert!(events.iter().all(|e| e.best("to_russia").is_none()));
}
