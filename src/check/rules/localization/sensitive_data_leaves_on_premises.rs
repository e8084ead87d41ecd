//! # LOC001 sensitive-data-leaves-on-premises
//!
//! ## What it does
//! Finds data flows that carry sensitive datasets out of the on-premises network
//! when the design requires sensitive data to stay there.
//!
//! ## Why is this bad?
//! Data-localization rules are broken the moment the data crosses, not
//! when it is stored: ingesting everything and dropping sensitive columns
//! in a cloud job, replicating all tables to EC2, or migrating all tables
//! with DMS all move sensitive data into the cloud first. Removing it
//! afterwards does not undo the crossing.
//!
//! ## Detection logic
//! Applies when `sensitive_data_stays_on_premises` is set. Datasets
//! propagate from their stores along data flows, narrowed only by a
//! source's selection (`only`). Every flow that starts on-premises, carries
//! a sensitive dataset and whose route passes or ends anywhere else (AWS,
//! the Internet; also a route that comes back on-premises through AWS) is
//! reported once, with the flow's route as its path. Filtering later in
//! the cloud is not credited.
//!
//! ## False positives
//! A dataset marked sensitive that is tokenised or anonymised on-premises
//! before it leaves should be modelled as a separate, non-sensitive dataset
//! selected at the source.
//!
//! ## Example
//! `postgres (orders, customers: sensitive) → site-to-site-vpn → glue-job`
//! reading all tables, with a PySpark step dropping `customers` in the cloud.
//!
//! ## Use instead
//! The Glue job selects only the non-sensitive tables at the source:
//! `"only": ["orders", "products"]` on the flow out of the database.
//!
//! ## References
//! - AWS Well-Architected: "Data Residency with Hybrid Cloud Services Lens"
//! - AWS: "Setting up network access to data stores" (AWS Glue JDBC connections)

use super::super::prelude::*;

pub static RULE: Rule = Rule {
    code: "LOC001",
    name: "sensitive-data-leaves-on-premises",
    family: Family::Localization,
    severity: Severity::High,
    doc: docs::SENSITIVE_DATA_LEAVES_ON_PREMISES,
    applies,
    check,
};

fn applies(cx: &Context) -> bool {
    cx.req().sensitive_data_stays_on_premises
}

fn check(cx: &Context, out: &mut Vec<Hit>) {
    for s in cx.sourced() {
        if !cx.leaves_on_premises(s) {
            continue;
        }
        let sensitive = cx.carried_sensitive(s);
        if sensitive.is_empty() {
            continue;
        }
        let names = cx.dataset_names(sensitive);
        out.push(
            Hit::new(
                s.flow,
                Message::new(ids::LOC001_MESSAGE)
                    .arg("flow", cx.segment_name(s))
                    .arg("data", names.clone()),
                cx.trail_of_route(s),
            )
            .fix(
                Message::new(ids::LOC001_FLOW_FIX)
                    .arg("source", cx.name(s.from))
                    .arg("data", names),
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testkit::*;

    fn base() -> Builder {
        doc()
            .req(|r| r.sensitive_data_stays_on_premises = true)
            .node("corp", OnPremisesNetwork, "")
            .node("pg", OnPremisesDatabase, "corp")
            .data(&[("orders", false), ("customers", true)])
            .node("vpn", SiteToSiteVpn, "")
            .node("vpc", Vpc, "")
            .node("priv", PrivateSubnet, "vpc")
            .node("job", GlueJob, "priv")
            .node("s3", S3Bucket, "")
            .chain(&["pg", "vpn", "job"])
            .chain(&["job", "s3"])
    }

    #[test]
    fn table() {
        cases(
            "LOC001",
            vec![
                ("all tables cross", base().build(), vec!["LOC001@pg-job"]),
                (
                    "selected at the source",
                    base().only("pg", "vpn", &["orders"]).build(),
                    vec![],
                ),
                (
                    "filtered after crossing",
                    base().only("job", "s3", &["orders"]).build(),
                    vec!["LOC001@pg-job"],
                ),
                (
                    "stays on-premises",
                    doc()
                        .req(|r| r.sensitive_data_stays_on_premises = true)
                        .node("corp", OnPremisesNetwork, "")
                        .node("a", OnPremisesDatabase, "corp")
                        .data(&[("customers", true)])
                        .node("b", OnPremisesDatabase, "corp")
                        .chain(&["a", "b"])
                        .build(),
                    vec![],
                ),
                (
                    "an on-premises application server sends what it holds",
                    doc()
                        .req(|r| r.sensitive_data_stays_on_premises = true)
                        .node("app", OnPremisesServer, "")
                        .data(&[("claims", true)])
                        .node("vpn", SiteToSiteVpn, "")
                        .node("vpc", Vpc, "")
                        .node("priv", PrivateSubnet, "vpc")
                        .node("job", GlueJob, "priv")
                        .chain(&["app", "vpn", "job"])
                        .build(),
                    vec!["LOC001@app-job"],
                ),
                (
                    "results come home to the company's users",
                    base()
                        .only("pg", "vpn", &["orders"])
                        .node("analysts", OnPremisesUsers, "corp")
                        .node("back", SiteToSiteVpn, "")
                        .chain(&["pg", "analysts"])
                        .chain(&["job", "back", "analysts"])
                        .build(),
                    vec![],
                ),
                (
                    "the company's users send sensitive data they received out",
                    base()
                        .only("pg", "vpn", &["orders"])
                        .node("analysts", OnPremisesUsers, "")
                        .chain(&["pg", "analysts"])
                        .chain(&["analysts", "back", "s3"])
                        .node("back", SiteToSiteVpn, "")
                        .build(),
                    vec!["LOC001@analysts-s3"],
                ),
            ],
        );
        assert!(!ran(
            &base()
                .req(|r| r.sensitive_data_stays_on_premises = false)
                .build(),
            "LOC001"
        ));
    }
}
