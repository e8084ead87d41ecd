//! Opening marks: what a start needs to know about a kept design before it
//! opens it again. A check runs on the page's main thread (a small design
//! in the render that shows it, a big one there when the check worker
//! fails), so a design that is slow to check freezes the tab, and one that
//! traps the checker kills it, every time it is opened. Each such check
//! leaves a mark first, and takes it back when it finished: a mark left
//! behind names a design whose check never finished. A check that took
//! [`SLOW_MS`] or more leaves a [`Mark::Slow`] mark instead. A design with
//! either mark opens in safe mode (read-only, checking paused) instead of
//! being checked again.
//!
//! No web dependency: the marks live in one slot ([`KEY`]) of the
//! [`Slots`] the app gives (the browser's `localStorage`, shared by the
//! tabs), a JSON object from design id to mark. A slot that does not
//! parse counts as no marks: marks only ever make a start more careful,
//! and losing one costs at most one slow start.

use crate::library::{DesignId, Refused, Slots};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The slot the marks are kept in.
pub const KEY: &str = "airlock.opening";

/// A check that takes this long (milliseconds) marks its design slow.
pub const SLOW_MS: f64 = 3_000.0;

/// What is known about a design's last check.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Mark {
    /// A check (or a start's opening) began and did not finish: the tab
    /// hung, crashed or was killed while it ran.
    Opening,
    /// The last check finished, but took [`SLOW_MS`] or more.
    Slow,
}

/// The marks kept in `S`.
pub struct Marks<S> {
    slots: S,
}

impl<S: Slots> Marks<S> {
    pub fn new(slots: S) -> Marks<S> {
        Marks { slots }
    }

    /// Every mark. Before there were several, the slot held the bare id
    /// of the one design a start was opening.
    fn read(&self) -> BTreeMap<DesignId, Mark> {
        let Some(text) = self.slots.get(KEY) else {
            return BTreeMap::new();
        };
        if let Some(id) = DesignId::parse(&text) {
            return BTreeMap::from([(id, Mark::Opening)]);
        }
        serde_json::from_str(&text).unwrap_or_default()
    }

    /// Writes `marks` when they differ from `before`; no marks, no slot.
    fn write(
        &self,
        before: &BTreeMap<DesignId, Mark>,
        marks: &BTreeMap<DesignId, Mark>,
    ) -> Result<(), Refused> {
        // Unchanged, and the slot already says so (no marks, no slot).
        let present = self.slots.get(KEY).is_some();
        if marks == before && present != marks.is_empty() {
            return Ok(());
        }
        if marks.is_empty() {
            self.slots.remove(KEY);
            return Ok(());
        }
        let text = serde_json::to_string(marks).map_err(|_| Refused)?;
        self.slots.set(KEY, &text)
    }

    fn change(&self, change: impl FnOnce(&mut BTreeMap<DesignId, Mark>)) -> Result<(), Refused> {
        let before = self.read();
        let mut marks = before.clone();
        change(&mut marks);
        self.write(&before, &marks)
    }

    /// The mark on design `id`, if it has one: then it is not to be
    /// checked at start.
    pub fn get(&self, id: &DesignId) -> Option<Mark> {
        self.read().get(id).copied()
    }

    /// A check (or opening) of design `id` begins. Fails when storage
    /// refuses the mark: the check goes on unmarked.
    pub fn begin(&self, id: &DesignId) -> Result<(), Refused> {
        self.change(|m| {
            m.insert(id.clone(), Mark::Opening);
        })
    }

    /// A check of design `id` finished after `took_ms` milliseconds: the
    /// mark goes, or becomes [`Mark::Slow`] when the check was slow.
    pub fn checked(&self, id: &DesignId, took_ms: f64) -> Result<(), Refused> {
        self.change(|m| {
            if took_ms >= SLOW_MS {
                m.insert(id.clone(), Mark::Slow);
            } else {
                m.remove(id);
            }
        })
    }

    /// A start showed design `id`: its opening finished (a slow check
    /// stays marked).
    pub fn opened(&self, id: &DesignId) {
        let _ = self.change(|m| {
            if m.get(id) == Some(&Mark::Opening) {
                m.remove(id);
            }
        });
    }

    /// Forgets design `id`'s mark: the user chose to check it anyway, or
    /// deleted it.
    pub fn forget(&self, id: &DesignId) {
        let _ = self.change(|m| {
            m.remove(id);
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::RefCell;

    #[derive(Default)]
    struct Map {
        items: RefCell<BTreeMap<String, String>>,
        writes: RefCell<usize>,
        full: bool,
    }

    impl Slots for &Map {
        fn get(&self, key: &str) -> Option<String> {
            self.items.borrow().get(key).cloned()
        }
        fn set(&self, key: &str, value: &str) -> Result<(), Refused> {
            if self.full {
                return Err(Refused);
            }
            *self.writes.borrow_mut() += 1;
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

    fn id(n: u64) -> DesignId {
        DesignId::new(n)
    }

    #[test]
    fn no_slot_no_marks() {
        let map = Map::default();
        let marks = Marks::new(&map);
        assert_eq!(marks.get(&id(1)), None);
        marks.forget(&id(1));
        marks.opened(&id(1));
        assert!(
            map.items.borrow().is_empty(),
            "nothing to forget writes nothing"
        );
    }

    #[test]
    fn a_check_that_never_finished_leaves_its_mark() {
        let map = Map::default();
        let marks = Marks::new(&map);
        marks.begin(&id(1)).unwrap();
        // The tab died here: the next start reads the slot afresh.
        let next = Marks::new(&map);
        assert_eq!(next.get(&id(1)), Some(Mark::Opening));
        assert_eq!(next.get(&id(2)), None, "only that design");
    }

    #[test]
    fn a_quick_check_takes_its_mark_back_and_a_slow_one_leaves_slow() {
        let map = Map::default();
        let marks = Marks::new(&map);
        marks.begin(&id(1)).unwrap();
        marks.checked(&id(1), 12.0).unwrap();
        assert_eq!(marks.get(&id(1)), None);
        assert_eq!(map.items.borrow().get(KEY), None, "no marks, no slot");

        marks.begin(&id(1)).unwrap();
        marks.checked(&id(1), SLOW_MS - 1.0).unwrap();
        assert_eq!(marks.get(&id(1)), None, "just under the limit is not slow");

        marks.begin(&id(1)).unwrap();
        marks.checked(&id(1), SLOW_MS).unwrap();
        assert_eq!(marks.get(&id(1)), Some(Mark::Slow));
    }

    #[test]
    fn a_slow_design_checked_again_quickly_is_no_longer_slow() {
        let map = Map::default();
        let marks = Marks::new(&map);
        marks.begin(&id(1)).unwrap();
        marks.checked(&id(1), 60_000.0).unwrap();
        // Checking it again (anyway) marks it as being checked, not slow.
        marks.begin(&id(1)).unwrap();
        assert_eq!(marks.get(&id(1)), Some(Mark::Opening));
        marks.checked(&id(1), 40.0).unwrap();
        assert_eq!(marks.get(&id(1)), None);
    }

    #[test]
    fn a_start_that_showed_its_design_keeps_a_slow_mark() {
        let map = Map::default();
        let marks = Marks::new(&map);
        marks.begin(&id(1)).unwrap();
        marks.opened(&id(1));
        assert_eq!(marks.get(&id(1)), None);
        marks.begin(&id(2)).unwrap();
        marks.checked(&id(2), 5_000.0).unwrap();
        marks.opened(&id(2));
        assert_eq!(marks.get(&id(2)), Some(Mark::Slow));
    }

    #[test]
    fn designs_are_marked_each_on_its_own() {
        let map = Map::default();
        let marks = Marks::new(&map);
        marks.begin(&id(1)).unwrap();
        marks.begin(&id(2)).unwrap();
        marks.checked(&id(2), 9_000.0).unwrap();
        marks.begin(&id(3)).unwrap();
        marks.checked(&id(1), 1.0).unwrap();
        assert_eq!(marks.get(&id(1)), None);
        assert_eq!(marks.get(&id(2)), Some(Mark::Slow));
        assert_eq!(marks.get(&id(3)), Some(Mark::Opening));
        marks.forget(&id(2));
        assert_eq!(marks.get(&id(2)), None);
        assert_eq!(
            map.items.borrow().get(KEY).map(String::as_str),
            Some(r#"{"0000000000000003":"opening"}"#)
        );
    }

    #[test]
    fn an_unchanged_mark_is_not_written_again() {
        let map = Map::default();
        let marks = Marks::new(&map);
        marks.begin(&id(1)).unwrap();
        marks.begin(&id(1)).unwrap();
        assert_eq!(*map.writes.borrow(), 1);
    }

    #[test]
    fn the_previous_versions_bare_id_is_an_unfinished_opening() {
        let map = Map::default();
        map.items
            .borrow_mut()
            .insert(KEY.into(), "00000000000000AB".into());
        let marks = Marks::new(&map);
        assert_eq!(marks.get(&id(0xab)), Some(Mark::Opening));
        marks.opened(&id(0xab));
        assert_eq!(map.items.borrow().get(KEY), None);
    }

    #[test]
    fn a_slot_that_does_not_parse_is_no_marks_and_is_replaced() {
        for junk in [
            "{ broken",
            "[1, 2]",
            r#"{"zz":"opening"}"#,
            r#"{"0000000000000001":"hung"}"#,
        ] {
            let map = Map::default();
            map.items.borrow_mut().insert(KEY.into(), junk.into());
            let marks = Marks::new(&map);
            assert_eq!(marks.get(&id(1)), None, "{junk}");
            marks.begin(&id(2)).unwrap();
            assert_eq!(marks.get(&id(2)), Some(Mark::Opening), "{junk}");
        }
    }

    #[test]
    fn storage_that_refuses_the_mark_says_so() {
        let map = Map {
            full: true,
            ..Map::default()
        };
        let marks = Marks::new(&map);
        assert_eq!(marks.begin(&id(1)), Err(Refused));
        assert_eq!(marks.get(&id(1)), None);
    }
}
