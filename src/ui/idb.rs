//! The design records in the browser's IndexedDB (database `airlock`,
//! object store `records`, each record under its `airlock.design.<id>`
//! key), through the `idb` crate: localStorage holds about 5 MB per site,
//! IndexedDB a share of the disk. The library reads them from a
//! [`Mirror`] filled here at start; each change is written through in a
//! transaction of its own (IndexedDB runs a store's read-write transactions
//! in the order they are made, so the last change wins), and once it is
//! committed the other tabs are told through localStorage ([`WRITTEN`]),
//! whose `storage` events they hear, and read it back.

use crate::library::{Mirror, Write};
pub use idb::Database;
use idb::{DatabaseEvent, Factory, TransactionMode};
use std::rc::Rc;
use wasm_bindgen::JsValue;

const DATABASE: &str = "airlock";
const STORE: &str = "records";
/// The localStorage key a tab writes once a change to a record is in
/// IndexedDB: the record's key, a space and a nonce (so that writing the
/// same record twice is heard twice).
pub const WRITTEN: &str = "airlock.written";

/// Opens the database, making its store the first time.
pub async fn open() -> Result<Database, String> {
    let factory = Factory::new().map_err(|e| e.to_string())?;
    let mut request = factory.open(DATABASE, Some(1)).map_err(|e| e.to_string())?;
    request.on_upgrade_needed(|event| {
        if let Ok(db) = event.database()
            && !db.store_names().iter().any(|n| n == STORE)
        {
            let _ = db.create_object_store(STORE, idb::ObjectStoreParams::new());
        }
    });
    request.await.map_err(|e| e.to_string())
}

/// Every record in the database, key and text.
pub async fn read_all(db: &Database) -> Result<Vec<(String, String)>, String> {
    let tx = db
        .transaction(&[STORE], TransactionMode::ReadOnly)
        .map_err(|e| e.to_string())?;
    let store = tx.object_store(STORE).map_err(|e| e.to_string())?;
    let keys = store.get_all_keys(None, None).map_err(|e| e.to_string())?;
    let values = store.get_all(None, None).map_err(|e| e.to_string())?;
    let keys = keys.await.map_err(|e| e.to_string())?;
    let values = values.await.map_err(|e| e.to_string())?;
    Ok(keys
        .iter()
        .zip(values.iter())
        .filter_map(|(k, v)| Some((k.as_string()?, v.as_string()?)))
        .collect())
}

/// One record's text, as the database holds it now.
pub async fn read(db: &Database, key: &str) -> Result<Option<String>, String> {
    let tx = db
        .transaction(&[STORE], TransactionMode::ReadOnly)
        .map_err(|e| e.to_string())?;
    let store = tx.object_store(STORE).map_err(|e| e.to_string())?;
    let value = store
        .get(JsValue::from_str(key))
        .map_err(|e| e.to_string())?
        .await
        .map_err(|e| e.to_string())?;
    Ok(value.and_then(|v| v.as_string()))
}

/// Writes `writes` in one transaction, made now; resolves once it is
/// committed, or with why not (the `DOMException`'s name and message, such
/// as `QuotaExceededError`).
pub fn write(
    db: &Database,
    writes: &[Write],
) -> Result<impl std::future::Future<Output = Result<(), String>> + 'static, String> {
    let tx = db
        .transaction(&[STORE], TransactionMode::ReadWrite)
        .map_err(|e| e.to_string())?;
    let store = tx.object_store(STORE).map_err(|e| e.to_string())?;
    for w in writes {
        match w {
            Write::Put(key, text) => {
                let _ = store
                    .put(&JsValue::from_str(text), Some(&JsValue::from_str(key)))
                    .map_err(|e| e.to_string())?;
            }
            Write::Delete(key) => {
                let _ = store
                    .delete(JsValue::from_str(key))
                    .map_err(|e| e.to_string())?;
            }
        }
    }
    Ok(async move {
        match tx.await {
            Ok(result) if result.is_committed() => Ok(()),
            Ok(_) => Err("the transaction was aborted".into()),
            Err(e) => Err(e.to_string()),
        }
    })
}

thread_local! {
    /// The records being written, not yet committed: the latest text of
    /// each, and how many writes of it are under way.
    static UNDER_WAY: std::cell::RefCell<std::collections::BTreeMap<String, (Option<String>, u32)>> =
        const { std::cell::RefCell::new(std::collections::BTreeMap::new()) };
}

/// The records whose latest write has not committed yet, key and text (a
/// deletion is not listed): what a page that goes now could lose.
pub fn under_way() -> Vec<(String, String)> {
    UNDER_WAY.with(|u| {
        u.borrow()
            .iter()
            .filter_map(|(k, (text, _))| Some((k.clone(), text.clone()?)))
            .collect()
    })
}

/// The mirror of the database's records; each change is written through,
/// and `written` hears how each write ended (the record's key, and why it
/// failed).
pub fn mirror(
    db: Rc<Database>,
    records: Vec<(String, String)>,
    written: impl Fn(&str, Result<(), String>) + 'static,
) -> Mirror {
    let written = Rc::new(written);
    Mirror::new(
        records,
        Box::new(move |w: Write| {
            let (key, text) = match &w {
                Write::Put(k, t) => (k.clone(), Some(t.clone())),
                Write::Delete(k) => (k.clone(), None),
            };
            UNDER_WAY.with(|u| {
                let mut u = u.borrow_mut();
                let entry = u.entry(key.clone()).or_insert((None, 0));
                *entry = (text, entry.1 + 1);
            });
            let done = write(&db, std::slice::from_ref(&w));
            let written = written.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let result = match done {
                    Ok(done) => done.await,
                    Err(e) => Err(e),
                };
                UNDER_WAY.with(|u| {
                    let mut u = u.borrow_mut();
                    if let Some(entry) = u.get_mut(&key) {
                        entry.1 -= 1;
                        if entry.1 == 0 {
                            u.remove(&key);
                        }
                    }
                });
                written(&key, result);
            });
        }),
    )
}
