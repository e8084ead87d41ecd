//! # EGR006 notebook-direct-internet-access
//!
//! ## What it does
//! Finds SageMaker notebook instances with direct internet access enabled.
//!
//! ## Why is this bad?
//! With direct internet access (the AWS default), the notebook reaches the
//! Internet through SageMaker's own network, whatever your VPC allows: any
//! data opened in it can be sent anywhere.
//!
//! ## Detection logic
//! Applies when the design requires no Internet egress, or to a notebook
//! that receives sensitive data. `direct_internet_access` defaults to true,
//! as in AWS.
//!
//! ## False positives
//! None known.
//!
//! ## Example
//! A `sagemaker-notebook` reading a bucket of sensitive data, with
//! `direct_internet_access` omitted.
//!
//! ## Use instead
//! `"direct_internet_access": false`, with the notebook in a private subnet
//! and AWS services reached through VPC endpoints.
//!
//! ## References
//! - Checkov: CKV_AWS_122 "Ensure that direct internet access is disabled for an Amazon SageMaker Notebook Instance"
//! - AWS: "Connect a Notebook Instance in a VPC to External Resources"
//! - AWS Security Hub: SageMaker.1 "Amazon SageMaker notebook instances should not have direct internet access"
//! - Prowler: `sagemaker_notebook_instance_without_direct_internet_access_configured`

use super::super::prelude::*;

pub static RULE: Rule = Rule {
    code: "EGR006",
    name: "notebook-direct-internet-access",
    family: Family::Egress,
    severity: Severity::High,
    doc: docs::NOTEBOOK_DIRECT_INTERNET_ACCESS,
    applies,
    check,
};

fn applies(cx: &Context) -> bool {
    cx.has(&[Kind::SagemakerNotebook])
}

fn check(cx: &Context, out: &mut Vec<Hit>) {
    for nb in cx.nodes_of(Kind::SagemakerNotebook) {
        let governed = cx.req().no_internet_egress || cx.holds_sensitive(nb);
        if governed && cx.node(nb).props.direct_internet_access() {
            let sensitive = cx.held_sensitive(nb);
            let (message, trail) = match sensitive.first() {
                Some(&d) => (
                    Message::new(ids::EGR006_DATA)
                        .arg("notebook", cx.name(nb))
                        .arg("data", cx.dataset_names(&sensitive)),
                    cx.trail_from_store(d, nb),
                ),
                None => (
                    Message::new(ids::EGR006_MESSAGE).arg("notebook", cx.name(nb)),
                    Trail::node(nb),
                ),
            };
            out.push(Hit::new(nb, message, trail));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testkit::*;

    #[test]
    fn table() {
        let nb = |req: bool, sensitive: bool, direct: Option<bool>| {
            doc()
                .req(|r| r.no_internet_egress = req)
                .node("s3", S3Bucket, "")
                .data(&[("cards", sensitive)])
                .node("nb", SagemakerNotebook, "")
                .props(|p| {
                    p.direct_internet_access = direct;
                    p.presigned_url_allowed_cidrs = Some(vec!["10.0.0.0/8".into()]);
                    p.root_access = Some(false);
                    p.encryption_at_rest = Some(true);
                })
                .chain(&["s3", "nb"])
                .build()
        };
        cases(
            "EGR006",
            vec![
                (
                    "default is on, sensitive data",
                    nb(false, true, None),
                    vec!["EGR006@nb"],
                ),
                (
                    "default is on, requirement",
                    nb(true, false, None),
                    vec!["EGR006@nb"],
                ),
                (
                    "on, but neither sensitive nor required",
                    nb(false, false, Some(true)),
                    vec![],
                ),
                ("off", nb(true, true, Some(false)), vec![]),
            ],
        );
    }
}
