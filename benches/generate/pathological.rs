//! Hostile shapes in format version 2, for `cargo bench --bench
//! pathological` and `tests/pathological.rs`. Each document is built
//! directly (no migration), validates, stays within [`LIMITS`], and is the
//! same every time:
//!
//! - [`through_vpn`]: on-premises databases sending to Glue jobs through
//!   one shared Site-to-Site VPN, one flow per pair or every source to
//!   every sink;
//! - [`chain`] and [`ring`]: endpoints alternating with connectivity,
//!   each flow `endpoint → [connectivity] → endpoint`, the ring closed;
//! - [`long_route`]: one flow through a route of up to
//!   [`LIMITS`]`.max_route_nodes` connectivity nodes;
//! - [`peering_star`]: spoke VPCs peered to a hub VPC, through one
//!   peering each or through one shared peering.
//!
//! Every document states the strictest requirements, so the localization
//! and encryption rules have work to do; the doc comment of each shape
//! says which flows they flag. Flows are `f0`, `f1`, … in order.
//!
//! [`LIMITS`]: airlock::model::LIMITS

#![allow(dead_code)]

use airlock::model::{
    CloudTransport, Dataset, Document, Flow, InTransit, Kind, LIMITS, Node, Props, Requirements,
    Transport,
};

/// A document under construction.
struct Draft(Document);

impl Draft {
    fn new(title: &str) -> Draft {
        Draft(Document {
            title: title.into(),
            requirements: Requirements {
                sensitive_data_stays_on_premises: true,
                train_only_on_non_sensitive_data: true,
                cloud_transport: CloudTransport::Ipsec,
                in_transit_encryption: InTransit::Sensitive,
                no_internet_egress: true,
                sensitive_data_region: None,
            },
            ..Document::default()
        })
    }

    fn node(&mut self, id: String, kind: Kind, parent: &str, props: Props) -> String {
        let mut node = Node::new(id.clone(), kind);
        node.parent = Some(parent.to_string()).filter(|p| !p.is_empty());
        node.props = props;
        self.0.nodes.push(node);
        id
    }

    /// A node without properties.
    fn bare(&mut self, id: String, kind: Kind, parent: &str) -> String {
        self.node(id, kind, parent, Props::default())
    }

    /// A node holding a sensitive dataset `<id>.customers` and a
    /// non-sensitive one, `<id>.orders` ([`orders`]).
    fn store(&mut self, id: String, kind: Kind, parent: &str) -> String {
        let datasets = vec![
            Dataset {
                name: format!("{id}.customers"),
                sensitive: true,
            },
            Dataset {
                name: orders(&id),
                sensitive: false,
            },
        ];
        let props = Props {
            datasets: Some(datasets),
            ..Props::default()
        };
        self.node(id, kind, parent, props)
    }

    /// A VPC with a CIDR block.
    fn vpc(&mut self, id: String, parent: &str, cidr: String) -> String {
        let props = Props {
            cidr: Some(cidr),
            ..Props::default()
        };
        self.node(id, Kind::Vpc, parent, props)
    }

    /// A data flow `f<n>` from `from` through `via` to `to`.
    fn flow(&mut self, from: &str, via: &[&str], to: &str, transport: Transport) -> usize {
        let mut flow = Flow::new(format!("f{}", self.0.flows.len()), from, to);
        flow.via = via.iter().map(|v| v.to_string()).collect();
        flow.transport = transport;
        self.0.flows.push(flow);
        self.0.flows.len() - 1
    }

    /// Makes flow `f` carry only its source's non-sensitive dataset.
    fn only_orders(&mut self, f: usize) {
        let from = &self.0.flows[f].from;
        self.0.flows[f].only = Some(vec![orders(from)]);
    }

    /// The on-premises network, and the Region, VPC and private subnet
    /// most AWS nodes sit in; the subnet's id.
    fn network(&mut self, on_premises: bool) -> String {
        if on_premises {
            self.bare("corp".into(), Kind::OnPremisesNetwork, "");
        }
        let region = Props {
            region: Some("eu-west-1".into()),
            ..Props::default()
        };
        self.node("region".into(), Kind::AwsRegion, "", region);
        self.vpc("vpc".into(), "region", "10.0.0.0/16".into());
        self.bare("subnet".into(), Kind::PrivateSubnet, "vpc")
    }

    fn done(self) -> Document {
        let d = self.0;
        assert!(d.nodes.len() <= LIMITS.max_nodes, "{}", d.title);
        assert!(d.flows.len() <= LIMITS.max_flows, "{}", d.title);
        d
    }
}

/// The non-sensitive dataset of a store made by `Draft::store`.
pub fn orders(store: &str) -> String {
    format!("{store}.orders")
}

/// `sources` on-premises databases and `sinks` Glue jobs (in a VPC's
/// private subnet), every flow routed through one shared Site-to-Site
/// VPN. Paired (`every_pair` false): one flow per source, `db-i → glue-(i
/// mod sinks)`. Otherwise every source sends to every sink (`sources ×
/// sinks` flows, at most [`LIMITS`]`.max_flows`).
///
/// Flows out of every tenth source (`db-0`, `db-10`, …) carry all its
/// tables, the sensitive one included, and add no encryption of their
/// own; all others select the non-sensitive table and use TLS. So only
/// the flows out of every tenth source are flagged (LOC001: sensitive data
/// leaves on-premises; ENC002: unencrypted inside the VPC after the VPN's
/// tunnel ends at its virtual private gateway); a
/// checker that joined every arrow into the VPN to every arrow out would
/// flag every sink with every source's data.
///
/// [`LIMITS`]: airlock::model::LIMITS
pub fn through_vpn(sources: usize, sinks: usize, every_pair: bool) -> Document {
    assert!(sources >= 1 && sinks >= 1);
    let mut d = Draft::new(&format!(
        "Pathological: {sources} × {sinks} through one VPN{}",
        if every_pair { ", every pair" } else { "" }
    ));
    let subnet = d.network(true);
    let vpn = d.bare("vpn".into(), Kind::SiteToSiteVpn, "");
    let dbs: Vec<String> = (0..sources)
        .map(|i| d.store(format!("db-{i}"), Kind::OnPremisesDatabase, "corp"))
        .collect();
    let jobs: Vec<String> = (0..sinks)
        .map(|j| d.bare(format!("glue-{j}"), Kind::GlueJob, &subnet))
        .collect();
    for (i, db) in dbs.iter().enumerate() {
        let sinks_of: Box<dyn Iterator<Item = &String>> = if every_pair {
            Box::new(jobs.iter())
        } else {
            Box::new(std::iter::once(&jobs[i % sinks]))
        };
        for job in sinks_of {
            if i % 10 == 0 {
                d.flow(db, &[&vpn], job, Transport::None);
            } else {
                let f = d.flow(db, &[&vpn], job, Transport::Tls);
                d.only_orders(f);
            }
        }
    }
    d.done()
}

/// How many flows of [`through_vpn`] carry sensitive data.
pub fn through_vpn_sensitive(sources: usize, sinks: usize, every_pair: bool) -> usize {
    sources.div_ceil(10) * if every_pair { sinks } else { 1 }
}

/// The node ids of a chain or ring: endpoints at even positions (EC2
/// instances and Glue jobs in turn), connectivity at odd ones.
fn endpoint(d: &mut Draft, i: usize, subnet: &str, store: bool) -> String {
    let id = |p: &str| format!("{p}-{i}");
    match (store, (i / 2) % 2) {
        (true, _) => d.store(id("ec2"), Kind::Ec2Instance, subnet),
        (false, 0) => d.bare(id("glue"), Kind::GlueJob, subnet),
        (false, _) => d.bare(id("ec2"), Kind::Ec2Instance, subnet),
    }
}

/// Whether flow `f` of [`chain`] or [`ring`] adds no encryption: every
/// tenth, from `f5`.
pub fn plain(f: usize) -> bool {
    f % 10 == 5
}

/// One long chain of exactly `nodes` nodes: an on-premises database with
/// a sensitive table, a Site-to-Site VPN, then Glue jobs and EC2
/// instances alternating with transit gateways (`f0`: the database
/// through the VPN to the first job; `f<k>`: endpoint `k` through a
/// transit gateway to endpoint `k + 1`). Every flow carries everything,
/// so the sensitive table reaches the end of the chain. Flagged: `f0`
/// (LOC001, the crossing; ENC002, no encryption of its own inside the VPC
/// the tunnel ends in), and every flow with no encryption of its own
/// ([`plain`]; ENC002, sensitive data unencrypted inside AWS).
pub fn chain(nodes: usize) -> Document {
    assert!(nodes >= 8);
    let mut d = Draft::new(&format!("Pathological: a chain of {nodes}"));
    let subnet = d.network(true);
    // The database, the VPN, then pairs of connectivity and endpoint.
    let links = (nodes - d.0.nodes.len()) | 1;
    let links = if d.0.nodes.len() + links > nodes {
        links - 2
    } else {
        links
    };
    let mut ids = Vec::with_capacity(links);
    ids.push(d.store("db-0".into(), Kind::OnPremisesDatabase, "corp"));
    ids.push(d.bare("vpn-1".into(), Kind::SiteToSiteVpn, ""));
    for i in 2..links {
        let id = if i % 2 == 1 {
            d.bare(format!("tgw-{i}"), Kind::TransitGateway, "region")
        } else {
            endpoint(&mut d, i, &subnet, false)
        };
        ids.push(id);
    }
    for k in (0..links - 1).step_by(2) {
        let f = d.0.flows.len();
        let transport = if f == 0 || plain(f) {
            Transport::None
        } else {
            Transport::Tls
        };
        d.flow(&ids[k], &[&ids[k + 1]], &ids[k + 2], transport);
    }
    if d.0.nodes.len() < nodes {
        d.bare("spare".into(), Kind::Ec2Instance, &subnet);
    }
    assert_eq!(d.0.nodes.len(), nodes);
    d.done()
}

/// A ring of `size` nodes (even: endpoints and transit gateways in turn)
/// in one VPC: flow `f<k>` goes from endpoint `k` through a transit
/// gateway to endpoint `k + 1`, the last back to the first. Every tenth
/// endpoint (`ec2-0`, `ec2-20`, …) holds a sensitive table, and every
/// flow carries everything, so every endpoint ends up with every store's
/// data. Flagged: the flows with no encryption of their own ([`plain`];
/// ENC002).
pub fn ring(size: usize) -> Document {
    assert!(size >= 4 && size % 2 == 0);
    let mut d = Draft::new(&format!("Pathological: a ring of {size}"));
    let subnet = d.network(false);
    let ids: Vec<String> = (0..size)
        .map(|i| {
            if i % 2 == 1 {
                d.bare(format!("tgw-{i}"), Kind::TransitGateway, "region")
            } else {
                endpoint(&mut d, i, &subnet, i % 20 == 0)
            }
        })
        .collect();
    for k in (0..size).step_by(2) {
        let f = d.0.flows.len();
        let transport = if plain(f) {
            Transport::None
        } else {
            Transport::Tls
        };
        d.flow(&ids[k], &[&ids[k + 1]], &ids[(k + 2) % size], transport);
    }
    d.done()
}

/// One flow, `f0`, from an on-premises database (all its tables) through
/// a route of `via` connectivity nodes (a Site-to-Site VPN, then transit
/// gateways, every tenth a Direct Connect) to a Glue job. Flagged: LOC001
/// and ENC002 on `f0`, with the whole route as the path.
pub fn long_route(via: usize) -> Document {
    assert!((1..=LIMITS.max_route_nodes).contains(&via));
    let mut d = Draft::new(&format!("Pathological: a route of {via}"));
    let subnet = d.network(true);
    let db = d.store("db".into(), Kind::OnPremisesDatabase, "corp");
    let mut route = vec![d.bare("vpn".into(), Kind::SiteToSiteVpn, "")];
    for i in 1..via {
        route.push(if i % 10 == 0 {
            d.bare(format!("dx-{i}"), Kind::DirectConnect, "region")
        } else {
            d.bare(format!("tgw-{i}"), Kind::TransitGateway, "region")
        });
    }
    let job = d.bare("glue".into(), Kind::GlueJob, &subnet);
    let route: Vec<&str> = route.iter().map(String::as_str).collect();
    d.flow(&db, &route, &job, Transport::None);
    d.done()
}

/// Spoke VPCs (`10.a.b.0/24`) peered to a hub VPC (`172.16.0.0/16`), an
/// EC2 instance in each; each spoke's instance sends to the hub's. With
/// `shared`, one peering node joins them all (the most spokes that fit in
/// the node limit: 9,998); otherwise each spoke has its own peering
/// (6,666 fit).
///
/// Every tenth spoke (`spoke-0`, `spoke-10`, …) holds a sensitive table
/// and sends it without encryption (ENC002); the others hold no data and
/// send with TLS. Every hundredth spoke also sends to the
/// next spoke across the hub's peerings (with its own peerings, two of
/// them: NET004, not transitive).
pub fn peering_star(spokes: usize, shared: bool) -> Document {
    assert!((2..=256 * 256).contains(&spokes));
    let mut d = Draft::new(&format!(
        "Pathological: a peering star of {} VPCs{}",
        spokes + 1,
        if shared { ", one peering" } else { "" }
    ));
    let hub_vpc = d.vpc("hub".into(), "", "172.16.0.0/16".into());
    let hub = d.bare("hub-ec2".into(), Kind::Ec2Instance, &hub_vpc);
    let shared_pcx = shared.then(|| d.bare("pcx".into(), Kind::VpcPeering, ""));
    let mut ec2 = Vec::with_capacity(spokes);
    let mut pcx = Vec::with_capacity(spokes);
    for s in 0..spokes {
        let cidr = format!("10.{}.{}.0/24", s / 256, s % 256);
        let vpc = d.vpc(format!("spoke-{s}"), "", cidr);
        ec2.push(if s % 10 == 0 {
            d.store(format!("spoke-{s}-ec2"), Kind::Ec2Instance, &vpc)
        } else {
            d.bare(format!("spoke-{s}-ec2"), Kind::Ec2Instance, &vpc)
        });
        pcx.push(match &shared_pcx {
            Some(p) => p.clone(),
            None => d.bare(format!("pcx-{s}"), Kind::VpcPeering, ""),
        });
    }
    for s in 0..spokes {
        let transport = if s % 10 == 0 {
            Transport::None
        } else {
            Transport::Tls
        };
        d.flow(&ec2[s], &[&pcx[s]], &hub, transport);
    }
    for s in (0..spokes - 1).step_by(100) {
        let next = &ec2[s + 1];
        if shared {
            d.flow(&ec2[s], &[&pcx[s]], next, Transport::Tls);
        } else {
            d.flow(&ec2[s], &[&pcx[s], &pcx[s + 1]], next, Transport::Tls);
        }
    }
    d.done()
}

/// The most spokes [`peering_star`] fits in the node limit.
pub fn max_spokes(shared: bool) -> usize {
    if shared {
        (LIMITS.max_nodes - 3) / 2
    } else {
        (LIMITS.max_nodes - 2) / 3
    }
}

/// `stores` on-premises databases, each holding
/// [`LIMITS`]`.max_datasets_per_store` tables (`db-<i>.table-<k>`, every
/// other one sensitive) and sending all of them, with no encryption of
/// its own, through one shared Site-to-Site VPN to a Glue job of its own.
/// [`MANY_DATASETS_STORES`] of them come near the document size limit.
/// Flagged: every flow, LOC001 (sensitive data leaves on-premises) and
/// ENC002 (unencrypted inside AWS after the VPN); each finding carries a
/// thousand dataset names.
///
/// [`LIMITS`]: airlock::model::LIMITS
pub fn many_datasets(stores: usize) -> Document {
    let mut d = Draft::new(&format!(
        "Pathological: {stores} stores of {} tables",
        LIMITS.max_datasets_per_store
    ));
    let subnet = d.network(true);
    let vpn = d.bare("vpn".into(), Kind::SiteToSiteVpn, "");
    for i in 0..stores {
        let id = format!("db-{i}");
        let datasets = (0..LIMITS.max_datasets_per_store)
            .map(|k| Dataset {
                name: format!("{id}.table-{k:04}"),
                sensitive: k % 2 == 0,
            })
            .collect();
        let props = Props {
            datasets: Some(datasets),
            ..Props::default()
        };
        let db = d.node(id, Kind::OnPremisesDatabase, "corp", props);
        let job = d.bare(format!("glue-{i}"), Kind::GlueJob, &subnet);
        d.flow(&db, &[&vpn], &job, Transport::None);
    }
    d.done()
}

/// The stores [`many_datasets`] fits under the 16 MiB document limit.
pub const MANY_DATASETS_STORES: usize = 200;

/// `doc` with a return flow for each of its flows (`to` back to `from`
/// through the same route reversed, with the same transport, carrying
/// whatever reaches `to`), as far as the flow limit allows.
pub fn with_return_flows(mut doc: Document) -> Document {
    let forward = doc.flows.len().min(LIMITS.max_flows - doc.flows.len());
    for f in 0..forward {
        let there = &doc.flows[f];
        let mut back = Flow::new(format!("f{}", doc.flows.len()), &there.to, &there.from);
        back.via = there.via.iter().rev().cloned().collect();
        back.transport = there.transport;
        doc.flows.push(back);
    }
    doc.title.push_str(", with return flows");
    doc
}
