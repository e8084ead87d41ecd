//! # NET015 notebook-without-sagemaker-endpoints
//!
//! ## What it does
//! Finds SageMaker notebook instances with direct internet access off, in
//! a VPC with no way out to the Internet, that start training jobs or call
//! models while the VPC lacks an interface endpoint for one of the
//! services that needs: `sagemaker.api`, `sagemaker.runtime`, `sts`.
//!
//! ## Why is this bad?
//! With direct internet access disabled, a notebook instance reaches only
//! what its VPC routes to. AWS's guide says it then cannot train or host
//! models unless the VPC has interface endpoints (PrivateLink) or a NAT
//! gateway. Starting a training job is a call to the SageMaker API
//! (`sagemaker.api`), invoking a model's endpoint a call to the runtime
//! (`sagemaker.runtime`), and the SageMaker SDK in the notebook resolves
//! the account and role through STS (`sts`) first. Without the endpoint,
//! the call times out: the private pipeline as drawn cannot run.
//!
//! ## Detection logic
//! For each `sagemaker-notebook` with `direct_internet_access` false, in a
//! VPC whose traffic has no way out (no public NAT gateway with an
//! internet gateway, directly or through a transit gateway): a data flow
//! between the notebook and a `sagemaker-training-job` needs
//! `sagemaker-api`, one with a `sagemaker-model` needs
//! `sagemaker-runtime`, and either needs `sts`. The VPC's
//! `interface-endpoint`s provide their `service`; the notebook is
//! reported, once, with what is missing. An interface endpoint whose
//! `service` is not given may stand for any of them (one icon is often
//! drawn for the set), so a VPC with one is not reported.
//!
//! ## False positives
//! A notebook that calls only with credentials it already has (no SDK
//! session) does not need STS. Interface endpoints are taken to serve
//! every subnet of their VPC (their private DNS names do).
//!
//! ## Example
//! A notebook (direct internet access off) in a private subnet, drawn
//! starting a training job, with one interface endpoint declared for
//! `sagemaker-api` only.
//!
//! ## Use instead
//! Interface endpoints for `sagemaker-api`, `sagemaker-runtime` and `sts`
//! in the notebook's VPC (with private DNS), or, where egress is allowed,
//! a NAT gateway.
//!
//! ## References
//! - AWS: "Connect a Notebook Instance in a VPC to External Resources" (with direct internet access disabled, training and hosting need interface endpoints or a NAT gateway)
//! - AWS: "Connect to SageMaker AI Within your VPC" (`com.amazonaws.region.sagemaker.api`, `com.amazonaws.region.sagemaker.runtime`)
//! - AWS: "AWS STS and interface VPC endpoints" (IAM User Guide)

use super::super::prelude::*;
use crate::model::Service;
use enumset::EnumSet;
use rustc_hash::FxHashMap;

pub static RULE: Rule = Rule {
    code: "NET015",
    name: "notebook-without-sagemaker-endpoints",
    family: Family::Topology,
    severity: Severity::Medium,
    doc: docs::NOTEBOOK_WITHOUT_SAGEMAKER_ENDPOINTS,
    applies,
    check,
};

fn applies(cx: &Context) -> bool {
    cx.has(&[Kind::SagemakerNotebook])
}

/// What a notebook's flow with `other` calls, if anything.
fn needs(cx: &Context, other: NodeIx) -> EnumSet<Service> {
    match cx.kind(other) {
        Kind::SagemakerTrainingJob => Service::SagemakerApi | Service::Sts,
        Kind::SagemakerModel => Service::SagemakerRuntime | Service::Sts,
        _ => EnumSet::empty(),
    }
}

/// The services a VPC's interface endpoints are declared for; `None`
/// when one of them declares none (it may be any).
fn provided(cx: &Context) -> FxHashMap<NodeIx, Option<EnumSet<Service>>> {
    let mut by_vpc: FxHashMap<NodeIx, Option<EnumSet<Service>>> = FxHashMap::default();
    for e in cx.nodes_of(Kind::InterfaceEndpoint) {
        let Some(v) = cx.place(e).vpc else { continue };
        let slot = by_vpc.entry(v).or_insert(Some(EnumSet::empty()));
        *slot = match (*slot, cx.endpoint_service(e)) {
            (Some(set), Some(s)) => Some(set | s),
            _ => None,
        };
    }
    by_vpc
}

fn check(cx: &Context, out: &mut Vec<Hit>) {
    // Each notebook that reaches only its VPC, with what its flows call.
    let mut exits: FxHashMap<NodeIx, bool> = FxHashMap::default();
    let mut wanted: FxHashMap<NodeIx, EnumSet<Service>> = FxHashMap::default();
    for s in cx.segments() {
        for (nb, other) in [(s.from, s.to), (s.to, s.from)] {
            let Some(vpc) = cx.place(nb).vpc else {
                continue;
            };
            if cx.kind(nb) != Kind::SagemakerNotebook
                || cx.node(nb).props.direct_internet_access()
                || needs(cx, other).is_empty()
                || *exits
                    .entry(vpc)
                    .or_insert_with(|| cx.exit_from(vpc).is_some())
            {
                continue;
            }
            *wanted.entry(nb).or_default() |= needs(cx, other);
        }
    }
    if wanted.is_empty() {
        return;
    }
    let provided = provided(cx);
    for (nb, want) in wanted {
        let Some(vpc) = cx.place(nb).vpc else {
            continue;
        };
        let missing = match provided.get(&vpc) {
            Some(None) => continue,
            Some(Some(have)) => want - *have,
            None => want,
        };
        if missing.is_empty() {
            continue;
        }
        let names = missing
            .iter()
            .map(|s| Arg::Code(s.aws_name().to_string()))
            .collect::<Vec<_>>();
        out.push(Hit::new(
            nb,
            Message::new(ids::NET015_MESSAGE)
                .arg("notebook", cx.titled(nb))
                .arg("vpc", cx.titled(vpc))
                .arg("missing", Arg::list(names, 3)),
            Trail::node(nb),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testkit::*;
    use crate::model::Service;

    fn base(direct: bool) -> Builder {
        doc()
            .node("vpc", Vpc, "")
            .node("priv", PrivateSubnet, "vpc")
            .node("nb", SagemakerNotebook, "priv")
            .props(move |p| p.direct_internet_access = Some(direct))
            .node("train", SagemakerTrainingJob, "")
            .node("model", SagemakerModel, "")
    }

    fn endpoint(b: Builder, id: &str, service: Option<Service>) -> Builder {
        b.node(id, InterfaceEndpoint, "priv")
            .props(move |p| p.service = service)
    }

    #[test]
    fn table() {
        let declared = |services: &[Service]| {
            let mut b = base(false);
            for (k, &s) in services.iter().enumerate() {
                b = endpoint(b, &format!("ie{k}"), Some(s));
            }
            b
        };
        cases(
            "NET015",
            vec![
                (
                    "starts training with no endpoint at all",
                    base(false).chain(&["nb", "train"]).build(),
                    vec!["NET015@nb"],
                ),
                (
                    "only the API endpoint: STS is missing",
                    declared(&[Service::SagemakerApi])
                        .chain(&["nb", "ie0", "train"])
                        .build(),
                    vec!["NET015@nb"],
                ),
                (
                    "API and STS endpoints for training",
                    declared(&[Service::SagemakerApi, Service::Sts])
                        .chain(&["nb", "ie0", "train"])
                        .build(),
                    vec![],
                ),
                (
                    "calling a model needs the runtime endpoint too",
                    declared(&[Service::SagemakerApi, Service::Sts])
                        .chain(&["nb", "ie0", "train"])
                        .chain(&["nb", "model"])
                        .build(),
                    vec!["NET015@nb"],
                ),
                (
                    "the whole set",
                    declared(&[
                        Service::SagemakerApi,
                        Service::SagemakerRuntime,
                        Service::Sts,
                    ])
                    .chain(&["nb", "train"])
                    .chain(&["model", "nb"])
                    .build(),
                    vec![],
                ),
                (
                    "an undeclared interface endpoint may stand for the set",
                    endpoint(base(false), "ie", None)
                        .chain(&["nb", "ie", "train"])
                        .build(),
                    vec![],
                ),
                (
                    "direct internet access on: SageMaker's own network",
                    base(true).chain(&["nb", "train"]).build(),
                    vec![],
                ),
                (
                    "a NAT gateway with an internet gateway is a way out",
                    base(false)
                        .node("pub", PublicSubnet, "vpc")
                        .node("nat", NatGateway, "pub")
                        .node("igw", InternetGateway, "vpc")
                        .chain(&["nb", "train"])
                        .build(),
                    vec![],
                ),
                (
                    "a notebook that only reads S3 calls neither",
                    base(false)
                        .node("gwe", GatewayEndpoint, "vpc")
                        .node("s3", S3Bucket, "")
                        .chain(&["s3", "gwe", "nb"])
                        .build(),
                    vec![],
                ),
            ],
        );
    }

    #[test]
    fn the_message_names_what_is_missing() {
        let d = base(false)
            .node("ie", InterfaceEndpoint, "priv")
            .props(|p| p.service = Some(Service::SagemakerApi))
            .chain(&["nb", "ie", "train"])
            .chain(&["nb", "model"])
            .build();
        let f = crate::check::run(&d)
            .findings
            .into_iter()
            .find(|f| f.code == "NET015")
            .unwrap();
        assert_eq!(
            f.message,
            "SageMaker notebook `nb` has direct internet access off, and `vpc` has no way out and no interface endpoint for `sagemaker.runtime`, `sts`: the notebook cannot make those calls"
        );
        assert_eq!(f.nodes, ["nb"]);
    }
}
