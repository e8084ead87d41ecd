//! Which datasets reach which nodes.
//!
//! Every data store's datasets start at the store. A data flow carries
//! what its source holds, narrowed only by its selection (a source reading
//! a subset); connectivity nodes on its route pass data on without mixing
//! pipelines, because propagation runs between the flows' two ends, over
//! the routes between two ends ("segments" below: open and unsourced
//! routes carry nothing on). Strongly connected parts of that graph are worked to a
//! fixed point with a worklist in sweeps along the flow of data (so a
//! cycle of any length takes a sweep or two), the rest is one pass in
//! topological order.
//!
//! Sets are over *classes* of datasets that always travel together: a
//! store's sensitive datasets that no selection names apart are one class
//! (messages list their names again), and all non-sensitive data is one
//! class per selected name plus one for the rest, because for those the
//! rules only ask whether something flows. A set is stored sparsely, as
//! its non-zero 64-class words in order: a node holds a few classes of
//! the thousands a big document has, so a merge is a few word operations
//! (measured: `cargo bench --bench check`).

use super::graph::{Graph, Lists};
use super::ix::DatasetIx;
use super::routes::Routes;
use rustc_hash::FxHashMap;
use std::cell::{OnceCell, RefCell};
use std::cmp::Reverse;
use std::collections::{BinaryHeap, VecDeque};

/// A dataset: the store that holds it and its name.
#[derive(Clone, Copy, Debug)]
pub struct DatasetRef<'a> {
    pub store: usize,
    pub name: &'a str,
    pub sensitive: bool,
}

/// One non-zero word of a set: (word index, the classes `64 * index + bit`).
type Word = (u32, u64);

/// A run of words in [`Sets`]' arena.
#[derive(Clone, Copy, Default)]
struct Run {
    start: u32,
    len: u32,
}

/// Sparse class sets in one arena. A set that grows is written anew at
/// the end; the arena is compacted when most of it is stale.
#[derive(Default)]
struct Sets {
    arena: Vec<Word>,
    runs: Vec<Run>,
    live: usize,
}

impl Sets {
    fn new(count: usize) -> Sets {
        Sets {
            arena: Vec::new(),
            runs: vec![Run::default(); count],
            live: 0,
        }
    }

    fn get(&self, i: usize) -> &[Word] {
        let r = self.runs[i];
        &self.arena[r.start as usize..(r.start + r.len) as usize]
    }

    /// Replaces set `i` with `words`.
    fn set(&mut self, i: usize, words: &[Word]) {
        let old = self.runs[i];
        if words.len() <= old.len as usize {
            let start = old.start as usize;
            self.arena[start..start + words.len()].copy_from_slice(words);
            self.live -= old.len as usize - words.len();
            self.runs[i].len = words.len() as u32;
            return;
        }
        if self.arena.len() > 1024 && self.arena.len() > 2 * self.live {
            self.compact();
        }
        self.live += words.len() - self.runs[i].len as usize;
        self.runs[i] = Run {
            start: self.arena.len() as u32,
            len: words.len() as u32,
        };
        self.arena.extend_from_slice(words);
    }

    fn compact(&mut self) {
        let mut arena = Vec::with_capacity(self.live * 2);
        for r in &mut self.runs {
            let start = arena.len() as u32;
            arena.extend_from_slice(&self.arena[r.start as usize..(r.start + r.len) as usize]);
            r.start = start;
        }
        self.arena = arena;
    }

    /// Whether set `i` holds class `c`.
    fn contains(&self, i: usize, c: usize) -> bool {
        let words = self.get(i);
        words
            .binary_search_by_key(&((c / 64) as u32), |w| w.0)
            .is_ok_and(|at| words[at].1 & (1 << (c % 64)) != 0)
    }
}

/// The words of a sorted list of classes.
fn words_of(classes: &mut [u32], out: &mut Vec<Word>) {
    classes.sort_unstable();
    out.clear();
    for &c in classes.iter() {
        let (k, bit) = (c / 64, 1u64 << (c % 64));
        match out.last_mut() {
            Some(w) if w.0 == k => w.1 |= bit,
            _ => out.push((k, bit)),
        }
    }
}

/// The word of `mask` at index `k`, advancing cursor `m` (words are asked
/// for in increasing order); `None` for a mask: everything passes.
fn mask_word(mask: Option<&[Word]>, m: &mut usize, k: u32) -> u64 {
    let Some(mask) = mask else {
        return u64::MAX;
    };
    while *m < mask.len() && mask[*m].0 < k {
        *m += 1;
    }
    match mask.get(*m) {
        Some(&(mk, bits)) if mk == k => bits,
        _ => 0,
    }
}

/// For a group that selects nothing: everything passes.
const ALL: u32 = u32::MAX;
const NONE: u32 = u32::MAX;

pub struct Data<'a> {
    pub datasets: Vec<DatasetRef<'a>>,
    /// The class of each dataset, and the datasets of each class.
    class_of: Vec<usize>,
    members: Lists,
    /// Which classes are sensitive, dense.
    sensitive: Vec<u64>,
    /// What each node holds or has received.
    held: Sets,
    /// For each group, its set in `masks`, or `ALL`.
    mask_of: Vec<u32>,
    /// What each selecting group lets through.
    masks: Sets,
    /// The segment graph, endpoint to endpoint: each node's segments out
    /// and in, and each segment's ends and group (compact copies of
    /// `segs.list`'s, which propagation reads all the time).
    seg_out: Lists,
    seg_in: Lists,
    seg_from: Vec<u32>,
    seg_to: Vec<u32>,
    seg_group: Vec<u32>,
    /// Per selection group: where its flows start, the sensitive datasets
    /// they carry (listed when a rule first asks: where all data reaches
    /// everywhere, lists for every group would be groups × datasets long),
    /// and whether they carry anything at all.
    group_from: Vec<u32>,
    group_sensitive: Vec<OnceCell<Box<[DatasetIx]>>>,
    group_any: Vec<bool>,
    /// Per (class, store): where the class first came from, per node.
    witnesses: RefCell<FxHashMap<(usize, usize), FxHashMap<usize, usize>>>,
}

impl<'a> Data<'a> {
    pub fn new(g: &Graph<'a>, segs: &Routes) -> Data<'a> {
        let doc = g.doc;
        let n = doc.nodes.len();
        let mut datasets = Vec::new();
        for (i, node) in doc.nodes.iter().enumerate() {
            if g.kinds[i].is_store() {
                for d in node.props.datasets() {
                    datasets.push(DatasetRef {
                        store: i,
                        name: d.name.as_str(),
                        sensitive: d.sensitive,
                    });
                }
            }
        }
        // The names selections use, numbered, and each group's names.
        let mut name_ids: FxHashMap<&str, u32> = FxHashMap::default();
        for f in &doc.flows {
            for name in f.only.iter().flatten() {
                let next = name_ids.len() as u32;
                name_ids.entry(name.as_str()).or_insert(next);
            }
        }
        // Classes: a sensitive dataset a selection names is its own class
        // (names are unique within a store); a store's other sensitive
        // datasets are one; non-sensitive data is one class per selected
        // name, plus one for the rest.
        let mut class_of = Vec::with_capacity(datasets.len());
        let mut class_name: Vec<u32> = Vec::new();
        let mut sensitive: Vec<u64> = Vec::new();
        let mut of_name = vec![NONE; name_ids.len()];
        let mut rest = NONE;
        let mut store_rest = (usize::MAX, NONE);
        for ds in &datasets {
            let name = name_ids.get(ds.name).copied().unwrap_or(NONE);
            let shared = match (ds.sensitive, name) {
                (false, NONE) => Some(&mut rest),
                (false, name) => Some(&mut of_name[name as usize]),
                (true, NONE) => {
                    if store_rest.0 != ds.store {
                        store_rest = (ds.store, NONE);
                    }
                    Some(&mut store_rest.1)
                }
                (true, _) => None,
            };
            let c = match shared {
                Some(c) if *c != NONE => *c,
                slot => {
                    let c = class_name.len() as u32;
                    if let Some(slot) = slot {
                        *slot = c;
                    }
                    class_name.push(name);
                    if sensitive.len() <= c as usize / 64 {
                        sensitive.push(0);
                    }
                    if ds.sensitive {
                        sensitive[c as usize / 64] |= 1 << (c % 64);
                    }
                    c
                }
            };
            class_of.push(c as usize);
        }

        let mut held = Sets::new(n);
        let mut classes: Vec<u32> = Vec::new();
        let mut words: Vec<Word> = Vec::new();
        let mut d = 0;
        while d < datasets.len() {
            let store = datasets[d].store;
            classes.clear();
            while d < datasets.len() && datasets[d].store == store {
                classes.push(class_of[d] as u32);
                d += 1;
            }
            words_of(&mut classes, &mut words);
            held.set(store, &words);
        }

        // Masks only for the groups that select datasets.
        let mut mask_of = vec![ALL; segs.groups.len()];
        let mut masks = Sets::new(0);
        if segs.groups.iter().any(|g| g.only.is_some()) {
            let by_name = Lists::new(name_ids.len(), class_name.len(), |c| {
                (class_name[c] != NONE).then_some(class_name[c] as usize)
            });
            for (gi, group) in segs.groups.iter().enumerate() {
                let Some(f) = group.only else { continue };
                classes.clear();
                for name in doc.flows[f].only.iter().flatten() {
                    if let Some(&id) = name_ids.get(name.as_str()) {
                        classes.extend_from_slice(by_name.of(id as usize));
                    }
                }
                words_of(&mut classes, &mut words);
                mask_of[gi] = masks.runs.len() as u32;
                masks.runs.push(Run::default());
                masks.set(mask_of[gi] as usize, &words);
            }
        }

        let members = Lists::new(class_name.len(), class_of.len(), |d| Some(class_of[d]));
        let list = &segs.list;
        let m = list.len();
        let seg_out = Lists::new(n, m, |s| {
            (!list[s].dead_end).then_some(list[s].from.index())
        });
        let seg_in = Lists::new(n, m, |s| (!list[s].dead_end).then_some(list[s].to.index()));

        let mut data = Data {
            datasets,
            class_of,
            members,
            sensitive,
            held,
            mask_of,
            masks,
            seg_out,
            seg_in,
            seg_from: list.iter().map(|s| s.from.0).collect(),
            seg_to: list.iter().map(|s| s.to.0).collect(),
            seg_group: list.iter().map(|s| s.group as u32).collect(),
            group_from: segs.groups.iter().map(|g| g.from as u32).collect(),
            group_sensitive: vec![OnceCell::new(); segs.groups.len()],
            group_any: Vec::new(),
            witnesses: RefCell::new(FxHashMap::default()),
        };
        data.propagate(&mut words);
        data.summarise_groups();
        data
    }

    /// What group `g` lets through: `None` for everything.
    fn mask(&self, g: usize) -> Option<&[Word]> {
        match self.mask_of[g] {
            ALL => None,
            row => Some(self.masks.get(row as usize)),
        }
    }

    /// held[v] |= held[u] & mask[group]; whether held[v] grew. `merged` is
    /// scratch space.
    fn flow_into(&mut self, u: usize, v: usize, group: usize, merged: &mut Vec<Word>) -> bool {
        if u == v {
            return false;
        }
        let (from, into, mask) = (self.held.get(u), self.held.get(v), self.mask(group));
        // Most visits add nothing: find out without writing.
        let (mut j, mut m, mut grows) = (0, 0, false);
        for &(k, bits) in from {
            let add = bits & mask_word(mask, &mut m, k);
            if add == 0 {
                continue;
            }
            while j < into.len() && into[j].0 < k {
                j += 1;
            }
            if into
                .get(j)
                .is_none_or(|&(ik, old)| ik != k || old | add != old)
            {
                grows = true;
                break;
            }
        }
        if !grows {
            return false;
        }
        merged.clear();
        let (mut j, mut m) = (0, 0);
        for &(k, bits) in from {
            let add = bits & mask_word(mask, &mut m, k);
            if add == 0 {
                continue;
            }
            while j < into.len() && into[j].0 < k {
                merged.push(into[j]);
                j += 1;
            }
            match into.get(j) {
                Some(&(ik, old)) if ik == k => {
                    merged.push((k, old | add));
                    j += 1;
                }
                _ => merged.push((k, add)),
            }
        }
        merged.extend_from_slice(&into[j..]);
        self.held.set(v, merged);
        true
    }

    fn propagate(&mut self, merged: &mut Vec<Word>) {
        let n = self.seg_out.len();
        let Components {
            order,
            ends,
            finish,
        } = components(&self.seg_out, &self.seg_to);
        let mut scc_of = vec![0u32; n];
        let mut start = 0;
        for (c, &end) in ends.iter().enumerate() {
            for &v in &order[start..end] {
                scc_of[v as usize] = c as u32;
            }
            start = end;
        }
        let mut queued = vec![false; n];
        // Nodes to revisit, in sweeps: each sweep in reverse postorder (the
        // latest to finish first), which follows the flow of data except at
        // a cycle's back edges; what comes back along one waits for the
        // next sweep. Data goes round a cycle in a sweep or two, however
        // long, not a step per sweep. Min-first (sweep, place).
        let mut work: BinaryHeap<Reverse<(u32, u32, u32)>> = BinaryHeap::new();
        let place = |v: usize| n as u32 - finish[v];
        // What flows into a node from earlier components, gathered densely.
        let mut gathered = vec![0u64; self.sensitive.len()];
        let mut touched: Vec<u32> = Vec::new();
        // Sources first: each node takes in what the components before it
        // (already final) send, in one write.
        for c in (0..ends.len()).rev() {
            let scc = &order[if c == 0 { 0 } else { ends[c - 1] }..ends[c]];
            for &v in scc {
                let v = v as usize;
                let mut inflow = false;
                for &s in self.seg_in.of(v) {
                    let u = self.seg_from[s as usize] as usize;
                    if scc_of[u] == c as u32 {
                        continue;
                    }
                    let (mask, mut m) = (self.mask(self.seg_group[s as usize] as usize), 0);
                    for &(k, bits) in self.held.get(u) {
                        let add = bits & mask_word(mask, &mut m, k);
                        if add != 0 {
                            let w = &mut gathered[k as usize];
                            if *w == 0 {
                                touched.push(k);
                            }
                            *w |= add;
                            inflow = true;
                        }
                    }
                }
                if !inflow {
                    continue;
                }
                for &(k, bits) in self.held.get(v) {
                    let w = &mut gathered[k as usize];
                    if *w == 0 {
                        touched.push(k);
                    }
                    *w |= bits;
                }
                touched.sort_unstable();
                merged.clear();
                for &k in &touched {
                    merged.push((k, std::mem::take(&mut gathered[k as usize])));
                }
                touched.clear();
                self.held.set(v, merged);
            }
            if scc.len() > 1 {
                // A cycle: revisit a node only when its set grew.
                for &u in scc {
                    queued[u as usize] = true;
                    work.push(Reverse((0, place(u as usize), u)));
                }
                while let Some(Reverse((sweep, at, u))) = work.pop() {
                    let u = u as usize;
                    queued[u] = false;
                    for i in 0..self.seg_out.of(u).len() {
                        let s = self.seg_out.of(u)[i] as usize;
                        let v = self.seg_to[s] as usize;
                        if scc_of[v] == c as u32
                            && self.flow_into(u, v, self.seg_group[s] as usize, merged)
                            && !queued[v]
                        {
                            queued[v] = true;
                            let later = u32::from(place(v) <= at);
                            work.push(Reverse((sweep + later, place(v), v as u32)));
                        }
                    }
                }
            }
        }
    }

    /// Whether each group's flows carry anything.
    fn summarise_groups(&mut self) {
        self.group_any = (0..self.group_from.len())
            .map(|g| self.carried(g).any(|(_, bits)| bits != 0))
            .collect();
    }

    /// The words of what group `g`'s flows carry (some may be zero).
    fn carried(&self, g: usize) -> impl Iterator<Item = Word> + '_ {
        let (mask, mut m) = (self.mask(g), 0);
        self.held
            .get(self.group_from[g] as usize)
            .iter()
            .map(move |&(k, bits)| (k, bits & mask_word(mask, &mut m, k)))
    }

    /// The sensitive datasets of the classes in `words`, in order.
    fn sensitive_in(&self, words: impl Iterator<Item = Word>) -> Vec<DatasetIx> {
        let mut out = Vec::new();
        for (k, bits) in words {
            for c in Bits(bits & self.sensitive[k as usize]) {
                let members = self.members.of(k as usize * 64 + c);
                out.extend(members.iter().map(|&d| DatasetIx(d)));
            }
        }
        out.sort_unstable();
        out
    }

    /// The sensitive datasets a group's flows carry.
    pub fn group_sensitive(&self, group: usize) -> &[DatasetIx] {
        self.group_sensitive[group]
            .get_or_init(|| self.sensitive_in(self.carried(group)).into_boxed_slice())
    }

    /// Whether a group's flows carry any dataset.
    pub fn group_carries(&self, group: usize) -> bool {
        self.group_any[group]
    }

    /// The sensitive datasets a node holds or has received.
    pub fn held_sensitive(&self, node: usize) -> Vec<DatasetIx> {
        self.sensitive_in(self.held.get(node).iter().copied())
    }

    /// Whether a node holds or has received any dataset.
    pub fn holds_any(&self, node: usize) -> bool {
        !self.held.get(node).is_empty()
    }

    pub fn holds_sensitive(&self, node: usize) -> bool {
        self.held
            .get(node)
            .iter()
            .any(|&(k, bits)| bits & self.sensitive[k as usize] != 0)
    }

    /// Whether group `g` lets class `c` through.
    fn lets_through(&self, g: usize, c: usize) -> bool {
        match self.mask_of[g] {
            ALL => true,
            row => self.masks.contains(row as usize, c),
        }
    }

    /// The segments by which dataset `d` first reaches `node` from its
    /// store, in order (empty at the store itself). A breadth-first search
    /// over the nodes that hold `d`'s class only, once per class and
    /// store, on demand.
    pub fn witness(&self, segs: &Routes, d: usize, node: usize) -> Vec<usize> {
        let mut memo = self.witnesses.borrow_mut();
        let c = self.class_of[d];
        let origin = self.datasets[d].store;
        let parent = memo.entry((c, origin)).or_insert_with(|| {
            let mut parent: FxHashMap<usize, usize> = FxHashMap::default();
            let mut queue = VecDeque::from([origin]);
            while let Some(u) = queue.pop_front() {
                for &s in self.seg_out.of(u) {
                    let (s, v) = (s as usize, self.seg_to[s as usize] as usize);
                    if v != origin
                        && !parent.contains_key(&v)
                        && self.held.contains(v, c)
                        && self.lets_through(self.seg_group[s] as usize, c)
                    {
                        parent.insert(v, s);
                        queue.push_back(v);
                    }
                }
            }
            parent
        });
        let mut out = Vec::new();
        let mut cur = node;
        while let Some(&s) = parent.get(&cur) {
            out.push(s);
            cur = segs.list[s].from.index();
            if out.len() > parent.len() {
                break;
            }
        }
        out.reverse();
        out
    }
}

/// A graph's strongly connected components.
struct Components {
    /// The nodes, component by component, a component before every
    /// component that reaches it; component `c` ends at `ends[c]`.
    order: Vec<u32>,
    ends: Vec<usize>,
    /// When each node's depth-first visit finished: by latest first, a
    /// component's nodes are in reverse postorder.
    finish: Vec<u32>,
}

/// The strongly connected components of the graph whose edges out of
/// each node are `out` and go to `to[edge]`. Tarjan's algorithm with an
/// explicit stack: no recursion, however long the paths.
fn components(out: &Lists, to: &[u32]) -> Components {
    const UNSEEN: u32 = u32::MAX;
    struct Search {
        index: Vec<u32>,
        low: Vec<u32>,
        on_stack: Vec<bool>,
        stack: Vec<u32>,
        /// The nodes being visited, each with its next edge.
        calls: Vec<(u32, u32)>,
        next: u32,
    }
    impl Search {
        fn enter(&mut self, v: usize) {
            (self.index[v], self.low[v]) = (self.next, self.next);
            self.next += 1;
            self.stack.push(v as u32);
            self.on_stack[v] = true;
            self.calls.push((v as u32, 0));
        }
    }
    let n = out.len();
    let mut t = Search {
        index: vec![UNSEEN; n],
        low: vec![0; n],
        on_stack: vec![false; n],
        stack: Vec::new(),
        calls: Vec::new(),
        next: 0,
    };
    let (mut order, mut ends) = (Vec::with_capacity(n), Vec::new());
    let (mut finish, mut finished) = (vec![0u32; n], 0);
    for root in 0..n {
        if t.index[root] != UNSEEN {
            continue;
        }
        t.enter(root);
        while let Some(&(v, at)) = t.calls.last() {
            let v = v as usize;
            if let Some(&e) = out.of(v).get(at as usize) {
                t.calls.last_mut().expect("a call").1 += 1;
                let w = to[e as usize] as usize;
                if t.index[w] == UNSEEN {
                    t.enter(w);
                } else if t.on_stack[w] {
                    t.low[v] = t.low[v].min(t.index[w]);
                }
                continue;
            }
            t.calls.pop();
            finish[v] = finished;
            finished += 1;
            if let Some(&(parent, _)) = t.calls.last() {
                t.low[parent as usize] = t.low[parent as usize].min(t.low[v]);
            }
            if t.low[v] == t.index[v] {
                while let Some(w) = t.stack.pop() {
                    t.on_stack[w as usize] = false;
                    order.push(w);
                    if w as usize == v {
                        break;
                    }
                }
                ends.push(order.len());
            }
        }
    }
    Components {
        order,
        ends,
        finish,
    }
}

/// The set bits of a word, lowest first.
struct Bits(u64);

impl Iterator for Bits {
    type Item = usize;
    fn next(&mut self) -> Option<usize> {
        if self.0 == 0 {
            return None;
        }
        let b = self.0.trailing_zeros() as usize;
        self.0 &= self.0 - 1;
        Some(b)
    }
}

#[cfg(test)]
mod tests {
    use super::{Bits, Components, Lists, Sets, components, words_of};

    /// The components of a graph given as edges, by brute force: which
    /// nodes reach which.
    fn check_components(n: usize, edges: &[(usize, usize)]) {
        let out = Lists::new(n, edges.len(), |e| Some(edges[e].0));
        let to: Vec<u32> = edges.iter().map(|e| e.1 as u32).collect();
        let Components {
            order,
            ends,
            finish,
        } = components(&out, &to);
        let mut sorted = finish.clone();
        sorted.sort_unstable();
        assert!(sorted.iter().copied().eq(0..n as u32), "finishing times");
        let mut comp = vec![usize::MAX; n];
        let mut start = 0;
        for (c, &end) in ends.iter().enumerate() {
            for &v in &order[start..end] {
                assert_eq!(comp[v as usize], usize::MAX, "node {v} listed twice");
                comp[v as usize] = c;
            }
            start = end;
        }
        assert!(comp.iter().all(|&c| c != usize::MAX), "every node listed");
        let mut reach = vec![vec![false; n]; n];
        for (v, row) in reach.iter_mut().enumerate() {
            row[v] = true;
            let mut stack = vec![v];
            while let Some(u) = stack.pop() {
                for &(a, b) in edges {
                    if a == u && !row[b] {
                        row[b] = true;
                        stack.push(b);
                    }
                }
            }
        }
        for a in 0..n {
            for b in 0..n {
                let together = reach[a][b] && reach[b][a];
                assert_eq!(comp[a] == comp[b], together, "{a} and {b} in {edges:?}");
            }
        }
        for &(a, b) in edges {
            assert!(comp[b] <= comp[a], "{b} comes before {a}, which reaches it");
        }
    }

    #[test]
    fn components_are_the_strongly_connected_parts_in_order() {
        check_components(0, &[]);
        check_components(3, &[]);
        check_components(3, &[(0, 1), (1, 2), (2, 0)]);
        check_components(4, &[(0, 1), (1, 0), (1, 2), (2, 3), (3, 2), (0, 0)]);
        let mut seed = 7u64;
        let mut next = |below: usize| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as usize % below
        };
        for _ in 0..200 {
            let n = 1 + next(9);
            let edges: Vec<(usize, usize)> = (0..next(3 * n)).map(|_| (next(n), next(n))).collect();
            check_components(n, &edges);
        }
    }

    #[test]
    fn components_of_a_long_chain_need_no_deep_recursion() {
        let n = 200_000;
        let out = Lists::new(n, n - 1, Some);
        let to: Vec<u32> = (1..n as u32).collect();
        let c = components(&out, &to);
        assert_eq!((c.order.len(), c.ends.len()), (n, n));
        assert_eq!(c.order[0] as usize, n - 1, "the end of the chain first");
        assert_eq!(c.finish[0] as usize, n - 1, "the start finishes last");
    }

    #[test]
    fn sets_keep_their_words_through_growth_and_compaction() {
        let mut sets = Sets::new(3);
        let mut words = Vec::new();
        for round in 0..2_000u32 {
            let mut classes: Vec<u32> = (0..=round % 50).map(|c| c * 67 + round % 3).collect();
            words_of(&mut classes, &mut words);
            sets.set((round % 3) as usize, &words);
            assert_eq!(sets.get((round % 3) as usize), &words[..]);
            assert!(sets.contains((round % 3) as usize, (round % 3) as usize));
            assert!(!sets.contains((round % 3) as usize, 66));
        }
        assert!(sets.arena.len() <= 2 * sets.live + 1024 + 51, "compacted");
    }

    #[test]
    fn bits_lists_the_set_bits_in_order() {
        assert_eq!(Bits(0).collect::<Vec<_>>(), Vec::<usize>::new());
        assert_eq!(Bits(0b1010_0001).collect::<Vec<_>>(), [0, 5, 7]);
        assert_eq!(Bits(1 << 63).collect::<Vec<_>>(), [63]);
    }
}
