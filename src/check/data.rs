//! Which datasets reach which nodes.
//!
//! Every data store's datasets start at the store. A segment carries what
//! its start holds, narrowed only by the selection on its first hop (a
//! source reading a subset); connectivity nodes pass data on without
//! mixing routes, because propagation runs between endpoints, over
//! segments. Strongly connected parts of the segment graph are worked to a
//! fixed point with a worklist, the rest is one pass in topological order.
//!
//! Sets are bitsets, not over datasets but over *classes* of datasets that
//! always travel together: a store's sensitive datasets that no selection
//! names apart are one class (messages list their names again), and all
//! non-sensitive data is one class per selected name plus one for the
//! rest, because for those the rules only ask whether something flows.
//! A merge is one word operation per 64 classes (measured: `cargo bench
//! --bench check`).

use super::graph::Graph;
use super::segments::Segments;
use petgraph::graph::{DiGraph, NodeIndex};
use petgraph::visit::EdgeRef;
use rustc_hash::FxHashMap;
use std::cell::RefCell;
use std::collections::VecDeque;

/// A dataset: the store that holds it and its name.
#[derive(Clone, Copy, Debug)]
pub struct DatasetRef<'a> {
    pub store: usize,
    pub name: &'a str,
    pub sensitive: bool,
}

/// For a group that selects nothing: everything passes.
const ALL: u32 = u32::MAX;

pub struct Data<'a> {
    pub datasets: Vec<DatasetRef<'a>>,
    /// The class of each dataset, and the datasets of each class.
    class_of: Vec<usize>,
    members: Vec<Vec<usize>>,
    words: usize,
    sensitive: Vec<u64>,
    /// What each node holds or has received, `words` words per node.
    held: Vec<u64>,
    /// The range of words that can be non-zero in each node's set: sets
    /// near their stores are narrow, so merges skip the rest.
    span: Vec<(u32, u32)>,
    /// For each group, its row in `masks`, or `ALL`.
    mask_of: Vec<u32>,
    /// What each selecting group lets through, `words` words per row.
    masks: Vec<u64>,
    /// The segment graph: endpoint to endpoint, edge weight = segment index.
    seg_graph: DiGraph<(), usize>,
    /// Per selection group: the sensitive datasets its flows carry, and
    /// whether they carry anything at all.
    group_sensitive: Vec<Vec<usize>>,
    group_any: Vec<bool>,
    witnesses: RefCell<FxHashMap<usize, FxHashMap<usize, usize>>>,
}

impl<'a> Data<'a> {
    pub fn new(g: &Graph<'a>, segs: &Segments) -> Data<'a> {
        let doc = g.doc;
        let n = doc.nodes.len();
        let mut datasets = Vec::new();
        for (i, node) in doc.nodes.iter().enumerate() {
            if node.kind.is_store() {
                for d in node.props.datasets() {
                    datasets.push(DatasetRef {
                        store: i,
                        name: d.name.as_str(),
                        sensitive: d.sensitive,
                    });
                }
            }
        }
        // Classes: (store for sensitive data, the name if some selection
        // names it, sensitivity).
        let selected: rustc_hash::FxHashSet<&str> = doc
            .flows
            .iter()
            .flat_map(|f| f.only.iter().flatten().map(String::as_str))
            .collect();
        let mut classes: FxHashMap<(Option<usize>, Option<&str>, bool), usize> =
            FxHashMap::default();
        let mut class_of = Vec::with_capacity(datasets.len());
        let mut members: Vec<Vec<usize>> = Vec::new();
        let mut class_names: Vec<Option<&str>> = Vec::new();
        let mut class_sensitive: Vec<bool> = Vec::new();
        for (d, ds) in datasets.iter().enumerate() {
            let name = selected.contains(ds.name).then_some(ds.name);
            let key = (ds.sensitive.then_some(ds.store), name, ds.sensitive);
            let c = *classes.entry(key).or_insert_with(|| {
                members.push(Vec::new());
                class_names.push(name);
                class_sensitive.push(ds.sensitive);
                members.len() - 1
            });
            members[c].push(d);
            class_of.push(c);
        }
        let words = members.len().div_ceil(64).max(1);
        let mut sensitive = vec![0u64; words];
        for (c, s) in class_sensitive.iter().enumerate() {
            if *s {
                sensitive[c / 64] |= 1 << (c % 64);
            }
        }
        let mut held = vec![0u64; n * words];
        let mut span = vec![(u32::MAX, 0u32); n];
        for (d, ds) in datasets.iter().enumerate() {
            let c = class_of[d];
            held[ds.store * words + c / 64] |= 1 << (c % 64);
            let (lo, hi) = &mut span[ds.store];
            *lo = (*lo).min((c / 64) as u32);
            *hi = (*hi).max((c / 64) as u32 + 1);
        }

        // Masks only for the groups that select datasets.
        let mut mask_of = vec![ALL; segs.groups.len()];
        let mut masks = Vec::new();
        if segs.groups.iter().any(|g| g.only.is_some()) {
            let mut by_name: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
            for (c, name) in class_names.iter().enumerate() {
                if let Some(name) = name {
                    by_name.entry(name).or_default().push(c);
                }
            }
            for (gi, group) in segs.groups.iter().enumerate() {
                let Some(f) = group.only else { continue };
                let row = masks.len() / words;
                masks.resize(masks.len() + words, 0);
                let m = &mut masks[row * words..];
                for name in doc.flows[f].only.iter().flatten() {
                    for &d in by_name.get(name.as_str()).into_iter().flatten() {
                        m[d / 64] |= 1 << (d % 64);
                    }
                }
                mask_of[gi] = row as u32;
            }
        }

        let mut seg_graph = DiGraph::with_capacity(n, segs.list.len());
        for _ in 0..n {
            seg_graph.add_node(());
        }
        for (si, s) in segs.list.iter().enumerate() {
            if !s.dead_end {
                seg_graph.add_edge(NodeIndex::new(s.from), NodeIndex::new(s.to), si);
            }
        }

        let mut data = Data {
            datasets,
            class_of,
            members,
            words,
            sensitive,
            held,
            span,
            mask_of,
            masks,
            seg_graph,
            group_sensitive: Vec::new(),
            group_any: Vec::new(),
            witnesses: RefCell::new(FxHashMap::default()),
        };
        data.propagate(segs);
        data.summarise_groups(segs);
        data
    }

    /// What group `g` lets through, word `k`.
    fn mask(&self, g: usize, k: usize) -> u64 {
        match self.mask_of[g] {
            ALL => u64::MAX,
            row => self.masks[row as usize * self.words + k],
        }
    }

    /// held[v] |= held[u] & mask[group]; whether held[v] grew.
    fn flow_into(&mut self, u: usize, v: usize, group: usize) -> bool {
        let w = self.words;
        let (lo, hi) = self.span[u];
        let mut changed = false;
        for k in lo as usize..hi as usize {
            let add = self.held[u * w + k] & self.mask(group, k);
            let old = self.held[v * w + k];
            if old | add != old {
                self.held[v * w + k] = old | add;
                changed = true;
            }
        }
        if changed {
            let (vlo, vhi) = &mut self.span[v];
            *vlo = (*vlo).min(lo);
            *vhi = (*vhi).max(hi);
        }
        changed
    }

    fn propagate(&mut self, segs: &Segments) {
        let graph = std::mem::take(&mut self.seg_graph);
        let n = graph.node_count();
        // Strongly connected components, flat, in reverse topological order.
        let mut order: Vec<NodeIndex> = Vec::with_capacity(n);
        let mut ends: Vec<usize> = Vec::new();
        petgraph::algo::TarjanScc::new().run(&graph, |scc| {
            order.extend_from_slice(scc);
            ends.push(order.len());
        });
        let mut scc_of = vec![0usize; n];
        let mut start = 0;
        for (c, &end) in ends.iter().enumerate() {
            for v in &order[start..end] {
                scc_of[v.index()] = c;
            }
            start = end;
        }
        let mut queued = vec![false; n];
        let mut work: VecDeque<usize> = VecDeque::new();
        // Sources first: then each component's sets are final before they flow on.
        for c in (0..ends.len()).rev() {
            let scc = &order[if c == 0 { 0 } else { ends[c - 1] }..ends[c]];
            if scc.len() > 1 || graph.contains_edge(scc[0], scc[0]) {
                // A cycle: revisit a node only when its set grew.
                for &u in scc {
                    queued[u.index()] = true;
                    work.push_back(u.index());
                }
                while let Some(u) = work.pop_front() {
                    queued[u] = false;
                    for e in graph.edges(NodeIndex::new(u)) {
                        let v = e.target().index();
                        if scc_of[v] == c
                            && self.flow_into(u, v, segs.list[*e.weight()].group)
                            && !queued[v]
                        {
                            queued[v] = true;
                            work.push_back(v);
                        }
                    }
                }
            }
            // Then everything flows out of the component once.
            for &u in scc {
                for e in graph.edges(u) {
                    let v = e.target().index();
                    if scc_of[v] != c {
                        self.flow_into(u.index(), v, segs.list[*e.weight()].group);
                    }
                }
            }
        }
        self.seg_graph = graph;
    }

    /// What every group carries, once, for the rules to read.
    fn summarise_groups(&mut self, segs: &Segments) {
        let w = self.words;
        self.group_sensitive = Vec::with_capacity(segs.groups.len());
        self.group_any = Vec::with_capacity(segs.groups.len());
        for (g, group) in segs.groups.iter().enumerate() {
            let mut any = false;
            let mut sensitive = Vec::new();
            let (lo, hi) = self.span[group.from];
            for k in lo as usize..hi as usize {
                let carried = self.held[group.from * w + k] & self.mask(g, k);
                any |= carried != 0;
                for c in Bits(carried & self.sensitive[k]) {
                    sensitive.extend_from_slice(&self.members[k * 64 + c]);
                }
            }
            sensitive.sort_unstable();
            self.group_sensitive.push(sensitive);
            self.group_any.push(any);
        }
    }

    /// The sensitive datasets a group's flows carry.
    pub fn group_sensitive(&self, group: usize) -> &[usize] {
        &self.group_sensitive[group]
    }

    /// Whether a group's flows carry any dataset.
    pub fn group_carries(&self, group: usize) -> bool {
        self.group_any[group]
    }

    fn held_words(&self, node: usize) -> &[u64] {
        &self.held[node * self.words..(node + 1) * self.words]
    }

    /// The sensitive datasets a node holds or has received.
    pub fn held_sensitive(&self, node: usize) -> Vec<usize> {
        let mut out = Vec::new();
        for (k, (h, s)) in self
            .held_words(node)
            .iter()
            .zip(&self.sensitive)
            .enumerate()
        {
            for c in Bits(h & s) {
                out.extend_from_slice(&self.members[k * 64 + c]);
            }
        }
        out.sort_unstable();
        out
    }

    pub fn holds_sensitive(&self, node: usize) -> bool {
        self.held_words(node)
            .iter()
            .zip(&self.sensitive)
            .any(|(h, s)| h & s != 0)
    }

    /// Whether `node` holds class `c`.
    fn holds(&self, node: usize, c: usize) -> bool {
        self.held[node * self.words + c / 64] & (1 << (c % 64)) != 0
    }

    /// The segments by which dataset `d` first reaches `node` from its
    /// store, in order (empty at the store itself). A breadth-first search
    /// over the nodes that hold `d` only, once per dataset, on demand.
    pub fn witness(&self, segs: &Segments, d: usize, node: usize) -> Vec<usize> {
        let mut memo = self.witnesses.borrow_mut();
        let c = self.class_of[d];
        let parent = memo.entry(d).or_insert_with(|| {
            let origin = self.datasets[d].store;
            let mut parent: FxHashMap<usize, usize> = FxHashMap::default();
            let mut queue = VecDeque::from([origin]);
            while let Some(u) = queue.pop_front() {
                for e in self.seg_graph.edges(NodeIndex::new(u)) {
                    let v = e.target().index();
                    let lets_through =
                        self.mask(segs.list[*e.weight()].group, c / 64) & (1 << (c % 64)) != 0;
                    if v != origin && lets_through && self.holds(v, c) && !parent.contains_key(&v) {
                        parent.insert(v, *e.weight());
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
            cur = segs.list[s].from;
            if out.len() > parent.len() {
                break;
            }
        }
        out.reverse();
        out
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
    use super::Bits;

    #[test]
    fn bits_lists_the_set_bits_in_order() {
        assert_eq!(Bits(0).collect::<Vec<_>>(), Vec::<usize>::new());
        assert_eq!(Bits(0b1010_0001).collect::<Vec<_>>(), [0, 5, 7]);
        assert_eq!(Bits(1 << 63).collect::<Vec<_>>(), [63]);
    }
}
