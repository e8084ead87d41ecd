//! Protection per leg: what really protects each hop of a route.
//!
//! - TLS (layer 7) belongs to the conversation: declared on the flow, or
//!   enforced by an end (`rds.force_ssl`, `aws:SecureTransport`, a DMS SSL
//!   mode, `JDBC_ENFORCE_SSL` towards a database). It runs end to end, so
//!   it covers every hop; no connectivity node can end or add it.
//! - IPsec (layer 3) from a Site-to-Site VPN covers only the legs its
//!   tunnel spans: from the last node before the VPN to the first after
//!   it, stretched over the links it rides on (Direct Connect, the
//!   Internet). IPsec the hosts declare themselves covers every hop.
//! - MACsec (layer 2) covers only a run of MACsec Direct Connect links.
//! - A tunnel that does not end on a transit gateway ends on the VPC's
//!   virtual private gateway, which the drawing leaves out: the hop from
//!   the VPN to the node after it (or to the VPN from the node before it)
//!   ends, or starts, with a stretch inside that VPC that only the
//!   end-to-end protection covers ([`Legs::in_vpc`]).
//!
//! A *crossing* is the part of a route between a node on one side
//! (on-premises, AWS, the Internet as a sink) and the next node on another
//! side, over links; a requirement on a boundary is checked on the
//! crossing of that boundary, with the weakest protection of its hops.

use super::graph::{Graph, Realm};
use super::ix::NodeIx;
use super::sets::{Prot, Protection};
use crate::model::Kind;

/// Which side of the big boundaries a route node is on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    OnPremises,
    Aws,
    /// The Internet as a sink (an end of the route).
    Internet,
    /// A link between sides: a VPN, a Direct Connect, or the Internet in
    /// the middle of a route.
    Link,
}

pub fn side(g: &Graph, i: usize, end: bool) -> Side {
    match g.kinds[i] {
        Kind::SiteToSiteVpn | Kind::DirectConnect => Side::Link,
        Kind::Internet if end => Side::Internet,
        Kind::Internet => Side::Link,
        _ => match g.places[i].realm {
            Realm::OnPremises => Side::OnPremises,
            _ => Side::Aws,
        },
    }
}

/// A part of a route between two sides.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Crossing {
    /// Positions in the route's nodes: the last node on the first side,
    /// and the first on the other.
    pub start: usize,
    pub end: usize,
    pub from: Side,
    pub to: Side,
    /// The weakest protection of its hops.
    pub protection: Protection,
    /// The Internet is passed on the way.
    pub over_internet: bool,
}

impl Crossing {
    pub fn between_on_premises_and_aws(&self) -> bool {
        matches!(
            (self.from, self.to),
            (Side::OnPremises, Side::Aws) | (Side::Aws, Side::OnPremises)
        )
    }
}

/// The legs of one route.
pub struct Legs {
    /// Each hop's protection: hop `k` joins nodes `k` and `k + 1`.
    pub hops: Vec<Protection>,
    pub crossings: Vec<Crossing>,
    /// The hops between a VPN and an AWS node that is not a transit
    /// gateway, by position: their tunnel ends at the VPC's virtual
    /// private gateway, and the rest of the way, inside the VPC, has only
    /// [`Legs::end_to_end`].
    pub in_vpc: Vec<usize>,
    /// What the route's ends apply over every hop.
    pub end_to_end: Protection,
}

impl Legs {
    /// The legs of a route through `nodes`, whose ends apply `end_to_end`.
    pub fn new(g: &Graph, nodes: &[NodeIx], end_to_end: Protection) -> Legs {
        let len = nodes.len();
        let last = len.saturating_sub(1);
        let side_at = |k: usize| side(g, nodes[k].index(), k == 0 || k == last);
        let mut hops = vec![end_to_end; last];
        let mut in_vpc = Vec::new();
        // Runs of links: a VPN on one covers the run's hops with IPsec;
        // a run of MACsec links only, with MACsec.
        let mut k = 0;
        while k < len {
            if side_at(k) != Side::Link {
                k += 1;
                continue;
            }
            let start = k;
            while k < len && side_at(k) == Side::Link {
                k += 1;
            }
            let run = &nodes[start..k];
            let add = if run
                .iter()
                .any(|&i| g.kinds[i.index()] == Kind::SiteToSiteVpn)
            {
                // Where the tunnel meets AWS other than at a transit
                // gateway: the hops into and out of the run.
                let vgw = |at: usize| {
                    side_at(at) == Side::Aws && g.kinds[nodes[at].index()] != Kind::TransitGateway
                };
                if start > 0 && vgw(start - 1) {
                    in_vpc.push(start - 1);
                }
                if k < len && vgw(k) {
                    in_vpc.push(k - 1);
                }
                Some(Prot::Ipsec)
            } else if run.iter().all(|&i| {
                g.kinds[i.index()] == Kind::DirectConnect && g.doc.nodes[i.index()].props.macsec()
            }) {
                Some(Prot::Macsec)
            } else {
                None
            };
            if let Some(p) = add {
                for h in hops
                    .iter_mut()
                    .take(k.min(last))
                    .skip(start.saturating_sub(1))
                {
                    *h |= p;
                }
            }
        }
        // Crossings: from each anchored node to the next, over links.
        let mut crossings = Vec::new();
        let mut anchor: Option<(usize, Side)> = None;
        for k in 0..len {
            let s = side_at(k);
            if s == Side::Link {
                continue;
            }
            if let Some((a, from)) = anchor
                && from != s
            {
                let protection = hops[a..k].iter().fold(Protection::all(), |acc, &p| acc & p);
                crossings.push(Crossing {
                    start: a,
                    end: k,
                    from,
                    to: s,
                    protection,
                    over_internet: nodes[a + 1..k]
                        .iter()
                        .any(|&i| g.kinds[i.index()] == Kind::Internet),
                });
            }
            anchor = Some((k, s));
        }
        Legs {
            hops,
            crossings,
            in_vpc,
            end_to_end,
        }
    }

    /// The hops that are not part of any crossing (inside one side), by
    /// position.
    pub fn inside(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.hops.len())
            .filter(|&k| !self.crossings.iter().any(|c| (c.start..c.end).contains(&k)))
    }
}
