//! # ENC001 tls-where-ipsec-required
//!
//! ## What it does
//! Finds data flows whose crossing between on-premises and AWS is encrypted, but not with
//! IPsec, where the design requires IPsec for transport to the cloud.
//!
//! ## Why is this bad?
//! TLS (layer 7) protects one application protocol at a time; IPsec (layer
//! 3) protects everything in the tunnel. A requirement for IPsec is not met
//! by TLS, however strong: AWS DMS, for example, offers SSL/TLS endpoints
//! but no IPsec of its own. MACsec (layer 2) protects only the Direct
//! Connect link.
//!
//! ## Detection logic
//! Applies when the requirement `cloud_transport` is `ipsec`. Each data
//! flow's route is split into legs (see the README, "How it reasons"):
//! TLS is the flow's own, end to end (declared, or enforced by an end: DMS
//! SSL mode, `rds.force_ssl`, `aws:SecureTransport`, `JDBC_ENFORCE_SSL`);
//! a Site-to-Site VPN adds IPsec only on the legs its tunnel spans (over
//! Direct Connect or the Internet when it rides on them); a run of MACsec
//! Direct Connect links adds MACsec on those links. Every crossing between
//! on-premises and AWS on the route, either way (a route from on-premises
//! to on-premises through AWS crosses twice), must have IPsec on all its
//! legs; one protected only by TLS or MACsec is reported, once per flow,
//! naming the two nodes the crossing joins. A crossing with no encryption
//! at all is ENC002's.
//!
//! ## False positives
//! A self-managed IPsec tunnel not drawn as a Site-to-Site VPN is credited
//! only when the flow declares `ipsec` (the hosts run their own tunnel).
//!
//! ## Example
//! `on-premises-database → (tls) → dms-replication → s3-bucket`: DMS with
//! SSL into S3.
//!
//! ## Use instead
//! `on-premises-database → site-to-site-vpn → glue-job → …`: the crossing
//! runs in an IPsec tunnel, with TLS inside it if wanted.
//!
//! ## References
//! - AWS: "What is AWS Site-to-Site VPN?" (IPsec tunnels)
//! - AWS: "Using SSL with AWS Database Migration Service"
//! - AWS: "MAC Security in Direct Connect"
//! - Checkov: CKV2_AWS_49 "Ensure AWS Database Migration Service endpoints have SSL configured"

use super::super::prelude::*;

pub static RULE: Rule = Rule {
    code: "ENC001",
    name: "tls-where-ipsec-required",
    family: Family::Encryption,
    severity: Severity::High,
    doc: docs::TLS_WHERE_IPSEC_REQUIRED,
    applies,
    check,
};

fn applies(cx: &Context) -> bool {
    cx.req().cloud_transport == CloudTransport::Ipsec
}

fn check(cx: &Context, out: &mut Vec<Hit>) {
    for s in cx.sourced() {
        let legs = cx.legs(s);
        let weak = legs.crossings.iter().find(|c| {
            c.between_on_premises_and_aws()
                && !c.protection.contains(Prot::Ipsec)
                && !c.protection.is_empty()
        });
        let Some(c) = weak else { continue };
        let nodes = cx.route_nodes(s);
        out.push(Hit::new(
            s.flow,
            Message::new(ids::ENC001_MESSAGE)
                .arg("flow", cx.segment_name(s))
                .arg("from", cx.name(nodes[c.start]))
                .arg("to", cx.name(nodes[c.end]))
                .arg("layer", layer_name(c.protection)),
            cx.trail_of_route(s),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testkit::*;
    use crate::model::{CloudTransport, SslMode};

    fn base() -> Builder {
        doc()
            .req(|r| r.cloud_transport = CloudTransport::Ipsec)
            .node("corp", OnPremisesNetwork, "")
            .node("db", OnPremisesDatabase, "corp")
            .data(&[("orders", false)])
            .node("vpc", Vpc, "")
            .node("priv", PrivateSubnet, "vpc")
            .node("vpn", SiteToSiteVpn, "")
            .node("dx", DirectConnect, "")
            .node("job", GlueJob, "priv")
    }

    #[test]
    fn table() {
        cases(
            "ENC001",
            vec![
                (
                    "TLS only",
                    base()
                        .chain(&["db", "job"])
                        .transport("db", "job", TLS)
                        .build(),
                    vec!["ENC001@db-job"],
                ),
                (
                    "no encryption is ENC002's",
                    base().chain(&["db", "job"]).build(),
                    vec![],
                ),
                (
                    "through a VPN",
                    base().chain(&["db", "vpn", "job"]).build(),
                    vec![],
                ),
                (
                    "TLS inside a VPN",
                    base()
                        .chain(&["db", "vpn", "job"])
                        .all_transport(TLS)
                        .build(),
                    vec![],
                ),
                (
                    "VPN over Direct Connect",
                    base().chain(&["db", "dx", "vpn", "job"]).build(),
                    vec![],
                ),
                (
                    "Direct Connect with TLS",
                    base()
                        .chain(&["db", "dx", "job"])
                        .all_transport(TLS)
                        .build(),
                    vec!["ENC001@db-job"],
                ),
                (
                    "MACsec on Direct Connect",
                    base()
                        .props_of("dx", |p| p.macsec = Some(true))
                        .chain(&["db", "dx", "job"])
                        .build(),
                    vec!["ENC001@db-job"],
                ),
                (
                    "declared IPsec",
                    base()
                        .chain(&["db", "job"])
                        .transport("db", "job", IPSEC)
                        .build(),
                    vec![],
                ),
                (
                    "DMS with SSL",
                    base()
                        .node("dms", DmsReplication, "priv")
                        .props(|p| p.ssl_mode = Some(SslMode::Require))
                        .node("s3", S3Bucket, "")
                        .chain(&["db", "dms"])
                        .chain(&["dms", "s3"])
                        .build(),
                    vec!["ENC001@db-dms"],
                ),
            ],
        );
    }

    #[test]
    fn mixed_routes_give_the_weaker_one() {
        // One flow through the VPN, one around it: the second is reported.
        let d = base()
            .chain(&["db", "vpn", "job"])
            .chain(&["db", "dx", "job"])
            .all_transport(TLS)
            .build();
        assert_eq!(ids_of(&d, "ENC001"), ["ENC001@db-job.2"]);
        let f = crate::check::run(&d)
            .findings
            .into_iter()
            .find(|f| f.code == "ENC001")
            .unwrap();
        assert_eq!(f.nodes, ["db", "dx", "job"]);
    }
}
