//! # EGR008 data-internet-path-without-egress
//!
//! ## What it does
//! Where the design requires no Internet egress, finds data flows whose
//! route reaches the Internet — through a public NAT gateway, an internet
//! gateway or the Internet itself — whatever the data's sensitivity.
//!
//! ## Why is this bad?
//! "No Internet egress" means no path from the pipeline's data to the
//! Internet, not only for the datasets marked sensitive: classifications
//! are often incomplete, derived data (features, model artifacts) carries
//! what it was made from, and an open route is the same route whatever
//! travels on it.
//!
//! ## Detection logic
//! Applies when `no_internet_egress` is set. Every data flow that carries
//! data but no sensitive dataset (those are EGR001's, critical) and whose
//! route — drawn, or assumed from the network for a flow drawn straight
//! between networks — passes or ends at a public NAT gateway, an internet
//! gateway or the Internet is reported once, with its route as the path.
//! A private NAT gateway reaches no Internet. A flow whose source selects
//! no dataset carries nothing and is not reported.
//!
//! ## False positives
//! A route through a NAT gateway that only fetches software packages is a
//! path all the same: draw package repositories through an endpoint or a
//! proxy, or suppress the finding with the reason.
//!
//! ## Example
//! `glue-job → nat-gateway → internet-gateway → internet` carrying the
//! non-sensitive `orders` table, with "no Internet egress" required.
//!
//! ## Use instead
//! Reach AWS services through VPC endpoints, and remove the route through
//! the NAT or internet gateway.
//!
//! ## References
//! - AWS: "NAT gateways" and "Enable internet access for a VPC using an internet gateway", Amazon VPC User Guide
//! - AWS: "Data perimeters on AWS" and the whitepaper "Building a data perimeter on AWS" (network perimeter)

use super::super::prelude::*;

pub static RULE: Rule = Rule {
    code: "EGR008",
    name: "data-internet-path-without-egress",
    family: Family::Egress,
    severity: Severity::High,
    doc: docs::DATA_INTERNET_PATH_WITHOUT_EGRESS,
    applies,
    check,
};

fn applies(cx: &Context) -> bool {
    cx.req().no_internet_egress && cx.has_flows()
}

fn check(cx: &Context, out: &mut Vec<Hit>) {
    for r in cx.all_routes() {
        if !cx.carries_data(r) || !cx.carried_sensitive(r).is_empty() {
            continue;
        }
        let Some(exit) = cx.way_out_on(r) else {
            continue;
        };
        out.push(Hit::new(
            r.flow,
            Message::new(ids::EGR008_MESSAGE)
                .arg("flow", cx.segment_name(r))
                .arg("way", cx.describe_way_out(r, exit)),
            cx.trail_of_route(r),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testkit::*;

    fn base(egress: bool) -> Builder {
        doc()
            .req(|r| r.no_internet_egress = !egress)
            .node("vpc", Vpc, "")
            .node("priv", PrivateSubnet, "vpc")
            .node("pub", PublicSubnet, "vpc")
            .node("nat", NatGateway, "pub")
            .node("igw", InternetGateway, "vpc")
            .node("net", Internet, "")
            .node("db", RdsInstance, "priv")
            .data(&[("orders", false)])
            .node("job", GlueJob, "priv")
            .chain(&["db", "job"])
    }

    #[test]
    fn table() {
        cases(
            "EGR008",
            vec![
                (
                    "non-sensitive data out through the NAT and internet gateway",
                    base(false).chain(&["job", "nat", "igw", "net"]).build(),
                    vec!["EGR008@job-net"],
                ),
                (
                    "egress allowed",
                    base(true).chain(&["job", "nat", "igw", "net"]).build(),
                    vec![],
                ),
                (
                    "through a private NAT gateway to on-premises",
                    base(false)
                        .props_of("nat", |p| p.private_nat = Some(true))
                        .node("corp", OnPremisesNetwork, "")
                        .node("app", OnPremisesDatabase, "corp")
                        .node("vpn", SiteToSiteVpn, "")
                        .chain(&["job", "nat", "vpn", "app"])
                        .build(),
                    vec![],
                ),
                (
                    "sensitive data is EGR001's",
                    base(false)
                        .props_of("db", |p| {
                            p.datasets = Some(vec![crate::model::Dataset {
                                name: "cards".into(),
                                sensitive: true,
                            }])
                        })
                        .chain(&["job", "nat", "igw", "net"])
                        .build(),
                    vec![],
                ),
                (
                    "the source selects nothing",
                    base(false)
                        .chain(&["job", "nat", "igw", "net"])
                        .only_on("job-net", &[])
                        .build(),
                    vec![],
                ),
            ],
        );
    }
}
