//! IPv4 CIDR blocks, for VPC overlap checks and security-group sources.

use crate::i18n::ids::err;
use crate::i18n::{Arg, Message};
use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cidr {
    /// The network address, host bits cleared.
    pub addr: u32,
    pub len: u8,
}

/// A decimal number as AWS writes one: digits only, and no leading zero
/// unless it is `0`.
fn decimal(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) && (s == "0" || !s.starts_with('0'))
}

impl Cidr {
    /// Parses `a.b.c.d/n`. Host bits are cleared (`10.0.1.7/16` is `10.0.0.0/16`).
    /// Parses `a.b.c.d/n` as AWS writes it: decimal numbers without a sign
    /// or leading zeros (`010.0.0.0/8` reads as octal in some tools, `/08`
    /// and `/+8` in none that AWS documents).
    pub fn parse(s: &str) -> Result<Cidr, Message> {
        let bad = |id| Message::new(id).arg("cidr", Arg::Code(s.into()));
        let (ip, len) = s
            .split_once('/')
            .ok_or_else(|| bad(err::CIDR_NOT_A_BLOCK))?;
        let len: u8 = Some(len)
            .filter(|l| decimal(l))
            .and_then(|l| l.parse().ok())
            .filter(|l| *l <= 32)
            .ok_or_else(|| bad(err::CIDR_PREFIX))?;
        let mut addr = 0u32;
        let mut octets = 0;
        for part in ip.split('.') {
            let ok = part.len() <= 3 && decimal(part);
            let octet: u8 = part
                .parse()
                .ok()
                .filter(|_| ok)
                .ok_or_else(|| bad(err::CIDR_ADDRESS))?;
            addr = (addr << 8) | u32::from(octet);
            octets += 1;
        }
        if octets != 4 {
            return Err(bad(err::CIDR_ADDRESS));
        }
        Ok(Cidr {
            addr: addr & Self::mask(len),
            len,
        })
    }

    fn mask(len: u8) -> u32 {
        if len == 0 { 0 } else { u32::MAX << (32 - len) }
    }

    /// Whether every address of `other` is in this block.
    pub fn contains(&self, other: &Cidr) -> bool {
        self.len <= other.len && other.addr & Self::mask(self.len) == self.addr
    }

    /// Whether the two blocks share any address.
    pub fn overlaps(&self, other: &Cidr) -> bool {
        let len = self.len.min(other.len);
        let m = Self::mask(len);
        self.addr & m == other.addr & m
    }
}

impl fmt::Display for Cidr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let a = self.addr.to_be_bytes();
        write!(f, "{}.{}.{}.{}/{}", a[0], a[1], a[2], a[3], self.len)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn containment() {
        let c = |s| Cidr::parse(s).unwrap();
        assert!(c("10.0.0.0/8").contains(&c("10.1.0.0/16")));
        assert!(c("10.1.0.0/16").contains(&c("10.1.0.0/16")));
        assert!(!c("10.1.0.0/16").contains(&c("10.0.0.0/8")));
        assert!(!c("10.1.0.0/24").contains(&c("10.1.1.0/24")));
        assert!(c("0.0.0.0/0").contains(&c("192.168.0.0/16")));
    }

    #[test]
    fn parses_and_normalises() {
        assert_eq!(
            Cidr::parse("10.0.1.7/16").unwrap().to_string(),
            "10.0.0.0/16"
        );
        assert_eq!(Cidr::parse("0.0.0.0/0").unwrap().len, 0);
        for bad in [
            "10.0.0.0",
            "10.0.0/8",
            "10.0.0.256/8",
            "10.0.0.0/33",
            "a.b.c.d/8",
            "1.2.3.4/",
            "+1.2.3.4/8",
            "10.0.0.0/+8",
            "10.0.0.0/08",
            "010.0.0.0/8",
            "10.00.0.0/8",
            "10.0.0.0/ 8",
            "",
        ] {
            assert!(Cidr::parse(bad).is_err(), "{bad} should not parse");
        }
    }

    #[test]
    fn overlap_is_symmetric_and_exact() {
        let cases = [
            ("10.0.0.0/16", "10.0.128.0/17", true),
            ("10.0.0.0/16", "10.1.0.0/16", false),
            ("0.0.0.0/0", "192.168.0.0/24", true),
            ("172.16.0.0/12", "172.32.0.0/16", false),
            ("10.0.0.0/24", "10.0.0.255/32", true),
        ];
        for (a, b, want) in cases {
            let (a, b) = (Cidr::parse(a).unwrap(), Cidr::parse(b).unwrap());
            assert_eq!(a.overlaps(&b), want, "{a} ~ {b}");
            assert_eq!(b.overlaps(&a), want, "{b} ~ {a}");
        }
    }
}
