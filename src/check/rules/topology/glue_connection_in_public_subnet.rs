//! # NET009 glue-connection-in-public-subnet
//!
//! ## What it does
//! Finds Glue connections (and Glue jobs drawn directly in a subnet) in a
//! public subnet.
//!
//! ## Why is this bad?
//! Glue's network interfaces get only private IP addresses, so in a public
//! subnet they have no working route to the Internet or to S3 without an
//! endpoint, and the subnet's routes invite exposure. AWS documents
//! private subnets, with a NAT gateway or VPC endpoints, for Glue.
//!
//! ## Detection logic
//! A `glue-connection` in a `public-subnet`, or a `glue-job` with no
//! `connection` drawn in a `public-subnet`, is reported.
//!
//! ## False positives
//! None known.
//!
//! ## Example
//! A `glue-connection` placed in the VPC's public subnet.
//!
//! ## Use instead
//! The connection in a private subnet, with S3 reached through a gateway
//! endpoint.
//!
//! ## References
//! - AWS: "Setting up Amazon VPC for JDBC connections to Amazon RDS data stores from AWS Glue" (private subnet, S3 endpoint or NAT)
//! - AWS: "Troubleshooting Glue common setup errors": "Error: Could not find S3 endpoint or NAT gateway for subnetId in VPC"

use super::super::prelude::*;

pub static RULE: Rule = Rule {
    code: "NET009",
    name: "glue-connection-in-public-subnet",
    family: Family::Topology,
    severity: Severity::Medium,
    doc: docs::GLUE_CONNECTION_IN_PUBLIC_SUBNET,
    applies,
    check,
};

fn applies(cx: &Context) -> bool {
    cx.has(&[Kind::GlueConnection, Kind::GlueJob])
}

fn check(cx: &Context, out: &mut Vec<Hit>) {
    for (i, node) in cx.nodes() {
        let applies = match node.kind {
            Kind::GlueConnection => true,
            Kind::GlueJob => node.props.connection.is_none(),
            _ => false,
        };
        let Some(subnet) = cx
            .place(i)
            .subnet
            .filter(|&s| cx.kind(s) == Kind::PublicSubnet)
        else {
            continue;
        };
        if applies {
            out.push(Hit::new(
                i,
                Message::new(ids::NET009_MESSAGE)
                    .arg("node", cx.titled(i))
                    .arg("subnet", cx.titled(subnet)),
                Trail::node(i),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testkit::*;

    #[test]
    fn table() {
        let base = || {
            doc()
                .node("vpc", Vpc, "")
                .node("priv", PrivateSubnet, "vpc")
                .node("pub", PublicSubnet, "vpc")
        };
        cases(
            "NET009",
            vec![
                (
                    "connection in private",
                    base().node("c", GlueConnection, "priv").build(),
                    vec![],
                ),
                (
                    "connection in public",
                    base().node("c", GlueConnection, "pub").build(),
                    vec!["NET009@c"],
                ),
                (
                    "job drawn in public",
                    base().node("j", GlueJob, "pub").build(),
                    vec!["NET009@j"],
                ),
                (
                    "job with a public connection is reported once, at the connection",
                    base()
                        .node("c", GlueConnection, "pub")
                        .node("j", GlueJob, "")
                        .props(|p| p.connection = Some("c".into()))
                        .build(),
                    vec!["NET009@c"],
                ),
            ],
        );
    }
}
