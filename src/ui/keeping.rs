//! Keeping the tab's work in the browser's design library
//! ([`crate::library`]): every edit is autosaved into the record of the
//! design it belongs to, so that opening a link, a file or a template
//! starts a record of its own and writes over nothing, and undo back into
//! an earlier design saves into that design's record again.
//!
//! Several tabs may work on one design. A tab that sees another tab save
//! its design ( a `storage` event) takes that version, undoably, when it
//! has nothing unsaved; if it has, it keeps its own version as a separate
//! design, and says so. Nothing either tab made is lost.

use super::banners::{BannerAction, Banners, Notice, Topic};
use super::checked::Phase;
use super::hooks::listen;
use super::io;
use super::lang;
use super::state::Store;
use crate::editor::{Action, Design};
use crate::i18n::ids::ui as id;
use crate::i18n::t;
use crate::library::DesignId;
use crate::model::{self, Document};
use rustc_hash::{FxHashMap, FxHasher};
use std::cell::RefCell;
use std::hash::Hasher;
use std::rc::Rc;
use yew::prelude::*;

/// What a tab knows about the records it keeps its designs in.
#[derive(Default)]
pub struct Keeper {
    /// The record of each design in this tab's history.
    records: FxHashMap<Design, DesignId>,
    /// The record the next design loaded belongs to: a design opened from
    /// the list, or another tab's version taken.
    claim: Option<DesignId>,
    /// A hash of what this tab last wrote to or read from each record, to
    /// tell its own writes from other tabs'.
    seen: FxHashMap<DesignId, u64>,
    /// The design open now.
    current: Design,
    /// An edit not yet saved, and its design.
    pending: Option<(Design, Rc<Document>)>,
    /// Saving failed, and the user was told.
    failed: bool,
    /// No saving at all: the app is framed by another page.
    off: bool,
    /// Safe mode: nothing is written, and other tabs' versions wait.
    safe: bool,
    /// A design found slow to check before it had a record: its record is
    /// marked slow when it gets one.
    slow: Option<Design>,
}

/// The tab's keeper, shared by the hook's effects and the designs list.
pub type Keeping = Rc<RefCell<Keeper>>;

fn hash(text: &str) -> u64 {
    let mut h = FxHasher::default();
    h.write(text.as_bytes());
    h.finish()
}

impl Keeper {
    /// The record the design open now is kept in, if it has one yet.
    pub fn current_record(&self) -> Option<&DesignId> {
        self.records.get(&self.current)
    }

    /// The record the design open now is kept in, or is about to be: a
    /// design opened from the list is checked (and can leave safe mode)
    /// before it is saved into the record it claimed.
    pub fn record_here(&self) -> Option<&DesignId> {
        self.current_record().or(self.claim.as_ref())
    }

    /// Loads the next design into record `id` (opened from the list).
    pub fn claim_next(&mut self, id: DesignId, text: &str) {
        self.seen.insert(id.clone(), hash(text));
        self.claim = Some(id);
    }

    /// Marks the record of the design open now around a check on the
    /// page's main thread ([`crate::opening`]): one that never finishes,
    /// or is slow, keeps the next start from checking it again.
    pub fn watch(&mut self, phase: Phase) {
        if self.off || self.safe {
            return;
        }
        let Some(id) = self.record_here().cloned() else {
            if matches!(phase, Phase::Took(ms) if ms >= crate::opening::SLOW_MS) {
                self.slow = Some(self.current);
            }
            return;
        };
        if let Ok(marks) = io::marks() {
            let _ = match phase {
                Phase::Begins => marks.begin(&id),
                Phase::Took(ms) => marks.checked(&id, ms),
            };
        }
    }

    /// Saves `doc`, the state of `design`, into its record (a new one for
    /// a design that has none). An untouched blank design is not kept, and
    /// nothing is written when the record already holds this text, or in
    /// safe mode.
    fn save(&mut self, design: Design, doc: &Document) -> Result<(), String> {
        if self.off || (!self.records.contains_key(&design) && *doc == Document::default()) {
            return Ok(());
        }
        let claim = &mut self.claim;
        let id = self
            .records
            .entry(design)
            .or_insert_with(|| claim.take().unwrap_or_else(io::fresh_id))
            .clone();
        if self.safe {
            return Ok(());
        }
        if self.slow == Some(design) {
            self.slow = None;
            if let Ok(marks) = io::marks() {
                let _ = marks.checked(&id, crate::opening::SLOW_MS);
            }
        }
        let json = model::to_json(doc);
        let h = hash(&json);
        if self.seen.get(&id) == Some(&h) {
            io::set_tab_design(&id);
            return Ok(());
        }
        let lib = io::library()?;
        lib.save(&id, doc, &json, io::now())
            .map_err(|e| e.to_string())?;
        self.seen.insert(id.clone(), h);
        io::set_tab_design(&id);
        Ok(())
    }

    /// Saves the pending edit, if there is one.
    fn flush(&mut self) -> Option<Result<(), String>> {
        let (design, doc) = self.pending.take()?;
        Some(self.save(design, &doc))
    }
}

/// Keeps the tab's designs: autosaves each edit (not each pointer move of
/// a drag) in a task of its own once the edit is on screen, saves a
/// pending edit when the tab closes, and follows other tabs' saves.
/// `initial` is the record the starting design was read from.
#[hook]
pub fn use_keeping(
    store: &Store,
    banners: UseReducerDispatcher<Banners>,
    framed: bool,
    initial: Option<DesignId>,
) -> Keeping {
    let keeping: Keeping = use_mut_ref(move || {
        let mut k = Keeper {
            off: framed,
            ..Keeper::default()
        };
        if let Some(id) = initial {
            // What the record holds now: a tab that only opens a design
            // writes nothing.
            if let Some(text) = io::library().ok().and_then(|lib| lib.text(&id)) {
                k.seen.insert(id.clone(), hash(&text));
            }
            k.records.insert(Design::default(), id);
        }
        k
    });
    {
        let mut k = keeping.borrow_mut();
        k.current = store.ed.design();
        if store.ed.locked() && !k.safe {
            // An edit made just before safe mode is kept.
            let result = k.flush();
            if let Some(Err(e)) = result {
                web_sys::console::warn_1(&e.into());
            }
        }
        k.safe = store.ed.locked();
    }

    // Writing out and storing a 1,000-node design takes about 4 ms that
    // the edit need not wait for; edits made before it runs are saved
    // together, as the latest.
    {
        let doc = store.ed.doc_rc();
        let design = store.ed.design();
        let keeping = keeping.clone();
        let banners = banners.clone();
        use_effect_with(
            (store.ed.rev, design, store.ed.in_gesture()),
            move |(_, _, dragging)| {
                if *dragging {
                    return;
                }
                io::remember(Rc::clone(&doc));
                if keeping
                    .borrow_mut()
                    .pending
                    .replace((design, doc))
                    .is_none()
                {
                    io::later(move || {
                        let result = keeping.borrow_mut().flush();
                        if let Some(result) = result {
                            let result = result.map_err(|e| {
                                t(lang::current(), id::AUTOSAVE_OFF, &[("error", lang::s(e))])
                            });
                            report(&keeping, &banners, result);
                        }
                    });
                }
            },
        );
    }

    // A tab that closes or reloads before the deferred autosave ran saves
    // its last edit now: the page is going, and waiting would lose it.
    {
        let keeping = keeping.clone();
        use_effect_with((), move |_| {
            listen(
                web_sys::window().map(Into::into),
                "pagehide",
                move |_: web_sys::Event| {
                    let _ = keeping.borrow_mut().flush();
                    io::keep_under_way();
                },
            )
        });
    }

    // A record written to IndexedDB after the edit (`io::keep_records`):
    // a write the database refused is reported like one refused at once.
    {
        let keeping = keeping.clone();
        let banners = banners.clone();
        use_effect_with((), move |_| {
            io::on_written(move |key, result| {
                let result = result.map_err(|e| {
                    let lang = lang::current();
                    let title = crate::library::DesignId::of_record(key)
                        .and_then(|id| {
                            let lib = io::library().ok()?;
                            lib.entries().into_iter().find(|e| e.id == id)
                        })
                        .map(|e| e.title)
                        .unwrap_or_default();
                    let design = lang::design_name(lang, &title, id::THIS_DESIGN);
                    t(
                        lang,
                        id::DATABASE_REFUSED,
                        &[("design", lang::s(design)), ("error", lang::s(e))],
                    )
                });
                report(&keeping, &banners, result);
            });
        });
    }

    // Another tab saved a design.
    {
        let keeping = keeping.clone();
        let store = store.dispatcher();
        use_effect_with((), move |_| {
            listen(
                web_sys::window().map(Into::into),
                "storage",
                move |e: web_sys::StorageEvent| {
                    let (keeping, store, banners) =
                        (keeping.clone(), store.clone(), banners.clone());
                    io::changed_record(&e, move |changed, text| {
                        if let Some(notice) = followed(&keeping, &store, &changed, text) {
                            banners.dispatch(BannerAction::Post(notice));
                        }
                    });
                },
            )
        });
    }
    keeping
}

/// Says once that saving failed (`message`, what is kept and what is
/// not), and takes it back when it works again.
fn report(keeping: &Keeping, banners: &UseReducerDispatcher<Banners>, result: Result<(), String>) {
    let mut k = keeping.borrow_mut();
    match result {
        Ok(()) if k.failed => {
            k.failed = false;
            banners.dispatch(BannerAction::Dismiss(Topic::Storage));
        }
        Ok(()) => {}
        Err(message) if !k.failed => {
            k.failed = true;
            banners.dispatch(BannerAction::Post(Notice::error(Topic::Storage, message)));
        }
        Err(_) => {}
    }
}

/// What this tab does when another tab changed record `changed` (now
/// `text`, or deleted): only the record of the design open here matters.
fn followed(
    keeping: &Keeping,
    store: &super::state::Dispatch,
    changed: &DesignId,
    text: Option<String>,
) -> Option<Notice> {
    let mut k = keeping.borrow_mut();
    let id = k.current_record()?.clone();
    if *changed != id {
        return None;
    }
    if k.safe {
        // Safe mode loads and writes nothing: the design stays as it is,
        // unchecked, and if it is edited after all it is saved as a
        // design of its own, next to the other tab's version.
        if k.seen.get(&id) != text.as_ref().map(|text| hash(text)).as_ref() {
            let current = k.current;
            k.records.insert(current, io::fresh_id());
        }
        return None;
    }
    let lang = lang::current();
    let say = |message: &str, doc: &Document| {
        let design = lang::design_name(lang, &doc.title, id::THIS_DESIGN);
        t(lang, message, &[("design", lang::s(design))])
    };
    let Some(text) = text else {
        // Deleted in another tab while open here: keep it.
        k.seen.remove(&id);
        let (design, doc) = (k.current, io::latest_doc()?);
        k.save(design, &doc).ok()?;
        return Some(Notice::note(
            Topic::Storage,
            say(id::OTHER_TAB_DELETED, &doc),
        ));
    };
    if k.seen.get(&id) == Some(&hash(&text)) {
        return None;
    }
    if k.pending.is_some() {
        // Both tabs changed it: this tab's version becomes a design of its
        // own, saved by the pending autosave.
        let current = k.current;
        k.records.insert(current, io::fresh_id());
        let doc = k.pending.as_ref().map(|(_, d)| Rc::clone(d))?;
        return Some(Notice::note(Topic::Storage, say(id::OTHER_TAB_BOTH, &doc)));
    }
    let loaded = model::load(&text).ok()?;
    k.claim_next(id, &text);
    let notice = Notice::note(Topic::Storage, say(id::OTHER_TAB_CHANGED, &loaded.doc));
    drop(k);
    store.dispatch(Action::Load(loaded.doc));
    Some(notice)
}
