//! Canvas geometry: rectangles, hit testing, the bounds of a drawing.

use crate::model::{Document, Node};
use std::collections::HashSet;

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

/// How far apart two flows running opposite ways between the same nodes
/// are drawn.
const BESIDE: f64 = 7.0;

/// The line a flow is drawn along, from `from`'s border to `to`'s:
/// `(x0, y0, x1, y1)`. A flow with one running the other way between the
/// same nodes (`beside`) is drawn shifted to its left, so both show.
pub fn flow_line(from: &Rect, to: &Rect, beside: bool) -> (f64, f64, f64, f64) {
    let (tx, ty) = to.centre();
    let (fx, fy) = from.centre();
    let (x0, y0) = from.border_towards(tx, ty);
    let (x1, y1) = to.border_towards(fx, fy);
    if !beside {
        return (x0, y0, x1, y1);
    }
    let (dx, dy) = (x1 - x0, y1 - y0);
    let len = (dx * dx + dy * dy).sqrt().max(1.0);
    let (ox, oy) = (-dy / len * BESIDE, dx / len * BESIDE);
    (x0 + ox, y0 + oy, x1 + ox, y1 + oy)
}

/// The ids of the flows that have a flow running the other way between the
/// same two nodes (drawn beside it: see [`flow_line`]).
pub fn two_way_flows(doc: &Document) -> HashSet<&str> {
    let pairs: HashSet<(&str, &str)> = doc
        .flows
        .iter()
        .map(|f| (f.from.as_str(), f.to.as_str()))
        .collect();
    doc.flows
        .iter()
        .filter(|f| pairs.contains(&(f.to.as_str(), f.from.as_str())))
        .map(|f| f.id.as_str())
        .collect()
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
