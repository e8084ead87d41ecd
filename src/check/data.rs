//! Which datasets reach which nodes.
//!
//! Every data store's datasets start at the store. A segment carries what
//! its start holds, narrowed only by the selection on its first hop (a
//! source reading a subset); connectivity nodes pass data on without
//! mixing routes, because propagation runs between endpoints, over
//! segments. Sets are bitsets; strongly connected parts of the segment
//! graph are iterated to a fixed point, the rest is one pass in
//! topological order.

use super::graph::Graph;
use super::segments::Segments;
use petgraph::graph::{DiGraph, NodeIndex};
use petgraph::visit::EdgeRef;
use std::cell::RefCell;
use std::collections::{HashMap, VecDeque};

/// A dataset: the store that holds it and its name.
#[derive(Clone, Debug)]
pub struct DatasetRef {
    pub store: usize,
    pub name: String,
    pub sensitive: bool,
}

/// A set of datasets, as a view into a bitset.
#[derive(Clone, Copy)]
pub struct Set<'a>(pub &'a [u64]);

impl Set<'_> {
    pub fn is_empty(&self) -> bool {
        self.0.iter().all(|w| *w == 0)
    }
    pub fn intersects(&self, other: Set) -> bool {
        self.0.iter().zip(other.0).any(|(a, b)| a & b != 0)
    }
    pub fn contains(&self, d: usize) -> bool {
        self.0[d / 64] & (1 << (d % 64)) != 0
    }
    pub fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.0.iter().enumerate().flat_map(|(w, bits)| {
            (0..64)
                .filter(move |b| bits & (1 << b) != 0)
                .map(move |b| w * 64 + b)
        })
    }
}

pub struct Data {
    pub datasets: Vec<DatasetRef>,
    words: usize,
    sensitive: Vec<u64>,
    /// What each node holds, `words` words per node.
    held: Vec<u64>,
    /// What each selection group lets through, `words` words per group.
    masks: Vec<u64>,
    /// The segment graph: endpoint to endpoint, edge weight = segment index.
    seg_graph: DiGraph<(), usize>,
    witnesses: RefCell<HashMap<usize, Vec<u32>>>,
}

impl Data {
    pub fn new(g: &Graph, segs: &Segments) -> Data {
        let doc = g.doc;
        let n = doc.nodes.len();
        let mut datasets = Vec::new();
        for (i, node) in doc.nodes.iter().enumerate() {
            if node.kind.is_store() {
                for d in node.props.datasets() {
                    datasets.push(DatasetRef {
                        store: i,
                        name: d.name.clone(),
                        sensitive: d.sensitive,
                    });
                }
            }
        }
        let words = datasets.len().div_ceil(64).max(1);
        let mut sensitive = vec![0u64; words];
        let mut held = vec![0u64; n * words];
        let mut by_name: HashMap<&str, Vec<usize>> = HashMap::new();
        for (d, ds) in datasets.iter().enumerate() {
            if ds.sensitive {
                sensitive[d / 64] |= 1 << (d % 64);
            }
            held[ds.store * words + d / 64] |= 1 << (d % 64);
            by_name.entry(ds.name.as_str()).or_default().push(d);
        }

        let mut masks = vec![u64::MAX; segs.groups.len() * words];
        for (gi, group) in segs.groups.iter().enumerate() {
            if let Some(only) = &group.only {
                let m = &mut masks[gi * words..(gi + 1) * words];
                m.fill(0);
                for name in only {
                    for &d in by_name.get(name.as_str()).into_iter().flatten() {
                        m[d / 64] |= 1 << (d % 64);
                    }
                }
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
            words,
            sensitive,
            held,
            masks,
            seg_graph,
            witnesses: RefCell::new(HashMap::new()),
        };
        data.propagate(segs);
        data
    }

    fn propagate(&mut self, segs: &Segments) {
        let w = self.words;
        let sccs = petgraph::algo::tarjan_scc(&self.seg_graph);
        let mut scc_of = vec![0usize; self.seg_graph.node_count()];
        for (c, scc) in sccs.iter().enumerate() {
            for v in scc {
                scc_of[v.index()] = c;
            }
        }
        let mut buf = vec![0u64; w];
        let mut inner: Vec<(usize, usize, usize)> = Vec::new();
        // tarjan_scc lists components in reverse topological order.
        for (c, scc) in sccs.iter().enumerate().rev() {
            inner.clear();
            inner.extend(scc.iter().flat_map(|&u| {
                self.seg_graph
                    .edges(u)
                    .map(move |e| (u.index(), e.target().index(), segs.list[*e.weight()].group))
            }));
            // Inside a cycle, iterate until nothing changes.
            loop {
                let mut changed = false;
                for &(u, v, group) in &inner {
                    if scc_of[v] == c {
                        changed |= self.flow_into(u, v, group, &mut buf);
                    }
                }
                if !changed {
                    break;
                }
            }
            for &(u, v, group) in &inner {
                if scc_of[v] != c {
                    self.flow_into(u, v, group, &mut buf);
                }
            }
        }
    }

    /// held[v] |= held[u] & mask[group]; whether held[v] grew.
    fn flow_into(&mut self, u: usize, v: usize, group: usize, buf: &mut [u64]) -> bool {
        let w = self.words;
        let from = &self.held[u * w..(u + 1) * w];
        let mask = &self.masks[group * w..(group + 1) * w];
        for ((b, h), m) in buf.iter_mut().zip(from).zip(mask) {
            *b = h & m;
        }
        let mut changed = false;
        for (old, new) in self.held[v * w..(v + 1) * w].iter_mut().zip(buf.iter()) {
            if *old | new != *old {
                *old |= new;
                changed = true;
            }
        }
        changed
    }

    pub fn held(&self, node: usize) -> Set<'_> {
        Set(&self.held[node * self.words..(node + 1) * self.words])
    }

    pub fn sensitive(&self) -> Set<'_> {
        Set(&self.sensitive)
    }

    /// The datasets a group's flows carry: what the source holds, narrowed
    /// by the group's selection.
    pub fn carried(&self, from: usize, group: usize) -> Vec<u64> {
        let w = self.words;
        (0..w)
            .map(|k| self.held[from * w + k] & self.masks[group * w + k])
            .collect()
    }

    /// The sensitive datasets in `set`, by index.
    pub fn sensitive_in(&self, set: Set) -> Vec<usize> {
        set.iter().filter(|&d| self.datasets[d].sensitive).collect()
    }

    pub fn holds_sensitive(&self, node: usize) -> bool {
        self.held(node).intersects(self.sensitive())
    }

    /// The segments by which dataset `d` first reaches `node` from its
    /// store, in order (empty at the store itself). Computed once per
    /// dataset, on demand, by a breadth-first search.
    pub fn witness(&self, segs: &Segments, d: usize, node: usize) -> Vec<usize> {
        let mut memo = self.witnesses.borrow_mut();
        let parent = memo.entry(d).or_insert_with(|| {
            let origin = self.datasets[d].store;
            let mut parent = vec![u32::MAX; self.seg_graph.node_count()];
            let mut seen = vec![false; self.seg_graph.node_count()];
            seen[origin] = true;
            let mut queue = VecDeque::from([origin]);
            while let Some(u) = queue.pop_front() {
                for e in self.seg_graph.edges(NodeIndex::new(u)) {
                    let v = e.target().index();
                    let group = segs.list[*e.weight()].group;
                    let lets_through =
                        self.masks[group * self.words + d / 64] & (1 << (d % 64)) != 0;
                    if !seen[v] && lets_through {
                        seen[v] = true;
                        parent[v] = *e.weight() as u32;
                        queue.push_back(v);
                    }
                }
            }
            parent
        });
        let mut out = Vec::new();
        let mut cur = node;
        while parent[cur] != u32::MAX && out.len() <= parent.len() {
            let s = parent[cur] as usize;
            out.push(s);
            cur = segs.list[s].from;
        }
        out.reverse();
        out
    }
}
