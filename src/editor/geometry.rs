//! Canvas geometry: rectangles, hit testing, the bounds of a drawing.

use crate::model::{Document, Node};
use std::collections::HashMap;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

impl Rect {
    pub fn of(n: &Node) -> Rect {
        Rect {
            x: n.x,
            y: n.y,
            w: n.width(),
            h: n.height(),
        }
    }

    /// The rectangle spanned by two corners in any order.
    pub fn spanning(x0: f64, y0: f64, x1: f64, y1: f64) -> Rect {
        Rect {
            x: x0.min(x1),
            y: y0.min(y1),
            w: (x1 - x0).abs(),
            h: (y1 - y0).abs(),
        }
    }

    pub fn centre(&self) -> (f64, f64) {
        (self.x + self.w / 2.0, self.y + self.h / 2.0)
    }

    pub fn contains(&self, x: f64, y: f64) -> bool {
        x >= self.x && x <= self.x + self.w && y >= self.y && y <= self.y + self.h
    }

    pub fn contains_rect(&self, r: &Rect) -> bool {
        r.x >= self.x
            && r.y >= self.y
            && r.x + r.w <= self.x + self.w
            && r.y + r.h <= self.y + self.h
    }

    pub fn union(&self, r: &Rect) -> Rect {
        let x = self.x.min(r.x);
        let y = self.y.min(r.y);
        Rect {
            x,
            y,
            w: (self.x + self.w).max(r.x + r.w) - x,
            h: (self.y + self.h).max(r.y + r.h) - y,
        }
    }

    /// Where the segment from the centre towards (`tx`, `ty`) leaves the
    /// rectangle: the point where a flow arrow should start or end.
    pub fn border_towards(&self, tx: f64, ty: f64) -> (f64, f64) {
        let (cx, cy) = self.centre();
        let (dx, dy) = (tx - cx, ty - cy);
        if dx == 0.0 && dy == 0.0 {
            return (cx, cy);
        }
        let sx = if dx == 0.0 {
            f64::INFINITY
        } else {
            (self.w / 2.0) / dx.abs()
        };
        let sy = if dy == 0.0 {
            f64::INFINITY
        } else {
            (self.h / 2.0) / dy.abs()
        };
        let s = sx.min(sy);
        (cx + dx * s, cy + dy * s)
    }
}

/// How far apart hops drawn between the same two nodes are, centre to
/// centre.
const LANE: f64 = 14.0;

/// The line a hop is drawn along, from `from`'s border to `to`'s:
/// `(x0, y0, x1, y1)`, shifted `offset` to its own left (see
/// [`hop_offsets`]), so hops between the same nodes all show.
pub fn flow_line(from: &Rect, to: &Rect, offset: f64) -> (f64, f64, f64, f64) {
    let (tx, ty) = to.centre();
    let (fx, fy) = from.centre();
    let (x0, y0) = from.border_towards(tx, ty);
    let (x1, y1) = to.border_towards(fx, fy);
    if offset == 0.0 {
        return (x0, y0, x1, y1);
    }
    let (dx, dy) = (x1 - x0, y1 - y0);
    let len = (dx * dx + dy * dy).sqrt().max(1.0);
    let (ox, oy) = (-dy / len * offset, dx / len * offset);
    (x0 + ox, y0 + oy, x1 + ox, y1 + oy)
}

/// A hop: (flow index, hop index, runs from the pair's first node).
type Hop = (usize, usize, bool);

/// For each flow (by id), how far to shift each of its hops to its own
/// left ([`flow_line`]): 0 for a hop no other flow draws between the same
/// two nodes; else the hops between those nodes are spread side by side,
/// those running one way on one side and the other way on the other.
pub fn hop_offsets(doc: &Document) -> HashMap<&str, Vec<f64>> {
    // Every hop, by the pair of nodes it joins (in a fixed order).
    let mut pairs: HashMap<(&str, &str), Vec<Hop>> = HashMap::new();
    let mut out: HashMap<&str, Vec<f64>> = HashMap::with_capacity(doc.flows.len());
    for (i, f) in doc.flows.iter().enumerate() {
        let route: Vec<&str> = f.route().collect();
        for (k, w) in route.windows(2).enumerate() {
            let forward = w[0] <= w[1];
            let key = if forward { (w[0], w[1]) } else { (w[1], w[0]) };
            pairs.entry(key).or_default().push((i, k, forward));
        }
        out.insert(f.id.as_str(), vec![0.0; route.len().saturating_sub(1)]);
    }
    for hops in pairs.values_mut().filter(|h| h.len() > 1) {
        // Those running backwards first: on the pair's right, each on its own left.
        hops.sort_by_key(|&(i, k, forward)| (forward, i, k));
        let n = hops.len() as f64;
        for (lane, &(i, k, forward)) in hops.iter().enumerate() {
            let across = (lane as f64 - (n - 1.0) / 2.0) * LANE;
            let own = if forward { across } else { -across };
            if let Some(v) = out.get_mut(doc.flows[i].id.as_str()) {
                v[k] = own;
            }
        }
    }
    out
}

/// The bounding box of every node, if there are any.
pub fn bounds(doc: &Document) -> Option<Rect> {
    doc.nodes.iter().map(Rect::of).reduce(|a, b| a.union(&b))
}

/// The smallest zone containing point (`x`, `y`) that `accept`s
/// (`accept(index, zone)`).
pub fn innermost_zone_at(
    doc: &Document,
    x: f64,
    y: f64,
    accept: impl Fn(usize, &Node) -> bool,
) -> Option<usize> {
    doc.nodes
        .iter()
        .enumerate()
        .filter(|(i, n)| n.kind.is_zone() && Rect::of(n).contains(x, y) && accept(*i, n))
        .min_by(|(_, a), (_, b)| {
            let (ra, rb) = (Rect::of(a), Rect::of(b));
            (ra.w * ra.h).total_cmp(&(rb.w * rb.h))
        })
        .map(|(i, _)| i)
}
