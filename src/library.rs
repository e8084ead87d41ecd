//! The designs kept in the browser: each design its own record, listed in
//! an index, so that opening a link, a file or a template, or working in a
//! second tab, never writes over another design.
//!
//! No web dependency: the app gives it the browser's storage through
//! [`Slots`], and the tests a map. Records are documents as saved
//! (`model::to_json`); the index keeps what the list shows (title, time,
//! size, node count) so listing reads no document. The index is a cache:
//! a record the index lost (two tabs updating it at once, an index that no
//! longer parses) is listed again from the record itself, so a design is
//! never lost because its index entry was.

use crate::model::{self, Document};
use serde::{Deserialize, Serialize};
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::fmt;

/// The index of the designs, a JSON array of [`Entry`].
pub const INDEX: &str = "airlock.designs";
/// Each design's record: this prefix and its id.
const RECORD: &str = "airlock.design.";
/// Where the app kept its one design before there were records.
const LEGACY: [&str; 2] = ["airlock.autosave", "airlock.autosave.previous"];

/// A key-value store: the browser's `localStorage`, or a map in tests.
pub trait Slots {
    fn get(&self, key: &str) -> Option<String>;
    /// Fails when the store refuses the value (full, or blocked).
    fn set(&self, key: &str, value: &str) -> Result<(), Refused>;
    fn remove(&self, key: &str);
    /// Every key in the store.
    fn keys(&self) -> Vec<String>;
}

impl<S: Slots + ?Sized> Slots for &S {
    fn get(&self, key: &str) -> Option<String> {
        (**self).get(key)
    }
    fn set(&self, key: &str, value: &str) -> Result<(), Refused> {
        (**self).set(key, value)
    }
    fn remove(&self, key: &str) {
        (**self).remove(key)
    }
    fn keys(&self) -> Vec<String> {
        (**self).keys()
    }
}

/// The store refused to keep a value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Refused;

/// A design's id: sixteen hexadecimal digits, random, so that two tabs
/// never make the same one.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct DesignId(String);

impl DesignId {
    /// The id made of `random`'s bits.
    pub fn new(random: u64) -> DesignId {
        DesignId(format!("{random:016x}"))
    }

    /// The id `text` spells, if it is one.
    pub fn parse(text: &str) -> Option<DesignId> {
        (text.len() == 16 && text.bytes().all(|b| b.is_ascii_hexdigit()))
            .then(|| DesignId(text.to_ascii_lowercase()))
    }

    /// The storage key of its record.
    pub fn key(&self) -> String {
        format!("{RECORD}{}", self.0)
    }

    /// The id whose record `key` is.
    pub fn of_record(key: &str) -> Option<DesignId> {
        key.strip_prefix(RECORD).and_then(DesignId::parse)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for DesignId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for DesignId {
    type Error = String;
    fn try_from(s: String) -> Result<DesignId, String> {
        DesignId::parse(&s).ok_or_else(|| format!("`{s}` is not a design id"))
    }
}

impl From<DesignId> for String {
    fn from(id: DesignId) -> String {
        id.0
    }
}

/// What the list of designs shows of one.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    pub id: DesignId,
    pub title: String,
    /// When it was last saved, in milliseconds since 1970 (the browser's
    /// `Date.now()`).
    pub modified: f64,
    /// The record's size in bytes.
    pub bytes: usize,
    pub nodes: usize,
}

impl Entry {
    fn of(id: DesignId, doc: &Document, bytes: usize, modified: f64) -> Entry {
        Entry {
            id,
            title: doc.title.clone(),
            modified,
            bytes,
            nodes: doc.nodes.len(),
        }
    }
}

/// Why a design was not saved.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveError {
    /// The store refused the record: how big it was, and what the other
    /// designs kept there take.
    Refused {
        bytes: usize,
        others: usize,
        others_bytes: usize,
    },
}

impl fmt::Display for SaveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SaveError::Refused {
                bytes,
                others,
                others_bytes,
            } => {
                write!(
                    f,
                    "the browser refused to store this design ({}; storage full, or private browsing); ",
                    size(*bytes)
                )?;
                match others {
                    0 => write!(f, "it keeps no other design"),
                    1 => write!(f, "it keeps 1 other design ({})", size(*others_bytes)),
                    n => write!(f, "it keeps {n} other designs ({})", size(*others_bytes)),
                }
            }
        }
    }
}

/// `12 KB`, `3.4 MB`: a size as the list shows it.
pub fn size(bytes: usize) -> String {
    if bytes < 1_000 {
        format!("{bytes} B")
    } else if bytes < 1_000_000 {
        format!("{} KB", bytes.div_ceil(1_000))
    } else {
        format!("{:.1} MB", bytes as f64 / 1e6)
    }
}

/// The designs in a store.
pub struct Library<S> {
    slots: S,
}

impl<S: Slots> Library<S> {
    pub fn new(slots: S) -> Library<S> {
        Library { slots }
    }

    /// Every design, the most recently saved first: the index's entries
    /// whose record exists, and any record the index lost.
    pub fn entries(&self) -> Vec<Entry> {
        let mut listed: Vec<Entry> = self
            .slots
            .get(INDEX)
            .and_then(|text| serde_json::from_str(&text).ok())
            .unwrap_or_default();
        let records: Vec<DesignId> = self
            .slots
            .keys()
            .iter()
            .filter_map(|k| DesignId::of_record(k))
            .collect();
        listed.retain(|e| records.contains(&e.id));
        listed.sort_by(|a, b| a.id.cmp(&b.id));
        listed.dedup_by(|a, b| a.id == b.id);
        for id in records {
            if listed.iter().all(|e| e.id != id) {
                listed.push(self.recovered(id));
            }
        }
        listed.sort_by(|a, b| b.modified.total_cmp(&a.modified).then(a.id.cmp(&b.id)));
        listed
    }

    /// An entry for a record the index does not list, read from the record
    /// (a record that does not load is still listed, by its size).
    fn recovered(&self, id: DesignId) -> Entry {
        let text = self.slots.get(&id.key()).unwrap_or_default();
        match model::load(&text) {
            Ok(loaded) => Entry::of(id, &loaded.doc, text.len(), 0.0),
            Err(_) => Entry {
                id,
                title: String::new(),
                modified: 0.0,
                bytes: text.len(),
                nodes: 0,
            },
        }
    }

    /// The most recently saved design.
    pub fn most_recent(&self) -> Option<DesignId> {
        self.entries().into_iter().next().map(|e| e.id)
    }

    /// A design's record, as saved.
    pub fn text(&self, id: &DesignId) -> Option<String> {
        self.slots.get(&id.key())
    }

    /// Saves `doc`, written out as `json` (`model::to_json`), as design
    /// `id` (a new one, or over its own record), at time `now`.
    pub fn save(
        &self,
        id: &DesignId,
        doc: &Document,
        json: &str,
        now: f64,
    ) -> Result<(), SaveError> {
        if self.slots.set(&id.key(), json).is_err() {
            let others: Vec<Entry> = self.entries().into_iter().filter(|e| e.id != *id).collect();
            return Err(SaveError::Refused {
                bytes: json.len(),
                others: others.len(),
                others_bytes: others.iter().map(|e| e.bytes).sum(),
            });
        }
        let mut entries = self.entries();
        entries.retain(|e| e.id != *id);
        entries.insert(0, Entry::of(id.clone(), doc, json.len(), now));
        self.write_index(&entries);
        Ok(())
    }

    /// Writes the index. If the store refuses it, the records stay and are
    /// listed from themselves ([`Library::entries`]).
    fn write_index(&self, entries: &[Entry]) {
        let text = serde_json::to_string(entries).unwrap_or_else(|_| "[]".into());
        let _ = self.slots.set(INDEX, &text);
    }

    /// Gives design `id` a new title, in its record and in the list.
    pub fn rename(&self, id: &DesignId, title: &str, now: f64) -> Result<(), String> {
        let text = self.text(id).ok_or("the design is no longer kept")?;
        let mut doc = model::load(&text).map_err(|e| e.to_string())?.doc;
        doc.title = title.trim().to_string();
        self.save(id, &doc, &model::to_json(&doc), now)
            .map_err(|e| e.to_string())
    }

    /// Deletes design `id`.
    pub fn delete(&self, id: &DesignId) {
        self.slots.remove(&id.key());
        let mut entries = self.entries();
        entries.retain(|e| e.id != *id);
        self.write_index(&entries);
    }

    /// Moves the designs kept before there were records (the autosave and
    /// the copy kept aside from a shared link) into records, ids taken from
    /// `fresh`; a legacy slot is removed only once its record is written,
    /// and one that does not load is kept as it was, under its new id.
    /// Returns the ids made, the autosave's first.
    pub fn adopt_legacy(&self, now: f64, mut fresh: impl FnMut() -> DesignId) -> Vec<DesignId> {
        let mut made = Vec::new();
        for (age, key) in LEGACY.iter().enumerate() {
            let Some(text) = self.slots.get(key) else {
                continue;
            };
            let id = fresh();
            // The autosave is the newer of the two.
            let at = now - age as f64;
            let written = match model::load(&text) {
                Ok(loaded) => self.save(&id, &loaded.doc, &text, at).is_ok(),
                Err(_) => self.slots.set(&id.key(), &text).is_ok(),
            };
            if written {
                self.slots.remove(key);
                made.push(id);
            }
        }
        made
    }
}

/// Whether `key` is a design's record.
pub fn is_record(key: &str) -> bool {
    DesignId::of_record(key).is_some()
}

/// A change to a record, for the store the records are kept in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Write {
    Put(String, String),
    Delete(String),
}

/// The records in memory, over a store that is read and written
/// asynchronously (the browser's IndexedDB): read from it once at start,
/// every change written through to it, and another tab's change read back
/// into it ([`Mirror::refresh`]). The library stays synchronous.
pub struct Mirror {
    records: RefCell<BTreeMap<String, String>>,
    write: Box<dyn Fn(Write)>,
}

impl Mirror {
    /// The records `read` from the store; `write` sends each change to it.
    pub fn new(
        read: impl IntoIterator<Item = (String, String)>,
        write: Box<dyn Fn(Write)>,
    ) -> Mirror {
        Mirror {
            records: RefCell::new(read.into_iter().filter(|(k, _)| is_record(k)).collect()),
            write,
        }
    }

    /// Takes in the records kept in `local` (by an Airlock before there was
    /// a mirror, or by a tab without the store), over the store's own: a
    /// record is in `local` only when it was written there last. Returns
    /// them, to write to the store; once that is done, [`Mirror::moved`]
    /// removes them from `local`.
    pub fn adopt(&self, local: &impl Slots) -> Vec<(String, String)> {
        let found: Vec<(String, String)> = local
            .keys()
            .into_iter()
            .filter(|k| is_record(k))
            .filter_map(|k| Some((k.clone(), local.get(&k)?)))
            .collect();
        let mut records = self.records.borrow_mut();
        for (key, text) in &found {
            records.insert(key.clone(), text.clone());
        }
        found
    }

    /// Removes from `local` the records [`Mirror::adopt`] took, now in the
    /// store, except any changed there since (another tab's, kept there).
    pub fn moved(local: &impl Slots, moved: &[(String, String)]) {
        for (key, text) in moved {
            if local.get(key).as_deref() == Some(text.as_str()) {
                local.remove(key);
            }
        }
    }

    /// Another tab changed record `key` in the store: `text` is what it
    /// holds now (`None`: deleted). Nothing is written.
    pub fn refresh(&self, key: &str, text: Option<String>) {
        let mut records = self.records.borrow_mut();
        match text {
            Some(text) => records.insert(key.to_string(), text),
            None => records.remove(key),
        };
    }
}

/// Slots whose records are in a [`Mirror`], and everything else (the
/// index, so that other tabs hear of changes) in `local`.
pub struct Split<'a, S> {
    pub local: S,
    pub records: &'a Mirror,
}

impl<S: Slots> Slots for Split<'_, S> {
    fn get(&self, key: &str) -> Option<String> {
        if is_record(key) {
            self.records.records.borrow().get(key).cloned()
        } else {
            self.local.get(key)
        }
    }
    fn set(&self, key: &str, value: &str) -> Result<(), Refused> {
        if !is_record(key) {
            return self.local.set(key, value);
        }
        let mut records = self.records.records.borrow_mut();
        records.insert(key.to_string(), value.to_string());
        drop(records);
        (self.records.write)(Write::Put(key.to_string(), value.to_string()));
        Ok(())
    }
    fn remove(&self, key: &str) {
        if !is_record(key) {
            return self.local.remove(key);
        }
        self.records.records.borrow_mut().remove(key);
        (self.records.write)(Write::Delete(key.to_string()));
    }
    fn keys(&self) -> Vec<String> {
        let mut keys: Vec<String> = self
            .local
            .keys()
            .into_iter()
            .filter(|k| !is_record(k))
            .collect();
        keys.extend(self.records.records.borrow().keys().cloned());
        keys
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Kind, Node};
    use std::cell::RefCell;
    use std::collections::BTreeMap;

    /// A store that refuses values longer than `limit`.
    #[derive(Default)]
    struct Map {
        items: RefCell<BTreeMap<String, String>>,
        limit: Option<usize>,
    }

    impl Slots for Map {
        fn get(&self, key: &str) -> Option<String> {
            self.items.borrow().get(key).cloned()
        }
        fn set(&self, key: &str, value: &str) -> Result<(), Refused> {
            if self.limit.is_some_and(|l| value.len() > l) {
                return Err(Refused);
            }
            self.items.borrow_mut().insert(key.into(), value.into());
            Ok(())
        }
        fn remove(&self, key: &str) {
            self.items.borrow_mut().remove(key);
        }
        fn keys(&self) -> Vec<String> {
            self.items.borrow().keys().cloned().collect()
        }
    }

    fn design(title: &str, nodes: usize) -> Document {
        let mut doc = Document {
            title: title.into(),
            ..Document::default()
        };
        for i in 0..nodes {
            doc.nodes.push(Node::new(format!("n{i}"), Kind::S3Bucket));
        }
        doc
    }

    fn save<S: Slots>(lib: &Library<S>, n: u64, doc: Document, now: f64) -> Result<(), SaveError> {
        lib.save(&id(n), &doc, &model::to_json(&doc), now)
    }

    fn id(n: u64) -> DesignId {
        DesignId::new(n)
    }

    fn listed<S: Slots>(lib: &Library<S>) -> Vec<(String, String, usize)> {
        lib.entries()
            .into_iter()
            .map(|e| (e.id.to_string(), e.title, e.nodes))
            .collect()
    }

    #[test]
    fn designs_are_listed_most_recent_first_and_reopen_as_saved() {
        let map = Map::default();
        let lib = Library::new(&map);
        save(&lib, 1, design("ETL", 2), 10.0).unwrap();
        save(&lib, 2, design("Training", 1), 20.0).unwrap();
        assert_eq!(
            listed(&lib),
            [
                ("0000000000000002".into(), "Training".into(), 1),
                ("0000000000000001".into(), "ETL".into(), 2)
            ]
        );
        save(&lib, 1, design("ETL v2", 3), 30.0).unwrap();
        assert_eq!(lib.most_recent(), Some(id(1)));
        let text = lib.text(&id(1)).unwrap();
        assert_eq!(model::load(&text).unwrap().doc, design("ETL v2", 3));
        assert_eq!(lib.entries()[0].bytes, text.len());
    }

    #[test]
    fn rename_and_delete_touch_only_their_design() {
        let map = Map::default();
        let lib = Library::new(&map);
        save(&lib, 1, design("ETL", 2), 10.0).unwrap();
        save(&lib, 2, design("Training", 1), 20.0).unwrap();
        lib.rename(&id(1), "  Nightly ETL ", 30.0).unwrap();
        let renamed = model::load(&lib.text(&id(1)).unwrap()).unwrap().doc;
        assert_eq!(renamed, design("Nightly ETL", 2));
        lib.delete(&id(2));
        assert_eq!(
            listed(&lib),
            [("0000000000000001".into(), "Nightly ETL".into(), 2)]
        );
        assert_eq!(lib.text(&id(2)), None);
        assert_eq!(
            lib.rename(&id(2), "x", 40.0),
            Err("the design is no longer kept".into())
        );
    }

    #[test]
    fn a_record_the_index_lost_is_listed_from_itself() {
        let map = Map::default();
        let lib = Library::new(&map);
        save(&lib, 1, design("ETL", 2), 10.0).unwrap();
        save(&lib, 2, design("Training", 1), 20.0).unwrap();
        // Another tab wrote an index without design 2; then the index broke.
        map.set(INDEX, "[").unwrap();
        assert_eq!(
            listed(&lib),
            [
                ("0000000000000001".into(), "ETL".into(), 2),
                ("0000000000000002".into(), "Training".into(), 1)
            ]
        );
        // A record that does not load is listed too, by its size.
        map.set("airlock.design.00000000000000ff", "{ junk")
            .unwrap();
        let junk = lib.entries().into_iter().find(|e| e.id == id(255)).unwrap();
        assert_eq!((junk.bytes, junk.nodes, junk.title.as_str()), (6, 0, ""));
        // Keys that are not records are not designs.
        map.set("airlock.design.nope", "{}").unwrap();
        map.set("airlock.theme", "dark").unwrap();
        assert_eq!(lib.entries().len(), 3);
    }

    #[test]
    fn a_refused_save_says_what_is_kept_and_changes_nothing() {
        let map = Map {
            limit: Some(400),
            ..Map::default()
        };
        let lib = Library::new(&map);
        save(&lib, 1, design("Small", 1), 10.0).unwrap();
        let before = lib.entries();
        let err = save(&lib, 2, design("Big", 20), 20.0).unwrap_err();
        let SaveError::Refused { others, .. } = err.clone();
        assert_eq!(others, 1);
        assert!(
            err.to_string()
                .starts_with("the browser refused to store this design ("),
            "{err}"
        );
        assert!(
            err.to_string().contains("it keeps 1 other design ("),
            "{err}"
        );
        assert_eq!(lib.entries(), before);
    }

    #[test]
    fn the_old_autosave_and_kept_aside_copy_become_designs() {
        let map = Map::default();
        let own = model::to_json(&design("Mine", 2));
        map.set("airlock.autosave", &own).unwrap();
        map.set("airlock.autosave.previous", "{ broken").unwrap();
        let lib = Library::new(&map);
        let mut n = 0;
        let made = lib.adopt_legacy(100.0, || {
            n += 1;
            id(n)
        });
        assert_eq!(made, [id(1), id(2)]);
        assert_eq!(lib.text(&id(1)).as_deref(), Some(own.as_str()));
        assert_eq!(lib.text(&id(2)).as_deref(), Some("{ broken"));
        assert_eq!(lib.most_recent(), Some(id(1)));
        assert_eq!(map.get("airlock.autosave"), None);
        assert_eq!(map.get("airlock.autosave.previous"), None);
        // Nothing left to adopt the second time.
        assert!(lib.adopt_legacy(200.0, || id(9)).is_empty());
    }

    /// A mirror over `read`, and the writes it sends to its store.
    fn mirror(read: &[(&str, &str)]) -> (Mirror, std::rc::Rc<RefCell<Vec<Write>>>) {
        let writes = std::rc::Rc::new(RefCell::new(Vec::new()));
        let sent = writes.clone();
        let read = read.iter().map(|(k, v)| (k.to_string(), v.to_string()));
        let m = Mirror::new(read, Box::new(move |w| sent.borrow_mut().push(w)));
        (m, writes)
    }

    #[test]
    fn records_live_in_the_mirror_and_the_index_in_local_storage() {
        let local = Map::default();
        let (records, writes) = mirror(&[]);
        let lib = Library::new(Split {
            local: &local,
            records: &records,
        });
        save(&lib, 1, design("ETL", 2), 10.0).unwrap();
        let key = id(1).key();
        let text = lib.text(&id(1)).unwrap();
        assert_eq!(*writes.borrow(), [Write::Put(key.clone(), text)]);
        assert_eq!(local.get(&key), None, "the record is not in local storage");
        assert!(local.get(INDEX).unwrap().contains("\"ETL\""));
        assert_eq!(listed(&lib).len(), 1);
        lib.delete(&id(1));
        assert_eq!(writes.borrow().last(), Some(&Write::Delete(key)));
        assert!(lib.entries().is_empty());
    }

    #[test]
    fn a_design_bigger_than_local_storage_allows_is_kept_in_the_mirror() {
        let local = Map {
            limit: Some(1_000),
            ..Map::default()
        };
        let (records, writes) = mirror(&[]);
        let lib = Library::new(Split {
            local: &local,
            records: &records,
        });
        save(&lib, 1, design("Big", 100), 10.0).unwrap();
        assert!(lib.text(&id(1)).unwrap().len() > 1_000);
        assert_eq!(writes.borrow().len(), 1);
        assert_eq!(
            listed(&lib),
            [("0000000000000001".into(), "Big".into(), 100)]
        );
    }

    #[test]
    fn records_in_local_storage_move_to_the_store_and_win_over_its_copy() {
        let local = Map::default();
        let old = model::to_json(&design("Old", 1));
        let newer = model::to_json(&design("Newer", 2));
        let only_there = model::to_json(&design("In the store", 3));
        local.set(&id(1).key(), &newer).unwrap();
        local.set("airlock.theme", "dark").unwrap();
        let (records, writes) = mirror(&[(&id(1).key(), &old), (&id(2).key(), &only_there)]);
        let moved = records.adopt(&local);
        assert_eq!(moved, [(id(1).key(), newer.clone())]);
        let lib = Library::new(Split {
            local: &local,
            records: &records,
        });
        assert_eq!(lib.text(&id(1)), Some(newer.clone()));
        assert_eq!(lib.text(&id(2)), Some(only_there));
        assert!(
            writes.borrow().is_empty(),
            "the caller writes what moved, in one go"
        );
        // Written to the store: removed from local storage, unless another
        // tab changed it there meanwhile.
        let mut changed = moved.clone();
        changed.push((id(3).key(), "{}".into()));
        local.set(&id(3).key(), "{ changed").unwrap();
        Mirror::moved(&local, &changed);
        assert_eq!(local.get(&id(1).key()), None);
        assert_eq!(local.get(&id(3).key()).as_deref(), Some("{ changed"));
        assert_eq!(local.get("airlock.theme").as_deref(), Some("dark"));
    }

    #[test]
    fn another_tabs_change_is_read_back_without_writing() {
        let local = Map::default();
        let (records, writes) = mirror(&[(&id(1).key(), "{}")]);
        records.refresh(&id(1).key(), Some("{ new".into()));
        records.refresh(&id(2).key(), Some("{ other".into()));
        let split = Split {
            local: &local,
            records: &records,
        };
        assert_eq!(split.get(&id(1).key()).as_deref(), Some("{ new"));
        records.refresh(&id(2).key(), None);
        assert_eq!(split.keys(), [id(1).key()]);
        assert!(writes.borrow().is_empty());
    }

    #[test]
    fn ids_are_sixteen_hex_digits() {
        assert_eq!(DesignId::new(0xab).as_str(), "00000000000000ab");
        assert_eq!(
            DesignId::parse("00000000000000AB"),
            Some(DesignId::new(0xab))
        );
        for bad in ["", "abc", "00000000000000zz", "000000000000000ab"] {
            assert_eq!(DesignId::parse(bad), None, "{bad}");
        }
        assert_eq!(size(999), "999 B");
        assert_eq!(size(1_001), "2 KB");
        assert_eq!(size(2_345_678), "2.3 MB");
    }
}
