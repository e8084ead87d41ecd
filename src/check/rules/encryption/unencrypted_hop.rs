//! # ENC002 unencrypted-hop
//!
//! ## What it does
//! Finds data flows with a leg that carries data with no encryption in transit where
//! encryption is needed: across a network boundary with sensitive data, or
//! wherever the design's requirements demand it.
//!
//! ## Why is this bad?
//! VPC peering, NAT gateways, transit gateways and Direct Connect add no
//! encryption a customer controls; IAM policies and encryption at rest
//! protect access and stored data, not data on the wire. Unencrypted data
//! on a shared or private line can be read or altered in transit.
//!
//! ## Detection logic
//! Each data flow's legs are protected as in ENC001 (TLS end to end from
//! the flow or an enforcing end; IPsec only on a VPN tunnel's legs; MACsec
//! only on MACsec links). A flow is reported once, naming the first
//! unprotected part of its route, when
//! - a crossing between on-premises, AWS and the Internet has no
//!   protection and the flow carries sensitive data (or any data, with
//!   `in_transit_encryption` `all`), or the crossing is between
//!   on-premises and AWS and `cloud_transport` is `encrypted` or `ipsec`;
//! - else a leg inside AWS has no protection and the flow carries
//!   sensitive data across a boundary (its ends in two VPCs, or its route
//!   through a peering, transit gateway, Direct Connect, NAT or internet
//!   gateway, or the Internet), or `in_transit_encryption` is `sensitive`
//!   (and it carries sensitive data) or `all` (and it carries any data).
//!
//! A VPN's IPsec ends where its tunnel ends: the leg from a transit
//! gateway on to a VPC is inside AWS and needs TLS where it is governed.
//! A tunnel drawn straight to a node in a VPC ends at the VPC's virtual
//! private gateway; the rest of the way is inside that VPC, which only
//! `in_transit_encryption` governs (`sensitive` or `all`): there the flow
//! needs TLS of its own too.
//! Encryption at rest, KMS keys and IAM policies are never credited.
//!
//! ## False positives
//! Inter-Region VPC peering traffic is encrypted by AWS at its own network
//! layer; that is neither TLS nor IPsec and is not credited, by design.
//!
//! ## Example
//! `rds-instance (VPC A) → vpc-peering → sagemaker-training-job (VPC B)`,
//! with no TLS.
//!
//! ## Use instead
//! Enable TLS on the flow and enforce it at the receiving end (for example
//! `rds.force_ssl`, or an S3 bucket policy with `aws:SecureTransport`), or
//! route it through a Site-to-Site VPN.
//!
//! ## References
//! - AWS: "Protecting Data in Transit with Encryption" (Amazon SageMaker AI)
//! - AWS: "What is VPC peering?", Amazon VPC Peering Guide (what peering does and does not provide)
//! - AWS: "Using SSL/TLS to encrypt a connection to a DB instance or cluster" (Amazon RDS)
//! - Prowler: `glue_database_connections_ssl_enabled`, `rds_instance_transport_encrypted`, `s3_bucket_secure_transport_policy` (the end-enforced TLS the rule credits)
//! - Checkov: CKV2_AWS_69 "Ensure AWS RDS database instance configured with encryption in transit", CKV_AWS_379 "Ensure AWS S3 bucket is configured with secure data transport policy"

use super::super::prelude::*;

pub static RULE: Rule = Rule {
    code: "ENC002",
    name: "unencrypted-hop",
    family: Family::Encryption,
    severity: Severity::High,
    doc: docs::UNENCRYPTED_HOP,
    applies,
    check,
};

fn applies(cx: &Context) -> bool {
    cx.has_flows()
}

const ADDS_NONE: [Kind; 5] = [
    Kind::VpcPeering,
    Kind::NatGateway,
    Kind::TransitGateway,
    Kind::DirectConnect,
    Kind::InternetGateway,
];

fn check(cx: &Context, out: &mut Vec<Hit>) {
    let req = cx.req();
    for s in cx.sourced() {
        let sensitive = cx.carried_sensitive(s);
        // Nothing governs a flow of non-sensitive data without a requirement.
        if sensitive.is_empty()
            && req.cloud_transport == CloudTransport::Any
            && (req.in_transit_encryption != InTransit::All || !cx.carries_data(s))
        {
            continue;
        }
        let legs = cx.legs(s);
        let nodes = cx.route_nodes(s);
        // A crossing between sides with no protection at all.
        let all_data = req.in_transit_encryption == InTransit::All && cx.carries_data(s);
        let crossing = legs.crossings.iter().find(|c| {
            c.protection.is_empty()
                && (!sensitive.is_empty()
                    || all_data
                    || (c.between_on_premises_and_aws()
                        && req.cloud_transport != CloudTransport::Any))
        });
        // Else a hop inside AWS with no end-to-end protection.
        let by_requirement = match req.in_transit_encryption {
            InTransit::Off => false,
            InTransit::Sensitive => !sensitive.is_empty(),
            InTransit::All => cx.carries_data(s),
        };
        let inside = || {
            if !by_requirement && (sensitive.is_empty() || !cx.crosses_boundary(s)) {
                return None;
            }
            let open = |k: usize| {
                legs.hops[k].is_empty()
                    && cx.side(nodes[k]) != Side::OnPremises
                    && cx.side(nodes[k + 1]) != Side::OnPremises
            };
            // The first run of such hops.
            let inside: Vec<usize> = legs.inside().collect();
            let run = inside.iter().position(|&k| open(k)).map(|at| {
                let mut end = inside[at] + 1;
                for &k in &inside[at + 1..] {
                    if k != end || !open(k) {
                        break;
                    }
                    end = k + 1;
                }
                (inside[at], end, false)
            });
            // Inside the VPC a tunnel ends in, only the requirement
            // governs: the hop is no boundary.
            let tail = legs
                .in_vpc
                .first()
                .filter(|_| by_requirement && legs.end_to_end.is_empty())
                .map(|&k| (k, k + 1, true));
            [run, tail].into_iter().flatten().min()
        };
        let (start, end, in_vpc) = match (crossing, crossing.is_none().then(inside).flatten()) {
            (Some(c), _) => (c.start, c.end, false),
            (None, Some(run)) => run,
            (None, None) => continue,
        };
        let what = if sensitive.is_empty() {
            Message::new(ids::ENC002_DATA)
        } else {
            Message::new(ids::ENC002_SENSITIVE).arg("data", cx.dataset_names(sensitive))
        };
        let adds_none: Vec<NodeIx> = nodes[start..=end]
            .iter()
            .copied()
            .filter(|&i| ADDS_NONE.contains(&cx.kind(i)))
            .collect();
        let over = crossing.is_some_and(|c| c.over_internet);
        let whole = start == 0 && end + 1 == nodes.len();
        let leg = || {
            Arg::Code(format!(
                "{} → {}",
                cx.node(nodes[start]).name(),
                cx.node(nodes[end]).name()
            ))
        };
        let place: Arg = match (whole, over) {
            _ if in_vpc => Message::new(ids::ENC002_LEG_IN_VPC)
                .arg("leg", leg())
                .into(),
            (true, false) => Arg::Text(String::new()),
            (true, true) => Message::new(ids::ENC002_OVER_INTERNET).into(),
            (false, false) => Message::new(ids::ENC002_LEG).arg("leg", leg()).into(),
            (false, true) => Message::new(ids::ENC002_LEG_OVER_INTERNET)
                .arg("leg", leg())
                .into(),
        };
        let message = if adds_none.is_empty() {
            Message::new(ids::ENC002_MESSAGE)
        } else {
            Message::new(ids::ENC002_THROUGH).arg("nodes", cx.names_of(&adds_none))
        }
        .arg("flow", cx.segment_name(s))
        .arg("what", what)
        .arg("where", place);
        let hit = Hit::new(s.flow, message, cx.trail_of_route(s));
        let needs_ipsec = crossing.is_some_and(|c| c.between_on_premises_and_aws())
            && req.cloud_transport == CloudTransport::Ipsec;
        out.push(if needs_ipsec {
            hit.fix(Message::new(ids::ENC002_IPSEC_FIX))
        } else if in_vpc {
            hit.fix(Message::new(ids::ENC002_IN_VPC_FIX))
        } else {
            hit
        });
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testkit::*;
    use crate::model::{CloudTransport, InTransit};

    fn two_vpcs(sensitive: bool) -> Builder {
        doc()
            .node("a", Vpc, "")
            .props(|p| p.cidr = Some("10.0.0.0/16".into()))
            .node("a1", PrivateSubnet, "a")
            .node("b", Vpc, "")
            .props(|p| p.cidr = Some("10.1.0.0/16".into()))
            .node("b1", PrivateSubnet, "b")
            .node("rds", RdsInstance, "a1")
            .data(&[("cards", sensitive)])
            .node("pcx", VpcPeering, "")
            .node("train", SagemakerTrainingJob, "b1")
            .chain(&["rds", "pcx", "train"])
    }

    #[test]
    fn empty_document_skips_the_rule() {
        assert!(!ran(&doc().build(), "ENC002"));
    }

    #[test]
    fn table() {
        cases(
            "ENC002",
            vec![
                (
                    "sensitive over peering",
                    two_vpcs(true).build(),
                    vec!["ENC002@rds-train"],
                ),
                (
                    "TLS over peering",
                    two_vpcs(true).all_transport(TLS).build(),
                    vec![],
                ),
                (
                    "force_ssl enforces TLS",
                    two_vpcs(true)
                        .props_of("rds", |p| p.force_ssl = Some(true))
                        .build(),
                    vec![],
                ),
                (
                    "non-sensitive over peering, no requirement",
                    two_vpcs(false).build(),
                    vec![],
                ),
                (
                    "non-sensitive, all data must be encrypted",
                    two_vpcs(false)
                        .req(|r| r.in_transit_encryption = InTransit::All)
                        .build(),
                    vec!["ENC002@rds-train"],
                ),
                (
                    "inside one VPC, sensitive, requirement",
                    doc()
                        .req(|r| r.in_transit_encryption = InTransit::Sensitive)
                        .node("v", Vpc, "")
                        .node("s", PrivateSubnet, "v")
                        .node("rds", RdsInstance, "s")
                        .data(&[("cards", true)])
                        .props(|p| p.encryption_at_rest = Some(true))
                        .node("train", SagemakerTrainingJob, "s")
                        .chain(&["rds", "train"])
                        .build(),
                    vec!["ENC002@rds-train"],
                ),
                (
                    "inside one VPC, sensitive, no requirement",
                    doc()
                        .node("v", Vpc, "")
                        .node("s", PrivateSubnet, "v")
                        .node("rds", RdsInstance, "s")
                        .data(&[("cards", true)])
                        .node("train", SagemakerTrainingJob, "s")
                        .chain(&["rds", "train"])
                        .build(),
                    vec![],
                ),
                (
                    "to the cloud with nothing, encryption required",
                    doc()
                        .req(|r| r.cloud_transport = CloudTransport::Ipsec)
                        .node("db", OnPremisesDatabase, "")
                        .node("job", GlueJob, "")
                        .chain(&["db", "job"])
                        .build(),
                    vec!["ENC002@db-job"],
                ),
            ],
        );
    }

    #[test]
    fn message_names_what_adds_no_encryption() {
        let report = crate::check::run(&two_vpcs(true).build());
        let f = &report.findings.iter().find(|f| f.code == "ENC002").unwrap();
        assert_eq!(
            f.message,
            "Flow `rds → train` carries sensitive data `cards` unencrypted through VPC peering `pcx`, which adds no encryption"
        );
        assert_eq!(f.nodes, ["rds", "pcx", "train"]);
        assert_eq!(f.flows, ["rds-train"]);
    }
}

#[cfg(test)]
mod tunnel_tests {
    //! A VPN drawn straight to a node in a VPC ends at the VPC's virtual
    //! private gateway: the rest of the way is inside the VPC.
    use crate::check::testkit::*;
    use crate::i18n::Lang;
    use crate::model::InTransit;

    /// On-premises `pg` (a sensitive table) through `vpn`, and `via`, to
    /// `job` in a VPC's private subnet (or back, with `back`).
    fn over_vpn(in_transit: InTransit, via: &[&str], back: bool) -> Builder {
        let mut route = vec!["pg", "vpn"];
        route.extend_from_slice(via);
        route.push("job");
        if back {
            route.reverse();
        }
        doc()
            .req(|r| r.in_transit_encryption = in_transit)
            .node("corp", OnPremisesNetwork, "")
            .node("pg", OnPremisesDatabase, "corp")
            .data(&[("customers", true)])
            .node("vpn", SiteToSiteVpn, "")
            .node("region", AwsRegion, "")
            .node("tgw", TransitGateway, "region")
            .node("vpc", Vpc, "region")
            .node("priv", PrivateSubnet, "vpc")
            .node("job", RdsInstance, "priv")
            .data(&[("accounts", true)])
            .chain(&route)
    }

    fn enc002(b: Builder) -> Option<(String, String, Vec<String>)> {
        let report = crate::check::run(&b.build());
        let f = report.findings.iter().find(|f| f.code == "ENC002")?;
        let shown = f.shown(Lang::En);
        Some((shown.message, shown.fix, f.nodes.clone()))
    }

    #[test]
    fn where_encryption_inside_the_vpc_is_required_the_tunnel_end_is_flagged() {
        let (message, fix, nodes) =
            enc002(over_vpn(InTransit::Sensitive, &[], false)).expect("ENC002");
        assert_eq!(
            message,
            "Flow `pg → job` carries sensitive data `customers` unencrypted on the leg `vpn → job` \
             inside the VPC, where the VPN's IPsec has ended at the virtual private gateway"
        );
        assert!(
            fix.starts_with("Enable TLS on the flow end to end"),
            "{fix}"
        );
        assert_eq!(nodes, ["pg", "vpn", "job"]);
    }

    #[test]
    fn the_way_back_to_on_premises_starts_inside_the_vpc() {
        let (message, _, _) = enc002(over_vpn(InTransit::Sensitive, &[], true)).expect("ENC002");
        assert_eq!(
            message,
            "Flow `job → pg` carries sensitive data `accounts` unencrypted on the leg `job → vpn` \
             inside the VPC, where the VPN's IPsec has ended at the virtual private gateway"
        );
    }

    #[test]
    fn tls_of_the_flow_or_no_requirement_inside_the_vpc_passes() {
        assert_eq!(
            enc002(over_vpn(InTransit::Sensitive, &[], false).all_transport(TLS)),
            None
        );
        assert_eq!(enc002(over_vpn(InTransit::Off, &[], false)), None);
    }

    #[test]
    fn a_tunnel_to_a_transit_gateway_leaves_the_leg_after_it_open_as_before() {
        let (message, _, _) =
            enc002(over_vpn(InTransit::Sensitive, &["tgw"], false)).expect("ENC002");
        assert_eq!(
            message,
            "Flow `pg → job` carries sensitive data `customers` unencrypted on the leg `tgw → job` \
             through Transit gateway `tgw`, which adds no encryption"
        );
    }
}

#[cfg(test)]
mod fix_tests {
    use crate::check::testkit::*;
    use crate::model::{CloudTransport, InTransit};

    fn fix_of(cloud: CloudTransport) -> String {
        let d = doc()
            .req(|r| {
                r.cloud_transport = cloud;
                r.in_transit_encryption = InTransit::All;
            })
            .node("corp", OnPremisesNetwork, "")
            .node("pg", OnPremisesDatabase, "corp")
            .data(&[("orders", false)])
            .node("dx", DirectConnect, "")
            .node("vpc", Vpc, "")
            .node("priv", PrivateSubnet, "vpc")
            .node("job", GlueJob, "priv")
            .chain(&["pg", "dx", "job"])
            .build();
        let report = crate::check::run(&d);
        let f = report.findings.iter().find(|f| f.code == "ENC002");
        f.expect("ENC002").shown(crate::i18n::Lang::En).fix
    }

    #[test]
    fn where_ipsec_is_required_the_fix_is_the_vpn_not_tls() {
        // TLS first would only turn ENC002 into ENC001.
        assert!(
            fix_of(CloudTransport::Ipsec)
                .starts_with("Route the flow through a Site-to-Site VPN (IPsec)")
        );
        assert!(fix_of(CloudTransport::Any).starts_with("Enable TLS on the flow"));
    }
}
