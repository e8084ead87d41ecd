//! # LOC003 sensitive-data-leaves-region
//!
//! ## What it does
//! Where the design requires sensitive data to stay in one AWS Region
//! (data residency: `sensitive_data_region`), finds sensitive data stored
//! or received in AWS in another Region.
//!
//! ## Why is this bad?
//! Residency rules (Korea's and Japan's among them, and many companies'
//! own) require personal and regulated data to be stored and processed
//! in a given Region. A bucket, database or job in another Region that
//! holds or receives that data breaks the rule, whatever protects the
//! transfer: encryption in transit or at rest does not change where the
//! data is.
//!
//! ## Detection logic
//! Applies when `sensitive_data_region` is set. A node's Region is its own
//! `region`, else its VPC's, else the Region box it is drawn in (see
//! NET003). Reported once each:
//! - every data flow that carries sensitive data to an AWS node whose
//!   Region is known and is not the required one (the flow, with its
//!   route as the path);
//! - every AWS data store whose own sensitive datasets sit in a known
//!   Region that is not the required one.
//!
//! On-premises nodes are not Regions (LOC001 governs data leaving
//! on-premises), and a node whose Region the design does not give is not
//! guessed.
//!
//! ## False positives
//! A Region code given only on a Region box applies to everything drawn
//! in it; a service drawn outside every Region box with no `region` has
//! no known Region and is not reported (a false negative, not a false
//! positive: give it a Region).
//!
//! ## Example
//! `"sensitive_data_region": "ap-northeast-2"`, and
//! `rds-instance (customers: sensitive, ap-northeast-2) → glue-job →
//! s3-bucket (us-east-1)`.
//!
//! ## Use instead
//! Keep the stores and jobs that handle sensitive data in the required
//! Region, and select only non-sensitive datasets on flows to other
//! Regions.
//!
//! ## References
//! - AWS: "Data residency" (AWS Cloud Security: data privacy and residency) and the Well-Architected "Data Residency with Hybrid Cloud Services Lens"
//! - AWS Organizations: "Region deny" service control policies (`aws:RequestedRegion`), which enforce the rule on deployed accounts

use super::super::prelude::*;

pub static RULE: Rule = Rule {
    code: "LOC003",
    name: "sensitive-data-leaves-region",
    family: Family::Localization,
    severity: Severity::High,
    doc: docs::SENSITIVE_DATA_LEAVES_REGION,
    applies,
    check,
};

fn applies(cx: &Context) -> bool {
    cx.req().sensitive_data_region.is_some()
}

/// The known Region of an AWS node, when it is not `required`.
fn elsewhere<'a>(cx: &Context<'a>, i: NodeIx, required: &str) -> Option<std::borrow::Cow<'a, str>> {
    if cx.realm(i) != Realm::Aws {
        return None;
    }
    cx.region(i).filter(|r| r != required)
}

fn check(cx: &Context, out: &mut Vec<Hit>) {
    let Some(required) = cx.req().sensitive_data_region.as_deref() else {
        return;
    };
    for (i, node) in cx.nodes() {
        if !node.kind.is_store() || !node.props.datasets().iter().any(|d| d.sensitive) {
            continue;
        }
        if let Some(there) = elsewhere(cx, i, required) {
            out.push(Hit::new(
                i,
                Message::new(ids::LOC003_STORE)
                    .arg("node", cx.titled(i))
                    .arg("region", cx.region_name(&there))
                    .arg("required", Arg::Code(required.to_string())),
                Trail::node(i),
            ));
        }
    }
    // Each sink's Region once: many flows end at one node.
    let mut regions: Vec<Option<Option<std::borrow::Cow<str>>>> = vec![None; cx.node_count()];
    for s in cx.segments() {
        let sensitive = cx.carried_sensitive(s);
        if sensitive.is_empty() {
            continue;
        }
        let slot = &mut regions[s.to.index()];
        let Some(there) = slot
            .get_or_insert_with(|| elsewhere(cx, s.to, required))
            .clone()
        else {
            continue;
        };
        out.push(Hit::new(
            s.flow,
            Message::new(ids::LOC003_FLOW)
                .arg("flow", cx.segment_name(s))
                .arg("data", cx.dataset_names(sensitive))
                .arg("node", cx.titled(s.to))
                .arg("region", cx.region_name(&there))
                .arg("required", Arg::Code(required.to_string())),
            cx.trail_of_route(s),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testkit::*;

    fn base(required: Option<&str>, bucket: &str) -> Builder {
        let required = required.map(str::to_string);
        doc()
            .req(move |r| r.sensitive_data_region = required)
            .node("seoul", AwsRegion, "")
            .props(|p| p.region = Some("ap-northeast-2".into()))
            .node("vpc", Vpc, "seoul")
            .node("priv", PrivateSubnet, "vpc")
            .node("rds", RdsInstance, "priv")
            .data(&[("customers", true), ("orders", false)])
            .node("job", GlueJob, "priv")
            .node("s3", S3Bucket, "")
            .props(|p| p.region = Some(bucket.to_string()))
            .chain(&["rds", "job"])
            .chain(&["job", "s3"])
    }

    #[test]
    fn table() {
        cases(
            "LOC003",
            vec![
                (
                    "sensitive data to a bucket in another Region",
                    base(Some("ap-northeast-2"), "us-east-1").build(),
                    vec!["LOC003@job-s3"],
                ),
                (
                    "the bucket in the required Region",
                    base(Some("ap-northeast-2"), "ap-northeast-2").build(),
                    vec![],
                ),
                (
                    "only non-sensitive data leaves",
                    base(Some("ap-northeast-2"), "us-east-1")
                        .only_on("rds-job", &["orders"])
                        .build(),
                    vec![],
                ),
                (
                    "no residency requirement",
                    base(None, "us-east-1").build(),
                    vec![],
                ),
                (
                    "a store of sensitive data in another Region",
                    base(Some("ap-northeast-1"), "ap-northeast-1").build(),
                    vec!["LOC003@rds", "LOC003@rds-job"],
                ),
            ],
        );
    }
}
