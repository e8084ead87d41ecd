//! What of a big drawing the canvas draws in full.
//!
//! Every zone, node and flow drawn in full is a dozen or more SVG
//! elements (its shape, icon, two label lines, tooltip, badge, handles);
//! at 10,000 nodes that is about 175,000 elements, and creating, styling
//! and laying them out held the page for seconds on every open. So the
//! canvas draws only what is on screen ([`window`]), and of that at most
//! a budget in full ([`split`]): the selected and highlighted ones
//! always, the flagged ones next, then the rest in drawing order. What is on screen beyond
//! the budget is drawn as a *crowd*: one SVG path of outlines for all of
//! them ([`outlines`], [`polylines`]), where a press finds its element by
//! position ([`hit`]). A crowd only appears when more is on screen than
//! can be read anyway (zoomed far out, or elements piled on one spot).

use super::Rect;
use std::fmt::Write;

/// At most this many zones, nodes and flows are drawn in full (each).
pub const ZONES_IN_FULL: usize = 300;
pub const NODES_IN_FULL: usize = 600;
pub const FLOWS_IN_FULL: usize = 800;

/// How far past the screen's edges (in screen pixels) elements are drawn,
/// so that a short pan shows no gap.
const MARGIN_PX: f64 = 200.0;

/// The part of the canvas on screen, with a margin, in canvas units: the
/// canvas point (`x`, `y`) at the top-left corner of a `width`×`height`
/// pixel element at `zoom`.
pub fn window(x: f64, y: f64, zoom: f64, width: f64, height: f64) -> Rect {
    let m = MARGIN_PX / zoom;
    Rect {
        x: x - m,
        y: y - m,
        w: width / zoom + 2.0 * m,
        h: height / zoom + 2.0 * m,
    }
}

/// Whether two rectangles overlap (touching counts).
pub fn overlaps(a: &Rect, b: &Rect) -> bool {
    a.x <= b.x + b.w && b.x <= a.x + a.w && a.y <= b.y + b.h && b.y <= a.y + a.h
}

/// The items on screen, split into those drawn in full and the crowd.
#[derive(Debug, Default, PartialEq)]
pub struct Split {
    /// In the order given.
    pub full: Vec<usize>,
    /// In the order given.
    pub crowd: Vec<usize>,
}

/// How soon an item on screen is drawn in full.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Rank {
    /// Always (selected, highlighted, being moved).
    Must,
    /// Before the others, within the budget (flagged).
    Soon,
    Other,
}

/// Splits the `items` on screen (`shown`): all of them in full when they
/// fit in `budget`; else every [`Rank::Must`] one, then [`Rank::Soon`]
/// ones and then the others, each in order, up to `budget`, in full, and
/// the rest in the crowd.
pub fn split(
    items: impl IntoIterator<Item = usize>,
    shown: impl Fn(usize) -> bool,
    rank: impl Fn(usize) -> Rank,
    budget: usize,
) -> Split {
    let on: Vec<(usize, Rank)> = items
        .into_iter()
        .filter(|&i| shown(i))
        .map(|i| (i, rank(i)))
        .collect();
    if on.len() <= budget {
        return Split {
            full: on.into_iter().map(|(i, _)| i).collect(),
            crowd: Vec::new(),
        };
    }
    // The rank that fills the budget, and how many of it fit.
    let count = |r: Rank| on.iter().filter(|(_, k)| *k == r).count();
    let mut room = budget.saturating_sub(count(Rank::Must));
    let soon = room.min(count(Rank::Soon));
    room -= soon;
    let (mut soon_left, mut other_left) = (soon, room);
    let mut out = Split::default();
    for (i, r) in on {
        let left = match r {
            Rank::Must => None,
            Rank::Soon => Some(&mut soon_left),
            Rank::Other => Some(&mut other_left),
        };
        match left {
            None => out.full.push(i),
            Some(n) if *n > 0 => {
                *n -= 1;
                out.full.push(i);
            }
            Some(_) => out.crowd.push(i),
        }
    }
    out
}

/// SVG path data outlining each rectangle.
pub fn outlines(rects: impl IntoIterator<Item = Rect>) -> String {
    let mut d = String::new();
    for r in rects {
        let _ = write!(
            d,
            "M{} {}h{}v{}h{}z",
            round(r.x),
            round(r.y),
            round(r.w),
            round(r.h),
            round(-r.w)
        );
    }
    d
}

/// SVG path data for each route: a line through the centres of its
/// nodes' rectangles.
pub fn polylines<'a>(routes: impl IntoIterator<Item = &'a [Rect]>) -> String {
    let mut d = String::new();
    for route in routes {
        for (k, r) in route.iter().enumerate() {
            let (x, y) = r.centre();
            let _ = write!(
                d,
                "{}{} {}",
                if k == 0 { 'M' } else { 'L' },
                round(x),
                round(y)
            );
        }
    }
    d
}

/// A coordinate to a tenth of a unit, without a trailing `.0`.
fn round(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}

/// The crowd element at canvas point (`x`, `y`): the topmost of `nodes`
/// (drawn later is on top) whose rectangle holds it, else the innermost
/// of `zones` (given outermost first).
pub fn hit(
    nodes: &[usize],
    zones: &[usize],
    rect: impl Fn(usize) -> Rect,
    x: f64,
    y: f64,
) -> Option<usize> {
    let holds = |&&i: &&usize| rect(i).contains(x, y);
    nodes
        .iter()
        .rev()
        .find(holds)
        .or_else(|| zones.iter().rev().find(holds))
        .copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(x: f64, y: f64, w: f64, h: f64) -> Rect {
        Rect { x, y, w, h }
    }

    #[test]
    fn the_window_is_the_screen_in_canvas_units_with_a_margin() {
        // 1,000 × 500 pixels at 50 %: 2,000 × 1,000 units, 400 more around.
        assert_eq!(
            window(100.0, 50.0, 0.5, 1000.0, 500.0),
            r(-300.0, -350.0, 2800.0, 1800.0)
        );
    }

    #[test]
    fn overlap_counts_touching_and_not_apart() {
        let a = r(0.0, 0.0, 10.0, 10.0);
        assert!(overlaps(&a, &r(10.0, 10.0, 5.0, 5.0)));
        assert!(overlaps(&a, &r(-5.0, 2.0, 30.0, 1.0)));
        assert!(!overlaps(&a, &r(10.1, 0.0, 5.0, 5.0)));
        assert!(!overlaps(&a, &r(0.0, -6.0, 5.0, 5.0)));
    }

    #[test]
    fn within_budget_everything_on_screen_is_drawn_in_full() {
        let s = split(0..10, |i| i % 2 == 0, |_| Rank::Other, 5);
        assert_eq!(s.full, [0, 2, 4, 6, 8]);
        assert!(s.crowd.is_empty());
    }

    #[test]
    fn over_budget_must_then_soon_then_the_rest_in_order() {
        // 0..10 on screen, budget 5: 9 must be drawn, 6 and 8 soon.
        let rank = |i| match i {
            9 => Rank::Must,
            6 | 8 => Rank::Soon,
            _ => Rank::Other,
        };
        let s = split(0..10, |_| true, rank, 5);
        assert_eq!(s.full, [0, 1, 6, 8, 9]);
        assert_eq!(s.crowd, [2, 3, 4, 5, 7]);
        // More soon ones than room: the first of them, in order.
        let s = split(0..10, |_| true, rank, 2);
        assert_eq!(s.full, [6, 9]);
        assert_eq!(s.crowd, [0, 1, 2, 3, 4, 5, 7, 8]);
        // More must ones than the budget: all of them still, no others.
        let s = split(
            0..6,
            |_| true,
            |i| if i >= 2 { Rank::Must } else { Rank::Soon },
            3,
        );
        assert_eq!(s.full, [2, 3, 4, 5]);
        assert_eq!(s.crowd, [0, 1]);
    }

    #[test]
    fn outlines_and_polylines_are_path_data() {
        assert_eq!(
            outlines([r(1.0, 2.0, 3.0, 4.0), r(0.25, 0.0, 10.0, 5.0)]),
            "M1 2h3v4h-3zM0.3 0h10v5h-10z"
        );
        let a = [r(0.0, 0.0, 10.0, 10.0), r(20.0, 0.0, 10.0, 10.0)];
        let b = [r(0.0, 20.0, 2.0, 2.0)];
        assert_eq!(polylines([&a[..], &b[..]]), "M5 5L25 5M1 21");
    }

    #[test]
    fn a_press_finds_the_topmost_node_else_the_innermost_zone() {
        let rects = [
            r(0.0, 0.0, 100.0, 100.0), // 0: zone
            r(10.0, 10.0, 50.0, 50.0), // 1: zone inside it
            r(20.0, 20.0, 10.0, 10.0), // 2: node
            r(22.0, 22.0, 10.0, 10.0), // 3: node over it
        ];
        let at = |x, y| hit(&[2, 3], &[0, 1], |i| rects[i], x, y);
        assert_eq!(at(25.0, 25.0), Some(3));
        assert_eq!(at(21.0, 21.0), Some(2));
        assert_eq!(at(40.0, 40.0), Some(1));
        assert_eq!(at(80.0, 80.0), Some(0));
        assert_eq!(at(150.0, 10.0), None);
    }
}
