//! Deterministic generator of realistic documents of any size, for
//! benchmarks (and later for fuzzing or pathological-graph benchmarks).
//!
//! The design it draws: an on-premises network whose PostgreSQL databases
//! hold some sensitive tables; several AWS Regions, each with a Direct
//! Connect link; VPCs with non-overlapping CIDR blocks, each with private
//! and public subnets, a Site-to-Site VPN, a Glue connection, an RDS
//! database, an S3 gateway endpoint and an interface endpoint; Glue jobs,
//! S3 buckets, SageMaker training jobs and models; NAT and internet
//! gateways, notebooks, EC2 replicas and peerings on some VPCs; a shared
//! PrivateLink service per Region. Flows (about 1.5 per node from 1,000
//! nodes up) form pipelines: on-premises → VPN → Glue → gateway endpoint
//! → S3 → interface endpoint → training → S3 → model, with selections
//! (`only`) on the hops out of the databases, and a cycle (curated data
//! read back). A few deliberate mistakes give findings (about one per ten
//! nodes); every rule runs.
//!
//! The generator draws hops, as a version-1 document did, and reads them
//! through the version-1 migration into routed data flows.
//!
//! Every document validates (`tests/generated.rs`); `generate(n)` has
//! exactly `n` nodes and is the same every time.

use airlock::model::{
    CloudTransport, Dataset, Document, Flow, InTransit, Kind, LoadBalancer, Node, Props,
    Requirements, Suppression, Transport,
};

const REGIONS: [&str; 6] = [
    "eu-west-1",
    "us-east-1",
    "ap-northeast-1",
    "eu-central-1",
    "us-west-2",
    "ap-southeast-2",
];

/// The largest number of nodes one VPC adds (see [`Gen::vpc`]).
const MAX_VPC_NODES: usize = 21;

/// Tables of each on-premises database; the first two are sensitive.
const PG_TABLES: [&str; 6] = [
    "customers",
    "payments",
    "products",
    "orders",
    "inventory",
    "events",
];

struct Gen {
    doc: Document,
    regions: usize,
    pgs: usize,
    /// Flow ids are `f<n>`.
    next_flow: usize,
    /// Peering hops added once every VPC exists: (database, peering, transport).
    peer_later: Vec<(String, String, Transport)>,
}

impl Gen {
    fn node(&mut self, id: String, kind: Kind, parent: Option<&str>, props: Props) -> String {
        let i = self.doc.nodes.len();
        let mut n = Node::new(id.clone(), kind);
        n.label = format!("{} {}", kind.title(), i);
        n.parent = parent.map(str::to_string);
        // A plausible layout: a grid; zones get an explicit size.
        n.x = ((i % 40) * 160) as f64;
        n.y = ((i / 40) * 90) as f64;
        if kind.is_zone() {
            n.w = Some(480.0);
            n.h = Some(320.0);
        }
        n.props = props;
        self.doc.nodes.push(n);
        id
    }

    fn flow(&mut self, from: &str, to: &str, transport: Transport) -> usize {
        let mut f = Flow::new(format!("f{}", self.next_flow), from, to);
        self.next_flow += 1;
        f.transport = transport;
        self.doc.flows.push(f);
        self.doc.flows.len() - 1
    }

    fn only(&mut self, flow: usize, names: Vec<String>) {
        self.doc.flows[flow].only = Some(names);
    }

    fn tls(&mut self, from: &str, to: &str) -> usize {
        self.flow(from, to, Transport::Tls)
    }

    fn pg_tables(k: usize, sensitive_too: bool) -> Vec<String> {
        PG_TABLES
            .iter()
            .enumerate()
            .filter(|(t, _)| sensitive_too || *t >= 2)
            .map(|(_, name)| format!("pg{k}.{name}"))
            .collect()
    }

    /// One VPC and everything in and around it: 15 to [`MAX_VPC_NODES`]
    /// nodes, about 25 flows.
    fn vpc(&mut self, v: usize) {
        let r = v % self.regions;
        let region = format!("region-{r}");
        let id = |name: &str| format!("{name}-{v}");
        // 4,096 /20 blocks fit in 10.0.0.0/8: no two VPCs overlap.
        let cidr = format!("10.{}.{}.0/20", v / 16, (v % 16) * 16);

        let vpc = self.node(
            id("vpc"),
            Kind::Vpc,
            Some(&region),
            Props {
                cidr: Some(cidr),
                ..Props::default()
            },
        );
        let priv_a = self.node(
            id("priv-a"),
            Kind::PrivateSubnet,
            Some(&vpc),
            Props::default(),
        );
        let priv_b = self.node(
            id("priv-b"),
            Kind::PrivateSubnet,
            Some(&vpc),
            Props::default(),
        );
        let public = self.node(id("pub"), Kind::PublicSubnet, Some(&vpc), Props::default());
        let sg = format!("sg-glue-{v}");
        let conn = self.node(
            id("conn"),
            Kind::GlueConnection,
            Some(&priv_a),
            Props {
                security_group: Some(sg.clone()),
                jdbc_enforce_ssl: Some(v % 2 == 0),
                ..Props::default()
            },
        );
        let mut sources = vec![sg.clone()];
        if v % 13 == 5 {
            sources.push("10.0.0.0/8".into()); // NET008: admits a range
        }
        let rds = self.node(
            id("rds"),
            Kind::RdsInstance,
            Some(&priv_b),
            Props {
                datasets: Some(vec![
                    dataset(format!("rds{v}.orders"), false),
                    dataset(format!("rds{v}.events"), false),
                    dataset(format!("rds{v}.customers"), true),
                ]),
                publicly_accessible: Some(false),
                force_ssl: Some(v % 3 != 0),
                security_group_sources: Some(sources),
                encryption_at_rest: Some(true),
                ..Props::default()
            },
        );
        let gwe = self.node(
            id("gwe"),
            Kind::GatewayEndpoint,
            Some(&vpc),
            Props::default(),
        );
        let ie = self.node(
            id("ie"),
            Kind::InterfaceEndpoint,
            Some(&priv_a),
            Props {
                security_group: Some(format!("sg-ie-{v}")),
                ..Props::default()
            },
        );
        let vpn = self.node(id("vpn"), Kind::SiteToSiteVpn, Some(&vpc), Props::default());
        // Every 11th ETL job has no connection (EGR004).
        let etl = self.node(
            id("etl"),
            Kind::GlueJob,
            Some(&region),
            Props {
                connection: (v % 11 != 3).then(|| conn.clone()),
                security_group: Some(sg.clone()),
                ..Props::default()
            },
        );
        let curate = self.node(
            id("curate"),
            Kind::GlueJob,
            Some(&region),
            Props {
                connection: Some(conn.clone()),
                ..Props::default()
            },
        );
        let raw = self.node(
            id("raw"),
            Kind::S3Bucket,
            Some(&region),
            Props {
                datasets: Some(vec![dataset(format!("raw{v}.clickstream"), false)]),
                ..Props::default()
            },
        );
        let lake = self.node(
            id("lake"),
            Kind::S3Bucket,
            Some(&region),
            Props {
                require_secure_transport: Some(true),
                encryption_at_rest: Some(true),
                ..Props::default()
            },
        );
        let train = self.node(
            id("train"),
            Kind::SagemakerTrainingJob,
            Some(&priv_b),
            Props {
                network_isolation: Some(true),
                instance_count: Some(2),
                // Every 9th is distributed without encryption (ENC003).
                inter_container_encryption: Some(v % 9 != 4),
                security_group: Some(format!("sg-train-{v}")),
                ..Props::default()
            },
        );
        let model = self.node(
            id("model"),
            Kind::SagemakerModel,
            Some(&region),
            Props {
                // Every 17th has no network isolation (EGR007).
                network_isolation: Some(v % 17 != 8),
                ..Props::default()
            },
        );

        // On premises → VPN → Glue, selecting non-sensitive tables (every
        // 7th VPC takes everything: LOC001, LOC002).
        for k in [v % self.pgs, (v + 1) % self.pgs] {
            let f = self.flow(&format!("pg-{k}"), &vpn, Transport::None);
            if v % 7 != 3 {
                self.only(f, Self::pg_tables(k, false));
            }
        }
        self.flow(&vpn, &etl, Transport::None);
        self.flow(&vpn, &curate, Transport::None);
        // RDS → Glue → S3 through the gateway endpoint.
        let f = self.tls(&rds, &etl);
        self.only(f, vec![format!("rds{v}.orders"), format!("rds{v}.events")]);
        let f = self.tls(&rds, &curate);
        self.only(f, vec![format!("rds{v}.orders")]);
        self.tls(&etl, &curate);
        self.tls(&etl, &gwe);
        self.tls(&gwe, &raw);
        self.tls(&raw, &curate);
        self.tls(&curate, &gwe);
        self.tls(&gwe, &lake);
        self.tls(&lake, &curate); // a cycle: curated data is read back
        self.tls(&curate, &rds);
        // S3 → interface endpoint → training → model.
        self.tls(&lake, &ie);
        self.tls(&raw, &ie);
        self.tls(&curate, &ie);
        self.tls(&ie, &train);
        self.tls(&train, &gwe); // model artifacts to the lake
        self.tls(&model, &lake);
        self.tls(&model, &raw);
        self.tls(&lake, &model);

        if v % 2 == 0 {
            let nb = self.node(
                id("nb"),
                Kind::SagemakerNotebook,
                Some(&priv_a),
                Props {
                    direct_internet_access: Some(false),
                    root_access: Some(false),
                    presigned_url_allowed_cidrs: Some(vec!["203.0.113.0/24".into()]),
                    ..Props::default()
                },
            );
            self.tls(&ie, &nb);
            self.tls(&nb, &gwe);
            if v % 4 == 0 {
                let nat = self.node(id("nat"), Kind::NatGateway, Some(&public), Props::default());
                let igw = self.node(
                    id("igw"),
                    Kind::InternetGateway,
                    Some(&vpc),
                    Props::default(),
                );
                self.flow(&nat, &igw, Transport::None);
                self.flow(&igw, "internet", Transport::None);
                // Every 8th notebook browses the Internet: EGR001.
                if v % 8 == 0 {
                    self.tls(&nb, &nat);
                }
            }
        }
        if v % 4 == 2 {
            // A replica fed over Direct Connect.
            let ec2 = self.node(
                id("ec2"),
                Kind::Ec2Instance,
                Some(&priv_b),
                Props {
                    security_group: Some(format!("sg-ec2-{v}")),
                    ..Props::default()
                },
            );
            self.flow(&format!("dx-{r}"), &ec2, Transport::Tls);
            self.tls(&ec2, &etl);
        }
        if v % 10 == 1 {
            // Training reads the next VPC's database over a peering (half
            // of them without TLS).
            let pcx = self.node(id("pcx"), Kind::VpcPeering, Some(&region), Props::default());
            let t = if v % 20 == 1 {
                Transport::Tls
            } else {
                Transport::None
            };
            self.peer_later
                .push((format!("rds-{}", v + self.regions), pcx.clone(), t));
            self.flow(&pcx, &train, t);
        }
        if v < self.regions {
            // The Region's shared PrivateLink service, in its first VPC.
            let api = self.node(
                format!("api-{r}"),
                Kind::Ec2Instance,
                Some(&priv_b),
                Props::default(),
            );
            let svc = self.node(
                format!("svc-{r}"),
                Kind::EndpointService,
                Some(&priv_b),
                Props {
                    load_balancer: Some(LoadBalancer::Nlb),
                    ..Props::default()
                },
            );
            self.flow(&svc, &api, Transport::Tls);
        } else if v % 3 == 0 {
            let ie_svc = self.node(
                id("ie-svc"),
                Kind::InterfaceEndpoint,
                Some(&priv_a),
                Props::default(),
            );
            self.tls(&model, &ie_svc);
            self.flow(&ie_svc, &format!("svc-{r}"), Transport::Tls);
        }
    }
}

fn dataset(name: String, sensitive: bool) -> Dataset {
    Dataset { name, sensitive }
}

/// A document with exactly `nodes` nodes (at least 40).
pub fn generate(nodes: usize) -> Document {
    assert!(nodes >= 40, "too small for the design");
    let regions = (1 + nodes / 400).min(REGIONS.len());
    let pgs = (nodes / 150).max(2);
    let mut g = Gen {
        doc: Document::default(),
        regions,
        pgs,
        next_flow: 0,
        peer_later: Vec::new(),
    };
    g.doc.title = format!("Generated pipeline, {nodes} nodes");
    g.doc.description = "Deterministic benchmark document: see benches/generate/mod.rs".into();
    g.doc.requirements = Requirements {
        sensitive_data_stays_on_premises: true,
        train_only_on_non_sensitive_data: true,
        cloud_transport: CloudTransport::Ipsec,
        in_transit_encryption: InTransit::Sensitive,
        no_internet_egress: true,
        // Residency in the first Region: the others' sensitive data is LOC003's.
        sensitive_data_region: Some(REGIONS[0].to_string()),
    };

    let corp = g.node(
        "corp".into(),
        Kind::OnPremisesNetwork,
        None,
        Props::default(),
    );
    g.node("internet".into(), Kind::Internet, None, Props::default());
    for k in 0..pgs {
        let datasets = PG_TABLES
            .iter()
            .enumerate()
            .map(|(t, name)| dataset(format!("pg{k}.{name}"), t < 2))
            .collect();
        g.node(
            format!("pg-{k}"),
            Kind::OnPremisesDatabase,
            Some(&corp),
            Props {
                datasets: Some(datasets),
                encryption_at_rest: Some(true),
                ..Props::default()
            },
        );
    }
    for (r, code) in REGIONS.iter().enumerate().take(regions) {
        let region = g.node(
            format!("region-{r}"),
            Kind::AwsRegion,
            None,
            Props {
                region: Some((*code).into()),
                ..Props::default()
            },
        );
        g.node(
            format!("dx-{r}"),
            Kind::DirectConnect,
            Some(&region),
            Props {
                macsec: Some(r % 2 == 0),
                ..Props::default()
            },
        );
    }
    // Every 5th database replicates its non-sensitive tables over Direct
    // Connect (TLS where IPsec is required: ENC001).
    for k in (0..pgs).step_by(5) {
        let f = g.flow(
            &format!("pg-{k}"),
            &format!("dx-{}", k % regions),
            Transport::Tls,
        );
        g.only(f, Gen::pg_tables(k, false));
    }

    let mut v = 0;
    while g.doc.nodes.len() + MAX_VPC_NODES <= nodes && v < 4096 {
        g.vpc(v);
        v += 1;
    }
    // Peerings to the next VPC of the same Region, where there is one;
    // those without TLS carry everything (ENC002, LOC002).
    let ids: std::collections::HashSet<String> = g.doc.nodes.iter().map(|n| n.id.clone()).collect();
    for (rds, pcx, t) in std::mem::take(&mut g.peer_later) {
        if ids.contains(&rds) {
            let f = g.flow(&rds, &pcx, t);
            if t == Transport::Tls {
                g.only(f, vec![rds.replace("rds-", "rds") + ".orders"]);
            }
        }
    }
    // Fill up to exactly `nodes` with archive buckets fed by the lakes.
    let lakes = v.max(1);
    let mut a = 0;
    while g.doc.nodes.len() < nodes {
        let r = (a % lakes) % regions;
        let archive = g.node(
            format!("archive-{a}"),
            Kind::S3Bucket,
            Some(&format!("region-{r}")),
            Props::default(),
        );
        if v > 0 {
            g.tls(&format!("lake-{}", a % lakes), &archive);
        }
        a += 1;
    }
    // A few accepted findings.
    for w in (3..v).step_by(11 * 4) {
        g.doc.suppressions.push(Suppression {
            rule: "EGR004".into(),
            target: format!("etl-{w}"),
            reason: "Accepted for the pilot; attached to the VPC in the next release".into(),
        });
    }
    // Drawn as hops, read as data flows: the hops through each
    // connectivity node pair into routes as `model::migrate` pairs a
    // version-1 drawing (every arrow in with every arrow out).
    let mut value = serde_json::to_value(&g.doc).expect("a document serializes");
    value["airlock"] = 1.into();
    airlock::model::from_value(value).expect("the generated hops pair into valid data flows")
}
