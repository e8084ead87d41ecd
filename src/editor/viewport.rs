//! Which part of the canvas is on screen, and how the gestures that move
//! it (wheel, buttons, a two-finger pinch) change it. Screen points are
//! relative to the canvas element's top-left corner, in CSS pixels.

use super::Rect;

/// The canvas point at the top-left corner of the screen, and the zoom
/// factor (screen pixels per canvas unit).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Viewport {
    pub x: f64,
    pub y: f64,
    pub zoom: f64,
}

impl Default for Viewport {
    fn default() -> Self {
        Viewport {
            x: -20.0,
            y: -20.0,
            zoom: 1.0,
        }
    }
}

pub const MIN_ZOOM: f64 = 0.2;
pub const MAX_ZOOM: f64 = 3.0;

/// A point on screen, relative to the canvas element.
pub type Screen = (f64, f64);

impl Viewport {
    /// The canvas point under screen point `s`.
    pub fn at(&self, s: Screen) -> (f64, f64) {
        (self.x + s.0 / self.zoom, self.y + s.1 / self.zoom)
    }

    /// Zoom by `factor`, keeping screen point (`sx`, `sy`) fixed.
    pub fn zoomed(&self, factor: f64, sx: f64, sy: f64) -> Viewport {
        let zoom = (self.zoom * factor).clamp(MIN_ZOOM, MAX_ZOOM);
        let (cx, cy) = self.at((sx, sy));
        Viewport {
            x: cx - sx / zoom,
            y: cy - sy / zoom,
            zoom,
        }
    }

    /// The view after a two-finger pinch that started from this view with
    /// the fingers at `start` and has them at `now`: the canvas point that
    /// was under the fingers' midpoint stays under it as it moves (a pan),
    /// and the zoom follows the distance between them. Fingers pressed at
    /// one point zoom nothing.
    pub fn pinched(&self, start: [Screen; 2], now: [Screen; 2]) -> Viewport {
        let mid = |[a, b]: [Screen; 2]| ((a.0 + b.0) / 2.0, (a.1 + b.1) / 2.0);
        let apart = |[a, b]: [Screen; 2]| (a.0 - b.0).hypot(a.1 - b.1);
        let factor = if apart(start) < 1.0 {
            1.0
        } else {
            apart(now) / apart(start)
        };
        let zoom = (self.zoom * factor).clamp(MIN_ZOOM, MAX_ZOOM);
        let held = self.at(mid(start));
        let m = mid(now);
        Viewport {
            x: held.0 - m.0 / zoom,
            y: held.1 - m.1 / zoom,
            zoom,
        }
    }

    /// The viewport that shows `r` in a `w`×`h` element, with a margin.
    pub fn fit(r: &Rect, w: f64, h: f64) -> Viewport {
        let margin = 40.0;
        let zoom = ((w - 2.0 * margin) / r.w.max(1.0))
            .min((h - 2.0 * margin) / r.h.max(1.0))
            .clamp(MIN_ZOOM, 1.5);
        Viewport {
            x: r.x - (w / zoom - r.w) / 2.0,
            y: r.y - (h / zoom - r.h) / 2.0,
            zoom,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const VIEW: Viewport = Viewport {
        x: 100.0,
        y: 50.0,
        zoom: 2.0,
    };

    fn close(a: Viewport, b: Viewport) {
        let eps = 1e-9;
        assert!(
            (a.x - b.x).abs() < eps && (a.y - b.y).abs() < eps && (a.zoom - b.zoom).abs() < eps,
            "{a:?} != {b:?}"
        );
    }

    #[test]
    fn fingers_moving_together_pan_by_their_distance_over_the_zoom() {
        let v = VIEW.pinched([(10.0, 10.0), (50.0, 10.0)], [(30.0, 50.0), (70.0, 50.0)]);
        close(
            v,
            Viewport {
                x: 90.0,
                y: 30.0,
                zoom: 2.0,
            },
        );
    }

    #[test]
    fn fingers_spreading_zoom_in_about_their_midpoint() {
        let start = [(100.0, 100.0), (200.0, 100.0)];
        let v = VIEW.pinched(start, [(87.5, 100.0), (212.5, 100.0)]);
        assert_eq!(v.zoom, 2.5);
        // The canvas point under the midpoint (150, 100) is still there.
        assert_eq!(v.at((150.0, 100.0)), VIEW.at((150.0, 100.0)));
    }

    #[test]
    fn a_pinch_zooms_no_further_than_the_limits() {
        let start = [(100.0, 100.0), (200.0, 100.0)];
        let out = VIEW.pinched(start, [(149.0, 100.0), (151.0, 100.0)]);
        assert_eq!(out.zoom, MIN_ZOOM);
        let deep = VIEW.pinched(start, [(0.0, 100.0), (10000.0, 100.0)]);
        assert_eq!(deep.zoom, MAX_ZOOM);
    }

    #[test]
    fn fingers_pressed_at_one_point_only_pan() {
        // The midpoint moves 30 px: 15 canvas units at zoom 2.
        let v = VIEW.pinched([(10.0, 10.0), (10.0, 10.0)], [(20.0, 10.0), (60.0, 10.0)]);
        close(
            v,
            Viewport {
                x: 85.0,
                y: 50.0,
                zoom: 2.0,
            },
        );
    }

    #[test]
    fn zoomed_keeps_the_screen_point_fixed() {
        let v = VIEW.zoomed(1.5, 300.0, 200.0);
        assert_eq!(v.zoom, 3.0);
        assert_eq!(v.at((300.0, 200.0)), VIEW.at((300.0, 200.0)));
    }
}
