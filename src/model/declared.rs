//! Where each node and flow of a design is declared in the file it came
//! from, by line: what a SARIF result points at. A design's JSON text is
//! read for its `"id": "…"` declarations; a draw.io import records the
//! line of each cell it turned into a node or a flow.

use std::collections::HashMap;

/// Element id → 1-based line, and the line for an id not found.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Declared {
    lines: HashMap<String, usize>,
    /// The line of an id that is not declared anywhere (the file's first
    /// line for a design, the page for a draw.io import); `None` when the
    /// file has no lines to point at (a PNG).
    fallback: Option<usize>,
}

impl Declared {
    /// Nothing declared, and no line to fall back on.
    pub fn unlined() -> Declared {
        Declared::default()
    }

    /// Nothing declared yet; ids not declared point at `line`.
    pub fn falling_back_to(line: usize) -> Declared {
        Declared {
            lines: HashMap::new(),
            fallback: Some(line),
        }
    }

    /// The line on which each `"id": "<id>"` first appears in a design's
    /// JSON text, in one pass; other ids point at line 1. Ids hold no
    /// characters JSON escapes, so they appear verbatim; a quote inside a
    /// string is escaped, so a label cannot fake a declaration.
    pub fn in_json(source: &str) -> Declared {
        const KEY: &str = "\"id\"";
        let mut declared = Declared::falling_back_to(1);
        let mut line = 1;
        let mut counted = 0;
        let mut from = 0;
        while let Some(at) = source[from..].find(KEY) {
            let start = from + at;
            from = start + KEY.len();
            let Some(rest) = source[from..].trim_start().strip_prefix(':') else {
                continue;
            };
            let Some(rest) = rest.trim_start().strip_prefix('"') else {
                continue;
            };
            let Some(end) = rest.find('"') else {
                continue;
            };
            line += source[counted..start].matches('\n').count();
            counted = start;
            declared.declare(&rest[..end], line);
        }
        declared
    }

    /// Records `id` at `line`, unless it was declared before.
    pub fn declare(&mut self, id: &str, line: usize) {
        if !self.lines.contains_key(id) {
            self.lines.insert(id.to_string(), line);
        }
    }

    /// The line `id` is declared on, else the fallback.
    pub fn line(&self, id: &str) -> Option<usize> {
        self.lines.get(id).copied().or(self.fallback)
    }

    /// The line of the first of `ids` that is declared, else the fallback.
    pub fn first_line<'a>(&self, ids: impl IntoIterator<Item = &'a str>) -> Option<usize> {
        ids.into_iter()
            .find_map(|id| self.lines.get(id).copied())
            .or(self.fallback)
    }
}

/// The 1-based line of byte `at` in `text`.
pub fn line_at(text: &str, at: usize) -> usize {
    1 + text.as_bytes()[..at.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declarations_are_found_by_line_whatever_the_spacing() {
        let source = "{\n  \"nodes\": [{\"id\":\"a\"},\n {\"id\" :  \"b\"}, {\"label\": \"\\\"id\\\": \\\"c\\\"\"}]\n}";
        let d = Declared::in_json(source);
        assert_eq!(d.line("a"), Some(2));
        assert_eq!(d.line("b"), Some(3));
        assert_eq!(d.line("c"), Some(1), "a label cannot declare an id");
        assert_eq!(d.first_line(["x", "b", "a"]), Some(3));
        assert_eq!(Declared::unlined().line("a"), None);
        assert_eq!(line_at("a\nb\nc", 4), 3);
    }
}
