//! # EGR003 notebook-presigned-url-unrestricted
//!
//! ## What it does
//! Finds SageMaker notebook instances whose presigned URLs can be opened
//! from any IP address.
//!
//! ## Why is this bad?
//! A presigned notebook URL opens a session on the notebook, with its data.
//! Anyone who obtains a URL from outside the company network can work with
//! that data. Restricting `CreatePresignedNotebookInstanceUrl` with an
//! `aws:SourceIp` condition to the company's ranges keeps access, and the
//! data, inside.
//!
//! ## Detection logic
//! Applies when the design requires no Internet egress. A notebook whose
//! `presigned_url_allowed_cidrs` is empty, or contains `0.0.0.0/0`, is
//! reported.
//!
//! ## False positives
//! None known; the restriction lives in IAM policy, so record it on the
//! notebook once it is in place.
//!
//! ## Example
//! A `sagemaker-notebook` with no `presigned_url_allowed_cidrs`.
//!
//! ## Use instead
//! `"presigned_url_allowed_cidrs": ["203.0.113.0/24"]`: the company's egress
//! ranges.
//!
//! ## References
//! - AWS: "Connect to a Notebook Instance Through a VPC Interface Endpoint",
//!   and the `aws:SourceIp` condition on `sagemaker:CreatePresignedNotebookInstanceUrl`
//! - AWS: "Control root access to a SageMaker notebook instance" (root access is not an egress control)

use super::super::prelude::*;

pub static RULE: Rule = Rule {
    code: "EGR003",
    name: "notebook-presigned-url-unrestricted",
    family: Family::Egress,
    severity: Severity::High,
    doc: docs::NOTEBOOK_PRESIGNED_URL_UNRESTRICTED,
    applies,
    check,
};

fn applies(cx: &Context) -> bool {
    cx.req().no_internet_egress && cx.has(&[Kind::SagemakerNotebook])
}

fn check(cx: &Context, out: &mut Vec<Hit>) {
    for nb in cx.nodes_of(Kind::SagemakerNotebook) {
        let cidrs = cx.node(nb).props.presigned_url_allowed_cidrs();
        let open = cidrs.is_empty() || cidrs.iter().any(|c| c.ends_with("/0"));
        if open {
            out.push(Hit::new(
                nb,
                Message::new(ids::EGR003_MESSAGE).arg("notebook", cx.name(nb)),
                Trail::node(nb),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testkit::*;

    #[test]
    fn table() {
        let nb = |cidrs: Option<Vec<&str>>| {
            doc()
                .req(|r| r.no_internet_egress = true)
                .node("nb", SagemakerNotebook, "")
                .props(|p| {
                    p.direct_internet_access = Some(false);
                    p.presigned_url_allowed_cidrs =
                        cidrs.map(|c| c.into_iter().map(String::from).collect());
                })
                .build()
        };
        cases(
            "EGR003",
            vec![
                ("no restriction", nb(None), vec!["EGR003@nb"]),
                ("empty restriction", nb(Some(vec![])), vec!["EGR003@nb"]),
                (
                    "anywhere",
                    nb(Some(vec!["10.0.0.0/8", "0.0.0.0/0"])),
                    vec!["EGR003@nb"],
                ),
                ("company ranges", nb(Some(vec!["203.0.113.0/24"])), vec![]),
            ],
        );
        let without_req = doc()
            .node("nb", SagemakerNotebook, "")
            .props(|p| p.direct_internet_access = Some(false))
            .build();
        assert!(!ran(&without_req, "EGR003"));
    }
}
