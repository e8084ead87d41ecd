//! The defects seen on real designs (issue "Verdicts you can rely on"),
//! each as a design a reviewer who knows AWS would draw, with the exact
//! findings version 1 gave (in a comment) and the exact findings now.
//! Missing and extra findings both fail.

use crate::check::testkit::*;
use crate::model::{CloudTransport, InTransit};

/// An on-premises PostgreSQL with a sensitive and a plain table, a VPN,
/// and a VPC with a private subnet.
fn corp_and_vpc() -> Builder {
    doc()
        .node("corp", OnPremisesNetwork, "")
        .node("pg", OnPremisesDatabase, "corp")
        .data(&[("customers", true), ("orders", false)])
        .node("vpn", SiteToSiteVpn, "")
        .node("vpc", Vpc, "")
        .props(|p| p.cidr = Some("10.0.0.0/16".into()))
        .node("priv", PrivateSubnet, "vpc")
}

fn all(doc: &crate::model::Document) -> Vec<String> {
    ids(doc)
}

#[test]
fn defect_1_a_shared_vpn_keeps_two_pipelines_apart() {
    // Version 1: LOC001 on both jobs' hops (the VPN joined every arrow in
    // to every arrow out). Now only the job that reads everything.
    let d = corp_and_vpc()
        .req(|r| r.sensitive_data_stays_on_premises = true)
        .node("etl", GlueJob, "priv")
        .node("report", GlueJob, "priv")
        .chain(&["pg", "vpn", "etl"])
        .chain(&["pg", "vpn", "report"])
        .only_on("pg-report", &["orders"])
        .build();
    assert_eq!(all(&d), ["LOC001@pg-etl"]);
}

#[test]
fn defect_1_a_shared_gateway_endpoint_does_not_send_one_jobs_data_to_another() {
    // Version 1: LOC002 on the training job (the ETL's sensitive tables
    // "reached" it through the shared S3 gateway endpoint). Now: none.
    let d = corp_and_vpc()
        .req(|r| r.train_only_on_non_sensitive_data = true)
        .node("etl", GlueJob, "priv")
        .node("train", SagemakerTrainingJob, "priv")
        .props(|p| p.network_isolation = Some(true))
        .node("gwe", GatewayEndpoint, "vpc")
        .node("raw", S3Bucket, "")
        .node("features", S3Bucket, "")
        .data(&[("features", false)])
        .chain(&["pg", "vpn", "etl"])
        .chain(&["etl", "gwe", "raw"])
        .chain(&["features", "gwe", "train"])
        .all_transport(TLS)
        .build();
    // Only the hardening remark on the bucket that receives `customers`.
    assert_eq!(all(&d), ["ENC004@raw"]);
}

#[test]
fn defect_1_a_shared_transit_gateway_and_nat_keep_pipelines_apart() {
    // Two VPCs' pipelines through one transit gateway; only one carries
    // sensitive data, and only that one is flagged (version 1: both, and
    // the plain pipeline "sent" sensitive data to the other's sink).
    let d = doc()
        .node("a", Vpc, "")
        .node("a1", PrivateSubnet, "a")
        .node("b", Vpc, "")
        .node("b1", PrivateSubnet, "b")
        .node("hr", RdsInstance, "a1")
        .data(&[("salaries", true)])
        .node("shop", RdsInstance, "a1")
        .data(&[("orders", false)])
        .node("tgw", TransitGateway, "")
        .node("payroll", Ec2Instance, "b1")
        .node("stats", Ec2Instance, "b1")
        .chain(&["hr", "tgw", "payroll"])
        .chain(&["shop", "tgw", "stats"])
        .build();
    assert_eq!(all(&d), ["ENC002@hr-payroll", "ENC004@hr"]);
}

#[test]
fn defect_2_tls_runs_end_to_end_through_a_gateway_endpoint() {
    // Version 1, with the editor's defaults (none into the endpoint, TLS
    // into S3): ENC002 "carries data unencrypted". Now TLS is the flow's.
    let d = doc()
        .req(|r| r.in_transit_encryption = InTransit::All)
        .node("vpc", Vpc, "")
        .node("priv", PrivateSubnet, "vpc")
        .node("conn", GlueConnection, "priv")
        .node("glue", GlueJob, "priv")
        .props(|p| p.connection = Some("conn".into()))
        .node("gwe", GatewayEndpoint, "vpc")
        .node("rds", RdsInstance, "priv")
        .data(&[("orders", false)])
        .node("s3", S3Bucket, "")
        .chain(&["rds", "glue"])
        .chain(&["glue", "gwe", "s3"])
        .transport_on("rds-glue", TLS)
        .transport_on("glue-s3", TLS)
        .build();
    assert_eq!(all(&d), Vec::<String>::new());
}

/// On-premises → Direct Connect (no MACsec) → transit gateway → VPN →
/// branch office: the VPN covers only its own leg.
fn branch(transport: crate::model::Transport) -> crate::model::Document {
    doc()
        .req(|r| r.cloud_transport = CloudTransport::Ipsec)
        .node("corp", OnPremisesNetwork, "")
        .node("pg", OnPremisesDatabase, "corp")
        .data(&[("customers", true)])
        .node("office", OnPremisesNetwork, "")
        .node("branch", OnPremisesDatabase, "office")
        .node("dx", DirectConnect, "")
        .node("tgw", TransitGateway, "")
        .node("vpn", SiteToSiteVpn, "")
        .chain(&["pg", "dx", "tgw", "vpn", "branch"])
        .all_transport(transport)
        .build()
}

#[test]
fn defect_3_ipsec_covers_only_the_vpn_leg() {
    // Version 1: nothing (the VPN made the whole route IPsec, and routes
    // from on-premises to on-premises were not checked).
    assert_eq!(
        all(&branch(crate::model::Transport::None)),
        ["ENC002@pg-branch"]
    );
    assert_eq!(all(&branch(TLS)), ["ENC001@pg-branch"]);
    let report = crate::check::run(&branch(TLS));
    assert_eq!(
        report.findings[0].message,
        "Flow `pg → branch` crosses between on-premises and AWS (`pg` → `tgw`) protected only by TLS (layer 7), but IPsec (layer 3) is required"
    );
}

/// On-premises → the Internet → S3.
fn over_the_internet(transport: crate::model::Transport) -> crate::model::Document {
    doc()
        .req(|r| {
            r.cloud_transport = CloudTransport::Ipsec;
            r.sensitive_data_stays_on_premises = true;
        })
        .node("corp", OnPremisesNetwork, "")
        .node("pg", OnPremisesDatabase, "corp")
        .data(&[("customers", true)])
        .node("net", Internet, "")
        .node("s3", S3Bucket, "")
        .chain(&["pg", "net", "s3"])
        .all_transport(transport)
        .build()
}

#[test]
fn defect_4_the_internet_does_not_split_a_route() {
    // Version 1: the route was cut at the Internet node: EGR001 and
    // LOC001 on the first half only, and neither IPsec nor encryption was
    // checked. Now one route from on-premises to AWS over the Internet.
    assert_eq!(
        all(&over_the_internet(crate::model::Transport::None)),
        ["EGR001@pg-s3", "ENC002@pg-s3", "ENC004@s3", "LOC001@pg-s3"]
    );
    assert_eq!(
        all(&over_the_internet(TLS)),
        ["EGR001@pg-s3", "ENC001@pg-s3", "ENC004@s3", "LOC001@pg-s3"]
    );
    let report = crate::check::run(&over_the_internet(crate::model::Transport::None));
    let enc = report.findings.iter().find(|f| f.code == "ENC002").unwrap();
    assert_eq!(
        enc.message,
        "Flow `pg → s3` carries sensitive data `customers` unencrypted over the Internet"
    );
    assert_eq!(
        enc.nodes,
        ["pg", "net", "s3"],
        "one route, not cut at the Internet"
    );
}

#[test]
fn defect_5_a_notebook_without_direct_access_leaves_through_its_vpcs_nat() {
    // Version 1: nothing (reachability came only from drawn arrows).
    let d = vpc_with_way_out()
        .req(|r| r.no_internet_egress = true)
        .node("rds", RdsInstance, "priv")
        .data(&[("customers", true)])
        .props(|p| p.force_ssl = Some(true))
        .node("nb", SagemakerNotebook, "priv")
        .props(|p| {
            p.direct_internet_access = Some(false);
            p.presigned_url_allowed_cidrs = Some(vec!["203.0.113.0/24".into()]);
        })
        .chain(&["rds", "nb"])
        .build();
    assert_eq!(all(&d), ["EGR001@nb"]);
    let f = crate::check::run(&d).findings.remove(0);
    assert_eq!(
        f.nodes,
        ["nb", "nat", "igw"],
        "the way out is named and drawn"
    );
    // A private NAT gateway, or no internet gateway: no way out.
    let private = crate::model::Document {
        nodes: d
            .nodes
            .iter()
            .cloned()
            .map(|mut n| {
                if n.id == "nat" {
                    n.props.private_nat = Some(true);
                }
                n
            })
            .collect(),
        ..d.clone()
    };
    assert_eq!(all(&private), Vec::<String>::new());
}

#[test]
fn defect_6_a_vpc_attached_sagemaker_resource_connects_through_its_own_enis() {
    // Version 1: EGR002 "reaches SageMaker over the public network" on
    // both. Now neither: no SageMaker API call is involved.
    let d = corp_and_vpc()
        .req(|r| r.no_internet_egress = true)
        .node("b", Vpc, "")
        .props(|p| p.cidr = Some("10.1.0.0/16".into()))
        .node("b1", PrivateSubnet, "b")
        .node("rds", RdsInstance, "b1")
        .data(&[("orders", false)])
        .node("pcx", VpcPeering, "")
        // Not isolated: an isolated job reads no database at all (NET011).
        // Its VPC has no way out, so EGR007 does not apply either.
        .node("train", SagemakerTrainingJob, "priv")
        .props(|p| p.network_isolation = Some(false))
        .node("nb", SagemakerNotebook, "priv")
        .props(|p| {
            p.direct_internet_access = Some(false);
            p.presigned_url_allowed_cidrs = Some(vec!["203.0.113.0/24".into()]);
        })
        .chain(&["rds", "pcx", "train"])
        .chain(&["pg", "vpn", "nb"])
        .only_on("pg-nb", &["orders"])
        .all_transport(TLS)
        .build();
    assert_eq!(all(&d), Vec::<String>::new());
}

#[test]
fn defect_7_paths_stay_as_long_as_one_flow_on_a_long_chain() {
    // Version 1: every finding carried the whole path from the store
    // (quadratic in the chain's length). Now each path is its own route.
    let n = 1_500;
    let mut b = doc()
        .req(|r| r.in_transit_encryption = InTransit::Sensitive)
        .node("vpc", Vpc, "")
        .node("priv", PrivateSubnet, "vpc")
        .node("e0", Ec2Instance, "priv")
        .data(&[("customers", true)]);
    for i in 1..n {
        b = b.node(&format!("e{i}"), Ec2Instance, "priv");
    }
    for i in 1..n {
        b = b.chain(&[&format!("e{}", i - 1), &format!("e{i}")]);
    }
    let report = crate::check::run(&b.build());
    assert_eq!(report.findings.len(), n - 1, "one ENC002 per flow");
    let path_nodes: usize = report.findings.iter().map(|f| f.nodes.len()).sum();
    assert_eq!(path_nodes, 2 * (n - 1), "linear in the chain's length");
    assert!(report.findings.iter().all(|f| f.code == "ENC002"));
}

#[test]
fn a_flow_knows_the_tls_an_end_enforces() {
    // The DMS template: the arrow declares nothing, DMS's SSL mode makes
    // the conversation TLS (ENC001 says "protected only by TLS"), and the
    // chip must say the same.
    let text = include_str!("../../static/examples/dms-over-ssl-where-ipsec-required.json");
    let doc = crate::model::from_json(text).unwrap();
    let report = crate::check::run(&doc);
    let at = |id: &str| doc.flows.iter().position(|f| f.id == id).unwrap();
    let dms = doc.nodes.iter().position(|n| n.id == "dms").unwrap();
    assert_eq!(
        report.end_to_end[at("pg-dms")],
        crate::check::EndToEnd {
            tls: true,
            ipsec: false,
            enforced_by: Some(dms),
        }
    );
    assert_eq!(
        report.end_to_end[at("s3-train")],
        crate::check::EndToEnd::default()
    );
}
