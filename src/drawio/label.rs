//! Cell labels as plain text. draw.io labels are often HTML (`html=1` in
//! the style): `<b>Central VPC&nbsp;<br>10.1.0.0/16</b>`. Tags go, line
//! breaks and blocks become spaces, entities are decoded, and runs of
//! white space collapse to one space.

/// The plain text of a label; `html` when the cell's style says `html=1`.
pub fn plain(value: &str, html: bool) -> String {
    let text = if html {
        strip_tags(value)
    } else {
        value.to_string()
    };
    let text = if html { decode_entities(&text) } else { text };
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Drops tags; every tag separates words (`a<br>b` is `a b`), except the
/// inline ones that style a part of a word.
fn strip_tags(html: &str) -> String {
    const INLINE: &[&str] = &["b", "i", "u", "span", "font", "strong", "em", "sub", "sup"];
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        out.push_str(&rest[..start]);
        let Some(len) = rest[start..].find('>') else {
            // A lone `<` is text.
            out.push_str(&rest[start..]);
            return out;
        };
        let tag = &rest[start + 1..start + len];
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        if !INLINE.contains(&name.as_str()) {
            out.push(' ');
        }
        rest = &rest[start + len + 1..];
    }
    out.push_str(rest);
    out
}

/// `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;`, `&nbsp;` and numeric
/// references; anything else stays as written.
fn decode_entities(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find('&') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        let end = after.find(';').filter(|&e| e <= 10);
        let decoded = end.and_then(|e| entity(&after[..e]).map(|c| (c, e)));
        match decoded {
            Some((c, e)) => {
                out.push(c);
                rest = &after[e + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

fn entity(name: &str) -> Option<char> {
    match name {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        "nbsp" => Some(' '),
        _ => {
            let n = name.strip_prefix('#')?;
            let code = match n.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => n.parse().ok()?,
            };
            char::from_u32(code)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::plain;

    #[test]
    fn html_labels_become_one_line_of_text() {
        assert_eq!(
            plain("<b>Central VPC&nbsp;<br>10.1.0.0/16<br></b>", true),
            "Central VPC 10.1.0.0/16"
        );
        assert_eq!(plain("<div>S3&amp;<i>Glue</i></div>", true), "S3&Glue");
        assert_eq!(
            plain("a &#60; b &#x3E; c &bogus; <", true),
            "a < b > c &bogus; <"
        );
        assert_eq!(plain("  two\n lines  ", false), "two lines");
        assert_eq!(plain("<b>kept</b>", false), "<b>kept</b>");
    }
}
