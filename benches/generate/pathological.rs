//! Hostile shapes, for `cargo bench --bench pathological` and
//! `tests/pathological.rs`: a long chain, dense meshes (of services, of
//! transit gateways, of mixed connectivity), deep containment and many
//! cycles. Each takes the number of nodes (at least 40), gives exactly
//! that many, is the same every time, and validates.
//!
//! Every document states the strictest requirements, and most stores hold
//! a sensitive dataset, so data propagation, segment search and the rules
//! all have work to do.

use airlock::model::{
    CloudTransport, Dataset, Document, Flow, InTransit, Kind, Node, Props, Requirements, Role,
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

    /// A node holding a sensitive and a non-sensitive dataset named after it.
    fn store(&mut self, id: String, kind: Kind, parent: &str) -> String {
        let datasets = vec![
            Dataset {
                name: format!("{id}.customers"),
                sensitive: true,
            },
            Dataset {
                name: format!("{id}.orders"),
                sensitive: false,
            },
        ];
        let props = Props {
            datasets: Some(datasets),
            ..Props::default()
        };
        self.node(id, kind, parent, props)
    }

    fn flow(&mut self, from: &str, to: &str, transport: Transport) -> usize {
        let mut flow = Flow::new(format!("f{}", self.0.flows.len()), from, to);
        flow.transport = transport;
        self.0.flows.push(flow);
        self.0.flows.len() - 1
    }

    /// The Region, VPC and private subnet most nodes sit in; the subnet's id.
    fn network(&mut self) -> String {
        let region = Props {
            region: Some("eu-west-1".into()),
            ..Props::default()
        };
        self.node("region".into(), Kind::AwsRegion, "", region);
        let vpc = Props {
            cidr: Some("10.0.0.0/16".into()),
            ..Props::default()
        };
        self.node("vpc".into(), Kind::Vpc, "region", vpc);
        self.bare("subnet".into(), Kind::PrivateSubnet, "vpc")
    }

    fn done(self, nodes: usize) -> Document {
        assert_eq!(self.0.nodes.len(), nodes, "{}", self.0.title);
        self.0
    }
}

/// Distinct offsets `1 ..= count` spread over `0..m` (`count < m`).
fn spread(m: usize, count: usize) -> impl Iterator<Item = usize> {
    let stride = (m / (count + 1)).max(1);
    (1..=count).map(move |k| k * stride)
}

/// One long chain: on-premises databases alternating with Site-to-Site
/// VPNs, then a Direct Connect into AWS, then EC2 instances (every other
/// one holding data) alternating with transit gateways and interface
/// endpoints. Every flow has TLS, so the one hop with findings is the
/// crossing (see [`chain_crossing`]): sensitive data leaving on-premises
/// (LOC001) protected only by TLS (ENC001). The data of every store
/// reaches the end of the chain.
pub fn chain(nodes: usize) -> Document {
    assert!(nodes >= 40);
    let mut d = Draft::new("Pathological: one long chain");
    d.bare("corp".into(), Kind::OnPremisesNetwork, "");
    let subnet = d.network();
    let (links, on_prem) = chain_parts(nodes);
    let mut ids = Vec::with_capacity(links);
    for i in 0..links {
        let id = match i.checked_sub(on_prem) {
            None if i % 2 == 0 => d.store(format!("db-{i}"), Kind::OnPremisesDatabase, "corp"),
            None => d.bare(format!("vpn-{i}"), Kind::SiteToSiteVpn, "corp"),
            Some(0) => d.bare(format!("dx-{i}"), Kind::DirectConnect, "region"),
            Some(j) if j % 4 == 1 => d.store(format!("ec2-{i}"), Kind::Ec2Instance, &subnet),
            Some(j) if j % 4 == 3 => d.bare(format!("ec2-{i}"), Kind::Ec2Instance, &subnet),
            Some(j) if j % 4 == 2 => d.bare(format!("tgw-{i}"), Kind::TransitGateway, "region"),
            Some(_) => {
                let ie = format!("ie-{i}");
                d.bare(ie, Kind::InterfaceEndpoint, &subnet)
            }
        };
        ids.push(id);
    }
    for pair in ids.windows(2) {
        d.flow(&pair[0], &pair[1], Transport::Tls);
    }
    d.done(nodes)
}

/// How many nodes [`chain`] strings together, and how many of them are on
/// premises (an odd number: it ends at a database).
fn chain_parts(nodes: usize) -> (usize, usize) {
    let links = nodes - 4;
    (links, (links / 2) | 1)
}

/// The hop of [`chain`] that crosses into AWS: its last on-premises
/// database and the instance behind the Direct Connect.
pub fn chain_crossing(nodes: usize) -> (String, String) {
    let (_, on_prem) = chain_parts(nodes);
    (
        format!("db-{}", on_prem - 1),
        format!("ec2-{}", on_prem + 1),
    )
}

/// EC2 instances, each sending to `degree` others (every tenth holds data;
/// every fifth flow has no TLS; every seventh out of a store selects the
/// non-sensitive dataset only). One big strongly connected component.
pub fn mesh(nodes: usize, degree: usize) -> Document {
    assert!(nodes >= 40);
    let mut d = Draft::new("Pathological: a dense mesh of services");
    let subnet = d.network();
    let m = nodes - d.0.nodes.len();
    let ids: Vec<String> = (0..m)
        .map(|i| match i % 10 {
            0 => d.store(format!("ec2-{i}"), Kind::Ec2Instance, &subnet),
            _ => d.bare(format!("ec2-{i}"), Kind::Ec2Instance, &subnet),
        })
        .collect();
    for i in 0..m {
        for o in spread(m, degree.min(m - 1)) {
            let plain = d.0.flows.len() % 5 == 0;
            let f = d.flow(&ids[i], &ids[(i + o) % m], tls_unless(plain));
            if i % 10 == 0 && f % 7 == 0 {
                d.0.flows[f].only = Some(vec![format!("{}.orders", ids[i])]);
            }
        }
    }
    d.done(nodes)
}

fn tls_unless(plain: bool) -> Transport {
    if plain {
        Transport::None
    } else {
        Transport::Tls
    }
}

/// A mesh of connectivity nodes, each linked to `degree` others, with a
/// tenth of the nodes EC2 instances (half of them holding data) attached
/// to three of them each way: every instance's segment search explores
/// the whole mesh. The mesh is transit gateways, or with `mixed` every
/// kind of connectivity in turn, so routes differ in what they pass.
pub fn transit_mesh(nodes: usize, degree: usize, mixed: bool) -> Document {
    let kinds: Vec<Kind> = Kind::ALL
        .into_iter()
        .filter(|k| k.role() == Role::Transit && (mixed || *k == Kind::TransitGateway))
        .collect();
    assert!(nodes >= 40);
    let mut d = Draft::new("Pathological: a dense mesh of connectivity");
    let subnet = d.network();
    let m = nodes - d.0.nodes.len();
    let endpoints = m / 10;
    let hubs = m - endpoints;
    let hub_ids: Vec<String> = (0..hubs)
        .map(|i| {
            let kind = kinds[i % kinds.len()];
            let parent = match kind {
                Kind::InterfaceEndpoint | Kind::EndpointService => &subnet,
                Kind::NatGateway | Kind::InternetGateway | Kind::GatewayEndpoint => "vpc",
                _ => "region",
            };
            d.bare(format!("hub-{i}"), kind, parent)
        })
        .collect();
    for i in 0..hubs {
        for o in spread(hubs, degree.min(hubs - 1)) {
            let plain = d.0.flows.len() % 4 == 0;
            d.flow(&hub_ids[i], &hub_ids[(i + o) % hubs], tls_unless(plain));
        }
    }
    for e in 0..endpoints {
        let id = match e % 2 {
            0 => d.store(format!("ec2-{e}"), Kind::Ec2Instance, &subnet),
            _ => d.bare(format!("ec2-{e}"), Kind::Ec2Instance, &subnet),
        };
        for k in 0..3 {
            let hub = &hub_ids[(e * 7 + k * 131) % hubs];
            d.flow(&id, hub, Transport::Tls);
            let hub = &hub_ids[(e * 11 + k * 257 + 1) % hubs];
            d.flow(hub, &id, Transport::Tls);
        }
    }
    d.done(nodes)
}

/// Containment as deep as the model allows, many times over: Regions
/// holding VPCs holding subnets holding instances, databases and
/// endpoints. Within a subnet the instances form a chain; each VPC reaches
/// the next through a peering, and an interface endpoint in each VPC leads
/// to an endpoint service in the next Region (NET003).
pub fn nested(nodes: usize) -> Document {
    assert!(nodes >= 40);
    const REGIONS: [&str; 4] = ["eu-west-1", "us-east-1", "eu-central-1", "ap-south-1"];
    const PER_SUBNET: usize = 8;
    // Per VPC: the VPC, two subnets, their nodes, a peering, a gateway
    // endpoint, an interface endpoint and an endpoint service.
    const PER_VPC: usize = 3 + 2 * PER_SUBNET + 4;
    let mut d = Draft::new("Pathological: deep containment");
    for (r, code) in REGIONS.iter().enumerate() {
        let props = Props {
            region: Some((*code).into()),
            ..Props::default()
        };
        d.node(format!("region-{r}"), Kind::AwsRegion, "", props);
    }
    let vpcs = (nodes - REGIONS.len()) / PER_VPC;
    for v in 0..vpcs {
        let region = format!("region-{}", v % REGIONS.len());
        let cidr = format!("10.{}.{}.0/24", v / 256, v % 256);
        let props = Props {
            cidr: Some(cidr),
            ..Props::default()
        };
        let vpc = d.node(format!("vpc-{v}"), Kind::Vpc, &region, props);
        let mut last: Option<String> = None;
        for s in 0..2 {
            let kind = [Kind::PrivateSubnet, Kind::PublicSubnet][s];
            let subnet = d.bare(format!("subnet-{v}-{s}"), kind, &vpc);
            for k in 0..PER_SUBNET {
                let id = format!("node-{v}-{s}-{k}");
                let id = match k % 4 {
                    0 => d.store(id, Kind::RdsInstance, &subnet),
                    1 => d.store(id, Kind::Ec2Instance, &subnet),
                    _ => d.bare(id, Kind::Ec2Instance, &subnet),
                };
                if let Some(prev) = &last {
                    d.flow(prev, &id, tls_unless(k == 3));
                }
                last = Some(id);
            }
        }
        let last = last.expect("a subnet has nodes");
        let pcx = d.bare(format!("pcx-{v}"), Kind::VpcPeering, &region);
        d.flow(&last, &pcx, Transport::Tls);
        d.flow(
            &pcx,
            &format!("node-{}-0-0", (v + 1) % vpcs),
            Transport::Tls,
        );
        let gwe = d.bare(format!("gwe-{v}"), Kind::GatewayEndpoint, &vpc);
        d.flow(&format!("node-{v}-0-1"), &gwe, Transport::Tls);
        let subnet = format!("subnet-{v}-0");
        let ie = d.bare(format!("ie-{v}"), Kind::InterfaceEndpoint, &subnet);
        let svc = d.bare(format!("svc-{v}"), Kind::EndpointService, &subnet);
        d.flow(&svc, &format!("node-{v}-0-2"), Transport::Tls);
        d.flow(&format!("node-{v}-0-1"), &ie, Transport::Tls);
        d.flow(&ie, &format!("svc-{}", (v + 1) % vpcs), Transport::Tls);
    }
    // The rest: more instances in the first subnet.
    let mut k = 0;
    while d.0.nodes.len() < nodes {
        let id = format!("extra-{k}");
        d.bare(id.clone(), Kind::Ec2Instance, "subnet-0-0");
        d.flow("node-0-0-0", &id, Transport::Tls);
        k += 1;
    }
    d.done(nodes)
}

/// Half the nodes in small loops (an instance holding data, a transit
/// gateway, an instance, an interface endpoint, back), the other half in
/// one big loop alternating instances and transit gateways, with every
/// fourth instance holding data and every tenth hop without TLS.
pub fn cycles(nodes: usize) -> Document {
    assert!(nodes >= 40);
    let mut d = Draft::new("Pathological: many cycles and one big one");
    let subnet = d.network();
    let m = nodes - d.0.nodes.len();
    let small = m / 2 / 4;
    for l in 0..small {
        let a = d.store(format!("loop-{l}-a"), Kind::Ec2Instance, &subnet);
        let tgw = d.bare(format!("loop-{l}-tgw"), Kind::TransitGateway, "region");
        let b = d.bare(format!("loop-{l}-b"), Kind::Ec2Instance, &subnet);
        let ie = d.bare(format!("loop-{l}-ie"), Kind::InterfaceEndpoint, &subnet);
        for (x, y) in [(&a, &tgw), (&tgw, &b), (&b, &ie), (&ie, &a)] {
            d.flow(x, y, Transport::Tls);
        }
    }
    let big = (nodes - d.0.nodes.len()) & !1;
    let ring: Vec<String> = (0..big)
        .map(|i| match (i % 2, i % 8) {
            (1, _) => d.bare(format!("ring-{i}"), Kind::TransitGateway, "region"),
            (_, 0) => d.store(format!("ring-{i}"), Kind::Ec2Instance, &subnet),
            _ => d.bare(format!("ring-{i}"), Kind::Ec2Instance, &subnet),
        })
        .collect();
    for i in 0..big {
        d.flow(&ring[i], &ring[(i + 1) % big], tls_unless(i % 10 == 4));
    }
    if d.0.nodes.len() < nodes {
        d.bare("spare".into(), Kind::Ec2Instance, &subnet);
    }
    d.done(nodes)
}
