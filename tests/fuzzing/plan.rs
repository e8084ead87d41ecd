//! Structurally valid documents from fuzz input.
//!
//! A [`Plan`] is plain data that `arbitrary` derives from raw bytes; every
//! number in it is a choice, taken modulo what is possible. [`build`] turns
//! any plan into a document the loader accepts: kinds at random; each node
//! in one of its kind's places (`Kind::places`), the container being
//! created when none exists yet; only the properties of the catalog that
//! apply to the kind, with values that validate (and overlap where that
//! matters: CIDR blocks, Regions, dataset names); flows between endpoint
//! and connectivity nodes with random transports and selections; random
//! requirements and suppressions.

use airlock::check::RULES;
use airlock::model::{
    CloudTransport, Dataset, Document, Flow, InTransit, Kind, LIMITS, LoadBalancer, Node, Place,
    Props, Requirements, Role, Service, SslMode, Suppression, Transport, spec,
};
use arbitrary::Arbitrary;

/// At most this many nodes and flows come from one plan (plus the
/// containers created for them), so a run stays fast.
pub const MAX_PLANNED: usize = 48;

#[derive(Arbitrary, Clone, Debug)]
pub struct Plan {
    pub id_style: u8,
    pub requirements: (bool, bool, u8, u8, bool),
    pub nodes: Vec<NodePlan>,
    pub flows: Vec<FlowPlan>,
    pub suppressions: Vec<SuppressionPlan>,
}

#[derive(Arbitrary, Clone, Debug)]
pub struct NodePlan {
    pub kind: u8,
    /// Which of the kind's places, then which container of that kind.
    pub place: u8,
    pub parent: u16,
    pub label: Option<String>,
    pub xy: (i16, i16),
    pub size: Option<(u16, u16)>,
    pub props: PropsPlan,
}

/// One optional choice per catalog property; [`build`] keeps those that
/// apply to the node's kind.
#[derive(Arbitrary, Clone, Debug, Default)]
pub struct PropsPlan {
    pub region: Option<u8>,
    pub cidr: Option<CidrPlan>,
    pub datasets: Option<Vec<(u8, bool)>>,
    pub network_isolation: Option<bool>,
    pub inter_container_encryption: Option<bool>,
    pub instance_count: Option<u16>,
    pub direct_internet_access: Option<bool>,
    pub root_access: Option<bool>,
    pub presigned_url_allowed_cidrs: Option<Vec<CidrPlan>>,
    pub encryption_at_rest: Option<bool>,
    pub publicly_accessible: Option<bool>,
    pub force_ssl: Option<bool>,
    pub security_group: Option<u8>,
    /// Each: a security group (`true`, which one) or a CIDR block.
    pub security_group_sources: Option<Vec<(bool, u8, CidrPlan)>>,
    pub jdbc_enforce_ssl: Option<bool>,
    pub connection: Option<u16>,
    pub load_balancer: Option<u8>,
    pub macsec: Option<bool>,
    pub private_nat: Option<bool>,
    pub ssl_mode: Option<u8>,
    pub require_secure_transport: Option<bool>,
    pub service: Option<u8>,
}

/// A CIDR block's two varying octets and its prefix length (see [`cidr`]).
pub type CidrPlan = (u8, u8, u8);

#[derive(Arbitrary, Clone, Debug)]
pub struct FlowPlan {
    pub from: u16,
    pub to: u16,
    /// Connectivity nodes on the route (distinct, neither end).
    pub via: Vec<u16>,
    pub transport: u8,
    pub only: Option<Vec<u8>>,
    pub label: Option<String>,
}

#[derive(Arbitrary, Clone, Debug)]
pub struct SuppressionPlan {
    pub rule: u8,
    pub from: u16,
    /// `None`: the target is a node id; `Some`: a hop `from->to`.
    pub to: Option<u16>,
    pub reason: String,
}

const REGIONS: [&str; 3] = ["eu-west-1", "us-east-1", "eu-central-1"];
const SECURITY_GROUPS: [&str; 4] = ["sg-a", "sg-b", "sg-glue", "sg-0123456789abcdef0"];
/// Few names, so stores share them and selections find them.
const DATASETS: [&str; 6] = ["customers", "payments", "orders", "products", "t", "é"];

fn pick<T: Copy>(list: &[T], choice: impl Into<usize>) -> T {
    list[choice.into() % list.len()]
}

/// A CIDR block in 10.0.0.0/8 or nearby, short enough to overlap often.
fn cidr((a, b, len): CidrPlan) -> String {
    let len = [0, 8, 12, 16, 16, 20, 24, 28, 32][usize::from(len) % 9];
    let first = [10, 10, 172, 192][usize::from(a) % 4];
    format!("{first}.{}.{}.0/{len}", a % 4, b % 4)
}

/// Text that respects a character limit.
fn text(s: &Option<String>, limit: usize) -> String {
    s.as_deref()
        .unwrap_or("")
        .chars()
        .take(limit)
        .collect::<String>()
}

fn node_id(style: u8, i: usize) -> String {
    match style % 5 {
        0 => format!("n{i}"),
        1 => format!("node-{i}.a:b_c"),
        2 => format!("{i}"),
        3 => format!("{i}_{}", "x".repeat(LIMITS.max_id_chars - 12)),
        _ => format!("N:{i}"),
    }
}

struct Builder {
    kinds: Vec<Kind>,
    /// The plan each node came from, if any (containers created on demand have none).
    origin: Vec<Option<usize>>,
    /// (index of the node, the kind of its container), resolved after all
    /// kinds are known.
    wants: Vec<Option<(Kind, u16)>>,
}

impl Builder {
    /// Adds a node of `kind` that wants to sit in `place`; creates its
    /// container's kind first if no node of that kind exists yet.
    fn add(&mut self, kind: Kind, place: Place, parent: u16, origin: Option<usize>) {
        if let Place::In(container) = place
            && !self.kinds.contains(&container)
        {
            let outer = container.places()[0];
            self.add(container, outer, 0, None);
        }
        self.kinds.push(kind);
        self.origin.push(origin);
        self.wants.push(match place {
            Place::Top => None,
            Place::In(k) => Some((k, parent)),
        });
    }
}

/// Turns any plan into a document that validates.
pub fn build(plan: &Plan) -> Document {
    let mut b = Builder {
        kinds: Vec::new(),
        origin: Vec::new(),
        wants: Vec::new(),
    };
    for (p, np) in plan.nodes.iter().take(MAX_PLANNED).enumerate() {
        let kind = pick(&Kind::ALL, np.kind);
        let place = pick(kind.places(), np.place);
        b.add(kind, place, np.parent, Some(p));
    }
    let ids: Vec<String> = (0..b.kinds.len())
        .map(|i| node_id(plan.id_style, i))
        .collect();
    let of_kind =
        |k: Kind| -> Vec<usize> { (0..b.kinds.len()).filter(|&i| b.kinds[i] == k).collect() };

    let mut nodes: Vec<Node> = Vec::with_capacity(b.kinds.len());
    for i in 0..b.kinds.len() {
        let kind = b.kinds[i];
        let mut n = Node::new(ids[i].clone(), kind);
        n.parent = b.wants[i].map(|(k, choice)| {
            let candidates = of_kind(k);
            ids[candidates[usize::from(choice) % candidates.len()]].clone()
        });
        if let Some(p) = b.origin[i] {
            let np = &plan.nodes[p];
            n.label = text(&np.label, LIMITS.max_label_chars);
            n.x = f64::from(np.xy.0) * 7.5;
            n.y = f64::from(np.xy.1) * 0.5;
            if let Some((w, h)) = np.size {
                n.w = Some(f64::from(w) + 0.25);
                n.h = Some(f64::from(h) + 1.0);
            }
            n.props = props(kind, &np.props, &of_kind(Kind::GlueConnection), &ids);
        }
        nodes.push(n);
    }
    // A VPC's Region agrees with the Region box it is drawn in.
    for i in 0..nodes.len() {
        if nodes[i].kind == Kind::Vpc
            && nodes[i].props.region.is_some()
            && let Some(parent) = nodes[i].parent.clone()
            && let Some(outer) = nodes.iter().find(|n| n.id == parent)
            && outer.props.region.is_some()
        {
            nodes[i].props.region = outer.props.region.clone();
        }
    }

    let held: Vec<&str> = {
        let mut names: Vec<&str> = nodes
            .iter()
            .flat_map(|n| n.props.datasets())
            .map(|d| d.name.as_str())
            .collect();
        names.sort_unstable();
        names.dedup();
        names
    };
    let on_path: Vec<usize> = (0..nodes.len())
        .filter(|&i| matches!(nodes[i].kind.role(), Role::Endpoint | Role::Transit))
        .collect();
    let mut flows = Vec::new();
    if on_path.len() >= 2 {
        for (k, fp) in plan.flows.iter().take(MAX_PLANNED).enumerate() {
            let from = on_path[usize::from(fp.from) % on_path.len()];
            let mut to = on_path[usize::from(fp.to) % on_path.len()];
            if to == from {
                to = on_path[(usize::from(fp.to) + 1) % on_path.len()];
            }
            // No node id starts with `f`.
            let mut f = Flow::new(format!("f{k}"), ids[from].clone(), ids[to].clone());
            f.label = text(&fp.label, LIMITS.max_label_chars);
            f.transport = pick(&Transport::FOR_FLOWS, fp.transport);
            let passable: Vec<usize> = (0..nodes.len())
                .filter(|&i| nodes[i].kind.is_passable() && i != from && i != to)
                .collect();
            if !passable.is_empty() {
                for &v in fp.via.iter().take(8) {
                    let id = &ids[passable[usize::from(v) % passable.len()]];
                    if !f.via.contains(id) {
                        f.via.push(id.clone());
                    }
                }
            }
            if nodes[from].kind.role() != Role::Transit
                && let Some(only) = &fp.only
            {
                // Possibly empty (the hop carries nothing), possibly with repeats.
                f.only = Some(if held.is_empty() {
                    Vec::new()
                } else {
                    only.iter().map(|&c| pick(&held, c).to_string()).collect()
                });
            }
            flows.push(f);
        }
    }

    let (stays, train, cloud, transit, internet) = plan.requirements;
    let requirements = Requirements {
        sensitive_data_stays_on_premises: stays,
        train_only_on_non_sensitive_data: train,
        cloud_transport: pick(&CloudTransport::ALL, cloud),
        in_transit_encryption: pick(&InTransit::ALL, transit),
        no_internet_egress: internet,
        // Residency in one of the planned Regions, on half the plans.
        sensitive_data_region: (cloud % 2 == 0).then(|| pick(&REGIONS, transit).to_string()),
    };

    let suppressions = plan
        .suppressions
        .iter()
        .take(8)
        .filter(|_| !nodes.is_empty())
        .map(|s| {
            let from = &ids[usize::from(s.from) % ids.len()];
            let target = match s.to {
                None => from.clone(),
                Some(to) => format!("{from}->{}", ids[usize::from(to) % ids.len()]),
            };
            let reason = s.reason.trim().chars().take(200).collect::<String>();
            Suppression {
                rule: pick(RULES, s.rule).code.to_string(),
                target,
                reason: if reason.trim().is_empty() {
                    "accepted".into()
                } else {
                    reason
                },
            }
        })
        .collect();

    Document {
        title: "fuzz".into(),
        requirements,
        nodes,
        flows,
        suppressions,
        ..Document::default()
    }
}

/// The planned properties that apply to `kind`.
fn props(kind: Kind, p: &PropsPlan, connections: &[usize], ids: &[String]) -> Props {
    let applies = |key: &str| spec(key).is_some_and(|s| s.applies_to(kind));
    let mut out = Props {
        region: p.region.map(|c| pick(&REGIONS, c).to_string()),
        // Cross-Region PrivateLink settings, from the same choice shifted.
        service_region: p
            .region
            .map(|c| pick(&REGIONS, c.wrapping_add(1)).to_string()),
        supported_regions: p
            .region
            .map(|c| vec![pick(&REGIONS, c.wrapping_add(2)).to_string()]),
        cidr: p.cidr.map(cidr),
        datasets: p.datasets.as_ref().map(|list| {
            let mut names: Vec<&str> = Vec::new();
            let mut out = Vec::new();
            for &(c, sensitive) in list.iter().take(8) {
                let name = pick(&DATASETS, c);
                if !names.contains(&name) {
                    names.push(name);
                    out.push(Dataset {
                        name: name.to_string(),
                        sensitive,
                    });
                }
            }
            out
        }),
        network_isolation: p.network_isolation,
        inter_container_encryption: p.inter_container_encryption,
        instance_count: p.instance_count.map(|n| 1 + u32::from(n) % 10_000),
        direct_internet_access: p.direct_internet_access,
        root_access: p.root_access,
        presigned_url_allowed_cidrs: p
            .presigned_url_allowed_cidrs
            .as_ref()
            .map(|l| l.iter().take(4).map(|&c| cidr(c)).collect()),
        encryption_at_rest: p.encryption_at_rest,
        publicly_accessible: p.publicly_accessible,
        force_ssl: p.force_ssl,
        security_group: p.security_group.map(|c| pick(&SECURITY_GROUPS, c).into()),
        security_group_sources: p.security_group_sources.as_ref().map(|l| {
            l.iter()
                .take(4)
                .map(|&(is_sg, c, block)| {
                    if is_sg {
                        pick(&SECURITY_GROUPS, c).to_string()
                    } else if c % 3 == 0 {
                        "0.0.0.0/0".to_string()
                    } else {
                        cidr(block)
                    }
                })
                .collect()
        }),
        jdbc_enforce_ssl: p.jdbc_enforce_ssl,
        connection: p
            .connection
            .filter(|_| !connections.is_empty())
            .map(|c| ids[connections[usize::from(c) % connections.len()]].clone()),
        load_balancer: p.load_balancer.map(|c| pick(&LoadBalancer::ALL, c)),
        macsec: p.macsec,
        private_nat: p.private_nat,
        ssl_mode: p.ssl_mode.map(|c| pick(&SslMode::ALL, c)),
        require_secure_transport: p.require_secure_transport,
        service: p.service.map(|c| pick(&Service::ALL, c)),
    };
    for key in out.keys() {
        if !applies(key) {
            out.set(key, None);
        }
    }
    out
}
